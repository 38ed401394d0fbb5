"""The twelve heldout254 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kondapalli wooden toy house's day in 2026 in NTR district, Andhra Pradesh (Sri
Bhadra Kondapalli Crafts Pvt Ltd, its workshop in Bommala Colony, Kondapalli, Sri Bhadra Bommala Karyashala, where
the carvers cut the toys from the soft tella poniki wood of the Kondapalli hills by the piece, join the limbs with
makku (tamarind seed paste and sawdust), coat them with chalk and the painters colour them at home by the dozen,
its wood depot on the Kondapalli Hills Road, Sri Bhadra Poniki Wood Depot, where the logs are seasoned and split,
the sawdust sold by the bag to an agarbatti maker and the offcuts by the tonne to a brick kiln, and its showroom
on Fort Road, Sri Bhadra Bommala Angadi, where tourists, golu buyers, schools and families buy the ambari
elephants, the palm tree climbers, the bride and groom dolls and the Dasavatharam sets), told by the proofs of
payment it receives and makes: buyers' UPI screens and the web shop's Easebuzz and Razorpay pages, Lepakshi's (the
A.P. Handicrafts Development Corporation's), golu shops', a craft e-shop's, a beach resort's, a gift house's and a
learning aids maker's payment advices, importers' inward wires from Edison, Brampton, Melbourne, Frankfurt, Kyoto,
Auckland, Muscat and Stockholm in US dollars, Canadian dollars, Australian dollars, euros, yen, New Zealand
dollars, Omani rials and kronor (euros the German way and kronor with spaces and a decimal comma on some, yen
whole, rials with three decimals), its own bills (the showroom's cash memos and sale bills, the workshop's
wholesale bill by the dozen and a school's visit fee, the depot's sawdust and firewood memos, the accounts desk's
receipt of an advance, sums with /- after them on some), the timber depot's, enamel paint maker's, carving tool
maker's, tamarind seed powder trader's and carton printer's tax invoices, the corporate net-banking transfers to
the log lorry, the saw mill, the showroom's landlady, the customs house agent, the crafts bazaar, the chartered
accountants, the electrician and the security agency, the carvers', painters' and depot hands' wage slips,
RazorpayX payouts and Google Pay and YONO SBI transfers, Kondapalli Municipality's, the GI Registry's, the Forest
Department's, the Labour Department's, EPFO's, the Commercial Taxes Department's (CFMS), the Transport
Department's and Legal Metrology's fee pages, the insurers' premium receipts, card terminal slips, APCPDCL's power
and the fibre, postpaid, DTH, FASTag and cooking gas bills and the banks' SMS and e-mail alerts. Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, bills listed on an advice (their numbers and days), supplier code, purchase
order, goods receipt note, indent, stock receipt, trade licence, authorised user, depot licence, registration,
establishment, PTEC / PTRC, policy, proposal, cover note, account, USC, customer, subscriber, LPG and vehicle
numbers, transit permit, weighbridge ticket, lorry receipt and docket numbers, artisan cards, pieces, sets,
dozens, students, bags, cft, tonnes, rates, breakage, colour peeling, short supply and prompt payment cuts,
GST-TDS and TDS, advances, appu recoveries, cracked pieces, allowances, GST lines, rupee values on the wires,
exchange rates, intermediary banks, sums insured, limits, lives and persons covered, balances, due days, bill
days, billing periods, wage months, tax periods, policy periods, shipping bill days, GSTIN, IFSC, UETR, the
sender's references, merchant and terminal IDs, batch and STAN numbers, room, guest, KOT and nozzle lines, makers
and checkers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits``
and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``Screen`` heldout113's; ``sign`` heldout93's; ``num`` heldout82's; ``compose`` is heldout158's (as heldout251's).
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

COMPANY = "Sri Bhadra Kondapalli Crafts Pvt Ltd"
COMPANY_CAPS = "SRI BHADRA KONDAPALLI CRAFTS PVT LTD"
SHORT = "Sri Bhadra Crafts"
WORKSHOP = "Sri Bhadra Bommala Karyashala"
SHOWROOM = "Sri Bhadra Bommala Angadi"
DEPOT = "Sri Bhadra Poniki Wood Depot"
# unit: its line, address, GST state code
UNITS = {
    "workshop": (
        "Kondapalli toy carving, joining and painting workshop",
        "D. No. 6-112, Bommala Colony, Kondapalli - 521228, NTR District, A.P.",
        "37",
    ),
    "showroom": (
        "Kondapalli toys - showroom and sales counter",
        "Fort Road, near Railway Station, Kondapalli - 521228, NTR District, Andhra Pradesh",
        "37",
    ),
    "depot": (
        "Tella poniki wood - seasoning yard and depot",
        "Sy. No. 214, Kondapalli Hills Road, Kondapalli - 521228, NTR District, Andhra Pradesh",
        "37",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "{d}-{m}-%Y",
    "%d %b %Y",
    "{d} %b %Y",
    "%d.%m.%Y",
    "%d-%b-%y",
    "{d}/{m}/%Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%b %d, %Y", "%d%b%Y", "%d.%m.%Y"]
BANKS = [
    "State Bank of India",
    "Union Bank of India",
    "Canara Bank",
    "Indian Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Karur Vysya Bank",
    "Federal Bank",
    "Bank of Baroda",
    "Andhra Pradesh Grameena Bank",
    "The Krishna District Co-operative Central Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Karur Vysya Bank": "KVBL",
    "Federal Bank": "FDRL",
    "Bank of Baroda": "BARB",
    "Andhra Pradesh Grameena Bank": "APGV",
    "The Krishna District Co-operative Central Bank": "KDCB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "Indian Bank": "indianbank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Karur Vysya Bank": "kvb.co.in",
    "Federal Bank": "federalbank.co.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "toys": ("Kondapalli toys - ambari elephant and village set (HSN 4420)", "pc", 450, 6400, 5),
    "golu": ("Golu set - Dasavatharam, 10 dolls (HSN 4420)", "set", 2800, 9400, 5),
    "dasavatara": ("Dasavatharam set 12 in on a wooden stand (HSN 4420)", "set", 14000, 42000, 5),
    "dozen": ("Kondapalli toys, assorted - by the dozen (HSN 4420)", "doz", 900, 3600, 5),
    "sawdust": ("Tella poniki sawdust - dry, in gunny bags (HSN 4401)", "bag", 40, 95, 5),
    "offcuts": ("Wood offcuts and bark - firewood, loose (HSN 4401)", "t", 1800, 4200, 5),
    "visit": ("Toy painting session with carving demo (SAC 9996)", "student", 80, 250, 18),
    "wedding": ("Bride and groom set 18 in, custom faces (HSN 4420)", "set", 8500, 26000, 5),
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
    return f"AAN{rng.choice('CF')}S{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def bill_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Kondapalli bill book prints them: the page's mark and grouping, and on some pages whole sums
    with /- after them (Rs. 4,520/-), the sums with paise as they are."""
    rs = money(rng, font, 0.0, marks=marks)
    slash = rng.random() < 0.4

    def show(value: float) -> str:
        if slash and abs(value - round(value)) < 1e-9:
            return f"{rs.mark}{rs.gap}{num(round(value), rs.grouping, 0)}/-"
        return rs(value)

    return show


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = ["PhonePe", "Easebuzz", "Google Pay", "Vyom", "Paytm", "Razorpay", "MobiKwik", "Canara ai1"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Ambari elephant pair",
        "Palm tree climber toy",
        "Kondapalli bommalu x 4",
        "Vinayaka 6 inch",
        "Bullock cart toy",
    ],
    [
        "Dasavatharam golu set",
        "Bommala koluvu full set",
        "Hotel lobby display - 3 sets",
        "Pelli bommalu - advance",
        "School craft corner order",
    ],
)
PAYERS_UPI = [
    "Vasantha Lakshmi Gorantla",
    "Hotel Krishnaveni Residency",
    "Ravi Teja Kothapalli",
    "Meenakshi Sundaram",
    "Farida Begum Shaik",
    "Prasanthi Gifts, Guntur",
    "Suresh Babu Nalluri",
    "Anusha Reddy Pamidi",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Sravani Pinnamaneni, Kukatpally, Hyderabad", "Golu set - Dasavatharam, 10 dolls x 1", 3200, 9800),
    ("Mr. Karthik Subramanian, Adyar, Chennai", "Bommala koluvu set and 2 marapachi dolls", 4200, 14000),
    ("Mrs. Lalitha Ramesh, Jayanagar, Bengaluru", "Ambari elephant 8 in pair, gift wrapped", 1800, 5200),
    ("The Gateway School, Baner, Pune", "Kondapalli village set x 6 for the craft corner", 9000, 32000),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "Vyom": ["RRN", "UPI RRN"],
    "Paytm": ["UPI Reference No.", "RRN No."],
    "MobiKwik": ["UPI Ref ID", "Bank RRN"],
    "Canara ai1": ["UPI Ref", "UTR No."],
}
OWN_IDS = {
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "Vyom": "Vyom txn ref.",
    "Paytm": "Paytm txn ID",
    "MobiKwik": "MobiKwik txn ID",
    "Canara ai1": "ai1 txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgK{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    if app == "Vyom":
        return f"UBI{j.date:%y%m%d}{digits(rng, 10)}"
    if app == "MobiKwik":
        return f"MBK{code(rng, 4, UPPER)}{digits(rng, 11)}"
    if app == "Canara ai1":
        return f"CAI{digits(rng, 15)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on Easebuzz or Razorpay after a buyer paid (the payee on top with its
    online store line, the status and the sum in either order, the sum large or in an Amount paid / Order total
    paid row, the buyer and the order under them or at the foot of the page, the day first under the rule or
    after the references)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "Easebuzz":
        url = "pay.easebuzz.in/transaction/response" + ("" if j.no_ref else f"/{code(rng, 12, ALNUM)}")
    else:
        url = "pages.razorpay.com/sribhadracrafts/thank-you" + (
            "" if j.no_ref else f"?id={code(rng, 10, MIXED)}"
        )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Kondapalli toys from Bommala Colony, since 1978", "Online store  |  shop.sribhadracrafts.in"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - thank you for your order",
            "Order placed - payment received",
            "Success - your toys ship within 3 working days",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Amount paid", "Order total paid"]), rs(j.amount), amount=j.amount)

    labels = ["Payment date", "Paid on", "Date & time"]
    day_first = rng.random() < 0.45
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        sum_row()
    else:
        sum_row()
        outcome_row(p, status, words)
    p.add("rule")
    if day_first:
        date_row(p, j, labels, hour=True)
    buyer_late = rng.random() < 0.4
    if not buyer_late:
        wrap_pair(p, rng.choice(["Name on order", "Customer name"]), who)
        wrap_pair(p, rng.choice(["Your order", "Order details"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - scan and pay"]),
        "card": f"{rng.choice(['RuPay', 'Visa', 'Mastercard'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
    }[way]
    wrap_pair(p, rng.choice(["Paid using", "Payment mode"]), shown, method=way)
    if not j.no_ref:
        if app == "Easebuzz":
            tid = f"E{digits(rng, 9)}{code(rng, 4, UPPER)}"
            p.pair("Easebuzz ID", tid, txn=(TXN_RANK, tid))
            oid = f"SBC{j.date:%y%m%d}{digits(rng, 4)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        else:
            tid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", tid, txn=(TXN_RANK, tid))
            oid = f"order_{code(rng, 14, MIXED)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI ref. No." if app == "Easebuzz" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    if buyer_late:
        p.add("rule")
        wrap_pair(p, rng.choice(["Name on order", "Customer name"]), who)
        wrap_pair(p, rng.choice(["Your order", "Order details"]), what)
    p.part = "foot"
    p.add(
        "small",
        "Payments secured by Easebuzz  |  Easebuzz Pvt Ltd"
        if app == "Easebuzz"
        else "Powered by Razorpay  |  Razorpay Software Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, golu buyers, hotels, schools and families paying the showroom or the company: six UPI app
    screens (PhonePe, Google Pay, Vyom, Paytm, MobiKwik, Canara ai1: the payee block, the sum and the status in
    one of four orders (the payee, the sum and the status; the sum, the payee and the status; the status, the
    sum and the payee; the sum, the status and the payee); the showroom, its capitals, the company's capitals
    or its short name under Amount credited to / Merchant name / Shop paid / Payee (merchant) / Attempting to
    pay / Paying to merchant, its UPI ID, a Verified name line on some, the sum large; the day and the hour
    with no label under the status on some, else Paid on / Completed on / Txn time / Attempted on / Started at
    first under the rule or after the references; Note / For / Remarks, Paid by / Sender on some, Debited from
    / Bank account, UTR / UPI Ref. No. / UPI transaction ID / UPI Ref No. / RRN / UPI RRN / UPI Reference No. /
    RRN No. / UPI Ref ID / Bank RRN / UPI Ref / UTR No., the app's own Transaction ID / Google transaction ID /
    Vyom txn ref. / Paytm txn ID / MobiKwik txn ID / ai1 txn ID on some; Paid successfully / Money reached the
    shop / Completed / Pending - waiting for your bank to confirm, do not retry / Declined - wrong UPI PIN
    entered) and the web shop's two payment pages (Easebuzz, Razorpay: the showroom or the company on top with
    its online store line, the status and the sum in either order, the sum large or in an Amount paid / Order
    total paid row, Payment date / Paid on / Date & time first under the rule or after the references, Name on
    order / Customer name and Your order / Order details under the rule or at the foot, Paid using / Payment
    mode UPI, card or net banking, Easebuzz ID / Payment ID, Order No. / Order ID, UPI ref. No. / UPI RRN, Auth
    code or Bank ref. No.; Payment successful - thank you for your order / Order placed - payment received /
    Success - your toys ship within 3 working days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=450, high=64000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Easebuzz", "Razorpay"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["sbi", "unionbank", "cnrb", "ybl", "okaxis", "ikwik"])
    handle = f"sribhadracrafts{rng.choice(['', '.kdp', '521'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Paid successfully", "Money reached the shop", "Completed"],
        "pending": ["Pending - waiting for your bank to confirm, do not retry"],
        "failed": ["Declined - wrong UPI PIN entered"],
    }
    # 0: the day and the hour with no label under the status; 1: first under the rule; 2: after the references
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            text = when(j.date, rng.choice(["{d} %b %Y", "%d %B %Y", "%a, {d} %b %Y", "%d-%m-%Y"]))
            p.add("small", f"{text}, {hhmm(rng, lower=rng.random() < 0.5)}", date=j.date)

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Amount credited to", "Merchant name", "Shop paid", "Payee (merchant)"]
                if status == "success"
                else ["Attempting to pay", "Paying to merchant"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.55:
            p.add("small", f"Verified name: {COMPANY_CAPS}")

    def sum_row() -> None:
        p.add("big", rs(j.amount), amount=j.amount)

    order = rng.randrange(4)
    if order == 0:
        payee_block()
        sum_row()
        status_rows()
    elif order == 1:
        sum_row()
        payee_block()
        status_rows()
    elif order == 2:
        status_rows()
        sum_row()
        payee_block()
    else:
        sum_row()
        status_rows()
        payee_block()
    p.add("rule")
    day_labels = (
        ["Paid on", "Completed on", "Txn time"] if status == "success" else ["Attempted on", "Started at"]
    )
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "For", "Remarks"]), rng.choice(SHOP_NOTES[j.amount >= 8000]))
    if rng.random() < 0.5:
        wrap_pair(p, rng.choice(["Paid by", "Sender"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"Vyom": "Union Bank of India", "Canara ai1": "Canara Bank"}.get(app) or rng.choice(BANKS[:9])
    wrap_pair(p, rng.choice(["Debited from", "Bank account"]), f"{source} XX{digits(rng, 4)}")
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
        rng.choice(["Secured by UPI  |  NPCI", "Need help with this payment?", "Share receipt  |  Done"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. Lepakshi's, golu shops', e-shops' advices


# payer, its mail, its desk's town, the goods it buys, the frame, TDS u/s 194Q
PAYERS = [
    (
        "Andhra Pradesh Handicrafts Development Corporation Ltd",
        "purchase.lepakshi@aphdc.in",
        "Lepakshi Emporium, M G Road, Vijayawada",
        "craft",
        "paper",
        False,
    ),
    (
        "Mylapore Golu Bommai Stores",
        "mylaporegolu@gmail.com",
        "North Mada Street, Mylapore, Chennai",
        "golu",
        "mail",
        False,
    ),
    (
        "Desi Haat E-commerce Pvt Ltd",
        "payables@desihaat.in",
        "Okhla Phase II, New Delhi",
        "craft",
        "portal",
        True,
    ),
    (
        "Malleswaram Gombe Mane",
        "gombemane.blr@gmail.com",
        "8th Cross, Malleswaram, Bengaluru",
        "golu",
        "mail",
        False,
    ),
    (
        "Ramakrishna Beach Resorts Pvt Ltd",
        "ap@rkbeachresorts.in",
        "Beach Road, Visakhapatnam",
        "decor",
        "portal",
        True,
    ),
    ("Charminar Gift House", "charminargifthouse@gmail.com", "Abids, Hyderabad", "craft", "paper", False),
    (
        "Pune Montessori Learning Aids Pvt Ltd",
        "accounts@punemontessori.in",
        "Bhosari MIDC, Pune",
        "craft",
        "portal",
        True,
    ),
    (
        "Sri Padmavathi Gift Centre",
        "padmavathigifts.tpt@gmail.com",
        "Gandhi Road, Tirupati",
        "golu",
        "mail",
        False,
    ),
]
# goods: unit, price per unit (low, high), GST %
DEALER_GOODS = {
    "craft": ("pcs", 180, 2400, 5),
    "golu": ("sets", 2400, 8800, 5),
    "decor": ("pcs", 3500, 18000, 5),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Andhra Pradesh Handicrafts Development Corporation (its Lepakshi emporium), golu doll shops in
    Chennai, Bengaluru and Tirupati, a Delhi craft e-shop, a Visakhapatnam beach resort, a Hyderabad gift house
    and a Pune maker of Montessori learning aids paying for the toys, the golu sets and the lobby pieces the
    house sent them: an e-mail, a printed PAYMENT ADVICE - PURCHASE OF KONDAPALLI TOYS / Remittance intimation
    / ADVICE OF PAYMENT TO SUPPLIER and a vendor portal page (the payer on top with its desk line; Supplier
    code, Purchase order No. and Goods receipt note No. (APHDC's Indent No. and Stock receipt No.) first, then
    Supplier / Payment to supplier / Beneficiary (supplier) / Party paid / Supplier credited the company, on
    top of the body or at the head of the payment block; the status under the heading on some, at the end of
    the payment block on the rest; Invoices settled / Bills included / Supplier bills in this payment, the
    bills with their pieces or sets and sums (dated on some), Total of bills / Invoice value total, Less: TDS
    u/s 194Q @ 0.1% on the e-shop's, the resort's and the learning aids maker's (APHDC's Less: GST TDS u/s 51
    - CGST @ 1% and - SGST @ 1%), Less: Broken in transit - n pcs / Less: Colour peeled - n pcs @ rate / Less:
    Short supply - n pcs / Less: Prompt payment discount @ 2% on some, above or below the payment block: Net
    amount paid / Net transferred to supplier / Amount remitted (net) (Amount withheld / Payment withheld on
    the hold, Returned unpaid by bank / Amount returned on the return), Mode of payment / Sent by NEFT / RTGS /
    IMPS, Supplier bank account, NEFT UTR No. / UTR No. (NEFT) / RTGS UTR No. / UTR No. (RTGS) / IMPS RRN,
    Payment advice No. / Voucher No. / Payment document No., Date of payment / Value date / Remitted on / Hold
    placed on / Withheld on / Bank return date / Returned on; Payment processed - amount sent to your bank
    account / Status: Remitted / On hold - toys under quality check at our warehouse / Returned by your bank -
    account number and IFSC do not match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    buyer, mail, desk, kind, frame, tds194 = PAYERS[k]
    aphdc = buyer.startswith("Andhra Pradesh Handicrafts")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} <{mail}>",
            [
                "Payment released to Sri Bhadra Crafts",
                "Your invoices have been paid",
                "Remittance details - Kondapalli toys",
            ]
            if status == "success"
            else ["Status of your invoices", "Payment update - Sri Bhadra Crafts"],
        )
    elif frame == "portal":
        tail = "details" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"supplier.{mail.split('@')[1]}/payments/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    section = (
        "Purchase and Marketing Wing"
        if aphdc
        else rng.choice(["Accounts", "Payables desk", "Finance office"])
    )
    p.add("small", f"{section}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - PURCHASE OF KONDAPALLI TOYS",
                "Remittance intimation",
                "ADVICE OF PAYMENT TO SUPPLIER",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Dear Supplier,", "Namaste,"]))
        p.add(
            "left",
            "We have made the payment below against your invoices."
            if status == "success"
            else "The position of our payment against your invoices is given below.",
        )
    words = {
        "success": ["Payment processed - amount sent to your bank account", "Status: Remitted"],
        "pending": ["On hold - toys under quality check at our warehouse"],
        "failed": ["Returned by your bank - account number and IFSC do not match"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if aphdc:
        p.pair("Indent No.", f"APHDC/LPK/IND/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Stock receipt No.", f"SR/VJA/{digits(rng, 5)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'KDP'])}{digits(rng, 5)}")
        p.pair("Purchase order No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Goods receipt note No.", f"GRN{digits(rng, 7)}")
    labels = ["Supplier", "Payment to supplier", "Beneficiary (supplier)"] + (
        ["Party paid", "Supplier credited"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    dated = rng.random() < 0.45 and not j.no_day
    bill_pat = rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y"])
    for _ in range(rng.randrange(1, 4)):
        if kind == "craft":
            qty = rng.randrange(24, 400)
        elif kind == "golu":
            qty = rng.randrange(4, 40)
        else:
            qty = rng.randrange(2, 14)
        each = float(rng.randrange(lo, hi, 10 if kind == "craft" else 50))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill = f"SBC/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" of {when(earlier(rng, j, 10, 60), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    if aphdc:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: GST TDS u/s 51 - CGST @ 1%", half), ("Less: GST TDS u/s 51 - SGST @ 1%", half)]
    elif tds194:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    else:
        tds_rows = []
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    short_unit = unit if kind != "golu" else "sets"
    if pick < 0.22 and kind != "golu":
        bad = rng.randrange(1, 6)
        cut = round(bad * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Broken in transit - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.4 and kind != "golu":
        bad = rng.randrange(3, 30)
        per = float(rng.choice([40, 60, 75]))
        cut = bad * per
        cuts.append((f"Less: Colour peeled - {bad} pcs @ {per:,.2f}", rs(cut)))
    elif pick < 0.55:
        short = rng.randrange(1, 5)
        cut = round(short * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Short supply - {short} {short_unit}", rs(cut)))
    elif pick < 0.75 and not aphdc:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Prompt payment discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices settled", "Bills included", "Supplier bills in this payment"]
                if status == "success"
                else ["Bills included", "Supplier bills in this payment"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Total of bills", "Invoice value total"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Transfer particulars"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Net transferred to supplier", "Amount remitted (net)"],
            "pending": ["Amount withheld", "Payment withheld"],
            "failed": ["Returned unpaid by bank", "Amount returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode of payment", "Sent by"]), way, method="netbanking")
        wrap_pair(p, "Supplier bank account", account(rng, [BANKS[0], BANKS[1], BANKS[2]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[2:9]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS UTR No.", "UTR No. (RTGS)"],
                    "NEFT": ["NEFT UTR No.", "UTR No. (NEFT)"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PA', 'VCH', '26'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Voucher No.", "Payment document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Date of payment", "Value date", "Remitted on"],
                "pending": ["Hold placed on", "Withheld on"],
                "failed": ["Bank return date", "Returned on"],
            }[status],
            PATS_IN,
        )
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
        p.add("left", f"Thanks and regards,  {buyer}")
    p.add(
        "small",
        "A Government of Andhra Pradesh undertaking. GST TDS is filed in GSTR-7; GSTR-7A is on the portal."
        if aphdc
        else "Computer generated advice, no signature required. Write to us within 7 days for any difference.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. toy importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Telugu Heritage Imports LLC",
        "Oak Tree Road, Edison, New Jersey, USA",
        "USD",
        "Bank of America N.A.",
        2000,
        40000,
    ),
    ("Maple Festival Decor Inc.", "Brampton, Ontario, Canada", "CAD", "Royal Bank of Canada", 2500, 48000),
    (
        "Southern Cross Folk Art Pty Ltd",
        "Fitzroy, Melbourne, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        2500,
        52000,
    ),
    (
        "Volkskunst Handelshaus GmbH",
        "Sachsenhausen, Frankfurt am Main, Germany",
        "EUR",
        "Commerzbank AG",
        1800,
        36000,
    ),
    ("Mingei Omocha Co. Ltd", "Nakagyo-ku, Kyoto, Japan", "JPY", "MUFG Bank Ltd", 250000, 5200000),
    (
        "Kiwi Namaste Gifts Ltd",
        "Sandringham, Auckland, New Zealand",
        "NZD",
        "ANZ Bank New Zealand Ltd",
        2500,
        46000,
    ),
    ("Ruwi Indian Arts LLC", "Ruwi, Muscat, Sultanate of Oman", "OMR", "Bank Muscat SAOG", 600, 12000),
    (
        "Rattvis Handel AB",
        "Sodermalm, Stockholm, Sweden",
        "SEK",
        "Skandinaviska Enskilda Banken AB",
        20000,
        420000,
    ),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("Union Bank of India", "browser"),
    ("HDFC Bank", "mail"),
    ("Canara Bank", "browser"),
    ("ICICI Bank", "paper"),
    ("Indian Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Karur Vysya Bank", "paper"),
]
# INR for one unit (for 100 yen)
WIRE_RATES = {
    "USD": (86.2, 90.6),
    "CAD": (61.5, 65.8),
    "AUD": (55.8, 59.9),
    "EUR": (94.5, 101.8),
    "JPY": (56.5, 61.2),
    "NZD": (50.8, 54.6),
    "OMR": (223.5, 235.8),
    "SEK": (8.1, 9.3),
}
CUR_NAMES = {
    "USD": "US dollar",
    "CAD": "Canadian dollar",
    "AUD": "Australian dollar",
    "EUR": "Euro",
    "JPY": "Japanese yen",
    "NZD": "New Zealand dollar",
    "OMR": "Omani rial",
    "SEK": "Swedish krona",
}
INTERMEDIARY = {
    "USD": "Citibank N.A., New York",
    "CAD": "Bank of Montreal, Toronto",
    "EUR": "Deutsche Bank AG, Frankfurt",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
}
SHIPPED = [
    "Kondapalli wooden toys, hand painted (HSN 4420)",
    "Wooden dolls and golu sets - 14 cartons by air",
    "Kondapalli toys and figurines - part load by sea from Chennai",
    "Handicrafts of tella poniki wood - 9 cartons by courier",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and euros, or euros the German way (dots
    between the thousands and a decimal comma, the code after the sum) on some; CAD / C$, AUD / A$ and NZD /
    NZ$ before the sum; yen whole, JPY or the yen sign before it; Omani rials with three decimals (OMR or RO);
    kronor with the code before the sum or after it, spaces between the thousands and a decimal comma on
    some."""
    if cur == "EUR" and rng.random() < 0.35:

        def german(value: float) -> str:
            return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " EUR"

        return german
    if cur in ("USD", "EUR"):
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = sign(font, "\u00a5", "JPY ") if rng.random() < 0.35 else "JPY "

        def yen(value: float) -> str:
            return f"{mark}{value:,.0f}"

        return yen
    if cur == "OMR":
        mark = rng.choice(["OMR ", "RO "])

        def rial(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return rial
    if cur == "SEK":
        spaced = rng.random() < 0.55
        after = rng.random() < 0.5

        def krona(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",") if spaced else f"{value:,.2f}"
            return f"{body} SEK" if after else f"SEK {body}"

        return krona
    mark = rng.choice({"CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"], "NZD": ["NZD ", "NZ$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Toy and folk art importers in Edison, Brampton, Melbourne, Frankfurt, Kyoto, Auckland, Muscat and
    Stockholm paying for the Kondapalli toys, dolls and golu sets: the banks' inward remittance advices
    (browser, e-mail, printed CREDIT ADVICE - INWARD FOREIGN REMITTANCE (EXPORT) / Export proceeds realised -
    advice / Inward remittance - credit memo: the bank on top with its forex desk; the status under the
    heading on some, at the foot on the rest; Credit date / Date of realisation / Value date (field 32A) /
    Received on / Held since / Date of return / Sent back on first, after the sums or after the references;
    the remitter's block (Ordering customer (field 50) / Overseas buyer (remitter), Ordering institution
    (field 52A) / Remitter's bank, Intermediary institution (field 56A) on some) above or below the
    beneficiary's (Exporter (beneficiary) / Beneficiary customer (field 59) / Account credited - exporter /
    In favour of the company, A/c No., IEC); Instructed amount (field 33B) / FCY amount / Amount in foreign
    currency, or a Currency row (the code and its name) over an Amount remitted row with the bare sum, in US
    dollars, Canadian dollars, Australian dollars, euros (the German way on some), yen (whole), New Zealand
    dollars, Omani rials (three decimals) or kronor (spaces and a decimal comma on some), Details of charges
    (field 71A), Exchange rate (per 100 yen; indicative on the held one), INR equivalent, Less: Commission and
    GST and Net INR credited on the credited ones; Purpose code, Goods, Export invoice No., Shipping bill No.
    and date, Mode SWIFT, Sender's reference (field 20), FIRC No. / Inward remittance ref. / IRM ref. No.,
    UETR; Proceeds credited - eBRC will be generated on DGFT / Status: Credited to exporter / Held for
    documents - purpose of remittance not confirmed, funds not credited / Remitted back - beneficiary name
    does not match our records)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
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
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex <forex.vijayawada@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Credit advice - export proceeds",
                "Foreign remittance received - Sri Bhadra Crafts",
            ]
            if status == "success"
            else ["Inward remittance - action needed", "Status of your inward remittance"],
        )
    elif frame == "browser":
        tail = "inward" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/irm/view/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Governorpet Branch, Vijayawada",
                "Trade Operations Centre, Visakhapatnam",
                "Centralised Trade Processing Centre, Hyderabad",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - INWARD FOREIGN REMITTANCE (EXPORT)",
                "Export proceeds realised - advice",
                "Inward remittance - credit memo",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Proceeds credited - eBRC will be generated on DGFT", "Status: Credited to exporter"],
        "pending": ["Held for documents - purpose of remittance not confirmed, funds not credited"],
        "failed": ["Remitted back - beneficiary name does not match our records"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Date of realisation", "Value date (field 32A)"],
        "pending": ["Received on", "Held since"],
        "failed": ["Date of return", "Sent back on"],
    }[status]
    # 0: the day first; 1: after the sums; 2: after the references
    day_at = rng.randrange(3)
    if day_at == 0:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p, rng.choice(["Ordering customer (field 50)", "Overseas buyer (remitter)"]), f"{payer}, {city}"
        )
        wrap_pair(p, rng.choice(["Ordering institution (field 52A)", "Remitter's bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary institution (field 56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Exporter (beneficiary)",
                    "Beneficiary customer (field 59)",
                    "Account credited - exporter",
                    "In favour of",
                ]
                if status == "success"
                else ["Exporter (beneficiary)", "Beneficiary customer (field 59)", "In favour of"]
            ),
            me,
            merchant=me,
        )
        p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'Current'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    else:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    if rng.random() < 0.3:
        p.pair("Currency", f"{cur} - {CUR_NAMES[cur]}")
        bare = (
            f"{j.amount:,.0f}" if cur == "JPY" else f"{j.amount:,.3f}" if cur == "OMR" else f"{j.amount:,.2f}"
        )
        p.pair("Amount remitted", bare, amount=j.amount, cur=cur)
    else:
        p.pair(
            rng.choice(["Instructed amount (field 33B)", "FCY amount", "Amount in foreign currency"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Details of charges (field 71A)", rng.choice(["SHA", "OUR", "BEN"]))
    per = f"100 JPY = INR {rate}" if cur == "JPY" else f"1 {cur} = INR {rate}"
    if status != "failed":
        p.pair("Exchange rate", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate / (100 if cur == "JPY" else 1), 2)
        p.pair("INR equivalent", f"INR {num(inr)}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {num(chg)}")
        p.pair("Net INR credited", num(round(inr - chg, 2)))
    if day_at == 1:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    advance = rng.random() < 0.3
    p.pair(
        "Purpose code",
        "P0103 - advance receipt against export" if advance else "P0102 - realisation of export bills",
    )
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"SBC/EXP/{rng.randrange(1, 140):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 15, 75), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("Sender's reference (field 20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['FIRC', 'IRM', 'IW'] if status == 'success' else ['IRM', 'IW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(
                ["FIRC No.", "Inward remittance ref.", "IRM ref. No."]
                if status == "success"
                else ["Inward remittance ref.", "IRM ref. No."]
            ),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == 2:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to EDPMS; map it to your shipping bill to close the export."
        if status == "success"
        else "Please send the documents asked for to the forex desk, quoting the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, workshop, wood depot, accounts


# the party, the way it paid, the unit (showroom, workshop, depot, or the accounts desk's mail), the goods
SALES = [
    ("Ms. Claire Dubois (France), staying at Hotel Krishnaveni, Vijayawada", "card", "showroom", "toys"),
    ("Vijaya Brick Works, Ibrahimpatnam", "cheque", "depot", "offcuts"),
    ("Smt. Kalyani Raghunathan, Mylapore, Chennai", "UPI", "showroom", "golu"),
    ("M/s Sri Lakshmi Gift Corner, One Town, Vijayawada", "cash", "workshop", "dozen"),
    ("Sri Sai Agarbatti Works, Bhavanipuram, Vijayawada", "UPI", "depot", "sawdust"),
    ("Z.P. High School, Mylavaram - craft visit of Class 8", "UPI", "workshop", "visit"),
    ("Sri Chaitanya Vidyalayam, Gudivada - school museum", "cheque", "showroom", "dasavatara"),
    ("Mr. Harsha Vardhan Kolli, Whitefield, Bengaluru", "NEFT", "mail", "wedding"),
]
SALE_HEADS = {
    "showroom": ["CASH MEMO - KONDAPALLI TOYS", "SALE BILL - HANDMADE WOODEN TOYS"],
    "dozen": ["WHOLESALE BILL - TOYS BY THE DOZEN", "TRADE SALE MEMO - KONDAPALLI BOMMALU"],
    "visit": ["RECEIPT - WORKSHOP VISIT AND DEMONSTRATION", "CRAFT VISIT FEE RECEIPT"],
    "sawdust": ["SAWDUST SALE RECEIPT - BY THE BAG", "BY-PRODUCT SALE MEMO - POTTU (SAWDUST)"],
    "offcuts": ["FIREWOOD SALE MEMO - OFFCUTS BY THE TONNE", "WOOD WASTE SALE BILL (BY WEIGHT)"],
}
SEALS = {
    "showroom": ("SRI BHADRA ANGADI", "FORT ROAD, KONDAPALLI"),
    "workshop": ("SRI BHADRA KARYASHALA", "BOMMALA COLONY"),
    "depot": ("SRI BHADRA WOOD DEPOT", "KONDAPALLI HILLS ROAD"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH MEMO - KONDAPALLI TOYS / SALE BILL - HANDMADE WOODEN TOYS to a French tourist, a
    Chennai golu buyer and a Gudivada school, the workshop's WHOLESALE BILL - TOYS BY THE DOZEN / TRADE SALE
    MEMO - KONDAPALLI BOMMALU to a Vijayawada gift shop and RECEIPT - WORKSHOP VISIT AND DEMONSTRATION / CRAFT
    VISIT FEE RECEIPT to a Mylavaram school (per student), the wood depot's SAWDUST SALE RECEIPT - BY THE BAG /
    BY-PRODUCT SALE MEMO - POTTU (SAWDUST) to a Vijayawada agarbatti maker and FIREWOOD SALE MEMO - OFFCUTS BY
    THE TONNE / WOOD WASTE SALE BILL (BY WEIGHT) to an Ibrahimpatnam brick kiln (paper: the showroom, the
    workshop, the depot or the company on top with its "A unit of" line, address and GSTIN; Cash memo No. /
    Sale bill No. / Wholesale bill No. / Trade memo No. / Visit receipt No. / Sawdust receipt No. / By-product
    memo No. / Firewood memo No. / Waste sale bill No. and Date of bill / Sale date / Dated / Receipt dt. in
    either order, then Sold to / Customer's name / Received from, the pieces, sets, dozens, students, bags or
    tonnes x rate, Less: Festival discount @ 10% on some of the showroom's, CGST and SGST @ 2.5% or 9%, Round
    off, Total / Bill amount / Grand total, Cash received / Paid in cash / UPI received (QR scan) / By UPI / Paid
    by card / Card payment / Cheque received for / By cheque, the sum in words under it, the sums with /- after
    them on some, Mode of payment / Paid by, UPI Ref. No. / UTR / Approval code / Auth code, Cheque No. and
    bank, Cheque dated, the depot's Weighbridge ticket No. and Vehicle No.; RECEIVED WITH THANKS / PAID / PAID -
    TOYS PACKED FOR TRAVEL / PAID - GOLU SET HANDED OVER AT THE COUNTER / PAID - DOZENS COUNTED AND HANDED OVER
    / PAID - SAWDUST BAGS LIFTED BY THE BUYER / PAID - VISIT AND DEMONSTRATION DONE / CHEQUE RECEIVED - SET
    DELIVERED ON CLEARANCE / CHEQUE RETURNED UNPAID - MEMO CANCELLED, the rubber stamp, For <unit> - Manager /
    For <unit> - Counter in-charge, Customer's signature) and the accounts desk's Receipt of advance e-mail to
    a Bengaluru buyer (Money receipt No. / Receipt ref., Received on / Date of credit, CGST and SGST, Order
    amount / Value of the order, Advance received by NEFT / Advance against order with the Balance payable on
    delivery, NEFT UTR / UTR; ADVANCE RECEIVED - CARVING OF YOUR SET HAS STARTED)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    party, way, unit, kind = SALES[k]
    marks = ("Rs.", "\u20b9", "Rs", "")
    rs = money(rng, font, 0.0, marks=marks) if unit == "mail" else bill_rs(rng, font, marks)
    name = {"showroom": SHOWROOM, "workshop": WORKSHOP, "depot": DEPOT, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sribhadracrafts.in>",
            [
                "Advance received - Sri Bhadra Crafts, Kondapalli",
                "We have received your advance",
                "Money receipt - your bride and groom set",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Kondapalli toys from Bommala Colony  |  Accounts")
        p.add("center", "Receipt of advance")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir, thank you - the advance for your order has reached us.")
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
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["BA", "CM"],
            "workshop": ["KS", "WS"],
            "depot": ["WD", "PD"],
            "mail": ["SBC", "MR"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Money receipt No.", "Receipt ref."],
            "showroom": ["Cash memo No.", "Sale bill No."],
            "dozen": ["Wholesale bill No.", "Trade memo No."],
            "visit": ["Visit receipt No."],
            "sawdust": ["Sawdust receipt No.", "By-product memo No."],
            "offcuts": ["Firewood memo No.", "Waste sale bill No."],
        }["mail" if unit == "mail" else "showroom" if unit == "showroom" else kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Received on", "Date of credit"]
        if unit == "mail"
        else ["Date of bill", "Sale date", "Dated", "Receipt dt."]
    )
    if rng.random() < 0.5:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    else:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    wrap_pair(p, rng.choice(["Sold to", "Customer's name", "Received from"]), party)
    advance = unit == "mail"
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "offcuts":
        tonnes = round(rng.uniform(3.5, 18), 2)
        rate = float(rng.randrange(lo, hi, 50))
        base = round(tonnes * rate, 2)
        p.pair(f"  {tonnes:,.2f} t (weighbridge) x {rate:,.2f}", rs(base))
    elif kind == "sawdust":
        bags = rng.randrange(40, 400)
        rate = float(rng.randrange(lo, hi))
        base = round(bags * rate, 2)
        p.pair(f"  {bags:,} bags x {rate:,.2f}", rs(base))
    elif kind == "visit":
        heads_n = rng.randrange(28, 120)
        rate = float(rng.randrange(lo, hi, 10))
        base = round(heads_n * rate, 2)
        p.pair(f"  {heads_n} students x {rate:,.2f}", rs(base))
    elif kind == "dozen":
        base = 0.0
        for toy in rng.sample(
            ["Palm tree climber", "Ambari elephant 6 in", "Bride and groom 8 in", "Bullock cart"], 2
        ):
            doz = rng.randrange(2, 20)
            rate = float(rng.randrange(lo, hi, 10))
            value = round(doz * rate, 2)
            base += value
            p.pair(f"  {toy}: {doz} doz x {rate:,.2f}", rs(value))
        base = round(base, 2)
    else:
        if kind in ("dasavatara", "wedding"):
            qty = 1 if not advance else rng.randrange(1, 3)
        elif kind == "golu":
            qty = rng.randrange(1, 3)
        else:
            qty = rng.randrange(1, 5)
        rate = float(rng.randrange(lo, hi, 50))
        base = round(qty * rate, 2)
        p.pair(f"  {qty} {per if qty == 1 else per + 's'} x {rate:,.2f}", rs(base))
        if unit == "showroom" and kind in ("toys", "golu") and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Festival discount @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, False)
    p.pair(
        rng.choice(
            ["Order amount", "Value of the order"] if advance else ["Total", "Bill amount", "Grand total"]
        ),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -2)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "By cheque"])
    elif advance:
        lab = rng.choice(["Advance received by NEFT", "Advance against order"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Paid in cash"]),
            "UPI": rng.choice(["UPI received (QR scan)", "By UPI"]),
            "card": rng.choice(["Paid by card", "Card payment"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable on delivery", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of payment", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card (POS)", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque dated", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    if kind == "offcuts":
        p.pair("Weighbridge ticket No.", f"{rng.randrange(1000, 99999)}")
        p.pair("Vehicle No.", f"AP39 T{rng.choice('ABCDE')} {digits(rng, 4)}")
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - CARVING OF YOUR SET HAS STARTED"]
    else:
        words.append(
            {
                "toys": "PAID - TOYS PACKED FOR TRAVEL",
                "golu": "PAID - GOLU SET HANDED OVER AT THE COUNTER",
                "dozen": "PAID - DOZENS COUNTED AND HANDED OVER",
                "sawdust": "PAID - SAWDUST BAGS LIFTED BY THE BUYER",
                "visit": "PAID - VISIT AND DEMONSTRATION DONE",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - SET DELIVERED ON CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - MEMO CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "offcuts": "Firewood sold as lying at the depot and loaded by the buyer. Weight as per weighbridge.",
            "sawdust": "Dry sawdust of tella poniki only; bags lifted by the buyer from the depot.",
            "visit": "Thank you for visiting Bommala Colony. Each child takes home the toy he or she painted.",
            "dozen": "Trade rates for resale. Handmade: colours and sizes vary a little from piece to piece.",
            "dasavatara": "The set is kept at the showroom and delivered once the cheque is cleared.",
            "wedding": "Faces and names are carved as you approved; delivery in about five weeks.",
        }.get(
            kind,
            "Kondapalli toys are carved by hand from tella poniki wood and painted by hand. Goods once sold are "
            "not taken back.",
        ),
    )
    if unit != "mail":
        right(p, rng.choice([f"For {name} - Manager", f"For {name} - Counter in-charge"]))
        p.add("left", "Customer's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. wood, colours, tools, makku, cartons


SUPPLIERS = [
    (
        "Sri Lakshmi Narasimha Timber Depot",
        "Tella poniki and country wood | Licensed timber depot",
        "Forest Colony Road, Kondapalli - 521228, NTR District, Andhra Pradesh",
        "37",
        "SLT",
    ),
    (
        "Deccan Enamel Colours Pvt Ltd",
        "Enamel paints | Clear lacquer | Poster and vegetable colours",
        "Plot 41, IDA Cherlapally, Hyderabad - 500051, Telangana",
        "36",
        "DEC",
    ),
    (
        "Rajkot Hand Tools Industries",
        "Carving chisels, gouges and knives | Rasps and files",
        "Shed 14, Aji GIDC, Rajkot - 360003, Gujarat",
        "24",
        "RHT",
    ),
    (
        "Guntur Chinta Ginja Traders",
        "Tamarind seed powder for makku | Chalk powder | Gum",
        "Mirchi Yard Road, Guntur - 522004, Andhra Pradesh",
        "37",
        "GCG",
    ),
    (
        "Sivakasi Printed Cartons",
        "Printed gift boxes | Hang tags | Corrugated cartons",
        "Sattur Road, Sivakasi - 626123, Tamil Nadu",
        "33",
        "SPC",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SLT": [
        ("Tella poniki logs, seasoned - girth 60 to 90 cm", "4403", "cft", 850, 1600, 18, 20, 160),
        ("Tella poniki planks 2 in, air dried", "4407", "cft", 1400, 2200, 18, 10, 80),
    ],
    "DEC": [
        ("Enamel paint 500 ml - assorted shades", "3208", "tins", 210, 340, 18, 40, 400),
        ("Clear lacquer (melamine) 1 litre", "3208", "ltr", 260, 420, 18, 20, 200),
    ],
    "RHT": [
        ("Wood carving chisel set of 12, with roll", "8205", "sets", 1450, 2600, 18, 4, 40),
        ("Carving knife, straight and hook blade", "8211", "pcs", 180, 360, 18, 20, 200),
    ],
    "GCG": [
        ("Tamarind seed powder (chinta ginja pindi) - 25 kg bag", "1302", "bags", 620, 980, 5, 4, 60),
        ("Chalk powder (sudda) - 50 kg bag", "2509", "bags", 380, 560, 5, 4, 40),
    ],
    "SPC": [
        ("Printed gift box with window - 8 in", "4819", "pcs", 18, 46, 5, 500, 6000),
        ("Corrugated export carton 5-ply - 24 x 18 x 18 in", "4819", "pcs", 55, 110, 5, 100, 1500),
    ],
}
# the stamp's name and place, the courts on the invoice's foot
SUPPLY_STAMPS = {
    "SLT": ("SRI L.N. TIMBER DEPOT", "KONDAPALLI", "Vijayawada"),
    "DEC": ("DECCAN ENAMEL COLOURS", "CHERLAPALLY", "Hyderabad"),
    "RHT": ("RAJKOT HAND TOOLS", "AJI GIDC, RAJKOT", "Rajkot"),
    "GCG": ("CHINTA GINJA TRADERS", "GUNTUR", "Guntur"),
    "SPC": ("SIVAKASI PRINTED CARTONS", "SIVAKASI", "Sivakasi"),
}
SUPPLY_ORDER = [3, 0, 2, 4, 1, 0, 3, 2]
SUPPLY_WAYS = ["UPI", "RTGS", "NEFT", "UPI", "-", "NEFT", "-", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kondapalli timber depot, the Hyderabad enamel paint maker, the Rajkot carving tool maker, the Guntur
    tamarind seed powder trader and the Sivakasi carton printer billing the company (paper: the supplier on
    top, its line, address and GSTIN; TAX INVOICE (ORIGINAL) / GST INVOICE CUM RECEIPT / SALES INVOICE -
    ORIGINAL, Bill No. / Invoice No. / GST invoice No. and Bill dt. / Invoice date / Dated in either order, or
    the number and the day on one Invoice row (SLT/26-27/0417 dated 14.10.2026) on some, Buyer / Recipient
    (billed to) / Sold to the company, Ship to / Delivery at the workshop, the depot or the showroom, State,
    E-way bill No., the depot's Transit permit No., Transporter and Lorry receipt No. or Courier and Docket
    No., Your order ref., the logs, planks, paints, lacquer, chisels, knives, tamarind seed powder, chalk
    powder, gift boxes or cartons with HSN and cft, tins, ltr, sets, pcs or bags x rate, Taxable amount, CGST
    and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance paid on order and Balance paid by NEFT
    / RTGS on some, Less: TDS u/s 194Q by buyer and Net received by NEFT / RTGS on some, else Amount received
    by NEFT / RTGS / Paid through UPI / UPI payment received, with UTR No. / NEFT UTR / RTGS UTR / UPI Ref. No.
    / UPI RRN, or Cheque received for / Paid by cheque with Cheque No.; PAID / PAYMENT RECEIVED IN FULL / NO
    DUES / CREDITED BY NEFT / RTGS / UPI / CHEQUE SENT FOR CLEARING - RECEIPT SUBJECT TO REALISATION / CHEQUE
    RETURNED - PAYMENT STOPPED BY DRAWER, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = bill_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL)", "GST INVOICE CUM RECEIPT", "SALES INVOICE - ORIGINAL"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice", f"{inv} dated {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Bill No.", "Invoice No.", "GST invoice No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Bill dt.", "Invoice date", "Dated"]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Buyer", "Recipient (billed to)", "Sold to"])
    deliver = {
        "SLT": f"{DEPOT}, Kondapalli",
        "DEC": f"{WORKSHOP}, Bommala Colony",
        "RHT": f"{WORKSHOP}, Bommala Colony",
        "GCG": f"{WORKSHOP}, Bommala Colony",
        "SPC": rng.choice([f"{SHOWROOM}, Fort Road", f"{WORKSHOP}, Bommala Colony"]),
    }[tag]
    wrap_pair(p, rng.choice(["Ship to", "Delivery at"]), deliver)
    p.pair("State", "Andhra Pradesh (37)")
    if tag not in ("GCG",):
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag == "SLT":
        p.pair("Transit permit No.", f"TP/VJA/{rng.randrange(1000, 9999)}/{j.date:%y}")
    if tag in ("SLT", "GCG", "SPC"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["Sri Durga Lorry Service", "Kanaka Durga Roadways", "Guntur Goods Carriers"]),
        )
        p.pair("Lorry receipt No.", f"{rng.choice(['LR', 'KD', 'SD'])}{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["DTDC Express", "Professional Couriers", "Blue Dart Express"]))
        p.pair("Docket No.", f"{rng.choice(['D', 'P', '7'])}{digits(rng, 10)}")
    p.pair("Your order ref.", f"SBC/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item} (HSN {hsn})")
        p.pair(f"  {qty:,} {unit} @ {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable amount", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "37")
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
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance paid on order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Paid by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
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
        "success": rng.choice(["PAID", "PAYMENT RECEIVED IN FULL", "NO DUES", f"CREDITED BY {way}"]),
        "pending": "CHEQUE SENT FOR CLEARING - RECEIPT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"(In words) {words_in_rupees(j.amount)}")
    stamp_name, stamp_place, courts = SUPPLY_STAMPS[tag]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. on bills unpaid after 30 days. Disputes subject to {courts} courts only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, stamp_name, stamp_place, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Sri Venkateswara Lorry Service", "Freight - tella poniki logs, Nuzvid to Kondapalli", 14000, 60000),
    ("Kanaka Durga Saw Mill", "Sawing logs into toy blocks - job work, 380 cft", 9000, 42000),
    ("Smt. Pothuri Rajeswari", "Showroom rent - Fort Road, Kondapalli", 28000, 65000),
    (
        "Seaways Clearing & Forwarding Agency",
        "CHA charges - export shipping bill, Chennai port",
        18000,
        85000,
    ),
    ("Deccan Crafts Bazaar Events Pvt Ltd", "Stall rent - 10 day crafts bazaar, Hyderabad", 25000, 90000),
    ("Kolluri & Associates, Chartered Accountants", "Statutory audit and GST annual return", 30000, 120000),
    ("Sri Krishna Electricals", "Rewiring of the painting shed and exhaust fans", 22000, 95000),
    ("Amaravati Security Services", "Night watch - depot and workshop, one month", 24000, 70000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/fund-transfer/txn-status"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/transaction-view"),
    ("Canara Bank Corporate Banking", "Canara Bank", "corporate.canarabank.bank.in/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the log lorry, the saw mill, the showroom's landlady, the customs house agent, the
    crafts bazaar's organiser, the chartered accountants, the electrician and the security agency: corporate
    net banking's transfer pages (yono BUSINESS, HDFC Bank ENet, Canara Bank Corporate Banking: the portal on
    top and the bank's line, Payment status / Transaction details; three layouts: the status and the day under
    the heading; a summary block on top (the payee, the sum and the status) with the day at the foot; the day
    and the status at the foot: Executed on / Txn date / Date of transfer / Created on / Submitted on /
    Rejected on / Reversed on; Transaction successful - amount credited to payee / Status: Executed - UTR
    received / Pending for authorisation - checker yet to approve / Rejected by beneficiary bank - account
    frozen, debit reversed; the references (UTR No. / NEFT UTR / RTGS UTR No. / IMPS RRN and Reference No. /
    Txn reference No.) above or below the payee: Payee name (as per bank) / Paid to beneficiary / Beneficiary /
    payee / Name of beneficiary, Nickname, Beneficiary A/c and IFSC, Debited from the company, User ID,
    Transfer amount (INR) / Amount debited / Payment amount, Payment type / Channel NEFT / RTGS / IMPS,
    Purpose / Narration, Maker / Checker, Balance after debit on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR", "Rs.", "\u20b9"))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={code(rng, 10, ALNUM)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Funds transfer', 'Payments - single', 'Transaction search'])}")
    p.add("center", rng.choice(["Payment status", "Transaction details"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transaction successful - amount credited to payee", "Status: Executed - UTR received"],
        "pending": ["Pending for authorisation - checker yet to approve"],
        "failed": ["Rejected by beneficiary bank - account frozen, debit reversed"],
    }
    day_labels = {
        "success": ["Executed on", "Txn date", "Date of transfer"],
        "pending": ["Created on", "Submitted on"],
        "failed": ["Rejected on", "Reversed on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.35 else who
    payee_labels = [
        "Payee name (as per bank)",
        "Paid to beneficiary",
        "Beneficiary / payee",
        "Name of beneficiary",
    ]
    if status != "success":
        payee_labels = ["Payee name (as per bank)", "Beneficiary / payee", "Name of beneficiary"]
    amount_labels = ["Transfer amount (INR)", "Amount debited", "Payment amount"]
    if status == "pending":
        amount_labels = ["Transfer amount (INR)", "Payment amount"]
    # 0: the status and the day under the heading; 1: a summary on top, the day at the foot; 2: both at the foot
    layout = rng.randrange(3)
    if layout == 0:
        outcome_row(p, status, words)
        date_row(p, j, day_labels, hour=hour)
        p.add("rule")
    elif layout == 1:
        p.add("left", rng.choice(["Summary", "At a glance"]))
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("rule")
        p.add("left", rng.choice(["Transfer details", "More details"]))
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            lab = {
                "IMPS": ["IMPS RRN"],
                "NEFT": ["UTR No.", "NEFT UTR"],
                "RTGS": ["UTR No.", "RTGS UTR No."],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{j.date:%y}{digits(rng, 11)}"
        p.pair(rng.choice(["Reference No.", "Txn reference No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    if layout != 1:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).lower() + "kdp")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debited from", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("User ID", f"SBKC{rng.choice(['ACC', 'FIN', 'MD'])}{digits(rng, 2)}")
    if layout != 1:
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Narration"]), note)
    p.pair("Maker / Checker", f"SBKMAKER / {'pending' if status == 'pending' else 'SBKCHECKER'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Balance after debit", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    elif layout == 2:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A rejected transfer is credited back to the debited account, usually within two hours.")
    return p.done()


# ---------------------------------------------------------------- 7. carvers, painters, sawyers


# payee, work, colony or village, kind
WORKERS = [
    ("Pothuri Venkata Ramana", "Carver - ambari elephants and horses", "Bommala Colony", "carve"),
    ("Kunduru Sarojini", "Painter - Dasavatharam faces, home work", "Bommala Colony", "paint"),
    ("Ganjala Lakshmi", "Painter - palm climber sets, home work", "Kondapalli Gandhi Nagar", "paint"),
    ("Shaik Khaja Moinuddin", "Sawyer - log cutting at the depot", "Ibrahimpatnam", "saw"),
    ("Chennamsetty Nageswara Rao", "Carver - bride and groom dolls", "Bommala Colony", "carve"),
    ("Bodduluri Padma", "Painter - golu dolls, piece work", "Kondapalli Old Town", "paint"),
    ("Mandava Suseela", "Painter - village sets, home work", "Gollapudi", "paint"),
    ("Boya Ramudu", "Log splitter and stacker - depot", "Kondapalli Hills Road", "saw"),
]
WORK_FRAMES = ["paper", "razorpayx", "paper", "gpay", "paper", "razorpayx", "paper", "yono"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "carve": (
        ["CARVING WAGES - PER PIECE", "CHEKKUDU PANI KOOLI CHITTI"],
        ["Carver's name", "Kooli paid to (carver)"],
        "Toys carved and joined (pcs): {q} x {rate}",
        (40, 300),
        (12, 90),
        ["Net kooli paid", "Amount paid to carver"],
    ),
    "paint": (
        ["PAINTING WAGES - HOME WORK (PER DOZEN)", "RANGULA PANI KOOLI CHITTI - INTI PANI"],
        ["Painter's name", "Rangula kooli paid to"],
        "Toys painted (dozens): {q} x {rate}",
        (90, 260),
        (6, 40),
        ["Net amount paid to painter", "Net rangula kooli"],
    ),
}


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top and the company's payouts line under it; the contact above the
    sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    pout = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pout}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - credited to the contact's account", "Payout processed"],
        "pending": ["Pending - the beneficiary bank has not responded yet"],
        "failed": ["Reversed - the contact's bank account is closed"],
    }

    def contact_rows() -> None:
        wrap_pair(p, rng.choice(["Contact", "Payout to"]), who, merchant=who)
        p.pair("Contact type", rng.choice(["Artisan", "Vendor - piece work"]))

    contact_first = rng.random() < 0.5
    if contact_first:
        contact_rows()
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    if not contact_first:
        contact_rows()
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Fund account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair(
            "Fund account", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@{rng.choice(['sbi', 'ybl'])}"
        )
    p.pair(rng.choice(["Mode", "Payout mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair("Purpose", rng.choice(["Painting kooli - week 14", "Piece work - golu dolls", "Home work wages"]))
    if not j.no_ref:
        p.pair("Payout ID", pout, txn=(TXN_RANK, pout))
        if status == "success":
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        rid = f"SBC-PNT-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Payout date"],
            "pending": ["Created at", "Queued on"],
            "failed": ["Reversed at", "Failed at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The bank has confirmed the credit with the UTR above.",
            "pending": "No action needed; the status updates once the bank replies.",
            "failed": "A reversed payout's amount is back in your RazorpayX balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its carvers by the piece and its home painters by the dozen on paper, two painters
    through RazorpayX and its depot's sawyer and log splitter by UPI: its printed CARVING WAGES - PER PIECE /
    CHEKKUDU PANI KOOLI CHITTI / PAINTING WAGES - HOME WORK (PER DOZEN) / RANGULA PANI KOOLI CHITTI - INTI PANI
    (the company on top with the workshop's line, Carver's name / Kooli paid to (carver) / Painter's name /
    Rangula kooli paid to, Work, Colony / village, Artisan card No. (no fact), Chitti No. / Wage slip No., Paid
    on / Date / Dt., the pieces or dozens x rate, Add: Fine face work extra / Add: Festival rush allowance,
    Gross kooli / Total before cuts, Less: Cracked pieces - n @ rate / Less: Appu (advance) recovered, Net kooli
    paid / Amount paid to carver / Net amount paid to painter / Net rangula kooli, Paid by Cash / UPI / IMPS,
    UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - PIECES COUNTED INTO STOCK / PAID - ENTERED IN KOOLI
    REGISTER, the worker's signature or thumb), RazorpayX payout pages for two painters (RazorpayX on top and
    Payouts | the company under it, the contact above the sum and the status or under them, Contact / Payout
    to, Contact type, Fund account, Mode / Payout mode, Purpose, Payout ID, UTR, Reference ID, Processed at /
    Payout date / Created at / Queued on / Reversed at / Failed at; Processed - credited to the contact's
    account / Payout processed / Pending - the beneficiary bank has not responded yet / Reversed - the
    contact's bank account is closed), a Google Pay and a YONO SBI screen paying the depot's hands (Sent to /
    Payment sent to above the sum or under the status; Paid / Money sent successfully / Transfer complete;
    Completed on / Date and time / Sent on; UPI transaction ID / UPI Ref No. and Google transaction ID / YONO
    txn ref.)."""
    k = place("worker_pay")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=800, high=22000, p_round=0.9)
    who, role, colony, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "razorpayx":
        return razorpayx_page(rng, font, j, status, who, rs)
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 2600, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Money sent successfully", "Transfer complete"]})
        vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['oksbi', 'okaxis', 'sbi', 'ybl'])}"

        def payee_rows() -> None:
            p.add("small", rng.choice(["Sent to", "Payment sent to"]))
            p.add("center", who, merchant=who)
            p.add("small", vpa, method="UPI")

        payee_first = rng.random() < 0.5
        if payee_first:
            payee_rows()
        p.add("big", rs(j.amount), amount=j.amount)
        if not payee_first:
            payee_rows()
        p.add("rule")
        p.pair(
            rng.choice(["Note", "Remarks"]),
            rng.choice(["Depot kooli - week", "Log cutting wages", "Splitting and stacking"]),
        )
        wrap_pair(
            p,
            rng.choice(["From", "Debited from"]),
            f"{'Canara Bank' if frame == 'gpay' else 'State Bank of India'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAgK{code(rng, 12, MIXED)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"YONO{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "YONO txn ref.", own, txn=(TXN_RANK, own))
        date_row(p, j, ["Completed on", "Date and time", "Sent on"], hour=True)
        p.part = "foot"
        p.add("small", rng.choice(["Share  |  Done", "Need help?"]))
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    where = UNITS["workshop"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{WORKSHOP} - {'inti pani (home work)' if kind == 'paint' else 'piece rate'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Colony / village", colony)
    p.pair("Artisan card No.", f"AP/KDP/{rng.randrange(10000, 999999)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Chitti No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Paid on", "Date", "Dt."], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "carve":
        rate = float(round(rate, -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(
            rng.choice(["Add: Fine face work extra", "Add: Festival rush allowance"])
            if kind == "paint"
            else "Add: Festival rush allowance",
            rs(extra),
        )
        gross += extra
    p.pair(rng.choice(["Gross kooli", "Total before cuts"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 4)
        per = round(rate * 0.5, 2) if kind == "carve" else round(rate / 12, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Cracked pieces - {bad} @ {per:,.2f}", rs(cut))
    if gross > 2500 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Appu (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - PIECES COUNTED INTO STOCK", "PAID - ENTERED IN KOOLI REGISTER"]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Signature / thumb impression of the artisan", "Received - artisan's signature"]))
    return p.done()


# ---------------------------------------------------------------- 8. municipality, GI registry, forests, the rest


FEE_FRAMES = ["municipality", "gi", "forest", "labour", "epfo", "ptax", "transport", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Kondapalli toy house, its workshop in Bommala Colony, its showroom on Fort Road and its
    wood depot: Kondapalli Municipality's trade licence renewal through the CDMA portal (the Municipality on
    top and the CDMA line, Trade licence No., Name of the establishment, Nature of trade, Trade licence fee
    2026-27, Advertisement board fee and Penalty for late renewal on some, Total amount paid / Amount
    remitted, Transaction ID, Bank ref. No., Receipt No.), the Geographical Indications Registry's renewal of
    the authorised user registration for Kondapalli toys (Name of authorised user, Authorised user
    registration No., Goods, Authorised user renewal fee, Total fee paid / Amount paid, Payment ref.
    No., CBR No.), the Forest Department's timber depot licence and transit permit fees (Name of the licensee,
    Depot licence No., Species, Timber depot licence renewal fee 2026-27, Transit permit fee - n cft, Amount
    payable / Total fee due; Payment failed - challan not generated, the fee is still due, Attempted on /
    Transaction date), the Labour Department's Shops and Establishments registration renewal for the showroom
    (Name of the establishment, Registration No., Employees, Renewal fee 2026-27, Late fee on some, Fee paid /
    Total fee remitted, Transaction ID, Bank ref. No.), EPFO's ECR payment (Establishment name, Establishment
    ID, Wage month, Members, A/c No. 1, 2, 10 and 21, Total remitted / Challan total, TRRN, Bank ref. No.), the
    profession tax through a CFMS challan (Name of employer, PTEC / PTRC No., Tax period, Profession tax
    deducted from salaries, Enrolment tax 2026-27 on some, Challan amount / Amount to be paid; Challan pending
    - CFMS awaiting bank scroll, do not pay again, Challan created on / Initiated on, CFMS challan No.), the
    Transport Department's quarterly tax on the delivery pickup (Registration No., Registered owner, Vehicle
    class, Quarterly tax - goods carriage, Road safety cess, Tax paid / Total tax, Transaction No., Bank ref.
    No.) and Legal Metrology's verification and stamping of the depot's and the showroom's scales (Name of the
    user, Instruments, Verification fee - platform scale, Verification fee - counter scales, Late fee on some,
    Total fee paid / Fee remitted, Transaction ID, Receipt No.); the status under the authority's line or at
    the foot: Paid - receipt generated / Payment received - certificate will be e-mailed / Success - fee
    credited to the Government account; Payment mode / Paid through, Payment date / Paid on / Date of payment /
    Receipt generated on; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}-{m}-%Y"]
    words = {
        "success": [
            "Paid - receipt generated",
            "Payment received - certificate will be e-mailed",
            "Success - fee credited to the Government account",
        ]
    }
    day_labels = ["Payment date", "Paid on", "Date of payment", "Receipt generated on"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "municipality":
        url = f"cdma.ap.gov.in/tradelicence/payment/receipt/{digits(rng, 9)}"
        name = rng.choice(["Kondapalli Municipality", "KONDAPALLI MUNICIPALITY"])
        line = "Commissioner & Director of Municipal Administration, A.P.  |  Trade licence renewal"
    elif frame == "gi":
        url = "search.ipindia.gov.in/GIRPublic/epayment/receipt"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        line = "Office of the Controller General of Patents, Designs & Trade Marks, Chennai  |  GI"
    elif frame == "forest":
        url = "forests.ap.gov.in/epayment/depot-licence/status"
        name = rng.choice(
            ["Andhra Pradesh Forest Department", "Forest Department, Government of Andhra Pradesh"]
        )
        line = "Vijayawada Forest Division  |  Timber depot licence and transit permits"
    elif frame == "labour":
        url = f"labour.ap.gov.in/shops/renewal/receipt/{digits(rng, 8)}"
        name = rng.choice(
            ["Labour Department, Government of Andhra Pradesh", "Commissioner of Labour, Andhra Pradesh"]
        )
        line = "A.P. Shops and Establishments Act, 1988  |  Registration renewal"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/ecr/challan/paid"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment, Government of India  |  ECR payment"
    elif frame == "ptax":
        url = "prdcfms.apcfss.in/challan/status"
        name = rng.choice(["Commercial Taxes Department, Andhra Pradesh", "A.P. Commercial Taxes Department"])
        line = "Profession tax  |  CFMS e-challan"
    elif frame == "transport":
        url = "aprtacitizen.epragathi.org/tax/payment/receipt"
        name = rng.choice(
            ["Transport Department, Government of Andhra Pradesh", "Transport Department, A.P."]
        )
        line = "Citizen services  |  Quarterly tax - goods carriage"
    else:
        url = f"legalmetrology.ap.gov.in/verification/payment/{digits(rng, 8)}"
        name = rng.choice(
            ["Legal Metrology Department, Andhra Pradesh", "Controller of Legal Metrology, A.P."]
        )
        line = "Verification and stamping of weights and measures"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("forest", "ptax")
    if frame == "municipality":
        p.pair("Trade licence No.", f"KDP/TL/{digits(rng, 5)}/{rng.choice(['2019', '2021', '2022'])}")
        wrap_pair(p, "Name of the establishment", f"{WORKSHOP} ({firm})")
        p.pair("Nature of trade", "Wooden toys - making and sale")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1200, 1800, 2400, 3600])))]
        if rng.random() < 0.5:
            heads.append(("Advertisement board fee", float(rng.choice([300, 500, 800]))))
        if rng.random() < 0.4:
            heads.append(("Penalty for late renewal", float(rng.choice([150, 250, 400]))))
        labels = ["Total amount paid", "Amount remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"CDMA{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"KDP/{digits(rng, 7)}"),
        ]
    elif frame == "gi":
        wrap_pair(p, "Name of authorised user", firm)
        p.pair("Authorised user registration No.", f"AU/{rng.randrange(1000, 9999)}/GI")
        p.pair("Goods", "Kondapalli Bommalu (handicraft)")
        heads = [("Authorised user renewal fee", float(rng.choice([500, 1000, 1500])))]
        labels = ["Total fee paid", "Amount paid"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"GIR{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, f"{digits(rng, 5)}"),
        ]
    elif frame == "forest":
        wrap_pair(p, "Name of the licensee", f"{DEPOT} ({firm})")
        p.pair("Depot licence No.", f"VJA/TD/{digits(rng, 3)}/{rng.randrange(2015, 2023)}")
        p.pair("Species", "Tella poniki (Givotia moluccana)")
        cft = rng.randrange(80, 400, 10)
        heads = [
            ("Timber depot licence renewal fee 2026-27", float(rng.choice([2000, 3000, 5000]))),
            (f"Transit permit fee - {cft} cft", float(cft * rng.choice([5, 8, 10]))),
        ]
        labels = ["Amount payable", "Total fee due"]
        refs = [("Transaction ref.", TXN_RANK, f"APFD{digits(rng, 11)}")]
        words = {"failed": ["Payment failed - challan not generated, the fee is still due"]}
        day_labels = ["Attempted on", "Transaction date"]
    elif frame == "labour":
        wrap_pair(p, "Name of the establishment", f"{SHOWROOM} ({firm})")
        p.pair("Registration No.", f"SE/NTR/{rng.randrange(100, 999)}/{digits(rng, 5)}")
        p.pair("Employees", str(rng.randrange(4, 14)))
        heads = [("Renewal fee 2026-27", float(rng.choice([600, 1000, 1500])))]
        if rng.random() < 0.45:
            heads.append(("Late fee", float(rng.choice([200, 300, 500]))))
        labels = ["Fee paid", "Total fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LAB{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
        ]
    elif frame == "epfo":
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"APVJA{digits(rng, 7)}000")
        p.pair("Wage month", j.month(1))
        p.pair("Members", str(rng.randrange(18, 52)))
        wages = float(rng.randrange(200000, 640000, 100))
        heads = [
            ("A/c No. 1 - EPF (employer and member)", float(round(wages * 0.1567))),
            ("A/c No. 2 - administration charges", float(max(500, round(wages * 0.005)))),
            ("A/c No. 10 - pension fund", float(round(wages * 0.0833))),
            ("A/c No. 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Total remitted", "Challan total"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair(rng.choice(["PTEC No.", "PTRC No."]), f"37{digits(rng, 9)}")
        p.pair("Tax period", j.month(1))
        heads = [("Profession tax deducted from salaries", float(rng.randrange(10, 40) * 200))]
        if rng.random() < 0.5:
            heads.append(("Enrolment tax 2026-27", 2500.0))
        labels = ["Challan amount", "Amount to be paid"]
        refs = [("CFMS challan No.", TXN_RANK, f"{j.date:%y}{digits(rng, 12)}")]
        words = {"pending": ["Challan pending - CFMS awaiting bank scroll, do not pay again"]}
        day_labels = ["Challan created on", "Initiated on"]
    elif frame == "transport":
        p.pair("Registration No.", f"AP39U{code(rng, 1, UPPER)}{digits(rng, 4)}")
        wrap_pair(p, "Registered owner", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carriage (LGV) - pickup, 2.5 t GVW")
        heads = [
            ("Quarterly tax - goods carriage", float(rng.choice([1890, 2430, 3150]))),
            ("Road safety cess", float(rng.choice([250, 500]))),
        ]
        labels = ["Tax paid", "Total tax"]
        refs = [
            ("Transaction No.", TXN_RANK, f"APT{digits(rng, 13)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Name of the user", f"{firm} (depot and showroom)")
        p.pair("Instruments", "Platform scale 500 kg (1), counter scales 30 kg (2)")
        heads = [
            ("Verification fee - platform scale", float(rng.choice([600, 800, 1000]))),
            ("Verification fee - counter scales", float(rng.choice([300, 400, 500]))),
        ]
        if rng.random() < 0.35:
            heads.append(("Late fee", float(rng.choice([250, 500]))))
        labels = ["Total fee paid", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LM{digits(rng, 13)}"),
            ("Receipt No.", INVOICE_RANK, f"LMAP/{digits(rng, 6)}"),
        ]
    if status_top:
        outcome_row(p, status, words)
    refs_first = rng.random() < 0.4
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
        "municipality": "Display the trade licence at the premises. Renew it before 31 March every year.",
        "gi": "Only registered authorised users may use the Kondapalli Toys GI and its logo.",
        "forest": "Any amount debited is refunded to the source account within 5 working days.",
        "labour": "Keep the registration certificate at the showroom for inspection.",
        "epfo": "Members' passbooks are updated once the bank confirms the ECR payment.",
        "ptax": "The e-receipt is issued once the bank's scroll reaches CFMS.",
        "transport": "Carry the tax receipt in the vehicle along with the registration certificate.",
        "metrology": "Get the instruments stamped at the Legal Metrology office within 15 days.",
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
        "Bharat Sookshma Udyam Suraksha - carving shed, wood and toy stock",
        "paper",
        "fire",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Shopkeeper's policy - showroom stock and glass counters, Fort Road",
        "browser",
        "shop",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Marine cargo (specific voyage) - toys by sea from Chennai",
        "mail",
        "cargo",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - artisans, painters and staff",
        "browser",
        "health",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Group personal accident - carvers, sawyers and log splitters",
        "mail",
        "pa",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Goods carrying vehicle package - delivery pickup",
        "browser",
        "vehicle",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Exhibition all risks - toys carried to crafts bazaars",
        "paper",
        "exhibition",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Money insurance - wage cash carried to Bommala Colony",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its carving shed, wood and toy stock, its showroom's stock and counters, a sea
    consignment of toys, its artisans' health, its carvers and sawyers against accidents, its delivery
    pickup, the toys it carries to crafts bazaars and the wage cash carried to the colony: the insurers'
    premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM
    ACKNOWLEDGEMENT / Receipt of premium / PREMIUM PAYMENT RECEIPT - CUSTOMER COPY (Payment not completed /
    PREMIUM PAYMENT - STATUS on the failed one); the status under the heading on some, under the sum on the
    rest; Insured name / Name of proposer / Policyholder, Policy No. / Proposal No. / Cover note No., Sum insured
    - shed, wood and toy stock / Sum insured - showroom stock / Sum insured - consignment / Members covered /
    Capital sum insured per person and Persons / IDV and Registration No. / Sum insured - exhibits / Cash in
    transit limit, Policy period, Basic premium / Net premium or OD premium and TP premium, an add-on (Earthquake
    cover, Plate glass extension, War and SRCC, Maternity cover, Temporary total disablement, Zero depreciation,
    Transit within India, Cash in counter), CGST and SGST @ 9% or IGST @ 18%, the sum: Total premium (incl.
    taxes) / Premium collected / Amount received towards premium / Cheque amount / Amount of cheque / Total
    premium payable / Amount to be paid; Payment received - your policy is active / Premium accounted - policy
    schedule e-mailed / CHEQUE ACCEPTED - COVER SUBJECT TO CLEARANCE OF CHEQUE / Payment declined by bank -
    premium not paid, proposal lapses in 7 days; Payment mode, Cheque No., Online payment ref., UPI Ref. No. /
    Bank txn No., Receipt No. / Premium receipt No., Receipt dt. / Date of receipt / Premium paid on / Cheque
    deposited on / Date of cheque receipt / Attempted on / Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'epay', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <policy.services@{host}>",
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
            "small", rng.choice(["Branch Office, Bandar Road, Vijayawada", "Divisional Office 2, Vijayawada"])
        )
    p.add(
        "center",
        rng.choice(
            ["Payment not completed", "PREMIUM PAYMENT - STATUS"]
            if status == "failed"
            else ["PREMIUM ACKNOWLEDGEMENT", "Receipt of premium", "PREMIUM PAYMENT RECEIPT - CUSTOMER COPY"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - your policy is active",
            "Premium accounted - policy schedule e-mailed",
        ],
        "pending": ["CHEQUE ACCEPTED - COVER SUBJECT TO CLEARANCE OF CHEQUE"],
        "failed": ["Payment declined by bank - premium not paid, proposal lapses in 7 days"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Insured name", "Name of proposer", "Policyholder"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['05', '37', '61'])}{digits(rng, 5)}/{digits(rng, 2)}/26/{digits(rng, 6)}",
        )
    elif status == "pending":
        p.pair("Cover note No.", f"CVN{digits(rng, 10)}")
    else:
        p.pair("Proposal No.", f"PRP{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(3000000, 30000000, 100000))
        p.pair("Sum insured - shed, wood and toy stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake cover", round(insured * 0.00005, 2))
    elif kind == "shop":
        insured = float(rng.randrange(800000, 5000000, 50000))
        p.pair("Sum insured - showroom stock", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Plate glass extension", round(insured * 0.0003, 2))
    elif kind == "cargo":
        insured = float(rng.randrange(600000, 6000000, 50000))
        p.pair("Sum insured - consignment", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.003), 2)
        addon = ("War and SRCC", round(insured * 0.0002, 2))
    elif kind == "health":
        members = rng.randrange(18, 60)
        p.pair("Members covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3600, 5800), 2)
        addon = ("Maternity cover", round(members * 380.0, 2))
    elif kind == "pa":
        persons = rng.randrange(12, 45)
        p.pair("Capital sum insured per person", rs(500000.0))
        p.pair("Persons", str(persons))
        basic = round(persons * rng.uniform(320, 560), 2)
        addon = ("Temporary total disablement", round(persons * 95.0, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(550000, 950000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"AP39U{code(rng, 1, UPPER)}{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.0025, 2))
    elif kind == "exhibition":
        insured = float(rng.randrange(300000, 2500000, 25000))
        p.pair("Sum insured - exhibits", rs(insured))
        basic = round(insured * rng.uniform(0.003, 0.006), 2)
        addon = ("Transit within India", round(insured * 0.0006, 2))
    else:
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.009), 2)
        addon = ("Cash in counter", round(limit * 0.0009, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 8))
        end = start + dt.timedelta(days=364)
        p.pair("Policy period", f"{when(start, '%d-%m-%Y')} to {when(end, '%d-%m-%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Basic premium", "Net premium"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    if frame == "paper" or rng.random() < 0.5:
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
        "success": ["Total premium (incl. taxes)", "Premium collected", "Amount received towards premium"],
        "pending": ["Cheque amount", "Amount of cheque"],
        "failed": ["Total premium payable", "Amount to be paid"],
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
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['OL', 'EP', 'PG'])}{digits(rng, 12)}"
            p.pair("Online payment ref.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank txn No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 4)}/{digits(rng, 7)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt dt.", "Date of receipt", "Premium paid on"],
            "pending": ["Cheque deposited on", "Date of cheque receipt"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of the premium and to the policy's terms, conditions and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SRI BHADRA BOMMALA ANGADI", "FORT ROAD, KONDAPALLI", "own"),
    ("SRI KANAKA DURGA FUELS", "NH-65, IBRAHIMPATNAM", "fuel"),
    ("SRI BHADRA KONDAPALLI CRAFTS", "KONDAPALLI AP 521228", "own"),
    ("HOTEL GRAND PALLAVA", "T NAGAR, CHENNAI", "hotel"),
    ("SRI BHADRA BOMMALA ANGADI", "KONDAPALLI 521228", "own"),
    ("SRI SAI PAINTS & HARDWARE", "ONE TOWN, VIJAYAWADA", "shop"),
    ("SRI BHADRA BOMMALA KARYASHALA", "BOMMALA COLONY, KONDAPALLI", "own"),
    ("SRI DURGA TIFFIN CENTRE", "GOVERNORPET, VIJAYAWADA", "food"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "INDIANOIL",
    "UNION BANK OF INDIA",
    "HDFC BANK",
    "CANARA BANK",
    "MSWIPE",
    "INDIAN BANK",
    "PAYTM EDC",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's, the company's and the workshop's terminals, and the company's card at a
    filling station on NH-65 at Ibrahimpatnam, a Chennai hotel in the golu exhibition week, a Vijayawada paint
    and hardware shop and a Governorpet tiffin centre: terminal slips (monospace: the terminal's bank or brand
    on top on some, the counter's name and place in capitals; DATE/TIME: / TRAN DATE: and TRAN TIME: / DATE:
    and TIME: at the top or under the sum; MID:, TID:, BATCH:, STAN:, INVOICE NO: / BILL NO:, SALE / CARD SALE
    / TAP AND PAY SALE, CARD NO: / CARD:, a fuel sale's PRODUCT:, PRICE/LTR:, VOLUME(L):, NOZZLE NO:, VEHICLE
    NO: and XTRAREWARDS PTS:, a hotel's ROOM NO: and GUEST:, a tiffin centre's KOT NO:, a shop's CUST MOB:,
    APPROVAL CODE: / AUTH NO:, RRN: / REF NO:, AMOUNT: / SALE AMOUNT: / TOTAL (INR): / NET AMOUNT:, the sum
    above or below the card; APPROVED / TXN APPROVED / APPROVED - SIGNATURE NOT REQUIRED / DECLINED - 51
    INSUFFICIENT FUNDS / TIMED OUT - AWAITING HOST, DO NOT SWIPE AGAIN)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=600, high=42000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 9000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 16500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 38000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 180, 2400, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y", "%d/%m/%y", "%d %b %Y", "%d.%m.%y"])
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
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CARD SALE", "TAP AND PAY SALE"] if j.amount <= 5000 else ["SALE", "CARD SALE"]),
    )
    lab = rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL (INR):", "NET AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "TOTAL (INR):" else f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO:", "CARD:"]),
        f"{lead}{digits(rng, 3)} **** **** {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(95.2, 98.9), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "XTRAGREEN DIESEL"]))
        p.pair("PRICE/LTR:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"AP39U{code(rng, 1, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(15, 180)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 612)))
        p.pair("GUEST:", rng.choice(["MR S RAMANA", "MR P V RAMANA", "MRS K SAROJA"]))
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(10, 600)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - SIGNATURE NOT REQUIRED"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "THANK YOU - VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TIMED OUT - AWAITING HOST, DO NOT SWIPE AGAIN", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, FASTag, LPG


BILLERS = [
    ("APCPDCL", "Andhra Pradesh Central Power Distribution Corporation Ltd", "USC No."),
    ("AP Fiber", "Andhra Pradesh State FiberNet Ltd", "Customer ID"),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("ICICI Bank FASTag", "ICICI Bank Ltd", "Vehicle No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["YONO SBI", "APCPDCL", "PhonePe", "Google Pay", "APCPDCL", "CRED", "Amazon Pay", "MobiKwik"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's, the depot's and the showroom's electricity (APCPDCL), the workshop's fibre (AP Fiber),
    the manager's postpaid phone (Airtel), the showroom's DTH (Tata Play), the pickup's FASTag (ICICI Bank) and
    the workshop's cooking gas (Indane) through Bharat Connect in YONO SBI and other apps (PhonePe, Google Pay,
    CRED, Amazon Pay, MobiKwik: the app on top, the sum large above or below the status, or the biller first,
    Biller name / Paid to biller / Operator / Biller as printed, USC No. / Customer ID / Mobile No. /
    Subscriber ID / Vehicle No. / LPG ID, Consumer name / Registered name, Bill No., Billing period, Bill
    generated on, Due date and Amount after due date on some power and fibre bills, Paid from Current A/c or
    UPI, Bharat Connect ref. ID / BBPS transaction ref. / B-Connect txn ID, UPI Ref. No., Txn ID on the failed
    one, Paid on / Payment time / Transaction date and time / Date & time (the latter alone on one not paid);
    Bill paid - confirmation received from biller / Payment successful - receipt sent by SMS / In progress -
    waiting for biller confirmation, do not retry / Payment failed - debit reversed to your account if
    deducted) and APCPDCL's own online payment receipt (APCPDCL, Andhra Pradesh Central Power Distribution
    Corporation Ltd or its capitals on top with its "A Government of Andhra Pradesh undertaking" line, USC No.,
    ERO, Consumer name, Bill month, Bill amount, Amount paid / Paid amount, Payment mode, Transaction ref. No.,
    Receipt No., Payment date / Date of payment, the status under the head or at the foot: Payment successful -
    reflects in your account within 24 hours / Received - thank you for paying your bill)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=3200, high=48000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 449, 1999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 250, 899, 0.6)
    elif which == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500]))
    elif which == 5:
        j.amount = rupees(rng, 850, 1950, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "USC No.": f"{rng.choice(['5521', '5523', '5540'])}{digits(rng, 7)}",
        "Customer ID": f"APSFL{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Vehicle No.": f"AP39U{code(rng, 1, UPPER)}{digits(rng, 4)}",
        "LPG ID": f"{digits(rng, 17)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "APCPDCL":
        p = browser_page(rng, font, "apcpdcl.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Andhra Pradesh undertaking  |  Pay your bill online")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - reflects in your account within 24 hours",
                "Received - thank you for paying your bill",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("ERO", rng.choice(["Ibrahimpatnam", "Kondapalli (Rural)", "Vijayawada - Gunadala"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, WORKSHOP.upper(), f"M/S {COMPANY_CAPS}"]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"CPDCL{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            rno = f"R{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Keep this receipt until the payment shows on your next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Recharge and bills"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Pay bills")
    p.part = "body"
    words = {
        "success": [
            "Bill paid - confirmation received from biller",
            "Payment successful - receipt sent by SMS",
        ],
        "pending": ["In progress - waiting for biller confirmation, do not retry"],
        "failed": ["Payment failed - debit reversed to your account if deducted"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller name", "Paid to biller", "Operator", "Biller"]
        if status == "success"
        else ["Biller name", "Operator", "Biller"]
    )
    if not fits(p, "pair", f"{label} {name}     "):
        name = short

    def biller() -> None:
        wrap_pair(p, label, name, merchant=name)
        p.pair(idlab, ids)

    layout = rng.randrange(3)
    if layout == 0:
        biller()
    if layout == 2:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if layout != 0:
        biller()
    wrap_pair(
        p,
        rng.choice(["Consumer name", "Registered name"]),
        rng.choice(
            [COMPANY_CAPS, WORKSHOP.upper(), DEPOT.upper()]
            if which == 0
            else [COMPANY_CAPS, SHOWROOM.upper(), "P V RAMANA"]
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['B', 'BL'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 36, 52), earlier(rng, j, 7, 13)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Billing period", f"{first} to {when(end, '%d %b %Y')}")
        p.pair("Bill generated on", when(earlier(rng, j, 3, 6), "%d-%m-%Y"))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Amount after due date", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 50))
    way = "Current A/c" if app == "YONO SBI" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "CRED": "CR",
                "Amazon Pay": "AP",
                "MobiKwik": "MK",
            }.get(app, "SB")
            bc = f"{head}01{j.date:%y}{code(rng, 10, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. ID", "BBPS transaction ref.", "B-Connect txn ID"]),
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
        ["Paid on", "Payment time", "Transaction date and time", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "GANJALA LAKSHMI",
    "",
    "KANAKA DURGA SAW MI",
    "SRI VENKATESWARA LOR",
    "SEAWAYS CLEARING FWD",
    "",
    "KOLLURI & ASSOCIATES",
    "SRI LAKSHMI NARASIMH",
]
MAIL_PAYEES = [
    "Smt. Pothuri Rajeswari",
    "Amaravati Security Services",
    "Deccan Enamel Colours Pvt Ltd",
    "Sivakasi Printed Cartons",
]
SENDERS = {
    "State Bank of India": "AD-SBIUPI",
    "Andhra Pradesh Grameena Bank": "VM-APGBNK",
    "Indian Bank": "JM-INDBNK",
    "The Krishna District Co-operative Central Bank": "AP-KDCCBK",
}


def sbi_sum(value: float) -> str:
    """A sum as SBI's UPI alert prints it: no grouping, the paise cut to one place where they are nil."""
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-SBIUPI /
    VM-APGBNK / JM-INDBNK / AP-KDCCBK, the day divider, each bank's own wording: State Bank of India's UPI
    "Dear UPI user A/C X1234 debited by 2150.0 on date 07Jan26 trf to <payee> Refno <ref>. If not u? call
    1800111109. -SBI", Andhra Pradesh Grameena Bank's "APGB: Your CA XX1234 is debited for INR x on <day>
    towards <way>, credited to <payee>.", Indian Bank's "Your A/c *1234 is debited by Rs.x on <day> through
    <way> to <payee>.", the Krishna District Co-operative Central Bank's "KDCCB: Rs.x debited from your CA
    ...1234 on <day> for <way> to <payee>."; a transfer that "has failed. The amount is reversed to your
    account." and one that "is pending at the beneficiary bank. Do not initiate it again.", the balance line)
    and two e-mail debit alerts (HDFC Bank, Federal Bank: Debit amount / Amount, Payee name / Beneficiary /
    Transferred to, Txn date / Date / Value date, From account, Mode, UTR / IMPS ref. No., Available balance;
    Status: Successful / Transaction completed - account debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=8000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 800, 9000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 40000, 260000)
    elif k == 2:
        j.amount = rupees(rng, 9000, 42000)
    if k in (1, 5):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "Federal Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} InstaAlerts <alerts@{slug(bank)}>",
            ["Account debited - funds transfer", "Alert: debit from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, an amount has been debited from your current account as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Payee name", "Beneficiary", "Transferred to"]
        if sum_first:
            p.pair(rng.choice(["Debit amount", "Amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Debit amount", "Amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Txn date", "Date", "Value date"], ["%d/%m/%Y", "%d-%b-%Y", "%d %B %Y"])
        p.pair("From account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} (net banking)", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS ref. No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Successful", "Transaction completed - account debited"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "If you did not make this transfer, call the bank at once and block your net banking.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 2:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = {
        0: "State Bank of India",
        3: "Andhra Pradesh Grameena Bank",
        4: "Indian Bank",
        7: "The Krishna District Co-operative Central Bank",
    }.get(
        k,
        rng.choice(
            ["Andhra Pradesh Grameena Bank", "Indian Bank", "The Krishna District Co-operative Central Bank"]
        ),
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["%A, {d} %B", "{d} %b %Y", "%a, {d} %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%Y", "%d%b%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 25000, 2800000)
    if status == "success":
        if bank == "State Bank of India":
            p.add("left", f"Dear UPI user A/C X{tail} debited by {sbi_sum(j.amount)}", amount=j.amount)
            if not j.no_day:
                p.add("left", f"on date {when(j.date, '%d%b%y')}", date=j.date)
            p.add("left", f"trf to {to}", merchant=to, method=method, status="success")
            if ref:
                p.add("left", f"Refno {ref}.", txn=(UTR_RANK, ref))
            p.add("left", "If not u? call 1800111109. -SBI")
            ref = None
        elif bank == "Andhra Pradesh Grameena Bank":
            p.add("left", f"APGB: Your CA XX{tail} is debited for INR {amt}{on}", amount=j.amount)
            p.add("left", f"towards {way}, credited to {to}.", merchant=to, method=method)
        elif bank == "Indian Bank":
            p.add("left", f"Your A/c *{tail} is debited by Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"through {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"KDCCB: Rs.{amt} debited from your CA ...{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed. The amount is reversed to your account.",
            "pending": "is pending at the beneficiary bank. Do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "State Bank of India":
        balance = {
            "Andhra Pradesh Grameena Bank": f"Clear Bal INR {bal:,.2f}",
            "Indian Bank": f"Avl Bal Rs.{bal:,.2f}",
        }.get(bank, f"Bal Rs.{bal:,.2f}")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(["Never share your OTP or PIN with anyone", "Not you? Call your branch immediately"]),
        )
    if bank != "State Bank of India":
        p.add(
            "small",
            {"Andhra Pradesh Grameena Bank": "- APGB", "Indian Bank": "-Indian Bank"}.get(bank, "-KDCCB"),
        )
    return p.done()


compose = compose158

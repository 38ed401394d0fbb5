"""The twelve heldout253 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bankura terracotta and Dokra craft house's day in 2026 in Bankura district,
West Bengal (Dwarakeswar Crafts Pvt Ltd, its terracotta workshop and wood-fired kiln in the Kumbhakar Para of
Panchmura, Dwarakeswar Terracotta Kiln, where the potters throw and join the long-necked Bankura horses,
elephants and Manasa plaques from the Shali river clay, fire them in the wood kiln and sell them wholesale by
the piece, and the broken pieces and kiln waste (jhama) go by the tonne to a road contractor, its Dokra
lost-wax casting shed in the Dokra Shilpi Gram at Bikna, Dwarakeswar Dokra Foundry, where the women thread the
wax over clay cores at home by the dozen, the casters pour the brass in the coal pit and the figures are sold
by the kilo and the runners and risers go as scrap by the kilo to a Bishnupur bell-metal co-operative, and its
showroom on Rasmancha Road in Bishnupur, Dwarakeswar Shilpa Bipani, where the tourists, the puja committees
and the families buy), told by the proofs of payment it receives and makes: buyers', hotels' and puja
committees' UPI screens and the web shop's Razorpay and Instamojo pages, Biswa Bangla's, a Delhi export
house's, a Kolkata pandal art studio's, a Bengaluru home decor firm's, a Jaipur dealer's, a Konark resort's, a
Mumbai interior firm's and a Guwahati emporium's payment advices, importers' inward wires from Paris, Kyoto,
Melbourne, Toronto, London, Santa Fe, Stockholm and Oslo in euros, yen, Australian and Canadian dollars,
pounds, US dollars and Swedish and Norwegian kronor (yen without paise, the SWIFT 32A line with a comma for
the decimal point on some), its own bills (the showroom's cash memos, the kiln's wholesale horse bill and kiln
waste memo, the foundry's casting bill by weight and brass scrap memo, the accounts desk's advance e-mail,
sums with /- after them on some), the clay, brass, wax, crucible and carton suppliers' tax invoices, the
corporate net-banking transfers to the truck carrier, the clay tractor, the kiln mistri, the showroom's
landlady, the security agency, the chartered accountants, the furnace mechanic and the catalogue photographer,
the potters', wax workers', casters', firing hands' and loaders' pay, RazorpayX payouts and a Google Pay and a
YONO SBI transfer, Bishnupur Municipality's, the GI Registry's, Banglarbhumi's, Silpasathi's, EPFO's,
Panchmura Gram Panchayat's, the Transport Department's and Legal Metrology's fee pages, the insurers' premium
receipts, card terminal slips, WBSEDCL's power and the fibre, postpaid, DTH, water and cooking gas bills and
the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and
the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an
advice (their numbers and days), supplier code, indent, material receipt, empanelment and consignment receipt
numbers, gate pass, weighing slip, GC note, consignment and vehicle numbers, shilpi cards, pieces, kilos,
tonnes, loads, square feet, rates, breakage, short counts, casting defects and prompt payment cuts, GST-TDS
and TDS, advances, agrim recoveries, cracked pieces, GST lines, rupee values on the wires, exchange rates,
intermediary banks, postal bills of export, sums insured, limits, turnovers, wages and lives declared,
balances, due days, bill days, bill periods, wage months, policy periods, Bengali years, mouza, khatian and
dag numbers, GSTIN, IFSC, UETR, the sender's references, merchant and terminal IDs, batch and STAN numbers,
room, registration card, order token and nozzle numbers, makers and checkers and the payer's own details carry
no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and
``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``,
``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's; ``seal``
heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``Screen``
heldout113's; ``sign`` heldout93's; ``num`` heldout82's; ``compose`` is heldout158's (as heldout251's and
heldout250's)."""

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
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"

COMPANY = "Dwarakeswar Crafts Pvt Ltd"
COMPANY_CAPS = "DWARAKESWAR CRAFTS PVT LTD"
SHORT = "Dwarakeswar Crafts"
KILN = "Dwarakeswar Terracotta Kiln"
FOUNDRY = "Dwarakeswar Dokra Foundry"
SHOWROOM = "Dwarakeswar Shilpa Bipani"
# unit, address, GST state code
UNITS = {
    "kiln": (
        "Terracotta horse workshop and wood-fired kiln",
        "Kumbhakar Para, Panchmura, Taldangra block, Bankura - 722156, West Bengal",
        "19",
    ),
    "foundry": (
        "Dokra lost-wax casting shed",
        "Dokra Shilpi Gram, Bikna, P.O. Keshiakole, Bankura - 722155, West Bengal",
        "19",
    ),
    "showroom": (
        "Terracotta and Dokra craft showroom",
        "Rasmancha Road, near Lalbandh, Bishnupur, Bankura - 722122, West Bengal",
        "19",
    ),
    "office": (
        "Registered office and accounts",
        "Machantala, Bankura - 722101, West Bengal",
        "19",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "{d}.{m}.%Y",
    "%d-%b-%Y",
    "%d.%m.%Y",
    "{d}/{m}/%y",
    "%d %B %Y",
    "%d-%m-%y",
    "{d}-%b-%y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%d/%m/%Y", "%Y-%m-%d", "{d} %B %Y", "%d.%m.%Y", "%b {d}, %Y", "%d%b%Y"]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Bank of India",
    "Indian Bank",
    "Canara Bank",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "IDBI Bank",
    "West Bengal Gramin Bank",
    "The Bankura District Central Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Bank of India": "BKID",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IDBI Bank": "IBKL",
    "West Bengal Gramin Bank": "UCBA",
    "The Bankura District Central Co-operative Bank": "WBSC",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "UCO Bank": "ucobank.com",
    "Bank of India": "bankofindia.co.in",
    "Indian Bank": "indianbank.in",
    "Canara Bank": "canarabank.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "IDBI Bank": "idbibank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "horse": ("Bankura terracotta horse, Panchmura long-neck - kiln fired (HSN 6913)", "pc", 900, 9800, 5),
    "panel": (
        "Terracotta wall panels - Ras Leela and Manasa motifs, 2 x 2 ft (HSN 6913)",
        "pc",
        2400,
        9500,
        5,
    ),
    "lamp": ("Dokra brass lamp, owl and bell set - lost-wax cast (HSN 8306)", "pc", 1800, 9600, 5),
    "wholesale": ("Bankura horses - wholesale, packed in paddy straw (HSN 6913)", "pc", 420, 2600, 5),
    "waste": (
        "Kiln waste (jhama) and broken terracotta - loose, for road filling (HSN 6914)",
        "t",
        240,
        680,
        5,
    ),
    "dokra": ("Dokra brass figures - owls, horses, drummers, by weight (HSN 8306)", "kg", 1450, 2600, 5),
    "scrap": ("Brass runners, risers and casting scrap - by weight (HSN 7404)", "kg", 380, 560, 18),
    "mural": (
        "Dokra brass wall mural - tree of life, 6 x 4 ft, made to order (HSN 8306)",
        "pc",
        160000,
        420000,
        5,
    ),
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
    return f"AAG{rng.choice('CF')}D{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def paper_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Bankura bill book prints them: the page's mark and grouping, and on some pages whole sums
    with /- after them (Rs. 45,600/-), the sums with paise as they are."""
    rs = money(rng, font, 0.0, marks=marks)
    slash = rng.random() < 0.4

    def show(value: float) -> str:
        if slash and abs(value - round(value)) < 1e-9:
            return f"{rs.mark}{rs.gap}{num(round(value), rs.grouping, 0)}/-"
        return rs(value)

    return show


def wb_vehicle(rng: random.Random) -> str:
    """A Bankura registration (WB-67): a vehicle's number is never an id."""
    return f"WB-67{rng.choice(['', ' '])}{rng.choice(['A', 'B', 'C', 'D'])}-{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = ["Google Pay", "PhonePe", "Razorpay", "YONO SBI", "Paytm", "Instamojo", "CRED", "MobiKwik"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Panchmura horse pair 12 in",
        "Dokra owl - small",
        "Terracotta Ganesh plaque",
        "Dokra pendant x 2",
        "Tealight horses set",
    ],
    [
        "Horse pair 4 ft - advance",
        "Dokra wall panel - booking",
        "Pandal panels - advance",
        "Lobby horse 5 ft",
        "Dokra Durga - balance",
    ],
)
PAYERS_UPI = [
    "Subhrajit Mukherjee",
    "Moumita Pal",
    "Hotel Mallabhum Inn",
    "Arindam Dutta",
    "Sanjukta Mondal",
    "Naktala Udayan Sangha Durgotsav",
    "Md. Rafiqul Alam",
    "Tanushree Kar",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Ishita Sen, Jadavpur, Kolkata", "Panchmura horse pair 18 in, with stand", 2400, 8800),
    (
        "Mukutmanipur Lake Resort, Khatra",
        "Advance - 6 terracotta horses 3 ft for the lawn",
        36000,
        120000,
    ),
    ("Mr. Karthik Raman, Adyar, Chennai", "Dokra Durga with lion, 14 in", 9000, 28000),
    ("Ms. Nupur Shah, Satellite, Ahmedabad", "Dokra owl pair and tealight holders", 1600, 5200),
]
SHOP_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "PhonePe": ["UTR", "UTR No."],
    "YONO SBI": ["UPI Ref No", "Ref. No. (RRN)"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No"],
    "CRED": ["UPI ref. no.", "RRN"],
    "MobiKwik": ["UPI Ref No", "UTR No"],
}
OWN_IDS = {
    "Google Pay": "Google transaction ID",
    "PhonePe": "Transaction ID",
    "YONO SBI": "YONO ref. No.",
    "Paytm": "Paytm txn ID",
    "CRED": "CRED transaction ID",
    "MobiKwik": "MobiKwik txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgM{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    if app == "YONO SBI":
        return f"YN{j.date:%y%m%d}{digits(rng, 10)}"
    if app == "CRED":
        return f"CRD{code(rng, 14, ALNUM)}"
    if app == "MobiKwik":
        return f"MBK{digits(rng, 16)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on Razorpay or Instamojo after a buyer paid (the payee on top, a Payment
    confirmation / Order receipt line, the day under that line, after the buyer's block or after the
    references, the outcome and the sum large or in a Total paid / Payment amount row in either order, the
    buyer and the order above them or under them)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "Razorpay":
        url = "pages.razorpay.com/dwarakeswar-crafts" + (
            "" if j.no_ref else f"/pl_{code(rng, 14, MIXED)}/view"
        )
    else:
        url = "www.instamojo.com/@dwarakeswarcrafts" + ("" if j.no_ref else f"/{code(rng, 32, HEXA)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Payment confirmation", "Order receipt"]))
    p.add("small", "Rasmancha Road, Bishnupur  |  shop.dwarakeswarcrafts.in")
    p.part = "body"
    labels = ["Payment date", "Captured at", "Date & time"]
    # 0: the day under the receipt line; 1: after the buyer's block; 2: after the references
    day_at = rng.randrange(3)
    if day_at == 0:
        date_row(p, j, labels, hour=True)
    p.add("rule")
    words = {
        "success": [
            "Order placed - payment captured",
            "Thank you! Your payment was successful",
            "Paid - we will pack your order within 3 days",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Total paid", "Payment amount"]), rs(j.amount), amount=j.amount)

    def buyer_rows() -> None:
        wrap_pair(p, rng.choice(["Purchased by", "Shipping to"]), who)
        wrap_pair(p, rng.choice(["Products", "Order details"]), what)
        if day_at == 1:
            date_row(p, j, labels, hour=True)

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
    if not buyer_first:
        p.add("rule")
        buyer_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", f"UPI ({rng.choice(['Google Pay', 'PhonePe', 'BHIM', 'Paytm'])})"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
    }[way]
    wrap_pair(p, rng.choice(["Paid using", "Method"]), shown, method=way)
    if not j.no_ref:
        if app == "Razorpay":
            pid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"order_{code(rng, 14, MIXED)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"MOJO{j.date:%y%m}{code(rng, 3, UPPER)}{digits(rng, 5)}"
            p.pair("Instamojo payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"DWC-{digits(rng, 7)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("RRN" if app == "Razorpay" else "UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Authorisation code" if app == "Razorpay" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Bank txn ref.", bref, txn=(BANK_RANK, bref))
    if day_at == 2:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Payments secured by Razorpay  |  Razorpay Software Pvt Ltd"
        if app == "Razorpay"
        else "Powered by Instamojo  |  Instamojo Technologies Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, hotels, puja committees and families paying the showroom or the company: six UPI app screens
    (Google Pay, PhonePe, YONO SBI, Paytm, CRED, MobiKwik: the sum, the payee block and the status in one of
    three orders (the sum, the payee and the status; the status, the sum and the payee; the payee, the sum and
    the status); the showroom, its capitals, the company's capitals or its short name under Paid to seller /
    Amount credited to / Sent to business / Payment delivered to / Attempted payment to / Paying seller, its
    UPI ID, a KYC name / Name in bank records line on some, the sum large; the hour and the day with no label
    under the sum on some (03:12 pm | 14 Mar 2026), else Date and Time on two rows first under the rule, or
    Payment made on / Date & time of payment / Completed at / Attempted on / Started at after the references;
    Remarks / What's this for, Paid by / From (the payer) on some, Bank account used / Debited from, UPI
    transaction ID / UPI Ref No. / UTR / UTR No. / UPI Ref No / Ref. No. (RRN) / UPI Ref. No. / UPI Reference
    No / UPI ref. no. / RRN / UTR No, the app's own Google transaction ID / Transaction ID / YONO ref. No. /
    Paytm txn ID / CRED transaction ID / MobiKwik txn ID on some; Payment complete - seller has received it /
    Paid - amount reached the seller / Completed / In progress - waiting for your bank, do not retry /
    Declined - your bank's daily UPI limit is reached) and the web shop's two payment pages (Razorpay,
    Instamojo: the showroom or the company on top with a Payment confirmation / Order receipt line, Payment
    date / Captured at / Date & time under that line, after the buyer's block or after the references,
    Purchased by / Shipping to and Products / Order details above the outcome and the sum or under them, the
    sum large or in a Total paid / Payment amount row, Paid using / Method UPI, card or net banking, Payment
    ID / Instamojo payment ID, Order ID / Order No., RRN / UPI ref. No., Authorisation code / Approval No. or
    Bank txn ref.; Order placed - payment captured / Thank you! Your payment was successful / Paid - we will
    pack your order within 3 days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=800, high=84000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Razorpay", "Instamojo"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["sbi", "okaxis", "ybl", "ucobank", "indianbk"])
    handle = f"dwarakeswar{rng.choice(['', '.bsp', '1987'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment details", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment complete - seller has received it",
            "Paid - amount reached the seller",
            "Completed",
        ],
        "pending": ["In progress - waiting for your bank, do not retry"],
        "failed": ["Declined - your bank's daily UPI limit is reached"],
    }
    # 0: the hour and the day under the sum; 1: Date and Time rows first under the rule; 2: after the
    # references
    day_at = rng.randrange(3)

    def sum_rows() -> None:
        p.add("big", rs(j.amount), amount=j.amount)
        if day_at == 0 and not j.no_day:
            day = when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y", "%d/%m/%Y", "{d} %B %Y"]))
            p.add("small", f"{hhmm(rng, lower=rng.random() < 0.5)} | {day}", date=j.date)

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to seller", "Amount credited to", "Sent to business", "Payment delivered to"]
                if status == "success"
                else ["Attempted payment to", "Paying seller"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['KYC name', 'Name in bank records'])}: {COMPANY_CAPS}")

    order = rng.randrange(3)
    if order == 0:
        sum_rows()
        payee_block()
        outcome_row(p, status, words)
    elif order == 1:
        outcome_row(p, status, words)
        sum_rows()
        payee_block()
    else:
        payee_block()
        sum_rows()
        outcome_row(p, status, words)
    p.add("rule")
    if day_at == 1 and not j.no_day:
        p.pair("Date", when(j.date, rng.choice(["%d %b %Y", "{d} %B %Y", "%d-%m-%Y"])), date=j.date)
        p.pair("Time", hhmm(rng, lower=rng.random() < 0.5))
    p.pair(rng.choice(["Remarks", "What's this for"]), rng.choice(SHOP_NOTES[j.amount >= 10000]))
    if rng.random() < 0.55:
        wrap_pair(p, rng.choice(["Paid by", "From"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"YONO SBI": "State Bank of India"}.get(app) or rng.choice(BANKS[:9])
    wrap_pair(p, rng.choice(["Bank account used", "Debited from"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_at == 2:
        date_row(
            p,
            j,
            ["Payment made on", "Date & time of payment", "Completed at"]
            if status == "success"
            else ["Attempted on", "Started at"],
            hour=True,
        )
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["BHIM UPI  |  NPCI", "Need help? Raise a dispute", "Share receipt  |  Back to home"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. Biswa Bangla, exporters, decorators


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Biswa Bangla Marketing Corporation Ltd",
        "purchase@biswabangla.in",
        "Biswa Bangla Sarani, New Town, Kolkata",
        "craft",
        "paper",
    ),
    (
        "Heritage Hands Exports Pvt Ltd",
        "payables@heritagehands.in",
        "Okhla Industrial Area Phase II, New Delhi",
        "dokra",
        "portal",
    ),
    (
        "Ballygunge Pandal Art Studio",
        "ballygungepandalart@gmail.com",
        "Ballygunge Place, Kolkata",
        "panel",
        "mail",
    ),
    ("Sutradhar Home Decor LLP", "ap@sutradharhome.in", "HSR Layout, Bengaluru", "dokra", "portal"),
    ("Marwar Handicraft Traders", "marwarhandicraft.jpr@gmail.com", "Johari Bazaar, Jaipur", "craft", "mail"),
    (
        "Konark Sands Resorts Pvt Ltd",
        "accounts@konarksands.in",
        "Chandrabhaga, Konark, Odisha",
        "panel",
        "paper",
    ),
    (
        "Lower Parel Hospitality Interiors Pvt Ltd",
        "vendorpay@lphinteriors.in",
        "Senapati Bapat Marg, Lower Parel, Mumbai",
        "panel",
        "portal",
    ),
    ("Seven Sisters Craft Emporium", "sevensisterscraft@gmail.com", "Fancy Bazar, Guwahati", "craft", "mail"),
]
DEALER_GOODS = {
    "craft": ("pcs", 650, 6400, 5),
    "dokra": ("kg", 1500, 2600, 5),
    "panel": ("sq ft", 180, 420, 5),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Biswa Bangla (the State's craft stores), a Delhi export house, a Kolkata pandal art studio, a Bengaluru
    home decor firm, a Jaipur dealer, a Konark resort, a Mumbai interior firm and a Guwahati emporium paying
    for the horses by the piece, the Dokra by the kilo and the terracotta tiles by the square foot: a letter
    e-mail (Dear Supplier, ...), a printed PAYMENT ADVICE - CRAFT PURCHASES (TERRACOTTA AND DOKRA) / Supplier
    payment details / ADVICE OF PAYMENT TO SUPPLIER and a vendor portal page (the payer on top with its desk
    line; Supplier code, Indent No. and Material receipt No. (Biswa Bangla's Empanelment No. and Consignment
    receipt No.) first, then Supplier / Payment to supplier / Supplier name / In favour of / Supplier credited
    the company, at the head of the body or of the payment block; the status under the heading or at the end
    of the payment block; Invoices settled / Bills covered / Against your bills, the bills with their pieces,
    kilos or square feet and sums (dated ... on some), Gross invoice value / Bills total (gross), Less: TDS
    u/s 194Q @ 0.1% (Biswa Bangla's Less: GST-TDS - CGST @ 1% and Less: GST-TDS - SGST @ 1%), Less: Broken in
    transit - n tiles / Less: Short received - n pcs / Less: Casting defects returned - n kg @ rate / Less:
    Prompt payment discount @ 1.5% on some, above or below the payment block: Net amount paid / Amount
    remitted (net) / Net credited to supplier (Amount withheld / Payment withheld on the hold, Amount returned
    by bank / Remittance reversed on the return), Mode / Paid through NEFT / RTGS / IMPS, Supplier's bank
    account, UTR No. (NEFT) / UTR No. (RTGS) / IMPS RRN, Voucher No. / Payment advice No. / Remittance No.,
    Date of payment / Remitted on / Payment released on / Withheld on / Hold placed on / Reversed on /
    Returned by bank on; Status: Remitted - funds sent to your account / Payment processed / On hold - pieces
    under quality check at our warehouse / Rejected by your bank - IFSC and account do not match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    state = buyer.startswith("Biswa Bangla")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment sent - Dwarakeswar Crafts",
                "Your bills have been paid",
                f"Remittance details - {SHORT}",
            ]
            if status == "success"
            else ["Status of payment against your bills", "Your bills - payment update"],
        )
    elif frame == "portal":
        tail = "advice" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    section = (
        "Procurement Cell" if state else rng.choice(["Accounts Payable", "Supplier Payments", "Accounts"])
    )
    p.add("small", f"{section}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - CRAFT PURCHASES (TERRACOTTA AND DOKRA)",
                "Supplier payment details",
                "ADVICE OF PAYMENT TO SUPPLIER",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", "Dear Supplier,")
        p.add(
            "left",
            "We have made the payment below against your bills."
            if status == "success"
            else "Please see the position of our payment against your bills.",
        )
    words = {
        "success": ["Status: Remitted - funds sent to your account", "Payment processed"],
        "pending": ["On hold - pieces under quality check at our warehouse"],
        "failed": ["Rejected by your bank - IFSC and account do not match"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if state:
        p.pair("Empanelment No.", f"BB/ART/{rng.randrange(100, 999)}/{digits(rng, 3)}")
        p.pair("Consignment receipt No.", f"CR/NT/{digits(rng, 5)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'DW'])}{digits(rng, 5)}")
        p.pair("Indent No.", f"IND/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 4)}")
        if rng.random() < 0.5:
            p.pair("Material receipt No.", f"MR{digits(rng, 7)}")
    labels = ["Supplier", "Payment to supplier", "Supplier name", "In favour of"] + (
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
        if kind == "panel":
            qty = rng.randrange(120, 1800, 5)
        elif kind == "craft":
            qty = rng.randrange(8, 120)
        else:
            qty = rng.randrange(6, 90)
        each = float(rng.randrange(lo, hi, 5 if kind == "panel" else 50))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill = f"DWC/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(earlier(rng, j, 9, 60), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    if state:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: GST-TDS - CGST @ 1%", half), ("Less: GST-TDS - SGST @ 1%", half)]
    else:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3 and kind == "panel":
        bad = rng.randrange(4, 40)
        cut = round(bad * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Broken in transit - {bad} tiles", rs(cut)))
    elif pick < 0.3 and kind == "craft":
        short = rng.randrange(1, 6)
        cut = round(short * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Short received - {short} {'pc' if short == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.3 and kind == "dokra":
        bad = round(rng.uniform(0.8, 6.5), 1)
        per = float(rng.randrange(1400, 2400, 50))
        cut = round(bad * per, 2)
        cuts.append((f"Less: Casting defects returned - {bad:.1f} kg @ {per:,.2f}", rs(cut)))
    elif pick < 0.55 and not state:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Prompt payment discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices settled", "Bills covered", "Against your bills"]
                if status == "success"
                else ["Bills covered", "Against your bills"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Gross invoice value", "Bills total (gross)"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Amount remitted (net)", "Net credited to supplier"],
            "pending": ["Amount withheld", "Payment withheld"],
            "failed": ["Amount returned by bank", "Remittance reversed"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode", "Paid through"]), way, method="netbanking")
        wrap_pair(p, "Supplier's bank account", account(rng, [BANKS[0], BANKS[1], BANKS[11]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), way)
                lab = {"IMPS": "IMPS RRN", "RTGS": "UTR No. (RTGS)", "NEFT": "UTR No. (NEFT)"}[way]
                p.pair(lab, ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['VCH', 'PA', '19'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Voucher No.", "Payment advice No.", "Remittance No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Date of payment", "Remitted on", "Payment released on"],
                "pending": ["Withheld on", "Hold placed on"],
                "failed": ["Reversed on", "Returned by bank on"],
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
        p.add("left", f"With regards,  Accounts, {buyer}")
    p.add(
        "small",
        "A Government of West Bengal undertaking. GST-TDS certificates are issued after the return is filed."
        if state
        else "Computer generated advice; no signature is needed. Write to us within 7 days about any "
        "difference.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Galerie Terre et Metal SARL", "Rue de Charonne, Paris, France", "EUR", "BNP Paribas SA", 2000, 36000),
    ("Kyoto Mingei Shoten K.K.", "Higashiyama-ku, Kyoto, Japan", "JPY", "MUFG Bank, Ltd.", 300000, 5200000),
    (
        "Southern Cross Folk Art Pty Ltd",
        "Fitzroy, Melbourne, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        3000,
        52000,
    ),
    (
        "Maple Bazaar Imports Inc.",
        "Queen Street West, Toronto, Canada",
        "CAD",
        "Royal Bank of Canada",
        2500,
        46000,
    ),
    (
        "Brick Lane Craft Co. Ltd",
        "Brick Lane, London, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        1500,
        28000,
    ),
    (
        "Santa Fe Folk Treasures LLC",
        "Canyon Road, Santa Fe, New Mexico, USA",
        "USD",
        "Wells Fargo Bank, N.A.",
        2000,
        40000,
    ),
    (
        "Nordisk Hantverk AB",
        "Sodermalm, Stockholm, Sweden",
        "SEK",
        "Skandinaviska Enskilda Banken AB (publ)",
        20000,
        380000,
    ),
    ("Oslo Folkekunst AS", "Grunerlokka, Oslo, Norway", "NOK", "DNB Bank ASA", 20000, 360000),
]
WIRE_BANKS = [
    ("State Bank of India", "browser"),
    ("UCO Bank", "paper"),
    ("HDFC Bank", "mail"),
    ("Bank of India", "browser"),
    ("ICICI Bank", "paper"),
    ("Axis Bank", "mail"),
    ("Indian Bank", "browser"),
    ("Canara Bank", "paper"),
]
WIRE_RATES = {
    "EUR": (94.2, 101.6),
    "JPY": (0.56, 0.62),
    "AUD": (55.1, 60.4),
    "CAD": (61.2, 66.3),
    "GBP": (110.5, 118.2),
    "USD": (86.4, 90.9),
    "SEK": (8.1, 9.2),
    "NOK": (7.9, 8.8),
}
INTERMEDIARY = {
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
    "USD": "JPMorgan Chase Bank, N.A., New York",
    "GBP": "HSBC Bank plc, London",
    "CAD": "Bank of Montreal, Toronto",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
}
SHIPPED = [
    "Terracotta horses and elephants - 4 wooden crates by sea (HSN 6913)",
    "Dokra brass figurines by air (HSN 8306)",
    "Terracotta wall panels and plaques (HSN 6913)",
    "Dokra lamps and bells - postal export (HSN 8306)",
    "Handmade terracotta and Dokra handicrafts (HSN 6913, 8306)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for euros, pounds and US dollars; yen whole, the code
    before or after it (the yen sign where the face draws it on some); AUD / A$, CAD / C$ before the sum;
    kronor with the code before or after the sum."""
    if cur in ("USD", "GBP", "EUR"):
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = rng.choice(["JPY ", "JPY ", sign(font, "\u00a5", "JPY ")])
        after = mark == "JPY " and rng.random() < 0.35

        def show_jpy(value: float) -> str:
            return f"{value:,.0f} JPY" if after else f"{mark}{value:,.0f}"

        return show_jpy
    if cur in ("SEK", "NOK"):
        after = rng.random() < 0.5

        def show_kr(value: float) -> str:
            return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

        return show_kr
    mark = rng.choice({"AUD": ["AUD ", "A$"], "CAD": ["CAD ", "C$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_sum(value: float, cur: str) -> str:
    """A sum as SWIFT's field 32A writes it: no grouping, a comma for the decimal point (yen: the bare
    comma)."""
    if cur == "JPY":
        return f"{value:.0f},"
    return f"{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Craft importers in Paris, Kyoto, Melbourne, Toronto, London, Santa Fe, Stockholm and Oslo paying for
    the horses, the panels and the Dokra: the banks' inward remittance advices (browser, e-mail, printed
    FOREIGN INWARD REMITTANCE - CREDIT ADVICE / Inward remittance received - export of handicrafts / Advice of
    export proceeds realised: the bank on top with its forex desk; the status under the heading, right under
    the sum or at the foot; Credit date / Value date / Date of realisation / Received on / Held since /
    Returned on / Date sent back first or after the references, or the day and the sum on one SWIFT Field 32A
    row (260314EUR12450,00) on some credited ones; the remitter's block (Ordering party (50K) / Overseas buyer
    (remitter) / Remitter name and address, Ordering institution (52A) / Sender's bank, Intermediary
    institution (56A) on some) above or below the beneficiary's (Beneficiary customer (field 59) / Exporter
    (beneficiary) / Payee exporter the company, Account No., IEC); Inward amount (FCY) / Remittance amount /
    FCY received in euros, yen (whole), Australian and Canadian dollars, pounds, US dollars and Swedish and
    Norwegian kronor, Charges, Exchange rate / Conversion rate applied (indicative on the held one), Rupee
    value, Less: Handling charges with GST and Credited to your account (INR) on the credited ones, Purpose
    code, Goods, Export invoice No., Shipping bill No. or Postal bill of export No. and its date, Mode,
    Sender's ref. (20), Our ref. No. / Inward txn ref. / IRM No., UETR; Proceeds credited - e-BRC generated /
    Status: Credited to beneficiary account / On hold - purpose of remittance awaited from you, funds not
    credited / Returned - beneficiary name does not match the account)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 100, hi // 100) * 100)
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
                "Inward remittance credited - export proceeds",
                "Credit advice - foreign inward remittance",
                "Your export proceeds - inward remittance",
            ],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/irm/inward/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Desk, Machantala Branch, Bankura",
                "Authorised Dealer Category I Branch, Durgapur",
                "Centralised Trade Operations, Kolkata",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE - CREDIT ADVICE",
                "Inward remittance received - export of handicrafts",
                "Advice of export proceeds realised",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Proceeds credited - e-BRC generated", "Status: Credited to beneficiary account"],
        "pending": ["On hold - purpose of remittance awaited from you, funds not credited"],
        "failed": ["Returned - beneficiary name does not match the account"],
    }
    # 0: the status under the heading; 1: right under the sum; 2: at the foot
    status_at = rng.randrange(3)
    if status_at == 0:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Value date", "Date of realisation"],
        "pending": ["Received on", "Held since"],
        "failed": ["Returned on", "Date sent back"],
    }[status]
    one_row = status == "success" and not j.no_day and rng.random() < 0.4
    day_first = rng.random() < 0.5 and not one_row
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Ordering party (50K)", "Overseas buyer (remitter)", "Remitter name and address"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering institution (52A)", "Sender's bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary institution (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary customer (field 59)", "Exporter (beneficiary)", "Payee exporter"]),
            me,
            merchant=me,
        )
        p.pair("Account No.", f"XXXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'CA'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    else:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    if one_row:
        wrap_pair(
            p,
            "Field 32A (value date, currency, amount)",
            f"{j.date:%y%m%d}{cur}{swift_sum(j.amount, cur)}",
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
    else:
        p.pair(
            rng.choice(["Inward amount (FCY)", "Remittance amount", "FCY received"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    if status_at == 1:
        outcome_row(p, status, words)
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}" if cur != "JPY" else f"100 JPY = INR {rate * 100:.2f}"
        p.pair(
            rng.choice(["Exchange rate", "Conversion rate applied"]),
            per if status == "success" else f"{per} (indicative)",
        )
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Rupee value", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Handling charges with GST", f"INR {chg:,.2f}")
        p.pair("Credited to your account (INR)", f"{inr - chg:,.2f}")
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"DWC/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        if rng.random() < 0.4:
            p.pair("Postal bill of export No.", f"PBE{digits(rng, 9)}")
            p.pair("PBE date", when(earlier(rng, j, 12, 70), rng.choice(WIRE_PATS)))
        else:
            p.pair("Shipping bill No.", digits(rng, 7))
            p.pair("Shipping bill date", when(earlier(rng, j, 14, 80), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT MT103 (gpi)"]), method="netbanking")
    p.pair("Sender's ref. (20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FX'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Our ref. No.", "Inward txn ref.", "IRM No."]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first and not one_row:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if status_at == 2:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The e-BRC is uploaded to DGFT; regularise the IRM against your shipping bill on EDPMS."
        if status == "success"
        else "Please write to the forex desk quoting our reference.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, kiln, foundry, accounts


# the party, the way it paid, the unit (showroom, kiln, foundry, or the accounts desk's mail), the goods
SALES = [
    ("Ms. Claire Dubois, staying at the Bishnupur Tourist Lodge", "card", "showroom", "horse"),
    ("M/s Kalighat Handicraft Depot, Kalighat, Kolkata", "NEFT", "kiln", "wholesale"),
    ("Naktala Udayan Sangha Sarbojanin Durgotsav, Kolkata", "cheque", "showroom", "panel"),
    ("Ma Tara Construction, road contractor, Onda", "cash", "kiln", "waste"),
    ("Mehrauli Dokra Exports, Mehrauli, New Delhi", "cheque", "foundry", "dokra"),
    ("Mrs. Sudeshna Chakraborty, Lokepur, Bankura", "UPI", "showroom", "lamp"),
    ("Bishnupur Kansa Shilpi Samabay Samiti Ltd", "UPI", "foundry", "scrap"),
    ("Ms. Aditi Hegde, Indiranagar, Bengaluru", "NEFT", "mail", "mural"),
]
SALE_HEADS = {
    "showroom": ["CASH MEMO - TERRACOTTA AND DOKRA CRAFTS", "SALE INVOICE - HANDICRAFTS (BISHNUPUR)"],
    "wholesale": ["WHOLESALE BILL - BANKURA HORSES (PER PIECE)", "KILN DISPATCH BILL - TERRACOTTA"],
    "waste": ["KILN WASTE SALE RECEIPT - BY TONNE", "JHAMA (BROKEN TERRACOTTA) SALE MEMO"],
    "dokra": ["DOKRA CASTING SALE BILL - BY WEIGHT (KG)", "METAL CRAFT INVOICE - DOKRA"],
    "scrap": ["BRASS SCRAP SALE RECEIPT - BY KG", "RUNNER AND RISER SCRAP MEMO"],
}
SEALS = {
    "showroom": ("DWARAKESWAR BIPANI", "BISHNUPUR"),
    "kiln": ("DWARAKESWAR KILN", "PANCHMURA"),
    "foundry": ("DWARAKESWAR DOKRA", "BIKNA, BANKURA"),
}
HORSE_SIZES = ["12 in", "18 in", "24 in", "30 in", "36 in", "48 in"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH MEMO - TERRACOTTA AND DOKRA CRAFTS / SALE INVOICE - HANDICRAFTS (BISHNUPUR) to a
    tourist staying at the Bishnupur Tourist Lodge, a Kolkata puja committee and a Bankura family, the kiln's
    WHOLESALE BILL - BANKURA HORSES (PER PIECE) / KILN DISPATCH BILL - TERRACOTTA to a Kalighat dealer and
    KILN WASTE SALE RECEIPT - BY TONNE / JHAMA (BROKEN TERRACOTTA) SALE MEMO to an Onda road contractor, the
    foundry's DOKRA CASTING SALE BILL - BY WEIGHT (KG) / METAL CRAFT INVOICE - DOKRA to a Delhi exporter and
    BRASS SCRAP SALE RECEIPT - BY KG / RUNNER AND RISER SCRAP MEMO to a Bishnupur bell-metal co-operative
    (paper: the showroom, the kiln, the foundry or the company on top with its "A unit of" line, address and
    GSTIN; Cash memo No. / Sale invoice No. / Wholesale bill No. / Dispatch bill No. / Waste receipt No. /
    Jhama memo No. / Casting bill No. / Metal invoice No. / Scrap receipt No. / Scrap memo No. and Date of
    bill / Sale dt. / Dated in either order, then Sold to / Customer's name / Bought by, the pieces (the
    horses' sizes), tonnes or kilos x rate, Less: Mela discount @ 10% on some of the showroom's, CGST and SGST
    or IGST, Round off, Bill total / Net amount / Total order value, Cash received / Paid in cash / Received
    by UPI / UPI amount received / Paid by card / Card payment / Cheque received for / By cheque / NEFT
    received / Received through NEFT, the sum in words under it, the sums with /- after them on some, Mode of
    payment / Payment by, UPI Ref. No. / UPI RRN / UTR / NEFT UTR No. / Approval code / Auth code, Cheque No.
    and bank, Cheque dated, the kiln's Gate pass No. and Vehicle No., the foundry's Weighing slip No.;
    RECEIVED WITH THANKS / PAID / PAID - WRAPPED AND HANDED TO THE CUSTOMER / PAID - HORSES PACKED IN STRAW
    AND LOADED / PAID - WASTE LIFTED FROM THE KILN YARD / PAID - CASTINGS WEIGHED AND HANDED OVER / PAID -
    SCRAP WEIGHED AND TAKEN AWAY / CHEQUE LODGED - PANELS RELEASED ON CLEARANCE / CHEQUE RETURNED UNPAID -
    BILL STANDS CANCELLED, the rubber stamp, For <unit> - Sales in-charge / Authorised signature, Customer's
    signature) and the accounts desk's Advance received - thank you e-mail to a Bengaluru buyer (Advance
    receipt No. / Receipt ref., Advance credited on / Credited on, IGST, Total order value, Advance received /
    Advance amount credited with the Balance payable on installation, UTR / NEFT UTR No.; ADVANCE RECEIVED -
    CASTING OF YOUR WALL PIECE HAS BEGUN)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    marks = ("Rs.", "\u20b9", "Rs", "")
    rs = money(rng, font, 0.0, marks=marks) if unit == "mail" else paper_rs(rng, font, marks)
    name = {"showroom": SHOWROOM, "kiln": KILN, "foundry": FOUNDRY, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@dwarakeswarcrafts.in>",
            [
                "Advance received - Dwarakeswar Crafts, Bankura",
                "We have received your advance",
                "Receipt for your advance - Dwarakeswar",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Terracotta and Dokra from Bankura since 1987  |  Accounts")
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
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Bankura crafts",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["DSB", "BSP"],
            "kiln": ["DTK", "PMR"],
            "foundry": ["DDF", "BKN"],
            "mail": ["DWC", "ADV"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 3999):04d}"
        labels = {
            "mail": ["Advance receipt No.", "Receipt ref."],
            "showroom": ["Cash memo No.", "Sale invoice No."],
            "wholesale": ["Wholesale bill No.", "Dispatch bill No."],
            "waste": ["Waste receipt No.", "Jhama memo No."],
            "dokra": ["Casting bill No.", "Metal invoice No."],
            "scrap": ["Scrap receipt No.", "Scrap memo No."],
        }["mail" if unit == "mail" else "showroom" if unit == "showroom" else kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Advance credited on", "Credited on"] if unit == "mail" else ["Date of bill", "Sale dt.", "Dated"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Sold to", "Customer's name", "Bought by"]), party)
    advance = unit == "mail"
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "wholesale":
        base = 0.0
        small = float(rng.randrange(lo, hi // 2, 10))
        for size in sorted(rng.sample(HORSE_SIZES[1:5], rng.randrange(1, 4)), key=HORSE_SIZES.index):
            qty = rng.randrange(10, 80, 5)
            rate = float(round(small * (1 + (HORSE_SIZES.index(size) - 1) * 0.6), -1))
            value = round(qty * rate, 2)
            base += value
            p.pair(f"  Horse {size}: {qty} pcs x {rate:,.2f}", rs(value))
        base = round(base, 2)
    elif kind in ("waste", "dokra", "scrap"):
        if kind == "waste":
            qty = round(rng.uniform(6, 28), 2)
            unit_text = "t"
        elif kind == "dokra":
            qty = round(rng.uniform(8, 70), 2)
            unit_text = "kg"
        else:
            qty = round(rng.uniform(18, 140), 1)
            unit_text = "kg"
        rate = float(rng.randrange(lo, hi, 10))
        base = round(qty * rate, 2)
        p.pair(f"  {qty:,.2f} {unit_text} x {rate:,.2f}", rs(base))
    elif kind == "panel":
        qty = rng.randrange(6, 40)
        rate = float(rng.randrange(lo, hi, 50))
        base = round(qty * rate, 2)
        p.pair(f"  {qty} panels x {rate:,.2f}", rs(base))
    else:
        if kind == "mural":
            qty = 1
        elif kind == "horse":
            qty = rng.randrange(1, 5)
        else:
            qty = rng.randrange(1, 6)
        rate = float(rng.randrange(lo, hi, 100))
        size = rng.randrange(len(HORSE_SIZES))
        if kind == "horse":
            rate = float(round(rng.randrange(lo, 2 * lo, 50) * (1 + size * 0.8), -2))
        base = round(qty * rate, 2)
        shown = "pc" if qty == 1 else "pcs"
        if kind == "horse":
            p.pair(f"  {HORSE_SIZES[size]} horse: {qty} {shown} x {rate:,.2f}", rs(base))
        else:
            p.pair(f"  {qty} {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Mela discount @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, unit == "mail" or kind == "dokra")
    p.pair(rng.choice(["Total order value"] if advance else ["Bill total", "Net amount"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "By cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance amount credited"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Paid in cash"]),
            "UPI": rng.choice(["Received by UPI", "UPI amount received"]),
            "card": rng.choice(["Paid by card", "Card payment"]),
            "NEFT": rng.choice(["NEFT received", "Received through NEFT"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable on installation", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of payment", "Payment by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque dated", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    if unit == "kiln":
        p.pair("Gate pass No.", f"GP/{rng.randrange(100, 9999)}")
        p.pair("Vehicle No.", wb_vehicle(rng))
    elif unit == "foundry":
        p.pair("Weighing slip No.", f"{rng.randrange(100, 99999)}")
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - CASTING OF YOUR WALL PIECE HAS BEGUN"]
    else:
        words.append(
            {
                "horse": "PAID - WRAPPED AND HANDED TO THE CUSTOMER",
                "lamp": "PAID - WRAPPED AND HANDED TO THE CUSTOMER",
                "wholesale": "PAID - HORSES PACKED IN STRAW AND LOADED",
                "waste": "PAID - WASTE LIFTED FROM THE KILN YARD",
                "dokra": "PAID - CASTINGS WEIGHED AND HANDED OVER",
                "scrap": "PAID - SCRAP WEIGHED AND TAKEN AWAY",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE LODGED - PANELS RELEASED ON CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - BILL STANDS CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "wholesale": "Packed in paddy straw and bamboo crates. Breakage on the road is at buyer's risk.",
            "waste": "Kiln waste lifted by the buyer's own tipper from the kiln yard, as is where is.",
            "dokra": "Weighed on the foundry's stamped scale before the buyer. Hand cast, no two alike.",
            "scrap": "Scrap weighed on the foundry's stamped scale and lifted by the buyer.",
            "panel": "Panels are released on clearance of the cheque. Small cracks are fired clay's nature.",
            "mural": "The balance is payable when the mural is fixed on your wall.",
        }.get(
            kind,
            "Handmade by the kumbhakars of Panchmura and the Dokra shilpis of Bikna. Goods once sold are not "
            "taken back.",
        ),
    )
    if unit != "mail":
        right(p, rng.choice([f"For {name} - Sales in-charge", f"For {name} - Authorised signature"]))
        p.add("left", "Customer's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. clay, brass, wax, crucibles, cartons


SUPPLIERS = [
    (
        "Shali Nadi Clay Suppliers",
        "Potters' clay (entel mati) and river sand - by the tractor load",
        "Taldangra Bazar, Taldangra, Bankura - 722152, West Bengal",
        "19",
        "SNC",
    ),
    (
        "Howrah Non-Ferrous Metals Pvt Ltd",
        "Brass ingots | Copper and bell-metal scrap | Castings",
        "22 Grand Foreshore Road, Shibpur, Howrah - 711102, West Bengal",
        "19",
        "HNF",
    ),
    (
        "Purulia Lac & Wax Traders",
        "Beeswax | Paraffin wax | Sal resin (dhuna) for lost-wax models",
        "Station Road, Purulia - 723101, West Bengal",
        "19",
        "PLW",
    ),
    (
        "Asansol Refractories & Crucibles",
        "Clay-graphite crucibles | Fire bricks | Furnace lining",
        "G.T. Road, Burnpur, Asansol - 713325, West Bengal",
        "19",
        "ARC",
    ),
    (
        "Dhanbad Corrugated Boxes",
        "5-ply export cartons | Corrugated rolls | Wooden crates",
        "Bank More, Dhanbad - 826001, Jharkhand",
        "20",
        "DCB",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SNC": [
        ("Potters' clay (entel mati) - tractor load", "2508", "loads", 2200, 3800, 5, 4, 40),
        ("Fine river sand for the clay body - tractor load", "2505", "loads", 1400, 2600, 5, 2, 20),
    ],
    "HNF": [
        ("Brass ingots 70/30", "7403", "kg", 540, 690, 18, 50, 600),
        ("Bell-metal (kansa) scrap - graded", "7404", "kg", 610, 760, 18, 20, 300),
    ],
    "PLW": [
        ("Beeswax - yellow, refined", "1521", "kg", 520, 780, 18, 10, 120),
        ("Paraffin wax - slab", "2712", "kg", 130, 190, 18, 20, 200),
    ],
    "ARC": [
        ("Clay-graphite crucible No. 30", "6903", "pcs", 1400, 2600, 18, 6, 60),
        ("Fire bricks IS 8 - first class", "6902", "pcs", 38, 62, 18, 200, 2000),
    ],
    "DCB": [
        ("5-ply corrugated cartons 24 x 18 x 18 in", "4819", "pcs", 68, 140, 5, 100, 1200),
        ("Corrugated paper rolls 1 m x 50 m", "4808", "rolls", 480, 900, 5, 10, 80),
    ],
}
SUPPLY_ORDER = [1, 0, 3, 2, 4, 1, 0, 2]
SUPPLY_WAYS = ["RTGS", "UPI", "-", "NEFT", "NEFT", "-", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Taldangra clay supplier, the Howrah brass house, the Purulia wax trader, the Asansol crucible maker
    and the Dhanbad carton maker billing the company (paper: the supplier on top, its line, address and GSTIN;
    TAX INVOICE (ORIGINAL - BUYER'S COPY) / GST INVOICE / SALES INVOICE WITH PAYMENT RECEIPT, Invoice number /
    Bill No. / Invoice Sr. No. and Dated / Invoice dt. / Bill date in either order, or the number and the day
    on one Invoice No. / Dt. row (HNF/26-27/0412 dt. 14.03.2026) on some, Name of buyer / Billed to party /
    Receiver (billed to) the company, Ship to / Delivery at the kiln, the foundry or the godown, Place of
    supply, E-way bill No., Transporter and GC note No., Courier and Consignment No. or the tractor's Vehicle
    No., Your order No., the clay, sand, brass, bell-metal, wax, crucibles, fire bricks, cartons or rolls with
    HSN, loads, kg, pcs or rolls x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice
    total, Less: Advance paid earlier and Balance paid by NEFT / RTGS on some, Less: TDS u/s 194Q by buyer and
    Net received by NEFT / RTGS on some, else Amount received by NEFT / RTGS / Paid through UPI / UPI payment
    received, with UTR / UTR No. / UPI Ref. No. / UPI RRN, or Paid by cheque / Cheque amount with Cheque No.;
    PAID / PAYMENT RECEIVED IN FULL / NO DUES / PAID BY NEFT / RTGS / UPI / CHEQUE SENT FOR CLEARING - PAYMENT
    SUBJECT TO REALISATION / CHEQUE RETURNED - EXCEEDS ARRANGEMENT, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
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
        ["TAX INVOICE (ORIGINAL - BUYER'S COPY)", "GST INVOICE", "SALES INVOICE WITH PAYMENT RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice No. / Dt.", f"{inv} dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice number", "Bill No.", "Invoice Sr. No."]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Dated", "Invoice dt.", "Bill date"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Name of buyer", "Billed to party", "Receiver (billed to)"])
    deliver = {
        "SNC": f"{KILN}, Panchmura",
        "HNF": f"{FOUNDRY}, Bikna",
        "PLW": f"{FOUNDRY}, Bikna",
        "ARC": f"{FOUNDRY}, Bikna",
        "DCB": f"{COMPANY} - packing godown, Machantala",
    }[tag]
    wrap_pair(p, rng.choice(["Ship to", "Delivery at"]), deliver)
    p.pair("Place of supply", "West Bengal (19)")
    if tag == "SNC":
        p.pair("Vehicle No.", f"{wb_vehicle(rng)} (tractor)")
    else:
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
        if tag == "PLW":
            wrap_pair(
                p, "Courier", rng.choice(["DTDC Express", "Shree Maruti Courier", "Professional Couriers"])
            )
            p.pair("Consignment No.", f"{rng.choice(['D', 'P', 'M'])}{digits(rng, 9)}")
        else:
            wrap_pair(
                p,
                "Transporter",
                rng.choice(["Bankura Roadways & Logistics", "Durgapur Goods Carrier", "Own vehicle"]),
            )
            p.pair("GC note No.", f"{rng.choice(['GC', 'BR', 'DG'])}{digits(rng, 6)}")
    p.pair("Your order No.", f"DWC/ORD/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        wrap_pair(p, f"{item}", f"HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "19")
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
        p.pair("Less: Advance paid earlier", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Paid by cheque", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
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
                ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED IN FULL", "NO DUES", f"PAID BY {way}"]),
        "pending": "CHEQUE SENT FOR CLEARING - PAYMENT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. is charged on bills unpaid after 30 days. Disputes subject to {town} "
        "courts only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    (
        "Bankura Roadways & Logistics",
        "Truck hire - 2 loads of horses, Panchmura to Kolkata port",
        14000,
        60000,
    ),
    (
        "Sk. Jamiruddin Tractor Service",
        "Clay lifting from the Shali river bed - 24 tractor trips",
        9000,
        38000,
    ),
    ("Haradhan Kumbhakar (Kiln Mistri)", "Kiln relining and chimney repair - Panchmura", 12000, 55000),
    ("Smt. Chhanda Karmakar", "Showroom rent - Rasmancha Road, Bishnupur", 18000, 42000),
    ("Mallabhum Security Agency", "Night guards at the kiln and the foundry - one month", 22000, 60000),
    ("Sen Mitra & Co., Chartered Accountants", "Statutory audit and GST returns - half year", 18000, 85000),
    ("Durgapur Furnace & Blower Works", "Blower motor rewinding and furnace overhaul - Bikna", 15000, 90000),
    ("Frame & Focus Studio, Kolkata", "Catalogue photography - 220 pieces for the export fair", 20000, 70000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/corporate/payments/txn-details"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/transaction/view"),
    ("Canara Bank Corporate Net Banking", "Canara Bank", "corporate.canarabank.bank.in/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its truck carrier, the clay tractor, the kiln mistri, the showroom's landlady, the
    security agency, the chartered accountants, the furnace mechanic and the catalogue photographer: corporate
    net banking's transfer pages (yono BUSINESS, HDFC Bank ENet, Canara Bank Corporate Net Banking: the portal
    on top and the bank's line, Payment details / Transaction enquiry; three layouts: the status under the
    heading and the day among the details after the sum; the sum large on top with the status under it and the
    day at the foot; the day under the heading and the status right after the payee: Executed on / Value date
    / Payment date / Created on / Entered on / Rejected on / Returned on; Executed - amount credited to
    beneficiary / Status: Processed - UTR assigned / Pending for authorisation - checker yet to approve /
    Rejected by beneficiary bank - account frozen, funds returned to your account; the references (UTR / NEFT
    UTR / RTGS UTR / IMPS RRN and Transaction reference No. / CBS ref. No.) above or below the payee:
    Beneficiary / Payee name / Transferred to (payee) / Name of beneficiary, Beneficiary nickname, Beneficiary
    account and IFSC, Debit from account the company, Corporate ID / User ID, Amount (INR) / Payment amount /
    Debit amount, Transfer mode / Payment type NEFT / RTGS / IMPS, Narration / Purpose, Maker / Checker,
    Ledger balance on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={digits(rng, 11)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payments - single', 'Enquiries'])}")
    p.add("center", rng.choice(["Payment details", "Transaction enquiry"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - amount credited to beneficiary", "Status: Processed - UTR assigned"],
        "pending": ["Pending for authorisation - checker yet to approve"],
        "failed": ["Rejected by beneficiary bank - account frozen, funds returned to your account"],
    }
    day_labels = {
        "success": ["Executed on", "Value date", "Payment date"],
        "pending": ["Created on", "Entered on"],
        "failed": ["Rejected on", "Returned on"],
    }[status]
    hour = rng.random() < 0.5
    amount_labels = ["Amount (INR)", "Payment amount", "Debit amount"]
    # 0: the status on top, the day after the sum; 1: the sum large and the status on top, the day at the
    # foot; 2: the day on top, the status after the payee
    layout = rng.randrange(3)
    if layout == 0:
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("rule")
    else:
        date_row(p, j, day_labels, hour=hour)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR"]) if way != "IMPS" else "IMPS RRN", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{rng.choice(['CB', 'TR', 'FT'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction reference No.", "CBS ref. No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Beneficiary", "Payee name", "Transferred to (payee)", "Name of beneficiary"]
    if status != "success":
        payee_labels = ["Beneficiary", "Payee name", "Name of beneficiary"]
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    if layout == 2:
        outcome_row(p, status, words)
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "BNK")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary account", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit from account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Corporate ID / User ID", "User ID"]),
        f"DWCPL / {rng.choice(['ACCTS', 'MD', 'FIN'])}{digits(rng, 2)}",
    )
    if layout != 1:
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
    if layout == 0:
        date_row(p, j, day_labels, hour=hour)
    p.pair(rng.choice(["Transfer mode", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Purpose"]), note)
    p.pair("Maker / Checker", f"DWCMAK1 / {'-' if status == 'pending' else 'DWCCHK2'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Ledger balance", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    p.part = "foot"
    p.add("small", "Funds of a rejected transfer are returned to the debit account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. potters, wax workers, casters, loaders


# payee, role, para or village, kind
WORKERS = [
    ("Bablu Kumbhakar", "Potter - long-neck horses, 24 to 36 in", "Kumbhakar Para, Panchmura", "potter"),
    ("Shankar Karmakar", "Dokra caster - pouring and chasing", "Bikna", "cast"),
    ("Lakshmi Mal", "Wax thread work - owls and figurines, home work", "Bikna", "wax"),
    ("Sk. Asraf Ali", "Loader - crates to the trucks", "Onda", "load"),
    ("Gouranga Kumbhakar", "Potter - elephants and Manasa plaques", "Kumbhakar Para, Panchmura", "potter"),
    ("Madhab Bauri", "Kiln firing hand - night firing", "Taldangra", "fire"),
    ("Sabita Karmakar", "Wax thread work - lamps and bells, home work", "Kenduadihi", "wax"),
    ("Tapan Bauri", "Loader - clay and firewood", "Panchmura", "load"),
]
WORK_FRAMES = ["paper", "razorpayx", "paper", "gpay", "paper", "razorpayx", "paper", "yono"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "potter": (
        ["KUMBHAKAR MAJURI - PER HORSE", "TERRACOTTA PIECE-RATE WAGES"],
        ["Kumbhakar's name", "Wages paid to (potter)"],
        "Pieces made and fired: {q} x {rate}",
        (180, 900),
        (6, 40),
        ["Net paid to potter", "Net majuri paid"],
    ),
    "wax": (
        ["WAX THREAD WORK - HOME (PER DOZEN)", "MOM-SUTO KAAJ MAJURI - BARITHEKE"],
        ["Artisan's name", "Paid to (wax worker)"],
        "Figures wax-threaded (dozens): {q} x {rate}",
        (90, 260),
        (4, 30),
        ["Net amount paid", "Handed to the artisan"],
    ),
}


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top and the company's current account line under it; the payee
    above the sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    pout = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pout}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Current account  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - payout credited", "Payout processed"],
        "pending": ["Queued - the bank is processing the payout"],
        "failed": ["Reversed - beneficiary bank rejected the payout"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Contact name", "Paid to contact"]), who, merchant=who)
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
        p.pair("Fund account", f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account", f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@sbi")
    p.pair(rng.choice(["Payout mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        rng.choice(["Purpose", "Narration"]),
        rng.choice(["Casting wages - 9 days", "Foundry wages - week 14"])
        if kind == "cast"
        else rng.choice(["Night firing - 3 kilns", "Kiln firing wages"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pout, txn=(TXN_RANK, pout))
        if status == "success":
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        rid = f"DWC-{kind.upper()}-{digits(rng, 5)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Payout date"],
            "pending": ["Queued at", "Initiated at"],
            "failed": ["Reversed at", "Failed at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has confirmed the credit with the UTR above.",
            "pending": "Payouts in the queue go out as soon as the beneficiary bank responds.",
            "failed": "A reversed payout's amount is back in your RazorpayX balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its potters by the piece and its wax thread workers by the dozen on paper, its Dokra
    caster and its kiln firing hand through RazorpayX and its loaders by UPI: its printed KUMBHAKAR MAJURI -
    PER HORSE / TERRACOTTA PIECE-RATE WAGES / WAX THREAD WORK - HOME (PER DOZEN) / MOM-SUTO KAAJ MAJURI -
    BARITHEKE (the company on top with the kiln's or the foundry's line, Kumbhakar's name / Wages paid to
    (potter) / Artisan's name / Paid to (wax worker), Work, Para / village, Shilpi card No. (no fact), Majuri
    slip No. / Voucher No., Paid on / Payment dt. / Date, the pieces or dozens x rate, Add: Firing night
    allowance / Add: Fine work extra, Total earned / Gross amount, Less: Cracked in firing - n @ rate / Less:
    Agrim (advance) cut, Net paid to potter / Net majuri paid / Net amount paid / Handed to the artisan,
    Payment mode Cash / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - HORSES COUNTED AFTER
    FIRING / PAID - ENTERED IN MAJURI KHATA, the worker's signature or thumb), RazorpayX payout pages for a
    caster and a firing hand (RazorpayX on top and the Current account | the company line under it, the payee
    above the sum and the status or under them, Contact name / Paid to contact, Contact ID, Fund account,
    Payout mode / Mode, Purpose / Narration, Payout ID, UTR, Reference ID, Processed at / Payout date / Queued
    at / Initiated at / Reversed at / Failed at; Processed - payout credited / Payout processed / Queued - the
    bank is processing the payout / Reversed - beneficiary bank rejected the payout), a Google Pay and a YONO
    SBI screen paying the loaders (Paid to / Transferred to above the sum or under the status; Money sent /
    Paid / Transfer successful; Sent on / Date / Transaction date; UPI transaction ID / UPI Ref No and Google
    transaction ID / YONO ref. No.)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=900, high=22000, p_round=0.9)
    who, role, para, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "razorpayx":
        return razorpayx_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 1800, 14000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        label = "Paid to" if frame == "gpay" else "Transferred to"
        if pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Money sent", "Paid", "Transfer successful"]})
        if not pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okicici', 'oksbi', 'sbi', 'ybl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Sent on", "Date", "Transaction date"], hour=True)
        p.pair(
            rng.choice(["Note", "Remarks"]), rng.choice(["Loading wages", "Truck loading - 2 days", "Majuri"])
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{'State Bank of India' if frame == 'yono' else 'UCO Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAgM{code(rng, 12, MIXED)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
                own = f"YN{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "YONO ref. No.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    where = UNITS["kiln" if kind == "potter" else "foundry"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{KILN} - piece rate" if kind == "potter" else f"{FOUNDRY} - home work (barithe kaaj)",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Para / village", para)
    p.pair("Shilpi card No.", f"WB/BNK/{rng.randrange(1000, 99999)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Majuri slip No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Paid on", "Payment dt.", "Date"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "potter":
        rate = float(round(rate, -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair("Add: Firing night allowance" if kind == "potter" else "Add: Fine work extra", rs(extra))
        gross += extra
    p.pair(rng.choice(["Total earned", "Gross amount"]), rs(gross))
    cut = 0.0
    if kind == "potter" and rng.random() < 0.5:
        bad = rng.randrange(1, 4)
        per = round(rate * 0.5, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Cracked in firing - {bad} @ {per:,.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 800, 1000, 1500]))
        p.pair("Less: Agrim (advance) cut", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Payment mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN MAJURI KHATA"]
    if kind == "potter":
        words.append("PAID - HORSES COUNTED AFTER FIRING")
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Signature / thumb of the artisan", "Receiver's signature or thumb impression"]))
    return p.done()


# ---------------------------------------------------------------- 8. the municipality, the GI Registry, etc.


FEE_FRAMES = ["municipality", "gi", "bhumi", "factories", "epfo", "panchayat", "vahan", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Bankura craft house, its kiln at Panchmura, its foundry at Bikna and its Bishnupur
    showroom: Bishnupur Municipality's trade licence (certificate of enlistment) page (the Municipality on top
    and its line, Enlistment No., Name of the business, Nature of trade, Enlistment fee 2026-27, Signboard
    (advertisement) tax and Late fine on some, Total received / Amount paid, Payment ID, Bank ref. No.,
    Receipt No.), the Geographical Indications Registry's authorised user fee (the Registry on top and the
    Controller General's line, Applicant, GI application No., Form GI-3A fee - Bankura Panchmura Terracotta
    Craft and Form GI-3A fee - Bengal Dokra, Total fee / Amount paid, Transaction ID, CBR No.), Banglarbhumi's
    khajna (land revenue) through GRIPS (Raiyat, Mouza and JL No., Khatian No., Dag No., Khajna (land revenue)
    - 1433 B.S., Cess, Interest on arrears on some, Challan amount / Amount payable, GRN; Payment pending -
    GRIPS has not confirmed, do not pay again, GRN generated on / Initiated on), the Directorate of Factories'
    licence renewal through Silpasathi (Factory name, Silpasathi application ID, Licence No., Workers, Power,
    Licence renewal fee 2026-27, Late fee on some, Fee paid / Total fee, GRN, BRN), EPFO's monthly
    contribution (Establishment name, Establishment ID, Wage month, Members, EPF - A/c 1, Pension (EPS) - A/c
    10, EDLI - A/c 21, Administration charges - A/c 2, Total remitted / Challan total; no reference on this
    page), Panchmura Gram Panchayat's trade licence (Name of licensee unit, Licence No., Trade licence fee
    2026-27 - kiln and workshop, Development fee, Total deposited / Amount credited, Transaction No., Receipt
    No.), the Transport Department's Vahan tax page for the pickup (Registration No., Owner name, Road tax -
    quarter, Environment cess, Total tax paid / Tax amount paid, Transaction ID, Bank ref. No., Vahan receipt
    No.) and Legal Metrology's verification fee for the foundry's scales (Name of user, Verification fee -
    platform scale 500 kg, Verification fee - counter scale 30 kg, Amount to pay / Fee payable, Transaction
    ID; Payment failed - verification fee not received, please pay again, Attempted on / Date of attempt); the
    status above the heads, right after the sum or at the foot: Payment successful - e-receipt ready to
    download / Fee received - acknowledgement generated / Paid - challan realised by the bank; Payment mode /
    Paid by, Date of payment / Paid on / Payment date / Receipt date; the references before the heads on some.
    """
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    words = {
        "success": [
            "Payment successful - e-receipt ready to download",
            "Fee received - acknowledgement generated",
            "Paid - challan realised by the bank",
        ]
    }
    day_labels = ["Date of payment", "Paid on", "Payment date", "Receipt date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "municipality":
        url = f"wburbanservices.gov.in/tradelicence/bishnupur/receipt/{digits(rng, 9)}"
        name = rng.choice(["Bishnupur Municipality", "BISHNUPUR MUNICIPALITY"])
        line = "Department of Urban Development & Municipal Affairs  |  Certificate of enlistment"
    elif frame == "gi":
        url = f"search.ipindia.gov.in/GIRPublic/payment/receipt/{digits(rng, 8)}"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        line = "Office of the Controller General of Patents, Designs & Trade Marks  |  Chennai"
    elif frame == "bhumi":
        url = "banglarbhumi.gov.in/BanglarBhumi/khajna/payment/status"
        name = rng.choice(
            [
                "Directorate of Land Records & Surveys, West Bengal",
                "Land & Land Reforms Department, Government of West Bengal",
            ]
        )
        line = "Banglarbhumi  |  Online khajna through GRIPS"
    elif frame == "factories":
        url = f"silpasathi.wb.gov.in/factories/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(
            ["Directorate of Factories, West Bengal", "Directorate of Factories, Govt. of West Bengal"]
        )
        line = "Labour Department  |  Silpasathi - licence renewal under the Factories Act, 1948"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment, Government of India  |  ECR challan"
    elif frame == "panchayat":
        url = f"wbprd.gov.in/gpms/tradelicence/receipt/{digits(rng, 8)}"
        name = rng.choice(["Panchmura Gram Panchayat", "PANCHMURA GRAM PANCHAYAT"])
        line = "Taldangra Panchayat Samiti, Bankura  |  Trade licence (GPMS)"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(
            ["Transport Department, West Bengal", "Transport Department, Government of West Bengal"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Road tax for goods vehicles"
    else:
        url = "wblegalmetrology.gov.in/verification/payment/status"
        name = rng.choice(["Directorate of Legal Metrology, West Bengal", "LEGAL METROLOGY, WEST BENGAL"])
        line = "Department of Consumer Affairs, Govt. of West Bengal  |  Verification and stamping"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    # 0: the status under the authority's line; 1: after the sum; 2: at the foot
    status_at = rng.randrange(3)
    if frame in ("bhumi", "metrology") and status_at == 0:
        status_at = 2
    if frame == "municipality":
        p.pair("Enlistment No.", f"BSP/TL/{digits(rng, 5)}")
        wrap_pair(p, "Name of the business", f"{SHOWROOM} ({firm})")
        p.pair("Nature of trade", "Handicrafts - retail showroom")
        heads = [("Enlistment fee 2026-27", float(rng.choice([1200, 2000, 3000, 4000])))]
        if rng.random() < 0.5:
            heads.append(("Signboard (advertisement) tax", float(rng.choice([300, 500, 800]))))
        if rng.random() < 0.4:
            heads.append(("Late fine", float(rng.choice([100, 200, 250]))))
        labels = ["Total received", "Amount paid"]
        refs = [
            ("Payment ID", TXN_RANK, f"BSPM{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"BSP/{digits(rng, 7)}"),
        ]
    elif frame == "gi":
        wrap_pair(p, "Applicant", firm)
        p.pair("GI application No.", f"{rng.choice(['105', '106'])}/AU/{digits(rng, 4)}")
        heads = [
            ("Form GI-3A fee - Bankura Panchmura Terracotta Craft", 500.0),
            ("Form GI-3A fee - Bengal Dokra", 500.0),
        ]
        labels = ["Total fee", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"IPO{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, f"{digits(rng, 5)}"),
        ]
    elif frame == "bhumi":
        wrap_pair(p, "Raiyat", firm)
        p.pair("Mouza / JL No.", f"Panchmura / {rng.randrange(10, 180)}")
        p.pair("Khatian No.", str(rng.randrange(100, 2400)))
        p.pair("Dag No.", f"{rng.randrange(100, 1800)}, {rng.randrange(100, 1800)}")
        rent = float(rng.choice([640, 880, 1260, 1820]))
        heads = [("Khajna (land revenue) - 1433 B.S.", rent), ("Cess", round(rent * 0.25, 2))]
        if rng.random() < 0.5:
            heads.append(("Interest on arrears", float(rng.choice([36, 58, 90]))))
        labels = ["Challan amount", "Amount payable"]
        refs = [("GRN", TXN_RANK, f"19{digits(rng, 14)}")]
        words = {"pending": ["Payment pending - GRIPS has not confirmed, do not pay again"]}
        day_labels = ["GRN generated on", "Initiated on"]
    elif frame == "factories":
        wrap_pair(p, "Factory name", f"{FOUNDRY} ({firm})")
        p.pair("Silpasathi application ID", f"SS{digits(rng, 10)}")
        p.pair("Licence No.", f"BNK/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        p.pair("Workers", str(rng.randrange(18, 55)))
        p.pair("Power", f"{rng.randrange(12, 60)} HP")
        heads = [("Licence renewal fee 2026-27", float(rng.choice([3000, 4500, 6000, 7500])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([500, 750, 1000]))))
        labels = ["Fee paid", "Total fee"]
        refs = [
            ("GRN", TXN_RANK, f"19{digits(rng, 14)}"),
            ("BRN", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 10)}"),
        ]
    elif frame == "epfo":
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"WBDGP{digits(rng, 7)}000")
        p.pair("Wage month", j.month(1))
        p.pair("Members", str(rng.randrange(14, 48)))
        wages = float(rng.randrange(150000, 520000, 100))
        heads = [
            ("EPF - A/c 1", float(round(wages * 0.1567))),
            ("Pension (EPS) - A/c 10", float(round(wages * 0.0833))),
            ("EDLI - A/c 21", float(round(wages * 0.005))),
            ("Administration charges - A/c 2", float(max(500, round(wages * 0.005)))),
        ]
        labels = ["Total remitted", "Challan total"]
        refs = []
    elif frame == "panchayat":
        wrap_pair(p, "Name of licensee unit", f"{KILN} ({firm})")
        p.pair("Licence No.", f"PMR/GP/{digits(rng, 4)}/{rng.randrange(2015, 2025)}")
        heads = [
            ("Trade licence fee 2026-27 - kiln and workshop", float(rng.choice([500, 800, 1200]))),
            ("Development fee", float(rng.choice([100, 200, 300]))),
        ]
        labels = ["Total deposited", "Amount credited"]
        refs = [
            ("Transaction No.", TXN_RANK, f"GPMS{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"PMR/{rng.randrange(100, 9999):04d}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"WB67{rng.choice('ABCD')}{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (pickup) - 3.5 t GVW")
        heads = [
            ("Road tax - quarter", float(rng.choice([1850, 2400, 2960]))),
            ("Environment cess", float(rng.choice([150, 250, 400]))),
        ]
        labels = ["Total tax paid", "Tax amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"WB{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Vahan receipt No.", INVOICE_RANK, f"WB{rng.randrange(10, 99)}{digits(rng, 9)}"),
        ]
    else:
        wrap_pair(p, "Name of user", f"{FOUNDRY} ({firm})")
        heads = [
            ("Verification fee - platform scale 500 kg", float(rng.choice([600, 800, 1000]))),
            ("Verification fee - counter scale 30 kg", float(rng.choice([200, 300, 400]))),
        ]
        labels = ["Amount to pay", "Fee payable"]
        refs = [("Transaction ID", TXN_RANK, f"LM{digits(rng, 13)}")]
        words = {"failed": ["Payment failed - verification fee not received, please pay again"]}
        day_labels = ["Attempted on", "Date of attempt"]
    if status_at == 0:
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
    if status_at == 1:
        outcome_row(p, status, words)
    p.pair(rng.choice(["Payment mode", "Paid by"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if status_at == 2:
        outcome_row(p, status, words)
    foot = {
        "municipality": "Display the certificate of enlistment at the showroom and renew it every year.",
        "gi": "The authorised user certificate is issued after the application is examined.",
        "bhumi": "Do not pay again; the e-receipt is issued once GRIPS confirms the challan with the bank.",
        "factories": "Keep the renewed licence at the factory for inspection.",
        "epfo": "Remit the contribution by the 15th of the month after the wage month.",
        "panchayat": "Renew the trade licence of the kiln before the end of the financial year.",
        "vahan": "Carry the tax token in the vehicle.",
        "metrology": "No amount was collected. Pay again to book the verification of your scales.",
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
        "Bharat Sookshma Udyam Suraksha - kiln shed, clay store and fired stock",
        "paper",
        "kiln",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Machinery breakdown - furnace blower and grinders, Bikna foundry",
        "browser",
        "machinery",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Shopkeeper's policy - stock and cash at the Bishnupur showroom",
        "mail",
        "shop",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Marine cargo (open policy) - terracotta and Dokra exports",
        "browser",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - potters, casters and office staff",
        "mail",
        "health",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Employee's compensation - kiln, foundry and loading hands",
        "paper",
        "wc",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Goods carrying vehicle package - Tata Intra pickup",
        "browser",
        "vehicle",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Money insurance - wage cash carried to Panchmura and Bikna",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its kiln shed and fired stock, the foundry's blower and grinders, the showroom's
    stock and cash, its export cargo, its artisans' health, its kiln, foundry and loading hands under the
    Employees' Compensation Act, its pickup and the wage cash carried to the kiln and the foundry: the
    insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line,
    RECEIPT OF PREMIUM / Premium payment confirmation / PREMIUM ACKNOWLEDGEMENT - CUSTOMER COPY (Premium
    payment failed / PAYMENT NOT COMPLETED on the failed one); the status under the heading, under the sum or
    after the references; Insured / Proposer / Name of insured, Policy No. / Cover note No. / Proposal No.,
    Sum insured - kiln shed, clay and fired stock / Sum insured - blower and grinders / Sum insured - showroom
    stock / Annual export turnover declared / Members covered / Annual wages declared / IDV and Registration
    No. / Cash in transit limit, Policy period / Period of cover, Net premium / Premium excl. GST or Own
    damage (OD) and Third party (TP), an add-on (Earthquake and STFI cover, Deterioration of stock, Plate
    glass cover, War and SRCC, Maternity cover, Medical expenses extension, Depreciation waiver, Cash in
    locker), CGST and SGST @ 9% or IGST @ 18%, the sum: Total premium paid / Amount received (incl. GST) /
    Premium collected / Cheque amount / Cheque value / Premium payable / Total payable; Premium credited -
    policy schedule attached / Payment successful - policy issued and e-mailed / CHEQUE IN CLEARING - RISK
    COVERED ONLY ON REALISATION / Payment failed at gateway - premium not received, quote valid for 30 days;
    Payment mode, Cheque No., Payment ID, UPI ref. No. / Bank ref. No., Receipt No. / Collection No., Payment
    received on / Premium paid on / Receipt dt. / Cheque deposited on / Cheque received on / Attempted on /
    Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'buy'])}.{host}/payment/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].split(" Ltd")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium received - your policy", "Payment confirmation for your policy"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Machantala, Bankura", "Divisional Office, Durgapur"]))
    p.add(
        "center",
        rng.choice(
            ["Premium payment failed", "PAYMENT NOT COMPLETED"]
            if status == "failed"
            else [
                "RECEIPT OF PREMIUM",
                "Premium payment confirmation",
                "PREMIUM ACKNOWLEDGEMENT - CUSTOMER COPY",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium credited - policy schedule attached",
            "Payment successful - policy issued and e-mailed",
        ],
        "pending": ["CHEQUE IN CLEARING - RISK COVERED ONLY ON REALISATION"],
        "failed": ["Payment failed at gateway - premium not received, quote valid for 30 days"],
    }
    # 0: the status under the heading; 1: under the sum; 2: after the references
    status_at = rng.randrange(3)
    if status_at == 0:
        outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Insured", "Proposer", "Name of insured"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['15', '31', '52'])}{digits(rng, 4)}/{digits(rng, 8)}/000")
    elif status == "pending":
        p.pair("Cover note No.", f"CVN{digits(rng, 9)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 11)}")
    heads: list[tuple[str, float]] = []
    if kind == "kiln":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - kiln shed, clay and fired stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.00008, 2))
    elif kind == "machinery":
        insured = float(rng.randrange(600000, 3200000, 25000))
        p.pair("Sum insured - blower and grinders", rs(insured))
        basic = round(insured * rng.uniform(0.003, 0.006), 2)
        addon = ("Deterioration of stock", round(insured * 0.0002, 2))
    elif kind == "shop":
        insured = float(rng.randrange(800000, 4500000, 50000))
        p.pair("Sum insured - showroom stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Plate glass cover", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(5000000, 40000000, 500000))
        p.pair("Annual export turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0004, 0.0007), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(18, 60)
        p.pair("Members covered", f"{members} (Rs 3,00,000 floater each)")
        basic = round(members * rng.uniform(3600, 5600), 2)
        addon = ("Maternity cover", round(members * 380.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(2000000, 9000000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.006, 0.012), 2)
        addon = ("Medical expenses extension", round(wages * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 780000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", wb_vehicle(rng))
        basic = round(idv * rng.uniform(0.012, 0.018), 2)
        heads = [("Own damage (OD)", basic), ("Third party (TP)", 16049.0)]
        addon = ("Depreciation waiver", round(idv * 0.003, 2))
    else:
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.009), 2)
        addon = ("Cash in locker", round(limit * 0.0006, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        p.pair(
            rng.choice(["Policy period", "Period of cover"]),
            f"{when(start, '%d.%m.%Y')} to {when(end, '%d.%m.%Y')}",
        )
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Net premium", "Premium excl. GST"]), rs(basic))
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
        "success": ["Total premium paid", "Amount received (incl. GST)", "Premium collected"],
        "pending": ["Cheque amount", "Cheque value"],
        "failed": ["Premium payable", "Total payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status_at == 1:
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
            pid = f"{rng.choice(['PAY', 'TXN', 'PG'])}{digits(rng, 12)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "Collection No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Payment received on", "Premium paid on", "Receipt dt."],
            "pending": ["Cheque deposited on", "Cheque received on"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    if status_at == 2:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "Cover is subject to realisation of the premium and to the policy's terms and exclusions.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("DWARAKESWAR SHILPA BIPANI", "RASMANCHA ROAD, BISHNUPUR", "own"),
    ("MA SARADA FILLING STATION", "BANKURA-DURGAPUR ROAD, BARJORA", "fuel"),
    ("DWARAKESWAR CRAFTS", "MACHANTALA, BANKURA 722101", "own"),
    ("HOTEL KHOAI RETREAT", "PROSPECTOR RD, SANTINIKETAN", "hotel"),
    ("DWARAKESWAR DOKRA FOUNDRY", "BIKNA, BANKURA", "own"),
    ("MACHANTALA HARDWARE & TOOLS", "MACHANTALA, BANKURA", "shop"),
    ("DWARAKESWAR SHILPA BIPANI", "BISHNUPUR 722122", "own"),
    ("BELIATORE MECHA SANDESH BHANDAR", "BELIATORE, BANKURA", "food"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "INDIANOIL",
    "HDFC BANK",
    "PAYTM",
    "CANARA BANK",
    "RAZORPAY POS",
    "INDIAN BANK",
    "BHARATPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's, the company's and the foundry's terminals, and the company's card at a
    filling station on the Durgapur road at Barjora, a Santiniketan hotel in the Poush Mela week, a Bankura
    hardware shop and a Beliatore sweet shop: terminal slips (monospace: the terminal's bank or brand on top
    on some, the counter's name and place in capitals; DATE/TIME: on one row, TRANS DATE: and TRANS TIME: or
    DT: and TM: at the top or under the sum; MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO:, SALE / TAP
    SALE / EMV SALE, CARD NO: / CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RSP/LTR:, VOLUME(L):, NOZZLE NO:,
    VEHICLE NO: and XTRAREWARDS PTS:, a hotel's ROOM NO: and REG CARD NO:, a sweet shop's ORDER TOKEN:, a
    shop's MOBILE:, APPROVAL CODE: / AUTH NO:, RRN: / RET REF NO:, SALE AMT: / AMT: / TOTAL: / AMOUNT:, the
    sum above or below the card; APPROVED / TXN APPROVED / APPROVED - THANK YOU / DECLINED - 51 INSUFFICIENT
    FUNDS / HOST NOT RESPONDING - STATUS PENDING, DO NOT SWIPE AGAIN)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=1800, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 16800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 28000, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d.%m.%Y", "%d %b %y", "%d-%m-%Y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("TRANS DATE:", d, date=j.date)
            p.pair("TRANS TIME:", t)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center", rng.choice(["SALE", "TAP SALE", "EMV SALE"] if j.amount <= 5000 else ["SALE", "EMV SALE"])
    )
    lab = rng.choice(["SALE AMT:", "AMT:", "TOTAL:", "AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
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
        rate = round(rng.uniform(91.2, 93.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "XTRAMILE DIESEL"]))
        p.pair("RSP/LTR:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", wb_vehicle(rng).replace("-", "").replace(" ", ""))
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 180)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 318)))
        p.pair("REG CARD NO:", f"R{digits(rng, 5)}")
    elif kind == "food":
        p.pair("ORDER TOKEN:", str(rng.randrange(10, 300)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK - NO SIGNATURE", "PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS PENDING, DO NOT SWIPE AGAIN", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, water, LPG


BILLERS = [
    ("WBSEDCL", "West Bengal State Electricity Distribution Co. Ltd", "Consumer ID"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile number"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Bishnupur Municipality - Water", "Bishnupur Municipality", "Water connection No."),
    ("Indane", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["WBSEDCL", "YONO SBI", "PhonePe", "WBSEDCL", "CRED", "Amazon Pay", "Google Pay", "Paytm"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The kiln's, the foundry's and the showroom's electricity (WBSEDCL), the office's fibre (Airtel Xstream
    Fiber), the manager's postpaid phone (Jio), the showroom's DTH (Tata Play), the showroom's water
    (Bishnupur Municipality) and the kiln kitchen's cooking gas (Indane) through Bharat Connect in YONO SBI
    and other apps (PhonePe, CRED, Amazon Pay, Google Pay, Paytm: the app on top, the biller first, the sum
    large above or below the status, or the status first and the biller last, Biller / Biller name / Paid to
    biller / Operator as printed, Consumer ID / Account No. / Mobile number / Subscriber ID / Water connection
    No. / LPG ID, Consumer name / Registered name, Bill No., Bill period, Bill date, Due date and Payable
    after due date on some power, fibre and water bills, Paid using Current A/c or UPI, Bharat Connect ref.
    No. / BBPS ref. ID / Txn ref. ID (BBPS), UPI Ref No., Transaction ID on the failed one, Payment date &
    time / Bill paid at / Transaction time / Date & time (the latter alone on one not paid); Payment
    successful - bill marked paid by the biller / Done - the biller has been paid / Awaiting biller
    confirmation - do not pay this bill again / Payment failed - any amount debited returns in 3 to 5 working
    days) and WBSEDCL's own quick pay acknowledgement (WBSEDCL, West Bengal State Electricity Distribution Co.
    Ltd or its capitals on top with its "(A Govt. of West Bengal Enterprise) | Quick pay" line, Consumer ID,
    Supply office, Consumer name, Bill for, Net amount due, Amount paid (Rs.) / Bill amount paid, Paid via,
    Gateway ref. No., Acknowledgement No., Payment date & time / Date of payment, the status under the head or
    at the foot: Payment successful - acknowledgement No. below / Received - will be adjusted in your next
    bill)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=4200, high=86000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 3499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 220, 980, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 240, 1800, 0.6)
    elif which == 5:
        j.amount = rupees(rng, 880, 1100, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer ID": f"{rng.choice(['1120', '1121', '1124'])}{digits(rng, 5)}",
        "Account No.": f"{rng.choice(['3', '4'])}{digits(rng, 9)}",
        "Mobile number": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Water connection No.": f"BSP/W/{digits(rng, 5)}",
        "LPG ID": f"{digits(rng, 17)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "WBSEDCL":
        p = browser_page(rng, font, "portal.wbsedcl.in/webdynpro/quickpay/acknowledgement")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "(A Govt. of West Bengal Enterprise)  |  Quick pay")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - acknowledgement No. below",
                "Received - will be adjusted in your next bill",
            ]
        }
        status_top = rng.random() < 0.5
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Supply office", rng.choice(["Bankura (North) CCC", "Bishnupur CCC", "Taldangra CCC"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, KILN.upper(), f"M/S {COMPANY_CAPS}"]))
        if not j.no_day:
            p.pair("Bill for", j.month(1))
        p.pair("Net amount due", rs(j.amount))
        p.pair(rng.choice(["Amount paid (Rs.)", "Bill amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Paid via", way, method=way_method(way))
        if not j.no_ref:
            tid = f"WBQ{digits(rng, 12)}"
            p.pair("Gateway ref. No.", tid, txn=(TXN_RANK, tid))
            rno = f"{rng.choice(['QP', 'AK'])}{digits(rng, 11)}"
            p.pair("Acknowledgement No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date & time", "Date of payment"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "The payment shows in your account within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Bill details"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Pay bills")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - bill marked paid by the biller",
            "Done - the biller has been paid",
        ],
        "pending": ["Awaiting biller confirmation - do not pay this bill again"],
        "failed": ["Payment failed - any amount debited returns in 3 to 5 working days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller", "Biller name", "Paid to biller", "Operator"]
        if status == "success"
        else ["Biller", "Biller name", "Operator"]
    )
    if not fits(p, "pair", f"{label} {name}     "):
        name = short

    def biller() -> None:
        wrap_pair(p, label, name, merchant=name)
        p.pair(idlab, ids)

    # 0: the biller, the sum, the status; 1: the biller, the status, the sum; 2: the status, the sum, the
    # biller
    layout = rng.randrange(3)
    if layout in (0, 1):
        biller()
    if layout == 0:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if layout == 2:
        biller()
    wrap_pair(
        p,
        rng.choice(["Consumer name", "Registered name"]),
        rng.choice(
            [COMPANY_CAPS, KILN.upper(), FOUNDRY.upper()]
            if which == 0
            else [COMPANY_CAPS, SHOWROOM.upper(), "DWARAKESWAR CRAFTS"]
        ),
    )
    if which in (0, 1, 4) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['BL', 'WB'])}{digits(rng, 9)}")
        start, end = earlier(rng, j, 36, 52), earlier(rng, j, 7, 13)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 3, 6), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Payable after due date", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 50))
    way = "Current A/c" if app == "YONO SBI" else "UPI"
    p.pair(
        "Paid using",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "CRED": "CR", "Amazon Pay": "AP", "Google Pay": "GP", "Paytm": "PT"}.get(
                app, "SB"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 10, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. No.", "BBPS ref. ID", "Txn ref. ID (BBPS)"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 15)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date & time", "Bill paid at", "Transaction time", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "LAKSHMI MAL",
    "",
    "HARADHAN KUMBHAKAR K",
    "MALLABHUM SECURITY A",
    "HOWRAH NON-FERROUS M",
    "",
    "BANKURA ROADWAYS & L",
    "PURULIA LAC & WAX TR",
]
MAIL_PAYEES = [
    "Smt. Chhanda Karmakar",
    "Sk. Jamiruddin Tractor Service",
    "Asansol Refractories & Crucibles",
    "Dhanbad Corrugated Boxes",
]
SENDERS = {
    "State Bank of India": "VM-SBIUPI",
    "Indian Bank": "AD-INDBNK",
    "Canara Bank": "JM-CANBNK",
    "The Bankura District Central Co-operative Bank": "VK-BDCCBK",
}


def sbi_sum(value: float) -> str:
    """A sum as SBI's UPI alert prints it: no grouping, the paise's trailing zero dropped (2500.0, 1234.5)."""
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the partners' phones and mail: SMS in a messages app (the sender VM-SBIUPI /
    AD-INDBNK / JM-CANBNK / VK-BDCCBK, the day divider, each bank's own wording: State Bank of India's UPI
    "Dear UPI user A/C X1234 debited by 2500.0 on date 14Mar26 trf to <payee> Refno <ref>. If not u? call
    1800111109. -SBI", Indian Bank's "Indian Bank A/c ..1234: Debit of INR x on <day> via <way> to <payee>.",
    Canara Bank's "An amount of INR x has been DEBITED to your account XXX1234 on <day> towards <way> to
    <payee>.", the Bankura District Central Co-operative Bank's "BDCCB: Rs x withdrawn from CA ..1234 on <day>
    by <way>, beneficiary <payee>."; a transfer that "could not be completed; the amount is reversed to your
    A/c." and one that "is awaiting credit confirmation from the beneficiary bank. Do not initiate it again.",
    the balance line) and two e-mail debit alerts (HDFC Bank, Bank of India: Debit amount / Amount,
    Beneficiary name / Paid to / Transferred to, Txn date / Date of debit / Transaction date, From account,
    Channel, UTR / RRN, Available balance; Transaction status: Successful / Result: Debit completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=9000, high=340000)
    if k == 0:
        j.amount = rupees(rng, 900, 8000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 8000, 68000)
    elif k == 4:
        j.amount = rupees(rng, 60000, 460000)
    elif k == 1:
        j.amount = rupees(rng, 9000, 42000)
    if k in (1, 5):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Account debited - fund transfer", "Alert: debit from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited for the transfer below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Paid to", "Transferred to"]
        if sum_first:
            p.pair(rng.choice(["Debit amount", "Amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Debit amount", "Amount"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Txn date", "Date of debit", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.pair("From account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 60000, 3800000)))
        p.add(
            "left",
            rng.choice(["Transaction status: Successful", "Result: Debit completed"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "If you did not make this transfer, call us at once to block your account.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 7:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # State Bank of India's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "State Bank of India",
        3: "Indian Bank",
        4: "Canara Bank",
        7: "The Bankura District Central Co-operative Bank",
    }.get(k, rng.choice(["Indian Bank", "Canara Bank", "The Bankura District Central Co-operative Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, {d} %B"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 20000, 2800000)
    if status == "success":
        if bank == "State Bank of India":
            p.add(
                "left",
                f"Dear UPI user A/C X{tail} debited by {sbi_sum(j.amount)}",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"on date {j.date:%d}{when(j.date, '%b')}{j.date:%y}", date=j.date)
            p.add("left", f"trf to {to}", merchant=to, method=method)
            if ref:
                p.add("left", f"Refno {ref}.", txn=(UTR_RANK, ref))
            p.add("left", "If not u? call 1800111109. -SBI")
            ref = None
        elif bank == "Indian Bank":
            p.add("left", f"Indian Bank A/c ..{tail}: Debit of INR {amt}{on}", amount=j.amount)
            p.add("left", f"via {way} to {to}.", merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been DEBITED to", amount=j.amount)
            p.add("left", f"your account XXX{tail}{on}")
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"BDCCB: Rs {amt} withdrawn from CA ..{tail}{on}", amount=j.amount)
            p.add("left", f"by {way}, beneficiary {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed; the amount is reversed to your A/c.",
            "pending": "is awaiting credit confirmation from the beneficiary bank. Do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "RRN", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "State Bank of India":
        balance = {
            "Indian Bank": f"Avl Bal INR {bal:,.2f}",
            "Canara Bank": f"Total Avail.bal INR {bal:,.2f}",
        }.get(bank, f"Bal Rs {bal:,.2f}")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(["Not you? Call your branch at once", "Never share your OTP, PIN or password"]),
        )
    if bank != "State Bank of India":
        p.add(
            "small",
            {"Indian Bank": "-Indian Bank", "Canara Bank": "- Canara Bank"}.get(bank, "-BDCCB"),
        )
    return p.done()


compose = compose158

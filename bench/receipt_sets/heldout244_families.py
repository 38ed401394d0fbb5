"""The twelve heldout244 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bidar bidriware (silver-inlaid metalware) maker's day in 2026 in Bidar,
Karnataka (Aftab Bidri Crafts Pvt Ltd, its casting and inlay workshop in the KIADB industrial area at Kolhar,
Aftab Bidri Karkhana, where the zinc and copper are melted and poured into sand moulds, the castings filed,
turned and engraved, the silver wire and sheet hammered into the grooves and the pieces blackened with the
fort's soil and ammonium chloride, its artisans working at home in Manhiyar Taleem, Chowbara, Shah Gunj,
Nawadgeri, Aliabad and Kamthana, who inlay and engrave the castings by the piece, and its emporium on
Chowbara Road opposite the Mahmud Gawan Madrasa, Aftab Bidri Emporium, where the tourists, the families and
the gifting buyers come), told by the proofs of payment it receives and makes: buyers' UPI screens and the
emporium's Instamojo and Easebuzz pages, a Hyderabad, a Mumbai, a Delhi, a Chennai, a Kolkata, a Jaipur and a
Bengaluru buyer's and the Karnataka State Handicrafts Development Corporation's payment advices, handicraft
importers' inward wires from Kuwait City, Doha, London, Lyon, Toronto, Melbourne, Osaka and Houston in Kuwaiti
dinars, Qatari riyals, pounds, euros, Canadian and Australian dollars, yen and US dollars (dinars with three
decimals, euros with spaces and a decimal comma on some, yen whole), its own tax invoices, cash memos and
counter receipts, the raw castings sold by the piece to karigars and a Charminar trader, the zinc dross sold by
the kilo to a recycler, the zinc, copper, silver wire, ammonium chloride and gift box suppliers' tax invoices,
the corporate net-banking transfers to the transporter, the silver polisher, the emporium's landlady, the
security agency, the foundry engineers, the catalogue printer, the electrician and the waste lifter, the
casters', home inlayers', engravers' and polishers' ujrat and kooli slips and their RazorpayX payouts, Google
Pay and YONO SBI payments, the City Municipal Council's, the Karnataka State Pollution Control Board's,
EPCH's, the Department of Factories', KIADB's, Legal Metrology's, the Commercial Taxes Department's and the
Karnataka Labour Welfare Board's fee pages, the insurers' premium receipts, card terminal slips, GESCOM's power
and the fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, bills listed on an advice, supplier code, purchase order, goods inward,
procurement order, stock entry, Pehchan card, PID, plot, consent order, membership code, RCMC, factory
licence, PT enrolment and registration, LWF registration, policy, proposal, quote, RR, telephone, mobile,
subscriber and consumer numbers, airway bills and consignment notes, pieces, grams, kilos, dozens, rates,
breakages, QC rejections, debit notes, early payment discounts, GST-TDS and TDS, TCS, advances, udhaar
recoveries, silver short returned, spoiled pieces, rebates, cess, GST lines, rupee values on the wires,
exchange rates, correspondent banks, sums insured, limits, turnovers, wages and members declared, balances,
due days, bill days, billing cycles, period of insurance days, GSTIN, IFSC, UETR, sender's TRNs, MID, TID,
batch and trace numbers, GRC, room, table and captain lines, makers and checkers, login ids, nicknames and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right``
heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``sign`` heldout93's; ``compose`` is heldout158's (as heldout243's).
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
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"
MIXED = LOWER + "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

COMPANY = "Aftab Bidri Crafts Pvt Ltd"
COMPANY_CAPS = "AFTAB BIDRI CRAFTS PVT LTD"
SHORT = "Aftab Bidri"
KARKHANA = "Aftab Bidri Karkhana"
EMPORIUM = "Aftab Bidri Emporium"
# unit, address, GST state code
UNITS = {
    "karkhana": (
        "Casting and inlay workshop",
        "Plot 41-B, KIADB Industrial Area, Kolhar, Bidar - 585403, Karnataka",
        "29",
    ),
    "emporium": (
        "Bidriware emporium",
        "Opp. Mahmud Gawan Madrasa, Chowbara Road, Bidar - 585401, Karnataka",
        "29",
    ),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d}-%b-%Y",
    "%d.%m.%Y",
    "{d} %B %Y",
    "%d-%b-%y",
    "%d/%m/%y",
    "{d}/{m}/%Y",
    "%d %b %Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%y", "%B {d}, %Y"]
BANKS = [
    "Canara Bank",
    "State Bank of India",
    "Karnataka Grameena Bank",
    "Union Bank of India",
    "Bidar District Central Co-operative Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Karnataka Bank",
    "Bank of Baroda",
]
IFSC = {
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "Karnataka Grameena Bank": "PKGB",
    "Union Bank of India": "UBIN",
    "Bidar District Central Co-operative Bank": "KSCB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Karnataka Bank": "KARB",
    "Bank of Baroda": "BARB",
}
DOMAINS = {
    "Canara Bank": "canarabank.bank.in",
    "State Bank of India": "sbi.bank.in",
    "Karnataka Grameena Bank": "karnatakagrameenabank.com",
    "Union Bank of India": "unionbankofindia.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Karnataka Bank": "karnatakabank.com",
    "Bank of Baroda": "bankofbaroda.bank.in",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "vase": ("Bidri surahi vase 10in - tarkashi silver inlay", "pc", 4800, 14500, 5),
    "plates": ("Bidri wall plate 12in - aftabi inlay, with hook", "pc", 3200, 7800, 5),
    "box": ("Bidri jewellery box 6in - zarnishan, velvet lined", "pc", 2600, 9200, 5),
    "mementos": ("Bidri memento plaque with logo - silver inlaid", "pc", 1400, 2600, 5),
    "castings": ("Bidri castings, filed and turned - unengraved (HSN 7907)", "pc", 220, 650, 18),
    "dross": ("Zinc dross and skimmings - furnace (HSN 2620)", "kg", 95, 140, 18),
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
    """The company as the other party on a supplier's paper (the buyer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CNRB")
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
    return f"AAB{rng.choice('CF')}A{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. tourists, families, gifting buyers


SHOP_APPS = [
    "Google Pay",
    "Canara ai1",
    "Instamojo",
    "Amazon Pay",
    "YONO SBI",
    "super.money",
    "Easebuzz",
    "WhatsApp",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Bidri bangles 2 pairs",
        "Cufflinks set",
        "Small surahi vase",
        "Bidri pen stand",
        "Paan daan - gift",
    ],
    [
        "Jewellery box + vase",
        "Wall plates x 4",
        "Wedding gift - bidri set",
        "Hookah base advance",
        "Mementos advance",
    ],
)
PAYERS_UPI = [
    "Rohit Deshmukh",
    "Sana Fatima",
    "Prashant Hiremath",
    "Deccan Travels Bidar",
    "Nikita Joshi",
    "Syed Arif Quadri",
    "Lakshmi Narayan Rao",
    "Meghana Patil",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Ayesha Khan, Hyderabad", "Bidri jewellery box 6in - zarnishan inlay", 3800, 9500),
    ("Deccan Heritage Foundation, Kalaburagi", "Advance - 40 bidri mementos with logo", 25000, 64000),
    ("Mr. Siddharth Rao, Bengaluru", "Surahi vase 12in - tarkashi, gift wrapped", 7200, 16800),
    ("Dr. Meenakshi Patil, Solapur", "Six bidri coasters with a tray", 4200, 11800),
]
SHOP_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "Canara ai1": ["UPI Ref. No.", "RRN No."],
    "Amazon Pay": ["Bank reference ID", "UPI Ref. No."],
    "YONO SBI": ["UTR No.", "UPI Reference No."],
    "super.money": ["UPI ref ID", "UTR"],
    "WhatsApp": ["UPI transaction ID", "UPI Ref No."],
}
OWN_IDS = {
    "Google Pay": "Google transaction ID",
    "Canara ai1": "ai1 txn ref.",
    "Amazon Pay": "Amazon Pay txn ID",
    "YONO SBI": "YONO ref. No.",
    "super.money": "super.money txn ID",
    "WhatsApp": "WhatsApp payment ID",
}


def own_id(rng: random.Random, app: str) -> str:
    """The app's own id for the payment (its transaction or payment id, whatever its name)."""
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, MIXED)
    if app == "Amazon Pay":
        return f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    head = {"Canara ai1": "CNB", "YONO SBI": "YN", "super.money": "SM", "WhatsApp": "WA"}[app]
    return f"{head}{digits(rng, 14)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The emporium's Instamojo or Easebuzz page after a buyer paid (the payee on top, the status and the sum in
    either order, the day under them or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([EMPORIUM, COMPANY, SHORT, EMPORIUM.upper()])
    url = (
        f"www.instamojo.com/payment-status/{code(rng, 20, MIXED)}"
        if app == "Instamojo"
        else f"pay.easebuzz.in/transaction/receipt/{code(rng, 18, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                "Bidriware - silver inlaid metal craft of Bidar, GI tagged",
                "Opp. Mahmud Gawan Madrasa, Chowbara Road, Bidar",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - order placed",
            "Paid - we will pack and ship in 2 days",
            "Payment captured - invoice sent to your e-mail",
        ]
    }
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    day_first = rng.random() < 0.5
    labels = ["Paid on", "Transaction time", "Payment captured at"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Billing name", "Shopper", "Buyer"]), who)
    wrap_pair(p, rng.choice(["Product", "Order summary"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment mode", "Method"]), shown, method=way)
    if not j.no_ref:
        if app == "Instamojo":
            pid = f"MOJO{rng.randrange(1, 10)}{code(rng, 3, ALNUM)}{digits(rng, 2)}{rng.choice(UPPER)}{digits(rng, 8)}"
            p.pair("Instamojo payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"ABE{j.date:%y%m}{digits(rng, 6)}"
            p.pair("Instamojo order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"E{j.date:%y%m%d}{code(rng, 9, ALNUM)}"
            p.pair("Easebuzz txn ID", pid, txn=(TXN_RANK, pid))
            oid = f"ABC-WEB-{digits(rng, 6)}"
            p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("Bank RRN (UPI)" if app == "Instamojo" else "UPI UTR", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "Instamojo" else "Card auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank txn No." if app == "Instamojo" else "Bank ref. ID", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Payments powered by Instamojo Technologies Pvt Ltd"
        if app == "Instamojo"
        else "Secured by Easebuzz (Easebuzz Pvt Ltd)",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, families and gifting buyers paying the emporium or the company: six UPI app screens (Google Pay,
    Canara ai1, Amazon Pay, YONO SBI, super.money, WhatsApp Pay: the status, the sum and the payee block in one of
    five orders (the status, the sum and the payee; the payee, the sum and the status; the sum, the status and the
    payee; the payee, the status and the sum; the status, the payee and the sum); the emporium, its capitals, the
    company's capitals or its short name under Payment sent to / Money transferred to / Merchant paid / Received by
    / Trying to pay / Payment attempted to, its UPI ID, a Bank account name / Registered business name line on some,
    the sum large; Transaction date / Completed on / Done on / Payment completed at / Attempted at / Started at
    first under the rule or after the references, Note / Remarks / For, From (sender) / Sender name (the payer),
    Debited from A/c / Paid using, UPI transaction ID / UPI Ref No. / UPI Ref. No. / RRN No. / Bank reference ID /
    UTR No. / UPI Reference No. / UPI ref ID / UTR, the app's own Google transaction ID / ai1 txn ref. / Amazon Pay
    txn ID / YONO ref. No. / super.money txn ID / WhatsApp payment ID on some; Payment complete - the shop has been
    paid / Paid - merchant notified / Successful - amount credited to merchant / Awaiting bank confirmation - do not
    retry yet / Failed - wrong UPI PIN, no money was taken) and the emporium's two payment pages (Instamojo,
    Easebuzz: the emporium or the company on top, the status and the sum large in either order, Paid on /
    Transaction time / Payment captured at under them or at the foot, Billing name / Shopper / Buyer, Product /
    Order summary, Payment mode / Method UPI, card or net banking, Instamojo payment ID / Easebuzz txn ID, Instamojo
    order ID / Merchant txn ID, Bank RRN (UPI) / UPI UTR, Auth ID / Card auth code or Bank txn No. / Bank ref. ID;
    Payment successful - order placed / Paid - we will pack and ship in 2 days / Payment captured - invoice sent to
    your e-mail)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=650, high=76000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Instamojo", "Easebuzz"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([EMPORIUM, EMPORIUM.upper(), COMPANY_CAPS, SHORT])
    handle = f"aftabbidri{rng.choice(['', '.bdr', '1'])}@{rng.choice(['cnrb', 'sbi', 'okaxis', 'ybl'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", "WhatsApp Pay" if app == "WhatsApp" else app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment complete - the shop has been paid",
            "Paid - merchant notified",
            "Successful - amount credited to merchant",
        ],
        "pending": ["Awaiting bank confirmation - do not retry yet"],
        "failed": ["Failed - wrong UPI PIN, no money was taken"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Payment sent to", "Money transferred to", "Merchant paid", "Received by"]
                if status == "success"
                else ["Trying to pay", "Payment attempted to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Bank account name', 'Registered business name'])}: {COMPANY_CAPS}")

    def sum_row() -> None:
        p.add("big", rs(j.amount), amount=j.amount)

    def status_row() -> None:
        outcome_row(p, status, words)

    order = [
        (status_row, sum_row, payee_block),
        (payee_block, sum_row, status_row),
        (sum_row, status_row, payee_block),
        (payee_block, status_row, sum_row),
        (status_row, payee_block, sum_row),
    ][rng.randrange(5)]
    for block in order:
        block()
    p.add("rule")
    day_labels = (
        ["Transaction date", "Completed on", "Done on", "Payment completed at"]
        if status == "success"
        else ["Attempted at", "Started at"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Remarks", "For"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.6:
        p.pair(
            rng.choice(["From (sender)", "Sender name"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)]
        )
    source = {"Canara ai1": "Canara Bank", "YONO SBI": "State Bank of India"}.get(app) or rng.choice(
        BANKS[:9]
    )
    wrap_pair(p, rng.choice(["Debited from A/c", "Paid using"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["UPI  |  NPCI", "Report a problem with this payment", "Share receipt"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. handicraft stores' and KSHDC's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Laad Bazaar Gift House",
        "laadbazaargifts@gmail.com",
        "Laad Bazaar, Charminar, Hyderabad",
        "gift",
        "mail",
    ),
    (
        "Colaba Craft Collective Pvt Ltd",
        "payables@colabacrafts.in",
        "Colaba Causeway, Mumbai",
        "vase",
        "portal",
    ),
    (
        "Karnataka State Handicrafts Development Corporation Ltd",
        "finance@cauveryhandicrafts.net",
        "Cauvery Emporium, M G Road, Bengaluru",
        "vase",
        "paper",
    ),
    ("Janpath Heritage Arts", "accounts@janpathheritage.in", "Janpath, New Delhi", "gift", "paper"),
    ("Mylapore Crafts Bazaar LLP", "finance@mylaporecrafts.in", "Mylapore, Chennai", "jewel", "mail"),
    ("Park Street Curio Company", "ap@parkstreetcurio.in", "Park Street, Kolkata", "vase", "portal"),
    ("Johari Bazar Handicraft Mart", "joharihandicraft@gmail.com", "Johari Bazar, Jaipur", "jewel", "mail"),
    (
        "Brigade Corporate Gifting Pvt Ltd",
        "vendorpay@brigadegifting.in",
        "Koramangala, Bengaluru",
        "gift",
        "portal",
    ),
]
DEALER_GOODS = {
    "gift": ("pcs", 1200, 5400),
    "vase": ("pcs", 3600, 9800),
    "jewel": ("pcs", 340, 1400),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Handicraft stores in Hyderabad, Mumbai, Delhi, Chennai, Kolkata and Jaipur, a Bengaluru corporate gifting
    firm and the Karnataka State Handicrafts Development Corporation (its Cauvery emporiums) paying for the vases,
    boxes, plates, mementos and jewellery the firm sent them: a payment e-mail, a printed PAYMENT ADVICE -
    HANDICRAFT SUPPLIES / Intimation of payment to supplier / SUPPLIER PAYMENT ADVICE (HANDICRAFTS) and a vendor
    portal page (the payer on top with its desk line; Supplier code, Purchase order and Goods inward No. (the
    Corporation's Procurement order No. and Stock entry No.) first, then Supplier name / Payee (supplier) / Amount
    paid to / Beneficiary supplier / Credited to (supplier) the company, on top of the body or at the head of the
    payment block; the status under the heading on some, at the end of the payment block on the rest; the bills with
    their pieces and sums, Invoice value total / Gross amount of bills, Less: TDS u/s 194Q @ 0.1% (the Corporation's
    Less: GST-TDS @ 2% (CGST 1% + SGST 1%)), Less: Breakage in transit - n pcs / Less: Rejected at QC (inlay
    lifting) - n pcs / Less: Debit note - rate difference n @ rate / Less: Early payment discount @ 1.5% on some,
    above or below the payment block: Net amount paid / Amount remitted (net) / Net payable released (Amount
    withheld on the hold, Amount bounced back / Returned amount on the return), Payment mode / Remitted by NEFT /
    RTGS / IMPS, Supplier's account, NEFT UTR No. / UTR (NEFT) / UTR (RTGS) / RTGS ref. No. / IMPS RRN, Payment
    advice No. / Voucher ref. / Remittance No., Payment date / Remitted on / Date of credit / Held on / Advice dated
    / Rejected on / Date of rejection; Status: Remitted - credited to your account / Paid - amount sent to your bank
    / Held - awaiting quality check report from the store / Rejected by bank - IFSC and account number do not
    match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    buyer, mail, desk, kind, frame = PAYERS[k]
    kshdc = buyer.startswith("Karnataka")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} {buyer.split()[1]} Accounts <{mail}>",
            [
                "Payment released - Aftab Bidri",
                "Remittance for your bidriware invoices",
                f"Funds sent to {SHORT}",
            ]
            if status == "success"
            else ["Remittance for your bidriware invoices", "Regarding your payment - Aftab Bidri"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [740, 780, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts payable', 'Vendor payments cell', 'Purchase - handicrafts'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - BIDRIWARE PURCHASES",
                "Intimation of payment to supplier",
                "SUPPLIER PAYMENT ADVICE (HANDICRAFTS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Status: Remitted - credited to your account", "Paid - amount sent to your bank"],
        "pending": ["Held - awaiting quality check report from the store"],
        "failed": ["Rejected by bank - IFSC and account number do not match"],
    }
    status_top = rng.random() < 0.35
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if kshdc:
        p.pair("Procurement order No.", f"KSHDC/PO/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Stock entry No.", f"SE/{rng.choice(['BLR', 'MYS', 'HBL'])}/{digits(rng, 5)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'BDR'])}{digits(rng, 5)}")
        p.pair("Purchase order", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("Goods inward No.", f"GIN{digits(rng, 7)}")
    labels = ["Supplier name", "Payee (supplier)", "Amount paid to", "Beneficiary supplier"] + (
        ["Credited to (supplier)"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(40, 300) if kind == "jewel" else rng.randrange(6, 60)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"ABC/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if kshdc:
        tds_label, tds = "Less: GST-TDS @ 2% (CGST 1% + SGST 1%)", round(gross / 1.05 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        broken = rng.randrange(1, 4)
        cut = broken * each
        cuts.append((f"Less: Breakage in transit - {broken} {unit if broken > 1 else 'pc'}", rs(cut)))
    elif pick < 0.45:
        bad = rng.randrange(1, 4)
        cut = bad * each
        cuts.append((f"Less: Rejected at QC (inlay lifting) - {bad} {unit if bad > 1 else 'pc'}", rs(cut)))
    elif pick < 0.65 and not kshdc:
        many = rng.randrange(10, 60)
        per = float(rng.choice([25, 40, 60, 90]))
        cut = many * per
        cuts.append((f"Less: Debit note - rate difference {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8 and not kshdc:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Early payment discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills settled", "Invoices covered", "Against your invoices"]
                if status == "success"
                else ["Invoices covered", "Against your invoices"]
            ),
        )
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Invoice value total", "Gross amount of bills"]), rs(gross))
        wrap_pair(p, tds_label, rs(tds))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Amount remitted (net)", "Net payable released"],
            "pending": ["Amount withheld"],
            "failed": ["Amount bounced back", "Returned amount"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(
            rng.choice(["Payment mode", "Remitted by"] if status == "success" else ["Payment mode"]),
            way,
            method="netbanking",
        )
        wrap_pair(p, "Supplier's account", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["UTR (RTGS)", "RTGS ref. No."],
                    "NEFT": ["NEFT UTR No.", "UTR (NEFT)"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PA', 'VR', '17'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Voucher ref.", "Remittance No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Payment date", "Remitted on", "Date of credit"],
                "pending": ["Held on", "Advice dated"],
                "failed": ["Rejected on", "Date of rejection"],
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
        "Computer generated advice; no signature required. Report any difference within 15 days."
        if not kshdc
        else "Released by the Finance Section, head office, against the procurement order above.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. handicraft importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Mubarakiya Handicrafts Co. W.L.L.",
        "Kuwait City, Kuwait",
        "KWD",
        "National Bank of Kuwait S.A.K.P.",
        600,
        11000,
    ),
    (
        "Souq Waqif Heritage Trading W.L.L.",
        "Doha, Qatar",
        "QAR",
        "Qatar National Bank (Q.P.S.C.)",
        6000,
        130000,
    ),
    ("Brick Lane Craft Imports Ltd", "London, United Kingdom", "GBP", "Barclays Bank UK PLC", 1500, 30000),
    ("Maison des Arts du Deccan SARL", "Lyon, France", "EUR", "Credit Agricole Centre-Est", 1500, 32000),
    ("Maple Leaf Artisan Goods Inc.", "Toronto, Canada", "CAD", "Royal Bank of Canada", 2500, 52000),
    (
        "Southern Cross Homewares Pty Ltd",
        "Melbourne, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        2500,
        56000,
    ),
    ("Kyoto Mingei Trading Co., Ltd.", "Osaka, Japan", "JPY", "MUFG Bank, Ltd.", 250000, 5200000),
    ("Lone Star Ethnic Decor LLC", "Houston, Texas, USA", "USD", "JPMorgan Chase Bank, N.A.", 1500, 36000),
]
WIRE_BANKS = [
    ("Canara Bank", "browser"),
    ("State Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Bank of Baroda", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("Karnataka Bank", "mail"),
]
WIRE_RATES = {
    "KWD": (283.0, 296.0),
    "QAR": (23.6, 24.9),
    "GBP": (111.0, 119.0),
    "EUR": (98.5, 104.5),
    "CAD": (61.5, 65.5),
    "AUD": (55.5, 59.5),
    "JPY": (0.565, 0.615),
    "USD": (87.4, 91.2),
}
CORRESPONDENT = {
    "KWD": "Gulf Bank K.S.C.P., Kuwait",
    "QAR": "Doha Bank Q.P.S.C., Doha",
    "EUR": "Deutsche Bank AG, Frankfurt",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "USD": "Citibank N.A., New York",
    "CAD": "Bank of Montreal, Toronto",
}
SHIPPED = [
    "Bidriware vases and surahis, silver inlaid (HSN 83062990)",
    "Bidri jewellery and trinket boxes (HSN 83062990)",
    "Bidri wall plates and trays - handicraft (HSN 83062990)",
    "Bidri bangles, cufflinks and pendants (HSN 71179090)",
    "Bidri hookah bases and candle stands (HSN 83062990)",
]


def grouped(value: float, sep: str, dec: str, places: int = 2) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12 450,00)."""
    whole, cents = f"{value:,.{places}f}".split(".")
    return whole.replace(",", sep) + dec + cents


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; Kuwaiti dinars with three decimals
    (KWD or KD before the sum); Qatari riyals with QAR or QR before the sum or QAR after it; euros the French way
    (12 450,00 EUR / EUR 12 450,00) on some, heldout152's on the rest; Canadian and Australian dollars with their
    code or C$ / A$; yen whole (JPY or the yen sign before the sum)."""
    if cur in ("USD", "GBP") or (cur == "EUR" and rng.random() < 0.35):
        return fx(rng, font, cur)
    if cur == "EUR":
        after = rng.random() < 0.6

        def euro(value: float) -> str:
            return f"{grouped(value, ' ', ',')} EUR" if after else f"EUR {grouped(value, ' ', ',')}"

        return euro
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])

        def yen(value: float) -> str:
            return f"{mark}{value:,.0f}"

        return yen
    mark = rng.choice({"QAR": ["QAR ", "QR "], "CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"]}[cur])
    after = mark.strip() == cur and rng.random() < 0.4

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Handicraft importers in Kuwait City, Doha, London, Lyon, Toronto, Melbourne, Osaka and Houston paying for
    bidri vases, boxes, plates, jewellery, hookah bases and candle stands: the banks' inward remittance advices
    (browser, e-mail, printed INWARD REMITTANCE - CREDIT ADVICE (EXPORT) / Advice of inward foreign remittance /
    Credit advice - SWIFT MT103 inward: the bank on top with its forex desk; the status under the heading on some,
    at the foot on the rest; Value date (field 32A) / Credit date / Date of credit / Date received / Held since /
    Date of return / Returned to remitter on first or after the sums; the parties above the sums or under them, the
    remitter's block (Remitter (field 50K) / Overseas buyer, Sender's bank (field 52A) / Remitter's bank,
    Correspondent bank (field 54A) on some) above or below the beneficiary's (Beneficiary name (field 59) / In
    favour of (exporter) / Exporter credited / A/c holder (exporter) the company, Credit A/c, IEC); Instructed
    amount (field 33B) / Inward amount (FCY) / Foreign currency amount in Kuwaiti dinars (three decimals), Qatari
    riyals, pounds, euros (12 450,00 EUR on some), Canadian or Australian dollars, yen (whole) or US dollars,
    Details of charges (71A), Exchange rate applied, INR equivalent, Less: Commission and GST, Net INR credited,
    Purpose code, Description of goods, Export invoice No., AWB No. and date, Mode of receipt, Sender's TRN (field
    20), IRM No. / Inward ref. No. / Bank reference, UETR; Funds credited - IRM reported on EDPMS / Status:
    Remittance realised and credited / On hold - remitter's KYC awaited from correspondent bank / Sent back to
    remitting bank - account name does not match)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, 500]))
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 or cur == "JPY" else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex Desk <forex.bidar@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Credit advice - export proceeds",
                "SWIFT inward remittance received",
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
                "Forex Department, Main Branch, Bidar",
                "Trade Finance Centre, Somajiguda, Hyderabad",
                "Centralised Trade Services Unit, Kalaburagi",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE - CREDIT ADVICE (EXPORT)",
                "Inward foreign remittance - advice of credit",
                "Credit advice - SWIFT MT103 inward",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Funds credited - IRM reported on EDPMS",
            "Status: Remittance realised and credited",
        ],
        "pending": ["On hold - remitter's KYC awaited from correspondent bank"],
        "failed": ["Sent back to remitting bank - account name does not match"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Value date (field 32A)", "Credit date", "Date of credit"],
        "pending": ["Date received", "Held since"],
        "failed": ["Date of return", "Returned to remitter on"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Remitter (field 50K)", "Overseas buyer"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Sender's bank (field 52A)", "Remitter's bank"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent bank (field 54A)", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary name (field 59)",
                    "In favour of (exporter)",
                    "Exporter credited",
                    "A/c holder (exporter)",
                ]
            ),
            me,
            merchant=me,
        )
        p.pair("Credit A/c", f"XXXXXXXX{digits(rng, 4)} (EEFC/CA)")
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
            rng.choice(["Instructed amount (field 33B)", "Inward amount (FCY)", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Details of charges (71A)", rng.choice(["BEN", "SHA", "OUR"]))
        p.pair("Exchange rate applied", f"1 {cur} = {rate} INR")
        inr = round(j.amount * rate, 2)
        p.pair("INR equivalent", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {chg:,.2f}")
        if status == "success":
            p.pair("Net INR credited", f"{inr - chg:,.2f}")

    parties_first = rng.random() < 0.6
    if parties_first:
        parties()
        sums()
    else:
        sums()
        p.add("rule")
        parties()
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"ABC/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("AWB No.", f"{rng.choice(['098', '176', '157', '125'])}-{digits(rng, 8)}")
        p.pair("AWB date", when(earlier(rng, j, 12, 80), rng.choice(WIRE_PATS)))
    p.pair("Mode of receipt", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("Sender's TRN (field 20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "Inward ref. No.", "Bank reference"]), ref, txn=(BANK_RANK, ref))
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
        "Match this remittance with its shipping documents on EDPMS within the period FEMA allows."
        if status == "success"
        else "Please contact the forex desk with the reference above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. emporium, karkhana, accounts desk


# the party, the way it paid, the unit (emporium, karkhana, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Rohan Kulkarni, Pune", "UPI", "emporium", "vase"),
    ("Hotel Sapna International, Udgir Road", "cheque", "emporium", "plates"),
    ("Kaveri Corporate Gifts LLP, Bengaluru", "NEFT", "mail", "mementos"),
    ("Ustad Rafiq Ahmed, Manhiyar Taleem", "cash", "karkhana", "castings"),
    ("Shahi Bidri House, Charminar, Hyderabad", "cheque", "karkhana", "castings"),
    ("Deccan Zinc Recyclers, Patancheru", "UPI", "karkhana", "dross"),
    ("Ms. Farah Siddiqui, Basava Nagar", "card", "emporium", "box"),
    ("Mr. David Fernandes, Panaji", "UPI", "mail", "vase"),
]
SALE_HEADS = {
    "emporium": ["TAX INVOICE - BIDRIWARE (HANDICRAFT)", "CASH MEMO - CHOWBARA ROAD EMPORIUM"],
    "castings": ["COUNTER RECEIPT - BIDRI CASTINGS (BLANKS)", "SALE MEMO - RAW CASTINGS (TRADE)"],
    "dross": ["RECEIPT - ZINC DROSS AND SKIMMINGS (BY WEIGHT)", "SCRAP SALE MEMO - FURNACE DROSS"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The emporium's TAX INVOICE - BIDRIWARE (HANDICRAFT) / CASH MEMO - CHOWBARA ROAD EMPORIUM to a Pune tourist, a
    Udgir Road hotel and a Basava Nagar buyer, the karkhana's COUNTER RECEIPT - BIDRI CASTINGS (BLANKS) / SALE MEMO
    - RAW CASTINGS (TRADE) to a Manhiyar Taleem ustad and a Charminar trader, and its RECEIPT - ZINC DROSS AND
    SKIMMINGS (BY WEIGHT) / SCRAP SALE MEMO - FURNACE DROSS to a Patancheru recycler buying the dross by the kilo
    (paper: the emporium, the karkhana or the company on top with its "A unit of" line, address and GSTIN; Tax
    invoice No. / Cash memo No. / Sale memo No. / Receipt serial No. / Scrap memo No. and Bill date / Date of sale /
    Memo date / Dt. in either order or on one row, then Purchaser / Party name / Billed to (customer), the pieces or
    kilos x rate, Less: Festive discount @ 10% on the emporium's, CGST and SGST @ 2.5% or @ 9% (IGST @ 5% on the
    Panaji buyer's), Add: TCS u/s 206C(1) @ 1% on the dross, Bill total / Total payable (incl. GST) / Order value,
    Cash received / Received in cash / Received through UPI (QR) / UPI amount received / Paid by card (swipe) / Card
    amount / Amount of cheque / Cheque received for, the sum in words under it, Mode of receipt / Payment mode, UPI
    txn ref. / UPI RRN No. / Approval No. / Auth ID, Cheque No. and bank, Date on cheque; RECEIVED WITH THANKS /
    PAID / PAID - PACKED WITH GI CERTIFICATE / PAID - CASTINGS COUNTED AND HANDED OVER / PAID - DROSS WEIGHED AND
    LIFTED BY BUYER / CHEQUE RECEIVED - GOODS ON REALISATION ONLY / CHEQUE RETURNED - ACCOUNT CLOSED, MEMO
    CANCELLED, the rubber stamp) and the accounts desk's Payment acknowledgement - thank you for your order e-mails
    (Payment receipt No. / Acknowledgement No., Received on / Payment date / Dated; a Bengaluru gifting firm's
    Advance amount received / Token advance received for logo mementos with the Balance payable on dispatch /
    Balance due and the UTR No. (NEFT) / NEFT ref., ADVANCE RECEIVED - MEMENTOS IN PRODUCTION; a Panaji buyer's vase
    by UPI, PAYMENT RECEIVED - PARCEL GOES BY SPEED POST)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = ""
    # the document's kind, its number's label and the number's head
    pick = rng.randrange(2)
    numbers = {
        "mail": [("Payment receipt No.", "ABC"), ("Acknowledgement No.", "ACK")],
        "emporium": [("Tax invoice No.", "TI"), ("Cash memo No.", "CM")],
        "castings": [("Receipt serial No.", "KR"), ("Sale memo No.", "SM")],
        "dross": [("Receipt serial No.", "KR"), ("Scrap memo No.", "SC")],
    }[unit if unit != "karkhana" else kind]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@aftabbidri.in>",
            [
                "Your payment has reached us - Aftab Bidri",
                "Payment acknowledgement - your order",
                "Receipt for your payment",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Bidriware - casting, inlay and emporium, Bidar  |  Accounts desk")
        p.add("center", "Payment acknowledgement - thank you for your order")
        p.add("rule")
        p.part = "body"
    else:
        name = {"emporium": EMPORIUM, "karkhana": KARKHANA}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - bidriware of Bidar",
            where[1],
            where[2],
            [SALE_HEADS["emporium" if unit == "emporium" else kind][pick]],
        )
    label, head = numbers[pick]
    rno = f"{head}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
    day_labels = (
        ["Received on", "Payment date", "Dated"]
        if unit == "mail"
        else ["Bill date", "Date of sale", "Dt."] + (["Memo date"] if "memo" in label else [])
    )
    if not j.no_ref and not j.no_day and unit != "mail" and rng.random() < 0.35:
        lab = label.replace(" No.", "")
        p.add(
            "pair",
            f"{lab} {rno}",
            f"Dt. {when_in(j, PATS_IN, rng)}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(label, rno, txn=(INVOICE_RANK, rno))

        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    wrap_pair(p, rng.choice(["Purchaser", "Party name", "Billed to (customer)"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "dross":
        kilos = rng.randrange(100, 560, 5)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(base))
    else:
        if kind == "castings":
            qty = rng.randrange(20, 140) if way == "cash" else rng.randrange(60, 400)
        elif kind == "plates":
            qty = rng.randrange(6, 24)
        elif kind == "mementos":
            qty = rng.randrange(40, 150)
        else:
            qty = rng.randrange(1, 3)
        shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 10 if hi < 1000 else 50))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "emporium" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Festive discount @ 10%", rs(off))
            base = round(base - off, 2)
    if "Panaji" in party:
        # a buyer in Goa: IGST on the whole
        whole = round(base * gst_rate / 100, 2)
        p.pair(f"IGST @ {gst_rate:g}%", rs(whole))
        bill = round(base + whole, 2)
    else:
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    if kind == "dross":
        tcs = round(bill * 0.01, 2)
        p.pair("Add: TCS u/s 206C(1) @ 1%", rs(tcs))
        bill = round(bill + tcs, 2)
    p.pair(rng.choice(["Order value"] if advance else ["Bill total", "Total payable (incl. GST)"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Amount of cheque", "Cheque received for"])
    elif advance:
        lab = rng.choice(["Advance amount received", "Token advance received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(
                ["Amount received via UPI"]
                if unit == "mail"
                else ["Received through UPI (QR)", "UPI amount received"]
            ),
            "card": rng.choice(["Paid by card (swipe)", "Card amount"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance payable on dispatch", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of receipt", "Payment mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Date on cheque", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI txn ref.", "UPI RRN No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:9]), "NEFT")
        p.pair(rng.choice(["UTR No. (NEFT)", "NEFT ref."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval No.", "Auth ID"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "dross":
        words.append("PAID - DROSS WEIGHED AND LIFTED BY BUYER")
    elif kind == "castings":
        words.append("PAID - CASTINGS COUNTED AND HANDED OVER")
    elif advance:
        words.append("ADVANCE RECEIVED - MEMENTOS IN PRODUCTION")
    elif unit == "mail":
        words.append("PAYMENT RECEIVED - PARCEL GOES BY SPEED POST")
    else:
        words.append("PAID - PACKED WITH GI CERTIFICATE")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - GOODS ON REALISATION ONLY",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED, MEMO CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "dross": "Dross sold as is where is, lifted by the buyer. TCS collected under section 206C(1).",
            "castings": "Castings counted before the buyer. Cheques are subject to realisation.",
        }.get(
            kind,
            "Genuine Bidar bidriware with its GI certificate. No exchange without this bill; wipe with a dry "
            "cloth only.",
        ),
    )
    if unit != "mail":
        right(p, f"For {name} - Authorised signatory")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "AFTAB BIDRI EMPORIUM" if unit == "emporium" else "AFTAB BIDRI KARKHANA",
            "CHOWBARA ROAD, BIDAR" if unit == "emporium" else "KIADB KOLHAR, BIDAR",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. zinc, copper, silver, chemicals, boxes


SUPPLIERS = [
    (
        "Deccan Zinc & Alloys Pvt Ltd",
        "Zinc ingots (SHG 99.995%) | Zinc alloys | Dross buying",
        "Plot 12, IDA Jeedimetla, Hyderabad - 500055, Telangana",
        "36",
        "DZA",
    ),
    (
        "Secunderabad Copper Traders",
        "Copper cathode, wire and strips | Brass rods",
        "Rashtrapati Road, Secunderabad - 500003, Telangana",
        "36",
        "SCT",
    ),
    (
        "Gulzar Houz Silver Wire Works",
        "Silver wire and sheet for inlay | Refining of lemel",
        "Gulzar Houz, Charminar, Hyderabad - 500002, Telangana",
        "36",
        "GHS",
    ),
    (
        "Solapur Chemicals & Abrasives",
        "Ammonium chloride (navsagar) | Buffing compounds",
        "MIDC Akkalkot Road, Solapur - 413006, Maharashtra",
        "27",
        "SCA",
    ),
    (
        "Kalaburagi Gift Box Makers",
        "Rigid gift boxes | Velvet inserts | Printed cartons",
        "Kapnoor Industrial Area, Kalaburagi - 585104, Karnataka",
        "29",
        "KGB",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "DZA": [
        ("Zinc ingot SHG 99.995%", "7901", "kg", 262, 298, 18, 400, 2600),
        ("Zinc alloy ingot - Zamak 3", "7901", "kg", 270, 312, 18, 200, 1200),
    ],
    "SCT": [
        ("Copper cathode pieces", "7403", "kg", 880, 985, 18, 30, 260),
        ("Bare copper wire 1.5 mm", "7408", "kg", 915, 1040, 18, 15, 120),
    ],
    "GHS": [
        ("Silver wire 0.4 mm - 99.9% (inlay)", "7106", "g", 168, 236, 3, 150, 1200),
        ("Silver sheet 0.2 mm - 99.9%", "7106", "g", 165, 232, 3, 80, 700),
    ],
    "SCA": [
        ("Ammonium chloride (navsagar) - technical", "2827", "kg", 42, 68, 18, 100, 800),
        ("Buffing compound bars - white", "3405", "kg", 180, 260, 18, 20, 150),
    ],
    "KGB": [
        ("Rigid gift box 8 x 6 in - velvet insert", "4819", "pcs", 58, 110, 5, 300, 3000),
        ("Printed outer carton - 5 ply", "4819", "pcs", 22, 45, 5, 200, 2000),
    ],
}
SUPPLY_ORDER = [2, 0, 1, 3, 4, 2, 0, 4]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "NEFT", "-", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Charminar silver wire works, the Jeedimetla zinc house, the Secunderabad copper trader, the Solapur
    chemical and abrasive dealer and the Kalaburagi gift box maker billing the company (paper: the supplier on top,
    its line, address and GSTIN; TAX INVOICE (ORIGINAL FOR BUYER) / GST INVOICE / TAX INVOICE CUM PAYMENT RECEIPT;
    the number and the day on one row (Invoice No. ... / Dated ...) on some, else Invoice No. / Bill No. / Tax
    invoice No. and Invoice date / Bill date / Dated in either order; Billed to / Name and address of buyer /
    Recipient the company, Consignee (ship to) / Delivery at the karkhana, Place of supply, E-way bill No., Vehicle
    No. or Dispatched by and Consignment note No., Buyer's PO; the ingots, cathode, wire, silver wire and sheet,
    ammonium chloride, buffing bars, gift boxes or cartons with HSN, kg, g or pcs x rate, Taxable value, CGST and
    SGST or IGST @ 3%, 5% or 18%, Round off, Invoice value; Less: Advance received against PO and Balance paid by
    NEFT / RTGS on some, Less: TDS @ 0.1% u/s 194Q (by buyer) and Net received by NEFT / RTGS on some, else Amount
    received by NEFT / RTGS / Paid through NEFT / RTGS / Amount credited via UPI / Settled by UPI with UTR ref. /
    Bank UTR / UPI txn ref. / UPI RRN No., or Cheque for / Paid by cheque with Cheque No.; PAID / FULLY PAID - THANK
    YOU / NO DUES - ACCOUNT CLEARED / PAID BY NEFT / RTGS / UPI / CHEQUE DEPOSITED - RECEIPT GOOD ONLY ON
    REALISATION / CHEQUE BOUNCED - PAYMENT STOPPED, PLEASE PAY AGAIN, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1)
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
        ["TAX INVOICE (ORIGINAL FOR BUYER)", "GST INVOICE", "TAX INVOICE CUM PAYMENT RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    if not j.no_ref and not j.no_day and rng.random() < 0.4:
        p.add(
            "pair",
            f"Invoice No. {inv}",
            f"Dated {when_in(j, PATS_IN, rng)}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
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
    ours_to(p, ["Billed to", "Name and address of buyer", "Recipient"])
    wrap_pair(p, rng.choice(["Consignee (ship to)", "Delivery at"]), f"{KARKHANA}, KIADB Kolhar, Bidar")
    p.pair("Place of supply", "Karnataka (29)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("DZA", "SCT", "GHS"):
        p.pair("Vehicle No.", f"TS-{rng.choice(['08', '09', '13'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        wrap_pair(
            p, "Dispatched by", rng.choice(["VRL Logistics", "Sri Basaveshwara Roadlines", "Own vehicle"])
        )
        p.pair("Consignment note No.", f"{rng.choice(['CN', 'VRL', 'SBR'])}{digits(rng, 7)}")
    p.pair("Buyer's PO", f"ABC/PO/{rng.randrange(100, 999)}")
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "29")
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
        p.pair("Less: Advance received against PO", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS @ 0.1% u/s 194Q (by buyer)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque for", "Paid by cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Amount credited via UPI", "Settled by UPI"])
        else:
            lab = rng.choice([f"Amount received by {way}", f"Paid through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI txn ref.", "UPI RRN No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR ref.", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "FULLY PAID - THANK YOU", "NO DUES - ACCOUNT CLEARED", f"PAID BY {way}"]
        ),
        "pending": "CHEQUE DEPOSITED - RECEIPT GOOD ONLY ON REALISATION",
        "failed": "CHEQUE BOUNCED - PAYMENT STOPPED, PLEASE PAY AGAIN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Goods once sold are not taken back. Interest @ 18% p.a. after 30 days. Subject to {town} "
        "jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Sri Basaveshwara Roadlines", "Freight - export cartons to Hyderabad air cargo", 6000, 42000),
    ("Chowbara Silver Polishers", "Buffing and lacquering job work - 600 pieces", 9000, 56000),
    ("Smt. Shaheen Begum", "Emporium rent - Chowbara Road", 45000, 120000),
    ("Fort City Security Services", "Watch and ward - karkhana and emporium", 28000, 72000),
    ("Naubad Foundry Engineers", "Crucible furnace relining and sand mould boxes", 14000, 88000),
    ("Gawan Offset Printers", "Catalogue, GI tag cards and price lists", 7000, 38000),
    ("Kolhar Electricals", "Exhaust fans and wiring - melting shed", 6000, 36000),
    ("Deccan Waste Care Services", "Spent flux and sludge lifted to the TSDF", 5000, 26000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/corp/payments/track"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/enquiry"),
    ("Canara Corporate Net Banking", "Canara Bank", "corporate.canarabank.bank.in/fundtransfer/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the silver polisher, the emporium's landlady, the security agency, the
    foundry engineers, the catalogue printer, the electrician and the waste lifter: corporate net banking's transfer
    pages (yono BUSINESS, HDFC Bank ENet, Canara Corporate Net Banking: the portal on top and the bank's line,
    Transfer summary / Payment enquiry; in three orders: the day and the status under the heading, both at the foot,
    or the status under the heading and the day at the foot: Executed on / Transfer date / Debit date / Created on /
    Submitted on / Rejected on / Refunded on; Done - credit confirmed by the beneficiary's bank / Status: Successful
    - UTR issued / Awaiting checker - not yet released to the bank / Rejected by beneficiary bank - invalid account,
    refunded to debit account; the references (UTR No. / NEFT/RTGS UTR No. / IMPS RRN and Reference No. (bank) /
    Core banking ref.) above or below the payee: Beneficiary name / Transfer to / Credit party / Beneficiary,
    Beneficiary nickname, Beneficiary A/c No. and IFSC, From account the company, Login ID, Transfer amount / Amount
    / Txn amount (INR), Transfer type / Payment type NEFT / RTGS / IMPS, Narration / Payment remarks, Maker /
    Checker, Balance after transfer on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payment enquiry', 'Single and bulk payments'])}"
    )
    p.add("center", rng.choice(["Transfer summary", "Payment enquiry"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Done - credit confirmed by the beneficiary's bank", "Status: Successful - UTR issued"],
        "pending": ["Awaiting checker - not yet released to the bank"],
        "failed": ["Rejected by beneficiary bank - invalid account, refunded to debit account"],
    }
    day_labels = {
        "success": ["Executed on", "Transfer date", "Debit date"],
        "pending": ["Created on", "Submitted on"],
        "failed": ["Rejected on", "Refunded on"],
    }[status]
    hour = rng.random() < 0.5
    # 0: the day and the status under the heading; 1: both at the foot; 2: the status on top, the day below
    plan = rng.randrange(3)
    if plan == 0:
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        p.add("rule")
    elif plan == 2:
        outcome_row(p, status, words)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", "NEFT/RTGS UTR No."]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Reference No. (bank)", "Core banking ref."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Transfer to", "Credit party", "Beneficiary"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "BDR")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Login ID", f"ABCPL.{rng.choice(['ACCTS', 'FIN', 'MD'])}{digits(rng, 2)}")
    p.pair(
        rng.choice(["Transfer amount", "Amount", "Txn amount (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Transfer type", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Payment remarks"]), note)
    p.pair("Maker / Checker", f"ABCACC1 / {'-' if status == 'pending' else 'ABCMD01'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Balance after transfer", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if plan == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    elif plan == 2:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    p.part = "foot"
    p.add("small", "A rejected transfer is refunded to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. casters, home inlayers, engravers


# payee, work, mohalla or village, kind
WORKERS = [
    ("Mohammed Rafiuddin", "Caster - sand moulding and pouring", "Manhiyar Taleem", "cast"),
    ("Shabana Begum", "Silver inlay (tarkashi) - home work", "Chowbara", "inlay"),
    ("Abdul Khader Siddiqui", "Engraver (naqqash) - designs on castings", "Shah Gunj", "engrave"),
    ("Sangappa Mallappa Biradar", "Buffing and blackening with mitti", "Kolhar", "finish"),
    ("Naseem Bano", "Silver inlay (tarkashi) - home work", "Nawadgeri", "inlay"),
    ("Shaikh Imran Pasha", "Engraver (naqqash) - designs on castings", "Aliabad", "engrave"),
    ("Ravi Kumar Swamy", "Caster - sand moulding and pouring", "Mailoor", "cast"),
    ("Yasmeen Sultana", "Silver inlay (tarkashi) - home work", "Kamthana", "inlay"),
]
WORK_FRAMES = ["paper", "paper", "razorpayx", "paper", "gpay", "razorpayx", "paper", "yono"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "cast": (
        ["CASTING WAGES - PER PIECE POURED", "DHALAI UJRAT PARCHI"],
        ["Caster's name", "Ujrat paid to (caster)"],
        "Pieces poured and fettled: {q} x {rate}",
        (9, 22),
        (200, 900),
        ["Net ujrat paid", "Amount paid to caster"],
    ),
    "inlay": (
        ["HOME INLAY WAGES - PER PIECE", "TARKASHI UJRAT PARCHI (GHAR KA KAAM)"],
        ["Artisan's name (inlay)", "Ujrat paid to (karigar)"],
        "Pieces inlaid (tarkashi): {q} x {rate}",
        (60, 240),
        (20, 110),
        ["Net ujrat paid", "Amount handed to karigar"],
    ),
    "engrave": (
        ["ENGRAVING WAGES - PER PIECE", "NAQQASHI UJRAT SLIP"],
        ["Engraver's name", "Wages paid to (naqqash)"],
        "Pieces engraved: {q} x {rate}",
        (35, 90),
        (60, 320),
        ["Net wages paid", "Amount paid to engraver"],
    ),
    "finish": (
        ["BUFFING AND BLACKENING WAGES - PER DOZEN", "KOOLI PAVATHI - POLISH AND MITTI"],
        ["Polisher's name", "Kooli paid to"],
        "Dozens buffed and blackened: {q} x {rate}",
        (70, 140),
        (20, 90),
        ["Net kooli paid", "Net amount paid"],
    ),
}


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top, the company's payout account under it; the sum large above the
    status or under it)."""
    j.amount = rupees(rng, 3200, 28000, 0.6)
    pid = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  Account - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - money credited to the contact", "Status: processed (UTR received)"],
        "pending": ["Queued - add funds to the RazorpayX balance to release"],
        "failed": ["Reversed - beneficiary bank rejected the payout"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Contact name", "Paid to (contact)"]), who, merchant=who)
    p.pair("Contact ID", f"cont_{code(rng, 14, MIXED)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Fund account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account (VPA)", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@cnrb")
    p.pair(rng.choice(["Mode", "Transfer mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Naqqashi - 340 pieces", "Engraving ujrat - week 18", "Vendor payout - engraving"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "UTR (bank)"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"ABC-NQ-{digits(rng, 6)}"
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
            "success": "The contact's bank has confirmed this credit.",
            "pending": "Queued payouts go out once the account balance is topped up.",
            "failed": "A reversed payout's amount is returned to the RazorpayX account balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its casters and engravers by the piece, its home inlayers by the piece inlaid and its
    polishers by the dozen: its printed CASTING WAGES - PER PIECE POURED / DHALAI UJRAT PARCHI / HOME INLAY WAGES -
    PER PIECE / TARKASHI UJRAT PARCHI (GHAR KA KAAM) / ENGRAVING WAGES - PER PIECE / NAQQASHI UJRAT SLIP / BUFFING
    AND BLACKENING WAGES - PER DOZEN / KOOLI PAVATHI - POLISH AND MITTI (the company on top with the karkhana's
    line, Caster's name / Ujrat paid to (caster) / Artisan's name (inlay) / Ujrat paid to (karigar) / Engraver's
    name / Wages paid to (naqqash) / Polisher's name / Kooli paid to, Kaam (work), Mohalla / village, Pehchan card
    No. (no fact), Ujrat slip No. / Slip serial No., Date / Ujrat date / Paid on, the pieces or dozens x rate, Add:
    Furnace shift allowance / Add: Friday work, Gross ujrat / Total ujrat, Less: Silver wire short returned - n g @
    rate / Less: Pieces spoiled - n @ rate / Less: Udhaar (advance) recovered, Net ujrat paid / Amount paid to
    caster / Amount handed to karigar / Net wages paid / Amount paid to engraver / Net kooli paid / Net amount paid,
    Mode Cash / UPI / IMPS, UPI txn ref. / IMPS RRN; PAID / PAID IN CASH / PAID - ENTERED IN UJRAT REGISTER / PAID -
    SILVER WEIGHED BACK AND TALLIED), RazorpayX payout pages for two engravers (RazorpayX on top and Payouts |
    Account - the company under it, the sum large above the status or under it, Contact name / Paid to (contact),
    Contact ID, Fund account / Fund account (VPA), Mode / Transfer mode, Purpose, Payout ID, UTR / UTR (bank),
    Reference ID, Processed at / Credited on / Queued at / Created at / Reversed at / Failed at; Processed - money
    credited to the contact / Status: processed (UTR received) / Queued - add funds to the RazorpayX balance to
    release / Reversed - beneficiary bank rejected the payout), a Google Pay screen (UPI transaction ID and Google
    transaction ID) and a YONO SBI screen (UTR No. and YONO ref. No.) paying two home inlayers (Sent to / Money sent
    to above the sum or under the status; Money sent - payment done / Sent - receiver's bank confirmed / Paid -
    transfer complete; Completed on / Transaction time)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=900, high=24000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "razorpayx":
        return razorpayx_page(rng, font, j, status, who, rs)
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 2400, 19000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Sent to", "Money sent to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Money sent - payment done",
                    "Sent - receiver's bank confirmed",
                    "Paid - transfer complete",
                ]
            },
        )
        if not pay_first:
            p.add("small", rng.choice(["Sent to", "Money sent to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okicici', 'oksbi', 'sbi', 'cnrb'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Completed on", "Transaction time"], hour=True)
        p.pair(
            rng.choice(["Note", "Remarks"]),
            rng.choice(["Tarkashi ujrat", "Inlay - 40 boxes", "Vases inlay - 25 pcs"]),
        )
        p.pair(
            rng.choice(["From", "Bank account"]),
            f"{'State Bank of India' if frame == 'yono' else 'Canara Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = own_id(rng, "Google Pay")
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UTR No.", j.ref, txn=(UTR_RANK, j.ref))
                own = own_id(rng, "YONO SBI")
                wrap_pair(p, "YONO ref. No.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", rng.choice(["View payment history", "Split this expense  |  Report"]))
        return p.done()
    where = UNITS["karkhana"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{KARKHANA} - {'home work' if kind == 'inlay' else 'piece work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    wrap_pair(p, "Kaam (work)", role)
    p.pair("Mohalla / village", mohalla)
    p.pair("Pehchan card No.", f"KA{digits(rng, 2)}{rng.choice(['B', 'C'])}{digits(rng, 6)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}U/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Ujrat slip No.", "Slip serial No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Ujrat date", "Paid on"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5 and kind != "inlay":
        extra = float(rng.choice([200, 350, 500, 750]))
        p.pair(rng.choice(["Add: Furnace shift allowance", "Add: Friday work"]), rs(extra))
        gross += extra
    p.pair(rng.choice(["Gross ujrat", "Total ujrat"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.6:
        if kind == "inlay":
            per = float(rng.randrange(170, 232))
            grams = rng.randrange(1, max(2, min(12, int(gross * 0.25 // per))))
            cut = grams * per
            p.pair(f"Less: Silver wire short returned - {grams} g @ {per:.2f}", rs(cut))
        else:
            bad = rng.randrange(2, 9)
            cut = bad * rate
            p.pair(f"Less: Pieces spoiled - {bad} @ {rate:.2f}", rs(cut))
    if gross - cut > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Udhaar (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI txn ref." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - SILVER WEIGHED BACK AND TALLIED" if kind == "inlay" else "PAID - ENTERED IN UJRAT REGISTER"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the karigar")
    return p.done()


# ---------------------------------------------------------------- 8. CMC Bidar, KSPCB, EPCH and the rest


FEE_FRAMES = ["property", "kspcb", "epch", "factory", "kiadb", "metrology", "ptax", "lwf"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a bidriware maker, its karkhana in the KIADB industrial area at Kolhar and its emporium on
    Chowbara Road: the City Municipal Council's property tax page (the Council on top and the Municipal Reforms Cell
    line, PID No., Name of khatedar, Ward / block, the Property tax for the year, Library cess @ 6%, Health cess @
    15% and Solid waste management cess, Less: Rebate @ 5% (paid in April) where paid then, Total paid / Net tax
    paid), the Karnataka State Pollution Control Board's consent fee through OCMMS (Name of the unit, Category,
    Consent order No., Consent for operation fee (water and air), Application processing fee, Total fee / Fee paid,
    OCMMS txn ID, Bank ref. No.), EPCH's membership renewal (EPCH on top and the Ministry of Textiles line, Member
    exporter, Membership code, RCMC No., Annual subscription, GST @ 18%, Total amount / Amount received, Payment ID,
    Receipt No.), the Department of Factories' licence renewal through e-Karmika (Name of factory, Factory licence
    No., Workers employed, HP installed, Licence renewal fee, Amount / Fee amount, Challan reference No.; Awaiting
    Khajane-II confirmation - receipt will follow, Submitted on / Challan generated on), KIADB's maintenance and
    water charges for the Kolhar plot (Name of allottee, Plot No., Amount due / Total payable; Payment not completed
    - bank declined, dues still outstanding, Attempted on / Date of attempt), Legal Metrology's verification fee
    (Name of user, the precision balances' and the platform scale's fees, Total fee / Verification fee paid,
    Khajane-II challan ref.), the Commercial Taxes Department's professional tax (Name of employer, PT enrolment No.
    (EC), PT registration No. (RC), Employees liable, PT on salaries (RC) for the month before, Professional tax -
    enrolment (EC) in April, Total amount / Amount remitted, CTD transaction ID, Bank ref. No.) and the Karnataka
    Labour Welfare Board's annual contribution (Name of establishment, Registration No., Employees on roll,
    Employees' share and Employer's share, Total contribution / Contribution paid, Transaction No., Receipt No.);
    the status under the authority's line or at the foot: Payment realised - e-receipt can be printed / Fee accepted
    - acknowledgement generated / Paid - remitted to Khajane-II / Amount received - challan realised; Mode of
    payment / Paid through, Payment date / Paid on / Date of remittance / Challan date."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = ["Payment realised - e-receipt can be printed", "Fee accepted - acknowledgement generated"]
    days = ["Payment date", "Paid on", "Date of remittance"]
    if frame in ("metrology", "ptax"):
        ok += ["Paid - remitted to Khajane-II", "Amount received - challan realised"]
        days += ["Challan date"]
    words = {"success": ok}
    day_labels = days
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "property":
        url = f"bidarcity.mrc.gov.in/ptms/receipt/{digits(rng, 9)}"
        name = rng.choice(["City Municipal Council, Bidar", "CITY MUNICIPAL COUNCIL, BIDAR"])
        line = "Municipal Reforms Cell, Government of Karnataka  |  Property tax (SAS)"
    elif frame == "kspcb":
        url = f"kspcb.karnataka.gov.in/ocmms/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(
            ["Karnataka State Pollution Control Board", "KARNATAKA STATE POLLUTION CONTROL BOARD"]
        )
        line = "Online Consent Management and Monitoring System (OCMMS)"
    elif frame == "epch":
        url = f"epch.in/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        line = "Under the Ministry of Textiles, Government of India  |  Membership renewal 2026-27"
    elif frame == "factory":
        url = f"ekarmika.karnataka.gov.in/factories/licence/renewal/{digits(rng, 8)}"
        name = rng.choice(
            [
                "Department of Factories, Boilers, Industrial Safety & Health, Karnataka",
                "DEPARTMENT OF FACTORIES, BOILERS, INDUSTRIAL SAFETY & HEALTH",
            ]
        )
        line = "e-Karmika - Labour Department, Government of Karnataka  |  Renewal of licence"
    elif frame == "kiadb":
        url = f"kiadb.karnataka.gov.in/online-payments/maintenance/{digits(rng, 8)}"
        name = rng.choice(["Karnataka Industrial Areas Development Board", "KIADB"])
        line = "Kolhar Industrial Area, Bidar  |  Maintenance and water charges"
    elif frame == "metrology":
        url = "legalmetrology.karnataka.gov.in/verification/e-payment/receipt"
        name = rng.choice(
            ["Legal Metrology Department, Karnataka", "Controller of Legal Metrology, Karnataka"]
        )
        line = "Food, Civil Supplies and Consumer Affairs Department  |  Verification fee"
    elif frame == "ptax":
        url = f"pt.kar.nic.in/employer/e-payment/receipt/{digits(rng, 9)}"
        name = rng.choice(
            ["Commercial Taxes Department, Karnataka", "COMMERCIAL TAXES DEPARTMENT, KARNATAKA"]
        )
        line = "Professional tax e-payment  |  Government of Karnataka"
    else:
        url = f"klwb.karnataka.gov.in/contribution/receipt/{digits(rng, 8)}"
        name = rng.choice(["Karnataka Labour Welfare Board", "KARNATAKA LABOUR WELFARE BOARD"])
        line = "Labour Department, Government of Karnataka  |  Annual contribution 2026"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("kiadb", "factory")
    if status_top:
        outcome_row(p, status, words)
    if frame == "property":
        p.pair("PID No.", f"{rng.randrange(1, 35)}-{rng.randrange(1, 99)}-{digits(rng, 4)}")
        wrap_pair(p, "Name of khatedar", f"{firm} - {EMPORIUM}")
        p.pair("Ward / block", f"Ward {rng.randrange(1, 35)} - Chowbara")
        tax = float(round(rng.uniform(9000, 32000)))
        heads = [
            ("Property tax 2026-27", tax),
            ("Library cess @ 6%", float(round(tax * 0.06))),
            ("Health cess @ 15%", float(round(tax * 0.15))),
            ("Solid waste management cess", float(rng.choice([600, 900, 1200]))),
        ]
        labels = ["Total paid", "Net tax paid"]
    elif frame == "kspcb":
        wrap_pair(p, "Name of the unit", f"{KARKHANA} ({firm})")
        wrap_pair(p, "Category", "Orange - metal casting and surface finishing")
        p.pair("Consent order No.", f"KSPCB/CFO/BDR/{digits(rng, 5)}")
        heads = [("Consent for operation fee (water and air)", float(rng.choice([6000, 9000, 12500])))]
        extra = float(rng.choice([0, 500, 1000]))
        if extra:
            heads.append(("Application processing fee", extra))
        labels = ["Total fee", "Fee paid"]
        refs = [("OCMMS txn ID", TXN_RANK, f"OC{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "epch":
        wrap_pair(p, "Member exporter", firm)
        p.pair("Membership code", f"EPCH/SR/{digits(rng, 5)}")
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        fee = float(rng.choice([7500, 10000, 12500]))
        heads = [("Annual subscription", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total amount", "Amount received"]
        refs = [
            ("Payment ID", TXN_RANK, f"EPCH{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"EPCH/RN/{digits(rng, 6)}"),
        ]
    elif frame == "factory":
        wrap_pair(p, "Name of factory", f"{KARKHANA} ({firm})")
        p.pair("Factory licence No.", f"BDR/{digits(rng, 5)}")
        p.pair("Workers employed", str(rng.randrange(25, 90)))
        p.pair("HP installed", f"{rng.randrange(30, 160)} HP")
        heads = [("Licence renewal fee", float(rng.choice([4500, 6000, 8500, 11000])))]
        labels = ["Amount", "Fee amount"]
        refs = [("Challan reference No.", TXN_RANK, f"KA{digits(rng, 14)}")]
        words = {"pending": ["Awaiting Khajane-II confirmation - receipt will follow"]}
        day_labels = ["Submitted on", "Challan generated on"]
    elif frame == "kiadb":
        wrap_pair(p, "Name of allottee", firm)
        p.pair("Plot No.", "41-B, Kolhar Industrial Area")
        heads = [
            ("Maintenance charges 2026-27", float(round(rng.uniform(8000, 26000), -1))),
            ("Water charges - quarter", float(rng.choice([1800, 2700, 3600]))),
        ]
        labels = ["Amount due", "Total payable"]
        refs = [("Transaction ref.", TXN_RANK, f"KIADB{digits(rng, 10)}")]
        words = {"failed": ["Payment not completed - bank declined, dues still outstanding"]}
        day_labels = ["Attempted on", "Date of attempt"]
    elif frame == "metrology":
        wrap_pair(p, "Name of user", f"{EMPORIUM} ({firm})")
        few = rng.randrange(2, 5)
        big = rng.randrange(1, 3)
        heads = [
            (f"Verification - precision balance (silver) x {few}", float(few * rng.choice([300, 450]))),
            (f"Verification - platform scale 300 kg x {big}", float(big * rng.choice([600, 800]))),
        ]
        labels = ["Total fee", "Verification fee paid"]
        refs = [("Khajane-II challan ref.", TXN_RANK, f"KA{digits(rng, 14)}")]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PT enrolment No. (EC)", f"EC{digits(rng, 11)}")
        p.pair("PT registration No. (RC)", f"RC{digits(rng, 11)}")
        staff = rng.randrange(12, 48)
        p.pair("Employees liable", str(staff))
        heads = [(f"PT on salaries (RC) - {j.month()}", float(staff * 200))]
        if j.date.month == 4:
            heads.append(("Professional tax - enrolment (EC) 2026-27", 2500.0))
        labels = ["Total amount", "Amount remitted"]
        refs = [
            ("CTD transaction ID", TXN_RANK, f"CTD{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Name of establishment", f"{firm} - {KARKHANA}")
        p.pair("Registration No.", f"KLWB/BDR/{digits(rng, 5)}")
        staff = rng.randrange(20, 80)
        p.pair("Employees on roll", str(staff))
        heads = [
            (f"Employees' share @ Rs 50 x {staff}", float(50 * staff)),
            (f"Employer's share @ Rs 100 x {staff}", float(100 * staff)),
        ]
        labels = ["Total contribution", "Contribution paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"LWF{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"KLWB/{digits(rng, 7)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    if frame == "property":
        if j.date.month == 4:
            rebate = float(round(heads[0][1] * 0.05))
            p.pair("Less: Rebate @ 5% (paid in April)", rs(rebate))
            total -= rebate
        refs = [("Payment ID", TXN_RANK, f"PT{digits(rng, 12)}")]
        refs.append(("Bank reference No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        refs.append(("Receipt No.", INVOICE_RANK, f"BDR/PT/{digits(rng, 7)}"))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "property": "Property tax paid in full in April earns a 5% rebate.",
        "kspcb": "Keep the consent order at the unit for inspection.",
        "epch": "The renewed RCMC is issued once the payment is reconciled.",
        "factory": "Do not pay again; the receipt updates once the treasury confirms the challan.",
        "kiadb": "If money was debited, your bank returns it within 5 to 7 working days.",
        "metrology": "Bring the balances to the Bidar verification camp with this receipt.",
        "ptax": "File the monthly return with this payment before the 20th.",
        "lwf": "The contribution for the calendar year is due by 15 January.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The United India Insurance Co. Ltd",
        "uiic.co.in",
        "Bharat Sookshma Udyam Suraksha - karkhana, furnace and metal stock",
        "browser",
        "stock",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Burglary - bidriware stock in the emporium, Chowbara Road",
        "mail",
        "burglary",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine export cargo - bidriware by air and sea",
        "paper",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - karkhana and emporium staff",
        "browser",
        "health",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Goods in transit - silver wire and sheet from Hyderabad",
        "mail",
        "goods",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Employees' compensation - casters, engravers and polishers",
        "browser",
        "ec",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Goods carrying vehicle - package policy, Bolero Pik-Up",
        "paper",
        "vehicle",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Public liability (non-industrial) - emporium visitors",
        "mail",
        "liability",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its karkhana, furnace and metal stock, the emporium's stock, its export cargo, its
    staff's health, the silver coming from Hyderabad, its workers under the Employees' Compensation Act, its pick-up
    and the visitors to the emporium: the insurers' premium receipts (browser, e-mail, printed at the branch: the
    insurer on top, the product line, RECEIPT FOR PREMIUM / Premium acknowledgement / PREMIUM PAYMENT RECEIPT
    (Premium transaction status / PAYMENT STATUS - PREMIUM on the failed one); the status under the heading on some,
    under the sum on the rest; Insured name / Name of insured / Proposer, Policy No. / Proposal No. / Quote ref.,
    Sum insured - building, furnace and metal stock / Sum insured - bidriware stock in emporium / Estimated annual
    export turnover / Members covered / Limit per consignment / IDV / Declared annual wages / Limit of indemnity
    (any one accident), Period of insurance from, Net premium or OD premium and Third party premium, an add-on
    (Earthquake (fire and shock), Riot, strike and malicious damage, War and SRCC, Maternity benefit, Loading and
    unloading extension, Zero depreciation, Medical expenses extension, Products liability extension), GST or IGST @
    18%, the sum: Total premium received / Premium paid (incl. GST) / Amount received / Cheque for / Amount of
    cheque / Premium due / Amount to be paid; Premium received - cover in force / Payment successful - policy copy
    e-mailed / CHEQUE RECEIVED - COVER ONLY AFTER CLEARANCE / Transaction failed - premium not received, policy not
    issued; Payment mode, Cheque No., Online payment ID / Transaction ref. No., UPI RRN / Bank transaction ref.,
    Receipt No. / Premium receipt ref., Date of receipt / Premium paid on / Payment date / Cheque received on /
    Attempted on / Transaction date)."""
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
            rng.choice(["Branch Office, Udgir Road, Bidar", "Divisional Office, Super Market, Kalaburagi"]),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium transaction status", "PAYMENT STATUS - PREMIUM"]
            if status == "failed"
            else ["RECEIPT FOR PREMIUM", "Premium acknowledgement", "PREMIUM PAYMENT RECEIPT"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium received - cover in force", "Payment successful - policy copy e-mailed"],
        "pending": ["CHEQUE RECEIVED - COVER ONLY AFTER CLEARANCE"],
        "failed": ["Transaction failed - premium not received, policy not issued"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Insured name", "Name of insured", "Proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['5', '2', '6'])}{digits(rng, 5)}/{digits(rng, 8)}/26")
    else:
        p.pair(rng.choice(["Proposal No.", "Quote ref."]), f"{rng.choice(['PR', 'QR'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        wrap_pair(p, "Sum insured - building, furnace and metal stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake (fire and shock)", round(insured * 0.00005, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        wrap_pair(p, "Sum insured - bidriware stock in emporium", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Riot, strike and malicious damage", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(12000000, 90000000, 500000))
        wrap_pair(p, "Estimated annual export turnover", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(18, 70)
        p.pair("Members covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3400, 5600), 2)
        addon = ("Maternity benefit", round(members * 460.0, 2))
    elif kind == "goods":
        limit = float(rng.randrange(300000, 2500000, 50000))
        p.pair("Limit per consignment", rs(limit))
        basic = round(limit * rng.uniform(0.003, 0.006), 2)
        addon = ("Loading and unloading extension", round(limit * 0.0004, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 820000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"KA-38-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("Third party premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(2500000, 12000000, 100000))
        p.pair("Declared annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Medical expenses extension", round(wages * 0.0004, 2))
    else:
        limit = float(rng.choice([2500000, 5000000, 10000000]))
        wrap_pair(p, "Limit of indemnity (any one accident)", rs(limit))
        basic = round(limit * rng.uniform(0.0008, 0.0016), 2)
        addon = ("Products liability extension", round(limit * 0.0001, 2))
    if not j.no_day:
        p.pair("Period of insurance from", f"{j.other_day(rng, 1, 8)} (1 year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair(f"{rng.choice(['GST', 'IGST'])} @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium received", "Premium paid (incl. GST)", "Amount received"],
        "pending": ["Cheque for", "Amount of cheque"],
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
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['OP', 'PAY', 'TX'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Online payment ID", "Transaction ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank transaction ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt ref."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Payment date"],
            "pending": ["Cheque received on", "Date of receipt"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to the realisation of the premium and to the policy's terms and conditions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("AFTAB BIDRI EMPORIUM", "CHOWBARA ROAD, BIDAR", "own"),
    ("SRI SAI FUEL STATION", "NH-65, HUMNABAD", "fuel"),
    ("AFTAB BIDRI CRAFTS", "KIADB KOLHAR, BIDAR KA", "own"),
    ("HOTEL MADHAPUR GRAND", "MADHAPUR, HYDERABAD", "hotel"),
    ("AFTAB BIDRI KARKHANA", "KOLHAR, BIDAR", "own"),
    ("GANDHI GUNJ HARDWARE & TOOLS", "GANDHI GUNJ, BIDAR", "shop"),
    ("AFTAB BIDRI EMPORIUM", "BIDAR 585401 KA", "own"),
    ("SHAHI DAWAT RESTAURANT", "UDGIR ROAD, BIDAR", "food"),
]
TERMINALS = [
    "CANARA BANK",
    "INDIANOIL",
    "STATE BANK OF INDIA",
    "HDFC BANK",
    "KARNATAKA BANK",
    "PAYTM",
    "ICICI BANK",
    "BHARATPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists', gifting buyers' and traders' cards on the emporium's, the company's and the karkhana's terminals,
    and the company's card at a filling station on NH-65, a Hyderabad hotel in the crafts fair week, a Gandhi Gunj
    hardware shop and an Udgir Road restaurant: terminal slips (monospace: the terminal's bank or brand on top on
    some, the counter's name and place in capitals; DATE: and TIME: / DT: and TM: / DATE & TIME: at the top or under
    the sum; MID:, TID:, BATCH:, TRACE NO:, INVOICE NO: / BILL NO: / INV:, SALE / CONTACTLESS SALE / CARD SALE, CARD
    NO:, CARD TYPE:, a fuel sale's PRODUCT:, PRICE/LTR:, VOLUME(L):, NOZZLE NO:, VEHICLE NO: and XTRAREWARDS PTS:, a
    hotel's GRC NO: and ROOM:, a restaurant's TABLE NO: and CAPTAIN:, a shop's CUST MOB:, APPR CODE: / AUTH NO: /
    AUTH:, RRN NO.: / RRN: / REF:, AMOUNT: / TOTAL AMOUNT: / AMT: / SALE AMT: / TXN AMOUNT:, the sum above or below
    the card; APPROVED / APPROVED - THANK YOU FOR SHOPPING / SALE COMPLETED - PIN OK / DECLINED (51) - NOT
    SUFFICIENT FUNDS / TIMED OUT - CHECK WITH ISSUER BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=1800, high=120000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 18800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 600, 14000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 320, 3400, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d%b%y", "%d.%m.%Y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.4:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif pick < 0.7:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CARD SALE"] if j.amount <= 5000 else ["SALE", "CARD SALE"]),
    )
    lab = rng.choice(["AMOUNT:", "TOTAL AMOUNT:", "AMT:", "SALE AMT:", "TXN AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(88.4, 104.6), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRAPREMIUM"]))
        p.pair("PRICE/LTR:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"KA38{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("GRC NO:", f"G{digits(rng, 6)}")
        p.pair("ROOM:", str(rng.randrange(101, 520)))
    elif kind == "food":
        p.pair("TABLE NO:", str(rng.randrange(1, 30)))
        p.pair("CAPTAIN:", rng.choice(["SALEEM", "RAJU", "MANJU", "IRFAN"]))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:", "AUTH:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO.:", "RRN:", "REF:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "APPROVED - THANK YOU FOR SHOPPING", "SALE COMPLETED - PIN OK"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED (51) - NOT SUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TIMED OUT - CHECK WITH ISSUER BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("GESCOM", "Gulbarga Electricity Supply Company Ltd", "RR No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "Consumer No."),
]
BILL_APPS = ["GESCOM", "Canara ai1", "Google Pay", "GESCOM", "Amazon Pay", "CRED", "Navi", "Canara ai1"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's, the emporium's and the office's electricity (GESCOM), the office fibre (BSNL Bharat Fibre),
    the sales manager's postpaid phone (Airtel), the emporium's DTH (Tata Play) and the melting shed's commercial
    cooking gas (Indane) through Bharat Connect in Canara ai1 and other apps (Google Pay, Amazon Pay, CRED, Navi:
    the app on top, the sum large above or below the status, Payee biller / Bill paid for / Biller as printed, RR
    No. / Telephone No. / Mobile No. / Subscriber ID / Consumer No., Name on bill / Bill in the name of, Billing
    cycle, Due date and Payable with late fee on some power, fibre and postpaid bills, Paid using Current A/c or
    UPI, Bharat Connect ref. No. / BBPS ref. ID / BBPS txn ID, UPI RRN, Transaction ID on the failed one, Paid on /
    Payment date & time / Bill paid on / Date & time (the latter alone on one not paid); Bill paid - biller has
    updated your account / Paid - biller has acknowledged / Biller yet to confirm - please do not pay again /
    Payment failed - refund will reach your account in 5 working days) and GESCOM's own online payment receipt
    (GESCOM, Gulbarga Electricity Supply Company Ltd or its capitals on top with its "A Government of Karnataka
    undertaking" line, RR No., O&M sub-division, Name of consumer, Bill generated on, Bill amount, Amount paid /
    Amount collected, Payment channel, Transaction No., Receipt No., Payment date / Date of payment, the status at
    the foot: Payment received - RR account updated / Receipt generated - thank you for paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=6000, high=92000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 449, 2499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 280, 1290, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1800, 9600, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "RR No.": f"{rng.choice(['BDR', 'BU', 'KLR'])}{rng.randrange(1, 9)}{digits(rng, 6)}",
        "Telephone No.": f"08482-{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Consumer No.": f"{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "GESCOM":
        p = browser_page(rng, font, "gescom.karnataka.gov.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Karnataka undertaking  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("O&M sub-division", rng.choice(["Bidar Urban-1", "Kolhar (Industrial)", "Bidar Urban-2"]))
        wrap_pair(
            p, "Name of consumer", rng.choice([COMPANY_CAPS, COMPANY, KARKHANA.upper(), EMPORIUM.upper()])
        )
        if not j.no_day:
            p.pair("Bill generated on", j.other_day(rng, -24, -7))
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Amount collected"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment channel", way, method=way_method(way))
        if not j.no_ref:
            tid = f"GES{digits(rng, 13)}"
            p.pair("Transaction No.", tid, txn=(TXN_RANK, tid))
            rno = f"GR{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment received - RR account updated",
                    "Receipt generated - thank you for paying online",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Payments made after 8 pm are posted to the RR account on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid - biller has updated your account", "Paid - biller has acknowledged"],
        "pending": ["Biller yet to confirm - please do not pay again"],
        "failed": ["Payment failed - refund will reach your account in 5 working days"],
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
    wrap_pair(p, rng.choice(["Payee biller", "Bill paid for", "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Name on bill", "Bill in the name of"]),
        rng.choice([COMPANY_CAPS, KARKHANA.upper(), EMPORIUM.upper()]),
    )
    if which in (0, 1, 2) and not j.no_day and rng.random() < 0.7:
        start, end = earlier(rng, j, 35, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Billing cycle", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Payable with late fee", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "Canara ai1" else "UPI"
    p.pair(
        "Paid using",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Google Pay": "GP",
                "Amazon Pay": "AM",
                "CRED": "CR",
                "Navi": "NV",
            }.get(app, "CB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. No.", "BBPS ref. ID", "BBPS txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Bill paid on", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "DECCAN ZINC & ALLOYS",
    "",
    "SRI BASAVESHWARA ROA",
    "GULZAR HOUZ SILVER W",
    "",
    "NASEEM BANO",
    "SECUNDERABAD COPPER",
    "FORT CITY SECURITY S",
]
MAIL_PAYEES = [
    "Chowbara Silver Polishers",
    "Smt. Shaheen Begum",
    "Naubad Foundry Engineers",
    "Solapur Chemicals & Abrasives",
]
SENDERS = {
    "Canara Bank": "VM-CANBNK",
    "Karnataka Grameena Bank": "AD-KGBANK",
    "Bidar District Central Co-operative Bank": "JM-BDCCBK",
    "HDFC Bank": "VM-HDFCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-CANBNK / AD-KGBANK
    / JM-BDCCBK / VM-HDFCBK, the day divider, each bank's own wording: Canara Bank's "An amount of INR x has been
    DEBITED to your account XXX1234 on <day> towards <way> to <payee>.", Karnataka Grameena Bank's "Rs.x debited
    from your A/c XX1234 on <day> for <way> transfer to <payee>.", the Bidar District Central Co-operative Bank's
    "BDCCB: SB/CA ..1234 debited Rs x on <day> via <way>. Bene: <payee>.", HDFC Bank's UPI "Sent Rs.x From HDFC Bank
    A/C *1234 To <payee> On <day> Ref <ref>"; a transfer that "could not be completed; amount reversed to your A/c."
    and one that "is under process at the beneficiary bank; please do not repeat it.", the Total Avail.bal / Bal /
    Avl bal line) and two e-mail debit alerts (State Bank of India, ICICI Bank: Transaction amount / Amount
    transferred, Transferred to / Paid to beneficiary / Beneficiary name, Value date / Transaction date / Date of
    debit, Debited account, Channel, UTR No. / IMPS RRN, Available balance; Transaction status: Debit successful -
    funds transferred / Status: Amount debited - funds sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=9000, high=340000)
    if k == 5:
        j.amount = rupees(rng, 1800, 12000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 28000, 72000)
    elif k == 2:
        j.amount = rupees(rng, 8000, 42000)
    if k in (1, 4):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["State Bank of India", "ICICI Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer", "Transaction alert for your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited for the transfer below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Transferred to", "Paid to beneficiary", "Beneficiary name"]
        if sum_first:
            p.pair(rng.choice(["Transaction amount", "Amount transferred"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Transaction amount", "Amount transferred"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Value date", "Transaction date", "Date of debit"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.pair("Debited account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(
                [
                    "Transaction status: Debit successful - funds transferred",
                    "Status: Amount debited - funds sent",
                ]
            ),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small", "If you did not make this transfer, call the bank's helpline or block net banking now."
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 5:
        way = "UPI"
    elif k == 2:
        way = "NEFT"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # HDFC Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Canara Bank",
        2: "Bidar District Central Co-operative Bank",
        5: "HDFC Bank",
        7: "Karnataka Grameena Bank",
    }.get(
        k,
        rng.choice(["Canara Bank", "Karnataka Grameena Bank", "Bidar District Central Co-operative Bank"]),
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d.%m.%Y", "%d-%b-%Y", "%d/%m/%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 3000000)
    if status == "success":
        if bank == "HDFC Bank":
            p.add("left", f"Sent Rs.{amt}", amount=j.amount)
            p.add("left", f"From HDFC Bank A/C *{tail}")
            p.add("left", f"To {to}", merchant=to, method=method)
            if day:
                p.add("left", f"On {day}")
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been DEBITED to", amount=j.amount)
            p.add("left", f"your account XXX{tail}{on}")
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        elif bank == "Karnataka Grameena Bank":
            p.add("left", f"Rs.{amt} debited from your A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"BDCCB: SB/CA ..{tail} debited Rs {amt}{on}", amount=j.amount)
            p.add("left", f"via {way}. Bene: {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed; amount reversed to your A/c.",
            "pending": "is under process at the beneficiary bank; please do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "HDFC Bank":
            p.add("left", f"Ref {ref}", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS RRN", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab}: {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "HDFC Bank":
            p.add("small", "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808", status="success")
        else:
            balance = {
                "Canara Bank": f"Total Avail.bal INR {bal:,.2f}",
                "Karnataka Grameena Bank": f"Bal Rs.{bal:,.2f}",
            }.get(bank, f"Avl bal Rs {bal:,.2f}")
            p.add("left", balance, status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank or visit the branch", "Never share OTP, PIN or CVV"]
                ),
            )
    p.add(
        "small",
        {
            "Canara Bank": "- Canara Bank",
            "Karnataka Grameena Bank": "-KaGB",
            "HDFC Bank": "-HDFC Bank",
        }.get(bank, "-BDCC Bank"),
    )
    return p.done()


compose = compose158

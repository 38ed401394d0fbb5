"""The twelve heldout243 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Ludhiana bicycle and cycle-parts maker's day in 2026 in Ludhiana, Punjab
(Sidhwan Cycle Industries Pvt Ltd, its frame and fork works in Focal Point Phase V, Sidhwan Frame & Fork
Works, where the ERW tubes are cut, mitred, brazed, phosphated and powder coated into frames and forks, its
rim and spoke unit on Kanganwal Road, Sidhwan Rim & Spoke Unit, where the rims are rolled and plated, the
spokes cut, threaded and headed and the wheels laced and trued, with brake shoes and bells assembled by home
workers in Giaspura, Jodhewal and Sahnewal, and its city showroom in Ghumar Mandi, Sidhwan Cycle Gallery,
where the families, the schools, the clubs and the riders buy), told by the proofs of payment it receives and
makes: riders', parents' and clubs' UPI screens and the showroom's CCAvenue and BillDesk pages, the Patna,
Guwahati, Nagpur, Bhubaneswar, Kolkata, Varanasi and Raipur dealers' and the Canteen Stores Department's
payment advices, cycle importers' inward wires from Dubai, Jeddah, Singapore, Zurich, Malmo, Wroclaw, Kuala
Lumpur and Nairobi in dirhams, riyals, Singapore dollars, Swiss francs, Swedish kronor, zloty, ringgit and US
dollars (francs with apostrophes between the thousands, kronor and zloty with spaces and a decimal comma on
some), its own retail invoices, cash bills and counter receipts, the spokes sold by the gross and the rims by
the piece to repair shops, the MS tube offcuts sold by the kilo to a re-roller, the ERW tube, HB wire, chain
and freewheel, saddle and grip and powder coating suppliers' tax invoices, the corporate net-banking transfers
to the transporter, the chrome plater, the showroom's landlady, the security agency, the tool room, the
catalogue printer, the electrician and the hazardous waste lifter, the brazers', home workers', wheel
builders', painters' and fitters' wage slips and their PayU payouts, PhonePe and iMobile Pay payments,
Municipal Corporation Ludhiana's, the Punjab Pollution Control Board's, EEPC India's, the Directorate of
Factories', PSIEC's, Legal Metrology's, the Fire and Emergency Services' and the Transport Department's fee
pages, the insurers' premium receipts, card terminal slips, PSPCL's power and the fibre, postpaid, DTH and
cooking gas bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines,
bills listed on an advice, vendor code, PO, GRN, supply order, CRV, token, property UID, plot, licence, CTO
letter, membership, RCMC, application, registration, policy, quote, account, user, VC, LPG and beneficiary
code numbers, pieces, gross, kilos, hundreds, rates, shortages, transit damages, credit notes, prompt payment
discounts, GST-TDS and TDS, TCS, advances, kharchi recoveries, rejected pieces, rebates, cess, GST lines,
rupee values on the wires, conversion rates, intermediary banks, sums insured, limits, turnovers, wages and
lives declared, balances, due days, bill days, bill periods, tax paid upto days, cover from days, shipping
bill days, GSTIN, IFSC, UETR, sender's references, merchant and terminal IDs, batch and STAN numbers, folio
and table numbers, initiators and approvers and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as
heldout238's and heldout239's).
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
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
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Sidhwan Cycle Industries Pvt Ltd"
COMPANY_CAPS = "SIDHWAN CYCLE INDUSTRIES PVT LTD"
SHORT = "Sidhwan Cycles"
FRAMES = "Sidhwan Frame & Fork Works"
WHEELS = "Sidhwan Rim & Spoke Unit"
SHOWROOM = "Sidhwan Cycle Gallery"
# unit, address, GST state code
UNITS = {
    "frames": (
        "Frame and fork works",
        "B-27, Focal Point Phase V, Ludhiana - 141010, Punjab",
        "03",
    ),
    "wheels": (
        "Rim and spoke unit",
        "Plot 142, Kanganwal Road, Industrial Area-C, Ludhiana - 141003, Punjab",
        "03",
    ),
    "showroom": ("City showroom", "SCO 18, Ghumar Mandi, Civil Lines, Ludhiana - 141001, Punjab", "03"),
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
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%y", "%B {d}, %Y"]
BANKS = [
    "Punjab & Sind Bank",
    "State Bank of India",
    "Punjab National Bank",
    "Capital Small Finance Bank",
    "AU Small Finance Bank",
    "Kotak Mahindra Bank",
    "Axis Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Bank of India",
    "Satluj Urban Co-operative Bank",
]
IFSC = {
    "Punjab & Sind Bank": "PSIB",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Capital Small Finance Bank": "CLBL",
    "AU Small Finance Bank": "AUBL",
    "Kotak Mahindra Bank": "KKBK",
    "Axis Bank": "UTIB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Bank of India": "BKID",
    "Satluj Urban Co-operative Bank": "SUCB",
}
DOMAINS = {
    "Punjab & Sind Bank": "punjabandsindbank.co.in",
    "State Bank of India": "sbi.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "Capital Small Finance Bank": "capitalbank.co.in",
    "AU Small Finance Bank": "aubank.in",
    "Kotak Mahindra Bank": "kotak.com",
    "Axis Bank": "axisbank.com",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Bank of India": "bankofindia.co.in",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "mtb": ("MTB 27.5in - 21 speed, dual disc, alloy frame", "pc", 14500, 36000, 5),
    "ladies": ("Ladies' cycle 26in - with basket and carrier", "pc", 5600, 8200, 5),
    "kids": ("Kids' cycle 16in - with training wheels", "pc", 4200, 7600, 5),
    "spokes": ("Spokes 14G x 290 mm with nipples - zinc plated", "gross", 380, 720, 5),
    "rims": ("Steel rim 26 x 1-3/8 - 36 holes, chrome", "pc", 155, 260, 5),
    "scrap": ("MS tube offcuts and cuttings - HMS (HSN 7204)", "kg", 28, 41, 18),
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
    """The company as the other party on a supplier's paper (Details of receiver: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PSIB")
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
    return f"AAK{rng.choice('CF')}S{digits(rng, 4)}{rng.choice(UPPER)}"


# ---------------------------------------------------------------- 1. riders, parents, clubs: UPI, pay pages


SHOP_APPS = ["PSB UnIC", "BHIM", "CCAvenue", "Paytm", "PhonePe", "slice", "BillDesk", "Freecharge"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Service + new tyres",
        "Spokes 2 gross",
        "Kids cycle 16 inch",
        "Ladies cycle with basket",
        "Cycle for school",
    ],
    [
        "MTB for Gurpreet",
        "Club order - 4 MTBs",
        "Gear cycle advance",
        "2 MTBs for the boys",
        "Cycles for school",
    ],
)
PAYERS_UPI = [
    "Gurpreet Singh Dhillon",
    "Neha Arora",
    "Ludhiana Pedallers Club",
    "Harpreet Kaur Sidhu",
    "Aman Bansal",
    "Raman Cycle Works",
    "Jaspreet Gill",
    "Vikram Thapar",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Chandigarh Riders Collective", "Advance - 4 MTBs 27.5in, club order", 20000, 60000),
    ("Mr. Kunal Sood, Jalandhar", "MTB 29in 24 speed - size M, with stand", 18000, 42000),
    ("Sacred Heart School, Sarabha Nagar", "Advance - 20 ladies' cycles 24in for students", 30000, 80000),
    ("Ms. Simran Ahluwalia, Amritsar", "Kids' cycle 20in with gears - gift wrapped", 6500, 14000),
]
SHOP_UPI_LABELS = {
    "PSB UnIC": ["UPI Ref. No.", "UTR No."],
    "BHIM": ["UPI transaction No.", "Ref No. (RRN)"],
    "Paytm": ["UPI Ref. No.", "UPI Reference Number"],
    "PhonePe": ["UTR", "UTR No."],
    "slice": ["UPI RRN", "Bank ref. no."],
    "Freecharge": ["UPI transaction ref.", "RRN"],
}
OWN_IDS = {
    "PSB UnIC": ("PSB txn No.", "PSB{d}"),
    "BHIM": ("BHIM txn ID", "BHM{d}"),
    "Paytm": ("Paytm txn ID", "{d}"),
    "PhonePe": ("Transaction ID", "T{d}"),
    "slice": ("slice txn ID", "SLC{d}"),
    "Freecharge": ("Freecharge txn ID", "FC{d}"),
}


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's CCAvenue or BillDesk page after a buyer paid (the payee on top, the status and the sum
    in either order, the day under them or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, COMPANY, SHORT, SHOWROOM.upper()])
    url = (
        f"secure.ccavenue.com/transaction/receipt/{code(rng, 14, ALNUM)}"
        if app == "CCAvenue"
        else f"payments.billdesk.com/pg/txn/receipt/{code(rng, 16, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Bicycles, parts and accessories - Ludhiana", "SCO 18, Ghumar Mandi, Civil Lines, Ludhiana"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - your order is confirmed",
            "Transaction successful - receipt e-mailed",
            "Paid - cycle ready for pickup at Ghumar Mandi",
        ]
    }
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    day_first = rng.random() < 0.5
    labels = ["Date of transaction", "Transaction completed on", "Payment date & time"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Ordered by", "Buyer name", "Customer name"]), who)
    wrap_pair(p, rng.choice(["Item", "Purchase"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
    }[way]
    p.pair(rng.choice(["Payment method", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "CCAvenue":
            pid = digits(rng, 12)
            p.pair("CCAvenue tracking ID", pid, txn=(TXN_RANK, pid))
            oid = f"SCG{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("BillDesk txn ID", pid, txn=(TXN_RANK, pid))
            oid = f"SCI-{digits(rng, 4)}-{code(rng, 4, UPPER)}"
            p.pair("Merchant ref. No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair(
                "Bank ref. No. (UPI RRN)" if app == "CCAvenue" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref)
            )
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Approval No." if app == "CCAvenue" else "Authorisation code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(
                "Bank ref. No." if app == "CCAvenue" else "Bank reference No.", bref, txn=(BANK_RANK, bref)
            )
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Payment processed by CCAvenue (Infibeam Avenues Ltd)"
        if app == "CCAvenue"
        else "Payments by BillDesk (IndiaIdeas.com Ltd)",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Riders, parents, schools and clubs paying the showroom or the company: six UPI app screens (PSB UnIC,
    BHIM, Paytm, PhonePe, slice, Freecharge: the status, the sum and the payee block in one of four orders;
    the showroom, its capitals, the company's capitals or its short name under Payment made to / Credited to /
    Transferred to merchant / Amount sent to / Paying / Sending money to, its UPI ID, a Verified name / Name
    registered with bank line on some, the sum large; Paid at / Payment time / Date of payment / Sent at /
    Initiated at first under the rule or after the references, Message / Note / Purpose, Sent by (the payer),
    Paid from / Debit account, UPI Ref. No. / UTR No. / UPI transaction No. / Ref No. (RRN) / UPI Reference
    Number / UTR / UPI RRN / Bank ref. no. / UPI transaction ref. / RRN, the app's own PSB txn No. / BHIM txn
    ID / Paytm txn ID / Transaction ID / slice txn ID / Freecharge txn ID on some; Payment received by
    merchant / Sent successfully - shop notified / Done - money credited to the shop / Processing - your bank
    is yet to confirm, don't pay twice / Failed - UPI daily limit exceeded at your bank) and the showroom's
    two payment pages (CCAvenue, BillDesk: the showroom or the company on top, the status and the sum large in
    either order, Date of transaction / Transaction completed on / Payment date & time under them or at the
    foot, Ordered by / Buyer name / Customer name, Item / Purchase, Payment method / Paid via UPI, card or net
    banking, CCAvenue tracking ID / BillDesk txn ID, Order No. / Merchant ref. No., Bank ref. No. (UPI RRN) /
    UPI RRN, Approval No. / Authorisation code or Bank ref. No. / Bank reference No.; Payment received - your
    order is confirmed / Transaction successful - receipt e-mailed / Paid - cycle ready for pickup at Ghumar
    Mandi)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=850, high=82000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("CCAvenue", "BillDesk"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"sidhwancycles{rng.choice(['', '.ldh', '1'])}@{rng.choice(['psb', 'sbi', 'kotak', 'axisbank'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment received by merchant",
            "Sent successfully - shop notified",
            "Done - money credited to the shop",
        ],
        "pending": ["Processing - your bank is yet to confirm, don't pay twice"],
        "failed": ["Failed - UPI daily limit exceeded at your bank"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Payment made to", "Credited to", "Transferred to merchant", "Amount sent to"]
                if status == "success"
                else ["Paying", "Sending money to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Verified name', 'Name registered with bank'])}: {COMPANY_CAPS}")

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
    day_labels = (
        ["Paid at", "Payment time", "Date of payment", "Sent at"]
        if status == "success"
        else ["Initiated at", "Date of payment"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Message", "Note", "Purpose"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.6:
        p.pair("Sent by", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"PSB UnIC": "Punjab & Sind Bank"}.get(app) or rng.choice(BANKS[:7])
    p.pair(rng.choice(["Paid from", "Debit account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            if app == "PhonePe":
                own = pattern.format(d=f"{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}")
            elif app == "Paytm":
                own = pattern.format(d=digits(rng, 20))
            else:
                own = pattern.format(d=digits(rng, 12))
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI | NPCI", "Raise a complaint about this payment", "Share screenshot"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. dealers' and CSD's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Gandhi Maidan Cycle Stores Pvt Ltd",
        "accounts@gandhimaidancycles.in",
        "Exhibition Road, Patna",
        "cycle",
        "portal",
    ),
    ("Fancy Bazar Cycle Agency", "fancybazarcycle@gmail.com", "Fancy Bazar, Guwahati", "cycle", "mail"),
    (
        "Canteen Stores Department",
        "bills.payment@csdindia.gov.in",
        "Adelphi, Churchgate, Mumbai",
        "cycle",
        "paper",
    ),
    ("Sitabuldi Cycle Mart", "payments@sitabuldicyclemart.in", "Sitabuldi, Nagpur", "mtb", "paper"),
    (
        "Kalinga Bicycle Distributors LLP",
        "finance@kalingabicycles.in",
        "Cuttack Road, Bhubaneswar",
        "mtb",
        "mail",
    ),
    (
        "Canning Street Cycle Parts Co.",
        "ap@canningcycleparts.in",
        "Canning Street, Kolkata",
        "parts",
        "portal",
    ),
    ("Kashi Cycle Bhandar", "kashicyclebhandar@gmail.com", "Chowk, Varanasi", "parts", "mail"),
    ("Pandri Cycle Emporium Pvt Ltd", "accounts@pandricycles.in", "Pandri, Raipur", "cycle", "portal"),
]
DEALER_GOODS = {
    "cycle": ("pcs", 4300, 7400),
    "mtb": ("pcs", 9800, 24000),
    "parts": ("gross", 360, 690),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cycle dealers in Patna, Guwahati, Nagpur, Bhubaneswar, Kolkata, Varanasi and Raipur and the Canteen
    Stores Department paying for the cycles, MTBs, spokes and rims the firm sent them: a payment e-mail, a
    printed VENDOR PAYMENT ADVICE - CYCLES & PARTS / Remittance advice - payment to vendor / STATEMENT OF
    PAYMENT TO SUPPLIER and a vendor portal page (the payer on top with its desk line; Vendor code, PO No. and
    GRN No. (the Department's Supply order No. and CRV No.) first, then Vendor name / Paid to (vendor) /
    Remitted to / Beneficiary (vendor) / Amount credited to vendor the company, on top of the body or at the
    head of the payment block; the bills with their pieces or gross and sums, Total of invoices / Gross bill
    amount, Less: TDS u/s 194Q @ 0.1% (the Department's Less: TDS under GST @ 2% (IGST)), Less: Shortage on
    receipt - n pcs / Less: Transit damage - n pcs / Less: Credit note - price support n @ rate / Less: Prompt
    payment discount @ 2% on some, above or below the payment block: Net paid / Net amount remitted / Amount
    transferred (net) (Amount on hold on the hold, Amount returned by bank / Payment returned on the return),
    Mode of payment / Paid by NEFT / RTGS / IMPS, Vendor bank A/c, UTR No. (NEFT) / NEFT ref. No. / RTGS UTR /
    UTR No. (RTGS) / IMPS ref. No., Payment voucher No. / Advice ref. / Document No., Paid on / Value date /
    Date of payment / On hold since / Advice date / Date returned / Returned on; Status: Paid - credited to
    vendor account / Payment sent to your bank account / On hold - goods received note not yet approved by
    stores / Returned - beneficiary account is dormant, update bank details)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    buyer, mail, desk, kind, frame = PAYERS[k]
    csd = buyer.startswith("Canteen")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} {buyer.split()[1]} Accounts <{mail}>",
            [
                "Payment sent - Sidhwan Cycles",
                "Remittance advice for your bills",
                f"Funds remitted to {SHORT}",
            ]
            if status == "success"
            else ["Remittance advice for your bills", "About your payment - Sidhwan Cycles"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts Payable', 'Bills Passing Section', 'Purchase - Bicycles & Parts'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "VENDOR PAYMENT ADVICE - CYCLES & PARTS",
                "Remittance advice - payment to vendor",
                "STATEMENT OF PAYMENT TO SUPPLIER",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    if csd:
        p.pair("Supply order No.", f"CSD/SO/{rng.randrange(10, 99)}/{digits(rng, 5)}")
        p.pair("CRV No.", f"CRV/{rng.choice(['BD', 'AMB', 'JAL'])}/{digits(rng, 5)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'LDH'])}{digits(rng, 5)}")
        p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("GRN No.", f"GRN{digits(rng, 7)}")
    labels = ["Vendor name", "Paid to (vendor)", "Remitted to", "Beneficiary (vendor)"] + (
        ["Amount credited to vendor"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(20, 120) if kind == "cycle" else rng.randrange(8, 45)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"SCI/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if csd:
        tds_label, tds = "Less: TDS under GST @ 2% (IGST)", round(gross / 1.05 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        short = rng.randrange(1, 4)
        cut = short * each
        cuts.append((f"Less: Shortage on receipt - {short} {unit}", rs(cut)))
    elif pick < 0.45:
        bad = rng.randrange(1, 4)
        cut = bad * each
        cuts.append((f"Less: Transit damage - {bad} {unit}", rs(cut)))
    elif pick < 0.65 and not csd:
        many = rng.randrange(10, 60)
        per = float(rng.choice([40, 75, 100, 150]))
        cut = many * per
        cuts.append((f"Less: Credit note - price support {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8 and not csd:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Prompt payment discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add("left", rng.choice(["Invoices paid", "Bills adjusted", "Against the following bills"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Total of invoices", "Gross bill amount"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment", "Remittance particulars"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net paid", "Net amount remitted", "Amount transferred (net)"],
            "pending": ["Amount on hold"],
            "failed": ["Amount returned by bank", "Payment returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode of payment", "Paid by"]), way, method="netbanking")
        wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:9]), way)
                lab = {
                    "IMPS": ["IMPS ref. No."],
                    "RTGS": ["RTGS UTR", "UTR No. (RTGS)"],
                    "NEFT": ["UTR No. (NEFT)", "NEFT ref. No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '52'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Advice ref.", "Document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Paid on", "Value date", "Date of payment"],
                "pending": ["On hold since", "Advice date"],
                "failed": ["Date returned", "Returned on"],
            }[status],
            PATS_IN,
        )
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Paid - credited to vendor account", "Payment sent to your bank account"],
                "pending": ["On hold - goods received note not yet approved by stores"],
                "failed": ["Returned - beneficiary account is dormant, update bank details"],
            },
        )

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
        "System generated remittance; no signature needed. Reconcile with your ledger within 10 days."
        if not csd
        else "Processed through PFMS against the supply order above. Refer queries to the Bills Section.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. cycle importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Quoz Bicycle Trading LLC",
        "Dubai, United Arab Emirates",
        "AED",
        "Emirates NBD Bank PJSC",
        9000,
        160000,
    ),
    ("Jeddah Wheels Trading Est.", "Jeddah, Saudi Arabia", "SAR", "The Saudi National Bank", 9000, 150000),
    ("Tampines Cycle Supplies Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 3000, 52000),
    ("Velo Limmat AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 2500, 42000),
    ("Malmo Cykel & Delar AB", "Malmo, Sweden", "SEK", "Skandinaviska Enskilda Banken AB", 25000, 420000),
    ("Rowery Odra Sp. z o.o.", "Wroclaw, Poland", "PLN", "PKO Bank Polski SA", 9000, 160000),
    ("Klang Valley Basikal Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", "Malayan Banking Berhad", 9000, 170000),
    ("Mombasa Road Cycle Mart Ltd", "Nairobi, Kenya", "USD", "Equity Bank (Kenya) Ltd", 2500, 46000),
]
WIRE_BANKS = [
    ("Punjab & Sind Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Kotak Mahindra Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Axis Bank", "paper"),
    ("Punjab National Bank", "browser"),
    ("Bank of India", "mail"),
]
WIRE_RATES = {
    "AED": (23.6, 24.7),
    "SAR": (23.1, 24.2),
    "SGD": (65.0, 68.9),
    "CHF": (98.5, 104.0),
    "SEK": (8.1, 8.9),
    "PLN": (21.4, 23.2),
    "MYR": (19.2, 20.6),
    "USD": (87.4, 90.6),
}
INTERMEDIARY = {
    "AED": "Mashreqbank PSC, Dubai",
    "SAR": "Riyad Bank, Riyadh",
    "CHF": "Zurcher Kantonalbank, Zurich",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
    "PLN": "Bank Polska Kasa Opieki SA, Warsaw",
    "USD": "Citibank NA, New York",
}
SHIPPED = [
    "Bicycles 26in and 20in in CKD packs (HSN 87120010)",
    "MTB 27.5in in SKD cartons (HSN 87120010)",
    "Bicycle rims and spokes (HSN 87149290)",
    "Kids' cycles 12in to 16in - 2 x 40ft containers",
    "Cycle frames and forks, powder coated (HSN 87149100)",
]


def grouped(value: float, sep: str, dec: str) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12'450.00 / 48 250,00)."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars; the code before or after the sum for
    dirhams and riyals; S$ or SGD for Singapore dollars, RM or MYR for ringgit; francs with apostrophes
    between the thousands; kronor and zloty with spaces between the thousands and a decimal comma on some."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur in ("AED", "SAR"):
        after = rng.random() < 0.35

        def show_gulf(value: float) -> str:
            return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

        return show_gulf
    if cur == "CHF":

        def show_chf(value: float) -> str:
            return f"CHF {grouped(value, chr(39), '.')}"

        return show_chf
    if cur in ("SEK", "PLN"):
        nordic = rng.random() < 0.7
        after = rng.random() < 0.45

        def show_eu(value: float) -> str:
            body = grouped(value, " ", ",") if nordic else f"{value:,.2f}"
            return f"{body} {cur}" if after else f"{cur} {body}"

        return show_eu
    mark = rng.choice({"SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cycle importers in Dubai, Jeddah, Singapore, Zurich, Malmo, Wroclaw, Kuala Lumpur and Nairobi paying
    for bicycles in CKD and SKD packs, MTBs, rims, spokes, frames and forks: the banks' inward remittance
    advices (browser, e-mail, printed INWARD REMITTANCE ADVICE - EXPORT PROCEEDS / Foreign inward remittance -
    credit advice / Advice of SWIFT credit received: the bank on top with its forex desk; the status under the
    heading on some, at the foot on the rest; Credited on / Value date / Processing date / Received on /
    Pending since / Returned on / Date returned first or after the sums; the remitter's block (Ordering
    customer (field 50) / Remitter (buyer abroad), Remitting bank / Ordering bank, Intermediary bank (field
    56) on some) above or below the beneficiary's (Beneficiary (field 59) / Credited to (exporter) / Name of
    exporter / Beneficiary account holder the company, Beneficiary A/c, IEC); Remittance amount (FCY) / FCY
    amount / Amount received in FCY in dirhams, riyals, Singapore dollars, Swiss francs, kronor, zloty,
    ringgit or US dollars (francs with apostrophes, kronor and zloty with spaces and a decimal comma on some),
    Charges, Conversion rate, Converted amount (INR), Less: Bank charges and GST, Amount credited (INR),
    Purpose code, Goods, Commercial invoice No., Shipping bill No. and date, Received through, Sender's ref.
    (field 20), Inward remittance No. / Our reference / IRM ref. No., UETR; Credited to your account - IRM
    updated on EDPMS / Status: Inward remittance processed and credited / Pending - export invoice copy
    awaited, not yet credited / Returned to remitter - beneficiary account details incorrect)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
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
            f"{bank} Forex Desk <forex.ludhiana@{slug(bank)}>",
            [
                "Foreign inward remittance credited",
                "Inward remittance advice - export proceeds",
                "SWIFT credit received for your account",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward-remittance/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "International Banking Division, Ludhiana",
                "Trade and Forex Centre, Feroze Gandhi Market, Ludhiana",
                "Centralised Export Processing Cell, Chandigarh",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Foreign inward remittance - credit advice",
                "Advice of SWIFT credit received",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to your account - IRM updated on EDPMS",
            "Status: Inward remittance processed and credited",
        ],
        "pending": ["Pending - export invoice copy awaited, not yet credited"],
        "failed": ["Returned to remitter - beneficiary account details incorrect"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credited on", "Value date", "Processing date"],
        "pending": ["Received on", "Pending since"],
        "failed": ["Returned on", "Date returned"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p, rng.choice(["Ordering customer (field 50)", "Remitter (buyer abroad)"]), f"{payer}, {city}"
        )
        wrap_pair(p, rng.choice(["Remitting bank", "Ordering bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank (field 56)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary (field 59)",
                    "Credited to (exporter)",
                    "Name of exporter",
                    "Beneficiary account holder",
                ]
            ),
            me,
            merchant=me,
        )
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)} (EEFC/CA)")
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
        rng.choice(["Remittance amount (FCY)", "FCY amount", "Amount received in FCY"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN - beneficiary", "SHA - shared", "OUR - remitter"]))
    p.pair("Conversion rate", f"1 {cur} = {rate} INR")
    inr = round(j.amount * rate, 2)
    p.pair("Converted amount (INR)", f"INR {inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges and GST", f"INR {chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    advance = rng.random() < 0.35
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"SCI/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 90), rng.choice(WIRE_PATS)))
    p.pair("Received through", rng.choice(["SWIFT MT103", "SWIFT MT103 (gpi)"]), method="netbanking")
    p.pair("Sender's ref. (field 20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IRW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward remittance No.", "Our reference", "IRM ref. No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
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
        "Regularise this remittance against its shipping bill on EDPMS within the time FEMA allows."
        if status == "success"
        else "Write to the forex desk quoting the reference above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, wheel unit, frame works


# the party, the way it paid, the unit (showroom, wheels, frames, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Harjit Singh Grewal, Sarabha Nagar", "UPI", "showroom", "mtb"),
    ("Govt. Senior Secondary School (Girls), Dugri", "cheque", "showroom", "ladies"),
    ("Pedal Pushers Cycling Club, Chandigarh", "NEFT", "mail", "mtb"),
    ("Bhatia Cycle Repair Works, Haibowal", "cash", "wheels", "spokes"),
    ("Sher-e-Punjab Cycle Store, Jagraon", "cheque", "wheels", "rims"),
    ("Goyal Steel Re-Rollers, Mandi Gobindgarh", "UPI", "frames", "scrap"),
    ("Ms. Navneet Kaur, Model Town", "card", "showroom", "kids"),
    ("Mr. Arjun Mehta, Gurugram", "UPI", "mail", "mtb"),
]
SALE_HEADS = {
    "showroom": ["RETAIL INVOICE - BICYCLES & ACCESSORIES", "CASH BILL - GHUMAR MANDI SHOWROOM"],
    "spokes": ["COUNTER SALE RECEIPT - SPOKES BY THE GROSS", "RECEIPT - WHEEL PARTS (TRADE)"],
    "rims": ["COUNTER SALE RECEIPT - RIMS", "RECEIPT - WHEEL PARTS (TRADE)"],
    "scrap": ["RECEIPT - MS SCRAP AND TUBE OFFCUTS (BY WEIGHT)", "SCRAP SALE VOUCHER - FRAME SHOP CUTTINGS"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's RETAIL INVOICE - BICYCLES & ACCESSORIES / CASH BILL - GHUMAR MANDI SHOWROOM to a Sarabha
    Nagar rider, a Dugri girls' school and a Model Town mother, the rim and spoke unit's COUNTER SALE RECEIPT
    - SPOKES BY THE GROSS / COUNTER SALE RECEIPT - RIMS / RECEIPT - WHEEL PARTS (TRADE) to a Haibowal repair
    shop and a Jagraon cycle store, the frame works' RECEIPT - MS SCRAP AND TUBE OFFCUTS (BY WEIGHT) / SCRAP
    SALE VOUCHER - FRAME SHOP CUTTINGS to a Mandi Gobindgarh re-roller buying the offcuts by the kilo (paper:
    the showroom, the unit, the works or the company on top with its "A unit of" line, address and GSTIN;
    Retail invoice No. / Cash bill No. / Counter receipt No. / Scrap voucher No. / Receipt No. and Invoice
    date / Date of sale / Receipt date / Dated in either order, then Name of customer / Buyer's name / Sold
    to, the pieces, gross or kilos x rate, Less: Discount @ 5% on the showroom's, CGST and SGST @ 2.5% or @
    9%, Add: TCS u/s 206C(1) @ 1% on the scrap, Invoice total / Total (incl. GST) / Order total, Amount
    received (cash) / Cash collected / Paid via UPI QR / UPI payment received / Card payment / Received by
    card (POS) / Cheque amount / Received by cheque, the sum in words under it, Mode of payment / Payment
    mode, UPI Ref. No. / UPI RRN / Approval code / Auth code, Cheque No. and bank, Cheque dated; RECEIVED WITH
    THANKS / PAID / PAID - CYCLE DELIVERED WITH TOOL KIT / PAID - CYCLES HANDED OVER / PAID - SPOKES COUNTED
    AND PACKED / PAID - SCRAP WEIGHED ON DHARAM KANDA AND LIFTED / CHEQUE DEPOSITED - CYCLES RELEASED AFTER
    CLEARING / CHEQUE BOUNCED - INSUFFICIENT FUNDS, BILL CANCELLED, the rubber stamp) and the accounts desk's
    Payment received - thank you for your order e-mails (Receipt ref. / Acknowledgement ref., Receipt date /
    Date of payment / Dated; a Chandigarh cycling club's Advance received / Booking amount received with the
    Balance due on delivery / Balance to pay and the UTR No. / NEFT UTR, ADVANCE RECEIVED - ORDER BOOKED; a
    Gurugram rider's MTB by UPI, PAYMENT CONFIRMED - CYCLE WILL BE DISPATCHED)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sidhwancycles.in>",
            [
                "We have received your payment - Sidhwan Cycles",
                "Payment received - order confirmation",
                "Receipt for your payment",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Bicycles, frames, rims and spokes - Ludhiana  |  Accounts desk")
        p.add("center", "Payment received - thank you for your order")
        p.add("rule")
        p.part = "body"
    else:
        name = {"showroom": SHOWROOM, "wheels": WHEELS, "frames": FRAMES}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - bicycles, frames, rims and spokes",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["RI", "GM"],
            "wheels": ["RSU", "CTR"],
            "frames": ["FFW", "SCR"],
            "mail": ["SCI", "ACK"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Receipt ref.", "Acknowledgement ref."],
            "showroom": ["Retail invoice No.", "Cash bill No."],
            "wheels": ["Counter receipt No.", "Receipt No."],
            "frames": ["Scrap voucher No.", "Receipt No."],
        }[unit]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Receipt date", "Date of payment", "Dated"]
        if unit == "mail"
        else ["Invoice date", "Date of sale", "Receipt date", "Dated"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Name of customer", "Buyer's name", "Sold to"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    tcs = 0.0
    if kind == "scrap":
        kilos = rng.randrange(600, 4200, 5)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(base))
    else:
        if kind == "spokes":
            qty = rng.randrange(2, 20)
            shown = f"{qty} gross"
        elif kind == "rims":
            qty = rng.randrange(20, 120)
            shown = f"{qty} pcs"
        elif kind == "ladies":
            qty = rng.randrange(10, 40)
            shown = f"{qty} pcs"
        elif kind == "mtb" and advance:
            qty = rng.randrange(4, 11)
            shown = f"{qty} pcs"
        else:
            qty = 1 if kind == "kids" else rng.randrange(1, 3)
            shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 10 if hi < 1000 else 50))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.05, 2)
            p.pair("Less: Discount @ 5%", rs(off))
            base = round(base - off, 2)
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    if kind == "scrap":
        tcs = round(bill * 0.01, 2)
        p.pair("Add: TCS u/s 206C(1) @ 1%", rs(tcs))
        bill = round(bill + tcs, 2)
    p.pair(rng.choice(["Order total"] if advance else ["Invoice total", "Total (incl. GST)"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.2, 0.25, 0.3]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Received by cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Booking amount received"])
    else:
        lab = {
            "cash": rng.choice(["Amount received (cash)", "Cash collected"]),
            "UPI": rng.choice(
                ["UPI payment received"] if unit == "mail" else ["Paid via UPI QR", "UPI payment received"]
            ),
            "card": rng.choice(["Card payment", "Received by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance due on delivery", "Balance to pay"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of payment", "Payment mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque dated", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "scrap":
        words.append("PAID - SCRAP WEIGHED ON DHARAM KANDA AND LIFTED")
    elif kind == "spokes":
        words.append("PAID - SPOKES COUNTED AND PACKED")
    elif advance:
        words.append("ADVANCE RECEIVED - ORDER BOOKED")
    elif unit == "mail":
        words.append("PAYMENT CONFIRMED - CYCLE WILL BE DISPATCHED")
    elif kind in ("mtb", "kids"):
        words.append("PAID - CYCLE DELIVERED WITH TOOL KIT")
    elif kind == "ladies":
        words.append("PAID - CYCLES HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - CYCLES RELEASED AFTER CLEARING",
        "failed": "CHEQUE BOUNCED - INSUFFICIENT FUNDS, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "scrap": "Scrap sold as is where is, lifted by the buyer. TCS collected under section 206C(1).",
            "spokes": "Goods counted before the buyer. Cheques are subject to realisation.",
            "rims": "Goods counted before the buyer. Cheques are subject to realisation.",
        }.get(
            kind,
            "Free first service within 30 days. Frame warranty as per the warranty card; no exchange "
            "without this bill.",
        ),
    )
    if unit != "mail":
        right(p, f"For {name} - Accountant")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "SIDHWAN CYCLE GALLERY",
                "wheels": "SIDHWAN RIM & SPOKE",
                "frames": "SIDHWAN FRAME WORKS",
            }[unit],
            {
                "showroom": "GHUMAR MANDI, LUDHIANA",
                "wheels": "KANGANWAL ROAD, LDH",
                "frames": "FOCAL POINT, LDH",
            }[unit],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. tubes, wire, chains, saddles, powder


SUPPLIERS = [
    (
        "Gobindgarh ERW Tubes Pvt Ltd",
        "ERW and CRCA tubes for cycle frames | HR strips",
        "G T Road, Mandi Gobindgarh - 147301, Punjab",
        "03",
        "GET",
    ),
    (
        "Jalandhar HB Wire Drawing Mills",
        "HB wire for spokes | Galvanised and bright wire",
        "Focal Point Extension, Jalandhar - 144004, Punjab",
        "03",
        "JHB",
    ),
    (
        "Sahnewal Chain & Freewheel Co.",
        "Cycle chains | Freewheels | Bottom bracket sets",
        "G T Road, Sahnewal, Ludhiana - 141120, Punjab",
        "03",
        "SCF",
    ),
    (
        "Rajpura Saddle & Grip Works",
        "Cycle saddles | Handle grips | Mudguard flaps",
        "Industrial Focal Point, Rajpura - 140401, Punjab",
        "03",
        "RSG",
    ),
    (
        "Baddi Powder Coatings Pvt Ltd",
        "Epoxy-polyester powder coatings | Phosphating chemicals",
        "Phase II, Industrial Area, Baddi, Solan - 173205, Himachal Pradesh",
        "02",
        "BPC",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "GET": [
        ("ERW tube 28.6 mm x 1.6 mm - top tube", "7306", "kg", 66, 82, 18, 1500, 9000),
        ("CRCA tube 25.4 mm x 1.2 mm - seat stay", "7306", "kg", 71, 88, 18, 800, 5000),
    ],
    "JHB": [
        ("HB wire 2.0 mm - spoke grade", "7217", "kg", 74, 92, 18, 1000, 7000),
        ("Galvanised wire 1.8 mm", "7217", "kg", 78, 96, 18, 300, 2000),
    ],
    "SCF": [
        ("Cycle chain 1/2 x 1/8 - 112 links", "8714", "pcs", 92, 165, 5, 500, 4000),
        ("Freewheel 18T - single speed", "8714", "pcs", 78, 140, 5, 500, 4000),
    ],
    "RSG": [
        ("Saddle - spring, PU cover", "8714", "pcs", 95, 210, 5, 300, 3000),
        ("Handle grips (pair) - PVC", "8714", "pairs", 14, 32, 5, 1000, 6000),
    ],
    "BPC": [
        ("Powder coating - glossy black, epoxy-polyester", "3208", "kg", 210, 320, 18, 200, 1500),
        ("Zinc phosphating chemical", "3824", "kg", 95, 160, 18, 100, 800),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 4, 3, 0, 1, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Mandi Gobindgarh tube mill, the Jalandhar wire drawer, the Sahnewal chain and freewheel maker, the
    Rajpura saddle and grip works and the Baddi powder coating maker billing the company (paper: the supplier
    on top, its line, address and GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / GST TAX INVOICE / INVOICE CUM
    DELIVERY CHALLAN, Inv. No. / Invoice serial No. / Document No. and Invoice date / Date of invoice / Inv.
    dt. in either order, Details of receiver (billed to) / Receiver / Bill to the company, Details of
    consignee (shipped to) the works or the unit, Place of supply, E-way bill No., Dispatch through and LR No.
    or Vehicle No., Order ref., the tubes, wire, chains, freewheels, saddles, grips, powder or phosphating
    chemical with HSN, kg, pcs or pairs x rate, Taxable amount, CGST and SGST or IGST @ 5% or 18%, Round off,
    Total invoice value, Less: Advance paid with order and Balance received via NEFT / RTGS on some, Less: TDS
    u/s 194Q (deducted by you) and Net amount received - NEFT / RTGS on some, else Received through NEFT /
    RTGS / Payment received by NEFT / RTGS / Received via UPI / UPI credit with UTR No. / UTR / UPI Ref. No. /
    UPI RRN, or Cheque amount / By cheque with Cheque No.; PAID / FULL PAYMENT RECEIVED / SETTLED - NOTHING
    DUE / RECEIVED VIA NEFT / RTGS / UPI / CHEQUE DEPOSITED - AWAITING CLEARANCE / CHEQUE DISHONOURED -
    DRAWER'S SIGNATURE DIFFERS, in the supplier's rubber stamp too)."""
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
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "GST TAX INVOICE", "INVOICE CUM DELIVERY CHALLAN"],
    )

    def number_row() -> None:
        if not j.no_ref:
            inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
            p.pair(
                rng.choice(["Inv. No.", "Invoice serial No.", "Document No."]), inv, txn=(INVOICE_RANK, inv)
            )

    day_labels = ["Invoice date", "Date of invoice", "Inv. dt."]
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    ours_to(p, ["Details of receiver (billed to)", "Receiver", "Bill to"])
    deliver = f"{WHEELS}, Kanganwal Road" if tag == "JHB" else f"{FRAMES}, Focal Point"
    wrap_pair(p, "Details of consignee (shipped to)", deliver)
    p.pair("Place of supply", "Punjab (03)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("GET", "JHB"):
        p.pair("Vehicle No.", f"PB-{'23' if tag == 'GET' else '08'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        wrap_pair(
            p, "Dispatch through", rng.choice(["Golden Roadlines", "Punjab Goods Carriers", "Own tempo"])
        )
        p.pair("LR No.", f"{rng.choice(['LR', 'GR', 'PGC'])}{digits(rng, 6)}")
    p.pair("Order ref.", f"SCI/PO/{rng.randrange(100, 999)}")
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "03")
    p.pair("Total invoice value", rs(total))
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
        p.pair("Less: Advance paid with order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (deducted by you)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque amount", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance received via {way}"
        elif tds:
            lab = f"Net amount received - {way}"
        elif way == "UPI":
            lab = rng.choice(["Received via UPI", "UPI credit"])
        else:
            lab = rng.choice([f"Received through {way}", f"Payment received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "FULL PAYMENT RECEIVED", "SETTLED - NOTHING DUE", f"RECEIVED VIA {way}"]
        ),
        "pending": "CHEQUE DEPOSITED - AWAITING CLEARANCE",
        "failed": "CHEQUE DISHONOURED - DRAWER'S SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Interest under the MSMED Act on bills unpaid after 45 days. Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Golden Roadlines Sahnewal", "Freight - Ludhiana to Kolkata and Guwahati", 12000, 78000),
    ("Dhandari Chrome Platers", "Nickel-chrome plating - handlebars and rims, job work", 18000, 96000),
    ("Smt. Kuldeep Kaur Sandhu", "Showroom rent - Ghumar Mandi", 60000, 150000),
    ("Sher Singh Security Services", "Guards for the frame works - one month", 32000, 78000),
    ("Focal Point CNC Tool Room", "Fork crown dies - repair and re-grinding", 9000, 48000),
    ("Lakkar Bazar Offset Printers", "Dealer catalogue and price lists - 2000 copies", 8000, 36000),
    ("Punjab Electro Services", "Panel wiring - frame welding line", 7000, 42000),
    ("Green Cycle Waste Lifters", "Plating sludge lifted to the TSDF - hazardous waste", 5000, 28000),
]
CORP_PORTALS = [
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/status"),
    ("neo for Corporates", "Axis Bank", "neo.axisbank.com/corporate/payments/view"),
    ("PSB Corporate e-Banking", "Punjab & Sind Bank", "corp.punjabandsindbank.co.in/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the chrome plater, the showroom's landlady, the security agency,
    the tool room, the catalogue printer, the electrician and the hazardous waste lifter: corporate net
    banking's transfer pages (Kotak FYN, neo for Corporates, PSB Corporate e-Banking: the portal on top and
    the bank's line, Payment details / Transaction status; the day and the status under the heading on some,
    at the foot on the rest: Processed on / Value date / Payment date / Initiated on / Entered on / Returned
    on / Credited back on; Processed - beneficiary account credited / Status: Completed - UTR generated /
    Awaiting approval - second authoriser yet to release / Returned by beneficiary bank - account closed,
    amount credited back; the references (UTR / NEFT/RTGS UTR / IMPS ref. No. and Bank txn ref. / Host
    reference No.) above or below the payee: Payee name / Credit to / Beneficiary (registered name) / To
    account of, Beneficiary short name, Beneficiary A/c No. and IFSC, Payer account the company, User ID,
    Amount (INR) / Payment amount / Debit amount, Payment mode / Transfer via NEFT / RTGS / IMPS, Remarks /
    Purpose, Initiated by / Approved by, Available balance after txn on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction status', 'Single payment'])}")
    p.add("center", rng.choice(["Payment details", "Transaction status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - beneficiary account credited", "Status: Completed - UTR generated"],
        "pending": ["Awaiting approval - second authoriser yet to release"],
        "failed": ["Returned by beneficiary bank - account closed, amount credited back"],
    }
    day_labels = {
        "success": ["Processed on", "Value date", "Payment date"],
        "pending": ["Initiated on", "Entered on"],
        "failed": ["Returned on", "Credited back on"],
    }[status]
    hour = rng.random() < 0.5
    head_first = rng.random() < 0.5
    if head_first:
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "NEFT/RTGS UTR"]) if way != "IMPS" else "IMPS ref. No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank txn ref.", "Host reference No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Payee name", "Credit to", "Beneficiary (registered name)", "To account of"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "LDH")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Payer account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("User ID", f"SCIPL.{rng.choice(['ACCTS', 'FIN'])}{digits(rng, 2)}")
    p.pair(
        rng.choice(["Amount (INR)", "Payment amount", "Debit amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment mode", "Transfer via"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Purpose"]), note)
    p.pair("Initiated by / Approved by", f"SCIACC2 / {'-' if status == 'pending' else 'SCIDIR1'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance after txn", rs(rupees(rng, 150000, 5200000)))
    if not refs_first:
        refs()
    if not head_first:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A returned payment is credited back to the payer account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. brazers, home workers, wheel builders


# payee, role, mohalla, kind
WORKERS = [
    ("Ram Lakhan Yadav", "Frame brazer - brazing and filing", "Dhandari Kalan", "braze"),
    ("Manjit Kaur", "Brake shoe and bell assembly - home work", "Giaspura", "home"),
    ("Sukhdev Singh", "Wheel builder - lacing and truing", "Sherpur Kalan", "wheel"),
    ("Bittu Kumar Mahto", "Painter - frame spray and decals", "Focal Point", "paint"),
    ("Rubina Khatoon", "Brake shoe and bell assembly - home work", "Basti Jodhewal", "home"),
    ("Gurpreet Singh Bhullar", "Assembly fitter - per cycle", "Kanganwal", "fit"),
    ("Shambhu Nath Paswan", "Wheel builder - lacing and truing", "Giaspura", "wheel"),
    ("Paramjit Kaur", "Brake shoe and bell assembly - home work", "Sahnewal", "home"),
]
WORK_FRAMES = ["paper", "paper", "payu", "paper", "phonepe", "payu", "paper", "imobile"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "braze": (
        ["FRAME BRAZING WAGES - PER FRAME", "BRAZING THEKA MAZDOORI SLIP"],
        ["Brazer's name", "Wages paid to (brazer)"],
        "Frames brazed: {q} x {rate}",
        (18, 42),
        (150, 600),
        ["Net wages paid", "Amount paid to brazer"],
    ),
    "home": (
        ["HOME WORK WAGES - PER HUNDRED PIECES", "GHAR KAAM MAZDOORI PARCHI (BRAKE SHOE / BELL)"],
        ["Home worker's name", "Mazdoori paid to (home worker)"],
        "Pieces assembled (hundreds): {q} x {rate}",
        (45, 90),
        (20, 140),
        ["Net mazdoori paid", "Amount handed to home worker"],
    ),
    "wheel": (
        ["WHEEL BUILDING WAGES - PER WHEEL", "TAAR BHARAI MAZDOORI SLIP"],
        ["Wheel builder's name", "Wages paid to (wheel builder)"],
        "Wheels laced and trued: {q} x {rate}",
        (6, 14),
        (400, 1600),
        ["Net wages paid", "Net amount paid"],
    ),
    "paint": (
        ["PAINT SHOP WAGES - PER FRAME", "RANGAI MAZDOORI PARCHI"],
        ["Painter's name", "Wages paid to (painter)"],
        "Frames sprayed and decalled: {q} x {rate}",
        (8, 18),
        (300, 1200),
        ["Net wages paid", "Net amount paid"],
    ),
    "fit": (
        ["ASSEMBLY WAGES - PER CYCLE", "FITTING MAZDOORI SLIP"],
        ["Fitter (assembly)", "Wages paid to (fitter)"],
        "Cycles assembled and checked: {q} x {rate}",
        (18, 40),
        (120, 480),
        ["Net wages paid", "Net amount paid"],
    ),
}


def payu_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """PayU's payout page (PayU Payouts on top, the company's payout account under it; the sum large above the
    status or under it)."""
    j.amount = rupees(rng, 2800, 26000, 0.6)
    pid = f"PUP{digits(rng, 13)}"
    p = browser_page(rng, font, "payouts.payu.in/transfers/details" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "PayU Payouts")
    p.add("small", f"Payout account - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payout successful - amount credited to the account", "Status: SUCCESS (bank confirmed)"],
        "pending": ["Scheduled - will be sent once the payout wallet is loaded"],
        "failed": ["Payout failed - beneficiary account is frozen"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Payee name", "Paid to (beneficiary)"]), who, merchant=who)
    p.pair("Beneficiary code", f"SCW{digits(rng, 6)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Account number", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@psb")
    p.pair(rng.choice(["Transfer mode", "Payment mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Wheel building - 1,100 wheels", "Taar bharai - fortnight 2"])
        if kind == "wheel"
        else rng.choice(["Assembly - 260 cycles", "Fitting wages - week 31"]),
    )
    if not j.no_ref:
        p.pair("PayU payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank ref. No. (UTR)"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"SCI-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Merchant ref. ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Credited at"],
            "pending": ["Scheduled at", "Requested on"],
            "failed": ["Failed on", "Returned at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed this credit.",
            "pending": "Scheduled payouts leave in the order they were requested.",
            "failed": "The amount of a failed payout goes back to the payout wallet.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its frame brazers, painters and wheel builders by the piece, its home workers by the
    hundred and its fitters by the cycle: its printed FRAME BRAZING WAGES - PER FRAME / BRAZING THEKA MAZDOORI
    SLIP / HOME WORK WAGES - PER HUNDRED PIECES / GHAR KAAM MAZDOORI PARCHI (BRAKE SHOE / BELL) / WHEEL
    BUILDING WAGES - PER WHEEL / TAAR BHARAI MAZDOORI SLIP / PAINT SHOP WAGES - PER FRAME / RANGAI MAZDOORI
    PARCHI (the company on top with the works' or the unit's line, Brazer's name / Wages paid to (brazer) /
    Home worker's name / Mazdoori paid to (home worker) / Wheel builder's name / Wages paid to (wheel builder)
    / Painter's name / Wages paid to (painter), Work, Mohalla / basti, Token No. (no fact), Slip No. / Wages
    slip No., Date / Wages date / Date of payment, the frames, wheels or hundreds x rate, Add: Sunday overtime
    / Add: Night shift allowance, Gross wages, Less: Pieces rejected at QC - n @ rate / Less: Kharchi
    (advance) recovered, Net wages paid / Amount paid to brazer / Net mazdoori paid / Amount handed to home
    worker / Net amount paid, Paid by Cash / UPI / IMPS, UPI Ref. No. / IMPS ref. No.; PAID / PAID IN CASH /
    PAID - ENTERED IN THEKA REGISTER / PAID - PIECES CHECKED AND RECEIVED), PayU payout pages for a wheel
    builder and an assembly fitter (PayU Payouts on top and Payout account - the company under it, the sum
    large above the status or under it, Payee name / Paid to (beneficiary), Beneficiary code, Account number /
    VPA, Transfer mode / Payment mode, Purpose, PayU payout ID, UTR / Bank ref. No. (UTR), Merchant ref. ID,
    Processed on / Credited at / Scheduled at / Requested on / Failed on / Returned at; Payout successful -
    amount credited to the account / Status: SUCCESS (bank confirmed) / Scheduled - will be sent once the
    payout wallet is loaded / Payout failed - beneficiary account is frozen), a PhonePe screen (UTR and
    Transaction ID) and an iMobile Pay screen (UPI Ref. No. and iMobile txn ref.) paying two home workers
    (Paid to / Transferred to above the sum or under the status; Payment successful / Transfer successful /
    Sent; Paid on / Date & time / Transferred on)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=900, high=24000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payu":
        return payu_page(rng, font, j, status, who, kind, rs)
    if frame in ("phonepe", "imobile"):
        j.amount = rupees(rng, 2400, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "iMobile Pay")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Paid to", "Transferred to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Payment successful", "Transfer successful", "Sent"]})
        if not pay_first:
            p.add("small", rng.choice(["Paid to", "Transferred to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ibl', 'icici', 'psb'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Paid on", "Date & time", "Transferred on"], hour=True)
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Ghar kaam mazdoori", "Brake shoes - 60 hundred", "Bells - 40 hundred"]),
        )
        p.pair(
            rng.choice(["Debited from", "Bank account"]),
            f"{'ICICI Bank' if frame == 'imobile' else 'Punjab & Sind Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"IMB{digits(rng, 13)}"
                wrap_pair(p, "iMobile txn ref.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    where = UNITS["wheels"] if kind in ("home", "wheel") else UNITS["frames"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{WHEELS if kind in ('home', 'wheel') else FRAMES} - "
        f"{'home work' if kind == 'home' else 'piece work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Mohalla / basti", mohalla)
    p.pair("Token No.", f"T-{rng.randrange(1, 640):03d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Slip No.", "Wages slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Wages date", "Date of payment"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5 and kind != "home":
        extra = float(rng.choice([250, 400, 600, 900]))
        p.pair(rng.choice(["Add: Sunday overtime", "Add: Night shift allowance"]), rs(extra))
        gross += extra
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if rng.random() < 0.6:
        bad = rng.randrange(2, 9) if kind != "home" else rng.randrange(1, 3)
        cut = bad * rate
        many = f"{bad} hundred" if kind == "home" else str(bad)
        p.pair(f"Less: Pieces rejected at QC - {many} @ {rate:.2f}", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Kharchi (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - PIECES CHECKED AND RECEIVED" if kind == "home" else "PAID - ENTERED IN THEKA REGISTER"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / angootha of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. MC Ludhiana, PPCB, EEPC and the rest


FEE_FRAMES = ["property", "ppcb", "eepc", "factory", "psiec", "metrology", "fire", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a bicycle and cycle-parts maker, its frame works in Focal Point, its rim and spoke unit on
    Kanganwal Road and its showroom in Ghumar Mandi: Municipal Corporation Ludhiana's property tax page
    through mSeva Punjab (the Corporation on top and the mSeva line, Property UID, Name of owner, Zone / ward,
    the Property tax for the year, Fire cess and Cancer cess, Less: Rebate @ 10% (paid by 30 September) where
    paid by then, Net amount paid / Amount deposited), the Punjab Pollution Control Board's consent fee
    through Invest Punjab Business First (Name of industry, Category, CTO letter No., Consent to operate fee
    (air and water), Processing fee, Total fee paid / Amount deposited, Business First txn ID, Bank ref. No.),
    EEPC India's membership renewal (EEPC India on top and the Ministry of Commerce and Industry line, Member
    firm, Membership No., RCMC No., Annual membership fee, GST @ 18%, Total amount / Amount paid, Payment
    reference, Receipt No.), the Directorate of Factories' licence renewal (Name of factory, Licence No.,
    Workers employed, Power installed, Licence renewal fee, Amount paid / Fee; Under verification - receipt
    issues after IFMS treasury confirmation, Payment initiated on / Request date), PSIEC's maintenance charges
    and ground rent for the Focal Point plot (Allottee, Plot No., Amount payable / Total dues; Payment failed
    - amount not received by PSIEC, retry after 30 minutes, Failed on / Attempted on), Legal Metrology's
    verification fee (the spoke counting scales' and the platform scale's fees, Total verification fee / Fee
    deposited, e-Challan ref. No.), the Fire and Emergency Services' NOC renewal (Name of premises, NOC
    application No., Fire NOC renewal fee, Scrutiny fee, Fees deposited / Amount paid) and the Transport
    Department's Vahan goods vehicle tax page (Registered owner, Registration No., Vehicle class, Tax paid
    upto, MV tax (goods, annual), User charges, Grand total / Amount paid, Transaction No., Bank Ref No.,
    Receipt No.); the status under the authority's line or at the foot: Payment received - e-receipt ready to
    download / Amount deposited - thank you for paying on time / Paid - credited to the Government treasury /
    Fee received - acknowledgement issued; Mode of payment / Payment through, Date of payment / Paid on /
    Receipt date / Transaction date."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = [
        "Payment received - e-receipt ready to download",
        "Amount deposited - thank you for paying on time",
        "Paid - credited to the Government treasury",
        "Fee received - acknowledgement issued",
    ]
    if frame == "eepc":
        ok = [word for word in ok if "treasury" not in word]
    days = ["Date of payment", "Paid on", "Receipt date", "Transaction date"]
    words = {"success": ok}
    day_labels = days
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "property":
        url = f"mseva.lgpunjab.gov.in/citizen/property-tax/receipt/{digits(rng, 9)}"
        name = rng.choice(["Municipal Corporation Ludhiana", "MUNICIPAL CORPORATION, LUDHIANA"])
        line = "mSeva Punjab - Department of Local Government  |  Property tax"
    elif frame == "ppcb":
        url = f"investpunjab.gov.in/businessfirst/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(["Punjab Pollution Control Board", "PUNJAB POLLUTION CONTROL BOARD"])
        line = "Invest Punjab Business First - single window, Government of Punjab"
    elif frame == "eepc":
        url = f"eepcindia.org/member/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["EEPC India", "EEPC INDIA"])
        line = "Set up by the Ministry of Commerce and Industry  |  Membership renewal 2026-27"
    elif frame == "factory":
        url = f"pblabour.gov.in/factories/licence/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(["Directorate of Factories, Punjab", "DIRECTORATE OF FACTORIES, PUNJAB"])
        line = "Department of Labour, Government of Punjab  |  Renewal of factory licence"
    elif frame == "psiec":
        url = f"psiec.punjab.gov.in/estate/payments/{digits(rng, 8)}"
        name = rng.choice(["Punjab Small Industries & Export Corporation Ltd", "PSIEC"])
        line = "Estate Office, Focal Point Ludhiana  |  Maintenance and ground rent"
    elif frame == "metrology":
        url = "lm.punjab.gov.in/verification/online-fee/receipt"
        name = rng.choice(["Legal Metrology, Punjab", "Controller of Legal Metrology, Punjab"])
        line = "Department of Food, Civil Supplies and Consumer Affairs, Punjab  |  Verification fee"
    elif frame == "fire":
        url = f"lgpunjab.gov.in/fire-noc/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(["Punjab Fire and Emergency Services", "PUNJAB FIRE AND EMERGENCY SERVICES"])
        line = "Department of Local Government, Punjab  |  Fire NOC renewal"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(["Transport Department, Punjab", "Transport Department, Government of Punjab"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Goods vehicle tax"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("psiec", "factory")
    if status_top:
        outcome_row(p, status, words)
    if frame == "property":
        p.pair("Property UID", f"PB-LDH-{digits(rng, 3)}-{digits(rng, 6)}")
        wrap_pair(p, "Name of owner", f"{firm} - {FRAMES}")
        p.pair("Zone / ward", f"Zone D, Ward {rng.randrange(1, 95)} - Focal Point")
        heads = [("Property tax 2026-27", float(round(rng.uniform(14000, 42000))))]
        heads.append(("Fire cess", float(round(heads[0][1] * 0.05))))
        heads.append(("Cancer cess", float(round(heads[0][1] * 0.01))))
        labels = ["Net amount paid", "Amount deposited"]
    elif frame == "ppcb":
        wrap_pair(p, "Name of industry", f"{FRAMES} ({firm})")
        p.pair("Category", "Orange - cycle frames, phosphating and painting")
        p.pair("CTO letter No.", f"PPCB/CTO/LDH/{digits(rng, 5)}")
        heads = [("Consent to operate fee (air and water)", float(rng.choice([7500, 10000, 15000])))]
        extra = float(rng.choice([0, 500, 1000]))
        if extra:
            heads.append(("Processing fee", extra))
        labels = ["Total fee paid", "Amount deposited"]
        refs = [("Business First txn ID", TXN_RANK, f"BF{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "eepc":
        wrap_pair(p, "Member firm", firm)
        p.pair("Membership No.", f"EEPC/NR/{digits(rng, 5)}")
        p.pair("RCMC No.", f"EEPC/RCMC/{digits(rng, 6)}")
        fee = float(rng.choice([9000, 12000, 15000]))
        heads = [("Annual membership fee", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total amount", "Amount paid"]
        refs = [
            ("Payment reference", TXN_RANK, f"EP{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"EEPC/NR/{digits(rng, 6)}"),
        ]
    elif frame == "factory":
        wrap_pair(p, "Name of factory", f"{FRAMES} ({firm})")
        p.pair("Licence No.", f"LDH/{digits(rng, 5)}")
        p.pair("Workers employed", str(rng.randrange(60, 180)))
        p.pair("Power installed", f"{rng.randrange(90, 400)} HP")
        heads = [("Licence renewal fee", float(rng.choice([7500, 10500, 14000, 18000])))]
        labels = ["Amount paid", "Fee"]
        refs = [("Transaction ID", TXN_RANK, f"LAB{digits(rng, 12)}")]
        words = {"pending": ["Under verification - receipt issues after IFMS treasury confirmation"]}
        day_labels = ["Payment initiated on", "Request date"]
    elif frame == "psiec":
        wrap_pair(p, "Allottee", firm)
        p.pair("Plot No.", "B-27, Focal Point Phase V")
        heads = [
            ("Maintenance charges 2026-27", float(round(rng.uniform(12000, 36000), -1))),
            ("Ground rent", float(rng.choice([1800, 2400, 3600]))),
        ]
        labels = ["Amount payable", "Total dues"]
        refs = [("Transaction ID", TXN_RANK, f"PSIEC{digits(rng, 10)}")]
        words = {"failed": ["Payment failed - amount not received by PSIEC, retry after 30 minutes"]}
        day_labels = ["Failed on", "Attempted on"]
    elif frame == "metrology":
        wrap_pair(p, "Name of user", f"{WHEELS} ({firm})")
        few = rng.randrange(2, 6)
        big = rng.randrange(1, 3)
        heads = [
            (f"Verification - spoke counting scale x {few}", float(few * rng.choice([250, 350]))),
            (f"Verification - platform scale 500 kg x {big}", float(big * rng.choice([700, 900]))),
        ]
        labels = ["Total verification fee", "Fee deposited"]
        refs = [("e-Challan ref. No.", TXN_RANK, f"IFMS{digits(rng, 11)}")]
    elif frame == "fire":
        wrap_pair(p, "Name of premises", f"{FRAMES}, Focal Point")
        p.pair("NOC application No.", f"PBFS/NOC/{digits(rng, 7)}")
        heads = [
            ("Fire NOC renewal fee", float(rng.choice([6000, 8000, 12000]))),
            ("Scrutiny fee", float(rng.choice([500, 1000, 1500]))),
        ]
        labels = ["Fees deposited", "Amount paid"]
        refs = [("Transaction ID", TXN_RANK, f"FNOC{digits(rng, 11)}")]
    else:
        wrap_pair(p, "Registered owner", firm)
        p.pair("Registration No.", f"PB-10-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair(
            "Vehicle class", rng.choice(["Goods carrier (LGV) - Tata Ace", "Light goods vehicle - pick-up"])
        )
        if not j.no_day:
            p.pair("Tax paid upto", j.other_day(rng, 360, 370))
        heads = [("MV tax (goods, annual)", float(rng.choice([2500, 3200, 4100])))]
        extra = float(rng.choice([0, 100, 150]))
        if extra:
            heads.append(("User charges", extra))
        labels = ["Grand total", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"PB{digits(rng, 14)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"PB10{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    if frame == "property":
        if j.date.month <= 9:
            rebate = float(round(heads[0][1] * 0.1))
            p.pair("Less: Rebate @ 10% (paid by 30 September)", rs(rebate))
            total -= rebate
        refs = [("Transaction ID", TXN_RANK, f"PT-{digits(rng, 12)}")]
        refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        refs.append(("Receipt No.", INVOICE_RANK, f"PT/LDH/{digits(rng, 7)}"))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Payment through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "property": "Property tax paid by 30 September of the year earns a 10% rebate.",
        "ppcb": "Display the consent order at the unit gate for inspection.",
        "eepc": "The renewed RCMC is issued once the payment is reconciled.",
        "factory": "Do not pay again; the receipt updates once the treasury confirms.",
        "psiec": "If money was debited, it returns to your account within 5 to 7 working days.",
        "metrology": "Present the scales at the Ludhiana verification camp with this receipt.",
        "fire": "The NOC is renewed after the fire officer inspects the premises.",
        "vahan": "Carry the e-receipt in the vehicle along with the RC.",
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
        "Standard Fire and Special Perils - frame works, plant and tube stock",
        "browser",
        "stock",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Burglary and housebreaking - showroom stock, Ghumar Mandi",
        "mail",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine export cargo - bicycles in CKD and SKD packs",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - works, unit and showroom staff",
        "browser",
        "health",
    ),
    (
        "IFFCO-TOKIO General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Money in transit - wage cash to the home workers",
        "mail",
        "money",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Workmen's compensation - brazers, painters and fitters",
        "browser",
        "ec",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Goods carrying vehicle - package policy, Tata Ace",
        "paper",
        "vehicle",
    ),
    (
        "Zurich Kotak General Insurance Co. (India) Ltd",
        "zurichkotak.com",
        "Product liability - bicycles sold in India and abroad",
        "mail",
        "liability",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its frame works, plant and tube stock, the showroom's stock, its export cargo, its
    staff's health, the wage cash carried to the home workers, its workers under the Employees' Compensation
    Act, its Tata Ace and the bicycles it sells: the insurers' premium receipts (browser, e-mail, printed at
    the branch: the insurer on top, the product line, PREMIUM RECEIPT / Acknowledgement of premium received /
    RECEIPT FOR PREMIUM PAID (Premium payment status / PREMIUM PAYMENT - TRANSACTION STATUS on the failed
    one); the status under the heading on some, under the sum on the rest; Insured / Policyholder / Name of
    the proposer, Policy No. / Quote No. / Proposal No., Sum insured - building, plant and tube stock / Sum
    insured - stock in showroom / Annual export turnover declared / Lives covered / Limit per transit / IDV /
    Estimated annual wages / Indemnity limit (AOA), Cover from, Basic premium or OD premium and TP premium
    (goods carrier), an add-on (Earthquake cover, Employee dishonesty extension, Strike, riot and civil
    commotion, Maternity cover, Cash in counter, Return to invoice, Occupational disease extension, Export
    liability extension), GST or IGST @ 18%, the sum: Premium received (incl. GST) / Total premium / Amount
    paid / Cheque amount / Cheque deposited for / Amount payable / Premium payable; Premium realised - policy
    issued / Payment successful - policy document sent by e-mail / CHEQUE DEPOSITED - COVER SUBJECT TO
    REALISATION / Payment unsuccessful - policy not issued, please retry; Payment mode, Cheque No., PG
    transaction ID / Payment ref. No., UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Receipt
    date / Paid on / Date of payment / Cheque deposited on / Transaction date / Tried on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].removeprefix("The ")
        p = mail_page(
            rng,
            font,
            f"{short} <policy.service@{host}>",
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
                ["Branch Office, Feroze Gandhi Market, Ludhiana", "Divisional Office, Mall Road, Ludhiana"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment status", "PREMIUM PAYMENT - TRANSACTION STATUS"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "Acknowledgement of premium received", "RECEIPT FOR PREMIUM PAID"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium realised - policy issued",
            "Payment successful - policy document sent by e-mail",
        ],
        "pending": ["CHEQUE DEPOSITED - COVER SUBJECT TO REALISATION"],
        "failed": ["Payment unsuccessful - policy not issued, please retry"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Insured", "Policyholder", "Name of the proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['3', '1', '8'])}{digits(rng, 5)}/{digits(rng, 7)}/26/001")
    else:
        p.pair(rng.choice(["Quote No.", "Proposal No."]), f"{rng.choice(['QT', 'PRP'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(15000000, 120000000, 100000))
        p.pair("Sum insured - building, plant and tube stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.00005, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2000000, 15000000, 50000))
        p.pair("Sum insured - stock in showroom", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Employee dishonesty extension", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(30000000, 180000000, 500000))
        p.pair("Annual export turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("Strike, riot and civil commotion", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(25, 90)
        p.pair("Lives covered", f"{members} (sum insured Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3100, 5200), 2)
        addon = ("Maternity cover", round(members * 420.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(200000, 1200000, 50000))
        p.pair("Limit per transit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in counter", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 760000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"PB-10-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium (goods carrier)", 16049.0)]
        addon = ("Return to invoice", round(idv * 0.0025, 2))
    elif kind == "ec":
        wages = float(rng.randrange(5000000, 22000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Occupational disease extension", round(wages * 0.0004, 2))
    else:
        limit = float(rng.choice([10000000, 20000000, 50000000]))
        p.pair("Indemnity limit (AOA)", rs(limit))
        basic = round(limit * rng.uniform(0.0008, 0.0016), 2)
        addon = ("Export liability extension", round(limit * 0.0001, 2))
    if not j.no_day:
        p.pair("Cover from", f"{j.other_day(rng, 1, 8)} (12 months)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Basic premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair(f"{rng.choice(['GST', 'IGST'])} @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium received (incl. GST)", "Total premium", "Amount paid"],
        "pending": ["Cheque amount", "Cheque deposited for"],
        "failed": ["Amount payable", "Premium payable"],
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
            pid = f"{rng.choice(['PG', 'PAY', 'OL'])}{digits(rng, 12)}"
            p.pair(rng.choice(["PG transaction ID", "Payment ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Paid on", "Date of payment"],
            "pending": ["Cheque deposited on", "Receipt date"],
            "failed": ["Transaction date", "Tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "The policy is subject to the realisation of the premium and to its terms and conditions.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SIDHWAN CYCLE GALLERY", "GHUMAR MANDI, LUDHIANA", "own"),
    ("GURU NANAK FUELS", "GT ROAD, DORAHA", "fuel"),
    ("SIDHWAN CYCLES", "FOCAL POINT LUDHIANA PB", "own"),
    ("HOTEL SECTOR 35 RESIDENCY", "SECTOR 35-C, CHANDIGARH", "hotel"),
    ("SIDHWAN RIM & SPOKE UNIT", "KANGANWAL ROAD, LUDHIANA", "own"),
    ("MILLER GANJ TOOL HOUSE", "MILLER GANJ, LUDHIANA", "shop"),
    ("SIDHWAN CYCLE GALLERY", "LUDHIANA 141001 PB", "own"),
    ("BALLE BALLE DHABA", "NH-44, KHANNA", "food"),
]
TERMINALS = [
    "PUNJAB & SIND BANK",
    "HPCL",
    "KOTAK MAHINDRA BANK",
    "AXIS BANK",
    "AU SMALL FINANCE BANK",
    "PINE LABS",
    "ICICI BANK",
    "MSWIPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Riders', clubs' and dealers' cards on the showroom's, the company's and the rim and spoke unit's
    terminals, and the company's card at a filling station on GT Road, a Chandigarh hotel in the dealers'
    meet, a Miller Ganj tool shop and a highway dhaba: terminal slips (monospace: the terminal's bank or brand
    on top on some, the counter's name and place in capitals; DATE: and TIME: / DATE/TIME: at the top or under
    the sum; MERCHANT ID:, TERMINAL ID:, BATCH NO:, STAN:, INV NO: / RECEIPT NO: / BILL:, SALE / CONTACTLESS
    SALE / CHIP SALE, CARD NO:, CARD TYPE:, a fuel sale's FUEL:, RATE(RS/L):, QTY(L):, PUMP NO:, VEH NO: and
    DRIVETRACK PTS:, a hotel's FOLIO NO: and ROOM NO:, a dhaba's TABLE: and STEWARD:, a shop's MOBILE:, AUTH
    CODE: / APPR: / APPROVAL CODE:, RRN NO: / RRN: / REF NO:, TXN AMT: / TOTAL: / AMT INR: / NET AMT: / SALE
    AMOUNT:, the sum above or below the card; APPROVED / TRANSACTION APPROVED / SALE APPROVED - PIN VERIFIED /
    DECLINED - 55 INCORRECT PIN / NO RESPONSE FROM ISSUER - DO NOT REPEAT SALE)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=2400, high=140000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 18800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 800, 16000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 280, 2900, 0.5)
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
        if rng.random() < 0.6:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:", "BILL:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    lab = rng.choice(["TXN AMT:", "TOTAL:", "AMT INR:", "NET AMT:", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab == 'AMT INR:' else rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(87.2, 97.4), 2)
        p.pair("FUEL:", rng.choice(["HSD", "DIESEL", "POWER 95"]))
        p.pair("RATE(RS/L):", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"PB10{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("DRIVETRACK PTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    elif kind == "food":
        p.pair("TABLE:", str(rng.randrange(1, 30)))
        p.pair("STEWARD:", rng.choice(["GURMEET", "RAJU", "SONU", "BALWINDER"]))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
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
        p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "CARDHOLDER PIN VERIFIED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM ISSUER - DO NOT REPEAT SALE", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("PSPCL", "Punjab State Power Corporation Ltd", "Account No."),
    ("Connect Broadband", "Quadrant Televentures Ltd", "User ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("Bharat Gas", "Bharat Petroleum Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["PSPCL", "PSB UnIC", "PhonePe", "PSPCL", "Paytm", "MobiKwik", "Freecharge", "PSB UnIC"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The works', the unit's and the showroom's electricity (PSPCL), the office fibre (Connect Broadband),
    the sales manager's postpaid phone (Vi), the showroom's DTH (Dish TV) and the works canteen's commercial
    cooking gas (Bharat Gas) through Bharat Connect in PSB UnIC and other apps (PhonePe, Paytm, MobiKwik,
    Freecharge: the app on top, the sum large above or below the status, Biller / Billed by / Service provider
    as printed, Account No. / User ID / Mobile No. / VC No. / LPG ID, Account holder / Registered name, Bill
    period, Due date and Payable after due date on some power, fibre and postpaid bills, Paid from Current A/c
    or UPI, BBPS txn ref. / B-Connect ref. ID / Bharat Connect txn ID, UPI Ref No., Transaction ID on the
    failed one, Paid at / Transaction date & time / Payment done on / Date & time (the latter alone on one not
    paid); Bill paid successfully / Payment confirmed by biller / Payment pending with biller - please don't
    pay again / Bill payment failed - money will be refunded in 3-5 days) and PSPCL's own online payment
    receipt (PSPCL, Punjab State Power Corporation Ltd or its capitals on top with its "Govt. of Punjab
    undertaking" line, Account No., Sub division, Name, Bill issue date, Net amount payable, Amount received /
    Paid amount, Paid via, Transaction ref. No., E-receipt No., Receipt date / Date of receipt, the status at
    the foot: Payment received - bill status updated / E-receipt generated - thank you)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=7000, high=98000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 899, 4599, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 2299, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 300, 1350, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1750, 9800, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"3{rng.choice('0123')}{rng.choice('ABCDEFGH')}{digits(rng, 8)}",
        "User ID": f"{rng.choice(['ldh', 'cbl'])}{digits(rng, 7)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PSPCL":
        p = browser_page(rng, font, "www.pspcl.in/quickpay/e-receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Govt. of Punjab undertaking  |  Online bill payment - e-receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["Focal Point (Spl.) Ludhiana", "Model Town West, Ludhiana"]))
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, COMPANY, FRAMES.upper()]))
        if not j.no_day:
            p.pair("Bill issue date", j.other_day(rng, -24, -7))
        p.pair("Net amount payable", rs(j.amount))
        p.pair(rng.choice(["Amount received", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Paid via", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PSPCL{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            rno = f"ER{digits(rng, 10)}"
            p.pair("E-receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Receipt date", "Date of receipt"], hour=True)
        outcome_row(
            p,
            status,
            {"success": ["Payment received - bill status updated", "E-receipt generated - thank you"]},
        )
        p.part = "foot"
        p.add("small", "Payments made after 6 pm reflect against the account on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully", "Payment confirmed by biller"],
        "pending": ["Payment pending with biller - please don't pay again"],
        "failed": ["Bill payment failed - money will be refunded in 3-5 days"],
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
    wrap_pair(p, rng.choice(["Biller", "Billed by", "Service provider"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Account holder", "Registered name"]),
        rng.choice([COMPANY_CAPS, FRAMES.upper(), SHOWROOM.upper()]),
    )
    if which in (0, 1, 2) and not j.no_day and rng.random() < 0.7:
        start, end = earlier(rng, j, 35, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Payable after due date", rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "PSB UnIC" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:7])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Paytm": "PT",
                "MobiKwik": "MK",
                "Freecharge": "FC",
            }.get(app, "PS")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS txn ref.", "B-Connect ref. ID", "Bharat Connect txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid at", "Transaction date & time", "Payment done on", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "",
    "GOLDEN ROADLINES SAH",
    "GOBINDGARH ERW TUBES",
    "RAJPURA SADDLE & GRI",
    "MANJIT KAUR",
    "",
    "JALANDHAR HB WIRE DR",
    "SHER SINGH SECURITY",
]
MAIL_PAYEES = [
    "Dhandari Chrome Platers",
    "Smt. Kuldeep Kaur Sandhu",
    "Focal Point CNC Tool Room",
    "Baddi Powder Coatings Pvt Ltd",
]
SENDERS = {
    "Punjab & Sind Bank": "VM-PSBANK",
    "Capital Small Finance Bank": "AD-CAPBNK",
    "Satluj Urban Co-operative Bank": "JD-SUCBNK",
    "AU Small Finance Bank": "VK-AUBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PSBANK /
    AD-CAPBNK / JD-SUCBNK / VK-AUBANK, the day divider, each bank's own wording: Punjab & Sind Bank's "Your
    A/c XX1234 has been debited with INR x on <day> for <way> in favour of <payee>.", Capital Small Finance
    Bank's "Amt Rs x debited from a/c ending 1234 on <day>. Info: <way>/<payee>.", Satluj Urban Co-operative
    Bank's "SUCB: Dr Rs x A/c ..1234 on <day> by <way> to <payee>.", AU Small Finance Bank's UPI "Rs.x sent
    from AU SFB A/c XX1234 to <payee> on <day> via UPI. UPI Ref <ref>."; a transfer that "was unsuccessful;
    funds credited back to your A/c." and one that "is awaiting confirmation from the beneficiary bank; please
    do not resend.", the Avl Bal / Bal: / Clr Bal line) and two e-mail debit alerts (Kotak Mahindra Bank, Axis
    Bank: Amount debited / Payment amount, Credited to / Payee name / Beneficiary, Transaction date / Posted
    on / Date, Account, Mode, UTR / IMPS ref. No., Ledger balance; Transaction status: Success / Status:
    Debited - transfer sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=9000, high=360000)
    if k == 4:
        j.amount = rupees(rng, 2200, 14000, 0.8)
    elif k == 2:
        j.amount = rupees(rng, 18000, 96000)
    elif k == 7:
        j.amount = rupees(rng, 32000, 78000)
    if k in (0, 5):
        to = MAIL_PAYEES[(0 if k == 0 else 2) + rng.randrange(2)]
        bank = rng.choice(["Kotak Mahindra Bank", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Transaction alert - funds transfer", "Your account has been debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a transfer has been debited from your account as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Credited to", "Payee name", "Beneficiary"]
        if sum_first:
            p.pair(rng.choice(["Amount debited", "Payment amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount debited", "Payment amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Posted on", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS ref. No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Ledger balance", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Transaction status: Success", "Status: Debited - transfer sent"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Call the bank's 24x7 helpline at once.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 4:
        way = "UPI"
    elif k == 7:
        way = "NEFT"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # AU Small Finance Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        1: "Punjab & Sind Bank",
        2: "Capital Small Finance Bank",
        4: "AU Small Finance Bank",
        7: "Satluj Urban Co-operative Bank",
    }.get(
        k, rng.choice(["Punjab & Sind Bank", "Capital Small Finance Bank", "Satluj Urban Co-operative Bank"])
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d.%m.%Y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 3200000)
    if status == "success":
        if bank == "AU Small Finance Bank":
            p.add("left", f"Rs.{amt} sent from AU SFB A/c XX{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via UPI.", merchant=to, method=method)
        elif bank == "Punjab & Sind Bank":
            p.add("left", f"Your A/c XX{tail} has been debited with INR {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} in favour of {to}.", merchant=to, method=method)
        elif bank == "Capital Small Finance Bank":
            p.add("left", f"Amt Rs {amt} debited from a/c ending {tail}{on}.", amount=j.amount)
            p.add("left", f"Info: {way}/{to}.", merchant=to, method=method)
        else:
            p.add("left", f"SUCB: Dr Rs {amt} A/c ..{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was unsuccessful; funds credited back to your A/c.",
            "pending": "is awaiting confirmation from the beneficiary bank; please do not resend.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS ref no", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "AU Small Finance Bank":
            p.add("small", "Not you? Block UPI in the AU 0101 app -AU SFB", status="success")
        else:
            balance = {
                "Punjab & Sind Bank": f"Avl Bal INR {bal:,.2f}",
                "Capital Small Finance Bank": f"Bal: Rs {bal:,.2f}",
            }.get(bank, f"Clr Bal Rs {bal:,.2f}")
            p.add("left", balance, status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Inform your branch at once", "Never share your OTP or PIN with anyone"]
                ),
            )
    if bank != "AU Small Finance Bank":
        p.add(
            "small",
            {"Punjab & Sind Bank": "-PSB", "Capital Small Finance Bank": "-Capital SFB"}.get(bank, "-SUCB"),
        )
    return p.done()


compose = compose158

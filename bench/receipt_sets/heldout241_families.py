"""The twelve heldout241 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Nashik grape grower and winery's day in 2026 in Nashik, Maharashtra (Kashyapi
Ridge Wines Pvt Ltd, its vineyards at Mohadi in Dindori taluka, Kashyapi Ridge Vineyards, where the Thompson
Seedless and the wine grapes are pruned, sprayed, picked by the crate and the table grapes weighed at the farm
gate, its winery and bottling line in the Vinchur Wine Park, Kashyapi Ridge Winery & Bottling Unit, where the
grapes are crushed, fermented, racked, aged in French oak and bottled, corked, labelled and packed, and its
tasting room and cellar-door shop on the Gangapur-Savargaon Road, Kashyapi Ridge Tasting Room), told by the
proofs of payment it receives and makes: visitors', wine clubs' and restaurants' UPI screens and the tasting
room's PayU and CCAvenue booking pages, the Mumbai, Pune, Goa and Nagpur wine distributors' and hotels', the
Karnataka State Beverages Corporation's and the grape buyers' (a Tasgaon raisin maker, Vashi and Azadpur
commission agents) payment advices, the grape and wine importers' inward wires from Barendrecht, Spalding,
Dubai, Jeddah, Singapore, Stockholm, Basel and Kuala Lumpur in euros, pounds, dirhams, riyals, Singapore
dollars, Swedish kronor, Swiss francs and ringgit (kronor with spaces and a decimal comma, francs with
apostrophes between the thousands on some), its own cellar-door memos, kata pattis for table grapes sold at
the farm gate, the winery's receipts for used oak barrels and grape pomace, the accounts desk's
acknowledgements of a wedding's advance and a crush weekend's passes, the farm input dealer's, the Firozabad
bottle maker's, the Vapi cork maker's, the Satpur label printer's and the Jalgaon drip and trellis supplier's
tax invoices, the corporate net-banking transfers to the reefer trucker, the sprayer mechanic, the tasting
room's landlady, the security agency, the anti-hail net installers, the label design studio, the pre-cooling
and cold store and the wine analysis lab, the pickers', pruners', sprayers' and cellar hands' majuri chitthis
and their RazorpayX payouts, BHIM and bob World payments, Nashik Municipal Corporation's, the State Excise
Department's, APEDA's, the Directorate of Industrial Safety and Health's, Mohadi Gram Panchayat's, FSSAI's,
the Water Resources Department's and the Transport Department's fee pages, the insurers' premium receipts,
card terminal slips, MSEDCL's power and the fibre, postpaid, DTH and piped gas bills and the banks' SMS and
e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the unit lines, bills and pattis listed on an advice,
vendor code, PO, inward, indent, arrival, vehicle, malmatta, property, licence, permit, RCMC, FBO, IEC,
registration, policy, proposal, quote, consumer, telephone, customer, BP and contact numbers, mukadams,
gangs, blocks, cases, bottles, kilos, crates, acres, tanks, shifts, rates, breakages, short supplies, rate
differences, cash discounts, commissions, hamali and tolai, rejections, crate tares, TDS, advances, uchal,
gloves and masks issued, cesses, discounts, GST lines, rupee values on the wires, conversion rates,
intermediary banks, sums insured, limits, turnovers, wages and lives declared, balances, due days, bill days,
bill months, tax paid up to days, policy start days, shipping bill days, GSTIN, IFSC, UETR, sender's
references, MID, TID, batch numbers, folios, KOTs, pump numbers, corporate and maker IDs, short names and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right``
heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout239's and heldout238's).
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

COMPANY = "Kashyapi Ridge Wines Pvt Ltd"
COMPANY_CAPS = "KASHYAPI RIDGE WINES PVT LTD"
SHORT = "Kashyapi Ridge Wines"
VINEYARD = "Kashyapi Ridge Vineyards"
WINERY = "Kashyapi Ridge Winery & Bottling Unit"
TASTING = "Kashyapi Ridge Tasting Room"
# unit, address, GST state code
UNITS = {
    "vineyard": (
        "Vineyards - table and wine grapes",
        "Gat No. 214, Mohadi, Taluka Dindori, Nashik - 422207, Maharashtra",
        "27",
    ),
    "winery": (
        "Winery and bottling line",
        "Plot W-9, Vinchur Wine Park (MIDC), Taluka Niphad, Nashik - 422305, Maharashtra",
        "27",
    ),
    "tasting": (
        "Tasting room and cellar-door shop",
        "Survey No. 61, Gangapur-Savargaon Road, Nashik - 422222, Maharashtra",
        "27",
    ),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d} %b %Y",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d-%b-%Y",
    "%d/%m/%y",
    "{d}-{m}-%Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y", "%b {d}, %Y"]
BANKS = [
    "Bank of Maharashtra",
    "ICICI Bank",
    "Nashik District Central Co-operative Bank",
    "Bank of India",
    "Kotak Mahindra Bank",
    "IDFC FIRST Bank",
    "Federal Bank",
    "HDFC Bank",
    "State Bank of India",
    "Axis Bank",
    "Saraswat Co-operative Bank",
]
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "ICICI Bank": "ICIC",
    "Nashik District Central Co-operative Bank": "NDCC",
    "Bank of India": "BKID",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "Federal Bank": "FDRL",
    "HDFC Bank": "HDFC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "Saraswat Co-operative Bank": "SRCB",
}
DOMAINS = {
    "Bank of Maharashtra": "bankofmaharashtra.in",
    "ICICI Bank": "icicibank.com",
    "Bank of India": "bankofindia.co.in",
    "Kotak Mahindra Bank": "kotak.com",
    "IDFC FIRST Bank": "idfcfirstbank.com",
    "Federal Bank": "federalbank.co.in",
    "HDFC Bank": "hdfcbank.com",
    "State Bank of India": "sbi.bank.in",
    "Axis Bank": "axisbank.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST % (None: outside GST, MRP)
GOODS = {
    "wine": ("Estate Chenin Blanc 2025 - 750 ml (MRP)", "btl", 650, 1450, None),
    "case": ("Reserve Shiraz 2023 - case of 12 x 750 ml (MRP)", "cs", 9600, 16800, None),
    "event": ("Vineyard wedding - lawn, tasting bar and dinner", "guest", 2400, 4200, 18),
    "grapes": ("Thompson Seedless table grapes - 18 mm and above", "kg", 38, 92, 0),
    "pomace": ("Grape pomace (marc) - pressed skins and seeds, loose", "kg", 2, 6, 5),
    "barrels": ("Used French oak barrique - 225 L, three fills", "pc", 6500, 14500, 18),
    "crush": ("Crush weekend pass - grape stomping, lunch and tasting", "pass", 1800, 3600, 18),
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
    """The company as the other party on a supplier's paper (Consignee / buyer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "MAHB")
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
    return f"AAK{rng.choice('CF')}K{digits(rng, 4)}{rng.choice(UPPER)}"


# ---------------------------------------------------------------- 1. visitors, clubs, restaurants: UPI, pages


SHOP_APPS = ["PhonePe", "Navi", "PayU", "PayZapp", "slice", "iMobile Pay", "CCAvenue", "Paytm"]
SHOP_NOTES = [
    "6 btl Chenin Blanc",
    "Tasting for 4 - Sunday",
    "Wine club - quarterly",
    "Shiraz Reserve x 3",
    "Vineyard tour 6 pax",
    "Rose x 2 + cheese plate",
    "Sparkling brut - party",
    "Cellar door - Zinfandel",
]
PAYERS_UPI = [
    "Aditya Kulkarni",
    "Sneha Patil",
    "Nashik Wine Circle",
    "Rohan Joshi",
    "Meera Deshmukh",
    "The Grape Vine Bistro",
    "Kunal Bhamre",
    "Farida Shaikh",
]
PAGE_ORDERS = [
    ("Mr. Siddharth Rao, Thane", "Vineyard tour and tasting - 4 guests, Saturday 11 am"),
    ("Ms. Ananya Iyer, Pune", "Sommelier-led flight - 6 wines, 2 guests"),
    ("Bandra Wine Appreciation Club", "Group tasting and lunch - 18 members"),
    ("Mr. Vikram Sethi, Mumbai", "Crush weekend - 2 passes with vineyard stay"),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref No."],
    "Navi": ["UPI reference ID", "UTR"],
    "PayZapp": ["UPI Ref Number", "Bank RRN"],
    "slice": ["UTR No.", "UPI txn ref."],
    "iMobile Pay": ["UPI Ref. No.", "RRN"],
    "Paytm": ["UPI Ref. No.", "UTR No."],
}
OWN_IDS = {
    "PhonePe": ("Transaction ID", "T{d}"),
    "Navi": ("Navi txn ID", "NV{d}"),
    "PayZapp": ("PayZapp ref.", "PZ{d}"),
    "slice": ("slice payment ID", "SLC{d}"),
    "iMobile Pay": ("iMobile txn No.", "IMP{d}"),
    "Paytm": ("Paytm txn ID", "{d}"),
}


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The tasting room's PayU or CCAvenue booking page after a guest paid (the payee on top, the status and
    the sum in either order, the day under them or at the foot)."""
    rs = money(rng, font, 0.5)
    j.amount = rupees(rng, 2400, 64000, 0.7)
    who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    to = rng.choice([TASTING, COMPANY, SHORT, TASTING.upper()])
    url = (
        f"secure.payu.in/receipt/{code(rng, 14, ALNUM + LOWER)}"
        if app == "PayU"
        else f"secure.ccavenue.com/transaction/status/{digits(rng, 12)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Tasting room and cellar door - Gangapur Road, Nashik", "Vineyard tours, tastings and events"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Booking confirmed - payment received",
            "Payment captured - see you at the vineyard",
            "Order placed - amount received",
        ]
    }
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    day_first = rng.random() < 0.5
    labels = ["Paid on", "Payment date & time", "Booking paid at"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Guest name", "Booked by", "Name on booking"]), who)
    wrap_pair(p, rng.choice(["Booking for", "Item"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:2] + BANKS[7:9])}",
    }[way]
    p.pair(rng.choice(["Payment method", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "PayU":
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"KRW{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Txn ID (merchant)", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 12)
            p.pair("Tracking ID", pid, txn=(TXN_RANK, pid))
            oid = f"KR-{code(rng, 4, UPPER)}-{digits(rng, 5)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI txn ref. (UTR)" if app == "PayU" else "Bank Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "PayU" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", "Payments by PayU" if app == "PayU" else "Secured by CCAvenue")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Visitors, wine clubs and restaurants paying the tasting room or the company: six UPI app screens
    (PhonePe, Navi, PayZapp, slice, iMobile Pay, Paytm: the status, the sum and the payee block in one of
    three orders; the tasting room, its capitals, the company's capitals or its short name under Paid to / To
    merchant / Merchant paid / Paid at / Paying, its UPI ID, a Verified name / Bank-registered name line on
    some, the sum large; Payment time / Completed on / Transaction date & time / Initiated at first under the
    rule or after the references, Note / Message / Purpose, Payer / Your name (the payer), Bank account / Paid
    using, UTR / UPI Ref No. / UPI reference ID / UPI Ref Number / Bank RRN / UTR No. / UPI txn ref. / UPI
    Ref. No. / RRN, the app's own Transaction ID / Navi txn ID / PayZapp ref. / slice payment ID / iMobile txn
    No. / Paytm txn ID on some; Payment received by the merchant / Money sent successfully / Paid - merchant
    has received it / Processing - bank confirmation awaited, don't pay again / Payment failed - UPI PIN
    attempts exceeded) and the tasting room's two booking pages (PayU, CCAvenue: the tasting room or the
    company on top, the status and the sum large in either order, Paid on / Payment date & time / Booking
    paid at under them or at the foot, Guest name / Booked by / Name on booking, Booking for / Item, Payment
    method / Paid via UPI, card or net banking, PayU ID / Tracking ID, Txn ID (merchant) / Order No., UPI txn
    ref. (UTR) / Bank Ref. No., Auth ID / Approval No. or Bank Ref. No.; Booking confirmed - payment received
    / Payment captured - see you at the vineyard / Order placed - amount received)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=650, high=48000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("PayU", "CCAvenue"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([TASTING, TASTING.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"kashyapiridge{rng.choice(['', '.nsk', '1'])}@{rng.choice(['icici', 'kotak', 'mahb', 'axisbank'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment received by the merchant",
            "Money sent successfully",
            "Paid - merchant has received it",
        ],
        "pending": ["Processing - bank confirmation awaited, don't pay again"],
        "failed": ["Payment failed - UPI PIN attempts exceeded"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "To merchant", "Merchant paid", "Paid at"]
                if status == "success"
                else ["Paying", "To merchant"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Verified name', 'Bank-registered name'])}: {COMPANY_CAPS}")

    order = rng.randrange(3)
    if order == 0:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    elif order == 1:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        payee_block()
    p.add("rule")
    day_labels = (
        ["Payment time", "Completed on", "Transaction date & time"]
        if status == "success"
        else ["Initiated at", "Transaction date & time"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Message", "Purpose"]), rng.choice(SHOP_NOTES))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Payer", "Your name"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"PayZapp": "HDFC Bank", "iMobile Pay": "ICICI Bank"}.get(app) or rng.choice(
        BANKS[:2] + BANKS[3:6]
    )
    p.pair(
        rng.choice(["Bank account", "Paid using"]),
        f"{source} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            if app == "PhonePe":
                own = pattern.format(d=f"{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}")
            else:
                own = pattern.format(d=digits(rng, 12 if app != "Paytm" else 20))
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI | NPCI", "Raise a query on this payment", "Share receipt"]))
    return p.done()


# ---------------------------------------------------------------- 2. distributors', KSBCL's, growers' advices


# payer, its mail, its desk's town, what it buys, the frame
PAYERS = [
    (
        "Bandra West Wine Distributors Pvt Ltd",
        "payables@bandrawinedist.in",
        "Bandra West, Mumbai",
        "wine",
        "portal",
    ),
    ("Koregaon Park Hospitality LLP", "accounts@kphospitality.in", "Koregaon Park, Pune", "wine", "mail"),
    ("Karnataka State Beverages Corporation Ltd", "finance@ksbcl.co.in", "Bengaluru", "wine", "paper"),
    ("Tasgaon Raisin Processors", "tasgaonraisin@gmail.com", "Tasgaon, Sangli", "grapes", "paper"),
    ("Candolim Shore Resorts Pvt Ltd", "ap@candolimshore.in", "Candolim, Goa", "wine", "mail"),
    ("Vashi Fresh Fruit Commission Agents", "payments@vashifreshfruit.in", "APMC, Vashi", "grapes", "portal"),
    ("Sitabuldi Wine Traders", "accounts@sitabuldiwine.com", "Sitabuldi, Nagpur", "wine", "mail"),
    ("Azadpur Fruit Syndicate Pvt Ltd", "ap@azadpurfruit.in", "Azadpur Mandi, Delhi", "grapes", "portal"),
]
DEALER_GOODS = {
    "wine": ("cs", 4800, 13200),
    "grapes": ("kg", 45, 110),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Wine distributors and hotels in Mumbai, Pune, Goa and Nagpur, the Karnataka State Beverages Corporation
    and the grape buyers (a Tasgaon raisin maker, commission agents at Vashi and Azadpur) paying for the cases
    and the grapes the firm sent them: a payment e-mail, a printed VENDOR PAYMENT ADVICE - WINES / PAYMENT
    INTIMATION TO SUPPLIER / Remittance advice - supplier payment (GROWER PAYMENT ADVICE - TABLE GRAPES /
    PATTI PAYMENT STATEMENT / Remittance advice - grower payment for the grape buyers) and a vendor portal
    page (the payer on top with its desk line; Vendor code, PO No. and Inward No. (the Corporation's Supplier
    code, Indent No. and Depot; the grape buyers' Grower code, Arrival No. and Vehicle No.) first, then Paid
    to vendor / Vendor name / Beneficiary (supplier) / Amount released in favour of / Payment to grower the
    company, on top of the body or at the head of the payment block; the bills or pattis with their cases or
    kilos and sums, Total of invoices / Gross value, Less: TDS u/s 194Q @ 0.1% on the wine, Less: Breakage - n
    btl / Less: Short supply - n cs / Less: Rate difference (credit note) n cs @ rate / Less: Cash discount @
    2% on some, the agents' Less: Commission (adat) @ 6% and Less: Hamali and tolai, the raisin maker's Less:
    Rejection at sorting - n kg, above or below the payment block: Net amount paid / Net payable - released /
    Amount remitted (Amount on hold on the hold, Amount returned by bank / Payment returned on the return),
    Payment mode / Remitted by NEFT / RTGS / IMPS, Vendor bank A/c, UTR No. / NEFT UTR / RTGS UTR No. / IMPS
    ref. No., Payment advice No. / Remittance advice No. / Voucher No., Payment date / Remitted on / Credit
    date / Hold placed on / Advice date / Returned on / Rejected on; Status: Paid - credited to vendor account
    / Payment processed to your bank account / On hold - weighment slip and quality report awaited / Returned
    - beneficiary account closed, send fresh bank details)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    state = buyer.startswith("Karnataka State")
    agent = "Commission Agents" in buyer or "Syndicate" in buyer
    grapes = kind == "grapes"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment released - Kashyapi Ridge", "Vendor payment intimation", f"Remittance to {SHORT}"]
            if status == "success"
            else ["Vendor payment intimation", "Regarding your payment - Kashyapi Ridge"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    desks = (
        ["Finance Department", "Supplier Payments Section"]
        if state
        else ["Grower Payments Desk", "Accounts - Fruit Purchase"]
        if grapes
        else ["Accounts Payable", "Purchase - Wines and Spirits", "Vendor Payments Desk"]
    )
    p.add("small", f"{rng.choice(desks)}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "GROWER PAYMENT ADVICE - TABLE GRAPES",
                "PATTI PAYMENT STATEMENT",
                "Remittance advice - grower payment",
            ]
            if grapes
            else [
                "VENDOR PAYMENT ADVICE - WINES",
                "PAYMENT INTIMATION TO SUPPLIER",
                "Remittance advice - supplier payment",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    if state:
        p.pair("Supplier code", f"KSBCL/SUP/{digits(rng, 4)}")
        p.pair("Indent No.", f"IND/{rng.randrange(10, 99)}/{digits(rng, 6)}")
        p.pair("Depot", rng.choice(["Bengaluru Urban - Hoskote", "Mysuru depot", "Hubballi depot"]))
    elif grapes:
        p.pair("Grower code", f"{rng.choice(['GR', 'NSK', 'G'])}{digits(rng, 5)}")
        p.pair("Arrival No.", f"{rng.randrange(1, 99):02d}/{digits(rng, 5)}")
        p.pair("Vehicle No.", f"MH-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'KRW'])}{digits(rng, 5)}")
        p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("Inward No.", f"INW{digits(rng, 7)}")
    labels = (
        ["Payment to grower", "Beneficiary (supplier)", "Amount released in favour of"]
        if grapes
        else ["Vendor name", "Beneficiary (supplier)", "Amount released in favour of"]
        + (["Paid to vendor"] if status == "success" else [])
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        if grapes:
            qty = rng.randrange(800, 6000, 10)
            each = float(rng.randrange(lo, hi))
            doc = f"KP/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        else:
            qty = rng.randrange(8, 60)
            each = float(rng.randrange(lo, hi, 50))
            doc = f"KRW/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        value = round(qty * each, 2)
        gross += value
        bills.append((f"{doc}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    cuts: list[tuple[str, str]] = []
    if not grapes:
        cuts.append(("Less: TDS u/s 194Q @ 0.1%", rs(round(gross * 0.001, 2))))
    cut = 0.0
    pick = rng.random()
    if grapes and agent:
        cut = round(gross * 0.06, 2)
        cuts.append(("Less: Commission (adat) @ 6%", rs(cut)))
        if pick < 0.6:
            extra = float(rng.randrange(800, 4800, 10))
            cuts.append(("Less: Hamali and tolai", rs(extra)))
            cut += extra
    elif grapes:
        if pick < 0.7:
            bad = rng.randrange(40, 400, 5)
            extra = round(bad * each, 2)
            cuts.append((f"Less: Rejection at sorting - {bad} kg", rs(extra)))
            cut += extra
    elif pick < 0.2:
        short = rng.randrange(1, 4)
        cut = short * each
        cuts.append((f"Less: Short supply - {short} {unit}", rs(cut)))
    elif pick < 0.4:
        bad = rng.randrange(2, 12)
        cut = round(bad * each / 12, 2)
        cuts.append((f"Less: Breakage - {bad} btl", rs(cut)))
    elif pick < 0.6:
        many = rng.randrange(4, 40)
        per = float(rng.choice([60, 120, 150, 240]))
        cut = many * per
        cuts.append((f"Less: Rate difference (credit note) {many} {unit} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8:
        cut = round(gross * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    tds = 0.0 if grapes else round(gross * 0.001, 2)
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(["Pattis settled", "Against your kata pattis"])
            if grapes
            else rng.choice(["Invoices paid", "Against your bills", "Bills covered"]),
        )
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Total of pattis" if grapes else "Total of invoices", "Gross value"]), rs(gross))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment", "Remittance details"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Net payable - released", "Amount remitted"],
            "pending": ["Amount on hold"],
            "failed": ["Amount returned by bank", "Payment returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Payment mode", "Remitted by"]), way, method="netbanking")
        wrap_pair(p, "Grower bank A/c" if grapes else "Vendor bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), way)
                lab = {
                    "IMPS": ["IMPS ref. No."],
                    "RTGS": ["RTGS UTR No.", "UTR No."],
                    "NEFT": ["NEFT UTR", "UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '52'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Remittance advice No.", "Voucher No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Payment date", "Remitted on", "Credit date"],
                "pending": ["Hold placed on", "Advice date"],
                "failed": ["Returned on", "Rejected on"],
            }[status],
            PATS_IN,
        )
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Status: Paid - credited to vendor account",
                    "Payment processed to your bank account",
                ],
                "pending": ["On hold - weighment slip and quality report awaited"],
                "failed": ["Returned - beneficiary account closed, send fresh bank details"],
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
        "System generated advice; no signature needed. Write to us within 7 days about any difference."
        if not state
        else "Paid against the indents above under the Corporation's supplier terms. Queries to Finance.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. grape and wine importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Van Dijk Fresh Imports BV", "Barendrecht, Netherlands", "EUR", "Rabobank", 9000, 88000),
    (
        "Fenland Fresh Produce Ltd",
        "Spalding, Lincolnshire, United Kingdom",
        "GBP",
        "Lloyds Bank plc",
        6000,
        64000,
    ),
    (
        "Al Aweer Fruit & Vegetable Trading LLC",
        "Dubai, United Arab Emirates",
        "AED",
        "Emirates NBD Bank PJSC",
        40000,
        260000,
    ),
    ("Jeddah Fresh Fruits Co.", "Jeddah, Saudi Arabia", "SAR", "The Saudi National Bank", 38000, 240000),
    ("Orchard Road Wine Merchants Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 5000, 58000),
    ("Sodermalm Vinimport AB", "Stockholm, Sweden", "SEK", "Svenska Handelsbanken AB", 60000, 620000),
    ("Basler Weinkeller AG", "Basel, Switzerland", "CHF", "Basler Kantonalbank", 5000, 56000),
    ("Klang Valley Fresh Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", "Malayan Banking Berhad", 30000, 220000),
]
WIRE_BANKS = [
    ("ICICI Bank", "browser"),
    ("Bank of Maharashtra", "mail"),
    ("Axis Bank", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("IDFC FIRST Bank", "mail"),
    ("HDFC Bank", "paper"),
    ("Federal Bank", "browser"),
    ("State Bank of India", "mail"),
]
WIRE_RATES = {
    "EUR": (100.2, 104.8),
    "GBP": (114.2, 119.6),
    "AED": (23.82, 24.71),
    "SAR": (23.31, 24.12),
    "SGD": (66.1, 69.8),
    "SEK": (8.92, 9.61),
    "CHF": (104.6, 111.9),
    "MYR": (19.62, 21.18),
}
INTERMEDIARY = {
    "AED": "Citibank NA, New York",
    "SAR": "JPMorgan Chase Bank NA, New York",
    "SEK": "Skandinaviska Enskilda Banken AB, Stockholm",
    "CHF": "UBS Switzerland AG, Zurich",
    "MYR": "Standard Chartered Bank, Kuala Lumpur",
}
GRAPE_LOADS = [
    "Fresh table grapes - Thompson Seedless, 5 kg punnets (HSN 08061000)",
    "Fresh grapes - Crimson Seedless, one 40 ft reefer (HSN 08061000)",
    "Fresh black grapes - Sharad Seedless, 4.5 kg cartons (HSN 08061000)",
]
WINE_LOADS = [
    "Red wine - Reserve Shiraz 750 ml, 600 cases (HSN 22042190)",
    "White wine - Sauvignon Blanc 750 ml (HSN 22042190)",
    "Sparkling wine - Brut, traditional method (HSN 22041000)",
]


def grouped(value: float, sep: str, dec: str) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (148 250,00 / 12'450.00)."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for euros and pounds; the code before or after the sum
    for dirhams and riyals; the code or S$ for Singapore dollars, the code or RM for ringgit; kronor with
    spaces between the thousands and a decimal comma on some; francs with apostrophes between the thousands on
    some."""
    if cur in ("EUR", "GBP"):
        return fx(rng, font, cur)
    after = rng.random() < 0.35
    if cur == "SEK":
        spaced = rng.random() < 0.7

        def show_sek(value: float) -> str:
            body = grouped(value, " ", ",") if spaced else f"{value:,.2f}"
            return f"{body} SEK" if after else f"SEK {body}"

        return show_sek
    if cur == "CHF":
        swiss = rng.random() < 0.7

        def show_chf(value: float) -> str:
            body = grouped(value, "'", ".") if swiss else f"{value:,.2f}"
            return f"{body} CHF" if after else f"CHF {body}"

        return show_chf
    if cur in ("AED", "SAR"):

        def show_code(value: float) -> str:
            return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

        return show_code
    mark = rng.choice({"SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Grape importers in Barendrecht, Spalding, Dubai, Jeddah and Kuala Lumpur and wine importers in
    Singapore, Stockholm and Basel paying for table grapes by the reefer and wine by the case: the banks'
    inward remittance advices (browser, e-mail, printed INWARD REMITTANCE ADVICE - EXPORT PROCEEDS / Foreign
    inward remittance - credit advice / SWIFT MT103 received - beneficiary advice: the bank on top with its
    forex desk; the status under the heading on some, at the foot on the rest; Credit date / Realisation date
    / Value dated / Received on / Pending since / Returned on / Refund date first or after the sums; the
    remitter's block (Remitter / ordering customer / Overseas buyer (remitter), Remitting bank / Sending
    institution (52A), Intermediary bank (56A) on some) above or below the beneficiary's (Credited to
    (exporter) / Beneficiary account name / Payee (exporter) / Beneficiary name the company, Account credited,
    IEC); Remittance amount (FCY) / FCY amount received / Amount (foreign currency) / Instructed amount in
    euros, pounds, dirhams, riyals, Singapore dollars, kronor, francs or ringgit (kronor with spaces and a
    decimal comma, francs with apostrophes on some), Charges, Conversion rate, Converted amount (INR), Less:
    Commission and GST, Amount credited in INR, Purpose code, Description of goods, Export invoice No.,
    Shipping bill No. and date, Received through, Sender's reference (20), Inward remittance No. / IRM No. /
    Bank reference, UETR; Credited - IRM reported on EDPMS / Status: Export proceeds realised and credited /
    Pending - purpose code and invoice copy awaited from exporter / Refunded to remitting bank - beneficiary
    details incomplete)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
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
            f"{bank} Forex Services <forex.nashik@{slug(bank)}>",
            [
                "Foreign inward remittance received",
                "Credit advice - export proceeds",
                "SWIFT inward - beneficiary advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/irm/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Desk, College Road Branch, Nashik",
                "Trade and Forex Centre, Canada Corner, Nashik",
                "Central Trade Operations, Pune",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Foreign inward remittance - credit advice",
                "SWIFT MT103 received - beneficiary advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited - IRM reported on EDPMS",
            "Status: Export proceeds realised and credited",
        ],
        "pending": ["Pending - purpose code and invoice copy awaited from exporter"],
        "failed": ["Refunded to remitting bank - beneficiary details incomplete"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Realisation date", "Value dated"],
        "pending": ["Received on", "Pending since"],
        "failed": ["Returned on", "Refund date"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p, rng.choice(["Remitter / ordering customer", "Overseas buyer (remitter)"]), f"{payer}, {city}"
        )
        wrap_pair(p, rng.choice(["Remitting bank", "Sending institution (52A)"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary account name", "Payee (exporter)", "Beneficiary name"]
                + (["Credited to (exporter)"] if status == "success" else [])
            ),
            me,
            merchant=me,
        )
        p.pair(
            "Account credited" if status == "success" else "Beneficiary account",
            f"XXXXXXXX{digits(rng, 4)} (EEFC / CA)",
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
        rng.choice(
            [
                "Remittance amount (FCY)",
                "FCY amount received",
                "Amount (foreign currency)",
                "Instructed amount",
            ]
        ),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN - beneficiary", "SHA - shared", "OUR - remitter"]))
    if status != "failed":
        p.pair("Conversion rate", f"1 {cur} = INR {rate}")
        inr = round(j.amount * rate, 2)
        p.pair("Converted amount (INR)", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {chg:,.2f}")
    if status == "success":
        p.pair("Amount credited in INR", f"{inr - chg:,.2f}")
    shipped = not j.no_day and rng.random() < 0.6
    p.pair(
        "Purpose code",
        "P0102 - export of goods" if shipped or rng.random() < 0.5 else "P0103 - advance against exports",
    )
    loads = GRAPE_LOADS if cur in ("EUR", "GBP", "AED", "SAR", "MYR") else WINE_LOADS
    wrap_pair(p, "Description of goods", rng.choice(loads))
    p.pair("Export invoice No.", f"KRW/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if shipped:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 60), rng.choice(WIRE_PATS)))
    p.pair("Received through", rng.choice(["SWIFT MT103", "SWIFT gpi MT103"]), method="netbanking")
    p.pair("Sender's reference (20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IR', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(
                ["Inward remittance No.", "Bank reference"] + (["IRM No."] if status == "success" else [])
            ),
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
        "Match this remittance with its shipping bill on EDPMS within the time the rules allow."
        if status == "success"
        else "Quote the reference above when you write to the forex desk.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. tasting room, vineyard, winery receipts


# the party, the way it paid, the unit (tasting room, vineyard, winery or the accounts desk's mail), the goods
SALES = [
    ("Mr. Aniket Deshpande, Pune", "UPI", "tasting", "wine"),
    ("Nashik Gymkhana, Trimbak Road", "cheque", "tasting", "case"),
    ("Ms. Ritika Khanna, Mumbai", "NEFT", "mail", "event"),
    ("Pimpalgaon Fruit Traders", "cash", "vineyard", "grapes"),
    ("Oakline Decor Studio, Nashik", "card", "winery", "barrels"),
    ("Ozar Vermicompost Works", "UPI", "winery", "pomace"),
    ("Lasalgaon Grape Traders", "cheque", "vineyard", "grapes"),
    ("Mr. Farhan Qureshi, Bengaluru", "UPI", "mail", "crush"),
]
SALE_HEADS = {
    "tasting": ["CELLAR DOOR SALE MEMO", "TASTING ROOM BILL - GANGAPUR ROAD"],
    "grapes": ["KATA PATTI - TABLE GRAPES (FARM GATE)", "RECEIPT - TABLE GRAPES SOLD BY WEIGHT"],
    "pomace": ["RECEIPT - GRAPE POMACE (BY WEIGHT)", "BY-PRODUCT SALE MEMO - GRAPE MARC"],
    "barrels": ["SALE RECEIPT - USED OAK BARRELS", "RECEIPT - WINERY ASSET DISPOSAL"],
}
STAMPS = {
    "tasting": ("KASHYAPI RIDGE TASTING ROOM", "GANGAPUR ROAD, NASHIK"),
    "vineyard": ("KASHYAPI RIDGE VINEYARDS", "MOHADI, DINDORI"),
    "winery": ("KASHYAPI RIDGE WINERY", "VINCHUR WINE PARK"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The tasting room's CELLAR DOOR SALE MEMO / TASTING ROOM BILL - GANGAPUR ROAD to a Pune visitor and a
    Nashik club buying cases, the vineyard's KATA PATTI - TABLE GRAPES (FARM GATE) / RECEIPT - TABLE GRAPES
    SOLD BY WEIGHT to two traders (gross weight, the crates' tare, net weight), the winery's SALE RECEIPT -
    USED OAK BARRELS / RECEIPT - WINERY ASSET DISPOSAL to a decor studio and its RECEIPT - GRAPE POMACE (BY
    WEIGHT) / BY-PRODUCT SALE MEMO - GRAPE MARC to a vermicompost maker (paper: the tasting room, the
    vineyards, the winery or the company on top with its "A unit of" line, address and GSTIN; Memo No. / Bill
    No. / Patti No. / Receipt No. and Date / Date of sale / Patti date / Bill dt. in either order, then
    Purchaser / Sold to (trader) / Guest name, the bottles, cases, kilos or barrels x rate, Less: Cellar-door
    discount @ 10% on the tasting room's, the MRP's taxes-included line on the wine, GST nil on the grapes,
    CGST and SGST @ 2.5% or @ 9% on the rest, Bill amount / Net payable / Total value, Received by UPI scan /
    Amount received (UPI) / Cash collected / Received in cash at the farm / Card payment received / Paid by
    card (POS) / Cheque tendered for / Cheque amount / Event advance / Advance received for the event, the sum
    in words under it, Mode of payment / Paid through, UPI Ref. No. / UPI RRN / Approval code, Cheque No. and
    bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - BOTTLES HANDED OVER / PAID - CASES DELIVERED /
    PAID - GRAPES WEIGHED AND LOADED / PAID - POMACE LIFTED FROM THE PRESS YARD / PAID - BARRELS COLLECTED /
    CHEQUE DEPOSITED - CREDIT AWAITED / CHEQUE BOUNCED - FUNDS INSUFFICIENT, BILL CANCELLED, the rubber stamp)
    and the accounts desk's Payment received - thank you e-mails (Receipt No. / Acknowledgement No.; a Mumbai
    bride's family's Event advance / Advance received for the event with the Balance due before the event /
    Balance on the event day and the NEFT UTR / UTR No., a Bengaluru visitor's crush weekend passes by
    UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@kashyapiridge.in>",
            [
                "We have received your payment - Kashyapi Ridge",
                "Payment receipt for your booking",
                "Receipt - Kashyapi Ridge Wines",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Vineyards, winery and tasting room - Nashik  |  Accounts desk")
        p.add("center", "Payment received - thank you")
        p.add("rule")
        p.part = "body"
    else:
        name = {"tasting": TASTING, "vineyard": VINEYARD, "winery": WINERY}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Kashyapi Ridge",
            where[1],
            where[2],
            SALE_HEADS["tasting" if unit == "tasting" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "tasting": ["CD", "TR"],
            "vineyard": ["KP", "MHD"],
            "winery": ["WPU", "BP"],
            "mail": ["KRW", "AR"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Receipt No.", "Acknowledgement No."],
            "vineyard": ["Patti No.", "Receipt No."],
        }.get(unit, ["Memo No.", "Bill No.", "Receipt No."])
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = {"vineyard": ["Patti date", "Date"]}.get(unit, ["Date", "Date of sale", "Bill dt."])
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(
        p,
        rng.choice(
            {
                "wine": ["Guest name", "Purchaser"],
                "case": ["Purchaser", "Club / customer"],
                "grapes": ["Sold to (trader)", "Trader's name"],
                "pomace": ["Sold to", "Purchaser"],
                "barrels": ["Sold to", "Purchaser"],
            }.get(kind, ["Guest name", "Booked by"])
        ),
        party,
    )
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("grapes", "pomace"):
        net = rng.randrange(900, 7800, 5) if kind == "grapes" else rng.randrange(2000, 12000, 10)
        rate = float(rng.randrange(lo, hi)) if kind == "grapes" else round(rng.uniform(lo, hi), 2)
        if way == "cash":
            net = min(net, int(190000 / rate) // 5 * 5)
        if kind == "grapes":
            crates = net // 18 + rng.randrange(0, 4)
            tare = round(crates * 2.0, 1)
            p.pair("Gross weight", f"{net + tare:,.1f} kg")
            p.pair(f"Less: Crate tare ({crates} crates x 2.0 kg)", f"{tare:,.1f} kg")
            p.pair("Net weight", f"{net:,.1f} kg")
        base = round(net * rate, 2)
        p.pair(f"  {net:,} kg x {rate:.2f}", rs(base))
    else:
        if kind == "wine":
            qty = rng.randrange(2, 13)
            shown = f"{qty} btl"
        elif kind == "case":
            qty = rng.randrange(3, 16)
            shown = f"{qty} cs"
        elif kind == "event":
            qty = rng.randrange(80, 260, 10)
            shown = f"{qty} guests"
        elif kind == "crush":
            qty = rng.randrange(2, 7)
            shown = f"{qty} passes"
        else:
            qty = rng.randrange(2, 9)
            shown = f"{qty} pcs"
        rate = float(rng.randrange(lo, hi, 50))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "tasting" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Cellar-door discount @ 10%", rs(off))
            base = round(base - off, 2)
    if gst_rate is None:
        p.add("small", "MRP inclusive of excise duty and VAT; no GST on wine.")
        bill = base
    elif gst_rate == 0:
        p.add("small", "GST: nil - fresh grapes sold by the grower.")
        bill = base
    else:
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Event value", "Total value"] if advance else ["Bill amount", "Net payable"]), rs(bill)
    )
    j.amount = float(round(bill * rng.choice([0.2, 0.25, 0.3]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque tendered for", "Cheque amount"])
    elif advance:
        lab = rng.choice(["Event advance", "Advance received for the event"])
    else:
        lab = {
            "cash": rng.choice(["Cash collected", "Received in cash at the farm"]),
            "UPI": rng.choice(
                ["Amount received (UPI)"]
                if unit == "mail"
                else ["Amount received (UPI)", "Received by UPI scan"]
            ),
            "card": rng.choice(["Card payment received", "Paid by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(
            rng.choice(["Balance due before the event", "Balance on the event day"]),
            rs(round(bill - j.amount, 2)),
        )
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of payment", "Paid through"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:4])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    words.append(
        {
            "wine": "PAID - BOTTLES HANDED OVER",
            "case": "PAID - CASES DELIVERED",
            "grapes": "PAID - GRAPES WEIGHED AND LOADED",
            "pomace": "PAID - POMACE LIFTED FROM THE PRESS YARD",
            "barrels": "PAID - BARRELS COLLECTED",
            "event": "ADVANCE RECEIVED - DATE BLOCKED",
            "crush": "PAID - PASSES E-MAILED",
        }[kind]
    )
    if advance:
        words.remove("PAID")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - CREDIT AWAITED",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "grapes": "Weighed on the farm's platform scale before the trader. Cheques are subject to "
            "realisation.",
            "pomace": "Pomace is sold as it lies in the press yard and lifted by the buyer.",
            "barrels": "Barrels are sold as they are, without warranty, for decor and furniture use only.",
            "event": "The balance is due as shown above. Dates are confirmed on receipt of the advance.",
            "crush": "Passes are for the date booked; bring the e-mail to the tasting room desk.",
        }.get(kind, "Wine is sold only to persons aged 21 and above. No exchange without this memo."),
    )
    if unit != "mail":
        right(p, f"For {name} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(p, STAMPS[unit][0], STAMPS[unit][1], None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. inputs, bottles, corks, labels, drip


SUPPLIERS = [
    (
        "Pimpalgaon Krishi Seva Kendra",
        "Fertilisers | Fungicides | Drip fittings",
        "Mumbai-Agra Highway, Pimpalgaon Baswant, Taluka Niphad, Nashik - 422209, Maharashtra",
        "27",
        "PKS",
    ),
    (
        "Suhag Nagar Glass Bottle Works",
        "Antique green and flint wine bottles | 750 ml and 375 ml",
        "Suhag Nagar, Firozabad - 283203, Uttar Pradesh",
        "09",
        "SGB",
    ),
    (
        "Vapi Cork & Closures",
        "Natural and technical corks | Screw caps | Capsules",
        "GIDC Phase II, Vapi - 396195, Gujarat",
        "24",
        "VCC",
    ),
    (
        "Satpur Label & Carton Printers",
        "Self-adhesive wine labels | 6 and 12 bottle cartons",
        "F-27, MIDC Satpur, Nashik - 422007, Maharashtra",
        "27",
        "SLC",
    ),
    (
        "Jalgaon Drip & Trellis Supplies",
        "Drip laterals | Emitters | Vineyard trellis hardware",
        "G-Sector, MIDC Area, Jalgaon - 425003, Maharashtra",
        "27",
        "JDT",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "PKS": [
        ("Water soluble fertiliser 19:19:19 - 25 kg bag", "3105", "kg", 95, 140, 5, 200, 2000),
        ("Potassium schoenite (0:0:23) - 25 kg bag", "3104", "kg", 70, 110, 5, 200, 1500),
    ],
    "SGB": [
        ("Wine bottle 750 ml - antique green, Bordeaux", "7010", "pcs", 14, 24, 18, 4000, 30000),
        ("Wine bottle 375 ml - flint", "7010", "pcs", 9, 15, 18, 2000, 12000),
    ],
    "VCC": [
        ("Natural cork 44 x 24 mm - grade 2", "4503", "pcs", 9, 22, 18, 4000, 24000),
        ("Tin-laminate capsule - printed, 30 x 60 mm", "8309", "pcs", 2, 5, 18, 4000, 24000),
    ],
    "SLC": [
        ("Front and back wine labels (set)", "4821", "sets", 2, 6, 18, 5000, 30000),
        ("Corrugated carton - 12 x 750 ml, printed", "4819", "pcs", 38, 72, 18, 400, 3000),
    ],
    "JDT": [
        ("Drip lateral 16 mm, 4 lph inline", "8424", "m", 7, 12, 5, 3000, 20000),
        ("Online emitter 8 lph with stake", "8424", "pcs", 3, 7, 5, 2000, 12000),
    ],
}
SUPPLY_ORDER = [0, 1, 3, 2, 4, 1, 3, 0]
SUPPLY_WAYS = ["NEFT", "RTGS", "-", "UPI", "NEFT", "-", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Pimpalgaon farm input dealer, the Firozabad bottle maker, the Vapi cork maker, the Satpur label and
    carton printer and the Jalgaon drip supplier billing the company (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / GST TAX INVOICE / SALES INVOICE CUM DELIVERY
    CHALLAN, Invoice No. / Inv. No. / Sales bill No. and Invoice date / Inv. dt. / Bill date in either order,
    Details of receiver (billed to) / Name of recipient / Consignee / buyer the company, Details of consignee
    (shipped to) the vineyards or the winery, Place of supply, E-way bill No., Docket No. or Vehicle No., Your
    order No., the fertiliser, bottles, corks, capsules, labels, cartons, laterals or emitters with HSN, kg,
    pcs, sets or m x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less:
    Advance paid with order and Balance paid by NEFT / RTGS on some, Less: TDS u/s 194Q (buyer) and Net paid
    by NEFT / RTGS on some, else Received by NEFT / RTGS / Amount received - NEFT / RTGS / Received by UPI /
    UPI payment received with UTR No. / UTR / UPI Ref. No. / UPI RRN, or Payment by cheque / Cheque amount
    with Cheque No.; PAID / RECEIVED - ACCOUNT SETTLED / SETTLED BY NEFT / RTGS / UPI / FULL AND FINAL - PAID
    / CHEQUE LODGED - AWAITING CLEARANCE / CHEQUE DISHONOURED - INSUFFICIENT FUNDS, PLEASE REMIT, in the
    supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
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
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "GST TAX INVOICE", "SALES INVOICE CUM DELIVERY CHALLAN"],
    )

    def number_row() -> None:
        if not j.no_ref:
            inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
            p.pair(rng.choice(["Invoice No.", "Inv. No.", "Sales bill No."]), inv, txn=(INVOICE_RANK, inv))

    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, ["Invoice date", "Inv. dt.", "Bill date"], PATS_IN)
    else:
        day_pair(p, j, ["Invoice date", "Inv. dt.", "Bill date"], PATS_IN)
        number_row()
    ours_to(p, ["Details of receiver (billed to)", "Name of recipient", "Consignee / buyer"])
    deliver = f"{VINEYARD}, Mohadi" if tag in ("PKS", "JDT") else f"{WINERY}, Vinchur"
    wrap_pair(p, "Details of consignee (shipped to)", deliver)
    p.pair("Place of supply", "Maharashtra (27)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("PKS", "SLC"):
        p.pair("Vehicle No.", f"MH-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("Docket No.", f"{rng.choice(['VRL', 'TCI', 'GAT'])}{digits(rng, 8)}")
    p.pair("Your order No.", f"KRW/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    items = SUPPLY_ITEMS[tag]
    gst_rate = items[0][5]
    for item, hsn, unit, lo, hi, _, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi, 10)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "27")
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
        p.pair("Less: Advance paid with order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (buyer)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Payment by cheque", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received by UPI", "UPI payment received"])
        else:
            lab = rng.choice([f"Received by {way}", f"Amount received - {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "RECEIVED - ACCOUNT SETTLED", f"SETTLED BY {way}", "FULL AND FINAL - PAID"]
        ),
        "pending": "CHEQUE LODGED - AWAITING CLEARANCE",
        "failed": "CHEQUE DISHONOURED - INSUFFICIENT FUNDS, PLEASE REMIT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Interest @ 18% p.a. on bills unpaid after 30 days. Breakage in transit at buyer's risk. Subject to "
        f"{town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    mark = "PAID" if word.startswith("FULL") else word.split(" - ")[0]
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, mark)
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Ozar Reefer Logistics", "Reefer trucks - Nashik to JNPT, 2 containers", 18000, 96000),
    ("Niphad Tractor & Sprayer Works", "Air-blast sprayer overhaul - vineyard", 6000, 32000),
    ("Smt. Sunanda Vasant Kulkarni", "Tasting room rent - Gangapur Road", 60000, 150000),
    ("Godavari Guards & Allied Services", "Winery security - 4 guards, one month", 42000, 98000),
    ("Dindori Anti-Hail Net Installers", "Anti-hail net - 6 acre block, fixing", 40000, 190000),
    ("College Road Design Studio", "Label artwork - Reserve range, 2026", 15000, 65000),
    ("Lasalgaon Pre-cooling & Cold Storage", "Pre-cooling and cold store - 9 pallets", 12000, 70000),
    ("Satpur Oenology Lab", "Wine analysis - 14 samples, export lot", 5000, 28000),
]
CORP_PORTALS = [
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/payments/status"),
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transaction/detail"),
    ("IDFC FIRST Bank Corporate Banking", "IDFC FIRST Bank", "corporate.idfcfirstbank.com/ft/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its reefer trucker, the sprayer mechanic, the tasting room's landlady, the security
    agency, the anti-hail net installers, the label design studio, the pre-cooling and cold store and the wine
    analysis lab: corporate net banking's transfer pages (ICICI Bank CIB, Kotak FYN, IDFC FIRST Bank Corporate
    Banking: the portal on top and the bank's line, Payment status / Transaction details - funds transfer; the
    day and the status under the heading on some, at the foot on the rest: Value date / Processed on / Debited
    on / Initiated on / Maker entry on / Failed on / Returned on; Processed - credited to beneficiary /
    Status: Completed - UTR generated / Awaiting approval - pending with authoriser / Returned by beneficiary
    bank - account closed, amount credited back; the references (UTR / UTR No. / IMPS ref. No. and Transaction
    ref. No. / Host reference) above or below the payee: Payee name / Credit to / Beneficiary / Pay to, Payee
    short name, Beneficiary A/c and IFSC, Debit A/c the company, Corporate ID, Transaction amount / Payment
    amount (INR) / Amount debited / Amount, Payment type / Mode NEFT / RTGS / IMPS, Narration / Remarks, Maker
    / Checker, Available balance after txn on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Funds transfer', 'Transaction search'])}")
    p.add("center", rng.choice(["Payment status", "Transaction details - funds transfer"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - credited to beneficiary", "Status: Completed - UTR generated"],
        "pending": ["Awaiting approval - pending with authoriser"],
        "failed": ["Returned by beneficiary bank - account closed, amount credited back"],
    }
    day_labels = {
        "success": ["Value date", "Processed on", "Debited on"],
        "pending": ["Initiated on", "Maker entry on"],
        "failed": ["Failed on", "Returned on"],
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
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS ref. No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. No.", "Host reference"]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Payee name", "Credit to", "Beneficiary", "Pay to"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Payee short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "NSK")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit A/c", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Corporate ID", f"KRWPL{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Transaction amount", "Payment amount (INR)", "Amount"]
            + (["Amount debited"] if status == "success" else [])
        ),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment type", "Mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.pair("Maker / Checker", f"KRWACC2 / {'-' if status == 'pending' else 'KRWDIR1'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance after txn", rs(rupees(rng, 150000, 5200000)))
    if not refs_first:
        refs()
    if not head_first:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A returned transfer is credited back to the debit account within two working days.")
    return p.done()


# ---------------------------------------------------------------- 7. pickers, pruners, sprayers, cellar hands


# payee, role, village, kind
WORKERS = [
    ("Sakharam Dattu Gavit", "Grape picker - harvest gang", "Mohadi", "pick"),
    ("Mangal Sitaram Bhoye", "Grape picker - harvest gang", "Janori", "pick"),
    ("Ramdas Pandurang Jadhav", "Pruner - fruit pruning (phal chhatni)", "Dindori", "prune"),
    ("Vitthal Kashinath Pawar", "Sprayer - tractor-mounted blower", "Vani", "spray"),
    ("Sunita Ravindra Wagh", "Bottling line - filling and corking", "Vinchur", "bottle"),
    ("Yogesh Bhausaheb Shinde", "Cellar hand - tank cleaning and racking", "Niphad", "cellar"),
    ("Rekha Tukaram Mahale", "Bottling line - labelling and packing", "Lasalgaon", "bottle"),
    ("Kalpana Sharad Thakare", "Grape picker - harvest gang", "Pimpalgaon", "pick"),
]
WORK_FRAMES = ["paper", "payout", "paper", "paper", "bhim", "paper", "payout", "bob"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "pick": (
        ["GRAPE PICKING WAGES - PER CRATE", "DRAKSHA TODNI MAJURI HISHOB"],
        ["Picker's name", "Majuri paid to (todni)"],
        "Crates picked (20 kg): {q} x {rate}",
        (18, 32),
        (60, 260),
        ["Net majuri paid", "Amount paid to picker"],
    ),
    "prune": (
        ["PRUNING WAGES - PER ACRE", "CHHATNI MAJURI CHITTHI"],
        ["Pruner's name", "Majuri paid to (chhatni)"],
        "Vines pruned (acres): {q} x {rate}",
        (2800, 4800),
        (2, 9),
        ["Net majuri paid", "Amount paid to pruner"],
    ),
    "spray": (
        ["SPRAYING WAGES - PER TANK", "FAVARNI MAJURI CHITTHI"],
        ["Sprayer's name", "Majuri paid to (favarni)"],
        "Tanks sprayed (600 L): {q} x {rate}",
        (220, 380),
        (12, 48),
        ["Net majuri paid", "Net amount paid"],
    ),
    "cellar": (
        ["CELLAR WORK WAGES - PER SHIFT", "WINERY KAMGAR MAJURI HISHOB"],
        ["Cellar hand's name", "Majuri paid to (cellar)"],
        "Shifts worked: {q} x {rate}",
        (550, 800),
        (10, 28),
        ["Net majuri paid", "Net amount paid"],
    ),
}
EXTRAS = {
    "pick": "Add: Early start (4 am) allowance",
    "prune": "Add: Paste application extra",
    "spray": "Add: Night spraying extra",
    "cellar": "Add: Sunday shift extra",
}


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top, the company under it; the sum large above the status or
    under it)."""
    j.amount = rupees(rng, 2500, 26000, 0.6)
    pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - amount credited to the fund account", "Payout processed"],
        "pending": ["Queued - low balance in the RazorpayX account"],
        "failed": ["Payout failed - invalid beneficiary account details"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Contact name", "Payout to"]), who, merchant=who)
    p.pair("Contact ID", f"cont_{code(rng, 14, ALNUM + LOWER)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Fund account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account (VPA)", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ibl")
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Narration",
        rng.choice(["Todni majuri - 180 crates", "Harvest wages - week 6"])
        if kind == "pick"
        else rng.choice(["Bottling line - 6 shifts", "Labelling and packing wages"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank reference (UTR)"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"KRW-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Credited at"],
            "pending": ["Queued on", "Created on"],
            "failed": ["Failed on", "Reversed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has confirmed this credit.",
            "pending": "Queued payouts are sent once the account is topped up.",
            "failed": "The amount of a failed payout is returned to the RazorpayX balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its grape pickers by the crate, its pruners by the acre, its sprayers by the tank
    and its cellar hands by the shift: its printed GRAPE PICKING WAGES - PER CRATE / DRAKSHA TODNI MAJURI
    HISHOB / PRUNING WAGES - PER ACRE / CHHATNI MAJURI CHITTHI / SPRAYING WAGES - PER TANK / FAVARNI MAJURI
    CHITTHI / CELLAR WORK WAGES - PER SHIFT / WINERY KAMGAR MAJURI HISHOB (the company on top with the
    vineyards' or the winery's line, Picker's name / Majuri paid to (todni) / Pruner's name / Majuri paid to
    (chhatni) / Sprayer's name / Majuri paid to (favarni) / Cellar hand's name / Majuri paid to (cellar),
    Work, Village / Gaon, Worker ID, Mukadam (gang) and Block (no fact), Majuri chitthi No. / Wage slip No.,
    Date / Wage date / Payment dt., the crates, acres, tanks or shifts x rate, Add: Early start (4 am)
    allowance / Add: Paste application extra / Add: Night spraying extra / Add: Sunday shift extra, Gross
    majuri, Less: Crates rejected at sorting - n @ rate / Less: Gloves and mask issued / Less: Advance (uchal)
    adjusted, Net majuri paid / Amount paid to picker / Amount paid to pruner / Net amount paid, Paid by Cash
    / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - CRATES TALLIED / PAID - ENTERED IN
    MAJURI REGISTER), RazorpayX payout pages for a picker and a bottling line worker (RazorpayX on top and
    Payouts - the company under it, the sum large above the status or under it, Contact name / Payout to,
    Contact ID, Fund account / Fund account (VPA), Mode, Narration, Payout ID, UTR / Bank reference (UTR),
    Reference ID, Processed on / Credited at / Queued on / Created on / Failed on / Reversed on; Processed -
    amount credited to the fund account / Payout processed / Queued - low balance in the RazorpayX account /
    Payout failed - invalid beneficiary account details), a BHIM screen (UPI Ref. No. / RRN and BHIM txn ID)
    paying a bottling line worker and a bob World screen (IMPS: IMPS Ref. No. / RRN and bob World ref. No.)
    paying a picker (Paid to / Sent to / Beneficiary name / Transferred to above the sum or under the status;
    Success / Sent successfully / IMPS transfer successful / Funds transferred; Date & time / Paid on /
    Transferred on)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("bhim", "bob"):
        bhim = frame == "bhim"
        j.amount = rupees(rng, 2200, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM" if bhim else "bob World")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        payee_labels = ["Paid to", "Sent to"] if bhim else ["Beneficiary name", "Transferred to"]
        if pay_first:
            p.add("small", rng.choice(payee_labels))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Success", "Sent successfully"]
                if bhim
                else ["IMPS transfer successful", "Funds transferred"]
            },
        )
        if not pay_first:
            p.add("small", rng.choice(payee_labels))
            p.add("center", who, merchant=who)
        if bhim:
            p.add(
                "small",
                f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['upi', 'ybl', 'oksbi', 'axl'])}",
                method="UPI",
            )
        else:
            p.add("small", f"A/c XXXXXX{digits(rng, 4)}  |  IFSC MAHB0{digits(rng, 6)}")
            p.pair("Transfer mode", "IMPS", method="netbanking")
        p.add("rule")
        date_row(p, j, ["Date & time", "Paid on"] if bhim else ["Date & time", "Transferred on"], hour=True)
        p.pair(
            rng.choice(["Remarks", "Note"]),
            rng.choice(
                ["Bottling majuri", "Line wages - 5 shifts"] if bhim else ["Todni majuri", "Harvest wages"]
            ),
        )
        source = rng.choice(BANKS[:2] + BANKS[3:4]) if bhim else "Bank of Baroda"
        p.pair(rng.choice(["From", "Debited from"]), f"{source} XX{digits(rng, 4)}")
        if not j.no_ref:
            if bhim:
                p.pair(rng.choice(["UPI Ref. No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
                own = "BHM" + code(rng, 18, ALNUM)
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["IMPS Ref. No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
                own = f"BOB{digits(rng, 13)}"
                wrap_pair(p, "bob World ref. No.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    vine = kind in ("pick", "prune", "spray")
    where = UNITS["vineyard"] if vine else UNITS["winery"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{VINEYARD if vine else WINERY} - {'field work' if vine else 'cellar work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair(rng.choice(["Village", "Gaon"]), village)
    p.pair("Worker ID", f"KRW-{rng.randrange(1, 640):03d}")
    if vine:
        p.pair("Mukadam (gang)", rng.choice(["Bhika Gavit", "Somnath Bhoye", "Janu Mahale"]))
        p.pair(
            "Block", rng.choice(["B-3 Thompson Seedless", "C-1 Sauvignon Blanc", "A-4 Shiraz", "D-2 Chenin"])
        )
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Majuri chitthi No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Wage date", "Payment dt."], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1, 5 if rhi < 1000 else 50))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([200, 300, 500, 800]))
        p.pair(EXTRAS[kind], rs(extra))
        gross += extra
    p.pair("Gross majuri", rs(gross))
    cut = 0.0
    if kind == "pick" and rng.random() < 0.6:
        bad = rng.randrange(2, 9)
        cut = bad * rate
        p.pair(f"Less: Crates rejected at sorting - {bad} @ {rate:.2f}", rs(cut))
    if kind == "spray" and rng.random() < 0.6:
        kit = float(rng.choice([120, 180, 250]))
        p.pair("Less: Gloves and mask issued", rs(kit))
        cut += kit
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Advance (uchal) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 3 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append("PAID - CRATES TALLIED" if kind == "pick" else "PAID - ENTERED IN MAJURI REGISTER")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. NMC, excise, APEDA, DISH and the rest


FEE_FRAMES = ["property", "excise", "apeda", "dish", "gram", "fssai", "irrigation", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a grape grower and winery, its vineyards at Mohadi, its winery in the Vinchur Wine Park and
    its tasting room on the Gangapur Road: Nashik Municipal Corporation's property tax page (the Corporation
    on top and the NMC e-Services line, Property No., Assessee name, Division / ward, the General tax, the
    Education cess, the Employment guarantee cess and the Tree cess for the year, Less: Discount for payment
    by 30 June, Net amount paid / Total tax paid), the State Excise Department's winery licence renewal
    through GRAS (Name of licensee, Licence type, Licence No., Annual licence fee (PLW) and Tasting room
    licence fee, Total fee paid / Amount, GRN and Bank CIN), APEDA's RCMC renewal (APEDA / the Authority on
    top and the Ministry of Commerce and Industry line, Name of exporter, RCMC No., IEC, Renewal fee, GST @
    18%, Total paid / Amount received, Payment ref. No., Receipt No.), the Directorate of Industrial Safety
    and Health's factory licence renewal (Name of factory, Factory registration No., Workers, Licence renewal
    fee, Amount / Fee; Challan generated - payment confirmation awaited from GRAS, Challan generated on /
    Initiated on), Mohadi Gram Panchayat's ghar patti page (Maha e-Gram, Malmatta No., Owner name, Ghar patti
    (house tax), Pani patti (water tax), Diva-batti kar (street light tax), Total payable / Amount; Payment
    unsuccessful - Gram Panchayat account not credited, Attempted on / Date of attempt), FSSAI's licence
    renewal through FoSCoS (Name of FBO, Licence No., Kind of business, Central licence renewal fee - 1 year,
    Amount paid / Fee paid, Transaction ID, Application reference No.), the Water Resources Department's
    irrigation water charges (Name of water user, Permit No., Area irrigated, Water charges - perennial crop
    (grapes), Local cess (Zilla Parishad), Total paid / Amount paid) and the Transport Department's Vahan
    tax page for the reefer truck (Registered owner, Registration No., Vehicle class, Tax paid up to, Annual
    tax (goods vehicle), Green tax, Total amount paid / Amount paid, Transaction No., Bank Ref No., Receipt
    No.); the status under the authority's line or at the foot: Payment received - e-receipt issued / Paid -
    challan credited to the Government account / Transaction successful - receipt generated / Fee accepted -
    thank you; Mode of payment / Paid through, Payment date / Date of payment / Paid on / Challan date."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B, %Y"]
    ok = [
        "Payment received - e-receipt issued",
        "Paid - challan credited to the Government account",
        "Transaction successful - receipt generated",
        "Fee accepted - thank you",
    ]
    if frame in ("apeda", "fssai"):
        ok = [word for word in ok if "Government" not in word]
    days = ["Payment date", "Date of payment", "Paid on"] + (["Challan date"] if frame == "excise" else [])
    words = {"success": ok}
    day_labels = days
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "property":
        url = f"nmc.gov.in/eservices/propertytax/receipt/{digits(rng, 9)}"
        name = rng.choice(["Nashik Municipal Corporation", "NASHIK MUNICIPAL CORPORATION"])
        line = "NMC e-Services  |  Property tax"
    elif frame == "excise":
        url = f"gras.mahakosh.gov.in/echallan/receipt/{digits(rng, 10)}"
        name = rng.choice(
            ["State Excise Department, Maharashtra", "COMMISSIONER OF STATE EXCISE, MAHARASHTRA"]
        )
        line = "GRAS - Government Receipt Accounting System, Government of Maharashtra"
    elif frame == "apeda":
        url = f"apeda.gov.in/rcmc/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["APEDA", "Agricultural and Processed Food Products Export Development Authority"])
        line = "Ministry of Commerce and Industry, Government of India  |  RCMC renewal"
    elif frame == "dish":
        url = f"mahakamgar.maharashtra.gov.in/dish/licence/renewal/{digits(rng, 8)}"
        name = rng.choice(
            [
                "Directorate of Industrial Safety and Health, Maharashtra",
                "DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH",
            ]
        )
        line = "Industries, Energy and Labour Department, Government of Maharashtra  |  Factory licence"
    elif frame == "gram":
        url = f"mahaegram.gov.in/payment/status/{digits(rng, 9)}"
        name = rng.choice(["Gram Panchayat Mohadi", "GRAM PANCHAYAT MOHADI, TA. DINDORI"])
        line = "Maha e-Gram, Rural Development Department  |  Ghar patti and pani patti"
    elif frame == "fssai":
        url = f"foscos.fssai.gov.in/payment/receipt/{digits(rng, 10)}"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        line = "FoSCoS - Food Safety Compliance System  |  Licence renewal"
    elif frame == "irrigation":
        url = "wrd.maharashtra.gov.in/watercharges/epayment/receipt"
        name = rng.choice(
            ["Water Resources Department, Maharashtra", "WATER RESOURCES DEPARTMENT, MAHARASHTRA"]
        )
        line = "Nashik Irrigation Circle  |  Irrigation water charges"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(["Transport Department, Maharashtra", "Motor Vehicles Department, Maharashtra"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Motor vehicle tax"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("gram", "dish")
    if status_top:
        outcome_row(p, status, words)
    if frame == "property":
        p.pair("Property No.", f"{rng.choice(['W', 'NW', 'S'])}{rng.randrange(1, 40)}/{digits(rng, 6)}")
        wrap_pair(p, "Assessee name", f"{firm} (tasting room)")
        p.pair("Division / ward", f"Nashik West - Ward {rng.randrange(1, 31)}")
        general = float(round(rng.uniform(14000, 42000)))
        heads = [
            ("General tax 2026-27", general),
            ("Education cess", float(round(general * rng.choice([0.04, 0.06])))),
            ("Employment guarantee cess", float(round(general * 0.03))),
            ("Tree cess", float(round(rng.uniform(400, 1600)))),
        ]
        labels = ["Net amount paid", "Total tax paid"]
    elif frame == "excise":
        wrap_pair(p, "Name of licensee", f"{firm} - {WINERY}")
        p.pair("Licence type", "Form PLW - wine manufactory")
        p.pair("Licence No.", f"PLW/NSK/{rng.randrange(1, 90):02d}/{j.date.year}")
        heads = [
            ("Annual licence fee (PLW)", float(rng.choice([25000, 40000, 50000]))),
            ("Tasting room licence fee", float(rng.choice([10000, 15000]))),
        ]
        labels = ["Total fee paid", "Amount"]
        refs = [("GRN", TXN_RANK, f"MH{digits(rng, 15)}")]
        if status == "success":
            refs.append(("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{digits(rng, 5)}"))
    elif frame == "apeda":
        wrap_pair(p, "Name of exporter", firm)
        p.pair("RCMC No.", f"RCMC/APEDA/{digits(rng, 5)}/{j.date.year}")
        p.pair("IEC", iec(rng))
        fee = float(rng.choice([5000, 7500, 10000]))
        heads = [("Renewal fee (five years)", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total paid", "Amount received"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"APD{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"APEDA/{digits(rng, 6)}"),
        ]
    elif frame == "dish":
        wrap_pair(p, "Name of factory", f"{WINERY} ({firm})")
        p.pair("Factory registration No.", f"NSK/{digits(rng, 5)}")
        p.pair("Workers", str(rng.randrange(28, 110)))
        heads = [("Licence renewal fee", float(rng.choice([7500, 12000, 18000, 24000])))]
        labels = ["Amount", "Fee"]
        refs = [("GRN", TXN_RANK, f"MH{digits(rng, 15)}")]
        words = {"pending": ["Challan generated - payment confirmation awaited from GRAS"]}
        day_labels = ["Challan generated on", "Initiated on"]
    elif frame == "gram":
        p.pair("Malmatta No.", f"{rng.randrange(100, 999)}/{rng.randrange(1, 9)}")
        wrap_pair(p, "Owner name", f"{firm} (vineyard farm house)")
        heads = [
            ("Ghar patti (house tax) 2026-27", float(rng.choice([2400, 3600, 4800]))),
            ("Pani patti (water tax)", float(rng.choice([600, 900, 1200]))),
            ("Diva-batti kar (street light tax)", float(rng.choice([150, 250, 300]))),
        ]
        labels = ["Total payable", "Amount"]
        refs = [("Transaction ID", TXN_RANK, f"MEG{digits(rng, 12)}")]
        words = {"failed": ["Payment unsuccessful - Gram Panchayat account not credited"]}
        day_labels = ["Attempted on", "Date of attempt"]
    elif frame == "fssai":
        wrap_pair(p, "Name of FBO", f"{firm} - {WINERY}")
        p.pair("Licence No.", f"1{digits(rng, 13)}")
        p.pair("Kind of business", "Manufacturer - wine")
        heads = [("Central licence renewal fee - 1 year", 7500.0)]
        labels = ["Amount paid", "Fee paid"]
        refs = [("Transaction ID", TXN_RANK, f"FSS{digits(rng, 12)}")]
        p.pair("Application reference No.", f"30{digits(rng, 12)}")
    elif frame == "irrigation":
        wrap_pair(p, "Name of water user", f"{firm} - {VINEYARD}")
        p.pair("Permit No.", f"KDW/LI/{digits(rng, 4)}")
        acres = rng.randrange(18, 60)
        p.pair("Area irrigated", f"{acres} acres (grapes, perennial)")
        charge = float(round(acres * rng.uniform(1100, 1700)))
        heads = [
            ("Water charges - perennial crop (grapes)", charge),
            ("Local cess (Zilla Parishad)", float(round(charge * 0.2))),
        ]
        labels = ["Total paid", "Amount paid"]
    else:
        wrap_pair(p, "Registered owner", firm)
        p.pair("Registration No.", f"MH-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair(
            "Vehicle class",
            rng.choice(["Goods carrier - reefer truck (HGV)", "Goods carrier (LGV) - pick-up"]),
        )
        if not j.no_day:
            p.pair("Tax paid up to", j.other_day(rng, 355, 370))
        heads = [("Annual tax (goods vehicle)", float(rng.choice([5800, 7400, 9600])))]
        extra = float(rng.choice([0, 500, 1000]))
        if extra:
            heads.append(("Green tax", extra))
        labels = ["Total amount paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"MH{digits(rng, 14)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"MH15{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    if frame == "property":
        if j.date.month <= 6:
            rebate = float(round(heads[0][1] * 0.05))
            p.pair("Less: Discount for payment by 30 June", rs(rebate))
            total -= rebate
        refs = [("Transaction ID", TXN_RANK, f"NMC{digits(rng, 12)}")]
        refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        refs.append(("Receipt No.", INVOICE_RANK, f"NMC/PT/{digits(rng, 7)}"))
    if frame == "irrigation":
        refs = [("Transaction ID", TXN_RANK, f"WRD{digits(rng, 12)}")]
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "property": "Property tax paid by 30 June earns a 5% discount on the general tax.",
        "excise": "Keep the challan with the licence file for the excise inspector.",
        "apeda": "The renewed RCMC is issued on the APEDA portal once the payment is accounted.",
        "dish": "Do not pay again; the status changes once GRAS confirms the challan.",
        "gram": "If money was debited, the bank returns it within 7 working days.",
        "fssai": "Download the renewed licence from FoSCoS after the payment is verified.",
        "irrigation": "Water is released to the lift scheme only against paid-up permits.",
        "vahan": "Keep the e-receipt in the vehicle with the registration certificate.",
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
        "Weather based crop insurance (RWBCIS) - grapes, Mohadi vineyards",
        "browser",
        "crop",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Bharat Sookshma Udyam Suraksha - winery, tanks and wine stock",
        "mail",
        "stock",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Marine cargo (export) open policy - grapes in reefers, wine by sea",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - vineyard, winery and tasting room staff",
        "browser",
        "health",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Money insurance - harvest wage cash carried to the vineyards",
        "mail",
        "money",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Goods carrying vehicle - package policy, reefer truck",
        "paper",
        "vehicle",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Employees' compensation - pickers, pruners and bottling line",
        "browser",
        "ec",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Public liability - tasting room and vineyard tour visitors",
        "mail",
        "liability",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its grape crop against the weather, its winery, tanks and wine stock, its export
    cargo, its staff's health, the harvest wage cash carried to the vineyards, its reefer truck, its workers
    under the Employees' Compensation Act and its visitors: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, ACKNOWLEDGEMENT OF PREMIUM RECEIVED / Premium
    receipt cum tax invoice / RECEIPT - PREMIUM COLLECTED (Premium payment status on the failed one); the
    status under the heading on some, under the sum on the rest; Insured / Name of the insured / Policyholder,
    Policy No. / Proposal No. / Quote No., Sum insured - grapes (scale of finance) / Sum insured - winery
    building, tanks and wine stock / Annual export turnover (estimated) / Lives covered / Cash in transit
    limit / IDV / Estimated annual wages / Limit of indemnity - any one occurrence, Policy start date,
    Farmer's share of premium (no GST on the crop's) or Basic premium or Own damage and Third party liability,
    an add-on (STFI cover, Refrigeration machinery breakdown, Maternity benefit, Cash in safe, Engine protect,
    Occupational disease extension, Food and beverage liability), GST @ 18%, the sum: Premium received / Total
    amount received (incl. GST) / Premium paid / Cheque amount / Amount of cheque / Amount payable / Premium
    payable; Premium realised - policy in force / Received - policy document sent by e-mail / CHEQUE RECEIVED
    - COVER SUBJECT TO CLEARANCE / Payment unsuccessful - policy not issued; Mode of payment, Cheque No., PG
    txn ID / Payment gateway ref., UPI Ref No. / Bank reference, Receipt No. / Premium receipt No., Receipt
    date / Date of payment / Received on / Cheque deposited on / Tried on / Attempt date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'portal'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.replace("The ", "").split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <receipts@{host}>",
            ["Premium receipt - your policy", "Thank you - premium received"],
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
            rng.choice(["Branch Office, Sharanpur Road, Nashik", "Divisional Office, Old Agra Road, Nashik"]),
        )
    p.add(
        "center",
        rng.choice(
            ["ACKNOWLEDGEMENT OF PREMIUM RECEIVED", "RECEIPT - PREMIUM COLLECTED"]
            + ([] if kind == "crop" else ["Premium receipt cum tax invoice"])
        )
        if status != "failed"
        else "Premium payment status",
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium realised - policy in force", "Received - policy document sent by e-mail"],
        "pending": ["CHEQUE RECEIVED - COVER SUBJECT TO CLEARANCE"],
        "failed": ["Payment unsuccessful - policy not issued"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p, rng.choice(["Insured", "Name of the insured", "Policyholder"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['1', '3', '7'])}{digits(rng, 4)}/{digits(rng, 8)}/26/000")
    else:
        label = rng.choice(["Proposal No.", "Quote No."])
        p.pair(label, f"{'PR' if label.startswith('Proposal') else 'QT'}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    gst = True
    if kind == "crop":
        acres = rng.randrange(18, 48)
        insured = float(acres * 128000)
        wrap_pair(p, f"Sum insured - grapes, {acres} acres (scale of finance)", rs(insured))
        heads = [("Farmer's share of premium (5%)", round(insured * 0.05, 2))]
        addon = None
        gst = False
    elif kind == "stock":
        insured = float(rng.randrange(30000000, 160000000, 100000))
        wrap_pair(p, "Sum insured - winery building, tanks and wine stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("STFI cover", round(insured * 0.00008, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 180000000, 500000))
        p.pair("Annual export turnover (estimated)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("Refrigeration machinery breakdown", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(24, 80)
        p.pair("Lives covered", f"{members} (Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3200, 5200), 2)
        addon = ("Maternity benefit", round(members * 420.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 1500000, 50000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(1400000, 3200000, 10000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"MH-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage", basic), ("Third party liability", float(rng.choice([33414, 44242])))]
        addon = ("Engine protect", round(idv * 0.002, 2))
    elif kind == "ec":
        wages = float(rng.randrange(4000000, 22000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Occupational disease extension", round(wages * 0.0004, 2))
    else:
        limit = float(rng.choice([5000000, 10000000, 20000000]))
        wrap_pair(p, "Limit of indemnity - any one occurrence", rs(limit))
        basic = round(limit * rng.uniform(0.0012, 0.002), 2)
        addon = ("Food and beverage liability", round(limit * 0.0001, 2))
    if not j.no_day:
        p.pair("Policy start date", j.other_day(rng, 1, 8))
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Basic premium", rs(basic))
        taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed = round(taxed + addon[1], 2)
    if gst:
        tax = round(taxed * 0.18, 2)
        p.pair("GST @ 18%", rs(tax))
        j.amount = round(taxed + tax, 2)
    else:
        p.add("small", "Crop insurance premium is exempt from GST.")
        j.amount = taxed
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium received", "Premium paid"]
        + (["Total amount received (incl. GST)"] if gst else []),
        "pending": ["Cheque amount", "Amount of cheque"],
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
    p.pair("Mode of payment", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'OLP', 'PAY'])}{digits(rng, 12)}"
            p.pair(rng.choice(["PG txn ID", "Payment gateway ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Date of payment", "Received on"],
            "pending": ["Cheque deposited on", "Receipt date"],
            "failed": ["Tried on", "Attempt date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover is subject to realisation of the premium and to the terms of the policy.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("KASHYAPI RIDGE TASTING ROOM", "GANGAPUR ROAD, NASHIK", "own"),
    ("SAHYADRI HP SERVICE STATION", "MUMBAI-AGRA HWY, OZAR", "fuel"),
    ("KASHYAPI RIDGE WINES", "VINCHUR WINE PARK NIPHAD", "own"),
    ("HOTEL MARINE CREST", "JUHU TARA ROAD, MUMBAI", "hotel"),
    ("KASHYAPI RIDGE VINEYARDS", "MOHADI, DINDORI", "own"),
    ("SHREE SAMARTH AGRO HARDWARE", "PIMPALGAON BASWANT", "shop"),
    ("KASHYAPI RIDGE TASTING ROOM", "NASHIK 422222 MH", "own"),
    ("HOTEL SAHYADRI VEG", "NH-160, IGATPURI", "food"),
]
TERMINALS = [
    "AXIS BANK",
    "HP PAY",
    "KOTAK MAHINDRA BANK",
    "PINE LABS",
    "BANK OF BARODA",
    "MOSAMBEE",
    "IDFC FIRST BANK",
    "PHONEPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Visitors', clubs' and traders' cards on the tasting room's, the company's and the vineyards' terminals,
    and the company's card at a filling station on the Mumbai-Agra highway, a Juhu hotel in the wine fair
    week, an agri hardware shop and a highway restaurant: terminal slips (monospace: the terminal's bank or
    brand on top on some, the counter's name and place in capitals; DATE: and TIME: / TRAN DATE: and TRAN
    TIME: / DATE & TIME: at the top or under the sum; MID:, TID:, BATCH NO:, RECEIPT NO: / INVOICE: / INV NO:
    / BILL NO:, SALE / SALE (CONTACTLESS) / SALE (CHIP), CARD NO:, CARD TYPE:, a fuel sale's PRODUCT:,
    RATE(RS/L):, QTY(L):, PUMP NO:, VEH NO: and HP PAY POINTS:, a hotel's FOLIO NO: and ROOM NO:, a
    restaurant's KOT NO: and TABLE:, a shop's MOBILE:, AUTH CODE: / APPR: / APPROVAL CODE:, RRN: / RRN NO:,
    AMOUNT: / TOTAL: / NET AMT: / SALE AMOUNT: / TXN AMT:, the sum above or below the card; APPROVED /
    TRANSACTION APPROVED / SUCCESS - APPROVED / DECLINED - 55 INCORRECT PIN / TIMEOUT - TXN STATUS UNKNOWN,
    VERIFY BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1200, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2500, 9800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 5800, 21800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 18000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 260, 2400, 0.5)
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
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TRAN DATE:", d, date=j.date)
            p.pair("TRAN TIME:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["RECEIPT NO:", "INVOICE:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "SALE (CONTACTLESS)", "SALE (CHIP)"] if j.amount <= 5000 else ["SALE", "SALE (CHIP)"]
        ),
    )
    lab = rng.choice(["AMOUNT:", "TOTAL:", "NET AMT:", "SALE AMOUNT:", "TXN AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.4, 96.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER 95"]))
        p.pair("RATE(RS/L):", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"MH15{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("HP PAY POINTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
        p.pair("ROOM NO:", str(rng.randrange(101, 720)))
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(100, 999)))
        p.pair("TABLE:", str(rng.randrange(1, 30)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center", rng.choice(["APPROVED", "TRANSACTION APPROVED", "SUCCESS - APPROVED"]), status="success"
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TIMEOUT - TXN STATUS UNKNOWN, VERIFY BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, piped gas


BILLERS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "Consumer No."),
    ("BSNL Fibre", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Airtel Digital TV", "Bharti Telemedia Ltd", "Customer ID"),
    ("MNGL", "Maharashtra Natural Gas Ltd", "BP No."),
]
BILL_APPS = ["MSEDCL", "PhonePe", "iMobile Pay", "Paytm", "MSEDCL", "Amazon Pay", "MobiKwik", "Freecharge"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The vineyards', the winery's and the tasting room's electricity (MSEDCL), the office fibre (BSNL
    Fibre), the sales manager's postpaid phone (Vi), the tasting room's DTH (Airtel Digital TV) and the
    tasting room kitchen's piped gas (MNGL) through Bharat Connect in iMobile Pay and other apps (PhonePe,
    Paytm, Amazon Pay, MobiKwik, Freecharge: the app on top, the sum large above or below the status, Biller /
    Service provider / Paid to as printed, Consumer No. / Telephone No. / Mobile No. / Customer ID / BP No.,
    Customer name / Consumer name, Bill date, Due date and Payable after due date on some, Payment source /
    Paid using Current A/c or UPI, BBPS txn ref. / Bharat Connect txn ID / B-Connect ref. No., UPI Ref. No. /
    UTR, Txn ID on the failed one, Paid on / Payment date / Transaction date / Date & time, Date & time /
    Initiated on on one not paid; Bill paid successfully / Payment confirmed by biller / Pending - biller yet
    to confirm, please don't pay again / Transaction failed - money, if debited, returns in 3-5 days) and
    MSEDCL's own online payment receipt (MSEDCL, Mahavitaran, the long name or its capitals on top with its "A
    Government of Maharashtra undertaking" line, Consumer No., Billing unit (BU), Consumer name, Bill month,
    Net bill amount, Amount paid / Paid amount, Payment mode, Txn reference No., Receipt No., Payment date /
    Receipt date, the status at the foot: Payment accepted - receipt generated / Bill paid - thank you for
    paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=7000, high=96000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 2299, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 299, 1199, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1600, 12000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['0730', '0745', '0750'])}{digits(rng, 8)}",
        "Telephone No.": f"0253-{rng.choice('234')}{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Customer ID": f"3{digits(rng, 9)}",
        "BP No.": f"70{digits(rng, 8)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MSEDCL":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
        p.part = "head"
        name = rng.choice([short, "Mahavitaran", long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Maharashtra undertaking  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Billing unit (BU)", rng.choice(["4637 - Dindori", "4598 - Niphad", "4571 - Nashik Urban II"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, VINEYARD.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Net bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MSE{digits(rng, 13)}"
            p.pair("Txn reference No.", tid, txn=(TXN_RANK, tid))
            rno = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Receipt date"], hour=True)
        outcome_row(
            p,
            status,
            {"success": ["Payment accepted - receipt generated", "Bill paid - thank you for paying online"]},
        )
        p.part = "foot"
        p.add("small", "The payment reflects against your consumer number within 48 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Recharge & bills"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully", "Payment confirmed by biller"],
        "pending": ["Pending - biller yet to confirm, please don't pay again"],
        "failed": ["Transaction failed - money, if debited, returns in 3-5 days"],
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
    wrap_pair(p, rng.choice(["Biller", "Service provider", "Paid to"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name"]),
        rng.choice([COMPANY_CAPS, WINERY.upper(), TASTING.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -6))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Payable after due date", rs(round(j.amount * 1.02, 2) if which in (0, 4) else j.amount + 100))
    way = "Current A/c" if app == "iMobile Pay" else "UPI"
    p.pair(
        rng.choice(["Payment source", "Paid using"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Paytm": "PT",
                "Amazon Pay": "AZ",
                "MobiKwik": "MK",
                "Freecharge": "FC",
            }.get(app, "IC")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS txn ref.", "Bharat Connect txn ID", "B-Connect ref. No."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI Ref. No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date", "Transaction date", "Date & time"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "OZAR REEFER LOGISTIC",
    "",
    "SUHAG NAGAR GLASS BO",
    "SUNITA RAVINDRA WAGH",
    "",
    "MSEDCL",
    "VAPI CORK & CLOSURES",
    "SATPUR LABEL & CARTO",
]
MAIL_PAYEES = [
    "Niphad Tractor & Sprayer Works",
    "Smt. Sunanda Vasant Kulkarni",
    "Dindori Anti-Hail Net Installers",
    "Jalgaon Drip & Trellis Supplies",
]
SENDERS = {
    "ICICI Bank": "AX-ICICIT",
    "Nashik District Central Co-operative Bank": "VM-NDCCBK",
    "Bank of India": "JD-BOIIND",
    "Kotak Mahindra Bank": "VK-KOTAKB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-ICICIT /
    VM-NDCCBK / JD-BOIIND / VK-KOTAKB, the day divider, each bank's own wording: ICICI Bank's "ICICI Bank Acct
    XX123 debited for Rs x on <day>; <payee> credited.", Nashik District Central Co-operative Bank's "NDCC
    Bank: A/c XX1234 Dr Rs.x dt <day> by <way> to <payee>.", Bank of India's "Rs.x debited from your A/c
    XX1234 on <day> for <way> transfer in favour of <payee>.", Kotak Mahindra Bank's UPI "Sent Rs.x from
    Kotak Bank AC X1234 to <payee> on <day>. UPI Ref <ref>"; a transfer that "could not be completed; amount
    credited back." and one that "is under process at the beneficiary bank; please wait before retrying.",
    the Bal / Avl Bal line) and two e-mail debit alerts (IDFC FIRST Bank, Federal Bank: Amount debited /
    Transaction amount, Credited to / Payee name / Beneficiary, Transaction date / Posting date / Date of
    debit, Account, Mode, UTR No. / IMPS ref. No., Balance available; Status: Processed / Transaction status:
    Success - credited to payee)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=9000, high=380000)
    if k == 3:
        j.amount = rupees(rng, 2200, 14000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 18000, 96000)
    elif k == 0:
        j.amount = rupees(rng, 18000, 96000)
    if k in (1, 4):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["IDFC FIRST Bank", "Federal Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer", "Transaction alert - your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a transfer has been debited from your account as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Credited to", "Payee name", "Beneficiary"]
        if sum_first:
            p.pair(rng.choice(["Amount debited", "Transaction amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount debited", "Transaction amount"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Transaction date", "Posting date", "Date of debit"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS ref. No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Balance available", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Status: Processed", "Transaction status: Success - credited to payee"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not do this? Call the bank's 24x7 helpline at once to block the account.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 3:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Kotak's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "ICICI Bank",
        3: "Kotak Mahindra Bank",
        5: "Nashik District Central Co-operative Bank",
        7: "Bank of India",
    }.get(k, rng.choice(["ICICI Bank", "Nashik District Central Co-operative Bank", "Bank of India"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%b-%y", "%d-%m-%Y", "%d/%m/%y", "%d%b%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 3200000)
    if status == "success":
        if bank == "Kotak Mahindra Bank":
            p.add("left", f"Sent Rs.{amt} from Kotak Bank AC X{tail}", amount=j.amount, method=method)
            p.add("left", f"to {to}{on}.", merchant=to)
        elif bank == "ICICI Bank":
            p.add("left", f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};", amount=j.amount)
            if ref:
                p.add("left", f"{to} credited. {way}:{ref}.", merchant=to, method=method, txn=(UTR_RANK, ref))
                ref = None
            else:
                p.add("left", f"{to} credited by {way}.", merchant=to, method=method)
        elif bank == "Bank of India":
            p.add("left", f"Rs.{amt} debited from your A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} transfer in favour of {to}.", merchant=to, method=method)
        else:
            dt_ = f" dt {day}" if day else ""
            p.add("left", f"NDCC Bank: A/c XX{tail} Dr Rs.{amt}{dt_}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed; amount credited back.",
            "pending": "is under process at the beneficiary bank; please wait before retrying.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Kotak Mahindra Bank":
            p.add("small", "Not you? kotak.com/KBANKT/Fraud", status="success")
        else:
            p.add(
                "left",
                f"{'Bal' if bank.startswith('Nashik') else 'Avl Bal'}: Rs {bal:,.2f}",
                status="success",
            )
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank at once", "Report an unknown debit to your branch"]
                ),
            )
    if bank != "Kotak Mahindra Bank":
        p.add(
            "small",
            {"ICICI Bank": "-ICICI Bank", "Bank of India": "-BOI"}.get(bank, "-NDCC Bank"),
        )
    return p.done()


compose = compose158

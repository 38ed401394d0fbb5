"""The twelve heldout239 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Meerut sports goods maker's day in 2026 in Meerut, Uttar Pradesh (Ganga
Willow Sports Pvt Ltd, its bat and ball works in the Partapur Industrial Area, Ganga Willow Bat & Ball Works,
where the English and Kashmir willow clefts are seasoned, pressed, shaped and handled and the leather balls
cut, stitched at the works and in the stitchers' homes of Jani Khurd, Sardhana, Daurala and Kithore, lacquered
and graded, its gym equipment unit at Mohkampur, Ganga Willow Fitness Equipment Unit, where the benches, racks
and plates are welded, powder coated and packed, and its showroom in the sports market on Suraj Kund Road,
Ganga Willow Sports Emporium), told by the proofs of payment it receives and makes: cricketers', clubs',
academies' and gyms' UPI screens and the showroom's Airpay and Zaakpay pages, the Mumbai, Kolkata, Chennai,
Pune, Lucknow, Jaipur and Kochi dealers' and the Sports Authority of India's payment advices, cricket
importers' inward wires from Leeds, Sydney, Christchurch, Cape Town, Brampton, Dallas, Amstelveen and
Copenhagen in pounds, Australian dollars, New Zealand dollars, rand, Canadian dollars, US dollars, euros and
Danish kroner (rand with spaces, euros and kroner with the continental grouping on some), its own cash memos
and receipts, the leather balls sold by the dozen to two clubs, the willow chips and shavings sold by the kilo
to a brick kiln, the gym equipment sold to a gym and an academy, the willow cleft, hide, steel, cane handle
and grip and sticker suppliers' tax invoices, the corporate net-banking transfers to the transporter, the
compressor mechanic, the showroom's landlord, the security agency, the powder coater, the photo studio, the
sign maker and the termite control firm, the stitchers', bat makers', handle fitters', welders' and finishers'
wage vouchers and their Decentro payouts, Google Pay and YONO SBI payments, Meerut Nagar Nigam's, the Uttar
Pradesh Pollution Control Board's, the Sports Goods Export Promotion Council's, the Directorate of Factories',
Legal Metrology's, the Fire and Emergency Services' and the Transport Department's fee pages, the insurers'
premium receipts, card terminal slips, PVVNL's power and the fibre, postpaid, DTH and piped gas bills and the
banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice,
supplier code, PO, MRN, GeM contract, sanction, karigar card, lot, grade, property, licence, consent, RCMC,
application, registration, policy, proposal, account, customer, BP, subscriber and beneficiary ID numbers,
dozens, pieces, kilos, square feet, rates, short receipts, damages, debit notes, cash discounts, GST-TDS and
TDS, advances, thread and wax recoveries, rejected balls, rebates, GST and cess lines, rupee values on the
wires, exchange rates, IEC, correspondent banks, sums insured, limits, turnovers, wages and lives declared,
balances, due days, bill days, bill months, tax valid till days, shipping bill days, GSTIN, IFSC, UETR, SWIFT
references, MID, TID, batch and trace numbers, reservation and table numbers, corporate IDs, nicknames, the
creator and the authoriser and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead``
and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's;
``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row``
heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout234's and
heldout235's).
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

COMPANY = "Ganga Willow Sports Pvt Ltd"
COMPANY_CAPS = "GANGA WILLOW SPORTS PVT LTD"
SHORT = "Ganga Willow Sports"
WORKS = "Ganga Willow Bat & Ball Works"
GYM = "Ganga Willow Fitness Equipment Unit"
SHOWROOM = "Ganga Willow Sports Emporium"
# unit, address, GST state code
UNITS = {
    "works": (
        "Bat and ball works",
        "C-14, Partapur Industrial Area, Delhi Road, Meerut - 250103, Uttar Pradesh",
        "09",
    ),
    "gym": (
        "Gym equipment unit",
        "Plot 37, Mohkampur Industrial Area Phase II, Meerut - 250002, Uttar Pradesh",
        "09",
    ),
    "showroom": ("Showroom", "112, Suraj Kund Road, Sports Market, Meerut - 250001, Uttar Pradesh", "09"),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%y",
    "{d} %b, %Y",
    "%d.%m.%y",
    "%d %B, %Y",
    "%d-%b-%y",
    "%d/%m/%Y",
    "{d}.{m}.%Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y", "%B {d}, %Y"]
BANKS = [
    "Punjab National Bank",
    "State Bank of India",
    "HDFC Bank",
    "Kranti Urban Co-operative Bank",
    "IndusInd Bank",
    "Yes Bank",
    "ICICI Bank",
    "Axis Bank",
    "Canara Bank",
    "Bank of Baroda",
    "Union Bank of India",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "Kranti Urban Co-operative Bank": "KUCB",
    "IndusInd Bank": "INDB",
    "Yes Bank": "YESB",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
}
DOMAINS = {
    "Punjab National Bank": "pnb.bank.in",
    "State Bank of India": "sbi.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "Kranti Urban Co-operative Bank": "krantibank.in",
    "IndusInd Bank": "indusind.com",
    "Yes Bank": "yes.bank.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Canara Bank": "canarabank.bank.in",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "bat": ("English willow cricket bat - Grade 1, short handle", "pc", 6500, 22000, 5),
    "kit": ("School cricket kit - bat, pads, gloves, helmet and bag", "set", 3800, 7600, 5),
    "gym": ("Commercial gym package - benches, racks and plates", "set", 85000, 240000, 18),
    "balls": ("Leather cricket ball - 4 piece, alum tanned, league", "doz", 2600, 4800, 5),
    "chips": ("Willow chips and shavings - dry, loose (HSN 4401)", "kg", 6, 14, 5),
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
    """The company as the other party on a supplier's paper (Buyer / Invoiced to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
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
    return f"AAG{rng.choice('CF')}G{digits(rng, 4)}{rng.choice(UPPER)}"


# ---------------------------------------------------------------- 1. cricketers, clubs, gyms: UPI, pay pages


SHOP_APPS = ["Kiwi", "PNB ONE", "Airpay", "super.money", "Vyom", "Jupiter", "Zaakpay", "Amazon Pay"]
SHOP_NOTES = [
    "English willow bat - Grade 2",
    "Kashmir willow bat for Aarav",
    "Tennis ball cricket kit",
    "2 dozen practice balls",
    "Gym bench + 20 kg plates",
    "Batting pads and gloves",
    "Club order - 6 bats",
    "Knocking-in + new grip",
]
PAYERS_UPI = [
    "Vikas Tyagi",
    "Rohit Chaudhary",
    "Meerut Strikers Club",
    "Anjali Rastogi",
    "Sahil Gurjar",
    "Fit Nation Gym",
    "Deepak Bhardwaj",
    "Mohd. Sameer",
]
PAGE_ORDERS = [
    ("Shri Ram Cricket Academy, Ghaziabad", "12 Kashmir willow bats - academy order"),
    ("Mr. Devansh Rawat, Dehradun", "English willow bat Grade 1 - SH, knocked in"),
    ("FitZone Gym, Muzaffarnagar", "Adjustable bench x 2 and dumbbell rack"),
    ("Ms. Kavya Menon, Kochi", "Junior cricket kit - size 5, with helmet"),
]
SHOP_UPI_LABELS = {
    "Kiwi": ["UTR number", "UPI Ref"],
    "PNB ONE": ["RRN No.", "UTR"],
    "super.money": ["UPI Ref ID", "Ref. No. (UTR)"],
    "Vyom": ["UPI Txn Ref No.", "RRN"],
    "Jupiter": ["UTR", "UPI reference"],
    "Amazon Pay": ["Bank Reference ID", "UPI Ref No."],
}
OWN_IDS = {
    "Kiwi": ("Kiwi txn ID", "KW{d}"),
    "PNB ONE": ("PNB txn ref.", "PNB{d}"),
    "super.money": ("super.money ID", "SM{d}"),
    "Vyom": ("Vyom ref. No.", "VYM{d}"),
    "Jupiter": ("Jupiter txn ID", "JUP{d}"),
    "Amazon Pay": ("Amazon Pay txn ID", "P06-{d}"),
}


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's Airpay or Zaakpay page after a buyer paid (the payee on top, the status and the sum in
    either order, the day under them or at the foot)."""
    rs = money(rng, font, 0.5)
    j.amount = rupees(rng, 4500, 88000, 0.7)
    who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    to = rng.choice([SHOWROOM, COMPANY, SHORT, SHOWROOM.upper()])
    url = (
        f"payments.airpay.co.in/pay/receipt/{code(rng, 12, ALNUM + LOWER)}"
        if app == "Airpay"
        else f"api.zaakpay.com/transaction/status/{code(rng, 16, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Cricket, fitness and sports goods - Meerut", "112, Suraj Kund Road, Sports Market, Meerut"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - order confirmed",
            "Transaction complete - thank you for shopping",
            "Paid - your order is being packed at Meerut",
        ]
    }
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    day_first = rng.random() < 0.5
    labels = ["Transaction date", "Payment completed at", "Date & time of payment"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Customer", "Payer name", "Billed to"]), who)
    wrap_pair(p, rng.choice(["Order for", "Description"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
    }[way]
    p.pair(rng.choice(["Payment mode", "Paid using"]), shown, method=way)
    if not j.no_ref:
        if app == "Airpay":
            pid = digits(rng, 9)
            p.pair("Airpay txn ID", pid, txn=(TXN_RANK, pid))
            oid = f"GWS{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Merchant order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"ZP{digits(rng, 12)}"
            p.pair("Zaakpay txn ID", pid, txn=(TXN_RANK, pid))
            oid = f"GW-{code(rng, 5, UPPER)}-{digits(rng, 4)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("RRN" if app == "Airpay" else "Bank ref. No. (UTR)", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Airpay" else "Approval code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", "Secured by Airpay Payment Services" if app == "Airpay" else "Powered by Zaakpay")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cricketers, parents, clubs and gyms paying the showroom or the company: six UPI app screens (Kiwi, PNB
    ONE, super.money, Vyom, Jupiter, Amazon Pay: the status, the sum and the payee block in one of three
    orders; the showroom, its capitals, the company's capitals or its short name under Money sent to /
    Recipient / Paid to merchant / Payment to / Sending to, its UPI ID, a Beneficiary name as per bank / KYC
    name line on some, the sum large; Transaction time / Sent on / Time of payment / Done on / Attempted on
    first under the rule or after the references, Note / Remarks / For, Paid by / Sender (the payer), Debited
    from / From account, UTR number / UPI Ref / RRN No. / UTR / UPI Ref ID / Ref. No. (UTR) / UPI Txn Ref No.
    / RRN / UPI reference / Bank Reference ID / UPI Ref No., the app's own Kiwi txn ID / PNB txn ref. /
    super.money ID / Vyom ref. No. / Jupiter txn ID / Amazon Pay txn ID on some; Payment delivered / Money
    reached the shop's account / Transfer complete - merchant credited / Awaiting bank confirmation - please
    don't retry yet / Payment declined by your bank - incorrect UPI PIN) and the showroom's two payment pages
    (Airpay, Zaakpay: the showroom or the company on top, the status and the sum large in either order,
    Transaction date / Payment completed at / Date & time of payment under them or at the foot, Customer /
    Payer name / Billed to, Order for / Description, Payment mode / Paid using UPI, card or net banking,
    Airpay txn ID / Zaakpay txn ID, Merchant order ID / Order ID, RRN / Bank ref. No. (UTR), Auth code /
    Approval code or Bank ref. No.; Payment successful - order confirmed / Transaction complete - thank you
    for shopping / Paid - your order is being packed at Meerut)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=78000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Airpay", "Zaakpay"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"gangawillow{rng.choice(['', '.mrt', '1'])}@{rng.choice(['pnb', 'sbi', 'hdfcbank', 'indus'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction summary"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment delivered",
            "Money reached the shop's account",
            "Transfer complete - merchant credited",
        ],
        "pending": ["Awaiting bank confirmation - please don't retry yet"],
        "failed": ["Payment declined by your bank - incorrect UPI PIN"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Money sent to", "Recipient", "Paid to merchant", "Payment to"]
                if status == "success"
                else ["Sending to", "Recipient"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Beneficiary name as per bank', 'KYC name'])}: {COMPANY_CAPS}")

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
        ["Transaction time", "Sent on", "Time of payment", "Done on"]
        if status == "success"
        else ["Attempted on", "Transaction time"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Remarks", "For"]), rng.choice(SHOP_NOTES))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Paid by", "Sender"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"PNB ONE": "Punjab National Bank", "Vyom": "Union Bank of India"}.get(app) or rng.choice(
        BANKS[:6]
    )
    p.pair(
        rng.choice(["Debited from", "From account"]),
        f"{source} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            own = pattern.format(
                d=digits(rng, 7) + "-" + digits(rng, 7) if app == "Amazon Pay" else digits(rng, 12)
            )
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI | NPCI", "Need help? Report this payment", "Share receipt"]))
    return p.done()


# ---------------------------------------------------------------- 2. dealers' and SAI's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Dadar Cricket Depot Pvt Ltd", "payables@dadarcricketdepot.in", "Dadar West, Mumbai", "bat", "portal"),
    ("Esplanade Sports Mart", "esplanade.sportsmart@gmail.com", "Esplanade, Kolkata", "balls", "mail"),
    ("Sports Authority of India", "accounts.nsnis@sai.gov.in", "NSNIS, Patiala", "gym", "paper"),
    ("Chepauk Sports House", "accounts@chepauksports.in", "Wallajah Road, Chennai", "balls", "paper"),
    ("Koregaon Fitness Supplies LLP", "finance@koregaonfitness.in", "Koregaon Park, Pune", "gym", "mail"),
    ("Hazratganj Khel Bhandar", "payments@hazratganjkhel.in", "Hazratganj, Lucknow", "bat", "portal"),
    ("MI Road Sports Corner", "accounts@miroadsports.com", "MI Road, Jaipur", "bat", "mail"),
    ("Kaloor Sports Traders Pvt Ltd", "ap@kaloorsports.in", "Kaloor, Kochi", "balls", "portal"),
]
DEALER_GOODS = {
    "bat": ("pcs", 4200, 9800),
    "balls": ("doz", 2400, 5400),
    "gym": ("pcs", 14000, 38000),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Sports dealers in Mumbai, Kolkata, Chennai, Pune, Lucknow, Jaipur and Kochi and the Sports Authority of
    India paying for the bats, balls and gym equipment the firm sent them: a payment e-mail, a printed PAYMENT
    ADVICE TO SUPPLIER - SPORTS GOODS / SUPPLIER REMITTANCE STATEMENT / Advice of funds released to supplier
    and a supplier portal page (the payer on top with its desk line; Supplier code, PO No. and MRN No. (the
    Authority's GeM contract No. and Sanction order No.) first, then Supplier (payee) / Payment released to /
    Seller name / Beneficiary supplier / Credited to supplier the company, on top of the body or at the head
    of the payment block; the bills with their pieces or dozens and sums, Gross invoice value / Sum of bills,
    Less: TDS u/s 194Q @ 0.1% (the Authority's Less: GST-TDS @ 2% (IGST)), Less: Short received - n pcs /
    Less: Damaged in transit - n pcs / Less: Debit note - rate difference n @ rate / Less: Cash discount @
    1.5% on some, above or below the payment block: Net amount released / Amount paid (after deductions) / Net
    remittance (Amount withheld on the hold, Amount returned / Remittance returned on the return), Payment
    mode / Through NEFT / RTGS / IMPS, Supplier bank A/c, NEFT UTR No. / UTR reference / RTGS ref. (UTR) /
    IMPS RRN, Advice No. / Payment advice ref. / Remittance No., Released on / Date of credit / Transfer date
    / Withheld on / Advice dated / Returned on / Date of reversal; Status: Released - credited to supplier
    account / Funds released to your bank / Held - quality inspection report for the lot pending / Reversed -
    supplier account number does not match name)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    sai = buyer.startswith("Sports Authority")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment released - Ganga Willow", "Supplier remittance advice", f"Funds sent to {SHORT}"]
            if status == "success"
            else ["Supplier remittance advice", "About your payment - Ganga Willow"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts Section', 'Purchase - Sports Goods', 'Supplier Payments Desk'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE TO SUPPLIER - SPORTS GOODS",
                "SUPPLIER REMITTANCE STATEMENT",
                "Advice of funds released to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    if sai:
        p.pair("GeM contract No.", f"GEMC-{digits(rng, 6)}{digits(rng, 8)}")
        p.pair("Sanction order No.", f"SAI/NSNIS/{rng.randrange(10, 99)}/{digits(rng, 4)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'MRT'])}{digits(rng, 5)}")
        p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    if rng.random() < 0.6:
        p.pair("MRN No.", f"MRN{digits(rng, 7)}")
    labels = ["Supplier (payee)", "Payment released to", "Seller name", "Beneficiary supplier"] + (
        ["Credited to supplier"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(6, 40) if kind != "gym" else rng.randrange(2, 9)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"GWS/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if sai:
        tds_label, tds = "Less: GST-TDS @ 2% (IGST)", round(gross / 1.18 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        short = rng.randrange(1, 4)
        cut = short * each
        cuts.append((f"Less: Short received - {short} {unit}", rs(cut)))
    elif pick < 0.45:
        bad = rng.randrange(1, 4)
        cut = bad * each
        cuts.append((f"Less: Damaged in transit - {bad} {unit}", rs(cut)))
    elif pick < 0.65:
        many = rng.randrange(4, 20)
        per = float(rng.choice([60, 120, 150, 200]))
        cut = many * per
        cuts.append((f"Less: Debit note - rate difference {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Cash discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add("left", rng.choice(["Bills settled", "Against your invoices", "Invoices covered"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Gross invoice value", "Sum of bills"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Remittance", "Payment details"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount released", "Amount paid (after deductions)", "Net remittance"],
            "pending": ["Amount withheld"],
            "failed": ["Amount returned", "Remittance returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Payment mode", "Through"]), way, method="netbanking")
        wrap_pair(p, "Supplier bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS ref. (UTR)", "UTR reference"],
                    "NEFT": ["NEFT UTR No.", "UTR reference"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PA', 'RM', '71'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Advice No.", "Payment advice ref.", "Remittance No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Released on", "Date of credit", "Transfer date"],
                "pending": ["Withheld on", "Advice dated"],
                "failed": ["Returned on", "Date of reversal"],
            }[status],
            PATS_IN,
        )
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Released - credited to supplier account", "Funds released to your bank"],
                "pending": ["Held - quality inspection report for the lot pending"],
                "failed": ["Reversed - supplier account number does not match name"],
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
        "Computer generated advice; no signature required. Report any difference within 7 days."
        if not sai
        else "Paid through PFMS against the GeM contract above. Queries to the Accounts Section.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. cricket importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Headingley Cricket Supplies Ltd", "Leeds, United Kingdom", "GBP", "HSBC UK Bank plc", 2500, 42000),
    (
        "Bondi Bat Company Pty Ltd",
        "Sydney, NSW, Australia",
        "AUD",
        "Westpac Banking Corporation",
        4000,
        68000,
    ),
    ("Hagley Park Sports Ltd", "Christchurch, New Zealand", "NZD", "Bank of New Zealand", 3000, 52000),
    (
        "Newlands Cricket Traders (Pty) Ltd",
        "Cape Town, South Africa",
        "ZAR",
        "The Standard Bank of South Africa Ltd",
        45000,
        780000,
    ),
    (
        "Brampton Cricket Supplies Inc",
        "Brampton, Ontario, Canada",
        "CAD",
        "Royal Bank of Canada",
        3000,
        56000,
    ),
    ("Lone Star Cricket Gear LLC", "Dallas, Texas, USA", "USD", "JPMorgan Chase Bank NA", 2500, 46000),
    ("Amstelveen Cricket & Hockey BV", "Amstelveen, Netherlands", "EUR", "ABN AMRO Bank NV", 2000, 40000),
    ("Svanholm Cricket ApS", "Brondby, Denmark", "DKK", "Danske Bank A/S", 15000, 290000),
]
WIRE_BANKS = [
    ("Punjab National Bank", "browser"),
    ("State Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Yes Bank", "paper"),
    ("IndusInd Bank", "browser"),
    ("Canara Bank", "mail"),
]
WIRE_RATES = {
    "GBP": (114.2, 119.6),
    "AUD": (56.4, 59.8),
    "NZD": (50.6, 53.9),
    "ZAR": (4.82, 5.16),
    "CAD": (62.8, 66.1),
    "USD": (87.4, 90.6),
    "EUR": (100.2, 104.8),
    "DKK": (13.42, 14.05),
}
NOSTRO = {
    "AUD": "Commonwealth Bank of Australia, Sydney",
    "NZD": "ANZ Bank New Zealand Ltd, Wellington",
    "ZAR": "FirstRand Bank Ltd, Johannesburg",
    "CAD": "Bank of Montreal, Toronto",
    "DKK": "Nordea Danmark, Copenhagen",
}
SHIPPED = [
    "English willow cricket bats (HSN 95069910)",
    "Leather cricket balls - red and white (HSN 95066910)",
    "Batting pads, gloves and helmets (HSN 95069910)",
    "Gym benches and weight plates (HSN 95069110)",
    "Kashmir willow bats and practice balls - 3 cartons by air",
]


def grouped(value: float, sep: str, dec: str) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12.450,00 / 48 250.00)."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; a code or sign before the sum
    for Australian, New Zealand and Canadian dollars; rand with spaces between the thousands on some; euros
    and kroner with the continental grouping (dots and a decimal comma) on some."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "EUR" and rng.random() < 0.5:
        return fx(rng, font, cur)
    if cur in ("EUR", "DKK"):
        continental = rng.random() < 0.7
        after = rng.random() < 0.4

        def show_eu(value: float) -> str:
            body = grouped(value, ".", ",") if continental else f"{value:,.2f}"
            return f"{body} {cur}" if after else f"{cur} {body}"

        return show_eu
    if cur == "ZAR":
        spaced = rng.random() < 0.6

        def show_zar(value: float) -> str:
            return f"ZAR {grouped(value, ' ', '.') if spaced else f'{value:,.2f}'}"

        return show_zar
    mark = rng.choice({"AUD": ["AUD ", "A$"], "NZD": ["NZD ", "NZ$"], "CAD": ["CAD ", "C$", "CA$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cricket importers in Leeds, Sydney, Christchurch, Cape Town, Brampton, Dallas, Amstelveen and
    Copenhagen paying for bats, balls, protective gear and gym benches: the banks' inward remittance advices
    (browser, e-mail, printed ADVICE OF INWARD FOREIGN REMITTANCE / Export receipt - credit to your current
    account / SWIFT inward credit - customer advice: the bank on top with its trade finance desk; the status
    under the heading on some, at the foot on the rest; Date of credit / Credit value date / Realised on /
    Held since / Received on / Returned on / Date of refund to remitter first or after the sums; the
    remitter's block (Applicant (importer) / Paid by (overseas buyer), Remitter's bank / Ordering institution,
    Correspondent (nostro) bank on some) above or below the beneficiary's (Beneficiary customer / Exporter's
    name / For credit of / Ultimate beneficiary the company, Credit account, IEC No.); Foreign currency amount
    / Amount in FCY / Remitted amount (FCY) / Inward amount in pounds, Australian, New Zealand, Canadian and
    US dollars, rand, euros or kroner (rand with spaces between the thousands, euros and kroner with dots and
    a decimal comma on some), Charges borne by, Exchange rate applied, Rupee equivalent, Less: Handling
    charges + GST, Net credit (INR), Purpose of remittance, Goods, Export invoice No., Shipping bill No. and
    date, Channel, SWIFT ref. (field 20), Inward ref. No. / IRM reference / Transaction reference, UETR;
    Proceeds credited - IRM generated for EDPMS / Status: Funds realised and credited to your account / On
    hold - KYC of remitter under review, documents awaited / Returned to remitting bank - name mismatch with
    beneficiary account)."""
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
            f"{bank} Trade Finance <tradefinance.meerut@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Advice of inward foreign remittance",
                "Export proceeds - SWIFT credit",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Centre, Abu Lane Branch, Meerut",
                "Forex and Trade Services, Hazratganj, Lucknow",
                "Centralised Trade Processing Cell, Noida",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD FOREIGN REMITTANCE",
                "Export receipt - credit to your current account",
                "SWIFT inward credit - customer advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Proceeds credited - IRM generated for EDPMS",
            "Status: Funds realised and credited to your account",
        ],
        "pending": ["On hold - KYC of remitter under review, documents awaited"],
        "failed": ["Returned to remitting bank - name mismatch with beneficiary account"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Date of credit", "Credit value date", "Realised on"],
        "pending": ["Held since", "Received on"],
        "failed": ["Returned on", "Date of refund to remitter"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Applicant (importer)", "Paid by (overseas buyer)"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Remitter's bank", "Ordering institution"]), pbank)
        if cur in NOSTRO and rng.random() < 0.7:
            wrap_pair(p, "Correspondent (nostro) bank", NOSTRO[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary customer", "Exporter's name", "For credit of", "Ultimate beneficiary"]),
            me,
            merchant=me,
        )
        p.pair("Credit account", f"XXXXXXXX{digits(rng, 4)} (CA)")
        p.pair("IEC No.", iec(rng))

    if rng.random() < 0.5:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    else:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    p.pair(
        rng.choice(["Foreign currency amount", "Amount in FCY", "Remitted amount (FCY)", "Inward amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["Beneficiary (BEN)", "Shared (SHA)", "Remitter (OUR)"]))
    p.pair("Exchange rate applied", f"{rate} INR per {cur}")
    inr = round(j.amount * rate, 2)
    p.pair("Rupee equivalent", f"INR {inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Handling charges + GST", f"INR {chg:,.2f}")
    if status == "success":
        p.pair("Net credit (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose of remittance", rng.choice(["P0102 - export of goods", "P0103 - advance for exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"GWS/EX/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 80), rng.choice(WIRE_PATS)))
    p.pair("Channel", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("SWIFT ref. (field 20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward ref. No.", "IRM reference", "Transaction reference"]),
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
        "Link this remittance to its shipping bill on EDPMS within the period the rules allow."
        if status == "success"
        else "Quote the reference above in any reply to the Trade Finance desk.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, works and gym unit receipts


# the party, the way it paid, the unit (showroom, works, gym, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Vikrant Malik, Ghaziabad", "UPI", "showroom", "bat"),
    ("St. Xavier's Academy, Meerut Cantt", "cheque", "showroom", "kit"),
    ("Doon Valley Cricket Academy, Dehradun", "NEFT", "mail", "gym"),
    ("Sardhana Cricket Club", "cash", "works", "balls"),
    ("Iron Paradise Gym, Baghpat", "card", "gym", "gym"),
    ("Shri Balaji Bricks, Hapur Road", "UPI", "works", "chips"),
    ("Kankerkhera Cricket Club", "cheque", "works", "balls"),
    ("Ms. Sneha Reddy, Bengaluru", "UPI", "mail", "bat"),
]
SALE_HEADS = {
    "showroom": ["CASH MEMO - CRICKET & FITNESS", "SALE BILL - SURAJ KUND ROAD"],
    "balls": ["MONEY RECEIPT - LEATHER BALLS (BY THE DOZEN)", "RECEIPT - FACTORY GATE SALE"],
    "chips": ["RECEIPT - WILLOW CHIPS AND SHAVINGS (BY WEIGHT)", "SCRAP SALE MEMO - WOOD SHAVINGS"],
    "gym": ["SALE RECEIPT - GYM EQUIPMENT", "RECEIPT - FITNESS UNIT SALE"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH MEMO - CRICKET & FITNESS / SALE BILL - SURAJ KUND ROAD to a Ghaziabad cricketer and
    a Meerut school, the works' MONEY RECEIPT - LEATHER BALLS (BY THE DOZEN) / RECEIPT - FACTORY GATE SALE to
    two clubs and its RECEIPT - WILLOW CHIPS AND SHAVINGS (BY WEIGHT) / SCRAP SALE MEMO - WOOD SHAVINGS to a
    brick kiln buying the chips by the kilo, the gym unit's SALE RECEIPT - GYM EQUIPMENT / RECEIPT - FITNESS
    UNIT SALE to a Baghpat gym (paper: the showroom, the works, the unit or the company on top with its "A
    unit of" line, address and GSTIN; Cash memo No. / Sale bill No. / Receipt No. / Voucher No. and Date /
    Bill date / Dt. / Sold on in either order, then Bought by / Name of buyer / Party, the pieces, sets,
    dozens or kilos x rate, Less: Discount @ 10% on the showroom's, CGST and SGST @ 2.5% or @ 9%, Bill total /
    Net bill / Order value, Cash received / Received (cash) / Cash paid by party / UPI received / Received via
    UPI QR / Card swipe / Paid by debit/credit card / Cheque received for / Amount of cheque, the sum in words
    under it, Paid by / Payment mode, UPI Ref. No. / UPI RRN / Approval code, Cheque No. and bank, Cheque
    date; RECEIVED WITH THANKS / PAID / PAID - BAT HANDED OVER WITH COVER / PAID - KITS HANDED OVER / PAID -
    BALLS COUNTED AND DELIVERED / PAID - SHAVINGS WEIGHED AND LOADED / PAID - EQUIPMENT DISPATCHED / CHEQUE
    RECEIVED - BALLS RELEASED ON CLEARANCE / CHEQUE RETURNED UNPAID - SALE VOID, the rubber stamp) and the
    accounts desk's Payment acknowledged - thank you e-mails (Receipt No. / Acknowledgement No.; a Dehradun
    academy's Booking advance received / Advance taken with the Balance payable / Balance at delivery and the
    NEFT UTR / UTR No., a Bengaluru cricketer's bat by UPI)."""
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
            f"{SHORT} Accounts <accounts@gangawillow.in>",
            [
                "Your payment has reached us - Ganga Willow",
                "Payment acknowledgement for your order",
                "Receipt - Ganga Willow Sports",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Cricket bats, balls and gym equipment - Meerut  |  Accounts desk")
        p.add("center", "Payment acknowledged - thank you")
        p.add("rule")
        p.part = "body"
    else:
        name = {"showroom": SHOWROOM, "works": WORKS, "gym": GYM}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else f"{where[0]} - cricket bats, balls and gym equipment",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["CM", "SKR"],
            "works": ["BBW", "GATE"],
            "gym": ["FEU", "GYM"],
            "mail": ["GWS", "AR"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = (
            ["Receipt No.", "Acknowledgement No."]
            if unit == "mail"
            else ["Cash memo No.", "Sale bill No.", "Receipt No.", "Voucher No."]
        )
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = ["Date", "Bill date", "Dt.", "Sold on"]
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Bought by", "Name of buyer", "Party"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "chips":
        kilos = rng.randrange(400, 2600, 5)
        rate = float(rng.randrange(lo, hi))
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(base))
    else:
        if kind == "balls":
            qty = rng.randrange(2, 14)
            shown = f"{qty} doz"
        elif kind == "gym":
            qty = 1 if way == "card" else rng.randrange(1, 3)
            shown = f"{qty} {'set' if qty == 1 else 'sets'}"
        elif kind == "kit":
            qty = rng.randrange(6, 24)
            shown = f"{qty} sets"
        else:
            qty = rng.randrange(1, 3)
            shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 50 if kind != "gym" else 500))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Discount @ 10%", rs(off))
            base = round(base - off, 2)
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    p.pair(rng.choice(["Order value", "Bill total"] if advance else ["Bill total", "Net bill"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Booking advance received", "Advance taken"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received (cash)", "Cash paid by party"]),
            "UPI": rng.choice(
                ["UPI received"] if unit == "mail" else ["UPI received", "Received via UPI QR"]
            ),
            "card": rng.choice(["Card swipe", "Paid by debit/credit card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance payable", "Balance at delivery"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Paid by", "Payment mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "chips":
        words.append("PAID - SHAVINGS WEIGHED AND LOADED")
    elif kind == "balls":
        words.append("PAID - BALLS COUNTED AND DELIVERED")
    elif kind == "gym" and not advance:
        words.append("PAID - EQUIPMENT DISPATCHED")
    elif kind == "bat" and unit == "showroom":
        words.append("PAID - BAT HANDED OVER WITH COVER")
    elif kind == "kit":
        words.append("PAID - KITS HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - BALLS RELEASED ON CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - SALE VOID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "chips": "Chips and shavings are sold as they lie, loaded by the buyer.",
            "balls": "Balls are counted before the buyer. Cheques are subject to realisation.",
            "gym": "Installation within 10 days of dispatch. Warranty as per the warranty card.",
        }.get(
            kind,
            "Bats are not covered for cracks from yorkers or cheap balls. No exchange without this memo.",
        ),
    )
    if unit != "mail":
        right(p, f"For {name} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "GANGA WILLOW EMPORIUM",
                "works": "GANGA WILLOW WORKS",
                "gym": "GANGA WILLOW FITNESS",
            }[unit],
            {"showroom": "SURAJ KUND ROAD, MEERUT", "works": "PARTAPUR, MEERUT", "gym": "MOHKAMPUR, MEERUT"}[
                unit
            ],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. willow, hides, steel, cane, grips


SUPPLIERS = [
    (
        "Bijbehara Kashmir Willow Clefts Co.",
        "Kashmir willow clefts | Air seasoned and graded",
        "Main Road, Bijbehara, Anantnag - 192124, Jammu and Kashmir",
        "01",
        "BKW",
    ),
    (
        "Jalandhar Alum-Tanned Leather House",
        "Alum tanned hides for cricket balls | Red and white",
        "Basti Sheikh Road, Jalandhar - 144002, Punjab",
        "03",
        "JAL",
    ),
    (
        "Sahibabad Steel Tubes & Plates",
        "MS square tubes | CR sheets | Cast iron plates",
        "Site IV, Sahibabad Industrial Area, Ghaziabad - 201010, Uttar Pradesh",
        "09",
        "SST",
    ),
    (
        "Howrah Cane & Handle Works",
        "Sarawak cane handles | Rubber inserts | Twine",
        "G T Road, Salkia, Howrah - 711106, West Bengal",
        "19",
        "HCH",
    ),
    (
        "Okhla Grip & Sticker Printers",
        "Bat grips | Screen printed stickers | Ball boxes",
        "Okhla Industrial Area Phase II, New Delhi - 110020, Delhi",
        "07",
        "OGS",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BKW": [
        ("Kashmir willow cleft - Grade A, seasoned", "4407", "nos", 420, 760, 5, 200, 1800),
        ("Kashmir willow cleft - Grade B", "4407", "nos", 260, 410, 5, 200, 1800),
    ],
    "JAL": [
        ("Alum tanned hide - red, ball grade", "4107", "sq ft", 95, 160, 5, 400, 3000),
        ("Alum tanned hide - white, ball grade", "4107", "sq ft", 110, 175, 5, 200, 1500),
    ],
    "SST": [
        ("MS square tube 40 x 40 x 2 mm", "7306", "kg", 68, 86, 18, 800, 6000),
        ("Cast iron weight plates - raw castings", "7325", "kg", 62, 90, 18, 500, 4000),
    ],
    "HCH": [
        ("Sarawak cane handle - 11 strip, spliced", "4602", "nos", 85, 180, 5, 200, 2000),
        ("Rubber insert strips for handles", "4008", "kg", 220, 340, 18, 20, 150),
    ],
    "OGS": [
        ("Bat grip - octopus pattern", "4016", "pcs", 28, 55, 18, 500, 5000),
        ("Screen printed bat stickers (set)", "4911", "sets", 9, 22, 18, 1000, 8000),
    ],
}
SUPPLY_ORDER = [1, 2, 0, 4, 3, 0, 1, 2]
SUPPLY_WAYS = ["NEFT", "RTGS", "-", "UPI", "NEFT", "-", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bijbehara willow cleft seller, the Jalandhar hide tannery, the Sahibabad steel stockist, the Howrah
    cane handle maker and the Okhla grip and sticker printer billing the company (paper: the supplier on top,
    its line, address and GSTIN; TAX INVOICE - ORIGINAL (BUYER'S COPY) / GST INVOICE / TAX INVOICE CUM
    CHALLAN, Invoice No. / Tax invoice No. / Bill No. and Inv. date / Dated / Invoice dt. in either order,
    Buyer / Invoiced to / Party name the company, Deliver to the works or the gym unit, Place of supply, E-way
    bill No., Transporter GR No. or Vehicle No., PO ref., the clefts, hides, tubes, castings, handles,
    inserts, grips or stickers with HSN, nos, sq ft, kg, pcs or sets x rate, Taxable value, CGST and SGST or
    IGST @ 5% or 18%, Round off, Invoice value, Less: Advance received against PO and Balance cleared through
    NEFT / RTGS on some, Less: TDS u/s 194Q deducted by buyer and Net received by NEFT / RTGS on some, else
    Paid through NEFT / RTGS / Payment received - NEFT / RTGS / Paid by UPI / UPI received with UTR No. / UTR
    / UPI Ref. No. / UPI RRN, or Cheque received / Cheque for with Cheque No.; PAID / PAYMENT RECEIVED - THANK
    YOU / CLEARED BY NEFT / RTGS / UPI / NO DUES / CHEQUE IN CLEARING - NOT YET CREDITED / CHEQUE RETURNED -
    SIGNATURE MISMATCH, PAY AGAIN, in the supplier's rubber stamp too)."""
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
        ["TAX INVOICE - ORIGINAL (BUYER'S COPY)", "GST INVOICE", "TAX INVOICE CUM CHALLAN"],
    )

    def number_row() -> None:
        if not j.no_ref:
            inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
            p.pair(rng.choice(["Invoice No.", "Tax invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))

    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, ["Inv. date", "Dated", "Invoice dt."], PATS_IN)
    else:
        day_pair(p, j, ["Inv. date", "Dated", "Invoice dt."], PATS_IN)
        number_row()
    ours_to(p, ["Buyer", "Invoiced to", "Party name"])
    deliver = f"{GYM}, Mohkampur" if tag == "SST" else f"{WORKS}, Partapur"
    wrap_pair(p, "Deliver to", deliver)
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("SST", "OGS"):
        p.pair(
            "Vehicle No.", f"{'UP-14' if tag == 'SST' else 'DL-1L'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}"
        )
    else:
        p.pair("Transporter GR No.", f"{rng.choice(['GR', 'VRL', 'SRT'])}{digits(rng, 7)}")
    p.pair("PO ref.", f"GWS/PO/{rng.randrange(100, 999)}")
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "09")
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
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance received against PO", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q deducted by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque received", "Cheque for"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance cleared through {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid by UPI", "UPI received"])
        else:
            lab = rng.choice([f"Paid through {way}", f"Payment received - {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU", f"CLEARED BY {way}", "NO DUES"]),
        "pending": "CHEQUE IN CLEARING - NOT YET CREDITED",
        "failed": "CHEQUE RETURNED - SIGNATURE MISMATCH, PAY AGAIN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Interest @ 18% p.a. after 30 days. Goods once sold are not taken back. Subject to {town} courts.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Hastinapur Roadways", "Freight - Meerut to Delhi, Mumbai and Kolkata", 8000, 64000),
    ("Partapur Air Compressor Services", "Bat press compressor - annual service", 6000, 28000),
    ("Lala Shyam Sunder Goel", "Showroom rent - Suraj Kund Road", 55000, 140000),
    ("Kranti Guards & Security Services", "Works security - 3 guards, one month", 36000, 82000),
    ("Daurala Powder Coaters", "Powder coating - gym frames, job work", 18000, 92000),
    ("Begum Bridge Photo Studio", "Catalogue shoot - bats and fitness range", 15000, 60000),
    ("Abu Lane Signs & Flex Printers", "Showroom signboard and standees", 7000, 36000),
    ("Mawana Road Pest & Termite Control", "Termite treatment - willow cleft store", 5000, 26000),
]
CORP_PORTALS = [
    ("yono Business", "State Bank of India", "yonobusiness.sbi/transfers/view"),
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corporate.pnb.bank.in/ft/txnstatus"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/summary"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the compressor mechanic, the showroom's landlord, the security
    agency, the powder coater, the photo studio, the sign maker and the termite control firm: corporate net
    banking's transfer pages (yono Business, PNB Corporate Internet Banking, HDFC Bank ENet: the portal on top
    and the bank's line, Transfer details / Fund transfer - status; the day and the status under the heading
    on some, at the foot on the rest: Executed on / Transfer date / Txn date / Created on / Uploaded on /
    Rejected on / Reversed on; Executed - credited to beneficiary bank / Status: Success - UTR issued /
    Pending authorisation - checker approval required / Rejected by beneficiary bank - invalid account, funds
    reversed; the references (UTR No. / UTR reference / IMPS RRN and Bank ref. No. / CBS reference) above or
    below the payee: Receiver name / Transferred to / Beneficiary (as registered) / Name of payee, Beneficiary
    nickname, Beneficiary A/c and IFSC, Debit account the company, Corporate ID, Amount transferred / Transfer
    amount (Rs.) / Debit value / Amount, Transfer type / Mode NEFT / RTGS / IMPS, Narration / Remarks, Created
    by / Authorised by, Balance after debit on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?id={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Transaction enquiry', 'Payments'])}")
    p.add("center", rng.choice(["Transfer details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - credited to beneficiary bank", "Status: Success - UTR issued"],
        "pending": ["Pending authorisation - checker approval required"],
        "failed": ["Rejected by beneficiary bank - invalid account, funds reversed"],
    }
    day_labels = {
        "success": ["Executed on", "Transfer date", "Txn date"],
        "pending": ["Created on", "Uploaded on"],
        "failed": ["Rejected on", "Reversed on"],
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
                rng.choice(["UTR No.", "UTR reference"]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank ref. No.", "CBS reference"]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Receiver name", "Transferred to", "Beneficiary (as registered)", "Name of payee"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).lower() + "mrt")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Corporate ID", f"GWSPL{digits(rng, 3)}")
    p.pair(
        rng.choice(["Amount transferred", "Transfer amount (Rs.)", "Debit value", "Amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Transfer type", "Mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.pair("Created by / Authorised by", f"GWSACCT1 / {'-' if status == 'pending' else 'GWSMD'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Balance after debit", rs(rupees(rng, 150000, 4800000)))
    if not refs_first:
        refs()
    if not head_first:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A rejected transfer is returned to the debit account within two working days.")
    return p.done()


# ---------------------------------------------------------------- 7. stitchers, bat makers, fitters, welders


# payee, role, village, kind
WORKERS = [
    ("Mohd. Irfan Ansari", "Ball stitcher - home work", "Jani Khurd", "stitch"),
    ("Sunita Devi", "Ball stitcher - home work", "Sardhana", "stitch"),
    ("Rakesh Kumar Prajapati", "Bat maker - shaping and pressing", "Partapur", "bat"),
    ("Shahid Ali", "Handle fitter - splicing and binding", "Kharkhoda", "handle"),
    ("Pooja Saini", "Ball stitcher - home work", "Daurala", "stitch"),
    ("Ajay Singh Chauhan", "Welder - bench and rack frames", "Mohkampur", "weld"),
    ("Nasreen Bano", "Bat finisher - grips, stickers and oiling", "Zakir Colony", "finish"),
    ("Rajbala", "Ball stitcher - home work", "Kithore", "stitch"),
]
WORK_FRAMES = ["paper", "decentro", "paper", "paper", "gpay", "paper", "decentro", "yono"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "stitch": (
        ["BALL STITCHING WAGES - PER DOZEN", "SILAI MAZDOORI PARCHI (GHAR KA KAAM)"],
        ["Stitcher's name", "Mazdoori paid to (stitcher)"],
        "Balls stitched (dozens): {q} x {rate}",
        (180, 340),
        (8, 60),
        ["Net mazdoori paid", "Amount paid to stitcher"],
    ),
    "bat": (
        ["BAT MAKING WAGES - PER PIECE", "BALLA KARIGAR MAZDOORI VOUCHER"],
        ["Karigar's name", "Mazdoori paid to (karigar)"],
        "Bats shaped and pressed: {q} x {rate}",
        (90, 220),
        (40, 160),
        ["Net mazdoori paid", "Amount paid to karigar"],
    ),
    "handle": (
        ["HANDLE FITTING WAGES - PER BAT", "HANDLE JODAI MAZDOORI PARCHI"],
        ["Fitter's name", "Mazdoori paid to (fitter)"],
        "Handles spliced and bound: {q} x {rate}",
        (35, 70),
        (80, 300),
        ["Net mazdoori paid", "Net amount handed over"],
    ),
    "weld": (
        ["WELDING WAGES - GYM FRAMES PER PIECE", "WELDING MAZDOORI VOUCHER"],
        ["Welder's name", "Mazdoori paid to (welder)"],
        "Bench and rack frames welded: {q} x {rate}",
        (160, 420),
        (20, 70),
        ["Net mazdoori paid", "Net amount handed over"],
    ),
    "finish": (
        ["BAT FINISHING WAGES - PER PIECE", "FINISHING MAZDOORI PARCHI"],
        ["Finisher's name", "Mazdoori paid to (finisher)"],
        "Bats gripped, stickered and oiled: {q} x {rate}",
        (18, 40),
        (120, 420),
        ["Net mazdoori paid", "Net amount handed over"],
    ),
}


def decentro_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Decentro's payout page (Decentro on top, the company under it; the sum large above the status or under
    it)."""
    j.amount = rupees(rng, 2500, 24000, 0.6)
    tid = f"DCT{code(rng, 14, ALNUM)}"
    p = browser_page(rng, font, "app.decentro.tech/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
    p.part = "head"
    top(p, "Decentro")
    p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transfer successful - credited to beneficiary", "Payout status: Success"],
        "pending": ["Queued - will be sent when the payout account is funded"],
        "failed": ["Transfer failed - IFSC not valid for this account"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Beneficiary name", "Transfer to"]), who, merchant=who)
    p.pair("Beneficiary ID", f"BENF{digits(rng, 7)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Bank account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@pnb")
    p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Ball stitching - 36 dozen", "Silai mazdoori - week 22"])
        if kind == "stitch"
        else rng.choice(["Finishing - 240 bats", "Grip and sticker work"]),
    )
    if not j.no_ref:
        p.pair("Decentro txn ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"GWS-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Completed at"],
            "pending": ["Queued at", "Created at"],
            "failed": ["Failed at", "Rejected at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has confirmed the credit.",
            "pending": "Queued payouts go out in the order they were created.",
            "failed": "A failed payout's amount returns to the payout account.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its home ball stitchers by the dozen and its bat makers, handle fitters, welders and
    finishers by the piece: its printed BALL STITCHING WAGES - PER DOZEN / SILAI MAZDOORI PARCHI (GHAR KA
    KAAM) / BAT MAKING WAGES - PER PIECE / BALLA KARIGAR MAZDOORI VOUCHER / HANDLE FITTING WAGES - PER BAT /
    HANDLE JODAI MAZDOORI PARCHI / WELDING WAGES - GYM FRAMES PER PIECE / WELDING MAZDOORI VOUCHER (the
    company on top with the works' or the unit's line, Stitcher's name / Mazdoori paid to (stitcher) /
    Karigar's name / Mazdoori paid to (karigar) / Fitter's name / Mazdoori paid to (fitter) / Welder's name /
    Mazdoori paid to (welder), Job, Village / Basti, Karigar card No., Lot No. and Ball grade (no fact),
    Parchi No. / Wage voucher No., Date / Mazdoori date / Paid on, the dozens, bats or frames x rate, Add:
    Four-piece ball extra / Add: Holiday work extra, Gross mazdoori, Less: Balls rejected at checking - n doz
    @ rate / Less: Thread and wax issued / Less: Advance (peshgi) adjusted, Net mazdoori paid / Amount paid to
    stitcher / Amount paid to karigar / Net amount handed over, Paid by Cash / UPI / IMPS, UPI Ref. No. / IMPS
    RRN; PAID / PAID IN CASH / PAID - BALLS RECEIVED AND COUNTED / PAID - ENTERED IN KARIGAR KHATA), Decentro
    payout pages for a stitcher and a finisher (Decentro on top and Payouts - the company under it, the sum
    large above the status or under it, Beneficiary name / Transfer to, Beneficiary ID, Bank account / UPI ID,
    Transfer mode, Purpose, Decentro txn ID, UTR / Bank RRN, Reference ID, Processed at / Completed at /
    Queued at / Created at / Failed at / Rejected at; Transfer successful - credited to beneficiary / Payout
    status: Success / Queued - will be sent when the payout account is funded / Transfer failed - IFSC not
    valid for this account), a Google Pay screen (UPI transaction ID and Google transaction ID) and a YONO SBI
    screen (UPI Ref No. / RRN and YONO txn ID) paying two stitchers (Paid to / Money sent to above the sum or
    under the status; Paid / Completed / Money sent; Date & time / Paid on / Sent on)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "decentro":
        return decentro_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 2200, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Paid to", "Money sent to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Paid", "Completed", "Money sent"]})
        if not pay_first:
            p.add("small", rng.choice(["Paid to", "Money sent to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['oksbi', 'okhdfcbank', 'sbi', 'pnb'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Date & time", "Paid on", "Sent on"], hour=True)
        p.pair(rng.choice(["Message", "Note"]), rng.choice(["Silai mazdoori", "Stitching - 24 dozen"]))
        p.pair(rng.choice(["From", "Debited from"]), f"State Bank of India XX{digits(rng, 4)}")
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = "CICAgO" + code(rng, 14, ALNUM + LOWER)
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
                own = f"SBIN{digits(rng, 12)}"
                wrap_pair(p, "YONO txn ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    where = UNITS["gym"] if kind == "weld" else UNITS["works"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{GYM if kind == 'weld' else WORKS} - {'home stitching' if kind == 'stitch' else 'piece work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Job", role)
    p.pair(rng.choice(["Village", "Basti"]), village)
    p.pair("Karigar card No.", f"KC-{rng.randrange(1, 480):03d}")
    if kind == "stitch":
        p.pair("Lot No.", f"L{rng.randrange(100, 999)}/{rng.choice(['RED', 'WHT', 'PNK'])}")
        p.pair("Ball grade", rng.choice(["Test", "League", "Club practice"]))
    if not j.no_ref:
        vno = f"{kind[0].upper()}P/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Parchi No.", "Wage voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Mazdoori date", "Paid on"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1, 5))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([200, 400, 600, 800]))
        p.pair("Add: Four-piece ball extra" if kind == "stitch" else "Add: Holiday work extra", rs(extra))
        gross += extra
    p.pair("Gross mazdoori", rs(gross))
    cut = 0.0
    if kind == "stitch" and rng.random() < 0.6:
        bad = rng.randrange(1, 3)
        per = rate
        cut = bad * per
        p.pair(f"Less: Balls rejected at checking - {bad} doz @ {per:.2f}", rs(cut))
        if rng.random() < 0.5:
            wax = float(rng.choice([60, 90, 120]))
            p.pair("Less: Thread and wax issued", rs(wax))
            cut += wax
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Advance (peshgi) adjusted", rs(adv))
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
    words.append(
        "PAID - BALLS RECEIVED AND COUNTED" if kind == "stitch" else "PAID - ENTERED IN KARIGAR KHATA"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the karigar")
    return p.done()


# ---------------------------------------------------------------- 8. nagar nigam, UPPCB, SGEPC and the rest


FEE_FRAMES = ["property", "uppcb", "sgepc", "factory", "licence", "metrology", "fire", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a bat, ball and gym equipment maker, its works at Partapur, its unit at Mohkampur and its
    showroom on Suraj Kund Road: Meerut Nagar Nigam's house tax page (the Nigam on top and the e-Nagar Sewa
    line, Property ID, Owner / occupier, Ward / mohalla, the House tax, Water tax and Sewer tax for the year,
    Less: Rebate for payment before 30 June, Net tax paid / Total amount deposited) and its trade licence page
    (Name of firm, Licence No., Trade licence fee (sports goods shop), Advertisement board fee, Total payable
    / Amount; Transaction failed - amount not received by the Nagar Nigam, Attempted on / Tried on), the Uttar
    Pradesh Pollution Control Board's consent to operate fee through Nivesh Mitra (Name of unit, Category,
    Consent No., CTO fee (renewal), Late fee, Total fee deposited / Amount paid, Nivesh Mitra txn ID, Bank
    ref. No.), the Sports Goods Export Promotion Council's membership renewal (the Council / SGEPC on top and
    the Ministry of Commerce and Industry line, Name of member, RCMC No., Annual subscription, GST @ 18%,
    Total paid / Amount received, Payment ID, Receipt No.), the Directorate of Factories' licence renewal
    (Name of occupier, Factory licence No., Workers, Licence renewal fee, Amount paid / Fee; Payment under
    verification - e-receipt after the treasury confirms, Initiated on / Submitted on), Legal Metrology's
    verification fee (the ball weighing balances' and the platform scale's fees, Total fees / Amount paid,
    Treasury ref. No.), the Fire and Emergency Services' NOC renewal (Name of establishment, NOC application
    No., Fire NOC renewal fee, Inspection fee, Total deposited / Amount paid) and the Transport Department's
    Vahan tax page (Owner name, Registration No., Vehicle class, Tax valid till, Road tax (quarterly),
    Additional tax, Total amount paid / Amount paid, Transaction No., Bank Ref No., Receipt No.); the status
    under the authority's line or at the foot: Payment successful - e-receipt generated / Fee deposited -
    thank you / Challan paid - amount credited to Government account / Dues received; Mode of payment / Paid
    through, Date of deposit / Payment date / Deposited on / Transaction date."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B, %Y"]
    ok = [
        "Payment successful - e-receipt generated",
        "Fee deposited - thank you",
        "Challan paid - amount credited to Government account",
        "Dues received",
    ]
    if frame == "sgepc":
        ok = [word for word in ok if "Government" not in word]
    days = ["Date of deposit", "Payment date", "Deposited on", "Transaction date"]
    words = {"success": ok}
    day_labels = days
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame in ("property", "licence"):
        url = f"enagarsewa.up.gov.in/meerut/{frame}/receipt/{digits(rng, 9)}"
        name = rng.choice(["Meerut Nagar Nigam", "MEERUT NAGAR NIGAM"])
        line = "e-Nagar Sewa, Uttar Pradesh  |  " + ("House tax" if frame == "property" else "Trade licence")
    elif frame == "uppcb":
        url = f"niveshmitra.up.nic.in/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "UTTAR PRADESH POLLUTION CONTROL BOARD"])
        line = "Nivesh Mitra - single window system, Government of Uttar Pradesh"
    elif frame == "sgepc":
        url = f"sgepc.in/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Sports Goods Export Promotion Council", "SGEPC"])
        line = "Ministry of Commerce and Industry, Government of India  |  Membership renewal"
    elif frame == "factory":
        url = f"niveshmitra.up.nic.in/factories/licence/renewal/{digits(rng, 8)}"
        name = rng.choice(
            ["Directorate of Factories, Uttar Pradesh", "DIRECTORATE OF FACTORIES, UTTAR PRADESH"]
        )
        line = "Labour Department, Government of Uttar Pradesh  |  Licence renewal"
    elif frame == "metrology":
        url = "lmup.gov.in/verification/epayment/receipt"
        name = rng.choice(["Legal Metrology Department, Uttar Pradesh", "Controller, Legal Metrology, U.P."])
        line = "Government of Uttar Pradesh  |  Verification and stamping fee"
    elif frame == "fire":
        url = f"fireservice.up.gov.in/noc/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(["Uttar Pradesh Fire and Emergency Services", "U.P. FIRE AND EMERGENCY SERVICES"])
        line = "Home Department, Government of Uttar Pradesh  |  Fire NOC renewal"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(
            ["Transport Department, Uttar Pradesh", "Transport Department, Government of Uttar Pradesh"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Road tax"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("licence", "factory")
    if status_top:
        outcome_row(p, status, words)
    if frame == "property":
        p.pair("Property ID", f"MRT{rng.randrange(10, 90)}{digits(rng, 6)}")
        wrap_pair(p, "Owner / occupier", f"{firm} (showroom)")
        p.pair("Ward / mohalla", f"Ward {rng.randrange(1, 90)} - Suraj Kund")
        heads = [
            ("House tax 2026-27", float(round(rng.uniform(9000, 26000)))),
            ("Water tax", float(round(rng.uniform(1200, 3600)))),
            ("Sewer tax", float(round(rng.uniform(600, 1800)))),
        ]
        labels = ["Net tax paid", "Total amount deposited"]
    elif frame == "licence":
        wrap_pair(p, "Name of firm", f"{SHOWROOM} ({firm})")
        p.pair("Licence No.", f"MNN/TL/{digits(rng, 6)}")
        heads = [
            ("Trade licence fee (sports goods shop)", float(rng.choice([2000, 3000, 5000]))),
            ("Advertisement board fee", float(rng.choice([800, 1200, 1500]))),
        ]
        labels = ["Total payable", "Amount"]
        words = {"failed": ["Transaction failed - amount not received by the Nagar Nigam"]}
        day_labels = ["Attempted on", "Tried on"]
    elif frame == "uppcb":
        wrap_pair(p, "Name of unit", f"{WORKS} ({firm})")
        p.pair("Category", "Green - sports goods (wooden), no effluent")
        p.pair("Consent No.", f"UPPCB/CTO/{digits(rng, 5)}/{j.date.year}")
        heads = [("CTO fee (renewal)", float(rng.choice([5000, 7500, 10000])))]
        late = float(rng.choice([0, 500, 1000]))
        if late:
            heads.append(("Late fee", late))
        labels = ["Total fee deposited", "Amount paid"]
        refs = [("Nivesh Mitra txn ID", TXN_RANK, f"NM{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "sgepc":
        wrap_pair(p, "Name of member", firm)
        p.pair("RCMC No.", f"SGEPC/RCMC/{digits(rng, 5)}/{j.date.year}")
        fee = float(rng.choice([10000, 15000, 20000]))
        heads = [("Annual subscription", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total paid", "Amount received"]
        refs = [
            ("Payment ID", TXN_RANK, f"SG{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"SGEPC/{digits(rng, 6)}"),
        ]
    elif frame == "factory":
        wrap_pair(p, "Name of occupier", f"{firm} - {WORKS}")
        p.pair("Factory licence No.", f"MRT/{digits(rng, 5)}")
        p.pair("Workers", str(rng.randrange(45, 140)))
        heads = [("Licence renewal fee", float(rng.choice([6000, 9000, 12000, 15000])))]
        labels = ["Amount paid", "Fee"]
        refs = [("Transaction ID", TXN_RANK, f"NMF{digits(rng, 12)}")]
        words = {"pending": ["Payment under verification - e-receipt after the treasury confirms"]}
        day_labels = ["Initiated on", "Submitted on"]
    elif frame == "metrology":
        wrap_pair(p, "Name of trader", f"{WORKS} ({firm})")
        fine = rng.randrange(2, 6)
        big = rng.randrange(1, 3)
        heads = [
            (f"Verification - ball weighing balance x {fine}", float(fine * rng.choice([300, 400]))),
            (f"Verification - platform scale 300 kg x {big}", float(big * rng.choice([600, 750]))),
        ]
        labels = ["Total fees", "Amount paid"]
        refs = [("Treasury ref. No.", TXN_RANK, f"KOSH{digits(rng, 11)}")]
    elif frame == "fire":
        wrap_pair(p, "Name of establishment", f"{WORKS}, Partapur")
        p.pair("NOC application No.", f"UPFS/NOC/{digits(rng, 7)}")
        heads = [
            ("Fire NOC renewal fee", float(rng.choice([5000, 7500, 10000]))),
            ("Inspection fee", float(rng.choice([1000, 1500, 2000]))),
        ]
        labels = ["Total deposited", "Amount paid"]
        refs = [("Transaction ID", TXN_RANK, f"UPFS{digits(rng, 11)}")]
    else:
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"UP-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (LGV)", "Light goods vehicle - pick-up"]))
        if not j.no_day:
            p.pair("Tax valid till", j.other_day(rng, 85, 95))
        heads = [("Road tax (quarterly)", float(rng.choice([1800, 2400, 3100])))]
        extra = float(rng.choice([0, 150, 300]))
        if extra:
            heads.append(("Additional tax", extra))
        labels = ["Total amount paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"UP{digits(rng, 14)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"UP15{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    if frame == "property":
        rebate = float(round(heads[0][1] * 0.05))
        p.pair("Less: Rebate for payment before 30 June", rs(rebate))
        total -= rebate
        refs = [("Transaction ID", TXN_RANK, f"ENS{digits(rng, 12)}")]
        refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        refs.append(("Receipt No.", INVOICE_RANK, f"MNN/HT/{digits(rng, 7)}"))
    if frame == "licence":
        refs = [("Transaction ID", TXN_RANK, f"ENS{digits(rng, 12)}")]
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "property": "House tax paid before 30 June earns the rebate shown above.",
        "licence": "If money was debited, the bank returns it within 7 working days.",
        "uppcb": "Keep the consent certificate at the unit for inspection.",
        "sgepc": "The renewed RCMC is e-mailed once the payment is accounted.",
        "factory": "Do not pay again; the status updates once the treasury confirms the challan.",
        "metrology": "Bring the balances and the scale to the verification camp at Meerut.",
        "fire": "Fire NOC is renewed after the inspection of the premises.",
        "vahan": "Keep the e-receipt in the vehicle with the registration certificate.",
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
        "Bharat Laghu Udyam Suraksha - bat and ball works and willow stock",
        "browser",
        "stock",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Burglary and housebreaking - showroom stock, Suraj Kund Road",
        "mail",
        "burglary",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo (export) open cover - bats and balls by sea and air",
        "paper",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health floater - works, unit and showroom staff",
        "browser",
        "health",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Money insurance - wage cash to the stitchers' villages",
        "mail",
        "money",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Goods carrying vehicle - package policy, pick-up van",
        "paper",
        "vehicle",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Employees' compensation - bat makers, welders and stitchers",
        "browser",
        "ec",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Product liability - gym equipment sold in India",
        "mail",
        "liability",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its works and willow stock, the showroom's stock, its export cargo, its staff's
    health, the wage cash carried to the stitchers' villages, its pick-up van, its workers under the
    Employees' Compensation Act and the gym equipment it sells: the insurers' premium receipts (browser,
    e-mail, printed at the branch: the insurer on top, the product line, PREMIUM PAYMENT ACKNOWLEDGEMENT /
    Receipt for premium - insured's copy / PREMIUM DEPOSIT RECEIPT; the status under the heading on some,
    under the sum on the rest; Name of insured / Insured name / Proposer, Policy No. / Proposal No. / Cover
    note No., Sum insured - works, plant and willow stock / Sum insured - showroom stock / Annual export
    turnover declared / Employees covered / Limit per carrying / IDV / Annual wages declared / Limit of
    indemnity (any one accident), Risk starts, Premium before tax or Own damage and Liability (TP), an add-on
    (Terrorism cover, Theft by employees, War and SRCC, Room rent waiver, Cash in safe, Zero depreciation,
    Medical expenses extension, Vendor's endorsement), GST @ 18%, the sum: Total premium paid / Premium
    collected (incl. GST) / Gross premium received / Amount of cheque / Cheque received for / Premium due /
    Total payable; Premium received - cover confirmed / Paid - policy schedule e-mailed / CHEQUE UNDER
    CLEARING - RISK COVERED FROM REALISATION / Transaction declined by the bank - no cover granted; Mode of
    payment, Cheque No., Gateway txn ref. / Online payment ID, UPI Ref No. / Bank Ref No., Receipt No. /
    Collection receipt No., Date of receipt / Premium paid on / Collected on / Cheque received on / Attempted
    on / Payment tried on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipts@{host}>",
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
            rng.choice(["Branch Office, Garh Road, Meerut", "Divisional Office, Begum Bridge, Meerut"]),
        )
    p.add(
        "center",
        rng.choice(
            [
                "PREMIUM PAYMENT ACKNOWLEDGEMENT",
                "Receipt for premium - insured's copy",
                "PREMIUM DEPOSIT RECEIPT",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium received - cover confirmed", "Paid - policy schedule e-mailed"],
        "pending": ["CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION"],
        "failed": ["Transaction declined by the bank - no cover granted"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p, rng.choice(["Name of insured", "Insured name", "Proposer"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['4', '2', '9'])}{digits(rng, 4)}/{digits(rng, 8)}/26/000")
    else:
        p.pair(rng.choice(["Proposal No.", "Cover note No."]), f"{rng.choice(['PR', 'CN'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(12000000, 90000000, 100000))
        p.pair("Sum insured - works, plant and willow stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("Terrorism cover", round(insured * 0.00007, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2500000, 18000000, 50000))
        p.pair("Sum insured - showroom stock", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Theft by employees", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 150000000, 500000))
        p.pair("Annual export turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(20, 70)
        p.pair("Employees covered", f"{members} (floater Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3400, 5600), 2)
        addon = ("Room rent waiver", round(members * 350.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 1500000, 50000))
        p.pair("Limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 920000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"UP-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage", basic), ("Liability (TP)", float(rng.choice([16049, 27186])))]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(4000000, 18000000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Medical expenses extension", round(wages * 0.0005, 2))
    else:
        limit = float(rng.choice([5000000, 10000000, 20000000]))
        p.pair("Limit of indemnity (any one accident)", rs(limit))
        basic = round(limit * rng.uniform(0.0012, 0.002), 2)
        addon = ("Vendor's endorsement", round(limit * 0.0001, 2))
    if not j.no_day:
        p.pair("Risk starts", f"{j.other_day(rng, 1, 8)} (one year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Premium before tax", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid", "Premium collected (incl. GST)", "Gross premium received"],
        "pending": ["Amount of cheque", "Cheque received for"],
        "failed": ["Premium due", "Total payable"],
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
            pid = f"{rng.choice(['PG', 'OLP', 'GW'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway txn ref.", "Online payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Collection receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Collected on"],
            "pending": ["Cheque received on", "Date of receipt"],
            "failed": ["Attempted on", "Payment tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover is subject to the realisation of the premium and the terms of the policy.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("GANGA WILLOW SPORTS EMPORIUM", "SURAJ KUND ROAD, MEERUT", "own"),
    ("SHIV SHAKTI FILLING STATION", "DELHI ROAD, MODINAGAR", "fuel"),
    ("GANGA WILLOW SPORTS", "PARTAPUR MEERUT UP", "own"),
    ("HOTEL PRAGATI RESIDENCY", "KAROL BAGH, NEW DELHI", "hotel"),
    ("GANGA WILLOW BAT & BALL WORKS", "PARTAPUR, MEERUT", "own"),
    ("JAIN TOOLS & HARDWARE", "KHAIR NAGAR, MEERUT", "shop"),
    ("GANGA WILLOW SPORTS EMPORIUM", "MEERUT 250001 UP", "own"),
    ("HAVELI DHABA", "NH-58, KHATAULI", "food"),
]
TERMINALS = [
    "PUNJAB NATIONAL BANK",
    "INDIANOIL",
    "HDFC BANK",
    "ICICI BANK",
    "YES BANK",
    "BHARATPE",
    "SBI",
    "PAYTM",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cricketers', clubs' and gyms' cards on the showroom's, the company's and the works' terminals, and the
    company's card at a filling station on Delhi Road, a Karol Bagh hotel in the sports goods fair week, a
    hardware shop and a highway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some,
    the counter's name and place in capitals; TXN DT: and TXN TM: / DT: and TM: / DT/TM: at the top or under
    the sum; MID:, TID:, BATCH:, TRACE NO:, INVOICE NO: / INV: / BILL NO: / VOUCHER NO:, SALE / SALE - TAP /
    SALE - CHIP, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, PRICE/L:, VOL(L):, NOZZLE:, VEHICLE: and
    XTRAREWARDS PTS:, a hotel's RESV NO: and ROOM:, a dhaba's TABLE NO:, a shop's CUST MOB:, APPR CODE: / AUTH
    ID: / APPROVAL:, RRN: / REF NO:, SALE AMT: / AMT: / TOTAL AMT: / AMOUNT INR: / PAID AMT:, the sum above or
    below the card; APPROVED / TXN SUCCESSFUL / APPROVED - THANK YOU / DECLINED - 51 INSUFFICIENT FUNDS / HOST
    NOT RESPONDING - CHECK STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1800, high=120000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 17800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 700, 14000, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d%b%y", "%d.%m.%Y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DT/TM:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV:", "BILL NO:", "VOUCHER NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "SALE - TAP", "SALE - CHIP"] if j.amount <= 5000 else ["SALE", "SALE - CHIP"]),
    )
    lab = rng.choice(["SALE AMT:", "AMT:", "TOTAL AMT:", "AMOUNT INR:", "PAID AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab == 'AMOUNT INR:' else rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} **** **** {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(87.6, 96.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XP95"]))
        p.pair("PRICE/L:", f"{rate:.2f}")
        p.pair("VOL(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE:", f"UP15{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("RESV NO:", f"PR{digits(rng, 6)}")
        p.pair("ROOM:", str(rng.randrange(101, 420)))
    elif kind == "food":
        p.pair("TABLE NO:", str(rng.randrange(1, 30)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH ID:", "APPROVAL:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, piped gas


BILLERS = [
    ("PVVNL", "Paschimanchal Vidyut Vitran Nigam Ltd", "Account No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("IGL", "Indraprastha Gas Ltd", "BP No."),
]
BILL_APPS = ["PVVNL", "Airtel Thanks", "PNB ONE", "CRED", "PVVNL", "Bajaj Finserv", "Jupiter", "super.money"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The works', the unit's and the showroom's electricity (PVVNL), the office fibre (Airtel Xstream Fiber),
    the sales manager's postpaid phone (Jio), the showroom's DTH (Tata Play) and the works canteen's piped gas
    (IGL) through Bharat Connect in PNB ONE and other apps (Airtel Thanks, CRED, Bajaj Finserv, Jupiter,
    super.money: the app on top, the sum large above or below the status, Paid to biller / Provider / Utility
    as printed, Account No. / Customer ID / Mobile No. / Subscriber ID / BP No., Bill in the name of / Name as
    per bill, Bill date, Due date and Amount after due date on some, Paid from Current A/c or UPI, Bharat
    Connect Ref. / BBPS ref. No. / B-Connect txn ref., UPI Ref No., Txn ID on the failed one, Payment date /
    Paid on / Date & time / Completed at / Date & time (the latter alone on one not paid); Bill payment
    successful / Paid - biller has confirmed / Awaiting confirmation from biller - do not pay again / Payment
    failed - amount will be reversed in 5 working days) and PVVNL's own online payment receipt (PVVNL,
    Paschimanchal Vidyut Vitran Nigam Ltd or its capitals on top with its "A UPPCL company" line, Account No.,
    Division, Consumer name, Bill month, Amount due, Amount paid / Payment received, Paid via, Transaction ID,
    Receipt No., Date of payment / Payment date, the status at the foot: Payment successful - bill updated /
    Receipt issued - thank you)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=6000, high=92000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 4999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 449, 2499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 350, 1450, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1800, 14000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"{rng.randrange(1, 9)}{digits(rng, 9)}",
        "Customer ID": f"{rng.choice(['30', '31'])}{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "BP No.": f"50{digits(rng, 8)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PVVNL":
        p = browser_page(rng, font, "www.pvvnl.org/consumer/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A UPPCL company  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["EUDD-II Meerut / Partapur", "EUDD-IV Meerut / Suraj Kund"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, WORKS.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount due", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Payment received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Paid via", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PV{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"R{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Payment date"], hour=True)
        outcome_row(
            p, status, {"success": ["Payment successful - bill updated", "Receipt issued - thank you"]}
        )
        p.part = "foot"
        p.add("small", "The payment shows against your account number within 24 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill payment successful", "Paid - biller has confirmed"],
        "pending": ["Awaiting confirmation from biller - do not pay again"],
        "failed": ["Payment failed - amount will be reversed in 5 working days"],
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
    wrap_pair(p, rng.choice(["Paid to biller", "Provider", "Utility"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Bill in the name of", "Name as per bill"]),
        rng.choice([COMPANY_CAPS, WORKS.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -6))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Amount after due date", rs(round(j.amount * 1.02, 2) if which in (0, 4) else j.amount + 100))
    way = "Current A/c" if app == "PNB ONE" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Airtel Thanks": "AT",
                "CRED": "CR",
                "Bajaj Finserv": "BF",
                "Jupiter": "JU",
                "super.money": "SM",
            }.get(app, "PN")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref.", "BBPS ref. No.", "B-Connect txn ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date", "Paid on", "Date & time", "Completed at"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "HASTINAPUR ROADWAYS",
    "",
    "BIJBEHARA KASHMIR WI",
    "RAJBALA",
    "",
    "PASCHIMANCHAL VIDYUT",
    "JALANDHAR ALUM TANNE",
    "SAHIBABAD STEEL TUBE",
]
MAIL_PAYEES = [
    "Partapur Air Compressor Services",
    "Lala Shyam Sunder Goel",
    "Daurala Powder Coaters",
    "Okhla Grip & Sticker Printers",
]
SENDERS = {
    "Punjab National Bank": "VM-PNBSMS",
    "State Bank of India": "AD-SBIINB",
    "Kranti Urban Co-operative Bank": "JD-KRANTI",
    "IndusInd Bank": "VK-INDUSB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PNBSMS /
    AD-SBIINB / JD-KRANTI / VK-INDUSB, the day divider, each bank's own wording: Punjab National Bank's "A/c
    XX1234 debited INR x on <day> thru <way>; Bene: <payee>.", State Bank of India's "Your A/c X1234 is
    debited by Rs.x on <day> by transfer to <payee> via <way>.", Kranti Urban Co-operative Bank's "KUCB: Rs x
    withdrawn from A/c **1234 on <day> via <way>, paid to <payee>.", IndusInd Bank's UPI "Paid INR x to
    <payee> from A/c *1234 on <day> via UPI. RRN <ref>"; a transfer that "has FAILED; amount reversed to your
    A/c." and one that "is PENDING at the beneficiary bank; do not retry yet.", the Clr Bal / Avl Bal line)
    and two e-mail debit alerts (HDFC Bank, Yes Bank: Debited amount / Transfer amount, Paid to / Sent to /
    Beneficiary name, Date of transaction / Value date / Debit date, Account, Channel, UTR / IMPS RRN,
    Available balance; Status: Successful / Transfer status: Completed - money sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=9000, high=360000)
    if k == 3:
        j.amount = rupees(rng, 2200, 14000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 18000, 96000)
    elif k == 0:
        j.amount = rupees(rng, 8000, 64000)
    if k in (1, 4):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "Yes Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} InstaAlerts <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer", "Money sent from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the transfer below has been debited from your account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Paid to", "Sent to", "Beneficiary name"]
        if sum_first:
            p.pair(rng.choice(["Debited amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Debited amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Date of transaction", "Value date", "Debit date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 90000, 3600000)))
        p.add(
            "left",
            rng.choice(["Status: Successful", "Transfer status: Completed - money sent"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Not done by you? Call the bank's phone banking at once and block the transfer.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 3:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # IndusInd Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Punjab National Bank",
        3: "IndusInd Bank",
        5: "Kranti Urban Co-operative Bank",
        7: "State Bank of India",
    }.get(k, rng.choice(["Punjab National Bank", "State Bank of India", "Kranti Urban Co-operative Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%Y", "%d.%m.%Y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 2800000)
    if status == "success":
        if bank == "IndusInd Bank":
            p.add("left", f"Paid INR {amt} to {to}", amount=j.amount, merchant=to)
            p.add("left", f"from A/c *{tail}{on} via UPI.", method=method)
        elif bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"thru {way}; Bene: {to}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add("left", f"Your A/c X{tail} is debited by Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"by transfer to {to} via {way}.", merchant=to, method=method)
        else:
            p.add("left", f"KUCB: Rs {amt} withdrawn from A/c **{tail}{on}", amount=j.amount)
            p.add("left", f"via {way}, paid to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has FAILED; amount reversed to your A/c.",
            "pending": "is PENDING at the beneficiary bank; do not retry yet.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "RRN", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "IndusInd Bank":
            p.add("small", "Not you? SMS BLOCK to 5676757 -IndusInd Bank", status="success")
        else:
            p.add(
                "left",
                f"{'Clr Bal' if bank.startswith('Kranti') else 'Avl Bal'}: Rs {bal:,.2f}",
                status="success",
            )
            p.add(
                "small",
                rng.choice(
                    ["If not done by you, call the bank now", "Report an unknown debit to the branch"]
                ),
            )
    if bank != "IndusInd Bank":
        p.add(
            "small",
            {"Punjab National Bank": "-PNB", "State Bank of India": "-SBI"}.get(bank, "-Kranti UCB"),
        )
    return p.done()


compose = compose158

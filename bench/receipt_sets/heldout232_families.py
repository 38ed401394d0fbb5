"""The twelve heldout232 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an Alappuzha coir mat and matting maker's day in 2026 in Alappuzha district,
Kerala (Pathirappally Coir Products Pvt Ltd, trading as Chakiri Mats & Mattings, with its handloom and
powerloom coir shed at Kalavoor, where the Vaikom and Anjengo yarn is dyed, woven into mats and mattings on
the frame looms and the powerlooms, stencilled, cut and bound, and its export godown at Aroor, where the rolls
and bales are packed, fumigated and stuffed into containers for Vallarpadam), told by the proofs of payment it
receives and makes: furnishing shops', hotels', houseboat owners' and resorts' UPI screens and the shed's
Ippopay and SabPaisa pages, the Mumbai, Delhi, Bengaluru, Jaipur, Chennai and Kochi buyers', the Kerala State
Coir Corporation's and Coirfed's payment advices, importers' inward wires from Dalton, Rotterdam, Leeds,
Malmo, Auckland, Odense, Basel and Bergen in US dollars, euros, pounds, Swedish kronor, New Zealand dollars,
Danish kroner, Swiss francs and Norwegian kroner, its own sale bills and receipts, the seconds sold by the
kilo and the coir pith sold by the tonne, the coir yarn, fibre, latex, dye and bale wrap suppliers' tax
invoices, the corporate net-banking transfers to the container hauler, the customs broker, the fumigator, the
godown's landlord, the loom works, the stencil studio, the yarn boatmen and the motor rewinder, the weavers',
powerloom minders', dyers', stencillers' and packers' vouchers and their Bulkpe payouts, FedMobile and BHIM
payments, Mararikulam North Grama Panchayat's, Aroor Grama Panchayat's, the Kerala Coir Workers' Welfare Fund
Board's, the Factories and Boilers Department's, the Coir Board's, Legal Metrology's, the Kerala State
Pollution Control Board's and the Motor Vehicles Department's fee pages, the insurers' premium receipts, card
terminal slips, KSEB's power and the water, broadband, postpaid and DTH bills and the banks' SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from
the rows the page keeps. Headings, footers, the site lines, bills listed on an advice, vendor codes, GRN,
design, loom, assessment, licence, registration, consent, application, policy, proposal, consumer, subscriber,
beneficiary and record numbers, square metres, pieces, kilos, bales, rolls, rates, returns, claims and
discount cuts, advances, loan recoveries, yarn shortages, TDS, GST and cess lines, INR values on the wires,
rates of exchange, intermediary banks, sums insured, limits, wages and turnovers declared, bill months, half
years, periods, due days, shipping bill days, GSTIN, IFSC, UETR, senders' references, MID, TID, batch, trace
and STAN numbers, short names, the maker and the checker and the payer's own details carry no fact. ``Job``,
``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's;
``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and
``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair``
heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's;
``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``compose`` is
heldout158's (as heldout223's, heldout227's and heldout231's).
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

COMPANY = "Pathirappally Coir Products Pvt Ltd"
COMPANY_CAPS = "PATHIRAPPALLY COIR PRODUCTS PVT LTD"
SHORT = "Pathirappally Coir"
TRADE = "Chakiri Mats & Mattings"
TRADE_CAPS = "CHAKIRI MATS & MATTINGS"
# site, address, GST state code
SITES = [
    (
        "Handloom and powerloom coir shed",
        "Kalavoor P.O., Mararikulam North, Alappuzha - 688522, Kerala",
        "32",
    ),
    ("Export godown", "Near NH-66, Aroor P.O., Alappuzha - 688534, Kerala", "32"),
]
PATS_IN = ["%d.%m.%Y", "%d/%m/%Y", "{d}-%b-%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %y", "%B {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Federal Bank",
    "South Indian Bank",
    "CSB Bank",
    "ESAF Small Finance Bank",
    "Dhanlaxmi Bank",
    "Kerala Gramin Bank",
    "State Bank of India",
    "Union Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "CSB Bank": "CSBK",
    "ESAF Small Finance Bank": "ESMF",
    "Dhanlaxmi Bank": "DLXB",
    "Kerala Gramin Bank": "KLGB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "Federal Bank": "federalbank.co.in",
    "South Indian Bank": "southindianbank.com",
    "CSB Bank": "csb.co.in",
    "ESAF Small Finance Bank": "esafbank.com",
    "Dhanlaxmi Bank": "dhanbank.com",
    "Kerala Gramin Bank": "keralagbank.com",
    "State Bank of India": "sbi.co.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "mat": ("Coir brush mat - 45 x 75 cm, natural, stencilled", "pc", 240, 520, 5),
    "matting": ("Coir matting - bouclé weave, 100 cm wide, roll", "sq. m", 420, 760, 5),
    "rubber": ("Rubber-backed tufted coir mat - 60 x 90 cm", "pc", 690, 1350, 5),
    "seconds": ("Seconds - cut and shaded mats (by weight)", "kg", 38, 64, 5),
    "pith": ("Coir pith - washed, sun dried, loose", "tonne", 2600, 4200, 0),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Invoice to / Recipient / Bill to party: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "FDRL")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}H{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. shops, resorts, houseboats: UPI


SHOP_APPS = [
    "FedMobile",
    "ESAF Mobile",
    "SIB Mirror+",
    "Ippopay",
    "CSB Mobile+",
    "BHIM",
    "Jupiter",
    "SabPaisa",
]
SHOP_NOTES = [
    "Coir mats x 12 - houseboat",
    "Door mats for cottages",
    "Matting roll - 25 m",
    "Rubber back mats x 20",
    "Temple mat order",
    "Mats for new showroom",
    "Resort lobby matting",
    "Stencil mats - WELCOME",
]
PAGE_ORDERS = [
    ("Lakeside Nest Houseboats, Punnamada", "Coir mats x 40 - six houseboats, advance"),
    ("Smt. Rekha Menon, Thrissur", "Bouclé matting - 18 sq. m for the verandah"),
    ("Kuttanad Home Stores, Changanassery", "Brush mats x 150 - shop order"),
    ("Backwater Bay Resort, Kumarakom", "Lobby and corridor matting - balance"),
]
SHOP_UPI_LABELS = {
    "FedMobile": ["UPI Reference", "UTR number"],
    "ESAF Mobile": ["UPI RRN No.", "Bank reference No."],
    "SIB Mirror+": ["UPI transaction reference", "RRN"],
    "CSB Mobile+": ["UTR No.", "UPI Ref."],
    "BHIM": ["UPI Transaction ID", "UPI Ref No."],
    "Jupiter": ["UPI ref. ID", "UTR"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Furnishing shops, hotels, houseboat owners and resorts paying the shed or the company: six UPI app
    screens (FedMobile, ESAF Mobile, SIB Mirror+, CSB Mobile+, BHIM, Jupiter: on some the payee block above
    the sum and the status under it, on the rest the status, the sum and the payee; the trade name, its
    capitals, the company's capitals or its short name under Paid to / To / Credited to / Beneficiary / Money
    sent to / Paying to, its UPI ID, a Registered name / Name at bank line on some, the sum large, then
    Transaction date / Paid on / Date of payment / Completed on / Initiated on first, Note / Remarks /
    Message, Debited from / Paid from / From account / From, UPI Reference / UTR number / UPI RRN No. / Bank
    reference No. / UPI transaction reference / RRN / UTR No. / UPI Ref. / UPI Transaction ID / UPI Ref No. /
    UPI ref. ID / UTR, FedMobile's Txn ID, ESAF Mobile's Reference ID, SIB Mirror+'s Mirror txn No., CSB
    Mobile+'s App ref. No. and Jupiter's Jupiter txn ID on some; Payment completed / Sent successfully /
    Amount transferred to the merchant / Waiting for the bank's response - do not pay again yet / Transaction
    failed - daily UPI limit of the account reached) and the shed's two payment pages (Ippopay, SabPaisa: the
    trade name or the company on top, the sum large above the status, Customer name / Payer, Order description
    / Purpose of payment, Date of payment / Paid at / Transaction date and time, Mode of payment / Payment
    instrument, Ippopay's Ippopay transaction ID, Order No. and UPI RRN or Approval No., SabPaisa's SabPaisa
    txn ID, Client txn ID and Bank txn ID or Approval No.; Payment received / Transaction completed / Order
    paid - thank you)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1200, high=86000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Ippopay", "SabPaisa"):
        j.amount = rupees(rng, 16000, 220000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([TRADE, COMPANY, SHORT])
        url = (
            f"pay.ippopay.com/checkout/{code(rng, 14, ALNUM + LOWER)}"
            if app == "Ippopay"
            else f"securepay.sabpaisa.in/SabPaisa/sabPaisaInit?v=1&clientCode=PCPL{digits(rng, 4)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Coir mats and mattings - Kalavoor, Alappuzha", "Weavers of coir since 1964 - Kerala"]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {"success": ["Payment received", "Transaction completed", "Order paid - thank you"]},
        )
        wrap_pair(p, rng.choice(["Customer name", "Payer"]), who)
        wrap_pair(p, rng.choice(["Order description", "Purpose of payment"]), what)
        date_row(p, j, ["Date of payment", "Paid at", "Transaction date and time"], hour=True)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Mode of payment", "Payment instrument"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Ippopay":
                pid = f"IPO{digits(rng, 13)}"
                p.pair("Ippopay transaction ID", pid, txn=(TXN_RANK, pid))
                oid = f"CMM{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
            else:
                sid = digits(rng, 12)
                p.pair("SabPaisa txn ID", sid, txn=(TXN_RANK, sid))
                cid = f"PCPL-{code(rng, 3, UPPER)}-{digits(rng, 7)}"
                p.pair("Client txn ID", cid, txn=(ORDER_RANK, cid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Ippopay" else "Bank txn ID", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Approval No.", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Powered by Ippopay Technologies"
            if app == "Ippopay"
            else "Secured by SabPaisa - SRS Live Technologies",
        )
        return p.done()
    to = rng.choice([TRADE, TRADE_CAPS, COMPANY_CAPS, SHORT])
    handle = f"chakiri{rng.choice(['', '.mats', '688'])}@{rng.choice(['federal', 'sib', 'csb', 'esaf'])}"
    p = phone_page(rng, font, k, ["", "Payment status", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Payment completed", "Sent successfully", "Amount transferred to the merchant"],
        "pending": ["Waiting for the bank's response - do not pay again yet"],
        "failed": ["Transaction failed - daily UPI limit of the account reached"],
    }
    payee_first = rng.random() < 0.5

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "To", "Credited to", "Beneficiary", "Money sent to"]
                if status == "success"
                else ["To", "Paying to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("FedMobile", "SIB Mirror+", "CSB Mobile+") and to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Registered name', 'Name at bank'])}: {COMPANY_CAPS}")

    if payee_first:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    date_row(
        p,
        j,
        ["Transaction date", "Paid on", "Date of payment", "Completed on"]
        if status == "success"
        else ["Transaction date", "Initiated on"],
        hour=True,
    )
    p.pair(rng.choice(["Note", "Remarks", "Message"]), rng.choice(SHOP_NOTES))
    p.pair(
        rng.choice(
            ["Debited from", "Paid from", "From account", "From"] if status == "success" else ["From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app != "BHIM" and rng.random() < 0.7:
            label, own = {
                "FedMobile": ("Txn ID", f"FED{j.date:%y%m%d}{digits(rng, 10)}"),
                "ESAF Mobile": ("Reference ID", f"ESF{digits(rng, 14)}"),
                "SIB Mirror+": ("Mirror txn No.", f"MR{digits(rng, 14)}"),
                "CSB Mobile+": ("App ref. No.", f"CSB{code(rng, 4, UPPER)}{digits(rng, 9)}"),
                "Jupiter": ("Jupiter txn ID", f"jup_{code(rng, 12, ALNUM + LOWER)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.part = "foot"
    p.add("small", rng.choice(["UPI - powered by NPCI", "Download receipt  |  Raise a dispute", "Get help"]))
    return p.done()


# ---------------------------------------------------------------- 2. furnishing buyers' and Coirfed's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Colaba Home Furnishings Pvt Ltd", "payables@colabahome.in", "Colaba Causeway, Mumbai", "mat", "mail"),
    (
        "The Kerala State Coir Corporation Ltd",
        "purchase@coircorporation.in",
        "Coir Corporation, Alappuzha",
        "matting",
        "paper",
    ),
    ("Lajpat Nagar Floorings", "accounts@lajpatfloorings.com", "Lajpat Nagar, New Delhi", "rubber", "portal"),
    ("Coirfed", "accounts@coirfed.org", "Coirfed House, Alappuzha", "mat", "paper"),
    (
        "Indiranagar Living Pvt Ltd",
        "vendorpay@indiranagarliving.in",
        "Indiranagar, Bengaluru",
        "rubber",
        "mail",
    ),
    ("Johari Bazaar Durries & Mats", "johariduries@gmail.com", "Johari Bazaar, Jaipur", "mat", "portal"),
    (
        "Anna Nagar Hotel Supplies",
        "finance@annanagarhotelsupplies.com",
        "Anna Nagar, Chennai",
        "matting",
        "mail",
    ),
    ("Marine Drive Interiors LLP", "ap@marinedriveinteriors.in", "Marine Drive, Kochi", "matting", "portal"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Furnishing houses in Mumbai, Delhi, Bengaluru, Jaipur, Chennai and Kochi, the Kerala State Coir
    Corporation and Coirfed paying for the mats and mattings the firm sent them: a payment advice e-mail, a
    printed REMITTANCE ADVICE - COIR MATS AND MATTINGS / STATEMENT OF PAYMENT TO SUPPLIER / Supplier payment
    intimation and a vendor portal page (the payer on top with its desk line; the payee first, Supplier name /
    Paid to (supplier) / Beneficiary vendor / Remitted to / Amount credited to the company, Vendor code and
    GRN No. (no fact); then the payment block, Net amount paid / Net remittance / Amount released (net)
    (Amount on hold on the hold, Amount not credited on the return), Payment type / Remittance mode NEFT /
    RTGS / IMPS, Vendor bank account, UTR No. / NEFT ref. / RTGS ref. / IMPS RRN, Payment document No. /
    Remittance advice No. / Cheque-less payment No., Value date / Date of remittance / Remitted on / Paid date
    / On hold since / Statement date / Bounced on / Return date; Status: Paid - credited to vendor /
    Remittance completed - please acknowledge / On hold - fumigation certificate for the lot pending / Payment
    bounced - beneficiary account closed; and below it the company's bills with their pieces or square metres
    and sums, Bills value / Total of invoices, Less: TDS u/s 194Q @ 0.1%, Less: Shortage claim - n pcs / Less:
    Quality claim - shade variation / Less: Early payment discount @ 1.5% on some)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Payables <{mail}>",
            ["Remittance advice", f"Payment to {SHORT} - details", "Your bills have been paid"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [740, 780, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts - payables', 'Purchase and Stores', 'Finance Department'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - COIR MATS AND MATTINGS",
                "STATEMENT OF PAYMENT TO SUPPLIER",
                "Supplier payment intimation",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Supplier name", "Paid to (supplier)", "Beneficiary vendor", "Remitted to"] + (
        ["Amount credited to"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', 'SUP', 'ALP'])}{digits(rng, 6)}")
    p.pair("GRN No.", f"GRN/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    # the bills and cuts are drawn first (the net sum), printed after the payment block
    item, unit, lo, hi, _ = GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        if kind == "matting":
            qty = rng.randrange(60, 900)
            each = float(rng.randrange(lo, hi, 5))
            shown = f"{qty} sq. m"
        else:
            qty = rng.randrange(80, 1200)
            each = float(rng.randrange(lo, hi, 5))
            shown = f"{qty} pcs"
        value = round(qty * each, 2)
        gross += value
        bills.append((f"CMM/{fy(j.date)}/{rng.randrange(1, 999):04d}  {shown}", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3 and kind != "matting":
        short = rng.randrange(4, 30)
        cut = short * each
        cuts.append((f"Less: Shortage claim - {short} pcs", rs(cut)))
    elif pick < 0.55:
        cut = float(rng.choice([1500, 2500, 4000, 6000]))
        cuts.append(("Less: Quality claim - shade variation", rs(cut)))
    elif pick < 0.7:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Early payment discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    p.add("left", rng.choice(["Payment particulars", "This remittance"]))
    lab = {
        "success": ["Net amount paid", "Net remittance", "Amount released (net)"],
        "pending": ["Amount on hold"],
        "failed": ["Amount not credited"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment type", "Remittance mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank account", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
            lab = {"IMPS": ["IMPS RRN"], "RTGS": ["UTR No.", "RTGS ref."], "NEFT": ["UTR No.", "NEFT ref."]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RA', 'PD', '52'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Payment document No.", "Remittance advice No.", "Cheque-less payment No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of remittance", "Remitted on", "Paid date"],
            "pending": ["On hold since", "Statement date"],
            "failed": ["Bounced on", "Return date"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Paid - credited to vendor",
                "Remittance completed - please acknowledge",
            ],
            "pending": ["On hold - fumigation certificate for the lot pending"],
            "failed": ["Payment bounced - beneficiary account closed"],
        },
    )
    p.add("rule")
    p.add("left", rng.choice(["Invoices covered", "Your bills", "Paid against"]))
    for label, value in bills:
        p.pair(label, value)
    p.pair(rng.choice(["Bills value", "Total of invoices"]), rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    for label, value in cuts:
        p.pair(label, value)
    p.part = "foot"
    p.add("small", "Please write to us within 10 days if any bill is left out or short paid.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Carpet Capital Floorcoverings Inc", "Dalton, Georgia, USA", "USD", "Truist Bank", 3000, 65000),
    ("Maasvlakte Deurmatten BV", "Rotterdam, Netherlands", "EUR", "ABN AMRO Bank NV", 2500, 55000),
    ("Kirkstall Matting Supplies Ltd", "Leeds, United Kingdom", "GBP", "Lloyds Bank plc", 2000, 42000),
    ("Oresund Golvmattor AB", "Malmo, Sweden", "SEK", "Skandinaviska Enskilda Banken AB", 25000, 520000),
    ("Onehunga Floor Mats Ltd", "Auckland, New Zealand", "NZD", "ASB Bank Ltd", 3500, 80000),
    ("Fyn Maatter ApS", "Odense, Denmark", "DKK", "Jyske Bank A/S", 18000, 380000),
    ("Rheinhafen Bodenbelag AG", "Basel, Switzerland", "CHF", "Basler Kantonalbank", 2500, 52000),
    ("Bryggen Tepper AS", "Bergen, Norway", "NOK", "Sparebanken Vest", 25000, 540000),
]
WIRE_BANKS = [
    ("Federal Bank", "mail"),
    ("South Indian Bank", "browser"),
    ("CSB Bank", "paper"),
    ("Union Bank of India", "browser"),
    ("State Bank of India", "paper"),
    ("Federal Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("South Indian Bank", "paper"),
]
WIRE_RATES = {
    "USD": (85.6, 88.9),
    "EUR": (93.2, 98.4),
    "GBP": (108.4, 113.6),
    "SEK": (8.05, 8.72),
    "NZD": (50.2, 53.9),
    "DKK": (12.5, 13.2),
    "CHF": (97.1, 103.8),
    "NOK": (7.85, 8.41),
}
INTERMEDIARY = {
    "USD": "Citibank NA, New York",
    "NZD": "Westpac Banking Corporation, Wellington",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
    "NOK": "DNB Bank ASA, Oslo",
}
SHIPPED = [
    "Coir brush mats, stencilled (HSN 57029210)",
    "Coir matting rolls, bouclé (HSN 57024210)",
    "Rubber-backed tufted coir mats (HSN 57050041)",
    "Coir mats - 2 x 40 ft containers ex Kochi",
    "PVC-backed coir mats and runners (HSN 57050042)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds; a code before the sum
    for kronor, kroner and francs, NZD or NZ$ before it for New Zealand dollars."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice(
        {
            "SEK": ["SEK "],
            "NZD": ["NZD ", "NZ$"],
            "DKK": ["DKK "],
            "CHF": ["CHF "],
            "NOK": ["NOK "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Floor covering importers in Dalton, Rotterdam, Leeds, Malmo, Auckland, Odense, Basel and Bergen paying
    for coir mats, mattings and rubber-backed mats: the banks' inward remittance advices (browser, e-mail,
    printed FOREIGN INWARD REMITTANCE - ADVICE TO EXPORTER / Credit advice - export proceeds received / Inward
    remittance (SWIFT MT103) - beneficiary copy: the bank on top with its forex desk, the status first under
    the heading on some and at the foot on the rest, then the remitter's block: Remitting party / Applicant
    (remitter), Remitting bank / Ordering bank, Intermediary bank on some; then Beneficiary / Account holder
    (beneficiary) / Credited to (exporter) / Beneficiary - name as per SWIFT the company, Beneficiary account,
    Remittance amount / FCY amount / Amount in foreign currency / Gross inward amount in USD, EUR, GBP, SEK,
    NZD, DKK, CHF or NOK, Charges, Conversion rate, INR equivalent, Less: Bank charges incl. GST, Net INR
    credited, Purpose code, Description of goods, Export invoice ref., Shipping bill No. and date, Mode,
    Sender's reference, IRM reference / Inward remittance No. / Bank reference, UETR; Credit date / Value date
    / Realised on / Date realised / Received on / Held since / Return date / Returned to remitter on; Export
    proceeds realised and credited / Status: Funds realised - INR credited to current account / Under review -
    purpose code and invoice to be confirmed by exporter / Returned to remitting bank - beneficiary account
    inoperative)."""
    k = place("export_wires")
    status = outcome(k, failed=(7,), pending=(4,))
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
            f"{bank} Trade Services <tradeservices@{slug(bank)}>",
            [
                "Inward remittance credited - advice",
                "Export proceeds received",
                "SWIFT inward credit to your account",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"fxonline.{slug(bank)}/exporter/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Desk, Mullackal Branch, Alappuzha",
                "International Banking Division, Marine Drive, Kochi",
                "Centralised Trade Operations, Ernakulam",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE - ADVICE TO EXPORTER",
                "Credit advice - export proceeds received",
                "Inward remittance (SWIFT MT103) - beneficiary copy",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Export proceeds realised and credited",
            "Status: Funds realised - INR credited to current account",
        ],
        "pending": ["Under review - purpose code and invoice to be confirmed by exporter"],
        "failed": ["Returned to remitting bank - beneficiary account inoperative"],
    }
    status_first = rng.random() < 0.5
    if status_first:
        outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Remitting party", "Applicant (remitter)"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Ordering bank"]), pbank)
    if cur in INTERMEDIARY and rng.random() < 0.7:
        wrap_pair(p, "Intermediary bank", INTERMEDIARY[cur])
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(
            [
                "Beneficiary",
                "Account holder (beneficiary)",
                "Credited to (exporter)",
                "Beneficiary - name as per SWIFT",
            ]
        ),
        me,
        merchant=me,
    )
    p.pair("Beneficiary account", f"XXXXXXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Remittance amount", "FCY amount", "Amount in foreign currency", "Gross inward amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"INR {rate} per {cur}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 400, 600, 900])) * 1.18, 2)
    p.pair("Less: Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose code", rng.choice(["P0102 - realisation of export of goods", "P0103 - advance for exports"])
    )
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Export invoice ref.", f"PCP/EX/{rng.randrange(1, 240):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 20, 90), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT - customer transfer"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["IRM reference", "Inward remittance No.", "Bank reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Credit date", "Value date", "Realised on", "Date realised"],
            "pending": ["Received on", "Held since"],
            "failed": ["Return date", "Returned to remitter on"],
        }[status],
        WIRE_PATS,
    )
    if not status_first:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to EDPMS; regularise it against the shipping bill in time."
        if status == "success"
        else "Write to the forex desk quoting the bank reference for any query.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the shed's and the godown's receipts


# the party, the way it paid, the site (shed, godown, or the accounts desk's mail), the goods
SALES = [
    ("Mullackal Furnishings, Alappuzha", "cash", "shed", "mat"),
    ("Green Backwaters Resort, Kumarakom", "NEFT", "mail", "matting"),
    ("Sree Bhadra Traders, Cherthala", "cheque", "godown", "rubber"),
    ("K. Sudheer (mat vendor), Mannancherry", "UPI", "shed", "seconds"),
    ("Dr. Lekha Thomas, Kottayam", "card", "shed", "rubber"),
    ("Vayalar Garden Nursery", "UPI", "godown", "pith"),
    ("Eram Home Centre, Kayamkulam", "cheque", "shed", "mat"),
    ("Sri. Joseph Mathew, Kochi", "UPI", "mail", "mat"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shed's SALE BILL - COIR MATS / CASH SALE - FACTORY OUTLET to an Alappuzha furnishing shop, a
    Kayamkulam home centre and a Kottayam doctor, its RECEIPT - SECONDS SOLD BY WEIGHT to a mat vendor, the
    godown's RECEIPT - RUBBER BACKED MATS to a Cherthala trader and its RECEIPT - COIR PITH SOLD BY THE TONNE
    / SALE RECEIPT - COIR PITH to a garden nursery (paper: the trade name or the company on top with its site
    line, address and GSTIN; Sold to / Party / Customer first, then Cash bill No. / Receipt No. / Sl. No.,
    Date / Bill date / Dated / Receipt date, the pieces, square metres, kilos or tonnes x rate, CGST @ 2.5%
    and SGST @ 2.5% on the mats, mattings and seconds, Bill total / Total / Gross bill value / Order value,
    Cash received / Received by cash / UPI received / Amount received by UPI / Card payment / Paid by card /
    Cheque for / Cheque amount, the sum in words under it, Mode / Mode of payment, UPI Ref. No. / UPI
    reference / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - MATS
    DELIVERED / PAID - SECONDS WEIGHED AND TAKEN / PAID - PITH LOADED AT GODOWN / CHEQUE RECEIVED - MATS
    RELEASED ON CREDIT / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, the rubber stamp) and two of the accounts
    desk's Payment acknowledgement e-mails (a resort's Advance against order / Part payment received with the
    Balance on delivery / Balance to be paid and the UTR / NEFT UTR, a Kochi customer's mats by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    party, way, site, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if site == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@pathirappallycoir.in>",
            [
                "Payment acknowledged - Pathirappally Coir",
                "We have received your payment",
                "Receipt for your mat order",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Coir mats and mattings - Kalavoor and Aroor, Alappuzha  |  Accounts")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        shed = site == "shed"
        me = rng.choice([TRADE, TRADE_CAPS, COMPANY])
        where = SITES[0] if shed else SITES[1]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"{where[0]} - a unit of {SHORT}" if me != COMPANY else f"{TRADE} - {where[0].lower()}",
            where[1],
            where[2],
            {
                "mat": ["SALE BILL - COIR MATS", "CASH SALE - FACTORY OUTLET"],
                "rubber": ["SALE BILL - COIR MATS", "RECEIPT - RUBBER BACKED MATS"],
                "seconds": ["RECEIPT - SECONDS SOLD BY WEIGHT", "CASH SALE - FACTORY OUTLET"],
                "pith": ["RECEIPT - COIR PITH SOLD BY THE TONNE", "SALE RECEIPT - COIR PITH"],
            }[kind],
        )
    wrap_pair(p, rng.choice(["Sold to", "Party", "Customer"]), party)
    if not j.no_ref:
        heads = {"shed": ["KLV", "CS"], "godown": ["ARR", "GR"], "mail": ["PCP", "AK"]}[site]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Cash bill No.", "Receipt No.", "Sl. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Bill date", "Dated", "Receipt date"], PATS_IN)
    advance = k == 1
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "pith":
        tonnes = round(rng.uniform(2.5, 14.0), 3)
        rate = float(rng.randrange(lo, hi, 50))
        bill = round(tonnes * rate, 2)
        p.pair(f"  {tonnes:.3f} t x {rate:,.2f}", rs(bill))
    else:
        if kind == "seconds":
            qty = round(rng.uniform(40, 420), 1)
            shown = f"{qty:.1f} kg"
            rate = float(rng.randrange(lo, hi))
        elif kind == "matting":
            qty = rng.randrange(80, 640)
            shown = f"{qty} sq. m"
            rate = float(rng.randrange(lo, hi, 5))
        else:
            qty = rng.randrange(6, 90 if k not in (2, 6) else 400)
            shown = f"{qty} pcs"
            rate = float(rng.randrange(lo, hi, 5))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Order value", "Total"] if advance else ["Bill total", "Total", "Gross bill value"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque for", "Cheque amount"])
    elif advance:
        lab = rng.choice(["Advance against order", "Part payment received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received by cash"]),
            "UPI": rng.choice(["UPI received", "Amount received by UPI"]),
            "card": rng.choice(["Card payment", "Paid by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance on delivery", "Balance to be paid"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI reference"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "pith":
        words.append("PAID - PITH LOADED AT GODOWN")
    elif kind == "seconds":
        words.append("PAID - SECONDS WEIGHED AND TAKEN")
    elif not advance:
        words.append("PAID - MATS DELIVERED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - MATS RELEASED ON CREDIT",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "pith": "Pith is sold as it lies in the yard; weighed on the godown's weighbridge.",
            "seconds": "Seconds are sold by weight as they are; no return and no claim.",
        }.get(kind, "Goods once sold will not be taken back. Cheques are subject to realisation."),
    )
    if site != "mail":
        right(p, f"For {TRADE} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            TRADE_CAPS,
            "KALAVOOR SHED" if site == "shed" else "AROOR GODOWN",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. yarn, fibre, latex, dyes, bale wrap


SUPPLIERS = [
    (
        "Vaikom Coir Yarn Producers' Co-operative Society Ltd",
        "Vaikom and Anjengo coir yarn | Spun on motorised ratts",
        "Thalayolaparambu Road, Vaikom - 686141, Kerala",
        "32",
        "VCY",
    ),
    (
        "Pollachi Brown Fibre Mills",
        "Brown coir fibre | Bristle and mattress fibre | Bales",
        "Kinathukadavu Road, Pollachi - 642001, Tamil Nadu",
        "33",
        "PBF",
    ),
    (
        "Kalamassery Latex & Backing Compounds",
        "Rubber latex compound | PVC backing | Adhesives",
        "HMT Road, Kalamassery, Kochi - 683104, Kerala",
        "32",
        "KLB",
    ),
    (
        "Vapi Acid Dyes & Chemicals",
        "Acid dyes | Bleaching chemicals | Fixers",
        "GIDC Phase II, Vapi - 396195, Gujarat",
        "24",
        "VAD",
    ),
    (
        "Edappally Bale Wrap Industries",
        "HDPE bale wrap | Stretch film | Export cartons",
        "Edappally North, Kochi - 682024, Kerala",
        "32",
        "EBW",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "VCY": [
        ("Coir yarn - Vaikom, 2 ply, runnage 180", "5308", "kg", 48, 66, 5, 800, 6000),
        ("Coir yarn - Anjengo, white, 2 ply", "5308", "kg", 72, 96, 5, 400, 3000),
    ],
    "PBF": [
        ("Brown coir fibre - long, 120 kg bales", "5305", "kg", 22, 34, 5, 4000, 24000),
        ("Bristle fibre - cleaned", "5305", "kg", 38, 55, 5, 800, 5000),
    ],
    "KLB": [
        ("Natural rubber latex compound - 60% DRC", "4005", "kg", 165, 240, 18, 300, 2400),
        ("PVC backing compound", "3904", "kg", 118, 160, 18, 300, 2400),
    ],
    "VAD": [
        ("Acid dye - maroon 3B", "3204", "kg", 780, 1350, 18, 20, 160),
        ("Acid dye - navy blue", "3204", "kg", 820, 1400, 18, 20, 160),
        ("Hydrogen peroxide 50% (bleaching)", "2847", "kg", 62, 88, 18, 100, 900),
    ],
    "EBW": [
        ("HDPE bale wrap - 120 gsm, 1.5 m roll", "3920", "kg", 135, 178, 18, 200, 1600),
        ("Export carton - 5 ply, printed", "4819", "pcs", 42, 86, 18, 300, 2400),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "NEFT", "-", "RTGS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Vaikom coir yarn co-operative, the Pollachi fibre mill, the Kalamassery latex compounder, the Vapi
    dye maker and the Edappally bale wrap maker billing the company (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE (ORIGINAL) / INVOICE - ORIGINAL COPY FOR RECIPIENT / GST INVOICE -
    ORIGINAL; Bill No. / Invoice Ref. / Tax invoice No., Invoice dated / Bill date / Date / Date of supply,
    Invoice to / Recipient / Bill to party the company, Ship to (delivery at) the shed, State of supply, E-way
    bill No., LR No. or Vehicle No., the yarn, fibre, latex, PVC, dyes, peroxide, wrap or cartons with HSN, kg
    or pcs x rate, Assessable value, CGST and SGST or IGST @ 5% or 18%, Round off, Total invoice value, Less:
    Advance paid against PO and Balance received by RTGS / NEFT on some, else Paid through RTGS / NEFT /
    Amount received by RTGS / NEFT / Received via UPI / Paid through UPI with UTR / UTR No. / UPI Ref. No. /
    UPI Ref. ID, or Cheque received for / Amount of cheque with Cheque No.; PAID / SETTLED BY RTGS / NEFT /
    UPI / FULL AND FINAL PAYMENT RECEIVED / CHEQUE DEPOSITED - RECEIPT SUBJECT TO CLEARING / CHEQUE BOUNCED -
    EXCEEDS ARRANGEMENT, PAY AGAIN, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 and len(maker) < 40 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL)", "INVOICE - ORIGINAL COPY FOR RECIPIENT", "GST INVOICE - ORIGINAL"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Invoice Ref.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice dated", "Bill date", "Date", "Date of supply"], PATS_IN)
    ours_to(p, ["Invoice to", "Recipient", "Bill to party"])
    wrap_pair(p, "Ship to (delivery at)", f"{TRADE}, Kalavoor shed")
    p.pair("State of supply", "Kerala (32)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("VCY", "EBW"):
        p.pair("Vehicle No.", f"KL-{'36' if tag == 'VCY' else '07'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("LR No.", f"{rng.choice(['VRL', 'KPN', 'ABT'])}{digits(rng, 8)}")
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
    p.pair("Assessable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "32")
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
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance paid against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Amount of cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received via UPI", "Paid through UPI"])
        else:
            lab = rng.choice([f"Paid through {way}", f"Amount received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Ref. ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"SETTLED BY {way}", "FULL AND FINAL PAYMENT RECEIVED"]),
        "pending": "CHEQUE DEPOSITED - RECEIPT SUBJECT TO CLEARING",
        "failed": "CHEQUE BOUNCED - EXCEEDS ARRANGEMENT, PAY AGAIN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", words_in_rupees(j.amount))
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 45 days. Subject to {town} jurisdiction.")
    sign = f"For {maker}"
    right(p, sign if fits(p, "right", sign) else "Authorised signatory")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Vallarpadam Container Movers", "Haulage - 2 x 40 ft to ICTT Vallarpadam", 18000, 64000),
    ("Willingdon Island Clearing Agency Pvt Ltd", "CHA charges - 3 shipping bills, May", 12000, 48000),
    ("Pest Shield Fumigation Services", "Methyl bromide fumigation - 4 containers", 9000, 36000),
    ("Smt. Annamma Varghese", "Aroor godown rent - June", 55000, 140000),
    ("Cherthala Loom Works", "Frame loom repairs and 2 powerloom beams", 26000, 130000),
    ("Kuttanad Yarn Boat Carriers", "Yarn by canal boat - Vaikom to Kalavoor, 9 trips", 8000, 34000),
    ("Stencil & Shade Design Studio", "Stencil sets - 24 new mat designs", 14000, 52000),
    ("Aroor Motor Rewinding Works", "Powerloom motor rewinding - 5 motors", 7000, 30000),
]
CORP_PORTALS = [
    ("FedNet Corporate", "Federal Bank", "fednetcorp.federalbank.co.in/payments/txnview"),
    ("SIB Corporate Internet Banking", "South Indian Bank", "corporate.southindianbank.com/transfer/status"),
    ("CSB Corporate Net Banking", "CSB Bank", "corpnet.csb.co.in/fundtransfer/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the container hauler, the customs broker, the fumigator, the godown's landlord, the
    loom works, the yarn boatmen, the stencil studio and the motor rewinder: corporate net banking's
    transaction pages (FedNet Corporate, SIB Corporate Internet Banking, CSB Corporate Net Banking: the portal
    on top and the bank's line, Payment details / Fund transfer - view transaction, the payee first on some:
    Credit account name / Beneficiary / Pay to / Name of payee (registered) / Counterparty, Short name (payee
    list), Credit account No. and IFSC, then the references on some above the payee: UTR / UTR No. / IMPS Ref
    No. and Bank reference No. / Core banking ref.; Debit account the company, Payment amount / Amount (INR) /
    Debit amount / Transferred amount, Payment type / Channel NEFT / RTGS / IMPS, Purpose / Payment remarks,
    Initiator / Approver; the day and the status at the foot: Processed on / Transfer date / Value date / Date
    of debit / Initiated on / Saved on / Failed on / Date of rejection; Completed - beneficiary bank has
    credited the amount / Status: Successful - debited and sent / Awaiting authoriser's release / Rejected by
    beneficiary bank - invalid account number)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?id={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction history', 'Fund transfer'])}")
    p.add("center", rng.choice(["Payment details", "Fund transfer - view transaction"]))
    p.add("rule")
    p.part = "body"
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    who = who.upper() if rng.random() < 0.4 else who

    def payee_rows() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Credit account name",
                    "Beneficiary",
                    "Pay to",
                    "Name of payee (registered)",
                    "Counterparty",
                ]
            ),
            who,
            merchant=who,
        )
        if rng.random() < 0.5:
            p.pair(
                "Short name (payee list)",
                "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "ALP",
            )
        ben = rng.choice(BANKS[:10])
        p.pair("Credit account No.", f"XXXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")

    def ref_rows() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:3]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Core banking ref."]), tr, txn=(BANK_RANK, tr))

    if rng.random() < 0.5:
        payee_rows()
        ref_rows()
    else:
        ref_rows()
        payee_rows()
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Payment amount", "Amount (INR)", "Debit amount", "Transferred amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Payment remarks"]), note)
    p.pair("Initiator / Approver", f"PCPMAKER1 / {'-' if status == 'pending' else 'PCPAUTH2'}")
    p.add("rule")
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer date", "Value date", "Date of debit"],
            "pending": ["Initiated on", "Saved on"],
            "failed": ["Failed on", "Date of rejection"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Completed - beneficiary bank has credited the amount",
                "Status: Successful - debited and sent",
            ],
            "pending": ["Awaiting authoriser's release"],
            "failed": ["Rejected by beneficiary bank - invalid account number"],
        },
    )
    p.part = "foot"
    p.add("small", "A rejected transfer is reversed to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, loom minders, dyers, packers


# payee, role, place, kind
WORKERS = [
    ("T. Omana", "Handloom weaver - frame loom mats", "Kalavoor", "weave"),
    ("K. Bindu", "Handloom weaver - frame loom mats", "Kanjikuzhy", "weave"),
    ("P. K. Sasidharan", "Powerloom minder - matting", "Mannancherry", "power"),
    ("V. Rajeevan", "Yarn dyer - dye house", "Mararikulam", "dye"),
    ("R. Sreekala", "Stenciller - mat printing", "Kattoor", "stencil"),
    ("M. Shaji", "Bale packer - export godown", "Aroor", "pack"),
    ("S. Ambika", "Edge binder and trimmer", "Kalavoor", "bind"),
    ("A. Suresh", "Handloom weaver - frame loom mats", "Thumpoly", "weave"),
]
WORK_FRAMES = ["paper", "bulkpe", "paper", "fedmobile", "paper", "bulkpe", "paper", "bhim"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["WEAVING WAGES VOUCHER - MATS BY THE PIECE", "FRAME LOOM PIECE RATE SLIP"],
        ["Weaver's name", "Payee (weaver)"],
        "Mats woven and passed: {q} pcs x {rate}",
        (38, 72),
        (60, 260),
        ["Net wages paid", "Amount paid to weaver"],
    ),
    "power": (
        ["POWERLOOM WAGES - MATTING BY THE METRE", "MATTING LOOM OUTPUT PAY SLIP"],
        ["Loom minder's name", "Payee (loom minder)"],
        "Matting woven: {q} m x {rate}",
        (9, 16),
        (600, 1800),
        ["Net wages paid", "Net payable - paid"],
    ),
    "dye": (
        ["DYEING WAGES VOUCHER (PER KG OF YARN)", "DYE HOUSE PIECE RATE SLIP"],
        ["Dyer's name", "Payee (dyer)"],
        "Yarn dyed: {q} kg x {rate}",
        (4, 8),
        (900, 3200),
        ["Net wages paid", "Net payable - paid"],
    ),
    "stencil": (
        ["STENCIL PRINTING WAGES VOUCHER", "MAT PRINTING - PIECE RATE SLIP"],
        ["Stenciller's name", "Payee (stenciller)"],
        "Mats stencilled: {q} pcs x {rate}",
        (3, 6),
        (1200, 4200),
        ["Net wages paid", "Net payable - paid"],
    ),
    "pack": (
        ["BALE PACKING WAGES VOUCHER - GODOWN", "PACKING AND STUFFING PAY SLIP"],
        ["Packer's name", "Payee (packer)"],
        "Bales packed: {q} x {rate}",
        (28, 45),
        (120, 420),
        ["Net wages paid", "Net payable - paid"],
    ),
    "bind": (
        ["EDGE BINDING & TRIMMING VOUCHER", "FINISHING - PIECE RATE SLIP"],
        ["Binder's name", "Payee (binder)"],
        "Mats bound and trimmed: {q} pcs x {rate}",
        (4, 9),
        (700, 2600),
        ["Net wages paid", "Net payable - paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its handloom weavers by the mat and its powerloom minders, dyers, stencillers,
    packers and binders by the metre, the kilo, the piece or the bale: its printed WEAVING WAGES VOUCHER -
    MATS BY THE PIECE / FRAME LOOM PIECE RATE SLIP / POWERLOOM WAGES - MATTING BY THE METRE / MATTING LOOM
    OUTPUT PAY SLIP / DYEING WAGES VOUCHER (PER KG OF YARN) / DYE HOUSE PIECE RATE SLIP / STENCIL PRINTING
    WAGES VOUCHER / MAT PRINTING - PIECE RATE SLIP / EDGE BINDING & TRIMMING VOUCHER / FINISHING - PIECE RATE
    SLIP (the company on top with the trade name's site line, Wage voucher No. / Pay slip No., Date / Paid on
    / Wages paid on, Weaver's name / Payee (weaver) / Loom minder's name / Payee (loom minder) / Dyer's name /
    Payee (dyer) / Stenciller's name / Payee (stenciller) / Binder's name / Payee (binder), Section, Native
    place, Frame No. and Pattern No. (no fact), the pieces, metres or kilos x rate, Add: Colour border extra /
    Add: Tufted design extra / Add: Sunday work extra, Gross wages, Less: Excess yarn used - n kg @ rate /
    Less: Festival advance recovered / Less: Advance adjusted / Less: Welfare fund contribution, Net wages
    paid / Amount paid to weaver / Net payable - paid, Paid by Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.;
    PAID / PAID IN CASH / PAID - MATS TAKEN INTO STOCK / PAID - ENTERED IN WAGE REGISTER), Bulkpe payout pages
    for a weaver and a bale packer (Bulkpe on top and Payouts - the company under it, the sum large above the
    status, Payee name / Beneficiary, Payee ID, Account No. / UPI ID, Transfer mode, Narration, Bulkpe
    transaction ID, UTR / RRN, Reference ID, Paid at / Settled at / Initiated at / Failed at; Payout completed
    - credited to the beneficiary / Status: Paid - bank confirmed / In process at the bank - final status in
    30 min / Payout reversed - IFSC and account number do not match), a FedMobile screen (UPI Reference and
    FedMobile's own Txn ID) and a BHIM screen paying a dyer and a weaver."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "bulkpe":
        j.amount = rupees(rng, 2800, 24000, 0.6)
        tid = f"BPX{code(rng, 14, ALNUM)}"
        p = browser_page(rng, font, "app.bulkpe.in/payouts/transactions" + ("" if j.no_ref else f"/{tid}"))
        p.part = "head"
        top(p, "Bulkpe")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payout completed - credited to the beneficiary",
                    "Status: Paid - bank confirmed",
                ],
                "pending": ["In process at the bank - final status in 30 min"],
                "failed": ["Payout reversed - IFSC and account number do not match"],
            },
        )
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary"]), who, merchant=who)
        p.pair("Payee ID", f"PY{digits(rng, 8)}")
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Account No.", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
        else:
            p.pair("UPI ID", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@fbl")
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Narration",
            rng.choice(["Mat weaving wages - 140 pcs", "Frame loom wages - week 24"])
            if kind == "weave"
            else rng.choice(["Bale packing wages - 86 bales", "Godown packing wages"]),
        )
        if not j.no_ref:
            p.pair("Bulkpe transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair(rng.choice(["UTR", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            rid = f"PCP-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Paid at", "Settled at"],
                "pending": ["Initiated at"],
                "failed": ["Failed at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The beneficiary bank has confirmed this credit.",
                "pending": "Do not pay again; a payout in process settles or reverses on its own.",
                "failed": "The amount of a reversed payout is back in your payout balance.",
            }[status],
        )
        return p.done()
    if frame in ("fedmobile", "bhim"):
        j.amount = rupees(rng, 2400, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "FedMobile" if frame == "fedmobile" else "BHIM")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Money sent", "Payment successful", "Transfer completed"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['fbl', 'sib', 'upi', 'okhdfcbank'])}",
            method="UPI",
        )
        p.pair(rng.choice(["Remarks", "Note"]), rng.choice(["Dyeing wages", "Wages - mats passed"]))
        if not j.no_ref:
            if frame == "fedmobile":
                p.pair("UPI Reference", j.ref, txn=(UTR_RANK, j.ref))
                own = f"FED{digits(rng, 16)}"
                wrap_pair(p, "Txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI Transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Federal Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Transaction date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    site = SITES[1] if kind == "pack" else SITES[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{TRADE} - {site[0].lower()}",
        site[1],
        site[2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"W{kind[0].upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Wage voucher No.", "Pay slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on", "Wages paid on"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Section", role)
    p.pair("Native place", village)
    if kind in ("weave", "stencil"):
        p.pair("Frame No.", f"F-{rng.randrange(1, 60):02d}")
        p.pair("Pattern No.", f"P-{rng.randrange(100, 990)}/{rng.choice(['DIAMOND', 'WELCOME', 'KETTU'])}")
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([200, 350, 500, 750]))
        p.pair(
            {
                "weave": "Add: Colour border extra",
                "stencil": "Add: Tufted design extra",
            }.get(kind, "Add: Sunday work extra"),
            rs(extra),
        )
        gross += extra
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if kind == "weave" and rng.random() < 0.5:
        kilos = round(rng.uniform(0.5, 4.5), 1)
        per = float(rng.choice([52, 58, 64]))
        cut = round(kilos * per, 2)
        p.pair(f"Less: Excess yarn used - {kilos} kg @ {per:.2f}", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Festival advance recovered" if kind == "weave" else "Less: Advance adjusted", rs(adv))
        cut += adv
    if rng.random() < 0.5:
        fund = float(rng.choice([20, 25, 50]))
        p.pair("Less: Welfare fund contribution", rs(fund))
        cut += fund
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append("PAID - MATS TAKEN INTO STOCK" if kind == "weave" else "PAID - ENTERED IN WAGE REGISTER")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / left thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. panchayats, boards, departments


FEE_FRAMES = ["building", "welfare", "factories", "coirboard", "trade", "metrology", "pcb", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a coir mat maker, its shed and its export godown in Alappuzha: Mararikulam North Grama
    Panchayat's building tax page (the Panchayat on top and the K-SMART line, Building No., Name of owner,
    Ward, the Building tax for the half year, Library cess and Service cess, Total remitted / Net amount paid,
    Transaction ID, Bank Ref No., Receipt No.), Aroor Grama Panchayat's D & O licence page (Name of
    establishment, Licence No., D & O licence fee (godown), Signboard fee, Total amount / Amount, Transaction
    ID, Date of attempt / Attempted on; Payment not completed - licence fee not credited to the Panchayat),
    the Kerala Coir Workers' Welfare Fund Board's contribution (the Board on top and the Labour and Skills
    Department line, Name of employer, Employer code, the Workers' and the Employer's contribution, Total
    contribution remitted, Transaction ID, GRN), the Department of Factories and Boilers' licence renewal
    (Name of factory, Licence No., Installed power, Workers employed, Licence renewal fee for 2027, Late fee,
    Total fee / Fee paid, e-Payment ID), the Coir Board's exporter registration renewal (Coir Board / COIR
    BOARD on top and the Ministry of MSME line, Name of exporter, Registration No., Renewal fee (exporter),
    GST @ 18%, Total paid / Amount received, Payment ref. No., Receipt No.), Legal Metrology's verification
    fee (the department on top, Name of user, the platform scales' and the weighbridge's fees, Total fee / Fee
    paid, Transaction ID), the Kerala State Pollution Control Board's consent renewal (the Board on top and
    the OCMMS line, Name of industry, Category, Application No., Consent fee (CTO renewal), Total fee /
    Amount, Transaction ID, Initiated on / Transaction date; Payment initiated - confirmation from the bank
    awaited) and the Motor Vehicles Department's Vahan tax page (the department on top and the Vahan line,
    Registered owner, Registration No., Vehicle class, Tax valid upto, Quarterly tax, Road safety cess, Total
    amount / Amount paid, Transaction No., Bank Ref No., Receipt No.); Payment mode, Date of payment / Payment
    date / Remitted on / Date of remittance; Payment successful / e-Payment completed - receipt generated /
    Amount credited to the Government account / Fee paid - application forwarded."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    ok = [
        "Payment successful",
        "e-Payment completed - receipt generated",
        "Amount credited to the Government account",
        "Fee paid - application forwarded",
    ]
    paid_on = ["Date of payment", "Payment date", "Remitted on", "Date of remittance"]
    if frame in ("building", "trade"):
        town = "Mararikulam North" if frame == "building" else "Aroor"
        p = browser_page(rng, font, f"ksmart.lsgkerala.gov.in/{frame}/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice([f"{town} Grama Panchayat", f"{town.upper()} GRAMA PANCHAYAT"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "K-SMART, Local Self Government Department  |  "
            + ("Building tax" if frame == "building" else "D & O licence"),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Payment not completed - licence fee not credited to the Panchayat"]},
        )
        if frame == "building":
            p.pair("Building No.", f"{rng.randrange(1, 23)}/{rng.randrange(100, 900)}")
            wrap_pair(p, "Name of owner", firm)
            p.pair("Ward", f"Ward {rng.randrange(1, 19)} - Kalavoor")
            heads = [
                ("Building tax - 2026-27, first half", 9000.0, 26000.0),
                ("Library cess", 450.0, 1300.0),
                ("Service cess", 500.0, 1600.0),
            ]
            labels = ["Total remitted", "Net amount paid"]
        else:
            wrap_pair(p, "Name of establishment", f"{TRADE} - export godown")
            p.pair("Licence No.", f"AGP/DO/{digits(rng, 5)}")
            heads = [
                ("D & O licence fee (godown)", 3500.0, 9000.0),
                ("Signboard fee", 500.0, 2000.0),
            ]
            labels = ["Total amount", "Amount"]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"KSM{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"MNGP/{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(p, j, paid_on if status == "success" else ["Date of attempt", "Attempted on"], pats)
        foot = (
            "Building tax for each half year is due by the end of its third month."
            if frame == "building"
            else "If the account was debited, the bank returns the amount within 7 working days."
        )
    elif frame == "welfare":
        p = browser_page(rng, font, f"coirworkerswelfare.kerala.gov.in/employer/remit/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Kerala Coir Workers' Welfare Fund Board", "KERALA COIR WORKERS' WELFARE FUND BOARD"]
        )
        top(p, name, merchant=name)
        p.add("small", "Labour and Skills Department, Government of Kerala")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of employer", f"{firm} (Kalavoor shed)")
        p.pair("Employer code", f"KCWWFB/ALP/{digits(rng, 5)}")
        staff = rng.randrange(40, 140)
        emp = float(staff * 20)
        boss = float(staff * 40)
        p.pair(f"Workers' contribution ({staff} x Rs 20)", rs(emp))
        p.pair(f"Employer's contribution ({staff} x Rs 40)", rs(boss))
        j.amount = emp + boss
        p.pair("Total contribution remitted", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"CWF{digits(rng, 12)}"),
                ("GRN", INVOICE_RANK, f"{j.date:%y}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, paid_on, pats)
        foot = "Contributions for each month are due by the 15th of the following month."
    elif frame == "factories":
        p = browser_page(rng, font, f"fabkerala.gov.in/licence/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Department of Factories and Boilers, Kerala", "FACTORIES & BOILERS DEPARTMENT, KERALA"]
        )
        top(p, name, merchant=name)
        p.add("small", "Labour and Skills Department, Government of Kerala  |  Licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of factory", f"{TRADE}, Kalavoor")
        p.pair("Licence No.", f"ALP/{digits(rng, 4)}/F")
        p.pair("Installed power", f"{rng.randrange(40, 160)} HP")
        p.pair("Workers employed", str(rng.randrange(40, 140)))
        renew = float(rng.choice([6000, 8500, 11500]))
        late = float(rng.choice([0, 500, 1000]))
        p.pair("Licence renewal fee for 2027", rs(renew))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = renew + late
        p.pair(rng.choice(["Total fee", "Fee paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("e-Payment ID", TXN_RANK, f"FAB{digits(rng, 11)}")])
        date_row(p, j, paid_on, pats)
        foot = "The renewed licence is issued after the Inspector of Factories verifies the registers."
    elif frame == "coirboard":
        p = browser_page(rng, font, f"coirboard.gov.in/exporters/registration/renewal/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Coir Board", "COIR BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of MSME, Government of India  |  Registration of coir exporters")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of exporter", firm)
        p.pair("Registration No.", f"CB/EXP/{digits(rng, 5)}")
        fee = float(rng.choice([5000, 7500, 10000]))
        p.pair("Renewal fee (exporter)", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(fee + gst, 2)
        p.pair(rng.choice(["Total paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ref. No.", TXN_RANK, f"CBP{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"CB/KCH/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, paid_on, pats)
        foot = "The registration-cum-membership certificate is renewed for the block of years paid for."
    elif frame == "metrology":
        p = browser_page(rng, font, "lmd.kerala.gov.in/eservices/verification/receipt")
        p.part = "head"
        name = rng.choice(["Legal Metrology Department, Kerala", "Controller of Legal Metrology, Kerala"])
        top(p, name, merchant=name)
        p.add("small", "Government of Kerala  |  Verification and stamping")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{TRADE} ({firm})")
        small = rng.randrange(1, 4)
        fee_small = float(small * rng.choice([600, 750]))
        fee_bridge = float(rng.choice([3000, 4500]))
        p.pair(f"Verification - platform scale 500 kg x {small}", rs(fee_small))
        p.pair("Verification - weighbridge 40 t x 1", rs(fee_bridge))
        j.amount = fee_small + fee_bridge
        p.pair(rng.choice(["Total fee", "Fee paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"KLM{digits(rng, 11)}")])
        date_row(p, j, paid_on, pats)
        foot = "Keep the weighbridge ready for the Inspector's test weights on the day allotted."
    elif frame == "pcb":
        p = browser_page(rng, font, "ocmms.keralapcb.nic.in/feepayment/status")
        p.part = "head"
        name = rng.choice(["Kerala State Pollution Control Board", "KERALA STATE POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "OCMMS - Online Consent Management and Monitoring System")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "pending": ["Payment initiated - confirmation from the bank awaited"]},
        )
        wrap_pair(p, "Name of industry", f"{TRADE} (dye house, Kalavoor)")
        p.pair("Category", rng.choice(["Orange - small", "Orange"]))
        p.pair("Application No.", f"KSPCB/CTO/{digits(rng, 7)}")
        fee = float(rng.choice([6000, 9000, 12000]))
        p.pair("Consent fee (CTO renewal)", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Total fee", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"PCB{digits(rng, 12)}")])
        date_row(
            p,
            j,
            paid_on if status == "success" else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "Do not pay again; the fee is confirmed once the bank's response reaches the Board."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt")
        p.part = "head"
        name = rng.choice(["Motor Vehicles Department, Kerala", "MOTOR VEHICLES DEPARTMENT, KERALA"])
        top(p, name, merchant=name)
        p.add("small", "Vahan - Ministry of Road Transport & Highways  |  Tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Registered owner", firm)
        p.pair("Registration No.", f"KL-04-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (LGV)", "Light goods vehicle - pick-up"]))
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        tax = float(rng.choice([1950, 2600, 3300]))
        cess = float(rng.choice([0, 50, 100]))
        p.pair("Quarterly tax", rs(tax))
        if cess:
            p.pair("Road safety cess", rs(cess))
        j.amount = tax + cess
        p.pair(rng.choice(["Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"KL{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"KL{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, paid_on, pats)
        foot = "Carry the e-receipt with the permit and the fitness certificate in the vehicle."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - Kalavoor shed, looms and stock",
        "browser",
        "stock",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Marine export open cover - coir mats to Europe and the US",
        "mail",
        "export",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Burglary and housebreaking - Aroor export godown",
        "paper",
        "burglary",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - shed and godown staff",
        "browser",
        "health",
    ),
    (
        "Kotak Mahindra General Insurance Co. Ltd",
        "kotakgeneral.com",
        "Money insurance - wage cash carried to the shed",
        "mail",
        "money",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Goods carrying vehicle package - pick-up van",
        "paper",
        "vehicle",
    ),
    (
        "Zuno General Insurance Ltd",
        "hizuno.com",
        "Group personal accident - coir workers",
        "browser",
        "gpa",
    ),
    (
        "Bajaj Allianz General Insurance Co. Ltd",
        "bajajallianz.com",
        "Machinery breakdown - powerlooms and motors",
        "mail",
        "machinery",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its shed, looms and stock, its export cargo, its export godown, its staff's
    health, the wage cash carried to the shed, its pick-up van, its coir workers and its powerlooms: the
    insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line,
    PREMIUM RECEIPT (ORIGINAL) / Acknowledgement of premium / RECEIPT FOR PREMIUM PAID, Insured / Name of the
    insured / Policyholder, Policy No., Proposal No. / Quote No., Sum insured - building, looms and stock /
    Annual export turnover declared / Sum insured - stock in godown / Lives covered / Cash limit per trip /
    IDV / Workers covered / Sum insured - machinery, Cover period, Basic premium or OD premium and TP premium,
    an add-on (Earthquake cover, War and SRCC, RSMD cover, Room rent waiver, Cash in till, Nil depreciation,
    Hospital cash, Electrical and mechanical breakdown), GST @ 18%, the sum: Total premium paid / Premium
    received (with GST) / Gross premium collected / Amount of cheque / Premium payable / Amount to be paid;
    then the status: Premium received - policy issued / Receipt issued - policy documents e-mailed / CHEQUE
    RECEIVED - COVER STARTS ON ITS REALISATION / Payment not received - policy not issued, retry the payment;
    Payment mode, Cheque No., Payment gateway ref., UPI RRN / Bank txn No., Receipt No. / Premium receipt No.,
    Receipt date / Premium received on / Date of payment / Cheque tendered on / Date of attempt / Attempted
    on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Your premium receipt", "Acknowledgement of premium"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, Mullackal, Alappuzha", "Divisional Office, Shanmugham Road, Kochi"]),
        )
    p.add(
        "center",
        rng.choice(["PREMIUM RECEIPT (ORIGINAL)", "Acknowledgement of premium", "RECEIPT FOR PREMIUM PAID"]),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p, rng.choice(["Insured", "Name of the insured", "Policyholder"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 5)}/{rng.choice(['11', '21', '44'])}/2026/{digits(rng, 7)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quote No."]), f"Q{digits(rng, 11)}")
    addon = None
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(6000000, 45000000, 100000))
        p.pair("Sum insured - building, looms and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "export":
        turnover = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Annual export turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(3000000, 20000000, 50000))
        p.pair("Sum insured - stock in godown", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0015), 2)
        addon = ("RSMD cover", round(insured * 0.0002, 2))
    elif kind == "health":
        members = rng.randrange(14, 45)
        p.pair("Lives covered", f"{members} staff and family members")
        basic = round(members * rng.uniform(7000, 12000), 2)
        addon = ("Room rent waiver", round(members * 350.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 1200000, 50000))
        p.pair("Cash limit per trip", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.008), 2)
        addon = ("Cash in till", round(limit * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 920000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"KL-04-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", float(rng.choice([16049, 27186])))]
        addon = ("Nil depreciation", round(idv * 0.002, 2))
    elif kind == "gpa":
        workers = rng.randrange(50, 160)
        p.pair("Workers covered", f"{workers} x Rs 2,00,000")
        basic = round(workers * rng.uniform(220, 380), 2)
        addon = ("Hospital cash", round(workers * 35.0, 2))
    else:
        insured = float(rng.randrange(2500000, 12000000, 50000))
        p.pair("Sum insured - machinery", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.0025), 2)
        addon = ("Electrical and mechanical breakdown", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Cover period", f"12 months from {j.other_day(rng, 1, 6)}")
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
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid", "Premium received (with GST)", "Gross premium collected"],
        "pending": ["Amount of cheque"],
        "failed": ["Premium payable", "Amount to be paid"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - policy issued",
                "Receipt issued - policy documents e-mailed",
            ],
            "pending": ["CHEQUE RECEIVED - COVER STARTS ON ITS REALISATION"],
            "failed": ["Payment not received - policy not issued, retry the payment"],
        },
    )
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
            pid = f"{rng.choice(['PG', 'PGW', 'OL'])}{digits(rng, 12)}"
            p.pair("Payment gateway ref.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank txn No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Date of payment"],
            "pending": ["Cheque tendered on"],
            "failed": ["Date of attempt", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "The cover is subject to the premium being realised and to the policy's terms.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("CHAKIRI MATS & MATTINGS", "KALAVOOR, ALAPPUZHA", "own"),
    ("SREE NARAYANA FUELS (BPCL)", "NH-66, CHERTHALA", "fuel"),
    ("PATHIRAPPALLY COIR PRODUCTS", "AROOR, ALAPPUZHA KL", "own"),
    ("HOTEL BACKWATER GRAND", "MG ROAD, ERNAKULAM", "hotel"),
    ("CHAKIRI MATS & MATTINGS", "NH-66 KALAVOOR 688522", "own"),
    ("MULLACKAL HARDWARES", "MULLACKAL, ALAPPUZHA", "shop"),
    ("PATHIRAPPALLY COIR PRODUCTS", "KALAVOOR KERALA", "own"),
    ("KARIMEEN KITCHEN", "THANNEERMUKKOM BUND", "food"),
]
TERMINALS = [
    "FEDERAL BANK",
    "BPCL",
    "SOUTH INDIAN BANK",
    "HDFC BANK",
    "CSB BANK",
    "PINE LABS",
    "ICICI BANK",
    "MSWIPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shops', resorts' and traders' cards on the shed's and the company's terminals, and the company's card
    at a filling station on NH-66, a Kochi hotel in the coir fair week, a hardware shop and a backwater fish
    restaurant: terminal slips (monospace: the terminal's bank or brand on top on some, the counter's name and
    place in capitals, TXN DATE: and TXN TIME: / DATE: and TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, STAN:,
    INVOICE NO: / BILL NO: / INV NO:, SALE, CARD NO:, CARD TYPE:, a fuel sale's PRODUCT:, RATE/LTR:,
    QTY(LTR):, NOZZLE NO: and VEH NO:, a hotel's FOLIO NO: and ROOM NO:, AUTH CODE: / APPR CODE: / AUTH NO:,
    RRN: / RRN NO:, TXN AMT: / AMOUNT: / TOTAL: / SALE AMOUNT:; APPROVED / TXN APPROVED / APPROVED - THANK YOU
    / DECLINED - 55 INCORRECT PIN / TIMED OUT - VERIFY WITH BANK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2500, high=120000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4500, 21000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 650, 14500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 380, 3800, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        elif style == 1:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "SALE - TAP", "SALE - CHIP"] if j.amount <= 5000 else ["SALE", "SALE - CHIP"]),
    )
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(94.1, 104.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "SPEED"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"KL04{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", digits(rng, 6))
        p.pair("ROOM NO:", str(rng.randrange(101, 612)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["TXN AMT:", "AMOUNT:", "TOTAL:", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TIMED OUT - VERIFY WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, broadband, phone, DTH


BILLERS = [
    ("KSEB", "Kerala State Electricity Board Ltd", "Consumer No."),
    ("Kerala Water Authority", "Kerala Water Authority", "Consumer ID"),
    ("Asianet Broadband", "Asianet Satellite Communications Pvt Ltd", "Customer ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "Viewing card No."),
]
BILL_APPS = ["KSEB", "FedMobile", "MobiKwik", "Freecharge", "KSEB", "BHIM", "Jupiter", "Amazon Pay"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shed's and the godown's electricity (KSEB), the shed's water (Kerala Water Authority), the office
    broadband (Asianet), the manager's postpaid phone (Vi) and the godown's DTH (Dish TV) through Bharat
    Connect in FedMobile and UPI apps (the app on top, the status over the sum on some and under it on the
    rest, Biller / Biller name / Service provider / Operator as printed, Consumer No. / Consumer ID / Customer
    ID / Mobile No. / Viewing card No., Registered name / Consumer name / Name as per biller, Bill month and
    Last date on some, Paid using Current A/c or UPI, Bharat Connect Ref. No. / BBPS Txn Ref / Bharat Connect
    ID, UPI RRN, Transaction ID on the failed one, Paid on / Payment date / Date and time / Transaction date
    and time; Bill paid - biller confirmed receipt / Payment successful - biller updated / Payment under
    process - biller's confirmation expected in 2 working days / Transaction failed - amount will be refunded
    to your account) and KSEB's own quick pay page (KSEB, Kerala State Electricity Board Ltd or its capitals
    on top with its wss line, Consumer No., Electrical section, Consumer name, Bill date, Paid amount / Amount
    received, Payment mode, Transaction ID, Receipt No., Date of payment / Paid on; Payment successful / Thank
    you - payment received)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=4000, high=72000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 600, 4800, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 699, 2999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 499, 2199, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"11{rng.randrange(40, 60)}{digits(rng, 9)}",
        "Consumer ID": f"ALP/{rng.randrange(1, 99):02d}/{digits(rng, 6)}",
        "Customer ID": f"ASB{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Viewing card No.": f"0{digits(rng, 10)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KSEB":
        p = browser_page(rng, font, "wss.kseb.in/selfservices/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "wss.kseb.in  |  Quick pay - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Thank you - payment received"]})
        p.pair(idlab, ids)
        p.pair("Electrical section", rng.choice(["Kalavoor", "Aroor", "Mararikulam"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair(rng.choice(["Paid amount", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"KSEB{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"{rng.randrange(1, 9)}{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reflects against the consumer number within one working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid - biller confirmed receipt", "Payment successful - biller updated"],
        "pending": ["Payment under process - biller's confirmation expected in 2 working days"],
        "failed": ["Transaction failed - amount will be refunded to your account"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Operator" if which in (3, 4) else rng.choice(["Biller", "Biller name", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Registered name", "Consumer name", "Name as per biller"]),
        rng.choice([COMPANY_CAPS, TRADE_CAPS]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Last date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "FedMobile" else "UPI"
    p.pair(
        "Paid using",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "MobiKwik": "MK",
                "Freecharge": "FC",
                "BHIM": "BH",
                "Jupiter": "JP",
                "Amazon Pay": "AP",
            }.get(app, "FD")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Txn Ref", "Bharat Connect ID"]),
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
        ["Paid on", "Payment date", "Date and time", "Transaction date and time"]
        if status == "success"
        else ["Transaction date and time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "VALLARPADAM CONTAINE",
    "PEST SHIELD FUMIGATI",
    "VAIKOM COIR YARN PRO",
    "T OMANA",
    "CHERTHALA LOOM WORKS",
    "POLLACHI BROWN FIBRE",
    "KERALA STATE ELECTRI",
    "WILLINGDON ISLAND CL",
]
SENDERS = {
    "Federal Bank": "VM-FEDBNK",
    "South Indian Bank": "AD-SIBSMS",
    "Dhanlaxmi Bank": "JM-DHANBK",
    "ESAF Small Finance Bank": "BZ-ESAFBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-FEDBNK /
    AD-SIBSMS / JM-DHANBK / BZ-ESAFBK, the day divider, each bank's own wording: Federal Bank's "Rs.x debited
    from your A/c XX1234 on <day> towards <way> to <payee>.", South Indian Bank's "SIB: Your a/c X1234 is
    debited for INR x on <day> by <way> to <payee>.", Dhanlaxmi Bank's "A/c XXXX1234 debited by Rs x on <day>.
    <way> transfer to <payee>.", ESAF Small Finance Bank's UPI "ESAF Bank: Rs x sent from A/c *1234 on <day>
    to <payee> via UPI. Ref <ref>"; a transfer that "could not be completed - amount credited back to your
    A/c." and one that "is PENDING with the beneficiary bank; final status will follow by SMS.", the Avl Bal
    line) and two e-mail debit alerts (CSB Bank, Union Bank of India: Transferred to / Beneficiary / Payee (as
    per your list), Amount debited / Amount (INR), Debit account, Transfer mode, UTR / IMPS RRN, Transaction
    date / Posting date / Debited on, Status: Successful / Transaction status: Debited and sent to beneficiary
    bank)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=8000, high=360000)
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 2400, 18000, 0.8)
    elif k == 6:
        j.amount = rupees(rng, 14000, 72000)
    elif k == 0:
        j.amount = rupees(rng, 18000, 64000)
    elif k == 1:
        j.amount = rupees(rng, 9000, 36000)
    elif k == 4:
        j.amount = rupees(rng, 26000, 130000)
    elif k == 7:
        j.amount = rupees(rng, 12000, 48000)
    if k in (1, 7):
        bank = rng.choice(["CSB Bank", "Union Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit from your current account", "Transaction alert - funds transfer"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a transfer from your current account has been debited as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(
            p, rng.choice(["Transferred to", "Beneficiary", "Payee (as per your list)"]), to, merchant=to
        )
        p.pair(rng.choice(["Amount debited", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        p.pair("Debit account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Transfer mode", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            ["Transaction date", "Posting date", "Debited on"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"],
        )
        p.add(
            "left",
            rng.choice(["Status: Successful", "Transaction status: Debited and sent to beneficiary bank"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "We never ask for your PIN, OTP or password. Report an unknown debit at once.")
        return p.done()
    if k == 3:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # ESAF Small Finance Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Federal Bank",
        3: "ESAF Small Finance Bank",
        4: "South Indian Bank",
        6: "Dhanlaxmi Bank",
    }.get(k, rng.choice(["Federal Bank", "South Indian Bank", "Dhanlaxmi Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "ESAF Small Finance Bank":
            p.add("left", f"ESAF Bank: Rs {amt} sent from A/c *{tail}{on}", amount=j.amount)
            p.add("left", f"to {to} via UPI.", merchant=to, method=method)
        elif bank == "Federal Bank":
            p.add("left", f"Rs.{amt} debited from your A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        elif bank == "South Indian Bank":
            p.add("left", f"SIB: Your a/c X{tail} is debited for INR {amt}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"A/c XXXX{tail} debited by Rs {amt}{on}.", amount=j.amount)
            p.add("left", f"{way} transfer to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed - amount credited back to your A/c.",
            "pending": "is PENDING with the beneficiary bank; final status will follow by SMS.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "ESAF Small Finance Bank":
            p.add("left", f"Ref {ref}. Not you? Call 1800 103 3723", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "ESAF Small Finance Bank":
            p.add("small", "-ESAF Bank", status="success")
        else:
            p.add("left", f"Avl Bal: Rs {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not you? Call the bank immediately", "Report an unknown debit to your branch"]),
            )
    if bank != "ESAF Small Finance Bank":
        p.add(
            "small",
            {"Federal Bank": "-Federal Bank", "South Indian Bank": "-SIB"}.get(bank, "-Dhanlaxmi Bank"),
        )
    return p.done()


compose = compose158

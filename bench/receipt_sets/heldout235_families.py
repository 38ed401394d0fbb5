"""The twelve heldout235 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bhuj bandhani tie-dye and ajrakh textile house's day in 2026 in Kutch,
Gujarat (Sindhurang Textiles Pvt Ltd, its dyeing and printing unit at Ajrakhpur, Sindhurang Ajrakh Print
Works, where the cloth is mordanted, block printed, resist pasted, dyed in indigo and madder and washed, and
the bandhani is handed out to the home tiers of Ajrakhpur, Mundra, Bhujodi and Kera and taken back tied,
and its sales shop in the Bhuj old market, Sindhurang Bandhani Bhandar on Vaniyawad), told by the proofs of
payment it receives and makes: shoppers', brides' families', craft stalls' and boutiques' UPI screens and
the shop's Cashfree and Instamojo pages, the Mumbai, New Delhi, Jaipur, Bengaluru, Ahmedabad, Kolkata and
Panaji craft houses' and the Gujarat State Handicrafts Development Corporation's payment intimations,
importers' inward wires from Santa Fe, Amsterdam, Leicester, Fitzroy, Zurich, Dubai, Auckland and Singapore
in US dollars, euros, pounds, Australian dollars, Swiss francs, UAE dirhams, New Zealand dollars and
Singapore dollars, its own retail invoices and money receipts, the mordanted cloth sold to a block printer,
the indigo cake sold to a printers' group and the printed cuttings sold by the kilo to a quilt makers'
group, the greige cloth, natural indigo, alum and mordant, printing block and packaging suppliers' tax
invoices, the corporate net-banking transfers to the parcel service, the effluent services firm, the water
tanker supplier, the boiler service firm, the shop's landlord, the catalogue studio, the security agency
and the electrician, the tiers', block printers', dyers', washers' and dabu printers' wage vouchers and
their Easebuzz payouts, PhonePe and bob World payments, Bhuj Nagarpalika's, the Gujarat Labour Welfare
Board's, the Gujarat Pollution Control Board's, EPCH's, Legal Metrology's, the Geographical Indications
Registry's and the Ports and Transport Department's fee pages, the insurers' premium receipts, card terminal
slips, PGVCL's power and the fibre, landline, postpaid and DTH bills and the banks' SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, bills listed on an intimation, vendor code, GRN,
design code, card, tenement, shop registration, employer code, consent order, membership, application,
registration, policy, proposal, consumer, service, VC and beneficiary code numbers, pieces, metres, kilos,
knots, batches, rates, returns, price corrections and discount cuts, advances, cloth spoilt, TDS, GST and
cess lines, INR values on the wires, conversion rates, intermediary banks, sums insured, limits, lives and
dispatches declared, billing months, bill dates, cover starts, tax upto days, due days, shipping bill days,
GSTIN, IFSC, UETR, senders' references, purpose codes, export invoice, E-way bill and LR numbers, MID, TID,
batch, trace and STAN numbers, short names, the initiator and the approver and the payer's own details carry
no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and
``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``,
``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's; ``seal``
heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``Screen`` heldout113's; ``compose`` is heldout158's (as heldout223's, heldout227's and heldout231's).
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

COMPANY = "Sindhurang Textiles Pvt Ltd"
COMPANY_CAPS = "SINDHURANG TEXTILES PVT LTD"
SHORT = "Sindhurang Textiles"
STORE = "Sindhurang Ajrakh Print Works"
SHOWROOM = "Sindhurang Bandhani Bhandar"
# unit, address, GST state code
UNITS = [
    ("Dyeing and printing unit", "Plot No. 42, Ajrakhpur, Bhuj-Bhachau Road, Kutch - 370105, Gujarat", "24"),
    ("Sales shop", "Shop No. 9, Vaniyawad, Old Market, Bhuj - 370001, Gujarat", "24"),
]
PATS_IN = ["%d.%m.%Y", "%d/%m/%Y", "{d}-%b-%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %y", "%B {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Bank of Baroda",
    "Union Bank of India",
    "Kotak Mahindra Bank",
    "Federal Bank",
    "IDFC FIRST Bank",
    "Bhuj Mercantile Co-operative Bank",
    "State Bank of India",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "IDFC FIRST Bank": "IDFB",
    "Bhuj Mercantile Co-operative Bank": "BMCB",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "Kotak Mahindra Bank": "kotak.com",
    "Federal Bank": "federalbank.co.in",
    "IDFC FIRST Bank": "idfcfirstbank.com",
    "Bhuj Mercantile Co-operative Bank": "bhujbank.com",
    "State Bank of India": "sbi.co.in",
    "Punjab National Bank": "pnb.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "saree": ("Gajji silk bandhani saree - hand tied, natural dyes", "pc", 6500, 38000, 5),
    "bridal": ("Bridal gharchola - gajji silk, zari checks, 52 bagh", "pc", 24000, 96000, 5),
    "cloth": ("Mordanted cotton mulmul for printing (harde and alum)", "m", 95, 160, 5),
    "indigo": ("Natural indigo cake - Indigofera tinctoria", "kg", 2600, 3800, 5),
    "katran": ("Katran - printed cloth cuttings, sold by weight", "kg", 38, 70, 0),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Details of receiver (billed to) / Receiver / Buyer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IDIB")
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


# ---------------------------------------------------------------- 1. shoppers and boutiques: UPI, pay pages


SHOP_APPS = ["PhonePe", "BHIM", "bob World", "Paytm", "Cashfree", "Slice", "Navi", "Instamojo"]
SHOP_NOTES = [
    "Bandhani dupatta - red",
    "Ajrakh stole x 3",
    "Gharchola advance",
    "Ajrakh bedsheet double",
    "Bandhani saree - mothda",
    "Chunri for Bhabhi",
    "Navratri set - 4 pcs",
    "Ajrakh running fabric 12 m",
]
PAGE_ORDERS = [
    ("Mrs. Nayna Thacker, Mandvi", "Bridal gharchola - booking advance"),
    ("Ritika Shah, Pune", "Two ajrakh sarees - WhatsApp selection"),
    ("Rann Utsav Craft Stall, Dhordo", "Bandhani dupattas x 40 - stall order"),
    ("Mrs. Hemlata Joshi, Rajkot", "Panetar saree - balance before dispatch"),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "BHIM": ["UPI Ref. No.", "UPI transaction ID"],
    "bob World": ["UTR No.", "UPI RRN"],
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
    "Slice": ["UPI Ref No.", "RRN"],
    "Navi": ["UPI Ref ID", "UTR"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers, brides' families, craft stalls and boutiques paying the shop or the company: six UPI app
    screens (PhonePe, BHIM, bob World, Paytm, Slice, Navi: on some the payee block above the sum and the status
    under it, on the rest the status, the sum and the payee; the shop, its capitals, the company's capitals or
    its short name under Paid to / To / Sent to / Payee / Amount paid to / Paying to, its UPI ID, a Registered
    name / Name at bank line on some, the sum large, then Date & time / Paid on / Completed on / Debited on /
    Started on first, Note / Message / Comment, Paid from / Debited from / Bank account / From, UTR / UPI Ref.
    No. / UPI transaction ID / UTR No. / UPI RRN / UPI Reference No. / UPI Ref No. / RRN / UPI Ref ID,
    PhonePe's own Transaction ID, BHIM's BHIM txn ID, bob World's Baroda txn ref., Slice's Slice txn ID and
    Navi's Navi order ID on some; Payment done / Paid to the shop - money received by the payee / Sent -
    amount credited to the shop's account / Payment in process - bank has not confirmed yet, do not pay again /
    Payment could not be completed - daily UPI limit reached) and the shop's two payment pages (Cashfree,
    Instamojo: the shop or the company on top, the sum large above the status, Paid on / Payment date /
    Payment time, Customer name / Buyer, Item / Purpose of payment, Payment method / Paid via, Cashfree's
    Cashfree payment ID, Order ID and Bank reference (UTR) or Auth code, Instamojo's Payment ID, Instamojo
    order ref. and UPI UTR or Auth code; Payment captured / Payment received - thank you / Order paid - we are
    packing your parcel)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=92000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "Instamojo"):
        j.amount = rupees(rng, 6000, 96000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([SHOWROOM, COMPANY, SHORT])
        url = (
            f"payments.cashfree.com/order/#{code(rng, 14, ALNUM + LOWER)}"
            if app == "Cashfree"
            else f"www.instamojo.com/@sindhurang/{code(rng, 16, HEXA)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Bandhani and ajrakh from Kutch - since 1962", "Shop No. 9, Vaniyawad, Bhuj - 370001"]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment captured",
                    "Payment received - thank you",
                    "Order paid - we are packing your parcel",
                ]
            },
        )
        date_row(p, j, ["Paid on", "Payment date", "Payment time"], hour=True)
        wrap_pair(p, rng.choice(["Customer name", "Buyer"]), who)
        wrap_pair(p, rng.choice(["Item", "Purpose of payment"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                pid = digits(rng, 10)
                p.pair("Cashfree payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"SBB{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                aid = f"MOJO{digits(rng, 4)}{code(rng, 6, UPPER)}{digits(rng, 5)}"
                p.pair("Payment ID", aid, txn=(TXN_RANK, aid))
                mid = f"STX-{code(rng, 4, UPPER)}-{digits(rng, 6)}"
                p.pair("Instamojo order ref.", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair("Bank reference (UTR)" if app == "Cashfree" else "UPI UTR", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Powered by Cashfree Payments" if app == "Cashfree" else "Payments processed by Instamojo",
        )
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"sindhurang{rng.choice(['', '.bhuj', '9'])}@{rng.choice(['barodampay', 'ybl', 'kotak', 'upi'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment done",
            "Paid to the shop - money received by the payee",
            "Sent - amount credited to the shop's account",
        ],
        "pending": ["Payment in process - bank has not confirmed yet, do not pay again"],
        "failed": ["Payment could not be completed - daily UPI limit reached"],
    }
    payee_first = rng.random() < 0.5

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "To", "Sent to", "Payee", "Amount paid to"]
                if status == "success"
                else ["To", "Paying to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("bob World", "Slice", "Navi") and to != COMPANY_CAPS and rng.random() < 0.6:
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
        ["Date & time", "Paid on", "Completed on", "Debited on"]
        if status == "success"
        else ["Date & time", "Started on"],
        hour=True,
    )
    p.pair(rng.choice(["Note", "Message", "Comment"]), rng.choice(SHOP_NOTES))
    p.pair(
        rng.choice(
            ["Paid from", "Debited from", "Bank account", "From"] if status == "success" else ["From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app != "Paytm" and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "BHIM": ("BHIM txn ID", f"BHM{code(rng, 12, ALNUM)}"),
                "bob World": ("Baroda txn ref.", f"BOB{digits(rng, 13)}"),
                "Slice": ("Slice txn ID", f"SLC{digits(rng, 12)}"),
                "Navi": ("Navi order ID", f"NAVI{code(rng, 11, ALNUM)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.part = "foot"
    p.add(
        "small", rng.choice(["Powered by UPI", "Share  |  Get help with this payment", "Raise a dispute"])
    )
    return p.done()


# ---------------------------------------------------------------- 2. craft houses' and Garvi Gurjari's intimations


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Kala Ghoda Craft House Pvt Ltd",
        "payables@kalaghodacraft.in",
        "Kala Ghoda, Fort, Mumbai",
        "saree",
        "portal",
    ),
    (
        "Shahpur Jat Handblock Studio",
        "accounts@shahpurjathandblock.com",
        "Shahpur Jat, New Delhi",
        "saree",
        "mail",
    ),
    (
        "Gujarat State Handicrafts Development Corporation Ltd",
        "purchase@garvigurjari.in",
        "Garvi Gurjari, Ashram Road, Ahmedabad",
        "saree",
        "paper",
    ),
    ("Johari Bazaar Chunri Centre", "johari.chunri@gmail.com", "Johari Bazaar, Jaipur", "saree", "paper"),
    ("Koramangala Loom & Block", "finance@loomandblock.in", "Koramangala, Bengaluru", "bridal", "mail"),
    ("Law Garden Bandhani Mart", "ap@lawgardenbandhani.com", "Law Garden, Ahmedabad", "saree", "portal"),
    ("Gariahat Textile Gallery", "gariahat.textiles@gmail.com", "Gariahat Road, Kolkata", "saree", "mail"),
    (
        "Panaji Craft Emporium Pvt Ltd",
        "vendors@panajicraft.in",
        "18th June Road, Panaji",
        "bridal",
        "portal",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Craft houses and boutiques in Mumbai, New Delhi, Jaipur, Bengaluru, Ahmedabad, Kolkata and Panaji and
    the Gujarat State Handicrafts Development Corporation paying for the bandhani and ajrakh the firm sent
    them: a payment e-mail, a printed VENDOR PAYMENT INTIMATION - CRAFT PURCHASES / STATEMENT OF PAYMENT TO
    ARTISAN SUPPLIER / Remittance note to vendor and a vendor portal page (the payer on top with its desk
    line; Vendor code and GRN No. (no fact) first, then Vendor name / Paid to (vendor) / Name of artisan
    supplier / Remitted to / Payment credited to the company; then the payment block, Net payment / Amount
    remitted (net) / Net sum paid to vendor (Amount on hold on the hold, Amount / Amount bounced back on the
    return), Paid through / Mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR No. / UTR / NEFT UTR / RTGS UTR No.
    / IMPS Ref No., Payment document No. / Payment voucher No. / Intimation No., Payment date / Remitted on /
    Paid on / Value date / Held on / Intimation date / Bounced on / Date of return; Status: Paid - credited to
    vendor / Remitted - amount sent to your bank account / On hold - craft mark certificate for the lot awaited
    / Bounced - vendor account closed at the bank; and below it the company's bills with their pieces and sums,
    Total of invoices / Gross bills, Less: TDS u/s 194Q @ 0.1%, Less: Goods returned - n pcs (colour bleeding)
    / Less: Price correction - n pcs @ rate / Less: Early payment discount @ 2% on some)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Remittance details", f"Funds sent to {SHORT}", "Vendor payment intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendor.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Vendor payments', 'Purchase - Textiles Desk', 'Accounts and Treasury'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "VENDOR PAYMENT INTIMATION - CRAFT PURCHASES",
                "STATEMENT OF PAYMENT TO ARTISAN SUPPLIER",
                "Remittance note to vendor",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    p.pair("Vendor code", f"{rng.choice(['V', 'AV', 'KCH'])}{digits(rng, 6)}")
    p.pair("GRN No.", f"GRN/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    labels = ["Vendor name", "Paid to (vendor)", "Name of artisan supplier", "Remitted to"] + (
        ["Payment credited to"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    # the bills and cuts are drawn first (the net sum), printed after the payment block
    item, unit, lo, hi, _ = GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(3, 18) if kind == "saree" else rng.randrange(1, 6)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"STX/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} pcs", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        back = rng.randrange(1, 4)
        cut = back * each
        cuts.append((f"Less: Goods returned - {back} pc{'s' if back > 1 else ''} (colour bleeding)", rs(cut)))
    elif pick < 0.55:
        many = rng.randrange(3, 12)
        per = float(rng.choice([250, 400, 500, 750]))
        cut = many * per
        cuts.append((f"Less: Price correction - {many} pcs @ {per:,.0f}", rs(cut)))
    elif pick < 0.7:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Early payment discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    p.add("left", rng.choice(["Payment particulars", "This remittance"]))
    lab = {
        "success": ["Net payment", "Amount remitted (net)", "Net sum paid to vendor"],
        "pending": ["Amount on hold"],
        "failed": ["Amount", "Amount bounced back"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Paid through", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR No.", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['VP', 'PI', '42'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Payment document No.", "Payment voucher No.", "Intimation No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Remitted on", "Paid on", "Value date"],
            "pending": ["Held on", "Intimation date"],
            "failed": ["Bounced on", "Date of return"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Paid - credited to vendor",
                "Remitted - amount sent to your bank account",
            ],
            "pending": ["On hold - craft mark certificate for the lot awaited"],
            "failed": ["Bounced - vendor account closed at the bank"],
        },
    )
    p.add("rule")
    p.add("left", rng.choice(["Invoices paid", "Your bills covered", "This payment covers"]))
    for label, value in bills:
        p.pair(label, value)
    p.pair(rng.choice(["Total of invoices", "Gross bills"]), rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    for label, value in cuts:
        p.pair(label, value)
    p.part = "foot"
    p.add("small", "This is a system generated intimation; write to us within 10 days for any mismatch.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Canyon Road Folk Textiles LLC", "Santa Fe, New Mexico, USA", "USD", "Wells Fargo Bank NA", 2500, 48000),
    ("Jordaan Indigo Atelier BV", "Amsterdam, Netherlands", "EUR", "ING Bank NV", 2000, 45000),
    (
        "Belgrave Road Fabrics Ltd",
        "Leicester, United Kingdom",
        "GBP",
        "Barclays Bank UK plc",
        1500,
        36000,
    ),
    ("Fitzroy Handblock Pty Ltd", "Fitzroy, Victoria, Australia", "AUD", "National Australia Bank Ltd", 3000, 64000),
    ("Limmat Ethno Textil GmbH", "Zurich, Switzerland", "CHF", "Zuercher Kantonalbank", 2000, 42000),
    ("Karama Bandhani Trading LLC", "Karama, Dubai, UAE", "AED", "Mashreq Bank PSC", 8000, 160000),
    (
        "Ponsonby Craft Collective Ltd",
        "Ponsonby, Auckland, New Zealand",
        "NZD",
        "ASB Bank Ltd",
        3000,
        70000,
    ),
    ("Arab Street Block & Batik Pte Ltd", "Kampong Glam, Singapore", "SGD", "OCBC Bank Ltd", 2500, 52000),
]
WIRE_BANKS = [
    ("Bank of Baroda", "browser"),
    ("Kotak Mahindra Bank", "mail"),
    ("Union Bank of India", "paper"),
    ("Federal Bank", "browser"),
    ("State Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("IDFC FIRST Bank", "browser"),
    ("ICICI Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.9),
    "EUR": (92.4, 97.8),
    "GBP": (108.4, 113.6),
    "SGD": (63.8, 66.9),
    "CHF": (96.2, 101.4),
    "NZD": (49.6, 53.2),
    "AUD": (55.1, 58.8),
    "AED": (23.3, 24.2),
}
CORRESPONDENT = {
    "USD": "Citibank NA, New York",
    "NZD": "Bank of New Zealand, Wellington",
    "CHF": "UBS Switzerland AG, Zurich",
    "AUD": "Australia and New Zealand Banking Group Ltd, Melbourne",
}
SHIPPED = [
    "Hand block printed ajrakh cotton yardage (HSN 52085290)",
    "Bandhani silk dupattas and stoles (HSN 62141090)",
    "Ajrakh printed bedcovers and cushion covers (HSN 63049260)",
    "Gajji silk bandhani sarees - 2 cartons by air",
    "Natural dyed ajrakh sarees (HSN 52085990)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds; a code or sign before
    the sum for Singapore, Australian and New Zealand dollars and dirhams, and CHF before the sum or CHF after
    it for Swiss francs."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "CHF" and rng.random() < 0.4:

        def show_after(value: float) -> str:
            return f"{value:,.2f} CHF"

        return show_after
    mark = rng.choice(
        {
            "SGD": ["SGD ", "S$"],
            "NZD": ["NZD ", "NZ$"],
            "AUD": ["AUD ", "A$"],
            "AED": ["AED "],
            "CHF": ["CHF "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Craft importers in Santa Fe, Amsterdam, Leicester, Fitzroy, Zurich, Dubai, Auckland and Singapore
    paying for ajrakh yardage, bandhani dupattas, bedcovers and sarees: the banks' inward remittance advices
    (browser, e-mail, printed FOREIGN INWARD REMITTANCE ADVICE - EXPORTER COPY / Intimation of export
    proceeds - SWIFT credit / Inward remittance - beneficiary credit note: the bank on top with its forex desk,
    Credit date / Realisation date / Value date / Funds credited on / Received on / Parked on / Sent back on /
    Date of return first, the remitter's block: Remitter / Overseas remitter (the importer abroad), Remitting
    bank / Sender's bank, Intermediary bank on some; then Beneficiary / Exporter (beneficiary) / Name of
    beneficiary / Credited to customer the company, Beneficiary A/c, Remittance amount / Amount received (FCY) /
    FCY amount / Inward sum in foreign currency in USD, EUR, GBP, AUD, CHF, AED, NZD or SGD, Details of
    charges, Conversion rate, INR equivalent, Less: Bank charges incl. GST, Net INR credited, Purpose code,
    Goods, Export invoice No., Shipping bill No. and date, Mode, Sender's reference, Inward remittance No. / IRM
    No. / Bank reference, UETR; the status at the foot: Credited to your account - IRM reported to EDPMS /
    Status: Realised and credited in rupees / Parked - purpose code and invoice copy awaited from the exporter
    / Sent back to remitter - beneficiary account number invalid)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
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
            f"{bank} Trade Services <tradeservices.bhuj@{slug(bank)}>",
            [
                "Credit of inward remittance to your account",
                "Foreign inward remittance - intimation",
                "Export proceeds received",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/fxinward/view/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Desk, Station Road Branch, Bhuj",
                "International Banking Branch, C G Road, Ahmedabad",
                "Trade Operations Hub, Vadodara",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE ADVICE - EXPORTER COPY",
                "Intimation of export proceeds - SWIFT credit",
                "Inward remittance - beneficiary credit note",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    date_row(
        p,
        j,
        {
            "success": ["Credit date", "Realisation date", "Value date", "Funds credited on"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Sent back on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    wrap_pair(p, rng.choice(["Remitter", "Overseas remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), pbank)
    if cur in CORRESPONDENT and rng.random() < 0.7:
        wrap_pair(p, "Intermediary bank", CORRESPONDENT[cur])
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(
            [
                "Beneficiary",
                "Exporter (beneficiary)",
                "Name of beneficiary",
                "Credited to customer",
            ]
        ),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Remittance amount", "Amount received (FCY)", "FCY amount", "Inward sum in foreign currency"]
        ),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Details of charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"STX/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 70), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT (MT103 single customer credit)"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'IW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward remittance No.", "IRM No.", "Bank reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Credited to your account - IRM reported to EDPMS",
                "Status: Realised and credited in rupees",
            ],
            "pending": ["Parked - purpose code and invoice copy awaited from the exporter"],
            "failed": ["Sent back to remitter - beneficiary account number invalid"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "Regularise this inward remittance against the shipping bill within nine months."
        if status == "success"
        else "Reply to this desk with the reference above for any question on the remittance.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the shop's and the print works' receipts


# the party, the way it paid, the unit (showroom, store, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Jagruti Vora, Gandhidham", "UPI", "showroom", "saree"),
    ("Sonal Bandhani Boutique, Rajkot", "cheque", "showroom", "saree"),
    ("Mrs. Kiran Ruparel, Mumbai", "NEFT", "mail", "bridal"),
    ("Ismail Jusab (block printer), Dhamadka", "cash", "store", "cloth"),
    ("Dr. Alpa Maheshwari, Vadodara", "card", "showroom", "bridal"),
    ("Rabari Godadi Kaam, Bhujodi", "UPI", "store", "katran"),
    ("Khavda Chhapkaam Mandal", "cheque", "store", "indigo"),
    ("Ms. Pooja Nair, Hyderabad", "UPI", "mail", "saree"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's RETAIL INVOICE - BANDHANI AND AJRAKH / COUNTER BILL - VANIYAWAD SHOP to a Gandhidham
    shopper, a Rajkot boutique and a Vadodara bride's family, the print works' MONEY RECEIPT - MORDANTED CLOTH /
    CASH MEMO - PRINT WORKS / MONEY RECEIPT - INDIGO CAKE SALE to a home block printer and a Khavda printers'
    group and its MONEY RECEIPT - KATRAN SOLD BY WEIGHT / SALE MEMO - CLOTH CUTTINGS to a quilt makers' group
    buying printed cuttings by the kilo (paper: the shop, the print works or the company on top with its "A
    unit of" line, address and GSTIN; Memo No. / Receipt No. / Invoice No., Date / Memo date / Dated / Receipt
    date, then Received from / Customer / Sold to, the pieces, metres or kilos x rate, CGST @ 2.5% and SGST @
    2.5% on the pieces, cloth and indigo, Memo total / Total / Invoice total / Order total, Received in cash /
    Cash tendered / Amount received (cash) / Received by UPI / Paid through UPI / Paid by card / Card payment /
    Cheque amount / Cheque for, the sum in words under it, Mode / Mode of payment, UPI Ref. No. / UPI UTR /
    Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - GOODS HANDED OVER /
    RECEIVED - CLOTH MEASURED AND HANDED OVER / PAID - INDIGO WEIGHED AND HANDED OVER / PAID - CUTTINGS WEIGHED
    AND LIFTED / CHEQUE TAKEN - DELIVERY AFTER CREDIT / CHEQUE BOUNCED - INVOICE CANCELLED, the rubber stamp)
    and two of the accounts desk's Receipt of payment - thank you e-mails (a Mumbai bride's family's Advance
    received / Advance paid by customer with the Balance due / Balance on delivery and the UTR / NEFT UTR No.,
    a Hyderabad shopper's order by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sindhurang.in>",
            [
                "We have received your payment - Sindhurang",
                "Payment receipt for your bandhani order",
                "Money receipt - Sindhurang Textiles",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Bandhani and ajrakh - Vaniyawad, Bhuj and Ajrakhpur, Kutch  |  Accounts")
        p.add("center", "Receipt of payment - thank you")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "showroom"
        me = rng.choice([SHOWROOM, SHOWROOM.upper()] if shop else [STORE, STORE.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Bandhani tie-dye and ajrakh block printing - natural dyes",
            where[1],
            where[2],
            ["RETAIL INVOICE - BANDHANI AND AJRAKH", "COUNTER BILL - VANIYAWAD SHOP"]
            if shop
            else {
                "cloth": ["MONEY RECEIPT - MORDANTED CLOTH", "CASH MEMO - PRINT WORKS"],
                "indigo": ["MONEY RECEIPT - INDIGO CAKE SALE", "CASH MEMO - PRINT WORKS"],
                "katran": ["MONEY RECEIPT - KATRAN SOLD BY WEIGHT", "SALE MEMO - CLOTH CUTTINGS"],
            }[kind],
        )
    if not j.no_ref:
        heads = {"showroom": ["SBB", "VW"], "store": ["SAP", "AJ"], "mail": ["STX", "MR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Memo No.", "Receipt No.", "Invoice No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Memo date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Customer", "Sold to"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "katran":
        kilos = round(rng.uniform(35, 260), 1)
        rate = float(rng.randrange(lo, hi))
        bill = round(kilos * rate, 2)
        p.pair(f"  {kilos:,.1f} kg x {rate:.2f}", rs(bill))
    else:
        if kind == "cloth":
            qty = rng.randrange(40, 220)
            shown = f"{qty} m"
        elif kind == "indigo":
            qty = round(rng.uniform(2, 14), 1)
            shown = f"{qty:.1f} kg"
        else:
            qty = rng.randrange(1, 3) if kind == "bridal" else rng.randrange(1, 6 if k != 1 else 14)
            shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 50 if kind in ("saree", "bridal") else 5 if kind == "indigo" else 1))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Order total", "Total"] if advance else ["Memo total", "Total", "Invoice total"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque for"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance paid by customer"])
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Cash tendered", "Amount received (cash)"]),
            "UPI": rng.choice(["Received by UPI", "Paid through UPI"]),
            "card": rng.choice(["Paid by card", "Card payment"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance due", "Balance on delivery"]), rs(round(bill - j.amount, 2)))
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
        p.pair(rng.choice(["UPI Ref. No.", "UPI UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "katran":
        words.append("PAID - CUTTINGS WEIGHED AND LIFTED")
    elif kind == "cloth":
        words.append("RECEIVED - CLOTH MEASURED AND HANDED OVER")
    elif kind == "indigo":
        words.append("PAID - INDIGO WEIGHED AND HANDED OVER")
    elif not advance:
        words.append("PAID - GOODS HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE TAKEN - DELIVERY AFTER CREDIT",
        "failed": "CHEQUE BOUNCED - INVOICE CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "katran": "Cuttings are sold by weight as they lie; no return or claim.",
            "cloth": "Cloth is measured before the buyer; no claim after it leaves the unit.",
            "indigo": "Indigo is weighed before the buyer. Cheques are subject to realisation.",
        }.get(
            kind,
            "Natural dyes may bleed in the first wash; dry clean only. No exchange without this memo.",
        ),
    )
    if unit != "mail":
        right(p, f"For {SHOWROOM if unit == 'showroom' else STORE} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "SINDHURANG BANDHANI BHANDAR" if unit == "showroom" else "SINDHURANG AJRAKH PRINT WORKS",
            "VANIYAWAD, BHUJ" if unit == "showroom" else "AJRAKHPUR, KUTCH",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. cloth, indigo, mordants, blocks, packaging


SUPPLIERS = [
    (
        "Kalupur Greige Cloth Traders",
        "Cotton mulmul and cambric | Modal | Gajji silk greige",
        "Panchkuva, Kalupur, Ahmedabad - 380002, Gujarat",
        "24",
        "KGC",
    ),
    (
        "Kalakkad Natural Indigo Works",
        "Natural indigo cake | Indigo powder | Dye plant material",
        "Main Road, Kalakkad, Tirunelveli - 627501, Tamil Nadu",
        "33",
        "KNI",
    ),
    (
        "Anjar Alum & Mordant Suppliers",
        "Alum | Harde (myrobalan) | Alizarin | Rusted iron liquor",
        "Savasar Naka, Anjar, Kutch - 370110, Gujarat",
        "24",
        "AAM",
    ),
    (
        "Pethapur Wooden Block Carvers",
        "Teak printing blocks | Ajrakh outline and fill blocks",
        "Bazar Road, Pethapur, Gandhinagar - 382610, Gujarat",
        "24",
        "PWB",
    ),
    (
        "Mirzapur Packaging Industries",
        "Printed mailer boxes | Cloth bags | Tissue and tags",
        "Sector 3, Mirzapur Industrial Estate, Bhiwandi - 421302, Maharashtra",
        "27",
        "MPI",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KGC": [
        ("Cotton mulmul greige 60s x 60s, 44 in", "5208", "m", 48, 76, 5, 600, 4800),
        ("Gajji silk greige - 12 momme", "5007", "m", 420, 640, 5, 80, 600),
    ],
    "KNI": [
        ("Natural indigo cake - 28% indigotin", "3203", "kg", 2100, 2900, 5, 20, 140),
        ("Indigo powder - fermented vat grade", "3203", "kg", 1800, 2500, 5, 10, 80),
    ],
    "AAM": [
        ("Potash alum (phitkari) - lumps", "2833", "kg", 38, 62, 18, 200, 1500),
        ("Harde (myrobalan) powder", "1404", "kg", 70, 120, 5, 100, 900),
        ("Alizarin - natural madder extract", "3203", "kg", 1400, 2200, 18, 10, 80),
    ],
    "PWB": [
        ("Teak wood printing block - ajrakh outline (rekh)", "4421", "nos", 1800, 4200, 12, 4, 30),
        ("Teak wood printing block - fill (datta)", "4421", "nos", 1200, 2800, 12, 4, 30),
    ],
    "MPI": [
        ("Printed mailer box - kraft, saree size", "4819", "pcs", 24, 46, 18, 300, 3000),
        ("Cotton drawstring bag - printed", "6305", "pcs", 18, 34, 5, 300, 3000),
    ],
}
SUPPLY_ORDER = [2, 0, 1, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Ahmedabad greige cloth trader, the Tirunelveli natural indigo works, the Anjar alum and
    mordant supplier, the Pethapur block carvers and the Bhiwandi packaging maker billing the company (paper:
    the supplier on top, its line, address and GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / INVOICE - TAX
    PAID GOODS / B2B TAX INVOICE, Invoice date / Date of invoice / Date / Bill dt., Bill No. / Inv. No. /
    Invoice No., Billed to / Recipient / Bill to party the company, Shipped to the print works, Place of
    supply, E-way bill No., LR No. or Vehicle No., the cloth, indigo, alum, harde, alizarin, blocks, boxes or
    bags with HSN, m, kg, nos or pcs x rate, Taxable value, CGST and SGST or IGST @ 5%, 12% or 18%, Round off,
    Invoice value, Less: Advance paid with order and Balance settled by RTGS / NEFT on some, else Received by
    RTGS / NEFT / Amount received through RTGS / NEFT / Received via UPI / UPI payment with UTR No. / UTR / UPI
    Ref. No. / UPI Ref No., or Cheque amount / Received by cheque with Cheque No.; PAID / SETTLED BY RTGS /
    NEFT / UPI / FULL PAYMENT RECEIVED - ACCOUNT CLEARED / CHEQUE DEPOSITED - AWAITING REALISATION / CHEQUE
    DISHONOURED - FUNDS INSUFFICIENT, PAY BY RTGS, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
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
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "INVOICE - TAX PAID GOODS", "B2B TAX INVOICE"],
    )
    date_row(p, j, ["Invoice date", "Date of invoice", "Date", "Bill dt."], PATS_IN)
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Inv. No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
    ours_to(p, ["Billed to", "Recipient", "Bill to party"])
    wrap_pair(p, "Shipped to", f"{STORE}, Ajrakhpur, Kutch")
    p.pair("Place of supply", "Gujarat (24)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("AAM", "PWB"):
        p.pair("Vehicle No.", f"GJ-{'12' if tag == 'AAM' else '18'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("LR No.", f"{rng.choice(['VRL', 'TCI', 'GAT'])}{digits(rng, 8)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "24")
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
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid with order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque amount", "Received by cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance settled by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received via UPI", "UPI payment"])
        else:
            lab = rng.choice([f"Received by {way}", f"Amount received through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"SETTLED BY {way}", "FULL PAYMENT RECEIVED - ACCOUNT CLEARED"]),
        "pending": "CHEQUE DEPOSITED - AWAITING REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PAY BY RTGS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 24% p.a. on bills unpaid after 45 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Kutch Roadlines Parcel Service", "Parcels to Ahmedabad, Mumbai and Delhi - August", 6000, 38000),
    ("Rudramata Effluent Services", "ETP sludge lifting and lab test - dye house", 9000, 46000),
    ("Bhujodi Water Tanker Suppliers", "Soft water tankers for washing - 22 loads", 18000, 96000),
    ("Kutch Boiler & Steam Services", "Dyeing boiler annual service and IBR papers", 8000, 36000),
    ("Shri Hasmukhlal K. Thacker", "Shop rent - Vaniyawad, September", 45000, 120000),
    ("Rann Light Photo Studio", "Catalogue shoot - 80 bandhani pieces", 24000, 90000),
    ("Kutch Sentinel Security Services", "Print works security - 2 guards, August", 32000, 68000),
    ("Madhapar Solar & Electricals", "Drying yard lights and wiring - print works", 7000, 32000),
]
CORP_PORTALS = [
    ("bob World Business", "Bank of Baroda", "bobworldbusiness.bankofbaroda.co.in/payments/txnview"),
    ("Kotak Fyn", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transfers/detail"),
    ("Union Digital Corporate", "Union Bank of India", "corporate.unionbankonline.co.in/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its parcel service, the effluent services firm, the water tanker supplier, the
    boiler service firm, the shop's landlord, the catalogue studio, the security agency and the electrician:
    corporate net banking's payment pages (bob World Business, Kotak Fyn, Union Digital Corporate: the portal
    on top and the bank's line, Payment summary / Single transfer - view, the references first: UTR / UTR No.
    / IMPS Ref No. and Bank reference No. / Core banking ref.; then Beneficiary / Paid to / Beneficiary name /
    Payee name / Credit party name, Short name, Beneficiary A/c and IFSC, From account the company, Payment
    amount / Amount (INR) / Debit amount / Transfer value (INR), Payment type / Mode of transfer NEFT / RTGS /
    IMPS, Purpose / Payment remarks, Initiator / Approver; the day and the status at the foot: Processed on /
    Payment date / Value date / Debited on / Initiated on / Keyed on / Returned on / Failed on; Processed -
    beneficiary bank has credited the payee / Status: Completed - UTR generated / Awaiting approver - payment
    not yet released to the bank / Failed - beneficiary account closed, amount credited back)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transfer enquiry', 'Single payment'])}")
    p.add("center", rng.choice(["Payment summary", "Single transfer - view"]))
    p.add("rule")
    p.part = "body"
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:3]}{digits(rng, 11)}"
        p.pair(rng.choice(["Bank reference No.", "Core banking ref."]), tr, txn=(BANK_RANK, tr))
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(
            [
                "Beneficiary",
                "Paid to",
                "Beneficiary name",
                "Payee name",
                "Credit party name",
            ]
        ),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "BHJ")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Payment amount", "Amount (INR)", "Debit amount", "Transfer value (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment type", "Mode of transfer"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Payment remarks"]), note)
    p.pair("Initiator / Approver", f"STXMAKER / {'-' if status == 'pending' else 'STXDIRECTOR'}")
    p.add("rule")
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Payment date", "Value date", "Debited on"],
            "pending": ["Initiated on", "Keyed on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Processed - beneficiary bank has credited the payee",
                "Status: Completed - UTR generated",
            ],
            "pending": ["Awaiting approver - payment not yet released to the bank"],
            "failed": ["Failed - beneficiary account closed, amount credited back"],
        },
    )
    p.part = "foot"
    p.add("small", "A failed payment comes back to the account it was debited from within two working days.")
    return p.done()


# ---------------------------------------------------------------- 7. tiers, printers, dyers, washers


# payee, role, village, kind
WORKERS = [
    ("Hawaben Ismail Khatri", "Bandhani tier - home work", "Ajrakhpur", "weave"),
    ("Abdulla Usman Khatri", "Block printer - ajrakh table", "Dhamadka", "wind"),
    ("Rehana Mamad Khatri", "Bandhani tier - home work", "Mundra", "weave"),
    ("Kasam Jusab Khatri", "Dyer - indigo and madder vats", "Ajrakhpur", "warp"),
    ("Jayaben Rabari", "Bandhani tier - home work", "Bhujodi", "weave"),
    ("Ramesh Naranbhai Marwada", "Washer - river and tank washing", "Khavda", "check"),
    ("Salim Ahmed Khatri", "Resist paster (dabu) printer", "Ajrakhpur", "join"),
    ("Nafisa Anwar Khatri", "Bandhani tier - home work", "Kera", "weave"),
]
WORK_FRAMES = ["paper", "paper", "payout", "paper", "phonepe", "paper", "payout", "bob"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["BANDHANI TYING WAGES - PER THOUSAND KNOTS", "BANDHEJ BANDHAI VOUCHER (HOME WORK)"],
        ["Name of tier", "Wages paid to (tier)"],
        "Knots tied (thousands): {q} x {rate}",
        (180, 420),
        (6, 40),
        ["Net wages paid", "Amount handed to tier"],
    ),
    "wind": (
        ["BLOCK PRINTING WAGES - PER METRE", "CHHAPAI MAJURI VOUCHER"],
        ["Name of printer", "Wages paid to (printer)"],
        "Cloth printed: {q} m x {rate}",
        (14, 32),
        (150, 900),
        ["Net wages paid", "Amount handed over"],
    ),
    "warp": (
        ["DYEING WAGES - PER VAT BATCH", "RANGAI MAJURI SLIP"],
        ["Name of dyer", "Wages paid to (dyer)"],
        "Batches dyed: {q} x {rate}",
        (450, 900),
        (4, 16),
        ["Net wages paid", "Amount handed over"],
    ),
    "check": (
        ["WASHING AND DRYING WAGES - PER PIECE", "DHULAI MAJURI VOUCHER"],
        ["Name of washer", "Wages paid to (washer)"],
        "Pieces washed and dried: {q} x {rate}",
        (12, 28),
        (120, 480),
        ["Net wages paid", "Amount handed over"],
    ),
    "join": (
        ["RESIST PASTING (DABU) WAGES VOUCHER", "DABU PRINTING - PIECE RATE SLIP"],
        ["Name of printer", "Wages paid to (printer)"],
        "Pieces resist pasted: {q} x {rate}",
        (35, 70),
        (40, 180),
        ["Net wages paid", "Amount handed over"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its home bandhani tiers by the thousand knots and its block printers, dyers, washers
    and dabu printers by the metre, the batch or the piece: its printed BANDHANI TYING WAGES - PER THOUSAND
    KNOTS / BANDHEJ BANDHAI VOUCHER (HOME WORK) / BLOCK PRINTING WAGES - PER METRE / CHHAPAI MAJURI VOUCHER /
    DYEING WAGES - PER VAT BATCH / RANGAI MAJURI SLIP / WASHING AND DRYING WAGES - PER PIECE / DHULAI MAJURI
    VOUCHER (the company on top with the print works' line, Wage voucher No. / Majuri slip No., Date / Paid on
    / Wages paid on, Name of tier / Wages paid to (tier) / Name of printer / Wages paid to (printer) / Name of
    dyer / Wages paid to (dyer) / Name of washer / Wages paid to (washer), Work, Village, Card No. and Design
    code (no fact), the knots, metres, batches or pieces x rate, Add: Fine dots (ekdali) extra / Add: Rush
    order extra, Gross wages, Less: Cloth spoilt - n pcs @ rate / Less: Advance adjusted, Net wages paid /
    Amount handed to tier / Amount handed over, Paid by Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.; PAID /
    PAID IN CASH / PAID - PIECES TAKEN BACK TIED / PAID - ENTERED IN MAJURI REGISTER), Easebuzz payout pages
    for a tier and a dabu printer (Easebuzz on top and Payouts - the company under it, the sum large above the
    status, Beneficiary / Payee name, Beneficiary code, Bank account / UPI ID, Transfer mode, Narration,
    Easebuzz payout ID, UTR / RRN, Unique request ID, Paid at / Settled at / Scheduled at / Requested at /
    Failed at; Payout completed - amount credited to payee / Payout status: Paid / Scheduled - goes out when
    the payout wallet has balance / Payout failed - payee account is dormant), a PhonePe screen (UPI Ref. No.
    and PhonePe's own Transaction ID) and a bob World screen paying two tiers."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        j.amount = rupees(rng, 3000, 26000, 0.6)
        tid = f"EZP{code(rng, 14, ALNUM)}"
        p = browser_page(rng, font, "dashboard.easebuzz.in/payouts/transfer" + ("" if j.no_ref else f"/{tid}"))
        p.part = "head"
        top(p, "Easebuzz")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Payout completed - amount credited to payee", "Payout status: Paid"],
                "pending": ["Scheduled - goes out when the payout wallet has balance"],
                "failed": ["Payout failed - payee account is dormant"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary", "Payee name"]), who, merchant=who)
        p.pair("Beneficiary code", f"BEN{digits(rng, 8)}")
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Bank account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
        else:
            p.pair("UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@barodampay")
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Narration",
            rng.choice(["Bandhani tying - 18,000 knots", "Tying wages - week 34"])
            if kind == "weave"
            else rng.choice(["Dabu pasting - 60 pcs", "Resist printing wages"]),
        )
        if not j.no_ref:
            p.pair("Easebuzz payout ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair(rng.choice(["UTR", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            rid = f"STX-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Unique request ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Paid at", "Settled at"],
                "pending": ["Scheduled at", "Requested at"],
                "failed": ["Failed at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The payee's bank has acknowledged the credit.",
                "pending": "Scheduled payouts are released in the order they were requested.",
                "failed": "The amount of a failed payout returns to the payout wallet.",
            }[status],
        )
        return p.done()
    if frame in ("phonepe", "bob"):
        j.amount = rupees(rng, 2800, 19000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "bob World")
        p.add("gap")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Paid", "Payment done", "Money sent"]})
        p.add("small", rng.choice(["Paid to", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'barodampay', 'axl', 'ibl'])}",
            method="UPI",
        )
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.pair(rng.choice(["Message", "Note"]), rng.choice(["Bandhani majuri", "Tying - 2 dupattas"]))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STORE} - {'bandhani home work' if kind == 'weave' else 'printing, dyeing and washing'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Village", village)
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Wage voucher No.", "Majuri slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on", "Wages paid on"], PATS_IN)
    if kind == "weave":
        p.pair("Card No.", f"BT-{rng.randrange(1, 260):03d}")
        p.pair("Design code", f"{rng.choice(['CHANDRAKHANI', 'SHIKARI', 'LEHERIYA'])}-{rng.randrange(10, 99)}")
    rate = float(rng.randrange(rlo, rhi + 1, 10 if kind == "weave" else 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 500, 750, 1000]))
        p.pair("Add: Fine dots (ekdali) extra" if kind == "weave" else "Add: Rush order extra", rs(extra))
        gross += extra
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if kind in ("weave", "wind") and rng.random() < 0.5:
        spoilt = rng.randrange(1, 4)
        per = float(rng.choice([150, 200, 250]))
        cut = spoilt * per
        p.pair(f"Less: Cloth spoilt - {spoilt} pcs @ {per:.2f}", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Advance adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append("PAID - PIECES TAKEN BACK TIED" if kind == "weave" else "PAID - ENTERED IN MAJURI REGISTER")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. nagarpalika, welfare board, GPCB, EPCH


FEE_FRAMES = ["property", "welfare", "fire", "hepc", "trade", "metrology", "gi", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a tie-dye and block printing house, its print works at Ajrakhpur and its shop in Bhuj: Bhuj
    Nagarpalika's property tax page (the Nagarpalika on top and the ENagar Gujarat line, Tenement No., Name of
    owner / occupier, Ward, the General tax, Water tax, Sanitation tax and Education cess for the year, Total
    tax received / Net amount paid, Payment reference ID, Bank transaction No., Receipt No.) and its shop
    licence page (Name of shop, Shop registration No., Registration renewal fee, Signboard fee, Amount payable
    / Amount, Payment reference ID, Payment attempted on / Attempted at; Payment not received by the
    Nagarpalika - transaction unsuccessful), the Gujarat Labour Welfare Board's half-yearly contribution (the
    Board on top and the Labour, Skill Development and Employment Department line, Name of employer, Employer
    code, Workers' and Employer's share, Total contribution, Transaction reference, Challan No.), the Gujarat
    Pollution Control Board's consent renewal (the Board on top and the XGN line, Name of industry, Category,
    Consent order No., Consent fee (CCA renewal), Late fee, Fee remitted / Total paid, XGN payment ID), EPCH's
    membership renewal (Export Promotion Council for Handicrafts / EPCH on top and the Ministry of Textiles
    line, Name of member exporter, Membership No., Annual subscription, GST @ 18%, Subscription received /
    Total received, Order ID, Receipt No.), Legal Metrology's verification fee (Legal Metrology, Gujarat
    State on top, Name of trader, the dye balances' and the cloth measuring table's fees, Total fees / Amount
    paid, Cyber treasury ref.), the Geographical Indications Registry's authorised user application fee (the
    Registry on top and the Intellectual Property India line, Name of applicant, Geographical indication,
    Application No., Fee for authorised user (Form GI-3A), Fee / Amount paid / Amount, Transaction ID, Paid on
    / Initiated on; Payment initiated - confirmation from the bank pending, check after 24 hours) and the
    Ports and Transport Department's Vahan tax page (the department on top and the Vahan line, Registered
    owner, Registration No., Vehicle class, Tax upto, Motor vehicle tax, Cess, Total tax paid / Amount paid,
    Vahan transaction No., Bank Ref No., Receipt No.); Mode of payment, Date of payment / Paid on / Receipt
    date / Date of remittance; Payment received / Amount received - receipt generated / Tax credited - thank
    you for paying / Fee paid - challan verified."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    ok = [
        "Payment received",
        "Amount received - receipt generated",
        "Tax credited - thank you for paying",
        "Fee paid - challan verified",
    ]
    days = ["Date of payment", "Paid on", "Date of remittance"]
    if frame in ("property", "trade"):
        p = browser_page(rng, font, f"enagar.gujarat.gov.in/bhuj/{frame}/ereceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Bhuj Nagarpalika", "BHUJ NAGARPALIKA"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "ENagar Gujarat  |  " + ("Property tax" if frame == "property" else "Shop registration renewal"),
        )
        p.add("rule")
        p.part = "body"
        if frame == "property":
            p.pair("Tenement No.", f"{rng.randrange(1, 14):02d}-{digits(rng, 5)}")
            wrap_pair(p, "Name of owner / occupier", firm)
            p.pair("Ward", f"Ward No. {rng.randrange(1, 12)} - Vaniyawad")
            heads = [
                ("General tax 2026-27", 6000.0, 18000.0),
                ("Water tax", 900.0, 2400.0),
                ("Sanitation tax", 600.0, 1500.0),
                ("Education cess", 400.0, 1200.0),
            ]
            labels = ["Total tax received", "Net amount paid"]
        else:
            wrap_pair(p, "Name of shop", f"{SHOWROOM} - textiles retail")
            p.pair("Shop registration No.", f"BNP/SE/{digits(rng, 6)}")
            heads = [
                ("Registration renewal fee", 1500.0, 4000.0),
                ("Signboard fee", 500.0, 1800.0),
            ]
            labels = ["Amount payable", "Amount"]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", way, method=way_method(way))
        refs = [("Payment reference ID", TXN_RANK, f"ENGR{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank transaction No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"BNP/{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Date of payment", "Receipt date"]
            if status == "success"
            else ["Payment attempted on", "Attempted at"],
            pats,
        )
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Payment not received by the Nagarpalika - transaction unsuccessful"]},
        )
        foot = (
            "Pay the year's property tax before 31 July for the early payment rebate."
            if frame == "property"
            else "Money debited for an unsuccessful payment is refunded by the bank in 7 working days."
        )
    elif frame == "welfare":
        p = browser_page(rng, font, f"glwb.gujarat.gov.in/contribution/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Gujarat Labour Welfare Board", "GUJARAT LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Labour, Skill Development and Employment Department, Government of Gujarat")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of employer", f"{firm} (print works and shop)")
        p.pair("Employer code", f"GLWB/KUT/{digits(rng, 5)}")
        staff = rng.randrange(18, 64)
        emp = float(staff * 6)
        boss = float(staff * 18)
        p.pair(f"Workers' share ({staff} x Rs 6)", rs(emp))
        p.pair(f"Employer's share ({staff} x Rs 18)", rs(boss))
        j.amount = emp + boss
        p.pair("Total contribution", rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction reference", TXN_RANK, f"GLWB{digits(rng, 12)}"),
                ("Challan No.", INVOICE_RANK, f"LWF/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "The contribution for June and December is due by 15 July and 15 January."
    elif frame == "fire":
        p = browser_page(rng, font, f"xgn.gpcb.gov.in/payment/acknowledgement/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Gujarat Pollution Control Board", "GUJARAT POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "XGN - Extended Green Node  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of industry", f"{STORE} ({firm})")
        p.pair("Category", "Orange - dyeing and printing of textiles")
        p.pair("Consent order No.", f"AWH-{digits(rng, 6)}")
        renew = float(rng.choice([7500, 10000, 15000]))
        late = float(rng.choice([0, 1000, 2000]))
        p.pair("Consent fee (CCA renewal)", rs(renew))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = renew + late
        p.pair(rng.choice(["Fee remitted", "Total paid"]), rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", way, method=way_method(way))
        fee_refs(p, j, [("XGN payment ID", TXN_RANK, f"XGN{digits(rng, 11)}")])
        date_row(p, j, days, pats)
        foot = "Keep the effluent treatment plant running as the consent order requires."
    elif frame == "hepc":
        p = browser_page(rng, font, f"epch.in/member/renewal/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  Membership renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of member exporter", firm)
        p.pair("Membership No.", f"EPCH/WR/{digits(rng, 5)}")
        fee = float(rng.choice([7500, 10000, 12500]))
        p.pair("Annual subscription", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(fee + gst, 2)
        p.pair(rng.choice(["Subscription received", "Total received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Order ID", TXN_RANK, f"EPCH{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"EPCH/DEL/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "The membership certificate is mailed once the renewal is accounted."
    elif frame == "metrology":
        p = browser_page(rng, font, "lmgujarat.gov.in/verification/payment/receipt")
        p.part = "head"
        name = rng.choice(["Legal Metrology, Gujarat State", "Controller of Legal Metrology, Gujarat"])
        top(p, name, merchant=name)
        p.add("small", "Government of Gujarat  |  Verification fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of trader", f"{STORE} ({firm})")
        fine = rng.randrange(1, 4)
        big = rng.randrange(1, 3)
        fee_fine = float(fine * rng.choice([400, 500]))
        fee_big = float(big * rng.choice([600, 800]))
        p.pair(f"Verification - dye weighing balance x {fine}", rs(fee_fine))
        p.pair(f"Verification - cloth measuring table x {big}", rs(fee_big))
        j.amount = fee_fine + fee_big
        p.pair(rng.choice(["Total fees", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", way, method=way_method(way))
        fee_refs(p, j, [("Cyber treasury ref.", TXN_RANK, f"GRN{digits(rng, 11)}")])
        date_row(p, j, days, pats)
        foot = "Bring the balances and the measuring table to the verification camp at Bhuj."
    elif frame == "gi":
        p = browser_page(rng, font, "ipindiaonline.gov.in/gieservice/feepayment/acknowledgement")
        p.part = "head"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        top(p, name, merchant=name)
        p.add("small", "Intellectual Property India  |  Authorised user - application fee")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment initiated - confirmation from the bank pending, check after 24 hours"],
            },
        )
        wrap_pair(p, "Name of applicant", firm)
        p.pair("Geographical indication", "Kachchh Ajrakh (textiles)")
        p.pair("Application No.", f"GI-AU/{digits(rng, 5)}")
        fee = float(rng.choice([10, 500, 1000]))
        p.pair("Fee for authorised user (Form GI-3A)", rs(fee))
        j.amount = fee
        p.pair(
            rng.choice(["Fee", "Amount paid"] if status == "success" else ["Fee", "Amount"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Mode of payment", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"GIR{digits(rng, 12)}")])
        date_row(
            p,
            j,
            ["Date of payment", "Paid on"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The application is examined once the fee is reconciled with the bank."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/eapplication/receipt")
        p.part = "head"
        name = rng.choice(
            ["Ports and Transport Department, Government of Gujarat", "Transport Department, Gujarat"]
        )
        top(p, name, merchant=name)
        p.add("small", "Vahan - Ministry of Road Transport & Highways  |  Tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Registered owner", firm)
        p.pair("Registration No.", f"GJ-12-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (LMV)", "Light goods vehicle"]))
        if not j.no_day:
            p.pair("Tax upto", j.other_day(rng, 360, 370))
        tax = float(rng.choice([2600, 3400, 4100]))
        cess = float(rng.choice([0, 200, 400]))
        p.pair("Motor vehicle tax", rs(tax))
        if cess:
            p.pair("Cess", rs(cess))
        j.amount = tax + cess
        p.pair(rng.choice(["Total tax paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Vahan transaction No.", TXN_RANK, f"GJ{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"GJ{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "Keep the e-receipt in the vehicle with the registration certificate."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - print works, dye house and cloth stock",
        "browser",
        "stock",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Burglary insurance - bandhani and ajrakh stock in the Bhuj shop",
        "mail",
        "burglary",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Marine cargo (inland) open policy - parcels to buyers",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health cover - print works and shop staff",
        "browser",
        "health",
    ),
    (
        "Zuno General Insurance Ltd",
        "hizuno.com",
        "Money in transit - wages carried to the tiers' villages",
        "mail",
        "money",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Goods carrying vehicle package - pick-up van",
        "paper",
        "vehicle",
    ),
    (
        "Kshema General Insurance Ltd",
        "kshema.co",
        "Group personal accident - home bandhani tiers",
        "browser",
        "gpa",
    ),
    (
        "Raheja QBE General Insurance Co. Ltd",
        "rahejaqbe.com",
        "Blocks, vats and tables at the printers' homes - floater",
        "mail",
        "looms",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its print works, dye house and cloth stock, the shop's stock, its parcels on
    the road, its workers' health, the wages carried to the tiers' villages, its pick-up van, its home tiers
    and the blocks, vats and tables at the printers' homes: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT - CUSTOMER COPY /
    Acknowledgement of premium / CASH / CHEQUE / ONLINE RECEIPT, Insured / Policyholder / Name of proposer,
    Policy No., Proposal No. / Quotation No., Sum insured - building, plant and stock / Sum insured - shop
    stock / Estimated annual dispatches / Lives covered / Single carrying limit / IDV (insured declared value)
    / Tiers insured / Sum insured - blocks, vats and tables, Cover starts, Basic premium or OD premium and TP
    premium, an add-on (Earthquake and STFI cover, Riot, strike and malicious damage, Non-delivery cover,
    Maternity cover, Cash in counter, Engine protect, Hospital cash extension, Cyclone and flood cover), GST @
    18%, the sum: Total premium (incl. GST) / Premium received / Amount received / Cheque amount / Premium
    payable / Amount payable; then the status: Premium received - policy issued / Paid - policy document sent
    by e-mail / CHEQUE SENT FOR COLLECTION - POLICY ISSUED ON REALISATION / Payment failed - policy not issued,
    retry the payment; Payment mode, Cheque No., Payment gateway ref. / Online txn No., UPI Ref No. / Bank Ref
    No., Receipt No. / Premium receipt No., Receipt date / Paid on / Premium received on / Cheque deposited on
    / Payment tried on / Failed on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['online', 'epay', 'customer'])}.{host}/premium/acknowledgement"
        )
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <receipts@{host}>",
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
                ["Branch Office, Hospital Road, Bhuj", "Divisional Office, Gandhidham, Kutch"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["PREMIUM RECEIPT - CUSTOMER COPY", "Acknowledgement of premium", "CASH / CHEQUE / ONLINE RECEIPT"]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p, rng.choice(["Insured", "Policyholder", "Name of proposer"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '48'])}/26/{digits(rng, 8)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quotation No."]), f"P{digits(rng, 11)}")
    addon = None
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - building, plant and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2000000, 15000000, 50000))
        p.pair("Sum insured - shop stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Riot, strike and malicious damage", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(10000000, 60000000, 100000))
        p.pair("Estimated annual dispatches", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Non-delivery cover", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(12, 40)
        p.pair("Lives covered", f"{members} workers and family")
        basic = round(members * rng.uniform(7500, 12500), 2)
        addon = ("Maternity cover", round(members * 400.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 1500000, 50000))
        p.pair("Single carrying limit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.008), 2)
        addon = ("Cash in counter", round(limit * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 880000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"GJ-12-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", float(rng.choice([16049, 27186])))]
        addon = ("Engine protect", round(idv * 0.002, 2))
    elif kind == "gpa":
        tiers = rng.randrange(40, 160)
        p.pair("Tiers insured", f"{tiers} x Rs 2,00,000")
        basic = round(tiers * rng.uniform(240, 420), 2)
        addon = ("Hospital cash extension", round(tiers * 40.0, 2))
    else:
        insured = float(rng.randrange(2500000, 9000000, 50000))
        p.pair("Sum insured - blocks, vats and tables", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Cyclone and flood cover", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Cover starts", f"{j.other_day(rng, 1, 6)} (12 months)")
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
        "success": [
            "Total premium (incl. GST)",
            "Premium received",
            "Amount received",
        ],
        "pending": ["Cheque amount"],
        "failed": ["Premium payable", "Amount payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - policy issued",
                "Paid - policy document sent by e-mail",
            ],
            "pending": ["CHEQUE SENT FOR COLLECTION - POLICY ISSUED ON REALISATION"],
            "failed": ["Payment failed - policy not issued, retry the payment"],
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
            pid = f"{rng.choice(['PG', 'ONL', 'BD'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment gateway ref.", "Online txn No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Paid on", "Premium received on"],
            "pending": ["Cheque deposited on", "Receipt date"],
            "failed": ["Payment tried on", "Failed on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "The insurer is on risk only once the premium is realised; see the policy for its terms.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SINDHURANG BANDHANI BHANDAR", "VANIYAWAD, BHUJ", "own"),
    ("JALARAM PETROLEUM (BPCL)", "NH-41, MADHAPAR", "fuel"),
    ("SINDHURANG TEXTILES", "AJRAKHPUR KUTCH GJ", "own"),
    ("HOTEL SABARMATI SUITES", "ASHRAM ROAD, AHMEDABAD", "hotel"),
    ("SINDHURANG AJRAKH PRINT WORKS", "AJRAKHPUR, KUTCH", "own"),
    ("STATION ROAD HARDWARE", "STATION ROAD, BHUJ", "shop"),
    ("SINDHURANG BANDHANI BHANDAR", "BHUJ 370001 GJ", "own"),
    ("SAMAKHIYALI DABELI HOUSE", "NH-27, SAMAKHIYALI", "food"),
]
TERMINALS = [
    "BANK OF BARODA",
    "BPCL",
    "KOTAK MAHINDRA BANK",
    "AXIS BANK",
    "UNION BANK OF INDIA",
    "MOSAMBEE",
    "SBI",
    "PHONEPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers', printers' and boutiques' cards on the shop's, the company's and the print works'
    terminals, and the company's card at a filling station on NH-41, an Ahmedabad hotel in the craft fair
    week, a hardware shop and a highway dabeli stall: terminal slips (monospace: the terminal's bank or brand
    on top on some, the counter's name and place in capitals, TXN DATE: and TXN TIME: / DATE: and TIME: /
    DATE/TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO: / INV NO: / RECEIPT NO:, SALE, CARD NO:,
    CARD TYPE:, a fuel sale's PRODUCT:, RATE/LTR:, QTY(LTR):, PUMP NO: and VEH NO:, a hotel's GUEST FOLIO: and
    ROOM NO:, AUTH CODE: / APPR CODE:, RRN: / RRN NO:, TXN AMT: / AMOUNT: / BASE AMT: / TOTAL: / AMOUNT (RS):;
    APPROVED / SALE APPROVED / TRANSACTION APPROVED - 00 / NOT APPROVED - 55 INCORRECT PIN / RESPONSE TIMED OUT
    - VERIFY WITH BANK BEFORE RE-SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=2500, high=140000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 19800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 650, 12500, 0.5)
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
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "SALE - CONTACTLESS", "SALE - EMV CHIP"]
            if j.amount <= 5000
            else ["SALE", "SALE - EMV CHIP"]
        ),
    )
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(92.1, 101.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRAPREMIUM"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"GJ12{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("GUEST FOLIO:", digits(rng, 6))
        p.pair("ROOM NO:", str(rng.randrange(101, 512)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["TXN AMT:", "AMOUNT:", "BASE AMT:", "TOTAL:", "AMOUNT (RS):"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "SALE APPROVED", "TRANSACTION APPROVED - 00"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "NOT APPROVED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "RESPONSE TIMED OUT - VERIFY WITH BANK BEFORE RE-SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, landline, phone, DTH


BILLERS = [
    ("PGVCL", "Paschim Gujarat Vij Company Ltd", "Consumer No."),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
]
BILL_APPS = ["PGVCL", "Paytm", "bob World", "Amazon Pay", "PGVCL", "PhonePe", "Google Pay", "MobiKwik"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The print works' and the shop's electricity (PGVCL), the office fibre (JioFiber), the shop's
    landline (BSNL), the manager's postpaid phone (Vi) and the shop's DTH (Dish TV) through Bharat Connect in
    bob World and UPI apps (the app on top, the sum large above the status, Biller name / Billing company /
    Bill paid to / Telecom operator as printed, Consumer No. / Service ID / Telephone No. / Mobile No. / VC
    No., Account holder / Registered name / Name on the bill, Billing month and Due date on some, Paid from
    Current A/c or UPI, Bharat Connect ID / BBPS Txn Ref / B-Connect Ref. No., UPI Ref No., Txn ID on the
    failed one, Paid on / Payment time / Date & time / Paid at; Bill paid successfully / Payment confirmed by
    the biller / Processing - biller yet to confirm, we will notify you / Bill not paid - biller system down,
    refund in 3 to 5 days) and PGVCL's own online payment receipt (PGVCL, Paschim Gujarat Vij Company Ltd or
    its capitals on top with its Gujarat Urja Vikas Nigam Ltd line, Consumer No., Sub division, Name of
    consumer, Bill date, Bill amount paid / Amount received, Paid through, Payment ID, Receipt No., Payment
    date / Received on, the status at the foot: Payment received / Bill paid - receipt generated)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=4000, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 1899, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 599, 2499, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 399, 1299, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.randrange(10000, 99999)}{digits(rng, 6)}",
        "Service ID": f"{rng.choice(['91', '92'])}{digits(rng, 8)}",
        "Telephone No.": f"02832-2{digits(rng, 5)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PGVCL":
        p = browser_page(rng, font, "www.pgvcl.com/consumer/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Gujarat Urja Vikas Nigam Ltd company  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["Bhuj Rural / Ajrakhpur", "Bhuj City-2 / Vaniyawad"]))
        wrap_pair(p, "Name of consumer", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair(rng.choice(["Bill amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Paid through", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PGV{digits(rng, 14)}"
            p.pair("Payment ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 10)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Received on"], hour=True)
        outcome_row(p, status, {"success": ["Payment received", "Bill paid - receipt generated"]})
        p.part = "foot"
        p.add("small", "The payment reflects against your consumer number within 48 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment confirmed by the biller"],
            "pending": ["Processing - biller yet to confirm, we will notify you"],
            "failed": ["Bill not paid - biller system down, refund in 3 to 5 days"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Telecom operator" if which in (2, 3) else rng.choice(["Biller name", "Billing company", "Bill paid to"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Account holder", "Registered name", "Name on the bill"]),
        rng.choice([COMPANY_CAPS, STORE.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Billing month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "bob World" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "MobiKwik": "MK", "Amazon Pay": "AP"}.get(
                app, "BB"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ID", "BBPS Txn Ref", "B-Connect Ref. No."]),
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
        ["Paid on", "Payment time", "Date & time", "Paid at"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "KUTCH ROADLINES PARC",
    "RUDRAMATA EFFLUENT S",
    "KALUPUR GREIGE CLOTH",
    "BHUJODI WATER TANKER",
    "KALAKKAD NATURAL IND",
    "PASCHIM GUJARAT VIJ",
    "HAWABEN ISMAIL KHATR",
    "ANJAR ALUM & MORDANT",
]
SENDERS = {
    "Bank of Baroda": "VK-BOBTXN",
    "Union Bank of India": "AD-UNIONB",
    "Bhuj Mercantile Co-operative Bank": "JM-BHUJMC",
    "Kotak Mahindra Bank": "BZ-KOTAKB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VK-BOBTXN /
    AD-UNIONB / JM-BHUJMC / BZ-KOTAKB, the day divider, each bank's own wording: Bank of Baroda's "Rs.x
    transferred from A/c ...1234 on <day> by <way> to <payee>.", Union Bank of India's "A/c *1234 Debited for
    Rs:x on <day> (<way>) towards <payee>.", Bhuj Mercantile Co-operative Bank's "BMCB: Your A/c XX1234 has
    been debited INR x on <day> by <way>, beneficiary <payee>.", Kotak Mahindra Bank's UPI "Sent Rs.x from
    Kotak A/c X1234 to <payee> on <day> by UPI. UPI Ref <ref>"; a transfer that "could NOT be credited - money
    is back in your A/c." and one that "is UNDER PROCESS at the payee bank; please wait before retrying.", the
    Avl Bal: line) and two e-mail debit alerts (Federal Bank, IDFC FIRST Bank: Amount debited / Debit of,
    Transferred to / Payee / Beneficiary (as added), Transaction date / Posted on / Debited on, From account,
    Mode, UTR / IMPS RRN, Status: Transfer completed / Result: Debited and sent to the payee's bank)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=8000, high=340000)
    to = ALERT_PAYEES[k]
    if k == 6:
        j.amount = rupees(rng, 2800, 19000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 12000, 68000)
    elif k == 0:
        j.amount = rupees(rng, 6000, 38000)
    if k in (3, 7):
        bank = rng.choice(["Federal Bank", "IDFC FIRST Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Your account has been debited", "Outward transfer - debit intimation"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account activity")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a transfer from your current account has gone through.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Debit of"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred to", "Payee", "Beneficiary (as added)"]), to, merchant=to)
        date_row(
            p,
            j,
            ["Transaction date", "Posted on", "Debited on"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"],
        )
        p.pair("From account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.add(
            "left",
            rng.choice(["Status: Transfer completed", "Result: Debited and sent to the payee's bank"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Block your net banking from the app or call us.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Kotak Mahindra Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bank of Baroda",
        2: "Union Bank of India",
        5: "Bhuj Mercantile Co-operative Bank",
        6: "Kotak Mahindra Bank",
    }.get(k, rng.choice(["Bank of Baroda", "Union Bank of India", "Bhuj Mercantile Co-operative Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Kotak Mahindra Bank":
            p.add("left", f"Sent Rs.{amt} from Kotak A/c X{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} by UPI.", merchant=to, method=method)
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} transferred from A/c ...{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"({way}) towards {to}.", merchant=to, method=method)
        else:
            p.add("left", f"BMCB: Your A/c XX{tail} has been debited", method=method)
            p.add("left", f"INR {amt}{on} by {way},", amount=j.amount)
            p.add("left", f"beneficiary {to}.", merchant=to)
    else:
        p.add("left", f"Your {way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could NOT be credited - money is back in your A/c.",
            "pending": "is UNDER PROCESS at the payee bank; please wait before retrying.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Kotak Mahindra Bank":
            p.add("left", f"UPI Ref {ref}. Not you? Call 18602662666", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS RRN", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Kotak Mahindra Bank":
            p.add("small", "-Kotak Bank", status="success")
        else:
            p.add("left", f"Avl Bal: Rs {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["If not done by you, call the bank now", "Report an unknown debit at the branch"]),
            )
    if bank != "Kotak Mahindra Bank":
        p.add(
            "small",
            {"Bank of Baroda": "-Bank of Baroda", "Union Bank of India": "-Union Bank"}.get(bank, "-BMCB"),
        )
    return p.done()


compose = compose158

"""The twelve heldout233 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Saharanpur wood-carving and sheesham furniture maker's day in 2026 in
Saharanpur, Uttar Pradesh (Pandhoi Woodcraft Exports Pvt Ltd, its carving karkhana on Ambala Road, Pandhoi
Nakkashi Karkhana, where the karigars of Khata Kheri, Kamela Colony, Pilkhani and Behat Road carve the jali
panels, chests and boxes by the piece, and its finishing and export packing yard on Chilkana Road, Pandhoi
Finishing & Packing Yard, where the furniture is sanded, polished, inlaid, fumigated and packed into
containers), told by the proofs of payment it receives and makes: shoppers', designers' and furniture shops'
UPI screens and the company's SabPaisa and PhiCommerce pages, the New Delhi, Jaipur, Mumbai, Bengaluru,
Lucknow, Kolkata and Hyderabad furniture and handicraft houses' and the Cottage Industries Corporation's
payment advices, importers' inward wires from Hamburg, High Point, Manchester, Amsterdam, Osaka, Fitzroy,
Stockholm and Zurich in euros, US dollars, pounds, yen, Australian dollars, kronor and Swiss francs, its own
sale bills and receipts, the off-cuts and sawdust sold by weight to an incense maker and a brick kiln, the
timber, brass fittings, seasoning, lacquer and carton suppliers' tax invoices, the corporate net-banking
transfers to the container hauler, the fumigator, the customs broker, the saw mill, the yard's landlord, the
catalogue studio, the security agency and the dust extraction engineers, the carvers', polishers', sanders',
packers' and inlay workers' piece-rate vouchers and their Bulkpe payouts, BHIM and PhonePe payments, Nagar
Nigam Saharanpur's, the Forest Department's, the Fire and Emergency Services', DGFT's, the Pollution Control
Board's, the Plant Quarantine Directorate's and Legal Metrology's fee pages, the insurers' premium receipts,
card terminal slips, UPPCL's power and the broadband, landline, postpaid and DTH bills and the banks' SMS and
e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice, supplier
code, GRN, job card, design, mohalla, property, licence, industry, contact, consumer account, VC and record
numbers, pieces, cft, kilos, cartons, rates, returns, rate differences and discounts, advances, tool
recoveries, TDS, GST and cess lines, INR values on the wires, rates of exchange, intermediaries, sums insured,
limits, wages and exports declared, bill months, reading days, periods of cover, due days, shipping bill
days, GSTIN, IFSC, UETR, senders' references, MID, TID, batch, trace and STAN numbers, beneficiary short
names, the initiator and the approver and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's
(as heldout223's, heldout227's and heldout231's).
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

COMPANY = "Pandhoi Woodcraft Exports Pvt Ltd"
COMPANY_CAPS = "PANDHOI WOODCRAFT EXPORTS PVT LTD"
SHORT = "Pandhoi Woodcraft"
KARKHANA = "Pandhoi Nakkashi Karkhana"
YARD = "Pandhoi Finishing & Packing Yard"
# unit, address, GST state code
UNITS = [
    ("Carving karkhana", "Khasra 412, Ambala Road, near Kalsia Chowk, Saharanpur - 247001, Uttar Pradesh", "09"),
    ("Finishing and packing yard", "Plot 18, Chilkana Road Industrial Estate, Saharanpur - 247001, U.P.", "09"),
]
PATS_IN = ["%d.%m.%Y", "%d/%m/%Y", "{d}-%b-%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %y", "%B {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Punjab National Bank",
    "State Bank of India",
    "Bank of Baroda",
    "Union Bank of India",
    "Canara Bank",
    "Prathama UP Gramin Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Indian Bank",
    "Punjab & Sind Bank",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Prathama UP Gramin Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "Punjab & Sind Bank": "PSIB",
}
DOMAINS = {
    "Punjab National Bank": "pnb.co.in",
    "State Bank of India": "sbi.co.in",
    "Bank of Baroda": "bankofbaroda.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "Canara Bank": "canarabank.com",
    "Prathama UP Gramin Bank": "prathamaupbank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Indian Bank": "indianbank.in",
    "Punjab & Sind Bank": "punjabandsindbank.co.in",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "panel": ("Hand-carved sheesham jali panel - 4 x 2 ft", "pc", 6500, 22000, 5),
    "chest": ("Carved sheesham chest with brass inlay - 3 ft", "pc", 14500, 38000, 5),
    "boxes": ("Carved sheesham jewellery box - 8 in", "pc", 380, 1450, 5),
    "furniture": ("Sheesham dining set - table and 6 carved chairs", "set", 68000, 185000, 18),
    "offcuts": ("Sheesham off-cuts and sawdust (buradha) - by weight", "kg", 6, 14, 0),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to / Recipient / Name of buyer: no fact)."""
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
    return f"{head}H{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. shoppers, designers, shops: UPI, pages


SHOP_APPS = ["PhonePe", "Google Pay", "BHIM PNB", "Paytm", "SabPaisa", "Navi", "BHIM Baroda Pay", "PhiCommerce"]
SHOP_NOTES = [
    "Carved mirror frame",
    "Jali panel x 2",
    "Sheesham chest advance",
    "Wooden mandir - carved",
    "Elephant carving pair",
    "Coffee table - carved top",
    "Rocking chair balance",
    "4 panel partition screen",
]
PAGE_ORDERS = [
    ("Ar. Nidhi Malhotra, Noida", "Carved sheesham wall panels - 6 nos, advance"),
    ("Mr. Kunal Bhasin, Ludhiana", "Sheesham bed with carved headboard - balance"),
    ("Devbhoomi Decor, Rishikesh", "Jewellery boxes and trays - shop order"),
    ("Mrs. Rekha Agarwal, Muzaffarnagar", "Dining set - 6 seater, carved backs"),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "BHIM PNB": ["UPI Ref No.", "RRN"],
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
    "Navi": ["UTR No.", "UPI Ref ID"],
    "BHIM Baroda Pay": ["RRN", "UPI RRN"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers, interior designers and furniture shops paying the karkhana or the company: six UPI app screens
    (PhonePe, Google Pay, BHIM PNB, Paytm, Navi, BHIM Baroda Pay: on some the payee block above the sum and the
    status under it, on the rest the status, the sum and the payee; the karkhana, its capitals, the company's
    capitals or its short name under Paid to / To / Money sent to / Beneficiary / Paying, its UPI ID, a
    Registered name / Account holder name line on some, the sum large, then Date & time / Paid on / Payment
    time / Completed on / Started on first, Note / Message / Remark, Paid from / Debited from / Bank account /
    From, UTR / UPI Ref. No. / UPI transaction ID / UPI Ref No. / RRN / UPI Reference No. / UTR No. / UPI Ref
    ID / UPI RRN, PhonePe's own Transaction ID, Google Pay's Google transaction ID, BHIM PNB's Txn ID, Navi's
    Navi txn ID and BHIM Baroda Pay's Transaction Ref No. on some; Payment successful / Payment done - merchant
    credited / Money sent successfully / Payment in progress - the merchant's bank has not confirmed yet /
    Payment failed - daily UPI limit for this account exceeded, nothing debited) and the company's two payment
    pages (SabPaisa, PhiCommerce: the company or the karkhana on top, the sum large above the status, Customer
    name / Paid by, Description / Purpose of payment, Paid on / Transaction date / Date of payment, Payment
    mode / Paid using, SabPaisa's SabPaisa txn ID, Client txn ID and Bank txn ID (RRN) or Auth code,
    PhiCommerce's PhiCommerce txn ID, Merchant ref. No. and Bank reference No. or Auth code; Payment successful
    / Payment received by the merchant / Order paid - thank you)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=1200, high=88000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("SabPaisa", "PhiCommerce"):
        j.amount = rupees(rng, 15000, 260000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([COMPANY, KARKHANA, SHORT])
        url = (
            f"securepay.sabpaisa.in/SabPaisa/sabPaisaInit?v=1&clientTxnId={code(rng, 10, ALNUM)}"
            if app == "SabPaisa"
            else f"secure-ptg.phicommerce.com/pg/api/v2/paymentStatus/{digits(rng, 12)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Saharanpur wood carving and sheesham furniture", "Ambala Road, Saharanpur - 247001, U.P."]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Payment received by the merchant", "Order paid - thank you"]},
        )
        wrap_pair(p, rng.choice(["Customer name", "Paid by"]), who)
        wrap_pair(p, rng.choice(["Description", "Purpose of payment"]), what)
        date_row(p, j, ["Paid on", "Transaction date", "Date of payment"], hour=True)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "SabPaisa":
                pid = digits(rng, 16)
                p.pair("SabPaisa txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"PWE{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Client txn ID", oid, txn=(ORDER_RANK, oid))
            else:
                aid = f"P{digits(rng, 13)}"
                p.pair("PhiCommerce txn ID", aid, txn=(TXN_RANK, aid))
                mid = f"PNK-{code(rng, 4, UPPER)}-{digits(rng, 5)}"
                p.pair("Merchant ref. No.", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair(
                    "Bank txn ID (RRN)" if app == "SabPaisa" else "Bank reference No.", j.ref, txn=(UTR_RANK, j.ref)
                )
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add("small", "Powered by SabPaisa" if app == "SabPaisa" else "Payments secured by PhiCommerce")
        return p.done()
    to = rng.choice([KARKHANA, KARKHANA.upper(), COMPANY_CAPS, SHORT])
    handle = f"pandhoi{rng.choice(['', '.karkhana', '412'])}@{rng.choice(['pnb', 'barodampay', 'ybl', 'okicici'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Payment done - merchant credited", "Money sent successfully"],
        "pending": ["Payment in progress - the merchant's bank has not confirmed yet"],
        "failed": ["Payment failed - daily UPI limit for this account exceeded, nothing debited"],
    }
    payee_first = rng.random() < 0.5

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "To", "Money sent to", "Beneficiary"] if status == "success" else ["To", "Paying"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("BHIM PNB", "Navi", "BHIM Baroda Pay") and to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Registered name', 'Account holder name'])}: {COMPANY_CAPS}")

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
        ["Date & time", "Paid on", "Payment time", "Completed on"] if status == "success" else ["Started on"],
        hour=True,
    )
    p.pair(rng.choice(["Note", "Message", "Remark"]), rng.choice(SHOP_NOTES))
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
                "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
                "BHIM PNB": ("Txn ID", f"PNB{digits(rng, 14)}"),
                "Navi": ("Navi txn ID", f"NAVI{code(rng, 12, ALNUM)}"),
                "BHIM Baroda Pay": ("Transaction Ref No.", f"BOB{digits(rng, 12)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.part = "foot"
    p.add("small", rng.choice(["BHIM UPI", "Share  |  Get help", "Having trouble? Raise a query"]))
    return p.done()


# ---------------------------------------------------------------- 2. furniture and handicraft houses' advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Kirti Nagar Heritage Furniture Pvt Ltd",
        "payables@kirtinagarheritage.in",
        "Kirti Nagar, New Delhi",
        "furniture",
        "portal",
    ),
    ("Johari Bazaar Handicraft House", "accounts@joharihandicraft.com", "Johari Bazaar, Jaipur", "panel", "mail"),
    (
        "The Central Cottage Industries Corporation of India Ltd",
        "purchase@cottageemporium.in",
        "Janpath, New Delhi",
        "chest",
        "paper",
    ),
    ("Colaba Carved Interiors", "colabacarved@gmail.com", "Colaba Causeway, Mumbai", "chest", "paper"),
    ("Indiranagar Wood & Weave LLP", "finance@woodandweave.in", "Indiranagar, Bengaluru", "furniture", "mail"),
    ("Hazratganj Craft Galleria", "ap@hazratganjcraft.com", "Hazratganj, Lucknow", "panel", "portal"),
    ("Park Street Antiques & Curios", "parkstreetcurios@gmail.com", "Park Street, Kolkata", "chest", "mail"),
    (
        "Banjara Hills Home Studio Pvt Ltd",
        "vendors@bhhomestudio.in",
        "Road No. 12, Banjara Hills, Hyderabad",
        "furniture",
        "portal",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Furniture and handicraft houses in New Delhi, Jaipur, Mumbai, Bengaluru, Lucknow, Kolkata and Hyderabad
    and the Cottage Industries Corporation paying for the carved panels, chests and furniture the company sent
    them: a payment advice e-mail, a printed VENDOR PAYMENT ADVICE - HANDICRAFT PURCHASES / REMITTANCE ADVICE
    TO SUPPLIER / Intimation of payment to vendor and a vendor portal page (the payer on top with its desk
    line; the payee first, Vendor name / Beneficiary (vendor) / Paid in favour of / Supplier (payee) /
    Remitted to (vendor) the company, Supplier code and GRN No. (no fact); then the payment block, Net amount
    paid / Amount remitted (net) / Net payable released (Amount on hold on the hold, Amount / Amount bounced
    back on the return), Payment mode / Mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR / NEFT UTR / RTGS UTR
    No. / IMPS Ref No., Advice No. / Payment voucher No. / Payment advice ref., Date of credit / Payment date /
    Remitted on / Credit date / On hold since / Advice date / Returned on / Date of rejection; Status: Paid -
    credited to the vendor's bank / Remittance done - please check your account / On hold - fumigation
    certificate for the consignment awaited / Bank returned the payment - beneficiary account closed; and
    below it the company's bills with their pieces and sums, Total of bills / Gross bill value, Less: TDS u/s
    194Q @ 0.1%, Less: Return - n pcs (cracked in transit) / Less: Rate difference - n pcs @ rate / Less:
    Trade discount @ 3% on some)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Remittance advice", f"Payment released to {SHORT}", "Vendor payment intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add("small", f"{rng.choice(['Accounts payable', 'Purchase - Woodcraft', 'Finance department'])}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "VENDOR PAYMENT ADVICE - HANDICRAFT PURCHASES",
                "REMITTANCE ADVICE TO SUPPLIER",
                "Intimation of payment to vendor",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Vendor name", "Beneficiary (vendor)", "Paid in favour of", "Supplier (payee)"] + (
        ["Remitted to (vendor)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Supplier code", f"{rng.choice(['SUP', 'V', 'HC'])}{digits(rng, 6)}")
    p.pair("GRN No.", f"GRN/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    # the bills and cuts are drawn first (the net sum), printed after the payment block
    item, unit, lo, hi, _ = GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(4, 24) if kind != "furniture" else rng.randrange(1, 5)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        gross += value
        what = "sets" if kind == "furniture" else "pcs"
        bills.append((f"PWE/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {what}", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        back = rng.randrange(1, 3)
        cut = back * each
        cuts.append((f"Less: Return - {back} pc{'s' if back > 1 else ''} (cracked in transit)", rs(cut)))
    elif pick < 0.55:
        many = rng.randrange(3, 12)
        per = float(rng.choice([150, 250, 400, 600]))
        cut = many * per
        cuts.append((f"Less: Rate difference - {many} pcs @ {per:,.0f}", rs(cut)))
    elif pick < 0.7:
        cut = round((gross - tds) * 0.03, 2)
        cuts.append(("Less: Trade discount @ 3%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    p.add("left", rng.choice(["Payment particulars", "Remittance"]))
    lab = {
        "success": ["Net amount paid", "Amount remitted (net)", "Net payable released"],
        "pending": ["Amount on hold"],
        "failed": ["Amount", "Amount bounced back"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RA', 'PV', '52'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Advice No.", "Payment voucher No.", "Payment advice ref."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    date_row(
        p,
        j,
        {
            "success": ["Date of credit", "Payment date", "Remitted on", "Credit date"],
            "pending": ["On hold since", "Advice date"],
            "failed": ["Returned on", "Date of rejection"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Paid - credited to the vendor's bank",
                "Remittance done - please check your account",
            ],
            "pending": ["On hold - fumigation certificate for the consignment awaited"],
            "failed": ["Bank returned the payment - beneficiary account closed"],
        },
    )
    p.add("rule")
    p.add("left", rng.choice(["Bills paid", "Your invoices covered", "Against your bills"]))
    for label, value in bills:
        p.pair(label, value)
    p.pair(rng.choice(["Total of bills", "Gross bill value"]), rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    for label, value in cuts:
        p.pair(label, value)
    p.part = "foot"
    p.add("small", "Write to us within 10 days about any difference, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Elbe Wohnkultur GmbH", "Hamburg, Germany", "EUR", "Commerzbank AG", 4000, 70000),
    ("Carolina Heritage Furnishings Inc", "High Point, North Carolina, USA", "USD", "Truist Bank", 5000, 90000),
    ("Northern Quarter Interiors Ltd", "Manchester, United Kingdom", "GBP", "Barclays Bank UK plc", 3000, 50000),
    ("Jordaan Living B.V.", "Amsterdam, Netherlands", "EUR", "ING Bank N.V.", 4000, 65000),
    ("Shinsaibashi Kagu Co Ltd", "Osaka, Japan", "JPY", "Sumitomo Mitsui Banking Corporation", 600000, 9000000),
    (
        "Fitzroy Eclectic Homewares Pty Ltd",
        "Fitzroy, Victoria, Australia",
        "AUD",
        "National Australia Bank Ltd",
        4000,
        80000,
    ),
    ("Sodermalm Hantverk AB", "Stockholm, Sweden", "SEK", "Skandinaviska Enskilda Banken AB", 40000, 700000),
    ("Limmat Antik & Wohnen AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 3000, 60000),
]
WIRE_BANKS = [
    ("Punjab National Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Bank of Baroda", "paper"),
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Axis Bank", "paper"),
    ("Union Bank of India", "browser"),
    ("Canara Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.9),
    "GBP": (108.4, 113.6),
    "EUR": (97.8, 103.2),
    "JPY": (55.8, 59.6),
    "AUD": (55.1, 58.8),
    "SEK": (8.6, 9.4),
    "CHF": (104.0, 109.5),
}
INTERMEDIARY = {
    "USD": "Citibank NA, New York",
    "JPY": "MUFG Bank Ltd, Tokyo",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
    "CHF": "Zurcher Kantonalbank, Zurich",
}
SHIPPED = [
    "Carved sheesham furniture (HSN 94036000)",
    "Wooden handicrafts - carved boxes and trays (HSN 44201900)",
    "Sheesham jali panels and screens (HSN 44219990)",
    "Carved chests with brass inlay - 1 x 40 ft container",
    "Sheesham side tables and consoles (HSN 94036000)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; whole yen after JPY; a
    code or A$ before Australian dollars; SEK before or after the kronor; CHF before the francs."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "JPY":

        def show_jpy(value: float) -> str:
            return f"JPY {value:,.0f}"

        return show_jpy
    if cur == "SEK" and rng.random() < 0.4:

        def show_after(value: float) -> str:
            return f"{value:,.2f} SEK"

        return show_after
    mark = rng.choice({"AUD": ["AUD ", "A$"], "SEK": ["SEK "], "CHF": ["CHF "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Furniture importers in Hamburg, High Point, Manchester, Amsterdam, Osaka, Fitzroy, Stockholm and Zurich
    paying for carved sheesham furniture, boxes and jali panels: the banks' inward remittance advices
    (browser, e-mail, printed INWARD REMITTANCE ADVICE - EXPORT PROCEEDS / Credit advice - foreign inward
    remittance / Foreign currency inward remittance - customer advice: the bank on top with its forex desk,
    Credit date / Date of realisation / Value date / Funds credited on / Received on / Held since / Returned on
    / Date returned first, the remitter's block: Remitter / Remitting customer (the importer abroad), Remitting
    bank / Ordering institution, Intermediary bank on some; then Beneficiary name / Credited to (exporter) /
    Name of beneficiary / Beneficiary (account holder) the company, Beneficiary A/c, Remittance amount /
    Amount received (FCY) / Foreign currency amount / Inward sum (FCY) in EUR, USD, GBP, JPY, AUD, SEK or CHF,
    Charges, Conversion rate (per 100 JPY on the yen), INR equivalent, Less: Bank charges incl. GST, Net INR
    credited, Purpose code, Description of goods, Commercial invoice No., Shipping bill No. and date, Mode,
    Sender's reference, Inward remittance No. / IRM No. / Transaction reference, UETR; the status at the foot:
    Export proceeds credited - IRM generated in EDPMS / Status: Realised and credited to current account / Held
    for compliance review - purpose of remittance to be confirmed by the beneficiary / Returned to remitter -
    beneficiary account number not found)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    else:
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
            f"{bank} Trade Services <forex.saharanpur@{slug(bank)}>",
            ["Inward remittance credited", "Foreign inward remittance - advice", "Export proceeds - credit advice"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradefinance.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Desk, Court Road Branch, Saharanpur",
                "International Banking Branch, Parliament Street, New Delhi",
                "Trade Finance Cell, Civil Lines, Meerut",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Credit advice - foreign inward remittance",
                "Foreign currency inward remittance - customer advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    date_row(
        p,
        j,
        {
            "success": ["Credit date", "Date of realisation", "Value date", "Funds credited on"],
            "pending": ["Received on", "Held since"],
            "failed": ["Returned on", "Date returned"],
        }[status],
        WIRE_PATS,
    )
    wrap_pair(p, rng.choice(["Remitter", "Remitting customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Ordering institution"]), pbank)
    if cur in INTERMEDIARY and rng.random() < 0.7:
        wrap_pair(p, "Intermediary bank", INTERMEDIARY[cur])
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(
            ["Beneficiary name", "Credited to (exporter)", "Name of beneficiary", "Beneficiary (account holder)"]
        ),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Remittance amount", "Amount received (FCY)", "Foreign currency amount", "Inward sum (FCY)"]
        ),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if cur == "JPY":
        p.pair("Conversion rate", f"100 JPY = INR {rate}")
        inr = round(j.amount * rate / 100, 2)
    else:
        p.pair("Conversion rate", f"1 {cur} = INR {rate}")
        inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 750, 1200])) * 1.18, 2)
    p.pair("Less: Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"PWE/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 15, 80), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT MT103 (customer transfer)"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IWR', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward remittance No.", "IRM No.", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Export proceeds credited - IRM generated in EDPMS",
                "Status: Realised and credited to current account",
            ],
            "pending": ["Held for compliance review - purpose of remittance to be confirmed by the beneficiary"],
            "failed": ["Returned to remitter - beneficiary account number not found"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "Regularise this inward remittance against the shipping bill in EDPMS within the FEMA time limit."
        if status == "success"
        else "Quote the reference above to the forex desk for any query on this remittance.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the karkhana's and the yard's receipts


# the party, the way it paid, the unit (karkhana, yard, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Anjali Bhatnagar, Dehradun", "UPI", "karkhana", "panel"),
    ("Har Ki Pauri Handicrafts, Haridwar", "cheque", "karkhana", "boxes"),
    ("Ar. Rohan Khurana, Gurugram", "NEFT", "mail", "furniture"),
    ("Noor Agarbatti Works, Behat", "cash", "yard", "offcuts"),
    ("Mr. Harpreet Sandhu, Chandigarh", "card", "yard", "furniture"),
    ("Ganga Brick Field, Nakur Road", "UPI", "yard", "offcuts"),
    ("Meerut Furniture Mart", "cheque", "karkhana", "chest"),
    ("Ms. Shalini Verma, Lucknow", "UPI", "mail", "chest"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's SALE BILL - CARVED WOODWARE / CASH MEMO - NAKKASHI KARKHANA to a Dehradun shopper, a
    Haridwar handicraft shop and a Meerut furniture shop, the yard's SALE BILL - FURNITURE EX-YARD / CASH MEMO
    - PACKING YARD to a Chandigarh buyer and its RECEIPT - SAWDUST AND OFF-CUTS SOLD BY WEIGHT / WEIGHMENT
    RECEIPT - OFF-CUTS to an incense maker and a brick kiln buying the waste wood by the kilo (paper: the
    karkhana, the yard or the company on top with its "A unit of" line, address and GSTIN; Received from /
    Customer / Sold to first, then Bill No. / Cash memo No. / Receipt No., Date / Bill date / Dated / Memo
    date, the pieces, sets or kilos x rate, CGST and SGST on the woodware and furniture, Bill amount / Total /
    Net amount / Order value, Received in cash / Cash received / Cash paid / UPI payment received / Paid by UPI
    / Paid by card / Card payment / Cheque amount / Amount of cheque, the sum in words under it, Mode / Mode of
    payment, UPI Ref. No. / UPI UTR / Approval code / Auth code, Cheque No. and bank, Cheque date; RECEIVED
    WITH THANKS / PAID / PAID - GOODS HANDED OVER / PAID - DELIVERED FROM YARD / PAID - MATERIAL LIFTED BY
    BUYER / CHEQUE TAKEN - GOODS RELEASED ON CLEARANCE / CHEQUE BOUNCED - BILL CANCELLED, the rubber stamp)
    and two of the accounts desk's Receipt of payment - thank you e-mails (a Gurugram architect's Advance
    received / Order advance received with the Balance due / Balance on delivery and the UTR / NEFT UTR No., a
    Lucknow shopper's chest by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@pandhoiwoodcraft.in>",
            [
                "Payment received - Pandhoi Woodcraft",
                "Receipt for your furniture order",
                "Your payment receipt - Pandhoi Woodcraft",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Wood carving and sheesham furniture - Ambala Road, Saharanpur  |  Accounts")
        p.add("center", "Receipt of payment - thank you")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "karkhana"
        me = rng.choice([KARKHANA, KARKHANA.upper()] if shop else [YARD, YARD.upper(), COMPANY])
        where = UNITS[0] if shop else UNITS[1]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else "Carved sheesham furniture and handicrafts - exporters",
            where[1],
            where[2],
            ["SALE BILL - CARVED WOODWARE", "CASH MEMO - NAKKASHI KARKHANA"]
            if shop
            else {
                "furniture": ["SALE BILL - FURNITURE EX-YARD", "CASH MEMO - PACKING YARD"],
                "offcuts": ["RECEIPT - SAWDUST AND OFF-CUTS SOLD BY WEIGHT", "WEIGHMENT RECEIPT - OFF-CUTS"],
            }[kind],
        )
    wrap_pair(p, rng.choice(["Received from", "Customer", "Sold to"]), party)
    if not j.no_ref:
        heads = {"karkhana": ["PNK", "CM"], "yard": ["PFY", "RC"], "mail": ["PWE", "AR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Bill No.", "Cash memo No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Bill date", "Dated", "Memo date"], PATS_IN)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "offcuts":
        kilos = rng.randrange(300, 3800)
        rate = round(rng.uniform(lo, hi), 2)
        bill = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(bill))
    else:
        if kind == "boxes":
            qty = rng.randrange(24, 120)
        elif kind == "furniture":
            qty = 1
        else:
            qty = rng.randrange(1, 4 if k != 6 else 9)
        shown = f"{qty} {per}" if qty == 1 else f"{qty} {per}s"
        rate = float(rng.randrange(lo, hi, 50 if kind != "boxes" else 5))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Order value", "Total"] if advance else ["Bill amount", "Total", "Net amount"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Order advance received"])
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Cash received", "Cash paid"]),
            "UPI": rng.choice(["UPI payment received", "Paid by UPI"]),
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
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "offcuts":
        words.append("PAID - MATERIAL LIFTED BY BUYER")
    elif kind == "furniture" and not advance:
        words.append("PAID - DELIVERED FROM YARD")
    elif not advance:
        words.append("PAID - GOODS HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE TAKEN - GOODS RELEASED ON CLEARANCE",
        "failed": "CHEQUE BOUNCED - BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "offcuts": "Off-cuts and sawdust are sold by weight as they lie; no claim after lifting.",
            "furniture": "Natural wood: grain and shade vary. Free polish touch-up within 30 days of delivery.",
        }.get(kind, "Goods once sold are not taken back. Cheques are subject to realisation."),
    )
    if unit != "mail":
        right(p, f"For {KARKHANA if unit == 'karkhana' else YARD} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            KARKHANA.upper() if unit == "karkhana" else "PANDHOI FINISHING YARD",
            "AMBALA ROAD, SAHARANPUR" if unit == "karkhana" else "CHILKANA ROAD, SAHARANPUR",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. timber, brass, seasoning, lacquer, cartons


SUPPLIERS = [
    (
        "Jagadhri Timber Traders",
        "Sheesham logs and sawn timber | Seasoned planks",
        "Timber Market, Jagadhri Road, Yamunanagar - 135001, Haryana",
        "06",
        "JTT",
    ),
    (
        "Moradabad Brass Fittings Co.",
        "Brass hinges | Handles | Inlay wire and strips",
        "Lajpat Nagar, Moradabad - 244001, Uttar Pradesh",
        "09",
        "MBF",
    ),
    (
        "Sarsawa Wood Seasoning Plant",
        "Kiln seasoning | Chemical treatment | Borer proofing",
        "Sarsawa Road, Saharanpur - 247232, Uttar Pradesh",
        "09",
        "SWS",
    ),
    (
        "Sahibabad Lacquer & Polish House",
        "PU lacquer | Melamine polish | Wood stains",
        "Site IV, Sahibabad Industrial Area, Ghaziabad - 201010, Uttar Pradesh",
        "09",
        "SLP",
    ),
    (
        "Bhagwanpur Corrugated Cartons",
        "5-ply export cartons | Foam sheets | Ply crates",
        "Bhagwanpur Industrial Area, Roorkee - 247661, Uttarakhand",
        "05",
        "BCC",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "JTT": [
        ("Sheesham sawn timber - seasoned, 2 in planks", "4407", "cft", 1450, 2300, 18, 40, 300),
        ("Sheesham logs - 6 to 8 ft, girth 3 ft", "4403", "cft", 950, 1500, 18, 60, 400),
    ],
    "MBF": [
        ("Brass hinges - antique finish, 3 in", "8302", "pairs", 45, 160, 18, 200, 2000),
        ("Brass drawer pulls - carved", "8302", "nos", 60, 240, 18, 200, 1500),
        ("Brass inlay strip - 3 mm", "7407", "kg", 780, 980, 18, 5, 60),
    ],
    "SWS": [
        ("Kiln seasoning of sheesham planks", "998898", "cft", 120, 210, 5, 100, 800),
        ("Borer proofing treatment", "998898", "cft", 35, 70, 5, 100, 800),
    ],
    "SLP": [
        ("PU lacquer - matt, 20 L drum", "3208", "drums", 5200, 8400, 18, 2, 20),
        ("Wood stain - walnut, 5 L can", "3210", "cans", 900, 1600, 18, 4, 40),
    ],
    "BCC": [
        ("5-ply export carton - printed", "4819", "pcs", 85, 220, 18, 200, 2500),
        ("EPE foam sheet - 10 mm roll", "3921", "rolls", 650, 1200, 18, 10, 80),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 1, 3]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Yamunanagar timber trader, the Moradabad brass fittings maker, the Sarsawa seasoning plant, the
    Sahibabad lacquer house and the Roorkee carton maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE - ORIGINAL (RECIPIENT) / INVOICE UNDER GST - ORIGINAL COPY / TAX
    INVOICE (ORIGINAL), Invoice No. / Bill No. / Tax invoice No., Invoice date / Date / Bill date / Inv. date,
    Bill to / Recipient / Name of buyer the company, Ship to (consignee) the karkhana or the yard, Place of
    supply, E-way bill No., LR No. or Vehicle No., the timber, fittings, seasoning, lacquer, cartons or foam
    with HSN or SAC, cft, pairs, nos, kg, drums, cans, pcs or rolls x rate, Taxable value, CGST and SGST or
    IGST @ 5% or 18%, Round off, Invoice total, Less: Advance paid with order and Balance received by RTGS /
    NEFT on some, else Received by RTGS / NEFT / Paid through RTGS / NEFT / Received by UPI / UPI payment with
    UTR / UTR No. / UPI Ref. No. / UPI RRN, or Cheque amount / Paid by cheque with Cheque No.; PAID / PAYMENT
    RECEIVED BY RTGS / NEFT / UPI - THANK YOU / FULLY PAID - NO DUES / CHEQUE DEPOSITED - RECEIPT ON
    REALISATION / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PAY AGAIN, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
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
        ["TAX INVOICE - ORIGINAL (RECIPIENT)", "INVOICE UNDER GST - ORIGINAL COPY", "TAX INVOICE (ORIGINAL)"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Bill date", "Inv. date"], PATS_IN)
    ours_to(p, ["Bill to", "Recipient", "Name of buyer"])
    site = f"{KARKHANA}, Ambala Road" if tag in ("JTT", "SWS") else f"{YARD}, Chilkana Road"
    wrap_pair(p, "Ship to (consignee)", f"{site}, Saharanpur")
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("JTT", "SWS"):
        p.pair("Vehicle No.", f"{'HR-02' if tag == 'JTT' else 'UP-11'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("LR No.", f"{rng.choice(['VRL', 'GTC', 'SRT'])}{digits(rng, 8)}")
    taxable = 0.0
    gst_rate = 18
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "09")
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
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid with order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque amount", "Paid by cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received by UPI", "UPI payment"])
        else:
            lab = rng.choice([f"Received by {way}", f"Paid through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAYMENT RECEIVED BY {way} - THANK YOU", "FULLY PAID - NO DUES"]),
        "pending": "CHEQUE DEPOSITED - RECEIPT ON REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PAY AGAIN",
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
    ("Doon Valley Container Movers", "40 ft container - yard to ICD Moradabad", 28000, 85000),
    ("Pest-Out Fumigation Services", "MBr fumigation - 2 containers, certificates", 6000, 22000),
    ("Shivalik Customs Brokers Pvt Ltd", "CHA charges - 4 shipping bills, June", 9000, 42000),
    ("Kalsia Saw Mill", "Sawing and planing - 620 cft sheesham", 18000, 96000),
    ("Sh. Devendra Kumar Saini", "Packing yard rent - Chilkana Road, June", 55000, 140000),
    ("Lens & Grain Studio", "Export catalogue photography - 140 pieces", 22000, 75000),
    ("Shakumbhari Security Services", "Karkhana and yard guards - May", 32000, 68000),
    ("Airflow Dust Extraction Engineers", "Dust collector service - carving hall", 8000, 36000),
]
CORP_PORTALS = [
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corporate.netpnb.com/fundstransfer/txnview"),
    ("Baroda Connect - Corporate", "Bank of Baroda", "corp.bobibanking.com/payments/status"),
    ("Union Bank Corporate Net Banking", "Union Bank of India", "corporate.unionbankonline.co.in/txn/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its container hauler, the fumigator, the customs broker, the saw mill, the yard's
    landlord, the catalogue studio, the security agency and the dust extraction engineers: corporate net
    banking's transaction pages (PNB Corporate Internet Banking, Baroda Connect - Corporate, Union Bank
    Corporate Net Banking: the portal on top and the bank's line, Payment details / Transaction status -
    single payment, the references first: UTR / UTR No. / IMPS Ref No. and Host reference No. / Core banking
    ref.; then Beneficiary name / Payee / Credit to / Beneficiary (payee) / Transfer to, Beneficiary short
    name, Beneficiary A/c and IFSC, Debit account the company, Amount / Transfer amount / Payment amount (INR)
    / Debit amount, Payment type / Mode of transfer NEFT / RTGS / IMPS, Narration / Purpose, Initiated by /
    Approved by; the day and the status at the foot: Executed on / Transaction date / Value date / Processed
    on / Initiated on / Created on / Returned on / Failed on; Payment successful - beneficiary credited /
    Status: Processed - UTR generated / Awaiting authorisation by the approver / Returned by beneficiary bank -
    account dormant)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Funds transfer', 'Payment enquiry', 'Single payments'])}")
    p.add("center", rng.choice(["Payment details", "Transaction status - single payment"]))
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
        p.pair(rng.choice(["Host reference No.", "Core banking ref."]), tr, txn=(BANK_RANK, tr))
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee", "Credit to", "Beneficiary (payee)", "Transfer to"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "SRE")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount", "Transfer amount", "Payment amount (INR)", "Debit amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment type", "Mode of transfer"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Purpose"]), note)
    p.pair("Initiated by / Approved by", f"PWEMAKER1 / {'-' if status == 'pending' else 'PWEAUTH2'}")
    p.add("rule")
    date_row(
        p,
        j,
        {
            "success": ["Executed on", "Transaction date", "Value date", "Processed on"],
            "pending": ["Initiated on", "Created on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful - beneficiary credited", "Status: Processed - UTR generated"],
            "pending": ["Awaiting authorisation by the approver"],
            "failed": ["Returned by beneficiary bank - account dormant"],
        },
    )
    p.part = "foot"
    p.add("small", "A returned payment is credited back to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. carvers, polishers, sanders, packers


# payee, role, mohalla, kind
WORKERS = [
    ("Mohd. Irshad", "Carver (nakkash) - jali work", "Khata Kheri", "carve"),
    ("Rajesh Kumar", "Polisher - melamine and wax", "Pilkhani", "polish"),
    ("Naseem Ahmad", "Carver (nakkash) - figure work", "Kamela Colony", "carve"),
    ("Sunita Devi", "Sander and filler", "Pilkhani", "sand"),
    ("Shahid Hussain", "Carver (nakkash) - borders", "Behat Road", "carve"),
    ("Ramesh Pal", "Packer - export cartons", "Chilkana Road", "pack"),
    ("Farman Ali", "Brass inlay worker (tarkashi)", "Khata Kheri", "inlay"),
    ("Imran Qureshi", "Carver (nakkash) - jali work", "Kamela Colony", "carve"),
]
WORK_FRAMES = ["paper", "bulkpe", "paper", "paper", "bhim", "paper", "bulkpe", "phonepe"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "carve": (
        ["NAKKASHI MAZDOORI VOUCHER - PER PIECE", "CARVING WAGES SLIP - PIECE WORK"],
        ["Name of carver", "Paid to (karigar)"],
        "Pieces carved and passed: {q} x {rate}",
        (450, 2400),
        (2, 14),
        ["Net mazdoori paid", "Balance paid to karigar"],
    ),
    "polish": (
        ["POLISH WORK - PIECE RATE VOUCHER", "FINISHING WAGES SLIP (PER PIECE)"],
        ["Name of polisher", "Paid to (polisher)"],
        "Pieces polished: {q} x {rate}",
        (60, 240),
        (20, 120),
        ["Amount paid out", "Net mazdoori paid"],
    ),
    "sand": (
        ["RAGAI (SANDING) WAGES VOUCHER", "SANDING AND FILLING - PIECE RATE SLIP"],
        ["Name of sander", "Paid to (sander)"],
        "Pieces sanded and filled: {q} x {rate}",
        (25, 90),
        (40, 260),
        ["Amount paid out", "Net mazdoori paid"],
    ),
    "pack": (
        ["EXPORT PACKING LABOUR VOUCHER - PER CARTON", "PACKING WAGES SLIP"],
        ["Name of packer", "Paid to (packer)"],
        "Cartons packed and strapped: {q} x {rate}",
        (18, 45),
        (80, 420),
        ["Amount paid out", "Net mazdoori paid"],
    ),
    "inlay": (
        ["BRASS INLAY (TARKASHI) WAGES VOUCHER", "INLAY WORK - PIECE RATE SLIP"],
        ["Name of inlay worker", "Paid to (inlay karigar)"],
        "Pieces inlaid: {q} x {rate}",
        (300, 1200),
        (3, 16),
        ["Amount paid out", "Net mazdoori paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its carvers, polishers, sanders, packers and inlay workers by the piece or the
    carton: its printed NAKKASHI MAZDOORI VOUCHER - PER PIECE / CARVING WAGES SLIP - PIECE WORK / RAGAI
    (SANDING) WAGES VOUCHER / SANDING AND FILLING - PIECE RATE SLIP / EXPORT PACKING LABOUR VOUCHER - PER
    CARTON / PACKING WAGES SLIP (the company on top with the karkhana's or the yard's line, Voucher No. /
    Mazdoori slip No., Date / Voucher date / Mazdoori paid on, Name of carver / Paid to (karigar) / Name of
    sander / Paid to (sander) / Name of packer / Paid to (packer), Work, Mohalla, Job card No. and Design No.
    (no fact), the pieces or cartons x rate, Add: Fine jali extra / Add: Deep relief extra / Add: Export order
    extra, Gross mazdoori, Less: Tool advance recovered / Less: Advance recovered, Net mazdoori paid / Balance
    paid to karigar / Amount paid out, Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.; PAID / PAID IN CASH
    / PAID - PIECES PASSED BY SUPERVISOR / PAID - ENTERED IN MAZDOORI REGISTER), Bulkpe payout pages for a
    polisher and an inlay worker (Bulkpe on top and Payout account - the company under it, the sum large above
    the status, Beneficiary name / Payee name, Contact ID, Account number / UPI ID, Transfer mode, Remarks,
    Bulkpe transaction ID, UTR, Client reference ID, Paid at / Completed at / Initiated at / Created at /
    Failed at; Payout completed - amount credited to the beneficiary / Status: Success - paid / Under
    processing - awaiting response from the beneficiary bank / Payout failed - invalid IFSC for the account),
    a BHIM screen (UPI Ref No. / UPI transaction ID) and a PhonePe screen (UTR and PhonePe's own Transaction
    ID) paying two carvers."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=900, high=24000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "bulkpe":
        j.amount = rupees(rng, 3000, 26000, 0.6)
        tid = f"BPT{code(rng, 14, ALNUM)}"
        p = browser_page(rng, font, "app.bulkpe.in/payouts/history" + ("" if j.no_ref else f"/{tid}"))
        p.part = "head"
        top(p, "Bulkpe")
        p.add("small", f"Payout account - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Payout completed - amount credited to the beneficiary", "Status: Success - paid"],
                "pending": ["Under processing - awaiting response from the beneficiary bank"],
                "failed": ["Payout failed - invalid IFSC for the account"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee name"]), who, merchant=who)
        p.pair("Contact ID", f"cont_{code(rng, 10, ALNUM + LOWER)}")
        way = rng.choice(["IMPS", "UPI"]) if status != "failed" else "IMPS"
        if way == "IMPS":
            p.pair("Account number", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
        else:
            p.pair("UPI ID", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@pnb")
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Remarks",
            rng.choice(["Polish mazdoori - 64 pieces", "Finishing wages - week 24"])
            if kind == "polish"
            else rng.choice(["Tarkashi work - 9 chests", "Inlay mazdoori"]),
        )
        if not j.no_ref:
            p.pair("Bulkpe transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"PWE-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Client reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Paid at", "Completed at"],
                "pending": ["Initiated at", "Created at"],
                "failed": ["Failed at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "Credit confirmed by the beneficiary's bank.",
                "pending": "The status updates here as soon as the bank responds.",
                "failed": "The amount of a failed payout returns to the payout account balance.",
            }[status],
        )
        return p.done()
    if frame in ("bhim", "phonepe"):
        j.amount = rupees(rng, 2800, 19000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Sent successfully"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['pnb', 'ybl', 'barodampay', 'upi'])}",
            method="UPI",
        )
        p.pair(rng.choice(["Message", "Note"]), rng.choice(["Nakkashi mazdoori", "Jali panels - 4 pcs"]))
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Punjab National Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    at_yard = kind in ("polish", "sand", "pack", "inlay")
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{YARD} - finishing and packing" if at_yard else f"{KARKHANA} - carving hall",
        UNITS[1][1] if at_yard else UNITS[0][1],
        "09",
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Mazdoori slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Mazdoori paid on"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Mohalla", mohalla)
    if kind == "carve":
        p.pair("Job card No.", f"JC-{rng.randrange(1, 900):03d}")
        p.pair("Design No.", f"D-{rng.randrange(100, 990)}/{rng.choice(['BEL', 'PHOOL', 'HATHI', 'JAAL'])}")
    rate = float(rng.randrange(rlo, rhi + 1, 50 if kind == "carve" else 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 500, 750, 1000]))
        p.pair(
            rng.choice(["Add: Fine jali extra", "Add: Deep relief extra"])
            if kind == "carve"
            else "Add: Export order extra",
            rs(extra),
        )
        gross += extra
    p.pair("Gross mazdoori", rs(gross))
    cut = 0.0
    if gross > 3000 and rng.random() < 0.6:
        adv = float(rng.choice([300, 500, 1000, 1500]))
        p.pair("Less: Tool advance recovered" if kind == "carve" else "Less: Advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 3 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append("PAID - PIECES PASSED BY SUPERVISOR" if kind == "carve" else "PAID - ENTERED IN MAZDOORI REGISTER")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the karigar")
    return p.done()


# ---------------------------------------------------------------- 8. Nagar Nigam, forest, fire, DGFT, PCB


FEE_FRAMES = ["property", "forest", "fire", "dgft", "trade", "pcb", "ppqs", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a wood-carving and furniture exporter with a karkhana and a packing yard in Saharanpur: Nagar
    Nigam Saharanpur's house tax page (the Nigam on top and the e-Nagar Sewa line, House No., Name of owner,
    Ward / Mohalla, House tax, Water tax and Sewer tax for the year, Total paid / Amount deposited, Transaction
    ID, Bank Ref No., Receipt No.) and its trade licence page (Name of firm, Licence No., Trade licence fee
    (timber and furniture works), Signboard fee, Total amount / Amount, Transaction ID, Transaction date /
    Attempted on; Payment failed - the amount was not received by the Nagar Nigam), the Forest Department's
    transit pass fee (the department on top and the Saharanpur Forest Division line, Name of permit holder,
    Species, Quantity, Transit fee, Total fee / Amount paid, Transaction ID, e-Challan No.), the Fire and
    Emergency Services' fire NOC renewal (Name of premises, Occupancy type, Application No., NOC renewal fee,
    Inspection fee, Total fee deposited / Amount paid, Transaction ID), DGFT's e-Certificate of Origin fee
    (Directorate General of Foreign Trade / DGFT on top and the Ministry of Commerce and Industry line, Name of
    exporter, IEC, Certificates x fee, GST @ 18%, Total amount paid / Amount received, Transaction ID,
    e-Receipt No.), the Pollution Control Board's consent renewal (Name of industry, Industry ID, Category,
    Consent fee (air) and (water), Total consent fee / Amount paid, Transaction ID, Bank Ref No.), the Plant
    Quarantine Directorate's phytosanitary certificate fee (the Directorate on top and the Department of
    Agriculture and Farmers Welfare line, Name of exporter, Consignment, Phytosanitary certificate fee,
    Inspection fee, Total fee / Amount, Transaction ID, Initiated on / Transaction date; Payment initiated -
    confirmation from the bank awaited, do not pay again) and Legal Metrology's verification fee (the
    department on top, Name of user, the platform scales' and the hanging scale's fees, Total fee paid /
    Amount paid, Transaction ID); Payment mode, Date of payment / Payment date / Receipt date / Deposit date;
    Payment successful / Fee deposited - e-receipt issued / Paid - thank you for the online payment / Amount
    received - receipt generated."""
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
        "Fee deposited - e-receipt issued",
        "Paid - thank you for the online payment",
        "Amount received - receipt generated",
    ]
    if frame in ("property", "trade"):
        p = browser_page(rng, font, f"e-nagarsewaup.gov.in/ulb/saharanpur/{frame}/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Nagar Nigam Saharanpur", "NAGAR NIGAM SAHARANPUR"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "e-Nagar Sewa, Uttar Pradesh  |  " + ("House tax" if frame == "property" else "Trade licence renewal"),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Payment failed - the amount was not received by the Nagar Nigam"]},
        )
        if frame == "property":
            p.pair("House No.", f"{rng.randrange(1, 900)}/{rng.randrange(1, 40)}, Ambala Road")
            wrap_pair(p, "Name of owner", firm)
            p.pair("Ward / Mohalla", f"Ward {rng.randrange(1, 71)} / Kalsia Chowk")
            heads = [
                ("House tax 2026-27", 12000.0, 38000.0),
                ("Water tax", 1800.0, 5200.0),
                ("Sewer tax", 900.0, 2600.0),
            ]
            labels = ["Total paid", "Amount deposited"]
        else:
            wrap_pair(p, "Name of firm", f"{KARKHANA} - wood carving works")
            p.pair("Licence No.", f"NNS/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee (timber and furniture works)", 3500.0, 9500.0),
                ("Signboard fee", 600.0, 2400.0),
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
        refs = [("Transaction ID", TXN_RANK, f"ENS{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"NNS/{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Date of payment", "Receipt date"] if status == "success" else ["Transaction date", "Attempted on"],
            pats,
        )
        foot = (
            "A 5% rebate applies to house tax paid in full before 31 July."
            if frame == "property"
            else "Any amount debited for a failed payment is refunded to the source in 7 working days."
        )
    elif frame == "forest":
        p = browser_page(rng, font, f"upforest.gov.in/etransit/fee/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Forest Department", "U.P. FOREST DEPARTMENT"])
        top(p, name, merchant=name)
        p.add("small", "Saharanpur Forest Division  |  Transit pass fee (timber)")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of permit holder", firm)
        p.pair("Species", "Sheesham (Dalbergia sissoo)")
        cft = rng.randrange(150, 900)
        per = float(rng.choice([8, 10, 12]))
        p.pair("Quantity", f"{cft} cft sawn timber")
        fee = round(cft * per, 2)
        p.pair(f"Transit fee @ Rs {per:.0f} per cft", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Total fee", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"UPFD{digits(rng, 12)}"),
                ("e-Challan No.", INVOICE_RANK, f"{digits(rng, 4)}/{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Payment date", "Deposit date"], pats)
        foot = "Carry the transit pass with the timber; it is valid for the route and the days shown on it."
    elif frame == "fire":
        p = browser_page(rng, font, f"fireservice.up.gov.in/noc/renewal/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Fire and Emergency Services", "U.P. FIRE & EMERGENCY SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Home Department, Government of Uttar Pradesh  |  Fire NOC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of premises", f"{YARD}, Chilkana Road")
        p.pair("Occupancy type", "Industrial - wood works (moderate hazard)")
        p.pair("Application No.", f"UPFES/SRE/{digits(rng, 6)}")
        renew = float(rng.choice([6000, 8000, 12000]))
        visit = float(rng.choice([1000, 1500, 2500]))
        p.pair("NOC renewal fee", rs(renew))
        p.pair("Inspection fee", rs(visit))
        j.amount = renew + visit
        p.pair(rng.choice(["Total fee deposited", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"UPFES{digits(rng, 10)}")])
        date_row(p, j, ["Date of payment", "Payment date", "Deposit date"], pats)
        foot = "Keep the sawdust cleared and the hydrants charged; the NOC follows the fire officer's visit."
    elif frame == "dgft":
        p = browser_page(rng, font, f"dgft.gov.in/CP/coo/payment/acknowledgement/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Directorate General of Foreign Trade", "DGFT"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce and Industry, Government of India  |  e-Certificate of Origin")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of exporter", firm)
        p.pair("IEC", code(rng, 10, ALNUM))
        many = rng.randrange(2, 9)
        each = float(rng.choice([250, 500]))
        fee = many * each
        p.pair(f"Certificates of origin x {many} @ {each:,.0f}", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(fee + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DGFT{digits(rng, 12)}"),
                ("e-Receipt No.", INVOICE_RANK, f"COO/{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Receipt date", "Deposit date"], pats)
        foot = "The certificates are issued on the platform once the agency has checked the applications."
    elif frame == "pcb":
        p = browser_page(rng, font, "xgn.uppcb.com/consent/renewal/feepayment/acknowledgement")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "U.P. POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Online consent management  |  Consent to operate - renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of industry", f"{firm} (carving karkhana)")
        p.pair("Industry ID", f"SRE{digits(rng, 7)}")
        p.pair("Category", "Orange - wood seasoning and carving")
        air = float(rng.choice([5000, 7500, 10000]))
        water = float(rng.choice([2500, 5000]))
        p.pair("Consent fee (air)", rs(air))
        p.pair("Consent fee (water)", rs(water))
        j.amount = air + water
        p.pair(rng.choice(["Total consent fee", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"UPPCB{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Payment date", "Deposit date"], pats)
        foot = "Run the dust collector whenever the carving hall works; the consent depends on it."
    elif frame == "ppqs":
        p = browser_page(rng, font, "pqms.cgg.gov.in/pqms-angular/export/payment/status")
        p.part = "head"
        name = rng.choice(
            ["Directorate of Plant Protection, Quarantine & Storage", "Plant Quarantine Station, Tughlakabad"]
        )
        top(p, name, merchant=name)
        p.add("small", "Department of Agriculture and Farmers Welfare  |  PQMS - phytosanitary certificate")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment initiated - confirmation from the bank awaited, do not pay again"],
            },
        )
        wrap_pair(p, "Name of exporter", firm)
        p.pair("Consignment", "Wooden handicrafts - 1 x 40 ft container")
        fee = float(rng.choice([500, 750, 1000]))
        visit = float(rng.choice([500, 1000]))
        p.pair("Phytosanitary certificate fee", rs(fee))
        p.pair("Inspection fee", rs(visit))
        j.amount = fee + visit
        p.pair(
            rng.choice(["Total fee", "Amount paid"] if status == "success" else ["Total fee", "Amount"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"PQMS{digits(rng, 12)}")])
        date_row(
            p,
            j,
            ["Date of payment", "Payment date"] if status == "success" else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "Keep the fumigation certificate ready; the inspector visits the yard before sealing."
    else:
        p = browser_page(rng, font, "lmup.gov.in/verification/onlinefee/receipt")
        p.part = "head"
        name = rng.choice(["Legal Metrology Department, Uttar Pradesh", "Controller of Legal Metrology, U.P."])
        top(p, name, merchant=name)
        p.add("small", "Government of Uttar Pradesh  |  Verification fee - weighing instruments")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{YARD} ({firm})")
        big = rng.randrange(1, 4)
        hang = rng.randrange(1, 3)
        fee_big = float(big * rng.choice([750, 1000]))
        fee_hang = float(hang * rng.choice([300, 400]))
        p.pair(f"Verification - platform scale 500 kg x {big}", rs(fee_big))
        p.pair(f"Verification - hanging scale 100 kg x {hang}", rs(fee_hang))
        j.amount = fee_big + fee_hang
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"UPLM{digits(rng, 11)}")])
        date_row(p, j, ["Date of payment", "Payment date", "Deposit date"], pats)
        foot = "Bring the scales to the Inspector's office on the day given for stamping."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Fire and allied perils - karkhana, timber and finished stock",
        "browser",
        "stock",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Burglary - brass fittings, tools and machines",
        "mail",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine export open cover - furniture to the port",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - karkhana and yard staff",
        "browser",
        "health",
    ),
    (
        "Zurich Kotak General Insurance Co. Ltd",
        "zurichkotak.com",
        "Money insurance - wage cash in transit",
        "mail",
        "money",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Goods carrying vehicle policy - pickup truck",
        "paper",
        "vehicle",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Workmen's compensation - carvers and polishers",
        "browser",
        "wc",
    ),
    (
        "Future Generali India Insurance Co. Ltd",
        "futuregenerali.in",
        "Machinery breakdown - CNC router and seasoning kiln",
        "mail",
        "machinery",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its karkhana, timber and finished stock, its brass fittings and tools, its export
    consignments to the port, its staff's health, the wage cash carried from the bank, its pickup truck, its
    carvers and polishers and its CNC router and seasoning kiln: the insurers' premium receipts (browser,
    e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / Acknowledgement of
    premium / RECEIPT FOR PREMIUM PAID, Insured / Name of proposer / Policyholder, Policy No., Proposal No. /
    Quotation No., Sum insured - building, timber and stock / Sum insured - fittings and tools / Estimated
    annual exports / Members covered / Cash in transit limit / IDV (insured declared value) / Workers covered
    / Sum insured - router and kiln, Period of cover, Premium (net) or Own damage premium and Liability
    premium, an add-on (Earthquake cover, Theft by employees, War and SRCC cover, Room rent waiver, Cash in
    counter, Engine protect, Occupational disease cover, Expediting expenses), GST @ 18%, the sum: Premium
    received (incl. GST) / Total premium paid / Amount received / Cheque amount / Premium payable / Amount
    payable; then the status: Premium received - policy issued and e-mailed / Payment successful - policy is
    now active / CHEQUE RECEIVED - COVER STARTS ON REALISATION / Premium not received - payment declined by the
    bank, policy not issued; Payment mode, Cheque No., Gateway txn ID / Payment gateway ref., UPI Ref No. /
    Bank Ref No., Receipt No. / Premium receipt No., Date of receipt / Premium received on / Receipt date /
    Cheque deposited on / Attempted on / Declined on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['online', 'pay', 'portal'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" India")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipts@{host}>",
            ["Your premium receipt", "Premium acknowledgement"],
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
            rng.choice(["Branch Office, Court Road, Saharanpur", "Divisional Office, Delhi Road, Meerut"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Acknowledgement of premium", "RECEIPT FOR PREMIUM PAID"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Insured", "Name of proposer", "Policyholder"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '21', '46'])}/26/{digits(rng, 8)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quotation No."]), f"Q{digits(rng, 11)}")
    addon = None
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - building, timber and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - fittings and tools", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Theft by employees", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Estimated annual exports", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("War and SRCC cover", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(14, 48)
        p.pair("Members covered", f"{members} staff and dependants")
        basic = round(members * rng.uniform(7000, 12000), 2)
        addon = ("Room rent waiver", round(members * 350.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 1500000, 50000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.008), 2)
        addon = ("Cash in counter", round(limit * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 880000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"UP-11-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage premium", basic), ("Liability premium", float(rng.choice([16049, 27186])))]
        addon = ("Engine protect", round(idv * 0.002, 2))
    elif kind == "wc":
        workers = rng.randrange(30, 140)
        p.pair("Workers covered", f"{workers} carvers and polishers")
        basic = round(workers * rng.uniform(260, 480), 2)
        addon = ("Occupational disease cover", round(workers * 35.0, 2))
    else:
        insured = float(rng.randrange(2500000, 9000000, 50000))
        p.pair("Sum insured - router and kiln", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Expediting expenses", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of cover", f"1 year from {j.other_day(rng, 1, 6)}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Premium (net)", rs(basic))
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
        "success": ["Premium received (incl. GST)", "Total premium paid", "Amount received"],
        "pending": ["Cheque amount"],
        "failed": ["Premium payable", "Amount payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - policy issued and e-mailed",
                "Payment successful - policy is now active",
            ],
            "pending": ["CHEQUE RECEIVED - COVER STARTS ON REALISATION"],
            "failed": ["Premium not received - payment declined by the bank, policy not issued"],
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
            pid = f"{rng.choice(['PG', 'EPY', 'OL'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway txn ID", "Payment gateway ref."]), pid, txn=(TXN_RANK, pid))
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
            "success": ["Date of receipt", "Premium received on", "Receipt date"],
            "pending": ["Cheque deposited on", "Date of receipt"],
            "failed": ["Attempted on", "Declined on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "The cover is subject to realisation of the premium and to the terms of the policy.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("PANDHOI NAKKASHI KARKHANA", "AMBALA ROAD, SAHARANPUR", "own"),
    ("KALSIA FILLING STATION (HPCL)", "NH-344, SARSAWA", "fuel"),
    ("PANDHOI WOODCRAFT EXPORTS", "CHILKANA ROAD SAHARANPUR UP", "own"),
    ("HOTEL EXPO RESIDENCY", "KNOWLEDGE PARK II, GREATER NOIDA", "hotel"),
    ("PANDHOI FINISHING YARD", "CHILKANA ROAD, SAHARANPUR", "own"),
    ("GHANTAGHAR HARDWARE STORE", "NEAR GHANTAGHAR, SAHARANPUR", "shop"),
    ("PANDHOI NAKKASHI KARKHANA", "SAHARANPUR 247001 UP", "own"),
    ("SHIVALIK VAISHNO DHABA", "NH-307, CHHUTMALPUR", "food"),
]
TERMINALS = [
    "PUNJAB NATIONAL BANK",
    "HPCL",
    "BANK OF BARODA",
    "AXIS BANK",
    "STATE BANK OF INDIA",
    "MSWIPE",
    "UNION BANK OF INDIA",
    "BHARATPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers', designers' and furniture shops' cards on the karkhana's, the company's and the yard's
    terminals, and the company's card at a filling station on NH-344, a Greater Noida hotel in the
    handicrafts fair week, a hardware store and a dhaba on the Dehradun road: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals, TXN DATE: and TXN TIME:
    / DATE: and TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / BILL NO: / ROC NO: / INV
    NO:, SALE, CARD NO:, CARD TYPE:, a fuel sale's PRODUCT:, RATE/LTR:, QTY(LTR):, PUMP NO: and VEH NO:, a
    hotel's FOLIO NO: and ROOM NO:, AUTH CODE: / APPR CODE:, RRN: / RRN NO:, TXN AMT: / AMOUNT: / AMT: / TOTAL:
    / NET AMT:; APPROVED / TXN APPROVED / APPROVED - THANK YOU / DECLINED - 55 INCORRECT PIN / NO RESPONSE FROM
    BANK HOST - VERIFY BEFORE RE-SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=2500, high=140000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4800, 21500, 0.5)
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
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "ROC NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "SALE - CONTACTLESS", "SALE - CHIP"] if j.amount <= 5000 else ["SALE", "SALE - CHIP"]
        ),
    )
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 97.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"UP11{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", digits(rng, 6))
        p.pair("ROOM NO:", str(rng.randrange(101, 612)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["TXN AMT:", "AMOUNT:", "AMT:", "TOTAL:", "NET AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM BANK HOST - VERIFY BEFORE RE-SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, landline, phone, DTH


BILLERS = [
    ("PVVNL", "Paschimanchal Vidyut Vitran Nigam Ltd", "Consumer account No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
]
BILL_APPS = ["UPPCL", "PhonePe", "PNB ONE", "MobiKwik", "UPPCL", "Google Pay", "BHIM", "Paytm"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the yard's electricity (PVVNL), the office broadband (Airtel Xstream Fiber), the
    karkhana's landline (BSNL), the manager's postpaid phone (Vi) and the guest room's DTH (Dish TV) through
    Bharat Connect in PNB ONE and UPI apps (the app on top, the sum large above the status, Biller / Biller
    name / Paid for / Operator as printed, Consumer account No. / Account No. / Telephone No. / Mobile No. / VC
    No., Customer name / Account holder / Name as per biller, Bill period and Due date on some, Paid from
    Current A/c or UPI, Bharat Connect Ref. No. / BBPS Txn Ref / B-Connect Ref ID, UPI Ref No., Transaction ID
    on the failed one, Paid on / Payment time / Completed on / Transaction date & time; Bill paid - biller
    confirmed receipt / Payment successful - bill marked paid / Payment pending with the biller - confirmation
    may take up to 3 working days / Bill payment failed - amount will be refunded to your account) and
    UPPCL's own bill payment page (UPPCL, Uttar Pradesh Power Corporation Ltd or its capitals on top with its
    online bill payment line, Discom PVVNL, Consumer account No., Division / Sub-division, Name of consumer,
    Reading date, Amount paid / Amount received, Payment mode, Transaction ID, Receipt No., Payment date /
    Paid on; Payment successful / Payment received - thank you)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=4000, high=72000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 1899, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 599, 2499, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer account No.": digits(rng, 10),
        "Account No.": f"{rng.choice(['20', '21'])}{digits(rng, 8)}",
        "Telephone No.": f"0132-27{digits(rng, 5)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "UPPCL":
        p = browser_page(rng, font, "consumer.uppcl.org/wss/pay_bill_home/receipt")
        p.part = "head"
        name = rng.choice(["UPPCL", "Uttar Pradesh Power Corporation Ltd", "UTTAR PRADESH POWER CORPORATION LTD"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received - thank you"]})
        p.pair("Discom", rng.choice(["PVVNL", "Paschimanchal Vidyut Vitran Nigam Ltd"]))
        p.pair(idlab, ids)
        p.pair("Division / Sub-division", rng.choice(["EUDD-I Saharanpur / Ambala Road", "EUDD-II / Chilkana Road"]))
        wrap_pair(p, "Name of consumer", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Reading date", j.other_day(rng, -20, -5))
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"UPPCL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 11)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reaches your consumer account within 48 hours.")
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
            "success": ["Bill paid - biller confirmed receipt", "Payment successful - bill marked paid"],
            "pending": ["Payment pending with the biller - confirmation may take up to 3 working days"],
            "failed": ["Bill payment failed - amount will be refunded to your account"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Operator" if which in (2, 3) else rng.choice(["Biller", "Biller name", "Paid for"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Account holder", "Name as per biller"]),
        rng.choice([COMPANY_CAPS, KARKHANA.upper(), "PANDHOI FINISHING YARD"]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill period", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "PNB ONE" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "MobiKwik": "MK", "BHIM": "BH"}.get(
                app, "PN"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Txn Ref", "B-Connect Ref ID"]),
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
        ["Paid on", "Payment time", "Transaction date & time", "Completed on"]
        if status == "success"
        else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "DOON VALLEY CONTAINE",
    "PEST-OUT FUMIGATION",
    "JAGADHRI TIMBER TRAD",
    "SHIVALIK CUSTOMS BRO",
    "MORADABAD BRASS FITT",
    "PASCHIMANCHAL VIDYUT",
    "MOHD IRSHAD",
    "KALSIA SAW MILL",
]
SENDERS = {
    "Punjab National Bank": "AX-PNBSMS",
    "State Bank of India": "JD-SBIINB",
    "Bank of Baroda": "BP-BOBTXN",
    "Union Bank of India": "VK-UNIONB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-PNBSMS /
    JD-SBIINB / BP-BOBTXN / VK-UNIONB, the day divider, each bank's own wording: Punjab National Bank's "A/c
    XX1234 debited INR x on <day> thru <way> to <payee>.", State Bank of India's "Dear SBI User, your A/c
    X1234 debited by Rs.x on <day> by <way> transfer to <payee>.", Bank of Baroda's "Rs.x transferred from A/c
    ...1234 on <day> by <way> to <payee>.", Union Bank of India's UPI "UBI: Rs x sent from A/c XX1234 on <day>
    by UPI to <payee>. Ref <ref>"; a transfer that "was REJECTED by the beneficiary bank - money credited back
    to your A/c." and one that "is UNDER PROCESS at the beneficiary bank; please do not pay again.", the Avl
    Bal line) and two e-mail debit alerts (Canara Bank, HDFC Bank: Beneficiary name / Credited to / Payee (as
    registered), Amount debited (INR) / Amount, Account, Channel, UTR No. / IMPS Ref No., Transaction date /
    Value date / Debited on, Transaction status: Successful / Status: Debited - funds sent to beneficiary)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=8000, high=340000)
    to = ALERT_PAYEES[k]
    if k == 6:
        j.amount = rupees(rng, 2800, 19000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 12000, 72000)
    elif k == 1:
        j.amount = rupees(rng, 6000, 22000)
    if k in (3, 7):
        bank = rng.choice(["Canara Bank", "HDFC Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - online funds transfer", "Money sent from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, this transfer has been debited to your current account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Beneficiary name", "Credited to", "Payee (as registered)"]), to, merchant=to)
        p.pair(rng.choice(["Amount debited (INR)", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            ["Transaction date", "Value date", "Debited on"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"],
        )
        p.add(
            "left",
            rng.choice(["Transaction status: Successful", "Status: Debited - funds sent to beneficiary"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. Report an unknown debit to the bank at once.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Union Bank of India's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Punjab National Bank",
        2: "State Bank of India",
        5: "Bank of Baroda",
        6: "Union Bank of India",
    }.get(k, rng.choice(["Punjab National Bank", "State Bank of India", "Bank of Baroda"]))
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
        if bank == "Union Bank of India":
            p.add("left", f"UBI: Rs {amt} sent from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"by UPI to {to}.", merchant=to, method=method)
        elif bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add("left", f"Dear SBI User, your A/c X{tail} debited by Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Rs.{amt} transferred from A/c ...{tail}", amount=j.amount)
            p.add("left", f"{on.strip()} by {way}".strip(), method=method)
            p.add("left", f"to {to}.", merchant=to)
    else:
        p.add("left", f"{way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was REJECTED by the beneficiary bank - money credited back to your A/c.",
            "pending": "is UNDER PROCESS at the beneficiary bank; please do not pay again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Union Bank of India":
            p.add("left", f"Ref {ref}. Not you? Call 1800 2222 44", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Union Bank of India":
            p.add("small", "-Union Bank of India", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not you? Call the bank immediately", "Report an unknown debit to your branch"]),
            )
    if bank != "Union Bank of India":
        p.add(
            "small",
            {"Punjab National Bank": "-PNB", "State Bank of India": "-SBI"}.get(bank, "-Bank of Baroda"),
        )
    return p.done()


compose = compose158

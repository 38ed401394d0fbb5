"""The twelve heldout207 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Banarasi silk saree weaving house's day in 2026 (Jaitpura Silk Kothi Pvt Ltd, its
kothi and karkhana at Jaitpura and its showroom, Jaitpura Sarees, on Godowlia, Varanasi, Uttar Pradesh), told by
the proofs of payment it receives and makes: saree showrooms' payment advices from Chennai, Kolkata, Hyderabad,
Mumbai, Bengaluru, Jaipur, Patna and Kochi, the showroom's customers' UPI screens and payment links, the online
marketplaces' settlements, sari boutiques abroad's inward wires in US dollars, pounds, Canadian and Singapore
dollars and euros, its own cash memos and money receipts, the handloom weavers' piece wage vouchers and payouts,
the silk reelers', zari makers', tussar yarn house's and dye house's tax invoices, the net-banking transfers to
dyers, jacquard card punchers, finishers, box makers, couriers and the transporter, ESIC's, the GI Registry's,
EPFO's, the Textiles Committee's, the Nagar Nigam's, the Pollution Control Board's and the labour department's fee
pages, card terminal slips, the electricity (PuVVNL), broadband, phone and gas bills and the bank's SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, bills listed on an advice, vendor, PO, seller, shop, loom, design, bene,
employer, establishment, application, licence, house, account, consumer and LPG numbers, sarees, pieces, rates,
marcs, kilos, discounts, debit notes, commissions and fees, peshgi and resham recoveries, TDS, TCS, GST and cess
lines, settlement and contribution periods, wage and bill months, due and delivery days, GSTIN, IFSC, BIC, UETR,
invoice, courier shipping bill and e-way bill numbers, MID, TID, batch and STAN numbers, a Banking name line, the
maker and the authoriser and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``compose`` is heldout158's.
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
from bench.receipt_sets.heldout123_families import place
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

COMPANY = "Jaitpura Silk Kothi Pvt Ltd"
COMPANY_CAPS = "JAITPURA SILK KOTHI PVT LTD"
SHORT = "Jaitpura Silk Kothi"
SHOWROOM = "Jaitpura Sarees"
# unit, address, GST state code
UNITS = [
    ("Kothi and karkhana", "J-12/86, Jaitpura, Varanasi - 221001, Uttar Pradesh", "09"),
    ("Showroom", "D-37/41, Godowlia Crossing, Varanasi - 221001, Uttar Pradesh", "09"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Punjab National Bank",
    "State Bank of India",
    "Bank of Baroda",
    "Union Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Indian Bank",
    "Kotak Mahindra Bank",
    "Canara Bank",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "Federal Bank": "FDRL",
    "Bank of India": "BKID",
}
DOMAINS = {
    "Punjab National Bank": "pnb",
    "State Bank of India": "sbi",
    "Bank of Baroda": "bankofbaroda",
    "Union Bank of India": "unionbankofindia",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "Axis Bank": "axisbank",
}
# what a weaving house sells: the saree, its weaving charge per piece (low, high), its price to a dealer (low, high)
SAREES = [
    ("Katan silk saree - kadhua butidar", 3200, 6500, 9500, 24000),
    ("Banarasi tanchoi saree", 2200, 3800, 6200, 14500),
    ("Cotton-silk jamdani saree", 1400, 2400, 3800, 9200),
    ("Kora organza saree - zari booti", 1600, 2800, 4200, 11800),
    ("Georgette saree - meenakari jaal", 1800, 3200, 5200, 13800),
    ("Katan silk dupatta - zari border", 700, 1200, 1800, 4600),
    ("Tussar Banarasi saree - jangla", 2000, 3400, 4600, 10500),
    ("Bridal Banarasi saree - real zari kadhua", 9000, 16000, 32000, 85000),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Buyer / Details of receiver: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
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
    return DOMAINS.get(bank, bank.split()[0].lower())


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. saree showrooms' payment advices


DEALERS = [
    ("Kanchana Silks & Sarees Pvt Ltd", "accounts@kanchanasilks.in", "Pondy Bazaar, T. Nagar, Chennai"),
    ("Burrabazar Saree Nikunj", "payments@sareenikunj.com", "Kalakar Street, Burrabazar, Kolkata"),
    ("Charminar Bridal Emporium LLP", "ap@charminarbridal.in", "Pathergatti, Hyderabad"),
    ("Dadar Vastra Bhandar Pvt Ltd", "finance@dadarvastra.co.in", "Ranade Road, Dadar West, Mumbai"),
    ("Chickpet Silk House", "silkhouse.accounts@gmail.com", "Avenue Road, Chickpet, Bengaluru"),
    ("Johari Bazaar Poshak Kendra", "accounts@poshakkendra.in", "Johari Bazaar, Jaipur"),
    ("Fraser Road Vastralaya Pvt Ltd", "vendorpay@frvastralaya.in", "Fraser Road, Patna"),
    ("Broadway Kasavu & Silks", "payables@broadwaysilks.in", "Broadway, Ernakulam, Kochi"),
]
DEALER_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def dealer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree showrooms across the country paying for lots of Banarasi sarees bought from the house: a payment
    advice e-mail, a printed VENDOR PAYMENT ADVICE / PAYMENT ADVICE - SAREE PURCHASES / Remittance details and a
    showroom's vendor portal page (the showroom on top with its desk line, Vendor name / Credited to (supplier) /
    Supplier / beneficiary the house, Vendor code and Against PO (no fact), the house's bills with their pieces and
    sums, Gross bills, Less: TDS u/s 194Q @ 0.1%, Less: Cash discount @ 2% (paid in 30 days) and Less: Debit note -
    n sarees returned on some, Net amount transferred / Amount paid to you / Net settled amount (Net amount payable
    on the hold), Payment mode NEFT / RTGS / IMPS, Credited to bank A/c, UTR / Bank UTR / IMPS Ref No., Payment advice
    No. / Payment document No., Transfer date / Settlement date / Paid on / Advice date / Prepared on / Returned on /
    Date of return; Status: Transferred / Payment sent to your bank account / Held - sarees under quality check at
    our godown / Returned by bank - beneficiary name does not match)."""
    k = place("dealer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    buyer, mail, city = DEALERS[k]
    frame = DEALER_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released - {SHORT}", "Remittance details"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payment-advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts - Creditors', 'Purchase (Sarees) Desk', 'Finance & Accounts'])}, {city}",
    )
    p.add(
        "center",
        rng.choice(["VENDOR PAYMENT ADVICE", "PAYMENT ADVICE - SAREE PURCHASES", "Remittance details"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(
        p,
        rng.choice(["Vendor name", "Credited to (supplier)", "Supplier / beneficiary"]),
        payee,
        merchant=payee,
    )
    p.pair("Vendor code", f"{rng.choice(['V', 'SUP', 'VNS'])}{digits(rng, 5)}")
    p.pair("Against PO", f"{rng.choice(['PO', 'PUR'])}/{rng.randrange(100, 9999)}/{fy(j.date)}")
    p.add(
        "left", rng.choice(["Your bills settled", "Bills covered by this payment", "Against your invoices"])
    )
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        _, _, _, lo, hi = rng.choice(SAREES)
        pcs = rng.randrange(4, 30)
        value = round(pcs * rng.randrange(lo, hi, 50), 2)
        gross += value
        p.pair(f"JSK/{fy(j.date)}/{rng.randrange(1, 999):04d}  {pcs} pcs", rs(value))
    gross = round(gross, 2)
    p.pair("Gross bills", rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    disc = round(gross * 0.02, 2) if rng.random() < 0.4 else 0.0
    if disc:
        p.pair("Less: Cash discount @ 2% (paid in 30 days)", rs(disc))
    note = 0.0
    if rng.random() < 0.35:
        n = rng.randrange(1, 4)
        _, _, _, lo, hi = rng.choice(SAREES[:5])
        note = float(n * rng.randrange(lo, hi, 50))
        p.pair(f"Less: Debit note - {n} saree{'s' if n > 1 else ''} returned", rs(note))
    j.amount = round(gross - tds - disc - note, 2)
    lab = {
        "success": ["Net amount transferred", "Amount paid to you", "Net settled amount"],
        "pending": ["Net amount payable"],
        "failed": ["Net amount", "Net remittance"],
    }[status]
    lab = rng.choice(lab)
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Paid by"]), way, method="netbanking")
    wrap_pair(p, "Credited to bank A/c", account(rng, BANKS[:4]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "Bank UTR"])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PD', '15'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment advice No.", "Payment document No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Transferred", "Payment sent to your bank account"],
            "pending": ["Held - sarees under quality check at our godown"],
            "failed": ["Returned by bank - beneficiary name does not match"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Transfer date", "Settlement date", "Paid on"],
            "pending": ["Advice date", "Prepared on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "This is a system generated advice. Please match it against your ledger; queries within 7 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. the showroom's customers: UPI and links


SHOWROOM_APPS = ["Google Pay", "PhonePe", "Instamojo", "Paytm", "Amazon Pay", "BHIM", "Cashfree", "Navi"]
LINK_PAYERS = {
    "Instamojo": ["Ritu Agarwal, Lucknow", "Meenakshi Subramanian, Chennai"],
    "Cashfree": ["Dr. Sunanda Mishra, Pune", "Farah Naaz, Bhopal"],
}
SHOWROOM_NOTES = [
    "Katan saree",
    "Tanchoi saree - maroon",
    "Advance - bridal saree",
    "2 dupattas",
    "Organza saree + fall pico",
    "Jamdani saree",
    "Balance on delivery",
]
UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Amazon Pay": ["UPI Ref. No.", "UPI Reference ID"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "Navi": ["UPI transaction ID", "UTR"],
}


def showroom_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers, tourists and small dealers paying the Godowlia showroom: six UPI screens (Google Pay, PhonePe,
    Paytm, Amazon Pay, BHIM, Navi: the showroom under Paid to / To / Sent to / Paying to, its UPI ID, a Banking
    name line on some, the sum large, UPI transaction ID / UTR / UPI Ref. No. / UPI Reference No. / UPI Reference ID
    / UPI Ref No, the app's own Transaction ID / Google transaction ID on some, Debited from / From / Bank account,
    Date & time / Paid on / Completed on / Initiated on; Payment declined - UPI PIN tries exceeded / Payment
    pending - bank yet to confirm, do not pay again) and two payment links (Instamojo, Cashfree: the house or the
    showroom on top, Buyer name / Paid by / Customer name, Payment for / Purpose, Instamojo's Payment ID MOJO...,
    Cashfree's Order ID and CF Payment ID, UPI RRN / Bank reference no. or Auth code, Paid on / Payment date;
    Payment successful / Thank you! Payment received / Payment completed)."""
    k = place("showroom_upi")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=900, high=95000, p_round=0.8)
    app = SHOWROOM_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Instamojo", "Cashfree"):
        to = rng.choice([COMPANY, SHOWROOM, SHORT])
        url = (
            f"imjo.in/{code(rng, 6, ALNUM + LOWER)}"
            if app == "Instamojo"
            else f"payments.cashfree.com/forms/jaitpura-{rng.choice(['bridal', 'sarees', 'orders'])}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Pure Banarasi handloom sarees - Godowlia, Varanasi", "Weavers since 1952"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Thank you! Payment received", "Payment completed"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        payer = rng.choice(LINK_PAYERS[app])
        wrap_pair(
            p,
            rng.choice(["Buyer name", "Paid by"] if app == "Instamojo" else ["Customer name", "Paid by"]),
            payer,
        )
        wrap_pair(p, rng.choice(["Payment for", "Purpose"]), rng.choice(SHOWROOM_NOTES))
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Instamojo":
                pid = f"MOJO{rng.randrange(5, 7)}{digits(rng, 3)}{code(rng, 1, UPPER)}{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                oid = f"JSK{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                cid = digits(rng, 10)
                p.pair("CF Payment ID", cid, txn=(TXN_RANK, cid))
            if way == "UPI":
                p.pair(
                    "UPI RRN" if app == "Instamojo" else "Bank reference no.", j.ref, txn=(UTR_RANK, j.ref)
                )
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Instamojo" if app == "Instamojo" else "Powered by Cashfree Payments")
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), SHORT])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Amazon Pay": "amazon pay"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent"],
            "failed": ["Payment declined - UPI PIN tries exceeded"],
            "pending": ["Payment pending - bank yet to confirm, do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"jaitpurasarees{rng.choice(['', '.vns', '1'])}@{rng.choice(['pnb', 'ybl', 'okhdfcbank', 'paytm'])}",
        method="UPI",
    )
    if app in ("Paytm", "PhonePe", "BHIM") and rng.random() < 0.5:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOWROOM_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(rng.choice(["Debited from", "From", "Bank account"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 3. the online marketplaces' settlements


# platform, frame, host or sender, seller labels, id label
MARKETS = [
    (
        "amazon seller central",
        "browser",
        "sellercentral.amazon.in/payments/event/view",
        ["Seller name", "Disbursed to"],
        "Seller ID",
    ),
    (
        "Flipkart Seller Hub",
        "mail",
        "Flipkart Seller Hub <noreply@flipkart.com>",
        ["Seller", "Account holder"],
        "Seller ID",
    ),
    (
        "Myntra Partner Portal",
        "browser",
        "partners.myntra.com/finance/payments",
        ["Partner name", "Seller name"],
        "Partner code",
    ),
    (
        "Meesho Supplier Panel",
        "mail",
        "Meesho Supplier Panel <payments@meesho.com>",
        ["Supplier name", "Supplier"],
        "Supplier ID",
    ),
    ("Etsy", "mail", "Etsy <transaction@etsy.com>", ["Account holder", "Deposited to"], "Shop"),
    (
        "amazon seller central",
        "mail",
        "Amazon Seller Central <payments-noreply@amazon.in>",
        ["Seller name", "Payee (seller)"],
        "Merchant token",
    ),
    (
        "Tata CLiQ Seller Portal",
        "browser",
        "seller.tatacliq.com/payments/settlement",
        ["Seller name", "Payee (seller)"],
        "Seller code",
    ),
    (
        "Flipkart Seller Hub",
        "browser",
        "seller.flipkart.com/index.html#dashboard/payments/settled",
        ["Seller", "Seller name"],
        "Seller ID",
    ),
]
# platform: (commission % range, fixed fee per order, shipping per order range)
MARKET_FEES = {
    "amazon seller central": ((8.0, 12.0), 41.0, (55, 95), "Referral fee", "Closing fee", "Easy Ship fee"),
    "Flipkart Seller Hub": ((9.0, 14.0), 25.0, (48, 85), "Commission fee", "Fixed fee", "Shipping fee"),
    "Myntra Partner Portal": ((18.0, 24.0), 30.0, (60, 90), "Commission", "Fixed fee", "Logistics fee"),
    "Meesho Supplier Panel": ((0.0, 0.0), 0.0, (0, 0), "", "", ""),
    "Tata CLiQ Seller Portal": (
        (14.0, 20.0),
        35.0,
        (60, 100),
        "Commission",
        "Payment gateway fee",
        "Shipping fee",
    ),
}


def marketplace_settlements(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The online marketplaces settling the house's Banarasi saree store (Amazon's Seller Central in a browser and
    its e-mail, Flipkart's Seller Hub in a browser and its e-mail, Myntra's Partner Portal and Tata CLiQ's Seller
    Portal in a browser, Meesho's Supplier Panel and Etsy's deposit e-mails): the panel on top and its line,
    Settled / Payment transferred / Status: Paid to bank, Seller name / Disbursed to / Payee (seller) / Seller /
    Account holder / Partner name / Supplier name / Supplier / Deposited to the house, Seller ID / Partner code /
    Supplier ID / Merchant token / Shop (no fact), Settlement period / Orders delivered between, Orders, Sale amount /
    Gross sales (incl. GST) / Sales, Less: Referral fee / Commission fee / Commission / Transaction fees @ n%, Closing
    fee / Fixed fee / Payment gateway fee / Listing fees, Easy Ship fee / Shipping fee / Logistics fee, Less: Returns
    and RTO charges on some, Less: GST @ 18% on fees, Less: TCS under GST (0.5%), Less: TDS u/s 194-O (0.1%), Net
    settlement / Amount disbursed / Bank settlement value / Payment amount / Net payout / Deposit amount, Bank
    account, Mode NEFT, UTR / NEFT UTR / UTR No., Settlement ID / Payment reference / Disbursement ID / Deposit ID,
    Transfer date / Settled on / Deposit date / Disbursement date / Initiated on / Failed on; Payment initiated -
    credit to your bank in 2-3 working days / Transfer failed - bank account could not be verified)."""
    k = place("marketplace_settlements")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    name, frame, where, labels, idlab = MARKETS[k]
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    if frame == "mail":
        subjects = {
            "Etsy": ["Your Etsy Payments deposit", "Etsy Payments - deposit sent"],
        }.get(name, ["Payment settlement advice", "Your payment has been processed", "Settlement summary"])
        p = mail_page(rng, font, where, subjects)
    else:
        p = browser_page(rng, font, f"{where}/{code(rng, 10, ALNUM)}")
    p.part = "head"
    top(p, name)
    p.add(
        "small",
        {
            "Etsy": "Etsy Payments  |  Deposit summary",
            "Meesho Supplier Panel": "Payments  |  Settlement summary",
        }.get(name, rng.choice(["Payments  |  Settlement details", "Payments  |  Disbursement details"])),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Settled", "Payment transferred", "Status: Paid to bank"],
            "pending": ["Payment initiated - credit to your bank in 2-3 working days"],
            "failed": ["Transfer failed - bank account could not be verified"],
        },
    )
    seller = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(p, rng.choice(labels), seller, merchant=seller)
    p.pair(
        idlab,
        "JaitpuraHandwoven"
        if idlab == "Shop"
        else f"A{code(rng, 12, ALNUM)}"
        if idlab == "Merchant token"
        else f"{rng.choice(['SLR', 'JSK', 'VNS'])}{digits(rng, 6)}",
    )
    if not j.no_day:
        start = earlier(rng, j, 8, 18)
        end = earlier(rng, j, 2, 7)
        p.pair(
            rng.choice(["Settlement period", "Orders delivered between"]),
            f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}",
        )
    orders = rng.randrange(3, 28)
    p.pair("Orders", str(orders))
    sale = round(sum(rng.randrange(2400, 16500, 10) for _ in range(orders)) * 1.0, 2)
    if name == "Etsy":
        p.pair("Sales", rs(sale))
        fee = round(sale * 0.065, 2)
        p.pair("Less: Transaction fees @ 6.5%", rs(fee))
        proc = round(sale * 0.03 + orders * 25, 2)
        p.pair("Less: Payment processing fees", rs(proc))
        listing = round(orders * rng.choice([16.5, 17.2, 18.4]), 2)
        p.pair("Less: Listing fees", rs(listing))
        fees = fee + proc + listing
        gst = round(fees * 0.18, 2)
        p.pair("Less: GST @ 18% on fees", rs(gst))
        j.amount = round(sale - fees - gst, 2)
        net_labels = ["Deposit amount", "Amount deposited"]
    elif name == "Meesho Supplier Panel":
        sale = round(sale * 0.55, 2)
        p.pair("Gross sales (incl. GST)", rs(sale))
        rto = float(rng.randrange(0, 4) * rng.choice([120, 145, 160]))
        if rto:
            p.pair("Less: Returns and RTO charges", rs(rto))
        tcs = round(sale / 1.05 * 0.005, 2)
        tds = round(sale / 1.05 * 0.001, 2)
        p.pair("Less: TCS under GST (0.5%)", rs(tcs))
        p.pair("Less: TDS u/s 194-O (0.1%)", rs(tds))
        j.amount = round(sale - rto - tcs - tds, 2)
        net_labels = ["Net payout", "Bank settlement value"]
    else:
        (lo, hi), fixed, ship, c_lab, f_lab, s_lab = MARKET_FEES[name]
        p.pair(rng.choice(["Sale amount", "Gross sales (incl. GST)"]), rs(sale))
        pct = round(rng.uniform(lo, hi), 1)
        comm = round(sale * pct / 100, 2)
        p.pair(f"Less: {c_lab} @ {pct:g}%", rs(comm))
        fix = round(fixed * orders, 2)
        p.pair(f"Less: {f_lab}", rs(fix))
        shp = round(orders * rng.uniform(*ship), 2)
        p.pair(f"Less: {s_lab}", rs(shp))
        rto = float(rng.randrange(0, 3) * rng.choice([95, 130])) if rng.random() < 0.4 else 0.0
        if rto:
            p.pair("Less: Returns and RTO charges", rs(rto))
        gst = round((comm + fix + shp + rto) * 0.18, 2)
        p.pair("Less: GST @ 18% on fees", rs(gst))
        tcs = round(sale / 1.05 * 0.005, 2)
        tds = round(sale / 1.05 * 0.001, 2)
        p.pair("Less: TCS under GST (0.5%)", rs(tcs))
        p.pair("Less: TDS u/s 194-O (0.1%)", rs(tds))
        j.amount = round(sale - comm - fix - shp - rto - gst - tcs - tds, 2)
        net_labels = ["Net settlement", "Amount disbursed", "Bank settlement value", "Payment amount"]
    if status == "failed":
        net_labels = [lab for lab in net_labels if lab not in ("Amount disbursed", "Amount deposited")]
    p.pair(rng.choice(net_labels), rs(j.amount), amount=j.amount)
    wrap_pair(p, "Bank account", account(rng, BANKS[:3]))
    p.pair("Mode", "NEFT", method="netbanking")
    if not j.no_ref:
        if status == "success" and name != "Etsy":
            ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank"]), "NEFT")
            p.pair(rng.choice(["UTR", "NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        sid = f"{rng.choice(['STL', 'PAY', 'DSB'])}{digits(rng, 11)}" if name != "Etsy" else digits(rng, 10)
        lab = (
            "Deposit ID"
            if name == "Etsy"
            else rng.choice(["Settlement ID", "Payment reference", "Disbursement ID"])
        )
        p.pair(lab, sid, txn=(TXN_RANK, sid))
    date_row(
        p,
        j,
        {
            "success": ["Transfer date", "Settled on", "Deposit date", "Disbursement date"],
            "pending": ["Initiated on"],
            "failed": ["Failed on"],
        }[status],
        ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%b {d}, %Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "Update your bank details under Settings to avoid failed transfers."
        if status == "failed"
        else "Etsy fees are billed in your monthly statement; see Finances > Payment account."
        if name == "Etsy"
        else "TCS and TDS are reflected in your GSTR-2B and Form 26AS; the tax invoice for fees is in Reports.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. sari boutiques abroad: inward wires


BOUTIQUES = [
    ("Lotus Sari Boutique Inc", "Jackson Heights, NY, USA", "USD", "Citibank NA, New York"),
    ("Silk Route Bridal Ltd", "Wembley, London, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Gerrard Street Sari Palace Inc", "Toronto, ON, Canada", "CAD", "Royal Bank of Canada"),
    ("Serangoon Silks Pte Ltd", "Little India, Singapore", "SGD", "DBS Bank Ltd"),
    ("Maison de la Soie Indienne SARL", "Paris, France", "EUR", "Societe Generale"),
    ("Belgrave Road Textiles Ltd", "Leicester, United Kingdom", "GBP", "NatWest Bank plc"),
    ("Devon Avenue Saree Center LLC", "Chicago, IL, USA", "USD", "BMO Bank NA"),
    ("Amsterdam Handloom Atelier BV", "Amsterdam, Netherlands", "EUR", "ABN AMRO Bank NV"),
]
WIRE_FRAMES = [
    ("State Bank of India", "paper"),
    ("Punjab National Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("Bank of Baroda", "browser"),
    ("ICICI Bank", "paper"),
    ("Union Bank of India", "mail"),
    ("Axis Bank", "browser"),
    ("Punjab National Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "CAD": (61.5, 64.8),
    "SGD": (64.2, 67.9),
}


def dollars(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros, a code or sign for Canadian
    and Singapore dollars."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice({"CAD": ["CAD ", "C$", "CAD "], "SGD": ["SGD ", "S$", "SGD "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Sari boutiques in the US, Britain, Canada, Singapore and Europe paying for couriered lots of Banarasi sarees:
    the bank's inward remittance advices (browser, e-mail, printed INWARD REMITTANCE ADVICE / Credit advice -
    foreign inward remittance / Export proceeds - credit advice: the bank on top with its forex desk, Beneficiary
    customer / Credit to (exporter) / Beneficiary name the house, Beneficiary A/c, Ordering customer / Remitter,
    Remitter's bank, Inward remittance amount / Amount in FCY / FCY amount received in USD, GBP, CAD, SGD or EUR,
    Charges, Exchange rate, Rupee equivalent, Bank charges incl. GST, Amount credited (INR), Purpose code, Export
    invoice No., CSB-V No., Mode, Inward ref. No. / IRM reference / Our ref., UETR, Value date / Credited on / Date of
    credit / Received on / Held since / Returned on; Inward remittance credited to your account / Status: Credited -
    IRM issued / Held - purpose code and invoice copy awaited from beneficiary / Returned to remitting bank - account
    name mismatch)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, city, cur, pbank = BOUTIQUES[k]
    j.amount = (
        round(rng.uniform(1500, 38000), 2) if rng.random() < 0.6 else float(rng.randrange(15, 380) * 100)
    )
    show = dollars(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.varanasi@{slug(bank)}.co.in>",
            [
                "Inward remittance - credit advice",
                "Foreign inward remittance received",
                "SWIFT inward credit",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.co.in/inward/remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Branch, Varanasi Cantonment",
                "International Banking Unit, Sigra, Varanasi",
                "Trade Services Desk, Lahurabir, Varanasi",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE",
                "Credit advice - foreign inward remittance",
                "Export proceeds - credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Inward remittance credited to your account", "Status: Credited - IRM issued"],
            "pending": ["Held - purpose code and invoice copy awaited from beneficiary"],
            "failed": ["Returned to remitting bank - account name mismatch"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary customer", "Credit to (exporter)", "Beneficiary name"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, "Remitter's bank", pbank)
    p.pair(
        rng.choice(["Inward remittance amount", "Amount in FCY", "FCY amount received"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("Rupee equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 750])) * 1.18, 2)
    p.pair("Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    p.pair("Export invoice No.", f"JSK/EXP/{rng.randrange(1, 199):03d}/{fy(j.date)}")
    if rng.random() < 0.5:
        p.pair("CSB-V No.", f"{digits(rng, 7)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'INW'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM reference", "Our ref."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-8{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credited on", "Date of credit"],
            "pending": ["Received on", "Held since"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add("small", "Report the IRM against your courier shipping bill on the EDPMS to close the export.")
    return p.done()


# ---------------------------------------------------------------- 5. the house's own memos and money receipts


CUSTOMERS = [
    "Smt. Kavita Srivastava, Sigra",
    "Shri Anurag Tripathi (bridal order)",
    "Mrs. Lakshmi Narayanan, Chennai",
    "Ms. Pooja Kesarwani, Prayagraj",
    "Sharma Saree Centre, Mirzapur",
    "Mrs. Aditi Banerjee, Kolkata",
    "Shri Harish Chaurasia, Lanka",
    "Gupta Vastra Bhandar, Ghazipur",
]
RECEIPT_WAYS = ["UPI", "NEFT", "cash", "card", "cheque", "UPI", "cash", "cheque"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's own CASH MEMO CUM RECEIPT / MONEY RECEIPT / ADVANCE RECEIPT - BRIDAL ORDER to showroom customers
    and small dealers (paper: the house or the showroom on top with its line, address and GSTIN; Memo No. /
    Receipt No. / R. No., Date / Dated / Receipt date, Customer / Received from Smt./Shri / Party name (no fact), the
    sarees with their prices and Total or Order value / Bill amount, Cash received / Received in cash / Received via
    UPI QR / Received by UPI / Received by NEFT / Card payment received / Received by card / Cheque amount / By
    cheque or Advance received, Balance on delivery / Balance due, Delivery on, Mode, UPI Ref. No. / UTR / Approval
    code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / ADVANCE RECEIVED - ORDER BOOKED / CHEQUE
    RECEIVED - DELIVERY AFTER CLEARANCE / CHEQUE DISHONOURED - ORDER ON HOLD, the rubber stamp) and two of the accounts
    desk's payment acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=3000, high=240000, p_round=0.9)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT, SHOWROOM])
    way = RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 3000, 95000, 0.8)
    part = rng.random() < 0.5
    bill = round(j.amount * rng.uniform(1.3, 3.0), -2) if part else j.amount
    if k in (1, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@jaitpurasilk.in>",
            ["Payment received - thank you", "Receipt for your order", "Money receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Showroom: Godowlia, Varanasi  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Weavers and sellers of pure Banarasi handloom sarees - katan | kadhua | tanchoi",
            UNITS[1][1],
            UNITS[1][2],
            ["CASH MEMO CUM RECEIPT", "MONEY RECEIPT"] + (["ADVANCE RECEIPT - BRIDAL ORDER"] if part else []),
        )
    if not j.no_ref:
        rno = f"{rng.choice(['GD', 'MR', 'JS'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Memo No.", "Receipt No.", "R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Customer", "Received from Smt./Shri", "Party name"]), CUSTOMERS[k])
    # the sarees on the memo where one kind at its showroom price makes up the bill
    fits = [(item, n) for item, _, _, lo, hi in SAREES for n in (1, 2, 3) if lo * 1.3 <= bill / n <= hi * 1.6]
    if fits and rng.random() < 0.6:
        item, n = rng.choice(fits)
        p.pair(f"{item}  x {n}", rs(bill))
    p.pair(rng.choice(["Order value", "Bill amount", "Total"]), rs(bill))
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "By cheque"])
    elif part and rng.random() < 0.5:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received via UPI QR", "Received by UPI"]),
            "NEFT": "Received by NEFT",
            "card": rng.choice(["Card payment received", "Received by card"]),
        }[way]
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair(rng.choice(["Balance on delivery", "Balance due"]), rs(round(bill - j.amount, 2)))
        if not j.no_day:
            p.pair("Delivery on", j.other_day(rng, 6, 45))
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"] + (
        ["ADVANCE RECEIVED - ORDER BOOKED"] if lab == "Advance received" else []
    )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - DELIVERY AFTER CLEARANCE",
        "failed": "CHEQUE DISHONOURED - ORDER ON HOLD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Pure silk is checked with the Silk Mark tag. Cheques subject to realisation.")
    if k not in (1, 5):
        right(p, f"For {SHORT} - Cashier")
        p.add("gap")
        seal(p, SHOWROOM, "GODOWLIA, VARANASI", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. the handloom weavers' piece wages and payouts


WEAVERS = [
    ("Mohd. Shamim Ansari", "Katan kadhua"),
    ("Ramesh Prasad Maurya", "Tanchoi"),
    ("Abdul Qadir Ansari", "Kora organza"),
    ("Naseem Ahmad", "Georgette meenakari"),
    ("Shabana Bano", "Nari bharai (pirn winding)"),
    ("Lalji Prajapati", "Tussar jangla"),
    ("Md. Irfan Ansari", "Bridal kadhua"),
    ("Sunil Kumar Pal", "Dupatta"),
]
WAGE_FRAMES = ["paper", "gpay", "paper", "bulk", "paper", "cashfree", "paper", "phonepe"]
WEAVE = {
    "Katan kadhua": 0,
    "Tanchoi": 1,
    "Kora organza": 3,
    "Georgette meenakari": 4,
    "Tussar jangla": 6,
    "Bridal kadhua": 7,
    "Dupatta": 5,
}


def weaver_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying the handloom weavers who weave its sarees at their own looms, and the women who fill the
    pirns: its printed WEAVING CHARGES VOUCHER (PER PIECE) / BUNKAR MAZDOORI PARCHI (WAGE SLIP) / KARIGAR PAYMENT
    VOUCHER - HANDLOOM (the house on top, Voucher No. / Parchi No. / Vr. No., Date / Voucher date / Parchi date,
    Bunkar (weaver) / Name of weaver / Paid to (karigar), Loom No. and Design No. (no fact), Mohalla, the sarees
    woven n pc x rate or the kilos of pirns filled, Add: Meenakari extra, Gross mazdoori, Less: Peshgi (advance)
    adjusted, Less: Resham short - n g @ rate, Net mazdoori paid / Amount paid to weaver / Net payable - paid, Mode
    Cash / UPI / IMPS; PAID / PAID - RECEIVED BY BUNKAR / PAID - THUMB IMPRESSION TAKEN), a bulk upload's record (PNB
    Corporate Internet Banking: Beneficiary name, Amount, Record No., Bank reference No., Uploaded on; File accepted -
    credit to beneficiary awaited), Cashfree Payouts' transfer page (Cashfree Payments on top, Payouts - the house
    under it, the sum large, Beneficiary name / Beneficiary, Bene ID, Transfer mode, Reference ID, Failed on /
    Reversed on; Transfer status: REVERSED - beneficiary bank rejected) and a Google Pay and a PhonePe screen."""
    k = place("weaver_wages")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1800, high=24000, p_round=0.9)
    who, weave = WEAVERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, f"payouts.cashfree.com/transfers/{digits(rng, 9)}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"failed": ["Transfer status: REVERSED - beneficiary bank rejected"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), who, merchant=who)
        p.pair("Bene ID", f"bunkar{rng.randrange(10, 400)}")
        p.pair("Transfer mode", "IMPS", method="netbanking")
        p.pair("Remarks", rng.choice(["Weaving charges", "Mazdoori - katan", "Saree weaving wages"]))
        if not j.no_ref:
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
        date_row(p, j, ["Failed on", "Reversed on"], hour=True)
        p.part = "foot"
        p.add("small", "Reversed transfers are credited back to your payouts balance.")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, f"corp.netpnb.com/bulkpayment/record/{digits(rng, 8)}")
        p.part = "head"
        top(p, "PNB Corporate Internet Banking")
        p.add("small", "Punjab National Bank  |  Bulk payment - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"pending": ["File accepted - credit to beneficiary awaited"]})
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        ben = rng.choice(["Punjab National Bank", "State Bank of India", "Union Bank of India"])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "NEFT", method="netbanking")
        p.pair("Record No.", f"{rng.randrange(1, 60)} of {rng.randrange(60, 140)}")
        if not j.no_ref:
            tr = f"PNBBLK{digits(rng, 10)}"
            p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Uploaded on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are credited back to the debit account.")
        return p.done()
    if frame in ("gpay", "phonepe"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction Successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'axl'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Mazdoori - 2 sarees", "Peshgi", "Weaving charges", "Nari bharai"]))
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
            else:
                own = f"T{j.date:%y%m%d}{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Punjab National Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        "Kothi and karkhana - Jaitpura",
        UNITS[0][1],
        UNITS[0][2],
        [
            "WEAVING CHARGES VOUCHER (PER PIECE)",
            "BUNKAR MAZDOORI PARCHI (WAGE SLIP)",
            "KARIGAR PAYMENT VOUCHER - HANDLOOM",
        ],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'BP', 'KV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Parchi No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Parchi date"], PATS_IN)
    wrap_pair(p, rng.choice(["Bunkar (weaver)", "Name of weaver", "Paid to (karigar)"]), who, merchant=who)
    p.pair(
        "Mohalla", rng.choice(["Madanpura", "Lallapura", "Bajardiha", "Alaipura", "Sarai Mohana", "Lohta"])
    )
    way = "Cash" if k in (0, 4) else rng.choice(["UPI", "IMPS", "Cash"])
    if weave in WEAVE:
        _, lo, hi, _, _ = SAREES[WEAVE[weave]]
        p.pair("Loom No.", f"L-{rng.randrange(1, 60)}")
        p.pair("Design No.", f"D-{rng.randrange(1000, 9999)}")
        rate = float(rng.randrange(lo, hi, 50))
        n = max(1, min(6, round(j.amount / rate)))
        gross = round(n * rate, 2)
        p.pair(f"{SAREES[WEAVE[weave]][0]}  {n} pc x {rate:,.2f}", rs(gross))
        extra = float(rng.choice([0, 0, 300, 500, 800]))
        if extra:
            p.pair("Add: Meenakari extra", rs(extra))
            gross += extra
    else:
        kg = round(rng.uniform(18, 70), 1)
        rate = float(rng.choice([95, 110, 120, 135]))
        gross = round(kg * rate, 2)
        p.pair(f"Pirns filled  {kg:.1f} kg x {rate:.2f}", rs(gross))
        extra = 0.0
    p.pair("Gross mazdoori", rs(gross))
    adv = float(rng.choice([0, 500, 1000, 2000])) if gross > 3000 else 0.0
    if adv:
        p.pair("Less: Peshgi (advance) adjusted", rs(adv))
    short = 0.0
    if weave in WEAVE and rng.random() < 0.35:
        grams = rng.randrange(20, 140, 5)
        per = float(rng.choice([5.5, 6.0, 6.5]))
        short = round(grams * per, 2)
        p.pair(f"Less: Resham short - {grams} g @ {per:.2f}", rs(short))
    j.amount = round(gross - adv - short, 2)
    p.pair(
        rng.choice(["Net mazdoori paid", "Amount paid to weaver", "Net payable - paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED BY BUNKAR"] + (
        ["PAID - THUMB IMPRESSION TAKEN"] if way == "Cash" else []
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of bunkar")
    return p.done()


# ---------------------------------------------------------------- 7. silk, zari, tussar and dye suppliers' invoices


SUPPLIERS = [
    (
        "Ramanagara Silk Reelers Pvt Ltd",
        "Mulberry raw silk | Twisted silk yarn for handlooms",
        "KIADB Industrial Area, Ramanagara - 562159, Karnataka",
        "29",
        "RSR",
    ),
    (
        "Surat Zari Udyog LLP",
        "Real zari | Tested zari | Metallic yarns",
        "Udhna Magdalla Road, Surat - 395017, Gujarat",
        "24",
        "SZU",
    ),
    (
        "Bhagalpur Tussar Yarn House",
        "Tussar, ghicha and katia yarns",
        "Champanagar, Nathnagar, Bhagalpur - 812006, Bihar",
        "10",
        "BTY",
    ),
    (
        "Kashi Rang Rasayan",
        "Acid dyes for silk | Auxiliaries | Degumming agents",
        "K-58/12, Chowk, Varanasi - 221001, Uttar Pradesh",
        "09",
        "KRR",
    ),
]
# item, HSN, unit, rate (low, high), GST %
SUPPLY_ITEMS = {
    "RSR": [
        ("Mulberry silk yarn 20/22 D - 2 ply (tana)", "5004", "kg", 5200, 6400, 5),
        ("Mulberry silk yarn 3 ply (bana)", "5004", "kg", 4800, 5900, 5),
    ],
    "SZU": [
        ("Tested zari 2/24 - golden", "5605", "marc", 640, 880, 5),
        ("Real silver zari - half fine", "5605", "marc", 6200, 7600, 5),
    ],
    "BTY": [
        ("Tussar yarn - reeled", "5004", "kg", 3300, 4200, 5),
        ("Ghicha yarn", "5004", "kg", 2400, 3100, 5),
    ],
    "KRR": [
        ("Acid dye - rani pink (silk)", "3204", "kg", 1400, 2600, 18),
        ("Degumming soap and auxiliaries", "3402", "kg", 180, 320, 18),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 1, 0, 3, 2]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "UPI", "NEFT", "RTGS", "-", "NEFT"]


def yarn_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Silk reelers, zari makers, the tussar yarn house and the dye house billing the house (paper: the supplier on
    top, its line, address and GSTIN; Tax Invoice No. / Invoice No. / Inv. No., Invoice date / Dated / Date, Details
    of receiver (billed to) / Buyer / Billed to the house, Place of supply, E-way bill No., Transport / LR No., the
    yarns, zari or dyes with HSN, kg or marcs x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off,
    Invoice total, Less: Advance paid with order and Balance received by RTGS / NEFT on some, else Received by
    RTGS / Amount received through NEFT / Payment received by UPI with UTR / UTR No. / UPI Ref. No., or Cheque
    received / Cheque amount with Cheque No.; PAID / PAID BY RTGS / RECEIVED - ACCOUNT CLEARED / CHEQUE RECEIVED -
    CREDIT AFTER CLEARANCE / CHEQUE RETURNED - FUNDS INSUFFICIENT, in the supplier's rubber stamp too)."""
    k = place("yarn_invoices")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE"]
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Details of receiver (billed to)", "Buyer", "Billed to"])
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    p.pair(
        "Transport / LR No.",
        f"{rng.choice(['Kashi Roadways', 'VRL Logistics', 'Purvanchal Carriers'])} / {digits(rng, 5)}",
    )
    taxable = 0.0
    gst_rate = 5
    for item, hsn, unit, lo, hi, g in rng.sample(SUPPLY_ITEMS[tag], rng.randrange(1, 3)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(8, max(12, min(120, round(240000 / rate))))
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "09")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "RTGS"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair("Less: Advance paid with order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = "Payment received by UPI"
        else:
            lab = rng.choice([f"Received by {way}", f"Amount received through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "RECEIVED - ACCOUNT CLEARED"]),
        "pending": "CHEQUE RECEIVED - CREDIT AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Goods once sold will not be taken back. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 8. job workers, makers and carriers by net banking


JOB_WORKERS = [
    ("Lohta Rangai Ghar", "Silk yarn dyeing - 38 kg"),
    ("Naqsha Patta Works, Madanpura", "Jacquard card punching - design 4471"),
    ("Alaipura Saree Finishing Centre", "Cutting, polishing and packing - 120 sarees"),
    ("Shivpur Carton & Saree Box Co.", "Printed saree boxes - 600 nos"),
    ("Kashi Courier & Cargo", "Courier - Chennai and Kolkata parcels"),
    ("Bajardiha Jacquard Stores", "Jacquard harness and hooks"),
    ("Ganga Transport Co.", "Freight - Surat zari consignment"),
    ("Pilikothi Naqshband Studio", "Design graphs - bridal series"),
]
CORP_PORTALS = [
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corp.netpnb.com/fundtransfer/details"),
    ("FedCorp", "Federal Bank", "fedcorp.federalbank.co.in/payments/view"),
    ("Union Bank Corporate Banking", "Union Bank of India", "corporate.unionbankofindia.co.in/txn/status"),
]


def job_work_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its dyer, jacquard card puncher, finisher, box maker, courier, jacquard stores, transporter
    and naqshband (pattern designer): corporate net banking's transaction pages (PNB Corporate Internet Banking,
    FedCorp, Union Bank Corporate Banking: the portal on top, Beneficiary name / Pay to (beneficiary) / Counterparty
    name, Beneficiary A/c and IFSC, Debit account the house, Amount (INR) / Debit amount / Transfer amount, Transfer
    mode NEFT / RTGS / IMPS, Remarks, UTR / UTR No., Host reference No., Maker / Authoriser, Value date / Executed on
    / Transaction date / Created on / Failed on; Transaction successful - credited to beneficiary / Status: Executed
    / Pending for authorisation - checker / Failed - beneficiary account frozen)."""
    k = place("job_work_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=4500, high=480000)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful - credited to beneficiary", "Status: Executed"],
            "pending": ["Pending for authorisation - checker"],
            "failed": ["Failed - beneficiary account frozen"],
        },
    )
    who, note = JOB_WORKERS[k]
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Pay to (beneficiary)", "Counterparty name"]), who, merchant=who
    )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount (INR)", "Debit amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair("Transfer mode", way, method="netbanking")
    wrap_pair(p, "Remarks", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair("Host reference No.", tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Authoriser", f"JSKACC1 / {'-' if status == 'pending' else 'JSKDIR2'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Transaction date"],
            "pending": ["Created on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Failed transactions are credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 9. ESIC, GI Registry, EPFO, Textiles Committee ...


FEE_FRAMES = ["esic", "gi", "epfo", "textiles", "vnn", "uppcb", "labour", "vnn"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a weaving house with a showroom: ESIC's contribution challan (Employees' State Insurance
    Corporation / ESIC on top, Employer name, Employer code, Contribution period, Employees covered, Employer's share
    @ 3.25%, Employees' share @ 0.75%, Total amount paid, Challan No., Bank Ref. No., Challan paid date / Payment
    date), the GI Registry's receipt for the authorised user fee (Geographical Indications Registry on top and the
    Intellectual Property India line, Applicant, GI Application No. - Banaras Brocades and Sarees, Form, Official
    fee, Total fee paid, CBR No., Transaction ID, Payment date / CBR date), EPFO's ECR payment page (Employees'
    Provident Fund Organisation / EPFO on top, Establishment name, Establishment ID, Wage month, A/c 1, 2, 10, 21 and
    22, Total amount, TRRN, CRN, Bank reference No., Initiated on / Paid on; Payment initiated - confirmation from bank
    awaited), the Textiles Committee's India Handloom Brand fee page (Name of applicant, IHB registration No.,
    Product category, Registration fee, GST @ 18%, Total amount paid / Amount paid, Transaction ID, Receipt No.),
    Varanasi Nagar Nigam's trade licence and property tax pages (Varanasi Municipal Corporation / Nagar Nigam
    Varanasi / VARANASI NAGAR NIGAM on top, Name of licensee / Owner name, Licence No. / House No., Ward, the heads,
    Less: Rebate @ 10% (paid by 31 July), Total amount / Amount paid, Transaction ID, Bank Ref No., Receipt No.;
    Transaction failed - amount not received by Nagar Nigam), the UP Pollution Control Board's consent fee receipt
    (the Board on top and its Nivesh Mitra line, Name of industry, Unit, Application ID, the Water and Air Act fees,
    Total fee paid / Total amount, Transaction ref. No., Bank Ref No.) and the labour department's registration
    renewal receipt (Labour Department, Uttar Pradesh / Shram Vibhag, Uttar Pradesh on top, Name of establishment,
    Registration No., Employees, Renewal fee, Amount paid, Transaction ID, Receipt No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    ok = {"success": ["Payment successful", "Fee received"]}
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    if frame == "esic":
        p = browser_page(rng, font, f"www.esic.gov.in/EmployerPayment/ChallanReceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  Online challan")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Challan paid successfully", "Payment successful"]})
        wrap_pair(p, "Employer name", firm)
        p.pair("Employer code", digits(rng, 17))
        if not j.no_day:
            p.pair("Contribution period", j.month())
        staff = rng.randrange(9, 28)
        wages = float(rng.randrange(staff * 12000, staff * 18000, 10))
        p.pair("Employees covered", str(staff))
        er = round(wages * 0.0325, 2)
        ee = round(wages * 0.0075, 2)
        p.pair("Employer's share @ 3.25%", rs(er))
        p.pair("Employees' share @ 0.75%", rs(ee))
        j.amount = round(er + ee, 2)
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Challan No.", INVOICE_RANK, f"{digits(rng, 10)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Challan paid date", "Payment date"], pats)
        foot = "Contributions are due by the 15th of the following month."
    elif frame == "gi":
        p = browser_page(rng, font, f"ipindiaonline.gov.in/epayment/gireceipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        top(p, name, merchant=name)
        p.add("small", "Intellectual Property India  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, ok)
        wrap_pair(p, "Applicant", firm)
        wrap_pair(p, "GI Application No.", "99 - Banaras Brocades and Sarees")
        p.pair("Form", "GI-3A - authorised user")
        j.amount = float(rng.choice([500, 1000]))
        p.pair("Official fee", rs(j.amount))
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("CBR No.", INVOICE_RANK, digits(rng, 5)),
                ("Transaction ID", TXN_RANK, f"IPO{digits(rng, 12)}"),
            ],
        )
        date_row(p, j, ["Payment date", "CBR date"], pats)
        foot = "Keep the CBR number for the authorised user application."
    elif frame == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/confirm")
        p.part = "head"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  ECR payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment confirmed", "Payment successful"],
                "pending": ["Payment initiated - confirmation from bank awaited"],
            },
        )
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"UPVNS{digits(rng, 7)}000")
        if not j.no_day:
            p.pair("Wage month", j.month())
        wages = float(rng.randrange(150000, 420000, 10))
        heads = [
            ("A/c 1 (EE + ER)", round(wages * 0.1567)),
            ("A/c 2 (admin)", max(500, round(wages * 0.005))),
            ("A/c 10 (EPS)", round(wages * 0.0833)),
            ("A/c 21 (EDLI)", round(wages * 0.005)),
            ("A/c 22", 0),
        ]
        for head, value in heads:
            p.pair(head, rs(float(value)))
        j.amount = float(sum(value for _, value in heads))
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        refs = [
            ("TRRN", INVOICE_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", TXN_RANK, digits(rng, 14)),
        ]
        if status == "success":
            refs.append(("Bank reference No.", BANK_RANK, f"PUNB{digits(rng, 10)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Paid on"] if status == "success" else ["Initiated on"], hour=True)
        foot = "The challan is paid once the bank confirms; do not pay the TRRN again."
    elif frame == "textiles":
        p = browser_page(rng, font, f"indiahandloombrand.gov.in/payment/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Textiles Committee", "TEXTILES COMMITTEE"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  India Handloom Brand - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received", "Fee received"]})
        wrap_pair(p, "Name of applicant", firm)
        p.pair("IHB registration No.", f"IHB/{digits(rng, 4)}/UP")
        p.pair("Product category", "Silk sarees - Banarasi")
        fee = float(rng.choice([1000, 1500, 2000]))
        p.pair("Registration fee", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(fee + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"TC{digits(rng, 13)}"),
                ("Receipt No.", INVOICE_RANK, f"TC/IHB/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Transaction date"], pats)
        foot = "Use the India Handloom Brand label only on the registered products."
    elif frame == "vnn":
        p = browser_page(rng, font, f"nnvns.org/onlinepayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Varanasi Municipal Corporation", "Nagar Nigam Varanasi", "VARANASI NAGAR NIGAM"])
        top(p, name, merchant=name)
        tax = k == 7
        p.add(
            "small", f"Online payment receipt  |  {'House tax and water tax' if tax else 'Licence section'}"
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment successful"],
                "failed": ["Transaction failed - amount not received by Nagar Nigam"],
            },
        )
        p.pair("Ward", rng.choice(["Dashashwamedh", "Chowk", "Jaitpura", "Kotwali"]))
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("House No.", f"J-12/{rng.randrange(10, 120)}")
            heads = [
                ("General (house) tax", 8200.0, 14600.0),
                ("Water tax", 2100.0, 3600.0),
                ("Sewer tax", 900.0, 1500.0),
            ]
        else:
            wrap_pair(p, "Name of licensee", firm)
            p.pair("Licence No.", f"VNN/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - textile showroom", 2500.0, 2500.0),
                ("Signboard fee", 600.0, 1200.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and rng.random() < 0.5:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (paid by 31 July)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"VNN{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'HT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Transaction date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "uppcb":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/uppcb/feereceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "UP Pollution Control Board"])
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra - single window  |  Consent fee receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Fee deposited successfully", "Payment successful"]})
        wrap_pair(p, "Name of industry", firm)
        wrap_pair(p, "Unit", "Silk yarn dyeing unit, Jaitpura, Varanasi")
        p.pair("Application ID", f"{digits(rng, 8)}")
        water = float(rng.choice([2000, 3000, 4500]))
        air = float(rng.choice([1500, 2000, 3000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee paid", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"NM{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent is issued after inspection of the unit."
    else:
        p = browser_page(rng, font, f"uplabour.gov.in/shops/renewal/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Labour Department, Uttar Pradesh", "Shram Vibhag, Uttar Pradesh"])
        top(p, name, merchant=name)
        p.add("small", "U.P. Dookan aur Vanijya Adhishthan Adhiniyam, 1962  |  Registration renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Renewal fee received"]})
        wrap_pair(p, "Name of establishment", rng.choice([SHOWROOM, f"{SHOWROOM} ({COMPANY})"]))
        p.pair("Registration No.", f"UPSA{digits(rng, 8)}")
        p.pair("Employees", str(rng.randrange(6, 20)))
        j.amount = float(rng.choice([1200, 1800, 2400]))
        p.pair("Renewal fee (3 years)", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"UPL{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"SR/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Display the registration certificate at the establishment."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("JAITPURA SAREES", "GODOWLIA, VARANASI", "shop"),
    ("HOTEL ASSI GHAT RESIDENCY", "ASSI, VARANASI", "hotel"),
    ("JAITPURA SILK KOTHI PVT LTD", "D-37/41 GODOWLIA VARANASI", "shop"),
    ("SHIVPUR FILLING STATION", "NH-31, SHIVPUR, VARANASI", "fuel"),
    ("JAITPURA SAREES", "GODOWLIA VARANASI UP", "shop"),
    ("KASHI PACKAGING MART", "MAIDAGIN, VARANASI", "packing"),
    ("KASHI ANNAPURNA RESTAURANT", "SIGRA, VARANASI", "food"),
    ("JAITPURA SAREES", "DASHASHWAMEDH ROAD VARANASI", "shop"),
]
TERMINALS = [
    "PNB",
    "HDFC BANK",
    "ICICI BANK",
    "INDIANOIL",
    "PINE LABS",
    "AXIS BANK",
    "PAYTM EDC",
    "STATE BANK OF INDIA",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Showroom customers' and tourists' cards on the showroom's terminals, and the house's card at a hotel where a
    dealer stays, a filling station, a packaging shop and a restaurant: terminal slips (monospace: the terminal's
    bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM: / DATE/TIME:,
    MID:, TID:, BATCH NO:, STAN:, BILL NO: / INVOICE NO:, SALE, CARD:, a fuel sale's PRODUCT:, RATE:, VOLUME(L): and
    NOZZLE NO:, a hotel's FOLIO NO:, AUTH ID: / APPR CODE:, RRN: / REF NO:, SALE AMT: / TOTAL AMOUNT: / AMOUNT INR:;
    APPROVED / TRANSACTION APPROVED / SALE APPROVED / DECLINED - 55 INCORRECT PIN / TRANSACTION TIMED OUT - DO NOT
    RE-SWIPE, VERIFY WITH BANK)."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1200, high=95000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14500, 0.5)
    elif kind in ("packing", "food"):
        j.amount = rupees(rng, 900, 12500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6", "3"] if kind == "shop" else ["4", "5", "6"])
    p.pair(
        "CARD:",
        f"{lead}{digits(rng, 3)} XXXXXX {digits(rng, 5)}"
        if lead == "3"
        else f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"3": "AMEX", "4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(94.5, 97.5), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "MS", "HSD"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", str(rng.randrange(1000, 9999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH ID:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMT:", "TOTAL AMOUNT:", "AMOUNT INR:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = "" if lab == "AMOUNT INR:" else rng.choice(["INR ", "RS.", "Rs ", ""])
    p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED", "SALE APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TRANSACTION TIMED OUT - DO NOT RE-SWIPE, VERIFY WITH BANK", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband, phone and gas bills


BILLERS = [
    ("PuVVNL", "Purvanchal Vidyut Vitran Nigam Ltd", "Account No."),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Telephone No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["PhonePe", "PuVVNL", "PNB ONE", "Google Pay", "PuVVNL", "Paytm", "BHIM", "Amazon Pay"]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and showroom's electricity (PuVVNL), the showroom's broadband (Airtel), the directors' postpaid
    phones (Jio) and the dye house's commercial LPG (Indane) through Bharat Connect in banking and UPI apps (the app
    on top, Biller / Biller name / Operator / Service provider as printed, Account No. / Telephone No. / Mobile No. /
    LPG ID, Customer name / Consumer name, Bill month and Due date on some, the sum large, Paid from Current A/c or
    UPI, Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction
    date & time; Bill paid successfully / Payment successful / Bill payment pending - confirmation from biller awaited
    / Bill payment failed - money will be refunded to source in 3-5 days) and PuVVNL's own receipt page (the company
    on top with its Uttar Pradesh Power Corporation line, Account No., Division, Consumer name, Bill month, Amount
    paid, Payment mode, Transaction ID, Receipt No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1500, high=72000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3600, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 449, 2800, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 1650, 7400, 0.4)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": digits(rng, 10),
        "Telephone No.": f"0542{digits(rng, 7)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "LPG ID": digits(rng, 17),
    }[idlab]
    app = BILL_APPS[k]
    if app == "PuVVNL":
        p = browser_page(rng, font, "www.uppclonline.com/dispatch/Portal/appmanager/uppcl/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Uttar Pradesh Power Corporation Ltd  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["EDD-I Varanasi", "EDD-IV Varanasi (Chowk)", "EUDD-II Varanasi"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"UPPCL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your account within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", {"Amazon Pay": "amazon pay"}.get(app, app))
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Bill payment pending - confirmation from biller awaited"],
            "failed": ["Bill payment failed - money will be refunded to source in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2) else rng.choice(["Biller", "Biller name", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM", "Amazon Pay") else "Current A/c"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "BHIM": "BH", "Amazon Pay": "AP"}.get(
                app, "PN"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction date & time"] if status == "success" else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "LOHTA RANGAI GHAR",
    "RAMANAGARA SILK REEL",
    "MOHD SHAMIM ANSARI",
    "SURAT ZARI UDYOG LLP",
    "PUVVNL VARANASI",
    "NAQSHA PATTA WORKS",
    "KASHI COURIER & CARG",
    "NAGAR NIGAM VARANASI",
]
SENDERS = {
    "Punjab National Bank": "VM-PNBSMS",
    "State Bank of India": "AD-SBIINB",
    "Union Bank of India": "JD-UNIONB",
    "HDFC Bank": "AX-HDFCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PNBSMS /
    AD-SBIINB / JD-UNIONB / AX-HDFCBK, the day divider, each bank's own wording: "A/c XX1234 debited for Rs.x on
    <day> via <way> to <payee>", "Dear Customer, your A/c X1234 has been debited by Rs.x on <day> - <way> transfer
    to <payee>", "INR x debited from A/c *1234 on <day> towards <way> to <payee>", "Sent Rs.x / From HDFC Bank A/C
    *1234 / To <payee> / On <day>"; a transfer that "could not be credited and has been REVERSED to your account" and
    one that "is UNDER PROCESS" with its status to follow) and two e-mail debit alerts (Amount debited / Debit amount
    (INR), Paid to / Beneficiary, Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Status:
    Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=480000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 1800, 22000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 6000, 72000)
    elif k == 6:
        j.amount = rupees(rng, 8000, 95000)
    elif k == 7:
        j.amount = rupees(rng, 2500, 30000)
    if k in (0, 5):
        bank = rng.choice(["Punjab National Bank", "Union Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.co.in>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Debit amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add(
            "small", "The bank never asks for your OTP, PIN or password. Report unauthorised debits at once."
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    elif k in (2, 4, 7):
        way = "UPI" if j.amount < 100000 else "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # HDFC Bank's "Sent Rs.x" is its UPI wording: the other transfers come from the other banks
    banks = list(SENDERS) if way == "UPI" and status == "success" else list(SENDERS)[:3]
    bank = rng.choice(banks)
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited for Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"via {way} to {to}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add(
                "left", f"Dear Customer, your A/c X{tail} has been debited by Rs.{amt}{on}", amount=j.amount
            )
            p.add("left", f"- {way} transfer to {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"INR {amt} debited from A/c *{tail}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Sent Rs.{amt}", amount=j.amount)
            p.add("left", f"From HDFC Bank A/C *{tail}", method=method)
            p.add("left", f"To {to}", merchant=to)
            if on:
                p.add("left", f"On {day}")
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be credited and has been REVERSED to your account.",
            "pending": "is UNDER PROCESS. Status will be confirmed shortly.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        if bank == "HDFC Bank":
            lab = "Ref"
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "HDFC Bank":
            p.add("small", "Not You? Call 18002586161", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not done by you? Call 1800 180 2222", "If not you, call the bank at once"]),
            )
    if bank != "HDFC Bank":
        p.add(
            "small", {"Punjab National Bank": "-PNB", "State Bank of India": "-SBI"}.get(bank, "-Union Bank")
        )
    return p.done()


compose = compose158

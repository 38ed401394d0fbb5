"""The twelve heldout214 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a bamboo and cane furniture and handicraft maker in Agartala, Tripura, in 2026 (Muli
Bamboo & Cane Crafts Pvt Ltd, its workshop on Plot 14 of the Arundhutinagar Industrial Estate and its showroom, Bansh
Kutir, at Post Office Chowmuhani), told by the proofs of payment it receives and makes: the showroom's customers' UPI
screens and the company's Cashfree and Instamojo payment pages, Amazon's, Flipkart's, Meesho's and GeM's settlements
and the stores', the decor house's and the hotel chain's payment advices, buyers' inward wires from Japan, the
Netherlands, Singapore, Sweden, Canada, the Emirates, the United States and Britain in yen, euros, Singapore
dollars, kronor, Canadian dollars, dirhams, US dollars and pounds, its own cash memos, order advances and offcut
sale receipts, the bamboo trader's, the cane supplier's, the lacquer house's, the packaging maker's and the hardware
dealer's tax invoices, the net-banking transfers to the carrier, the treatment plant, the design studio, the
carting agent, the carpentry workshop, the electrician, the fair organiser and the sign maker, the artisans' piece
rate vouchers, the showroom staff's salary voucher and their Cashfree, PhonePe and Paytm payouts, Agartala Municipal
Corporation's, the Tripura State Pollution Control Board's, the Forest Department's, TIDC's, the Commissioner of
Taxes', EPCH's and Legal Metrology's pages, the insurers' premium receipts, card terminal slips, TSECL's power and the
broadband, piped gas and phone bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the
"A unit of" line, orders, bills and contracts listed on a settlement or an advice, seller, supplier, vendor, bene,
member, holding, plot, allottee, registration, licence, application, artisan card, policy, proposal, vehicle,
consumer and customer numbers, pieces, poles, kilos, metres, rates, fees, commissions, discounts, breakages,
advances, rejections, TDS, TCS, GST and cess lines, the INR values and rates on the wires, sums insured, limits,
turnovers, wages declared, insured values, settlement and return periods, bill months, due days, cheque days,
GSTIN, IFSC, BIC, UETR, the sender's reference, MID, TID, batch, trace, room, folio and pump numbers, the entering
and the authorising user and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``compose`` is heldout158's.
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

COMPANY = "Muli Bamboo & Cane Crafts Pvt Ltd"
COMPANY_CAPS = "MULI BAMBOO & CANE CRAFTS PVT LTD"
SHORT = "Muli Bamboo & Cane"
SHOWROOM = "Bansh Kutir"
# unit, address, GST state code
UNITS = [
    ("Workshop", "Plot 14, Arundhutinagar Industrial Estate, Agartala - 799003, Tripura", "16"),
    ("Showroom", "Post Office Chowmuhani, H.G.B. Road, Agartala - 799001, Tripura", "16"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WEST = ["%b {d}, %Y", "{d} %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "UCO Bank",
    "Tripura Gramin Bank",
    "Bandhan Bank",
    "Axis Bank",
    "HDFC Bank",
    "Bank of Baroda",
    "ICICI Bank",
    "IDBI Bank",
    "Central Bank of India",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "UCO Bank": "UCBA",
    "Tripura Gramin Bank": "PUNB",
    "Bandhan Bank": "BDBL",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "Bank of Baroda": "BARB",
    "ICICI Bank": "ICIC",
    "IDBI Bank": "IBKL",
    "Central Bank of India": "CBIN",
}
DOMAINS = {
    "State Bank of India": "sbi.co.in",
    "Punjab National Bank": "pnb.co.in",
    "UCO Bank": "ucobank.in",
    "Tripura Gramin Bank": "tgbank.in",
    "Bandhan Bank": "bandhanbank.com",
    "Axis Bank": "axisbank.com",
    "HDFC Bank": "hdfcbank.com",
    "Bank of Baroda": "bankofbaroda.co.in",
    "ICICI Bank": "icicibank.com",
    "IDBI Bank": "idbibank.in",
    "Central Bank of India": "centralbankofindia.co.in",
}
# what the workshop makes: the piece, its price at the showroom (low, high)
GOODS = [
    ("Cane sofa set (3+1+1)", 38000, 64000),
    ("Bamboo dining set - 4 chairs", 26000, 42000),
    ("Cane rocking chair", 7800, 12500),
    ("Bamboo pendant lamp", 1450, 3200),
    ("Mora stool - cane", 950, 1800),
    ("Bamboo bookshelf 5 tier", 5400, 8800),
    ("Cane swing chair with stand", 14500, 22000),
    ("Bamboo tray and basket set", 850, 2400),
]


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to party / Name of buyer / Details of receiver (billed to) / Buyer: no
    fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
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


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds; yen whole by its sign (where
    the face draws it) or its code; Singapore and Canadian dollars by S$ / C$ or their code; kronor and dirhams by
    their code before or after the sum; western grouping."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = sign(font, "\u00a5", "JPY ") if rng.random() < 0.4 else "JPY "

        def show_yen(value: float) -> str:
            return f"{mark}{value:,.0f}"

        return show_yen
    mark = rng.choice(
        {"SGD": ["SGD ", "S$"], "CAD": ["CAD ", "C$"], "SEK": ["SEK ", " SEK"], "AED": ["AED ", " AED"]}[cur]
    )

    def show(value: float) -> str:
        return f"{value:,.2f}{mark}" if mark.startswith(" ") else f"{mark}{value:,.2f}"

    return show


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-{rng.choice('89ab')}{code(rng, 3, HEXA)}"
    return f"{head}-{code(rng, 12, HEXA)}"


# ---------------------------------------------------------------- 1. showroom customers: UPI and payment pages


SHOWROOM_APPS = [
    "Google Pay",
    "Cashfree",
    "PhonePe",
    "Paytm",
    "Amazon Pay",
    "Navi",
    "Instamojo",
    "super.money",
]
SHOWROOM_NOTES = [
    "Cane sofa - balance",
    "Bamboo lamp x2",
    "Mora stools x4",
    "Dining chairs advance",
    "Wall hanging + tray",
    "Rocking chair",
    "Basket set",
    "Showroom purchase",
]
ONLINE_ORDERS = [
    "Cane sofa set (3+1+1) - advance",
    "Bamboo pendant lamps x 6",
    "Custom dining set - 50% advance",
    "Swing chair + delivery to Udaipur",
    "Bamboo blinds for 4 windows",
]
BUYERS = [
    "Rupali Debbarma",
    "Biplab Saha",
    "Moumita Chakraborty",
    "Arindam Bhattacharjee",
    "Sangita Jamatia",
    "Prasenjit Dey",
    "Nandita Sinha",
    "Rajib Paul",
]
SHOWROOM_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Amazon Pay": ["Bank reference ID", "UPI transaction ID"],
    "Navi": ["UPI Ref No.", "UPI Ref ID"],
    "super.money": ["UPI Ref ID", "UTR"],
}


def showroom_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers paying the showroom for lamps, stools, chairs and sofas and the company for orders booked online:
    six UPI screens (Google Pay, PhonePe, Paytm, Amazon Pay, Navi, super.money: the showroom or the company under
    Paid to / To / Sent to / Payment to / Paying to, its UPI ID, an A/c holder name line on some, the sum large, Note /
    Message / Added note, UPI transaction ID / UTR / UPI Ref. No. / UPI Reference No. / Bank reference ID / UPI Ref
    No. / UPI Ref ID, Google transaction ID, PhonePe's, Paytm's, Navi's and super.money's own Transaction ID and
    Amazon Pay's Order ID on some, Debited from / From / Paid using, Date & time / Paid on / Completed on /
    Transaction time / Initiated on; Payment completed / Paid successfully / Payment successful / Payment pending -
    we will confirm within 72 hours, please do not pay again / Payment declined by your bank - any money debited
    will be refunded) and two payment pages (Cashfree, Instamojo: the showroom or the company on top, Customer name /
    Paid by / Buyer name, Order details, Cashfree's Order ID and CF payment ID / Instamojo's Payment ID, UTR / Bank
    reference No. / UPI Ref No. or Auth code, Paid on / Payment date / Transaction date; Payment successful /
    Payment completed / Thank you! Payment received)."""
    k = place("showroom_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=350, high=85000, p_round=0.8)
    app = SHOWROOM_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "Instamojo"):
        j.amount = rupees(rng, 4500, 160000, 0.7)
        to = rng.choice([SHOWROOM, COMPANY, COMPANY_CAPS])
        url = (
            f"payments.cashfree.com/forms/banshkutir-{rng.choice(['orders', 'advance', 'custom'])}"
            if app == "Cashfree"
            else f"www.instamojo.com/@banshkutir/{code(rng, 8, HEXA)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Handcrafted bamboo and cane furniture - Agartala", "Cane, bamboo and craft from Tripura"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Payment completed", "Thank you! Payment received"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(
                ["Customer name", "Paid by", "Buyer name"] if app == "Cashfree" else ["Buyer name", "Paid by"]
            ),
            rng.choice(BUYERS),
        )
        wrap_pair(p, "Order details", rng.choice(ONLINE_ORDERS))
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                oid = f"BK{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                pid = digits(rng, 10)
                p.pair("CF payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = f"MOJO{code(rng, 4, ALNUM)}{digits(rng, 9)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                lab = rng.choice(["UTR", "Bank reference No."]) if app == "Cashfree" else "UPI Ref No."
                p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Cashfree" if app == "Cashfree" else "Powered by Instamojo")
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), SHOWROOM, COMPANY_CAPS])
    handle = f"banshkutir{rng.choice(['', '.agt', '1'])}@{rng.choice(['sbi', 'pnb', 'ybl', 'axl'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment completed", "Paid successfully", "Payment successful"],
            "pending": ["Payment pending - we will confirm within 72 hours, please do not pay again"],
            "failed": ["Payment declined by your bank - any money debited will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "Navi") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"A/c holder name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Added note"]), rng.choice(SHOWROOM_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(SHOWROOM_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        elif app == "Amazon Pay" and rng.random() < 0.7:
            oid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
            p.pair("Order ID", oid, txn=(TXN_RANK, oid))
        elif rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Navi": f"NV{digits(rng, 18)}",
                "super.money": f"SM{code(rng, 4, UPPER)}{digits(rng, 14)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid using"] if status == "success" else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS)} XX{digits(rng, 4)}",
    )
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on", "Transaction time"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI", "Share receipt  |  Done", "Report a problem with this payment"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. marketplaces' settlements and buyers' advices


# payer, frame, payee labels, id label, its rank
MARKETS = [
    ("Amazon Seller Central", "browser", ["Seller name", "Payee (seller)"], "Settlement ID", TXN_RANK),
    (
        "Flipkart Seller Hub",
        "browser",
        ["Seller name", "Business name"],
        "Settlement reference No.",
        TXN_RANK,
    ),
    (
        "Government e-Marketplace",
        "browser",
        ["Seller name", "Seller (payee)"],
        "Payment advice No.",
        INVOICE_RANK,
    ),
    (
        "Banyan Crafts Retail Pvt Ltd",
        "mail",
        ["Vendor name", "Paid to (vendor)"],
        "Remittance advice No.",
        INVOICE_RANK,
    ),
    ("Meesho Supplier Panel", "browser", ["Supplier name", "Supplier"], "Payment reference ID", TXN_RANK),
    (
        "Ekatra Home Decor LLP",
        "paper",
        ["Vendor name", "Beneficiary (vendor)"],
        "Remittance advice No.",
        INVOICE_RANK,
    ),
    (
        "Hornbill Hotels & Resorts Ltd",
        "mail",
        ["Payee", "Paid to (vendor)"],
        "Payment voucher No.",
        INVOICE_RANK,
    ),
    ("Amazon Seller Central", "phone", ["Seller name", "Payee (seller)"], "Settlement ID", TXN_RANK),
]
MARKET_HOSTS = {
    "Amazon Seller Central": "sellercentral.amazon.in/payments/dashboard/settlement",
    "Flipkart Seller Hub": "seller.flipkart.com/index.html#dashboard/payments/settlements",
    "Government e-Marketplace": "gem.gov.in/payments/seller/bills/status",
    "Meesho Supplier Panel": "supplier.meesho.com/panel/v3/new/payouts/previous",
}
PAYER_DESKS = {
    "Banyan Crafts Retail Pvt Ltd": ("ap@banyancrafts.in", "Accounts Payable, Andheri East, Mumbai"),
    "Ekatra Home Decor LLP": ("accounts@ekatradecor.in", "Finance and Accounts, Ballygunge, Kolkata"),
    "Hornbill Hotels & Resorts Ltd": ("payables@hornbillhotels.in", "Central Purchase, G.S. Road, Guwahati"),
}


def market_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Marketplaces and buyers paying the company for lamps, stools, baskets, chairs and sofas: Amazon Seller
    Central's settlement page and app screen, Flipkart Seller Hub's, Meesho Supplier Panel's and the Government
    e-Marketplace's pages, a crafts retailer's and a hotel chain's payment advice e-mails and a decor house's printed
    REMITTANCE ADVICE (the payer on top with its desk line, Seller name / Payee (seller) / Business name / Seller
    (payee) / Supplier name / Supplier / Vendor name / Paid to (vendor) / Beneficiary (vendor) / Payee the company,
    Merchant token / Seller ID / Supplier ID / Vendor code, Settlement period, GeM's Buyer and Contract No., the orders
    or bills covered, Gross sales / Total order value / Bill amount (incl. GST) / Bills total, Less: Referral fee @ n%,
    Less: Closing fee, Less: Commission fee, Less: Shipping fee, Less: Return shipping charges, Less: GST on fees @
    18%, Less: TCS u/s 52 CGST Act @ 0.5%, Less: TDS u/s 194-O @ 0.1%, Less: TDS under GST @ 2% (sec 51), Less: TDS
    u/s 194Q @ 0.1%, Less: Breakage in transit - n pcs / Less: Cash discount @ 2%, Net settlement / Amount deposited
    to bank / Disbursed amount / Settlement value / Net amount paid to seller / Net amount remitted / Amount credited
    to vendor / Net payment / Net amount to be remitted / Net amount, Payment method / Payment mode, Bank account,
    Settlement ID / Settlement reference No. / Payment reference ID / Payment advice No. / Remittance advice No. /
    Payment voucher No., UTR / UTR No., Settlement date / Deposit date / Disbursed on / Payment date / Remitted on /
    Value date / Advice date / Returned on; Settlement completed / Deposited to your bank account / Status: Disbursed /
    Payment released - credited to seller account / Status: Remitted / Payment credited to your account / On hold -
    QC report on damaged lot awaited / Payment bounced back - beneficiary account dormant)."""
    k = place("market_payouts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    name, frame, labels, idlab, rank = MARKETS[k]
    rs = money(rng, font, 0.2, marks=("\u20b9", "INR ", "Rs."))
    market = name in MARKET_HOSTS or frame == "phone"
    if frame == "mail":
        mail, desk = PAYER_DESKS[name]
        p = mail_page(
            rng,
            font,
            f"{name.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Remittance advice - {SHORT}", "Vendor payment intimation"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, MARKET_HOSTS[name])
    elif frame == "phone":
        p = phone_page(rng, font, k, ["Payments", "Settlement details", "Disbursements"])
    else:
        p = paper_page(rng, font, [720, 760, 780])
    p.part = "head"
    top(p, name.upper() if frame == "paper" and rng.random() < 0.5 else name)
    if market:
        p.add(
            "small",
            {
                "Amazon Seller Central": "Payments  |  Settlement details",
                "Flipkart Seller Hub": "Payments  |  Settlements",
                "Government e-Marketplace": "Payments  |  Bill status (seller)",
                "Meesho Supplier Panel": "Payments  |  Previous payments",
            }[name],
        )
    else:
        p.add("small", PAYER_DESKS[name][1])
        p.add("center", rng.choice(["REMITTANCE ADVICE", "Vendor payment advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": (
                ["Payment released - credited to seller account"]
                if name == "Government e-Marketplace"
                else ["Settlement completed", "Deposited to your bank account", "Status: Disbursed"]
                if market
                else ["Status: Remitted", "Payment credited to your account"]
            ),
            "pending": ["On hold - QC report on damaged lot awaited"],
            "failed": ["Payment bounced back - beneficiary account dormant"],
        },
    )
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(
        {
            "Amazon Seller Central": "Merchant token",
            "Flipkart Seller Hub": "Seller ID",
            "Government e-Marketplace": "Seller ID",
            "Meesho Supplier Panel": "Supplier ID",
        }.get(name, "Vendor code"),
        {
            "Amazon Seller Central": f"A{code(rng, 12, ALNUM)}",
            "Flipkart Seller Hub": code(rng, 16, HEXA),
            "Government e-Marketplace": f"GEM/SELLER/{digits(rng, 6)}",
            "Meesho Supplier Panel": digits(rng, 6),
        }.get(name, f"V{digits(rng, 6)}"),
    )
    gross = 0.0
    if name == "Government e-Marketplace":
        p.pair("Buyer", "Tripura Tourism Development Corporation Ltd")
        p.pair("Contract No.", f"GEMC-{digits(rng, 15)}")
        for _ in range(rng.randrange(1, 3)):
            item, lo, hi = rng.choice(GOODS[:3] + GOODS[5:7])
            n = rng.randrange(4, 30)
            value = round(n * rng.randrange(lo, hi, 50) * 1.05, 2)
            gross += value
            p.pair(f"{item}  x {n}", rs(value))
        gross = round(gross, 2)
        p.pair("Bill amount (incl. GST)", rs(gross))
        cuts = [("Less: TDS under GST @ 2% (sec 51)", round(gross / 1.05 * 0.02, 2))]
        if rng.random() < 0.4:
            cuts.append(
                ("Less: Liquidated damages (late delivery)", round(gross * rng.choice([0.005, 0.01]), 2))
            )
        net = ["Net amount paid to seller", "Disbursed amount"]
    elif market:
        if not j.no_day:
            start = earlier(rng, j, 12, 20)
            end = earlier(rng, j, 2, 8)
            p.pair("Settlement period", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
        p.add("left", rng.choice(["Orders in this settlement", "Orders settled"]))
        for _ in range(rng.randrange(1, 4)):
            item, lo, hi = rng.choice(GOODS[2:])
            n = rng.randrange(1, 4)
            value = float(n * rng.randrange(lo, hi, 10))
            gross += value
            oid = {
                "Amazon Seller Central": f"40{rng.randrange(2, 8)}-{digits(rng, 7)}-{digits(rng, 7)}",
                "Flipkart Seller Hub": f"OD4{digits(rng, 17)}",
                "Meesho Supplier Panel": f"{digits(rng, 12)}_{rng.randrange(1, 4)}",
            }[name if name in MARKET_HOSTS else "Amazon Seller Central"]
            p.pair(f"{oid}  {item} x {n}", rs(value))
        gross = round(gross, 2)
        p.pair(rng.choice(["Gross sales", "Total order value"]), rs(gross))
        cuts = []
        if name == "Meesho Supplier Panel":
            if rng.random() < 0.6:
                cuts.append(("Less: Return shipping charges", float(rng.randrange(80, 600, 10))))
        else:
            pct = rng.choice([7, 8, 9]) if "Amazon" in name else rng.choice([6, 8, 10])
            fee = round(gross * pct / 100, 2)
            if "Amazon" in name:
                cuts.append((f"Less: Referral fee @ {pct}%", fee))
                cuts.append(("Less: Closing fee", float(rng.choice([25, 50, 61, 100]))))
            else:
                cuts.append((f"Less: Commission fee @ {pct}%", fee))
                cuts.append(("Less: Shipping fee", float(rng.randrange(90, 900, 5))))
            cuts.append(("Less: GST on fees @ 18%", round(sum(v for _, v in cuts) * 0.18, 2)))
        cuts.append(("Less: TCS u/s 52 CGST Act @ 0.5%", round(gross / 1.05 * 0.005, 2)))
        cuts.append(("Less: TDS u/s 194-O @ 0.1%", round(gross * 0.001, 2)))
        net = ["Net settlement", "Amount deposited to bank", "Disbursed amount", "Settlement value"]
    else:
        p.pair("PO No.", f"PO/{rng.randrange(100, 9999)}")
        p.add(
            "left",
            rng.choice(["Your bills covered", "Bills paid"] if status == "success" else ["Bills covered"]),
        )
        for _ in range(rng.randrange(1, 4)):
            item, lo, hi = rng.choice(GOODS)
            n = rng.randrange(2, 40) if hi < 10000 else rng.randrange(1, 6)
            value = round(n * rng.randrange(lo, hi, 10) * 0.7, 2)
            gross += value
            bill = f"MBC/{fy(j.date)}/{rng.randrange(1, 999):04d}"
            p.pair(f"{bill}  {n} pcs", rs(value))
        gross = round(gross, 2)
        p.pair(rng.choice(["Bills total", "Gross amount"]), rs(gross))
        cuts = [("Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2))]
        pick = rng.random()
        if pick < 0.35:
            n = rng.randrange(1, 6)
            pcs = "1 pc" if n == 1 else f"{n} pcs"
            cuts.append((f"Less: Breakage in transit - {pcs}", float(n * rng.randrange(600, 2400, 10))))
        elif pick < 0.6:
            cuts.append(("Less: Cash discount @ 2%", round(gross * 0.02, 2)))
        net = {
            "success": ["Net amount remitted", "Amount credited to vendor", "Net payment"],
            "pending": ["Net amount to be remitted"],
            "failed": ["Net amount", "Net payment"],
        }[status]
    for lab, value in cuts:
        p.pair(lab, rs(value))
    j.amount = round(gross - sum(v for _, v in cuts), 2)
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = "NEFT" if market else neft_way(rng, j.amount)
    p.pair(
        rng.choice(["Payment method", "Payment mode"]),
        rng.choice(["Bank transfer (NEFT)", "NEFT to registered bank account"]) if market else way,
        method="netbanking",
    )
    p.pair("Bank account", account(rng, BANKS[:5]))
    if not j.no_ref:
        pid = {
            "Settlement ID": digits(rng, 11),
            "Settlement reference No.": f"FKS{digits(rng, 12)}",
            "Payment reference ID": f"MSH{code(rng, 3, UPPER)}{digits(rng, 9)}",
            "Payment advice No.": f"GEMPA/{digits(rng, 9)}",
            "Remittance advice No.": f"RA{digits(rng, 8)}",
            "Payment voucher No.": f"PV/{rng.randrange(1000, 99999)}",
        }[idlab]
        p.pair(idlab, pid, txn=(rank, pid))
        if status != "pending":
            ref = bank_ref(
                rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]), way
            )
            lab = {"IMPS": "IMPS Ref No.", "RTGS": "UTR No."}.get(way, rng.choice(["UTR", "UTR No."]))
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": (
                ["Settlement date", "Deposit date", "Disbursed on"]
                if market
                else ["Payment date", "Remitted on", "Value date"]
            ),
            "pending": ["Advice date"],
            "failed": ["Returned on"],
        }[status],
        WEST if "Amazon" in name else PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Payment is released by the buyer's paying authority through PFMS."
        if name == "Government e-Marketplace"
        else "Deposits take 1-2 business days to reach your bank after the settlement date."
        if market
        else "Please reconcile this advice with your ledger and write to us within 7 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: inward wires


IMPORTERS = [
    ("Kagoya Zakka Co., Ltd", "Kyoto, Japan", "JPY", "MUFG Bank, Ltd"),
    ("Bamboe & Riet Interieur BV", "Utrecht, Netherlands", "EUR", "ING Bank N.V."),
    ("Lion City Living Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd"),
    ("Nordisk Rotting AB", "Gothenburg, Sweden", "SEK", "Skandinaviska Enskilda Banken AB"),
    ("Maple & Cane Home Inc", "Toronto, ON, Canada", "CAD", "Royal Bank of Canada"),
    ("Desert Rose Interiors LLC", "Dubai, United Arab Emirates", "AED", "Emirates NBD Bank PJSC"),
    ("Tideline Outdoor Furniture Co", "Portland, OR, USA", "USD", "Wells Fargo Bank NA"),
    ("Hebden Craft Collective Ltd", "Hebden Bridge, United Kingdom", "GBP", "National Westminster Bank plc"),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("Punjab National Bank", "browser"),
    ("Axis Bank", "mail"),
    ("UCO Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("Bank of Baroda", "mail"),
    ("ICICI Bank", "browser"),
    ("IDBI Bank", "mail"),
]
RATES = {
    "JPY": (0.556, 0.604),
    "EUR": (93.1, 97.6),
    "SGD": (63.2, 67.4),
    "SEK": (8.02, 8.64),
    "CAD": (61.2, 64.3),
    "AED": (23.2, 24.2),
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
}
SHIPPED = [
    "Cane lounge chairs and side tables",
    "Bamboo pendant and floor lamps",
    "Bamboo baskets, trays and planters",
    "Cane dining set - 6 chairs",
    "Split-bamboo blinds",
    "Mora stools and cane ottomans",
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers in Japan, the Netherlands, Singapore, Sweden, Canada, the Emirates, the US and Britain paying for lamps,
    baskets, blinds, stools and cane chairs: the banks' inward remittance advices (browser, e-mail, printed CREDIT
    ADVICE - FOREIGN INWARD REMITTANCE / Inward remittance - beneficiary advice / Export proceeds - advice of credit:
    the bank on top with its forex desk, Beneficiary customer / For credit of / Payee (beneficiary) the company,
    Beneficiary A/c, Remitting party / By order of / Applicant (remitter), Remitting bank and Intermediary bank,
    Remitted amount (FCY) / Amount in foreign currency / Currency and amount in JPY, EUR, SGD, SEK, CAD, AED, USD or
    GBP, Charges, Rate applied / TT buying rate, Rupee equivalent / INR value, Less: Handling charges incl. GST,
    Amount credited (INR), Purpose code, Goods, Export invoice No., Sender's reference, IRM reference No. / Inward
    remittance No. / Bank reference, UETR, Value date / Date of credit / Realised on / Received on / Date of receipt /
    Returned on / Date of return; Credited to beneficiary account - FIRC available / Status: Funds realised /
    Pending - awaiting export invoice and purpose declaration / Returned to remitting bank - incomplete beneficiary
    details)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, pbank = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(
            rng.randrange(180, 5200) * 1000 if rng.random() < 0.6 else rng.randrange(180000, 5200000)
        )
    elif cur == "SEK":
        j.amount = (
            round(rng.uniform(18000, 420000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(18, 420) * 1000)
        )
    elif cur == "AED":
        j.amount = (
            round(rng.uniform(6000, 150000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(60, 1500) * 100)
        )
    else:
        j.amount = (
            round(rng.uniform(1500, 48000), 2) if rng.random() < 0.6 else float(rng.randrange(15, 480) * 100)
        )
    show = foreign(rng, font, cur)
    places = 4 if rng.random() < 0.5 else 2
    rate = round(rng.uniform(*RATES[cur]), places)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.agartala@{slug(bank)}>",
            [
                "Inward remittance - beneficiary advice",
                "Export proceeds credited",
                "Foreign inward remittance",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/fx/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Agartala Main Branch, Hari Ganga Basak Road",
                "Trade Finance Cell, Agartala, Tripura",
                "AD Branch (Forex), Akhaura Road, Agartala",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - FOREIGN INWARD REMITTANCE",
                "Inward remittance - beneficiary advice",
                "Export proceeds - advice of credit",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to beneficiary account - FIRC available", "Status: Funds realised"],
            "pending": ["Pending - awaiting export invoice and purpose declaration"],
            "failed": ["Returned to remitting bank - incomplete beneficiary details"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary customer", "For credit of", "Payee (beneficiary)"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitting party", "By order of", "Applicant (remitter)"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    if cur in ("USD", "CAD", "AED") and rng.random() < 0.6:
        wrap_pair(
            p,
            "Intermediary bank",
            rng.choice(["Citibank N.A., New York", "JPMorgan Chase Bank N.A., New York"]),
        )
    p.pair(
        rng.choice(["Remitted amount (FCY)", "Amount in foreign currency", "Currency and amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if cur == "JPY":
        p.pair(rng.choice(["Rate applied", "TT buying rate"]), f"100 JPY = INR {rate * 100:.2f}")
    else:
        p.pair(rng.choice(["Rate applied", "TT buying rate"]), f"1 {cur} = INR {rate:.{places}f}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["Rupee equivalent", "INR value"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Handling charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"MBC/EXP/{rng.randrange(1, 180):03d}/{fy(j.date)}")
    p.pair("Sender's reference", f"{rng.choice(['FT', 'TT', 'OR'])}{digits(rng, 10)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["IRM reference No.", "Inward remittance No.", "Bank reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.7:
        wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of credit", "Realised on"],
            "pending": ["Received on", "Date of receipt"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "Regularise the remittance against the shipping bill on EDPMS; an e-FIRC is issued on request.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the showroom's and the workshop's own receipts


RECEIPT_PARTIES = [
    "Smt. Rupali Debbarma, Dhaleswar",
    "Unakoti Eco Resort, Kailashahar",
    "Sri Biplab Saha, Krishnanagar",
    "Dr. Moumita Chakraborty, Banamalipur",
    "Kalyanpur Agarbatti Stick Udyog",
    "Mrs. Anjali Reang, Jogendranagar",
    "Sri Pradip Kumar Nath, Ramnagar",
    "Gomati Bamboo Charcoal Unit, Udaipur",
]
RECEIPT_WAYS = ["cash", "cheque", "card", "UPI", "cash", "NEFT", "cheque", "UPI"]
# the workshop's offcuts sold by the kilo: the line, rate per kg (low, high)
OFFCUTS = {
    4: ("Bamboo offcuts (stick grade)", 6.5, 11.0),
    7: ("Bamboo nodes and chips", 3.5, 6.0),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH MEMO / MONEY RECEIPT / ADVANCE RECEIPT - CUSTOM ORDER and the workshop's RECEIPT - SALE OF
    BAMBOO OFFCUTS to the agarbatti stick maker and the charcoal unit (paper: the showroom (with the "A unit of" line)
    or the company on top, address and GSTIN; Receipt No. / Memo No. / M.R. No., Date / Dated / Receipt date,
    Received from / Customer / Customer's name / Party (no fact), the pieces or the kilos x rate, GST @ 5%, Total
    (incl. GST) / Order value / Bill amount, Advance received, Cash received / Amount received in cash / Received by
    UPI / Received via UPI (QR) / Card (POS) / Paid by card (swipe) / Received by NEFT / Received through NEFT /
    Cheque amount / Cheque for, Balance payable on delivery / Balance to pay at delivery, Mode, UPI Ref. No. / UTR /
    Auth code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / DELIVERED - FULL PAYMENT RECEIVED /
    ADVANCE RECEIVED - ORDER IN WORKSHOP / PAID - MATERIAL LIFTED / CHEQUE TAKEN - DELIVERY AFTER CLEARANCE /
    CHEQUE RETURNED - FUNDS INSUFFICIENT, ORDER HELD BACK, the rubber stamp) and two of the accounts desk's Payment
    acknowledgement / Advance acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=600, high=90000, p_round=0.9)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    way = RECEIPT_WAYS[k]
    scrap = k in OFFCUTS
    me = (
        rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        if scrap
        else rng.choice([SHOWROOM, SHOWROOM, SHOWROOM.upper()])
    )
    if scrap:
        item, lo, hi = OFFCUTS[k]
        rate = round(rng.uniform(lo, hi), 2)
        kg = rng.randrange(400, 4800, 10)
        bill = j.amount = round(kg * rate, 2)
        mode = "full"
        kinds = ["RECEIPT - SALE OF BAMBOO OFFCUTS", "MONEY RECEIPT"]
    else:
        item, lo, hi = rng.choice(GOODS)
        n = rng.randrange(1, 3) if hi > 10000 else rng.randrange(1, 7)
        rate = float(rng.randrange(lo, hi, 50))
        base = n * rate
        gst = round(base * 0.05, 2)
        bill = round(base + gst, 2)
        mode = "advance" if way in ("cheque", "NEFT") or (bill > 20000 and rng.random() < 0.5) else "full"
        j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -2)) if mode == "advance" else bill
        kinds = (
            ["ADVANCE RECEIPT - CUSTOM ORDER", "MONEY RECEIPT"]
            if mode == "advance"
            else ["CASH MEMO", "MONEY RECEIPT"]
        )
    if k in (1, 5):
        p = mail_page(
            rng,
            font,
            f"{SHOWROOM} Accounts <accounts@banshkutir.in>",
            ["Payment acknowledgement", "Money receipt for your order", "We have received your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  Accounts desk")
        p.add("center", "Advance acknowledgement" if mode == "advance" else "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        unit = UNITS[0] if scrap else UNITS[1]
        letterhead(
            p,
            me,
            "Bamboo and cane furniture - workshop" if scrap else f"A unit of {COMPANY}",
            unit[1],
            unit[2],
            kinds,
        )
    if not j.no_ref:
        rno = f"{'WS' if scrap else 'BK'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "Memo No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Customer", "Customer's name", "Party"]), RECEIPT_PARTIES[k])
    if scrap:
        p.pair(f"{item}  {kg:,} kg x {rate:.2f}", rs(bill))
        p.pair("Total", rs(bill))
    else:
        p.pair(f"{item}  {n} x {rate:,.2f}", rs(base))
        p.pair("GST @ 5%", rs(gst))
        p.pair(rng.choice(["Total (incl. GST)", "Order value", "Bill amount"]), rs(bill))
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque for"])
    elif mode == "advance" and rng.random() < 0.5:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Amount received in cash"]),
            "UPI": rng.choice(["Received by UPI", "Received via UPI (QR)"]),
            "NEFT": rng.choice(["Received by NEFT", "Received through NEFT"]),
            "card": rng.choice(["Card (POS)", "Paid by card (swipe)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if mode == "advance":
        p.pair(
            rng.choice(["Balance payable on delivery", "Balance to pay at delivery"]),
            rs(round(bill - j.amount, 2)),
        )
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
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
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if scrap:
        words.append("PAID - MATERIAL LIFTED")
    elif mode == "advance":
        words.append("ADVANCE RECEIVED - ORDER IN WORKSHOP")
    else:
        words.append("DELIVERED - FULL PAYMENT RECEIVED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE TAKEN - DELIVERY AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, ORDER HELD BACK",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Material to be lifted from the workshop within 3 days."
        if scrap
        else "Custom orders take 3-5 weeks. Cheques are subject to realisation.",
    )
    if k not in (1, 5):
        right(p, f"For {SHORT if scrap else SHOWROOM} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "MULI BAMBOO & CANE" if scrap else SHOWROOM,
            "WORKSHOP, AGARTALA" if scrap else "AGARTALA",
            None if j.no_day else j.date,
            word.split(" - ")[0].split(",")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. bamboo, cane, lacquer, packing, hardware bills


SUPPLIERS = [
    (
        "Jampui Hills Bamboo Traders",
        "Muli and bari bamboo poles | Seasoned and split bamboo",
        "Station Road, Kanchanpur, North Tripura - 799270",
        "16",
        "JHB",
        "Kanchanpur",
    ),
    (
        "Dhalai Cane & Rattan Supply Co.",
        "Cane, rattan core and cane webbing",
        "Ambassa Bazar, Dhalai, Tripura - 799289",
        "16",
        "DCR",
        "Ambassa",
    ),
    (
        "Brahmaputra Polish & Lacquer Works",
        "PU lacquers, sealers and wood preservatives",
        "Fancy Bazar, Guwahati - 781001, Assam",
        "18",
        "BPL",
        "Guwahati",
    ),
    (
        "Radhanagar Packaging Industries",
        "Bubble wrap | Stretch film | Corrugated rolls",
        "Radhanagar, Agartala - 799001, Tripura",
        "16",
        "RPI",
        "Agartala",
    ),
    (
        "Burrabazar Hardware & Fittings",
        "Brass hinges, screws and furniture fittings",
        "Canning Street, Kolkata - 700001, West Bengal",
        "19",
        "BHF",
        "Kolkata",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "JHB": [
        ("Muli bamboo poles 20-25 ft", "1401", "pole", 55, 95, 5, 300, 1800),
        ("Bari bamboo (Bambusa tulda) 12-15 ft", "1401", "pole", 38, 62, 5, 200, 1200),
    ],
    "DCR": [
        ("Split cane 8-12 mm", "1401", "kg", 160, 240, 5, 40, 260),
        ("Cane core (round) 6 mm", "1401", "kg", 220, 300, 5, 20, 160),
        ("Cane webbing 18 inch", "1401", "metre", 90, 160, 5, 50, 300),
    ],
    "BPL": [
        ("PU wood lacquer - matt (20 L)", "3208", "can", 5200, 7400, 18, 2, 12),
        ("Melamine sealer (4 L)", "3208", "tin", 1200, 1800, 18, 4, 24),
        ("Borax-boric acid preservative (25 kg)", "3808", "bag", 2200, 2900, 18, 2, 10),
    ],
    "RPI": [
        ("Bubble wrap roll 1 m x 100 m", "3920", "roll", 1400, 1900, 18, 4, 30),
        ("Stretch film 18 inch", "3920", "roll", 380, 520, 18, 10, 60),
    ],
    "BHF": [
        ("Brass hinges 3 inch", "8302", "dozen", 380, 560, 18, 4, 30),
        ("SS wood screws 1.5 inch (box of 200)", "7318", "box", 420, 640, 18, 4, 24),
        ("Nylon furniture glides (pack of 50)", "3926", "pack", 120, 200, 18, 6, 40),
    ],
}
SUPPLY_ORDER = [1, 0, 3, 2, 4, 0, 1, 2]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "-", "NEFT", "UPI", "-", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bamboo trader in the Jampui hills, the cane supplier at Ambassa, the lacquer house in Guwahati, the
    packaging maker at Radhanagar and the hardware dealer in Kolkata billing the company (paper: the supplier on
    top, its line, address and GSTIN; TAX INVOICE / TAX INVOICE - ORIGINAL FOR BUYER / TAX INVOICE CUM CHALLAN,
    Invoice No. / Tax Invoice No. / Bill No., Invoice date / Dated / Date, Bill to party / Name of buyer / Details
    of receiver (billed to) / Buyer the company, Consignee (shipped to) / Ship to the workshop, Place of supply,
    E-way bill No., Vehicle No., the poles, cane, lacquer, wrap or fittings with HSN, units x rate, Taxable value,
    CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance adjusted and Balance received by NEFT
    / RTGS on some, else Received by NEFT / RTGS / Payment received via NEFT / RTGS / Settled by NEFT / RTGS /
    Received by UPI / UPI payment received with UTR / UTR No. / NEFT/RTGS ref. / UPI Ref. No., or Cheque received /
    Cheque amount with Cheque No.; PAID / PAID - ACCOUNT SETTLED / PAYMENT RECEIVED BY NEFT / RTGS / UPI / CHEQUE
    RECEIVED - CREDIT ON REALISATION / CHEQUE BOUNCED - AMOUNT OUTSTANDING, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    maker, line, addr, state, tag, town = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "TAX INVOICE - ORIGINAL FOR BUYER", "TAX INVOICE CUM CHALLAN"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Bill to party", "Name of buyer", "Details of receiver (billed to)", "Buyer"])
    wrap_pair(p, rng.choice(["Consignee (shipped to)", "Ship to"]), f"{SHORT} - Workshop, Arundhutinagar")
    p.pair("Place of supply", "Tripura (16)")
    p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['TR01', 'TR02', 'AS01', 'WB23'])} {code(rng, rng.randrange(1, 3), UPPER)} {digits(rng, 4)}",
    )
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        units = (
            f"{unit}es" if unit in ("box",) and qty > 1 else f"{unit}s" if qty > 1 and unit != "kg" else unit
        )
        p.pair(f"  {qty:,} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "16")
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
    if way in ("NEFT", "RTGS") and tag in ("JHB", "DCR", "BPL") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance adjusted", rs(adv))
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
            lab = rng.choice(["Received by UPI", "UPI payment received"])
        else:
            lab = rng.choice([f"Received by {way}", f"Payment received via {way}", f"Settled by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR", "NEFT/RTGS ref."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAID - ACCOUNT SETTLED", f"PAYMENT RECEIVED BY {way}"]),
        "pending": "CHEQUE RECEIVED - CREDIT ON REALISATION",
        "failed": "CHEQUE BOUNCED - AMOUNT OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", f"Goods once sold will not be taken back. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Tripura Road Carriers", "Freight Agartala - Guwahati, 2 trucks", 18000, 95000),
    ("Sabroom Bamboo Treatment Plant", "Boron treatment - 1,800 poles", 12000, 68000),
    ("Ujjayanta Design Studio", "Catalogue photography and layout", 15000, 120000),
    ("Northeast Cargo Movers", "Carting to Kolkata port - 1 x 20 ft", 22000, 140000),
    ("Udaipur Carpentry Works", "Job work - bamboo frames for 40 chairs", 20000, 180000),
    ("Dhaleswar Electricals", "Workshop wiring and dust extractor", 6000, 48000),
    ("Pragati Exhibitions & Events", "Stall booking - crafts fair, Guwahati", 25000, 240000),
    ("Lake Chowmuhani Signs & Prints", "Showroom signboard and brochures", 5000, 36000),
]
CORP_PORTALS = [
    ("IDBI Bank Corporate Internet Banking", "IDBI Bank", "cib.idbibank.in/corporate/payments/status"),
    (
        "Central Bank of India Corporate Net Banking",
        "Central Bank of India",
        "corp.centralbank.net.in/txn/enquiry",
    ),
    ("Bandhan Bank Corporate NetBanking", "Bandhan Bank", "corporate.bandhanbank.com/payments/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its carrier, the bamboo treatment plant, the design studio, the carting agent, the
    carpentry workshop, the electrician, the fair organiser and the sign maker: corporate net banking's transaction
    pages (IDBI Bank Corporate Internet Banking, Central Bank of India Corporate Net Banking, Bandhan Bank Corporate
    NetBanking: the portal on top and the bank's line, Beneficiary name / Beneficiary account name / Credit account
    name, Beneficiary A/c and IFSC, Debit account the company, Amount (Rs.) / Transaction value / Transferred amount,
    Payment mode / Channel NEFT / RTGS / IMPS, Purpose / Description, UTR / UTR No., Reference No. / Bank transaction
    ID, Entered by / Authorised by, Value date / Executed on / Transaction date / Entered on / Created on / Returned on
    / Failed on; Funds transferred - UTR generated / Status: Executed / Pending with authoriser (level 2) / Returned -
    beneficiary name does not match account)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction enquiry', 'Fund transfer'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds transferred - UTR generated", "Status: Executed"],
            "pending": ["Pending with authoriser (level 2)"],
            "failed": ["Returned - beneficiary name does not match account"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Beneficiary account name", "Credit account name"]),
        who,
        merchant=who,
    )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount (Rs.)", "Transaction value", "Transferred amount"]), rs(j.amount), amount=j.amount
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Description"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair(rng.choice(["Reference No.", "Bank transaction ID"]), tr, txn=(BANK_RANK, tr))
    p.pair("Entered by / Authorised by", f"MULIACC01 / {'-' if status == 'pending' else 'MULIDIR02'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Transaction date"],
            "pending": ["Entered on", "Created on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Returned amounts are credited back to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. artisans' piece rates, salary and payouts


ARTISANS = [
    ("Sumitra Debbarma", "cane", "Mohanpur"),
    ("Haripada Das", "frame", "Jirania"),
    ("Bijoy Reang", "lamp", "Kamalpur"),
    ("Kalpana Tripura", "basket", "Khowai"),
    ("Ratan Sarkar", "polish", "Bishalgarh"),
    ("Nirmal Jamatia", "frame", "Udaipur"),
    ("Anita Malsom", "cane", "Teliamura"),
    ("Mampi Saha", "salary", "Agartala"),
]
REMARKS = {
    "cane": "Cane weaving - piece rate",
    "frame": "Chair frames - piece rate",
    "lamp": "Lamp shades - piece rate",
    "basket": "Baskets - piece rate",
    "polish": "Polishing - piece rate",
}
PAY_FRAMES = ["paper", "cashfree", "paper", "phonepe", "paper", "cashfree", "paytm", "paper"]
# kind: the line's wording, rate per piece (low, high), pieces (low, high)
PIECE_LINES = {
    "cane": ("Cane seat and back weaving - chairs  {n} pcs x {rate}", (140, 260), (12, 70)),
    "frame": ("Bamboo chair frame (bent and pinned)  {n} pcs x {rate}", (220, 420), (10, 60)),
    "lamp": ("Bamboo lamp shade - medium  {n} pcs x {rate}", (65, 140), (30, 180)),
    "basket": ("Bamboo basket - large, with lid  {n} pcs x {rate}", (45, 95), (40, 260)),
    "polish": ("Sanding and lacquer - chairs  {n} pcs x {rate}", (35, 70), (40, 220)),
}


def artisan_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its artisans by the piece (the cane weavers, frame makers, lamp and basket makers and the
    polisher from the villages round Agartala) and its showroom salesgirl: its printed ARTISAN PAYMENT VOUCHER -
    PIECE RATE / PIECE RATE BILL - CANE WEAVING / PIECE RATE BILL - BASKETRY / SALARY PAYMENT VOUCHER - SHOWROOM
    (the company on top, Voucher No. / Vr. No. / Bill No., Date / Voucher date, Artisan's name / Name of artisan /
    Payee (artisan) / Employee name / Paid to (employee), Village, Artisan card (Pehchan) No. or Month (no fact), the
    pieces x rate, Add: Finishing bonus / Add: Rush-order extra, Gross, Less: Cane advance adjusted / Less: Rejected
    pieces - n x rate / Less: Advance taken, or Basic salary, Add: Sales incentive @ 1%, Less: Professional tax,
    Net payable to artisan / Amount handed over / Net amount disbursed / Net salary paid, Mode Cash / UPI / IMPS;
    PAID / PAID - ARTISAN SIGNED / PAID IN FULL - PIECES COUNTED / PAID - SALARY RECEIVED), Cashfree's payout pages
    (Cashfree Payments on top and Payouts - the company under it, the sum large, Beneficiary name / Bene name /
    Transfer to, Bene ID, Account / VPA, Transfer mode, Remarks, Transfer ID, Cashfree reference ID, UTR, Processed on
    / Requested on / Added on / Reversed on; SUCCESS - transfer completed / Transfer successful / Queued - payout
    account balance low, transfer not yet sent / Reversed - beneficiary account is frozen), a PhonePe and a Paytm
    screen."""
    k = place("artisan_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1200, high=36000, p_round=0.9)
    who, kind, village = ARTISANS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = PAY_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["SUCCESS - transfer completed", "Transfer successful"],
                "pending": ["Queued - payout account balance low, transfer not yet sent"],
                "failed": ["Reversed - beneficiary account is frozen"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Bene name", "Transfer to"]), who, merchant=who)
        p.pair("Bene ID", f"ART{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Account / VPA",
            f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}" if way == "IMPS" else f"{digits(rng, 10)}@ybl",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Remarks", rng.choice([REMARKS[kind], "Weekly piece rate"]))
        if not j.no_ref:
            tid = f"MULI-PR-{rng.randrange(100, 999)}"
            p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
            cid = digits(rng, 9)
            p.pair("Cashfree reference ID", cid, txn=(TXN_RANK, cid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Requested on", "Added on"], "failed": ["Reversed on"]}[
                status
            ],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Reversed transfers are credited back to your payout account balance.")
        return p.done()
    if frame in ("phonepe", "paytm"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'ptyes', 'ptsbi'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice([REMARKS[kind], "Festival bonus", "Piece rate this week"]),
        )
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if frame == "phonepe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Punjab National Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    salary = kind == "salary"
    unit = UNITS[1] if salary else UNITS[0]
    kinds = {
        "salary": ["SALARY PAYMENT VOUCHER - SHOWROOM"],
        "cane": ["PIECE RATE BILL - CANE WEAVING", "ARTISAN PAYMENT VOUCHER - PIECE RATE"],
        "basket": ["PIECE RATE BILL - BASKETRY", "ARTISAN PAYMENT VOUCHER - PIECE RATE"],
    }.get(kind, ["ARTISAN PAYMENT VOUCHER - PIECE RATE"])
    letterhead(p, rng.choice([COMPANY, COMPANY_CAPS]), unit[0], unit[1], unit[2], kinds, merchant=False)
    if not j.no_ref:
        vno = f"{rng.choice(['AP', 'PR', 'SV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Bill No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    labels = (
        ["Employee name", "Paid to (employee)"]
        if salary
        else ["Artisan's name", "Name of artisan", "Payee (artisan)"]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    if salary:
        p.pair("Designation", "Sales assistant - showroom")
        if not j.no_day:
            p.pair("Month", j.month())
        basic = float(rng.randrange(11000, 16000, 500))
        p.pair("Basic salary", rs(basic))
        sales = float(rng.randrange(180000, 640000, 1000))
        bonus = round(sales * 0.01, 2)
        p.pair(f"Add: Sales incentive @ 1% on {sales:,.0f}", rs(bonus))
        gross = round(basic + bonus, 2)
        p.pair("Gross", rs(gross))
        cuts = [("Less: Professional tax", 208.0 if gross > 15000 else 150.0)]
        if rng.random() < 0.4:
            cuts.append(("Less: Advance taken", float(rng.choice([500, 1000, 2000]))))
        net = ["Net salary paid", "Amount handed over"]
    else:
        p.pair("Village", village)
        p.pair("Artisan card (Pehchan) No.", f"TR{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 6)}")
        text, (lo, hi), (nlo, nhi) = PIECE_LINES[kind]
        rate = float(rng.randrange(lo, hi + 1))
        n = rng.randrange(nlo, nhi)
        gross = round(n * rate, 2)
        p.pair(text.format(n=n, rate=f"{rate:.2f}"), rs(gross))
        if rng.random() < 0.4:
            extra = float(rng.choice([200, 300, 500]))
            p.pair(rng.choice(["Add: Finishing bonus", "Add: Rush-order extra"]), rs(extra))
            gross += extra
        p.pair("Gross", rs(gross))
        cuts = []
        if kind == "cane" and rng.random() < 0.6:
            cuts.append(("Less: Cane advance adjusted", float(rng.choice([500, 800, 1200]))))
        if rng.random() < 0.4:
            bad = rng.randrange(1, 4)
            cuts.append((f"Less: Rejected pieces - {bad} x {rate:.2f}", bad * rate))
        if rng.random() < 0.3:
            cuts.append(("Less: Advance taken", float(rng.choice([300, 500, 1000]))))
        net = ["Net payable to artisan", "Amount handed over", "Net amount disbursed"]
    for lab, value in cuts:
        if value:
            p.pair(lab, rs(value))
    j.amount = round(gross - sum(v for _, v in cuts), 2)
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = (
        "Cash"
        if k == 4
        else rng.choice(["UPI", "IMPS"] if salary or j.amount > 20000 else ["UPI", "IMPS", "Cash"])
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = (
        ["PAID", "PAID - SALARY RECEIVED"]
        if salary
        else ["PAID", "PAID - ARTISAN SIGNED", "PAID IN FULL - PIECES COUNTED"]
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature of employee" if salary else "Signature / thumb impression of artisan")
    return p.done()


# ---------------------------------------------------------------- 8. municipality, board, forest, estate, tax, council


FEE_FRAMES = ["trade", "tspcb", "forest", "tidc", "ptax", "epch", "property", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a bamboo and cane workshop with a showroom in Agartala: Agartala Municipal Corporation's trade
    licence and property tax pages (Agartala Municipal Corporation / AGARTALA MUNICIPAL CORPORATION on top and its
    Government of Tripura line, Name of trader / Name of owner, Trade / business name, Licence No. / Holding No., Ward
    No., the heads, Less: Rebate @ 10% (paid before due date), Total amount / Amount paid / Amount, Transaction ID,
    Bank Ref No., Receipt No.; Payment unsuccessful - tax not credited to AMC), the Tripura State Pollution Control
    Board's consent fee page (the Board on top and its consent management line, Name of the industry, Category,
    Application No., the Water and Air Act fees, Total fee paid, Transaction ref. No., Bank Ref No.), the Forest
    Department's e-transit pass page (Forest Department, Government of Tripura / FOREST DEPARTMENT, TRIPURA on top and
    its e-transit pass line, Name of applicant, Produce, From / To, the transit fee and royalty, Total payable /
    Amount deposited, Transaction ID, Application No.; Awaiting confirmation from bank - transit pass not yet issued),
    TIDC's estate dues page (Tripura Industrial Development Corporation Ltd / TIDC on top and its undertaking line,
    Name of allottee, Plot / shed, the lease rent, maintenance and water charges, Total amount paid, Bank Ref No.,
    Receipt No.), the Commissioner of Taxes' professional tax challan (Commissioner of Taxes, Tripura / Taxes
    Department, Government of Tripura on top and its e-payment line, Name of employer, PT Enrolment No., Return
    period, the tax deducted and the employer's own tax, Total tax paid, Bank Ref No., Challan No.), EPCH's
    membership receipt (Export Promotion Council for Handicrafts / EPCH on top and its Ministry of Textiles line,
    Member name, Membership No., RCMC No., the subscription, the RCMC renewal fee and GST @ 18%, Total amount received,
    Payment ID, Receipt No.) and Legal Metrology's verification fee page (Legal Metrology Department, Tripura /
    Controller of Legal Metrology, Tripura on top, Name of user, the instrument, the verification and stamping fee and
    a late fee, Fee paid, Transaction ID, Receipt No.). Payment successful / Fee paid successfully / Transaction
    successful - receipt generated / Payment confirmed."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    ok = [
        "Payment successful",
        "Fee paid successfully",
        "Transaction successful - receipt generated",
        "Payment confirmed",
    ]
    if frame in ("trade", "property"):
        tax = frame == "property"
        p = browser_page(
            rng,
            font,
            f"amc.tripura.gov.in/{'propertytax' if tax else 'tradelicence'}/receipt/{digits(rng, 8)}",
        )
        p.part = "head"
        name = rng.choice(["Agartala Municipal Corporation", "AGARTALA MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        p.add(
            "small", f"Government of Tripura  |  {'Holding tax' if tax else 'Trade licence'} - online payment"
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok, "failed": ["Payment unsuccessful - tax not credited to AMC"]})
        p.pair("Ward No.", str(rng.choice([7, 12, 18, 23, 31, 44])))
        if tax:
            wrap_pair(p, "Name of owner", firm)
            p.pair("Holding No.", f"{rng.randrange(1, 51)}/{digits(rng, 4)}")
            heads = [
                ("Holding tax - half year", 4200.0, 9800.0),
                ("Conservancy charges", 600.0, 1400.0),
                ("Lighting and water rate", 300.0, 900.0),
            ]
        else:
            wrap_pair(p, "Name of trader", firm)
            wrap_pair(
                p, "Trade / business name", rng.choice([SHOWROOM, f"{SHOWROOM} (bamboo and cane furniture)"])
            )
            p.pair("Licence No.", f"AMC/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - furniture showroom", 2500.0, 2500.0),
                ("Signboard fee", 400.0, 1200.0),
            ]
            if rng.random() < 0.4:
                heads.append(("Late fine", 200.0, 500.0))
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi) / 10) * 10)
            total += fee
            p.pair(head, rs(fee))
        if tax and status == "success" and rng.random() < 0.5:
            rebate = round(total * 0.1, 2)
            p.pair("Less: Rebate @ 10% (paid before due date)", rs(rebate))
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
        refs = [("Transaction ID", TXN_RANK, f"AMC{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'HT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "tspcb":
        p = browser_page(rng, font, f"tspcb.tripura.gov.in/ocmms/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Tripura State Pollution Control Board", "TRIPURA STATE POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Online consent management  |  Fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", f"{firm}, Arundhutinagar")
        p.pair("Category", rng.choice(["Green - bamboo and cane products", "White - handicrafts (bamboo)"]))
        p.pair("Application No.", digits(rng, 8))
        water = float(rng.choice([1000, 1500, 2500]))
        air = float(rng.choice([1000, 2000, 2500]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"TSPCB{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after the inspection of the unit."
    elif frame == "forest":
        p = browser_page(rng, font, f"forest.tripura.gov.in/etp/payment/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Forest Department, Government of Tripura",
                "FOREST DEPARTMENT, TRIPURA",
                "Forest Department, Tripura",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "e-Transit pass for forest produce  |  Fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "pending": ["Awaiting confirmation from bank - transit pass not yet issued"]},
        )
        wrap_pair(p, "Name of applicant", firm)
        poles = rng.randrange(600, 3200, 50)
        p.pair("Produce", f"Bamboo (muli) - {poles:,} nos")
        wrap_pair(p, "From / To", "Kanchanpur range - Arundhutinagar, Agartala")
        p.pair("Application No.", f"ETP/{digits(rng, 7)}")
        fee = float(poles * rng.choice([1, 2]))
        royalty = float(round(poles * rng.uniform(2.0, 4.0) / 10) * 10)
        p.pair("Transit fee", rs(fee))
        p.pair("Royalty on bamboo", rs(royalty))
        j.amount = fee + royalty
        p.pair("Total payable" if status == "pending" else "Amount deposited", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"FDT{digits(rng, 11)}")])
        date_row(
            p, j, ["Payment date"] if status == "success" else ["Transaction date", "Initiated on"], pats
        )
        foot = "Carry the e-transit pass with the vehicle; it is checked at the forest check gates."
    elif frame == "tidc":
        p = browser_page(rng, font, f"tidc.tripura.gov.in/estate/dues/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Tripura Industrial Development Corporation Ltd", "TIDC"])
        top(p, name, merchant=name)
        p.add("small", "A Government of Tripura undertaking  |  Estate dues")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of allottee", firm)
        p.pair("Plot / shed", "Plot 14, Arundhutinagar Industrial Estate")
        heads = [
            ("Lease rent (annual)", float(rng.choice([6000, 7200, 9600]))),
            ("Maintenance charges (half year)", float(rng.choice([3000, 3600, 4800]))),
        ]
        if rng.random() < 0.5:
            heads.append(("Water charges", float(rng.choice([600, 900, 1200]))))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = float(sum(fee for _, fee in heads))
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"TIDC/EST/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Dues paid after the due date attract interest at 12% a year."
    elif frame == "ptax":
        p = browser_page(rng, font, f"taxes.tripura.gov.in/ptax/echallan/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Commissioner of Taxes, Tripura", "Taxes Department, Government of Tripura"])
        top(p, name, merchant=name)
        p.add("small", "Professional tax  |  e-Payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of employer", firm)
        p.pair("PT Enrolment No.", f"PTE/{digits(rng, 8)}")
        if not j.no_day:
            p.pair("Return period", j.month())
        staff = rng.randrange(6, 24)
        deducted = float(staff * rng.choice([150, 208]))
        p.pair(f"Tax deducted from {staff} employees", rs(deducted))
        own = 2500.0 if rng.random() < 0.4 else 0.0
        if own:
            p.pair("Employer's own tax (enrolment)", rs(own))
        j.amount = deducted + own
        p.pair("Total tax paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Challan No.", INVOICE_RANK, f"PT/{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Challan date"], pats)
        foot = "Keep the challan for the annual return of professional tax."
    elif frame == "epch":
        p = browser_page(rng, font, f"epch.in/members/payment/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Set up under the Ministry of Textiles, Government of India")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Member name", firm)
        p.pair("Membership No.", f"EPCH/{digits(rng, 5)}")
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        sub = float(rng.choice([5000, 7500, 10000]))
        renew = float(rng.choice([1000, 2000]))
        p.pair("Annual membership subscription", rs(sub))
        p.pair("RCMC renewal fee", rs(renew))
        gst = round((sub + renew) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(sub + renew + gst, 2)
        p.pair("Total amount received", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"EPCH{digits(rng, 10)}"),
                ("Receipt No.", INVOICE_RANK, f"MR/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The renewed RCMC is valid for five years from the date of issue."
    else:
        p = browser_page(rng, font, f"legalmetrology.tripura.gov.in/verification/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Legal Metrology Department, Tripura", "Controller of Legal Metrology, Tripura"])
        top(p, name, merchant=name)
        p.add("small", "Government of Tripura  |  Verification and stamping")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{firm} - workshop")
        p.pair("Instrument", "Platform scale, Class III, 300 kg")
        fee = float(rng.choice([400, 600, 800]))
        p.pair("Verification and stamping fee", rs(fee))
        late = float(rng.choice([0, 0, 200]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair("Fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LM{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"LMT/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Bring the instrument to the verification camp on the date given."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Laghu Udyam Suraksha - workshop and bamboo stock",
        "browser",
    ),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Marine cargo open policy - inland transit",
        "paper",
    ),
    ("United India Insurance Co. Ltd", "uiic.co.in", "Group personal accident - artisans", "mail"),
    ("SBI General Insurance Co. Ltd", "sbigeneral.in", "Shopkeeper's policy - showroom", "browser"),
    ("Bajaj General Insurance Ltd", "bajajgeneral.com", "Goods carrying vehicle - package policy", "mail"),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Burglary and housebreaking - showroom",
        "paper",
    ),
    (
        "Generali Central Insurance Co. Ltd",
        "generalicentral.com",
        "Employees' compensation - workshop",
        "browser",
    ),
    ("Life Insurance Corporation of India", "licindia.in", "Group term insurance - staff", "mail"),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its workshop and bamboo stock, its goods in transit to Guwahati and Kolkata, its artisans
    against accidents, its showroom, its pickup truck, the showroom against burglary, its employees' compensation and
    its staff's lives: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the
    product line, PREMIUM RECEIPT / Premium payment receipt / RECEIPT, Insured name / Name of policyholder /
    Proposer name, Policy No., Proposal No., Sum insured (building, machinery and stock) / Annual turnover in transit
    / Capital sum insured / Sum insured (contents) / Insured declared value and Vehicle No. / Sum insured (stock and
    cash) / Wages declared / Lives covered, Period of insurance, Basic premium / Own damage premium and Third party
    premium / Group term premium, an add-on (STFI and earthquake, war and SRCC, medical expenses, plate glass, riot
    and strike, occupational disease, accidental death benefit), GST @ 18%, Total premium (incl. GST) / Premium
    collected / Amount received towards premium / Cheque amount / Premium due / Amount payable, Payment mode,
    Transaction No. / Payment reference No., UPI Ref No. / Bank Ref. No., Receipt No. / Premium receipt No., Cheque
    No., Receipt date / Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on;
    Premium received - policy issued / Payment received - cover confirmed / CHEQUE UNDER CLEARING - COVER FROM
    REALISATION DATE / Transaction unsuccessful - premium not collected)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0].split(" Corporation")[0]
        p = mail_page(rng, font, f"{short} <receipts@{host}>", ["Premium receipt", "Premium payment receipt"])
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
                ["Divisional Office, Akhaura Road, Agartala", "Branch Office, Sakuntala Road, Agartala"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment receipt", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy issued", "Payment received - cover confirmed"],
            "pending": ["CHEQUE UNDER CLEARING - COVER FROM REALISATION DATE"],
            "failed": ["Transaction unsuccessful - premium not collected"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Insured name", "Name of policyholder", "Proposer name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '21', '31', '48'])}/2026/{digits(rng, 4)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    if "stock" in product:
        insured = float(rng.randrange(4000000, 24000000, 100000))
        p.pair("Sum insured (building, machinery and stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.0011), 2)
        addon = ("STFI and earthquake cover", round(insured * 0.0001, 2))
    elif "Marine" in product:
        turnover = float(rng.randrange(3000000, 18000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        basic = round(turnover * rng.uniform(0.0008, 0.0015), 2)
        addon = ("War and SRCC cover", round(turnover * 0.0001, 2))
    elif "accident" in product:
        lives = rng.randrange(14, 40)
        p.pair("Capital sum insured", f"{lives} artisans x Rs 2,00,000")
        basic = round(lives * rng.uniform(180, 320), 2)
        addon = ("Medical expenses extension", round(lives * 40.0, 2))
    elif "Shopkeeper" in product:
        insured = float(rng.randrange(1500000, 6000000, 50000))
        p.pair("Sum insured (contents)", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Plate glass cover", round(rng.uniform(600, 1800), 2))
    elif "vehicle" in product:
        idv = float(rng.randrange(420000, 880000, 1000))
        p.pair("Insured declared value (IDV)", rs(idv))
        p.pair("Vehicle No.", f"TR01 {code(rng, 2, UPPER)} {digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        addon = ("Third party premium", float(rng.choice([16049, 27186])))
    elif "Burglary" in product:
        insured = float(rng.randrange(1000000, 5000000, 50000))
        p.pair("Sum insured (stock and cash)", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Riot and strike cover", round(insured * 0.0001, 2))
    elif "compensation" in product:
        wages = float(rng.randrange(2400000, 6400000, 10000))
        p.pair("Wages declared (annual)", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.007), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    else:
        lives = rng.randrange(6, 18)
        p.pair("Lives covered", f"{lives} staff x Rs 5,00,000")
        basic = round(lives * rng.uniform(1400, 2600), 2)
        addon = ("Accidental death benefit", round(lives * 250.0, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 6)}")
    p.pair(
        "Own damage premium"
        if "vehicle" in product
        else "Group term premium"
        if "term" in product
        else "Basic premium",
        rs(basic),
    )
    p.pair(addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium (incl. GST)", "Premium collected", "Amount received towards premium"],
        "pending": ["Cheque amount", "Total premium (incl. GST)"],
        "failed": ["Premium due", "Amount payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "paper" and status == "success":
        way = rng.choice(["Net banking", "Cheque"])
    p.pair("Payment mode", way, method=way_method(way))
    if way == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if way != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'NI'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction No.", "Payment reference No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way != "Cheque":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover begins only on realisation of the premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("BANSH KUTIR", "POST OFFICE CHOWMUHANI, AGT", "showroom"),
    ("MULI BAMBOO & CANE CRAFTS", "ARUNDHUTINAGAR, AGARTALA", "showroom"),
    ("SRI DURGA FILLING STATION", "AIRPORT ROAD, AGARTALA", "fuel"),
    ("BANSH KUTIR", "HGB ROAD AGARTALA 799001", "showroom"),
    ("HOTEL BRAHMAPUTRA VIEW", "PAN BAZAR, GUWAHATI", "hotel"),
    ("BANSH KUTIR", "AGARTALA TRIPURA", "showroom"),
    ("MELARMATH HARDWARE STORES", "MELARMATH, AGARTALA", "shop"),
    ("KAMAN CHOWMUHANI PAINTS", "KAMAN CHOWMUHANI, AGARTALA", "shop"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "PUNJAB NATIONAL BANK",
    "INDIANOIL",
    "UCO BANK",
    "HDFC BANK",
    "BANDHAN BANK",
    "PAYTM",
    "AXIS BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers' cards on the showroom's and the workshop's terminals, and the company's card at a filling station,
    a hotel in Guwahati during a crafts fair, a hardware shop and a paint shop: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM: /
    DATE & TIME:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / INV NO: / BILL NO: / RECEIPT NO:, SALE, CARD:, CARD
    TYPE:, a fuel sale's PRODUCT:, RATE:, VOLUME(L): and PUMP NO:, a hotel's ROOM NO: and GUEST:, APPR CODE: / AUTH
    NO:, RRN: / RRN NO: / REF NO:, AMT: / TOTAL AMOUNT: / PURCHASE AMT: / SALE AMT:; APPROVED / TRANSACTION APPROVED /
    APPROVED - PIN VERIFIED / DECLINED - 55 INCORRECT PIN / NO RESPONSE FROM BANK - VERIFY STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1800, high=72000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 900, 5200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3400, 18500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 650, 14500, 0.5)
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
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(
            rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv)
        )
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE", "SALE (TAP)"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(92.5, 96.0), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "MS", "HSD"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.choice([203, 204, 305, 306, 411, 412])))
        p.pair("GUEST:", rng.choice(["D DEBBARMA", "S SAHA", "MULI BAMBOO"]))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMT:", "TOTAL AMOUNT:", "PURCHASE AMT:", "SALE AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION APPROVED", "APPROVED - PIN VERIFIED"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM BANK - VERIFY STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband, gas and phone bills


BILLERS = [
    ("TSECL", "Tripura State Electricity Corporation Ltd", "Consumer No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("TNGCL", "Tripura Natural Gas Company Ltd", "Customer ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
]
BILL_APPS = ["Amazon Pay", "TSECL", "PNB ONE", "PhonePe", "Paytm", "TSECL", "Google Pay", "super.money"]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the showroom's electricity (TSECL), the workshop's broadband (BSNL Bharat Fibre), the
    workshop canteen's piped gas (TNGCL), the director's postpaid phone (Jio) and the showroom's broadband (Airtel)
    through Bharat Connect in PNB ONE and UPI apps (the app on top, Biller / Biller name / Bill paid to / Utility
    provider / Operator as printed, Consumer No. / Account No. / Customer ID / Mobile No., Customer name / Consumer
    name / Name on bill, Bill month and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect
    Ref. No. / BBPS Txn Ref, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill
    paid successfully / Payment successful / Bill payment confirmed / Payment pending with biller - do not pay again /
    Bill payment failed - refund, if debited, in 3 working days) and TSECL's own receipt page (the corporation on top
    with its Government of Tripura line, Consumer No., Electrical sub-division, Consumer name, Bill month, Payment
    amount / Amount received, Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1800, high=64000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which in (1, 4):
        j.amount = rupees(rng, 799, 4200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 900, 6800, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1799, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['AG', 'AGT', 'JR'])}{digits(rng, 8)}",
        "Account No.": digits(rng, 10),
        "Customer ID": f"10{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TSECL":
        p = browser_page(rng, font, "tsecl.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Tripura enterprise  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment confirmed"]})
        p.pair(idlab, ids)
        p.pair(
            "Electrical sub-division",
            rng.choice(
                ["Agartala ESD-II (Banamalipur)", "Agartala ESD-V (Arundhutinagar)", "Jogendranagar ESD"]
            ),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Payment amount", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TSE{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 11)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reflects in your consumer account within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Bill payment confirmed"],
            "pending": ["Payment pending with biller - do not pay again"],
            "failed": ["Bill payment failed - refund, if debited, in 3 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (3, 4)
        else rng.choice(["Biller", "Biller name", "Bill paid to", "Utility provider"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Name on bill"]),
        rng.choice([COMPANY_CAPS, SHOWROOM.upper(), "MULI BAMBOO AND CANE"]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "PNB ONE" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Amazon Pay": "AM",
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "super.money": "SP",
            }.get(app, "PN")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "BBPS Txn Ref"]), bc, txn=(BANK_RANK, bc))
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


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "DHALAI CANE & RATTAN",
    "TRIPURA ROAD CARRIER",
    "SUMITRA DEBBARMA",
    "JAMPUI HILLS BAMBOO",
    "UJJAYANTA DESIGN STU",
    "RADHANAGAR PACKAGING",
    "SABROOM BAMBOO TREAT",
    "HARIPADA DAS",
]
# the bank of each SMS (the e-mails' are drawn): SBI, PNB, UCO and TGB's own wording each on one success
ALERT_BANKS = {
    0: "State Bank of India",
    2: "Punjab National Bank",
    3: "Punjab National Bank",
    5: "State Bank of India",
    6: "UCO Bank",
    7: "Tripura Gramin Bank",
}
SENDERS = {
    "State Bank of India": "AD-SBIINB",
    "Punjab National Bank": "VK-PNBSMS",
    "UCO Bank": "JM-UCOBNK",
    "Tripura Gramin Bank": "AX-TGBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-SBIINB / VK-PNBSMS /
    JM-UCOBNK / AX-TGBANK, the day divider, each bank's own wording: "Your A/C XXXXX1234 has a debit by <way> transfer
    / of Rs x on <day> / to <payee>. / Ref No <ref>. -SBI", "A/c XX1234 debited INR x on <day> thru <way>. /
    Beneficiary: <payee>. -PNB", "UCO Bank: Rs x debited to A/c ...1234 on <day>, / <way> to <payee>.", "TGB: A/c
    XX1234 debited for Rs.x on <day> / towards <way> payment to <payee>."; a transfer that "was REJECTED by the
    beneficiary bank; amount reversed to your A/c" and one that "is AWAITING confirmation from the beneficiary bank")
    and two e-mail debit alerts (Transaction value (INR) / Amount (INR), Beneficiary / Paid to (beneficiary), Account,
    Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Transaction status: Success / Status:
    Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=2500, high=360000)
    to = ALERT_PAYEES[k]
    if k in (2, 7):
        j.amount = rupees(rng, 1200, 24000, 0.8)
    if k in (1, 4):
        bank = rng.choice(["State Bank of India", "Punjab National Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert - corporate internet banking")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Transaction value (INR)", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to (beneficiary)"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Transaction status: Success", "Status: Successful"]), status="success")
        p.part = "foot"
        p.add(
            "small",
            "Never share your OTP, PIN or password. Report an unauthorised debit to the bank at once.",
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k in (2, 7):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = ALERT_BANKS[k]
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
        if bank == "State Bank of India":
            p.add("left", f"Your A/C XXXXX{tail} has a debit by {way} transfer", method=method)
            p.add("left", f"of Rs {amt}{on}", amount=j.amount)
            p.add("left", f"to {to}.", merchant=to)
        elif bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on} thru {way}.", amount=j.amount, method=method)
            p.add("left", f"Beneficiary: {to}.", merchant=to)
        elif bank == "UCO Bank":
            p.add("left", f"UCO Bank: Rs {amt} debited to A/c ...{tail}{on},", amount=j.amount)
            p.add("left", f"{way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"TGB: A/c XX{tail} debited for Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"towards {way} payment to {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was REJECTED by the beneficiary bank; amount reversed to your A/c.",
            "pending": "is AWAITING confirmation from the beneficiary bank.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "State Bank of India":
            lab = "Ref No"
        else:
            lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 1800000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(
                ["If not done by you, call 1800 1234 immediately", "Not you? Block the account at once"]
            ),
        )
    p.add(
        "small",
        {"State Bank of India": "-SBI", "Punjab National Bank": "-PNB", "UCO Bank": "-UCO Bank"}.get(
            bank, "-TGB"
        ),
    )
    return p.done()


compose = compose158

"""The twelve heldout212 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a pashmina shawl and papier-mache handicraft exporter's day in 2026 in Srinagar
(Zaffran Handicraft Exports Pvt Ltd, its karkhana at Zaina Kadal in the old city and its showroom, Nishat Pashmina
House, on Boulevard Road by the Dal Lake), told by the proofs of payment it receives and makes: tourists' UPI
screens and the web shop's CCAvenue and Easebuzz pages, the marketplaces' payouts and the stores' payment advices,
buyers abroad's inward wires in US dollars, pounds, euros, yen, dirhams, Canadian dollars and Swedish kronor, its own
cash memos and custom-order receipts, the raw pashmina trader's, the hand-spun yarn house's, the dyer's, the gold
leaf and colours dealer's and the carton maker's tax invoices, the corporate net-banking transfers to the Kani
weavers' group, the shawl washers, the naqash, the air cargo agent, the customs broker, the khatamband carpenters,
the studio and the walnut woodcraft unit, the weavers', embroiderers', spinners' and papier-mache karigars' piece
rate vouchers and payouts, the Directorate of Tourism's, Srinagar Municipal Corporation's, the J&K Pollution Control
Committee's, EPCH's, the Labour Department's, the Directorate of Handicrafts and Handloom's and the Fire and
Emergency Services' pages, the insurers' premium receipts, card terminal slips, KPDCL's electricity and the
broadband, LPG and phone bills and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the "A unit of"
line, orders and bills listed on a payout or an advice, seller, vendor, listing, order, PO, export invoice, shipping
bill, licence, registration, membership, RCMC, assessment, consumer, policy, proposal, bene and record numbers,
shawls, stoles, boxes, kilos, grams, pieces, rates, fees, commissions, discounts, debit notes, advances, TDS, TCS and
GST lines, the INR values on the wires, exchange rates, sums insured, turnover and limits, stay, settlement, bill and
wage months and periods, due days, GSTIN, IFSC, BIC, UETR, purpose codes, MID, TID, batch, STAN, pump and room
numbers, file names, beneficiary nicknames, the initiator and the authoriser and the payer's own details carry no
fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
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

COMPANY = "Zaffran Handicraft Exports Pvt Ltd"
COMPANY_CAPS = "ZAFFRAN HANDICRAFT EXPORTS PVT LTD"
SHORT = "Zaffran Handicrafts"
SHOWROOM = "Nishat Pashmina House"
# unit, address, GST state code
UNITS = [
    ("Karkhana - pashmina and papier-mache", "Zaina Kadal, Old City, Srinagar - 190002, J&K", "01"),
    ("Showroom", "Boulevard Road, near Ghat No. 9, Dal Lake, Srinagar - 190001, J&K", "01"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WEST = ["%b {d}, %Y", "{d} %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "J&K Bank",
    "HDFC Bank",
    "State Bank of India",
    "Punjab National Bank",
    "ICICI Bank",
    "Axis Bank",
    "Yes Bank",
    "Bank of Baroda",
    "IDFC FIRST Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "J&K Bank": "JAKA",
    "HDFC Bank": "HDFC",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Yes Bank": "YESB",
    "Bank of Baroda": "BARB",
    "IDFC FIRST Bank": "IDFB",
    "Kotak Mahindra Bank": "KKBK",
}
DOMAINS = {
    "J&K Bank": "jkbank.com",
    "HDFC Bank": "hdfcbank.com",
    "State Bank of India": "sbi.co.in",
    "Punjab National Bank": "pnb.co.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Yes Bank": "yesbank.in",
    "Bank of Baroda": "bankofbaroda.co.in",
}
TOURISTS = [
    "Charlotte Ashworth",
    "Kenji Watanabe",
    "Ritu Malhotra",
    "Pierre-Louis Garnier",
    "Aarav Kapoor",
    "Hannah Lindqvist",
    "Sameer Qureshi",
    "Olivia Brennan",
    "Farah Siddiqui",
    "Marco Bellini",
]


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to party / Buyer's name / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "JAKA")
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


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-{rng.choice('89ab')}{code(rng, 3, HEXA)}"
    return f"{head}-{code(rng, 12, HEXA)}"


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; yen by their code or sign,
    whole on most pages; dirhams, Canadian dollars (or C$) and Swedish kronor by their code before or after the
    figure; western grouping."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = sign(font, "\u00a5", "JPY ") if rng.random() < 0.4 else "JPY "
        whole = rng.random() < 0.75

        def show_yen(value: float) -> str:
            return f"{mark}{value:,.0f}" if whole else f"{mark}{value:,.2f}"

        return show_yen
    if cur == "CAD" and rng.random() < 0.4:

        def show_cad(value: float) -> str:
            return f"C${value:,.2f}"

        return show_cad
    after = rng.random() < 0.35

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

    return show


# ---------------------------------------------------------------- 1. tourists and buyers: UPI and the web shop


TOURIST_APPS = ["Google Pay", "PhonePe", "CCAvenue", "Paytm", "WhatsApp", "BHIM", "Easebuzz", "Amazon Pay"]
SHOWROOM_NOTES = [
    "Pashmina shawl - 1 pc",
    "Sozni stole x2",
    "Papier-mache box set",
    "Kani stole",
    "Shawl + 2 stoles",
    "Christmas baubles x12",
    "Jamawar shawl",
]
WEB_ORDERS = [
    "Order: Sozni embroidered pashmina shawl, ivory",
    "Order: Kani pashmina stole - jamawar pattern",
    "Order: Papier-mache jewellery boxes (set of 3)",
    "Order: Hand-spun pashmina shawl - natural grey",
]
TOURIST_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "WhatsApp": ["UPI transaction ID", "UPI Ref No."],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "Amazon Pay": ["UPI Ref. No.", "Bank reference No. (UTR)"],
}


def tourist_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists on the Boulevard paying the showroom for shawls, stoles and papier-mache boxes: six UPI screens
    (Google Pay, PhonePe, Paytm, WhatsApp, BHIM, Amazon Pay: the showroom or the company under Paid to / To / Sent
    to / Payment to / Paying to, its UPI ID, a Banking name line on some, the sum large, a note, UTR / UPI Ref. No.
    / UPI Reference No. / UPI transaction ID / UPI Ref No / Bank reference No. (UTR), PhonePe's, Paytm's and Amazon
    Pay's own Transaction ID and Google Pay's Google transaction ID on some, Debited from / From / Paid from, Date &
    time / Paid on / Completed on / Initiated on; Payment done / Payment successful / Money sent / Payment pending -
    we will update you within 2 hours, do not pay again / Payment failed - bank server unreachable, money not
    debited) and the web shop's CCAvenue and Easebuzz pages for buyers abroad and in India (the showroom or the
    company on top, Billing name / Buyer name / Customer name, the order, Ship to on some, Order No. / Merchant
    order ID, Tracking ID / Easepay ID, Bank Ref. No. on UPI or Auth code on a card, Paid on / Payment date /
    Transaction time; Order status: Successful / Payment received - thank you for shopping / Payment successful)."""
    k = place("tourist_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=1800, high=95000, p_round=0.8)
    app = TOURIST_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("CCAvenue", "Easebuzz"):
        to = rng.choice([SHOWROOM, SHOWROOM, COMPANY])
        url = (
            f"secure.ccavenue.com/transaction/receipt/{code(rng, 10, ALNUM)}"
            if app == "CCAvenue"
            else f"pay.easebuzz.in/pay/receipt/{code(rng, 12, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Pashmina and papier-mache from Srinagar since 1986", "Online shop - Boulevard Road"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Order status: Successful",
                    "Payment received - thank you for shopping",
                    "Payment successful",
                ]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        buyer = rng.choice(TOURISTS)
        wrap_pair(
            p,
            rng.choice(
                ["Billing name", "Buyer name"] if app == "CCAvenue" else ["Customer name", "Buyer name"]
            ),
            buyer,
        )
        wrap_pair(p, "Order details", rng.choice(WEB_ORDERS).split(": ")[1])
        if rng.random() < 0.5:
            wrap_pair(p, "Ship to", rng.choice(["London, UK", "Lyon, France", "Osaka, Japan", "Pune, India"]))
        way = rng.choice(["UPI", "card", "card"] if app == "CCAvenue" else ["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} credit card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "CCAvenue":
                oid = f"ZHE{j.date:%y}{digits(rng, 6)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
                tid = digits(rng, 12)
                p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
            else:
                tid = f"E{j.date:%y%m%d}{code(rng, 8, UPPER)}"
                p.pair("Easepay ID", tid, txn=(TXN_RANK, tid))
                oid = f"NPH{digits(rng, 8)}"
                p.pair("Merchant order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair(rng.choice(["Bank Ref. No.", "Bank Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by CCAvenue" if app == "CCAvenue" else "Secured by Easebuzz")
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), "ZAFFRAN HANDICRAFT EXPORTS"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "WhatsApp": "WhatsApp Payments"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment done", "Payment successful", "Money sent"],
            "pending": ["Payment pending - we will update you within 2 hours, do not pay again"],
            "failed": ["Payment failed - bank server unreachable, money not debited"],
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
    p.add(
        "small",
        f"{rng.choice(['nishatpashmina', 'nishathouse', 'zaffranhandicrafts'])}@"
        f"{rng.choice(['jkb', 'ybl', 'okhdfcbank', 'paytm'])}",
        method="UPI",
    )
    if app in ("PhonePe", "Paytm", "BHIM") and "ZAFFRAN" not in to and rng.random() < 0.6:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOWROOM_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(TOURIST_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
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
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from"] if status == "success" else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS)} XX{digits(rng, 4)}",
    )
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help with this payment?"]))
    return p.done()


# ---------------------------------------------------------------- 2. marketplaces' payouts and stores' advices


# payer, frame, payee labels, kind (market / store), id label
PAYERS = [
    ("Etsy", "mail", ["Seller (legal name)", "Deposited to"], "etsy", "Deposit ID"),
    (
        "Central Cottage Industries Corporation of India Ltd",
        "paper",
        ["Vendor name", "Paid to vendor"],
        "store",
        "Payment advice No.",
    ),
    (
        "amazon seller central",
        "browser",
        ["Seller name", "Registered business name"],
        "market",
        "Settlement ID",
    ),
    ("Fabindia Ltd", "portal", ["Vendor name", "Supplier"], "store", "Payment document No."),
    ("iTokri", "mail", ["Vendor (artisan brand)", "Payee (seller)"], "market", "Payout ID"),
    (
        "Flipkart Seller Hub",
        "browser",
        ["Seller name", "Registered business name"],
        "market",
        "Payment reference",
    ),
    ("Ambrai Luxe Boutique", "mail", ["Vendor name", "Supplier"], "store", "Payment advice No."),
    ("Kasba Living Pvt Ltd", "paper", ["Vendor name", "Paid to vendor"], "store", "Payment document No."),
]
PAYER_LINES = {
    "Etsy": "Etsy Payments - deposits",
    "Central Cottage Industries Corporation of India Ltd": "Accounts Division, Janpath, New Delhi",
    "amazon seller central": "Payments - disbursements",
    "Fabindia Ltd": "Vendor payments, Okhla Phase I, New Delhi",
    "iTokri": "Artisan payouts - finance team",
    "Flipkart Seller Hub": "Payments - settlements",
    "Ambrai Luxe Boutique": "Accounts, Mehrauli, New Delhi",
    "Kasba Living Pvt Ltd": "Finance & Accounts, Bandra West, Mumbai",
}
PAYER_SENDERS = {
    "Etsy": "Etsy <transaction@etsy.com>",
    "iTokri": "iTokri Payouts <payouts@itokri.com>",
    "Ambrai Luxe Boutique": "Ambrai Accounts <accounts@ambrailuxe.in>",
}
PAYER_HOSTS = {
    "amazon seller central": "sellercentral.amazon.in/payments/disbursement/details",
    "Fabindia Ltd": "suppliers.fabindia.net/ap/payment-advice",
    "Flipkart Seller Hub": "seller.flipkart.com/index.html#dashboard/payments/settled",
}
PIECES = [
    ("Pashmina shawl - sozni border", 6800, 14500),
    ("Pashmina stole - plain, dyed", 2400, 4200),
    ("Kani stole - jamawar", 9500, 18500),
    ("Papier-mache box - medium", 450, 980),
    ("Papier-mache Christmas baubles (set of 6)", 380, 720),
    ("Aari embroidered cushion cover", 650, 1150),
]


def buyer_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Marketplaces and stores paying for the shawls, stoles and papier-mache they sold or bought: Etsy's deposit
    e-mail, amazon seller central's and Flipkart Seller Hub's settlement pages and iTokri's payout e-mail (the
    marketplace on top with its desk line, Seller (legal name) / Deposited to / Seller name / Registered business
    name / Vendor (artisan brand) / Payee (seller) the company or its short name, Seller ID / Shop (no fact),
    Settlement period, the orders, Gross sales / Sales, Less: Transaction fees @ 6.5% / Less: Payment processing
    fees / Less: Listing fees / Less: Commission @ n% / Less: Fixed closing fee / Less: Shipping fee, Less: GST on
    fees @ 18%, Less: TCS u/s 52 CGST Act @ 0.5%, Less: TDS u/s 194-O @ 0.1%, Deposit amount / Net payout / Net
    settlement / Amount credited to your bank / Net amount transferred, Deposit ID / Settlement ID / Payout ID /
    Payment reference, UTR / Bank UTR, Deposit date / Settled on / Disbursement date / Transfer date / Initiated on
    / Failed on) and the stores' payment advices (Central Cottage Industries Corporation's printed PAYMENT ADVICE,
    Fabindia's vendor portal, a Delhi boutique's e-mail and a Mumbai home store's printed VENDOR PAYMENT ADVICE: the
    store on top, Vendor name / Paid to vendor / Supplier the company, Vendor code / Supplier code and PO No. (no
    fact), the company's bills, Bills total / Gross amount of bills, Less: TDS u/s 194Q @ 0.1%, Less: Debit note - n
    stoles returned / Less: Trade discount @ 5% on some, Net amount paid / Amount credited / Net payment released /
    Net amount / Net payment, Payment mode NEFT / RTGS / IMPS, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No., Payment
    advice No. / Payment document No., Payment date / Value date / Returned on / Return date; Deposit sent to your
    bank / Settled / Payout completed / Status: Paid / Amount credited to vendor account / Disbursement scheduled -
    funds on the way to your bank / Payment bounced back - beneficiary account is dormant)."""
    k = place("buyer_payouts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    name, frame, labels, kind, idlab = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        subjects = {
            "Etsy": ["You've got a deposit", "Your Etsy deposit is on its way"],
            "iTokri": ["Payout for your iTokri sales", "Artisan payout - statement"],
        }.get(name, ["Payment advice", f"Payment intimation - {SHORT}", "Remittance advice"])
        p = mail_page(rng, font, PAYER_SENDERS[name], subjects)
    elif frame == "browser" or frame == "portal":
        p = browser_page(rng, font, PAYER_HOSTS[name])
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, name.upper() if frame == "paper" and rng.random() < 0.5 else name)
    p.add("small", PAYER_LINES[name])
    if kind == "store":
        p.add(
            "center", rng.choice(["PAYMENT ADVICE", "VENDOR PAYMENT ADVICE", "Payment advice - handicrafts"])
        )
    p.add("rule")
    p.part = "body"
    words = {
        "etsy": ["Deposit sent to your bank", "Settled"],
        "market": ["Settled", "Payout completed"],
        "store": ["Status: Paid", "Amount credited to vendor account"],
    }[kind]
    outcome_row(
        p,
        status,
        {
            "success": words,
            "pending": ["Disbursement scheduled - funds on the way to your bank"],
            "failed": ["Payment bounced back - beneficiary account is dormant"],
        },
    )
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    if kind == "store":
        p.pair(
            rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP', 'KSH'])}{digits(rng, 5)}"
        )
        p.pair("PO No.", f"{rng.choice(['PO', '45'])}{digits(rng, 7)}")
    elif name == "Etsy":
        p.pair("Shop", rng.choice(["NishatPashminaHouse", "ZaffranKashmir"]))
    else:
        p.pair("Seller ID", f"{code(rng, 2, UPPER)}{code(rng, 10, ALNUM)}")
    if kind != "store" and not j.no_day:
        start = earlier(rng, j, 16, 24)
        end = earlier(rng, j, 2, 8)
        p.pair("Settlement period", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
    p.add(
        "left",
        rng.choice(
            ["Your bills covered", "Against invoices"] if kind == "store" else ["Orders in this payout"]
        ),
    )
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        item, lo, hi = rng.choice(PIECES)
        n = rng.randrange(1, 4) if kind != "store" else rng.randrange(6, 60)
        value = round(n * rng.randrange(lo, hi, 10), 2)
        gross += value
        if kind == "store":
            p.pair(f"ZHE/{fy(j.date)}/{rng.randrange(1, 999):04d}  {n} pcs", rs(value))
        else:
            order = {
                "Etsy": f"#{digits(rng, 10)}",
                "amazon seller central": f"40{digits(rng, 1)}-{digits(rng, 7)}-{digits(rng, 7)}",
                "iTokri": f"ITK{digits(rng, 8)}",
                "Flipkart Seller Hub": f"OD{digits(rng, 18)}",
            }[name]
            wrap_pair(p, f"{order} ({n} x {item.split(' - ')[0]})", rs(value))
    gross = round(gross, 2)
    if kind == "store":
        p.pair(rng.choice(["Bills total", "Gross amount of bills"]), rs(gross))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        cut = 0.0
        pick = rng.random()
        if pick < 0.3:
            n = rng.randrange(1, 6)
            cut = float(n * rng.randrange(2400, 4200, 10))
            p.pair(f"Less: Debit note - {n} stoles returned", rs(cut))
        elif pick < 0.55:
            cut = round(gross * 0.05, 2)
            p.pair("Less: Trade discount @ 5%", rs(cut))
        j.amount = round(gross - tds - cut, 2)
        net = {
            "success": ["Net amount paid", "Amount credited", "Net payment released"],
            "pending": ["Net amount to be released"],
            "failed": ["Net amount", "Net payment"],
        }[status]
    else:
        p.pair(rng.choice(["Gross sales", "Sales"]), rs(gross))
        fees = 0.0
        if name == "Etsy":
            for lab, value in [
                ("Less: Transaction fees @ 6.5%", round(gross * 0.065, 2)),
                ("Less: Payment processing fees", round(gross * 0.03 + 4 * rng.randrange(1, 4), 2)),
                ("Less: Listing fees", round(17.5 * rng.randrange(2, 12), 2)),
            ]:
                p.pair(lab, rs(value))
                fees += value
            gst = round(fees * 0.18, 2)
            p.pair("Less: GST on fees @ 18%", rs(gst))
            j.amount = round(gross - fees - gst, 2)
        else:
            pct = {"amazon seller central": 15, "iTokri": 20, "Flipkart Seller Hub": 12}[name]
            comm = round(gross * pct / 100, 2)
            p.pair(f"Less: Commission @ {pct}%", rs(comm))
            fees = comm
            if name != "iTokri":
                fixed = float(rng.choice([25, 40, 60]) * rng.randrange(1, 4))
                p.pair(rng.choice(["Less: Fixed closing fee", "Less: Shipping fee"]), rs(fixed))
                fees += fixed
            gst = round(fees * 0.18, 2)
            p.pair("Less: GST on fees @ 18%", rs(gst))
            tcs = round(gross / 1.05 * 0.005, 2)
            p.pair("Less: TCS u/s 52 CGST Act @ 0.5%", rs(tcs))
            tds = round(gross * 0.001, 2)
            p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
            j.amount = round(gross - fees - gst - tcs - tds, 2)
        net = {
            "success": ["Deposit amount"]
            if name == "Etsy"
            else ["Net payout", "Net settlement", "Amount credited to your bank", "Net amount transferred"],
            "pending": ["Net payout", "Net settlement"],
            "failed": ["Net payout"],
        }[status]
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = "NEFT" if kind != "store" else neft_way(rng, j.amount)
    p.pair(
        rng.choice(["Payment mode", "Mode"]),
        way if kind == "store" else f"{way} to {account(rng, BANKS[:4])}",
        method="netbanking",
    )
    if not j.no_ref:
        pid = {
            "Deposit ID": digits(rng, 11),
            "Settlement ID": f"{digits(rng, 11)}",
            "Payout ID": f"ITKP{digits(rng, 8)}",
            "Payment reference": f"NFT-{code(rng, 10, ALNUM)}",
            "Payment advice No.": f"PA/{fy(j.date)}/{digits(rng, 5)}",
            "Payment document No.": f"15{digits(rng, 8)}",
        }[idlab]
        rank = INVOICE_RANK if kind == "store" else TXN_RANK
        p.pair(idlab, pid, txn=(rank, pid))
        if status == "success":
            bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"])
            ref = bank_ref(rng, j, bank, way)
            if way == "IMPS":
                lab = ["IMPS Ref No."]
            elif kind == "store":
                lab = ["UTR", f"{way} UTR" if way == "NEFT" else "RTGS UTR No."]
            else:
                lab = ["UTR", "Bank UTR"]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    if kind == "store":
        dates = {
            "success": ["Payment date", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Return date"],
        }[status]
    else:
        dates = {
            "success": {"Etsy": ["Deposit date"]}.get(
                name, ["Settled on", "Disbursement date", "Transfer date"]
            ),
            "pending": ["Initiated on"],
            "failed": ["Failed on", "Returned on"],
        }[status]
    date_row(p, j, dates, WEST if name == "Etsy" else PATS_IN)
    p.part = "foot"
    p.add(
        "small",
        "Deposits can take 1-3 business days to show in your bank account."
        if kind != "store"
        else "This advice is system generated. Reconcile with your ledger and raise queries within 15 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: inward wires


IMPORTERS = [
    ("Hudson & Vale Home Inc", "New York, NY, USA", "USD", "JPMorgan Chase Bank NA", 2500, 68000),
    ("Kensington Cashmere Rooms Ltd", "London, United Kingdom", "GBP", "Barclays Bank UK plc", 1800, 42000),
    ("Maison Cachemire Paris SARL", "Paris, France", "EUR", "Societe Generale", 2000, 52000),
    ("Kyoto Shikisai Trading Co Ltd", "Kyoto, Japan", "JPY", "MUFG Bank Ltd", 300000, 7500000),
    ("Al Noor Luxury Textiles LLC", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 8000, 210000),
    ("Maple & Loom Boutique Inc", "Toronto, ON, Canada", "CAD", "Royal Bank of Canada", 2500, 62000),
    ("Nordisk Hantverk AB", "Stockholm, Sweden", "SEK", "Skandinaviska Enskilda Banken AB", 25000, 580000),
    ("Bayerische Schalmanufaktur GmbH", "Munich, Germany", "EUR", "Commerzbank AG", 2000, 52000),
]
WIRE_BANKS = [
    ("J&K Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("State Bank of India", "mail"),
    ("J&K Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Punjab National Bank", "paper"),
    ("Axis Bank", "browser"),
    ("Yes Bank", "mail"),
]
WIRE_DESKS = {
    "J&K Bank": "International Banking Division, M.A. Road, Srinagar",
    "HDFC Bank": "Forex and Trade Services, Residency Road, Srinagar",
    "State Bank of India": "Trade Finance CPC, Sonawar, Srinagar",
    "ICICI Bank": "Trade Services, Rajbagh, Srinagar",
    "Punjab National Bank": "Overseas Branch, Hari Singh High Street, Srinagar",
    "Axis Bank": "Forex Desk, Residency Road, Srinagar",
    "Yes Bank": "Trade and Forex Operations, Srinagar branch",
}
RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "JPY": (56.2, 59.8),
    "AED": (23.2, 24.2),
    "CAD": (61.2, 64.8),
    "SEK": (8.05, 8.75),
}
SHIPPED = [
    "Pashmina shawls and stoles - sozni",
    "Kani shawls - 6 pcs",
    "Papier-mache Christmas ornaments",
    "Papier-mache boxes and vases",
    "Hand-spun pashmina shawls - natural",
    "Advance against winter order",
]


def buyer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Stores and importers in New York, London, Paris, Kyoto, Dubai, Toronto, Stockholm and Munich paying for
    shawls, stoles and papier-mache: the banks' inward remittance advices (browser, e-mail, printed ADVICE OF
    INWARD REMITTANCE - EXPORT PROCEEDS / Inward SWIFT remittance - credit advice / Foreign inward remittance advice:
    the bank on top with its forex desk, Name of beneficiary / Beneficiary name / Payee (exporter) the company,
    Beneficiary A/c, Remitter (buyer) / Ordering customer, Remitting bank / Ordering institution, Remittance amount /
    Amount (FCY) / FCY received in USD, GBP, EUR, JPY, AED, CAD or SEK, Charges, Exchange rate (per 100 JPY on the
    yen), INR equivalent, Less: Bank charges and GST, Net INR credited, Purpose code, Goods, Export invoice No.,
    Shipping bill No., Mode, IRM No. / Inward ref. No. / Our reference, UETR, Value date / Credit date / Date of
    credit / Received on / Held on / Returned on / Date of return; Export proceeds realised - funds credited /
    Status: Credited - FIRC ready / Held - invoice and shipping bill copy awaited from exporter / Returned to
    remitting bank - beneficiary name differs from account title)."""
    k = place("buyer_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.srinagar@{slug(bank)}>",
            ["Inward remittance - credit advice", "Export proceeds received", "Foreign inward remittance"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward/remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", WIRE_DESKS[bank])
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS",
                "Inward SWIFT remittance - credit advice",
                "Foreign inward remittance advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds realised - funds credited", "Status: Credited - FIRC ready"],
            "pending": ["Held - invoice and shipping bill copy awaited from exporter"],
            "failed": ["Returned to remitting bank - beneficiary name differs from account title"],
        },
    )
    wrap_pair(p, rng.choice(["Name of beneficiary", "Beneficiary name", "Payee (exporter)"]), me, merchant=me)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter (buyer)", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Ordering institution"]), pbank)
    p.pair(
        rng.choice(["Remittance amount", "Amount (FCY)", "FCY received"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if cur == "JPY":
        p.pair("Exchange rate", f"100 JPY = INR {rate}")
        inr = round(j.amount * rate / 100, 2)
    else:
        p.pair("Exchange rate", f"1 {cur} = INR {rate}")
        inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"ZHE/EXP/{rng.randrange(1, 220):03d}/{fy(j.date)}")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward ref. No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Date of credit"],
            "pending": ["Received on", "Held on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small", "Regularise the IRM against the shipping bill on EDPMS within the period allowed under FEMA."
    )
    return p.done()


# ---------------------------------------------------------------- 4. the showroom's and the karkhana's own receipts


RECEIPT_PARTIES = [
    "Mrs. Charlotte Ashworth (London)",
    "Mr. Kenji Watanabe (Osaka)",
    "The Lodge Gift Shop, Gulmarg",
    "Mr. Aarav Kapoor, Gurugram",
    "Mrs. Farah Siddiqui (wedding order)",
    "Dr. Ritu Malhotra, Chandigarh",
    "Himalayan Heritage Stores, Manali",
    "Mr. Sameer Qureshi, Rajbagh",
]
RECEIPT_WAYS = ["card", "UPI", "cheque", "cash", "NEFT", "card", "cheque", "cash"]
KARKHANA_RECEIPTS = (2, 4, 6)
SALE_ITEMS = [
    ("Pashmina shawl - sozni jaal, 40x80", 14500, 38000, 18),
    ("Kani pashmina stole - jamawar", 16500, 42000, 18),
    ("Hand-spun pashmina shawl - natural", 9800, 21000, 18),
    ("Pashmina stole - plain, dyed", 2200, 2490, 5),
    ("Papier-mache jewellery box (set of 3)", 1200, 2400, 5),
    ("Papier-mache Christmas baubles (12)", 950, 1800, 5),
]

KANI_ORDER = ("Kani pashmina shawl to order - jamawar, 40x80", 65000, 185000, 18)


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's own CASH MEMO / SALE RECEIPT and the karkhana's ADVANCE RECEIPT - CUSTOM KANI ORDER / MONEY
    RECEIPT - TRADE SUPPLY (paper: the showroom with the "A unit of" line, or the company, on top with the address
    and GSTIN; Cash Memo No. / Receipt No. / Memo No. / M.R. No., Date / Dated / Receipt date, Customer / Sold to /
    Received from (no fact), the shawls, stoles and boxes x price, Taxable value, CGST and SGST @ 2.5% or 9%, Bill
    amount / Total / Order value, Paid in cash / Cash received / Amount received (UPI) / UPI received / Paid by card
    (swipe) / Card (POS) / Received through NEFT / Received by NEFT / Advance received / Cheque for / Cheque amount,
    Balance on delivery / Balance due, Mode, UPI Ref. No. / UTR / Auth code, Cheque No. and bank, Cheque date,
    Courier to on some; RECEIVED WITH THANKS / PAID / SOLD - PAYMENT RECEIVED / ADVANCE RECEIVED - LOOM BOOKED /
    CHEQUE RECEIVED - GOODS SENT AFTER CLEARANCE / CHEQUE BOUNCED - ORDER CANCELLED, the rubber stamp) and two of the
    showroom's acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    karkhana = k in KARKHANA_RECEIPTS
    way = RECEIPT_WAYS[k]
    me = (
        rng.choice([COMPANY, COMPANY_CAPS])
        if karkhana
        else rng.choice([SHOWROOM, SHOWROOM, SHOWROOM.upper()])
    )
    if k in (1, 5):
        p = mail_page(
            rng,
            font,
            f"{SHOWROOM} <sales@nishatpashmina.in>",
            ["Payment received - thank you", "Your purchase receipt", "Receipt for your shawls"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  Boulevard Road, Srinagar")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        unit = UNITS[0] if karkhana else UNITS[1]
        letterhead(
            p,
            me,
            unit[0] if karkhana else f"A unit of {COMPANY}",
            unit[1],
            unit[2],
            (["ADVANCE RECEIPT - CUSTOM KANI ORDER"] if k == 4 else ["MONEY RECEIPT - TRADE SUPPLY"])
            if karkhana
            else ["CASH MEMO", "SALE RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{'ZHE' if karkhana else 'NPH'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(
            rng.choice(
                ["Receipt No.", "M.R. No."] if karkhana else ["Cash Memo No.", "Receipt No.", "Memo No."]
            ),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Received from", "Customer"] if karkhana else ["Customer", "Sold to", "Received from"]),
        RECEIPT_PARTIES[k],
    )
    taxable, tax5, tax18 = 0.0, 0.0, 0.0
    picks = [KANI_ORDER] if k == 4 else rng.sample(SALE_ITEMS, rng.randrange(1, 3))
    for item, lo, hi, g in picks:
        n = rng.randrange(4, 16) if k in (2, 6) else 1 if k == 4 else rng.randrange(1, 3)
        price = float(rng.randrange(lo, hi, 50))
        value = n * price
        taxable += value
        if g == 5:
            tax5 += value * 0.05
        else:
            tax18 += value * 0.18
        p.pair(f"{item}  {n} x {price:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    for rate, tax in ((5, tax5), (18, tax18)):
        if tax:
            half = round(tax / 2, 2)
            p.pair(f"CGST @ {rate / 2:g}%", rs(half))
            p.pair(f"SGST @ {rate / 2:g}%", rs(half))
    bill = float(round(taxable + tax5 + tax18))
    part = k == 4 or (way == "cheque" and rng.random() < 0.5)
    p.pair(rng.choice(["Order value", "Total"] if part else ["Bill amount", "Total"]), rs(bill))
    if part:
        j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -2))
    else:
        j.amount = bill
    if way == "cheque":
        lab = rng.choice(["Cheque for", "Cheque amount"])
    elif part:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Paid in cash", "Cash received"]),
            "UPI": rng.choice(["Amount received (UPI)", "UPI received"]),
            "NEFT": rng.choice(["Received through NEFT", "Received by NEFT"]),
            "card": rng.choice(["Paid by card (swipe)", "Card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair(rng.choice(["Balance on delivery", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex', 'RuPay'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if k in (0, 1) and rng.random() < 0.7:
        wrap_pair(p, "Courier to", rng.choice(["Kensington, London W8", "Chuo-ku, Osaka"]))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if lab == "Advance received":
        words.append("ADVANCE RECEIVED - LOOM BOOKED")
    elif not karkhana:
        words.append("SOLD - PAYMENT RECEIVED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - GOODS SENT AFTER CLEARANCE",
        "failed": "CHEQUE BOUNCED - ORDER CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Genuine Kashmir pashmina, GI labelled. Goods once sold are not taken back. "
        "Cheques subject to realisation.",
    )
    if k not in (1, 5):
        right(p, f"For {SHORT if karkhana else SHOWROOM}")
        p.add("gap")
        p.add("gap")
        seal(
            p,
            "ZAFFRAN HANDICRAFTS" if karkhana else SHOWROOM,
            "ZAINA KADAL, SRINAGAR" if karkhana else "BOULEVARD, SRINAGAR",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. pashm, yarn, dye, colours and cartons: invoices


SUPPLIERS = [
    (
        "Changthang Pashm Traders",
        "Raw pashmina (Changthangi) | Dehaired fibre",
        "Main Bazaar, Leh - 194101, Ladakh",
        "38",
        "CPT",
    ),
    (
        "Nowhatta Hand-spun Yarn House",
        "Hand-spun pashmina yarn | Yarn on order",
        "Nowhatta Chowk, Old City, Srinagar - 190002, J&K",
        "01",
        "NHY",
    ),
    (
        "Rainawari Rangrez Dye Works",
        "Dyeing of pashmina yarn and shawls",
        "Jogi Lankar, Rainawari, Srinagar - 190003, J&K",
        "01",
        "RRD",
    ),
    (
        "Chawri Bazar Gold Leaf & Colours",
        "Gold and silver foil | Pigments | Lacquers",
        "Chawri Bazar, Delhi - 110006",
        "07",
        "CBG",
    ),
    (
        "Lassipora Packaging Industries",
        "Corrugated boxes | Gift boxes",
        "Industrial Estate Lassipora, Pulwama - 192301, J&K",
        "01",
        "LPI",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "CPT": [
        ("Raw pashmina fibre - dehaired, grey", "5102", "kg", 21000, 27500, 5, 2, 14),
        ("Raw pashmina fibre - dehaired, white", "5102", "kg", 24000, 31000, 5, 2, 10),
    ],
    "NHY": [
        ("Hand-spun pashmina yarn - 2/60s", "5108", "kg", 36000, 44000, 5, 1, 6),
        ("Hand-spun pashmina yarn - natural", "5108", "kg", 32000, 39000, 5, 1, 6),
    ],
    "RRD": [
        ("Dyeing of pashmina yarn (acid dyes)", "998821", "kg", 900, 1450, 5, 6, 40),
        ("Dyeing of shawls - piece dyed", "998821", "pcs", 180, 320, 5, 20, 120),
    ],
    "CBG": [
        ("Imitation gold foil - book of 25", "3212", "book", 220, 380, 18, 20, 120),
        ("Mineral pigments - assorted", "3206", "kg", 650, 1400, 18, 4, 30),
        ("Lacquer varnish - clear", "3208", "ltr", 380, 560, 18, 10, 60),
    ],
    "LPI": [
        ("Export cartons 5 ply - 60x40x40 cm", "4819", "pcs", 62, 95, 18, 200, 1200),
        ("Gift boxes with window - shawl", "4819", "pcs", 38, 64, 18, 300, 2000),
    ],
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "NEFT", "RTGS", "RTGS", "UPI", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The raw pashmina trader in Leh, the hand-spun yarn house, the dyer, the gold leaf and colours dealer in Delhi
    and the carton maker in Lassipora billing the karkhana (paper: the supplier on top, its line, address and GSTIN;
    TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE - CUM - RECEIPT, Tax Invoice No. / Invoice No. / Bill
    No., Invoice date / Dated / Date, Bill to party / Buyer's name / Billed to the company, Place of supply, Lot No.
    or Vehicle No., the fibre, yarn, dyeing, foil, pigments, lacquer or cartons with HSN or SAC, kg, pcs, books or
    litres x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance paid
    with order and Balance received by RTGS / NEFT on some, else Received through RTGS / NEFT / Amount received by
    RTGS / NEFT / UPI payment received / Paid via UPI with UTR / UTR No. / UPI Ref. No., or Cheque received / Cheque
    amount with Cheque No.; PAID / PAID BY RTGS / NEFT / UPI / RECEIVED - ACCOUNT SETTLED / CHEQUE RECEIVED - CREDIT
    ON REALISATION / CHEQUE RETURNED - EXCEEDS ARRANGEMENT, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
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
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR BUYER)", "TAX INVOICE - CUM - RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Bill to party", "Buyer's name", "Billed to"])
    p.pair("Place of supply", "Jammu and Kashmir (01)")
    if tag in ("CPT", "NHY"):
        p.pair("Lot No.", f"{rng.choice(['CH', 'LT', 'YN'])}-{rng.randrange(10, 99)}/{digits(rng, 3)}")
    elif tag != "RRD":
        p.pair(
            "Vehicle No.",
            f"{rng.choice(['JK01', 'JK13', 'DL1L', 'LA02'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
        )
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        if unit == "kg" and tag in ("CPT", "NHY"):
            qty = round(qty + rng.choice([0, 0.25, 0.5, 0.75]), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        units = f"{unit}s" if unit in ("book",) and qty > 1 else unit
        p.pair(f"  {qty:g} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "01")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag in ("CPT", "NHY", "LPI") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -3))
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
            lab = rng.choice(["UPI payment received", "Paid via UPI"])
        else:
            lab = rng.choice([f"Received through {way}", f"Amount received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "RECEIVED - ACCOUNT SETTLED"]),
        "pending": "CHEQUE RECEIVED - CREDIT ON REALISATION",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. weavers, washers, cargo and others by net banking


# payee, remarks, the sum (low, high)
CONTRACTORS = [
    ("Khanyar Kani Weavers Group", "Kani weaving job work - 4 stoles", 45000, 260000),
    ("Safa Kadal Shawl Washing & Finishing", "Washing and finishing - 140 shawls", 8000, 42000),
    ("Hawal Naqash Papier-Mache Works", "Naqashi - 300 boxes, lot 7", 18000, 90000),
    ("Valley Air Cargo Agency", "Air freight SXR-DEL - 6 cartons", 6000, 28000),
    ("Skyline Customs Brokers Pvt Ltd", "CHA and documentation - shipping bill", 9000, 36000),
    ("Boulevard Khatamband Works", "Khatamband ceiling - showroom, part bill", 60000, 420000),
    ("Chinar Frame Digital Studio", "Catalogue photography - winter 2026", 12000, 55000),
    ("Zadibal Walnut Woodcraft", "Walnut display cabinets - showroom", 40000, 310000),
]
CORP_PORTALS = [
    ("J&K Bank Corporate Internet Banking", "J&K Bank", "corporate.jkbank.com/cib/payments/txnstatus"),
    ("YES CONNECT", "Yes Bank", "yesconnect.yesbank.in/corporate/fundtransfer/view"),
    ("Baroda Connect", "Bank of Baroda", "corporate.bobibanking.com/payments/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the Kani weavers' group, the shawl washers, the naqash, the air cargo agent, the customs
    broker, the khatamband carpenters, the photo studio and the walnut woodcraft unit: corporate net banking's
    transaction pages (J&K Bank Corporate Internet Banking, YES CONNECT, Baroda Connect: the portal on top and the
    bank's line, Beneficiary account name / Credit to (payee) / Payee name, Beneficiary nickname, Beneficiary A/c
    and IFSC, Debit account the company, Amount transferred / Payment value / Debit amount, Transfer mode / Payment
    type NEFT / RTGS / IMPS, Remarks / Purpose, UTR / UTR No. / IMPS Ref No., Host ref. No. / Reference No.,
    Initiator / Authoriser, Value date / Executed on / Transaction date / Created on / Saved on / Rejected on / Failed
    on; Payment executed - beneficiary account credited / Status: Success / Saved - awaiting release by authoriser /
    Rejected - beneficiary account does not exist)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=low, high=high)
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
            "success": ["Payment executed - beneficiary account credited", "Status: Success"],
            "pending": ["Saved - awaiting release by authoriser"],
            "failed": ["Rejected - beneficiary account does not exist"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary account name", "Credit to (payee)", "Payee name"]), who, merchant=who
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "SXR")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount transferred", "Payment value", "Debit amount"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Transfer mode", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Purpose"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Host ref. No.", "Reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiator / Authoriser", f"ZHEACCT1 / {'-' if status == 'pending' else 'ZHEDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Transaction date"],
            "pending": ["Created on", "Saved on"],
            "failed": ["Rejected on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transfers are not debited. Check the beneficiary details and submit again.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers', embroiderers' and naqash's piece rates


KARIGARS = [
    ("Shameema Akhter", "sozni", "Nowhatta"),
    ("Abdul Rashid Bhat", "kani", "Kanihama"),
    ("Ghulam Nabi Wani", "weaving", "Zaina Kadal"),
    ("Mohammad Yousuf Mir", "naqash", "Hawal"),
    ("Rafiqa Banoo", "spinning", "Ganderbal"),
    ("Bashir Ahmad Sofi", "sozni", "Khanyar"),
    ("Fayaz Ahmad Kumar", "sakhta", "Mirjanpura"),
    ("Nazir Ahmad Dar", "kani", "Kanihama"),
]
PAY_FRAMES = ["paper", "cashfree", "paper", "phonepe", "paper", "cashfree", "bulk", "paper"]
# kind: the line's wording, rate per unit (low, high), units (low, high)
PIECE_LINES = {
    "sozni": ("Sozni embroidery on shawl  {n} pcs x {rate}", (2200, 6500), (2, 9)),
    "kani": ("Kani stole woven (jamawar)  {n} pcs x {rate}", (14000, 32000), (1, 3)),
    "weaving": ("Plain pashmina shawl weaving  {n} pcs x {rate}", (1100, 2200), (4, 18)),
    "naqash": ("Naqashi on papier-mache box (medium)  {n} pcs x {rate}", (120, 260), (20, 140)),
    "spinning": ("Hand-spun yarn  {n} x 10 g @ {rate}", (55, 90), (20, 120)),
    "sakhta": ("Sakhtasazi - papier-mache base  {n} pcs x {rate}", (40, 90), (60, 300)),
}
VOUCHER_KINDS = {
    "sozni": ["PIECE RATE PAYMENT VOUCHER - SOZNI EMBROIDERY", "KARIGAR PAYMENT VOUCHER - EMBROIDERY"],
    "kani": ["KANI WEAVING - MAZDOORI VOUCHER", "PIECE RATE PAYMENT VOUCHER - KANI LOOMS"],
    "weaving": ["PIECE RATE PAYMENT VOUCHER - SHAWL WEAVING", "KARIGAR PAYMENT VOUCHER - LOOMS"],
    "naqash": ["KARIGAR PAYMENT VOUCHER - PAPIER-MACHE NAQASHI", "PIECE RATE PAYMENT VOUCHER - NAQASHI"],
    "spinning": ["SPINNING WAGES - PAYMENT SLIP", "PIECE RATE PAYMENT VOUCHER - SPINNING"],
    "sakhta": ["KARIGAR PAYMENT VOUCHER - SAKHTASAZI", "PIECE RATE PAYMENT VOUCHER - PAPIER-MACHE"],
}


def artisan_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the embroiderers, Kani weavers, shawl weavers, naqash, spinners and sakhtasaz of the old
    city and the villages by the piece: its printed PIECE RATE PAYMENT VOUCHER - SOZNI EMBROIDERY / KANI WEAVING -
    MAZDOORI VOUCHER / KARIGAR PAYMENT VOUCHER - PAPIER-MACHE NAQASHI / SPINNING WAGES - PAYMENT SLIP and the like
    (the company on top, Voucher No. / Vr. No. / Slip No., Date / Voucher date / Paid on, Name of karigar / Artisan
    / Paid to (karigar), Mohalla / Village, Karigar card No. and Design (no fact), the pieces or grams x rate, Add:
    Extra for jaal work, Gross mazdoori, Less: Advance (peshgi) recovered, Less: Yarn issued short - n g @ rate, Net
    paid to karigar / Amount paid / Net mazdoori paid, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED BY KARIGAR /
    PAID - SIGNED BY ARTISAN / PAID - THUMB IMPRESSION TAKEN), Cashfree Payments' payout pages (Cashfree Payments on
    top and Payouts - the company under it, the sum large, Beneficiary name / Beneficiary, Bene ID, Bank account /
    VPA, Transfer mode, Remarks, Transfer ID, Reference ID, UTR, Processed on / Transfer date / Reversed on / Failed
    on; Transfer status: SUCCESS / Transfer successful / Transfer status: REVERSED - beneficiary bank returned the
    credit), J&K Bank's bulk payment record (Beneficiary name / Name of beneficiary, Amount, Payment type, File name
    and Record No. (no fact), Bank reference No., Uploaded on / Submitted on; Uploaded - awaiting release by the
    authoriser) and a PhonePe screen (an embroiderer's peshgi)."""
    k = place("artisan_pay")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1500, high=60000, p_round=0.9)
    who, kind, village = KARIGARS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = PAY_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{code(rng, 10, ALNUM)}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer status: SUCCESS", "Transfer successful"],
                "failed": ["Transfer status: REVERSED - beneficiary bank returned the credit"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), who, merchant=who)
        p.pair("Bene ID", f"{who.split()[0].upper()}{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account / VPA",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}" if way == "IMPS" else f"{digits(rng, 10)}@jkb",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Remarks",
            rng.choice(
                ["Sozni mazdoori", "Piece rate - embroidery"]
                if kind == "sozni"
                else ["Kani weaving mazdoori", "Piece rate - Kani stoles"]
            ),
        )
        if not j.no_ref:
            tid = f"ZHE{j.date:%m%d}{digits(rng, 5)}"
            p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
            cid = digits(rng, 9)
            p.pair("Reference ID", cid, txn=(TXN_RANK, cid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on", "Transfer date"], "failed": ["Reversed on", "Failed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Reversed transfers are credited back to your Cashfree payouts balance.")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, f"corporate.jkbank.com/cib/bulk/record/{digits(rng, 8)}")
        p.part = "head"
        top(p, "J&K Bank Corporate Internet Banking")
        p.add("small", "J&K Bank  |  Bulk payments - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"pending": ["Uploaded - awaiting release by the authoriser"]})
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, rng.choice(["Beneficiary name", "Name of beneficiary"]), name, merchant=name)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"JAKA0{code(rng, 6, UPPER)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "NEFT", method="netbanking")
        if not j.no_day:
            p.pair("File name", f"KARIGAR_{j.date:%d%m%Y}_SAKHTA.csv")
        p.pair("Record No.", f"{rng.randrange(1, 30)} of {rng.randrange(30, 70)}")
        if not j.no_ref:
            tr = f"JKBLK{digits(rng, 10)}"
            p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Uploaded on", "Submitted on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Records are sent to the beneficiary banks once the authoriser releases the file.")
        return p.done()
    if frame == "phonepe":
        j.amount = float(rng.choice([1000, 2000, 2500, 3000, 5000]))
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction successful", "Paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ibl', 'axl'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Peshgi - naqashi boxes", "Advance for colours", "Peshgi"]))
        if not j.no_ref:
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            tid = f"T{j.date:%y%m%d}{digits(rng, 16)}"
            wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair(rng.choice(["Debited from", "From"]), f"J&K Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    unit = UNITS[0]
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p, rng.choice([COMPANY, COMPANY_CAPS]), unit[0], unit[1], unit[2], VOUCHER_KINDS[kind], merchant=False
    )
    if not j.no_ref:
        vno = f"{rng.choice(['PR', 'KV', 'MV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of karigar", "Artisan", "Paid to (karigar)"]), who, merchant=who)
    p.pair(rng.choice(["Mohalla", "Village"]), village)
    p.pair("Karigar card No.", f"JK/HC/{digits(rng, 6)}")
    if kind in ("sozni", "kani", "naqash"):
        p.pair(
            "Design", rng.choice(["Jaal - chinar leaf", "Badam buta", "Jamawar - paisley", "Hashia border"])
        )
    text, (lo, hi), (nlo, nhi) = PIECE_LINES[kind]
    rate = float(rng.randrange(lo, hi + 1, 10 if hi > 1000 else 1))
    n = rng.randrange(nlo, nhi)
    gross = round(n * rate, 2)
    p.pair(text.format(n=n, rate=f"{rate:.2f}").replace("  1 pcs", "  1 pc"), rs(gross))
    extra = float(rng.choice([0, 500, 800, 1200])) if kind == "sozni" else 0.0
    if extra:
        p.pair("Add: Extra for jaal work", rs(extra))
        gross += extra
    p.pair("Gross mazdoori", rs(gross))
    adv = float(rng.choice([0, 500, 1000, 2000])) if gross > 4000 else 0.0
    if adv:
        p.pair("Less: Advance (peshgi) recovered", rs(adv))
    short = 0.0
    if kind in ("weaving", "spinning", "kani") and rng.random() < 0.4:
        grams = rng.randrange(5, 40)
        per = float(rng.choice([38, 42, 45]))
        short = round(grams * per, 2)
        p.pair(f"Less: Yarn issued short - {grams} g @ {per:.2f}", rs(short))
    j.amount = round(gross - adv - short, 2)
    p.pair(
        rng.choice(["Net paid to karigar", "Amount paid", "Net mazdoori paid"]), rs(j.amount), amount=j.amount
    )
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS"] if j.amount > 20000 else ["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED BY KARIGAR", "PAID - SIGNED BY ARTISAN"]
    if way == "Cash":
        words.append("PAID - THUMB IMPRESSION TAKEN")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of karigar")
    return p.done()


# ---------------------------------------------------------------- 8. tourism, SMC, JKPCC, EPCH, labour, crafts, fire


FEE_FRAMES = ["tourism", "smc_trade", "jkpcc", "epch", "labour", "handicrafts", "fire", "smc_property"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Srinagar handicraft exporter with a showroom on the Boulevard: the Directorate of Tourism's
    renewal under the Tourist Trade Act (Directorate of Tourism, Kashmir / DIRECTORATE OF TOURISM, KASHMIR /
    Department of Tourism, Government of Jammu and Kashmir on top, Name of the dealer, Trade name, Registration No.,
    Category, Renewal fee, Late fee, Total fee paid / Amount remitted, Transaction ID, Bank Ref No., e-Receipt No.),
    Srinagar Municipal Corporation's trade licence and property tax pages (Srinagar Municipal Corporation / SRINAGAR
    MUNICIPAL CORPORATION on top and the Housing and Urban Development Department line, Name of licensee / Owner
    name, Trade name, Licence No. / Property ID, Ward, the heads, Less: Rebate @ 10% (paid in time), Total amount /
    Amount paid / Amount, Transaction ID, Bank Ref No., Receipt No.; Transaction failed - property tax not received
    by SMC), the J&K Pollution Control Committee's consent fee page (the Committee on top and the Forest, Ecology and
    Environment Department line, Name of the unit, Category, Application ID, the Water and Air Act fees, Total fee
    paid, Transaction ref. No., Bank Ref No.), EPCH's membership and RCMC renewal (Export Promotion Council for
    Handicrafts / EPCH on top and the Ministry of Textiles line, Member name, Membership No., RCMC No., Annual
    subscription, RCMC renewal fee, GST @ 18%, Total paid / Amount received, Payment ID, Receipt No.; Payment pending
    - confirmation from the gateway awaited), the Labour Department's registration renewal (Labour Department, Jammu
    and Kashmir / Labour and Employment Department, J&K on top, Name of establishment, Registration No., Employees,
    Renewal fee, Amount paid, Transaction ID, Receipt No.), the Directorate of Handicrafts and Handloom's GI labelling
    fee (Directorate of Handicrafts and Handloom, Kashmir on top and the Pashmina Testing and Quality Certification
    Centre line, Name of the exporter, Exporter registration No., Shawls tested, Testing and GI labelling fee, Total
    amount paid, Transaction ID, Receipt No.) and the Fire and Emergency Services' certificate renewal (Fire and
    Emergency Services, Jammu and Kashmir / J&K FIRE AND EMERGENCY SERVICES on top, Name of premises, Occupier, the
    fees, Total amount paid, Challan No.); Payment successful / Fee paid successfully / Receipt generated / Payment
    received / Payment confirmed - e-receipt issued."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Fee paid successfully",
        "Receipt generated",
        "Payment received",
        "Payment confirmed - e-receipt issued",
    ]
    if frame == "tourism":
        p = browser_page(rng, font, f"jktourism.jk.gov.in/ttr/renewal/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Directorate of Tourism, Kashmir",
                "DIRECTORATE OF TOURISM, KASHMIR",
                "Department of Tourism, Government of Jammu and Kashmir",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "J&K Registration of Tourist Trade Act  |  Renewal of registration")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the dealer", firm)
        wrap_pair(p, "Trade name", SHOWROOM)
        p.pair("Registration No.", f"DTK/TTR/HC/{digits(rng, 4)}")
        p.pair("Category", rng.choice(["Dealer - handicrafts (showroom)", "Dealer - shawls and handicrafts"]))
        heads = [("Renewal fee (3 years)", float(rng.choice([3000, 4500, 6000])))]
        if rng.random() < 0.5:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = float(sum(fee for _, fee in heads))
        p.pair(rng.choice(["Total fee paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"JKT{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("e-Receipt No.", INVOICE_RANK, f"DTK/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Display the registration certificate in the showroom; touts are not permitted."
    elif frame in ("smc_trade", "smc_property"):
        p = browser_page(rng, font, f"smcsrinagar.in/epay/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Srinagar Municipal Corporation", "SRINAGAR MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        tax = frame == "smc_property"
        p.add(
            "small",
            f"Housing and Urban Development Department  |  {'Property tax' if tax else 'Trade licence fee'}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - property tax not received by SMC"]},
        )
        p.pair(
            "Ward",
            rng.choice(["Dalgate (Ward 21)", "Zaina Kadal (Ward 48)", "Boulevard - Nehru Park (Ward 22)"]),
        )
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Property ID", f"SMC-{rng.randrange(10, 74):02d}-{digits(rng, 6)}")
            heads = [
                (f"Property tax (commercial) - 20{fy(j.date)}", 18000.0, 46000.0),
                ("Solid waste user charges", 2400.0, 6000.0),
            ]
        else:
            wrap_pair(p, "Name of licensee", firm)
            wrap_pair(p, "Trade name", rng.choice([SHOWROOM, f"{SHOWROOM} (handicrafts showroom)"]))
            p.pair("Licence No.", f"SMC/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - handicrafts showroom", 4000.0, 4000.0),
                ("Signboard fee", 800.0, 2000.0),
                ("Sanitation fee", 600.0, 1200.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and status == "success" and rng.random() < 0.6:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (paid in time)", rs(rebate))
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
        refs = [("Transaction ID", TXN_RANK, f"SMC{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'PT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "jkpcc":
        p = browser_page(rng, font, f"jkspcb.nic.in/ocmms/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "J&K Pollution Control Committee",
                "Jammu and Kashmir Pollution Control Committee",
                "J&K POLLUTION CONTROL COMMITTEE",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Forest, Ecology and Environment Department  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the unit", f"{SHORT} - dyeing and washing unit, Zaina Kadal")
        p.pair("Category", rng.choice(["Green - handicrafts (dyeing, small)", "Orange - yarn dyeing"]))
        p.pair("Application ID", f"JKPCC/CTO/{digits(rng, 7)}")
        water = float(rng.choice([2000, 3000, 5000]))
        air = float(rng.choice([1000, 2000, 3000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"PCC{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after inspection of the unit."
    elif frame == "epch":
        p = browser_page(rng, font, f"epch.in/membership/payment/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(
            ["Export Promotion Council for Handicrafts", "EPCH", "EXPORT PROMOTION COUNCIL FOR HANDICRAFTS"]
        )
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  Membership and RCMC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "pending": ["Payment pending - confirmation from the gateway awaited"]},
        )
        wrap_pair(p, "Member name", firm)
        p.pair("Membership No.", f"EPCH/{digits(rng, 5)}")
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        sub = float(rng.choice([8000, 12000, 15000]))
        rcmc = float(rng.choice([2000, 3000]))
        p.pair("Annual subscription", rs(sub))
        p.pair("RCMC renewal fee", rs(rcmc))
        gst = round((sub + rcmc) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(sub + rcmc + gst, 2)
        p.pair(
            rng.choice(["Total paid", "Amount received"]) if status == "success" else "Total amount",
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Payment ID", TXN_RANK, f"EPCH{digits(rng, 11)}")]
        if status == "success":
            refs.append(("Receipt No.", INVOICE_RANK, f"EPCH/MR/{digits(rng, 6)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Payment date", "Receipt date"] if status == "success" else ["Initiated on"], pats)
        foot = "The RCMC stays valid while the membership is renewed each year."
    elif frame == "labour":
        p = browser_page(rng, font, f"labour.jk.gov.in/shops/renewal/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Labour Department, Jammu and Kashmir", "Labour and Employment Department, J&K"])
        top(p, name, merchant=name)
        p.add("small", "Shops and Establishments registration  |  Renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of establishment", rng.choice([SHOWROOM, f"{SHORT} - karkhana"]))
        p.pair("Registration No.", f"LD/SRN/SE/{digits(rng, 5)}")
        p.pair("Employees", str(rng.randrange(6, 30)))
        j.amount = float(rng.choice([500, 1000, 1500, 2500]))
        p.pair("Renewal fee", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LDJK{digits(rng, 10)}"),
                ("Receipt No.", INVOICE_RANK, f"SE/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Display the registration certificate at the establishment."
    elif frame == "handicrafts":
        p = browser_page(rng, font, f"handicraftskashmir.jk.gov.in/ptqcc/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Directorate of Handicrafts and Handloom, Kashmir",
                "DIRECTORATE OF HANDICRAFTS AND HANDLOOM, KASHMIR",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Pashmina Testing and Quality Certification Centre  |  GI labelling")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the exporter", firm)
        p.pair("Exporter registration No.", f"DHK/EXP/{digits(rng, 4)}")
        shawls = rng.randrange(12, 120)
        per = float(rng.choice([100, 150, 200]))
        p.pair("Shawls tested", str(shawls))
        p.pair(f"Testing and GI labelling fee ({shawls} x {per:.2f})", rs(shawls * per))
        j.amount = shawls * per
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DHH{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"PTQCC/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = (
            "GI labels are fixed on the shawls that pass the test; collect the test report from the centre."
        )
    else:
        p = browser_page(rng, font, f"jkfireservices.gov.in/fsc/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Fire and Emergency Services, Jammu and Kashmir", "J&K FIRE AND EMERGENCY SERVICES"]
        )
        top(p, name, merchant=name)
        p.add("small", "Government of Jammu and Kashmir  |  Fire safety certificate - renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of premises", f"{SHOWROOM}, Boulevard Road")
        wrap_pair(p, "Occupier", firm)
        renew = float(rng.choice([2000, 2500, 3500]))
        visit = float(rng.choice([500, 750, 1000]))
        p.pair("Fire safety certificate renewal fee", rs(renew))
        p.pair("Inspection charges", rs(visit))
        j.amount = renew + visit
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Challan No.", INVOICE_RANK, f"FES/{digits(rng, 6)}")])
        date_row(p, j, ["Payment date", "Challan date"], pats)
        foot = "The certificate is renewed after the inspection of the fire safety systems."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
COVERS = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - karkhana, looms and stock",
        "paper",
        "stock",
    ),
    (
        "Bajaj Allianz General Insurance Co. Ltd",
        "bajajallianz.com",
        "Marine cargo open policy - exports by air",
        "mail",
        "marine",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Shopkeeper's policy - Boulevard showroom",
        "browser",
        "shop",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health insurance - karkhana staff",
        "mail",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Group personal accident - artisans and karigars",
        "browser",
        "pa",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Money insurance - cash in transit (karigar payments)",
        "paper",
        "money",
    ),
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - handicrafts", "browser", "ecgc"),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Burglary and housebreaking - showroom stock",
        "mail",
        "burglary",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its karkhana, looms and stock, its air shipments, its showroom, its staff's health, its
    artisans against accidents, the cash carried to the karigars, its buyers' credit and the showroom's stock
    against burglary: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top,
    the product line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Insured name / Proposer / Name of
    insured / Policyholder / Exporter (policyholder), Policy No. / Proposal No., Sum insured (stock and looms) /
    Annual turnover declared (exports) / Sum insured (showroom contents) / Lives covered / Persons covered / Money
    in transit limit / Value of shipments declared / Sum insured (stock), Period of insurance, Basic premium /
    Premium @ rate, an add-on (STFI and earthquake, War & SRCC, Plate glass, Maternity cover, Medical expenses
    extension, Cash in safe cover, Riot and strike), GST @ 18%, Gross premium paid / Premium received (incl. GST) /
    Amount collected / Cheque amount / Premium amount (incl. GST) / Premium payable / Total premium due, Payment
    mode, Payment ref. No. / Transaction No., UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Cheque
    No., Receipt date / Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on;
    Premium received - policy issued / Payment successful - e-receipt sent / CHEQUE UNDER CLEARING - COVER STARTS ON
    REALISATION / Payment unsuccessful - premium not received, policy not issued)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    ins, host, product, frame, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0].split(" Health")[0]
        p = mail_page(
            rng, font, f"{short} <noreply@{host}>", ["Premium receipt", "Premium payment acknowledgement"]
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
            rng.choice(["Branch Office, Residency Road, Srinagar", "Divisional Office, Rajbagh, Srinagar"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy issued", "Payment successful - e-receipt sent"],
            "pending": ["CHEQUE UNDER CLEARING - COVER STARTS ON REALISATION"],
            "failed": ["Payment unsuccessful - premium not received, policy not issued"],
        },
    )
    labels = (
        ["Policyholder", "Exporter (policyholder)"]
        if kind == "ecgc"
        else ["Insured name", "Proposer", "Name of insured"]
    )
    wrap_pair(p, rng.choice(labels), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '48'])}/2026/{digits(rng, 5)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    addon = None
    if kind == "stock":
        insured = float(rng.randrange(6000000, 48000000, 100000))
        p.pair("Sum insured (stock and looms)", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("STFI and earthquake", round(insured * 0.0001, 2))
    elif kind == "marine":
        turnover = float(rng.randrange(20000000, 180000000, 100000))
        p.pair("Annual turnover declared (exports)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.00035), 2)
        addon = ("War & SRCC", round(turnover * 0.00005, 2))
    elif kind == "shop":
        insured = float(rng.randrange(4000000, 25000000, 100000))
        p.pair("Sum insured (showroom contents)", rs(insured))
        basic = round(insured * rng.uniform(0.0007, 0.0011), 2)
        addon = ("Plate glass", round(rng.uniform(1500, 4500), 2))
    elif kind == "health":
        lives = rng.randrange(10, 34)
        p.pair("Lives covered", f"{lives} staff and families")
        basic = round(lives * rng.uniform(9000, 15000), 2)
        addon = ("Maternity cover", round(lives * 420.0, 2))
    elif kind == "pa":
        persons = rng.randrange(40, 180)
        p.pair("Persons covered", f"{persons} karigars x Rs 5,00,000")
        basic = round(persons * rng.uniform(180, 320), 2)
        addon = ("Medical expenses extension", round(persons * 40.0, 2))
    elif kind == "money":
        limit = float(rng.choice([300000, 500000, 800000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.006, 0.009), 2)
        addon = ("Cash in safe cover", round(rng.uniform(800, 2200), 2))
    elif kind == "ecgc":
        value = float(rng.randrange(5000000, 40000000, 1000))
        p.pair("Value of shipments declared", rs(value))
        rate = rng.choice([0.32, 0.38, 0.45])
        basic = round(value * rate / 100, 2)
        p.pair(f"Premium @ {rate:.2f}%", rs(basic))
    else:
        insured = float(rng.randrange(5000000, 30000000, 100000))
        p.pair("Sum insured (stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Riot and strike", round(insured * 0.00005, 2))
    if not j.no_day and kind != "ecgc":
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    if kind != "ecgc":
        p.pair("Basic premium", rs(basic))
    taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed += addon[1]
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "failed": ["Premium payable", "Total premium due"],
        "pending": ["Cheque amount", "Premium amount (incl. GST)"],
        "success": ["Gross premium paid", "Premium received (incl. GST)", "Amount collected"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000:
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Receipt date", "Cheque received on"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("NISHAT PASHMINA HOUSE", "BOULEVARD RD, SRINAGAR", "shop"),
    ("ZAFFRAN HANDICRAFT EXPORTS", "ZAINA KADAL SRINAGAR", "shop"),
    ("NISHAT PASHMINA HOUSE", "DAL GATE, SRINAGAR", "shop"),
    ("RAMBAGH FILLING STATION", "RAMBAGH, SRINAGAR", "fuel"),
    ("EXPO INN GREATER NOIDA", "KNOWLEDGE PARK II GR NOIDA", "hotel"),
    ("NISHAT PASHMINA HOUSE", "BOULEVARD SRINAGAR 190001", "shop"),
    ("MAHARAJ GUNJ COLOUR HOUSE", "MAHARAJ GUNJ, SRINAGAR", "colours"),
    ("RESIDENCY ROAD WAZWAN HOUSE", "RESIDENCY RD, SRINAGAR", "food"),
]
TERMINALS = [
    "J&K BANK",
    "HDFC BANK",
    "EZETAP",
    "INDIANOIL",
    "ICICI BANK",
    "J&K BANK",
    "INNOVITI",
    "SBI",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists' and buyers' cards on the showroom's and the karkhana's terminals, and the company's card at a
    filling station, a hotel at the Greater Noida handicrafts fair, a colours shop and a wazwan restaurant: terminal
    slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and
    TIME: / DT: and TM: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO: /
    INV NO:, SALE, CARD:, CARD TYPE: (INTL on some), a fuel sale's PRODUCT:, RATE:, VOLUME(L): and NOZZLE NO:, a
    hotel's ROOM NO:, AUTH CODE: / APPR CODE: / AUTH ID:, RRN: / REF NO: / RRN NO:, AMOUNT: / SALE AMT: / TOTAL
    AMOUNT: / TXN AMOUNT:, the restaurant's BASE AMOUNT:, TIP: and TOTAL:; APPROVED / TXN APPROVED / SALE APPROVED /
    DECLINED - 54 EXPIRED CARD / HOST NOT REACHABLE - STATUS UNKNOWN, DO NOT RESWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2400, high=145000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 6500, 38000, 0.5)
    elif kind == "colours":
        j.amount = rupees(rng, 900, 14500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 1800, 9800, 0.5)
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
        style = rng.randrange(4)
        if style == 3:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            day_lab, time_lab = [("DATE:", "TIME:"), ("DT:", "TM:"), ("TXN DATE:", "TXN TIME:")][style]
            p.pair(day_lab, d, date=j.date)
            p.pair(time_lab, t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "3"] if kind == "shop" else ["4", "5", "6"])
    p.pair(
        "CARD:",
        f"{lead}{digits(rng, 3)} XXXXXX {digits(rng, 5)}"
        if lead == "3"
        else f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    brand = {"3": "AMEX", "4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead]
    p.pair("CARD TYPE:", f"{brand} (INTL)" if kind == "shop" and rng.random() < 0.5 else brand)
    if kind == "fuel":
        rate = round(rng.uniform(96.0, 99.5), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "XP95", "DIESEL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "food":
        tip = float(rng.choice([0, 100, 200, 300])) if status == "success" else 0.0
        base = round(j.amount - tip, 2)
        p.pair("BASE AMOUNT:", f"{base:.2f}")
        p.pair("TIP:", f"{tip:.2f}")
        p.pair("TOTAL:", f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:.2f}", amount=j.amount)
    else:
        lab = rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL AMOUNT:", "TXN AMOUNT:"])
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "SALE APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 54 EXPIRED CARD", status="failed")
    else:
        p.add("center", "HOST NOT REACHABLE - STATUS UNKNOWN, DO NOT RESWIPE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband, LPG and phone bills


BILLERS = [
    ("KPDCL", "Kashmir Power Distribution Corporation Ltd", "Consumer ID"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
]
BILL_APPS = ["KPDCL", "mPay Delight+", "PhonePe", "Google Pay", "KPDCL", "Paytm", "mPay Delight+", "BHIM"]
BILL_WHICH = [0, 0, 1, 0, 0, 2, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's and the karkhana's electricity (KPDCL), the showroom's broadband (BSNL Bharat Fibre), the dye
    house's LPG (Indane) and the directors' postpaid phones (Jio) through Bharat Connect in J&K Bank's mPay Delight+
    and UPI apps (the app on top, Biller / Biller name / Electricity board / Provider / Operator as printed, Consumer
    ID / Account No. / LPG ID / Mobile No., Customer name / Consumer name, Bill month and Due date on some, the sum
    large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / B-Connect Txn ID / Bharat Connect Txn ID, UPI Ref
    No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully / Payment
    successful / Bill payment done / Payment pending - biller confirmation awaited, do not pay again / Bill payment
    failed - debited amount will be refunded within 7 days) and KPDCL's own receipt page (the corporation on top with
    its Government of Jammu and Kashmir line, Consumer ID, Sub division, Consumer name, Bill month, Amount paid /
    Amount received, Payment mode, Transaction ID, Receipt No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2500, high=92000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 4200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1750, 9800, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer ID": f"{rng.choice(['SRN', 'KHN', 'RJB'])}{digits(rng, 8)}",
        "Account No.": digits(rng, 10),
        "LPG ID": digits(rng, 17),
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KPDCL":
        p = browser_page(rng, font, "kpdcl.jk.gov.in/online-payment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Government of Jammu and Kashmir undertaking  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment done"]})
        p.pair(idlab, ids)
        p.pair(
            "Sub division",
            rng.choice(["ED Rajbagh", "ED Khanyar", "ED Habbakadal"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"KPD{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the consumer account within two working days.")
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
            "success": ["Bill paid successfully", "Payment successful", "Bill payment done"],
            "pending": ["Payment pending - biller confirmation awaited, do not pay again"],
            "failed": ["Bill payment failed - debited amount will be refunded within 7 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if which == 0:
        lab = rng.choice(["Biller", "Biller name", "Electricity board"])
    elif which == 3:
        lab = "Operator"
    else:
        lab = rng.choice(["Biller", "Provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name"]),
        rng.choice([COMPANY_CAPS, SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "mPay Delight+" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "BHIM": "BH"}.get(app, "JK")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID", "Bharat Connect Txn ID"]),
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
        ["Paid on", "Transaction date & time"] if status == "success" else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "CHANGTHANG PASHM TRA",
    "RAINAWARI RANGREZ DY",
    "SHAMEEMA AKHTER",
    "SAFA KADAL SHAWL WAS",
    "KPDCL SRINAGAR",
    "VALLEY AIR CARGO AGE",
    "LASSIPORA PACKAGING",
    "SMC SRINAGAR",
]
SENDERS = {
    "J&K Bank": "VM-JKBANK",
    "Punjab National Bank": "JD-PNBSMS",
    "Axis Bank": "AX-AXISBK",
    "Yes Bank": "VK-YESBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-JKBANK / JD-PNBSMS /
    AX-AXISBK / VK-YESBNK, the day divider, each bank's own wording: "Your A/c XX1234 is debited by Rs.x on <day> /
    through <way> to <payee>.", "A/c XX1234 debited INR x on <day> / thru <way> to <payee>.", Axis Bank's "INR x
    debited / A/c no. XX1234 / <day> / <way>/<ref>/<payee>", "YES BANK: INR x paid from A/c XX1234 / to <payee> via
    <way> on <day>."; a transfer that "has FAILED at the beneficiary bank; the amount is reversed to your A/c" and one
    that "is IN PROCESS - wait for credit confirmation before you retry") and two e-mail debit alerts (Amount
    debited / Transaction amount, Transferred to / Beneficiary name, Account, Channel, UTR No. / IMPS Ref No.,
    Transaction date / Value date, Transaction status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=2500, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 1500, 24000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 6000, 85000)
    elif k == 7:
        j.amount = rupees(rng, 4000, 52000)
    if k in (0, 5):
        bank = rng.choice(["J&K Bank", "HDFC Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit transaction alert", "Alert: debit from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Transaction amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred to", "Beneficiary name"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Success", status="success")
        p.part = "foot"
        p.add(
            "small", "The bank never asks for your OTP, PIN or password. Report unauthorised debits at once."
        )
        return p.done()
    if status == "success" and k in (2, 4):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = rng.choice(list(SENDERS))
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
        if bank == "J&K Bank":
            p.add("left", f"Your A/c XX{tail} is debited by Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"through {way} to {to}.", merchant=to, method=method)
        elif bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
        elif bank == "Axis Bank":
            p.add("left", f"INR {amt} debited", amount=j.amount)
            p.add("left", f"A/c no. XX{tail}")
            if day:
                p.add("left", f"{day}, {hhmm(rng, twelve=False, seconds=True)}")
            if ref:
                p.add("left", f"{way}/{ref}/{to}", merchant=to, method=method, txn=(UTR_RANK, ref))
                ref = None
            else:
                p.add("left", f"{way}/{to}", merchant=to, method=method)
        else:
            p.add("left", f"YES BANK: INR {amt} paid from A/c XX{tail}", amount=j.amount)
            p.add("left", f"to {to} via {way}{on}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has FAILED at the beneficiary bank; the amount is reversed to your A/c.",
            "pending": "is IN PROCESS - wait for credit confirmation before you retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2400000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not you? Call 1800 890 2122", "If not done by you, SMS BLOCK to the bank"]),
        )
    p.add(
        "small",
        {"J&K Bank": "-J&K Bank", "Punjab National Bank": "-PNB", "Axis Bank": "-Axis Bank"}.get(
            bank, "-YES BANK"
        ),
    )
    return p.done()


compose = compose158

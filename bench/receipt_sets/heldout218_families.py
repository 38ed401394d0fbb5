"""The twelve heldout218 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a bhujia and namkeen maker's day in 2026 in Bikaner, Rajasthan (Motilal Rameshwar
Foods Pvt Ltd, its factory on Plot E-212 of the RIICO Industrial Area at Bichhwal and its two shops in the old city,
Motilal Bhujiawala, at Kote Gate and in Bhujia Bazar by Daga Chowk), told by the proofs of payment it receives and
makes: customers', halwais' and caterers' UPI screens and the web shop's Paytm Payment Gateway and BillDesk pages,
JioMart's and Swiggy Instamart's settlements, Blinkit's, Zepto's, BigBasket's and DMart's payment advices and the
distributors' at Jaipur and Guwahati, importers' inward wires in US dollars, pounds, dirhams, Canadian, Australian,
Singapore and New Zealand dollars and ringgit, its own cash memos, wedding order advances, money receipts and its
receipts for used cooking oil and scrap, the gram flour mill's, the oil mill's, the spice trader's, the pouch
maker's and the carton maker's tax invoices, the net-banking transfers to the transporter, the thermic heater
servicer, the fryer maker, the pest controller, the electrician, the food lab, the shed builder and the design
studio, the karigars', packers', papad rollers', loaders' and halwais' day, kilo and week vouchers and their bulk
and UPI payouts, the Rajasthan State Pollution Control Board's, Nagar Nigam Bikaner's, RIICO's, the Factories and
Boilers Inspection Department's (e-GRAS), Legal Metrology's, the Krishi Upaj Mandi Samiti's and the Labour
Department's pages, the insurers' premium receipts, card terminal slips, JdVVNL's and BkESL's power and the water,
broadband, LPG and phone bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the "A unit
of" line, legal name lines, the orders, invoices, POs and GRNs listed on a settlement or advice, seller, vendor,
PO, GRN, plot, property, K, licence, application, registration, policy, proposal, worker and record numbers,
kilos, bags, tins, pieces, days, hours, rates, commissions, fees, advances, debit notes, TDS, TCS, GST, mandi fee
and cess lines, purchase and construction values, sums insured, IDVs and limits, wage weeks, bill months and
periods, delivery, due, cheque and shipping bill days, GSTIN, IFSC, UETR, MID, TID, batch and trace numbers,
brokers, transporters and labour contractors, beneficiary nicknames, the maker and the authoriser and the payer's
own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way``
and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
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

COMPANY = "Motilal Rameshwar Foods Pvt Ltd"
COMPANY_CAPS = "MOTILAL RAMESHWAR FOODS PVT LTD"
SHORT = "Motilal Rameshwar Foods"
SHOP = "Motilal Bhujiawala"
# unit, address, GST state code
UNITS = [
    ("Factory - bhujia, namkeen and papad", "E-212, RIICO Industrial Area, Bichhwal, Bikaner - 334006", "08"),
    ("Shop - Kote Gate", "Kote Gate, near Sadul Singh Circle, Bikaner - 334001", "08"),
    ("Shop - Bhujia Bazar", "Bhujia Bazar, near Daga Chowk, Bikaner - 334005", "08"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WEST = ["%b {d}, %Y", "{d} %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "Bank of Baroda",
    "AU Small Finance Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Canara Bank",
    "Union Bank of India",
    "Rajasthan Marudhara Gramin Bank",
    "IDFC FIRST Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "AU Small Finance Bank": "AUBL",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Rajasthan Marudhara Gramin Bank": "RMGB",
    "IDFC FIRST Bank": "IDFB",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "State Bank of India": "sbi",
    "Punjab National Bank": "pnb",
    "Bank of Baroda": "bankofbaroda",
    "AU Small Finance Bank": "aubank",
    "ICICI Bank": "icicibank",
    "HDFC Bank": "hdfcbank",
    "Union Bank of India": "unionbankofindia",
    "IDFC FIRST Bank": "idfcfirstbank",
    "Axis Bank": "axisbank",
}
CUSTOMERS = [
    "Gopal Swami",
    "Neha Kochar",
    "Rajendra Bothra",
    "Pooja Purohit",
    "Vikas Rangi",
    "Sunita Bhadani",
    "Anil Harsh",
    "Kavita Joshi",
    "Manish Vyas",
    "Rekha Surana",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Receiver (billed to) / Consignee (bill to) / Buyer's name: no fact)."""
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
    return DOMAINS.get(bank, bank.split()[0].lower())


def kilos(rng: random.Random, low: int, high: int) -> float:
    """A weight in kilos, to the half kilo on some."""
    return rng.randrange(low, high) + (0.5 if rng.random() < 0.4 else 0.0)


def kg(value: float) -> str:
    return f"{value:g}"


# ---------------------------------------------------------------- 1. customers: UPI screens and payment pages


CUSTOMER_APPS = [
    "PhonePe",
    "Paytm PG",
    "Google Pay",
    "Amazon Pay",
    "Navi",
    "BillDesk",
    "WhatsApp",
    "bob World",
]
SHOP_AT = (0, 2, 4, 6)
SHOP_NOTES = [
    "Bhujia 2 kg",
    "Moth dal namkeen + papad",
    "Rasgulla tin and bhujia",
    "Kaju katli 1 kg",
    "Namkeen for guests",
    "Dal moth 5 kg",
]
BULK_NOTES = [
    "Shaadi order - 40 kg namkeen",
    "Halwai order - besan sev 25 kg",
    "Diwali gift boxes - 120 nos",
    "Dealer order - bhujia cartons",
    "Catering order advance",
    "Sample order - export packs",
]
PAYEE_LABELS = {
    "PhonePe": ["Paid to", "Payment to"],
    "Google Pay": ["To"],
    "Amazon Pay": ["Paid to"],
    "Navi": ["Sent to", "Paid to"],
    "WhatsApp": ["Payment to", "To"],
    "bob World": ["Payee name", "Paid to"],
}
REF_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Amazon Pay": ["Bank Reference ID", "UPI Ref. No."],
    "Navi": ["UPI Ref. ID", "UTR"],
    "WhatsApp": ["UPI transaction ID", "UPI Ref No."],
    "bob World": ["RRN", "UPI RRN"],
}
HANDLES = {
    "shop": [
        "motilalbhujiawala@ybl",
        "motilalbhujia@axl",
        "motilalkotegate@barodampay",
        "mrbhujia.bkn@okaxis",
    ],
    "company": ["motilalrameshwar@aubank", "mrfoods.bikaner@sbi", "mrfoodspvtltd@icici", "motilalfoods@pnb"],
}


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers at the shops and halwais, caterers and dealers paying the company: six UPI screens (PhonePe, Google
    Pay, Amazon Pay, Navi, WhatsApp, bob World: the shop or the company under Paid to / Payment to / To / Sent to /
    Payee name / Paying to, its UPI ID, a Legal name / Banking name line on some, the sum large, UTR / UPI Ref. No.
    / UPI transaction ID / Bank Reference ID / UPI Ref. ID / UPI Ref No. / RRN / UPI RRN, the app's own Transaction
    ID / Google transaction ID on some, Debited from / From / Paid from, Date & time / Paid on / Completed on /
    Initiated on; Payment pending - confirmation from bank awaited, check after 30 minutes / Payment declined -
    incorrect UPI PIN entered) and the web shop's two payment pages (Paytm Payment Gateway, BillDesk: the company or
    the shop on top, Customer name / Billed to / Ship to, Items, Order ID / Merchant order No., Transaction ID /
    BillDesk Txn ID, Bank Transaction ID / Bank reference No. or Auth code, Transaction date / Paid on / Payment
    date; Transaction successful / Your payment was successful / Order placed - payment received)."""
    k = place("customer_upi")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=4500, high=85000, p_round=0.8)
    app = CUSTOMER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Paytm PG", "BillDesk"):
        to = rng.choice([COMPANY, SHORT, SHOP])
        j.amount = rupees(rng, 650, 14500, 0.5)
        url = (
            f"securegw.paytm.in/theia/paymentstatus?orderid=MRF{digits(rng, 9)}"
            if app == "Paytm PG"
            else f"pay.billdesk.com/web/v1_2/embedded/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Bikaneri bhujia, namkeen and papad since 1962", "Shop online - shipped from Bikaner"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Transaction successful",
                    "Your payment was successful",
                    "Order placed - payment received",
                ]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Billed to"]), rng.choice(CUSTOMERS))
        p.pair(
            "Ship to", rng.choice(["Pune 411045", "Bengaluru 560102", "Kolkata 700019", "Hyderabad 500081"])
        )
        wrap_pair(
            p,
            "Items",
            rng.choice(
                [
                    "Bikaneri bhujia 1 kg x 3, moth papad 500 g",
                    "Festive namkeen hamper x 2",
                    "Aloo bhujia 400 g x 6, dal moth 400 g x 4",
                    "Kaju katli 500 g, bhujia 1 kg",
                ]
            ),
        )
        way = rng.choice(["UPI", "UPI", "card", "Net banking"])
        p.pair(
            rng.choice(["Payment mode", "Paid via"]),
            {
                "UPI": "UPI",
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} debit card {masked(rng, font)}",
                "Net banking": f"Net banking - {rng.choice(BANKS[:5])}",
            }[way],
            method={"UPI": "UPI", "card": "card", "Net banking": "netbanking"}[way],
        )
        if not j.no_ref:
            oid = f"MRF{j.date:%y%m}{digits(rng, 6)}"
            p.pair("Order ID" if app == "Paytm PG" else "Merchant order No.", oid, txn=(ORDER_RANK, oid))
            tid = f"2026{digits(rng, 16)}" if app == "Paytm PG" else f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Transaction ID" if app == "Paytm PG" else "BillDesk Txn ID", tid, txn=(TXN_RANK, tid))
            if way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                lab = "Bank Transaction ID" if app == "Paytm PG" else "Bank reference No."
                ref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair(lab, ref, txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
        date_row(p, j, ["Transaction date", "Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments secured by Paytm" if app == "Paytm PG" else "Powered by BillDesk")
        return p.done()
    shop = k in SHOP_AT
    if shop:
        j.amount = rupees(rng, 120, 3800, 0.85)
        to = rng.choice([SHOP, SHOP.upper()])
        handle = rng.choice(HANDLES["shop"])
    else:
        to = rng.choice([COMPANY_CAPS, SHORT, COMPANY])
        handle = rng.choice(HANDLES["company"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"bob World": "bob World", "WhatsApp": "WhatsApp Payments"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment complete", "Payment successful", "Paid"],
            "pending": ["Payment pending - confirmation from bank awaited, check after 30 minutes"],
            "failed": ["Payment declined - incorrect UPI PIN entered"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(PAYEE_LABELS[app] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if shop and rng.random() < 0.7:
        p.add("small", f"{rng.choice(['Legal name', 'Banking name'])}: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES if shop else BULK_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(REF_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Amazon Pay") and rng.random() < 0.7:
            own = (
                f"T{j.date:%y%m%d}{digits(rng, 16)}"
                if app == "PhonePe"
                else f"P02-{digits(rng, 7)}-{digits(rng, 7)}"
            )
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


# ---------------------------------------------------------------- 2. marketplaces' settlements, buyers' advices


# payer, frame, payee labels, kind (market: fees off the sales; buyer: TDS and a debit note off the bills), id label
PAYERS = [
    ("JioMart", "browser", ["Seller name", "Registered seller"], "market", "Settlement ID"),
    ("Blinkit", "mail", ["Vendor", "Remit to"], "buyer", "Payment document No."),
    ("Zepto", "mail", ["Supplier name", "Paid to (supplier)"], "buyer", "Advice No."),
    ("Swiggy Instamart", "browser", ["Seller name", "Payee (seller)"], "market", "Settlement ID"),
    ("BigBasket", "paper", ["Supplier", "Vendor (remittee)"], "buyer", "Payment voucher No."),
    ("Shree Shyam Distributors", "paper", ["Party", "Paid to (principal)"], "buyer", "Advice No."),
    ("DMart", "browser", ["Vendor name", "Supplier (payee)"], "buyer", "Payment document No."),
    ("Brahmaputra Foods Agencies", "mail", ["Party", "Paid to (principal)"], "buyer", "Advice No."),
]
PAYER_LINES = {
    "JioMart": ("Seller Central  |  Payments and settlements", "seller.jiomart.com/payments/settlements"),
    "Blinkit": ("Blink Commerce Pvt Ltd  |  Vendor payments", "vendorpayments@blinkit.com"),
    "Zepto": ("Vendor finance  |  Remittance advice", "vendor.remittance@zepto.co.in"),
    "Swiggy Instamart": ("Seller Hub  |  Payouts", "partner.swiggy.com/instamart/seller/payouts"),
    "BigBasket": ("Supermarket Grocery Supplies Pvt Ltd  |  Accounts payable, Bengaluru", ""),
    "Shree Shyam Distributors": (
        "Authorised distributor - namkeen and snacks  |  Chandpole Bazar, Jaipur",
        "",
    ),
    "DMart": ("Avenue Supermarts Ltd  |  Vendor portal - payments", "vendor.dmart.in/payments/advice"),
    "Brahmaputra Foods Agencies": (
        "Distributor - snacks and sweets  |  Fancy Bazar, Guwahati",
        "accounts@bfagencies.in",
    ),
}
DEBITS = [
    "Less: Debit note - {n} leaked packets",
    "Less: Near-expiry stock returned - {n} packs",
    "Less: Short supply against PO - {n} packs",
    "Less: Listing fee (new SKU)",
    "Less: Scheme claim - display incentive",
]


def market_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The marketplaces and buyers paying the company for its bhujia and namkeen: JioMart's and Swiggy Instamart's
    settlement pages (the panel on top, Seller name / Registered seller / Payee (seller) the company, Seller ID, the
    orders covered, Gross sales, Less: Commission @ n%, Less: Fixed fee / Shipping fee, Less: GST on fees @ 18%,
    Less: TCS u/s 52 CGST Act @ 0.5%, Less: TDS u/s 194-O @ 0.1%, Net settlement amount / Amount settled to bank /
    Net payout), Blinkit's, Zepto's and a Guwahati distributor's payment advice e-mails, BigBasket's and a Jaipur
    distributor's printed PAYMENT ADVICE and DMart's vendor portal page (Vendor / Remit to / Supplier name / Paid to
    (supplier) / Supplier / Vendor (remittee) / Party / Paid to (principal) / Vendor name / Supplier (payee) the
    company, Vendor code, the invoices with PO No. and GRN No., Bills total, Less: TDS u/s 194Q @ 0.1%, a debit note
    or scheme claim, Net amount paid / Amount released / Net paid / Net amount to be released / Net amount), Payment
    mode NEFT / RTGS, Settlement ID / Payment document No. / Advice No. / Payment voucher No., UTR / UTR No.,
    Settlement date / Payment date / Paid on / Value date / Advice date / Date of advice / Returned on / Date of
    return; Settlement completed / Payment released to your bank account / Status: Paid to vendor / Payment on hold
    - invoice quantity does not match GRN / Payment returned - beneficiary account frozen at bank)."""
    k = place("market_payouts")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    name, frame, labels, kind, idlab = PAYERS[k]
    line, where = PAYER_LINES[name]
    rs = money(rng, font, 0.2, marks=("\u20b9", "INR ", "Rs."))
    if frame == "mail":
        subjects = (
            ["Payment advice", "Remittance advice - vendor payment", "Payment intimation"]
            if status == "success"
            else ["Payment advice - update", "Regarding your payment"]
        )
        p = mail_page(rng, font, f"{name} <{where}>", subjects)
    elif frame == "browser":
        p = browser_page(rng, font, where)
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, name)
    p.add("small", line)
    if frame == "paper":
        p.add("center", rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Settlement completed",
                "Payment released to your bank account",
                "Status: Paid to vendor",
            ],
            "pending": ["Payment on hold - invoice quantity does not match GRN"],
            "failed": ["Payment returned - beneficiary account frozen at bank"],
        },
    )
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Seller ID" if kind == "market" else "Vendor code", f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    gross = 0.0
    if kind == "market":
        p.add("left", rng.choice(["Orders in this settlement", "Orders covered"]))
        for _ in range(rng.randrange(2, 5)):
            v = rupees(rng, 1800, 26000, 0.3)
            gross += v
            oid = f"{rng.choice(['JM', 'OD', 'IM'])}{digits(rng, 11)}"
            p.pair(oid, rs(v))
        gross = round(gross, 2)
        p.pair("Gross sales", rs(gross))
        pct = float(rng.choice([8, 10, 12, 15]))
        comm = round(gross * pct / 100, 2)
        p.pair(f"Less: Commission @ {pct:g}%", rs(comm))
        fee = round(rng.uniform(40, 160) * rng.randrange(2, 9), 2)
        p.pair(rng.choice(["Less: Fixed fee", "Less: Shipping fee"]), rs(fee))
        gst = round((comm + fee) * 0.18, 2)
        p.pair("Less: GST on fees @ 18%", rs(gst))
        tcs = round(gross / 1.05 * 0.005, 2)
        p.pair("Less: TCS u/s 52 CGST Act @ 0.5%", rs(tcs))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
        j.amount = round(gross - comm - fee - gst - tcs - tds, 2)
        net = (
            ["Net settlement amount", "Amount settled to bank", "Net payout"]
            if status == "success"
            else ["Net payout", "Net settlement amount"]
        )
    else:
        p.add("left", rng.choice(["Invoices paid", "Bills covered by this payment"]))
        for _ in range(rng.randrange(1, 4)):
            v = rupees(rng, 12000, 160000, 0.3)
            gross += v
            inv = f"MRF/{fy(j.date)}/{rng.randrange(100, 4999):04d}"
            p.pair(f"{inv}  PO {digits(rng, 8)}", rs(v))
            if name in ("Blinkit", "Zepto", "DMart", "BigBasket") and rng.random() < 0.5:
                p.add("small", f"GRN No. {digits(rng, 10)}")
        gross = round(gross, 2)
        p.pair(rng.choice(["Bills total", "Gross amount of bills"]), rs(gross))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        debit = rng.choice(DEBITS).format(n=rng.randrange(12, 160))
        cut = round(rng.uniform(0.004, 0.03) * gross, 2)
        p.pair(debit, rs(cut))
        j.amount = round(gross - tds - cut, 2)
        net = {
            "success": ["Net amount paid", "Amount released", "Net paid"],
            "pending": ["Net amount to be released"],
            "failed": ["Net amount", "Net payment"],
        }[status]
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(
        rng.choice(["Payment mode", "Mode of payment"]),
        f"{way} - {rng.choice(BANKS[:4])} XX{digits(rng, 4)}",
        method="netbanking",
    )
    if not j.no_ref:
        pid = {
            "Settlement ID": f"STL{digits(rng, 11)}",
            "Payment document No.": f"15{digits(rng, 8)}",
            "Advice No.": f"PA/{fy(j.date)}/{rng.randrange(10, 9999):04d}",
            "Payment voucher No.": f"PV{digits(rng, 9)}",
        }[idlab]
        p.pair(idlab, pid, txn=(TXN_RANK if idlab == "Settlement ID" else INVOICE_RANK, pid))
        if status != "pending":
            ref = bank_ref(
                rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]), way
            )
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Settlement date", "Payment date", "Paid on", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    if status == "failed":
        foot = "Update your bank account in the vendor master to receive this payment."
    elif kind == "market":
        foot = "Settlements reach your bank seven days after delivery of the orders covered."
    else:
        foot = "For queries on deductions write to the accounts payable desk within 15 days."
    p.add("small", foot)
    if frame == "paper":
        right(p, f"For {name} - Accounts")
    return p.done()


# ---------------------------------------------------------------- 3. importers abroad: inward wires


REMITTERS = [
    (
        "Rangoli Foods Distribution LLC",
        "Edison, New Jersey, USA",
        "USD",
        "JPMorgan Chase Bank NA",
        4000,
        38000,
    ),
    ("Desi Pantry Wholesale Ltd", "Leicester, United Kingdom", "GBP", "Barclays Bank UK plc", 3000, 26000),
    ("Al Noor Indian Foodstuff Trading LLC", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 15000, 140000),
    ("Maple Masala Imports Inc", "Brampton, Ontario, Canada", "CAD", "Royal Bank of Canada", 5000, 52000),
    (
        "Southern Spice Traders Pty Ltd",
        "Harris Park, NSW, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        5000,
        56000,
    ),
    ("Little India Provisions Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 4000, 48000),
    ("Kiwi Bazaar Foods Ltd", "Auckland, New Zealand", "NZD", "ANZ Bank New Zealand Ltd", 5000, 50000),
    (
        "Jalan Masala Trading Sdn Bhd",
        "Kuala Lumpur, Malaysia",
        "MYR",
        "Maybank (Malayan Banking Berhad)",
        12000,
        120000,
    ),
]
WIRE_FRAMES = [
    ("State Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("Bank of Baroda", "mail"),
    ("HDFC Bank", "browser"),
    ("Punjab National Bank", "paper"),
    ("Axis Bank", "mail"),
    ("AU Small Finance Bank", "browser"),
    ("IDFC FIRST Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "AED": (23.2, 24.2),
    "CAD": (60.1, 63.8),
    "AUD": (55.1, 58.6),
    "SGD": (63.2, 67.4),
    "NZD": (49.1, 52.6),
    "MYR": (18.8, 20.3),
}
MARKS = {
    "AED": ["AED "],
    "CAD": ["CAD ", "C$"],
    "AUD": ["AUD ", "A$"],
    "SGD": ["SGD ", "S$"],
    "NZD": ["NZD ", "NZ$"],
    "MYR": ["MYR ", "RM "],
}
WIRE_DESKS = [
    "Forex Back Office, Sadul Ganj Branch, Bikaner",
    "Trade Finance Cell, Station Road, Bikaner",
    "Centralised Trade Processing Centre, Jaipur",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds, a code or sign for the others."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice(MARKS[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Indian grocery importers in the United States, Britain, the Emirates, Canada, Australia, Singapore, New Zealand
    and Malaysia paying for containers of bhujia, namkeen and papad: the banks' inward remittance advices (browser,
    e-mail, printed ADVICE OF FOREIGN INWARD REMITTANCE / Export proceeds - inward credit advice / SWIFT MT103 -
    credit advice: the bank on top with its trade desk, Beneficiary customer / Exporter (beneficiary) / Beneficiary
    name the company, Beneficiary A/c, By order of / Remitter (importer) / Ordering customer, Remitting bank /
    Sender's correspondent, Amount in foreign currency / Remitted amount (FCY) / Instructed amount in USD, GBP, AED,
    CAD, AUD, SGD, NZD or MYR, Charges, Rate applied, INR value, Less: Bank charges incl. GST, Net amount credited
    (INR), Purpose code, Export invoice No., Shipping bill No. and date, Mode, IRM No. / Inward ref. No. /
    Transaction reference (bank), UETR, Value date / Date of realisation / Credited on / Received on / Parked on /
    Returned on / Date of return; Export proceeds credited to your account / Status: Realised - IRM reported to
    EDPMS / Parked - EDPMS mapping of shipping bill awaited from exporter / Returned to remitter's bank -
    beneficiary account under KYC freeze)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    payer, city, cur, pbank, lo, hi = REMITTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{slug(bank)}.co.in>",
            [
                "Export proceeds - inward credit advice",
                "Inward remittance received",
                "SWIFT MT103 - credit advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.co.in/irm/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(WIRE_DESKS))
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF FOREIGN INWARD REMITTANCE",
                "Export proceeds - inward credit advice",
                "SWIFT MT103 - credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Export proceeds credited to your account",
                "Status: Realised - IRM reported to EDPMS",
            ],
            "pending": ["Parked - EDPMS mapping of shipping bill awaited from exporter"],
            "failed": ["Returned to remitter's bank - beneficiary account under KYC freeze"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary customer", "Exporter (beneficiary)", "Beneficiary name"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["By order of", "Remitter (importer)", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's correspondent"]), pbank)
    p.pair(
        rng.choice(["Amount in foreign currency", "Remitted amount (FCY)", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR value", f"{inr:,.2f}")
    chg = round(float(rng.choice([500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["P0102 - realisation of export bills", "P0103 - advance against exports"]),
    )
    p.pair("Export invoice No.", f"MRF/EXP/{fy(j.date)}/{rng.randrange(1, 99):03d}")
    if not j.no_day:
        p.pair(
            "Shipping bill No. and date", f"{digits(rng, 7)} dt {when(earlier(rng, j, 12, 60), '%d.%m.%Y')}"
        )
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["IRM No.", "Inward ref. No.", "Transaction reference (bank)"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status == "success":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of realisation", "Credited on"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "Map this IRM to its shipping bill on EDPMS within 30 days; an e-BRC is generated on realisation.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the shops' and the factory's own receipts


RECEIPT_PARTIES = [
    "Mr. Gopal Swami",
    "M/s Shree Balaji Traders, Nokha (distributor)",
    "M/s Sharma Namkeen Agency, Sri Dungargarh (distributor)",
    "Thar Bio Energy Pvt Ltd (RUCO collector)",
    "Mrs. Sunita Bhadani (wedding order)",
    "Mr. Rajendra Bothra (shaadi order)",
    "M/s Mohta Provision Store, Phalodi (dealer)",
    "Salim Qureshi, Gangashahar (scrap dealer)",
]
RECEIPT_WAYS = ["UPI", "NEFT", "cheque", "NEFT", "UPI", "card", "cheque", "cash"]
SHOP_K = (0, 4, 5)
SNACKS = [
    ("Bikaneri bhujia", 320, 380),
    ("Moth dal namkeen", 300, 360),
    ("Aloo bhujia", 280, 340),
    ("Navratan mixture", 300, 360),
    ("Moth papad", 260, 320),
    ("Mini kachori", 340, 400),
    ("Kaju katli", 920, 1150),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shops' own CASH MEMO / CASH MEMO - RECEIPT and ADVANCE RECEIPT - SHAADI ORDER / BOOKING RECEIPT - WEDDING
    ORDER (the shop on top with the "A unit of" line) and the factory's MONEY RECEIPT / PAYMENT RECEIPT, RECEIPT -
    SALE OF USED COOKING OIL (RUCO) and RECEIPT - SCRAP SALE (EMPTY TINS AND BAGS) (the company on top; paper:
    address and GSTIN, Receipt No. / Memo No. / Rcpt. No. / M.R. No., Date / Dated / Receipt date, Received from /
    Customer / Party / Sold to (no fact), the snacks by the kilo, the oil, tins and bags by the kilo or the piece,
    GST @ 5% or 18%, Bill amount / Total / Order value (incl. GST) / Against bills / Outstanding before this
    receipt, Received by UPI / Paid by UPI QR / Received by NEFT / NEFT received / Cash received / Received in cash
    / Paid by card (swipe) / Card payment (EDC) / Advance received / Cheque amount / Cheque for, Balance payable on
    delivery, Delivery on, Mode, UPI Ref. No. / UTR / Auth code, Cheque No. and bank, Cheque date; RECEIVED WITH
    THANKS / PAID / PAID - DHANYAVAAD, PHIR PADHAREN / ADVANCE RECEIVED - SHAADI ORDER CONFIRMED / PAYMENT RECEIVED
    - ACCOUNT UPDATED / OIL LIFTED - PAYMENT RECEIVED / SCRAP SOLD - CASH RECEIVED / CHEQUE RECEIVED - DISPATCH ON
    CLEARANCE / CHEQUE RETURNED - FUNDS INSUFFICIENT, SUPPLY STOPPED, the rubber stamp) and the accounts desk's and
    the shop's two receipt e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    shop = k in SHOP_K
    way = RECEIPT_WAYS[k]
    me = rng.choice([SHOP, SHOP.upper()]) if shop else rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    unit = UNITS[1 + rng.randrange(2)] if shop else UNITS[0]
    if k in (1, 4):
        p = mail_page(
            rng,
            font,
            f"{SHOP} <orders@motilalbhujiawala.in>" if shop else f"{SHORT} Accounts <accounts@mrfoods.in>",
            ["Payment received - thank you", "Your payment receipt", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  {unit[0]}" if shop else f"{unit[0]}  |  Accounts department")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        if shop:
            kinds = (
                ["CASH MEMO", "CASH MEMO - RECEIPT"]
                if k == 0
                else [
                    "ADVANCE RECEIPT - SHAADI ORDER",
                    "BOOKING RECEIPT - WEDDING ORDER",
                ]
            )
            sub = f"A unit of {COMPANY}"
        else:
            kinds = {
                2: ["MONEY RECEIPT", "PAYMENT RECEIPT"],
                6: ["MONEY RECEIPT", "PAYMENT RECEIPT"],
                3: ["RECEIPT - SALE OF USED COOKING OIL (RUCO)"],
                7: ["RECEIPT - SCRAP SALE (EMPTY TINS AND BAGS)"],
            }[k]
            sub = "Bikaneri bhujia, namkeen and papad - manufacturers"
        letterhead(p, me, sub, unit[1], unit[2], kinds)
    if not j.no_ref:
        rno = f"{'MB' if shop else 'MRF'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(
            rng.choice(["Memo No.", "Receipt No."] if shop else ["Receipt No.", "Rcpt. No.", "M.R. No."]),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(
            ["Customer", "Received from"]
            if shop
            else (["Sold to", "Received from"] if k in (3, 7) else ["Received from", "Party"])
        ),
        RECEIPT_PARTIES[k],
    )
    advance = False
    if k == 0:
        base = 0.0
        for snack, lo, hi in rng.sample(SNACKS, rng.randrange(2, 4)):
            weight = rng.choice([0.25, 0.5, 1, 1.5, 2, 3])
            rate = float(rng.randrange(lo, hi, 10))
            value = round(weight * rate, 2)
            base += value
            p.pair(f"{snack} - {kg(weight)} kg x {rate:,.2f}", rs(value))
        gst = round(base * 0.05, 2)
        p.pair("GST @ 5%", rs(gst))
        j.amount = float(round(base + gst))
        p.pair(rng.choice(["Bill amount", "Total"]), rs(j.amount))
    elif k in (4, 5):
        base = 0.0
        for snack, lo, hi in rng.sample(SNACKS[:5], rng.randrange(2, 4)):
            weight = float(rng.randrange(10, 60, 5))
            rate = float(rng.randrange(lo - 20, hi - 20, 10))
            value = round(weight * rate, 2)
            base += value
            p.pair(f"{snack} - {kg(weight)} kg x {rate:,.2f}", rs(value))
        bill = round(base * 1.05, 2)
        p.pair("Order value (incl. GST)", rs(bill))
        if not j.no_day:
            p.pair("Delivery on", j.other_day(rng, 4, 30))
        j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -2))
        advance = True
    elif k == 3:
        weight = float(rng.randrange(380, 1600, 10))
        rate = float(rng.choice([48, 50, 52, 55, 58]))
        value = round(weight * rate, 2)
        p.pair(f"Used cooking oil - {kg(weight)} kg x {rate:,.2f}", rs(value))
        gst = round(value * 0.05, 2)
        p.pair("GST @ 5%", rs(gst))
        j.amount = float(round(value + gst))
        p.pair("Total", rs(j.amount))
        p.pair("Vehicle No.", f"RJ-07-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    elif k == 7:
        tins = rng.randrange(60, 320)
        tin_rate = float(rng.choice([32, 35, 38, 40]))
        bags = rng.randrange(150, 900)
        bag_rate = rng.choice([5.5, 6.0, 6.5, 7.0])
        base = round(tins * tin_rate + bags * bag_rate, 2)
        p.pair(f"Empty oil tins (15 kg) - {tins} pcs x {tin_rate:,.2f}", rs(round(tins * tin_rate, 2)))
        p.pair(f"Empty besan bags - {bags} pcs x {bag_rate:,.2f}", rs(round(bags * bag_rate, 2)))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = float(round(base + gst))
        p.pair("Total", rs(j.amount))
    else:
        bills = []
        for _ in range(rng.randrange(1, 4)):
            bills.append(rupees(rng, 18000, 140000, 0.4))
        nos = ", ".join(f"{rng.randrange(100, 4999)}" for _ in bills)
        wrap_pair(p, "Against bills", f"MRF/{fy(j.date)}/ {nos}")
        owed = round(sum(bills) + rupees(rng, 5000, 60000), 2)
        p.pair("Outstanding before this receipt", rs(owed))
        j.amount = round(sum(bills), 2)
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque for"])
    elif advance and rng.random() < 0.5:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "Paid by UPI QR"]),
            "NEFT": rng.choice(["Received by NEFT", "NEFT received"]),
            "card": rng.choice(["Paid by card (swipe)", "Card payment (EDC)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair("Balance payable on delivery", rs(round(bill - j.amount, 2)))
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
    words = {
        0: ["RECEIVED WITH THANKS", "PAID", "PAID - DHANYAVAAD, PHIR PADHAREN"],
        1: ["RECEIVED WITH THANKS", "PAYMENT RECEIVED - ACCOUNT UPDATED"],
        3: ["OIL LIFTED - PAYMENT RECEIVED", "RECEIVED WITH THANKS"],
        4: ["ADVANCE RECEIVED - SHAADI ORDER CONFIRMED", "RECEIVED WITH THANKS"],
        5: ["ADVANCE RECEIVED - SHAADI ORDER CONFIRMED", "RECEIVED WITH THANKS"],
        7: ["SCRAP SOLD - CASH RECEIVED", "PAID"],
    }.get(k, ["RECEIVED WITH THANKS"])
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - DISPATCH ON CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, SUPPLY STOPPED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Goods once sold will not be taken back. Advance is adjusted in the final bill."
        if shop
        else "Cheques are subject to realisation. Subject to Bikaner jurisdiction.",
    )
    if k not in (1, 4):
        right(p, f"For {SHOP if shop else SHORT} - {'Counter' if shop else 'Accountant'}")
        p.add("gap")
        seal(
            p,
            SHOP if shop else SHORT,
            "KOTE GATE, BIKANER"
            if unit is UNITS[1]
            else "BHUJIA BAZAR"
            if unit is UNITS[2]
            else "BICHHWAL, BIKANER",
            None if j.no_day else j.date,
            word.split(" - ")[0].split(",")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. gram flour, oil, spice and packaging suppliers


SUPPLIERS = [
    (
        "Ganganagar Besan Udyog",
        "Besan, moth flour and chana dal - roller flour mill",
        "Old Dhan Mandi, Sri Ganganagar - 335001, Rajasthan",
        "08",
        "GBU",
    ),
    (
        "Marudhar Agro Oils Pvt Ltd",
        "Groundnut oil expellers, solvent plant and refinery",
        "RIICO Industrial Area, Nokha, Bikaner - 334803, Rajasthan",
        "08",
        "MAO",
    ),
    (
        "Unjha Spice Traders",
        "Jeera, ajwain, saunf and whole spices - commission agents",
        "Opp. APMC Market Yard, Unjha - 384170, Gujarat",
        "24",
        "UST",
    ),
    (
        "Sitapura Flexipack Pvt Ltd",
        "Printed laminated pouches and roll stock",
        "E-214, Sitapura Industrial Area, Jaipur - 302022, Rajasthan",
        "08",
        "SFP",
    ),
    (
        "Bikaner Corrugators",
        "3-ply and 5-ply corrugated boxes",
        "F-31, Karni Industrial Area, Bikaner - 334004, Rajasthan",
        "08",
        "BKC",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "GBU": [
        ("Besan (gram flour) - 50 kg bag", "1106", "bag", 3600, 4300, 5, 20, 120),
        ("Moth flour - 50 kg bag", "1106", "bag", 3900, 4600, 5, 10, 60),
        ("Chana dal - 50 kg bag", "0713", "bag", 3500, 4100, 5, 10, 40),
    ],
    "MAO": [
        ("Filtered groundnut oil - 15 kg tin", "1508", "tin", 2350, 2650, 5, 20, 120),
        ("Refined cottonseed oil - 15 kg tin", "1512", "tin", 1900, 2150, 5, 20, 80),
        ("Refined palmolein - 15 kg tin", "1511", "tin", 1750, 1950, 5, 20, 100),
    ],
    "UST": [
        ("Ajwain (carom seed), machine clean", "0910", "kg", 180, 260, 5, 50, 400),
        ("Black pepper 550 GL", "0904", "kg", 620, 760, 5, 25, 150),
        ("Jeera (cumin) Europe quality", "0909", "kg", 240, 320, 5, 50, 300),
        ("Saunf (fennel) bold", "0909", "kg", 140, 210, 5, 50, 250),
    ],
    "SFP": [
        ("Printed laminated pouch 400 g - PET/MET/PE", "3923", "kg", 245, 290, 18, 200, 1200),
        ("Roll stock 12 mic PET/PE - 200 g packs", "3920", "kg", 230, 275, 18, 150, 900),
    ],
    "BKC": [
        ("5-ply carton 600 x 400 x 300 mm", "4819", "pc", 38, 52, 18, 500, 3000),
        ("3-ply carton for 1 kg packs", "4819", "pc", 14, 21, 18, 800, 5000),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 0, 4, 1, 3]
SUPPLY_WAYS = ["RTGS", "UPI", "NEFT", "cheque", "RTGS", "NEFT", "cheque", "UPI"]
TRANSPORTERS = ["Marudhar Roadlines", "Shree Karni Transport", "Thar Goods Carrier"]
BROKERS = {
    "GBU": "Jethmal Kothari (broker), Sri Ganganagar",
    "MAO": "Sanwarmal Daga & Sons, Bikaner",
    "UST": "Patel Brokers, Unjha",
}


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gram flour mill, the groundnut oil mill, the spice trader, the pouch maker and the carton maker billing the
    factory (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE / TAX INVOICE - BUYER'S COPY / GST
    TAX INVOICE, Invoice No. / Tax Invoice No. / Bill No. / Inv. No., Invoice date / Dated / Date, Receiver (billed
    to) / Consignee (bill to) / Buyer's name / Billed to the company, Place of supply, Broker, Transporter and GR
    No., E-way bill No., the bags, tins, kilos or pieces x rate with HSN, Taxable value, CGST and SGST or IGST @ 5%
    or 18%, Round off, Invoice total, Less: Advance (peshgi) received and Balance received by RTGS / NEFT on some,
    else Paid through RTGS / NEFT / RTGS / NEFT payment received / UPI payment credited / Paid by UPI with UTR / UTR
    No. / UPI Ref. No. / UPI transaction ID, or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY RTGS
    / PAYMENT RECEIVED - NO DUES / CHEQUE RECEIVED - CREDIT AFTER CLEARING / CHEQUE BOUNCED - PAYMENT STILL DUE, in
    the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE - BUYER'S COPY", "GST TAX INVOICE"])
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(
            rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No.", "Inv. No."]),
            inv,
            txn=(INVOICE_RANK, inv),
        )
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Receiver (billed to)", "Consignee (bill to)", "Buyer's name", "Billed to"])
    p.pair("Place of supply", "Rajasthan (08)")
    if tag in BROKERS:
        p.pair("Broker", BROKERS[tag])
    p.pair(
        "Transporter",
        f"{rng.choice(TRANSPORTERS)}, GR No. {digits(rng, 5)}",
    )
    p.pair("E-way bill No.", f"{rng.choice('13')}{digits(rng, 11)}")
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
        units = f"{unit}s" if unit in ("bag", "tin", "pc") and qty > 1 else unit
        p.pair(f"  {qty} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "08")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag in ("GBU", "MAO", "SFP") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -2))
        p.pair("Less: Advance (peshgi) received", rs(adv))
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
            lab = rng.choice(["UPI payment credited", "Paid by UPI"])
        else:
            lab = rng.choice([f"Paid through {way}", f"{way} payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - NO DUES"]),
        "pending": "CHEQUE RECEIVED - CREDIT AFTER CLEARING",
        "failed": "CHEQUE BOUNCED - PAYMENT STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"E. & O.E. Interest @ 18% p.a. after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Marudhar Roadlines", "Freight - Bikaner to Delhi, 6 trucks", 18000, 140000),
    ("Bikaner Boiler & Thermic Services", "Thermic fluid heater annual service", 12000, 65000),
    ("Rajkot Namkeen Machinery Works", "Continuous fryer spares - conveyor mesh", 35000, 280000),
    ("Thar Pest Control Services", "Pest control - factory and godown, quarter", 6000, 24000),
    ("Shekhawati Electricals", "LT panel wiring - packing hall", 20000, 160000),
    ("Anand Food Testing Laboratory", "NABL tests - 6 samples (aflatoxin, FFA)", 8000, 36000),
    ("Desert Shed Builders", "Godown roof sheeting - running bill 3", 90000, 480000),
    ("Sand Dune Creative Studio", "Pouch artwork - Diwali range", 15000, 90000),
]
CORP_PORTALS = [
    (
        "PNB Corporate Internet Banking",
        "Punjab National Bank",
        "corporate.netpnb.com/corp/payments/txnstatus",
    ),
    ("AU Business NetBanking", "AU Small Finance Bank", "business.aubank.in/payments/transfer/view"),
    ("OnlineSBI Corporate", "State Bank of India", "corp.onlinesbi.sbi/corp/fundtransfer/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, thermic heater servicer, fryer maker, pest controller, electrical
    contractor, food testing lab, shed builder and design studio: corporate net banking's transaction pages (PNB
    Corporate Internet Banking, AU Business NetBanking, OnlineSBI Corporate: the portal on top and the bank's line,
    Beneficiary / Pay to / Credit party name, Beneficiary nickname, Beneficiary A/c No. and IFSC, Debit account the
    company, Txn amount (INR) / Amount remitted / Payment amount, Product / Payment mode NEFT / RTGS / IMPS, Purpose
    / Remarks, UTR / UTR No., Journal No. / Txn ref. No., Maker / Authoriser, Value date / Executed on / Payment
    date / Entered on / Created on / Failed on / Returned on; Payment processed - credited to beneficiary / Status:
    Executed / Pending for authorisation - checker action required / Returned by beneficiary bank - account frozen)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction enquiry', 'Funds transfer'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment processed - credited to beneficiary", "Status: Executed"],
            "pending": ["Pending for authorisation - checker action required"],
            "failed": ["Returned by beneficiary bank - account frozen"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary", "Pay to", "Credit party name"]), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "BKN")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Txn amount (INR)", "Amount remitted", "Payment amount"]), rs(j.amount), amount=j.amount
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Product", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Remarks"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Journal No.", "Txn ref. No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Authoriser", f"MRFACC02 / {'-' if status == 'pending' else 'MRFDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Payment date"],
            "pending": ["Entered on", "Created on"],
            "failed": ["Failed on", "Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small",
        "A returned payment is credited back to the debit account; correct the beneficiary and pay again.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. workers paid by the day, the kilo and the week


WORKERS = [
    ("Ramesh Kumar Meghwal", "Bhujia karigar (kadhai)", "day"),
    ("Santosh Devi Nayak", "Packer", "bulk"),
    ("Bhanwari Devi", "Packer - women's shift", "kilo"),
    ("Imran Khan Teli", "Fryer helper", "phonepe"),
    ("Kamla Devi Suthar", "Papad belan (home worker)", "papad"),
    ("Mahendra Singh Rathore", "Loader", "bulk"),
    ("Sohanlal Nayak", "Sev machine operator", "paytm"),
    ("Om Prakash Sain", "Halwai - mithai section", "week"),
]
VOUCHER_KINDS = {
    "day": ["DAILY WAGE VOUCHER - BHUJIA SECTION", "DIHADI PAYMENT VOUCHER"],
    "kilo": ["KILO RATE PAYMENT SLIP - PACKING HALL", "PIECE RATE VOUCHER - PACKING (PER KG)"],
    "papad": ["PAPAD BELAN MAZDOORI - KILO RATE SLIP", "HOME WORKER PAYMENT VOUCHER - PAPAD"],
    "week": ["WEEKLY WAGE VOUCHER - HALWAI", "HAFTA PAYMENT VOUCHER"],
}
VOUCHER_SECTIONS = {
    "day": ("bhujia section", "WV"),
    "kilo": ("packing hall", "KR"),
    "papad": ("papad section (home workers)", "PB"),
    "week": ("mithai section", "HP"),
}
VOUCHER_PAYEES = {
    "day": ["Worker's name", "Paid to (mazdoor)"],
    "kilo": ["Name of packer", "Worker's name"],
    "papad": ["Home worker", "Paid to (belan worker)"],
    "week": ["Worker's name", "Paid to (karigar)"],
}
THEKEDARS = ["Girdhari Lal Jakhar (labour contractor)", "Bhagirath Ram (mate)", "Pappu Ram Godara (thekedar)"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory paying its karigars, packers, papad rollers, fryer helpers, loaders and halwais by the day, the kilo
    and the week: its printed DAILY WAGE VOUCHER - BHUJIA SECTION / DIHADI PAYMENT VOUCHER / KILO RATE PAYMENT SLIP
    - PACKING HALL / PIECE RATE VOUCHER - PACKING (PER KG) / PAPAD BELAN MAZDOORI - KILO RATE SLIP / HOME WORKER
    PAYMENT VOUCHER - PAPAD / WEEKLY WAGE VOUCHER - HALWAI / HAFTA PAYMENT VOUCHER (the company on top and the
    factory's line, Voucher No. / Vr. No. / Slip No., Date / Voucher date, Worker's name / Paid to (mazdoor) / Name
    of packer / Home worker / Paid to (belan worker) / Paid to (karigar), Worker ID, Section, Labour contractor /
    Mate / Thekedar, Wage week, Days worked n x rate, Add: Overtime n h x rate, Packed n kg x rate, Papad rolled n
    kg x rate, Add: Sunday double shift, Add: Attendance bonus, Less: Rejected papad n kg @ rate, Less: Advance
    (peshgi) recovered, Less: Tea and canteen, Less: ESI @ 0.75%, Gross mazdoori, Net mazdoori paid / Net payable to
    worker / Amount handed over, Mode Cash / UPI / IMPS; PAID / PAID - THUMB IMPRESSION TAKEN / MAZDOORI PAID IN
    FULL), AU Business NetBanking's bulk payment record (the portal on top, File name, Record No., Beneficiary name
    / Bene name, A/c and IFSC, Credit amount / Amount, Mode, Transaction ref. No., UTR, Processed on / Value date /
    Uploaded on / Submitted on; Record processed - credited / Status: Paid / Awaiting authoriser - file not yet
    released to bank), a PhonePe and a Paytm screen (Payment failed - recipient's UPI ID is inactive)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=900, high=14000, p_round=0.9)
    who, role, frame = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    if frame == "bulk":
        p = browser_page(rng, font, f"business.aubank.in/bulkpayments/records/{digits(rng, 8)}")
        p.part = "head"
        top(p, "AU Business NetBanking")
        p.add("small", "AU Small Finance Bank  |  Bulk payments - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record processed - credited", "Status: Paid"],
                "pending": ["Awaiting authoriser - file not yet released to bank"],
            },
        )
        p.pair("File name", f"MRF_WAGES_WK{rng.randrange(1, 52):02d}.txt")
        p.pair("Record No.", str(rng.randrange(3, 140)))
        wrap_pair(p, rng.choice(["Beneficiary name", "Bene name"]), who, merchant=who)
        ben = rng.choice(BANKS)
        p.pair("A/c No. / IFSC", f"XXXXXX{digits(rng, 4)} / {IFSC[ben]}0{digits(rng, 6)}")
        p.pair(rng.choice(["Credit amount", "Amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Mode", way, method="netbanking")
        p.pair("Narration", rng.choice(["Wages week", "Loading mazdoori", "Packing kilo rate"]))
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        if not j.no_ref:
            tid = f"BLK{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            if status == "success":
                ref = bank_ref(rng, j, "AU Small Finance Bank", way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            ["Processed on", "Value date"] if status == "success" else ["Uploaded on", "Submitted on"],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Records are released to the bank after the authoriser approves the file.")
        return p.done()
    if frame in ("phonepe", "paytm"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid", "Transaction successful"],
                "failed": ["Payment failed - recipient's UPI ID is inactive"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"] if status == "success" else ["To", "Paying to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ibl', 'paytm', 'ptsbi'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Mazdoori - this week", "Overtime - Diwali rush", "Advance (peshgi)"]))
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            if frame == "phonepe":
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"] if status == "success" else ["Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"Factory - {VOUCHER_SECTIONS[frame][0]}, RIICO Bichhwal",
        UNITS[0][1],
        UNITS[0][2],
        VOUCHER_KINDS[frame],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{VOUCHER_SECTIONS[frame][1]}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(VOUCHER_PAYEES[frame]), who, merchant=who)
    p.pair("Worker ID", f"MRF/{rng.randrange(100, 999)}")
    p.pair("Section", role)
    if frame != "papad" and rng.random() < 0.6:
        wrap_pair(
            p, rng.choice(["Labour contractor", "Mate", "Thekedar"]), rng.choice(THEKEDARS).split(" (")[0]
        )
    if not j.no_day and frame in ("week", "kilo"):
        start = earlier(rng, j, 7, 9)
        p.pair("Wage week", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}")
    cut = 0.0
    if frame == "day":
        days = rng.randrange(6, 27)
        rate = float(rng.choice([550, 600, 650, 700, 750]))
        gross = round(days * rate, 2)
        p.pair(f"Days worked: {days} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.6:
            hours = rng.randrange(4, 24)
            ot = round(hours * rate / 8 * 2, 2)
            p.pair(f"Add: Overtime {hours} h x {rate / 8 * 2:,.2f}", rs(ot))
            gross = round(gross + ot, 2)
        cuts = [("Less: ESI @ 0.75%", round(gross * 0.0075, 2))]
        if rng.random() < 0.5:
            cuts.append(("Less: Advance (peshgi) recovered", float(rng.choice([500, 1000, 1500]))))
    elif frame == "kilo":
        weight = kilos(rng, 280, 1400)
        rate = rng.choice([2.8, 3.0, 3.2, 3.5, 4.0, 4.5])
        gross = round(weight * rate, 2)
        p.pair(f"Packed: {kg(weight)} kg x {rate:,.2f}", rs(gross))
        if rng.random() < 0.5:
            bonus = float(rng.choice([100, 150, 200]))
            p.pair("Add: Attendance bonus", rs(bonus))
            gross = round(gross + bonus, 2)
        cuts = [("Less: Tea and canteen", float(rng.choice([60, 90, 120])))]
    elif frame == "papad":
        weight = kilos(rng, 18, 80)
        rate = float(rng.choice([24, 26, 28, 30, 32]))
        gross = round(weight * rate, 2)
        p.pair(f"Papad rolled: {kg(weight)} kg x {rate:,.2f}", rs(gross))
        rejected = rng.choice([0.5, 1.0, 1.5, 2.0])
        cuts = [(f"Less: Rejected papad {kg(rejected)} kg @ {rate:,.2f}", round(rejected * rate, 2))]
    else:
        days = rng.choice([6, 7])
        rate = float(rng.choice([800, 850, 900, 1000, 1100]))
        gross = round(days * rate, 2)
        p.pair(f"Days worked: {days} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.6:
            extra = round(rate * rng.choice([1, 2]), 2)
            p.pair("Add: Sunday double shift", rs(extra))
            gross = round(gross + extra, 2)
        cuts = [("Less: Advance (peshgi) recovered", float(rng.choice([1000, 2000, 2500])))]
    p.pair("Gross mazdoori", rs(gross))
    for lab, value in cuts:
        p.pair(lab, rs(value))
        cut += value
    j.amount = round(gross - cut, 2)
    p.pair(
        rng.choice(["Net mazdoori paid", "Net payable to worker", "Amount handed over"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if frame == "papad" else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center",
        rng.choice(["PAID", "PAID - THUMB IMPRESSION TAKEN", "MAZDOORI PAID IN FULL"]),
        status="success",
    )
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Signature / thumb of worker", "Received by worker"]))
    return p.done()


# ---------------------------------------------------------------- 8. RSPCB, Nagar Nigam, RIICO, e-GRAS, LM, mandi


FEE_FRAMES = ["rspcb", "udtax", "riico", "factories", "legalmet", "mandi", "trade", "bocw"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def fee_head(p: Screen, url: str, names: list[str], line: str) -> None:
    """The authority on top (the payee) and the line under it (no fact)."""
    rng = p.rng
    p.style["h106"]["url"] = url
    p.part = "head"
    name = rng.choice(names)
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a namkeen factory and its shops in Bikaner: the Rajasthan State Pollution Control Board's consent
    fee page (the Board / RSPCB on top and the Environment Department line, Name of the industry, Category,
    Application No., the Water and Air Act fees, Total fee paid, Transaction ID, Bank Ref No.), Nagar Nigam
    Bikaner's UD tax and trade licence pages (Nagar Nigam Bikaner / NAGAR NIGAM BIKANER / Municipal Corporation
    Bikaner on top and the Local Self Government Department line, Owner name / Name of licensee, Trade name,
    Property ID / Licence No., Ward, the heads, Less: Rebate @ 10% (paid by 30 June), Total amount / Amount paid /
    Amount, Transaction ID, Bank Ref No., Receipt No.; Transaction failed - UD tax not credited to Nagar Nigam
    account), RIICO's service charges page (RIICO / RIICO Ltd on top and its full name's line, Allottee, Plot No.,
    Industrial area, Service charges and Economic rent, Total amount paid / Amount deposited, Transaction ID, Bank
    Ref No., Receipt No.), e-GRAS Rajasthan's challan for the factory licence (the Factories and Boilers Inspection
    Department on top and the e-GRAS line, Remitter name, Office, Purpose, Licence renewal fee and Boiler
    registration renewal fee, Total amount / Challan amount, GRN, Bank CIN; GRN generated - payment confirmation
    awaited from bank), Legal Metrology's verification fee (Legal Metrology Department, Rajasthan on top, Name of
    the user, the scales n x rate, Total verification fee, Transaction ID, Receipt No.), the Krishi Upaj Mandi
    Samiti's mandi fee (the Samiti on top and the Agricultural Marketing Board line, Licensee, Licence No., Purchase
    value, Mandi shulk @ 1.60% and Krishak kalyan fee @ 0.50%, Total amount paid, Transaction ID, Bank Ref No.) and
    the Labour Department's construction workers' cess (Labour Department, Rajasthan on top, Name of employer, Work,
    Cost of construction, Cess @ 1%, Total cess paid, Transaction ID, Receipt No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Fee deposited",
        "Payment received - e-receipt issued",
        "Transaction completed",
    ]
    p = browser_page(rng, font, "")
    if frame == "rspcb":
        fee_head(
            p,
            f"environment.rajasthan.gov.in/rpcb/ocmms/payment/{digits(rng, 9)}",
            [
                "Rajasthan State Pollution Control Board",
                "RAJASTHAN STATE POLLUTION CONTROL BOARD",
                "RSPCB",
            ],
            "Environment Department, Government of Rajasthan  |  Consent fee (OCMMS)",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", firm)
        p.pair("Category", rng.choice(["Orange - food processing", "Orange - namkeen (fried snacks)"]))
        p.pair("Application No.", f"CTO/{digits(rng, 8)}")
        water = float(rng.choice([6000, 8000, 12000]))
        air = float(rng.choice([4000, 6000, 8000]))
        p.pair("CTO fee - Water Act (5 years)", rs(water))
        p.pair("CTO fee - Air Act (5 years)", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"RPCB{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent to operate is issued after the Regional Office's inspection."
    elif frame in ("udtax", "trade"):
        tax = frame == "udtax"
        fee_head(
            p,
            f"lsg.urban.rajasthan.gov.in/{'udtax' if tax else 'tradelicence'}/receipt/{digits(rng, 8)}",
            ["Nagar Nigam Bikaner", "NAGAR NIGAM BIKANER", "Municipal Corporation Bikaner"],
            f"Local Self Government Department, Rajasthan  |  {'Urban development (UD) tax' if tax else 'Licences'}",
        )
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - UD tax not credited to Nagar Nigam account"]},
        )
        p.pair("Ward", rng.choice(["Ward 41 - Kote Gate", "Ward 38 - Daga Chowk", "Ward 12 - Bichhwal"]))
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Property ID", f"BKN{digits(rng, 9)}")
            heads = [("UD tax 2026-27 (commercial)", 9600.0, 24800.0), ("Arrears", 0.0, 3200.0)]
        else:
            wrap_pair(p, "Name of licensee", firm)
            wrap_pair(p, "Trade name", rng.choice([SHOP, f"{SHOP} (Bhujia Bazar)"]))
            p.pair("Licence No.", f"NNB/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - sweets and namkeen shop", 2500.0, 2500.0),
                ("Signboard fee", 400.0, 1500.0),
                ("Sanitation charges", 600.0, 1200.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            if fee:
                total += fee
                p.pair(head, rs(fee))
        if tax and status == "success" and rng.random() < 0.5:
            rebate = round(total * 0.1, 2)
            p.pair("Less: Rebate @ 10% (paid by 30 June)", rs(rebate))
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
        refs = [("Transaction ID", TXN_RANK, f"NNB{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'UD' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "riico":
        fee_head(
            p,
            f"sso.rajasthan.gov.in/riico/epayment/{digits(rng, 9)}",
            ["RIICO", "RIICO Ltd"],
            "Rajasthan State Industrial Development & Investment Corporation Ltd  |  Unit Office, Bikaner",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Allottee", firm)
        p.pair("Plot No.", "E-212")
        p.pair("Industrial area", "Bichhwal, Bikaner")
        charges = float(rng.randrange(14000, 36000, 10))
        rent = float(rng.randrange(2500, 9000, 10))
        p.pair("Service charges 2026-27", rs(charges))
        p.pair("Economic rent 2026-27", rs(rent))
        j.amount = charges + rent
        p.pair(rng.choice(["Total amount paid", "Amount deposited"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"RIICO{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"BKN/SC/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Service charges are due by 31 May each year; interest is charged after that."
    elif frame == "factories":
        fee_head(
            p,
            f"egras.raj.nic.in/challan/view/{digits(rng, 9)}",
            [
                "Factories and Boilers Inspection Department, Rajasthan",
                "Department of Factories and Boilers Inspection",
            ],
            "e-GRAS  |  Finance Department, Government of Rajasthan  |  e-Challan",
        )
        outcome_row(
            p, status, {"success": ok, "pending": ["GRN generated - payment confirmation awaited from bank"]}
        )
        wrap_pair(p, "Remitter name", firm)
        p.pair("Office", "Joint Director, Factories and Boilers, Bikaner")
        wrap_pair(p, "Purpose", "Factory licence renewal - 2027 (110 workers, 250 HP)")
        fee = float(rng.choice([18000, 24000, 30000]))
        boiler = float(rng.choice([3000, 4500, 6000]))
        p.pair("Licence renewal fee", rs(fee))
        p.pair("Boiler registration renewal fee", rs(boiler))
        j.amount = fee + boiler
        p.pair(rng.choice(["Total amount", "Challan amount"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            "Net banking" if way == "Debit card" else way,
            method=way_method("Net banking" if way == "Debit card" else way),
        )
        refs = [("GRN", INVOICE_RANK, digits(rng, 8))]
        if status == "success":
            refs.append(("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Challan date", "Date of payment"] if status == "success" else ["Initiated on"], pats)
        foot = "Verify the challan with its GRN on e-GRAS before submitting it with the renewal."
    elif frame == "legalmet":
        fee_head(
            p,
            f"lm.rajasthan.gov.in/verification/receipt/{digits(rng, 8)}",
            ["Legal Metrology Department, Rajasthan", "LEGAL METROLOGY DEPARTMENT, RAJASTHAN"],
            "Department of Consumer Affairs, Government of Rajasthan  |  Verification and stamping fee",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the user", rng.choice([firm, f"{SHOP} (two shops)"]))
        big = rng.randrange(2, 6)
        small = rng.randrange(4, 14)
        p.pair(f"Platform scales (300 kg) - {big} x 600.00", rs(big * 600.0))
        p.pair(f"Table-top scales (10 kg) - {small} x 150.00", rs(small * 150.0))
        j.amount = big * 600.0 + small * 150.0
        p.pair("Total verification fee", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LMR{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"LM/BKN/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The Inspector stamps the weights and measures at the premises after payment."
    elif frame == "mandi":
        fee_head(
            p,
            f"rsamb.rajasthan.gov.in/emandi/fee/receipt/{digits(rng, 8)}",
            ["Krishi Upaj Mandi Samiti, Bikaner", "KRISHI UPAJ MANDI SAMITI, BIKANER"],
            "Rajasthan State Agricultural Marketing Board  |  Mandi fee e-payment",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Licensee", firm)
        p.pair("Licence No.", f"KUMS/BKN/{digits(rng, 4)}")
        value = float(rng.randrange(400000, 2400000, 100))
        p.pair("Purchase value (moth, chana)", rs(value))
        mandi = round(value * 0.016, 2)
        kalyan = round(value * 0.005, 2)
        p.pair("Mandi shulk @ 1.60%", rs(mandi))
        p.pair("Krishak kalyan fee @ 0.50%", rs(kalyan))
        j.amount = round(mandi + kalyan, 2)
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"KUMS{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Mandi fee is payable on purchases of notified produce by the 15th of the next month."
    else:
        fee_head(
            p,
            f"labour.rajasthan.gov.in/bocw/cess/receipt/{digits(rng, 8)}",
            ["Labour Department, Rajasthan", "Labour and Employment Department, Rajasthan"],
            "Building and Other Construction Workers Welfare Cess  |  Online assessment",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of employer", firm)
        wrap_pair(p, "Work", "Godown extension, E-212 RIICO Bichhwal")
        cost = float(rng.randrange(1800000, 6400000, 1000))
        p.pair("Cost of construction", rs(cost))
        j.amount = round(cost * 0.01, 2)
        p.pair("Cess @ 1%", rs(j.amount))
        p.pair("Total cess paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"BOCW{digits(rng, 10)}"),
                ("Receipt No.", INVOICE_RANK, f"CESS/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Cess is payable within 30 days of the completion of each stage of the work."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    ("SBI General Insurance Co. Ltd", "sbigeneral.in", "Bharat Sookshma Udyam Suraksha - factory", "browser"),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Marine inland transit - open policy",
        "mail",
    ),
    (
        "IFFCO-TOKIO General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Product liability - packaged snacks",
        "browser",
    ),
    ("Care Health Insurance Ltd", "careinsurance.com", "Group health insurance - factory workers", "mail"),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Goods carrying vehicle - package",
        "paper",
    ),
    ("Go Digit General Insurance Ltd", "godigit.com", "Employees' compensation policy", "browser"),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Burglary and money - two shops",
        "paper",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Fire floater - stock of besan, oil and namkeen",
        "mail",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its factory, its goods in transit, its liability for its snacks, its workers' health, its
    delivery van, its workers' injuries, the cash and stock at its shops and its stock in the godowns: the insurers'
    premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT
    / Premium acknowledgement / RECEIPT - PREMIUM, Insured / Name of proposer / Policyholder name, Policy No.,
    Proposal No., Sum insured (building, plant and stock) / Annual turnover in transit / Limit of indemnity / Lives
    covered / IDV / Estimated annual wages / Sum insured (stock in shops) / Sum insured (stock), Period of
    insurance, Basic premium or Own damage premium and Third party premium, an add-on (earthquake, SRCC, recall
    expenses, maternity, zero depreciation, occupational disease, cash in counter, STFI), GST @ 18%, Total premium
    (incl. GST) received / Premium remitted / Premium collected (incl. GST) / Cheque amount / Premium payable /
    Total premium due, Payment mode, Transaction ref. No. / Payment ID, UPI Ref No. / Bank Ref. No., Receipt No. /
    Premium receipt No., Cheque No., Receipt date / Premium paid on / Date of receipt / Cheque received on /
    Transaction date / Attempted on; Premium collected - cover confirmed / Payment received - policy copy e-mailed /
    CHEQUE RECEIVED - RISK INCEPTS ON CLEARANCE / Transaction declined - premium not collected, cover not in force)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'epay', 'portal'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(rng, font, f"{short} <receipts@{host}>", ["Premium receipt", "Premium acknowledgement"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 and len(ins) < 36 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(
                ["Branch Office, Rani Bazar, Bikaner", "Divisional Office, Public Park Road, Bikaner"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium acknowledgement", "RECEIPT - PREMIUM"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium collected - cover confirmed", "Payment received - policy copy e-mailed"],
            "pending": ["CHEQUE RECEIVED - RISK INCEPTS ON CLEARANCE"],
            "failed": ["Transaction declined - premium not collected, cover not in force"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Insured", "Name of proposer", "Policyholder name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['11', '31', '48'])}/2026/{digits(rng, 6)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    parts: list[tuple[str, float]] = []
    if "Udyam" in product:
        insured = float(rng.randrange(42000000, 98000000, 100000))
        p.pair("Sum insured (building, plant and stock)", rs(insured))
        parts = [
            ("Basic premium", round(insured * rng.uniform(0.0004, 0.0006), 2)),
            ("Earthquake cover", round(insured * 0.0001, 2)),
        ]
    elif "transit" in product:
        turnover = float(rng.randrange(60000000, 180000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        parts = [
            ("Basic premium", round(turnover * rng.uniform(0.0002, 0.0003), 2)),
            ("SRCC cover", round(turnover * 0.00002, 2)),
        ]
    elif "liability" in product:
        limit = float(rng.choice([5000000, 10000000, 20000000]))
        p.pair("Limit of indemnity (AOA / AOY)", rs(limit))
        basic = round(limit * rng.uniform(0.0015, 0.0025), 2)
        parts = [("Basic premium", basic), ("Product recall expenses extension", round(basic * 0.2, 2))]
    elif "health" in product:
        lives = rng.randrange(40, 110)
        p.pair("Lives covered", f"{lives} workers x Rs 2,00,000")
        parts = [
            ("Basic premium", round(lives * rng.uniform(3200, 4800), 2)),
            ("Maternity cover", round(lives * 180.0, 2)),
        ]
    elif "vehicle" in product:
        idv = float(rng.randrange(620000, 1450000, 1000))
        p.pair("IDV (Tata Ace Gold, RJ-07)", rs(idv))
        parts = [
            ("Own damage premium", round(idv * rng.uniform(0.012, 0.02), 2)),
            ("Third party premium", 16049.0),
            ("Zero depreciation cover", round(idv * 0.0035, 2)),
        ]
    elif "compensation" in product:
        wages = float(rng.randrange(9000000, 22000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        parts = [
            ("Basic premium", round(wages * rng.uniform(0.004, 0.006), 2)),
            ("Occupational disease cover", round(wages * 0.0002, 2)),
        ]
    elif "Burglary" in product:
        stock = float(rng.randrange(1500000, 4500000, 10000))
        p.pair("Sum insured (stock in shops)", rs(stock))
        p.pair("Money in transit limit", rs(float(rng.choice([200000, 300000, 500000]))))
        parts = [
            ("Basic premium", round(stock * rng.uniform(0.0012, 0.002), 2)),
            ("Cash in counter cover", round(rng.uniform(600, 1500), 2)),
        ]
    else:
        stock = float(rng.randrange(18000000, 52000000, 100000))
        p.pair("Sum insured (stock)", rs(stock))
        parts = [
            ("Basic premium", round(stock * rng.uniform(0.0004, 0.0007), 2)),
            ("STFI cover", round(stock * 0.00008, 2)),
        ]
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    for lab, value in parts:
        p.pair(lab, rs(value))
    base = round(sum(value for _, value in parts), 2)
    gst = round(base * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(base + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": [
            "Total premium (incl. GST) received",
            "Premium remitted",
            "Premium collected (incl. GST)",
        ],
        "pending": ["Cheque amount", "Premium amount (incl. GST)"],
        "failed": ["Premium payable", "Total premium due"],
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
            pid = f"{rng.choice(['PG', 'TXN', 'OPP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way != "Cheque":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.choice(['R', 'PR'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Cheque received on", "Date of receipt"],
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
    ("MOTILAL BHUJIAWALA", "KOTE GATE, BIKANER", "shop"),
    ("MOTILAL BHUJIAWALA", "BHUJIA BAZAR, BIKANER", "shop"),
    ("RANI BAZAR FILLING STATION", "RANI BAZAR, BIKANER", "fuel"),
    ("MOTILAL RAMESHWAR FOODS", "RIICO BICHHWAL BIKANER", "factory"),
    ("HOTEL KAROL BAGH RESIDENCY", "KAROL BAGH, NEW DELHI", "hotel"),
    ("JAIPUR PACKAGING MACHINES", "VKI AREA, JAIPUR", "machine"),
    ("THAR DHABA AND RESTAURANT", "JAIPUR ROAD, BIKANER", "dhaba"),
    ("MOTILAL BHUJIAWALA", "DAGA CHOWK BIKANER 334005", "shop"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "PUNJAB NATIONAL BANK",
    "INDIANOIL",
    "AU SMALL FINANCE BANK",
    "HDFC BANK",
    "PAYTM",
    "BANK OF BARODA",
    "PHONEPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers' cards at the shops' counters and a trader's at the factory, and the company's card at a filling
    station, a Delhi hotel during the food fair, a packaging machine spares shop and a dhaba: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and
    TIME: / TXN DT: and TXN TM: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE: / INV NO: / BILL NO:, SALE,
    CARD:, a hotel's ROOM NO:, a fuel sale's PRODUCT:, RATE:, VOLUME(L): and PUMP NO:, APPR NO: / AUTH NO: / AUTH
    CODE:, RRN: / RRN NO: / RRN NUMBER:, SALE TOTAL: / AMOUNT (RS): / AMOUNT:, the dhaba's BASE AMOUNT:, TIP: and
    TOTAL:; APPROVED / TRANSACTION APPROVED / APPROVED - PIN VERIFIED / DECLINED - 55 INCORRECT PIN / NO REPLY FROM
    ISSUER - VERIFY BEFORE RE-SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=1800, high=64000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "dhaba":
        j.amount = rupees(rng, 650, 4800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 480, 9800, 0.5)
    elif kind == "hotel":
        j.amount = rupees(rng, 5200, 24000, 0.5)
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
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE", "SALE - TAP"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(104.0, 106.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.choice([206, 304, 305, 412, 508])))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR NO:", "AUTH NO:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "RRN NUMBER:"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "dhaba":
        tip = float(rng.choice([0, 50, 100, 150])) if status == "success" else 0.0
        base = round(j.amount - tip, 2)
        p.pair("BASE AMOUNT:", f"{base:.2f}")
        p.pair("TIP:", f"{tip:.2f}")
        p.pair("TOTAL:", f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:.2f}", amount=j.amount)
    else:
        lab = rng.choice(["SALE TOTAL:", "AMOUNT (RS):", "AMOUNT:"])
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        mark = "" if lab == "AMOUNT (RS):" else rng.choice(["INR ", "RS.", "Rs ", ""])
        p.pair(lab, f"{mark}{body}", amount=j.amount)
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
        p.add("center", "NO REPLY FROM ISSUER - VERIFY BEFORE RE-SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, broadband, LPG and phone bills


BILLERS = [
    ("JdVVNL", "Jodhpur Vidyut Vitran Nigam Ltd", "K No."),
    ("BkESL", "Bikaner Electricity Supply Ltd", "K No."),
    ("PHED Rajasthan", "Public Health Engineering Department, Rajasthan", "Consumer No."),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Account No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "Consumer No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
]
BILL_APPS = ["Google Pay", "JdVVNL", "bob World", "PhonePe", "Paytm", "JdVVNL", "AU 0101", "Amazon Pay"]
BILL_WHICH = [1, 0, 0, 2, 3, 0, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's HT power (JdVVNL), the shops' power (BkESL, Bikaner's distribution franchisee), the factory's
    water (PHED Rajasthan), the office broadband (Airtel), the shops' commercial LPG (Indane) and the manager's
    postpaid phone (Vi) through Bharat Connect in banking and UPI apps (the app on top, Biller name / Utility / Paid
    to (biller) / Operator as printed, K No. / Consumer No. / Account No. / Mobile No., Consumer name / Name as per
    bill, Bill month, Bill date and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect
    Ref. No. / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill
    payment confirmed / Payment done / Bill paid / Awaiting biller confirmation - do not pay again for 48 hours /
    Payment unsuccessful - amount debited will be refunded in 3-5 days) and JdVVNL's own receipt page (the Nigam on
    top with its Government of Rajasthan undertaking line, K No., Sub division, Consumer name, Bill month, Amount
    deposited / Amount paid, Payment mode, Transaction ID, Receipt No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=2500, high=240000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 3800, 26000, 0.5)
    elif which == 2:
        j.amount = rupees(rng, 1800, 12500, 0.5)
    elif which == 3:
        j.amount = rupees(rng, 999, 3540, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1900, 11800, 0.4)
    elif which == 5:
        j.amount = rupees(rng, 399, 1899, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"{rng.choice(['2101', '2105', '2110'])}{digits(rng, 8)}",
        "Consumer No.": digits(rng, rng.choice([9, 10])),
        "Account No.": digits(rng, 10),
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "JdVVNL":
        p = browser_page(rng, font, "wss.rajasthan.gov.in/jdvvnl/billpayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Rajasthan undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment confirmed"]})
        p.pair(idlab, ids)
        p.pair(
            "Sub division", rng.choice(["AEN (O&M) Bichhwal", "AEN (HT) Bikaner", "AEN (O&M) Karni Nagar"])
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount deposited", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"JDV{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your K No. within two working days.")
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
            "success": ["Bill payment confirmed", "Payment done", "Bill paid"],
            "pending": ["Awaiting biller confirmation - do not pay again for 48 hours"],
            "failed": ["Payment unsuccessful - amount debited will be refunded in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long]) if len(long) < 40 else short
    lab = "Operator" if which in (3, 5) else rng.choice(["Biller name", "Utility", "Paid to (biller)"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Consumer name", "Name as per bill"]),
        rng.choice([COMPANY_CAPS, SHOP.upper(), "RAMESHWAR LAL AGARWAL"]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair(rng.choice(["Bill date", "Due date"]), j.other_day(rng, -20, 15))
    way = "Current A/c" if app in ("bob World", "AU 0101") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "Amazon Pay": "AM",
                "AU 0101": "AU",
            }.get(app, "BB")
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


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "GANGANAGAR BESAN UDY",
    "MARUDHAR AGRO OILS P",
    "BHANWARI DEVI",
    "MARUDHAR ROADLINES",
    "JODHPUR VIDYUT VITRA",
    "SITAPURA FLEXIPACK P",
    "THAR PEST CONTROL SE",
    "NAGAR NIGAM BIKANER",
]
SENDERS = {
    "AU Small Finance Bank": "AD-AUBANK",
    "Union Bank of India": "VM-UNIONB",
    "Rajasthan Marudhara Gramin Bank": "JM-RMGBNK",
    "IDFC FIRST Bank": "VK-IDFCFB",
}
SIGNS = {
    "AU Small Finance Bank": "-AU Bank",
    "Union Bank of India": "-Union Bank of India",
    "Rajasthan Marudhara Gramin Bank": "-RMGB",
    "IDFC FIRST Bank": "-IDFC FIRST Bank",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-AUBANK / VM-UNIONB /
    JM-RMGBNK / VK-IDFCFB, the day divider, each bank's own wording: "INR x debited from AU Bank A/c XX1234 on <day>
    via <way> to <payee>.", "A/c *1234 Debited for Rs:x on <day> by <way> transfer to <payee>.", "RMGB: A/c XX1234
    debited Rs.x on <day>; paid to <payee> by <way>.", "Your A/C XXXXXXX1234 is debited INR x on <day>. Payee:
    <payee> (<way>)."; a transfer that "was REJECTED by the beneficiary bank and the amount reversed to your A/c"
    and one that "is ON HOLD at the beneficiary bank - do not re-initiate, status will be updated") and two e-mail
    debit alerts (Debit amount / Transaction amount, Paid to (beneficiary) / Beneficiary name, Account, Channel, UTR
    No. / IMPS Ref No., Transaction date / Value date, Transaction status: Completed / Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=1500, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 900, 12000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 40000, 240000)
    elif k in (6, 7):
        j.amount = rupees(rng, 4000, 32000)
    if k in (1, 4):
        bank = rng.choice(["AU Small Finance Bank", "Union Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}.in>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debit amount", "Transaction amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to (beneficiary)", "Beneficiary name"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Business net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Transaction status: Completed", "Status: Successful"]), status="success")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. Report an unauthorised debit at once.")
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k == 2:
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
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d-%m-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "AU Small Finance Bank":
            p.add("left", f"INR {amt} debited from AU Bank A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"via {way} to {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} transfer to {to}.", merchant=to, method=method)
        elif bank == "Rajasthan Marudhara Gramin Bank":
            p.add("left", f"RMGB: A/c XX{tail} debited Rs.{amt}{on};", amount=j.amount)
            p.add("left", f"paid to {to} by {way}.", merchant=to, method=method)
        else:
            p.add("left", f"Your A/C XXXXXXX{tail} is debited INR {amt}{on}.", amount=j.amount)
            p.add("left", f"Payee: {to} ({way}).", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was REJECTED by the beneficiary bank and the amount reversed to your A/c.",
            "pending": "is ON HOLD at the beneficiary bank - do not re-initiate, status will be updated.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2400000):,.2f}", status="success")
        p.add("small", rng.choice(["Not you? Call 1800 1200 1200", "If not done by you, report at once"]))
    p.add("small", SIGNS[bank])
    return p.done()


compose = compose158

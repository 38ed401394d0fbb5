"""The twelve heldout213 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a salt works in Kutch in 2026 (Ratnakar Salt Industries Pvt Ltd, its salt pans on
the Tuna-Vandi road near Kandla, its refinery and iodisation plant in the GIDC estate at Gandhidham and its sales
counter there, Ratnakar Salt Depot), told by the proofs of payment it receives and makes: traders', ice plants',
cattle feed makers' and fish curers' UPI screens and the sales desk's Cashfree and CCAvenue pages, the chlor-alkali
plant's, the salt packer's, the merchant exporter's, the tannery's, the dye house's and the seafood processor's
payment advices and Amazon's and udaan's settlements, the buyers abroad's inward wires in US dollars, UAE dirhams,
yen, Singapore dollars and Qatari riyals for salt shipped from Kandla and Mundra, its own receipts for crude,
washed, refined and iodised salt, bittern and gypsum, the iodate maker's, the sack maker's, the pouch printer's, the
pump dealer's and the lab supplier's tax invoices, the corporate net-banking transfers to the tanker, dumper,
loader, bund, rake, clearing, weighbridge and truck contractors, the agariyas' harvest, upad and season vouchers,
the loading gangs' slips and their Cashfree payouts and UPI, the Deendayal Port Authority's, the Gujarat Pollution
Control Board's, the factory inspectorate's, Legal Metrology's, the Salt Commissioner's, Gandhidham Municipal
Corporation's and the Gujarat Labour Welfare Board's pages, insurers' premium receipts, card terminal slips, PGVCL's
power and the broadband, gas and phone bills and the banks' SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, the "A unit of" line, the name as per bank, bills listed on an advice, vendor, seller, PO, shipping bill,
bill of lading, port, weighbridge slip, truck, LR, e-way bill, pan, khata, bene, beneficiary code, plot, licence,
unit, property, consumer, customer, policy, proposal and account numbers, tonnes, bags, bales, kilolitres, drums,
rates, deductions for moisture, quality and short weight, upad, diesel and canteen recoveries, commissions and fees,
TDS, TCS, GST and cess lines, INR values and conversion rates on the wires, sums insured, IDV and turnover declared,
settlement periods, contribution periods, bill months, due days, cheque days, periods of insurance, GSTIN, IFSC,
UETR, purpose codes, heads of account, MID, TID, batch, STAN, nozzle and room numbers, the creator and the
authoriser and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's, and its ``fcy``
for yen; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout202_families import earlier, fcy, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Ratnakar Salt Industries Pvt Ltd"
COMPANY_CAPS = "RATNAKAR SALT INDUSTRIES PVT LTD"
SHORT = "Ratnakar Salt"
DEPOT = "Ratnakar Salt Depot"
BRAND = "Ratnakar Moti"
# unit, address, GST state code
UNITS = [
    (
        "Salt works - 2,140 acres of pans",
        "Survey No. 214-219, Tuna-Vandi Road, near Kandla, Kutch - 370210, Gujarat",
        "24",
    ),
    (
        "Refinery and iodisation plant",
        "Plot 18, GIDC Industrial Estate, Gandhidham - 370201, Kutch, Gujarat",
        "24",
    ),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y", "%d-%m-%y"]
WEST = ["%d %b %Y", "%b {d}, %Y", "{d} %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "Kotak Mahindra Bank",
    "YES Bank",
    "IDBI Bank",
    "Union Bank of India",
    "HDFC Bank",
    "Axis Bank",
    "Bank of India",
    "The Kalupur Commercial Co-op Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
    "YES Bank": "YESB",
    "IDBI Bank": "IBKL",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Bank of India": "BKID",
    "The Kalupur Commercial Co-op Bank": "KCCB",
}
DOMAINS = {
    "State Bank of India": "sbi.co.in",
    "Bank of Baroda": "bankofbaroda.co.in",
    "Kotak Mahindra Bank": "kotak.com",
    "YES Bank": "yesbank.in",
    "IDBI Bank": "idbibank.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Receiver (billed to) / Buyer / Billed to: no fact)."""
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


def truck(rng: random.Random) -> str:
    return f"GJ-12-{code(rng, 2, UPPER)}-{digits(rng, 4)}"


def plural(unit: str, qty: int) -> str:
    return unit if unit in ("pcs", "kg", "m", "nos", "MT", "KL") or qty == 1 else f"{unit}s"


# ---------------------------------------------------------------- 1. buyers: UPI screens and payment pages


BUYER_APPS = ["Google Pay", "Cashfree", "PhonePe", "Amazon Pay", "Paytm", "CCAvenue", "Navi", "BHIM"]
GATE_NOTES = [
    "Industrial salt 50 kg x 40 bags",
    "Cattle salt - 20 bags",
    f"{BRAND} 1 kg x 10 bales",
    "Ice plant salt 2 MT",
    "Fish curing salt - Jakhau boat",
    "Free-flow salt 25 kg x 60",
    "Salt for dye house - 3 MT",
    "Truck GJ-12 crude salt balance",
]
BUYER_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Amazon Pay": ["UPI Ref No.", "UTR"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Navi": ["UPI Reference No.", "UTR No."],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
}
WEB_BUYERS = [
    ("Shree Momai Ice Factory, Mundra", "20 MT ice plant salt"),
    ("Coastal Dyeing & Printing Mills, Jetpur", "industrial salt, 2 truck loads"),
    ("Patel Kirana Wholesale, Gandhidham", f"{BRAND} 1 kg, 80 bales"),
    ("Al-Noor Fish Traders, Jakhau", "fish curing salt, 12 MT"),
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders, ice plants, cattle feed makers, dye houses and fish curers paying the depot or the company: six UPI
    screens (Google Pay, PhonePe, Amazon Pay, Paytm, Navi, BHIM: the depot or the company under Paid to / To / Sent
    to / Payment made to / Paying to, its UPI ID, a Name as per bank line on some, the sum large, Note / Message /
    Purpose, UTR / UPI Ref. No. / UPI Ref No. / UPI Reference No. / UTR No. / UPI Ref No / UPI transaction ID, the
    app's own Transaction ID / Google transaction ID on some, Debited from / From / Bank account used, Date & time /
    Paid on / Completed on / Initiated on; Payment completed / Amount paid successfully / Transfer successful /
    Awaiting confirmation from the merchant's bank - check again in 30 minutes / Payment unsuccessful - debit
    reversed by your bank) and the sales desk's two payment pages (Cashfree Payments, CCAvenue: the company on top,
    Buyer name / Payer name / Paid by, Towards (an invoice number in it), Payment mode / Instrument / Paid via, CF
    Payment ID and Order ID / Tracking ID and Order No., UPI Ref. No. / Bank Ref. No. or Auth code, Payment time /
    Transaction date / Date of transaction; Payment success - receipt e-mailed / Order paid / Payment received)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=1800, high=48000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "CCAvenue"):
        j.amount = rupees(rng, 18000, 240000, 0.6)
        who, what = WEB_BUYERS[(k + rng.randrange(2)) % len(WEB_BUYERS)]
        to = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        url = (
            "payments.cashfree.com/forms/ratnakar-salt-orders"
            if app == "Cashfree"
            else f"secure.ccavenue.com/transaction/receipt/{digits(rng, 12)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                [
                    "Salt works, Kandla  |  Refinery, Gandhidham",
                    "Industrial, refined and iodised salt - Kutch",
                ]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment success - receipt e-mailed", "Order paid", "Payment received"]}
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Buyer name", "Payer name", "Paid by"]), who)
        wrap_pair(p, "Towards", f"Invoice RSI/{fy(j.date)}/{rng.randrange(40, 2400):04d}, {what}")
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Instrument", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"RSI{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                tid = digits(rng, 12)
                p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
                oid = f"RS{digits(rng, 8)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI Ref. No." if app == "Cashfree" else "Bank Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(
            p,
            j,
            ["Payment time"] if app == "Cashfree" else ["Transaction date", "Date of transaction"],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Payments powered by Cashfree" if app == "Cashfree" else "Secured by CCAvenue")
        return p.done()
    to = rng.choice([DEPOT, DEPOT.upper(), SHORT, COMPANY_CAPS])
    bank_handle = rng.choice(["sbi", "barodampay", "kotak", "ybl", "axl"])
    handle = f"ratnakarsalt{rng.choice(['', '.depot', '01'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment completed", "Amount paid successfully", "Transfer successful"],
            "pending": ["Awaiting confirmation from the merchant's bank - check again in 30 minutes"],
            "failed": ["Payment unsuccessful - debit reversed by your bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Payment made to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "Navi", "Amazon Pay") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Name as per bank: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Purpose"]), rng.choice(GATE_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay", "Navi") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
                "Navi": f"NAVI{digits(rng, 16)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(["Debited from", "From", "Bank account used"]),
        f"{rng.choice(BANKS[:8])} XX{digits(rng, 4)}",
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
    p.add(
        "small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Report an issue with this payment"])
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices, platforms' settlements


# buyer, desk, town, sender, frame, rate per MT (low, high), MT per bill (low, high)
BUYERS = [
    (
        "Narmada Coast Alkalies Ltd",
        "Accounts Payable - raw materials",
        "Dahej, Bharuch",
        "ap@narmadacoastalkalies.com",
        "mail",
        (1050, 1450),
        (600, 1800),
    ),
    (
        "Shuddh Namak Packers Pvt Ltd",
        "Purchase and accounts",
        "Naroda GIDC, Ahmedabad",
        "accounts@shuddhnamak.in",
        "paper",
        (3600, 5200),
        (40, 220),
    ),
    (
        "Kandla Bulk Exports LLP",
        "Finance - supplier payments",
        "Sector 8, Gandhidham",
        "finance@kandlabulkexports.in",
        "mail",
        (1100, 1500),
        (800, 2600),
    ),
    ("Amazon Seller Central", "", "", "", "platform", (0, 0), (0, 0)),
    (
        "Indus Leather Tanners",
        "Accounts department",
        "Jajmau, Kanpur",
        "accounts@indusleathertanners.in",
        "paper",
        (1500, 2200),
        (40, 160),
    ),
    (
        "Saurashtra Textile Processors Ltd",
        "Vendor payments",
        "Jetpur, Rajkot",
        "vendorpay@saurashtratex.com",
        "portal",
        (1800, 2600),
        (60, 240),
    ),
    (
        "Veraval Seafood Processors Pvt Ltd",
        "Accounts payable",
        "GIDC, Veraval",
        "ap@veravalseafood.in",
        "mail",
        (1600, 2400),
        (20, 120),
    ),
    ("udaan", "", "", "", "app", (0, 0), (0, 0)),
]


def platform_settlement(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """Amazon Seller Central's settlement page and udaan's seller app settlement screen for the iodised salt sold
    online (the platform on top, Seller name / Business name / Seller the company, Seller ID / Merchant token,
    Settlement period, the orders' sales, the fees and the GST on them, TCS and TDS, Net proceeds / Deposit total /
    Amount transferred / Net settlement, Settlement ID / Settlement reference, UTR, Deposit date / Settled on /
    Transfer date; Settlement paid to bank account / Deposit successful)."""
    rs = money(rng, font, 0.2, marks=("\u20b9", "INR ", "Rs."))
    amazon = k == 3
    if amazon:
        p = browser_page(rng, font, f"sellercentral.amazon.in/payments/event/view?groupId={digits(rng, 11)}")
        p.part = "head"
        top(p, "Amazon Seller Central")
        p.add("small", "Payments  |  Settlement details")
    else:
        p = phone_page(rng, font, k, ["Settlements", "Payment details"])
        p.part = "head"
        p.add("title", "udaan")
        p.add("small", "Seller app  |  Settlements")
    p.add("rule")
    p.part = "body"
    outcome_row(p, "success", {"success": ["Settlement paid to bank account", "Deposit successful"]})
    payee = ours(rng)
    wrap_pair(
        p,
        rng.choice(["Seller name", "Business name"] if amazon else ["Seller", "Business name"]),
        payee,
        merchant=payee,
    )
    if amazon:
        p.pair("Merchant token", code(rng, 13, ALNUM))
    else:
        p.pair("Seller ID", f"ORG{code(rng, 10, ALNUM)}")
    start = earlier(rng, j, 14, 21)
    end = earlier(rng, j, 2, 7)
    p.pair("Settlement period", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
    orders = rng.randrange(40, 420)
    gross = round(orders * rng.uniform(180, 640), 2)
    p.pair(f"{'Product sales' if amazon else 'Orders delivered'} ({orders} orders)", rs(gross))
    if amazon:
        fee = round(gross * rng.uniform(0.06, 0.09), 2)
        p.pair("Less: Amazon fees (referral + closing)", rs(fee))
        ship = round(orders * rng.uniform(38, 62), 2)
        p.pair("Less: Easy Ship weight handling fees", rs(ship))
        fee += ship
    else:
        fee = round(gross * 0.04, 2)
        p.pair("Less: udaan commission @ 4%", rs(fee))
    gst = round(fee * 0.18, 2)
    p.pair("Less: GST on fees @ 18%", rs(gst))
    tcs = round(gross * 0.005, 2)
    p.pair("Less: TCS u/s 52 CGST Act @ 0.5%", rs(tcs))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
    j.amount = round(gross - fee - gst - tcs - tds, 2)
    p.pair(
        rng.choice(["Net proceeds", "Deposit total"] if amazon else ["Amount transferred", "Net settlement"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(
        "Transferred to",
        f"{rng.choice(BANKS[:4])} XX{digits(rng, 4)} (NEFT)",
        method="netbanking",
    )
    if not j.no_ref:
        sid = digits(rng, 11) if amazon else f"STL-{code(rng, 10, ALNUM)}"
        p.pair("Settlement ID" if amazon else "Settlement reference", sid, txn=(TXN_RANK, sid))
        ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "Axis Bank", "Kotak Mahindra Bank"]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    date_row(p, j, ["Deposit date", "Settled on", "Transfer date"], WEST)
    p.part = "foot"
    p.add("small", "Fees and taxes are shown in your monthly tax invoice and TDS / TCS statements.")
    return p.done()


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chlor-alkali plant at Dahej, the salt packer at Ahmedabad, the merchant exporter at Gandhidham, the
    tannery at Kanpur, the dye house at Jetpur and the seafood processor at Veraval paying for the salt they bought:
    their REMITTANCE ADVICE - RAW MATERIAL SUPPLIER / Payment advice - salt purchases / VENDOR PAYMENT INTIMATION
    (e-mail, printed, supplier portal: the buyer on top with its desk and town, Vendor name / Supplier (payee) /
    Remit to the company, Vendor No., PO No., the bills paid with their tonnes, Total of bills / Gross bill value,
    Less: TDS u/s 194Q @ 0.1%, Less: Moisture deduction (n% above 3% norm) / Less: Quality claim - NaCl below 98.5%
    / Less: Short weight - n MT at our weighbridge, Net amount remitted / Amount credited to vendor / Net payment /
    Net amount proposed / Amount to be remitted / Net amount, Payment mode / Mode of payment, Vendor bank A/c, UTR /
    UTR No. / RTGS UTR No. / IMPS Ref No., Remittance advice No. / Payment document No., Payment date / Remitted on
    / Value date / Advice date / Parked on / Returned on / Return date; Status: Payment made / Funds remitted to
    vendor bank / Payment parked - weighbridge and lab reports awaited / Remittance returned - beneficiary name
    differs from bank records), Amazon Seller Central's settlement page and udaan's settlement screen."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    buyer, desk, town, sender, frame, (rlo, rhi), (qlo, qhi) = BUYERS[k]
    if frame in ("platform", "app"):
        return platform_settlement(rng, font, k, j)
    rs = money(rng, font, 0.3, marks=("Rs.", "INR ", "\u20b9"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer} <{sender}>",
            ["Remittance advice", "Payment advice - salt purchases", "Vendor payment intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{sender.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add("small", f"{desk}, {town}")
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - RAW MATERIAL SUPPLIER",
                "Payment advice - salt purchases",
                "VENDOR PAYMENT INTIMATION",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Vendor name", "Supplier (payee)", "Remit to"]), payee, merchant=payee)
    p.pair("Vendor No.", f"{rng.choice(['V', '10', 'SUP'])}{digits(rng, 6)}")
    p.pair("PO No.", f"{rng.choice(['PO/', '45', 'RM-'])}{digits(rng, 7)}")
    p.add("left", rng.choice(["Bills paid", "Your invoices settled", "Against the following bills"]))
    gross = 0.0
    tonnes = 0.0
    for _ in range(rng.randrange(1, 4)):
        mt = round(rng.uniform(qlo, qhi), 2)
        value = round(mt * rng.randrange(rlo, rhi, 10), 2)
        gross += value
        tonnes += mt
        p.pair(f"RSI/{fy(j.date)}/{rng.randrange(10, 2999):04d}  {mt:,.2f} MT", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Total of bills", "Gross bill value"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        extra = round(rng.uniform(0.4, 2.2), 1)
        cut = round(gross * extra / 100, 2)
        p.pair(f"Less: Moisture deduction ({extra}% above 3% norm)", rs(cut))
    elif pick < 0.5:
        cut = round(gross * rng.uniform(0.005, 0.02), 2)
        p.pair("Less: Quality claim - NaCl below 98.5%", rs(cut))
    elif pick < 0.7:
        short = round(min(tonnes * 0.01, rng.uniform(0.4, 6.5)), 2)
        cut = round(short * rng.randrange(rlo, rhi, 10), 2)
        p.pair(f"Less: Short weight - {short:.2f} MT at our weighbridge", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount remitted", "Amount credited to vendor", "Net payment"],
        "pending": ["Net amount proposed", "Amount to be remitted"],
        "failed": ["Net amount", "Net payment"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:5]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "UTR No."]}[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RA', 'PD', '15'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Remittance advice No.", "Payment document No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Payment made", "Funds remitted to vendor bank"],
            "pending": ["Payment parked - weighbridge and lab reports awaited"],
            "failed": ["Remittance returned - beneficiary name differs from bank records"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Remitted on", "Value date"],
            "pending": ["Advice date", "Parked on"],
            "failed": ["Returned on", "Return date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small", "Deductions are as per the purchase order terms. Queries to the accounts desk within 7 days."
    )
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: inward wires for salt shipped


# buyer, city, currency, its bank, the sum (low, high)
IMPORTERS = [
    (
        "Meghna Chemical Industries Ltd",
        "Narayanganj, Bangladesh",
        "USD",
        "Dutch-Bangla Bank PLC",
        (38000, 420000),
    ),
    ("Al Khaleej Salt Trading LLC", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", (120000, 1400000)),
    ("Kaisei Soda Kogyo K.K.", "Yokohama, Japan", "JPY", "MUFG Bank, Ltd.", (6000000, 64000000)),
    ("Straits Commodities Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", (45000, 480000)),
    (
        "PT Samudra Garam Nusantara",
        "Surabaya, Indonesia",
        "USD",
        "PT Bank Mandiri (Persero) Tbk",
        (38000, 420000),
    ),
    ("Sharjah Water Treatment Supplies FZC", "Sharjah, UAE", "AED", "Mashreq Bank PSC", (60000, 900000)),
    ("Hai Phong Chemical Trading JSC", "Hai Phong, Vietnam", "USD", "Vietcombank", (38000, 420000)),
    (
        "Doha Desalination Services WLL",
        "Doha, Qatar",
        "QAR",
        "Qatar National Bank (Q.P.S.C.)",
        (70000, 900000),
    ),
]
WIRE_FRAMES = [
    ("State Bank of India", "browser"),
    ("Bank of Baroda", "paper"),
    ("Kotak Mahindra Bank", "mail"),
    ("YES Bank", "browser"),
    ("IDBI Bank", "mail"),
    ("Axis Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("Bank of Baroda", "mail"),
]
# INR for one unit (for yen, for 100 yen)
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "AED": (23.2, 24.2),
    "JPY": (56.1, 60.4),
    "SGD": (64.2, 68.6),
    "QAR": (23.4, 24.4),
}
SALT_GRADES = [
    "Industrial salt (HS 2501 00 90), bulk",
    "Washed industrial salt (HS 2501 00 90), bulk",
    "Refined free-flow salt (HS 2501 00 20), 50 kg bags",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, heldout202's for yen, the code before or after
    the figure for dirhams (heldout205), S$ or the code for Singapore dollars and the code for Qatari riyals."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur == "JPY":
        return fcy(rng, font, cur)
    after = cur == "AED" and rng.random() < 0.4
    mark = rng.choice(["SGD ", "S$", "SGD "]) if cur == "SGD" else f"{cur} "

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Chemical makers, salt traders, a water treatment firm and commodity houses in Bangladesh, the UAE, Japan,
    Singapore, Indonesia, Vietnam and Qatar paying for salt shipped from Kandla and Mundra: the banks' inward
    remittance advices (browser, e-mail, printed EXPORT PROCEEDS - INWARD CREDIT ADVICE / Advice of foreign inward
    remittance / SWIFT MT103 - inward payment advice: the bank on top with its forex desk at Gandhidham, Beneficiary
    customer / Credited to (exporter) / Beneficiary name the company, Beneficiary A/c, Applicant (buyer abroad) /
    Remitted by, Remitting institution / Remitter's bank, Remitted amount (FCY) / Inward amount / Amount in foreign
    currency in USD, AED, JPY, SGD or QAR, Charges, Converted at, INR value, Charges and GST recovered, Net amount
    credited (INR), Purpose code, Goods, Port of loading, Shipping bill No., Bill of lading No., Mode, IRM No. /
    Inward remittance No. / Our reference, UETR, Value date / Credit date / Date of realisation / Received on /
    Parked on / Returned on / Sent back on; Proceeds credited - export realisation recorded on EDPMS / Status: Funds
    applied to account / Parked in nostro - shipping bill reference awaited from exporter / Sent back to ordering
    bank - beneficiary account frozen)."""
    k = place("export_wires")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    payer, city, cur, pbank, (lo, hi) = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(
            rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, rng.randrange(1000)])
        )
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <tradeservices.gandhidham@{slug(bank)}>",
            [
                "Export proceeds received",
                "Inward remittance - credit advice",
                "Foreign inward remittance advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/exports/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Overseas Branch, Sector 8, Gandhidham (Kutch)",
                "Trade Finance Centre, Gandhidham",
                "International Banking Unit, Kandla SEZ, Gandhidham",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "EXPORT PROCEEDS - INWARD CREDIT ADVICE",
                "Advice of foreign inward remittance",
                "SWIFT MT103 - inward payment advice",
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
                "Proceeds credited - export realisation recorded on EDPMS",
                "Status: Funds applied to account",
            ],
            "pending": ["Parked in nostro - shipping bill reference awaited from exporter"],
            "failed": ["Sent back to ordering bank - beneficiary account frozen"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary customer", "Credited to (exporter)", "Beneficiary name"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Applicant (buyer abroad)", "Remitted by"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting institution", "Remitter's bank"]), pbank)
    p.pair(
        rng.choice(["Remitted amount (FCY)", "Inward amount", "Amount in foreign currency"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Converted at", f"100 JPY = INR {rate}" if cur == "JPY" else f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate / (100 if cur == "JPY" else 1), 2)
    p.pair("INR value", f"{inr:,.2f}")
    chg = round(float(rng.choice([500, 750, 1000, 1500])) * 1.18, 2)
    p.pair("Charges and GST recovered", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["P0102 - realisation of export bills", "P0103 - advance against export contract"]),
    )
    tonnes = max(1, round(inr / rng.uniform(1700, 2800) / 50)) * 50
    wrap_pair(p, "Goods", f"{rng.choice(SALT_GRADES)}, {tonnes:,} MT")
    p.pair("Port of loading", rng.choice(["Kandla (INIXY1)", "Mundra (INMUN1)"]))
    if rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
    if rng.random() < 0.5:
        p.pair("Bill of lading No.", f"{rng.choice(['KDL', 'MUN'])}/{digits(rng, 6)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward remittance No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-{rng.choice('89ab')}"
            wrap_pair(p, "UETR", f"{head}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Date of realisation"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Returned on", "Sent back on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"],
    )
    p.part = "foot"
    p.add(
        "small", "Link this remittance to its shipping bill on EDPMS; an e-BRC is generated on realisation."
    )
    return p.done()


# ---------------------------------------------------------------- 4. the company's own receipts


# party, way, goods, frame
RECEIPTS = [
    ("Jay Khodiyar Salt Traders, Bhachau", "cash", "crude", "works"),
    ("Shree Momai Ice Factory, Mundra", "UPI", "crude", "works"),
    ("Ashapura Cattle Feed Suppliers, Anjar", "cheque", "bags", "refinery"),
    ("Kutch Bromine Works, Kandla", "RTGS", "bittern", "mail"),
    ("Patel Kirana Wholesale, Gandhidham", "card", "pouches", "depot"),
    ("Raghunath Gypsum Products, Bhuj", "cash", "gypsum", "works"),
    ("Sharda Salt Packers, Morbi", "cheque", "washed", "works"),
    ("Coastal Dyeing & Printing Mills, Jetpur", "NEFT", "washed", "mail"),
]
# goods: the line's wording, unit, rate (low, high), quantity (low, high), GST %
GOODS = {
    "crude": ("Crude salt (pan-dried)", "MT", (620, 880), (12, 38), 0),
    "washed": ("Washed industrial salt", "MT", (1100, 1580), (18, 64), 0),
    "bags": ("Refined free-flow salt, 50 kg bag", "bag", (175, 260), (40, 480), 0),
    "pouches": (f"{BRAND} iodised salt 1 kg, bale of 25", "bale", (290, 380), (8, 120), 0),
    "bittern": ("Bittern (28 deg Be), tanker", "KL", (320, 480), (18, 90), 18),
    "gypsum": ("Gypsum (salt works by-product)", "MT", (700, 1100), (10, 40), 5),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own RECEIPT - SALT SALES (PAN SITE) / RECEIPT - BY-PRODUCT SALES / MONEY RECEIPT / ADVANCE
    RECEIPT - DISPATCH BOOKING and the depot's CASH MEMO - DEPOT SALES to traders, an ice plant, a cattle feed
    maker, a bromine works, a kirana wholesaler, a gypsum maker, a salt packer and a dye house (paper: the company
    or the depot on top with its works line or the "A unit of" line, address and GSTIN; Receipt No. / M.R. No. /
    Memo No., Date / Dated / Receipt date, Received from / Party / Buyer (no fact), the tonnes, bags, bales or
    kilolitres x rate, GST: Nil (HSN 2501) on salt or CGST and SGST on bittern and gypsum, Bill value / Total value,
    Advance received against booking and Balance payable before lifting on some, Amount received in cash / Cash
    received / Received by UPI (QR) / Paid by UPI / Received through RTGS / Received by NEFT / Card swipe (POS) /
    Paid by card (EDC) / Cheque tendered / Cheque amount, Mode of receipt, Weighbridge slip No. and Truck No., UPI
    Ref. No. / UTR / Auth code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - LIFTING
    ALLOWED / PAID - TRUCK RELEASED / CHEQUE IN HAND - DISPATCH ON CLEARANCE / CHEQUE RETURNED - FUNDS INSUFFICIENT,
    LIFTING STOPPED, the rubber stamp) and two of the accounts desk's receipt e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    party, way, goods, frame = RECEIPTS[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    item, unit, (rlo, rhi), (qlo, qhi), gst_pct = GOODS[goods]
    if frame == "depot":
        me = rng.choice([DEPOT, DEPOT.upper()])
    else:
        me = ours(rng)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@ratnakarsalt.in>",
            ["Receipt of payment", "Payment received with thanks", "Money receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Accounts desk, refinery, Gandhidham")
        p.add("center", "Receipt of payment")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        unit_line = UNITS[0] if frame == "works" else UNITS[1]
        sub = f"A unit of {COMPANY}" if frame == "depot" else unit_line[0]
        kinds = {
            "works": ["RECEIPT - BY-PRODUCT SALES", "MONEY RECEIPT"]
            if goods in ("bittern", "gypsum")
            else ["RECEIPT - SALT SALES (PAN SITE)", "MONEY RECEIPT"],
            "refinery": ["MONEY RECEIPT", "ADVANCE RECEIPT - DISPATCH BOOKING"],
            "depot": ["CASH MEMO - DEPOT SALES", "RECEIPT"],
        }[frame]
        letterhead(p, me, sub, unit_line[1], unit_line[2], kinds)
    if not j.no_ref:
        rno = f"{'RSD' if frame == 'depot' else 'RSI'}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(
            rng.choice(["Memo No.", "Receipt No."] if frame == "depot" else ["Receipt No.", "M.R. No."]),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Party", "Buyer"]), party)
    qty = rng.randrange(qlo, qhi + 1)
    if unit in ("MT", "KL"):
        qty = round(qty + rng.uniform(0, 0.99), 2)
        shown = f"{qty:,.2f} {unit}"
    else:
        shown = f"{qty} {plural(unit, qty)}"
    rate = float(rng.randrange(rlo, rhi + 1, 5))
    base = round(qty * rate, 2)
    wrap_pair(p, f"{item}: {shown} x {rate:,.2f}", rs(base))
    if unit in ("MT", "KL") and frame != "mail" and rng.random() < 0.8:
        p.pair("Weighbridge slip No.", str(rng.randrange(1000, 9999)))
        p.pair("Truck No." if goods != "bittern" else "Tanker No.", truck(rng))
    if gst_pct:
        bill = gst_lines(p, rs, base, gst_pct, False)
    else:
        p.pair("GST", "Nil (HSN 2501 - salt)")
        bill = float(round(base))
        if abs(bill - base) >= 0.01:
            p.pair("Round off", f"{bill - base:+.2f}")
    advance = way in ("cheque", "RTGS") and frame == "refinery" or (way == "NEFT" and rng.random() < 0.4)
    p.pair(rng.choice(["Bill value", "Total value"]), rs(bill))
    if advance:
        j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        lab = (
            "Advance received against booking"
            if way != "cheque"
            else rng.choice(["Cheque tendered", "Cheque amount"])
        )
    else:
        j.amount = bill
        lab = {
            "cash": rng.choice(["Amount received in cash", "Cash received"]),
            "UPI": rng.choice(["Received by UPI (QR)", "Paid by UPI"]),
            "RTGS": "Received through RTGS",
            "NEFT": "Received by NEFT",
            "card": rng.choice(["Card swipe (POS)", "Paid by card (EDC)"]),
            "cheque": rng.choice(["Cheque tendered", "Cheque amount"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair("Balance payable before lifting", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "card": "card"}.get(
        way, "cheque"
    )
    p.pair(
        "Mode of receipt",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "RTGS": "RTGS", "card": "Card", "cheque": "Cheque"}[
            way
        ],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if unit in ("MT", "KL") and not advance:
        words += ["RECEIVED - LIFTING ALLOWED", "PAID - TRUCK RELEASED"]
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE IN HAND - DISPATCH ON CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, LIFTING STOPPED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Weight as per our weighbridge is final. Cheques are subject to realisation."
        if frame != "depot"
        else "Goods once sold will not be taken back. Subject to Gandhidham jurisdiction.",
    )
    if frame != "mail":
        right(p, f"For {DEPOT if frame == 'depot' else SHORT} - Cashier")
        p.add("gap")
        seal(
            p,
            DEPOT if frame == "depot" else SHORT,
            "SALT WORKS, KANDLA" if frame == "works" else "GANDHIDHAM (KUTCH)",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. iodate, sack, pouch, pump and lab suppliers


SUPPLIERS = [
    (
        "Rasayan Iodates Pvt Ltd",
        "Potassium iodate IP | Iodine derivatives | Anti-caking agents",
        "Plot 3204, GIDC Phase IV, Vapi - 396195, Gujarat",
        "24",
        "RIP",
    ),
    (
        "Morbi Polywoven Sacks",
        "HDPE and PP woven sacks with liners",
        "Lalpar Road, Morbi - 363642, Gujarat",
        "24",
        "MPS",
    ),
    (
        "Sabarmati Flexipack Pvt Ltd",
        "Printed laminated pouches and rolls",
        "Changodar Industrial Estate, Ahmedabad - 382213, Gujarat",
        "24",
        "SFP",
    ),
    (
        "Kutch Pump & Pipe Centre",
        "Brine pumps | HDPE pipes | Motors and cables",
        "Plot 22, Sector 8, Gandhidham - 370201, Gujarat",
        "24",
        "KPP",
    ),
    (
        "Mehta Lab Reagents & Glassware",
        "Laboratory chemicals, reagents and glassware",
        "Lamington Road, Mumbai - 400007, Maharashtra",
        "27",
        "MLR",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "RIP": [
        ("Potassium iodate IP (KIO3), 25 kg drum", "2829", "drum", 38000, 52000, 18, 1, 6),
        ("Sodium ferrocyanide (anti-caking), 25 kg bag", "2837", "bag", 4200, 6200, 18, 1, 10),
    ],
    "MPS": [
        ("HDPE woven sack 50 kg with liner", "6305", "pcs", 9, 14, 5, 4000, 30000),
        ("PP woven sack 25 kg - printed", "6305", "pcs", 6, 9, 5, 4000, 24000),
    ],
    "SFP": [
        (f"Laminated pouch film 1 kg - {BRAND} print", "3923", "kg", 190, 260, 18, 200, 1800),
        ("Outer bale bag 25 kg - printed", "3923", "pcs", 11, 17, 18, 2000, 12000),
    ],
    "KPP": [
        ("Brine transfer pump 7.5 HP - monoblock", "8413", "nos", 28000, 46000, 18, 1, 4),
        ("HDPE pipe 110 mm PN6 - 6 m length", "3917", "length", 1450, 2100, 18, 10, 80),
        ("Submersible cable 4 core 6 sq mm", "8544", "m", 95, 140, 18, 50, 400),
    ],
    "MLR": [
        ("Silver nitrate AR - 100 g", "2843", "bottle", 2100, 2900, 18, 1, 6),
        ("Iodometric titration reagents kit", "3822", "kit", 1200, 2200, 18, 2, 12),
        ("Burette 50 ml class A", "7017", "pcs", 650, 1100, 18, 2, 10),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 0, 4, 1, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "cheque", "UPI", "NEFT", "cheque", "NEFT", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The iodate maker at Vapi, the sack maker at Morbi, the pouch printer at Ahmedabad, the pump dealer at
    Gandhidham and the lab supplier at Mumbai billing the refinery and the works (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE / TAX INVOICE - ORIGINAL FOR BUYER / TAX INVOICE CUM PAYMENT RECEIPT,
    Invoice No. / Invoice Sr. No. / Bill No., Invoice date / Dated / Date, Receiver (billed to) / Buyer / Billed to
    the company, Consignee (ship to), Place of supply, Transporter and LR No. or E-way bill No., the drums, bags,
    sacks, kilos, pumps, pipes or reagents with HSN x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round
    off, Invoice total, Less: Advance paid against PO and Balance received by NEFT / RTGS on some, else Payment
    received by RTGS / NEFT / Settled by NEFT / RTGS / Received via UPI with UTR / UTR No. / UPI Ref. No. / UPI
    transaction ID, or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY NEFT / PAYMENT RECEIVED -
    ACCOUNT SETTLED / CHEQUE LODGED - CREDIT ON REALISATION / CHEQUE UNPAID - REFER TO DRAWER, in the supplier's
    rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
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
        ["TAX INVOICE", "TAX INVOICE - ORIGINAL FOR BUYER", "TAX INVOICE CUM PAYMENT RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Invoice Sr. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Receiver (billed to)", "Buyer", "Billed to"])
    works = tag == "KPP"
    wrap_pair(
        p,
        "Consignee (ship to)",
        f"{SHORT}, {'salt works, Tuna-Vandi Road' if works else 'refinery, GIDC Gandhidham'}",
    )
    p.pair("Place of supply", "Gujarat (24)")
    if rng.random() < 0.5:
        p.pair("Transporter", rng.choice(["Kutch Roadways", "Shree Ganesh Transport", "VRL Logistics"]))
        p.pair("LR No.", str(rng.randrange(10000, 99999)))
    else:
        p.pair("E-way bill No.", digits(rng, 12))
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi + 1)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {plural(unit, qty)} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "24")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag in ("RIP", "MPS", "SFP") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = "Received via UPI"
        else:
            lab = rng.choice([f"Payment received by {way}", f"Settled by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - ACCOUNT SETTLED"]),
        "pending": "CHEQUE LODGED - CREDIT ON REALISATION",
        "failed": "CHEQUE UNPAID - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after the due date. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Jay Ashapura Water Tankers", "Brine and water tankers - 46 trips", 18000, 90000),
    ("Bhachau Dumper Services", "Dumper hire - pans to refinery, 1,240 MT", 45000, 320000),
    ("Mahadev Earthmovers", "JCB and loader hire - pan scraping, 62 h", 25000, 140000),
    ("Rann Bund Construction Co.", "Pan embankment and channel repair", 60000, 480000),
    ("Kandla Rake Handling Agency", "Rake loading - 42 wagons, Kandla siding", 40000, 260000),
    ("Mundra Shipping & Clearing Pvt Ltd", "CHA and stevedoring - export lot", 50000, 450000),
    ("Kutch Weighbridge Services", "Weighbridge calibration and load cells", 8000, 36000),
    ("Gandhidham Roadlines", "Truck freight - 18 loads to Morbi", 30000, 200000),
]
CORP_PORTALS = [
    ("Baroda Connect", "Bank of Baroda", "barodaconnect.bankofbaroda.co.in/corp/payments/txnstatus"),
    ("YES CONNECT", "YES Bank", "yesconnect.yesbank.co.in/corporate/transfers/details"),
    ("SBI CINB", "State Bank of India", "corp.onlinesbi.sbi/corporate/transaction/status"),
]


def contractor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its brine tanker, dumper, loader, bund, rake handling, clearing, weighbridge and truck
    contractors: corporate net banking's transaction pages (Baroda Connect, YES CONNECT, SBI CINB: the portal on top
    and the bank's line, Beneficiary / Credit party name / Payee account name, Beneficiary code, Beneficiary A/c and
    IFSC, Debit account the company, Transaction value / Debit value / Transfer amount, Payment channel / Product
    NEFT / RTGS / IMPS, Purpose / remarks, UTR / UTR No. / IMPS Ref No., Bank transaction No. / CBS reference No.,
    Created by / Authorised by, Value date / Execution date / Posted on / Created on / Entered on / Returned on /
    Failed on; Payment executed - credit confirmed by beneficiary bank / Status: Executed / Pending with checker -
    not yet released to bank / Returned - beneficiary account is dormant)."""
    k = place("contractor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small", f"{bank}  |  {rng.choice(['Corporate payments', 'Funds transfer', 'Transaction enquiry'])}"
    )
    p.add("center", rng.choice(["Transaction details", "Payment enquiry - single transfer"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment executed - credit confirmed by beneficiary bank", "Status: Executed"],
            "pending": ["Pending with checker - not yet released to bank"],
            "failed": ["Returned - beneficiary account is dormant"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary", "Credit party name", "Payee account name"]), who, merchant=who)
    if rng.random() < 0.6:
        p.pair(
            "Beneficiary code",
            f"{''.join(w[0] for w in who.split() if w[0].isalpha()).upper()}{digits(rng, 3)}",
        )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transaction value", "Debit value", "Transfer amount"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment channel", "Product"]), way, method="netbanking")
    wrap_pair(p, "Purpose / remarks", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank transaction No.", "CBS reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Created by / Authorised by", f"RSIACC02 / {'-' if status == 'pending' else 'RSIDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Execution date", "Posted on"],
            "pending": ["Created on", "Entered on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small", "Returned funds are credited back to the debit account; check the beneficiary and resubmit."
    )
    return p.done()


# ---------------------------------------------------------------- 7. agariyas' and loading gangs' pay


# name, role, village
AGARIYAS = [
    ("Bhimabhai Ravabhai Koli", "harvest", "Vandi"),
    ("Savitaben Kanabhai Chuvadiya", "payout", "Tuna"),
    ("Hasam Jusab Miyana", "upad", "Jangi"),
    ("Ramesh Devshi Koli", "phonepe", "Kidana"),
    ("Jivuben Lakhabhai Koli", "season", "Vandi"),
    ("Osman Ali Miyana", "payout", "Tuna"),
    ("Naranbhai Meghji Koli", "gang", "Anjar"),
    ("Kasam Umar Sumra", "paytm", "Jangi"),
]


def agariya_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the agariya families who make its salt in the pans on piece rates by the tonne, their upad
    (advance) before the season and their season's settlement, and the loading gangs' leaders: its printed AGARIYA
    WAGE VOUCHER - SALT HARVEST / UPAD (ADVANCE) PAYMENT VOUCHER / SEASON SETTLEMENT - AGARIYA ACCOUNT / LOADING
    GANG WAGE SLIP (the company on top and the works line, Voucher No. / Vr. No. / Slip Sr. No., Date / Voucher
    date, Agariya's name / Paid to (agariya) / Head of family (agariya) / Gang leader (mukadam), Pan No., Khata No.,
    Village, Season, the tonnes harvested or bags loaded x rate, Add: Rain-loss allowance / Add: Night loading
    allowance, Gross, Less: Upad (advance) adjusted / Less: Diesel for brine pump recovered / Less: Canteen advance
    recovered, Net amount handed over / Amount disbursed / Net wages paid / Upad paid, Advance outstanding after
    this, Mode Cash / UPI / NEFT; PAID / PAID IN PRESENCE OF PAN SUPERVISOR / PAID - LEFT THUMB IMPRESSION AFFIXED /
    DISBURSED - SEASON ACCOUNT SETTLED), Cashfree Payments' payout pages (Cashfree Payments on top and Payouts - the
    company under it, the sum large, Beneficiary / Beneficiary name, Bene ID, Transfer mode, Purpose, Transfer ID,
    UTR, Processed at / Processed on / Queued at / Created on / Failed at; Transfer completed / Payout successful /
    Transfer pending - queued for bank processing / Transfer failed - beneficiary bank offline, amount returned to
    balance), a PhonePe and a Paytm screen (an upad, a festival advance)."""
    k = place("agariya_wages")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=2000, high=45000, p_round=0.9)
    who, role, village = AGARIYAS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    if role == "payout":
        tid = f"TRF{j.date:%y%m}{digits(rng, 8)}"
        p = browser_page(
            rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{tid}")
        )
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer completed", "Payout successful"],
                "pending": ["Transfer pending - queued for bank processing"],
                "failed": ["Transfer failed - beneficiary bank offline, amount returned to balance"],
            },
        )
        j.amount = rupees(rng, 18000, 95000, 0.8)
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), who, merchant=who)
        p.pair("Bene ID", f"AGR{village[:3].upper()}{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Account",
            f"{rng.choice(['Bank of Baroda', 'State Bank of India', 'Union Bank of India'])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['barodampay', 'sbi', 'ybl'])}",
        )
        p.pair(
            "Purpose",
            rng.choice(["Agariya harvest payment", "Season settlement - agariya", "Salt harvest wages"]),
        )
        if not j.no_ref:
            p.pair("Transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {
                "success": ["Processed at", "Processed on"],
                "pending": ["Queued at", "Created on"],
                "failed": ["Failed at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Failed transfers are returned to your payouts balance within 24 hours.")
        return p.done()
    if role in ("phonepe", "paytm"):
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 5000, 7500, 10000]))
        p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
        p.part = "head"
        p.add("title", "PhonePe" if role == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment completed", "Amount paid successfully", "Transfer successful"]}
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'paytm', 'barodampay'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice(["Upad - new season", "Diwali advance", "Pump diesel advance", "Medical advance"]),
        )
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.6:
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if role == "phonepe" else digits(rng, 20)
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    kinds = {
        "harvest": ["AGARIYA WAGE VOUCHER - SALT HARVEST"],
        "upad": ["UPAD (ADVANCE) PAYMENT VOUCHER"],
        "season": ["SEASON SETTLEMENT - AGARIYA ACCOUNT"],
        "gang": ["LOADING GANG WAGE SLIP"],
    }[role]
    letterhead(
        p, rng.choice([COMPANY, COMPANY_CAPS]), UNITS[0][0], UNITS[0][1], UNITS[0][2], kinds, merchant=False
    )
    if not j.no_ref:
        vno = f"{dict(harvest='AW', upad='UP', season='SS', gang='LG')[role]}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Slip Sr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    labels = (
        ["Gang leader (mukadam)", "Paid to"]
        if role == "gang"
        else ["Agariya's name", "Paid to (agariya)", "Head of family (agariya)"]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    if role != "gang":
        p.pair("Pan No.", f"{rng.choice(['A', 'B', 'C'])}-{rng.randrange(1, 60)}")
        p.pair("Khata No.", str(rng.randrange(100, 999)))
    p.pair("Village", village)
    if role != "gang":
        p.pair("Season", "2025-26" if j.date.month < 7 else "2026-27")
    if role == "upad":
        j.amount = float(rng.choice([5000, 8000, 10000, 12000, 15000, 20000]))
        before = float(rng.choice([0, 0, 5000, 10000]))
        if before:
            p.pair("Upad outstanding before this", rs(before))
        p.pair(rng.choice(["Upad paid", "Amount disbursed"]), rs(j.amount), amount=j.amount)
        p.pair("Advance outstanding after this", rs(before + j.amount))
    else:
        if role == "gang":
            bags = rng.randrange(800, 4800)
            rate = rng.choice([3.5, 4.0, 4.5, 5.0])
            gross = round(bags * rate, 2)
            p.pair(f"Bags loaded: {bags:,} x {rate:.2f}", rs(gross))
            if rng.random() < 0.5:
                night = float(rng.choice([300, 500, 800]))
                p.pair("Add: Night loading allowance", rs(night))
                gross += night
            cuts = [("Less: Canteen advance recovered", float(rng.choice([0, 200, 500])))]
            labs = ["Net wages paid", "Amount disbursed"]
        else:
            mt = round(rng.uniform(60, 320), 2)
            rate = float(rng.choice([120, 135, 150, 165, 180]))
            gross = round(mt * rate, 2)
            p.pair(f"Salt harvested: {mt:,.2f} MT x {rate:.2f}", rs(gross))
            if rng.random() < 0.4:
                rain = float(rng.choice([1000, 1500, 2500]))
                p.pair("Add: Rain-loss allowance", rs(rain))
                gross += rain
            upad = (
                float(rng.choice([5000, 8000, 10000, 15000]))
                if role == "season" or rng.random() < 0.5
                else 0.0
            )
            diesel = float(rng.randrange(8, 40) * 100) if rng.random() < 0.6 else 0.0
            cuts = [
                ("Less: Upad (advance) adjusted", upad),
                ("Less: Diesel for brine pump recovered", diesel),
            ]
            labs = ["Net amount handed over", "Amount disbursed", "Net wages paid"]
        gross = round(gross, 2)
        p.pair("Gross", rs(gross))
        total = 0.0
        for lab, cut in cuts:
            if cut and cut < gross - total - 500:
                p.pair(lab, rs(cut))
                total += cut
        j.amount = round(gross - total, 2)
        p.pair(rng.choice(labs), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 2 else rng.choice(["Cash", "UPI", "NEFT"] if j.amount < 20000 else ["UPI", "NEFT"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        if way == "UPI":
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref = bank_ref(rng, j, "Bank of Baroda", "NEFT")
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    words = ["PAID", "PAID IN PRESENCE OF PAN SUPERVISOR"]
    if way == "Cash":
        words.append("PAID - LEFT THUMB IMPRESSION AFFIXED")
    if role == "season":
        words.append("DISBURSED - SEASON ACCOUNT SETTLED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of payee")
    return p.done()


# ---------------------------------------------------------------- 8. port, GPCB, DISH, metrology, salt, GMC, LWF


FEE_FRAMES = ["dpa_lease", "gpcb", "dish", "metrology", "salt", "gmc", "dpa_wharf", "glwb"]
FEE_OK = ["Payment realised", "Dues paid successfully", "e-Receipt issued", "Fee accepted"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a salt works and refinery in Kutch: the Deendayal Port Authority's estate rent and wharfage pages
    (Deendayal Port Authority / DEENDAYAL PORT AUTHORITY on top and its formerly Kandla Port Trust line, Lessee /
    Exporter, Plot No. / Vessel, the lease rent or the wharfage on n MT, GST @ 18%, Total dues paid / Amount
    deposited, Transaction ID, Bank Ref No., Receipt No.), the Gujarat Pollution Control Board's consent fee page on
    XGN (Gujarat Pollution Control Board / GPCB on top and its XGN line, Name of unit, XGN unit ID, Category, the
    CC&A renewal fee and a Late fee, Total fee paid, Transaction No., Bank Ref. No.), the Directorate of Industrial
    Safety and Health's factory licence renewal challan through Cyber Treasury (Directorate of Industrial Safety and
    Health, Gujarat / DISH, Gujarat on top and the Cyber Treasury line, Name of factory, Licence No., Head of
    account, Workers, the renewal fee, Challan amount, Bank CIN, Challan No., Challan date / Date of payment /
    Initiated on; Payment initiated - awaiting bank scroll), Legal Metrology's weighbridge verification page
    (Controller of Legal Metrology, Gujarat / LEGAL METROLOGY, GUJARAT on top, Name of user, Instrument, the
    verification and stamping fee and the inspection charges, Total amount paid, Transaction ID, Receipt No.), the
    Salt Commissioner's ground rent page (Salt Commissioner's Organisation on top and the Deputy Salt Commissioner,
    Gandhidham line, Lessee, Lease No., Area, Ground rent for the year, Amount paid, Transaction ID, Bank Ref No.),
    Gandhidham Municipal Corporation's property tax page (Gandhidham Municipal Corporation / GANDHIDHAM MUNICIPAL
    CORPORATION on top, Owner / occupier, Tenement No., the general tax, water charges, conservancy tax and
    education cess, Less: Rebate @ 10% (advance payment), Total amount paid / Amount, Transaction ID, Bank Ref No.,
    Receipt No.; Payment unsuccessful - dues remain outstanding) and the Gujarat Labour Welfare Board's contribution
    page (the Board on top, Name of establishment, Registration No., Contribution period, Employees, the employees'
    and employer's contributions, Total contribution paid, Receipt No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    if frame.startswith("dpa"):
        lease = frame == "dpa_lease"
        p = browser_page(
            rng,
            font,
            f"www.deendayalport.gov.in/epay/{'estate' if lease else 'cargo'}/receipt/{digits(rng, 8)}",
        )
        p.part = "head"
        name = rng.choice(["Deendayal Port Authority", "DEENDAYAL PORT AUTHORITY"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "(formerly Kandla Port Trust)  |  "
            + ("Estate division - lease rent" if lease else "Traffic division - wharfage"),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        if lease:
            wrap_pair(p, "Lessee", firm)
            p.pair("Plot No.", f"SL/{rng.choice(['KDL', 'TUNA'])}/{rng.randrange(10, 240)}")
            p.pair("Area", f"{rng.randrange(40, 260)} ha (salt pan land)")
            base = float(rng.randrange(180, 900) * 1000)
            p.pair(f"Lease rent - 20{fy(j.date)} (annual)", rs(base))
        else:
            wrap_pair(p, "Exporter", firm)
            p.pair("Vessel", f"MV {rng.choice(['Ocean Pearl', 'Sea Harmony', 'Gulf Trader', 'Bengal Star'])}")
            tonnes = rng.randrange(80, 400) * 50
            rate = rng.choice([31.6, 34.2, 37.8])
            base = round(tonnes * rate, 2)
            p.pair(f"Wharfage on salt (export): {tonnes:,} MT x {rate:.2f}", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        p.pair(rng.choice(["Total dues paid", "Amount deposited"]), rs(j.amount), amount=j.amount)
        way = "Net banking" if j.amount > 100000 else way
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DPA{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"{'EST' if lease else 'TRF'}/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Dues paid after the due date attract interest as per the Scale of Rates."
    elif frame == "gpcb":
        p = browser_page(rng, font, f"xgn.gpcb.gov.in/payment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Gujarat Pollution Control Board", "GUJARAT POLLUTION CONTROL BOARD", "GPCB"])
        top(p, name, merchant=name)
        p.add("small", "XGN - Xtended Green Node  |  Consent fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of unit", f"{firm} (refinery)")
        p.pair("XGN unit ID", digits(rng, 6))
        p.pair("Category", "Green - salt refining and iodisation")
        fee = float(rng.choice([10000, 15000, 20000]))
        p.pair("CC&A renewal fee (5 years)", rs(fee))
        late = float(rng.choice([0, 0, 1000, 2000]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"XGN{digits(rng, 11)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent is renewed after the Board verifies the unit's compliance."
    elif frame == "dish":
        p = browser_page(rng, font, "cybertreasury.gujarat.gov.in/CyberTreasury/challan/receipt")
        p.part = "head"
        name = rng.choice(["Directorate of Industrial Safety and Health, Gujarat", "DISH, Gujarat"])
        top(p, name, merchant=name)
        p.add("small", "Cyber Treasury, Government of Gujarat  |  e-Challan")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK, "pending": ["Payment initiated - awaiting bank scroll"]})
        wrap_pair(p, "Name of factory", f"{firm}, Gandhidham")
        p.pair("Licence No.", f"{digits(rng, 5)}/KTH/{rng.choice(['2(m)(i)', '2(m)(ii)'])}")
        p.pair("Head of account", "0230-00-106-01")
        workers = rng.randrange(40, 180)
        p.pair("Workers", str(workers))
        j.amount = float(rng.choice([6000, 9000, 12000, 15000]))
        p.pair("Factory licence renewal fee (1 year)", rs(j.amount))
        p.pair("Challan amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Challan No.", INVOICE_RANK, f"{digits(rng, 10)}")]
        if status == "success":
            refs.append(("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Challan date", "Date of payment"] if status == "success" else ["Initiated on"], pats)
        foot = "The challan is valid only after the bank's scroll reaches the treasury."
    elif frame == "metrology":
        p = browser_page(rng, font, f"legalmetrology.gujarat.gov.in/payments/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Controller of Legal Metrology, Gujarat", "LEGAL METROLOGY, GUJARAT"])
        top(p, name, merchant=name)
        p.add("small", "Government of Gujarat  |  Verification and stamping fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of user", firm)
        p.pair("Instrument", f"Weighbridge {rng.choice([60, 80, 100])} t (Class IIII)")
        fee = float(rng.choice([5000, 7500, 10000]))
        visit = float(rng.choice([500, 1000, 1500]))
        p.pair("Verification and stamping fee", rs(fee))
        p.pair("Inspection charges", rs(visit))
        j.amount = fee + visit
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LM{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"LMG/KTH/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Keep the stamped certificate at the weighbridge for inspection."
    elif frame == "salt":
        p = browser_page(rng, font, f"saltcomindia.gov.in/epay/groundrent/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Salt Commissioner's Organisation", "SALT COMMISSIONER'S ORGANISATION"])
        top(p, name, merchant=name)
        p.add("small", "Office of the Deputy Salt Commissioner, Gandhidham  |  Ground rent")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Lessee", firm)
        p.pair("Lease No.", f"DSC/GDM/{digits(rng, 4)}")
        acres = rng.randrange(200, 900)
        p.pair("Area", f"{acres} acres")
        j.amount = round(acres * float(rng.choice([60, 75, 90])), 2)
        p.pair("Ground rent for 2026", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"SCO{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Transaction date"], pats)
        foot = "The lease is renewed on payment of the ground rent in full."
    elif frame == "gmc":
        p = browser_page(rng, font, f"gandhidhammc.gujarat.gov.in/propertytax/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Gandhidham Municipal Corporation", "GANDHIDHAM MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        p.add("small", "Property tax - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": FEE_OK, "failed": ["Payment unsuccessful - dues remain outstanding"]}
        )
        wrap_pair(p, "Owner / occupier", firm)
        p.pair("Tenement No.", f"{rng.randrange(1, 12):02d}-{digits(rng, 5)}-{rng.randrange(1, 9)}")
        heads = [
            ("General tax", 14000.0, 36000.0),
            ("Water charges", 2400.0, 6000.0),
            ("Conservancy tax", 1800.0, 4200.0),
            ("Education cess", 900.0, 2400.0),
        ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if status == "success" and rng.random() < 0.5:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (advance payment)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(["Total amount paid", "Amount"]) if status == "success" else "Amount",
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"GMC{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"PT/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    else:
        p = browser_page(rng, font, f"glwb.gujarat.gov.in/contribution/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Gujarat Labour Welfare Board", "GUJARAT LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Government of Gujarat  |  Labour welfare fund contribution")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of establishment", firm)
        p.pair("Registration No.", f"LWF/KTH/{digits(rng, 5)}")
        if not j.no_day:
            p.pair(
                "Contribution period",
                rng.choice(["June 2026", "December 2025", "Half year ending June 2026"]),
            )
        staff = rng.randrange(60, 260)
        p.pair("Employees", str(staff))
        ee = staff * 6.0
        er = staff * 12.0
        p.pair(f"Employees' contribution ({staff} x 6.00)", rs(ee))
        p.pair(f"Employer's contribution ({staff} x 12.00)", rs(er))
        j.amount = ee + er
        p.pair("Total contribution paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Receipt No.", INVOICE_RANK, f"GLWB/{digits(rng, 7)}")])
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Contributions are due for the half years ending 30 June and 31 December."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Standard fire and special perils - refinery building, plant and stock",
        "paper",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Marine cargo open policy - salt exports via Kandla and Mundra",
        "browser",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Commercial vehicle package - dumper",
        "mail",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Group personal accident - agariya families",
        "browser",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Machinery breakdown - iodisation plant and centrifuges",
        "mail",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Workmen's compensation - loading gangs",
        "browser",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Stock insurance - salt heaps at the pans (flood and cyclone)",
        "mail",
    ),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Public liability (industrial) - refinery premises",
        "paper",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its refinery, its salt shipments, its dumpers, its agariya families against accidents,
    its iodisation plant, its loading gangs, the salt heaped at the pans against floods and cyclones, and its
    liability at the refinery: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer
    on top, the product line, PREMIUM RECEIPT / Premium collection receipt / RECEIPT, Insured name / Name of
    proposer / Proposer / insured, Policy No., Proposal No., Sum insured / Annual turnover declared (exports) / IDV
    / Sum insured per person / Wages declared / Sum insured (machinery) / Limit of indemnity, Period of insurance,
    Basic premium, an add-on (STFI and earthquake, war and SRCC, zero depreciation, funeral expenses, occupational
    disease, cyclone and flood, pollution liability), GST @ 18%, Premium collected (incl. GST) / Gross premium
    received / Total amount realised / Cheque amount / Premium tendered by cheque / Premium due / Amount due (not
    received), Payment mode, Payment ref. No. / Transaction No., UPI Ref No. / Bank Ref. No., Receipt No. / Premium
    receipt No. / Collection receipt No., Cheque No., Receipt date / Date of collection / Premium paid on / Cheque
    received on / Transaction date / Attempted on; Premium received - policy in force / Receipt issued - premium
    credited / Cheque under collection - cover starts on realisation / Payment declined by bank - cover not
    granted)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'pay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng, font, f"{short} <receipts@{host}>", ["Premium receipt", "Your premium collection receipt"]
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
                ["Divisional Office, Sector 9, Gandhidham (Kutch)", "Branch Office, Station Road, Bhuj"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium collection receipt", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy in force", "Receipt issued - premium credited"],
            "pending": ["Cheque under collection - cover starts on realisation"],
            "failed": ["Payment declined by bank - cover not granted"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Insured name", "Name of proposer", "Proposer / insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '21', '31'])}/2026/{digits(rng, 5)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    if "fire" in product:
        insured = float(rng.randrange(80000000, 260000000, 500000))
        p.pair("Sum insured", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("STFI and earthquake cover", round(insured * 0.00012, 2))
    elif "Marine" in product:
        turnover = float(rng.randrange(150000000, 600000000, 1000000))
        p.pair("Annual turnover declared (exports)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("War and SRCC cover", round(turnover * 0.00005, 2))
    elif "vehicle" in product:
        idv = float(rng.randrange(1800000, 3600000, 10000))
        p.pair("Vehicle No.", truck(rng))
        p.pair("IDV (insured declared value)", rs(idv))
        basic = round(idv * rng.uniform(0.018, 0.026) + 16049, 2)
        addon = ("Zero depreciation add-on", round(idv * 0.004, 2))
    elif "accident" in product:
        lives = rng.randrange(120, 480)
        p.pair("Lives covered", str(lives))
        p.pair("Sum insured per person", rs(200000.0))
        basic = round(lives * rng.uniform(140, 220), 2)
        addon = ("Funeral expenses extension", round(lives * 12.0, 2))
    elif "Machinery" in product:
        insured = float(rng.randrange(6000000, 24000000, 100000))
        p.pair("Sum insured (machinery)", rs(insured))
        basic = round(insured * rng.uniform(0.0025, 0.004), 2)
        addon = ("Loss of profit (MLOP) extension", round(insured * 0.0006, 2))
    elif "compensation" in product:
        wages = float(rng.randrange(6000000, 18000000, 10000))
        p.pair("Wages declared (annual)", rs(wages))
        basic = round(wages * rng.uniform(0.006, 0.01), 2)
        addon = ("Occupational disease cover", round(wages * 0.0003, 2))
    elif "Stock" in product:
        insured = float(rng.randrange(20000000, 90000000, 500000))
        p.pair("Sum insured (salt stock at pans)", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0015), 2)
        addon = ("Cyclone and flood cover", round(insured * 0.0004, 2))
    else:
        limit = float(rng.choice([5000000, 10000000, 20000000]))
        p.pair("Limit of indemnity (any one accident)", rs(limit))
        basic = round(limit * rng.uniform(0.001, 0.0018), 2)
        addon = ("Pollution liability extension", round(basic * 0.2, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 6)}")
    p.pair("Basic premium", rs(basic))
    p.pair(addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium collected (incl. GST)", "Gross premium received", "Total amount realised"],
        "pending": ["Cheque amount", "Premium tendered by cheque"],
        "failed": ["Premium due", "Amount due (not received)"],
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
            pid = f"{rng.choice(['PG', 'OP', 'TX'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way != "Cheque":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(
                rng.choice(["Receipt No.", "Premium receipt No.", "Collection receipt No."]),
                rno,
                txn=(INVOICE_RANK, rno),
            )
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Date of collection", "Premium paid on"],
            "pending": ["Cheque received on", "Receipt date"],
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
    ("RATNAKAR SALT DEPOT", "GIDC, GANDHIDHAM", "depot"),
    ("SHIV SHAKTI PETROLEUM", "KANDLA-MUNDRA HWY, KUTCH", "fuel"),
    ("BHACHAU TYRE HOUSE", "NH-27, BHACHAU", "shop"),
    ("RATNAKAR SALT INDUSTRIES", "GANDHIDHAM KUTCH", "depot"),
    ("GANDHIDHAM AUTO SPARES", "SECTOR 9, GANDHIDHAM", "shop"),
    ("HOTEL RANN RESIDENCY", "STATION ROAD, BHUJ", "hotel"),
    ("RATNAKAR SALT DEPOT", "GANDHIDHAM 370201", "depot"),
    ("MUNDRA HARDWARE MART", "MAIN BAZAR, MUNDRA", "shop"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "NAYARA ENERGY",
    "BANK OF BARODA",
    "KOTAK MAHINDRA BANK",
    "PAYTM EDC",
    "YES BANK",
    "PHONEPE POS",
    "HDFC BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders' and packers' cards on the depot's terminals, and the company's card at a filling station on the
    Kandla-Mundra highway, a tyre shop, an auto spares shop, a hotel in Bhuj and a hardware shop: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and
    TIME: / DT: and TM: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO:
    / ROC NO:, SALE, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE:, VOLUME(L):, NOZZLE NO: and VEHICLE NO:, a
    hotel's ROOM NO:, AUTH CODE: / APPR CODE: / AUTH NO:, RRN: / RRN NO: / RET REF NO:, SALE AMT: / AMOUNT: / AMOUNT
    RS: / TOTAL:; APPROVED / TXN APPROVED / SALE APPROVED / DECLINED - 55 INCORRECT PIN / HOST NOT REACHABLE -
    VERIFY WITH BANK BEFORE RE-SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=3000, high=92000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 4000, 24000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2400, 11000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 1200, 48000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d%b%y"]))
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
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE", "SALE - SWIPE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 92.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "HSD - TURBOJET"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 12)))
        p.pair("VEHICLE NO:", truck(rng).replace("-", ""))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 320)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMT:", "AMOUNT:", "AMOUNT RS:", "TOTAL:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = "" if lab == "AMOUNT RS:" else rng.choice(["INR ", "RS.", "Rs ", ""])
    p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "SALE APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT REACHABLE - VERIFY WITH BANK BEFORE RE-SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, gas and phone bills


BILLERS = [
    ("PGVCL", "Paschim Gujarat Vij Company Ltd", "Consumer No."),
    ("GTPL Broadband", "GTPL Broadband Pvt Ltd", "Customer ID"),
    ("Gujarat Gas", "Gujarat Gas Ltd", "BP No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
]
BILL_APPS = [
    "PGVCL",
    "bob World",
    "PhonePe",
    "Amazon Pay",
    "PGVCL",
    "Kotak Mobile Banking",
    "Google Pay",
    "Paytm",
]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The refinery's and the works' brine pumps' electricity (PGVCL), the refinery's broadband (GTPL), the drier's
    piped gas (Gujarat Gas) and the manager's postpaid phone (Jio) through Bharat Connect in bob World, Kotak Mobile
    Banking and UPI apps (the app on top, Biller / Biller name / Utility / Operator / Service provider as printed,
    Consumer No. / Customer ID / BP No. / Mobile No., Customer name / Consumer name, Bill month and Due date on
    some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID / B-Connect Txn ID, UPI
    Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill payment completed / Paid to
    biller / Payment done / Awaiting biller confirmation - check after 24 hours / Bill payment unsuccessful - any
    debit will be refunded) and PGVCL's own receipt page (PGVCL / Paschim Gujarat Vij Company Ltd on top with its
    GUVNL line, Consumer No., Sub division, Consumer name, Tariff, Bill month, Amount paid / Paid amount, Payment
    mode, Transaction ID, Receipt No., Payment date / Date of receipt)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=18000, high=380000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 1499, 5900, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 24000, 160000, 0.3)
    elif which == 3:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif k == 7:
        j.amount = rupees(rng, 2500, 24000, 0.4)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{digits(rng, 5)}{rng.randrange(10000, 99999)}",
        "Customer ID": digits(rng, 10),
        "BP No.": f"50{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PGVCL":
        p = browser_page(rng, font, "portal.guvnl.in/pgvcl/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A GUVNL company (Government of Gujarat undertaking)  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Bill payment completed", "Payment done"]})
        p.pair(idlab, ids)
        p.pair(
            "Sub division",
            rng.choice(["Gandhidham (Rural)", "Kandla", "Gandhidham (Urban-2)", "Anjar (Rural)"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Tariff", rng.choice(["HTP-I (industrial)", "LTP - agricultural pumps", "LTMD"]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PGV{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of receipt"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the consumer's account within two working days.")
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
            "success": ["Bill payment completed", "Paid to biller", "Payment done"],
            "pending": ["Awaiting biller confirmation - check after 24 hours"],
            "failed": ["Bill payment unsuccessful - any debit will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (1, 3)
        else rng.choice(["Biller", "Biller name", "Utility", "Service provider"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("bob World", "Kotak Mobile Banking") else "UPI"
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
                "Amazon Pay": "AP",
                "bob World": "BB",
            }.get(app, "KM")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID", "B-Connect Txn ID"]),
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


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "BHACHAU DUMPER SERVI",
    "JAY ASHAPURA WATER T",
    "RASAYAN IODATES PVT",
    "HASAM JUSAB MIYANA",
    "PGVCL GANDHIDHAM",
    "MAHADEV EARTHMOVERS",
    "MORBI POLYWOVEN SACK",
    "DEENDAYAL PORT AUTHO",
]
SENDERS = {
    "State Bank of India": "BZ-SBIINB",
    "Kotak Mahindra Bank": "VK-KOTAKB",
    "YES Bank": "JD-YESBNK",
    "IDBI Bank": "AX-IDBIBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender BZ-SBIINB / VK-KOTAKB
    / JD-YESBNK / AX-IDBIBK, the day divider, each bank's own wording: "Dear Customer, Rs.x debited from A/c X1234
    on <day> via <way>. Beneficiary: <payee>.", "Sent Rs.x from Kotak Bank AC X1234 to <payee> on <day> via <way>.",
    "YES BANK: INR x debited from A/c XX1234 on <day> | <way> | Paid to: <payee>", "IDBI Bank: A/c NN1234 debited
    INR x on <day> for <way> payment to beneficiary <payee>."; a transfer that "has been REVERSED by the beneficiary
    bank; funds re-credited to your A/c" and one that "is ON HOLD at the beneficiary bank - do not repeat the
    transfer") and two e-mail debit alerts (Debit amount / Amount (Dr), Paid to (beneficiary) / Beneficiary account
    name, Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Transaction status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=8000, high=460000)
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 2000, 30000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 40000, 380000)
    if k in (2, 6):
        bank = rng.choice(["Kotak Mahindra Bank", "YES Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit transaction alert", "Alert: amount debited from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert - current account")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debit amount", "Amount (Dr)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to (beneficiary)", "Beneficiary account name"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Success", status="success")
        p.part = "foot"
        p.add(
            "small", "Never share your OTP, PIN or password. Report unauthorised debits to the bank at once."
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k == 3:
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
        if bank == "State Bank of India":
            p.add(
                "left",
                f"Dear Customer, Rs.{amt} debited from A/c X{tail}{on} via {way}.",
                amount=j.amount,
                method=method,
            )
            p.add("left", f"Beneficiary: {to}.", merchant=to)
        elif bank == "Kotak Mahindra Bank":
            p.add("left", f"Sent Rs.{amt} from Kotak Bank AC X{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via {way}.", merchant=to, method=method)
        elif bank == "YES Bank":
            p.add("left", f"YES BANK: INR {amt} debited from A/c XX{tail}{on}.", amount=j.amount)
            p.add("left", f"{way} | Paid to: {to}", merchant=to, method=method)
        else:
            p.add("left", f"IDBI Bank: A/c NN{tail} debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} payment to beneficiary {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been REVERSED by the beneficiary bank; funds re-credited to your A/c.",
            "pending": "is ON HOLD at the beneficiary bank - do not repeat the transfer.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 60000, 4800000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(
                ["Not you? Call the bank's helpline at once", "Did not make this? Block via net banking"]
            ),
        )
    p.add(
        "small",
        {"State Bank of India": "-SBI", "Kotak Mahindra Bank": "-Kotak Bank", "YES Bank": "-YES BANK"}.get(
            bank, "-IDBI Bank"
        ),
    )
    return p.done()


compose = compose158

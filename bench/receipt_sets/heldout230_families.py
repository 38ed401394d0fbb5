"""The twelve heldout230 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Nilgiris carrot, potato and exotic vegetable farmer-producer company's day in
2026 in Tamil Nadu (Mukurthi Hill Growers Pvt Ltd, owned by some 600 Badaga and other member growers of the
Kotagiri and Ooty hill villages, its collection and washing centre, Mukurthi Fresh Washing Centre, on Kotagiri
Road at Kattabettu, where the members' carrots are weighed in, washed in the brush washers, topped, graded and
filled into leno bags and the potatoes, broccoli, iceberg lettuce and zucchini graded and crated, and its cold
room and dispatch yard, Mukurthi Fresh Dispatch Yard, on Ooty Main Road at Mettupalayam, where the loads come
down the ghat road, are held in the cold room and weighed out on the weighbridge to the lorries for Chennai,
Bengaluru and Kochi and the reefer trucks for the airport), told by the proofs of payment it receives and
makes: hotels', caterers', shops' and salad bars' UPI screens and the sales desk's Paykun and Zaakpay pages,
the Chennai, Bengaluru and Thiruvananthapuram mandis' and traders', a Kochi hypermarket chain's, a Hyderabad
hotel supplier's, a Coimbatore salad kitchen's, a Chennai quick-commerce chain's and a Mysuru hotel group's
payment advices, importers' inward wires from Dubai, Muscat, Singapore, Male, Doha, Kuwait, Kuala Lumpur and
Manama in dirhams, Omani rials, Singapore dollars, US dollars, Qatari riyals, Kuwaiti dinars, ringgit and
Bahraini dinars, the centre's and the yard's own cash bills and receipts, the cull carrots sold by the tonne
as cattle feed and the potato smalls sold as is, the leno bag, seed potato, washing machine, cold room and
carton suppliers' tax invoices and bill of supply, the corporate net-banking transfers to the lorry service,
the pickup carriers, the soil lab, the reefer trucker, the washing centre's landlord, the air cargo agent, the
agronomist and the pump mechanic, the washers', harvest gangs', loaders' and member growers' vouchers and
their Zwitch payouts, Paytm and Google Pay payments, Kattabettu Village Panchayat's, Mettupalayam
Municipality's, the Tamil Nadu Pollution Control Board's, the Tamil Nadu Fire and Rescue Services', APEDA's,
the Plant Quarantine Directorate's, the Coimbatore Market Committee's and Legal Metrology's fee pages, the
insurers' premium receipts, card terminal slips, TNPDCL's power and the fibre, postpaid, gas and broadband
bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills
listed on an advice, supplier, arrival slip, lorry, vehicle, e-way bill, LR, AWB, assessment, licence,
application, RCMC, consignment, policy, proposal, cover note, service, consumer, beneficiary and record
numbers, bags, crates, cartons, kilos, tonnes, rates, rejection, weight shortage, commission and coolie cuts,
advances, TDS, GST and cess lines, INR values on the wires, rates applied, correspondent banks, sums insured,
limits, IDV, wages and turnovers declared, bill months, periods, due days, shipping bill days, GSTIN, IFSC,
UETR, senders' references, MID, TID, batch and trace numbers, short names, who created and who authorised and
the payer's own details carry no fact. ``Screen`` is heldout113's; the page frames (``browser_page``,
``mail_page``, ``paper_page``, ``phone_page``, ``slip_page``) heldout140's; ``outcome`` heldout119's; ``top``
heldout122's; ``fits``, ``place`` and ``fresh`` heldout123's; ``outcome_row`` heldout126's; ``wrap_pair``
heldout127's; ``seal`` heldout129's; ``money`` and ``masked`` heldout118's; ``fx`` and ``right`` heldout152's;
``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``code`` and ``digits`` heldout14's; ``words_in_rupees``
heldout82's; ``hhmm``, ``rupees`` and ``when`` heldout86's; the ranks of a transaction id heldout106's and
heldout116's; ``compose`` is heldout158's.
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

COMPANY = "Mukurthi Hill Growers Pvt Ltd"
COMPANY_CAPS = "MUKURTHI HILL GROWERS PVT LTD"
SHORT = "Mukurthi Hill Growers"
CENTRE = "Mukurthi Fresh Washing Centre"
YARD = "Mukurthi Fresh Dispatch Yard"
# unit, address, GST state code
UNITS = [
    ("Collection and washing centre", "Kotagiri Road, Kattabettu, The Nilgiris - 643214, Tamil Nadu", "33"),
    ("Cold room and dispatch yard", "14/2, Ooty Main Road, Mettupalayam - 641301, Tamil Nadu", "33"),
]
PATS_IN = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "{d} %B %Y", "%d-%b-%Y", "{d} %b %Y", "%d/%m/%y", "%b {d}, %Y"]
WIRE_PATS = ["%d %b %Y", "{d} %B %Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%B {d}, %Y", "%d.%m.%Y"]
BANKS = [
    "Indian Overseas Bank",
    "Karur Vysya Bank",
    "City Union Bank",
    "Tamil Nadu Grama Bank",
    "Indian Bank",
    "Canara Bank",
    "State Bank of India",
    "Tamilnad Mercantile Bank",
    "Federal Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Axis Bank",
]
IFSC = {
    "Indian Overseas Bank": "IOBA",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Tamil Nadu Grama Bank": "IDIB",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "Tamilnad Mercantile Bank": "TMBL",
    "Federal Bank": "FDRL",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "Indian Overseas Bank": "iob.in",
    "Karur Vysya Bank": "kvb.co.in",
    "City Union Bank": "cityunionbank.com",
    "Tamil Nadu Grama Bank": "tngb.co.in",
    "Indian Bank": "indianbank.in",
    "Canara Bank": "canarabank.com",
    "State Bank of India": "sbi.co.in",
    "Tamilnad Mercantile Bank": "tmb.in",
    "Federal Bank": "federalbank.co.in",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
}
# what the company sells: the produce, its unit, its price per unit (low, high)
PRODUCE = {
    "carrot": ("Ooty carrot - washed, grade A (50 kg bag)", "bag", 1150, 2650),
    "potato": ("Nilgiris potato - Kufri Jyoti, medium (45 kg bag)", "bag", 1050, 2150),
    "broccoli": ("Broccoli crowns - iced (10 kg crate)", "crate", 700, 1600),
    "lettuce": ("Iceberg lettuce - 12 heads a carton", "ctn", 360, 780),
    "zucchini": ("Zucchini green - 8 kg crate", "crate", 280, 640),
    "culls": ("Cull carrots - split and forked (cattle feed)", "tonne", 2600, 5200),
    "smalls": ("Potato smalls (goli) - sold as is (45 kg bag)", "bag", 320, 720),
}
PLURAL = {"bag": "bags", "crate": "crates", "ctn": "ctn", "tonne": "tonnes"}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Invoice to / Details of recipient / Buyer's name: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IOBA")
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


# ---------------------------------------------------------------- 1. hotels' and shops' UPI and pay pages


BUYER_APPS = ["Google Pay", "PhonePe", "Paytm", "Paykun", "KVB DLite", "super.money", "Zaakpay", "IndOASIS"]
SHOP_NOTES = [
    "Carrot 20 bags",
    "Broccoli 6 crates",
    "Potato lot 14",
    "Hotel veg order",
    "Lettuce 10 ctn",
    "Exotic veg - weekly",
    "Zucchini + capsicum",
    "Beans and carrot",
]
PAGE_ORDERS = [
    ("Hotel Blue Gum Residency, Coonoor", "Weekly exotic vegetables - broccoli, lettuce, zucchini"),
    ("Kovai Kalyana Caterers, Coimbatore", "Carrots and beans - wedding order, 40 bags"),
    ("Greenleaf Salad Bar, Bengaluru", "Iceberg lettuce - 30 cartons, air cargo"),
    ("Palakkad Fresh Mart", "Potatoes - 60 bags, Kufri Jyoti"),
]
BUYER_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "KVB DLite": ["UPI RRN", "RRN"],
    "super.money": ["UTR", "UPI Ref ID"],
    "IndOASIS": ["UPI Ref No.", "UTR No."],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hill hotels, caterers, vegetable shops and salad bars paying the yard, the centre or the company: six
    UPI app screens (Google Pay, PhonePe, Paytm, KVB DLite, super.money, IndOASIS: the outcome, then the payee
    block above the sum, the yard, its capitals, the centre, the company's capitals or its short name under
    Paid to / To / Sent to / Payment made to / Paying to, its UPI ID, a Name in bank records line on some, the
    sum large, a note, UTR / UPI Ref. No. / UPI Reference No. / UPI transaction ID / UPI Ref No. / UPI RRN /
    RRN / UPI Ref ID / UTR No., PhonePe's own Transaction ID, Google Pay's Google transaction ID, KVB DLite's
    DLite txn ref., super.money's super.money txn ID and IndOASIS's Indian Bank txn ref. on some, Paid using /
    Debited from / From / Paid from account, Date & time / Paid on / Completed on / Initiated on; Payment
    successful / Paid successfully / Payment made - money sent to the payee / Waiting for the payee's bank to
    confirm - check again in 15 minutes, do not pay again / Payment failed - the payee's bank did not accept
    the payment) and the sales desk's two payment pages (Paykun, Zaakpay: the yard, the company or its short
    name on top, an Order summary of Customer name / Bill to (customer) and Payment towards / Order for, the
    outcome, the sum large, Payment method / Paid via, Paykun's Paykun transaction ID, Merchant order No. and
    UTR or Auth code, Zaakpay's Zaakpay txn ID, Order ID and Bank RRN or Approval code, Paid on / Payment date
    / Date of payment; Payment successful / Transaction completed - receipt sent by SMS)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=300, high=42000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Paykun", "Zaakpay"):
        j.amount = rupees(rng, 8000, 185000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([YARD, COMPANY, SHORT])
        url = (
            f"checkout.paykun.com/pay/{code(rng, 12, ALNUM + LOWER)}"
            if app == "Paykun"
            else f"api.zaakpay.com/transact/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Nilgiris carrots, potatoes and exotic vegetables", "Ooty Main Road, Mettupalayam - 641301"]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("left", "Order summary")
        wrap_pair(p, rng.choice(["Customer name", "Bill to (customer)"]), who)
        wrap_pair(p, rng.choice(["Payment towards", "Order for"]), what)
        p.add("rule")
        outcome_row(
            p, status, {"success": ["Payment successful", "Transaction completed - receipt sent by SMS"]}
        )
        p.add("big", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Paykun":
                pid = f"PK{digits(rng, 14)}"
                p.pair("Paykun transaction ID", pid, txn=(TXN_RANK, pid))
                oid = f"MHG{j.date:%y%m%d}{digits(rng, 4)}"
                p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
            else:
                zid = f"ZP{code(rng, 10, ALNUM)}"
                p.pair("Zaakpay txn ID", zid, txn=(TXN_RANK, zid))
                oid = f"MFY-{digits(rng, 8)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UTR" if app == "Paykun" else "Bank RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code" if app == "Paykun" else "Approval code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by PayKun" if app == "Paykun" else "Secured by Zaakpay - a MobiKwik company")
        return p.done()
    to = rng.choice([YARD, YARD.upper(), CENTRE, COMPANY_CAPS, SHORT])
    handle = (
        f"mukurthifresh{rng.choice(['', '.yard', '643'])}@{rng.choice(['kvbank', 'iob', 'ybl', 'indianbk'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Payment made - money sent to the payee"],
            "pending": [
                "Waiting for the payee's bank to confirm - check again in 15 minutes, do not pay again"
            ],
            "failed": ["Payment failed - the payee's bank did not accept the payment"],
        },
    )
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Payment made to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "KVB DLite", "IndOASIS") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Name in bank records: {COMPANY_CAPS}")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.pair(rng.choice(["Note", "Remarks", "Message"]), rng.choice(SHOP_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app != "Paytm" and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
                "KVB DLite": ("DLite txn ref.", f"KVB{digits(rng, 14)}"),
                "super.money": ("super.money txn ID", f"SM{code(rng, 14, ALNUM)}"),
                "IndOASIS": ("Indian Bank txn ref.", f"IB{digits(rng, 15)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.pair(
        rng.choice(
            ["Paid using", "Debited from", "From", "Paid from account"] if status == "success" else ["From"]
        ),
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
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help with this payment?"]))
    return p.done()


# ---------------------------------------------------------------- 2. mandis', traders' and chains' advices


# payer, its mail, its desk's town, the produce it buys, the frame
PAYERS = [
    (
        "Sri Velavan Vegetable Mandi",
        "accounts@velavanmandi.in",
        "Koyambedu Market, Chennai",
        "carrot",
        "paper",
    ),
    (
        "Yeshwanthpur Fresh Traders LLP",
        "payables@ypfresh.in",
        "APMC Yard, Yeshwanthpur, Bengaluru",
        "potato",
        "mail",
    ),
    (
        "Malabar Hypermarkets Pvt Ltd",
        "vendorpay@malabarhyper.co.in",
        "Edappally, Kochi",
        "broccoli",
        "portal",
    ),
    (
        "Deccan Hotel Supplies Pvt Ltd",
        "ap@deccanhotelsupplies.com",
        "Begumpet, Hyderabad",
        "lettuce",
        "portal",
    ),
    ("Kovai Salad Kitchens LLP", "finance@kovaisalad.in", "R.S. Puram, Coimbatore", "zucchini", "mail"),
    (
        "Chalai Vegetable Wholesale Depot",
        "chalaiveg.tvm@gmail.com",
        "Chalai, Thiruvananthapuram",
        "carrot",
        "paper",
    ),
    (
        "Quickbasket Retail Pvt Ltd",
        "supplier.payments@quickbasket.in",
        "Guindy, Chennai",
        "broccoli",
        "portal",
    ),
    (
        "Chamundi Heritage Hotels Pvt Ltd",
        "accounts@chamundiheritage.in",
        "Nazarbad, Mysuru",
        "potato",
        "mail",
    ),
]
MANDIS = (0, 5)


def trader_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Koyambedu and Chalai vegetable mandis, a Yeshwanthpur trader, a Kochi hypermarket chain, a
    Hyderabad hotel supplier, a Coimbatore salad kitchen, a Chennai quick-commerce chain and a Mysuru hotel
    group paying for the carrots, potatoes, broccoli, lettuce and zucchini the company sent them: a payment
    advice e-mail, a printed GROWER SUPPLY - PAYMENT ADVICE / Intimation of payment to farm supplier /
    STATEMENT OF PAYMENT - PRODUCE SUPPLIED and a vendor portal page (the payer on top with its desk line,
    then the summary first: Beneficiary supplier / Payment in favour of / Supplier / payee / Remitted in
    favour of the company, the net sum Net transferred to supplier / Net settlement amount / Balance paid
    (net) (Net amount withheld on the hold, Net amount (bounced) / Amount sent back on the return), the
    outcome, then the details: Farm supplier ID / Supplier code and Arrival slip No. (no fact), the company's
    bills with their bags, crates or cartons and sums, Gross value of supplies / Total of bills, Less: TDS u/s
    194Q @ 0.1%, Less: Commission @ n% (the mandis'), Less: Rejection - soft and cracked, n kg @ rate / Less:
    Weight shortage at our yard - n kg @ rate / Less: Unloading coolie - n bags @ Rs n on some, Paid through /
    Payment mode NEFT / RTGS / IMPS, Beneficiary A/c No., UTR / NEFT UTR No. / RTGS UTR No. / IMPS Ref No. /
    IMPS RRN, Payment advice No. / Settlement ref. No., Settled on / Date of transfer / Payment date / Advice
    date / Withheld on / Bounced on / Returned on; Status: Settled - amount sent to your bank / Payment
    processed - funds transferred to supplier / On hold - rejection claim for the last load under review /
    Payment bounced - beneficiary IFSC not valid after bank merger)."""
    k = place("trader_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Payables <{mail}>",
            ["Payment advice", f"Payment to {SHORT}", "Settlement of your bills"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts - Payables', 'Purchase - Fruits and Vegetables', 'Finance & Accounts'])}, "
        f"{desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "GROWER SUPPLY - PAYMENT ADVICE",
                "Intimation of payment to farm supplier",
                "STATEMENT OF PAYMENT - PRODUCE SUPPLIED",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    # the bills, the cuts and the net are worked out first: the page prints the net at the top
    item, unit, lo, hi = PRODUCE[kind]
    bills = []
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(20, 240) if unit in ("bag", "crate") else rng.randrange(60, 600)
        value = round(qty * rng.randrange(lo, hi, 5), 2)
        gross += value
        bills.append((f"MHG/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {PLURAL[unit]}", value))
    gross = round(gross, 2)
    cuts = [("Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2))]
    if k in MANDIS:
        rate = rng.choice([6, 8, 10])
        cuts.append((f"Less: Commission @ {rate}%", round(gross * rate / 100, 2)))
    pick = rng.random()
    if pick < 0.3:
        kg = rng.randrange(40, 600)
        per = round(rng.uniform(12, 38), 2)
        cuts.append((f"Less: Rejection - soft and cracked, {kg} kg @ {per:.2f}", round(kg * per, 2)))
    elif pick < 0.5:
        kg = rng.randrange(30, 400)
        per = round(rng.uniform(14, 40), 2)
        cuts.append((f"Less: Weight shortage at our yard - {kg} kg @ {per:.2f}", round(kg * per, 2)))
    elif pick < 0.65:
        bags = rng.randrange(40, 300)
        per = rng.choice([4, 5, 6])
        cuts.append((f"Less: Unloading coolie - {bags} bags @ Rs {per}", float(bags * per)))
    j.amount = round(gross - sum(value for _, value in cuts), 2)
    payee = ours(rng)
    labels = ["Beneficiary supplier", "Payment in favour of", "Supplier / payee"] + (
        ["Remitted in favour of"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    lab = {
        "success": ["Net transferred to supplier", "Net settlement amount", "Balance paid (net)"],
        "pending": ["Net amount withheld"],
        "failed": ["Net amount (bounced)", "Amount sent back"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Settled - amount sent to your bank",
                "Payment processed - funds transferred to supplier",
            ],
            "pending": ["On hold - rejection claim for the last load under review"],
            "failed": ["Payment bounced - beneficiary IFSC not valid after bank merger"],
        },
    )
    p.add("rule")
    p.pair(
        rng.choice(["Farm supplier ID", "Supplier code"]),
        f"{rng.choice(['FS', 'MHG', 'NLG'])}{digits(rng, 5)}",
    )
    p.pair("Arrival slip No.", f"AS/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    p.add("left", rng.choice(["Bills settled", "Details of bills", "Your bills"]))
    for text, value in bills:
        p.pair(text, rs(value))
    p.pair(rng.choice(["Gross value of supplies", "Total of bills"]), rs(gross))
    for text, value in cuts:
        wrap_pair(p, text, rs(value))
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Paid through", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, "Beneficiary A/c No.", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), way)
            lab = {
                "IMPS": ["IMPS Ref No.", "IMPS RRN"],
                "RTGS": ["UTR", "RTGS UTR No."],
                "NEFT": ["UTR", "NEFT UTR No."],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'ST', '26'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment advice No.", "Settlement ref. No."]), doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Settled on", "Date of transfer", "Payment date"],
            "pending": ["Advice date", "Withheld on"],
            "failed": ["Bounced on", "Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Quote the advice number in all correspondence about this payment.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Aweer Fresh Produce LLC",
        "Al Aweer Central Market, Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        9000,
        185000,
    ),
    ("Ruwi Vegetable Trading LLC", "Muscat, Sultanate of Oman", "OMR", "Bank Muscat SAOG", 800, 17000),
    (
        "Pasir Panjang Greens Pte Ltd",
        "Pasir Panjang Wholesale Centre, Singapore",
        "SGD",
        "DBS Bank Ltd",
        3000,
        62000,
    ),
    ("Male Island Provisions Pvt Ltd", "Male, Maldives", "USD", "Bank of Maldives PLC", 2500, 46000),
    ("Al Wakra Fresh Foods WLL", "Doha, Qatar", "QAR", "Qatar National Bank QPSC", 9000, 165000),
    ("Shuwaikh Vegetable Co. WLL", "Shuwaikh, Kuwait", "KWD", "National Bank of Kuwait SAKP", 700, 14000),
    (
        "Selayang Sayur Borong Sdn Bhd",
        "Selayang, Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad",
        9000,
        185000,
    ),
    ("Manama Fresh Produce Co. WLL", "Manama, Bahrain", "BHD", "Bank of Bahrain and Kuwait BSC", 700, 14000),
]
WIRE_BANKS = [
    ("Indian Overseas Bank", "browser"),
    ("Karur Vysya Bank", "mail"),
    ("City Union Bank", "paper"),
    ("Indian Bank", "mail"),
    ("Canara Bank", "browser"),
    ("State Bank of India", "paper"),
    ("Federal Bank", "browser"),
    ("ICICI Bank", "mail"),
]
WIRE_RATES = {
    "AED": (23.3, 24.1),
    "OMR": (222.4, 231.2),
    "SGD": (64.1, 67.6),
    "USD": (85.6, 88.7),
    "QAR": (23.5, 24.4),
    "KWD": (278.5, 289.4),
    "MYR": (19.2, 20.5),
    "BHD": (227.1, 235.8),
}
CORRESPONDENT = {
    "USD": "Citibank NA, New York",
    "SGD": "Oversea-Chinese Banking Corporation Ltd, Singapore",
    "MYR": "CIMB Bank Berhad, Kuala Lumpur",
}
# what went by sea (a reefer container) and what by air
SHIPPED = {
    "sea": [
        "Fresh carrots, washed (HS 0706 10) - 1 x 40 ft reefer",
        "Potatoes, fresh (HS 0701 90) - 26 MT",
        "Carrots and potatoes - 1 x 20 ft reefer",
    ],
    "air": [
        "Broccoli and iceberg lettuce (HS 0704 / 0705) - air cargo",
        "English vegetables, mixed - 3 air cargo lots",
        "Zucchini and baby carrots (HS 0709 / 0706) - air cargo",
    ],
}
AIR = ("SGD", "USD", "MYR")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars; the dinars and the Omani rial with three
    places (OMR, KWD or KD, BHD or BD before the figure); dirhams, riyals and Singapore dollars by their code
    (or S$) before the figure or the code after it; ringgit by RM or MYR."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur in ("OMR", "KWD", "BHD"):
        mark = rng.choice({"OMR": ["OMR "], "KWD": ["KWD ", "KD "], "BHD": ["BHD ", "BD "]}[cur])

        def show_three(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return show_three
    if cur == "MYR":
        mark = rng.choice(["RM ", "MYR "])
    elif cur == "SGD":
        mark = rng.choice(["SGD ", "S$"])
    else:
        mark = f"{cur} "
    after = cur in ("AED", "QAR") and rng.random() < 0.35

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in the Emirates, Oman, Singapore, the Maldives, Qatar, Kuwait, Malaysia and Bahrain paying
    for carrots, potatoes, broccoli, lettuce and zucchini: the banks' inward remittance advices (browser,
    e-mail, printed CREDIT ADVICE - EXPORT PROCEEDS RECEIVED / Inward remittance credited - exporter's advice
    / Realisation note - foreign inward remittance: the bank on top with its forex desk, the parties first,
    the remitter before the beneficiary, Remitter (overseas buyer) / By order of / Remitter (the importer
    abroad), Ordering institution / Remitter's bank, Correspondent bank on some, Beneficiary name / Payee
    (exporter) / Beneficiary (our customer) the company, Beneficiary A/c, then Remittance amount (foreign
    currency) / FC amount received / Amount received (FCY) in AED, OMR, SGD, USD, QAR, KWD, MYR or BHD,
    Details of charges, Rate applied (TT buying), INR value, Less: Commission and GST, Amount credited (INR),
    Purpose code, Description of goods, Export invoice No., Shipping bill No. and Shipping bill date or AWB
    No., Mode, Sender's reference, IRM No. / Inward remittance ref. / Transaction reference (IRM), UETR, Value
    date / Funds credited on / Date of credit / Received on / Under scrutiny since / Refunded on / Returned
    on, and the outcome last; Funds credited to exporter's account - IRM generated on EDPMS / Status: Realised
    - credited, e-BRC can be generated / Under scrutiny - remitter's details and invoice copy awaited, credit
    on receipt / Refunded to ordering bank - credit to this account not permitted)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
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
            f"{bank} Forex <forex.coimbatore@{slug(bank)}>",
            ["Export proceeds credited", "Inward remittance - credit advice", "Your inward remittance"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/irm/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Mettupalayam Branch, Ooty Main Road",
                "Trade Finance Centre, Avinashi Road, Coimbatore",
                "AD Branch, Commercial Road, Udhagamandalam",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - EXPORT PROCEEDS RECEIVED",
                "Inward remittance credited - exporter's advice",
                "Realisation note - foreign inward remittance",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Remitter (overseas buyer)", "By order of", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Ordering institution", "Remitter's bank"]), pbank)
    if cur in CORRESPONDENT and rng.random() < 0.7:
        wrap_pair(p, "Correspondent bank", CORRESPONDENT[cur])
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee (exporter)", "Beneficiary (our customer)"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.add("rule")
    p.pair(
        rng.choice(["Remittance amount (foreign currency)", "FC amount received", "Amount received (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Details of charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied (TT buying)", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR value", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Commission and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED["air" if cur in AIR else "sea"]))
    p.pair("Export invoice No.", f"MHG/EXP/{rng.randrange(1, 220):03d}/{fy(j.date)}")
    if cur in AIR:
        p.pair("AWB No.", f"{rng.choice(['098', '618', '125'])}-{digits(rng, 8)}")
    elif not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 8, 45), rng.choice(WIRE_PATS)))
    p.pair(
        "Mode", rng.choice(["SWIFT MT103", "SWIFT - single customer credit transfer"]), method="netbanking"
    )
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["IRM No.", "Inward remittance ref.", "Transaction reference (IRM)"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.6:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Funds credited on", "Date of credit"],
            "pending": ["Received on", "Under scrutiny since"],
            "failed": ["Refunded on", "Returned on"],
        }[status],
        WIRE_PATS,
    )
    p.add("rule")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Funds credited to exporter's account - IRM generated on EDPMS",
                "Status: Realised - credited, e-BRC can be generated",
            ],
            "pending": ["Under scrutiny - remitter's details and invoice copy awaited, credit on receipt"],
            "failed": ["Refunded to ordering bank - credit to this account not permitted"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "Link the IRM to the shipping bill on EDPMS within the period allowed for realisation of exports.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the centre's and the yard's receipts


# the party, the way it paid, the unit (centre, yard, or the accounts desk's mail), the produce
SALES = [
    ("Hotel Blue Gum Residency, Coonoor", "UPI", "centre", "carrot"),
    ("Sri Murugan Vegetable Stores, Kotagiri", "cash", "centre", "potato"),
    ("Kovai Kalyana Caterers, Coimbatore", "NEFT", "mail", "broccoli"),
    ("Nanjundan Dairy Farm, Karamadai", "cash", "yard", "culls"),
    ("Mettupalayam Chips Works", "cheque", "yard", "smalls"),
    ("Mrs. Lakshmi Rangan, Ooty", "card", "centre", "lettuce"),
    ("Annur Vegetable Commission Mandi", "cheque", "yard", "potato"),
    ("Greenleaf Salad Bar, Bengaluru", "UPI", "mail", "zucchini"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The washing centre's own CASH BILL - WASHING CENTRE / RECEIPT - COLLECTION CENTRE SALE to a Coonoor
    hotel, a Kotagiri vegetable shop and an Ooty household, the dispatch yard's PAYMENT RECEIPT - DISPATCH
    YARD / CASH BILL - YARD SALE to a chips maker and a commission mandi, its RECEIPT - CULL CARROTS (CATTLE
    FEED) to a dairy farm buying split and forked carrots by the tonne and its RECEIPT - POTATO SMALLS (AS IS)
    to the chips maker (paper: the centre, the yard or the company on top with its line, address and GSTIN;
    the party first, Buyer / Sold to (party) / Received from (no fact), then Receipt No. / Bill No. / Cash
    bill No., Date / Bill date / Receipt date, the bags, crates, cartons or tonnes x rate (fresh vegetables
    carry no GST), Bill amount / Total / Net bill, Received in cash / Cash paid by customer / Collected by UPI
    / UPI amount received / Paid by card (swipe) / Card amount / Cheque tendered for / Amount of cheque, Mode
    / Mode of payment, UPI Ref. No. / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS /
    PAID / RECEIVED - LOAD HANDED OVER AT CENTRE / RECEIVED - LOAD DISPATCHED / PAID - CULLS LIFTED, NO CLAIM
    / PAID - SMALLS SOLD AS IS / CHEQUE ACCEPTED - LOAD RELEASED ONLY ON CLEARANCE / CHEQUE RETURNED UNPAID -
    LOAD STOPPED, PAY AFRESH, the rubber stamp) and two of the accounts desk's acknowledgement e-mails (a
    caterer's Advance received / Advance against weekly supply with the Balance payable on delivery / Balance
    due and UTR, a salad bar's zucchini by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@mukurthihill.in>",
            [
                "Payment received - thank you",
                "Receipt for your payment",
                "Acknowledgement - Mukurthi Hill Growers",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Grower company, Kattabettu, Kotagiri  |  Accounts desk")
        p.add("center", "Acknowledgement of receipt")
        p.add("rule")
        p.part = "body"
    else:
        centre = unit == "centre"
        me = rng.choice([CENTRE, CENTRE.upper()] if centre else [YARD, YARD.upper(), COMPANY])
        where = UNITS[0] if centre else UNITS[1]
        if centre:
            kinds = ["CASH BILL - WASHING CENTRE", "RECEIPT - COLLECTION CENTRE SALE"]
        else:
            kinds = {
                "culls": ["RECEIPT - CULL CARROTS (CATTLE FEED)", "CASH BILL - YARD SALE"],
                "smalls": ["RECEIPT - POTATO SMALLS (AS IS)", "CASH BILL - YARD SALE"],
            }.get(kind, ["PAYMENT RECEIPT - DISPATCH YARD", "CASH BILL - YARD SALE"])
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Carrots | Potatoes | Exotic vegetables - grower company",
            where[1],
            where[2],
            kinds,
        )
    wrap_pair(p, rng.choice(["Buyer", "Sold to (party)", "Received from"]), party)
    if not j.no_ref:
        heads = {"centre": ["KWC", "CB"], "yard": ["MDY", "RC"], "mail": ["MHG", "AR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Bill No.", "Cash bill No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Bill date", "Receipt date"], PATS_IN)
    advance = k == 2
    item, per, lo, hi = PRODUCE[kind]
    if kind == "culls":
        qty = round(rng.uniform(2, 14), 2)
        rate = float(rng.randrange(lo, hi, 50))
        bill = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {qty:.2f} tonne x {rate:,.2f}", rs(bill))
    else:
        qty = {"bag": rng.randrange(4, 60), "crate": rng.randrange(3, 40), "ctn": rng.randrange(5, 50)}[per]
        if advance:
            qty = rng.randrange(120, 380)
        rate = float(rng.randrange(lo, hi, 5))
        bill = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {qty} {PLURAL[per]} x {rate:,.2f}", rs(bill))
    p.pair(rng.choice(["Bill amount", "Total", "Net bill"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque tendered for", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance against weekly supply"])
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Cash paid by customer"]),
            "UPI": rng.choice(["Collected by UPI", "UPI amount received"]),
            "card": rng.choice(["Paid by card (swipe)", "Card amount"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(rng.choice(["Balance payable on delivery", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -7, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "culls":
        words.append("PAID - CULLS LIFTED, NO CLAIM")
    elif kind == "smalls":
        words.append("PAID - SMALLS SOLD AS IS")
    elif unit == "centre":
        words.append("RECEIVED - LOAD HANDED OVER AT CENTRE")
    elif not advance:
        words.append("RECEIVED - LOAD DISPATCHED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE ACCEPTED - LOAD RELEASED ONLY ON CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - LOAD STOPPED, PAY AFRESH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Culls and smalls are sold as is, without claim."
        if kind in ("culls", "smalls")
        else "Produce once weighed out is not taken back. Cheques subject to realisation.",
    )
    if unit != "mail":
        right(p, f"For {CENTRE if unit == 'centre' else YARD} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "MUKURTHI FRESH WASHING CENTRE" if unit == "centre" else "MUKURTHI FRESH DISPATCH YARD",
            "KATTABETTU, KOTAGIRI" if unit == "centre" else "OOTY MAIN ROAD, METTUPALAYAM",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. bags, seed potato, washers, cold rooms


SUPPLIERS = [
    (
        "Karamadai Leno Bags & Sacks",
        "Leno mesh bags | Jute sacks | Twine",
        "Karamadai Road, Mettupalayam - 641104, Tamil Nadu",
        "33",
        "KLB",
    ),
    (
        "Kartarpur Seed Potato Growers",
        "Certified seed potato - Kufri Jyoti, Kufri Himalini",
        "G.T. Road, Kartarpur, Jalandhar - 144801, Punjab",
        "03",
        "KSP",
    ),
    (
        "Ganapathy Agro Engineering Works",
        "Carrot washing machines | Brush washers | Conveyors",
        "SIDCO Industrial Estate, Kurichi, Coimbatore - 641021, Tamil Nadu",
        "33",
        "GAE",
    ),
    (
        "Peelamedu Cold Chain Systems",
        "Cold rooms | Refrigeration service | Insulated panels",
        "Avinashi Road, Peelamedu, Coimbatore - 641004, Tamil Nadu",
        "33",
        "PCC",
    ),
    (
        "Kavundampalayam Corrugated Boxes",
        "5-ply vegetable cartons | Crate liners | Dividers",
        "Mettupalayam Road, Kavundampalayam, Coimbatore - 641030, Tamil Nadu",
        "33",
        "KCB",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KLB": [
        ("Leno mesh bag 50 kg - red", "6305", "pcs", 7.5, 12.5, 5, 2000, 20000),
        ("Leno mesh bag 25 kg - orange", "6305", "pcs", 4.5, 8.5, 5, 2000, 16000),
        ("Jute gunny bag - B twill", "6305", "pcs", 48, 72, 5, 200, 2000),
    ],
    "KSP": [
        ("Seed potato - Kufri Jyoti, certified (50 kg)", "0701", "bags", 1800, 2900, 0, 40, 300),
        ("Seed potato - Kufri Himalini, foundation (50 kg)", "0701", "bags", 2400, 3600, 0, 20, 150),
    ],
    "GAE": [
        ("Carrot brush washer - SS 304, 3 HP", "8433", "nos", 185000, 260000, 18, 1, 2),
        ("Roller conveyor - 6 m", "8428", "nos", 42000, 68000, 18, 1, 3),
        ("Service visit - brush replacement", "998717", "job", 3500, 9000, 18, 1, 3),
    ],
    "PCC": [
        ("Cold room AMC - quarterly visit", "998719", "job", 12000, 28000, 18, 1, 2),
        ("Compressor gas charging - R404A", "998719", "job", 6500, 14000, 18, 1, 2),
        ("PUF insulated panel 80 mm", "3925", "sq m", 1900, 2700, 18, 10, 60),
    ],
    "KCB": [
        ("5-ply vegetable carton 600 x 400 x 300", "4819", "pcs", 42, 68, 18, 500, 5000),
        ("Crate liner - perforated LDPE", "3923", "pcs", 3.5, 7.5, 18, 1000, 8000),
    ],
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 1, 2]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "-", "NEFT", "-", "UPI", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Karamadai leno bag and sack dealer, the Kartarpur seed potato growers, the Coimbatore washing
    machine works, the Peelamedu cold room firm and the Kavundampalayam carton maker billing the company
    (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE (ORIGINAL - RECIPIENT) / GST TAX
    INVOICE - B2B SUPPLY / INVOICE - GOODS AND SERVICES, or BILL OF SUPPLY (EXEMPT GOODS) for the seed potato,
    Invoice No. / Bill No. / Invoice serial No. / Bill of supply No., Invoice date / Date of invoice / Dated,
    Invoice to / Details of recipient / Buyer's name the company, Delivery at the centre or the yard, Place of
    supply, E-way bill No., Transporter and LR No. or Vehicle No., the bags, sacks, seed potato, washers,
    conveyors, service visits, panels, cartons or liners with HSN or SAC, pcs, bags, nos, jobs or sq m x rate,
    Taxable value (Value of exempt goods on the bill of supply), CGST and SGST or IGST @ 5% or 18%, Round off,
    Invoice total / Bill total, Less: Advance paid against quotation and Balance received through NEFT / RTGS
    on some, else Payment received by NEFT / RTGS / Received vide NEFT / RTGS / UPI received / Amount received
    by UPI with UTR No. / UTR / UPI Ref No. / UPI RRN, or Cheque lodged for / Cheque value with Cheque No.;
    PAID IN FULL - THANK YOU / RECEIVED BY NEFT / RTGS / UPI - NO DUES / PAID / CHEQUE UNDER CLEARING -
    RECEIPT SUBJECT TO CREDIT / CHEQUE RETURNED - SIGNATURE DIFFERS, BILL OUTSTANDING, in the supplier's
    rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    exempt = tag == "KSP"
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["BILL OF SUPPLY (EXEMPT GOODS)"]
        if exempt
        else [
            "TAX INVOICE (ORIGINAL - RECIPIENT)",
            "GST TAX INVOICE - B2B SUPPLY",
            "INVOICE - GOODS AND SERVICES",
        ],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        labels = (
            ["Bill of supply No.", "Bill No."]
            if exempt
            else ["Invoice No.", "Bill No.", "Invoice serial No."]
        )
        p.pair(rng.choice(labels), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date of invoice", "Dated"], PATS_IN)
    ours_to(p, ["Invoice to", "Details of recipient", "Buyer's name"])
    at = CENTRE if tag in ("GAE", "KLB", "KSP") else YARD
    wrap_pair(p, "Delivery at", f"{at}, {'Kattabettu' if at == CENTRE else 'Mettupalayam'}")
    p.pair("Place of supply", "Tamil Nadu (33)")
    if not exempt:
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("KSP", "GAE"):
        p.pair("Transporter", rng.choice(["Doaba Roadways", "Kongu Parcel Service"]))
        p.pair("LR No.", f"{rng.choice(['DRW', 'KPS'])}/{digits(rng, 5)}")
    else:
        p.pair("Vehicle No.", f"TN-{rng.choice(['40', '37', '66'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = max(gst_rate, g) if g else 0
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    if exempt:
        p.pair("Value of exempt goods", rs(taxable))
        total = float(round(taxable))
        if abs(total - taxable) >= 0.01:
            p.pair("Round off", f"{total - taxable:+.2f}")
        p.pair("Bill total", rs(total))
    else:
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, gst_rate, state != "33")
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
        adv = float(round(total * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid against quotation", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque lodged for", "Cheque value"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received through {way}"
        elif way == "UPI":
            lab = rng.choice(["UPI received", "Amount received by UPI"])
        else:
            lab = rng.choice([f"Payment received by {way}", f"Received vide {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID IN FULL - THANK YOU", f"RECEIVED BY {way} - NO DUES", "PAID"]),
        "pending": "CHEQUE UNDER CLEARING - RECEIPT SUBJECT TO CREDIT",
        "failed": "CHEQUE RETURNED - SIGNATURE DIFFERS, BILL OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Sri Ganesh Lorry Service", "Freight Mettupalayam-Koyambedu - 4 loads of carrots", 18000, 76000),
    ("Coonoor Ghat Pickup Carriers", "Kattabettu to Mettupalayam yard - 22 pickup trips", 9000, 42000),
    ("Nilgiri Soil & Leaf Testing Lab", "Soil tests - 36 member farms, NPK and pH", 8000, 36000),
    ("Kovai Reefer Logistics Pvt Ltd", "Reefer truck to Kochi - broccoli and lettuce, 2 trips", 26000, 98000),
    ("Mr. K. Bellie Gowder", "Rent - washing centre land and shed, 3 months", 30000, 90000),
    ("Coimbatore Air Cargo Agents", "Airport handling and clearing - Singapore air lot", 14000, 65000),
    ("Dr. S. Hari Prasad", "Agronomist visits - broccoli and lettuce blocks, 6 days", 12000, 48000),
    ("Sholur Borewell & Pump Services", "Pump repair and pipeline - washing tank", 7000, 38000),
]
CORP_PORTALS = [
    ("TMB Corporate Net Banking", "Tamilnad Mercantile Bank", "corporate.tmbnet.in/txn/enquiry"),
    ("KVB Corporate Internet Banking", "Karur Vysya Bank", "cib.kvb.co.in/fundstransfer/view"),
    ("IOB Corporate Internet Banking", "Indian Overseas Bank", "corporate.iobnet.co.in/payments/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its lorry service, the ghat road pickup carriers, the soil lab, the reefer trucker,
    the washing centre's landlord, the air cargo agent, the agronomist and the pump mechanic: corporate net
    banking's transaction pages (TMB Corporate Net Banking, KVB Corporate Internet Banking, IOB Corporate
    Internet Banking: the portal on top and the bank's line, Transaction details / Fund transfer - status, the
    rows in two blocks, Debit details (From account the company, Transaction amount / Remittance amount /
    Transaction value (INR), Transfer type / Payment type NEFT / RTGS / IMPS, Narration / Remarks) and Credit
    details (Beneficiary name / Name of payee / Transfer in favour of, Payee short name, Beneficiary A/c and
    IFSC), UTR / UTR No. / IMPS Ref No., Bank reference No. / Host reference No., Created by / Authorised by,
    Transfer date / Debited on / Value date / Created on / Pending since / Returned on / Date returned, and
    the outcome last; Funds transfer successful - credited to payee account / Status: Executed - UTR received
    / Pending at checker - transaction not yet released to bank / Returned by beneficiary bank - account
    dormant, amount reversed)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(4,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payments', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Debit details")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transaction amount", "Remittance amount", "Transaction value (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Transfer type", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.add("left", "Credit details")
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Name of payee", "Transfer in favour of"]), who, merchant=who
    )
    if rng.random() < 0.5:
        p.pair("Payee short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "MTP")
    ben = rng.choice(BANKS[:9])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    p.add("rule")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 13)}"
        p.pair(rng.choice(["Bank reference No.", "Host reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Created by / Authorised by", f"MHGACC2 / {'-' if status == 'pending' else 'MHGDIR1'}")
    date_row(
        p,
        j,
        {
            "success": ["Transfer date", "Debited on", "Value date"],
            "pending": ["Created on", "Pending since"],
            "failed": ["Returned on", "Date returned"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Funds transfer successful - credited to payee account",
                "Status: Executed - UTR received",
            ],
            "pending": ["Pending at checker - transaction not yet released to bank"],
            "failed": ["Returned by beneficiary bank - account dormant, amount reversed"],
        },
    )
    p.part = "foot"
    p.add("small", "A returned transfer is credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 7. washers, gangs, loaders and growers


# payee, role, kind
WORKERS = [
    ("Selvi Murugan", "Carrot washer - brush washer line", "wash"),
    ("K. Rangan", "Gang maistry - carrot harvest, Thuneri", "harvest"),
    ("H. Bellie Gowder", "Member grower - Thuneri village", "grower"),
    ("Mariammal P.", "Potato grader", "grade"),
    ("S. Ravi Kumar", "Lorry loader - dispatch yard", "load"),
    ("B. Nanjan", "Member grower - Kadanad village", "grower"),
    ("Lakshmi Bojan", "Broccoli trimmer and packer", "pack"),
    ("V. Arumugam", "Pickup driver - ghat trips", "trip"),
]
WORK_FRAMES = ["paper", "paper", "zwitch", "paytm", "paper", "paper", "zwitch", "gpay"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "wash": (
        ["CARROT WASHING WAGES - PER BAG", "WASHING SHED PIECE RATE VOUCHER"],
        ["Name of washer", "Paid to (washer)"],
        "Bags washed and filled: {q} x {rate}",
        (6, 11),
        (180, 900),
        ["Net wages paid out", "Amount handed to washer"],
    ),
    "harvest": (
        ["HARVEST GANG VOUCHER - PER BAG PULLED", "CARROT PULLING CHARGES - GANG"],
        ["Gang maistry", "Paid to (maistry)"],
        "Bags pulled and topped: {q} x {rate}",
        (14, 24),
        (120, 700),
        ["Net paid to gang", "Net wages paid out"],
    ),
    "grower": (
        ["MEMBER GROWER PRODUCE PAYMENT SLIP", "PRODUCE PURCHASE BILL - MEMBER FARMER"],
        ["Member grower", "Paid to (member)"],
        "Carrots received (washed weight): {q} kg x {rate}",
        (18, 42),
        (300, 2800),
        ["Net paid to member", "Net produce value paid"],
    ),
    "load": (
        ["LORRY LOADING COOLIE VOUCHER", "YARD LOADING WAGES - PER BAG"],
        ["Loader (coolie)", "Paid to (loader)"],
        "Bags loaded on lorries: {q} x {rate}",
        (3, 6),
        (400, 2400),
        ["Coolie paid", "Amount handed to loader"],
    ),
}


def grower_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its carrot washers by the bag, its harvest gangs' maistries by the bag pulled, its
    yard loaders by the bag loaded and its member growers for their carrots by the kilo: its printed CARROT
    WASHING WAGES - PER BAG / WASHING SHED PIECE RATE VOUCHER / HARVEST GANG VOUCHER - PER BAG PULLED / CARROT
    PULLING CHARGES - GANG / LORRY LOADING COOLIE VOUCHER / YARD LOADING WAGES - PER BAG / MEMBER GROWER
    PRODUCE PAYMENT SLIP / PRODUCE PURCHASE BILL - MEMBER FARMER (the company on top with the centre's or the
    yard's line, Voucher No. / Slip No., Date / Voucher date, Name of washer / Paid to (washer) / Gang maistry
    / Paid to (maistry) / Loader (coolie) / Paid to (loader) / Member grower / Paid to (member), Role, Member
    No. / Worker No. and Village (no fact), the bags or kilos x rate, Add: Night shift allowance / Add: Rain
    day allowance / Add: Sunday loading allowance / Add: Grade A premium, Gross amount due, Less: Rejected at
    washing - n kg @ rate / Less: Seed and input advance recovered / Less: Advance recovered, Net wages paid
    out / Amount handed to washer / Net paid to gang / Coolie paid / Amount handed to loader / Net paid to
    member / Net produce value paid, Mode Cash / UPI / IMPS / NEFT, UPI Ref. No. / IMPS Ref No. / UTR; PAID /
    PAID IN CASH AT CENTRE / PAID - MAISTRY RECEIVED FOR THE GANG / PAID - COOLIE RECEIVED / PAID - MEMBER
    SIGNED THE SLIP), Zwitch payout pages for a member grower and a broccoli packer (Zwitch on top and Payouts
    | the company under it, the sum large, Beneficiary name / Transfer to, Beneficiary ID, Bank account / VPA,
    Transfer mode, Purpose, Zwitch transfer ID, UTR, Merchant reference ID, Credited on / Processed on /
    Initiated on / Failed on; Payout successful - amount credited to account / Status: CREDITED / Initiated -
    awaiting bank acknowledgement, do not resend / Payout failed - beneficiary account is frozen, amount back
    in wallet), a Paytm screen paying a potato grader and a Google Pay screen paying the pickup driver."""
    k = place("grower_pay")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=900, high=24000, p_round=0.9)
    who, role, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "zwitch":
        j.amount = rupees(rng, 6000, 48000, 0.6) if kind == "grower" else rupees(rng, 2500, 16000, 0.6)
        tid = f"ZWT{digits(rng, 15)}"
        p = browser_page(rng, font, "dashboard.zwitch.io/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
        p.part = "head"
        top(p, "Zwitch")
        p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Payout successful - amount credited to account", "Status: CREDITED"],
                "pending": ["Initiated - awaiting bank acknowledgement, do not resend"],
                "failed": ["Payout failed - beneficiary account is frozen, amount back in wallet"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Transfer to"]), who, merchant=who)
        p.pair("Beneficiary ID", f"ben_{code(rng, 12, ALNUM + LOWER)}")
        way = "IMPS" if kind == "grower" else rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account / VPA",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@okaxis",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Purpose",
            rng.choice(["Carrot payment - fortnight", "Produce value - week 3"])
            if kind == "grower"
            else rng.choice(["Packing wages - weekly", "Broccoli trimming piece rate"]),
        )
        if not j.no_ref:
            p.pair("Zwitch transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"MHG-{kind[:3].upper()}-{digits(rng, 6)}"
            p.pair("Merchant reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Credited on", "Processed on"],
                "pending": ["Initiated on"],
                "failed": ["Failed on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "A failed payout is returned to the payout wallet within one working day.")
        return p.done()
    if frame in ("paytm", "gpay"):
        j.amount = rupees(rng, 900, 12000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Paytm" if frame == "paytm" else "Google Pay")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['paytm', 'okaxis', 'oksbi', 'kvb'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Grading 240 bags", "Potato grading wages"])
            if frame == "paytm"
            else rng.choice(["Ghat trips - 9", "Pickup trips week 2"]),
        )
        if not j.no_ref:
            if frame == "paytm":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Reference No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Karur Vysya Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    centre = kind in ("wash", "harvest", "grower")
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{CENTRE if centre else YARD} - {'Kattabettu' if centre else 'Mettupalayam'}",
        UNITS[0][1] if centre else UNITS[1][1],
        "33",
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}V/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Role", role)
    if kind == "grower":
        p.pair("Member No.", f"MHG-M-{rng.randrange(10, 640):04d}")
        p.pair("Village", role.split(" - ")[-1].replace(" village", ""))
    else:
        p.pair("Worker No.", f"W-{rng.randrange(10, 380):03d}")
    if kind == "grower":
        rate = round(rng.uniform(rlo, rhi), 2)
    else:
        rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 500]))
        if kind == "grower":
            extra = float(round(q * rng.choice([1, 1.5, 2])))
        p.pair(
            {
                "wash": "Add: Night shift allowance",
                "harvest": "Add: Rain day allowance",
                "load": "Add: Sunday loading allowance",
                "grower": "Add: Grade A premium",
            }[kind],
            rs(extra),
        )
        gross = round(gross + extra, 2)
    p.pair("Gross amount due", rs(gross))
    cut = 0.0
    if kind == "grower" and rng.random() < 0.6:
        kg = rng.randrange(20, 240)
        cut = round(kg * rate, 2)
        wrap_pair(p, f"Less: Rejected at washing - {kg} kg @ {rate:,.2f}", rs(cut))
    if kind == "grower" and rng.random() < 0.5:
        adv = float(rng.choice([2000, 3500, 5000]))
        p.pair("Less: Seed and input advance recovered", rs(adv))
        cut += adv
    elif kind != "grower" and gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([300, 500, 1000]))
        p.pair("Less: Advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    if kind == "grower":
        way = "NEFT" if j.amount > 60000 else rng.choice(["NEFT", "UPI"])
    else:
        way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        "Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        if way == "NEFT":
            ref = bank_ref(rng, j, rng.choice(BANKS[:3]), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH AT CENTRE" if centre else "PAID - COOLIE RECEIVED")
    if kind == "harvest":
        words.append("PAID - MAISTRY RECEIVED FOR THE GANG")
    if kind == "grower":
        words.append("PAID - MEMBER SIGNED THE SLIP")
    if kind == "load":
        words.append("PAID - COOLIE RECEIVED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of payee")
    return p.done()


# ---------------------------------------------------------------- 8. panchayat, municipality, TNPCB, ...


FEE_FRAMES = ["panchayat", "municipality", "consent", "fire", "apeda", "quarantine", "market", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a hill washing centre and a plains cold room and yard: Kattabettu Village Panchayat's
    property tax page (the panchayat on top and the Kotagiri Panchayat Union line, Name of assessee,
    Assessment No., Ward, Property tax 2026-27 (first half), Library cess and Water charges, Total tax paid /
    Amount paid, Total amount / Amount on the failed one, Transaction ID, Bank Ref No., Receipt No.;
    Transaction unsuccessful - tax not remitted to panchayat account), Mettupalayam Municipality's trade
    licence page (the Municipality on top and the TN Urban e-Pay line, Name of trader, Trade, Licence No.,
    Trade licence fee 2026-27, Advertisement board fee, Total amount paid / Amount paid, Transaction ID, Bank
    Ref No., Receipt No.), the Tamil Nadu Pollution Control Board's consent fee (the Board on top and the
    OCMMS line, Name of the unit, Category, Application No., the Water and Air Act fees, Total fee paid /
    Consent fee remitted, Transaction ref. No., Bank Ref No.), the Tamil Nadu Fire and Rescue Services'
    licence renewal (the Services on top and the Directorate line, Name of occupier, Premises, Application
    No., Fire licence renewal fee, Inspection charges, Total amount paid / Amount paid, Amount / Total amount
    on the page not yet confirmed, Transaction ID; Payment status awaited from treasury (IFHRMS) - do not pay
    again), APEDA's RCMC renewal (APEDA or the Agricultural and Processed Food Products Export Development
    Authority on top and the Ministry line, Name of the exporter, RCMC No., the renewal fee, GST @ 18%, Total
    amount paid / Total paid, Payment ID, Receipt No.), the Directorate of Plant Protection, Quarantine &
    Storage's phytosanitary certificate fee (the Directorate or DPPQS on top and the Plant Quarantine Station,
    Chennai line, Name of exporter, Consignment, No. of consignments, Phytosanitary certificate fee,
    Inspection fee, Total fee paid / Amount paid, Transaction ID, Bank Ref No.), the Coimbatore Market
    Committee's market fee (the Committee on top and the Tamil Nadu State Agricultural Marketing Board line,
    Name of licensee, Licence No., Notified produce, Purchase value, Market fee @ 1%, Licence renewal fee,
    Total amount paid / Amount remitted, Transaction ID, Receipt No.) and Legal Metrology's verification fee
    (the Controller of Legal Metrology, Tamil Nadu / Legal Metrology Department, Tamil Nadu on top and the
    Labour Department line, Name of user, the weighbridge's and the platform scales' fees, Total fee paid /
    Amount paid, Transaction ID); Payment successful / Challan remitted - e-receipt issued / Amount credited
    to the department - receipt ready / Transaction successful - acknowledgement generated, Payment date /
    Date of payment / Receipt date / Date of remittance / Initiated on / Transaction date / Attempted on."""
    k = place("govt_fees")
    status = outcome(k, failed=(0,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Challan remitted - e-receipt issued",
        "Amount credited to the department - receipt ready",
        "Transaction successful - acknowledgement generated",
    ]
    paid_days = ["Payment date", "Date of payment", "Receipt date", "Date of remittance"]
    if frame == "panchayat":
        p = browser_page(rng, font, f"vptax.tnrd.tn.gov.in/onlinepayment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Kattabettu Village Panchayat", "KATTABETTU VILLAGE PANCHAYAT"])
        top(p, name, merchant=name)
        p.add("small", "Kotagiri Panchayat Union, The Nilgiris District  |  Property tax - online")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction unsuccessful - tax not remitted to panchayat account"]},
        )
        wrap_pair(p, "Name of assessee", f"{CENTRE} ({firm})")
        p.pair("Assessment No.", f"KTB/{rng.randrange(1, 12):02d}/{digits(rng, 4)}")
        p.pair("Ward", rng.choice(["Ward No. 3 (Kattabettu)", "Ward No. 5 (Kotagiri Road)"]))
        half = "first half" if 4 <= j.date.month <= 9 else "second half"
        heads = [
            (f"Property tax 20{fy(j.date)} ({half})", 3800.0, 9600.0),
            ("Library cess", 380.0, 960.0),
            ("Water charges", 600.0, 1800.0),
        ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total tax paid", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"VPT{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"PT/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            paid_days[:2] if status == "success" else ["Transaction date", "Attempted on"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt and needs no signature."
            if status == "success"
            else "If your account was debited, the bank will credit it back in 5-7 working days."
        )
    elif frame == "municipality":
        p = browser_page(rng, font, f"tnurbanepay.tn.gov.in/TradeLicence/Receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Mettupalayam Municipality", "METTUPALAYAM MUNICIPALITY"])
        top(p, name, merchant=name)
        p.add("small", "TN Urban e-Pay - Commissionerate of Municipal Administration  |  Trade licence")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of trader", f"{YARD} ({firm})")
        p.pair(
            "Trade", rng.choice(["Vegetable cold storage and dispatch", "Wholesale vegetables - cold room"])
        )
        p.pair("Licence No.", f"MTP/TL/{digits(rng, 6)}")
        fee = float(rng.choice([3500, 5000, 7500]))
        board = float(rng.choice([0, 600, 1200]))
        p.pair(f"Trade licence fee 20{fy(j.date)}", rs(fee))
        if board:
            p.pair("Advertisement board fee", rs(board))
        j.amount = fee + board
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"TNUEP{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"MTP/{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, rng.sample(paid_days, 2), pats)
        foot = "Display the trade licence at the premises; renew it before 31 March each year."
    elif frame == "consent":
        p = browser_page(rng, font, f"tnpcb.gov.in/ocmms/fee/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Pollution Control Board", "TAMIL NADU POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "OCMMS - Online Consent Management and Monitoring System  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the unit", f"{CENTRE} ({firm})")
        p.pair("Category", rng.choice(["Green - vegetable washing and grading", "Green - cold storage"]))
        p.pair("Application No.", f"TNPCB/NLG/{digits(rng, 7)}")
        water = float(rng.choice([2500, 3500, 5000]))
        air = float(rng.choice([2500, 3500, 5000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee paid", "Consent fee remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"OCMMS{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, rng.sample(paid_days, 2), pats)
        foot = "The consent order follows the District Environmental Engineer's inspection of the wash pits."
    elif frame == "fire":
        p = browser_page(rng, font, f"tnfrs.tn.gov.in/licence/renewal/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Fire and Rescue Services", "TAMIL NADU FIRE & RESCUE SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Directorate of Fire and Rescue Services, Chennai  |  Fire licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "pending": ["Payment status awaited from treasury (IFHRMS) - do not pay again"]},
        )
        wrap_pair(p, "Name of occupier", firm)
        wrap_pair(p, "Premises", f"{YARD} - cold room and ammonia plant")
        p.pair("Application No.", f"TNFRS/CBE/{digits(rng, 6)}")
        renew = float(rng.choice([5000, 7500, 10000]))
        visit = float(rng.choice([1000, 2000]))
        p.pair("Fire licence renewal fee", rs(renew))
        p.pair("Inspection charges", rs(visit))
        j.amount = renew + visit
        p.pair(
            rng.choice(
                ["Total amount paid", "Amount paid"] if status == "success" else ["Amount", "Total amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"TNFRS{digits(rng, 10)}")])
        date_row(
            p,
            j,
            rng.sample(paid_days, 2) if status == "success" else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The renewed licence is issued after the station officer's inspection of the premises."
    elif frame == "apeda":
        p = browser_page(rng, font, f"apeda.gov.in/rcmc/renewal/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["APEDA", "Agricultural and Processed Food Products Export Development Authority"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce & Industry, Government of India  |  RCMC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the exporter", firm)
        p.pair("RCMC No.", f"APEDA/CHE/{digits(rng, 6)}")
        renew = float(rng.choice([5000, 7500]))
        p.pair("RCMC renewal fee (5 years)", rs(renew))
        gst = round(renew * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(renew + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"APD{digits(rng, 13)}"),
                ("Receipt No.", INVOICE_RANK, f"APEDA/RO-CHN/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, rng.sample(paid_days, 2), pats)
        foot = "The renewed RCMC is issued online after the regional office checks the export returns."
    elif frame == "quarantine":
        p = browser_page(rng, font, "pqms.cgg.gov.in/pqms-angular/payment/receipt")
        p.part = "head"
        name = rng.choice(["Directorate of Plant Protection, Quarantine & Storage", "DPPQS"])
        top(p, name, merchant=name)
        p.add("small", "Plant Quarantine Station, Chennai  |  PQMS - phytosanitary certificate fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of exporter", firm)
        wrap_pair(
            p, "Consignment", rng.choice(["Fresh carrots, 18 MT - to Dubai", "Broccoli, 2.4 MT - to Male"])
        )
        lots = rng.randrange(1, 4)
        p.pair("No. of consignments", str(lots))
        psc = float(lots * rng.choice([500, 750]))
        visit = float(rng.choice([0, 500, 1000]))
        p.pair("Phytosanitary certificate fee", rs(psc))
        if visit:
            p.pair("Inspection fee", rs(visit))
        j.amount = psc + visit
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"PQMS{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, rng.sample(paid_days, 2), pats)
        foot = "The phytosanitary certificate is issued after inspection of the consignment at the station."
    elif frame == "market":
        p = browser_page(rng, font, "tnsamb.tn.gov.in/marketfee/epay/receipt")
        p.part = "head"
        name = rng.choice(["Coimbatore Market Committee", "COIMBATORE MARKET COMMITTEE"])
        top(p, name, merchant=name)
        p.add("small", "Tamil Nadu State Agricultural Marketing Board  |  Market fee - Mettupalayam")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of licensee", firm)
        p.pair("Licence No.", f"CMC/MTP/{digits(rng, 5)}")
        p.pair("Notified produce", rng.choice(["Potato, carrot", "Carrot, beans, cabbage"]))
        value = float(rng.randrange(400000, 2400000, 1000))
        p.pair("Purchase value", rs(value))
        mfee = round(value * 0.01, 2)
        renew = float(rng.choice([0, 0, 500]))
        p.pair("Market fee @ 1%", rs(mfee))
        if renew:
            p.pair("Licence renewal fee", rs(renew))
        j.amount = round(mfee + renew, 2)
        p.pair(rng.choice(["Total amount paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"TNSAMB{digits(rng, 10)}"),
                ("Receipt No.", INVOICE_RANK, f"CMC/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, rng.sample(paid_days, 2), pats)
        foot = "Market fee is payable on notified produce bought in the notified area."
    else:
        p = browser_page(rng, font, "lmms.tn.gov.in/verification/feereceipt")
        p.part = "head"
        name = rng.choice(
            ["Controller of Legal Metrology, Tamil Nadu", "Legal Metrology Department, Tamil Nadu"]
        )
        top(p, name, merchant=name)
        p.add("small", "Labour Department, Government of Tamil Nadu  |  Verification fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{YARD} ({firm})")
        small = rng.randrange(1, 4)
        fee_bridge = float(rng.choice([2500, 3000]))
        fee_small = float(small * rng.choice([300, 400]))
        p.pair("Verification - weighbridge 40 t x 1", rs(fee_bridge))
        p.pair(f"Verification - platform scale 500 kg x {small}", rs(fee_small))
        j.amount = fee_bridge + fee_small
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"LMTN{digits(rng, 11)}")])
        date_row(p, j, rng.sample(paid_days, 2), pats)
        foot = "Keep the verification certificate at the weighbridge for the inspector."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Bharat Sookshma Udyam Suraksha - washing centre, shed and stock",
        "browser",
        "works",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Fire and deterioration of stock - cold room, Mettupalayam",
        "paper",
        "cold",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Inland transit open policy - vegetables by road",
        "mail",
        "transit",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Commercial vehicle - pickup package policy",
        "browser",
        "vehicle",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health insurance - staff of the centre and the yard",
        "mail",
        "health",
    ),
    (
        "Future Generali India Insurance Co. Ltd",
        "futuregenerali.in",
        "Group personal accident - washers, graders and loaders",
        "browser",
        "gpa",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Money insurance - cash carried for growers' payments",
        "paper",
        "money",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Employees' compensation - centre and yard workers",
        "mail",
        "wc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its washing centre, shed and stock, its cold room stock against fire and
    deterioration, its vegetables on the road, its pickup, its staff's health, its washers, graders and
    loaders, the cash carried for the growers' payments and its workers under the Employees' Compensation Act:
    the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product
    line, PREMIUM COLLECTION RECEIPT / Premium paid - e-receipt / RECEIPT FOR PREMIUM COLLECTED, Policy holder
    name / Proposer / insured / Name of insured, Policy No. or Proposal No. / Cover note No., Sum insured -
    building, plant and stock / Sum insured - stock in cold room / Annual turnover by road (declared) / IDV
    (insured declared value) and Registration No. / Members covered and Floater sum insured / Insured persons
    / Cash in transit - limit per carrying / Estimated annual wages, Period of insurance, Basic premium or Own
    damage premium and Third party premium, an add-on (Earthquake cover, Deterioration of stock - power
    failure, Strike, riot and civil commotion, Zero depreciation cover, Maternity cover, Medical expenses
    extension, Cash in safe - burglary, Occupational disease), GST @ 18%, Total premium (with GST) received /
    Premium collected (gross) / Amount received towards premium / Cheque value / Cheque amount / Premium due /
    Premium payable, Payment mode, Cheque No., Gateway ref. No. / Online payment ID, UPI RRN / Bank Ref No.,
    Premium receipt No. / Collection receipt No., Receipt date / Date of collection / Premium paid on / Cheque
    collected on / Attempted on / Transaction date, and the outcome at the foot; Payment successful - e-policy
    available for download / Premium credited - cover confirmed / CHEQUE COLLECTED - RISK COVERED FROM DATE OF
    REALISATION / Payment not received - policy not issued, retry within 7 days)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'epay', 'online'])}.{host}/premium/e-receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng, font, f"{short} <receipts@{host}>", ["Your premium receipt", "Premium collected - e-receipt"]
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
                [
                    "Branch Office, Commercial Road, Udhagamandalam",
                    "Divisional Office, Oppanakara Street, Coimbatore",
                ]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["PREMIUM COLLECTION RECEIPT", "Premium paid - e-receipt", "RECEIPT FOR PREMIUM COLLECTED"]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p,
        rng.choice(["Policy holder name", "Proposer / insured", "Name of insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['OG', 'P', '2'])}-{digits(rng, 6)}-{digits(rng, 4)}-26")
    else:
        p.pair(rng.choice(["Proposal No.", "Cover note No."]), f"CN{digits(rng, 10)}")
    addon = None
    taxed_heads: list[tuple[str, float]] = []
    if kind == "works":
        insured = float(rng.randrange(3000000, 18000000, 50000))
        p.pair("Sum insured - building, plant and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "cold":
        insured = float(rng.randrange(2500000, 15000000, 50000))
        p.pair("Sum insured - stock in cold room", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Deterioration of stock - power failure", round(insured * 0.0004, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Annual turnover by road (declared)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Strike, riot and civil commotion", round(turnover * 0.00003, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 880000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"TN-43-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        taxed_heads = [
            ("Own damage premium", basic),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
        addon = ("Zero depreciation cover", round(idv * 0.002, 2))
    elif kind == "health":
        members = rng.randrange(12, 36)
        p.pair("Members covered", f"{members} staff and families")
        p.pair("Floater sum insured", rs(float(rng.choice([300000, 500000]))))
        basic = round(members * rng.uniform(5200, 8800), 2)
        addon = ("Maternity cover", round(members * 450.0, 2))
    elif kind == "gpa":
        persons = rng.randrange(30, 90)
        p.pair("Insured persons", f"{persons} x Rs 2,00,000")
        basic = round(persons * rng.uniform(320, 560), 2)
        addon = ("Medical expenses extension", round(persons * 60.0, 2))
    elif kind == "money":
        limit = float(rng.choice([300000, 500000, 800000]))
        p.pair("Cash in transit - limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe - burglary", round(limit * 0.0008, 2))
    else:
        wages = float(rng.randrange(2500000, 8000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(40, 110)))
        basic = round(wages * rng.uniform(0.005, 0.008), 2)
        addon = ("Occupational disease", round(wages * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 6)}")
    if taxed_heads:
        for head, value in taxed_heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in taxed_heads), 2)
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
            "Total premium (with GST) received",
            "Premium collected (gross)",
            "Amount received towards premium",
        ],
        "pending": ["Cheque value", "Cheque amount"],
        "failed": ["Premium due", "Premium payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
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
            pid = f"{rng.choice(['GW', 'PAY', 'ONL'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway ref. No.", "Online payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(
                rng.choice(["Premium receipt No.", "Collection receipt No."]), rno, txn=(INVOICE_RANK, rno)
            )
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Date of collection", "Premium paid on"],
            "pending": ["Cheque collected on", "Receipt date"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.add("rule")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Payment successful - e-policy available for download",
                "Premium credited - cover confirmed",
            ],
            "pending": ["CHEQUE COLLECTED - RISK COVERED FROM DATE OF REALISATION"],
            "failed": ["Payment not received - policy not issued, retry within 7 days"],
        },
    )
    p.part = "foot"
    p.add(
        "small", "The cover is subject to realisation of the premium. Read the policy wording for exclusions."
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("MUKURTHI FRESH DISPATCH YARD", "OOTY MAIN RD, METTUPALAYAM", "own"),
    ("KALLAR HILLVIEW FUELS (IOCL)", "NH-181, KALLAR", "fuel"),
    ("MUKURTHI FRESH WASHING CENTRE", "KATTABETTU, KOTAGIRI", "own"),
    ("HOTEL KOVAI GRAND INN", "GANDHIPURAM, COIMBATORE", "hotel"),
    ("MUKURTHI HILL GROWERS", "METTUPALAYAM 641301 TN", "own"),
    ("SIRUMUGAI PUMPS & HARDWARE", "SIRUMUGAI RD, METTUPALAYAM", "shop"),
    ("BURLIAR HILLTOP RESTAURANT", "NH-181, BURLIAR", "food"),
    ("MUKURTHI FRESH DISPATCH YARD", "METTUPALAYAM TN", "own"),
]
TERMINALS = [
    "INDIAN OVERSEAS BANK",
    "INDIANOIL",
    "KARUR VYSYA BANK",
    "CITY UNION BANK",
    "TAMILNAD MERCANTILE BANK",
    "PINE LABS",
    "WORLDLINE",
    "INDIAN BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders', hotels' and shoppers' cards on the yard's, the centre's and the company's terminals, and the
    company's card at a filling station on the Mettupalayam ghat road, a Coimbatore hotel, a pump and hardware
    shop and a ghat road restaurant: terminal slips (monospace: the terminal's bank or brand on top on some,
    the counter's name and place in capitals, DATE: and TIME: / TXN DT: and TXN TM: / DATE-TIME:, MID:, TID:,
    BATCH NO:, TRACE NO:, INVOICE NO: / ROC NO: / BILL NO:, SALE, CARD NO:, CARD TYPE:, ENTRY MODE:, a fuel
    sale's PRODUCT:, RATE/L:, QTY(L):, PUMP NO: and VEHICLE NO:, a hotel's ROOM NO: and FOLIO NO:, APPR CODE:
    / AUTH CODE: / AUTH NO:, RRN: / REF NO:, AMOUNT: / TOTAL: / TXN AMOUNT: / SALE AMOUNT:; APPROVED / TXN
    SUCCESSFUL / APPROVED - THANK YOU / DECLINED - 14 INVALID CARD NUMBER / HOST TIMEOUT - CHECK WITH BANK
    BEFORE NEXT SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=900, high=90000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 8200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 15400, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 420, 16500, 0.5)
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
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
        else:
            p.pair("DATE-TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "ROC NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "SALE - CONTACTLESS"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.pair("ENTRY MODE:", rng.choice(["CHIP", "CONTACTLESS", "CHIP + PIN"]))
    if kind == "fuel":
        rate = round(rng.uniform(92.5, 101.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRAPREMIUM"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEHICLE NO:", f"TN43{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
        p.pair("FOLIO NO:", digits(rng, 6))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "TOTAL:", "TXN AMOUNT:", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 14 INVALID CARD NUMBER", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - CHECK WITH BANK BEFORE NEXT SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone and gas bills


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service No."),
    ("BSNL Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "User ID"),
]
BILL_APPS = ["TNPDCL", "IndOASIS", "PhonePe", "Amazon Pay", "TNPDCL", "Google Pay", "super.money", "Paytm"]
BILL_WHICH = [0, 0, 3, 1, 0, 2, 4, 3]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The washing centre's and the yard's cold room electricity (TNPDCL), the centre's fibre (BSNL), the
    manager's postpaid phone (Airtel), the canteen's commercial LPG (Indane) and the yard office's broadband
    (ACT Fibernet) through Bharat Connect in IndOASIS and UPI apps (the app on top, the sum large, the outcome
    under it, Biller / Biller name / Service provider / Billed by / Provider / Paid to biller / Operator as
    printed, Service No. / Account No. / Mobile No. / LPG ID / User ID, Customer name / Consumer name /
    Service holder name, Bill month and Due date on some, Paid from Current A/c or UPI, Bharat Connect Ref.
    No. / BBPS Ref ID / Bharat Connect txn ref., UPI Ref No. / UPI RRN, Transaction ID on the failed one, Paid
    on / Transaction date & time; Bill paid successfully / Payment successful / Bill payment successful -
    biller notified / Payment accepted - biller confirmation awaited, up to 3 working days / Bill payment
    declined by your bank - if debited, the amount returns in 3-5 days) and TNPDCL's own receipt page (TNPDCL
    or Tamil Nadu Power Distribution Corporation Ltd on top with its TNEB Ltd line, Service No., Region /
    section, Consumer name, Bill month, Amount paid / Amount remitted, Payment mode, Transaction ID, Receipt
    No., Payment date / Paid on; Payment successful / Payment received - thank you for paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=4000, high=88000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 2499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 1780, 9800, 0.4)
    elif which == 4:
        j.amount = rupees(rng, 899, 2599, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Service No.": f"0{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}",
        "Account No.": f"{rng.choice(['1', '9'])}{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "LPG ID": f"{digits(rng, 17)}",
        "User ID": f"{rng.choice(['cbe', 'mtp'])}.{code(rng, 8, LOWER + '0123456789')}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnpdcl.org/QuickPay/payment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A TNEB Ltd company  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment successful", "Payment received - thank you for paying online"]}
        )
        p.pair(idlab, ids)
        p.pair(
            "Region / section",
            rng.choice(["Nilgiris - Kotagiri section", "Coimbatore North - Mettupalayam section"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNPDCL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 13)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the service within two working days; keep this receipt.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Bill paid successfully",
                "Payment successful",
                "Bill payment successful - biller notified",
            ],
            "pending": ["Payment accepted - biller confirmation awaited, up to 3 working days"],
            "failed": ["Bill payment declined by your bank - if debited, the amount returns in 3-5 days"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        "Operator"
        if which in (1, 2)
        else rng.choice(
            ["Biller", "Biller name", "Service provider", "Billed by", "Provider", "Paid to biller"]
        )
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Service holder name"]),
        rng.choice([COMPANY_CAPS, CENTRE.upper(), YARD.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "IndOASIS" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "Amazon Pay": "AP",
                "super.money": "SM",
            }.get(app, "IB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID", "Bharat Connect txn ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
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
    "SRI GANESH LORRY SER",
    "KARAMADAI LENO BAGS",
    "SELVI MURUGAN",
    "GANAPATHY AGRO ENGIN",
    "KOVAI REEFER LOGISTI",
    "TAMIL NADU POWER DIS",
    "V ARUMUGAM",
    "KATTABETTU VILLAGE P",
]
SENDERS = {
    "Indian Overseas Bank": "AD-IOBCHN",
    "Karur Vysya Bank": "VM-KVBANK",
    "City Union Bank": "BZ-CUBLTD",
    "Tamil Nadu Grama Bank": "JM-TNGBNK",
    "Indian Bank": "AX-INDBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-IOBCHN /
    VM-KVBANK / BZ-CUBLTD / JM-TNGBNK / AX-INDBNK, the day divider, each bank's own wording: "IOB: Your A/c
    XXXXX1234 is debited for Rs.x on <day> / by <way> transfer, beneficiary <payee>.", "KVB: Rs.x has been
    debited from A/c XX1234 on <day>; / <way> in favour of <payee>.", "CUB: A/c XX1234 Dr Rs.x on <day> / for
    <way> trf to <payee>.", "TNGB: INR x withdrawn from A/c ..1234 on <day> / thru <way>, paid to <payee>.",
    Indian Bank's UPI "Rs.x debited from A/c *1234 on <day> / via UPI to <payee>. / UPI Ref No <ref>."; a
    transfer that "could NOT BE CREDITED by the beneficiary bank; the amount has been reversed to your A/c."
    and one that "is ON HOLD with the beneficiary bank; do not resend - the status will be updated.") and two
    e-mail debit alerts (Transaction amount / Amount debited, Beneficiary name / Payee name, Debit account,
    Transfer mode, UTR No. / IMPS Ref No., Value date / Transaction date, Status: Successful - debited /
    Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=9000, high=340000)
    to = ALERT_PAYEES[k]
    if k in (2, 6):
        j.amount = rupees(rng, 1200, 18000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 24000, 160000)
    elif k == 7:
        j.amount = rupees(rng, 4000, 14000)
    if k in (0, 3):
        bank = rng.choice(["Indian Overseas Bank", "Karur Vysya Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} e-Alerts <ealerts@{slug(bank)}>",
            ["Debit alert - current account", "Fund transfer - debit advice"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transfer has been debited to your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee name"]), to, merchant=to)
        p.pair(rng.choice(["Transaction amount", "Amount debited"]), rs(j.amount), amount=j.amount)
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transfer mode", f"{way} - corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Value date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Status: Successful - debited", "Transaction status: Completed"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "The bank never asks for your OTP, PIN or password. Report an unknown debit at once.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 2:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Indian Bank's "via UPI to" is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        2: "City Union Bank",
        5: "Karur Vysya Bank",
        6: "Indian Bank",
        7: "Tamil Nadu Grama Bank",
    }.get(k, rng.choice(["Indian Overseas Bank", "Karur Vysya Bank", "City Union Bank"]))
    if k == 5 and rng.random() < 0.5:
        bank = "Indian Overseas Bank"
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Indian Bank":
            p.add("left", f"Rs.{amt} debited from A/c *{tail}{on}", amount=j.amount)
            p.add("left", f"via UPI to {to}.", merchant=to, method=method)
        elif bank == "Indian Overseas Bank":
            p.add("left", f"IOB: Your A/c XXXXX{tail} is debited for Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} transfer, beneficiary {to}.", merchant=to, method=method)
        elif bank == "Karur Vysya Bank":
            p.add("left", f"KVB: Rs.{amt} has been debited from A/c XX{tail}{on};", amount=j.amount)
            p.add("left", f"{way} in favour of {to}.", merchant=to, method=method)
        elif bank == "City Union Bank":
            p.add("left", f"CUB: A/c XX{tail} Dr Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"for {way} trf to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"TNGB: INR {amt} withdrawn from A/c ..{tail}{on}", amount=j.amount)
            p.add("left", f"thru {way}, paid to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could NOT BE CREDITED by the beneficiary bank; the amount has been reversed "
            "to your A/c.",
            "pending": "is ON HOLD with the beneficiary bank; do not resend - the status will be updated.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Indian Bank":
            p.add("left", f"UPI Ref No {ref}. Not you? Call 1800 425 00000", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Indian Bank":
            p.add("small", "-Indian Bank", status="success")
        else:
            p.add("left", f"Avl Bal Rs.{rupees(rng, 25000, 2200000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank's helpline at once", "If not you, block via the app"]
                ),
            )
    if bank != "Indian Bank":
        p.add(
            "small",
            {
                "Indian Overseas Bank": "-IOB",
                "Karur Vysya Bank": "-KVB",
                "City Union Bank": "-CUB",
            }.get(bank, "-TNGB"),
        )
    return p.done()


compose = compose158

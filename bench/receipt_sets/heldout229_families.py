"""The twelve heldout229 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a fireworks factory's day in 2026 in Sivakasi, Virudhunagar district, Tamil
Nadu (Kathiroli Pyrotechnics Pvt Ltd, its licensed factory, Kathiroli Fireworks Factory, with its mixing,
filling and drying sheds and its magazines at Thayilpatti on the Vembakottai road, and its sales depot, Mayil
Crackers Sales Depot, on the Sattur road in Sivakasi), told by the proofs of payment it receives and makes:
retail buyers', temple festival committees', wedding decorators' and cracker shops' UPI screens and the sales
depot's Juspay and NTT DATA (atom) pages, the stockists', wholesalers', a Thrissur fireworks agency's and a
supermarket chain's payment advices, importers' inward wires from Lautoka, Port Louis, Durban, Chaguanas,
Wembley, The Hague, Auckland and Georgetown in Fiji dollars, Mauritian rupees, rand, US dollars, pounds, euros
and New Zealand dollars, the depot's own sale memos, the factory's receipts and its sale of waste paper and
carton scrap by the tonne, the chemical, paper tube, label, fuse and nitrate suppliers' tax invoices, the
corporate net-banking transfers to the explosive van carriers, the magazine builder, the lightning arrester
servicer, the emission testing lab, the fire safety firm, the depot's landlord, the chemical lorry and the tax
consultants, the fillers', mixers', tube rollers', fuse cutters', wrappers' and packers' piece rate vouchers
and their Bulkpe payouts, Google Pay and Paytm payments, PESO's, DISH's, TNPCB's, Thayilpatti Village
Panchayat's, Sivakasi City Municipal Corporation's, the Fire and Rescue Services', the Labour Welfare Board's
and the Transport Department's fee pages, the insurers' premium receipts, card terminal slips, TNPDCL's power
and the fibre, postpaid, LPG and DTH bills and the banks' SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, bills listed on an advice, supplier, order, lorry receipt, licence,
magazine, consent, assessment, trade licence, employer, registration, policy, proposal, consumer, beneficiary
and worker numbers, cases, boxes, gross, thousands, batches, kilos and tonnes, rates, damage, short receipt
and cash discount cuts, advances, ESI, TDS, GST, cess and Environment Relief Fund lines, INR values on the
wires, rates of exchange, correspondent banks, sums insured, limits, wages and turnovers declared, bill
months, periods, due days, shipping bill days, GSTIN, IFSC, UETR, senders' references, MID, TID, batch, trace
and STAN numbers, nicknames, the maker and the checker and the payer's own details carry no fact. ``Job``,
``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's;
``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and
``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair``
heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's;
``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``compose`` is heldout158's (as heldout223's
and heldout227's).
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

COMPANY = "Kathiroli Pyrotechnics Pvt Ltd"
COMPANY_CAPS = "KATHIROLI PYROTECHNICS PVT LTD"
SHORT = "Kathiroli Pyrotechnics"
FACTORY = "Kathiroli Fireworks Factory"
DEPOT = "Mayil Crackers Sales Depot"
# unit, address, GST state code
UNITS = [
    (
        "Licensed factory and magazines",
        "S.F. No. 214/3, Vembakottai Road, Thayilpatti - 626128, Virudhunagar Dt., T.N.",
        "33",
    ),
    ("Sales depot", "No. 57, Sattur Road, Sivakasi - 626123, Virudhunagar Dt., T.N.", "33"),
]
PATS_IN = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d.%m.%Y", "%d %B %Y", "%d-%b-%y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["%d %B %Y", "{d} %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%b-%Y", "%B {d}, %Y"]
BANKS = [
    "Tamilnad Mercantile Bank",
    "Karur Vysya Bank",
    "City Union Bank",
    "Indian Bank",
    "Indian Overseas Bank",
    "Tamil Nadu Grama Bank",
    "State Bank of India",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
]
IFSC = {
    "Tamilnad Mercantile Bank": "TMBL",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "Tamil Nadu Grama Bank": "IDIB",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
}
DOMAINS = {
    "Tamilnad Mercantile Bank": "tmb.in",
    "Karur Vysya Bank": "kvb.co.in",
    "City Union Bank": "cityunionbank.com",
    "Indian Bank": "indianbank.in",
    "Indian Overseas Bank": "iob.in",
    "Tamil Nadu Grama Bank": "tngb.co.in",
    "State Bank of India": "sbi.co.in",
    "Canara Bank": "canarabank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
}
# what the factory and the depot sell: the goods, its unit, its price per unit (low, high)
WARES = {
    "sparklers": ("Colour sparklers 15 cm - case of 50 boxes", "case", 2400, 4200),
    "flowerpots": ("Flower pots (anar) special - case of 40 boxes", "case", 3200, 5600),
    "chakkar": ("Ground chakkar deluxe - case of 40 boxes", "case", 2800, 4800),
    "shots": ("Multi-colour aerial shots (30 shots)", "pc", 650, 1500),
    "giftbox": ("Diwali gift box - 35 items", "box", 650, 1850),
    "garland": ("1000 wala garland crackers", "pc", 320, 720),
    "scrap": ("Waste paper, tube cuttings and carton scrap", "tonne", 6500, 11000),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Bill to / Sold to (buyer): no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "TMBL")
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


# ---------------------------------------------------------------- 1. buyers at the depot: UPI and pay pages


DEPOT_APPS = ["PhonePe", "Juspay", "Google Pay", "Paytm", "NTT DATA", "super.money", "BHIM", "KVB DLite"]
DEPOT_NOTES = [
    "Diwali order - 2 gift boxes",
    "Sparklers 10 boxes",
    "Temple festival shots",
    "Wedding crackers",
    "Flower pots 3 cases",
    "1000 wala x 5",
    "Balance for order 118",
    "Kids pack + chakkar",
]
PAGE_ORDERS = [
    ("Sri Meenakshi Crackers Shop, Madurai", "Advance - 40 cases sparklers and flower pots"),
    ("Kalyan Wedding Events, Tirunelveli", "Aerial shots for a wedding - 12 x 30 shots"),
    ("Bhadrakali Amman Kovil Festival Committee, Aruppukottai", "Temple festival - sky shots and garlands"),
    ("Velachery Lake View Residents' Association, Chennai", "Bulk Diwali gift boxes - 120 boxes"),
]
DEPOT_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "super.money": ["UPI Ref No.", "UTR"],
    "BHIM": ["UPI Ref No.", "UPI transaction ID"],
    "KVB DLite": ["UPI RRN", "UPI Ref No."],
}


def depot_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Retail buyers, temple festival committees, wedding decorators and cracker shops paying the sales depot
    or the company: six UPI app screens (PhonePe, Google Pay, Paytm, super.money, BHIM, KVB DLite: the sum
    large above the status, the depot, its capitals, the company's capitals or its short name under Paid to /
    To / Sent to / Transferred to (To / Paying to / Payment to on a failure or a wait), its UPI ID, a Bank
    account name / Banking name line on some, a note, Paid using / Paid via / Debited from / From, UTR / UPI
    Ref. No. / UPI Reference No. / UPI transaction ID / UPI Ref No. / UPI RRN, PhonePe's own Transaction ID,
    Google Pay's Google transaction ID and KVB DLite's DLite Ref. No. on some, Date & time / Paid on /
    Completed on / Sent on / Initiated on; Payment successful / Paid successfully / Money sent - payment
    complete / Awaiting confirmation from your bank - the amount may show as debited, please do not pay twice
    / Transaction failed - the payee bank did not respond in time) and the depot's two payment pages (Juspay,
    NTT DATA Payment Services (atom): the depot or the company on top, the sum large above the status, Payment
    successful / Your payment has been received - order confirmed, Paid on / Payment date / Txn date, Customer
    name / Paid by / Buyer, Order for / Description, Payment method / Paid via UPI or card, Juspay's Juspay
    txn ID, Juspay order ID and UTR No. or Auth code, atom's Atom txn ID, Merchant txn ID and Bank RRN or
    Approval code)."""
    k = place("depot_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=300, high=42000, p_round=0.8)
    app = DEPOT_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Juspay", "NTT DATA"):
        j.amount = rupees(rng, 8000, 240000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([DEPOT, COMPANY, SHORT])
        url = (
            f"pay.juspay.in/checkout/{code(rng, 12, LOWER + '0123456789')}"
            if app == "Juspay"
            else f"payment.atomtech.in/ots/receipt/{digits(rng, 11)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Sivakasi crackers - wholesale, retail and gift boxes", "No. 57, Sattur Road, Sivakasi"]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Your payment has been received - order confirmed"]},
        )
        date_row(p, j, ["Paid on", "Payment date", "Txn date"], hour=True)
        wrap_pair(p, rng.choice(["Customer name", "Paid by", "Buyer"]), who)
        wrap_pair(p, rng.choice(["Order for", "Description"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Juspay":
                pid = code(rng, 18, LOWER + "0123456789")
                wrap_pair(p, "Juspay txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"MCSD{j.date:%m%d}{digits(rng, 6)}"
                p.pair("Juspay order ID", oid, txn=(ORDER_RANK, oid))
            else:
                aid = digits(rng, 11)
                p.pair("Atom txn ID", aid, txn=(TXN_RANK, aid))
                mid = f"KPPL{digits(rng, 10)}"
                p.pair("Merchant txn ID", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair("UTR No." if app == "Juspay" else "Bank RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code" if app == "Juspay" else "Approval code", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Payments by Juspay" if app == "Juspay" else "Secured by NTT DATA Payment Services India (atom)",
        )
        return p.done()
    to = rng.choice([DEPOT, DEPOT.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"mayilcrackers{rng.choice(['', '.skv', '57'])}@{rng.choice(['kvbupi', 'ybl', 'okaxis', 'paytm'])}"
    )
    p = phone_page(rng, font, k, ["", "Payment receipt", "Transaction details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent - payment complete"],
            "pending": [
                "Awaiting confirmation from your bank - the amount may show as debited, "
                "please do not pay twice"
            ],
            "failed": ["Transaction failed - the payee bank did not respond in time"],
        },
    )
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Transferred to"]
            if status == "success"
            else ["To", "Paying to", "Payment to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "super.money", "BHIM", "KVB DLite") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Bank account name', 'Banking name'])}: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(DEPOT_NOTES))
    p.pair(
        rng.choice(["Paid using", "Paid via", "Debited from", "From"] if status == "success" else ["From"]),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(DEPOT_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Google Pay", "KVB DLite") and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
                "KVB DLite": ("DLite Ref. No.", f"KVBD{digits(rng, 12)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on", "Sent on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Help", "Need help with this payment?"]))
    return p.done()


# ---------------------------------------------------------------- 2. stockists' and wholesalers' advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Island Grounds Crackers Stockists", "accounts@igcstockists.in", "Parrys, Chennai", "sparklers", "mail"),
    (
        "Attibele Fireworks Traders Pvt Ltd",
        "payables@attibelefireworks.in",
        "Hosur Road, Attibele",
        "flowerpots",
        "portal",
    ),
    ("Thrissur Vedikettu Agencies", "tvagencies.tcr@gmail.com", "Round South, Thrissur", "shots", "paper"),
    ("Deccan Diwali Mart Pvt Ltd", "ap@deccandiwalimart.com", "Begum Bazar, Hyderabad", "chakkar", "portal"),
    (
        "Kaveri Crackers Wholesale",
        "kavericrackers.try@gmail.com",
        "Big Bazaar Street, Trichy",
        "sparklers",
        "paper",
    ),
    (
        "Konkan Fireworks Distributors LLP",
        "finance@konkanfireworks.in",
        "Crawford Market, Mumbai",
        "garland",
        "mail",
    ),
    (
        "Mega Bazaar Retail Pvt Ltd",
        "vendorpayments@megabazaar.co.in",
        "Gandhipuram, Coimbatore",
        "giftbox",
        "portal",
    ),
    (
        "Vijayawada Crackers Emporium",
        "vjacrackers@gmail.com",
        "One Town, Vijayawada",
        "flowerpots",
        "paper",
    ),
]


def stockist_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cracker stockists in Chennai, Attibele, Trichy and Vijayawada, a Hyderabad Diwali mart, a Thrissur
    fireworks agency, a Mumbai distributor and a Coimbatore supermarket chain paying for the sparklers, flower
    pots, chakkars, shots, garlands and gift boxes the factory sent them: a payment advice e-mail, a printed
    PAYMENT ADVICE - FIREWORKS PURCHASE / SUPPLIER REMITTANCE ADVICE / Intimation of payment to supplier and a
    vendor portal page (the payer on top with its desk line, then the status and the day above the rows:
    Status: Paid to supplier's bank account / Remittance sent - please acknowledge receipt / Withheld -
    transit damage claim under survey / Remittance bounced - account number and IFSC do not match, Paid on /
    Date of payment / Remittance date / Advice date / Withheld on / Bounced on / Returned on; Name of supplier
    (payee) / Beneficiary (supplier) / Paid to supplier / Credited to (supplier) the company, Supplier ID, Our
    order No. and Lorry receipt No. (no fact), the company's bills with their cases, pieces or boxes and sums,
    Gross bills / Total invoices, Less: TDS u/s 194Q @ 0.1%, Less: Damp cartons in transit - n cases / Less:
    Short receipt - n cases / Less: Cash discount @ 2% (paid within 7 days) on some, Net remitted to supplier
    / Net sum paid / Amount released to supplier (Net amount withheld on the hold, Net amount / Amount bounced
    back on the return), Paid by / Transfer mode NEFT / RTGS / IMPS, Supplier's bank account, UTR / NEFT UTR /
    RTGS UTR No. / IMPS Ref No., Remittance ref. No. / Payment advice No.)."""
    k = place("stockist_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Advice of payment - fireworks supplies", f"Payment to {SHORT}", "Supplier payment released"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small", f"{rng.choice(['Accounts Payable', 'Purchase - Fireworks', 'Finance and Accounts'])}, {desk}"
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - FIREWORKS PURCHASE",
                "SUPPLIER REMITTANCE ADVICE",
                "Intimation of payment to supplier",
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
                "Status: Paid to supplier's bank account",
                "Remittance sent - please acknowledge receipt",
            ],
            "pending": ["Withheld - transit damage claim under survey"],
            "failed": ["Remittance bounced - account number and IFSC do not match"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Paid on", "Date of payment", "Remittance date"],
            "pending": ["Advice date", "Withheld on"],
            "failed": ["Bounced on", "Returned on"],
        }[status],
        PATS_IN,
    )
    payee = ours(rng)
    labels = ["Name of supplier (payee)", "Beneficiary (supplier)", "Paid to supplier"] + (
        ["Credited to (supplier)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Supplier ID", f"{rng.choice(['S', 'KP', 'FW'])}{digits(rng, 5)}")
    p.pair("Our order No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    p.pair("Lorry receipt No.", f"{rng.choice(['SKV', 'TNX', 'VRL'])}-{digits(rng, 6)}")
    p.add("left", rng.choice(["Invoices paid", "Bills settled", "Against your invoices"]))
    item, unit, lo, hi = WARES[kind]
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(10, 120) if unit == "case" else rng.randrange(60, 400)
        value = round(qty * rng.randrange(lo, hi, 5), 2)
        gross += value
        p.pair(f"KPPL/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross bills", "Total invoices"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        damp = rng.randrange(1, 6) if unit == "case" else rng.randrange(6, 30)
        cut = float(damp * rng.randrange(lo, hi, 5))
        p.pair(f"Less: Damp cartons in transit - {damp} {'cases' if unit == 'case' else 'pcs'}", rs(cut))
    elif pick < 0.5:
        short = rng.randrange(1, 5)
        cut = float(short * rng.randrange(lo, hi, 5))
        p.pair(f"Less: Short receipt - {short} {'cases' if unit == 'case' else unit + 's'}", rs(cut))
    elif pick < 0.7 and status == "success":
        cut = round(gross * 0.02, 2)
        p.pair("Less: Cash discount @ 2% (paid within 7 days)", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net remitted to supplier", "Net sum paid", "Amount released to supplier"],
        "pending": ["Net amount withheld"],
        "failed": ["Net amount", "Amount bounced back"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(
        rng.choice(["Paid by", "Transfer mode"] if status == "success" else ["Transfer mode"]),
        way,
        method="netbanking",
    )
    wrap_pair(p, "Supplier's bank account", account(rng, BANKS[:4]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RM', 'PA', '29'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Remittance ref. No.", "Payment advice No."]), doc, txn=(INVOICE_RANK, doc))
    p.part = "foot"
    p.add("small", "Write to us within 7 days if any invoice above is not yours or is short paid.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Lautoka Diwali Traders Ltd", "Lautoka, Fiji", "FJD", "HFC Bank, Suva", 8000, 90000),
    (
        "Port Louis Festive Imports Ltd",
        "Port Louis, Mauritius",
        "MUR",
        "The Mauritius Commercial Bank Ltd",
        150000,
        2200000,
    ),
    (
        "Phoenix Festival Supplies (Pty) Ltd",
        "Durban, South Africa",
        "ZAR",
        "Standard Bank of South Africa Ltd",
        40000,
        600000,
    ),
    (
        "Chaguanas Pyro Distributors Ltd",
        "Chaguanas, Trinidad and Tobago",
        "USD",
        "Republic Bank Ltd, Port of Spain",
        3000,
        70000,
    ),
    ("Ealing Road Festive Goods Ltd", "Wembley, United Kingdom", "GBP", "NatWest Bank PLC", 2000, 50000),
    ("Haagse Vuurwerk Import BV", "The Hague, Netherlands", "EUR", "ABN AMRO Bank NV", 2500, 60000),
    ("Manukau Celebrations Ltd", "Auckland, New Zealand", "NZD", "ASB Bank Ltd", 5000, 60000),
    ("Demerara Festive Imports Inc", "Georgetown, Guyana", "USD", "Republic Bank (Guyana) Ltd", 3000, 70000),
]
WIRE_BANKS = [
    ("Tamilnad Mercantile Bank", "browser"),
    ("Karur Vysya Bank", "mail"),
    ("City Union Bank", "paper"),
    ("Indian Bank", "browser"),
    ("Indian Overseas Bank", "mail"),
    ("State Bank of India", "paper"),
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.7),
    "EUR": (93.4, 97.2),
    "GBP": (108.6, 113.1),
    "FJD": (37.4, 39.6),
    "MUR": (1.84, 1.96),
    "ZAR": (4.68, 4.99),
    "NZD": (49.2, 52.4),
}
CORRESPONDENT = {
    "USD": "The Bank of New York Mellon, New York",
    "NZD": "ANZ Bank New Zealand Ltd, Wellington",
    "ZAR": "Standard Chartered Bank, Johannesburg",
    "FJD": "Westpac Banking Corporation, Sydney",
}
SHIPPED = [
    "Fireworks - sparklers and flower pots (HSN 36041000)",
    "Aerial shots and rockets (HSN 36041000)",
    "Diwali gift boxes - assorted fireworks (HSN 36041000)",
    "Garland crackers - 1 x 20 ft container (UN 0336)",
    "Sparklers 30 cm (HSN 36041000)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; a code or its sign
    before the sum for Fiji and New Zealand dollars (FJ$, NZ$) and rand (R), and MUR before or after the sum
    for Mauritian rupees."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "MUR" and rng.random() < 0.5:

        def show_after(value: float) -> str:
            return f"{value:,.2f} MUR"

        return show_after
    mark = rng.choice(
        {"FJD": ["FJD ", "FJ$"], "NZD": ["NZD ", "NZ$"], "ZAR": ["ZAR ", "R "], "MUR": ["MUR "]}[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Fiji, Mauritius, South Africa, Trinidad, Britain, the Netherlands, New Zealand and Guyana
    paying for sparklers, shots, garlands and gift boxes for Diwali and the New Year: the banks' inward
    remittance advices (browser, e-mail, printed INWARD FOREIGN REMITTANCE - CREDIT ADVICE TO EXPORTER /
    Advice of export proceeds received (SWIFT) / Foreign inward remittance - customer copy: the bank on top
    with its forex desk, then the status and the foreign sum above the rows: Export proceeds credited to
    current account - IRM generated / Status: Proceeds realised - IRM lodged in EDPMS / Under scrutiny -
    purpose code and export invoice to be confirmed by the exporter / Returned to sender - beneficiary account
    name mismatch, Amount in foreign currency / Remittance amount (FCY) / Remitted amount in FJD (FJD, FJ$),
    MUR (MUR before or after), ZAR (ZAR, R), USD, GBP, EUR or NZD (NZD, NZ$); Beneficiary (exporter) /
    Beneficiary name / Credited to (exporter) the company, Beneficiary A/c, Remitter name / Ordering party /
    Remitter, Sending institution / Ordering institution / Remitter's bank, Correspondent bank on some,
    Charges, Exchange rate, INR value, Less: Commission and GST, Net amount credited (INR), Purpose code,
    Goods, Export invoice No., Shipping bill No. and Shipping bill date, Mode, Sender's reference, FIRM
    reference No. / IRM No. / Inward ref. No., UETR, Value date / Realisation date / Credited on / Received on
    / Under scrutiny since / Returned on / Return value date)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(3,))
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
            f"{bank} Forex Services <forex.sivakasi@{slug(bank)}>",
            [
                "Export proceeds credited - inward remittance",
                "Your account is credited - SWIFT inward",
                "Inward remittance for exporter",
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
                "Forex Cell, Sivakasi Main Branch, Velayutham Road, Sivakasi",
                "Trade Finance Centre, Town Hall Road, Madurai",
                "AD Branch, Main Bazaar, Virudhunagar",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD FOREIGN REMITTANCE - CREDIT ADVICE TO EXPORTER",
                "Advice of export proceeds received (SWIFT)",
                "Foreign inward remittance - customer copy",
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
                "Export proceeds credited to current account - IRM generated",
                "Status: Proceeds realised - IRM lodged in EDPMS",
            ],
            "pending": ["Under scrutiny - purpose code and export invoice to be confirmed by the exporter"],
            "failed": ["Returned to sender - beneficiary account name mismatch"],
        },
    )
    p.pair(
        rng.choice(["Amount in foreign currency", "Remittance amount (FCY)", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary (exporter)", "Beneficiary name", "Credited to (exporter)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter name", "Ordering party", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Sending institution", "Ordering institution", "Remitter's bank"]), pbank)
    if cur in CORRESPONDENT and rng.random() < 0.7:
        wrap_pair(p, "Correspondent bank", CORRESPONDENT[cur])
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR value", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Commission and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"KPPL/EXP/{rng.randrange(1, 90):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 70), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT MT103 - single customer credit"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['FIRM', 'IRM', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["FIRM reference No.", "IRM No.", "Inward ref. No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Realisation date", "Credited on"],
            "pending": ["Received on", "Under scrutiny since"],
            "failed": ["Returned on", "Return value date"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to EDPMS; close it against the shipping bill within the period allowed by RBI.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the depot's and the factory's receipts


# the party, the way it paid, the unit (factory, depot, or the accounts desk's mail), the goods
SALES = [
    ("Mr. K. Sivagnanam, Srivilliputhur", "cash", "depot", "giftbox"),
    ("Bhadrakali Amman Kovil Festival Committee, Sivakasi", "UPI", "depot", "shots"),
    ("Kalyan Wedding Events, Tirunelveli", "NEFT", "mail", "shots"),
    ("Mrs. R. Jeyanthi, Virudhunagar", "card", "depot", "giftbox"),
    ("Sri Murugan Fancy Stores, Rajapalayam", "cheque", "factory", "sparklers"),
    ("Mr. G. Dinesh Kumar, Madurai", "UPI", "mail", "giftbox"),
    ("Sri Balaji Paper Waste Mart, Sivakasi", "cash", "factory", "scrap"),
    ("Anbu Crackers Shop, Kovilpatti", "cheque", "depot", "flowerpots"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The depot's own RETAIL SALE MEMO / CASH BILL - SALES DEPOT to a buyer from Srivilliputhur, a temple
    festival committee, a Virudhunagar shopper and a Kovilpatti cracker shop, the factory's FACTORY SALE
    RECEIPT / FACTORY GATE SALE RECEIPT to a Rajapalayam fancy store and its RECEIPT - SCRAP PAPER SALE /
    SCRAP SALE MEMO to a paper waste mart buying waste paper, tube cuttings and carton scrap by the tonne
    (paper: the depot, the factory or the company on top with its line, address and GSTIN; Receipt No. / Memo
    No. / Bill No., Date / Dated / Bill date, Received from / Name of buyer / Customer (no fact), the cases,
    boxes, pieces or tonnes x rate, GST @ 18% on the fireworks, Bill amount / Total / Order value, Cash
    received / Amount paid in cash / Received by UPI / UPI amount received / Received by card / Paid by card
    (swipe) / Cheque amount / Amount of cheque, Mode / Mode of payment, UPI Ref. No. / Approval code, Cheque
    No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - GOODS DELIVERED AT COUNTER / RECEIVED -
    SCRAP LIFTED BY BUYER / CHEQUE ACCEPTED - CASES RELEASED ON CREDIT TO OUR ACCOUNT / CHEQUE BOUNCED -
    BOOKING CANCELLED, CASES NOT RELEASED, the rubber stamp) and two of the accounts desk's Acknowledgement of
    payment received e-mails (a wedding decorator's Advance received / Booking advance received with the
    Balance due / Balance on delivery and UTR, a buyer's gift boxes by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@kathiroli.in>",
            [
                "Your payment is received - thank you",
                "Payment acknowledged by Kathiroli",
                "Acknowledgement - Kathiroli Pyrotechnics",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Fireworks factory, Thayilpatti  |  Accounts desk")
        p.add("center", "Acknowledgement of payment received")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "depot"
        me = rng.choice([DEPOT, DEPOT.upper()] if shop else [FACTORY, FACTORY.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else "Licensed fireworks factory (PESO) - Thayilpatti",
            where[1],
            where[2],
            ["RETAIL SALE MEMO", "CASH BILL - SALES DEPOT"]
            if shop
            else (
                ["RECEIPT - SCRAP PAPER SALE", "SCRAP SALE MEMO"]
                if kind == "scrap"
                else ["FACTORY SALE RECEIPT", "FACTORY GATE SALE RECEIPT"]
            ),
        )
    if not j.no_ref:
        heads = {"depot": ["MCD", "CB"], "factory": ["KFF", "SR"], "mail": ["KP", "AR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Memo No.", "Bill No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Bill date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Name of buyer", "Customer"]), party)
    advance = k == 2
    item, per, lo, hi = WARES[kind]
    if kind == "scrap":
        qty = round(rng.uniform(1.5, 9), 2)
        rate = float(rng.randrange(lo, hi, 50))
        bill = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {qty:.2f} tonne x {rate:,.2f}", rs(bill))
    else:
        qty = {"case": rng.randrange(2, 30), "box": rng.randrange(1, 12), "pc": rng.randrange(2, 40)}[per]
        if advance:
            qty = rng.randrange(40, 160)
        rate = float(rng.randrange(lo, hi, 5))
        base = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {qty} {per} x {rate:,.2f}", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        bill = round(base + gst, 2)
    p.pair(
        rng.choice(["Bill amount", "Total", "Order value"] if advance else ["Bill amount", "Total"]), rs(bill)
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Booking advance received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Amount paid in cash"]),
            "UPI": rng.choice(["Received by UPI", "UPI amount received"]),
            "card": rng.choice(["Received by card", "Paid by card (swipe)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(rng.choice(["Balance due", "Balance on delivery"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -9, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "scrap":
        words.append("RECEIVED - SCRAP LIFTED BY BUYER")
    elif unit == "depot" and not advance:
        words.append("PAID - GOODS DELIVERED AT COUNTER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE ACCEPTED - CASES RELEASED ON CREDIT TO OUR ACCOUNT",
        "failed": "CHEQUE BOUNCED - BOOKING CANCELLED, CASES NOT RELEASED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Scrap is sold as lying at the factory yard; the buyer lifts it at his own cost."
        if kind == "scrap"
        else "Fireworks once sold are not taken back. Store away from heat, flame and children.",
    )
    if unit != "mail":
        right(p, f"For {DEPOT if unit == 'depot' else SHORT} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "MAYIL CRACKERS SALES DEPOT" if unit == "depot" else "KATHIROLI FIREWORKS FACTORY",
            "SATTUR ROAD, SIVAKASI" if unit == "depot" else "THAYILPATTI",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. chemicals, tubes, labels, fuse, nitrates


SUPPLIERS = [
    (
        "Sri Annamalaiyar Chemicals",
        "Potassium nitrate | Barium nitrate | Sulphur",
        "Aruppukottai Road, Virudhunagar - 626001, T.N.",
        "33",
        "ANC",
    ),
    (
        "Kovilpatti Paper Tubes & Cones",
        "Paper tubes | Cones | Kraft paper",
        "Ettayapuram Road, Kovilpatti - 628501, T.N.",
        "33",
        "KPT",
    ),
    (
        "Thiruthangal Wrapper & Label Printers",
        "Wrappers | Box labels | Printed cartons",
        "Thiruthangal Main Road, Sivakasi - 626130, T.N.",
        "33",
        "TWL",
    ),
    (
        "Vembakottai Safety Fuse Works",
        "Green fuse | Quick match | Paper fuse",
        "Sattur Road, Vembakottai - 626131, Virudhunagar Dt., T.N.",
        "33",
        "VSF",
    ),
    (
        "Vapi Nitrates & Chemicals Pvt Ltd",
        "Strontium nitrate | Aluminium powder | Magnalium",
        "GIDC Phase II, Vapi - 396195, Gujarat",
        "24",
        "VNC",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "ANC": [
        ("Potassium nitrate (KNO3) - 99% pure", "2834", "kg", 72, 96, 18, 500, 4000),
        ("Barium nitrate - pyro grade", "2834", "kg", 118, 162, 18, 200, 1500),
        ("Sulphur powder - 200 mesh", "2503", "kg", 24, 38, 18, 300, 2500),
    ],
    "KPT": [
        ("Paper tube 1 in. x 4 in. (flower pot)", "4822", "1000 nos", 420, 690, 18, 20, 160),
        ("Paper cone - chakkar", "4822", "1000 nos", 260, 410, 18, 20, 120),
        ("Kraft paper 120 gsm", "4804", "kg", 46, 62, 18, 300, 2400),
    ],
    "TWL": [
        ("Box wrapper 4-colour - sparklers", "4821", "1000 pcs", 380, 620, 18, 20, 200),
        ("Gift box label and lid print", "4821", "1000 pcs", 900, 1600, 18, 5, 60),
        ("Design and plate charges", "998912", "job", 2500, 6500, 18, 1, 3),
    ],
    "VSF": [
        ("Green safety fuse 3 mm", "3603", "kg", 210, 320, 18, 50, 600),
        ("Quick match (piped)", "3603", "metre", 6, 11, 18, 1000, 9000),
        ("Paper fuse - twisted", "3603", "1000 nos", 140, 230, 18, 30, 300),
    ],
    "VNC": [
        ("Strontium nitrate - pyro grade", "2834", "kg", 148, 196, 18, 100, 900),
        ("Aluminium powder (flake) 400 mesh", "7603", "kg", 330, 460, 18, 50, 500),
        ("Magnalium powder 200 mesh", "7603", "kg", 520, 710, 18, 25, 250),
    ],
}
SUPPLY_ORDER = [0, 4, 1, 2, 3, 0, 4, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "NEFT", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Virudhunagar chemical dealer, the Kovilpatti paper tube maker, the Thiruthangal wrapper and label
    printer, the Vembakottai safety fuse works and the Vapi nitrate maker billing the company (paper: the
    supplier on top, its line, address and GSTIN; TAX INVOICE (RECIPIENT'S COPY) / INVOICE (GST) - BUYER'S
    COPY / SALES INVOICE (GST), Inv. No. / Invoice No. / Bill No., Inv. date / Invoice date / Date of invoice,
    Buyer / Bill to / Sold to (buyer) the company, Delivered at the factory, PESO licence of buyer, Place of
    supply, E-way bill No., Lorry No. or Vehicle No., the nitrates, sulphur, tubes, cones, paper, wrappers,
    labels, fuse, aluminium and magnalium with HSN or SAC, kg, metres or jobs x rate or pieces @ rate per
    1000, Taxable value, CGST and SGST or IGST @ 18%, Round off, Invoice total, Less: Advance paid against
    proforma and Balance paid by RTGS / NEFT on some, else Amount credited by RTGS / NEFT / Payment by NEFT /
    Amount received via UPI / UPI payment with UTR / UTR No. / UPI Ref. No. / UPI Ref No., or Cheque received
    / Amount of cheque with Cheque No.; PAID / RECEIVED BY RTGS / NEFT / UPI / PAYMENT RECEIVED IN FULL - NO
    DUES / CHEQUE DEPOSITED - SUBJECT TO REALISATION / CHEQUE RETURNED - INSUFFICIENT FUNDS, PLEASE REMIT
    AGAIN, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
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
        ["TAX INVOICE (RECIPIENT'S COPY)", "INVOICE (GST) - BUYER'S COPY", "SALES INVOICE (GST)"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Inv. No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Inv. date", "Invoice date", "Date of invoice"], PATS_IN)
    ours_to(p, ["Buyer", "Bill to", "Sold to (buyer)"])
    wrap_pair(p, "Delivered at", f"{FACTORY}, Thayilpatti")
    if tag in ("ANC", "VNC", "VSF"):
        p.pair("PESO licence of buyer", f"E/SC/TN/22/{rng.randrange(100, 999)}")
    p.pair("Place of supply", "Tamil Nadu (33)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("TWL", "KPT"):
        p.pair("Vehicle No.", f"TN-67-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("Lorry No.", f"{'GJ-15' if tag == 'VNC' else 'TN-67'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        if unit.startswith("1000 "):
            p.pair(f"  {qty * 1000:,} {unit[5:]} @ {rate:,.2f} per 1000", rs(value))
        else:
            p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
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
        p.pair("Less: Advance paid against proforma", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Amount of cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Amount received via UPI", "UPI payment"])
        else:
            lab = rng.choice([f"Amount credited by {way}", f"Payment by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"RECEIVED BY {way}", "PAYMENT RECEIVED IN FULL - NO DUES"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - INSUFFICIENT FUNDS, PLEASE REMIT AGAIN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after the due date. Subject to {town} jurisdiction. E. & O.E.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Sattur Explosive Van Carriers", "Licensed van hire - 4 loads to the Chennai stockist", 26000, 90000),
    ("Rajapalayam Magazine Builders", "Second magazine - RCC roof and earth mound, RA bill 2", 60000, 280000),
    ("Madurai Lightning Arrester Services", "Lightning arresters - earth pit tests, 9 sheds", 8000, 36000),
    ("Porunai Emission Testing Lab Pvt Ltd", "Sound and emission tests - 14 green crackers", 15000, 62000),
    ("Kamarajar Fire Safety Equipments", "Extinguisher refilling and sand buckets - 32 units", 9000, 42000),
    ("Mr. S. Ponnusamy", "Depot rent - Sattur Road, Oct and Nov", 40000, 120000),
    ("Thiruthangal Transport Co.", "Chemical lorry hire - Virudhunagar to Thayilpatti", 12000, 48000),
    ("Kalaivani Tax Associates", "GST audit and returns - half year fee", 18000, 65000),
]
CORP_PORTALS = [
    ("TMB Corporate Net Banking", "Tamilnad Mercantile Bank", "corporate.tmbnet.in/payments/status"),
    ("KVB Corporate Internet Banking", "Karur Vysya Bank", "cib.kvb.co.in/fundstransfer/view"),
    ("CUB Corporate Net Banking", "City Union Bank", "corporate.cityunionbank.com/payments/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its explosive van carriers, the magazine builder, the lightning arrester servicer,
    the emission testing lab, the fire safety firm, the depot's landlord, the chemical lorry and its tax
    consultants: corporate net banking's transaction pages (TMB Corporate Net Banking, KVB Corporate Internet
    Banking, CUB Corporate Net Banking: the portal on top and the bank's line, then the status and the
    references above the payee: Funds transferred - beneficiary credited / Status: Success - UTR received /
    Pending with checker - not yet released to the bank / Failed - beneficiary bank returned the credit
    (invalid account), UTR / UTR No. / IMPS Ref No., CBS ref. No. / Host reference No.; Beneficiary name /
    Credit to / Payee (account holder) / Transfer to, Beneficiary nickname, Beneficiary A/c and IFSC, Debit
    from the company, Debit amount / Amount (INR) / Transfer amount, Payment mode / Transfer type NEFT / RTGS
    / IMPS, Narration / Remarks, Maker / Checker, Processed on / Value date / Transaction date / Created on /
    Saved on / Returned on / Failed on)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfers', 'Payments', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds transferred - beneficiary credited", "Status: Success - UTR received"],
            "pending": ["Pending with checker - not yet released to the bank"],
            "failed": ["Failed - beneficiary bank returned the credit (invalid account)"],
        },
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["CBS ref. No.", "Host reference No."]), tr, txn=(BANK_RANK, tr))
    p.add("rule")
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Credit to", "Payee (account holder)", "Transfer to"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "SKV")
    ben = rng.choice(BANKS[:9])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit from", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Debit amount", "Amount (INR)", "Transfer amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment mode", "Transfer type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.pair("Maker / Checker", f"KPPLACC / {'-' if status == 'pending' else 'KPPLDIR'}")
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Value date", "Transaction date"],
            "pending": ["Created on", "Saved on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "A returned credit is put back in the debit account on the day the bank returns it.")
    return p.done()


# ---------------------------------------------------------------- 7. fillers, mixers, rollers, packers


# payee, role, kind
WORKERS = [
    ("M. Ponnuthai", "Filler - flower pots (anar)", "filling"),
    ("K. Sudalaimani", "Chemical mixing man", "mixing"),
    ("S. Valliammal", "Paper tube roller", "tubes"),
    ("R. Irulappan", "Fuse cutter and fixer", "fuse"),
    ("P. Pechiammal", "Wrapper and labeller", "wrapping"),
    ("A. Muniyandi", "Chemical mixing man - colour shed", "mixing"),
    ("V. Kaliyammal", "Packer - dispatch shed", "packing"),
    ("T. Chelladurai", "Filler - ground chakkar", "filling"),
]
WORK_FRAMES = ["paper", "bulkpe", "paper", "gpay", "paper", "bulkpe", "paytm", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "filling": (
        ["FILLING SECTION - PIECE WAGES (PER GROSS)", "ANAR FILLING WAGES VOUCHER"],
        ["Name of filler", "Paid to (filler)"],
        "Pieces filled: {q} gross x {rate}",
        (38, 65),
        (40, 180),
        ["Net wages handed over", "Net wages disbursed"],
    ),
    "mixing": (
        ["CHEMICAL MIXING WAGES VOUCHER (PER BATCH)", "MIXING SHED WAGES - PER BATCH"],
        ["Name of mixer", "Paid to (mixer)"],
        "Batches mixed: {q} x {rate}",
        (180, 320),
        (20, 70),
        ["Net wages handed over", "Net paid to worker"],
    ),
    "tubes": (
        ["TUBE ROLLING PIECE RATE SLIP (PER 1000)", "PAPER TUBE ROLLING WAGES VOUCHER"],
        ["Name of roller", "Paid to (roller)"],
        "Tubes rolled: {q} thousand x {rate}",
        (55, 90),
        (40, 160),
        ["Net paid to worker", "Net wages disbursed"],
    ),
    "wrapping": (
        ["WRAPPING & LABELLING WAGES (PER GROSS)", "LABELLING SECTION PIECE WAGE SLIP"],
        ["Name of wrapper", "Paid to (wrapper)"],
        "Boxes wrapped and labelled: {q} gross x {rate}",
        (14, 26),
        (100, 420),
        ["Net wages handed over", "Net paid to worker"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its fillers, chemical mixers, tube rollers, fuse cutters, wrappers and packers by
    the gross, the batch or the thousand: its printed FILLING SECTION - PIECE WAGES (PER GROSS) / ANAR FILLING
    WAGES VOUCHER / TUBE ROLLING PIECE RATE SLIP (PER 1000) / PAPER TUBE ROLLING WAGES VOUCHER / WRAPPING &
    LABELLING WAGES (PER GROSS) / LABELLING SECTION PIECE WAGE SLIP (the company on top with the factory's
    line, Voucher No. / Vr. No., Date / Voucher date, Name of filler / Paid to (filler) / Name of roller /
    Paid to (roller) / Name of wrapper / Paid to (wrapper), Role, Worker ID and Shed No. (no fact), the gross
    or thousands x rate, Add: Attendance bonus (full week) / Add: Diwali season incentive, Gross wages, Less:
    ESI @ 0.75% / Less: Festival advance recovered, Net wages handed over / Net paid to worker / Net wages
    disbursed, Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.; PAID / PAID IN CASH / PAID - WORKER SIGNED
    / PAID - WORKER'S THUMB MARK TAKEN), Bulkpe payout pages for two chemical mixers (Bulkpe on top and the
    company's Payout account line under it, the sum large above the status, Payout successful - amount
    credited / Payout status: CREDITED / Queued - payout will be sent in the next batch / Payout failed -
    beneficiary bank declined, amount refunded to wallet, Beneficiary name / Payee, Beneficiary ID, Account /
    VPA, Transfer mode, Purpose, Bulkpe txn ID, UTR, Client ref. ID, Processed on / Credited on / Queued on /
    Failed on), a Google Pay screen paying a fuse cutter and a Paytm screen paying a packer."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=900, high=24000, p_round=0.9)
    who, role, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "bulkpe":
        j.amount = rupees(rng, 4000, 30000, 0.6)
        tid = f"BPX{digits(rng, 14)}"
        p = browser_page(rng, font, "dashboard.bulkpe.in/payouts/" + ("list" if j.no_ref else tid))
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
                "success": ["Payout successful - amount credited", "Payout status: CREDITED"],
                "pending": ["Queued - payout will be sent in the next batch"],
                "failed": ["Payout failed - beneficiary bank declined, amount refunded to wallet"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee"]), who, merchant=who)
        p.pair("Beneficiary ID", f"BEN{digits(rng, 6)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Account / VPA",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@okicici",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Mixing wages - week 41", "Batch wages - colour shed", "Piece wages"]))
        if not j.no_ref:
            p.pair("Bulkpe txn ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"KPPL-MIX-{digits(rng, 6)}"
            p.pair("Client ref. ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Processed on", "Credited on"],
                "pending": ["Queued on"],
                "failed": ["Failed on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "A failed payout is refunded to the payout wallet within one working day.")
        return p.done()
    if frame in ("gpay", "paytm"):
        j.amount = rupees(rng, 1200, 14000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'paytm', 'ptyes'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Message", "Note"]),
            "Fuse cutting - week" if kind == "fuse" else "Packing 90 cases",
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref. No.", "UPI Reference No."]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Tamilnad Mercantile Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{FACTORY} - {'filling and drying sheds' if kind == 'filling' else 'tube and finishing sheds'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[:2].upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Role", role)
    p.pair("Worker ID", f"KFF-{rng.randrange(10, 480):03d}")
    p.pair("Shed No.", f"{rng.choice(['F', 'T', 'W'])}-{rng.randrange(1, 24)}")
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([200, 300, 500, 750]))
        p.pair(
            rng.choice(["Add: Attendance bonus (full week)", "Add: Diwali season incentive"]),
            rs(extra),
        )
        gross += extra
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        esi = round(gross * 0.0075, 2)
        p.pair("Less: ESI @ 0.75%", rs(esi))
        cut += esi
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Festival advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 7 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - WORKER SIGNED"]
    if way == "Cash":
        words += ["PAID IN CASH", "PAID - WORKER'S THUMB MARK TAKEN"]
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. PESO, DISH, TNPCB, panchayat, ...


FEE_FRAMES = ["peso", "dish", "tnpcb", "panchayat", "corporation", "fire", "welfare", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a licensed fireworks factory at Thayilpatti and its sales depot in Sivakasi: PESO's licence
    renewal (Petroleum and Explosives Safety Organisation / PESO on top and the DPIIT line, Name of licensee,
    Licence No., Licence form, the Licence fee (renewal, 1 year) and the Fee for magazines (n), Total fee paid
    / Amount paid, Transaction ID, Bank Ref No., Bharatkosh receipt No.), DISH's factory licence renewal (the
    Directorate of Industrial Safety and Health, Tamil Nadu on top, Name of factory, Factory licence No.,
    Workers / Horse power declared, the Licence renewal fee and a Late fee, Total fee paid / Amount remitted,
    Transaction ID, Bank Ref No.), TNPCB's consent fee (the Board on top and the OCMMS line, Name of the unit,
    Category, Application No., the Water Act and Air Act fees, Total fee paid, Transaction ref. No., Bank Ref
    No.), Thayilpatti Village Panchayat's property tax page (the panchayat on top and the Panchayat Union
    line, Name of assessee, Assessment No., the Property tax (first half 2026-27), Water charges and Library
    cess, Total amount paid / Amount paid, Transaction ID, Receipt No.), Sivakasi City Municipal Corporation's
    trade licence page (the Corporation on top, Name of trader, Trade licence No., Ward, the Trade licence fee
    (hazardous trade - fireworks storage) and the Advertisement board fee, Total amount / Amount, Transaction
    ID, Transaction date / Attempted on; Payment unsuccessful - trade licence fee not received by the
    Corporation), the Fire and Rescue Services' NOC renewal for the depot (the department on top, Name of
    premises, Occupancy, Application No., NOC renewal fee, Inspection fee, Total amount / Amount, Transaction
    ID, Initiated on / Transaction date; Awaiting bank confirmation - NOC application moves after the fee is
    confirmed, do not pay again), the Labour Welfare Board's annual contribution (the Board on top, Name of
    employer, Employer code, the Employees' contribution n x Rs 20 and the Employer's contribution n x Rs 40,
    Total contribution paid / Amount paid, Transaction ID, Challan No.) and the Transport Department's Vahan
    tax page (the department on top and the Vahan line, Owner name, Registration No., Vehicle class, Tax valid
    upto, Motor vehicle tax (quarterly), Total amount paid / Amount paid, Transaction No., Bank Ref No.,
    Receipt No.); Payment mode, Payment date / Date of payment / Receipt date; Payment successful / Fee
    received - e-receipt issued / Payment realised by the department / Fee remitted - challan closed."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Fee received - e-receipt issued",
        "Payment realised by the department",
        "Fee remitted - challan closed",
    ]
    if frame == "peso":
        p = browser_page(rng, font, f"online.peso.gov.in/PESO_PAY/receipt.aspx?id={digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Petroleum and Explosives Safety Organisation", "PESO"])
        top(p, name, merchant=name)
        p.add("small", "DPIIT, Ministry of Commerce & Industry  |  Online licensing - fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of licensee", f"{firm} ({FACTORY})")
        p.pair("Licence No.", f"E/SC/TN/22/{rng.randrange(100, 999)}(E{digits(rng, 5)})")
        p.pair("Licence form", "LE-3 - manufacture of fireworks")
        fee = float(rng.choice([3000, 4500, 6000]))
        mags = rng.randrange(2, 6)
        mag = float(mags * rng.choice([500, 750]))
        p.pair("Licence fee (renewal, 1 year)", rs(fee))
        p.pair(f"Fee for magazines ({mags})", rs(mag))
        j.amount = fee + mag
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"PESO{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                (
                    "Bharatkosh receipt No.",
                    INVOICE_RANK,
                    f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}",
                ),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The licence is renewed after the fee is verified; keep the copy at the factory gate."
    elif frame == "dish":
        p = browser_page(rng, font, f"dish.tn.gov.in/online/licence/renewal/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Directorate of Industrial Safety and Health, Tamil Nadu",
                "DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH, TAMIL NADU",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare and Skill Development Department  |  Renewal of factory licence")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of factory", f"{FACTORY} ({firm})")
        p.pair("Factory licence No.", f"VRD/{rng.randrange(1000, 9999)}")
        workers = rng.randrange(60, 240)
        p.pair("Workers / Horse power declared", f"{workers} / {rng.choice([15, 20, 30])} HP")
        fee = float(rng.choice([6800, 9400, 12600]))
        late = float(rng.choice([0, 0, 1000]))
        p.pair("Licence renewal fee", rs(fee))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(rng.choice(["Total fee paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DISH{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The renewed licence is issued after the Deputy Director's inspection of the sheds."
    elif frame == "tnpcb":
        p = browser_page(rng, font, f"tnpcb.gov.in/ocmms/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Pollution Control Board", "TAMIL NADU POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "OCMMS - online consent management  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the unit", f"{FACTORY} ({firm})")
        p.pair("Category", rng.choice(["Orange - fireworks manufacture", "Orange - manufacture of crackers"]))
        p.pair("Application No.", f"TNPCB/VNR/{digits(rng, 7)}")
        water = float(rng.choice([3000, 4500, 6000]))
        air = float(rng.choice([4000, 6000, 9000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"OCMMS{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after the District Environmental Engineer's inspection."
    elif frame == "panchayat":
        p = browser_page(rng, font, f"vptax.tnrd.tn.gov.in/receipt/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(["Thayilpatti Village Panchayat", "THAYILPATTI VILLAGE PANCHAYAT"])
        top(p, name, merchant=name)
        p.add("small", "Vembakottai Panchayat Union, Virudhunagar District  |  Property tax - online")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of assessee", firm)
        p.pair("Assessment No.", f"THP/{rng.randrange(1, 9)}/{digits(rng, 4)}")
        heads = [
            ("Property tax (first half 2026-27)", 6200.0, 14800.0),
            ("Water charges", 600.0, 1800.0),
        ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        cess = float(round(heads and total * 0.05))
        p.pair("Library cess", rs(cess))
        total += cess
        j.amount = round(total, 2)
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"VPT{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"THP/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "This is a computer generated receipt of the Village Panchayat and needs no signature."
    elif frame == "corporation":
        p = browser_page(rng, font, f"tnurbanepay.tn.gov.in/TradeLicence/PaymentStatus/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Sivakasi City Municipal Corporation", "SIVAKASI CITY MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        p.add("small", "Virudhunagar District  |  Trade licence - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "failed": ["Payment unsuccessful - trade licence fee not received by the Corporation"],
            },
        )
        wrap_pair(p, "Name of trader", f"{DEPOT} ({firm})")
        p.pair("Trade licence No.", f"SKV/TL/{digits(rng, 5)}")
        p.pair("Ward", rng.choice(["Ward No. 21 (Sattur Road)", "Ward No. 23 (Velayutham Road)"]))
        lic = float(rng.choice([5000, 7500, 10000]))
        board = float(rng.choice([600, 900, 1200]))
        p.pair("Trade licence fee (hazardous trade - fireworks storage)", rs(lic))
        p.pair("Advertisement board fee", rs(board))
        j.amount = lic + board
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"SCMC{digits(rng, 11)}")])
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date", "Attempted on"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt and needs no signature."
            if status == "success"
            else "If your account was debited, the amount is refunded by the bank in 5-7 working days."
        )
    elif frame == "fire":
        p = browser_page(rng, font, f"tnfrs.tn.gov.in/noc/payment/status/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Fire and Rescue Services", "TAMIL NADU FIRE & RESCUE SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Single window portal, Government of Tamil Nadu  |  Fire NOC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": [
                    "Awaiting bank confirmation - NOC application moves after the fee is confirmed, "
                    "do not pay again"
                ],
            },
        )
        wrap_pair(p, "Name of premises", f"{DEPOT} - storage and sale of fireworks")
        p.pair("Occupancy", "Mercantile (hazardous storage)")
        p.pair("Application No.", f"TNFRS/VNR/{digits(rng, 6)}")
        renew = float(rng.choice([5000, 7500, 10000]))
        visit = float(rng.choice([1000, 1500, 2000]))
        p.pair("NOC renewal fee", rs(renew))
        p.pair("Inspection fee", rs(visit))
        j.amount = renew + visit
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"TNFRS{digits(rng, 10)}")])
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The NOC is renewed after the station officer inspects the depot; keep this receipt ready."
    elif frame == "welfare":
        p = browser_page(rng, font, f"lwb.tn.gov.in/contribution/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Labour Welfare Board", "TAMIL NADU LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare and Skill Development Department  |  Annual contribution")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of employer", f"{firm} ({FACTORY})")
        p.pair("Employer code", f"VNR/{digits(rng, 5)}")
        n = rng.randrange(60, 240)
        p.pair(f"Employees' contribution - {n} x Rs 20", rs(float(n * 20)))
        p.pair(f"Employer's contribution - {n} x Rs 40", rs(float(n * 40)))
        j.amount = float(n * 60)
        p.pair(rng.choice(["Total contribution paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"TNLWB{digits(rng, 10)}"),
                ("Challan No.", INVOICE_RANK, f"LWB/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The contribution for the calendar year is due by 31 January of the next year."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice(
            ["Transport Department, Tamil Nadu", "Transport Department, Government of Tamil Nadu"]
        )
        top(p, name, merchant=name)
        p.add("small", "Vahan - Ministry of Road Transport & Highways  |  Tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"TN-67-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (explosives van)", "Goods carrier (LGV)"]))
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        tax = float(rng.choice([2400, 3600, 4850]))
        p.pair("Motor vehicle tax (quarterly)", rs(tax))
        j.amount = tax
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"TN{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"TN{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Carry the e-receipt in the vehicle with the explosives van licence and the fitness."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "IndusInd General Insurance Co. Ltd",
        "indusindgeneral.com",
        "Standard fire and special perils - sheds, magazines and stock",
        "browser",
        "fire",
    ),
    (
        "Galaxy Health Insurance Co. Ltd",
        "galaxyhealth.com",
        "Group health insurance - office and depot staff",
        "mail",
        "health",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Public liability (Act) policy - Public Liability Insurance Act, 1991",
        "paper",
        "pli",
    ),
    (
        "Chola MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Goods carrying vehicle (explosives van) - package policy",
        "browser",
        "vehicle",
    ),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Employees' compensation - factory workers",
        "mail",
        "wc",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Marine inland transit - consignments to stockists by road",
        "paper",
        "transit",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Shopkeeper's policy - sales depot stock, fire and burglary",
        "browser",
        "depot",
    ),
    (
        "Aditya Birla Health Insurance Co. Ltd",
        "adityabirlacapital.com",
        "Group personal accident - filling and mixing shed workers",
        "mail",
        "gpa",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its sheds, magazines and stock, its office and depot staff's health, its public
    liability under the Act, its explosives van, its factory workers, its consignments to the stockists, the
    depot's stock and its filling and mixing shed workers: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / RECEIPT FOR PREMIUM PAID /
    Premium paid - e-receipt, Name of insured / Policy holder / Insured, Policy No., Proposal No. / Quote No.,
    Sum insured - sheds, magazines and stock / Lives covered / Limit of indemnity (Act) / IDV (insured
    declared value) / Estimated annual wages / Annual turnover in transit / Sum insured - depot stock /
    Persons covered, Period of insurance, Basic premium or Own damage premium and Third party premium, an
    add-on (Earthquake (fire and shock), Maternity cover, Hazardous goods loading, Occupational disease,
    Loading and unloading cover, Burglary section, Medical expenses extension), GST @ 18%, the Contribution to
    Environment Relief Fund on the public liability receipt, Total premium received / Premium collected (incl.
    GST) / Amount received towards premium / Premium realised (incl. GST) / Cheque amount / Premium due /
    Total payable, then the status under the sum: Premium received - policy issued and mailed to you / Payment
    successful - e-policy ready to download / CHEQUE UNDER CLEARING - RISK COVERED FROM DATE OF REALISATION /
    Payment not completed - proposal lapses if unpaid in 15 days; Payment mode, Cheque No., Payment ref. No. /
    Online payment ID, UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Receipt date / Date of
    receipt / Premium paid on / Cheque received on / Attempted on / Payment tried on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'pay', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Assurance")[0]
        p = mail_page(
            rng, font, f"{short} <care@{host}>", ["Premium receipt - your policy", "Your premium is received"]
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
                ["Branch Office, Velayutham Road, Sivakasi", "Divisional Office, Bypass Road, Madurai"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "RECEIPT FOR PREMIUM PAID", "Premium paid - e-receipt"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p,
        rng.choice(["Name of insured", "Policy holder", "Insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['11', '31', '48'])}/2026/{digits(rng, 6)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quote No."]), f"P{digits(rng, 10)}")
    addon = None
    erf = 0.0
    taxed_heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(8000000, 40000000, 100000))
        p.pair("Sum insured - sheds, magazines and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0018, 0.003), 2)
        addon = ("Earthquake (fire and shock)", round(insured * 0.0001, 2))
    elif kind == "health":
        lives = rng.randrange(8, 26)
        p.pair("Lives covered", f"{lives} staff and families")
        basic = round(lives * rng.uniform(8000, 13500), 2)
        addon = ("Maternity cover", round(lives * 650.0, 2))
    elif kind == "pli":
        limit = float(rng.choice([5000000, 10000000, 20000000]))
        p.pair("Limit of indemnity (Act)", rs(limit))
        basic = round(limit * rng.uniform(0.0009, 0.0015), 2)
    elif kind == "vehicle":
        idv = float(rng.randrange(520000, 1100000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"TN-67-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.014, 0.022), 2)
        taxed_heads = [
            ("Own damage premium", basic),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
        addon = ("Hazardous goods loading", round(basic * 0.25, 2))
    elif kind == "wc":
        wages = float(rng.randrange(4000000, 12000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(60, 240)))
        basic = round(wages * rng.uniform(0.012, 0.02), 2)
        addon = ("Occupational disease", round(wages * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        basic = round(turnover * rng.uniform(0.0008, 0.0012), 2)
        addon = ("Loading and unloading cover", round(turnover * 0.00004, 2))
    elif kind == "depot":
        insured = float(rng.randrange(1500000, 6000000, 50000))
        p.pair("Sum insured - depot stock", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.0035), 2)
        addon = ("Burglary section", round(insured * 0.0004, 2))
    else:
        persons = rng.randrange(40, 160)
        p.pair("Persons covered", f"{persons} x Rs 5,00,000")
        basic = round(persons * rng.uniform(420, 680), 2)
        addon = ("Medical expenses extension", round(persons * 90.0, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"12 months from {j.other_day(rng, 1, 6)}")
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
    if kind == "pli":
        erf = taxed
        p.pair("Contribution to Environment Relief Fund", rs(erf))
    j.amount = round(taxed + gst + erf, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": [
            "Total premium received",
            "Premium collected (incl. GST)",
            "Amount received towards premium",
            "Premium realised (incl. GST)",
        ],
        "pending": ["Cheque amount"],
        "failed": ["Premium due", "Total payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - policy issued and mailed to you",
                "Payment successful - e-policy ready to download",
            ],
            "pending": ["CHEQUE UNDER CLEARING - RISK COVERED FROM DATE OF REALISATION"],
            "failed": ["Payment not completed - proposal lapses if unpaid in 15 days"],
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
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PAY', 'OP', 'IG'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Online payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Date of receipt", "Premium paid on"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Payment tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of the premium. Fireworks risks carry the excess stated in the "
        "policy.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("MAYIL CRACKERS SALES DEPOT", "SATTUR ROAD, SIVAKASI", "own"),
    ("KAMATCHI FUEL STATION (BPCL)", "SATTUR ROAD, SIVAKASI", "fuel"),
    ("KATHIROLI PYROTECHNICS", "THAYILPATTI, VIRUDHUNAGAR DT", "own"),
    ("HOTEL VAIGAI GRAND", "WEST VELI STREET, MADURAI", "hotel"),
    ("VIRUDHUNAGAR CHEMICAL STORES", "MAIN BAZAAR, VIRUDHUNAGAR", "shop"),
    ("KATHIROLI FIREWORKS FACTORY", "THAYILPATTI 626128", "own"),
    ("SATTUR PAROTTA KADAI", "MADURAI ROAD, SATTUR", "food"),
    ("MAYIL CRACKERS SALES DEPOT", "SIVAKASI 626123 TN", "own"),
]
TERMINALS = [
    "TAMILNAD MERCANTILE BANK",
    "BPCL",
    "KARUR VYSYA BANK",
    "INDIAN BANK",
    "CITY UNION BANK",
    "PINE LABS",
    "RAZORPAY POS",
    "INDIAN OVERSEAS BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' and stockists' cards on the depot's, the company's and the factory's terminals, and the
    company's card at a filling station on the Sattur road, a Madurai hotel, a Virudhunagar chemical store and
    a Sattur parotta stall: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals, DATE: and TIME: / DT: and TM: / TXN DT:, MID:, TID:, BATCH NO:,
    STAN:, INV NO: / BILL NO: / INVOICE NO:, SALE / SALE - CHIP / SALE - CONTACTLESS, CARD NO:, CARD TYPE:, a
    fuel sale's PRODUCT:, RATE/L:, VOLUME(L):, PUMP NO: and VEHICLE NO:, a hotel's ROOM NO:, APPR CODE: / AUTH
    CODE: / APPROVAL CODE:, RRN: / REF NO:, SALE AMOUNT: / AMOUNT: / TOTAL: / NET SALE AMT:; APPROVED / TXN
    APPROVED / TXN SUCCESSFUL - APPROVED / DECLINED - 51 INSUFFICIENT FUNDS IN ACCOUNT / TIMEOUT - NO REPLY
    FROM ISSUER, CHECK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=900, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 8200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 15800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 350, 16500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 240, 3400, 0.5)
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
            p.pair("TXN DT:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "SALE - CONTACTLESS"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(92.5, 102.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "SPEED PETROL"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"TN67{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT:", "TOTAL:", "NET SALE AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add(
            "center", rng.choice(["APPROVED", "TXN APPROVED", "TXN SUCCESSFUL - APPROVED"]), status="success"
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS IN ACCOUNT", status="failed")
    else:
        p.add("center", "TIMEOUT - NO REPLY FROM ISSUER, CHECK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone, LPG, DTH bills


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service connection No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
]
BILL_APPS = ["TNPDCL", "KVB DLite", "PhonePe", "TNPDCL", "Google Pay", "Amazon Pay", "CRED", "Paytm"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 1]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's and the depot's electricity (TNPDCL), the office fibre (BSNL Bharat Fibre), the manager's
    postpaid phone (Airtel), the workers' canteen LPG (Indane) and the depot's DTH (Tata Play) through Bharat
    Connect in KVB DLite and UPI apps (PhonePe, Google Pay, Amazon Pay, CRED, Paytm: the app on top, the sum
    large above the status, Biller / Biller name / Service provider / Biller (provider) / Paid to biller /
    Operator as printed, Service connection No. / Telephone No. / Mobile No. / LPG ID / Subscriber ID,
    Customer name / Consumer name / Name as per bill, Bill month and Due date on some, Paid from Current A/c
    or UPI, Bharat Connect Ref. No. / BBPS Ref ID / B-Connect ref., UPI Ref No., Transaction ID on the failed
    one, Paid on / Transaction date & time; Bill paid successfully / Payment successful / Bill payment
    successful - biller notified / Bill payment in progress - biller confirmation awaited, do not pay again /
    Bill payment failed - money, if deducted, returns to your account in 3-5 days) and TNPDCL's own receipt
    page (TNPDCL, Tamil Nadu Power Distribution Corporation Ltd or its capitals on top with its TNEB line,
    Service connection No., Circle, Consumer name, Bill month, Amount paid / Paid amount, Payment mode,
    Transaction ID, Receipt No., Payment date / Paid on; Payment successful / Payment posted - thank you for
    paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=6000, high=95000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 0 and k == 1:
        j.amount = rupees(rng, 60000, 380000, 0.4)
    elif which == 1:
        j.amount = rupees(rng, 799, 3499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 449, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 1780, 9600, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 899, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Service connection No.": f"{rng.randrange(5, 9):02d}-{rng.randrange(100, 999)}-{digits(rng, 3)}"
        f"-{digits(rng, 4)}",
        "Telephone No.": f"04562-{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "LPG ID": f"{digits(rng, 17)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnebltd.gov.in/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A TNEB Ltd company  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment successful", "Payment posted - thank you for paying online"]}
        )
        p.pair(idlab, ids)
        p.pair("Circle", rng.choice(["Virudhunagar EDC", "Sivakasi distribution"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNPD{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your service connection within 48 hours.")
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
            "pending": ["Bill payment in progress - biller confirmation awaited, do not pay again"],
            "failed": ["Bill payment failed - money, if deducted, returns to your account in 3-5 days"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        "Operator"
        if which in (1, 2)
        else rng.choice(["Biller", "Biller name", "Service provider", "Biller (provider)", "Paid to biller"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Name as per bill"]),
        rng.choice([COMPANY_CAPS, FACTORY.upper(), DEPOT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "KVB DLite" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "CRED": "CR", "Amazon Pay": "AZ"}.get(
                app, "KV"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID", "B-Connect ref."]),
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
    "SATTUR EXPLOSIVE VAN",
    "ANNAMALAIYAR CHEMICA",
    "M PONNUTHAI",
    "VAPI NITRATES & CHEM",
    "RAJAPALAYAM MAGAZINE",
    "R IRULAPPAN",
    "K SUDALAIMANI",
    "THAYILPATTI PANCHAYA",
]
SENDERS = {
    "Tamilnad Mercantile Bank": "VM-TMBANK",
    "Karur Vysya Bank": "AX-KVBANK",
    "Indian Bank": "JD-INDBNK",
    "City Union Bank": "VK-CUBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-TMBANK /
    AX-KVBANK / JD-INDBNK / VK-CUBANK, the day divider, each bank's own wording: "TMB: Your A/c XX1234 is
    debited with INR x on <day> for <way> to <payee>.", "Dear Customer, Rs.x has been debited from your KVB
    A/c **1234 on <day> via <way> favouring <payee>.", "Indian Bank: A/c *1234 debited Rs. x on <day>; <way>
    to <payee>.", City Union Bank's UPI "CUB: Rs.x debited from A/c XX1234 on <day> through UPI to <payee>.
    UPI Ref No <ref>"; a transfer that "was REJECTED by the beneficiary bank; the amount is refunded to your
    A/c." and one that "is PENDING with the beneficiary bank - please wait before retrying.") and two e-mail
    debit alerts (Tamilnad Mercantile Bank's or Karur Vysya Bank's: Amount transferred / Amount (INR),
    Transferred in favour of / Beneficiary, Account, Channel, UTR No. / IMPS Ref No., Debit date / Transaction
    date, Status: Successful - debited / Transaction status: Debit completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=9000, high=360000)
    to = ALERT_PAYEES[k]
    if k in (2, 5, 6):
        j.amount = rupees(rng, 1500, 22000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 6000, 26000)
    if k in (0, 4):
        bank = rng.choice(["Tamilnad Mercantile Bank", "Karur Vysya Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} e-Alerts <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer from current account", "e-Alert: fund transfer debit"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the transfer below has been debited from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount transferred", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred in favour of", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Debit date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Status: Successful - debited", "Transaction status: Debit completed"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "The bank never asks for your OTP, PIN or password. Report an unknown debit at once.",
        )
        return p.done()
    if k == 5:
        way = "UPI"
    elif k in (2, 6):
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # City Union Bank's "through UPI to" is its UPI wording; each other bank's debit wording on one success
    bank = {
        2: "Karur Vysya Bank",
        3: "Indian Bank",
        5: "City Union Bank",
        7: "Tamilnad Mercantile Bank",
    }.get(k, rng.choice(["Tamilnad Mercantile Bank", "Karur Vysya Bank", "Indian Bank"]))
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
        if bank == "City Union Bank":
            p.add("left", f"CUB: Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"through UPI to {to}.", merchant=to, method=method)
        elif bank == "Tamilnad Mercantile Bank":
            p.add("left", f"TMB: Your A/c XX{tail} is debited with INR {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Karur Vysya Bank":
            p.add("left", f"Dear Customer, Rs.{amt} has been debited from", amount=j.amount)
            p.add("left", f"your KVB A/c **{tail}{on} via {way}", method=method)
            p.add("left", f"favouring {to}.", merchant=to)
        else:
            p.add("left", f"Indian Bank: A/c *{tail} debited Rs. {amt}{on};", amount=j.amount)
            p.add("left", f"{way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was REJECTED by the beneficiary bank; the amount is refunded to your A/c.",
            "pending": "is PENDING with the beneficiary bank - please wait before retrying.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "City Union Bank":
            p.add("left", f"UPI Ref No {ref}. Not you? Call 1800-258-1700", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "City Union Bank":
            p.add("small", "-City Union Bank", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 30000, 2400000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    [
                        "Not you? Block your account through the bank's app",
                        "If not done by you, call the bank",
                    ]
                ),
            )
    if bank != "City Union Bank":
        p.add(
            "small",
            {"Tamilnad Mercantile Bank": "-TMB", "Karur Vysya Bank": "-KVB"}.get(bank, "-Indian Bank"),
        )
    return p.done()


compose = compose158

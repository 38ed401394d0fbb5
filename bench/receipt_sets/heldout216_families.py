"""The twelve heldout216 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a fly-ash and clay brick maker near Bihta, Patna district, Bihar, in 2026 (Kanak
Bhumi Bricks Pvt Ltd, its zig-zag clay brick kiln, Kanak Eent Bhatta, at village Amhara, its fly ash brick plant,
Kanak Fly Ash Bricks, in the BIADA industrial area, and its sales yard, Kanak Brick Depot, on the Bihta-Danapur
road), told by the proofs of payment it receives and makes: builders', contractors' and house-builders' UPI screens
and the yard's Paytm and PhonePe payment gateway pages, builders', road contractors' and Infra.Market's payment
advices, Bihari workers abroad and a Nepali builder paying for bricks and a clean-kiln trust's grant by inward wires
in UAE dirhams, Saudi riyals, Qatari riyals, US dollars, Malaysian ringgit, pounds and Singapore dollars, its own
money receipts, cash memos, booking advances and rora and jhama sales, the coal trader's, the sand supplier's, the
fly ash carrier's, the lime and gypsum works' and the earthmover's tax invoices, the net-banking transfers to the
tractor transporter, the JCB owner, the chimney mason, the tarpaulin shop, the weighbridge firm, the tipper owner,
the tractor mechanic and the borewell firm, the moulders' (pathera), firemen's (jalai mistri) and loaders'
per-thousand vouchers with their advances (peshgi) and khuraki, Cashfree Payouts, PhonePe and Paytm payments to
them, the Mines and Geology Department's royalty challans (OGRAS), the Bihar State Pollution Control Board's, Nagar
Parishad Bihta's, the Labour Resources Department's, the Revenue and Land Reforms Department's and Legal Metrology's
pages, insurers' premium receipts, card terminal slips, SBPDCL's power and the fibre, postpaid, landline and FASTag
bills, and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the "A unit of" line, delivery challans
listed on an advice, work order, PO, vendor, kiln registration, holding, khata, khesra, application, licence,
policy, proposal, worker card, jodi and CA numbers, bricks, thousands, trips, trolleys, tonnes, cft, bags, hours,
rates, breakage, short supply and retention debits, peshgi, khuraki, TDS, GST and cess lines, INR values on the
wires, exchange rates, sums insured, limits, wages and turnover declared, lives covered, periods of insurance, bill
months, due days, seasons, GSTIN, IFSC, UETR, e-way bill and vehicle numbers, heads of account, MID, TID, batch and
trace numbers, beneficiary short names, the initiator and the authoriser and the payer's own details carry no fact.
``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26
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

COMPANY = "Kanak Bhumi Bricks Pvt Ltd"
COMPANY_CAPS = "KANAK BHUMI BRICKS PVT LTD"
SHORT = "Kanak Bhumi Bricks"
KILN = "Kanak Eent Bhatta"
ASH = "Kanak Fly Ash Bricks"
DEPOT = "Kanak Brick Depot"
# unit: its line, address, GST state code
UNITS = {
    "kiln": (
        "Zig-zag clay brick kiln | Awwal, doyam and jhama bricks",
        "Village Amhara, P.O. Bihta, Patna - 801103, Bihar",
        "10",
    ),
    "ash": (
        "Fly ash bricks | IS 12894 | Machine pressed",
        "Plot B-7, BIADA Industrial Area, Bihta, Patna - 801103, Bihar",
        "10",
    ),
    "depot": (
        "Brick sales yard | Delivery at site by tractor",
        "Bihta-Danapur Road, near Bihta Chowk, Patna - 801103, Bihar",
        "10",
    ),
}
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "Bank of India",
    "Canara Bank",
    "Union Bank of India",
    "Central Bank of India",
    "UCO Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Bank of India": "BKID",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Central Bank of India": "CBIN",
    "UCO Bank": "UCBA",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "State Bank of India": "sbi.co.in",
    "Punjab National Bank": "pnb.co.in",
    "Bank of India": "bankofindia.co.in",
    "Canara Bank": "canarabank.com",
    "Union Bank of India": "unionbankofindia.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
PAYER_BANKS = BANKS[:7] + ["Dakshin Bihar Gramin Bank"]
# a brick's grade: its line, HSN, price per thousand (low, high), GST %
BRICKS = {
    "awwal": ("Awwal (No. 1) red bricks", "6901", 9400, 12400, 6),
    "doyam": ("Doyam (No. 2) red bricks", "6901", 7600, 9300, 6),
    "jhama": ("Jhama (over-burnt) bricks", "6901", 5200, 6800, 6),
    "ash": ("Fly ash bricks 230x110x75 mm", "6815", 6100, 7400, 5),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to party / Recipient (bill to) / Billed to / Buyer: no fact)."""
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
    return DOMAINS.get(bank, bank.split()[0].lower() + ".co.in")


def lakh(n: int) -> str:
    """A count in the Indian grouping (1,12,000)."""
    text = str(n)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def per_thousand(rng: random.Random, kind: str, low: int, high: int) -> tuple[int, float]:
    """A lot of bricks of ``kind`` (whole hundreds, ``low`` to ``high`` thousand) and its rate per thousand."""
    _, _, lo, hi, _ = BRICKS[kind]
    count = rng.randrange(low * 10, high * 10) * 100
    return count, float(rng.randrange(lo, hi, 50))


# ---------------------------------------------------------------- 1. house-builders: UPI and gateway pages


BUYER_APPS = ["PhonePe", "Google Pay", "Paytm PG", "BHIM", "WhatsApp", "PhonePe PG", "Paytm", "super.money"]
ASH_AT = (1, 6)
BUYER_NOTES = [
    "Awwal eent 5000",
    "Eent booking advance",
    "Bricks + bhada",
    "Doyam eent - 8 hazar",
    "Ghar ka kaam - eent",
    "Site Naubatpur - bricks",
    "Jhama eent - boundary",
]
ASH_NOTES = ["Fly ash eent 4000", "Fly ash bricks - boundary wall", "Ash bricks for godown"]
BUILDERS = [
    ("Er. Abhishek Anand, Khagaul", "Booking - 20,000 awwal bricks (advance)"),
    ("Jai Bajrang Builders, Phulwari Sharif", "Fly ash bricks - 12,000 nos with delivery"),
    ("Smt. Rekha Sinha, Saguna More", "Bricks for house - balance payment"),
    ("Maa Vaishno Constructions, Maner", "Awwal bricks - 3 tractor trips"),
]
BUYER_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "WhatsApp": ["UPI transaction ID", "UPI Ref. No."],
    "super.money": ["UPI Ref No.", "UTR"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders, contractors and families building their houses paying the yard and the fly ash plant: six UPI
    screens (PhonePe, Google Pay, BHIM, WhatsApp, Paytm, super.money: the depot, the fly ash unit or the company
    under Paid to / To / Sent to / Payment to / Paying to, its UPI ID, a Banking name line on some, the sum large, a
    note, UTR / UPI Ref. No. / UPI Reference No. / UPI transaction ID / UPI Ref No, PhonePe's and Paytm's own
    Transaction ID and Google Pay's Google transaction ID on some, Debited from / From / Paid from, Date & time /
    Paid on / Completed on / Initiated on; Payment successful / Paid successfully / Payment sent successfully /
    Payment pending - awaiting confirmation from receiver's bank / Payment failed - UPI limit for the day exceeded)
    and two of the yard's payment gateway pages (Paytm Payment Gateway, PhonePe Payment Gateway: the depot or the
    company on top, Customer name / Paid by / Payer name, Order details / Purpose, Paytm's Transaction ID and Order
    ID, PhonePe's Transaction ID OM... and Merchant order ID, Bank Txn ID / UTR / Bank Ref No. or Auth code, Paid on
    / Payment date / Transaction time; Payment successful / Paid - order confirmed)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=3000, high=96000, p_round=0.85)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.75)
    if app in ("Paytm PG", "PhonePe PG"):
        j.amount = rupees(rng, 18000, 240000, 0.8)
        who, what = BUILDERS[(k + rng.randrange(3)) % len(BUILDERS)]
        to = rng.choice([DEPOT, DEPOT, COMPANY, SHORT])
        url = (
            f"paytm.me/kanak-bricks/{code(rng, 7, ALNUM + LOWER)}"
            if app == "Paytm PG"
            else f"mercury.phonepe.com/transact/{code(rng, 9, LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Bricks and fly ash bricks - Bihta, Patna", "Brick yard, Bihta-Danapur Road"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid - order confirmed"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Paid by", "Payer name"]), who)
        wrap_pair(p, rng.choice(["Order details", "Purpose"]), what)
        way = rng.choice(["UPI", "UPI", "card", "netbanking"])
        if way == "UPI" and j.amount > 100000:
            way = rng.choice(["card", "netbanking"])
        p.pair(
            rng.choice(["Payment method", "Paid via", "Payment mode"]),
            {
                "UPI": "UPI",
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} debit card {masked(rng, font)}",
                "netbanking": f"Net banking - {rng.choice(PAYER_BANKS[:6])}",
            }[way],
            method=way,
        )
        if not j.no_ref:
            if app == "Paytm PG":
                tid = digits(rng, 20)
                wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
                oid = f"KBB{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                tid = f"OM{digits(rng, 20)}"
                wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
                oid = f"KBD-{digits(rng, 8)}"
                p.pair("Merchant order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank Txn ID" if app == "Paytm PG" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add(
            "small",
            "Powered by Paytm Payment Gateway" if app == "Paytm PG" else "Secured by PhonePe Payment Gateway",
        )
        return p.done()
    if k in ASH_AT:
        to = rng.choice([ASH, ASH.upper()])
        handle = f"kanakflyash{rng.choice(['', '.bihta'])}@{rng.choice(['sbi', 'boi', 'ybl'])}"
    else:
        to = rng.choice([DEPOT, DEPOT.upper(), COMPANY_CAPS])
        handle = f"kanakbricks{rng.choice(['', '26', '.depot'])}@{rng.choice(['sbi', 'pnb', 'ybl', 'paytm'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "WhatsApp": "WhatsApp Payments"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Payment sent successfully"],
            "pending": ["Payment pending - awaiting confirmation from receiver's bank"],
            "failed": ["Payment failed - UPI limit for the day exceeded"],
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
    if app in ("PhonePe", "Paytm", "BHIM") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(ASH_NOTES if k in ASH_AT else BUYER_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from"] if status == "success" else ["Debited from", "From"]
        ),
        f"{rng.choice(PAYER_BANKS)} XX{digits(rng, 4)}",
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
        "small",
        rng.choice(["Powered by UPI", "Share receipt  |  Done", "Report a problem with this payment"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. builders' and Infra.Market's payment advices


PAYERS = [
    ("Pataliputra Homes & Infra Pvt Ltd", "accounts@pataliputrahomes.in", "Bailey Road, Patna", "mail"),
    ("Magadh Buildcon Pvt Ltd", "magadhbuildcon@gmail.com", "Kankarbagh, Patna", "paper"),
    (
        "Hella Infra Market Pvt Ltd",
        "vendorpayments@infra.market",
        "Infra.Market, Andheri (E), Mumbai",
        "portal",
    ),
    ("Sone Nagar Developers LLP", "finance@sonenagardevelopers.in", "Danapur Cantt, Patna", "mail"),
    ("Shri Ram Janki Constructions", "srjconstructions.arrah@gmail.com", "Nawada Chowk, Arrah", "paper"),
    ("Vaishali Road Projects Pvt Ltd", "payables@vaishaliroad.in", "Industrial Area, Hajipur", "portal"),
    ("Ganga Vihar Housing Pvt Ltd", "ap@gangavihar.co.in", "Digha, Patna", "mail"),
    ("Nalanda Infratech Pvt Ltd", "accounts@nalandainfratech.com", "Ranchi Road, Bihar Sharif", "paper"),
]
SITES = [
    "Site: Pataliputra Greens, Danapur",
    "Site: Block C, Saguna More",
    "Site: Khagaul Road",
    "Site: PMGSY road package BR-31-112",
    "Site: school building, Paliganj",
    "Site: Ganga Vihar Phase 2, Digha",
    "Site: Rajgir Road warehouse",
]


def builder_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders, road and building contractors and Infra.Market paying for the bricks sent to their sites: payment
    advice e-mails, printed PAYMENT ADVICE / SUPPLIER PAYMENT ADVICE / Remittance advice - bricks and supplier
    portal pages (the payer on top with its desk line, Supplier name / Payee (supplier) / Vendor / payee the company
    or its short name, Vendor code / Supplier code, Work order No. / PO No. and the Site (no fact), the delivery
    challans covered with their bricks and sums, Gross bill value / Total of challans, Less: TDS u/s 194Q @ 0.1%,
    Less: Breakage at site - n bricks @ rate / Less: Short supply - n bricks @ rate / Less: Retention @ 5% (till
    completion) on some, Net payment / Net amount credited / Amount transferred to vendor (Net amount to be paid on
    the hold, Net amount / Net payment on the return), Payment mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR / NEFT
    UTR / RTGS UTR No. / IMPS Ref No., Advice No. / Payment voucher No., Payment date / Remittance date / Value date
    / Advice date / Prepared on / Returned on / Date of return; Status: Payment done / Paid to your account - please
    acknowledge / On hold - bricks at site under measurement by our engineer / Payment rejected by bank - account
    number not valid)."""
    k = place("builder_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    payer, mail, desk, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment advice - {SHORT}", "Remittance advice - bricks"],
        )
    elif frame == "portal":
        host = "vendors.infra.market" if "Infra" in payer else f"suppliers.{mail.split('@')[1]}"
        p = browser_page(rng, font, f"{host}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    name = payer.upper() if frame == "paper" and rng.random() < 0.5 else payer
    if "Infra" in payer:
        name = rng.choice(["Infra.Market", payer])
    top(p, name)
    p.add(
        "small",
        f"{rng.choice(['Accounts Payable', 'Purchase - Building Materials', 'Finance & Accounts'])}, {desk}",
    )
    p.add("center", rng.choice(["PAYMENT ADVICE", "SUPPLIER PAYMENT ADVICE", "Remittance advice - bricks"]))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Supplier name", "Payee (supplier)"] + (["Vendor / payee"] if status == "success" else [])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP', 'BR'])}{digits(rng, 5)}")
    p.pair(rng.choice(["Work order No.", "PO No."]), f"{rng.choice(['WO', 'PO'])}/{digits(rng, 6)}")
    wrap_pair(p, "Site", rng.choice(SITES).split(": ")[1])
    p.add("left", rng.choice(["Challans covered", "Your delivery challans", "Against your bills"]))
    gross = 0.0
    kinds = ["ash"] if k in (2, 5) else ["awwal", "awwal", "doyam"]
    for _ in range(rng.randrange(1, 4)):
        kind = rng.choice(kinds)
        count, rate = per_thousand(rng, kind, 4, 40)
        value = round(count / 1000 * rate * (1 + BRICKS[kind][4] / 100), 2)
        gross += value
        grade = {"awwal": "awwal", "doyam": "doyam", "ash": "fly ash"}[kind]
        p.pair(f"KBB/{fy(j.date)}/{rng.randrange(1, 2999):04d}  {lakh(count)} {grade} bricks", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross bill value", "Total of challans"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        n = rng.randrange(2, 40) * 10
        rate = float(rng.randrange(9, 13))
        cut = n * rate
        p.pair(f"Less: Breakage at site - {n} bricks @ {rate:.2f}", rs(cut))
    elif pick < 0.45:
        n = rng.randrange(2, 30) * 50
        rate = float(rng.randrange(9, 13))
        cut = n * rate
        p.pair(f"Less: Short supply - {n} bricks @ {rate:.2f}", rs(cut))
    elif pick < 0.6:
        cut = round(gross * 0.05, 2)
        p.pair("Less: Retention @ 5% (till completion)", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net payment", "Net amount credited", "Amount transferred to vendor"],
        "pending": ["Net amount to be paid"],
        "failed": ["Net amount", "Net payment"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", f"{rng.choice(BANKS[:5])} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PV', '26'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Advice No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Payment done", "Paid to your account - please acknowledge"],
            "pending": ["On hold - bricks at site under measurement by our engineer"],
            "failed": ["Payment rejected by bank - account number not valid"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Remittance date", "Value date"],
            "pending": ["Advice date", "Prepared on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "System generated advice. Send your acknowledgement and the GST invoice copies to accounts within 7 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. wires from abroad


REMITTERS = [
    ("Mohd. Shahid Ansari", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 4000, 45000, "P1301"),
    ("Ranjeet Kumar Yadav", "Riyadh, Saudi Arabia", "SAR", "Al Rajhi Bank", 4000, 42000, "P1301"),
    ("Sunil Kumar Paswan", "Doha, Qatar", "QAR", "Qatar National Bank (Q.P.S.C.)", 4000, 40000, "P1301"),
    (
        "Birgunj Nirman Sewa Pvt Ltd",
        "Birgunj, Nepal",
        "USD",
        "Nabil Bank Ltd, Kathmandu",
        5000,
        60000,
        "P0103",
    ),
    (
        "Awadhesh Prasad Singh",
        "Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad",
        3000,
        30000,
        "P1301",
    ),
    ("Clean Air Kilns Trust", "London, United Kingdom", "GBP", "Barclays Bank UK PLC", 8000, 40000, "P1304"),
    ("Neha and Vivek Kumar", "Singapore", "SGD", "DBS Bank Ltd", 2000, 25000, "P1301"),
    ("Dr. Alok Ranjan Sinha", "Houston, TX, USA", "USD", "JPMorgan Chase Bank NA", 1500, 20000, "P1301"),
]
PURPOSES = {
    "P1301": "P1301 - remittance by non-resident Indian",
    "P0103": "P0103 - advance against exports",
    "P1304": "P1304 - grants and donations",
}
WIRE_FRAMES = [
    ("State Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("Punjab National Bank", "mail"),
    ("Canara Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("Bank of India", "paper"),
    ("Axis Bank", "browser"),
    ("Union Bank of India", "mail"),
]
WIRE_RATES = {
    "AED": (23.4, 24.6),
    "SAR": (22.9, 24.0),
    "QAR": (23.6, 24.7),
    "USD": (86.2, 90.5),
    "MYR": (19.2, 21.4),
    "GBP": (112.0, 119.5),
    "SGD": (65.8, 70.2),
}
WIRE_NOTES = [
    "Bricks for house construction at Bihta",
    "Payment for awwal bricks - family house",
    "Advance for fly ash bricks - Birgunj project",
    "Zig-zag kiln retrofit grant - tranche 2",
    "Bricks and delivery - house at Maner",
]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; the Gulf riyals and dirhams by their
    code before or after the figure, ringgit by RM or MYR, Singapore dollars by S$ or SGD; western grouping."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur in ("AED", "SAR", "QAR"):
        after = rng.random() < 0.35

        def show_code(value: float) -> str:
            return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

        return show_code
    mark = rng.choice({"MYR": ["RM ", "MYR ", "MYR "], "SGD": ["S$", "SGD ", "SGD "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def nri_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bihari workers in Dubai, Riyadh, Doha, Kuala Lumpur, Singapore and Houston paying for the bricks of their
    families' houses, a Birgunj builder's advance for fly ash bricks and a London trust's grant for the zig-zag
    kiln: the banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE - CREDIT ADVICE / Foreign
    inward remittance advice / Advice of SWIFT inward credit: the bank on top with its forex desk, Credit account
    name / Beneficiary (payee) / Beneficiary name the company, Beneficiary A/c, Remitting party / By order of,
    Remitting bank, Remitted amount (FCY) / Amount in foreign currency / FCY amount in AED, SAR, QAR, USD, MYR, GBP
    or SGD, Charges, Rate applied, Rupee equivalent / INR value, Charges deducted (incl. GST), Net amount credited
    (INR), Purpose code, Remittance information, Mode, IRM No. / Inward ref. No. / Inward reference, UETR, Value
    date / Funds applied on / Credited on / Received on / Kept in suspense since / Sent back on / Returned on;
    Inward credit effected - e-FIRC can be downloaded / Status: Funds applied to beneficiary account / Kept in
    suspense - remitter's relationship and purpose awaited / Sent back to remitting bank - name of beneficiary does
    not tally)."""
    k = place("nri_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, city, cur, pbank, lo, hi, purpose = REMITTERS[k]
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
            f"{bank} <forex.patna@{slug(bank)}>",
            ["Inward remittance - credit advice", "Foreign inward remittance advice", "SWIFT inward credit"],
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
                "Forex Branch, Gandhi Maidan, Patna",
                "Trade Finance Centre, Fraser Road, Patna",
                "International Banking Branch, Exhibition Road, Patna",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE - CREDIT ADVICE",
                "Foreign inward remittance advice",
                "Advice of SWIFT inward credit",
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
                "Inward credit effected - e-FIRC can be downloaded",
                "Status: Funds applied to beneficiary account",
            ],
            "pending": ["Kept in suspense - remitter's relationship and purpose awaited"],
            "failed": ["Sent back to remitting bank - name of beneficiary does not tally"],
        },
    )
    wrap_pair(
        p, rng.choice(["Credit account name", "Beneficiary (payee)", "Beneficiary name"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitting party", "By order of"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    p.pair(
        rng.choice(["Remitted amount (FCY)", "Amount in foreign currency", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["Rupee equivalent", "INR value"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([200, 350, 500, 750])) * 1.18, 2)
    p.pair("Charges deducted (incl. GST)", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", PURPOSES[purpose])
    note = {"P0103": WIRE_NOTES[2], "P1304": WIRE_NOTES[3]}.get(
        purpose, rng.choice([WIRE_NOTES[0], WIRE_NOTES[1], WIRE_NOTES[4]])
    )
    wrap_pair(p, "Remittance information", note)
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward ref. No.", "Inward reference"]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-{rng.choice('89ab')}"
            wrap_pair(p, "UETR", f"{head}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Funds applied on", "Credited on"],
            "pending": ["Received on", "Kept in suspense since"],
            "failed": ["Sent back on", "Returned on"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "Furnish the remitter's relationship and the purpose within 7 days; the FIRA is issued on the same day.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the yard's, kiln's and plant's own receipts


RECEIPT_PARTIES = [
    "Shri Ramashish Singh, Naubatpur",
    "Pataliputra Homes & Infra Pvt Ltd (site: Danapur)",
    "M/s Shiv Shakti Construction, Maner",
    "Shri Birendra Yadav (road contractor), Paliganj",
    "Smt. Kiran Devi, Sadisopur",
    "Er. Abhishek Anand, Khagaul",
    "M/s Jai Bajrang Builders, Phulwari Sharif",
    "Shri Sanjay Kumar Mehta, Neora",
]
RECEIPT_WAYS = ["cash", "NEFT", "cheque", "UPI", "UPI", "card", "cheque", "cash"]
RORA_AT = 3
ASH_RECEIPT_AT = 5


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The depot's MONEY RECEIPT / CASH MEMO / ADVANCE RECEIPT - EENT BOOKING, the kiln's RECEIPT - RORA & JHAMA
    SALE / KILN GATE SALE RECEIPT and the fly ash plant's MONEY RECEIPT - FLY ASH BRICKS / CASH MEMO (paper: the
    depot, the kiln or the plant on top with the "A unit of" line, address and GSTIN; Receipt No. / Rasid No. / M.R.
    No. / Memo No., Date / Dated / Receipt date, Received from / Party / Buyer (no fact), the bricks n nos @ rate
    per thousand or the trolleys of rora, Delivery by tractor - n trips, GST @ 6% / 5%, Bill amount / Total / Order
    value, Less: Advance paid on booking, Booking advance received / Balance received on delivery / Cash received /
    Amount received in cash / Received by UPI / UPI payment received / Received by NEFT / Amount received through
    NEFT / Received by card / Card swipe received / Cheque amount / Received by cheque, Balance due / Balance on
    dispatch, Mode, UPI Ref. No. / UTR / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS /
    PAID / ADVANCE RECEIVED - BRICKS BOOKED / PAID - BRICKS DELIVERED AT SITE / CHEQUE RECEIVED - DISPATCH AFTER
    CLEARANCE / CHEQUE RETURNED UNPAID - BOOKING CANCELLED, the rubber stamp) and two of the depot's payment
    acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    way = RECEIPT_WAYS[k]
    unit = "kiln" if k == RORA_AT else "ash" if k == ASH_RECEIPT_AT else "depot"
    trade = {"kiln": KILN, "ash": ASH, "depot": DEPOT}[unit]
    me = trade.upper() if rng.random() < 0.35 else trade
    if unit == "kiln":
        mode = "full"
    else:
        mode = "advance" if way == "cheque" else rng.choice(["advance", "settle", "full", "full"])
    if k in (1, 4):
        p = mail_page(
            rng,
            font,
            f"{DEPOT} <accounts@kanakbricks.in>",
            ["Payment received - thank you", "Your payment receipt", "Receipt for your brick order"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  Sales yard, Bihta")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        memo = ["CASH MEMO"] if mode != "advance" and way in ("cash", "UPI", "card") else []
        titles = {
            "kiln": ["RECEIPT - RORA & JHAMA SALE", "KILN GATE SALE RECEIPT"],
            "ash": ["MONEY RECEIPT - FLY ASH BRICKS"] + memo,
            "depot": ["ADVANCE RECEIPT - EENT BOOKING"] if mode == "advance" else ["MONEY RECEIPT"] + memo,
        }[unit]
        letterhead(p, me, f"A unit of {COMPANY}", UNITS[unit][1], UNITS[unit][2], titles)
    if not j.no_ref:
        tag = {"kiln": "KEB", "ash": "KFA", "depot": "KBD"}[unit]
        rno = f"{tag}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "Rasid No.", "M.R. No.", "Memo No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Party", "Buyer"]), RECEIPT_PARTIES[k])
    if unit == "kiln":
        trolleys = rng.randrange(2, 9)
        trate = float(rng.randrange(1800, 3200, 100))
        base = trolleys * trate
        p.pair(f"Rora (brick bats) - {trolleys} trolleys x {trate:,.2f}", rs(base))
        if rng.random() < 0.6:
            count, rate = per_thousand(rng, "jhama", 2, 6)
            value = round(count / 1000 * rate, 2)
            p.pair(f"Jhama bricks - {lakh(count)} nos @ {rate:,.2f} per thousand", rs(value))
            base += value
        gst_rate = 6
    else:
        kind = "ash" if unit == "ash" else rng.choice(["awwal", "awwal", "doyam"])
        # cash under Rs 2 lakh (s. 269ST), UPI under its Rs 1 lakh limit
        low, high = {"cash": (3, 12), "UPI": (2, 7), "card": (3, 20), "NEFT": (8, 60), "cheque": (5, 40)}[way]
        count, rate = per_thousand(rng, kind, low, high)
        base = round(count / 1000 * rate, 2)
        p.pair(f"{BRICKS[kind][0]} - {lakh(count)} nos @ {rate:,.2f} per thousand", rs(base))
        trips = max(1, count // rng.choice([2500, 3000]))
        if rng.random() < 0.7:
            fare = float(rng.choice([900, 1000, 1100, 1200, 1500]))
            p.pair(f"Delivery by tractor - {trips} trips x {fare:,.2f}", rs(trips * fare))
            base += trips * fare
        gst_rate = BRICKS[kind][4]
    gst = round(base * gst_rate / 100, 2)
    p.pair(f"GST @ {gst_rate}%", rs(gst))
    bill = float(round(base + gst))
    lab = None
    if mode == "advance":
        p.pair(rng.choice(["Order value", "Bill amount"]), rs(bill))
        j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4, 0.5]), -2))
        lab = "Booking advance received" if rng.random() < 0.5 and way != "cheque" else None
    elif mode == "settle":
        p.pair(rng.choice(["Bill amount", "Total"]), rs(bill))
        adv = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid on booking", rs(adv))
        j.amount = round(bill - adv, 2)
        lab = "Balance received on delivery" if rng.random() < 0.5 else None
    else:
        p.pair(rng.choice(["Total", "Bill amount"]), rs(bill))
        j.amount = bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Received by cheque"])
    elif lab is None:
        lab = {
            "cash": rng.choice(["Cash received", "Amount received in cash"]),
            "UPI": rng.choice(["Received by UPI", "UPI payment received"]),
            "NEFT": rng.choice(["Received by NEFT", "Amount received through NEFT"]),
            "card": rng.choice(["Received by card", "Card swipe received"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if mode == "advance":
        p.pair(rng.choice(["Balance due", "Balance on dispatch"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card (POS)", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:7])}")
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
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if mode == "advance":
        words.append("ADVANCE RECEIVED - BRICKS BOOKED")
    elif unit != "kiln":
        words.append("PAID - BRICKS DELIVERED AT SITE")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - DISPATCH AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - BOOKING CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Bricks once unloaded at site are not taken back. Cheques are subject to realisation."
        if unit != "kiln"
        else "Loading at the kiln by the buyer's tractor. No claim after the trolley leaves the gate.",
    )
    if k not in (1, 4):
        right(p, f"For {trade} - Munshi")
        p.add("gap")
        seal(
            p,
            trade,
            "AMHARA, BIHTA" if unit == "kiln" else "BIADA, BIHTA" if unit == "ash" else "BIHTA, PATNA",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. coal, sand, ash carriage, lime, JCB invoices


SUPPLIERS = [
    (
        "Jharia Coal & Coke Traders",
        "Steam coal | Slack coal for brick kilns | Coke",
        "Bank More, Dhanbad - 826001, Jharkhand",
        "20",
        "JCC",
    ),
    (
        "Koilwar Balu Suppliers",
        "Sone sand (coarse and fine) | Stone dust",
        "Near Abdul Bari Bridge, Koilwar, Bhojpur - 802160, Bihar",
        "10",
        "KBS",
    ),
    (
        "Barh Ash Logistics",
        "Fly ash and pond ash transport | Bulkers and tippers",
        "NTPC Road, Barh, Patna - 803213, Bihar",
        "10",
        "BAL",
    ),
    (
        "Dehri Lime & Gypsum Co.",
        "Hydrated lime | Gypsum | Chemical lime",
        "Station Road, Dehri-on-Sone, Rohtas - 821307, Bihar",
        "10",
        "DLG",
    ),
    (
        "Bihta Earthmovers",
        "JCB and excavator hire | Earth work",
        "NH-922, Kanhauli, Bihta, Patna - 801103, Bihar",
        "10",
        "BEM",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "JCC": [
        ("Steam coal ROM (GCV 4800-5200)", "2701", "tonne", 9200, 11800, 18, 12, 38),
        ("Slack coal - kiln firing", "2701", "tonne", 7600, 9400, 18, 10, 30),
    ],
    "KBS": [
        ("Sone sand (coarse) - truck", "2505", "cft", 32, 46, 5, 600, 2400),
        ("Stone dust", "2517", "cft", 22, 30, 5, 400, 1600),
    ],
    "BAL": [
        ("Pond ash transport NTPC Barh - Bihta", "996511", "tonne", 380, 520, 5, 60, 300),
        ("Dry fly ash transport (bulker)", "996511", "tonne", 420, 560, 5, 40, 200),
    ],
    "DLG": [
        ("Hydrated lime - 25 kg bag", "2522", "bag", 210, 290, 5, 40, 400),
        ("Gypsum powder - 40 kg bag", "2520", "bag", 180, 260, 5, 20, 240),
    ],
    "BEM": [
        ("JCB 3DX hire - clay digging", "997313", "hour", 950, 1300, 18, 30, 160),
        ("Excavator hire - pond cleaning", "997313", "hour", 1900, 2600, 18, 8, 48),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 0, 1, 4, 2]
SUPPLY_WAYS = ["RTGS", "UPI", "cheque", "NEFT", "NEFT", "cheque", "UPI", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The coal trader, the Sone sand supplier, the fly ash carrier, the lime and gypsum works and the earthmover
    billing the company (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE / TAX INVOICE
    (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT, Invoice No. / Tax Invoice No. / Bill No., Invoice date /
    Dated / Date, Bill to party / Recipient (bill to) / Billed to / Buyer the company, Ship to the kiln or the
    plant, Place of supply, E-way bill No. and Vehicle No. or Work period, the coal, sand, ash carriage, lime,
    gypsum or machine hours with HSN or SAC, tonnes, cft, bags or hours x rate, Taxable value, CGST and SGST or IGST
    @ 5% or 18%, Round off, Invoice total, Less: Advance adjusted (paid on order) and Balance received through NEFT
    / RTGS on some, else Received through NEFT / RTGS / Settled by NEFT / RTGS / Received via UPI / Paid through UPI
    with UTR / UTR No. / UPI Ref. No., or Cheque received / Received by cheque with Cheque No.; PAID / PAID BY NEFT
    / PAYMENT RECEIVED - NOTHING DUE / CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION / CHEQUE RETURNED UNPAID
    - ACCOUNT FROZEN, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
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
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Bill to party", "Recipient (bill to)", "Billed to", "Buyer"])
    wrap_pair(
        p,
        "Ship to",
        f"{ASH}, BIADA Bihta" if tag in ("KBS", "BAL", "DLG") else f"{KILN}, Amhara, Bihta",
    )
    p.pair("Place of supply", "Bihar (10)")
    if tag == "BEM":
        if not j.no_day:
            p.pair(
                "Work period",
                f"{when(earlier(rng, j, 12, 20), '%d %b')} - {when(earlier(rng, j, 1, 5), '%d %b')}",
            )
    else:
        if tag in ("JCC", "BAL"):
            p.pair("E-way bill No.", digits(rng, 12))
        p.pair(
            "Vehicle No.",
            f"{rng.choice(['BR-01', 'BR-21', 'JH-10', 'BR-44'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        )
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
        units = f"{unit}s" if unit in ("bag", "hour", "tonne") and qty > 1 else unit
        p.pair(f"  {lakh(qty)} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "10")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag != "BEM" and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance adjusted (paid on order)", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Received by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:7])}")
    else:
        if adv:
            lab = f"Balance received through {way}"
        elif way == "UPI":
            lab = rng.choice(["Received via UPI", "Paid through UPI"])
        else:
            lab = rng.choice([f"Received through {way}", f"Settled by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - NOTHING DUE"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - ACCOUNT FROZEN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"E. & O.E. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. transporters and contractors by net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Bihta Tractor Transport Co.", "Trolley hire - brick delivery, fortnight", 18000, 95000),
    ("Shiv Shakti Earthmovers", "JCB hire - clay digging, 62 hours", 30000, 180000),
    ("Maner Chimney & Kiln Works", "Zig-zag kiln flue repair - round 2", 45000, 420000),
    ("Paliganj Tarpaulin House", "Tarpaulins for green bricks - 40 pcs", 12000, 64000),
    ("Danapur Weighbridge & Scales", "Weighbridge AMC and stamping", 8000, 36000),
    ("Ganga Tipper Services", "Tipper hire - fly ash from Barh, 14 trips", 40000, 260000),
    ("Arrah Motor Works", "Tractor engine overhaul and tyres", 15000, 90000),
    ("Naubatpur Boring & Pump Works", "Submersible pump and boring - water pond", 20000, 140000),
]
CORP_PORTALS = [
    ("BOI StarConnect", "Bank of India", "starconnect.bankofindia.co.in/corp/payments/status"),
    ("Canara Corporate Net Banking", "Canara Bank", "corp.canarabank.com/fundtransfer/txnview"),
    ("Cent Corporate Internet Banking", "Central Bank of India", "corp.centralbank.co.in/payments/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its tractor transporter, JCB owner, chimney mason, tarpaulin shop, weighbridge firm,
    tipper owner, tractor mechanic and borewell firm: corporate net banking's transaction pages (BOI StarConnect,
    Canara Corporate Net Banking, Cent Corporate Internet Banking: the portal on top and the bank's line,
    Beneficiary account name / Credit party name / Payee (beneficiary), Beneficiary short name, Beneficiary A/c and
    IFSC, Debit account the company, Amount transferred / Transfer value (INR) / Debit amount, Mode of transfer /
    Payment type NEFT / RTGS / IMPS, Purpose of payment / Narration, UTR / UTR No. / IMPS Ref No., Host reference
    No. / Bank reference No., Initiated by / Authorised by, Value date / Executed on / Posted on / Created on /
    Initiated on / Failed on / Rejected on; Transaction posted - beneficiary account credited / Status: Posted to
    beneficiary / Pending with authoriser - second approval due / Failed - beneficiary IFSC merged, account not
    found)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high)
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
            "success": ["Transaction posted - beneficiary account credited", "Status: Posted to beneficiary"],
            "pending": ["Pending with authoriser - second approval due"],
            "failed": ["Failed - beneficiary IFSC merged, account not found"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary account name", "Credit party name", "Payee (beneficiary)"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "BHT")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount transferred", "Transfer value (INR)", "Debit amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode of transfer", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose of payment", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Host reference No.", "Bank reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Authorised by", f"KBBACC01 / {'-' if status == 'pending' else 'KBBDIR02'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Posted on"],
            "pending": ["Created on", "Initiated on"],
            "failed": ["Failed on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small",
        "A failed transfer is credited back to the debit account; correct the beneficiary and submit again.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. moulders, firemen, loaders: vouchers, payouts


def in_season(rng: random.Random, j: Job) -> None:
    """A day of the moulding and firing season (November to June): the kiln stands idle through the rains."""
    while j.date.month in (7, 8, 9, 10):
        j.date = day26(rng)
    j.ref = utr(rng, j.date)


WORKERS = [
    ("Ramesh Manjhi", "pathera", "Fatehpur, Gaya"),
    ("Sukhdev Rajwar", "pathera", "Kauakol, Nawada"),
    ("Bhola Ram", "jalai", "Sakaldiha, Chandauli (UP)"),
    ("Mahesh Bhuiyan", "sardar", "Sikandra, Jamui"),
    ("Shanti Devi", "pathera", "Rafiganj, Aurangabad"),
    ("Rajkumar Chaudhary", "nikasi", "Masaurhi, Patna"),
    ("Kailash Paswan", "nikasi", "Paliganj, Patna"),
    ("Lakhan Mistri", "jalai", "Dehri, Rohtas"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "phonepe", "paper", "cashfree", "paper", "paytm"]
SARDARS = ["Ramdeo Manjhi (sardar)", "Jagdish Rajwar (sardar)", "Mahesh Bhuiyan (sardar)"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The kiln paying its moulders (pathera) per thousand green bricks passed for the kiln, its firemen (jalai
    mistri) per thousand fired and its loaders (nikasi) per thousand drawn and loaded, less the advance (peshgi)
    given at recruitment and the weekly khuraki: the kiln's printed PATHERA PAYMENT VOUCHER - RATE PER THOUSAND /
    PATHERA WEEKLY MAZDOORI VOUCHER / MOULDING WAGES - HISAB VOUCHER (PATHERA) (the season's settlement) / JALAI
    MISTRI PAYMENT VOUCHER / NIKASI & LOADING MAZDOORI VOUCHER (the company on top with the kiln's line, Voucher No.
    / Vr. No. / Parchi No., Date / Voucher date / Paid on, Name of pathera / Worker's name / Paid to (worker) / Paid
    to (mistri), Jodi No. / Worker card No., Home village, Through (sardar) (no fact), Green bricks moulded, Less:
    rejected in drying, the bricks passed, fired or drawn @ rate per thousand, Add: Season bonus (full attendance) /
    Add: Night firing allowance, Total mazdoori, Less: Peshgi (advance) recovered, Less: Khuraki paid (n weeks x
    rate), Net paid to worker / Net amount paid in hand / Balance paid, Mode Cash / UPI / IMPS; PAID / PAID - HISAB
    CLEARED / PAID - THUMB IMPRESSION TAKEN), Cashfree Payouts' transfer pages (Cashfree Payments on top and Payouts
    - the company under it, the sum large, Beneficiary name / Beneficiary, Bene ID, Transfer mode, Remarks,
    Reference ID, UTR, Processed on / Transfer date / Initiated on / Reversed on; SUCCESS / Transfer successful /
    Transfer status: PENDING - bank confirmation awaited / Transfer status: REVERSED - account closed at beneficiary
    bank), a PhonePe screen (a sardar's peshgi for his gang) and a Paytm screen (a fireman's advance)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=2000, high=60000, p_round=0.9)
    who, role, home = WORKERS[k]
    if role != "sardar":
        in_season(rng, j)
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        if role == "nikasi":
            j.amount = rupees(rng, 3000, 24000, 0.9)
        p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{digits(rng, 9)}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["SUCCESS", "Transfer successful"],
                "pending": ["Transfer status: PENDING - bank confirmation awaited"],
                "failed": ["Transfer status: REVERSED - account closed at beneficiary bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), who, merchant=who)
        p.pair("Bene ID", f"{who.split()[0].upper()}{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Transfer mode",
            way if way == "UPI" else f"IMPS - {rng.choice(PAYER_BANKS)} XX{digits(rng, 4)}",
            method="UPI" if way == "UPI" else "netbanking",
        )
        p.pair(
            "Remarks",
            rng.choice(["Nikasi mazdoori - fortnight", "Loading - 18 trolleys"])
            if role == "nikasi"
            else rng.choice([f"Pathera mazdoori - week {rng.randrange(3, 24)}", "Moulding hisab part"]),
        )
        if not j.no_ref:
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {
                "success": ["Processed on", "Transfer date"],
                "pending": ["Initiated on"],
                "failed": ["Reversed on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "A reversed transfer is credited back to your Cashfree Payouts balance.")
        return p.done()
    if frame in ("phonepe", "paytm"):
        j.amount = float(rng.choice([5000, 8000, 10000, 15000, 20000, 25000, 30000]))
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid successfully", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'ptyes', 'ibl'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice(["Peshgi - 6 jodi pathera", "Gang advance - season 2026"])
            if role == "sardar"
            else rng.choice(["Jalai advance", "Advance for firing round"]),
        )
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.7:
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if frame == "phonepe" else digits(rng, 20)
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of India XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    # the fourth page is a moulder's season settlement (hisab), the first a week's moulding
    hisab = k == 4
    p = paper_page(rng, font, [680, 720, 760])
    kinds = {
        "pathera": ["MOULDING WAGES - HISAB VOUCHER (PATHERA)"]
        if hisab
        else ["PATHERA PAYMENT VOUCHER - RATE PER THOUSAND", "PATHERA WEEKLY MAZDOORI VOUCHER"],
        "jalai": ["JALAI MISTRI PAYMENT VOUCHER"],
        "nikasi": ["NIKASI & LOADING MAZDOORI VOUCHER"],
    }[role]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{KILN}  |  Village Amhara, Bihta",
        UNITS["kiln"][1],
        UNITS["kiln"][2],
        kinds,
        merchant=False,
    )
    if not j.no_ref:
        head = {"pathera": "PT", "jalai": "JM", "nikasi": "NK"}[role]
        vno = f"{head}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Parchi No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    labels = {
        "pathera": ["Name of pathera", "Worker's name", "Paid to (worker)"],
        "jalai": ["Paid to (mistri)", "Worker's name"],
        "nikasi": ["Worker's name", "Paid to (worker)"],
    }[role]
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    p.pair(
        rng.choice(["Jodi No.", "Worker card No."]) if role == "pathera" else "Worker card No.",
        f"{rng.choice(['J', 'KB'])}-{rng.randrange(1, 80):02d}",
    )
    p.pair("Home village", home)
    if role == "pathera":
        wrap_pair(p, "Through (sardar)", rng.choice(SARDARS))
        if hisab:
            moulded = rng.randrange(800, 1600) * 100
            rejected = rng.randrange(10, 40) * 100
        else:
            moulded = rng.randrange(50, 150) * 100
            rejected = rng.randrange(1, 6) * 100
        passed = moulded - rejected
        rate = float(rng.randrange(680, 960, 10))
        p.pair("Green bricks moulded", lakh(moulded))
        p.pair("Less: rejected in drying", lakh(rejected))
        gross = round(passed / 1000 * rate, 2)
        p.pair(f"Passed for kiln {lakh(passed)} @ {rate:,.2f} per thousand", rs(gross))
        if hisab and rng.random() < 0.6:
            bonus = float(rng.choice([1000, 1500, 2000, 2500]))
            p.pair("Add: Season bonus (full attendance)", rs(bonus))
            gross += bonus
    elif role == "jalai":
        fired = rng.randrange(25, 60) * 10000
        rate = float(rng.randrange(34, 56))
        gross = round(fired / 1000 * rate, 2)
        p.pair(f"Bricks fired {lakh(fired)} @ {rate:,.2f} per thousand", rs(gross))
        if rng.random() < 0.6:
            nights = rng.randrange(6, 26)
            allow = float(rng.choice([100, 150, 200]))
            p.pair(f"Add: Night firing allowance {nights} x {allow:,.2f}", rs(nights * allow))
            gross += nights * allow
    else:
        drawn = rng.randrange(150, 800) * 100
        rate = float(rng.randrange(110, 180, 5))
        gross = round(drawn / 1000 * rate, 2)
        p.pair(f"Drawn from kiln {lakh(drawn)} @ {rate:,.2f} per thousand", rs(gross))
        if rng.random() < 0.6:
            loaded = rng.randrange(100, 600) * 100
            lrate = float(rng.randrange(70, 110, 5))
            value = round(loaded / 1000 * lrate, 2)
            p.pair(f"Loaded on trolleys {lakh(loaded)} @ {lrate:,.2f} per thousand", rs(value))
            gross += value
    gross = round(gross, 2)
    p.pair("Total mazdoori", rs(gross))
    if hisab:
        peshgi = float(rng.choice([10000, 15000, 20000, 25000, 30000]))
    else:
        peshgi = float(rng.choice([0, 500, 1000])) if gross > 5000 else 0.0
    if peshgi:
        p.pair("Less: Peshgi (advance) recovered", rs(peshgi))
    khuraki = 0.0
    if hisab:
        weeks = rng.randrange(12, 25)
        per = float(rng.choice([500, 600, 700, 800]))
        khuraki = weeks * per
        p.pair(f"Less: Khuraki paid ({weeks} weeks x {per:,.2f})", rs(khuraki))
    j.amount = round(gross - peshgi - khuraki, 2)
    way = "Cash" if k in (0, 2) else rng.choice(["UPI", "IMPS"] if hisab else ["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(
            ["Net paid to worker", "Balance paid"] + (["Net amount paid in hand"] if way == "Cash" else [])
        ),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - HISAB CLEARED"] if hisab else ["PAID"]
    if way == "Cash":
        words.append("PAID - THUMB IMPRESSION TAKEN")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. royalty, BSPCB, Nagar Parishad, labour, lagan


FEE_FRAMES = ["mines", "bspcb", "trade", "labour", "lagan", "metrology", "holding", "mines"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a brick kiln and fly ash plant in Patna district: the Mines and Geology Department's brick earth
    royalty challans through OGRAS (Department of Mines and Geology, Government of Bihar / Mines and Geology
    Department, Bihar / MINES AND GEOLOGY DEPARTMENT, BIHAR on top and the OGRAS line, Name of depositor, Name of
    brick kiln, Kiln registration No., Treasury, Head of account, the royalty instalment and a Late fee, Challan
    amount / Total amount, Bank CIN, GRN, Date of deposit / Payment date / Challan date; Challan generated -
    awaiting scroll from bank, do not pay twice), the Bihar State Pollution Control Board's consent fee page (the
    Board or BSPCB on top and the OCMMS line, Name of the industry, Category, Application ID, the Water and Air Act
    fees, Total fee paid, Transaction ref. No., Bank Ref No.), Nagar Parishad Bihta's trade licence and holding tax
    pages (Nagar Parishad Bihta / NAGAR PARISHAD BIHTA on top and the Urban Development and Housing Department line,
    Name of trade / Name of owner, Holding No., Ward No., the heads, Less: Rebate @ 5% (paid by 30 June), Total
    amount / Amount paid / Amount, Transaction ID, Bank Ref No., Receipt No.; Transaction failed - amount not
    credited to Nagar Parishad), the Labour Resources Department's registration under the OSH Code (Labour Resources
    Department, Government of Bihar / Shram Sansadhan Vibhag, Bihar on top, Name of establishment, Registration No.,
    Workers, the fee, Amount paid, Transaction ID, Receipt No.), the Revenue and Land Reforms Department's land rent
    (lagan) receipt (the department on top and the Bihar Bhumi line, Raiyat name, Mauza / Thana No., Khata No. /
    Khesra No., the lagan and cess, Total amount paid, Transaction ID, Lagan receipt No.) and Legal Metrology's
    weighbridge verification fee (Legal Metrology, Bihar / Controller of Legal Metrology, Bihar on top, Name of
    user, Weighbridge, the fees, Total fee, Transaction ID, Receipt No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Challan paid successfully", "Fee received", "Payment received"]
    if frame == "mines":
        p = browser_page(rng, font, f"ogras.bihar.gov.in/challan/status/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(
            [
                "Department of Mines and Geology, Government of Bihar",
                "Mines and Geology Department, Bihar",
                "MINES AND GEOLOGY DEPARTMENT, BIHAR",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "OGRAS - Online Government Receipts Accounting System, Bihar")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "pending": ["Challan generated - awaiting scroll from bank, do not pay twice"]},
        )
        wrap_pair(p, "Name of depositor", firm)
        wrap_pair(p, "Name of brick kiln", f"{KILN}, Amhara")
        p.pair("Kiln registration No.", f"PAT/BK/{digits(rng, 4)}")
        p.pair("Treasury", "Patna Sadar")
        p.pair("Head of account", "0853-00-102-0001")
        royalty = float(rng.choice([32000, 40000, 48000, 60000]))
        p.pair(f"Brick earth royalty {fy(j.date)} - instalment {rng.choice([1, 2])} of 2", rs(royalty))
        j.amount = royalty
        if rng.random() < 0.5:
            late = float(rng.choice([500, 1000, 2000]))
            p.pair("Late fee", rs(late))
            j.amount += late
        p.pair(rng.choice(["Challan amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = []
        if status == "success":
            cin = f"{digits(rng, 7)}{digits(rng, 8)}{digits(rng, 5)}"
            refs.append(("Bank CIN", BANK_RANK, cin))
        refs.append(("GRN", INVOICE_RANK, f"{digits(rng, 2)}{j.date:%y}{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Date of deposit", "Payment date", "Challan date"] if status == "success" else ["Challan date"],
            pats,
        )
        foot = "Keep the challan with the kiln's royalty register for the Mining Inspector's check."
    elif frame == "bspcb":
        p = browser_page(rng, font, f"ocmms.bihar.gov.in/consent/feereceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Bihar State Pollution Control Board", "BSPCB", "BIHAR STATE POLLUTION CONTROL BOARD"]
        )
        top(p, name, merchant=name)
        p.add("small", "OCMMS - Online Consent Management & Monitoring System  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", f"{KILN} ({firm})")
        p.pair("Category", rng.choice(["Orange - brick kiln (zig-zag)", "Orange - brick kiln, 30 lakh/yr"]))
        p.pair("Application ID", digits(rng, 9))
        water = float(rng.choice([2500, 3500, 5000]))
        air = float(rng.choice([5000, 7500, 10000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"BSPCB{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after the inspection of the kiln and its stack."
    elif frame in ("trade", "holding"):
        p = browser_page(rng, font, f"nagarparishadbihta.bihar.gov.in/epay/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Nagar Parishad Bihta", "NAGAR PARISHAD BIHTA"])
        top(p, name, merchant=name)
        tax = frame == "holding"
        p.add(
            "small",
            f"Urban Development and Housing Department, Bihar  |  {'Holding tax' if tax else 'Trade licence'}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - amount not credited to Nagar Parishad"]},
        )
        p.pair("Ward No.", str(rng.randrange(1, 27)))
        if tax:
            wrap_pair(p, "Name of owner", firm)
            p.pair("Holding No.", f"{rng.randrange(1, 27):02d}/{digits(rng, 4)}")
            heads = [
                ("Holding tax 2026-27", 6800.0, 14500.0),
                ("Water tax", 600.0, 1200.0),
                ("Solid waste user charge", 1200.0, 2400.0),
            ]
        else:
            wrap_pair(p, "Name of trade", f"{DEPOT} - brick yard")
            wrap_pair(p, "Name of owner", firm)
            heads = [
                ("Trade licence fee - building material yard", 2500.0, 2500.0),
                ("Licence processing fee", 200.0, 500.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and status == "success" and rng.random() < 0.5:
            rebate = round(total * 0.05, 2)
            p.pair("Less: Rebate @ 5% (paid by 30 June)", rs(rebate))
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
        refs = [("Transaction ID", TXN_RANK, f"NPB{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'HT' if tax else 'TL'}/{digits(rng, 6)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "labour":
        p = browser_page(rng, font, f"labour.bihar.gov.in/oshcode/registration/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(
            ["Labour Resources Department, Government of Bihar", "Shram Sansadhan Vibhag, Bihar"]
        )
        top(p, name, merchant=name)
        p.add("small", "Occupational Safety, Health and Working Conditions Code, 2020  |  Registration")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of establishment", f"{KILN} ({firm})")
        p.pair("Registration No.", f"BR/PAT/OSH/{digits(rng, 5)}")
        workers = rng.randrange(60, 240)
        p.pair("Workers", str(workers))
        j.amount = float(2000 if workers <= 100 else rng.choice([5000, 6000]))
        p.pair(f"Registration fee ({'up to 100' if workers <= 100 else '101 to 250'} workers)", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LRD{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"OSH/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Display the registration certificate at the kiln office."
    elif frame == "lagan":
        p = browser_page(rng, font, f"biharbhumi.bihar.gov.in/lagan/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Revenue and Land Reforms Department, Government of Bihar",
                "REVENUE AND LAND REFORMS DEPARTMENT, BIHAR",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Bihar Bhumi  |  Online lagan (land rent) payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Raiyat name", firm)
        p.pair("Mauza / Thana No.", f"Amhara / {rng.randrange(10, 99)}")
        p.pair("Khata No. / Khesra No.", f"{rng.randrange(10, 400)} / {rng.randrange(100, 2200)}")
        lagan = float(rng.randrange(900, 4800, 10))
        cess = round(lagan * 0.5, 2)
        p.pair(f"Lagan {fy(j.date)}", rs(lagan))
        p.pair("Cess", rs(cess))
        j.amount = round(lagan + cess, 2)
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LGN{digits(rng, 12)}"),
                ("Lagan receipt No.", INVOICE_RANK, f"{rng.randrange(1000, 9999)}{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The paid lagan is posted to the Jamabandi register of the halka."
    else:
        p = browser_page(rng, font, f"legalmetrology.bihar.gov.in/verification/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Legal Metrology, Bihar", "Controller of Legal Metrology, Bihar"])
        top(p, name, merchant=name)
        p.add("small", "Department of Food and Consumer Protection  |  Verification and stamping fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{firm}, {DEPOT}")
        p.pair("Weighbridge", f"Electronic, {rng.choice([40, 50, 60])} t, Sr. No. {digits(rng, 6)}")
        verify = float(rng.choice([3000, 4000, 5000]))
        p.pair("Verification fee - weighbridge", rs(verify))
        j.amount = verify
        if rng.random() < 0.5:
            extra = float(rng.choice([500, 1000]))
            p.pair("Additional fee (late verification)", rs(extra))
            j.amount += extra
        p.pair("Total fee", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LMB{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"LM/PAT/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The weighbridge is stamped on the Inspector's visit after the payment."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Sookshma Udyam Suraksha - kiln sheds and brick stock",
        "browser",
    ),
    ("SBI General Insurance Co. Ltd", "sbigeneral.in", "Public liability - brick yard and loading", "mail"),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Employees' compensation - kiln workers",
        "browser",
    ),
    ("Bajaj General Insurance Ltd", "bajajgeneral.com", "Money insurance - wage cash in transit", "mail"),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Contractor's plant and machinery - JCB 3DX",
        "paper",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Group personal accident - moulders and firemen",
        "browser",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Marine inland transit (open policy) - bricks by road",
        "mail",
    ),
    ("Go Digit General Insurance Ltd", "godigit.com", "Machinery breakdown - fly ash brick press", "paper"),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its kiln sheds and brick stock, its liability at the yard, its kiln workers, the wage
    cash carried from the bank, its JCB, its moulders and firemen against accidents, the bricks on the road and its
    fly ash brick press: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top,
    the product line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Insured name / Proposer / insured
    / Name of proposer, Policy No., Proposal No., Sum insured (sheds and stock) / Limit of indemnity / Wages
    declared / Cash in transit limit / Sum insured (machine) / Lives covered / Annual turnover declared, Period of
    insurance, Basic premium, an add-on (STFI and earthquake, terrorism, occupational disease, medical extension,
    theft, strike and riot), GST @ 18%, Premium paid (incl. GST) / Total premium collected / Gross premium (incl.
    GST) / Cheque amount / Premium due / Total premium payable, Payment mode, Transaction ref. No. / Payment ID, UPI
    Ref No. / Bank Ref. No., Receipt No. / Premium receipt No., Cheque No., Receipt date / Premium paid on / Date of
    receipt / Transaction date / Attempted on; Premium received - policy issued and e-mailed / Receipt issued -
    premium realised / CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION / Transaction unsuccessful - policy not
    generated)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" Insurance")[0]
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
            rng.choice(["Branch Office, Fraser Road, Patna", "Divisional Office, Exhibition Road, Patna"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - policy issued and e-mailed",
                "Receipt issued - premium realised",
            ],
            "pending": ["CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION"],
            "failed": ["Transaction unsuccessful - policy not generated"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Insured name", "Proposer / insured", "Name of proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '46'])}/2026/{digits(rng, 5)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    if "stock" in product:
        insured = float(rng.randrange(6000000, 25000000, 100000))
        p.pair("Sum insured (sheds and stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("STFI and earthquake cover", round(insured * 0.00012, 2))
    elif "liability" in product:
        limit = float(rng.choice([1000000, 2500000, 5000000]))
        p.pair("Limit of indemnity (any one accident)", rs(limit))
        basic = round(limit * rng.uniform(0.0015, 0.0025), 2)
        addon = ("Loading and unloading extension", round(basic * 0.12, 2))
    elif "compensation" in product:
        wages = float(rng.randrange(4000000, 12000000, 10000))
        p.pair("Wages declared (season)", rs(wages))
        basic = round(wages * rng.uniform(0.006, 0.011), 2)
        addon = ("Occupational disease cover", round(wages * 0.0003, 2))
    elif "Money" in product:
        limit = float(rng.choice([300000, 500000, 800000]))
        p.pair("Cash in transit limit (per trip)", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Terrorism cover", round(limit * 0.0002, 2))
    elif "JCB" in product:
        insured = float(rng.randrange(2400000, 4200000, 10000))
        p.pair("Sum insured (machine)", rs(insured))
        basic = round(insured * rng.uniform(0.006, 0.009), 2)
        addon = ("Theft, strike and riot cover", round(insured * 0.0004, 2))
    elif "accident" in product:
        lives = rng.randrange(60, 220)
        p.pair("Lives covered", f"{lives} workers x Rs 2,00,000")
        basic = round(lives * rng.uniform(110, 190), 2)
        addon = ("Medical expenses extension", round(lives * 35.0, 2))
    elif "transit" in product:
        turnover = float(rng.randrange(30000000, 90000000, 100000))
        p.pair("Annual turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("Strike, riot and civil commotion", round(turnover * 0.00002, 2))
    else:
        insured = float(rng.randrange(1800000, 4500000, 10000))
        p.pair("Sum insured (machine)", rs(insured))
        basic = round(insured * rng.uniform(0.003, 0.005), 2)
        addon = ("Hydraulic system extension", round(insured * 0.0003, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    p.pair("Basic premium", rs(basic))
    p.pair(addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium paid (incl. GST)", "Total premium collected", "Gross premium (incl. GST)"],
        "pending": ["Cheque amount", "Gross premium (incl. GST)"],
        "failed": ["Premium due", "Total premium payable"],
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
            pid = f"{rng.choice(['PG', 'TXN'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
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
            "pending": ["Receipt date", "Date of receipt"],
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
    ("KANAK BRICK DEPOT", "BIHTA-DANAPUR RD, BIHTA", "yard"),
    ("KANAK BHUMI BRICKS PVT LTD", "AMHARA, BIHTA, PATNA", "yard"),
    ("MAA SHARDA FUELS", "NH-922, BIHTA, PATNA", "fuel"),
    ("KANAK FLY ASH BRICKS", "BIADA IA, BIHTA", "yard"),
    ("PATNA TYRE HOUSE", "TRANSPORT NAGAR, PATNA", "shop"),
    ("KANAK BRICK DEPOT", "BIHTA, PATNA 801103", "yard"),
    ("BIHTA HARDWARE & SANITARY", "STATION ROAD, BIHTA", "shop"),
    ("SHIV SHAKTI AUTO PARTS", "TRANSPORT NAGAR, PATNA", "shop"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "BANK OF INDIA",
    "UNION BANK OF INDIA",
    "CANARA BANK",
    "MOSAMBEE",
    "PUNJAB NATIONAL BANK",
    "YES BANK",
    "PHONEPE POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders' cards on the depot's, the company's and the fly ash plant's terminals, and the company's card at a
    filling station, a tyre shop, a hardware shop and an auto parts shop: terminal slips (monospace: the terminal's
    bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / TXN DATE: and TXN
    TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / BILL NO: / INV NO:, SALE, CARD:, CARD TYPE:,
    a fuel sale's PRODUCT:, RATE:, VOLUME(L): and NOZZLE NO:, AUTH CODE: / APPR CODE:, RRN: / RRN NO: / RET REF NO:,
    SALE AMT: / TXN AMOUNT: / AMOUNT: / TOTAL AMOUNT:; APPROVED / TXN APPROVED / APPROVED - PIN OK / DECLINED - 61
    EXCEEDS WITHDRAWAL LIMIT / NO REPLY FROM BANK - STATUS UNKNOWN, DO NOT RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=4000, high=95000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2500, 14000, 0.6)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 42000, 0.5)
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
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(91.5, 93.5), 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMT:", "TXN AMOUNT:", "AMOUNT:", "TOTAL AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - PIN OK"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 61 EXCEEDS WITHDRAWAL LIMIT", status="failed")
    else:
        p.add("center", "NO REPLY FROM BANK - STATUS UNKNOWN, DO NOT RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, landline, FASTag


BILLERS = [
    ("SBPDCL", "South Bihar Power Distribution Company Ltd", "CA Number"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("SBI FASTag", "State Bank of India - FASTag", "Vehicle No."),
]
BILL_APPS = ["Union Vyom", "SBPDCL", "PhonePe", "BOI Omni Neo", "Paytm", "SBPDCL", "Google Pay", "PhonePe"]
BILL_WHICH = [0, 0, 1, 0, 2, 0, 3, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The kiln's and the plant's electricity (SBPDCL), the depot's fibre (Airtel Xstream Fiber), the manager's
    postpaid phone (Vi), the kiln office's landline (BSNL) and the tipper's FASTag (SBI FASTag) through Bharat
    Connect in banking apps (Union Vyom, BOI Omni Neo) and UPI apps (PhonePe, Paytm, Google Pay: the app on top,
    Biller / Biller name / Operator / Service provider / Paid to (biller) as printed, CA Number / Account No. /
    Mobile No. / Telephone No. / Vehicle No., Customer name / Consumer name, Bill month and Due date on some, the
    sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID / B-Connect Txn ID, UPI Ref No.,
    Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully / Payment successful
    / FASTag wallet recharged / Sent to biller - confirmation in up to 3 working days / Payment failed - any amount
    debited will be refunded within 7 days) and SBPDCL's own receipt page (the company on top with its A Government
    of Bihar Undertaking line, CA Number, Subdivision, Consumer name, Bill month, Amount paid / Paid amount, Payment
    mode, Transaction ID, Receipt No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=6500, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 3500, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 449, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 380, 1600, 0.5)
    elif which == 4:
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
    rs = money(rng, font, 0.5)
    ids = {
        "CA Number": digits(rng, 9),
        "Account No.": digits(rng, 10),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Telephone No.": f"06115-{digits(rng, 6)}",
        "Vehicle No.": f"BR01{code(rng, 2, UPPER)}{digits(rng, 4)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "SBPDCL":
        p = browser_page(rng, font, "sbpdcl.co.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Bihar Undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid successfully"]})
        p.pair(idlab, ids)
        p.pair("Subdivision", rng.choice(["Bihta", "Bihta (Rural)", "Neora"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"SBP{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 11)
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
            "success": ["FASTag wallet recharged"]
            if which == 4
            else ["Bill paid successfully", "Payment successful"],
            "pending": ["Sent to biller - confirmation in up to 3 working days"],
            "failed": ["Payment failed - any amount debited will be refunded within 7 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (1, 2)
        else rng.choice(["Biller", "Biller name", "Service provider", "Paid to (biller)"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name"]),
        rng.choice([COMPANY_CAPS, DEPOT.upper(), KILN.upper()]),
    )
    if which != 4 and not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("Union Vyom", "BOI Omni Neo") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "Union Vyom": "UB"}.get(app, "BI")
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


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "JHARIA COAL & COKE T",
    "KOILWAR BALU SUPPLIE",
    "RAMESH MANJHI",
    "BIHTA TRACTOR TRANSP",
    "SBPDCL PATNA",
    "BARH ASH LOGISTICS",
    "DEHRI LIME & GYPSUM",
    "NAGAR PARISHAD BIHTA",
]
SENDERS = {
    "State Bank of India": "AX-SBIINB",
    "Punjab National Bank": "VM-PNBSMS",
    "Bank of India": "JK-BOIIND",
    "Union Bank of India": "VK-UNIONB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender AX-SBIINB / VM-PNBSMS
    / JK-BOIIND / VK-UNIONB, the day divider, each bank's own wording: "Dear Customer, A/C X1234 debited by Rs.x on
    <day> trf to <payee> via <way>.", "A/c XX1234 debited INR x on <day> thru <way>; paid to <payee>.", "BOI: Your
    A/c XX1234 is debited for Rs.x on <day> (<way>). Beneficiary: <payee>.", "A/c *1234 Debited for Rs:x on <day> by
    <way> to <payee>."; a transfer that "was SENT BACK by the beneficiary bank; money credited back to your A/c" and
    one that "is QUEUED with the beneficiary bank; do not send it again") and two e-mail debit alerts (Debit amount
    (INR) / Transaction value, Beneficiary account name / Paid to, Account, Channel, UTR No. / IMPS Ref No.,
    Transaction date / Value date, Status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=8000, high=480000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 3000, 42000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 9000, 140000)
    elif k == 7:
        j.amount = rupees(rng, 4000, 26000)
    if k in (1, 6):
        bank = rng.choice(["State Bank of India", "Bank of India", "Punjab National Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debit amount (INR)", "Transaction value"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary account name", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add(
            "small",
            "The bank never asks for your OTP, PIN or password. Report an unauthorised debit on 1800 toll free.",
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k in (2, 4, 7):
        way = "UPI" if j.amount < 100000 else "IMPS"
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
            p.add("left", f"Dear Customer, A/C X{tail} debited by Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"trf to {to} via {way}.", merchant=to, method=method)
        elif bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on} thru {way};", amount=j.amount, method=method)
            p.add("left", f"paid to {to}.", merchant=to)
        elif bank == "Bank of India":
            p.add(
                "left",
                f"BOI: Your A/c XX{tail} is debited for Rs.{amt}{on} ({way}).",
                amount=j.amount,
                method=method,
            )
            p.add("left", f"Beneficiary: {to}.", merchant=to)
        else:
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on} by {way}", amount=j.amount, method=method)
            p.add("left", f"to {to}.", merchant=to)
    else:
        p.add("left", f"{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was SENT BACK by the beneficiary bank; money credited back to your A/c.",
            "pending": "is QUEUED with the beneficiary bank; do not send it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 3200000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(
                ["Not done by you? Call 1800 1234 at once", "If not you, report it to the bank at once"]
            ),
        )
    p.add(
        "small",
        {
            "State Bank of India": "-SBI",
            "Punjab National Bank": "-PNB",
            "Bank of India": "-Bank of India",
        }.get(bank, "-Union Bank of India"),
    )
    return p.done()


compose = compose158

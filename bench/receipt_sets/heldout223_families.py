"""The twelve heldout223 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a broom grass, ginger and turmeric aggregator's day in 2026 in Aizawl, Mizoram (Tlawng
Valley Agro Produce Pvt Ltd, its collection godown, Tlawng Valley Collection Godown, on Sairang Road at Sihhmui, and
its grading shed, Tlawng Valley Grading Shed, at Luangmual), told by the proofs of payment it receives and makes:
Aizawl traders', pickle makers' and hotels' UPI screens and the sales desk's Zoho Payments and Airpay pages, the
Guwahati, Siliguri, Delhi and Kochi buyers' and NERAMAC's payment advices, importers' inward wires from Rotterdam,
Osaka, Dubai, Singapore, Dhaka, Leicester, New Jersey and Hamburg in euros, yen, dirhams, Singapore and US dollars and
pounds, its own cash memos, money receipts, truck load advances and the grading shed's rejects sold by the quintal,
the bag maker's, the tarpaulin dealer's, the boiler works', the scale maker's and the pouch printer's tax invoices,
the corporate net-banking transfers to the truckers, the cold store, the commission agent, the fabricator, the organic
certifier, the godown's owner and the earthmover, the loaders', graders', village collectors' and farmers' groups'
quintal-rate vouchers and their Easebuzz payouts, Google Pay and Paytm payments, the Forest Department's transit pass,
Aizawl Municipal Corporation's, the Taxation Department's, the Mizoram Pollution Control Board's, the Spices Board's,
Legal Metrology's and the Transport Department's fee pages, the insurers' premium receipts, card terminal slips, the
Power & Electricity Department's power and the broadband, gas, phone and water bills and the bank's SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, bills and lots listed on an advice, party, supplier, GRN,
challan, truck, vehicle, transit pass, permit, licence, enrolment, holding, registration, application, CRES,
policy, proposal, consumer, beneficiary and record numbers, quintals, kilos, bags, pieces, rates, commissions,
moisture and quality cuts, hamali, advances, TDS, GST and cess lines, INR values on the wires, rates of exchange,
sums insured, IDV, limits and wages declared, bill months, periods, due days, shipping bill days, GSTIN, IFSC, UETR,
senders' references, MID, TID, batch and trace numbers, short names, the maker and the checker and the payer's own
details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and
``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
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

COMPANY = "Tlawng Valley Agro Produce Pvt Ltd"
COMPANY_CAPS = "TLAWNG VALLEY AGRO PRODUCE PVT LTD"
SHORT = "Tlawng Valley Agro"
GODOWN = "Tlawng Valley Collection Godown"
SHED = "Tlawng Valley Grading Shed"
# unit, address, GST state code
UNITS = [
    ("Collection godown", "Sairang Road, Sihhmui, Aizawl - 796007, Mizoram", "15"),
    ("Grading shed", "Luangmual, Aizawl - 796009, Mizoram", "15"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "State Bank of India",
    "Mizoram Rural Bank",
    "UCO Bank",
    "Punjab National Bank",
    "Axis Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Bandhan Bank",
    "IndusInd Bank",
    "The Mizoram Co-operative Apex Bank Ltd",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Mizoram Rural Bank": "SBIN",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Bandhan Bank": "BDBL",
    "IndusInd Bank": "INDB",
    "The Mizoram Co-operative Apex Bank Ltd": "MZCB",
}
DOMAINS = {
    "State Bank of India": "sbi.co.in",
    "UCO Bank": "ucobank.in",
    "Punjab National Bank": "pnb.co.in",
    "Axis Bank": "axisbank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Bandhan Bank": "bandhanbank.com",
    "IndusInd Bank": "indusind.com",
    "Mizoram Rural Bank": "mizoramruralbank.in",
}
# what the company sells by the quintal: the produce, its price per quintal (low, high)
PRODUCE = {
    "broom": ("Broom grass - grade A (90 cm+)", 2600, 3800),
    "ginger": ("Fresh ginger (sawhthing)", 2800, 5200),
    "turmeric": ("Dry turmeric fingers (aieng)", 7600, 13500),
    "slices": ("Dry ginger slices", 14000, 22000),
    "rejects": ("Broom grass - short and broken (rejects)", 900, 1400),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to party / Name of buyer / Consignee (ship to): no fact)."""
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


def quintals(rng: random.Random, low: float, high: float) -> float:
    """A weighment in quintals: two places on most, whole or half on some."""
    if rng.random() < 0.3:
        return rng.randrange(int(low * 2), int(high * 2)) / 2
    return round(rng.uniform(low, high), 2)


# ---------------------------------------------------------------- 1. buyers: UPI screens and payment pages


BUYER_APPS = ["Google Pay", "PhonePe", "Zoho Payments", "Paytm", "Navi", "BHIM", "Airpay", "YONO SBI"]
SHOP_NOTES = [
    "Broom 20 pcs",
    "Ginger 25 kg",
    "Turmeric powder 40 packs",
    "Dry ginger 5 kg",
    "Broom grass 1 qtl",
    "Aieng 10 kg",
    "Ginger for pickle",
    "Sawhthing 2 qtl",
]
PAGE_ORDERS = [
    ("Brahmaputra Broom House, Guwahati", "Advance - 1 truck broom grass (80 qtl)"),
    ("Zote Pickle House, Chanmari", "Fresh ginger 6 qtl - advance"),
    ("Siliguri Spice Exchange Pvt Ltd", "Dry turmeric 25 qtl - booking advance"),
    ("Hotel Floria, Zarkawt", "Turmeric powder and dry ginger - monthly supply"),
]
BUYER_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Navi": ["UPI Ref No.", "UTR"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "YONO SBI": ["UPI Ref No.", "UTR No."],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Aizawl's retailers, pickle makers, hotels and a Guwahati broom dealer paying the godown: six UPI screens
    (Google Pay, PhonePe, Paytm, Navi, BHIM, YONO SBI: the godown, its capitals, the company's capitals or its short
    name under Paid to / To / Sent to / Money sent to / Paying to, its UPI ID, a Name as per bank / Banking name line
    on some, the sum large, a note, UTR / UPI Ref. No. / UPI Reference No. / UPI transaction ID / UPI Ref No / UPI
    Ref No. / UTR No., PhonePe's, Paytm's and Navi's own Transaction ID, YONO SBI's Transaction Ref No. and Google
    Pay's Google transaction ID on some, Debited from / From / Paid from / Bank account, Date & time / Paid on /
    Completed on / Initiated on; Payment in process - confirmation from the bank awaited, do not retry / Payment
    failed - payee's bank is not reachable right now) and the sales desk's two payment pages (Zoho Payments, Airpay:
    the godown or the company on top, Customer name / Paid by / Payer name, Payment for / Description, Zoho's Payment
    ID and UTR or Authorization code, Airpay's Airpay transaction ID, Merchant order ID and RRN or Auth code, Paid on
    / Payment date / Transaction time; Payment successful / Payment received / Thank you! Your payment is complete)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=300, high=45000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Zoho Payments", "Airpay"):
        j.amount = rupees(rng, 12000, 240000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([GODOWN, COMPANY, SHORT])
        url = (
            f"payments.zoho.in/paymentlink/{code(rng, 12, ALNUM + LOWER)}"
            if app == "Zoho Payments"
            else f"payments.airpay.co.in/pay/index.php?token={code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Broom grass, ginger and turmeric from the Mizo hills", "Sairang Road, Sihhmui, Aizawl"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Payment received", "Thank you! Your payment is complete"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Paid by", "Payer name"]), who)
        wrap_pair(p, rng.choice(["Payment for", "Description"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Zoho Payments":
                pid = digits(rng, 16)
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = digits(rng, 9)
                p.pair("Airpay transaction ID", pid, txn=(TXN_RANK, pid))
                oid = f"TVA{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Merchant order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UTR" if app == "Zoho Payments" else "RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair(
                    "Authorization code" if app == "Zoho Payments" else "Auth code",
                    appr,
                    txn=(APPR_RANK, appr),
                )
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Zoho Payments" if app == "Zoho Payments" else "Secured by Airpay")
        return p.done()
    to = rng.choice([GODOWN, GODOWN.upper(), COMPANY_CAPS, SHORT])
    handle = f"tlawngvalley{rng.choice(['', '.azl', '1'])}@{rng.choice(['sbi', 'ybl', 'okaxis', 'paytm'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent", "Transaction successful"],
            "pending": ["Payment in process - confirmation from the bank awaited, do not retry"],
            "failed": ["Payment failed - payee's bank is not reachable right now"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Money sent to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "Navi", "YONO SBI") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Name as per bank', 'Banking name'])}: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Navi", "YONO SBI") and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Paytm": ("Transaction ID", digits(rng, 20)),
                "Navi": ("Transaction ID", f"NAVI{digits(rng, 14)}"),
                "YONO SBI": ("Transaction Ref No.", f"SBI{digits(rng, 15)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from", "Bank account"]
            if status == "success"
            else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
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


# ---------------------------------------------------------------- 2. buyers' and NERAMAC's payment advices


# payer, its mail, its desk's town, the produce it buys, the frame
PAYERS = [
    ("Brahmaputra Broom House", "accounts@brahmaputrabroom.in", "Fancy Bazar, Guwahati", "broom", "mail"),
    (
        "Siliguri Spice Exchange Pvt Ltd",
        "payables@siliguri-spice.in",
        "Khalpara, Siliguri",
        "ginger",
        "paper",
    ),
    (
        "North Eastern Regional Agricultural Marketing Corporation Ltd",
        "finance@neramac.in",
        "Guwahati",
        "turmeric",
        "portal",
    ),
    ("Khari Baoli Masala Traders", "kbmasalatraders@gmail.com", "Khari Baoli, Delhi", "turmeric", "mail"),
    (
        "Purvanchal Spices & Foods Pvt Ltd",
        "vendorpay@purvanchalspices.com",
        "Amingaon, Guwahati",
        "slices",
        "portal",
    ),
    ("Sadar Bazar Jhadu Bhandar", "sbjhadubhandar@gmail.com", "Sadar Bazar, Delhi", "broom", "paper"),
    ("Cochin Ginger Exports Pvt Ltd", "ap@cochinginger.in", "Mattancherry, Kochi", "slices", "mail"),
    (
        "Himalayan Organic Spices Exports LLP",
        "accounts@himalayanorganic.in",
        "Sevoke Road, Siliguri",
        "ginger",
        "portal",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Guwahati and Delhi broom wholesalers, the Siliguri spice exchange, a Khari Baoli masala trader, a Guwahati
    spice brand, a Kochi ginger exporter, a Siliguri organic exporter and NERAMAC paying for the broom grass, ginger,
    dry ginger and turmeric the company sent them: a payment advice e-mail, a printed PAYMENT ADVICE / REMITTANCE
    ADVICE - SUPPLIER / Supplier payment intimation and a vendor portal page (the payer on top with its desk line,
    Supplier name (payee) / Credit to (supplier) / Paid to supplier the company, Party code / Supplier code, GRN No.
    and Truck No. (no fact), the company's bills with their quintals and sums, Bills total / Gross payable, Less: TDS
    u/s 194Q @ 0.1%, Less: Weight loss in transit - n kg @ rate / Less: Quality claim - fungus in n bags / Less:
    Unloading (hamali) at our godown on some, Net amount credited / Amount transferred to supplier / Net paid to
    supplier (Net amount to be released on the hold, Net amount / Net remittance on the return), Payment mode NEFT /
    RTGS / IMPS, Supplier bank A/c, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No., Payment advice No. / Advice ref.
    No., Payment date / Value date / Transferred on / Advice date / Date of advice / Returned on / Date of return;
    Status: Payment made / Payment transferred to your bank account / On hold - weighment at our godown does not
    match the challan / Payment bounced back - beneficiary name does not match the account)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment intimation - {SHORT}", "Remittance advice - supplier"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    name = "NERAMAC" if k == 2 and rng.random() < 0.5 else buyer
    top(p, name.upper() if frame == "paper" and rng.random() < 0.5 else name)
    p.add("small", f"{rng.choice(['Accounts Payable', 'Purchase - Spices and Brooms', 'Finance'])}, {desk}")
    p.add(
        "center",
        rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE - SUPPLIER", "Supplier payment intimation"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Supplier name (payee)", "Credit to (supplier)"] + (
        ["Paid to supplier"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(rng.choice(["Party code", "Supplier code"]), f"{rng.choice(['S', 'MZ', 'NE'])}{digits(rng, 5)}")
    p.pair("GRN No.", f"GRN/{digits(rng, 6)}")
    p.pair(
        "Truck No.",
        f"{rng.choice(['MZ-01', 'MZ-05', 'AS-01', 'AS-11'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
    )
    p.add("left", rng.choice(["Bills paid", "Your invoices covered", "Against your bills"]))
    item, lo, hi = PRODUCE[kind]
    gross = 0.0
    total_qtl = 0.0
    for _ in range(rng.randrange(1, 4)):
        qtl = quintals(rng, 10, 70)
        total_qtl += qtl
        value = round(qtl * rng.randrange(lo, hi, 10), 2)
        gross += value
        p.pair(f"TVA/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qtl:.2f} qtl", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Bills total", "Gross payable"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        kgs = rng.randrange(40, 420)
        per = round(rng.randrange(lo, hi, 10) / 100, 2)
        cut = round(kgs * per, 2)
        p.pair(f"Less: Weight loss in transit - {kgs} kg @ {per:.2f}", rs(cut))
    elif pick < 0.5:
        bags = rng.randrange(2, 9)
        cut = float(bags * rng.randrange(300, 900, 10))
        p.pair(f"Less: Quality claim - fungus in {bags} bags", rs(cut))
    elif pick < 0.65:
        cut = round(total_qtl * 12, 2)
        p.pair("Less: Unloading (hamali) at our godown", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount credited", "Amount transferred to supplier", "Net paid to supplier"],
        "pending": ["Net amount to be released"],
        "failed": ["Net amount", "Net remittance"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Supplier bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'RA', '26'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment advice No.", "Advice ref. No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Payment made", "Payment transferred to your bank account"],
            "pending": ["On hold - weighment at our godown does not match the challan"],
            "failed": ["Payment bounced back - beneficiary name does not match the account"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Transferred on"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This advice is system generated. Please reconcile and raise queries within 7 days.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Rotterdam Spice Trading BV", "Rotterdam, Netherlands", "EUR", "ABN AMRO Bank NV", 2500, 80000),
    ("Naniwa Shoga Trading Co Ltd", "Osaka, Japan", "JPY", "MUFG Bank Ltd", 300000, 6000000),
    ("Al Ras Spices Trading LLC", "Deira, Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 8000, 180000),
    ("Lion City Herbs Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 2000, 60000),
    ("Dhaka Agro Importers Ltd", "Dhaka, Bangladesh", "USD", "Dutch-Bangla Bank PLC", 3000, 90000),
    ("Midlands Wholefoods Ltd", "Leicester, United Kingdom", "GBP", "Barclays Bank UK PLC", 2000, 60000),
    ("Hudson Organic Pantry Inc", "Edison, New Jersey, USA", "USD", "TD Bank NA", 3000, 90000),
    ("Hanse Bio Gewuerze GmbH", "Hamburg, Germany", "EUR", "Hamburger Sparkasse AG", 2500, 80000),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("Axis Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("UCO Bank", "mail"),
    ("State Bank of India", "browser"),
    ("IndusInd Bank", "paper"),
    ("Punjab National Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "GBP": (108.2, 113.4),
    "AED": (23.2, 24.2),
    "SGD": (63.1, 66.8),
    "JPY": (55.8, 59.6),
}
SHIPPED = [
    "Dry ginger slices (HSN 09101120)",
    "Dry turmeric fingers (HSN 09103020)",
    "Fresh ginger - 2 x 20 ft reefer",
    "Broom grass - bundled, 40 ft container",
    "Organic turmeric powder (HSN 09103030)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; a code for dirhams and yen
    (whole yen) and a code or S$ for Singapore dollars."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "JPY":

        def show_jpy(value: float) -> str:
            return f"JPY {value:,.0f}"

        return show_jpy
    mark = rng.choice({"AED": ["AED "], "SGD": ["SGD ", "S$", "SGD "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in the Netherlands, Japan, the Emirates, Singapore, Bangladesh, Britain, the US and Germany paying
    for dry ginger, turmeric, fresh ginger and broom grass: the banks' inward remittance advices (browser, e-mail,
    printed ADVICE OF FOREIGN INWARD REMITTANCE / Export proceeds - inward credit advice / Inward SWIFT remittance -
    credit note: the bank on top with its forex desk, Beneficiary customer / Name of beneficiary / Beneficiary name
    the company, Beneficiary A/c, Remitting customer / Ordering client / Remitter, Remitter bank / Ordering bank /
    Sending bank, Amount (foreign currency) / Remitted amount (FCY) / Instructed amount in EUR, JPY, AED, SGD, USD or
    GBP, Details of charges, Exchange rate applied (per 100 JPY on the yen), Rupee equivalent, Less: Handling charges
    incl. GST, Net INR credit to account, Purpose code, Goods, Export invoice No., Shipping bill No. and Shipping bill
    date, Mode, Sender's reference, Inward ref. No. / IRM No. / Inward remittance No., UETR, Value date / Credit date /
    Realised on / Received on / Parked on / Returned on / Date of return; Proceeds realised - credited to exporter's
    account / Status: Realised and credited / Parked - export invoice and shipping bill to be linked on EDPMS /
    Returned to remitter's bank - beneficiary account dormant)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.aizawl@{slug(bank)}>",
            [
                "Inward remittance credit advice",
                "Export proceeds received",
                "Foreign inward remittance - advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/forex/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Main Branch, Treasury Square, Aizawl",
                "Trade Finance Centre, Zarkawt, Aizawl",
                "Authorised Dealer Branch, Dawrpui, Aizawl",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF FOREIGN INWARD REMITTANCE",
                "Export proceeds - inward credit advice",
                "Inward SWIFT remittance - credit note",
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
                "Proceeds realised - credited to exporter's account",
                "Status: Realised and credited",
            ],
            "pending": ["Parked - export invoice and shipping bill to be linked on EDPMS"],
            "failed": ["Returned to remitter's bank - beneficiary account dormant"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary customer", "Name of beneficiary", "Beneficiary name"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitting customer", "Ordering client", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitter bank", "Ordering bank", "Sending bank"]), pbank)
    p.pair(
        rng.choice(["Amount (foreign currency)", "Remitted amount (FCY)", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Details of charges", rng.choice(["BEN", "SHA", "OUR"]))
    if cur == "JPY":
        p.pair("Exchange rate applied", f"100 JPY = INR {rate}")
        inr = round(j.amount * rate / 100, 2)
    else:
        p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
        inr = round(j.amount * rate, 2)
    p.pair("Rupee equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Handling charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credit to account", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"TVA/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 50), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM No.", "Inward remittance No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-9{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Realised on"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add("small", "Link the IRM to the shipping bill on EDPMS; an e-BRC is generated on DGFT's portal.")
    return p.done()


# ---------------------------------------------------------------- 4. the godown's and the shed's own receipts


# the party, the way it paid, the unit (godown, shed, or the accounts desk's mail), the produce
SALES = [
    ("Pu Lalthanmawia, Bara Bazar", "cash", "godown", "broom"),
    ("Zote Pickle House, Chanmari", "UPI", "godown", "ginger"),
    ("Brahmaputra Broom House, Guwahati", "NEFT", "mail", "broom"),
    ("Hotel Floria, Zarkawt", "card", "godown", "powder"),
    ("Lunglei Spice Traders", "cheque", "godown", "turmeric"),
    ("Ms. R. Lalhmingsangi, Durtlang", "UPI", "mail", "powder"),
    ("Kulikawn Broom Binders", "cash", "shed", "rejects"),
    ("Vairengte Traders", "cheque", "godown", "ginger"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The godown's own MONEY RECEIPT / CASH MEMO - GODOWN SALE / ADVANCE RECEIPT - TRUCK LOAD BOOKING to a bazaar
    retailer, a pickle maker, a hotel and the spice traders, the grading shed's RECEIPT - GRADING SHED SALES / MONEY
    RECEIPT for broom grass rejects sold to a broom binder (paper: the godown, the shed or the company on top with
    its line, address and GSTIN; Receipt No. / Memo No. / M.R. No., Date / Dated / Receipt date, Received from /
    Buyer (party) / Received from (buyer) (no fact), the quintals or packs x rate, GST @ 5% on turmeric powder, Bill
    amount / Total / Lot value, Cash received / Cash received at godown / Received by UPI / UPI amount credited /
    Card payment (EDC) / Paid by card (POS) / Cheque amount / Amount of cheque, Mode, UPI Ref. No. / Approval code,
    Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - LOT RELEASED FOR LOADING / RECEIVED -
    MATERIAL LIFTED / CHEQUE LODGED - LOT HELD TILL CREDIT / CHEQUE RETURNED - FUNDS INSUFFICIENT, LOT NOT RELEASED,
    the rubber stamp) and two of the accounts desk's acknowledgement e-mails (a truck load's Advance received /
    Advance towards truck load with the Balance payable before loading and UTR, a pouch order's UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@tlawngvalley.in>",
            ["Payment received - thank you", "Receipt for your payment", "Money receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Collection godown, Sairang Road, Sihhmui, Aizawl  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        shed = unit == "shed"
        me = rng.choice([SHED, SHED.upper()] if shed else [GODOWN, GODOWN.upper(), COMPANY])
        where = UNITS[1] if shed else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Broom grass | Ginger | Turmeric - collection godown",
            where[1],
            where[2],
            ["RECEIPT - GRADING SHED SALES", "MONEY RECEIPT"]
            if shed
            else ["MONEY RECEIPT", "CASH MEMO - GODOWN SALE"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['TVG', 'MR', 'CM'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Memo No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Buyer (party)", "Received from (buyer)"]), party)
    advance = k == 2
    if kind == "powder":
        packs = rng.randrange(40, 400)
        rate = float(rng.randrange(38, 56))
        base = round(packs * rate, 2)
        p.pair(f"Turmeric powder 200 g pouch  {packs} x {rate:.2f}", rs(base))
        gst = round(base * 0.05, 2)
        p.pair("GST @ 5%", rs(gst))
        bill = round(base + gst, 2)
    else:
        item, lo, hi = PRODUCE[kind]
        qtl = quintals(
            rng, *{"broom": (1, 12), "ginger": (2, 15), "turmeric": (5, 30), "rejects": (3, 15)}[kind]
        )
        if advance:
            qtl = quintals(rng, 70, 95)
        rate = float(rng.randrange(lo, hi, 10))
        bill = round(qtl * rate, 2)
        p.add("left", item)
        p.pair(f"  {qtl:.2f} qtl x {rate:,.2f}", rs(bill))
    p.pair(rng.choice(["Bill amount", "Total", "Lot value"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance towards truck load"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Cash received at godown"]),
            "UPI": rng.choice(["Received by UPI", "UPI amount credited"]),
            "card": rng.choice(["Card payment (EDC)", "Paid by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(rng.choice(["Balance payable before loading", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "rejects":
        words.append("RECEIVED - MATERIAL LIFTED")
    elif not advance and kind != "powder":
        words.append("RECEIVED - LOT RELEASED FOR LOADING")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE LODGED - LOT HELD TILL CREDIT",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, LOT NOT RELEASED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Weighment at the godown is final. Cheques are subject to realisation.")
    if unit != "mail":
        right(p, f"For {SHORT} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "TLAWNG VALLEY GRADING SHED" if unit == "shed" else "TLAWNG VALLEY GODOWN",
            "LUANGMUAL, AIZAWL" if unit == "shed" else "SIHHMUI, AIZAWL",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. bag, tarpaulin, boiler, scale and pouch invoices


SUPPLIERS = [
    (
        "Fancy Bazar Gunny & Poly Bags",
        "Jute bags | HDPE woven sacks | Stitching twine",
        "S.R.C.B. Road, Fancy Bazar, Guwahati - 781001, Assam",
        "18",
        "FGB",
    ),
    (
        "Bawngkawn Tarpaulin & Hardware",
        "Tarpaulins | Drying mats | Ropes and hardware",
        "Main Road, Bawngkawn, Aizawl - 796012, Mizoram",
        "15",
        "BTH",
    ),
    (
        "Rangia Agro Engineering Works",
        "Turmeric boilers and polishers | Ginger washers",
        "Station Road, Rangia - 781354, Assam",
        "18",
        "RAE",
    ),
    (
        "Dimapur Scales & Weighing Systems",
        "Platform scales | Weighbridge service | Stamping",
        "Circular Road, Dimapur - 797112, Nagaland",
        "13",
        "DSW",
    ),
    (
        "Siliguri Flexi Packs Pvt Ltd",
        "Printed pouches and laminates for spices",
        "Matigara, Siliguri - 734010, West Bengal",
        "19",
        "SFP",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "FGB": [
        ("Jute bag 50 kg (B-twill)", "6305", "pcs", 48, 65, 5, 200, 1500),
        ("HDPE woven sack 90 x 55 cm", "6305", "pcs", 9, 14, 5, 500, 4000),
        ("Jute stitching twine", "5607", "kg", 120, 160, 5, 10, 60),
    ],
    "BTH": [
        ("HDPE tarpaulin 18 x 24 ft", "3926", "pcs", 1450, 2100, 18, 4, 30),
        ("Nylon rope 12 mm", "5607", "kg", 160, 220, 18, 10, 80),
        ("GI wire 12 gauge", "7217", "kg", 82, 110, 18, 20, 120),
    ],
    "RAE": [
        ("Turmeric boiler - MS, 2 qtl batch", "8419", "nos", 42000, 68000, 18, 1, 3),
        ("Turmeric polishing drum", "8437", "nos", 38000, 52000, 18, 1, 2),
        ("Boiler repair and welding", "998717", "job", 3500, 9000, 18, 1, 4),
    ],
    "DSW": [
        ("Digital platform scale 500 kg", "8423", "nos", 14500, 19500, 18, 1, 4),
        ("Calibration and stamping assistance", "998346", "job", 1200, 2600, 18, 1, 3),
    ],
    "SFP": [
        ("Printed stand-up pouch 200 g - turmeric", "3923", "pcs", 2.4, 3.6, 18, 5000, 40000),
        ("Laminated roll PET/PE 12 micron", "3920", "kg", 210, 280, 18, 50, 400),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 1, 4]
SUPPLY_WAYS = ["NEFT", "UPI", "RTGS", "-", "NEFT", "NEFT", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Guwahati bag maker, the Aizawl tarpaulin and hardware dealer, the Rangia boiler works, the Dimapur scale
    maker and the Siliguri pouch printer billing the company (paper: the supplier on top, its line, address and
    GSTIN; TAX INVOICE / TAX INVOICE - ORIGINAL FOR BUYER / INVOICE (GST), Invoice No. / Tax Invoice No. / Bill No.,
    Invoice date / Dated / Date, Bill to party / Name of buyer / Consignee (ship to) the company, Ship to the godown,
    Place of supply, E-way bill No., LR No. or Vehicle No., the bags, tarpaulins, ropes, boilers, drums, scales,
    pouches or laminate with HSN or SAC, pieces, kg, nos or jobs x rate, Taxable value, CGST and SGST or IGST @ 5% or
    18%, Round off, Invoice total, Less: Advance received (order booking) and Balance received by NEFT / RTGS on
    some, else Payment credited by NEFT / RTGS / Received by NEFT / RTGS / UPI payment received / Paid through UPI
    with UTR / UTR No. / UPI Ref. No. / UPI transaction ID, or Cheque received / Cheque amount with Cheque No.; PAID /
    PAID BY NEFT / RTGS / UPI / PAID - WITH THANKS / CHEQUE DEPOSITED - ACCOUNT SQUARED ON REALISATION / CHEQUE
    UNPAID - REFER TO DRAWER, DUES OUTSTANDING, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE - ORIGINAL FOR BUYER", "INVOICE (GST)"]
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Bill to party", "Name of buyer", "Consignee (ship to)"])
    wrap_pair(
        p,
        "Ship to",
        f"{SHED}, Luangmual" if tag in ("RAE", "SFP") else f"{GODOWN}, Sihhmui",
    )
    p.pair("Place of supply", "Mizoram (15)")
    p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    if tag == "BTH":
        p.pair(
            "Vehicle No.",
            f"MZ-01-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        )
    else:
        p.pair("LR No.", f"{rng.choice(['GHY', 'SLG', 'DMR'])}/{digits(rng, 5)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "15")
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
        p.pair("Less: Advance received (order booking)", rs(adv))
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
            lab = rng.choice(["UPI payment received", "Paid through UPI"])
        else:
            lab = rng.choice([f"Payment credited by {way}", f"Received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAID - WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - ACCOUNT SQUARED ON REALISATION",
        "failed": "CHEQUE UNPAID - REFER TO DRAWER, DUES OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Goods once sold will not be taken back. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. truckers, cold store and others by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Zonuam Goods Carriers", "Truck hire Aizawl-Guwahati - 2 trips broom grass", 28000, 90000),
    ("Vairengte Roadways", "Freight Aizawl-Siliguri - ginger 9 MT", 35000, 120000),
    ("Silchar Cold Storage Pvt Ltd", "Cold storage rent - seed ginger, 3 months", 18000, 85000),
    ("Brahmaputra Commission Agency", "Commission on broom sales at Fancy Bazar", 9000, 60000),
    ("Luangmual Fabrication Works", "Repair of turmeric boiler and dryer trays", 6000, 45000),
    ("NE Organic Certifiers Pvt Ltd", "Organic certification - 3 ginger clusters", 25000, 140000),
    ("Lalthanzama Sailo", "Godown rent - Sihhmui, 2 months", 30000, 60000),
    ("Hill Roads Earthmovers", "JCB hire - landslide clearing, godown road", 12000, 70000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/corporate/payments/view"),
    (
        "Bandhan Bank Corporate Internet Banking",
        "Bandhan Bank",
        "corporate.bandhanbank.com/fundtransfer/details",
    ),
    (
        "MCAB Corporate Net Banking",
        "The Mizoram Co-operative Apex Bank Ltd",
        "corpnet.mcab.co.in/payments/status",
    ),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its truckers, the Silchar cold store, its Guwahati commission agent, the fabricator, the
    organic certifier, its godown's owner and the earthmover who cleared a landslide: corporate net banking's
    transaction pages (yono BUSINESS, Bandhan Bank Corporate Internet Banking, MCAB Corporate Net Banking: the portal
    on top and the bank's line, Beneficiary name / Payee / Beneficiary account name / Credit party, Beneficiary short
    name, Beneficiary A/c and IFSC, Debit account the company, Transaction amount / Amount (INR) / Transfer amount /
    Txn amount (INR), Payment mode / Transfer type NEFT / RTGS / IMPS, Remarks / Narration, UTR / UTR No., Bank
    reference No. / CBS journal No., Entered by / Authorised by, Value date / Transaction date / Executed on / Created
    on / Entered on / Returned on / Failed on; Payment executed - credited to beneficiary / Status: Success / Pending
    for authorisation - checker yet to approve / Returned - beneficiary account frozen)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment executed - credited to beneficiary", "Status: Success"],
            "pending": ["Pending for authorisation - checker yet to approve"],
            "failed": ["Returned - beneficiary account frozen"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee", "Beneficiary account name", "Credit party"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "AZL")
    ben = rng.choice(BANKS[:9])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transaction amount", "Amount (INR)", "Transfer amount", "Txn amount (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Transfer type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "CBS journal No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Entered by / Authorised by", f"TVAACC1 / {'-' if status == 'pending' else 'TVADIR2'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date", "Executed on"],
            "pending": ["Created on", "Entered on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Returned transactions are credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 7. loaders, graders, collectors and farmers' groups


# payee, role, kind
WORKERS = [
    ("Biakthansanga", "Sardar - loading gang of 6", "loading"),
    ("Lalhmingmawii", "Grader", "grading"),
    ("Thenzawl Ginger Growers' Society", "Farmers' group", "produce"),
    ("Vanlalruata", "Village collector - Saitual", "collector"),
    ("Ramdinpuii", "Grader - broom grass", "grading"),
    ("Khawbung Turmeric Farmers' Group", "Farmers' group", "produce"),
    ("Bikash Chakma", "Loader", "loading"),
    ("Lalthlamuana", "Village collector - Hnahthial", "collector"),
]
WORK_FRAMES = ["paper", "easebuzz", "paper", "gpay", "paper", "easebuzz", "paytm", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), quintals (low, high), net labels
WORK = {
    "loading": (
        ["LOADING CHARGES VOUCHER (PER QUINTAL)", "HAMALI PAYMENT VOUCHER - GODOWN"],
        ["Paid to (sardar)", "Name of loader"],
        "Quintals loaded: {q} qtl x {rate}",
        (18, 30),
        (60, 420),
        ["Net paid to sardar", "Amount paid"],
    ),
    "grading": (
        ["GRADING WAGES VOUCHER - BROOM GRASS", "PIECE RATE VOUCHER - GRADING SHED"],
        ["Name of grader", "Paid to (grader)"],
        "Broom grass graded: {q} qtl x {rate}",
        (60, 95),
        (18, 60),
        ["Net wages paid", "Amount paid"],
    ),
    "produce": (
        ["PRODUCE PURCHASE VOUCHER - FARMERS' GROUP", "PURCHASE VOUCHER - GINGER AND TURMERIC"],
        ["Farmers' group", "Paid to (group)"],
        "Fresh ginger (sawhthing): {q} qtl x {rate}",
        (2800, 4600),
        (12, 80),
        ["Net paid to group", "Net amount paid"],
    ),
    "collector": (
        ["COLLECTION COMMISSION VOUCHER", "VILLAGE COLLECTOR PAYMENT VOUCHER"],
        ["Village collector", "Paid to (collector)"],
        "Commission: {q} qtl collected @ {rate}",
        (50, 120),
        (40, 260),
        ["Net commission paid", "Amount paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its loaders and graders, its village collectors and the farmers' groups it buys ginger and
    turmeric from, all by the quintal: its printed LOADING CHARGES VOUCHER (PER QUINTAL) / HAMALI PAYMENT VOUCHER -
    GODOWN / GRADING WAGES VOUCHER - BROOM GRASS / PIECE RATE VOUCHER - GRADING SHED / PRODUCE PURCHASE VOUCHER -
    FARMERS' GROUP / PURCHASE VOUCHER - GINGER AND TURMERIC / COLLECTION COMMISSION VOUCHER / VILLAGE COLLECTOR
    PAYMENT VOUCHER (the company on top with the godown's or the shed's line, Voucher No. / Vr. No., Date / Voucher
    date, Paid to (sardar) / Name of loader / Name of grader / Paid to (grader) / Farmers' group / Paid to (group) /
    Village collector / Paid to (collector), Role, Village / Collection centre / Group reg. No. (no fact), the
    quintals x rate, Add: Night loading allowance / Add: Bundling and tying / Add: Head-load to road-head, Gross
    amount, Less: Moisture and trash cut @ 2% / Less: Seed advance recovered / Less: Advance recovered, Net paid to
    sardar / Net wages paid / Net paid to group / Net amount paid / Net commission paid / Amount paid, Mode Cash / UPI
    / IMPS / NEFT; PAID / PAID - RECEIVED IN FULL / PAID IN CASH AT GODOWN / PAID - RECEIVED BY GROUP SECRETARY /
    PAID - GANG SARDAR SIGNED), Easebuzz Payouts' pages (Easebuzz on top and Payouts - the company under it, the sum
    large, Beneficiary name, Beneficiary code, Account / VPA, Transfer mode, Narration, Payout ID, UTR, Unique request
    No., Processed on / Created on / Reversed on; Transfer successful / Status: SUCCESS / Awaiting approval - payout
    not yet initiated / Reversed - credit to beneficiary account failed), a Google Pay and a Paytm screen."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=800, high=26000, p_round=0.9)
    who, role, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "easebuzz":
        j.amount = rupees(rng, 40000, 260000, 0.5) if kind == "produce" else j.amount
        pid = f"EZP{digits(rng, 12)}"
        p = browser_page(
            rng, font, "dashboard.easebuzz.in/payouts/transfers" + ("" if j.no_ref else f"/{pid}")
        )
        p.part = "head"
        top(p, "Easebuzz")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "Status: SUCCESS"],
                "pending": ["Awaiting approval - payout not yet initiated"],
                "failed": ["Reversed - credit to beneficiary account failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary code", f"BEN{digits(rng, 6)}")
        way = "IMPS" if kind == "produce" else rng.choice(["IMPS", "UPI"])
        p.pair(
            "Account / VPA",
            f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@oksbi",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Narration",
            rng.choice(["Turmeric purchase - Khawbung", "Turmeric lot payment"])
            if kind == "produce"
            else rng.choice(["Grading wages - fortnight", "Broom grading - piece rate"]),
        )
        if not j.no_ref:
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"TVA-{kind[:4].upper()}-{digits(rng, 5)}"
            p.pair("Unique request No.", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Created on"], "failed": ["Reversed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Reversed transfers are credited back to your Easebuzz payout wallet.")
        return p.done()
    if frame in ("gpay", "paytm"):
        j.amount = rupees(rng, 600, 6000, 0.9) if kind == "loading" else rupees(rng, 2000, 15000, 0.9)
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
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice(
                ["Collection commission", "Advance for Saitual lot"]
                if kind == "collector"
                else ["Loading charges", "Night loading"]
            ),
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
            else:
                p.pair(rng.choice(["UPI Ref. No.", "UPI Reference No."]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"State Bank of India XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if kind == "grading" else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{SHED if kind == 'grading' else GODOWN}",
        unit[1],
        unit[2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}V/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Role", role)
    if kind == "produce":
        p.pair("Group reg. No.", f"SHG/MZ/{digits(rng, 5)}")
    elif kind == "collector":
        p.pair("Collection centre", role.split(" - ")[-1])
    rate = float(rng.randrange(rlo, rhi + 1, 10 if kind == "produce" else 1))
    q = quintals(rng, qlo, qhi) if k != 2 else quintals(rng, 8, 30)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:.2f}", rate=f"{rate:,.2f}"), rs(gross))
    extra = 0.0
    if kind != "produce" and rng.random() < 0.5:
        extra = float(rng.choice([200, 300, 450, 600]))
        p.pair(
            {
                "loading": "Add: Night loading allowance",
                "grading": "Add: Bundling and tying",
                "collector": "Add: Head-load to road-head",
            }[kind],
            rs(extra),
        )
        gross += extra
    p.pair("Gross amount", rs(gross))
    cut = 0.0
    if kind == "produce":
        cut = round(gross * 0.02, 2)
        p.pair("Less: Moisture and trash cut @ 2%", rs(cut))
        if rng.random() < 0.5:
            seed = float(rng.choice([5000, 8000, 12000]))
            p.pair("Less: Seed advance recovered", rs(seed))
            cut += seed
    elif gross > 3000 and rng.random() < 0.5:
        cut = float(rng.choice([300, 500, 1000]))
        p.pair("Less: Advance recovered", rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    if k == 2:
        way = "Cash"
    elif kind == "produce":
        way = "NEFT"
    else:
        way = rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        "Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        if way == "NEFT":
            ref = bank_ref(rng, j, "State Bank of India", "NEFT")
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED IN FULL"]
    if way == "Cash":
        words.append("PAID IN CASH AT GODOWN")
    if kind == "produce":
        words.append("PAID - RECEIVED BY GROUP SECRETARY")
    if kind == "loading":
        words.append("PAID - GANG SARDAR SIGNED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of payee")
    return p.done()


# ---------------------------------------------------------------- 8. forest, AMC, taxation, MPCB, Spices Board, ...


FEE_FRAMES = ["forest", "trade", "ptax", "mpcb", "spices", "metrology", "property", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a broom grass, ginger and turmeric aggregator in Aizawl: the Forest Department's transit pass for
    broom grass (Environment, Forests & Climate Change Department, Mizoram / ENVIRONMENT, FORESTS & CLIMATE CHANGE
    DEPT., MIZORAM on top and the Aizawl Forest Division line, Name of permit holder, Produce, Quantity, Route,
    Vehicle No., Transit pass No., Royalty @ Rs n per qtl, Transit pass fee, Total amount deposited / Amount paid,
    Transaction ID, Bank Ref No., e-Challan No.), Aizawl Municipal Corporation's trade licence and property tax pages
    (Aizawl Municipal Corporation / AIZAWL MUNICIPAL CORPORATION on top, Ward, Name of licensee / Owner name, Trade
    name, Licence No. / Holding No., the heads, Total amount / Amount paid / Amount, Transaction ID, Bank Ref No.,
    Receipt No.; Transaction failed - tax not credited to AMC), the Taxation Department's profession tax page
    (Taxation Department, Mizoram / Taxation Department, Government of Mizoram on top and the Act's line, Employer
    name, Enrolment No., Period, the employer's and the employees' tax, Total tax paid / Amount paid / Amount /
    Total amount, Transaction ID, GRN; Payment initiated - awaiting confirmation from bank, do not pay again), the
    Mizoram Pollution Control Board's consent fee page (the Board on top, Name of the unit, Category, Application ID,
    the Water and Air Act fees, Total fee paid, Transaction ref. No., Bank Ref No.), the Spices Board's CRES renewal
    (Spices Board India / SPICES BOARD INDIA / Spices Board on top and the Ministry of Commerce line, Name of
    exporter, CRES No., CRES renewal fee, Late fee, GST @ 18%, Total amount received / Total paid, Payment ID, Receipt
    No.), Legal Metrology's verification fee (Legal Metrology, Mizoram / Controller of Legal Metrology, Mizoram on
    top and the Food, Civil Supplies & Consumer Affairs line, Name of user, the scales' fees, Total fee paid / Amount
    paid) and the Transport Department's Vahan tax and permit page (Transport Department, Mizoram / Transport
    Department, Government of Mizoram on top and the Vahan line, Owner name, Registration No., Vehicle class, Tax
    valid upto, Motor vehicle tax, Goods permit fee, Total amount paid / Amount paid, Transaction No., Bank Ref No.,
    Receipt No.); Payment successful / Fee deposited successfully / Payment received / e-Receipt generated."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Fee deposited successfully", "Payment received", "e-Receipt generated"]
    if frame == "forest":
        p = browser_page(rng, font, f"forest.mizoram.gov.in/transitpass/epayment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Environment, Forests & Climate Change Department, Mizoram",
                "ENVIRONMENT, FORESTS & CLIMATE CHANGE DEPT., MIZORAM",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Aizawl Forest Division  |  Transit pass - minor forest produce")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of permit holder", firm)
        wrap_pair(p, "Produce", "Broom grass (Thysanolaena maxima)")
        q = float(rng.randrange(60, 180, 5))
        p.pair("Quantity", f"{q:.0f} qtl")
        wrap_pair(p, "Route", rng.choice(["Sihhmui - Vairengte check gate", "Sihhmui - Kanhmun check gate"]))
        p.pair("Vehicle No.", f"MZ-01-{code(rng, 1, UPPER)}-{digits(rng, 4)}")
        p.pair("Transit pass No.", f"AFD/TP/{digits(rng, 5)}")
        per = float(rng.choice([40, 50, 60]))
        royalty = q * per
        fee = float(rng.choice([100, 200]))
        p.pair(f"Royalty @ Rs {per:.0f} per qtl", rs(royalty))
        p.pair("Transit pass fee", rs(fee))
        j.amount = royalty + fee
        p.pair(rng.choice(["Total amount deposited", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"EFCC{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("e-Challan No.", INVOICE_RANK, f"AFD/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Carry the transit pass with the vehicle; check gates verify it against the challan."
    elif frame in ("trade", "property"):
        p = browser_page(rng, font, f"amc.mizoram.gov.in/epayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Aizawl Municipal Corporation", "AIZAWL MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        tax = frame == "property"
        p.add("small", f"Online payment  |  {'Property tax' if tax else 'Trade licence (renewal)'}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok, "failed": ["Transaction failed - tax not credited to AMC"]})
        p.pair("Ward", rng.choice(["Ward No. 1 (Sihhmui)", "Ward No. 3 (Luangmual)", "Ward No. 2 (Tanhril)"]))
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Holding No.", f"AMC/{rng.randrange(1, 19):02d}/{digits(rng, 5)}")
            heads = [
                ("Property tax 2026-27 (godown, 420 sq m)", 14800.0, 26400.0),
                ("Solid waste user charges", 1200.0, 2400.0),
            ]
        else:
            wrap_pair(p, "Name of licensee", firm)
            wrap_pair(p, "Trade name", rng.choice([GODOWN, SHED]))
            p.pair("Licence No.", f"AMC/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - wholesale godown", 3000.0, 3000.0),
                ("Trade licence fee - grading and packing", 1500.0, 1500.0),
                ("Advertisement (hoarding) fee", 500.0, 1200.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
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
            refs.append(("Receipt No.", INVOICE_RANK, f"{'PT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt and needs no signature."
            if status == "success"
            else "Any amount debited will be refunded by the bank in 5-7 working days."
        )
    elif frame == "ptax":
        p = browser_page(rng, font, f"tax.mizoram.gov.in/ptax/epayment/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Taxation Department, Mizoram", "Taxation Department, Government of Mizoram"])
        top(p, name, merchant=name)
        p.add("small", "Mizoram Professions, Trades, Callings and Employments Taxation Act  |  e-Payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment initiated - awaiting confirmation from bank, do not pay again"],
            },
        )
        wrap_pair(p, "Employer name", firm)
        p.pair("Enrolment No.", f"PT/AZL/{digits(rng, 6)}")
        p.pair("Period", "2026-27")
        staff = rng.randrange(8, 30)
        own = 2500.0
        ee = float(staff * rng.choice([150, 208]))
        p.pair("Profession tax - employer (enrolment)", rs(own))
        p.pair(f"Profession tax deducted - {staff} employees", rs(ee))
        j.amount = own + ee
        p.pair(
            rng.choice(
                ["Total tax paid", "Amount paid"] if status == "success" else ["Amount", "Total amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"MZPT{digits(rng, 11)}"),
                ("GRN", INVOICE_RANK, f"MZ{digits(rng, 10)}"),
            ],
        )
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The challan is final once the bank confirms the payment; do not pay the GRN again."
    elif frame == "mpcb":
        p = browser_page(rng, font, f"mpcb.mizoram.gov.in/consent/feereceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Mizoram Pollution Control Board", "MIZORAM POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Government of Mizoram  |  Consent fee - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the unit", f"{SHED} ({firm})")
        p.pair("Category", rng.choice(["Green - spice grading and drying", "Orange - turmeric boiling"]))
        p.pair("Application ID", f"MPCB/CTO/{digits(rng, 6)}")
        water = float(rng.choice([2000, 3000, 4000]))
        air = float(rng.choice([1500, 2000, 3000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"MPCB{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after inspection of the shed and its boiler."
    elif frame == "spices":
        p = browser_page(rng, font, f"indianspices.com/cres/payment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Spices Board India", "SPICES BOARD INDIA", "Spices Board"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce & Industry, Government of India  |  CRES renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of exporter", firm)
        p.pair("CRES No.", f"CRES/GHY/{digits(rng, 5)}")
        renew = 5000.0
        late = float(rng.choice([0, 0, 1000]))
        p.pair("CRES renewal fee (3 years)", rs(renew))
        if late:
            p.pair("Late fee", rs(late))
        gst = round((renew + late) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(renew + late + gst, 2)
        p.pair(rng.choice(["Total amount received", "Total paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"SBP{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"SB/GHY/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The renewed certificate is issued by the Board's regional office, Guwahati."
    elif frame == "metrology":
        p = browser_page(rng, font, "legalmetrology.mizoram.gov.in/verification/feereceipt")
        p.part = "head"
        name = rng.choice(["Legal Metrology, Mizoram", "Controller of Legal Metrology, Mizoram"])
        top(p, name, merchant=name)
        p.add("small", "Food, Civil Supplies & Consumer Affairs Department  |  Verification fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{GODOWN} ({firm})")
        big = rng.randrange(1, 4)
        small = rng.randrange(1, 5)
        fee_big = float(big * rng.choice([600, 750]))
        fee_small = float(small * rng.choice([200, 250]))
        p.pair(f"Verification - platform scale 500 kg x {big}", rs(fee_big))
        p.pair(f"Verification - counter scale 30 kg x {small}", rs(fee_small))
        j.amount = fee_big + fee_small
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"LM{digits(rng, 12)}")])
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Present the scales for verification and stamping on the day allotted."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/receipt")
        p.part = "head"
        name = rng.choice(["Transport Department, Mizoram", "Transport Department, Government of Mizoram"])
        top(p, name, merchant=name)
        p.add("small", "Vahan - Ministry of Road Transport & Highways  |  Tax and permit fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"MZ-01-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (LGV)", "Goods carrier (MGV)"]))
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        tax = float(rng.choice([2400, 3600, 4800]))
        permit = float(rng.choice([0, 1500, 2500]))
        p.pair("Motor vehicle tax (quarterly)", rs(tax))
        if permit:
            p.pair("Goods permit fee (renewal)", rs(permit))
        j.amount = tax + permit
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"MZ{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"MZ{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Keep the e-receipt in the vehicle with the permit."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Bharat Sookshma Udyam Suraksha - godown stock",
        "browser",
        "stock",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Inland transit open policy - goods by road",
        "mail",
        "transit",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Goods carrying vehicle - package policy",
        "paper",
        "vehicle",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Group personal accident - loaders and graders",
        "browser",
        "gpa",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Burglary - godown stock",
        "paper",
        "burglary",
    ),
    ("Care Health Insurance Ltd", "careinsurance.com", "Group health insurance - staff", "mail", "health"),
    (
        "Zurich Kotak General Insurance Co. Ltd",
        "zurichkotak.com",
        "Money insurance - cash for farmers' payments",
        "browser",
        "money",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Employees' compensation - godown workers",
        "mail",
        "wc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its godown stock, its produce on the road to Guwahati and Siliguri, its pickup truck, its
    loaders and graders, its godown against burglary, its staff's health, the cash carried to the villages and its
    godown workers: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the
    product line, PREMIUM RECEIPT / Premium acknowledgement / RECEIPT, Name of the proposer / Insured name /
    Proposer (insured), Policy No., Proposal No., Sum insured - stock in godown / Annual turnover in transit / IDV
    (insured declared value) / Persons covered / Sum insured - stock (first loss) / Lives covered / Money in transit
    limit / Estimated annual wages, Period of insurance, Basic premium or Own damage premium and Third party premium,
    an add-on (STFI and earthquake, SRCC, Medical expenses extension, Riot and strike, Maternity, Cash in counter,
    Occupational disease), GST @ 18%, Total premium collected / Premium paid (incl. GST) / Total premium received /
    Cheque amount / Premium amount (incl. GST) / Premium payable / Total premium due, Payment mode, Payment ref. No. /
    Transaction No., UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Cheque No., Receipt date /
    Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on; Premium received -
    e-policy dispatched / Payment successful - policy schedule generated / CHEQUE ACCEPTED - COVER STARTS ON
    REALISATION OF CHEQUE / Payment unsuccessful - policy not issued, please retry)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'pay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0]
        p = mail_page(rng, font, f"{short} <noreply@{host}>", ["Premium receipt", "Premium acknowledgement"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Dawrpui, Aizawl", "Branch Office, Zarkawt, Aizawl"]))
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium received - e-policy dispatched",
                "Payment successful - policy schedule generated",
            ],
            "pending": ["CHEQUE ACCEPTED - COVER STARTS ON REALISATION OF CHEQUE"],
            "failed": ["Payment unsuccessful - policy not issued, please retry"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of the proposer", "Insured name", "Proposer (insured)"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '48'])}/2026/{digits(rng, 5)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    addon = None
    taxed_heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(2500000, 18000000, 50000))
        p.pair("Sum insured - stock in godown", rs(insured))
        basic = round(insured * rng.uniform(0.0007, 0.0011), 2)
        addon = ("STFI and earthquake cover", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("SRCC cover", round(turnover * 0.00004, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(450000, 1100000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"MZ-01-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        taxed_heads = [
            ("Own damage premium", basic),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
    elif kind == "gpa":
        persons = rng.randrange(12, 40)
        p.pair("Persons covered", f"{persons} x Rs 5,00,000")
        basic = round(persons * rng.uniform(450, 750), 2)
        addon = ("Medical expenses extension", round(persons * 60.0, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 8000000, 50000))
        p.pair("Sum insured - stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Riot and strike cover", round(insured * 0.00005, 2))
    elif kind == "health":
        lives = rng.randrange(8, 24)
        p.pair("Lives covered", f"{lives} staff and families")
        p.pair("Sum insured per family", rs(float(rng.choice([200000, 300000]))))
        basic = round(lives * rng.uniform(9000, 15000), 2)
        addon = ("Maternity cover", round(lives * 400.0, 2))
    elif kind == "money":
        limit = float(rng.choice([500000, 800000, 1000000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in counter cover", round(rng.uniform(600, 1800), 2))
    else:
        wages = float(rng.randrange(2400000, 7200000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(14, 46)))
        basic = round(wages * rng.uniform(0.004, 0.006), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
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
        "success": ["Total premium collected", "Premium paid (incl. GST)", "Total premium received"],
        "pending": ["Cheque amount", "Premium amount (incl. GST)"],
        "failed": ["Premium payable", "Total premium due"],
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
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
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
    ("TLAWNG VALLEY GODOWN", "SAIRANG RD, SIHHMUI, AIZAWL", "own"),
    ("SAIRANG FUELS (IOCL)", "NH-306, SAIRANG", "fuel"),
    ("TLAWNG VALLEY AGRO", "SIHHMUI AIZAWL MIZORAM", "own"),
    ("HOTEL BRAHMAPUTRA VIEW", "M.G. ROAD, GUWAHATI", "hotel"),
    ("KOLASIB TYRE HOUSE", "MAIN ROAD, KOLASIB", "shop"),
    ("TLAWNG VALLEY GRADING SHED", "LUANGMUAL, AIZAWL", "own"),
    ("VAIRENGTE HIGHWAY DHABA", "NH-306, VAIRENGTE", "food"),
    ("TLAWNG VALLEY GODOWN", "AIZAWL MIZORAM 796007", "own"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "INDIANOIL",
    "PINE LABS",
    "AXIS BANK",
    "PAYTM EDC",
    "UCO BANK",
    "PHONEPE POS",
    "HDFC BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders' and shoppers' cards on the godown's, the company's and the grading shed's terminals, and the
    company's card at a filling station on NH-306, a Guwahati hotel, a tyre shop and a highway dhaba: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and
    TIME: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / BILL NO: / INV NO:,
    SALE, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE:, VOLUME(L):, PUMP NO: and VEHICLE NO:, a hotel's ROOM NO:,
    AUTH CODE: / APPR CODE:, RRN: / REF NO:, SALE AMOUNT: / AMOUNT: / TXN AMT: / PURCHASE AMT:; APPROVED / TXN
    APPROVED / TRANSACTION APPROVED / DECLINED - 55 INCORRECT PIN / HOST NOT RESPONDING - CHECK STATUS BEFORE
    RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1500, high=90000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14500, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 450, 16500, 0.5)
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
        rate = round(rng.uniform(93.5, 96.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "PETROL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEHICLE NO:", f"MZ01{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 512)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT:", "TXN AMT:", "PURCHASE AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, gas, phone and water bills


BILLERS = [
    (
        "Power & Electricity Department, Mizoram",
        "Power and Electricity Department, Government of Mizoram",
        "Consumer No.",
    ),
    ("BSNL Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("PHED Mizoram", "Public Health Engineering Department, Mizoram", "Consumer ID"),
]
BILL_APPS = ["P&ED", "PhonePe", "yono BUSINESS", "Google Pay", "P&ED", "Paytm", "BHIM", "Amazon Pay"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The godown's and the shed's electricity (Power & Electricity Department, Mizoram), the office broadband (BSNL
    Fibre), the shed's commercial LPG (Indane), the manager's postpaid phone (Jio) and the godown's water (PHED)
    through Bharat Connect in yono BUSINESS and UPI apps (the app on top, Biller / Biller name / Service provider /
    Billed by / Operator as printed, Consumer No. / Account No. / LPG ID / Mobile No. / Consumer ID, Customer name /
    Consumer name / Name on bill, Bill month and Due date on some, the sum large, Paid from Current A/c or UPI,
    Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date
    & time; Bill paid successfully / Payment successful / Bill payment completed / Awaiting biller confirmation - do
    not pay again / Payment unsuccessful - debited amount, if any, will be refunded in 3 days) and the Power &
    Electricity Department's own receipt page (the department on top with its Government of Mizoram line, Consumer
    No., Electrical sub-division, Consumer name, Bill month, Amount paid / Paid amount, Payment mode, Transaction
    ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=2500, high=62000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3600, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1850, 9600, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1499, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 600, 4800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['AZL', 'LMA'])}{digits(rng, 7)}",
        "Account No.": digits(rng, 10),
        "LPG ID": digits(rng, 17),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Consumer ID": f"PHE/AZL/{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "P&ED":
        p = browser_page(rng, font, "power.mizoram.gov.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, short.upper()])
        top(p, name, merchant=name)
        p.add("small", "Government of Mizoram  |  Online payment of electricity bill")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment successful"]})
        p.pair(idlab, ids)
        p.pair(
            "Electrical sub-division",
            rng.choice(["Electrical Sub-Division II, Aizawl", "Electrical Sub-Division, Luangmual"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PED{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 11)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your consumer account within two working days.")
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
            "success": ["Bill paid successfully", "Payment successful", "Bill payment completed"],
            "pending": ["Awaiting biller confirmation - do not pay again"],
            "failed": ["Payment unsuccessful - debited amount, if any, will be refunded in 3 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        "Operator"
        if which in (1, 3)
        else rng.choice(["Biller", "Biller name", "Service provider", "Billed by"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Name on bill"]),
        rng.choice([COMPANY_CAPS, GODOWN.upper(), SHORT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "yono BUSINESS" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "BHIM": "BH", "Amazon Pay": "AP"}.get(
                app, "SB"
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
    "ZONUAM GOODS CARRIER",
    "VAIRENGTE ROADWAYS",
    "BIAKTHANSANGA",
    "RANGIA AGRO ENGINEER",
    "SILCHAR COLD STORAGE",
    "POWER AND ELECTRICIT",
    "LALTHLAMUANA",
    "AIZAWL MUNICIPAL COR",
]
SENDERS = {
    "Mizoram Rural Bank": "VK-MRBANK",
    "Bandhan Bank": "AX-BANDHN",
    "The Mizoram Co-operative Apex Bank Ltd": "JM-MCABNK",
    "State Bank of India": "VM-SBIUPI",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VK-MRBANK / AX-BANDHN
    / JM-MCABNK / VM-SBIUPI, the day divider, each bank's own wording: "MRB: Rs.x debited from A/c XX1234 on <day> /
    vide <way> for transfer to <payee>.", "Dear Customer, INR x has been debited from your A/c XXXX1234 on <day> /
    through <way>; amount sent to <payee>.", "MCAB: A/c XX1234 Dr INR x on <day> / <way> trf, Bene: <payee>.", SBI's
    UPI "Dear UPI user A/C X1234 debited by x on date <day> trf to <payee> Refno <ref>."; a transfer that "could not
    be credited and has been REVERSED to your A/c by the beneficiary bank" and one that "is AWAITING credit
    confirmation from the beneficiary bank - please do not repeat it.") and two e-mail debit alerts (Debit amount
    (INR) / Amount debited, Transferred to / Beneficiary, Account, Channel, UTR No. / IMPS Ref No., Transaction date /
    Value date, Transaction status: Successful / Status: Processed successfully)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=8000, high=380000)
    to = ALERT_PAYEES[k]
    if k in (2, 6):
        j.amount = rupees(rng, 1200, 24000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 9000, 62000)
    elif k == 7:
        j.amount = rupees(rng, 4000, 28000)
    if k in (3, 5):
        bank = rng.choice(["Bandhan Bank", "Mizoram Rural Bank"])
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
        p.pair(rng.choice(["Debit amount (INR)", "Amount debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Transaction status: Successful", "Status: Processed successfully"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "The bank never asks for your OTP, PIN or password. Report an unauthorised debit at once.",
        )
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 2:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # SBI's "Dear UPI user ... trf to" is its UPI wording; each other bank's debit wording on one success
    bank = {0: "Mizoram Rural Bank", 2: "Bandhan Bank", 6: "State Bank of India"}.get(
        k, "The Mizoram Co-operative Apex Bank Ltd" if k == 7 else rng.choice(list(SENDERS)[:3])
    )
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
            sbi_day = f" on date {when(j.date, '%d%b%y')}" if not j.no_day else ""
            p.add("left", f"Dear UPI user A/C X{tail} debited by {j.amount:.2f}{sbi_day}", amount=j.amount)
            p.add("left", f"trf to {to}", merchant=to, method=method)
        elif bank == "Mizoram Rural Bank":
            p.add("left", f"MRB: Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"vide {way} for transfer to {to}.", merchant=to, method=method)
        elif bank == "Bandhan Bank":
            p.add("left", f"Dear Customer, INR {amt} has been debited from", amount=j.amount)
            p.add("left", f"your A/c XXXX{tail}{on} through {way};", method=method)
            p.add("left", f"amount sent to {to}.", merchant=to)
        else:
            p.add("left", f"MCAB: A/c XX{tail} Dr INR {amt}{on}", amount=j.amount)
            p.add("left", f"{way} trf, Bene: {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be credited and has been REVERSED to your A/c by the beneficiary bank.",
            "pending": "is AWAITING credit confirmation from the beneficiary bank - please do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "State Bank of India":
            p.add("left", f"Refno {ref}. If not u? call 1800111109.", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "State Bank of India":
            p.add("small", "-SBI", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not done by you? Call the bank at once", "If not you, report to the bank"]),
            )
    if bank != "State Bank of India":
        p.add(
            "small",
            {"Mizoram Rural Bank": "-Mizoram Rural Bank", "Bandhan Bank": "-Bandhan Bank"}.get(bank, "-MCAB"),
        )
    return p.done()


compose = compose158

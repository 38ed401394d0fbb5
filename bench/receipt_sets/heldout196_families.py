"""The twelve heldout196 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sports goods manufacturer and exporter's day in 2026 (Doaba Willow & Leather
Sports Pvt Ltd, its factory in the Sports & Surgical Complex on Kapurthala Road and its stitching centre at Basti
Sheikh, Jalandhar, Punjab: cricket bats and balls, footballs, boxing gloves), told by the proofs of payment it
receives and makes: foreign buyers' inward wires in US dollars, pounds and euros and the buyers' own remittance
advices, Indian distributors' payment advices, retail buyers' and academies' UPI and payment pages, its own money
receipts, willow, leather, bladder and cane suppliers' invoices and the net-banking transfers to suppliers,
stitchers' piece-rate wage vouchers and payouts, the Export Promotion Council's, DGFT's, the Municipal Corporation's
and the Pollution Control Board's fee pages, couriers' and freight forwarders' bills, card slips at home and at
trade fairs abroad, PSPCL, water, broadband and phone bills through Bharat Connect and PSPCL's own receipt, and the
bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, invoices listed on an advice or a receipt, pieces and
rates, GST and TDS lines, cheque dates, GSTIN, PAN, IEC, RCMC, IFSC, BIC, UETR, purpose codes, AWB, HBL, shipping
bill, e-way bill and vehicle numbers, MID, TID, STAN, batch and trace numbers, membership, property, consent and
account numbers, beneficiary and transfer-file ids, the maker and the approver and the payer's own details carry no
fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
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

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Doaba Willow & Leather Sports Pvt Ltd"
COMPANY_CAPS = "DOABA WILLOW & LEATHER SPORTS PVT LTD"
SHORT = "Doaba Sports"
# unit, address, GST state code
UNITS = [
    ("Factory", "B-14, Sports & Surgical Complex, Kapurthala Road, Jalandhar - 144021, Punjab", "03"),
    ("Stitching centre", "Near Gurdwara Sahib, Basti Sheikh, Jalandhar - 144002, Punjab", "03"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Punjab National Bank",
    "Punjab & Sind Bank",
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "IndusInd Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Jammu & Kashmir Bank",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "Punjab & Sind Bank": "PSIB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "IndusInd Bank": "INDB",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Jammu & Kashmir Bank": "JAKA",
}
GOODS = [
    "English willow cricket bats - Grade 1",
    "Kashmir willow bats - junior",
    "Hand-stitched footballs size 5",
    "Machine-stitched training footballs",
    "Leather boxing gloves 12 / 14 oz",
    "Four-piece leather cricket balls",
    "Heavy punch bags 5 ft",
    "Batting pads and thigh guards",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Consignee / Name of firm / From account: no fact)."""
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


def fy(j: Job) -> str:
    """The financial year of the payment's day, as Indian invoice numbers carry it (26-27)."""
    y = j.date.year % 100 - (1 if j.date.month < 4 else 0)
    return f"{y:02d}-{y + 1:02d}"


def neft_way(rng: random.Random, amount: float) -> str:
    way = "RTGS" if amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


def slug(bank: str) -> str:
    words = bank.replace("&", "").split()
    return "".join(w[0] for w in words).lower() if len(words) > 2 else words[0].lower()


RATES = {"USD": (85.6, 88.7), "EUR": (93.4, 97.2), "GBP": (108.6, 113.1)}


# ---------------------------------------------------------------- 1. foreign buyers' wires and remittance advices


BUYERS = [
    ("Pavilion End Cricket Supplies Ltd", "Leicester, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Grand Slam Sporting Goods Inc", "Newark, NJ, USA", "USD", "Bank of America NA"),
    ("Sportartikel Brandt GmbH", "Duesseldorf, Germany", "EUR", "Deutsche Bank AG"),
    ("Long Room Cricket Pty Ltd", "Parramatta, NSW, Australia", "USD", "Commonwealth Bank of Australia"),
    ("Boxe Sport Rhone SAS", "Lyon, France", "EUR", "Societe Generale"),
    ("Stumps & Bails Ltd", "Birmingham, United Kingdom", "GBP", "HSBC UK Bank plc"),
    ("Southpaw Fight Gear LLC", "Las Vegas, NV, USA", "USD", "Wells Fargo Bank NA"),
    ("Voetbal Groothandel Jansen BV", "Eindhoven, Netherlands", "EUR", "Cooperatieve Rabobank UA"),
]
WIRE_FRAMES = [
    ("Punjab National Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("buyer", "mail"),
    ("State Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("buyer", "paper"),
    ("Punjab & Sind Bank", "mail"),
    ("Axis Bank", "paper"),
]


def buyer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Foreign buyers paying for bats, balls, footballs and gloves in pounds, US dollars and euros: six banks'
    inward remittance advices (browser, e-mail, printed: the bank on top, Name of beneficiary / Beneficiary name /
    Credit to customer the company, Remitter / Ordering customer (50K), Remitting bank, Remitted amount / Amount
    (FCY) / Transaction amount, Exchange rate, Converted amount (INR), Charges, Amount credited (INR), Purpose code
    P0102, Inward remittance No. / Our reference / IRM No., UETR, Value date / Credit date / Received on / Returned on;
    Credited to your account / Remittance credited / Awaiting disposal instructions - purpose code required /
    Returned - beneficiary account frozen (KYC pending)) and two buyers' own REMITTANCE ADVICE (e-mail, printed: the
    buyer on top, Remit to / Vendor the company, the invoices paid, Less: Credit note, Total paid / Amount paid,
    Payment method International transfer (SWIFT), Payment reference / Payment No., Payment date; Paid)."""
    k = place("buyer_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    payer, city, cur, pbank = BUYERS[k]
    j.amount = (
        round(rng.uniform(1800, 64000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 640) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if bank == "buyer":
        if frame == "mail":
            box = "".join(w for w in payer.split()[:2] if w.isalpha()).lower()
            tld = {"United Kingdom": "co.uk", "Germany": "de", "France": "fr", "Netherlands": "nl"}.get(
                city.split(", ")[-1], "com"
            )
            p = mail_page(
                rng,
                font,
                f"{payer.split(' Ltd')[0]} Accounts <accounts.payable@{box}.{tld}>",
                ["Remittance advice", f"Payment to {SHORT}", "Remittance advice - supplier payment"],
            )
        else:
            p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, payer)
        p.add("small", city)
        p.add("center", rng.choice(["REMITTANCE ADVICE", "Remittance Advice"]))
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Remit to", "Vendor"]), me, merchant=me)
        p.pair("Vendor account", f"V{digits(rng, 5)}")
        p.add("left", rng.choice(["Invoices paid", "Your invoices"]))
        n = rng.randrange(1, 4)
        parts = [round(rng.uniform(0.2, 1.0), 3) for _ in range(n)]
        note = float(rng.choice([0, 0, 120, 250, 480])) if j.amount > 3000 else 0.0
        gross = round(j.amount + note, 2)
        sums = [round(gross * w / sum(parts), 2) for w in parts]
        sums[-1] = round(gross - sum(sums[:-1]), 2)
        for v in sums:
            p.pair(f"DWL/EXP/{rng.randrange(100, 999)}/25-26", show(v))
        if note:
            p.pair("Less: Credit note (damaged stock)", f"-{show(note)}")
        p.pair(rng.choice(["Total paid", "Amount paid"]), show(j.amount), amount=j.amount, cur=cur)
        p.pair("Payment method", "International transfer (SWIFT)", method="netbanking")
        wrap_pair(p, "Paid from", f"{pbank}")
        if not j.no_ref:
            pno = f"{rng.choice(['PAY', 'PMT', ''])}{digits(rng, 8)}"
            p.pair(rng.choice(["Payment reference", "Payment No."]), pno, txn=(INVOICE_RANK, pno))
        outcome_row(p, status, {"success": ["Paid", "Status: Paid"]})
        date_row(p, j, ["Payment date"], ["{d} %B %Y", "%d/%m/%Y", "%d %b %Y", "%B {d}, %Y"])
        p.part = "foot"
        p.add("small", "Please allow 2-3 working days for the funds to reach your account.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{slug(bank)}.co.in>",
            ["Inward remittance - credit advice", "Foreign inward remittance received"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.bank.in/inward/{code(rng, 9, ALNUM)}")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Trade Finance Centre, Jalandhar", "Forex Branch - Mall Road, Jalandhar"]))
    p.add("center", rng.choice(["Credit Advice - Inward Foreign Remittance", "Inward Remittance Advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to your account", "Remittance credited"],
            "pending": ["Awaiting disposal instructions - purpose code required"],
            "failed": ["Returned - beneficiary account frozen (KYC pending)"],
        },
    )
    wrap_pair(
        p, rng.choice(["Name of beneficiary", "Beneficiary name", "Credit to customer"]), me, merchant=me
    )
    p.pair("A/c No.", f"XXXXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer (50K)"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    p.pair(
        rng.choice(["Remitted amount", "Amount (FCY)", "Transaction amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    inr = round(j.amount * rate, 2)
    ch = float(rng.choice([250, 500, 590, 1180]))
    p.pair("Converted amount (INR)", f"{inr:,.2f}")
    p.pair("Charges (incl. GST)", f"{ch:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - ch:,.2f}")
    p.pair("Purpose code", "P0102 - Export of goods")
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IW', 'FIR'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Inward remittance No.", "Our reference", "IRM No."]), ref, txn=(BANK_RANK, ref))
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {"success": ["Value date", "Credit date"], "pending": ["Received on"], "failed": ["Returned on"]}[
            status
        ],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "The e-BRC against this remittance will be uploaded to DGFT once the shipping bill is linked.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. Indian distributors' payment advices


DISTRIBUTORS = [
    ("Khel Bhandar Distributors", "Kanpur", "accounts@khelbhandar.in"),
    ("Deccan Sports Agencies", "Hyderabad", "payments@deccansports.co.in"),
    ("Sportsline Trading Co.", "Mumbai", "ap@sportslinetrading.com"),
    ("Eastern Sports House", "Kolkata", "finance@easternsportshouse.in"),
    ("Golden Gloves Agencies", "Bengaluru", "accounts@goldengloves.co.in"),
    ("Ranji Sports Wholesale", "Ahmedabad", "payables@ranjisports.in"),
]
DIST_FRAMES = ["paper", "mail", "portal", "mail", "paper", "portal", "mail", "paper"]


def distributor_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Distributors across India paying the company for stock: a PAYMENT ADVICE e-mail, a printed PAYMENT ADVICE /
    VENDOR PAYMENT INTIMATION and a distributor's vendor portal page (the distributor on top, Favouring / Name of
    the payee / Beneficiary the company, Vendor code, Against invoices with their sums, Less: TDS u/s 194Q @ 0.1%,
    Less: Cash discount @ 2%, Less: Debit note - short supply, Net amount released / Amount paid / Net payment, Mode
    NEFT / RTGS / IMPS, Bank, UTR / UTR No. / IMPS Ref No., Payment voucher No. / Advice No. / Doc. No., Payment date /
    Value date / Released on / Advice date / Returned on; Payment released / Status: Paid / On hold - awaiting GRN
    for short-supplied cartons / Returned unpaid - beneficiary name mismatch at bank)."""
    k = place("distributor_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=24000, high=900000)
    dist, city, mail = DISTRIBUTORS[(k + rng.randrange(2)) % len(DISTRIBUTORS)]
    frame = DIST_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{dist.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released - {SHORT}", "Vendor payment intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, dist.upper() if frame == "paper" and rng.random() < 0.5 else dist)
    p.add("small", f"Sports goods distributors - {city}")
    p.add("center", rng.choice(["PAYMENT ADVICE", "VENDOR PAYMENT INTIMATION", "Payment advice"]))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Favouring", "Name of the payee", "Beneficiary"]), payee, merchant=payee)
    p.pair("Vendor code", f"V-{rng.choice(['SPT', 'JAL', 'PB'])}{digits(rng, 4)}")
    bills = [
        (f"DWL/{rng.randrange(100, 2999)}/25-26", rupees(rng, 18000, 320000, 0.3))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Against invoices", "Invoices covered"]))
    for no, v in bills:
        p.pair(no, rs(v))
    gross = round(sum(v for _, v in bills), 2)
    tds = round(gross / 1.12 * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cd = round(gross * 0.02, 2) if rng.random() < 0.4 else 0.0
    if cd:
        p.pair("Less: Cash discount @ 2%", rs(cd))
    dn = float(rng.choice([1850, 3200, 4600])) if rng.random() < 0.3 else 0.0
    if dn:
        p.pair("Less: Debit note - short supply", rs(dn))
    j.amount = round(gross - tds - cd - dn, 2)
    p.pair(rng.choice(["Net amount released", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Mode", way, method="netbanking")
    bank = rng.choice(BANKS[:4])
    wrap_pair(p, "Bank", f"{bank} - XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref)
            )
        doc = f"{rng.choice(['PV', 'ADV', 'BP'])}/{j.date:%y}/{digits(rng, 5)}"
        p.pair(rng.choice(["Payment voucher No.", "Advice No.", "Doc. No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment released", "Status: Paid"],
            "pending": ["On hold - awaiting GRN for short-supplied cartons"],
            "failed": ["Returned unpaid - beneficiary name mismatch at bank"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Released on"],
            "pending": ["Advice date"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "System generated advice. Kindly acknowledge receipt and reconcile your ledger.")
    return p.done()


# ---------------------------------------------------------------- 3. retail buyers' and academies' UPI and payment pages


RETAIL_APPS = ["Google Pay", "PhonePe", "Paytm", "Cashfree", "BHIM", "Amazon Pay", "CRED", "PayU"]
RETAIL_BUYERS = [
    "Gurpreet Singh Bains",
    "Jalandhar Cricket Academy",
    "Ankit Sharma",
    "St. Joseph's School Sports Fund",
    "Manpreet Kaur",
    "Rohit Malhotra",
    "Punch Point Boxing Club",
    "Lions Football Club, Leeds",
]
RETAIL_NOTES = [
    "English willow bat G1",
    "Size 5 footballs x 10",
    "Boxing gloves 12 oz",
    "Junior cricket kit",
    "Cricket balls - 2 dozen",
    "Bat knocking + grip",
    "Punch bag 5 ft",
]


def retail_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Retail buyers, academies and clubs paying for bats, balls and gloves: six UPI screens (Google Pay, PhonePe,
    Paytm, BHIM, Amazon Pay, CRED: the company under Paid to / To / Paid successfully to, its UPI ID, the sum large,
    UPI transaction ID / UPI Ref No. / UPI reference number, PhonePe's own Transaction ID on some, Debited from /
    From, Date & time / Paid on / Transaction time) and its payment pages (Cashfree in rupees; PayU, a club in
    England paying by card in pounds: the company on top, Customer / Billed to the buyer, Order ID, CF payment ID /
    PayU ID, Bank reference No. or Auth code, Paid on / Transaction time; Payment successful / Order paid)."""
    k = place("retail_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=650, high=95000, p_round=0.7)
    app = RETAIL_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Cashfree", "PayU"):
        to = ours(rng)
        url = (
            f"payments.cashfree.com/forms/doabasports-{code(rng, 4, LOWER)}"
            if app == "Cashfree"
            else f"pmny.in/{code(rng, 10, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Cricket | Football | Boxing - since 1978", "Sports goods - Jalandhar"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Order paid"]})
        if app == "PayU":
            j.amount = (
                float(rng.randrange(60, 1400)) if rng.random() < 0.5 else round(rng.uniform(60, 1400), 2)
            )
            show = fx(rng, font, "GBP")
            p.add("big", show(j.amount), amount=j.amount, cur="GBP")
            way = "card"
        else:
            p.add("big", rs(j.amount), amount=j.amount)
            way = rng.choice(["UPI", "card"])
        wrap_pair(p, rng.choice(["Customer", "Billed to"]), RETAIL_BUYERS[k])
        wrap_pair(p, rng.choice(["Description", "Purpose"]), rng.choice(RETAIL_NOTES))
        p.pair(
            rng.choice(["Payment mode", "Paid via"]),
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            ono = f"DWS{digits(rng, 9)}"
            p.pair("Order ID", ono, txn=(ORDER_RANK, ono))
            pid = digits(rng, 10) if app == "Cashfree" else digits(rng, 11)
            p.pair("CF payment ID" if app == "Cashfree" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("Bank reference No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = code(rng, 6, "0123456789") if rng.random() < 0.7 else code(rng, 6, ALNUM)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Cashfree Payments" if app == "Cashfree" else "Secured by PayU")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful", "Paid"],
            "failed": ["Payment failed - daily UPI limit exceeded"],
            "pending": ["Payment pending - bank is taking longer than usual"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if status != "success":
        labels = ["To"]
    elif app == "Paytm":
        labels = ["Paid successfully to"]
    else:
        labels = ["Paid to", "To"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"doabasports{rng.choice(['', '.jal', '78'])}@{rng.choice(['pnb', 'okhdfcbank', 'ybl', 'paytm', 'icici'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(RETAIL_NOTES))
    if not j.no_ref:
        lab = rng.choice(["UPI transaction ID", "UPI Ref No.", "UPI reference number"])
        p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        if app == "PhonePe" and not j.no_day and rng.random() < 0.8:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Transaction time"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 4. the company's own money receipts


RECEIVED_FROM = [
    "M/s Kohli Sports Corner, Amritsar",
    "Jalandhar Cricket Academy",
    "St. Joseph's Convent School",
    "Mr. Harjit Singh Randhawa",
    "M/s Champion Sports, Ludhiana",
    "Punjab Boxing Association",
    "M/s Fit India Gym Store, Phagwara",
    "Mr. Vikramjit Chadha",
]
RECEIPT_WAYS = ["UPI", "cash", "cheque", "NEFT", "cash", "UPI", "cheque", "NEFT"]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / CASH / CHEQUE RECEIPT / PAYMENT RECEIPT to dealers, schools, academies and
    walk-in buyers (paper: the company on top with its Cricket | Football | Boxing line, address and GSTIN; Receipt
    No. / R. No. / Sr. No., Date / Dated, Received with thanks from / Received from M/s / Party, Against Invoice No.,
    Invoice amount, Amount received / By cash / By UPI / By cheque / By NEFT / RTGS, Balance outstanding, UPI Ref.
    No., UTR, Cheque No., Drawn on and Cheque dated; RECEIVED WITH THANKS / PAYMENT ACKNOWLEDGED / CHEQUE SUBJECT TO
    REALISATION / CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS, the rubber stamp) and its accounts desk's receipt
    e-mails."""
    k = place("money_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2500, high=420000)
    unit = UNITS[0]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (3, 7):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@doabasports.in>",
            ["Payment receipt", "Receipt for your payment - thank you"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}, Kapurthala Road  |  Accounts desk")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Cricket | Football | Boxing - Manufacturers & Exporters",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "CASH / CHEQUE RECEIPT", "PAYMENT RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'DWL/R', 'RC'])}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "R. No.", "Sr. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from", "Party"]), RECEIVED_FROM[k])
    way = RECEIPT_WAYS[k]
    if way in ("UPI", "cash") and j.amount > 90000:
        j.amount = rupees(rng, 2500, 90000, 0.8)
    inv = (
        rupees(rng, j.amount * 1.2, j.amount * 3, 0.2) if k in (0, 3, 5) and status == "success" else j.amount
    )
    p.pair("Against Invoice No.", f"DWL/{rng.randrange(100, 2999)}/25-26")
    p.pair("Invoice amount", rs(inv))
    lab = {
        "cash": "By cash",
        "UPI": rng.choice(["By UPI", "Amount received"]),
        "cheque": "By cheque",
        "NEFT": rng.choice(["By NEFT / RTGS", "Amount received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    if way == "NEFT" and lab == "Amount received":
        p.pair("Mode", "NEFT")
    if way == "UPI" and lab == "Amount received":
        p.pair("Mode", "UPI")
    p.pair(rng.choice(["Balance outstanding", "Balance due"]), rs(round(inv - j.amount, 2)))
    if way == "cheque":
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", f"{rng.choice(BANKS)}, {rng.choice(['Jalandhar', 'Amritsar', 'Ludhiana'])}")
        if not j.no_day:
            p.pair("Cheque dated", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAYMENT ACKNOWLEDGED"]),
        "pending": "CHEQUE SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    p.add("small", "Subject to Jalandhar jurisdiction. E. & O.E.")
    if k not in (3, 7):
        right(p, f"For {SHORT} - Authorised signatory")
        p.add("gap")
        seal(p, "DOABA SPORTS", "JALANDHAR CITY", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. willow, leather, bladder and cane suppliers' invoices


SUPPLIERS = [
    (
        "Bijbehara Kashmir Willow Traders",
        "Kashmir willow clefts | Seasoned | Grade A to C",
        "Main Road, Bijbehara, Anantnag - 192124, Jammu & Kashmir",
        "01",
    ),
    (
        "Sandhu Tanning Industries",
        "Alum-tanned hides | Ball, football and glove leather",
        "Leather Complex, Kapurthala Road, Jalandhar - 144021, Punjab",
        "03",
    ),
    (
        "Meerut Rubber & Bladder Works",
        "Latex and butyl bladders | Bat grips | Toe guards",
        "Sports Goods Complex, Delhi Road, Meerut - 250002, Uttar Pradesh",
        "09",
    ),
    (
        "Assam Cane & Handle Co.",
        "Sarawak and Singapore cane | Spliced bat handles",
        "Fancy Bazar, Guwahati - 781001, Assam",
        "18",
    ),
]
SUPPLY_ITEMS = {
    "Bijbehara": [
        ("Kashmir willow cleft Grade A (pcs)", "HSN 4407", 420.0, 560.0, 18),
        ("Kashmir willow cleft Grade C (pcs)", "HSN 4407", 190.0, 260.0, 18),
    ],
    "Sandhu": [
        ("Alum-tanned cow hide, ball leather (sq ft)", "HSN 4107", 92.0, 128.0, 12),
        ("PU-coated football leather (sq m)", "HSN 4107", 310.0, 420.0, 12),
    ],
    "Meerut": [
        ("Butyl bladder size 5 (pcs)", "HSN 4016", 38.0, 56.0, 18),
        ("Bat rubber grip - scale (pcs)", "HSN 4016", 22.0, 34.0, 18),
    ],
    "Assam": [
        ("Spliced cane handle - SH (pcs)", "HSN 4602", 145.0, 210.0, 12),
        ("Sarawak cane bundle (kg)", "HSN 1401", 380.0, 520.0, 5),
    ],
}
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "IMPS", "NEFT", "RTGS", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The willow cleft trader at Bijbehara, a Jalandhar tannery, a Meerut bladder maker and a Guwahati cane
    supplier billing the company (paper: the supplier on top, its line, address and GSTIN; Invoice No. / Inv. No. /
    Bill No., Dated / Invoice date, Buyer (Bill to) / Consignee (Ship to) M/s the company, E-Way Bill No., Vehicle
    No., the items with HSN and Qty x rate, Taxable value, CGST and SGST or IGST, Round off, Invoice total, Less:
    Advance received on some, then Payment received vide RTGS / Amount received / Paid amount / Balance received with
    its UTR, IMPS Ref No. or UPI Ref No., or Cheque received with Cheque No.; PAID / FULL & FINAL PAYMENT RECEIVED /
    CHEQUE DEPOSITED - AWAITING CREDIT / CHEQUE RETURNED - FUNDS INSUFFICIENT, in the supplier's rubber stamp
    too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    sup, line, addr, state = SUPPLIERS[k % len(SUPPLIERS)]
    name = sup.upper() if rng.random() < 0.3 else sup
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "INVOICE"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in sup.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/{fy(j)}"
        p.pair(rng.choice(["Invoice No.", "Inv. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Dated", "Invoice date"], PATS_IN)
    ours_to(p, ["Buyer (Bill to)", "Consignee (Ship to)"])
    p.pair("E-Way Bill No.", digits(rng, 12))
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['PB08', 'JK03', 'UP15', 'AS01'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    taxable = 0.0
    rates = set()
    for item, hsn, lo, hi, gst in rng.sample(SUPPLY_ITEMS[sup.split()[0]], rng.randrange(1, 3)):
        qty = rng.randrange(40, 900)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        rates.add(gst)
        p.add("left", f"{item}  {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, max(rates), state != "03")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair("Less: Advance received", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = "Balance received"
        elif way == "RTGS":
            lab = rng.choice(["Payment received vide RTGS", "Amount received"])
        else:
            lab = rng.choice(["Amount received", "Paid amount"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULL & FINAL PAYMENT RECEIVED"]),
        "pending": "CHEQUE DEPOSITED - AWAITING CREDIT",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Interest @ 18% p.a. after 30 days.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(sup.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. net-banking transfers to suppliers


PAYEES = [
    "Sandhu Tanning Industries",
    "Jalandhar Corrugated Boxes",
    "Shiv Shakti Thread Mills",
    "Bijbehara Kashmir Willow Traders",
    "Meerut Rubber & Bladder Works",
    "Royal Screen Printers",
    "Assam Cane & Handle Co.",
    "Kapurthala Road Foam Industries",
]
TRANSFER_FRAMES = ["indus", "idfc", "mail", "indus", "idfc", "indus", "mail", "idfc"]


def supplier_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers (leather, cartons, stitching thread, willow, bladders, printing, cane, foam)
    from corporate net banking: IndusDirect's and IDFC FIRST Bank Corporate Banking's transaction status pages
    (the portal on top, Transfer to / Counterparty / Beneficiary name, Beneficiary A/c, From account the company,
    Transfer amount / Amount (INR), Payment type NEFT / RTGS / IMPS, UTR / RRN, Transaction reference No., Batch ID,
    Initiated by / Approved by, Transaction date / Value date / Initiated on / Failed on; Transaction successful /
    Status: Completed / Pending for authorisation - 1 of 2 approvals received / Failed - beneficiary account
    inoperative) and the bank's fund transfer confirmation e-mail (Beneficiary name, Amount, UTR)."""
    k = place("supplier_transfers")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=8000, high=760000)
    sup = PAYEES[k]
    frame = TRANSFER_FRAMES[k]
    rs = money(rng, font, 0.4)
    way = neft_way(rng, j.amount)
    who = sup.upper() if rng.random() < 0.4 else sup
    if frame == "mail":
        bank = rng.choice(["IndusInd Bank", "Punjab National Bank"])
        p = mail_page(
            rng,
            font,
            f"{bank} <corporate.alerts@{slug(bank)}.bank.in>",
            ["Fund transfer confirmation", f"{way} transaction processed"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Corporate banking - transaction confirmation")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transfer from your account has been processed.")
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], PATS_IN)
        p.add("left", "Status: Completed", status="success")
        p.part = "foot"
        p.add("small", "This is a system generated mail. Please do not reply.")
        return p.done()
    brand = "IndusDirect" if frame == "indus" else "IDFC FIRST Bank Corporate Banking"
    bank = "IndusInd Bank" if frame == "indus" else "IDFC FIRST Bank"
    host = "indusdirect.indusind.com/corp" if frame == "indus" else "corporate.idfcfirstbank.com/cb"
    p = browser_page(rng, font, f"{host}/payments/status/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    if frame == "indus":
        p.add("small", bank)
    p.add("center", rng.choice(["Transaction status", "Payment details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Completed"],
            "pending": ["Pending for authorisation - 1 of 2 approvals received"],
            "failed": ["Failed - beneficiary account inoperative"],
        },
    )
    wrap_pair(p, rng.choice(["Transfer to", "Counterparty", "Beneficiary name"]), who, merchant=who)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  ({rng.choice(BANKS)})")
    ours_to(p, ["From account"])
    p.pair(rng.choice(["Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(p, "Narration", f"{sup.split()[0]} bill {rng.randrange(100, 999)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UTR / RRN", ref, txn=(UTR_RANK, ref))
        tr = f"{rng.choice(['TXN', 'CB', 'ID'])}{digits(rng, 12)}"
        p.pair("Transaction reference No.", tr, txn=(BANK_RANK, tr))
    p.pair("Batch ID", f"B{digits(rng, 9)}")
    p.pair("Initiated by / Approved by", f"DWLACC02 / {'-' if status == 'pending' else 'DWLMD01'}")
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date"],
            "pending": ["Initiated on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Failed transfers are reversed to the debit account within 2 working days.")
    return p.done()


# ---------------------------------------------------------------- 7. stitchers' piece-rate wages and payouts


STITCHERS = [
    ("Kulwinder Kaur", "Football stitcher (hand)", "footballs", 38.0, 46.0),
    ("Surjit Singh", "Cricket ball stitcher", "balls", 24.0, 32.0),
    ("Rajni Bala", "Football stitcher (hand)", "footballs", 38.0, 46.0),
    ("Mohd. Iqbal", "Boxing glove stitcher", "pairs of gloves", 55.0, 72.0),
    ("Balwinder Ram", "Bat handle binder", "bats", 18.0, 26.0),
    ("Paramjit Kaur", "Football stitcher (hand)", "footballs", 38.0, 46.0),
    ("Ramesh Kumar", "Cricket ball stitcher", "balls", 24.0, 32.0),
    ("Harpreet Singh", "Boxing glove stitcher", "pairs of gloves", 55.0, 72.0),
]
STITCH_FRAMES = ["paper", "cashfree", "paper", "bulk", "cashfree", "paper", "phonepe", "bulk"]


def stitcher_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its home-based and centre stitchers by the piece: its printed PIECE-RATE WAGES VOUCHER /
    STITCHING CHARGES VOUCHER / PAYMENT VOUCHER (WAGES) (the company on top, Vr. No. / Voucher No., Date, Name of
    stitcher / Paid to (karigar) / Payee the stitcher, Work, pieces x rate, Gross earned, Less: Advance adjusted /
    Less: Rejected pieces, Net wages paid / Net payable & paid, Mode Cash / UPI / IMPS, the stitcher's thumb
    impression; PAID / PAID - RECEIVED BY KARIGAR), Cashfree Payouts' transfer pages (Cashfree Payments on top,
    Beneficiary name the stitcher, Beneficiary ID, Transfer mode, Transfer ID, Reference ID, UTR, Added on /
    Processed on; Transfer status: Success / Pending / Failed - beneficiary bank offline), a bank's bulk payment
    record (Beneficiary name, Amount, UTR, File ref.; Credited / Status: Success) and a PhonePe screen."""
    k = place("stitcher_wages")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=1800, high=16000, p_round=0.9)
    who, role, unit_word, lo, hi = STITCHERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = STITCH_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{digits(rng, 8)}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", "Payouts  |  Transfer details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer status: Success"],
                "pending": ["Transfer status: Pending"],
                "failed": ["Transfer status: Failed - beneficiary bank offline"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary ID", f"STCH{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Transfer mode",
            way.lower() if rng.random() < 0.4 else way,
            method="UPI" if way == "UPI" else "netbanking",
        )
        if not j.no_ref:
            tid = f"WAGE{j.date:%m}{digits(rng, 6)}"
            p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on"] if status != "pending" else ["Added on"], hour=True)
        p.part = "foot"
        p.add("small", "Transfers are made from your Cashfree Payouts balance.")
        return p.done()
    if frame == "phonepe":
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction Successful", "Paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add("small", f"{who.split()[0].lower().strip('.')}{digits(rng, 2)}@ybl", method="UPI")
        p.pair("Message", f"Stitching - {unit_word}")
        if not j.no_ref:
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            if not j.no_day:
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        bank = rng.choice(["IndusInd Bank", "Punjab National Bank"])
        p = browser_page(
            rng,
            font,
            f"{'indusdirect.indusind.com' if bank == 'IndusInd Bank' else 'corp.pnbibanking.in'}/bulk/record",
        )
        p.part = "head"
        top(p, "IndusDirect" if bank == "IndusInd Bank" else "PNB Corporate Internet Banking")
        p.add("small", f"{bank}  |  Bulk payments - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Credited", "Status: Success"]})
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("File ref.", f"WAGES_{code(rng, 3, UPPER)}_{digits(rng, 4)}.csv")
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "IMPS Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on", "Value date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Rejected records are credited back to the debit account.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if rng.random() < 0.7 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["PIECE-RATE WAGES VOUCHER", "STITCHING CHARGES VOUCHER", "PAYMENT VOUCHER (WAGES)"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['PRW', 'SC', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Vr. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of stitcher", "Paid to (karigar)", "Payee"]), who, merchant=who)
    p.pair("Work", role)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS"])
    if way == "Cash" and j.amount > 15000:
        j.amount = rupees(rng, 1800, 15000, 0.9)
    rate = float(round(rng.uniform(lo, hi)))
    pieces = max(20, int(j.amount // rate))
    gross = pieces * rate
    if rng.random() < 0.5:
        bad = rng.randrange(1, 5)
        cut_label, cut = f"Less: Rejected pieces ({bad} x {rate:.2f})", bad * rate
    else:
        cut_label, cut = "Less: Advance adjusted", float(rng.choice([300, 500, 1000]))
    j.amount = round(gross - cut, 2)
    p.pair(f"{pieces} {unit_word} x Rs {rate:.2f}", rs(gross))
    p.pair("Gross earned", rs(gross))
    p.pair(cut_label, rs(cut))
    p.pair(rng.choice(["Net wages paid", "Net payable & paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY KARIGAR"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of stitcher")
    return p.done()


# ---------------------------------------------------------------- 8. export council, DGFT, municipal and PCB fees


AUTHORITIES = [
    (
        "Sports Goods Export Promotion Council",
        "Membership subscription and RCMC renewal, 2026-27",
        "sgepc.in/members/payment",
    ),
    (
        "Directorate General of Foreign Trade",
        "Ministry of Commerce & Industry - e-payment of fees",
        "dgft.gov.in/CP/epayment",
    ),
    (
        "Municipal Corporation Jalandhar",
        "Property tax and trade licence - online payment",
        "mcjalandhar.in/ptax/payment",
    ),
    (
        "Punjab Pollution Control Board",
        "Consent to Operate under the Water and Air Acts (OCMMS)",
        "ppcb.punjab.gov.in/ocmms",
    ),
]
AUTHORITY_HEADS = {
    0: [("Annual membership subscription", 10000.0), ("GST @ 18%", 1800.0), ("RCMC renewal fee", 1000.0)],
    1: [("Certificate of origin (non-preferential)", 200.0), ("IEC modification fee", 500.0)],
    2: [("Property tax 2026-27 (industrial)", 18640.0), ("Cow cess", 250.0), ("Trade licence fee", 1500.0)],
    3: [("Consent fee - CTO (2 years)", 15000.0), ("Processing fee", 2000.0)],
}
AUTHORITY_ORDER = [0, 2, 1, 3, 0, 3, 2, 1]
PAYER_LABELS = {
    0: ["Member exporter", "Name of firm"],
    1: ["IEC holder", "Name of firm"],
    2: ["Owner / occupier", "Name of firm"],
    3: ["Name of occupier", "Industry name"],
}


def council_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the exporter pays to trade: the Sports Goods Export Promotion Council's membership and RCMC fee, DGFT's
    e-payment of fees (certificates of origin, IEC modification), the Municipal Corporation's property tax and trade
    licence and the Punjab Pollution Control Board's Consent to Operate fee (the authority on top with its service
    line, Member exporter / Name of firm / IEC holder / Owner / occupier / Name of occupier / Industry name the
    company, Membership No. / IEC / Property UID / Application No., the heads, Total amount paid / Amount paid /
    Total fee, Payment mode Net banking / UPI / Debit card through SBI ePay or the bank, Receipt No., Transaction ID,
    Bank reference No. / Bank Txn. ID / Bank CIN, Challan No., Payment date / Transaction date / Date of deposit;
    Payment successful / Transaction successful / Payment status: Awaiting bank confirmation / Transaction failed -
    session timed out at bank)."""
    k = place("council_fees")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    which = AUTHORITY_ORDER[k]
    agency, line, host = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(
        rng, font, f"{host}/{rng.choice(['receipt', 'status', 'acknowledgement'])}/{digits(rng, 8)}"
    )
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    if which in (0, 1):
        p.add(
            "small", "Government of India" if which == 1 else "Set up by the Ministry of Commerce & Industry"
        )
    else:
        p.add("small", "Government of Punjab" if which == 3 else "Jalandhar, Punjab")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful"],
            "pending": ["Payment status: Awaiting bank confirmation"],
            "failed": ["Transaction failed - session timed out at bank"],
        },
    )
    wrap_pair(p, rng.choice(PAYER_LABELS[which]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        {0: "Membership No.", 1: "IEC", 2: "Property UID", 3: "Application No."}[which],
        {
            0: f"SGEPC/NR/{digits(rng, 4)}",
            1: f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}",
            2: f"JAL-{digits(rng, 3)}-{digits(rng, 5)}",
            3: f"CTO/{digits(rng, 8)}",
        }[which],
    )
    total = 0.0
    for head, fee in AUTHORITY_HEADS[which]:
        n = rng.randrange(2, 9) if which == 1 and "origin" in head else 1
        fee = fee * n
        total += fee
        p.pair(f"{head}{f' x {n}' if n > 1 else ''}", rs(fee))
    j.amount = total
    p.pair(rng.choice(["Total amount paid", "Amount paid", "Total fee"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    via = rng.choice(["SBI ePay", rng.choice(BANKS[:3])])
    p.pair(
        "Payment mode",
        f"{way} ({via})",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which == 0:
            tid = f"SGE{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"SGEPC/RCPT/{digits(rng, 6)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        elif which == 1:
            tid = f"DGFT{j.date:%y}{digits(rng, 10)}" if not j.no_day else f"DGFT{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
        elif which == 2:
            rno = f"MCJ/PT/{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            if status == "success":
                bref = digits(rng, 12)
                p.pair("Bank Txn. ID", bref, txn=(BANK_RANK, bref))
        else:
            cno = f"PPCB/{digits(rng, 9)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
            if status == "success":
                cin = f"{digits(rng, 7)}{'' if j.no_day else f'{j.date:%d%m%Y}'}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
    date_row(p, j, ["Payment date", "Transaction date", "Date of deposit"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Print this receipt for your records. Fees once paid are not refundable."
        if which != 3
        else "The consent will be granted after inspection and verification.",
    )
    return p.done()


# ---------------------------------------------------------------- 9. couriers' and freight forwarders' bills


FORWARDERS = [
    (
        "Shree Ganesh Clearing Agency",
        "Customs broker (CHA) | ICD Dhandari Kalan",
        "Near ICD gate, Dhandari Kalan, Ludhiana - 141010, Punjab",
        "03",
    ),
    (
        "Sea Hawk Freight Forwarders Pvt Ltd",
        "Ocean and air freight | LCL consolidation",
        "Ferozepur Road, Ludhiana - 141001, Punjab",
        "03",
    ),
    (
        "Doaba Cargo Movers",
        "Road transport | ICD and port haulage",
        "Transport Nagar, Jalandhar - 144004, Punjab",
        "03",
    ),
]
FREIGHT_FRAMES = ["paper", "dhl", "paper", "bluedart", "bluedart", "paper", "paper", "dhl"]
FORWARDER_ORDER = [0, 0, 1, 0, 0, 2, 1, 0]


def freight_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Getting the goods out: the customs broker's, the forwarder's and the transporter's printed TAX INVOICE / BILL
    OF SUPPLY with the payment block (the firm on top, Invoice No. / Bill No., Date, Billed to / Client M/s the
    company, Job No., Shipping bill No., HBL No., Container, the charges (ocean freight in US dollars at a rate,
    billed in rupees), GST, Total, Less: TDS u/s 194C @ 2%, Received (after TDS u/s 194C) / Amount received with its
    UTR or UPI Ref No.; PAID / PAYMENT RECEIVED - THANK YOU, a rubber stamp), DHL Express's payment receipt e-mails
    (DHL on top, Account No., AWB No., Amount paid, Card, Receipt No., Transaction ID, Auth code, Payment date;
    Payment received / Payment failed - transaction declined by issuing bank) and Blue Dart's online payment page
    (Blue Dart on top, AWB No., Amount, Payment ID, Bank Ref. No. on UPI, Transaction date; Payment successful /
    Payment pending - confirmation from your bank awaited)."""
    k = place("freight_bills")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1800, high=240000)
    frame = FREIGHT_FRAMES[k]
    rs = money(rng, font, 0.4)
    awb = digits(rng, 10)
    if frame == "dhl":
        j.amount = rupees(rng, 2400, 38000, 0.3)
        p = mail_page(
            rng,
            font,
            "DHL Express India <noreply.payments@dhl.com>",
            ["Your payment receipt", "Payment confirmation"],
        )
        p.part = "head"
        name = rng.choice(["DHL Express (India) Pvt Ltd", "DHL Express"])
        top(p, name, merchant=name)
        p.add("small", "Export shipments - samples to buyers")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Thank you - payment received"],
                "failed": ["Payment failed - transaction declined by issuing bank"],
            },
        )
        p.pair("Account No.", digits(rng, 9))
        p.pair("AWB No.", awb)
        wrap_pair(p, "Shipper", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}", method="card")
        if not j.no_ref:
            tid = f"{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"DHLIN{digits(rng, 8)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Payment date"], ["{d} %B %Y", "%d/%m/%Y", "%d-%b-%Y"])
        p.part = "foot"
        p.add("small", "Duties and taxes at destination are billed to the receiver.")
        return p.done()
    if frame == "bluedart":
        j.amount = rupees(rng, 650, 24000, 0.3)
        p = browser_page(rng, font, f"bluedart.com/web/guest/pay-online/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Blue Dart Express Ltd", "BLUE DART EXPRESS LTD", "Blue Dart"])
        top(p, name, merchant=name)
        p.add("small", "Pay online  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful"],
                "pending": ["Payment pending - confirmation from your bank awaited"],
            },
        )
        p.pair("AWB No.", awb)
        wrap_pair(p, "Customer", rng.choice([COMPANY_CAPS, SHORT]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "Net banking"])
        p.pair("Paid by", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            pid = f"BD{digits(rng, 12)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                if way == "UPI":
                    p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                    p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "For queries quote your AWB number.")
        return p.done()
    firm, line, addr, state = FORWARDERS[FORWARDER_ORDER[k]]
    name = firm.upper() if rng.random() < 0.3 else firm
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE - PAID", "TAX INVOICE (DUPLICATE)"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in firm.split()[:3]).upper()}/{rng.randrange(100, 9999)}/{fy(j)}"
        p.pair(rng.choice(["Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date"], PATS_IN)
    ours_to(p, ["Billed to", "Client"])
    p.pair("Job No.", f"JOB/{rng.randrange(1000, 9999)}")
    if firm.startswith("Shree"):
        p.pair("Shipping bill No.", digits(rng, 7))
        charges = [
            ("Customs clearance charges", 4500.0, 9000.0),
            ("Documentation & EDI", 1200.0, 2400.0),
            ("Examination / stuffing", 2500.0, 6000.0),
        ]
    elif firm.startswith("Sea"):
        p.pair("HBL No.", f"SHF{code(rng, 3, UPPER)}{digits(rng, 6)}")
        usd = float(rng.randrange(6, 28) * 50)
        rate = round(rng.uniform(85.8, 88.4), 2)
        p.add("left", f"Ocean freight USD {usd:,.2f} @ {rate:.2f}")
        charges = [("Ocean freight (INR)", usd * rate, usd * rate), ("THC + BL fee", 9000.0, 16000.0)]
    else:
        p.pair("Container", f"{code(rng, 4, UPPER)}{digits(rng, 7)}")
        charges = [
            ("Haulage Jalandhar - ICD Dhandari Kalan", 14000.0, 26000.0),
            ("Loading / unloading", 1500.0, 3500.0),
        ]
    taxable = 0.0
    for head, lo, hi in charges:
        v = round(rng.uniform(lo, hi), 2)
        taxable += v
        p.pair(head, rs(v))
    p.pair("Taxable value", rs(taxable))
    gst = 5 if firm.startswith("Doaba") else 18
    total = gst_lines(p, rs, taxable, gst, False)
    p.pair("Total", rs(total))
    tds = round(taxable * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = rng.choice(["NEFT", "UPI"]) if j.amount < 100000 else "NEFT"
    p.pair(
        rng.choice(["Received (after TDS u/s 194C)", "Amount received"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        ref = j.ref if way == "UPI" else bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UPI Ref No." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
    word = rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU"])
    p.add("center", word, status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 10. card slips at home and at trade fairs abroad


COUNTERS = [
    ("HP - DOABA AUTO FUELS", "KAPURTHALA ROAD, JALANDHAR", "INR"),
    ("GUPTA HARDWARE & TOOLS", "BASTI NAU, JALANDHAR", "INR"),
    ("HOTEL AM MESSESEE", "MUENCHEN - RIEM", "EUR"),
    ("IOCL - PATHANKOT BYPASS COCO", "JALANDHAR", "INR"),
    ("HOTEL DOABA REGENCY", "GT ROAD, JALANDHAR", "INR"),
    ("SHIV DHARAM KANTA WEIGHBRIDGE", "DHANDARI KALAN, LUDHIANA", "INR"),
    ("PANJAB TIMBER & PLY HOUSE", "LEATHER COMPLEX RD, JALANDHAR", "INR"),
    ("NW8 CRICKET CAFE", "ST JOHN'S WOOD, LONDON", "GBP"),
]
TERMINALS = ["PNB", "PINE LABS", "", "HDFC BANK", "WORLDLINE", "PAYTM EDC", "ICICI BANK", ""]


def terminal_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's cards at the diesel pumps, the hardware and timber counters, a Jalandhar hotel, the ICD's
    weighbridge, and the director's card at a Munich trade fair hotel and a London cafe: terminal slips (monospace:
    the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE / TIME or DATE:,
    MID:, TID:, BATCH NO:, INVOICE NO:, STAN:, SALE, CARD NO:, a fuel slip's PRODUCT:, RATE:, VOLUME(L):, APPR CODE:,
    RRN:, BASE AMOUNT: / SALE AMOUNT: / TOTAL:; APPROVED / DECLINED - 05 DO NOT HONOUR / RESPONSE TIMEOUT - STATUS
    UNKNOWN; abroad AUTH CODE:, RECEIPT NO:, AMOUNT EUR / TOTAL GBP, AUTHORISED, CARDHOLDER COPY)."""
    k = place("terminal_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=450, high=24000)
    name, town, cur = COUNTERS[k]
    fuel = name.startswith(("HP", "IOCL"))
    if fuel:
        j.amount = rupees(rng, 2000, 12000, 0.5)
    if "KANTA" in name:
        j.amount = float(rng.choice([150, 200, 250, 300]))
    if cur != "INR":
        j.amount = round(rng.uniform(18, 160), 2) if cur == "GBP" else round(rng.uniform(140, 980), 2)
    p = slip_page(rng, font)
    p.part = "head"
    if TERMINALS[k] and rng.random() < 0.7:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    abroad = cur != "INR"
    if not j.no_day:
        pats = (
            ["%d/%m/%Y", "%d.%m.%y", "%d/%m/%y"]
            if abroad
            else ["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%Y-%m-%d"]
        )
        d = when(j.date, rng.choice(pats))
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
        if rng.random() < 0.5:
            p.pair("DATE / TIME", f"{d} {t}", date=j.date)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
    if abroad:
        p.pair("MERCHANT ID:", digits(rng, 10))
        p.pair("TERMINAL:", code(rng, 8, ALNUM))
        p.add("center", rng.choice(["SALE", "CONTACTLESS SALE"]))
        p.pair("CARD:", f"VISA ************{digits(rng, 4)}", method="card")
        p.pair("AID:", "A0000000031010")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("AUTH CODE:", appr, txn=(APPR_RANK, appr))
            rno = f"{rng.randrange(1, 9999):04d}"
            p.pair("RECEIPT NO:", rno, txn=(INVOICE_RANK, rno))
        lab = "AMOUNT" if cur == "EUR" else "TOTAL"
        p.pair(lab, f"{cur} {j.amount:.2f}", amount=j.amount, cur=cur)
        p.add("rule")
        p.add("center", rng.choice(["AUTHORISED", "APPROVED"]), status="success")
        p.add("small", "PIN VERIFIED")
        p.part = "foot"
        p.add("small", "CARDHOLDER COPY - PLEASE RETAIN")
        return p.done()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INVOICE NO:", inv, txn=(INVOICE_RANK, inv))
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA BUSINESS", "5": "MASTERCARD CORPORATE", "6": "RUPAY DEBIT"}[lead])
    if fuel:
        rate = round(rng.uniform(87.5, 90.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("VEH NO:", f"PB08 {code(rng, 2, UPPER)} {digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6)
        p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["BASE AMOUNT:", "SALE AMOUNT:", "TOTAL:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", "APPROVED", status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 05 DO NOT HONOUR", status="failed")
    else:
        p.add("center", "RESPONSE TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "PLEASE CHECK WITH YOUR BANK BEFORE RETRYING")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. PSPCL, water, broadband and phone bills


BILLERS = [
    ("PSPCL", "Punjab State Power Corporation Ltd", "Account No."),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Customer ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("MC Jalandhar Water & Sewerage", "Municipal Corporation Jalandhar", "Consumer ID"),
    ("BSNL FTTH", "Bharat Sanchar Nigam Ltd", "Account No."),
]
BILL_APPS = ["PSPCL", "PNB ONE", "Google Pay", "PSPCL", "PhonePe", "iMobile Pay", "Paytm", "BHIM"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's and stitching centre's electricity (PSPCL), water (MC Jalandhar), broadband (Airtel, BSNL) and
    the salesmen's postpaid phones (Jio) through Bharat Connect in PNB ONE, iMobile Pay and UPI apps (the app on top,
    Biller name / Biller / Operator as printed, Account No. / Customer ID / Mobile No. / Consumer ID, Consumer name,
    Bill date and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref ID / B-Connect Txn
    ID, UPI Ref No., Transaction ID on the failed one, Paid on / Date & time; Payment successful / Bill payment
    successful / Payment under process - do not pay again / Bill payment failed - biller not reachable) and PSPCL's
    own online payment receipt pages (the corporation on top, Account No., Sub-division, Consumer name, Amount paid,
    Payment mode, Bank Txn ID, Receipt No., Payment date)."""
    k = place("power_bills")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=499, high=186000)
    which = [0, 0, 3, 0, 2, 0, 1, 4][k]
    short, long, idlab = BILLERS[which]
    if which in (1, 2, 4):
        j.amount = rupees(rng, 499, 5900, 0.6)
    if which == 3:
        j.amount = rupees(rng, 900, 14000, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"3{digits(rng, 9)}" if which == 0 else digits(rng, 10),
        "Customer ID": f"{digits(rng, 11)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Consumer ID": f"W-{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PSPCL":
        p = browser_page(rng, font, "pspcl.in/OnlineBillPayment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction status: Success"]})
        p.pair(idlab, ids)
        p.pair("Sub-division", rng.choice(["Focal Point (Industrial), Jalandhar", "Model Town, Jalandhar"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"]) if j.amount <= 100000 else "Net banking"
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            bt = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Txn ID", bt, txn=(BANK_RANK, bt))
            rno = f"PSP{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Payment will reflect in your account in 48 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    if app in ("PNB ONE", "iMobile Pay"):
        p.add("small", f"{'Punjab National Bank' if app == 'PNB ONE' else 'ICICI Bank'}  |  Bharat Connect")
    else:
        p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Bill payment successful"],
            "pending": ["Payment under process - do not pay again"],
            "failed": ["Bill payment failed - biller not reachable"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which == 2 else rng.choice(["Biller name", "Biller"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.6:
        p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    if j.amount > 100000:
        way = "Current A/c"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['PN', 'IC', 'GP', 'PP'])}0{digits(rng, 2)}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref ID", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SANDHU TANNING INDUST",
    "BIJBEHARA KASHMIR WI",
    "MEERUT RUBBER & BLAD",
    "KULWINDER KAUR",
    "SHIV SHAKTI THREAD M",
    "SHREE GANESH CLEARIN",
    "JALANDHAR CORRUGATED",
    "ASSAM CANE & HANDLE",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender AX-PNBSMS / VK-PSBANK /
    JM-HDFCBK / BZ-SBIBNK, the day divider, "Rs x debited from A/c XX1234 on <day> to <payee as the bank names it>
    via NEFT / RTGS / IMPS / UPI", the reference, Avl Bal; an IMPS transfer that "was REJECTED by the beneficiary
    bank" and a UPI payment that "is in PROCESS") and two e-mail debit alerts (Amount debited, Beneficiary name,
    Account, Transaction type, UTR No. / IMPS Ref No., Transaction date, Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=900, high=640000)
    bank = rng.choice(["Punjab National Bank", "Punjab & Sind Bank", "HDFC Bank", "State Bank of India"])
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 1800, 26000)
    if k in (1, 5):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}.bank.in>",
            ["Debit alert", "Transaction alert - your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount debited", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add("small", "If you did not do this transaction, call the 24x7 helpline immediately.")
        return p.done()
    sender = {
        "Punjab National Bank": "AX-PNBSMS",
        "Punjab & Sind Bank": "VK-PSBANK",
        "HDFC Bank": "JM-HDFCBK",
        "State Bank of India": "BZ-SBIBNK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status == "failed":
        way = "IMPS"
        j.amount = rupees(rng, 900, 180000)
    elif status == "pending":
        way = "UPI"
        j.amount = rupees(rng, 900, 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k == 7
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['INR ', 'Rs.', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y', '%d-%b-%y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}{day}", amount=j.amount)
        p.add("left", f"to {to} via {way}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal Rs {rupees(rng, 40000, 3200000):,.2f}",
        "failed": "was REJECTED by the beneficiary bank. Amount will be reversed.",
        "pending": "is in PROCESS - status will be updated shortly. Do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

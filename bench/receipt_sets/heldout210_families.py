"""The twelve heldout210 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a home-furnishing textile exporter's day in 2026 (Jagriti Home Textiles Pvt Ltd, its
weaving and made-ups factory in the HSIIDC estate, Sector 25, its rug and dyeing unit on Barsat Road and its factory
outlet, Jagriti Factory Outlet, on G.T. Road, Panipat, Haryana), told by the proofs of payment it receives and
makes: overseas importers' inward wires for bedsheets and rugs in US dollars, Australian dollars, pounds, Danish
kroner and euros, home stores', hotels', a hospital supplier's and furnishing wholesalers' payment advices, the
outlet's customers' UPI screens and the bulk-order desk's payment links, its own money receipts and cash memos (fents
and cotton waste to the recyclers among them), the rug weavers', fringe knotters' and stitching contractors' job
work vouchers and payouts, the recycled cotton, jute, chenille and dye suppliers' tax invoices, the corporate
net-banking transfers to the dyer, printer, tufter, stitching centre, carton maker, carriers, customs broker and
testing lab, ESIC's, Municipal Corporation Panipat's, the Haryana pollution board's, EPFO's, the Haryana Labour
Welfare Board's, e-GRAS Haryana's and the Carpet Export Promotion Council's pages, insurers' premium receipts, card
terminal slips, UHBVN's power and the broadband and phone bills, and the bank's SMS and e-mail alerts. Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, bills listed on an advice, vendor, supplier, PO, job card, design, export invoice, shipping bill,
property, application, registration, membership, RCMC, policy, proposal, account, consumer and record numbers,
pieces, square feet, kilos, rates, discounts, debit notes, shortages, yarn advances, TDS, GST and cess lines, the INR
values on the wires, conversion rates, limits of indemnity, sums insured, wages declared, contribution months,
assessment years, bill months, due days, periods of insurance, GSTIN, IFSC, BIC, UETR, purpose codes, heads of
account, e-way bill and vehicle numbers, MID, TID, batch, STAN, pump and room numbers, file names, fund accounts,
the initiator and the approver and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
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
from bench.receipt_sets.heldout202_families import fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Jagriti Home Textiles Pvt Ltd"
COMPANY_CAPS = "JAGRITI HOME TEXTILES PVT LTD"
SHORT = "Jagriti Home Textiles"
OUTLET = "Jagriti Factory Outlet"
# unit, address, GST state code
UNITS = [
    ("Weaving and made-ups factory", "Plot 63, Sector 25 Part-II, HSIIDC, Panipat - 132103, Haryana", "06"),
    ("Rug and dyeing unit", "Barsat Road, near Siwah village, Panipat - 132103, Haryana", "06"),
    ("Factory outlet", "G.T. Road, opposite Sanjay Chowk, Panipat - 132103, Haryana", "06"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "Punjab National Bank",
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "IndusInd Bank",
    "Axis Bank",
    "Bank of Baroda",
    "Canara Bank",
    "Kotak Mahindra Bank",
    "Union Bank of India",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "IndusInd Bank": "INDB",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
}
DOMAINS = {
    "Punjab National Bank": "pnb.co.in",
    "State Bank of India": "sbi.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "IndusInd Bank": "indusind.com",
    "Axis Bank": "axisbank.com",
    "Bank of Baroda": "bankofbaroda.co.in",
    "Canara Bank": "canarabank.com",
}
# what the factory sells at home: the piece, its price to a store or a hotel (low, high)
GOODS = [
    ("Cotton percale bedsheet set - king", 780, 1450),
    ("Cotton flat sheet - queen (hotel white)", 420, 690),
    ("Handwoven cotton dhurrie 5x8 ft", 1850, 3600),
    ("Chindi rug 2x3 ft - recycled fabric", 210, 380),
    ("Jute braided rug 4x6 ft", 1450, 2600),
    ("Tufted bath mat 50x80 cm", 260, 460),
    ("Cotton throw 130x170 cm", 520, 940),
    ("Mink blanket - double bed", 980, 1750),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer (bill to) / Billed to / Recipient: no fact)."""
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
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds; Australian dollars by A$ or
    their code, Danish kroner by their code before or after the sum; western grouping."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "AUD":
        mark = rng.choice(["A$", "AUD ", "AUD "])

        def show_aud(value: float) -> str:
            return f"{mark}{value:,.2f}"

        return show_aud
    after = rng.random() < 0.35

    def show_dkk(value: float) -> str:
        return f"{value:,.2f} DKK" if after else f"DKK {value:,.2f}"

    return show_dkk


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-{rng.choice('89ab')}{code(rng, 3, HEXA)}"
    return f"{head}-{code(rng, 12, HEXA)}"


# ---------------------------------------------------------------- 1. overseas importers' inward wires


IMPORTERS = [
    ("Hearthstone Home Goods Inc", "Columbus, OH, USA", "USD", "KeyBank NA, Cleveland"),
    ("Wattle & Weave Pty Ltd", "Melbourne, VIC, Australia", "AUD", "Westpac Banking Corporation"),
    ("Kensington Linen Company Ltd", "Manchester, United Kingdom", "GBP", "HSBC UK Bank plc"),
    ("Tekstilhuset Nordlys ApS", "Aarhus, Denmark", "DKK", "Danske Bank A/S"),
    ("Heimtex Wohnen GmbH", "Bielefeld, Germany", "EUR", "Deutsche Bank AG"),
    ("Prairie Rug Company LLC", "Minneapolis, MN, USA", "USD", "U.S. Bank NA"),
    ("Casa Lino Tessili SRL", "Prato, Italy", "EUR", "Intesa Sanpaolo SpA"),
    ("Southern Cross Homewares Pty Ltd", "Brisbane, QLD, Australia", "AUD", "National Australia Bank Ltd"),
]
WIRE_BANKS = [
    ("HDFC Bank", "browser"),
    ("Punjab National Bank", "paper"),
    ("ICICI Bank", "mail"),
    ("State Bank of India", "browser"),
    ("IndusInd Bank", "mail"),
    ("Axis Bank", "paper"),
    ("Bank of Baroda", "browser"),
    ("HDFC Bank", "mail"),
]
RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "GBP": (108.2, 113.4),
    "AUD": (55.2, 58.6),
    "DKK": (12.45, 13.15),
}
SHIPPED = [
    "Cotton percale bedsheet sets and pillow covers",
    "Handwoven cotton dhurries and kilims",
    "Chindi rugs - recycled cotton",
    "Jute braided rugs and placemats",
    "Cotton throws and cushion covers",
    "Tufted bath mats",
]


def buyer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in the US, Australia, Britain, Denmark, Germany and Italy paying for containers of bedsheets, rugs
    and throws: the bank's inward remittance advices (browser, e-mail, printed INWARD FOREIGN REMITTANCE - CREDIT
    ADVICE / Advice of export proceeds realised / SWIFT inward credit advice: the bank on top with its forex desk,
    Beneficiary (exporter) / In favour of / Beneficiary name the company, Beneficiary A/c, Remitter (importer) /
    Ordering party, Remitter's bank / Ordering institution, Remittance amount (FCY) / FCY amount / Foreign currency
    amount in USD, AUD, GBP, DKK or EUR, Charges, Conversion rate, INR equivalent, Less: Commission & GST, Net credit
    to account (INR), Purpose code, Goods, Export invoice No., Shipping bill No., Mode, Inward ref. No. / IRM No. /
    Our ref., UETR, Value date / Realisation date / Credited on / Received on / Held on / Returned on / Date of
    return; Export proceeds credited - IRM generated / Status: Realised / On hold - purpose code and invoice copy to
    be submitted / Returned to remitting bank - beneficiary account details mismatch)."""
    k = place("buyer_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    payer, city, cur, pbank = IMPORTERS[k]
    if cur == "DKK":
        j.amount = (
            round(rng.uniform(40000, 950000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(40, 950) * 1000)
        )
    else:
        j.amount = (
            round(rng.uniform(4500, 160000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(45, 1600) * 100)
        )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeservices.panipat@{slug(bank)}>",
            ["Inward remittance credit advice", "Export proceeds received", "Foreign inward remittance"],
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
                "Forex Branch, G.T. Road, Panipat",
                "Trade Finance Centre, Model Town, Panipat",
                "International Business Branch, Sector 11, Panipat",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD FOREIGN REMITTANCE - CREDIT ADVICE",
                "Advice of export proceeds realised",
                "SWIFT inward credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds credited - IRM generated", "Status: Realised"],
            "pending": ["On hold - purpose code and invoice copy to be submitted"],
            "failed": ["Returned to remitting bank - beneficiary account details mismatch"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary (exporter)", "In favour of", "Beneficiary name"]), me, merchant=me)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter (importer)", "Ordering party"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitter's bank", "Ordering institution"]), pbank)
    p.pair(
        rng.choice(["Remittance amount (FCY)", "FCY amount", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Commission & GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credit to account (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"JHT/EXP/{rng.randrange(1, 260):03d}/{fy(j.date)}")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM No.", "Our ref."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Realisation date", "Credited on"],
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


# ---------------------------------------------------------------- 2. home stores', hotels' and wholesalers' advices


STORES = [
    ("Castleton Home Stores Pvt Ltd", "ap@castletonhome.in", "Lower Parel, Mumbai"),
    ("Bedrock Hotels & Resorts Ltd", "payables@bedrockhotels.in", "Vasant Kunj, New Delhi"),
    ("Sutlej Furnishing Mart", "sutlejfurnishing@gmail.com", "Ghumar Mandi, Ludhiana"),
    ("Nivaas Lifestyle Pvt Ltd", "vendorpay@nivaaslifestyle.com", "HSR Layout, Bengaluru"),
    ("Begum Bazar Bedding House", "accounts@bbbeddinghouse.in", "Begum Bazar, Hyderabad"),
    ("Gariahat Home Decor LLP", "finance@gariahatdecor.in", "Gariahat, Kolkata"),
    (
        "Peelamedu Hospital Supplies Pvt Ltd",
        "purchase.accounts@peelamedusupplies.in",
        "Peelamedu, Coimbatore",
    ),
    ("Navrangpura Linen Centre", "navrangpuralinen@gmail.com", "Navrangpura, Ahmedabad"),
]
STORE_FRAMES = ["mail", "paper", "portal", "mail", "paper", "portal", "mail", "paper"]


def store_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Home stores, a hotel chain, a D2C brand, a hospital linen supplier and furnishing wholesalers paying for
    bedsheets, dhurries, bath mats and blankets: a payment advice e-mail, a printed PAYMENT ADVICE / VENDOR
    REMITTANCE ADVICE / Payment intimation - furnishings and a vendor portal page (the payer on top with its desk
    line, Payee (vendor) / Beneficiary vendor / Paid to supplier the company, Supplier code and PO No. (no fact), the
    company's bills with their pieces and sums, Bills total / Gross payable, Less: TDS u/s 194Q @ 0.1%, Less:
    Shortage debit - n pcs / Less: Trade discount @ 3% / Less: Rate difference (PO vs bill) on some, Net amount paid
    / Amount released / Net remitted (Net amount to be released on the hold, Net amount / Net remittance on the
    return), Payment mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No., Advice
    No. / Payment voucher No., Payment date / Released on / Value date / Advice date / Date of advice / Returned on /
    Return date; Status: Paid / Payment released to vendor account / On hold - GRN for short supply pending at DC /
    Payment returned - account number and IFSC do not match)."""
    k = place("store_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    buyer, mail, city = STORES[k]
    frame = STORE_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment intimation - {SHORT}", "Remittance advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts Payable', 'Purchase - Home Furnishings', 'Finance & Accounts'])}, {city}",
    )
    p.add(
        "center",
        rng.choice(["PAYMENT ADVICE", "VENDOR REMITTANCE ADVICE", "Payment intimation - furnishings"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Payee (vendor)", "Beneficiary vendor"] + (["Paid to supplier"] if status == "success" else [])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(rng.choice(["Supplier code", "Vendor code"]), f"{rng.choice(['S', 'VEN', 'HT'])}{digits(rng, 5)}")
    p.pair("PO No.", f"{rng.choice(['PO', '45'])}{digits(rng, 7)}")
    p.add("left", rng.choice(["Bills paid", "Your invoices covered", "Against your bills"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        _, lo, hi = rng.choice(GOODS)
        pcs = rng.randrange(20, 240)
        value = round(pcs * rng.randrange(lo, hi, 10), 2)
        gross += value
        p.pair(f"JHT/{fy(j.date)}/{rng.randrange(1, 999):04d}  {pcs} pcs", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Bills total", "Gross payable"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        n = rng.randrange(2, 12)
        _, lo, hi = rng.choice(GOODS)
        cut = float(n * rng.randrange(lo, hi, 10))
        p.pair(f"Less: Shortage debit - {n} pcs", rs(cut))
    elif pick < 0.45:
        cut = round(gross * 0.03, 2)
        p.pair("Less: Trade discount @ 3%", rs(cut))
    elif pick < 0.6:
        cut = round(gross * rng.uniform(0.004, 0.015), 2)
        p.pair("Less: Rate difference (PO vs bill)", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount paid", "Amount released", "Net remitted"],
        "pending": ["Net amount to be released"],
        "failed": ["Net amount", "Net remittance"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:5]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PV', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Advice No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Paid", "Payment released to vendor account"],
            "pending": ["On hold - GRN for short supply pending at DC"],
            "failed": ["Payment returned - account number and IFSC do not match"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Released on", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Return date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "This advice is system generated. Reconcile with your ledger and raise queries within 10 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. the outlet's customers: UPI and links


OUTLET_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "CRED", "BHIM", "PayU", "MobiKwik"]
BULK_BUYERS = [
    ("Hotel Pine Crest, Shimla", "120 flat sheets and 60 pillow covers - white"),
    ("Sheetal Boutique, Karnal", "Cushion covers and throws - festive lot"),
    ("Sai Homestay, Kasol", "Bedsheet sets and blankets for 14 rooms"),
    ("Dr. Anupama Gill, Chandigarh", "Dhurries for clinic - advance"),
]
OUTLET_NOTES = [
    "Bedsheet set",
    "2 dhurries",
    "Bath mats x4",
    "Blanket - double",
    "Cushion covers",
    "Chindi rug",
    "Outlet purchase",
]
UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "CRED": ["UPI Ref No", "UTR"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "MobiKwik": ["UPI Ref. No.", "UTR"],
}


def outlet_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers at the factory outlet paying by UPI and the bulk-order desk's customers paying by link: six UPI
    screens (PhonePe, Google Pay, Paytm, CRED, BHIM, MobiKwik: the outlet or the company under Paid to / To / Sent to
    / Paying to, its UPI ID, the sum large, a note, UTR / UPI Ref. No. / UPI transaction ID / UPI Reference No. / UPI
    Ref No, PhonePe's, Paytm's, CRED's and MobiKwik's own Transaction ID and Google Pay's Google transaction ID on
    some, Debited from / From / Bank account, Date & time / Paid on / Completed on / Initiated on; Payment failed -
    money not debited from your account / Payment processing - do not retry, status in 48 hours) and two payment
    links (Razorpay, PayU: the outlet or the company on top, Customer name / Paid by / Payer, Order details, Payment
    ID pay_... and Order ID order_... / PayU ID and Merchant txn ID, UPI RRN / Bank Ref No. or Auth code, Paid on /
    Payment date / Transaction date; Payment successful / Payment received / Payment captured)."""
    k = place("outlet_upi")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=450, high=38000, p_round=0.8)
    app = OUTLET_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Razorpay", "PayU"):
        j.amount = rupees(rng, 15000, 240000, 0.7)
        who, what = BULK_BUYERS[(k + rng.randrange(2)) % len(BULK_BUYERS)]
        to = rng.choice([OUTLET, COMPANY, SHORT])
        url = (
            f"pages.razorpay.com/jagriti-bulk/{code(rng, 6, ALNUM)}"
            if app == "Razorpay"
            else f"u.payu.in/PAYUMN/{code(rng, 10, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Bedsheets, rugs and blankets at factory prices", "Bulk orders - Panipat"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received", "Payment captured"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Paid by", "Payer"]), who)
        wrap_pair(p, "Order details", what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via", "Mode"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
                oid = f"JHT{digits(rng, 9)}"
                p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Razorpay" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Payments secured by PayU")
        return p.done()
    to = rng.choice([OUTLET, OUTLET.upper(), SHORT])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent"],
            "failed": ["Payment failed - money not debited from your account"],
            "pending": ["Payment processing - do not retry, status in 48 hours"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"jagritioutlet{rng.choice(['', '.pnp', '1'])}@{rng.choice(['indus', 'ybl', 'okhdfcbank', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(OUTLET_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "CRED", "MobiKwik") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "CRED": f"{code(rng, 3, UPPER)}{digits(rng, 15)}",
                "MobiKwik": f"{code(rng, 3, UPPER)}{digits(rng, 15)}",
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


# ---------------------------------------------------------------- 4. the company's own receipts and cash memos


CUSTOMERS = [
    "Smt. Neelam Rathee, Model Town, Panipat",
    "Hotel Pine Crest, Shimla",
    "Bhatia Rag Traders, Panipat",
    "Shri Rakesh Malik, Sonipat",
    "Kaithal Bistar Bhandar",
    "Mrs. Gurpreet Kaur, Karnal",
    "Anand Vihar Guest House, Delhi",
    "Ujala Shoddy Yarn Mill",
]
RECEIPT_WAYS = ["cash", "NEFT", "cash", "UPI", "cheque", "card", "UPI", "cheque"]
WASTE = {2: ("Cotton fents (katran)", 14.0, 22.0), 7: ("Cotton waste - hard (thread)", 24.0, 36.0)}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / CASH MEMO - FACTORY OUTLET / RECEIPT - FENT & RAG SALES / ADVANCE RECEIPT -
    BULK ORDER to outlet customers, a hotel, a guest house, a bedding shop and the rag and shoddy recyclers who buy
    its fents and cotton waste (paper: the company or the outlet on top with its line, address and GSTIN; Receipt No.
    / M.R. No. / Memo No., Date / Dated / Receipt date, Received from / Customer / Received with thanks from (no
    fact), the goods or the kilos of fents x rate, Bill amount / Total / Order value, Cash received / Received in
    cash / Received by UPI / Received through UPI / Received by NEFT / Amount received via NEFT / Received by card /
    Card payment received / Cheque amount / Cheque received / Advance received, Balance due / Balance payable on
    delivery, Mode, UPI Ref. No. / UTR / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID
    / PAYMENT RECEIVED - GOODS DELIVERED / ADVANCE RECEIVED - ORDER BOOKED / CHEQUE RECEIVED - GOODS AFTER CLEARANCE /
    CHEQUE BOUNCED - SIGNATURE MISMATCH, the rubber stamp) and two of the accounts desk's acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=1500, high=180000, p_round=0.9)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT] + ([OUTLET] if k not in WASTE else []))
    way = RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 1500, 95000, 0.8)
    part = k not in WASTE and rng.random() < 0.5
    bill = round(j.amount * rng.uniform(1.3, 3.0), -2) if part else j.amount
    if k in (1, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@jagritihome.in>",
            ["Payment received - thank you", "Money receipt", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Factory outlet, G.T. Road, Panipat  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        unit = UNITS[1] if k in WASTE else UNITS[2]
        kinds = (
            ["RECEIPT - FENT & RAG SALES", "MONEY RECEIPT"]
            if k in WASTE
            else ["MONEY RECEIPT", "CASH MEMO - FACTORY OUTLET"]
            + (["ADVANCE RECEIPT - BULK ORDER"] if part else [])
        )
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(p, me, f"Bedsheets | Rugs | Blankets - {unit[0].lower()}", unit[1], unit[2], kinds)
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'FO', 'JHT'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "M.R. No.", "Memo No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Customer", "Received with thanks from"]), CUSTOMERS[k])
    if k in WASTE:
        item, lo, hi = WASTE[k]
        rate = round(rng.uniform(lo, hi), 2)
        kg = round(j.amount / rate)
        bill = j.amount = round(kg * rate, 2)
        p.pair(f"{item}  {kg:,} kg x {rate:.2f}", rs(bill))
    else:
        fits = [
            (item, n) for item, lo, hi in GOODS for n in (1, 2, 4, 10) if lo * 1.4 <= bill / n <= hi * 1.8
        ]
        if fits and rng.random() < 0.6:
            item, n = rng.choice(fits)
            p.pair(f"{item}  x {n}", rs(bill))
    p.pair(rng.choice(["Bill amount", "Total", "Order value"]), rs(bill))
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received"])
    elif part and rng.random() < 0.5:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "Received through UPI"]),
            "NEFT": rng.choice(["Received by NEFT", "Amount received via NEFT"]),
            "card": rng.choice(["Received by card", "Card payment received"]),
        }[way]
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair(rng.choice(["Balance due", "Balance payable on delivery"]), rs(round(bill - j.amount, 2)))
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
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if lab == "Advance received":
        words.append("ADVANCE RECEIVED - ORDER BOOKED")
    elif not part and k not in WASTE:
        words.append("PAYMENT RECEIVED - GOODS DELIVERED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - GOODS AFTER CLEARANCE",
        "failed": "CHEQUE BOUNCED - SIGNATURE MISMATCH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Cheques are subject to realisation.")
    if k not in (1, 5):
        right(p, f"For {SHORT} - Cashier")
        p.add("gap")
        seal(
            p,
            "JAGRITI HOME TEXTILES"
            if k in WASTE
            else rng.choice(["JAGRITI FACTORY OUTLET", "JAGRITI HOME TEXTILES"]),
            "BARSAT ROAD, PANIPAT" if k in WASTE else "G.T. ROAD, PANIPAT",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. weavers', knotters' and stitchers' job work


WEAVERS = [
    ("Mohd. Saleem", "durrie", "Sewah"),
    ("Rajbir Singh", "chindi", "Ugrakheri"),
    ("Shakuntala Devi", "fringe", "Kabri"),
    ("Naresh Kumar", "stitching", "Tehsil Camp"),
    ("Imran Ansari", "durrie", "Bapoli"),
    ("Sunita Rani", "chindi", "Naultha"),
    ("Ravinder Kashyap", "stitching", "Kishanpura"),
    ("Pappu Ram", "jute", "Israna"),
]
JOB_FRAMES = ["paper", "razorpayx", "paper", "bulk", "paper", "razorpayx", "paper", "gpay"]
# kind: the line's wording, rate per unit (low, high), units (low, high)
JOB_LINES = {
    "durrie": ("Handwoven dhurrie 5x8 ft  {n} sq ft x {rate}", (38, 56), (120, 640)),
    "chindi": ("Chindi rug 2x3 ft  {n} pcs x {rate}", (55, 90), (40, 260)),
    "fringe": ("Fringe knotting - rugs  {n} pcs x {rate}", (6, 12), (200, 900)),
    "jute": ("Jute braided rug 4x6 ft  {n} pcs x {rate}", (140, 220), (12, 90)),
    "stitching": ("Bedsheet set stitching (king)  {n} sets x {rate}", (18, 32), (400, 2400)),
}


def weaver_jobwork(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the weavers in the villages round Panipat who weave its dhurries, chindi and jute rugs on
    their own looms, the women who knot the fringes and the stitching contractors who make up its bedsheet sets:
    its printed JOB WORK PAYMENT VOUCHER - DURRIE WEAVING / PIECE WORK PAYMENT SLIP - HANDLOOM RUGS / STITCHING JOB
    WORK - PAYMENT VOUCHER / THEKEDAR PAYMENT VOUCHER (JOB WORK) (the company on top, Voucher No. / Vr. No. / Slip
    No., Date / Voucher date / Paid on, Weaver's name / Job worker / Paid to (weaver) / Paid to (thekedar) /
    Contractor, Village, Job card No. and Design (no fact), the sq ft or pieces x rate, Add: Binding and fringe extra,
    Gross job charges, Less: Yarn advance adjusted, Less: Weight shortage - n kg @ rate, Less: TDS u/s 194C @ 1%, Net
    job charges paid / Amount paid to job worker / Net paid, Mode Cash / UPI / IMPS / NEFT; PAID / PAID - RECEIVED
    BY WEAVER / PAID - JOB CARD CLOSED / PAID - THUMB IMPRESSION TAKEN), RazorpayX's payout pages (RazorpayX on top
    and Payouts - the company under it, the sum large, Contact / Beneficiary name, Fund account, Mode, Purpose,
    Payout ID pout_..., UTR, Processed on / Reversed on; Processed / Payout processed / Reversed - beneficiary bank
    declined the credit), IndusDirect's bulk payment record (Beneficiary name / Name of beneficiary, Amount, Payment
    type, File name and Record No. (no fact), Bank reference No., Uploaded on / Submitted on; Uploaded - awaiting
    bank processing) and a Google Pay screen (a weaver's yarn advance)."""
    k = place("weaver_jobwork")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1800, high=60000, p_round=0.9)
    who, kind, village = WEAVERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = JOB_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, ALNUM + LOWER)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Payout processed"],
                "failed": ["Reversed - beneficiary bank declined the credit"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}" if way == "IMPS" else f"{digits(rng, 10)}@ybl",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Vendor bill", "Payout"]))
        p.pair(
            "Narration", rng.choice(["Rug weaving job work", "Chindi rugs - job charges", "Job work payment"])
        )
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, {"success": ["Processed on"], "failed": ["Reversed on"]}[status], hour=True)
        p.part = "foot"
        p.add("small", "Reversed payouts are credited back to your RazorpayX balance.")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, f"indusdirect.indusind.com/corp/bulk/record/{digits(rng, 8)}")
        p.part = "head"
        top(p, "IndusDirect")
        p.add("small", "IndusInd Bank  |  Bulk payments - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"pending": ["Uploaded - awaiting bank processing"]})
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, rng.choice(["Beneficiary name", "Name of beneficiary"]), name, merchant=name)
        ben = rng.choice(["Punjab National Bank", "State Bank of India", "Canara Bank"])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "NEFT", method="netbanking")
        if not j.no_day:
            p.pair("File name", f"JOBWORK_{j.date:%d%m%Y}_STITCH.xlsx")
        p.pair("Record No.", f"{rng.randrange(1, 40)} of {rng.randrange(40, 90)}")
        if not j.no_ref:
            tr = f"INDBLK{digits(rng, 10)}"
            p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Uploaded on", "Submitted on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are credited back to the debit account.")
        return p.done()
    if frame == "gpay":
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000, 5000]))
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'okicici'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Yarn advance", "Peshgi - jute rugs", "Advance for binding"]))
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        p.pair(rng.choice(["From", "Debited from"]), f"IndusInd Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    thekedar = kind == "stitching"
    unit = UNITS[0] if thekedar else UNITS[1]
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["STITCHING JOB WORK - PAYMENT VOUCHER", "THEKEDAR PAYMENT VOUCHER (JOB WORK)"]
        if thekedar
        else ["JOB WORK PAYMENT VOUCHER - DURRIE WEAVING", "PIECE WORK PAYMENT SLIP - HANDLOOM RUGS"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['JW', 'PW', 'TV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    labels = (
        ["Job worker", "Paid to (thekedar)", "Contractor"]
        if thekedar
        else [
            "Weaver's name",
            "Job worker",
            "Paid to (weaver)",
        ]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    p.pair("Village", village)
    p.pair("Job card No.", f"JC-{rng.randrange(100, 9999)}")
    if not thekedar:
        p.pair(
            "Design",
            rng.choice(["Stripe - indigo/ecru", "Diamond kilim - rust", "Plain - natural", "Chevron"]),
        )
    text, (lo, hi), (nlo, nhi) = JOB_LINES[kind]
    rate = float(rng.randrange(lo, hi + 1))
    n = rng.randrange(nlo, nhi)
    gross = round(n * rate, 2)
    p.pair(text.format(n=n, rate=f"{rate:.2f}"), rs(gross))
    extra = float(rng.choice([0, 0, 250, 400, 600])) if kind in ("durrie", "jute") else 0.0
    if extra:
        p.pair("Add: Binding and fringe extra", rs(extra))
        gross += extra
    p.pair("Gross job charges", rs(gross))
    adv = (
        float(rng.choice([0, 500, 1000, 2000]))
        if gross > 4000 and kind in ("durrie", "chindi", "jute")
        else 0.0
    )
    if adv:
        p.pair("Less: Yarn advance adjusted", rs(adv))
    short = 0.0
    if kind in ("durrie", "jute") and rng.random() < 0.35:
        kgs = round(rng.uniform(0.5, 4.5), 1)
        per = float(rng.choice([95, 110, 120]))
        short = round(kgs * per, 2)
        p.pair(f"Less: Weight shortage - {kgs} kg @ {per:.2f}", rs(short))
    tds = round(gross * 0.01, 2) if thekedar and gross > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    j.amount = round(gross - adv - short - tds, 2)
    p.pair(
        rng.choice(["Net job charges paid", "Amount paid to job worker", "Net paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    if k in (0, 2):
        way = "Cash"
    elif thekedar:
        way = rng.choice(["NEFT", "IMPS"])
    else:
        way = rng.choice(["UPI", "IMPS"] if j.amount > 20000 else ["UPI", "IMPS", "Cash"])
    p.pair(
        "Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        if way == "NEFT":
            ref = bank_ref(rng, j, "IndusInd Bank", "NEFT")
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = [
        "PAID",
        "PAID - JOB CARD CLOSED",
        "PAID - RECEIVED BY JOB WORKER" if thekedar else "PAID - RECEIVED BY WEAVER",
    ]
    if way == "Cash":
        words.append("PAID - THUMB IMPRESSION TAKEN")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of job worker")
    return p.done()


# ---------------------------------------------------------------- 6. yarn, jute, chenille and dye suppliers' invoices


SUPPLIERS = [
    (
        "Noorwala Spinning Mills Pvt Ltd",
        "Recycled cotton OE yarn | Mop and rug yarns",
        "Noorwala Road, Panipat - 132103, Haryana",
        "06",
        "NSM",
    ),
    (
        "Hooghly Jute Yarns Ltd",
        "Jute yarn | Jute braids | Hessian",
        "G.T. Road, Rishra, Hooghly - 712248, West Bengal",
        "19",
        "HJY",
    ),
    (
        "Bhiwandi Chenille & Polyfil Udyog",
        "Polyester chenille yarn | Cushion fillers",
        "Kamatghar, Bhiwandi - 421302, Maharashtra",
        "27",
        "BCP",
    ),
    (
        "Samalkha Rang Udyog",
        "Reactive and vat dyes | Softeners | Auxiliaries",
        "Old G.T. Road, Samalkha - 132101, Haryana",
        "06",
        "SRU",
    ),
]
# item, HSN, unit, rate (low, high), GST %
SUPPLY_ITEMS = {
    "NSM": [
        ("Recycled cotton OE yarn 6s - ecru", "5205", "kg", 92, 118, 5),
        ("Mop yarn 4 ply - multicolour", "5205", "kg", 78, 96, 5),
    ],
    "HJY": [
        ("Jute yarn 8 lbs CRT", "5307", "kg", 68, 92, 5),
        ("Jute braid 12 mm - natural", "5307", "kg", 96, 130, 5),
    ],
    "BCP": [
        ("Polyester chenille yarn 2/4 Nm", "5509", "kg", 180, 245, 5),
        ("Polyester fibre filler (HCS)", "5503", "kg", 120, 165, 5),
    ],
    "SRU": [
        ("Reactive dye - turquoise blue G", "3204", "kg", 420, 780, 18),
        ("Silicone softener (macro)", "3809", "kg", 140, 220, 18),
    ],
}
SUPPLY_ORDER = [0, 3, 1, 2, 0, 1, 3, 2]
SUPPLY_WAYS = ["RTGS", "UPI", "-", "NEFT", "NEFT", "-", "RTGS", "NEFT"]


def yarn_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The recycled cotton spinner, the jute yarn mill, the chenille and filler maker and the dye house billing the
    company (paper: the supplier on top, its line, address and GSTIN; Tax Invoice No. / Invoice No. / Bill No.,
    Invoice date / Dated / Date, Buyer (bill to) / Billed to / Recipient the company, Place of supply, E-way bill No.,
    Vehicle No., the yarns, braids, fillers or dyes with HSN, kg x rate, Taxable value, CGST and SGST or IGST @ 5% or
    18%, Round off, Invoice total, Less: Advance received with order and Balance received by RTGS / NEFT on some,
    else Received by RTGS / NEFT / Amount received via RTGS / NEFT / Payment received through UPI with UTR / UTR No.
    / UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY RTGS / NEFT / UPI / RECEIVED -
    BILL CLEARED / CHEQUE DEPOSITED - CREDIT AFTER REALISATION / CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER, in the
    supplier's rubber stamp too)."""
    k = place("yarn_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE"]
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Buyer (bill to)", "Billed to", "Recipient"])
    p.pair("Place of supply", "Haryana (06)")
    p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['HR', 'HR', 'WB', 'MH'])}{rng.randrange(10, 99)} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    taxable = 0.0
    gst_rate = 5
    for item, hsn, unit, lo, hi, g in rng.sample(SUPPLY_ITEMS[tag], rng.randrange(1, 3)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(50, max(60, min(2400, round(280000 / rate))))
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "06")
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
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -3))
        p.pair("Less: Advance received with order", rs(adv))
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
            lab = "Payment received through UPI"
        else:
            lab = rng.choice([f"Received by {way}", f"Amount received via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "RECEIVED - BILL CLEARED"]),
        "pending": "CHEQUE DEPOSITED - CREDIT AFTER REALISATION",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. processors, carriers and the lab by net banking


VENDORS = [
    ("Panipat Bleach & Dye House", "Bleaching and dyeing - 2,400 m sheeting"),
    ("Shree Digital Textile Printers", "Digital printing - duvet covers, lot 22"),
    ("Barsat Road Tufting Works", "Tufting and latex backing - bath mats"),
    ("Tehsil Camp Stitching Centre", "Stitching - bedsheet sets, lot 14"),
    ("Haryana Corrugators", "Export cartons 5 ply - 1,200 nos"),
    ("GT Road Cargo Movers", "Freight Panipat to ICD Tughlakabad - 2 x 40 ft"),
    ("Northline Logistics & Customs Pvt Ltd", "CHA and documentation charges"),
    ("Intertex Testing Labs Pvt Ltd", "Lab tests - colour fastness, GSM, shrinkage"),
]
CORP_PORTALS = [
    ("IndusDirect", "IndusInd Bank", "indusdirect.indusind.com/corp/payments/view"),
    ("neo for Corporates", "Axis Bank", "neo.axisbank.com/corporate/payments/details"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/txn/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its dyer, digital printer, tufter, stitching centre, carton maker, carrier, customs broker
    and testing lab: corporate net banking's transaction pages (IndusDirect, neo for Corporates, HDFC Bank ENet: the
    portal on top, Beneficiary name / Payee name / Transfer to (beneficiary), Beneficiary A/c and IFSC, Debit account
    the company, Transaction amount / Amount (INR) / Debit amount, Payment mode / Transfer type NEFT / RTGS / IMPS,
    Remarks, UTR / UTR No., Bank reference No. / Txn reference No., Initiated by / Approved by, Value date / Processed
    on / Transaction date / Initiated on / Created on / Rejected on / Failed on; Transaction completed - beneficiary
    credited / Status: Processed / Awaiting authorisation - 1 of 2 approvals done / Rejected by beneficiary bank -
    invalid account number)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=6000, high=480000)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction status'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction completed - beneficiary credited", "Status: Processed"],
            "pending": ["Awaiting authorisation - 1 of 2 approvals done"],
            "failed": ["Rejected by beneficiary bank - invalid account number"],
        },
    )
    who, note = VENDORS[k]
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee name", "Transfer to (beneficiary)"]), who, merchant=who
    )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transaction amount", "Amount (INR)", "Debit amount"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Transfer type"]), way, method="netbanking")
    wrap_pair(p, "Remarks", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Txn reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Approved by", f"JHTACC01 / {'-' if status == 'pending' else 'JHTDIR02'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Processed on", "Transaction date"],
            "pending": ["Initiated on", "Created on"],
            "failed": ["Rejected on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transactions are credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 8. ESIC, MC Panipat, HSPCB, EPFO, LWF, e-GRAS, CEPC


FEE_FRAMES = ["esic", "mcp", "hspcb", "epfo", "lwf", "egras", "cepc", "mcp"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a home-textile exporter in Haryana: ESIC's contribution challan (Employees' State Insurance
    Corporation / ESIC on top, Employer name, Employer code, Contribution period, Employees covered, Employer's share
    @ 3.25%, Employees' share @ 0.75%, Total contribution paid / Challan amount, Challan No., Transaction No., Bank
    Ref. No., Challan paid date / Payment date), Municipal Corporation Panipat's property tax and trade licence pages
    (Municipal Corporation Panipat / MUNICIPAL CORPORATION PANIPAT / Nagar Nigam Panipat on top and the Urban Local
    Bodies line, Owner name / Name of trader, Property ID / Licence No., Assessment year, the heads, Less: Rebate @
    10% (paid by 31 July), Total amount paid / Amount paid / Total amount / Amount, Transaction ID, Bank Ref No.,
    Receipt No.; Payment failed - amount not received by MC Panipat), the Haryana State Pollution Control Board's
    consent fee receipt (the Board / HSPCB on top and its Invest Haryana line, Name of industry, Unit, Category,
    Application ID, the Water and Air Act fees, Total fee paid / Total amount, Transaction ref. No., Bank Ref No.),
    EPFO's ECR payment page (Employees' Provident Fund Organisation / EPFO on top, Establishment name and ID, Wage
    month, A/c 1, 2, 10, 21, 22, Total amount, TRRN, CRN, Bank reference No., Paid on / Initiated on; Payment
    initiated - awaiting confirmation from bank), the Haryana Labour Welfare Board's LWF receipt (the Board on top,
    Name of establishment, Registration No., Contribution for, Employees, the employees' and employer's
    contributions, Total contribution paid / Amount paid, Transaction ID, Receipt No.), e-GRAS Haryana's challan
    for the factory licence renewal (Labour Department, Haryana on top and the e-GRAS line, Remitter name, Office,
    Head of account, Purpose, Licence renewal fee, Late fee, Challan amount / Total amount, GRN, Bank CIN, Date of
    remittance / Payment date) and the Carpet Export Promotion Council's membership receipt (Carpet Export Promotion
    Council / CEPC on top and the Ministry of Textiles line, Member name, Membership No., RCMC No., Annual
    subscription, RCMC renewal fee, GST @ 18%, Total paid / Amount received, Payment ID, Receipt No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    if frame == "esic":
        p = browser_page(rng, font, f"www.esic.gov.in/EmployerPayment/ChallanReceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  Online challan")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Challan paid", "Payment successful"]})
        wrap_pair(p, "Employer name", firm)
        p.pair("Employer code", digits(rng, 17))
        if not j.no_day:
            p.pair("Contribution period", j.month())
        staff = rng.randrange(40, 160)
        wages = float(rng.randrange(staff * 12500, staff * 19000, 10))
        p.pair("Employees covered", str(staff))
        er = round(wages * 0.0325, 2)
        ee = round(wages * 0.0075, 2)
        p.pair("Employer's share @ 3.25%", rs(er))
        p.pair("Employees' share @ 0.75%", rs(ee))
        j.amount = round(er + ee, 2)
        p.pair(rng.choice(["Total contribution paid", "Challan amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Challan No.", INVOICE_RANK, digits(rng, 10)),
                ("Transaction No.", TXN_RANK, f"{digits(rng, 14)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Challan paid date", "Payment date"], pats)
        foot = "Contributions are due by the 15th of the following month."
    elif frame == "mcp":
        p = browser_page(rng, font, f"ulbharyana.gov.in/PropertyTax/Receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Municipal Corporation Panipat", "MUNICIPAL CORPORATION PANIPAT", "Nagar Nigam Panipat"]
        )
        top(p, name, merchant=name)
        tax = k == 1
        p.add(
            "small",
            f"Urban Local Bodies Department, Haryana  |  {'Property tax e-receipt' if tax else 'Trade licence fee'}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment successful"],
                "failed": ["Payment failed - amount not received by MC Panipat"],
            },
        )
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Property ID", f"{digits(rng, 3)}C{digits(rng, 3)}U{digits(rng, 3)}")
            p.pair("Assessment year", "2026-27")
            heads = [
                ("Property tax (industrial)", 28000.0, 64000.0),
                ("Fire tax", 1400.0, 3200.0),
            ]
        else:
            wrap_pair(p, "Name of trader", rng.choice([f"{OUTLET} ({COMPANY})", OUTLET]))
            p.pair("Licence No.", f"MCP/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - retail textile outlet", 5000.0, 5000.0),
                ("Advertisement (signboard) fee", 1200.0, 2400.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and rng.random() < 0.6:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (paid by 31 July)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total amount paid", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"ULB{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'PT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Transaction date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "hspcb":
        p = browser_page(rng, font, f"investharyana.in/hspcb/consentfee/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Haryana State Pollution Control Board", "HARYANA STATE POLLUTION CONTROL BOARD", "HSPCB"]
        )
        top(p, name, merchant=name)
        p.add("small", "Invest Haryana - single roof clearance  |  Consent fee receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Fee deposited successfully", "Payment successful"]})
        wrap_pair(p, "Name of industry", firm)
        wrap_pair(p, "Unit", "Rug dyeing unit, Barsat Road, Panipat")
        p.pair("Category", "Orange - dyeing of yarn")
        p.pair("Application ID", f"HSPCB/CTO/{digits(rng, 7)}")
        water = float(rng.choice([15000, 20000, 25000]))
        air = float(rng.choice([10000, 12500, 15000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee paid", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"IH{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent is issued after inspection of the unit and the ETP."
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
                "pending": ["Payment initiated - awaiting confirmation from bank"],
            },
        )
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"HRKNL{digits(rng, 7)}000")
        if not j.no_day:
            p.pair("Wage month", j.month())
        wages = float(rng.randrange(600000, 1800000, 10))
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
            refs.append(("Bank reference No.", BANK_RANK, f"INDB{digits(rng, 10)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Paid on"] if status == "success" else ["Initiated on"], hour=True)
        foot = "The challan counts as paid once the bank confirms; do not pay the TRRN again."
    elif frame == "lwf":
        p = browser_page(rng, font, f"hrylabour.gov.in/lwf/contribution/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Haryana Labour Welfare Board", "HARYANA LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Government of Haryana  |  LWF online contribution")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Contribution received", "Payment successful"]})
        wrap_pair(p, "Name of establishment", firm)
        p.pair("Registration No.", f"LWF/PNP/{digits(rng, 5)}")
        if not j.no_day:
            p.pair("Contribution for", j.month())
        staff = rng.randrange(60, 220)
        p.pair("Employees", str(staff))
        ee = float(staff * 34)
        er = float(staff * 68)
        p.pair("Employees' contribution (0.2%, max Rs 34)", rs(ee))
        p.pair("Employer's contribution (2 x)", rs(er))
        j.amount = ee + er
        p.pair(rng.choice(["Total contribution paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LWF{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"LWF/R/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Transaction date"], pats)
        foot = "The contribution is due for each month by the 15th of the next month."
    elif frame == "egras":
        p = browser_page(rng, font, "egrashry.nic.in/GRN/ChallanReceipt")
        p.part = "head"
        name = rng.choice(["Labour Department, Haryana", "LABOUR DEPARTMENT, HARYANA"])
        top(p, name, merchant=name)
        p.add("small", "e-GRAS Haryana  |  Government of Haryana - online challan")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Challan paid - GRN realised"]})
        wrap_pair(p, "Remitter name", firm)
        wrap_pair(p, "Office", "Deputy Director, Industrial Safety & Health, Panipat")
        p.pair("Head of account", f"0230-00-106-{rng.randrange(51, 99)}-51")
        wrap_pair(p, "Purpose", "Factory licence renewal fee (Factories Act, 1948)")
        fee = float(rng.choice([6000, 9000, 12000, 18000]))
        p.pair("Licence renewal fee", rs(fee))
        late = float(rng.choice([0, 0, 600, 1200]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(rng.choice(["Challan amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", rng.choice(["Net banking", "e-GRAS - Net banking"]), method="netbanking")
        fee_refs(
            p,
            j,
            [
                ("GRN", INVOICE_RANK, digits(rng, 11)),
                ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Date of remittance", "Payment date"], pats)
        foot = "Quote the GRN on the licence renewal application."
    else:
        p = browser_page(rng, font, f"cepc.co.in/membership/payment/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Carpet Export Promotion Council", "CEPC", "CARPET EXPORT PROMOTION COUNCIL"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  Membership and RCMC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Subscription received", "Payment successful"]})
        wrap_pair(p, "Member name", firm)
        p.pair("Membership No.", f"CEPC/{digits(rng, 5)}")
        p.pair("RCMC No.", f"CEPC/RCMC/{digits(rng, 6)}")
        sub = float(rng.choice([10000, 15000, 20000]))
        rcmc = float(rng.choice([2000, 3000]))
        p.pair("Annual subscription", rs(sub))
        p.pair("RCMC renewal fee", rs(rcmc))
        gst = round((sub + rcmc) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(sub + rcmc + gst, 2)
        p.pair(rng.choice(["Total paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"CEPC{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"CEPC/MR/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The RCMC stays valid while the membership is renewed each year."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
COVERS = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Marine cargo open policy - exports by sea and air",
        "paper",
        "marine",
    ),
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - home textiles", "browser", "ecgc"),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Bharat Laghu Udyam Suraksha - factory, looms and stock",
        "mail",
        "stock",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Commercial general liability - product liability (exports to USA)",
        "browser",
        "liability",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Employee's compensation - weaving and stitching staff",
        "paper",
        "wc",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health insurance - office and outlet staff",
        "mail",
        "health",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Money insurance - cash in transit (job work payments)",
        "browser",
        "money",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Shopkeeper's package policy - factory outlet",
        "mail",
        "stock",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its export shipments, its buyers' credit, its factory and stock, its product liability
    to US buyers, its weavers and stitchers, its office staff's health, the cash carried to the villages and the
    outlet: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product
    line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Proposer / Insured / Name of insured /
    Policyholder, Policy No., Proposal No., Annual turnover declared (exports) / Value of shipments declared / Sum
    insured / Limit of indemnity in US dollars / Estimated annual wages / Lives covered / Money in transit limit,
    Period of insurance, Basic premium / Premium @ rate, an add-on (War & SRCC, STFI and earthquake, Vendor's
    endorsement, Medical expenses extension, Cash in safe cover), GST @ 18%, Premium received (incl. GST) / Total
    premium paid / Amount collected, or Premium payable / Total premium due, Payment mode, Payment ref. No. /
    Transaction No., UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Cheque No., Receipt date / Premium
    paid on / Date of receipt / Cheque received on / Transaction date / Attempted on; Premium realised - policy
    issued / Payment received - receipt generated / Cheque in clearing - cover from date of realisation / Payment
    declined - premium not received)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    ins, host, product, frame, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0].split(" and Allied")[0]
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
            rng.choice(["Branch Office, G.T. Road, Panipat", "Divisional Office, Model Town, Panipat"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium realised - policy issued", "Payment received - receipt generated"],
            "pending": ["Cheque in clearing - cover from date of realisation"],
            "failed": ["Payment declined - premium not received"],
        },
    )
    labels = (
        ["Policyholder", "Exporter (policyholder)"]
        if kind == "ecgc"
        else ["Proposer", "Insured", "Name of insured"]
    )
    wrap_pair(p, rng.choice(labels), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '48', '72'])}/2026/{digits(rng, 5)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    addon = None
    if kind == "marine":
        turnover = float(rng.randrange(80000000, 450000000, 100000))
        p.pair("Annual turnover declared (exports)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.00035), 2)
        addon = ("War & SRCC", round(turnover * 0.00005, 2))
    elif kind == "ecgc":
        value = float(rng.randrange(6000000, 48000000, 1000))
        p.pair("Value of shipments declared", rs(value))
        rate = rng.choice([0.32, 0.38, 0.45, 0.52])
        basic = round(value * rate / 100, 2)
        p.pair(f"Premium @ {rate:.2f}%", rs(basic))
    elif kind == "liability":
        p.pair(
            "Limit of indemnity",
            rng.choice(["USD 1,000,000 any one occurrence", "US$ 2,000,000 in aggregate"]),
        )
        basic = round(rng.uniform(85000, 240000), 2)
        addon = ("Vendor's endorsement (buyer as additional insured)", round(rng.uniform(6000, 15000), 2))
    elif kind == "wc":
        wages = float(rng.randrange(9000000, 36000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(120, 420)))
        basic = round(wages * rng.uniform(0.003, 0.0055), 2)
        addon = ("Medical expenses extension", round(rng.uniform(3000, 9000), 2))
    elif kind == "health":
        lives = rng.randrange(18, 60)
        p.pair("Lives covered", f"{lives} employees and families")
        p.pair("Sum insured per family", rs(float(rng.choice([300000, 500000]))))
        basic = round(lives * rng.uniform(9000, 16000), 2)
    elif kind == "money":
        limit = float(rng.choice([500000, 800000, 1000000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.006, 0.009), 2)
        addon = ("Cash in safe cover", round(rng.uniform(800, 2200), 2))
    else:
        insured = float(rng.randrange(2500000, 90000000, 10000))
        p.pair("Sum insured", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("STFI and earthquake", round(insured * 0.0001, 2))
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
        "pending": ["Premium received (incl. GST)", "Amount collected"],
        "success": ["Premium received (incl. GST)", "Total premium paid", "Amount collected"],
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
    ("JAGRITI FACTORY OUTLET", "GT ROAD, PANIPAT", "shop"),
    ("SANJAY CHOWK FILLING STN", "NH-44, PANIPAT", "fuel"),
    ("JAGRITI FACTORY OUTLET", "OPP SANJAY CHOWK PANIPAT", "shop"),
    ("HAVELI RESIDENCY", "SECTOR 11, PANIPAT", "hotel"),
    ("SAMALKHA LOOM SPARES", "GT ROAD, SAMALKHA", "spares"),
    ("JAGRITI HOME TEXTILES PVT LTD", "GT ROAD PANIPAT HR", "shop"),
    ("MURTHAL HIGHWAY DHABA", "NH-44, MURTHAL", "food"),
    ("JAGRITI FACTORY OUTLET", "PANIPAT HARYANA", "shop"),
]
TERMINALS = [
    "HDFC BANK",
    "HPCL",
    "INDUSIND BANK",
    "ICICI BANK",
    "MSWIPE",
    "PINE LABS",
    "BHARATPE",
    "AXIS BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Outlet shoppers' and a bulk buyer's cards on the outlet's terminals, and the company's card at a filling
    station, a hotel where a buyer stays, a loom spares shop and a highway dhaba: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM:
    / TXN DATE: and TXN TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / INV NO: / BILL NO:, SALE, CARD:, a fuel
    sale's PRODUCT:, RATE:, VOLUME(L): and PUMP NO:, a hotel's ROOM NO:, APPR CODE: / AUTH CODE:, RRN: / RRN NO:,
    AMOUNT: / TOTAL: / SALE AMOUNT:; APPROVED / TXN APPROVED / DECLINED - 51 INSUFFICIENT FUNDS / NO RESPONSE FROM
    HOST - CHECK WITH ISSUER BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=800, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 9000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 16500, 0.5)
    elif kind in ("spares", "food"):
        j.amount = rupees(rng, 600, 14500, 0.5)
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
        day_lab, time_lab = rng.choice([("DATE:", "TIME:"), ("DT:", "TM:"), ("TXN DATE:", "TXN TIME:")])
        p.pair(day_lab, d, date=j.date)
        p.pair(time_lab, t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(94.5, 97.9), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "HSD", "POWER"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "TOTAL:", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM HOST - CHECK WITH ISSUER BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband and phone bills


BILLERS = [
    ("UHBVN", "Uttar Haryana Bijli Vitran Nigam Ltd", "Account No."),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
]
BILL_APPS = ["UHBVN", "PhonePe", "iMobile Pay", "Google Pay", "UHBVN", "Paytm", "BHIM", "INDIE"]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's, the rug unit's and the outlet's electricity (UHBVN), the office broadband (Airtel), the
    directors' postpaid phones (Vi) and the outlet's landline (BSNL) through Bharat Connect in banking and UPI apps
    (the app on top, Biller / Biller name / Electricity board / Operator as printed, Account No. / Telephone No. /
    Mobile No., Customer name / Consumer name / Registered name, Bill month and Due date on some, the sum large, Paid
    from Current A/c or UPI, Bharat Connect Ref. No. / B-Connect Txn ID, UPI Ref No., Transaction ID on the failed
    one, Paid on / Transaction date & time; Bill paid successfully / Payment successful / Payment in progress -
    awaiting confirmation from biller / Payment failed - amount will be reversed in 5 working days) and UHBVN's own
    receipt page (the company on top with its Government of Haryana line, Account No., Sub division, Consumer name,
    Bill month, Amount paid / Paid amount, Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=2500, high=180000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 4800, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 3200, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 450, 1900, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"{digits(rng, 4)}{rng.randrange(100000, 999999)}",
        "Telephone No.": f"0180{digits(rng, 7)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "UHBVN":
        p = browser_page(rng, font, "epayment.uhbvn.org.in/b2c/paymentreceipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Haryana undertaking  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair(
            "Sub division",
            rng.choice(["Model Town S/D Panipat", "Industrial Area S/D Panipat", "City S/D-2 Panipat"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"UHB{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
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
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Payment in progress - awaiting confirmation from biller"],
            "failed": ["Payment failed - amount will be reversed in 5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2, 3) else rng.choice(["Biller", "Biller name", "Electricity board"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Registered name"]),
        rng.choice([COMPANY_CAPS, SHORT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else "Current A/c"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "BHIM": "BH", "INDIE": "IN"}.get(
                app, "IC"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
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
    "NOORWALA SPINNING MI",
    "SAMALKHA RANG UDYOG",
    "RAJBIR SINGH",
    "PANIPAT BLEACH & DYE",
    "UHBVN PANIPAT",
    "GT ROAD CARGO MOVERS",
    "HARYANA CORRUGATORS",
    "MC PANIPAT",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "Canara Bank": "JD-CANBNK",
    "IndusInd Bank": "AX-INDUSB",
    "ICICI Bank": "AD-ICICIT",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-BOBTXN / JD-CANBNK
    / AX-INDUSB / AD-ICICIT, the day divider, each bank's own wording: "Rs.x transferred from A/c ...1234 / to:<payee>
    via <way> on <day>", "An amount of INR x has been DEBITED to your account XXX1234 on <day> / towards <way> to
    <payee>", "INR x debited from IndusInd A/c XX1234 on <day> / for <way> trf to <payee>", "ICICI Bank Acct XX123
    debited for Rs x on <day>; / <payee> credited. / UPI:<ref>"; a transfer that "has been RETURNED by the
    beneficiary bank; amount credited back" and one that "is PENDING with the beneficiary bank. Do not re-initiate.")
    and two e-mail debit alerts (Transaction amount / Amount debited, Beneficiary / Beneficiary name / Paid to,
    Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Status: Debited / Status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=2500, high=480000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 2000, 25000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 8000, 95000)
    elif k == 7:
        j.amount = rupees(rng, 5000, 60000)
    if k in (1, 6):
        bank = rng.choice(["Bank of Baroda", "Canara Bank", "IndusInd Bank"])
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
        p.add("left", "Dear Customer, the following debit has been made to your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Transaction amount", "Amount debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Debited", "Status: Success"]), status="success")
        p.part = "foot"
        p.add(
            "small",
            "Never share your OTP, PIN or password. Report an unauthorised debit to the bank at once.",
        )
        return p.done()
    if status == "success" and k in (2, 4):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # ICICI Bank's "... credited. UPI:" is its UPI wording: the other transfers come from the other banks
    bank = "ICICI Bank" if way == "UPI" else rng.choice(list(SENDERS)[:3])
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d-%b-%y", "%d/%m/%Y", "%d%b%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} transferred from A/c ...{tail}", amount=j.amount)
            p.add("left", f"to:{to} via {way}{on}.", merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add(
                "left",
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail}{on}",
                amount=j.amount,
            )
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        elif bank == "IndusInd Bank":
            p.add("left", f"INR {amt} debited from IndusInd A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} trf to {to}.", merchant=to, method=method)
        else:
            p.add(
                "left",
                f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};",
                amount=j.amount,
                method=method,
            )
            p.add("left", f"{to} credited.", merchant=to)
    else:
        if status == "failed":
            p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
            p.add("left", f"to {to}{on}", merchant=to)
            p.add(
                "left",
                "has been RETURNED by the beneficiary bank; amount credited back to your A/c.",
                status="failed",
            )
        else:
            p.add("left", f"{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
            p.add("left", f"to {to}{on}", merchant=to)
            p.add("left", "is PENDING with the beneficiary bank. Do not re-initiate.", status="pending")
    if ref:
        if bank == "ICICI Bank":
            p.add("left", f"UPI:{ref}.", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "ICICI Bank":
            p.add("small", "Call 18002662 for dispute.", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 25000, 3500000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not you? Call the bank at once", "If not done by you, report on 1800 toll free"]
                ),
            )
    p.add(
        "small",
        {
            "Bank of Baroda": "- Bank of Baroda",
            "Canara Bank": "-Canara Bank",
            "IndusInd Bank": "-IndusInd Bank",
        }.get(bank, "- ICICI Bank"),
    )
    return p.done()


compose = compose158

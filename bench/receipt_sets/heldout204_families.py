"""The twelve heldout204 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a cotton knitwear export garment unit's day in 2026 (Amaravathi Knit Garments Pvt Ltd,
its stitching unit in the SIDCO estate at Mudalipalayam, its head office and sample room on Avinashi Road and its
export surplus counter, Amaravathi Export Surplus, in Khaderpet, Tiruppur, Tamil Nadu), told by the proofs of payment
it receives and makes: European and American buyers' inward wires in euros, US dollars, pounds and Swedish kronor,
merchant exporters' and retail chains' payment advices for stitching job work and basics, stock-lot traders' and
resellers' UPI screens and payment links, its own money receipts for waste, stock lots and samples, yarn, fabric,
label, polybag, elastic and carton suppliers' tax invoices and payment receipts, the corporate net-banking transfers
to its dyeing, printing, embroidery, knitting and compacting job workers and its transporter, the tailors', ironers',
checkers' and packers' wage vouchers and payouts, the pollution control board's, the city corporation's, ESIC's, the
export promotion council's, the labour welfare board's and the factories directorate's fee pages, insurers' premium
receipts (ECGC's among them), card terminal slips, the electricity (TNPDCL), broadband, phone and water bills and the
bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, styles, job order, vendor, PO, invoice and shipping bill
numbers, pieces, rates, kilos, operations, gross sums, TDS, rejection, penalty, advance, PF and ESI lines, GST lines,
GSTIN, IFSC, BIC, UETR, exchange rates and rupee values on a wire, employer, assessment, licence, membership,
registration, application, service and consumer numbers, contribution periods, wage weeks, declaration months,
periods of insurance, sums insured, MID, TID, batch and STAN numbers, the maker and the authoriser and the payer's own
details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is
heldout158's.
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
from bench.receipt_sets.heldout203_families import PATS_IN, neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Amaravathi Knit Garments Pvt Ltd"
COMPANY_CAPS = "AMARAVATHI KNIT GARMENTS PVT LTD"
SHORT = "Amaravathi Knits"
OUTLET = "Amaravathi Export Surplus"
# unit, address, GST state code
UNITS = [
    ("Stitching unit", "SF No. 214/2, SIDCO Industrial Estate, Mudalipalayam, Tiruppur - 641606", "33"),
    ("Head office", "No. 38, Kumar Nagar West, Avinashi Road, Tiruppur - 641603", "33"),
]
BANKS = [
    "Indian Bank",
    "Indian Overseas Bank",
    "Karur Vysya Bank",
    "City Union Bank",
    "Tamilnad Mercantile Bank",
    "State Bank of India",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Tamilnad Mercantile Bank": "TMBL",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
SLUGS = {
    "Indian Bank": "indianbank",
    "Indian Overseas Bank": "iob",
    "Karur Vysya Bank": "kvb",
    "City Union Bank": "cityunionbank",
    "State Bank of India": "sbi",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
}
RATES = {"USD": (85.6, 89.4), "EUR": (95.2, 101.8), "GBP": (110.4, 117.6), "SEK": (8.05, 8.95)}
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y"]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Consignee / Employer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IDIB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for dollars, euros and pounds; Swedish kronor by their code,
    before or after the sum, western grouping."""
    if cur != "SEK":
        return fx(rng, font, cur)
    after = rng.random() < 0.35

    def show(value: float) -> str:
        return f"{value:,.2f} SEK" if after else f"SEK {value:,.2f}"

    return show


# ---------------------------------------------------------------- 1. European and American buyers' inward wires


BUYERS = [
    ("Bramble Lane Kids Ltd", "Manchester, United Kingdom", "GBP", "NatWest Bank plc"),
    ("Solberg Textil AB", "Boras, Sweden", "SEK", "Svenska Handelsbanken AB"),
    ("Maison Lenoir Textiles SAS", "Roubaix, France", "EUR", "Credit Agricole Nord de France"),
    ("Blue Heron Apparel Inc", "Charlotte, NC, USA", "USD", "Bank of America NA"),
    ("Kinderwelt Textilhandel GmbH", "Hamburg, Germany", "EUR", "Hamburger Sparkasse AG"),
    ("Oak & Pine Outfitters LLC", "Portland, OR, USA", "USD", "U.S. Bank NA"),
    ("Van Dijk Mode BV", "Amersfoort, Netherlands", "EUR", "Cooperatieve Rabobank UA"),
    ("Lindqvist Basics AB", "Gothenburg, Sweden", "SEK", "Skandinaviska Enskilda Banken AB"),
]
WIRE_BANKS = [
    ("Indian Bank", "paper"),
    ("Karur Vysya Bank", "browser"),
    ("Indian Overseas Bank", "mail"),
    ("City Union Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("State Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("Karur Vysya Bank", "mail"),
]
GARMENTS = [
    "Organic cotton crew neck T-shirts",
    "Pique polo shirts",
    "Babywear - rompers and bodysuits",
    "Cotton nightwear sets",
    "Fleece sweatshirts",
    "Kids leggings and tops",
]


def buyer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers in Britain, Sweden, France, the US, Germany and the Netherlands paying for shipments of T-shirts,
    polos, babywear, nightwear and fleece in pounds, kronor, euros and US dollars: banks' inward remittance advices
    (browser, e-mail, printed FOREIGN INWARD REMITTANCE ADVICE / Export bill realisation - credit advice / Advice of
    inward remittance (SWIFT MT103): the bank on top with its overseas branch, Beneficiary customer / Credited to
    (exporter) / Account holder the company, A/c No., Remitter (buyer) / Ordering customer, Remitting bank / Sender's
    bank, Amount of remittance / Instructed amount / Remitted amount (FCY), Charges borne by, Exchange rate applied,
    Rupee value, Less: Bank charges & GST, Amount credited (INR), Purpose code, Goods, Export invoice No., Shipping
    bill No., Inward ref. No. / Our reference / IRM reference No., UETR, Value date / Date of credit / Realised on /
    Received on / Date of receipt / Refunded on / Returned on; Funds credited to exporter's account / Status:
    Realised - credited / Held - purpose code and invoice details awaited / Refunded to remitting bank - account
    title mismatch)."""
    k = place("buyer_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    payer, city, cur, pbank = BUYERS[k]
    if cur == "SEK":
        j.amount = (
            round(rng.uniform(60000, 1400000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(60, 1400) * 1000)
        )
    else:
        j.amount = (
            round(rng.uniform(6000, 140000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(60, 1400) * 100)
        )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.tiruppur@{SLUGS.get(bank, 'bank')}.in>",
            [
                "Inward remittance advice",
                "Credit advice - foreign inward remittance",
                "Export proceeds received",
            ],
        )
    elif frame == "browser":
        p = browser_page(
            rng, font, f"trade.{SLUGS.get(bank, 'bank')}.in/inward/remittance/{code(rng, 10, ALNUM)}"
        )
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Overseas Branch, Kumaran Road, Tiruppur",
                "Forex Centre, Avinashi Road, Tiruppur",
                "Trade Services Hub, Palladam Road, Tiruppur",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE ADVICE",
                "Export bill realisation - credit advice",
                "Advice of inward remittance (SWIFT MT103)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds credited to exporter's account", "Status: Realised - credited"],
            "pending": ["Held - purpose code and invoice details awaited"],
            "failed": ["Refunded to remitting bank - account title mismatch"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary customer", "Credited to (exporter)", "Account holder"]), me, merchant=me
    )
    p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter (buyer)", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), pbank)
    p.pair(
        rng.choice(["Amount of remittance", "Instructed amount", "Remitted amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("Rupee value", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges & GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(GARMENTS))
    p.pair("Export invoice No.", f"AKG/EXP/{rng.randrange(1, 240):03d}/{fy(j.date)}")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'INW'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["Inward ref. No.", "Our reference", "IRM reference No."]), ref, txn=(BANK_RANK, ref)
        )
        if status != "failed":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of credit", "Realised on"],
            "pending": ["Received on", "Date of receipt"],
            "failed": ["Refunded on", "Returned on"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small", "Export proceeds are to be realised within the period allowed under FEMA. Keep this advice."
    )
    return p.done()


# ---------------------------------------------------------------- 2. merchant exporters' and retail chains' advices


PAYERS = [
    (
        "Rivulet Fashions Pvt Ltd",
        "Merchant exporters - accounts",
        "payables@rivuletfashions.in",
        "Okhla Phase II, New Delhi",
        "mail",
        "jw",
    ),
    (
        "Greyfield Exports Pvt Ltd",
        "Vendor payments",
        "vendors.greyfieldexports.com",
        "Koramangala, Bengaluru",
        "portal",
        "jw",
    ),
    ("Sri Vinayaga Knit Exports", "Accounts section", "", "Kangeyam Road, Tiruppur - 641604", "paper", "jw"),
    (
        "Trendline Retail Ltd",
        "Accounts payable - apparel",
        "supplier.trendlineretail.in",
        "Lower Parel, Mumbai",
        "portal",
        "goods",
    ),
    (
        "Coastline Clothing Co.",
        "Accounts",
        "accounts@coastlineclothing.in",
        "MG Road, Kochi",
        "mail",
        "goods",
    ),
    (
        "Bharani Garments International",
        "Accounts department",
        "",
        "Perumanallur, Tiruppur - 641666",
        "paper",
        "jw",
    ),
    (
        "Urbanweave Brands Pvt Ltd",
        "Vendor payments",
        "vendorhub.urbanweave.in",
        "Sector 44, Gurugram",
        "portal",
        "goods",
    ),
    (
        "Kalinga Apparel Sourcing LLP",
        "Finance",
        "finance@kalingasourcing.in",
        "Saheed Nagar, Bhubaneswar",
        "mail",
        "jw",
    ),
]
STYLES = [
    ("crew neck tee", 14.0, 22.0),
    ("polo shirt", 32.0, 48.0),
    ("kids romper", 18.0, 27.0),
    ("night suit set", 38.0, 55.0),
    ("hooded sweatshirt", 45.0, 68.0),
    ("ladies leggings", 9.0, 15.0),
]


def merchant_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Merchant exporters paying the unit for stitching job work (cut, make and trim) and retail chains paying for
    basics: a JOB WORK PAYMENT ADVICE / PAYMENT ADVICE - CMT CHARGES / Vendor remittance advice / Supplier payment
    advice e-mail, printed advice or vendor portal page (the payer on top, Pay to (fabricator) / Job worker / payee /
    Remit to / Vendor (payee) / Supplier the company, Vendor No., Job order No. or PO No., the styles in pieces x rate
    or the invoices in pieces, Gross job work charges / Invoice total, Less: TDS u/s 194C @ 1% or u/s 194Q @ 0.1%,
    Less: Rejection debit / Less: Late delivery penalty / Less: Debit note - short shipped on some, Net paid / Net
    amount transferred / Amount paid to vendor (Net amount due on the hold), Payment mode NEFT / RTGS / IMPS, Vendor
    bank A/c, UTR / NEFT ref No. / RTGS UTR No. / IMPS ref No., Advice No. / Payment doc. No., Payment date / Transfer
    date / Credited on / Advice date / Prepared on / Returned on / Bounced on; Payment processed / Status: Remitted to
    vendor / Held - final inspection report awaited / Held - GRN quantity under review / Bounced back - beneficiary
    name as per bank differs)."""
    k = place("merchant_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    payer, desk, mail, town, frame, kind = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released - {SHORT}", "Remittance advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"{mail}/advice/{digits(rng, 9)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", f"{desk}, {town}")
    heads = (
        ["JOB WORK PAYMENT ADVICE", "PAYMENT ADVICE - CMT CHARGES", "Vendor remittance advice"]
        if kind == "jw"
        else ["PAYMENT ADVICE", "Vendor remittance advice", "Supplier payment advice"]
    )
    p.add("center", rng.choice(heads))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = (
        ["Pay to (fabricator)", "Job worker / payee", "Remit to"]
        if kind == "jw"
        else ["Vendor (payee)", "Remit to", "Supplier"]
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Vendor No.", f"V{digits(rng, 7)}")
    if kind == "jw":
        p.pair("Job order No.", f"JO/{rng.randrange(100, 990)}/{fy(j.date)}")
    else:
        p.pair("PO No.", f"{rng.choice(['PO', 'APO'])}{digits(rng, 8)}")
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        style, lo, hi = rng.choice(STYLES)
        pcs = rng.randrange(600, 9000, 10)
        rate = round(rng.uniform(lo, hi) * (1.0 if kind == "jw" else 4.2), 2)
        value = round(pcs * rate, 2)
        gross += value
        if kind == "jw":
            p.pair(f"{style}: {pcs:,} pcs x {rate:.2f}", rs(value))
        else:
            p.pair(f"AKG/{rng.randrange(1, 999):03d}/{fy(j.date)}  {pcs:,} pcs", rs(value))
    gross = round(gross, 2)
    p.pair("Gross job work charges" if kind == "jw" else "Invoice total", rs(gross))
    if kind == "jw":
        tds = round(gross * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    else:
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    if rng.random() < 0.45:
        if kind == "jw" and rng.random() < 0.5:
            n = rng.randrange(12, 90)
            cut = round(n * rng.uniform(14, 30), 2)
            p.pair(f"Less: Rejection debit ({n} pcs)", rs(cut))
        elif kind == "jw":
            cut = round(gross * 0.02, 2)
            p.pair("Less: Late delivery penalty @ 2%", rs(cut))
        else:
            cut = float(rng.choice([1800, 3250, 6400]))
            p.pair("Less: Debit note - short shipped", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = (
        "Net amount due"
        if status == "pending"
        else rng.choice(["Net paid", "Net amount transferred", "Amount paid to vendor"])
    )
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Payment mode", way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", f"{rng.choice(BANKS[:5])} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status != "pending":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"IMPS": "IMPS ref No.", "RTGS": rng.choice(["UTR", "RTGS UTR No."])}.get(
                way, rng.choice(["UTR", "NEFT ref No."])
            )
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'VP', 'RA'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Advice No.", "Payment doc. No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment processed", "Status: Remitted to vendor"],
            "pending": [
                "Held - final inspection report awaited"
                if kind == "jw"
                else "Held - GRN quantity under review"
            ],
            "failed": ["Bounced back - beneficiary name as per bank differs"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Transfer date", "Credited on"],
            "pending": ["Advice date", "Prepared on"],
            "failed": ["Returned on", "Bounced on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice. TDS deducted will reflect in your Form 26AS.")
    return p.done()


# ---------------------------------------------------------------- 3. stock-lot traders' UPI screens and links


SURPLUS_APPS = ["Google Pay", "PhonePe", "Cashfree", "Amazon Pay", "Paytm", "Instamojo", "BHIM", "Navi"]
SURPLUS_PAYERS = [
    "Bismi Stocklot Garments, Khaderpet",
    "Sathya Boutique, Erode",
    "Mohammed Rafiq (reseller)",
    "Jeyam Textiles, Madurai",
    "Karthik Online Store, Salem",
    "Anitha Fashions, Namakkal",
    "Sri Balaji Readymades, Dindigul",
    "Priya Kids Wear, Coimbatore",
]
SURPLUS_NOTES = [
    "Stock lot - 240 pcs tees",
    "Kids rompers 5 doz",
    "Polo seconds 120 pcs",
    "Sample set - 6 styles",
    "Leggings lot",
    "Night suits 3 doz",
    "Cut-size lot advance",
]


def surplus_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Stock-lot traders, boutiques and online resellers paying the export surplus counter or the company: six UPI
    screens (Google Pay, PhonePe, Amazon Pay, Paytm, BHIM, Navi: the payee under Paid to / To / Payment to / Paying
    to, its UPI ID, the sum large, UPI Ref. ID / UPI transaction ID / UTR / UPI Ref No., PhonePe's Transaction ID and
    Google Pay's Google transaction ID on some, Debited from / From account, Date & time / Paid on / Completed on /
    Initiated on; Payment successful / Paid successfully / Money sent / Payment failed - bank server not responding /
    Payment pending - waiting for bank confirmation) and two payment links (Cashfree: the payee on top, Customer name
    / Buyer, Order ID, CF Payment ID, Bank reference or Auth code; Instamojo: Payment ID MOJO..., Bank RRN or Auth
    code; Paid on / Payment date / Transaction time; Payment received / Transaction success)."""
    k = place("surplus_upi")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=300, high=85000, p_round=0.8)
    app = SURPLUS_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "Instamojo"):
        to = rng.choice([OUTLET, COMPANY])
        url = (
            f"payments.cashfree.com/forms/amaravathi-{code(rng, 6, LOWER)}"
            if app == "Cashfree"
            else f"www.instamojo.com/@amaravathiknits/{code(rng, 10, HEXA)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Export surplus knitwear - Khaderpet, Tiruppur", "Stock lots and samples"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received", "Transaction success"]})
        way = rng.choice(["UPI", "UPI", "card"])
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Buyer"]), SURPLUS_PAYERS[k])
        wrap_pair(p, rng.choice(["Description", "For"]), rng.choice(SURPLUS_NOTES))
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                oid = f"AKG_{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                cf = digits(rng, 10)
                p.pair("CF Payment ID", cf, txn=(TXN_RANK, cf))
            else:
                mid = f"MOJO{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 5)}"
                mid += f"{code(rng, 1, UPPER)}{digits(rng, 4)}"
                p.pair("Payment ID", mid, txn=(TXN_RANK, mid))
            if way == "UPI":
                p.pair("Bank reference" if app == "Cashfree" else "Bank RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Cashfree Payments" if app == "Cashfree" else "Powered by Instamojo")
        return p.done()
    to = rng.choice([OUTLET, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Amazon Pay": "amazon pay"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent"],
            "failed": ["Payment failed - bank server not responding"],
            "pending": ["Payment pending - waiting for bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Payment to"] if status == "success" else ["To", "Paying to", "Payment to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"amaravathi{rng.choice(['surplus', 'knits', 'akg'])}@{rng.choice(['kvb', 'indianbk', 'ybl', 'okaxis'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SURPLUS_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI Ref. ID", "UPI transaction ID", "UTR", "UPI Ref No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app == "PhonePe" and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay" and rng.random() < 0.6:
            gid = f"CICAgx{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(rng.choice(["Debited from", "From account"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 4. the company's own money receipts


RECEIVED_FROM = [
    "Sri Murugan Waste Cotton Traders, Palladam",
    "Bismi Stocklot Garments, Khaderpet",
    "Ganapathy Cut Piece Centre, Erode",
    "Jeyam Textiles, Madurai",
    "Noorul Rags & Waste, Karur",
    "Sathya Boutique, Erode",
    "Vignesh Knit Waste Dealers, Avinashi",
    "Kumaran Fashions, Salem",
]
RECEIPT_WAYS = ["cash", "UPI", "RTGS", "-", "NEFT", "card", "-", "cash"]
SOLD = [
    "Cutting waste (jhoot) - 1,850 kg",
    "Stock lot - 1,200 pcs",
    "Cut pieces - 640 kg",
    "Sample order - 18 styles",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / RECEIPT - WASTE / STOCK LOT SALE / ADVANCE RECEIPT - STOCK LOT to waste
    cotton dealers, stock-lot traders, boutiques and sample buyers (paper: the company on top with its line, the
    head office's address and GSTIN; M.R. No. / Receipt No. / Rcpt No., Date / Dated / Receipt date, Received from
    M/s / Party (buyer) / Received with thanks from, Against invoice No., Towards, Invoice value, Cash received /
    Amount received in cash / Received by UPI / Received via RTGS / Received via NEFT / Received by card / Amount
    received / Cheque amount / Cheque for, Balance due, Mode, UPI Ref No. / UTR / Approval code, Cheque No. with its
    bank and day; RECEIVED WITH THANKS / RECEIVED - LOT CLEARED / PAYMENT RECEIVED IN FULL / CHEQUE RECEIVED - CREDIT
    AFTER CLEARANCE / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, the rubber stamp) and two of the accounts desk's
    payment acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2500, high=480000)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    way = "cheque" if RECEIPT_WAYS[k] == "-" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 2500, 95000, 0.8)
    if way == "cash":
        j.amount = min(j.amount, rupees(rng, 2500, 180000, 0.9))
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.6)
    if k in (2, 4):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@amaravathiknits.in>",
            ["Payment acknowledgement", "Receipt for your payment", "Money receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{UNITS[1][0]}, Avinashi Road, Tiruppur  |  Accounts")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Manufacturers and exporters of cotton knitwear",
            UNITS[1][1],
            UNITS[1][2],
            ["MONEY RECEIPT", "RECEIPT - WASTE / STOCK LOT SALE", "ADVANCE RECEIPT - STOCK LOT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'R', 'AKG'])}/{rng.randrange(1, 2999):04d}/{fy(j.date)}"
        p.pair(rng.choice(["M.R. No.", "Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p, rng.choice(["Received from M/s", "Party (buyer)", "Received with thanks from"]), RECEIVED_FROM[k]
    )
    p.pair("Against invoice No.", f"AKG/D/{rng.randrange(1, 999):03d}/{fy(j.date)}")
    wrap_pair(p, "Towards", rng.choice(SOLD))
    part = rng.random() < 0.45
    bill = round(j.amount * rng.uniform(1.2, 2.4), -1) if part else j.amount
    p.pair("Invoice value", rs(bill))
    lab = {
        "cash": rng.choice(["Cash received", "Amount received in cash"]),
        "UPI": "Received by UPI",
        "RTGS": "Received via RTGS",
        "NEFT": "Received via NEFT",
        "card": "Received by card",
        "cheque": rng.choice(["Cheque amount", "Cheque for"]),
    }[way]
    if way not in ("cheque", "cash") and rng.random() < 0.35:
        lab = "Amount received"
    meth = {"cash": "cash", "UPI": "UPI", "RTGS": "netbanking", "NEFT": "netbanking", "card": "card"}.get(
        way, "cheque"
    )
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair("Balance due", rs(round(bill - j.amount, 2)))
    p.pair("Mode", {"cash": "Cash", "card": "Card", "cheque": "Cheque"}.get(way, way), method=meth)
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}, Tiruppur")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    word = {
        "success": rng.choice(
            ["RECEIVED WITH THANKS", "RECEIVED - LOT CLEARED"]
            + ([] if part else ["PAYMENT RECEIVED IN FULL"])
        ),
        "pending": "CHEQUE RECEIVED - CREDIT AFTER CLEARANCE",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cheques subject to realisation. Stock lots are sold as is, where is.")
    if k not in (2, 4):
        right(p, f"For {COMPANY} - Authorised signatory")
        p.add("gap")
        p.add("gap")
        seal(p, "AMARAVATHI KNIT", "ACCOUNTS - TIRUPPUR", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. yarn, fabric and trims suppliers' invoices


MILLS = [
    (
        "Sri Kumaran Spinning Mills (P) Ltd",
        "100% cotton combed hosiery yarn | Compact yarn",
        "SF No. 88, Kosavampalayam, Palladam - 641664",
        "yarn",
    ),
    (
        "Velan Knit Fabrics",
        "Single jersey | Rib | Interlock - grey and dyed",
        "Thekkalur Road, Avinashi - 641654",
        "fabric",
    ),
    (
        "Star Woven Labels & Tags",
        "Woven labels | Hang tags | Printed care labels",
        "Kongu Main Road, Tiruppur - 641607",
        "labels",
    ),
    (
        "Annamalai Poly Packs",
        "LDPE and PP polybags | Blister covers",
        "Angeripalayam Road, Tiruppur - 641603",
        "poly",
    ),
]
# kind: (HSN, GST rate, unit, [(item, low rate, high rate)], quantity range)
SUPPLY = {
    "yarn": (
        "5205",
        5.0,
        "kg",
        [
            ("30s combed cotton yarn", 255.0, 290.0),
            ("40s compact cotton yarn", 290.0, 330.0),
            ("24s carded cotton yarn", 215.0, 240.0),
        ],
        (500, 3200),
    ),
    "fabric": (
        "6006",
        5.0,
        "kg",
        [
            ("Single jersey 160 GSM dyed", 360.0, 420.0),
            ("1x1 rib 220 GSM", 390.0, 460.0),
            ("Interlock 200 GSM", 420.0, 480.0),
        ],
        (200, 1500),
    ),
    "labels": (
        "5807",
        5.0,
        "pcs",
        [
            ("Woven main label", 1.2, 2.1),
            ("Printed care label", 0.35, 0.6),
            ("Hang tag with string", 1.6, 2.8),
        ],
        (5000, 40000),
    ),
    "poly": (
        "3923",
        18.0,
        "pcs",
        [("LDPE polybag 10x14 with flap", 0.9, 1.6), ("PP blister cover", 2.2, 3.4)],
        (5000, 30000),
    ),
}
ZOHO = [
    (
        "Sree Ganesh Elastics & Tapes",
        "Elastic tapes | Twill tapes | Drawcords",
        "Karuvampalayam, Tiruppur - 641604",
        "tapes",
    ),
    (
        "Kongu Carton Industries",
        "5-ply export cartons | Partitions",
        "Pongupalayam, Tiruppur - 641666",
        "cartons",
    ),
    (
        "Sunrise Fabric Compacting",
        "Open-width and tubular compacting (job work)",
        "Veerapandi, Tiruppur - 641605",
        "compacting",
    ),
]
SUPPLY_FRAMES = ["paper", "zoho", "paper", "paper", "zoho", "paper", "zoho", "paper"]
PAPER_SUPPLIER = {0: 0, 2: 2, 3: 3, 5: 1, 7: 0}


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its spinning mill, fabric knitter, label maker and polybag maker on their paper and its
    elastic, carton and compacting suppliers through their Zoho Invoice payment receipts: the TAX INVOICE / TAX
    INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM PAYMENT RECEIPT (paper: the supplier on top, its line,
    address and GSTIN; Invoice No. / Inv. No., Invoice date / Dated, Details of receiver (billed to) / Billed to /
    Consignee the company, Place of supply, E-way bill No., the items with HSN in kilos or pieces x rate, Taxable
    value, CGST and SGST, Round off, Invoice total, Less: Advance paid against PO and Balance received by RTGS / NEFT
    on some, else Received by NEFT / Amount credited by RTGS / Payment received / Payment received by UPI with UTR
    No. / UTR / UPI Ref No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY NEFT / RECEIVED -
    INVOICE SETTLED / CHEQUE RECEIVED - CLEARANCE AWAITED / CHEQUE RETURNED - EXCEEDS ARRANGEMENT, in the supplier's
    rubber stamp too) and the Zoho Invoice PAYMENT RECEIPT page (the supplier on top, Payment Date, Reference
    Number, Payment Mode, Amount Received and its words, Bill To, the invoice paid with its Invoice Number, Invoice
    Date, Invoice Amount and Payment Amount, Payment #, Paid)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=20000, high=420000)
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "INR", "\u20b9"))
    if SUPPLY_FRAMES[k] == "zoho":
        maker, line, addr, kind = ZOHO[k // 3]
        name = maker.upper() if rng.random() < 0.3 else maker
        p = browser_page(
            rng, font, f"invoice.zoho.in/portal/{maker.split()[0].lower()}/payments/{digits(rng, 17)}"
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add(
            "small",
            f"{addr}  |  GSTIN 33{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{digits(rng, 1)}",
        )
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        date_row(p, j, ["Payment Date"], ["%d/%m/%Y", "%d %b %Y", "%d-%m-%Y"])
        way = (
            rng.choice(["Bank Transfer", "NEFT", "UPI"])
            if j.amount <= 95000
            else rng.choice(["Bank Transfer", "NEFT"])
        )
        if not j.no_ref:
            ref = j.ref if way == "UPI" else bank_ref(rng, j, rng.choice(BANKS[:5]), "NEFT")
            p.pair("Reference Number", ref, txn=(UTR_RANK, ref))
        p.pair("Payment Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Amount Received", rs(j.amount), amount=j.amount)
        p.add(
            "small",
            f"Amount Received In Words: {words_in_rupees(j.amount).replace('Rupees', 'Indian Rupee')}",
        )
        ours_to(p, ["Bill To"])
        p.add("rule")
        p.add("left", "Payment for")
        inv_amount = j.amount if rng.random() < 0.6 else round(j.amount * rng.uniform(1.1, 1.8), 0)
        p.pair("Invoice Number", f"INV-{rng.randrange(100, 9999):06d}")
        if not j.no_day:
            p.pair("Invoice Date", j.other_day(rng, -40, -3))
        p.pair("Invoice Amount", rs(inv_amount))
        p.pair("Payment Amount", rs(j.amount))
        if not j.no_ref:
            pno = str(rng.randrange(40, 1800))
            p.pair("Payment #", pno, txn=(INVOICE_RANK, pno))
        p.add("center", rng.choice(["Paid", "PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Thank you for the payment. Generated by Zoho Invoice")
        return p.done()
    maker, line, addr, kind = MILLS[PAPER_SUPPLIER[k]]
    hsn, rate_gst, unit, items, (qlo, qhi) = SUPPLY[kind]
    name = maker.upper() if rng.random() < 0.3 else maker
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p,
        name,
        line,
        f"{addr}, Tamil Nadu",
        "33",
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE CUM PAYMENT RECEIPT"],
    )
    if not j.no_ref:
        ino = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(10, 999):03d}/{fy(j.date)}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    date_row(p, j, ["Invoice date", "Dated"], PATS_IN)
    ours_to(p, ["Details of receiver (billed to)", "Billed to", "Consignee"])
    p.pair("Place of supply", "Tamil Nadu (33)")
    taxable = 0.0
    for item, lo, hi in rng.sample(items, rng.randrange(1, 3)):
        qty = rng.randrange(qlo, qhi, 10 if unit == "kg" else 100)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rate_gst, False)
    p.pair("Invoice total", rs(total))
    if total > 50000:
        p.pair("E-way bill No.", digits(rng, 12))
    p.add("rule")
    way = (
        "cheque"
        if status != "success"
        else "RTGS"
        if total >= 200000 and rng.random() < 0.6
        else rng.choice(["NEFT", "NEFT", "UPI"])
    )
    if way == "UPI" and total > 95000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.1, 0.25, 0.3]), -3))
        p.pair("Less: Advance paid against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Payment received by UPI", "Payment received"])
        else:
            lab = rng.choice([f"Received by {way}", f"Amount credited by {way}", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "RECEIVED - INVOICE SETTLED"]),
        "pending": "CHEQUE RECEIVED - CLEARANCE AWAITED",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Interest @ 18% p.a. on bills unpaid after 30 days. Subject to Tiruppur jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. transfers to job workers and the transporter


PORTALS = [
    ("IOB Corporate Internet Banking", "Indian Overseas Bank", "corporate.iob.in/fundtransfer/view"),
    ("KVB Corporate NetBanking", "Karur Vysya Bank", "corp.kvb.co.in/payments/status"),
    ("CUB Corporate Net Banking", "City Union Bank", "corporate.cityunionbank.in/txn/enquiry"),
    ("Indian Bank Corporate Net Banking", "Indian Bank", "corporate.indianbank.in/ftr/details"),
]
JOB_WORKERS = [
    ("Veerapandi Process House", "Dyeing charges - 1,240 kg"),
    ("Kaveri Screen Printers", "Printing - 6,400 pcs"),
    ("Sri Sakthi Embroideries", "Embroidery - logo, 3,200 pcs"),
    ("Elango Knitting Works", "Knitting charges - 2,150 kg"),
    ("Thennavan Fabric Processors", "Compacting and raising"),
    ("Lakshmi Roadways", "Freight - Tuticorin port"),
    ("Sea Bridge Logistics Pvt Ltd", "CHA and CFS charges"),
    ("Veerapandi Process House", "Dyeing balance - PO 418"),
]


def job_work_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its dyeing house, screen printer, embroiderer, knitting and compacting job workers, its
    transporter and its customs broker: corporate net banking's transaction pages (IOB Corporate Internet Banking,
    KVB Corporate NetBanking, CUB Corporate Net Banking, Indian Bank Corporate Net Banking: the portal on top,
    Beneficiary account name / Pay to / Credit to (payee name), Beneficiary A/c No., IFSC, Debit account the
    company, Transfer amount / Debit amount / Amount (Rs.), Mode, Purpose / remarks, UTR / UTR No. / IMPS ref No.,
    Bank ref. No., Entered by / Authorised by, Transfer date / Executed on / Value date / Entered on / Initiated on /
    Returned on / Failed on; Funds transferred successfully / Status: Executed / Pending with authoriser - level 2
    approval awaited / Returned - beneficiary account frozen)."""
    k = place("job_work_transfers")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=18000, high=900000)
    brand, bank, host = PORTALS[(k + rng.randrange(2)) % len(PORTALS)]
    rs = money(rng, font, 0.4, marks=("Rs.", "INR", "\u20b9"))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  Payments and transfers")
    p.add(
        "center", rng.choice(["Fund transfer - transaction details", "Transaction enquiry", "Payment status"])
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds transferred successfully", "Status: Executed"],
            "pending": ["Pending with authoriser - level 2 approval awaited"],
            "failed": ["Returned - beneficiary account frozen"],
        },
    )
    who, purpose = JOB_WORKERS[k]
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary account name", "Pay to", "Credit to (payee name)"]), who, merchant=who
    )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transfer amount", "Debit amount", "Amount (Rs.)"]), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Mode", way, method="netbanking")
    wrap_pair(p, "Purpose / remarks", purpose)
    if not j.no_ref:
        if status != "pending":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                "IMPS ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:3]}{digits(rng, 11)}"
        p.pair("Bank ref. No.", tr, txn=(BANK_RANK, tr))
    p.pair("Entered by / Authorised by", "AKGMAKER1 / AKGAUTH2")
    date_row(
        p,
        j,
        {
            "success": ["Transfer date", "Executed on", "Value date"],
            "pending": ["Entered on", "Initiated on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Returned transfers are credited back to the debit account within two working days.")
    return p.done()


# ---------------------------------------------------------------- 7. tailors', ironers', checkers' and packers' pay


WORKERS = [
    ("Selvi Murugesan", "Tailor - overlock", "stitch"),
    ("Pandiyan Ramasamy", "Line supervisor", "staff"),
    ("Kaliammal Subramani", "Tailor - flatlock", "stitch"),
    ("Mariappan Velusamy", "Ironing", "iron"),
    ("Jothi Lakshmi K", "Checker", "check"),
    ("Arunkumar Palanisamy", "Cutting master", "staff"),
    ("Rani Chinnasamy", "Tailor - single needle", "stitch"),
    ("Manikandan S", "Packing", "pack"),
]
WAGE_FRAMES = ["paper", "cashfree", "paper", "phonepe", "paper", "cashfree", "paper", "bulk"]
OPERATIONS = [
    ("Overlock - side seam", 0.45, 0.7),
    ("Flatlock - hem", 0.35, 0.6),
    ("Single needle - neck tape", 0.5, 0.9),
    ("Collar attach (polo)", 1.2, 2.0),
    ("Sleeve attach", 0.6, 1.0),
]


def worker_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its tailors by the piece and its ironers, checkers, packers and supervisors by the week:
    its printed PIECE RATE WAGES - PAYMENT VOUCHER / WEEKLY WAGES VOUCHER - STITCHING / WEEKLY WAGES VOUCHER -
    FINISHING / SHIFT WAGES - PAYMENT VOUCHER (the company on top, Voucher No. / Vr. No. / Wage slip No., Date / Paid
    on / Voucher date, Tailor name / Name of worker / Paid to (operator) / Paid to / Employee, Emp. ID, Section, Wage
    week, the operations in pieces x rate or the shifts x rate, Gross wages, Add: OT, Less: Advance recovery, Less:
    PF @ 12%, Less: ESI @ 0.75%, Net wages paid / Net pay / Amount paid, Mode Cash / UPI / IMPS; PAID / PAID - WAGES
    RECEIVED), Cashfree Payouts transfer pages (Cashfree Payments on top and Payouts - the company under it, the sum
    large, Beneficiary name, Beneficiary ID, Transfer mode, Bank account / VPA, Transfer ID, Reference ID, UTR,
    Processed on / Transfer date / Reversed on; SUCCESS / Transfer successful / REVERSED - credit to beneficiary
    failed), a PhonePe screen and a bulk salary file's record (KVB Corporate NetBanking: Beneficiary name, Amount,
    File name, Record No., Bank ref. No., Uploaded on; Record status: In process - bank response awaited)."""
    k = place("worker_wages")
    status = outcome(k, failed=(5,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1800, high=42000, p_round=0.9)
    who, role, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, f"payouts.cashfree.com/transfers/{code(rng, 12, ALNUM)}")
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
                "failed": ["REVERSED - credit to beneficiary failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary ID", f"AKG_EMP_{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI", "NEFT"])
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Bank account / VPA",
            f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}"
            if way != "UPI"
            else f"{who.split()[0].lower()}@kvb",
        )
        if not j.no_ref:
            tid = f"SAL{digits(rng, 8)}"
            p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Remarks", rng.choice(["Salary", "Wages", "Salary advance"]))
        date_row(
            p,
            j,
            {"success": ["Processed on", "Transfer date"], "failed": ["Reversed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Reversed transfers are credited back to your Cashfree Payouts balance.")
        return p.done()
    if frame == "phonepe":
        j.amount = rupees(rng, 1800, 6500, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Transaction Successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "Sent to"]))
        p.add("center", who, merchant=who)
        p.add(
            "small", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ibl', 'axl'])}", method="UPI"
        )
        p.pair("Message", rng.choice(["Weekly wages - ironing", "Ironing wages", "OT + wages"]))
        if not j.no_ref:
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair("Debited from", f"{rng.choice(BANKS[:4])} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, f"corp.kvb.co.in/bulkpay/record/{digits(rng, 8)}")
        p.part = "head"
        top(p, "KVB Corporate NetBanking")
        p.add("small", "Karur Vysya Bank  |  Bulk payments - salary file record")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Credited", "Paid to beneficiary"],
                "pending": ["Record status: In process - bank response awaited"],
                "failed": ["Record status: Rejected - account closed"],
            },
        )
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        ben = rng.choice(BANKS[:5])
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Payment type", way, method="netbanking")
        p.pair("File name", f"WAGES_{code(rng, 4, UPPER)}_{digits(rng, 3)}.csv")
        p.pair("Record No.", str(rng.randrange(2, 380)))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, "Karur Vysya Bank", way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                tr = f"KVB{digits(rng, 12)}"
                p.pair("Bank ref. No.", tr, txn=(BANK_RANK, tr))
        date_row(
            p,
            j,
            {
                "success": ["Processed on", "Value date"],
                "pending": ["Uploaded on"],
                "failed": ["Rejected on"],
            }[status],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Rejected records are credited back to the debit account on the next working day.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    kinds = (
        ["PIECE RATE WAGES - PAYMENT VOUCHER", "WEEKLY WAGES VOUCHER - STITCHING"]
        if kind == "stitch"
        else ["WEEKLY WAGES VOUCHER - FINISHING", "SHIFT WAGES - PAYMENT VOUCHER"]
    )
    letterhead(
        p, rng.choice([COMPANY, COMPANY_CAPS]), UNITS[0][0], UNITS[0][1], UNITS[0][2], kinds, merchant=False
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'PW', 'SV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on", "Voucher date"], PATS_IN)
    labels = (
        ["Tailor name", "Name of worker", "Paid to (operator)"]
        if kind == "stitch"
        else ["Name of worker", "Paid to", "Employee"]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    p.pair("Emp. ID", f"AKG{digits(rng, 4)}")
    p.pair("Section", role)
    if not j.no_day:
        p.pair("Wage week", f"Week {j.date.isocalendar()[1]:02d} / {j.date.year}")
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    gross = 0.0
    if kind == "stitch":
        for op, lo, hi in rng.sample(OPERATIONS, rng.randrange(1, 3)):
            pcs = rng.randrange(1500, 5200, 10) if hi < 1.0 else rng.randrange(500, 1600, 10)
            rate = round(rng.uniform(lo, hi), 2)
            value = round(pcs * rate, 2)
            gross += value
            p.pair(f"{op}: {pcs:,} x {rate:.2f}", rs(value))
    else:
        days = rng.randrange(5, 7)
        rate = float(rng.choice([520, 560, 610, 650]))
        gross = days * rate
        p.pair(f"Shifts: {days} x {rate:.2f}", rs(gross))
    if rng.random() < 0.4:
        hours = rng.randrange(4, 13)
        ot = round(hours * rng.choice([60.0, 65.0, 75.0]), 2)
        p.pair(f"Add: OT {hours} hrs", rs(ot))
        gross += ot
    gross = round(gross, 2)
    p.pair("Gross wages", rs(gross))
    cuts = 0.0
    if rng.random() < 0.4:
        adv = float(rng.choice([200, 300, 500]))
        p.pair("Less: Advance recovery", rs(adv))
        cuts += adv
    if rng.random() < 0.5:
        esi = round(gross * 0.0075, 2)
        p.pair("Less: ESI @ 0.75%", rs(esi))
        cuts += esi
    j.amount = round(gross - cuts, 2)
    p.pair(rng.choice(["Net wages paid", "Net pay", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - WAGES RECEIVED"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Worker's signature / LTI")
    return p.done()


# ---------------------------------------------------------------- 8. board, corporation, ESIC, AEPC, welfare, DISH


FEE_FRAMES = ["tnpcb", "tcmc", "esic", "aepc", "tcmc", "lwb", "dish", "esic"]
FEE_WORDS = ["Payment successful", "Paid - receipt generated", "Fee remitted successfully"]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of an export garment unit: the Tamil Nadu Pollution Control Board's consent fee receipt (the board
    on top, OCMMS line, Unit name, Application No., Category, the Water Act and Air Act consent fees, Total fee
    remitted / Amount remitted, Transaction ref. No., Bank ref. No., Receipt No.), Tiruppur City Municipal
    Corporation's property tax and trade licence pages (the corporation on top, TN Urban e-Pay line, Assessment No.
    and Owner name or Licence No. and Name of trader, Half year, the heads, Total amount / Amount paid / Net amount
    remitted, Transaction ID, Receipt No.), ESIC's e-challan (ESIC on top, Employer code, Employer name, Contribution
    period, Employees covered, Total wages, Employer's share @ 3.25%, Employees' share @ 0.75%, Total contribution
    paid / Challan amount, Challan No., Transaction No., Bank ref. No., Challan paid date / Date of payment / Challan
    created on), the Apparel Export Promotion Council's membership receipt (AEPC on top, Member name, Membership
    No., the subscription, GST, Total paid / Amount received, Payment ID, Bank ref. No., Receipt No.), the Tamil
    Nadu Labour Welfare Board's contribution receipt (Establishment, Registration No., Contribution for, employees'
    and employer's contributions, Total contribution / Amount paid) and the Directorate of Industrial Safety and
    Health's factory licence renewal receipt (Factory name, Name of occupier, Licence No., Workers, Installed power,
    Licence renewal fee, Late fee, Total fee paid); Payment date / Transaction date / Date of payment / Receipt date;
    Payment successful / Paid - receipt generated / Fee remitted successfully / Challan generated - payment
    confirmation awaited from bank / Payment failed - amount not credited to corporation)."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    dates = ["Payment date", "Transaction date", "Date of payment"]
    if frame == "tnpcb":
        p = browser_page(rng, font, f"ocmms.tnpcb.gov.in/payment/receipt/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Pollution Control Board", "TAMIL NADU POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Online Consent Management & Monitoring System  |  Fee receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_WORDS})
        wrap_pair(p, "Unit name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Application No.", f"{digits(rng, 7)}")
        wrap_pair(p, "Category", "Green - garment making (no washing or dyeing)")
        water = float(rng.choice([2500, 3750, 5000, 7500]))
        air = float(rng.choice([2500, 3750, 5000, 7500]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee remitted", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNPCB{digits(rng, 10)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"CTO/{digits(rng, 6)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, dates, hour=rng.random() < 0.5)
        p.part = "foot"
        p.add(
            "small",
            "The consent order will be issued after inspection by the District Environmental Engineer.",
        )
        return p.done()
    if frame == "tcmc":
        tax = k == 1
        p = browser_page(rng, font, f"tnurbanepay.tn.gov.in/receipt/{digits(rng, 12)}")
        p.part = "head"
        name = rng.choice(
            [
                "Tiruppur City Municipal Corporation",
                "TIRUPPUR CITY MUNICIPAL CORPORATION",
                "Tiruppur Corporation",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", f"TN Urban e-Pay  |  {'Property tax' if tax else 'Trade licence'}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": FEE_WORDS, "failed": ["Payment failed - amount not credited to corporation"]},
        )
        if tax:
            p.pair("Assessment No.", f"{rng.randrange(1, 60)}/{digits(rng, 5)}")
            wrap_pair(p, "Owner name", rng.choice([COMPANY, COMPANY_CAPS]))
            p.pair("Half year", rng.choice(["2026-27 / I", "2026-27 / II"]))
            ptax = float(rng.randrange(14000, 62000, 10))
            heads = [("Property tax", ptax), ("Library cess @ 10%", round(ptax * 0.1, 2))]
        else:
            p.pair("Licence No.", f"TPR/TL/{digits(rng, 6)}")
            wrap_pair(p, "Name of trader", rng.choice([COMPANY, COMPANY_CAPS]))
            heads = [("Trade licence fee - garment unit", float(rng.choice([6000, 9000, 12000])))]
            if rng.random() < 0.5:
                heads.append(("Name board fee", 1500.0))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = round(sum(fee for _, fee in heads), 2)
        p.pair(
            rng.choice(["Total amount", "Amount paid", "Net amount remitted"]), rs(j.amount), amount=j.amount
        )
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNUEP{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"{'PT' if tax else 'TL'}{digits(rng, 8)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, dates, hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if frame == "esic":
        p = browser_page(rng, font, f"portal.esic.gov.in/EmployerPortal/challan/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  e-Challan")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": FEE_WORDS, "pending": ["Challan generated - payment confirmation awaited from bank"]},
        )
        p.pair("Employer code", digits(rng, 17))
        wrap_pair(p, "Employer name", rng.choice([COMPANY, COMPANY_CAPS]))
        if not j.no_day:
            p.pair("Contribution period", j.month())
        staff = rng.randrange(60, 240)
        wages = float(rng.randrange(staff * 9000, staff * 14000, 10))
        p.pair("Employees covered", str(staff))
        p.pair("Total wages", rs(wages))
        er = round(wages * 0.0325, 2)
        ee = round(wages * 0.0075, 2)
        p.pair("Employer's share @ 3.25%", rs(er))
        p.pair("Employees' share @ 0.75%", rs(ee))
        j.amount = float(round(er + ee))
        lab = (
            "Challan amount"
            if status == "pending"
            else rng.choice(["Total contribution paid", "Challan amount"])
        )
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        if not j.no_ref:
            cno = digits(rng, 14)
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
            tno = f"ESIC{digits(rng, 12)}"
            p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
            if status == "success":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        date_row(
            p,
            j,
            ["Challan created on"] if status == "pending" else ["Challan paid date", "Date of payment"],
            PATS_IN,
        )
        p.part = "foot"
        p.add("small", "Contributions are due by the 15th of the month following the contribution period.")
        return p.done()
    if frame == "aepc":
        p = browser_page(rng, font, f"aepcindia.com/membership/payment-receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Apparel Export Promotion Council", "AEPC"])
        top(p, name, merchant=name)
        p.add("small", "Sponsored by the Ministry of Textiles  |  Membership and RCMC")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_WORDS})
        wrap_pair(p, "Member name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Membership No.", f"AEPC/TPR/{digits(rng, 5)}")
        fee = float(rng.choice([10000, 15000, 25000]))
        p.pair("Annual subscription 2026-27", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = fee + gst
        p.pair(rng.choice(["Total paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            pid = f"AEPC{digits(rng, 10)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"MEM/{digits(rng, 6)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Receipt date", "Payment date"], PATS_IN)
        p.part = "foot"
        p.add(
            "small", "Membership entitles the member to the RCMC and to participate in the Council's fairs."
        )
        return p.done()
    if frame == "lwb":
        p = browser_page(rng, font, f"lwb.tn.gov.in/contribution/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Labour Welfare Board", "TAMIL NADU LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare Fund contribution  |  Online receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_WORDS})
        wrap_pair(p, "Establishment", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Registration No.", f"LWB/CBE/{digits(rng, 5)}")
        p.pair("Contribution for", "Calendar year 2025")
        staff = rng.randrange(60, 260)
        p.pair(f"Employees' contribution: {staff} x 20.00", rs(staff * 20.0))
        p.pair(f"Employer's contribution: {staff} x 40.00", rs(staff * 40.0))
        j.amount = staff * 60.0
        p.pair(rng.choice(["Total contribution", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"LWB{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"R/{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, dates, PATS_IN)
        p.part = "foot"
        p.add("small", "Contribution is payable by the 31st of January every year.")
        return p.done()
    p = browser_page(rng, font, f"dish.tn.gov.in/licence/renewal/receipt/{digits(rng, 8)}")
    p.part = "head"
    name = rng.choice(
        [
            "Directorate of Industrial Safety and Health",
            "Directorate of Industrial Safety and Health, Tamil Nadu",
        ]
    )
    top(p, name, merchant=name)
    p.add("small", "Government of Tamil Nadu  |  Factory licence renewal")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": FEE_WORDS})
    wrap_pair(p, "Factory name", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("Name of occupier", "R. Senthilkumar, Director")
    p.pair("Licence No.", f"TPR/{digits(rng, 5)}/2019")
    workers = rng.randrange(120, 420)
    p.pair("Workers", str(workers))
    p.pair("Installed power", f"{rng.randrange(80, 400)} HP")
    fee = float(rng.choice([18000, 24500, 31000, 42000]))
    p.pair("Licence renewal fee (2027)", rs(fee))
    late = float(rng.choice([0, 0, 1500]))
    if late:
        p.pair("Late fee", rs(late))
    j.amount = fee + late
    p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Payment mode", way, method=way_method(way))
    if not j.no_ref:
        tid = f"DISH{digits(rng, 10)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
        p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    date_row(p, j, dates, hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Keep the renewed licence displayed at the factory's main gate.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    ("ECGC Ltd", "ecgc.in", "Shipments (Comprehensive Risks) Policy", "browser", "ecgc"),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Marine cargo open policy - exports",
        "paper",
        "marine",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Bharat Laghu Udyam Suraksha - factory and stock",
        "mail",
        "fire",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health insurance - workers",
        "browser",
        "health",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Money insurance - wage cash in transit",
        "mail",
        "money",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Package policy - staff bus",
        "browser",
        "bus",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Burglary - finished goods godown",
        "paper",
        "fire",
    ),
    ("Liberty General Insurance Ltd", "libertyinsurance.in", "Employees' compensation policy", "mail", "ec"),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its buyers' credit (ECGC), its export cargo, its factory and stock, its workers' health,
    the wage cash carried from the bank, the staff bus, the finished goods godown and its employees' compensation:
    premium receipts (browser, e-mail, printed at the divisional office: the insurer on top, the product line,
    PREMIUM RECEIPT / Receipt for premium received / PREMIUM ACKNOWLEDGEMENT, Insured name / Proposer / Policy
    holder, Policy No., Quote ref., ECGC's Declaration for and Value of shipments declared and Premium rate, the
    marine Turnover declared, Sum insured, Members covered, Estimated cash carried, Vehicle and IDV, Estimated annual
    wages, Period of insurance, Basic premium, an add-on, GST @ 18%, Premium received (incl. GST) / Total amount
    collected / Premium amount paid, Payment mode, Payment ref. No. / Transaction No., UPI Ref No. / Bank Ref. No.,
    Premium receipt No. / Receipt No., Cheque No., Receipt date / Premium received on / Payment date / Cheque
    received on / Transaction date / Attempted on; Premium received - receipt issued / Payment confirmed / CHEQUE
    ACCEPTED - COVER SUBJECT TO CLEARANCE / Payment unsuccessful - premium not received)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(rng, font, f"{short} <receipts@{host}>", ["Premium receipt", "Your premium receipt"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Divisional Office, Kumaran Road, Tiruppur", "Branch Office, PN Road, Tiruppur"]),
        )
    p.add(
        "center", rng.choice(["PREMIUM RECEIPT", "Receipt for premium received", "PREMIUM ACKNOWLEDGEMENT"])
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - receipt issued", "Payment confirmed"],
            "pending": ["CHEQUE ACCEPTED - COVER SUBJECT TO CLEARANCE"],
            "failed": ["Payment unsuccessful - premium not received"],
        },
    )
    wrap_pair(
        p, rng.choice(["Insured name", "Proposer", "Policy holder"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.choice(['00', '01', '11'])}/{digits(rng, 3)}",
        )
    p.pair("Quote ref.", f"QT{digits(rng, 9)}")
    if kind == "ecgc":
        if not j.no_day:
            p.pair("Declaration for", f"Shipments in {j.month()}")
        value = float(rng.randrange(4000000, 26000000, 1000))
        p.pair("Value of shipments declared", rs(value))
        rate = rng.choice([0.075, 0.085, 0.1])
        p.pair("Premium rate", f"{rate:.3f}%")
        basic = round(value * rate / 100, 2)
        addon = None
    elif kind == "marine":
        if not j.no_day:
            p.pair("Declaration for", f"Dispatches in {j.month()}")
        value = float(rng.randrange(5000000, 30000000, 1000))
        p.pair("Turnover declared", rs(value))
        basic = round(value * 0.0004, 2)
        addon = ("War and SRCC", round(value * 0.0001, 2))
    elif kind == "fire":
        value = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Sum insured", rs(value))
        basic = round(value * rng.uniform(0.0004, 0.0008), 2)
        addon = (rng.choice(["STFI cover", "Earthquake cover", "Terrorism cover"]), round(value * 0.00005, 2))
    elif kind == "health":
        n = rng.randrange(80, 260)
        p.pair("Members covered", f"{n} workers")
        basic = round(n * rng.uniform(1800, 2600), 2)
        addon = ("Maternity extension", round(n * 120.0, 2))
    elif kind == "money":
        value = float(rng.randrange(30000000, 90000000, 100000))
        p.pair("Estimated cash carried (year)", rs(value))
        basic = round(value * 0.00012, 2)
        addon = ("Cash in safe", round(float(rng.choice([850, 1200, 1600])), 2))
    elif kind == "bus":
        p.pair("Vehicle", f"TN-39-{rng.choice(['BX', 'CK', 'DA'])}-{digits(rng, 4)}")
        p.pair("IDV", rs(float(rng.randrange(900000, 2400000, 1000))))
        basic = round(rng.uniform(18000, 34000), 2)
        addon = ("Liability - 40 passengers", round(rng.uniform(9000, 16000), 2))
    else:
        wages = float(rng.randrange(12000000, 48000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * 0.0011, 2)
        addon = ("Medical expenses extension", round(wages * 0.00005, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 6)}")
    p.pair("Basic premium", rs(basic))
    extra = 0.0
    if addon:
        p.pair(addon[0], rs(addon[1]))
        extra = addon[1]
    gst = round((basic + extra) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + extra + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = ["Premium received (incl. GST)", "Total amount collected", "Premium amount paid"]
    if status == "failed":
        labels = ["Premium payable (incl. GST)", "Total premium due"]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method=way_method(way))
    if way == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if way != "Cheque":
            pid = f"{rng.choice(['PR', 'TX'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 11)
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Payment date"],
            "pending": ["Receipt date", "Cheque received on"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover is subject to realisation of the premium. Keep this receipt with the policy.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("AMARAVATHI EXPORT SURPLUS", "KHADERPET, TIRUPPUR", "shop"),
    ("SRI SAKTHI FUELS", "PALLADAM ROAD, TIRUPPUR", "fuel"),
    ("KONGU SEWING MACHINE SPARES", "RAYAPURAM, TIRUPPUR", "spares"),
    ("AMARAVATHI KNITS SAMPLE ROOM", "AVINASHI ROAD, TIRUPPUR", "shop"),
    ("HOTEL NOYYAL GRAND", "PN ROAD, TIRUPPUR", "hotel"),
    ("AMARAVATHI EXPORT SURPLUS", "TIRUPPUR TN", "shop"),
    ("KOVAI SAMPLE COURIERS", "KUMARAN ROAD, TIRUPPUR", "courier"),
    ("VELAVAN PETROLEUM", "KANGEYAM ROAD, TIRUPPUR", "fuel"),
]
TERMINALS = [
    "KARUR VYSYA BANK",
    "BPCL",
    "PINE LABS",
    "INDIAN BANK",
    "HDFC BANK",
    "CITY UNION BANK",
    "EZETAP",
    "INDIANOIL",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Stock-lot buyers' cards on the surplus counter's and the sample room's terminals and the company's card at
    fuel stations, a sewing machine spares shop, the hotel where buyers' QC staff stay and a sample courier:
    terminal slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in
    capitals, DATE: and TIME: / TXN DT: and TXN TM: / DATE/TIME:, MID:, TID:, BATCH:, STAN:, BILL NO: / INVOICE NO:,
    SALE / CARD SALE, CARD:, CARD TYPE:, ENTRY:, a fuel sale's PUMP:, PRODUCT:, RATE(RS/L): and VOL(L):, a hotel's
    FOLIO NO:, a courier's AWB NO:, APPR CODE: / AUTH CODE:, RRN: / REF NO:, AMOUNT: / SALE TOTAL: / TXN AMOUNT:;
    APPROVED / TRANSACTION SUCCESSFUL / DECLINED - 55 INCORRECT PIN / HOST TIMEOUT - VERIFY BEFORE REPEATING SALE)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=600, high=65000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2000, 12000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 14800, 0.5)
    elif kind in ("spares", "courier"):
        j.amount = rupees(rng, 650, 18000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "SWIPE"]))
    if kind == "fuel":
        rate = round(rng.uniform(92.1, 94.9), 2)
        p.pair("PUMP:", str(rng.randrange(1, 9)))
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE(RS/L):", f"{rate:.2f}")
        p.pair("VOL(L):", f"{j.amount / rate:.2f}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", str(rng.randrange(2100, 9800)))
    elif kind == "courier":
        p.pair("AWB NO:", digits(rng, 10))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "SALE TOTAL:", "TXN AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - VERIFY BEFORE REPEATING SALE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband, phone and water bills


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service No."),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    (
        "Tiruppur City Municipal Corporation - Water",
        "Tiruppur City Municipal Corporation",
        "Water connection No.",
    ),
]
BILL_APPS = ["KVB DLite", "TNPDCL", "PhonePe", "IOB Mobile", "TNPDCL", "Google Pay", "Paytm", "IndOASIS"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stitching unit's and head office's electricity (TNPDCL), the office broadband (ACT Fibernet), the
    directors' postpaid phones (Airtel) and the unit's water (Tiruppur City Municipal Corporation) through Bharat
    Connect in banking and UPI apps (the app on top, Biller / Biller name / Service provider / Operator as printed,
    Service No. / Account No. / Mobile No. / Water connection No., Consumer name / Customer name, Bill date and Due
    date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Txn ID / B-Connect Ref No., UPI Ref No.,
    Transaction ID on the failed one, Paid on / Transaction date & time; Bill payment successful / Payment done /
    Payment under process - biller confirmation pending / Bill payment failed - refund initiated) and TNPDCL's own
    e-receipt pages (the corporation on top, Service No., Region, Section, Consumer name, Bill cycle, Amount paid,
    Payment mode, Transaction ID, Receipt No., Payment date / Paid on; Payment successful / Receipt generated)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1500, high=240000)
    which = [0, 0, 2, 3, 0, 0, 1, 0][k]
    short, long, idlab = BILLERS[which]
    if which in (1, 2):
        j.amount = rupees(rng, 499, 6800, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 900, 9600, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Service No.": f"04-{rng.randrange(100, 999)}-{rng.randrange(1, 99):03d}-{digits(rng, 4)}",
        "Account No.": f"1{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Water connection No.": f"TCMC/W/{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnpdcl.org/online-payment/e-receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment - LT service  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Receipt generated"]})
        p.pair(idlab, ids)
        p.pair("Region", "Coimbatore")
        p.pair("Section", rng.choice(["Mudalipalayam", "Avinashi Road", "Tiruppur North"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill cycle", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TN{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 10)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be updated against the service connection within 24 hours.")
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
            "success": ["Bill payment successful", "Payment done"],
            "pending": ["Payment under process - biller confirmation pending"],
            "failed": ["Bill payment failed - refund initiated"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long]) if which != 3 else short
    lab = "Operator" if which in (1, 2) else rng.choice(["Biller", "Biller name", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Consumer name", "Customer name"]), rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -20, -4))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['KV', 'PP', 'GP', 'IO', 'IB'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Txn ID", "B-Connect Ref No."]), bc, txn=(BANK_RANK, bc))
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
    "VEERAPANDI PROCESS HO",
    "SRI KUMARAN SPINNING",
    "SELVI MURUGESAN",
    "KAVERI SCREEN PRINTE",
    "LAKSHMI ROADWAYS",
    "TNPDCL",
    "ANNAMALAI POLY PACKS",
    "ESIC",
]
SENDERS = {
    "Indian Bank": "AD-INDBNK",
    "Indian Overseas Bank": "VM-IOBANK",
    "Karur Vysya Bank": "JD-KVBANK",
    "City Union Bank": "AX-CUBLTD",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender AD-INDBNK / VM-IOBANK
    / JD-KVBANK / AX-CUBLTD, the day divider, each bank's own wording: "Your A/c *1234 is debited with Rs.x on <day>
    for <way> to <payee>.", "Rs.x debited from a/c no. XXXXX1234 on <day> and credited to <payee> via <way>.", "INR
    x has been debited from your KVB A/c XX1234 on <day> for <way> transfer to <payee>.", "Dear Customer, your A/c
    XXX1234 is debited for Rs x on <day> - <way> to <payee>."; a transfer that "could not be completed and has been
    REVERSED to your A/c" and one that "is under process. Credit status will be updated shortly") and two e-mail
    debit alerts (Amount debited / Debit amount (INR), Paid to / Beneficiary, Account, Channel, UTR No. / IMPS Ref
    No., Date of transaction / Value date, Status: Success / Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=850000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 1800, 26000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 8000, 240000)
    elif k == 7:
        j.amount = rupees(rng, 40000, 320000)
    if k in (0, 4):
        bank = rng.choice(["Indian Bank", "Karur Vysya Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{'indianbank.in' if bank == 'Indian Bank' else 'kvbmail.co.in'}>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Debit amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date of transaction", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Success", "Transaction status: Completed"]), status="success")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password with anyone, including bank staff.")
        return p.done()
    bank = rng.choice(list(SENDERS))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else "NEFT"
    elif k == 2:
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Indian Bank":
            p.add("left", f"Your A/c *{tail} is debited with Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Indian Overseas Bank":
            p.add("left", f"Rs.{amt} debited from a/c no. XXXXX{tail}{on}", amount=j.amount)
            p.add("left", f"and credited to {to} via {way}.", merchant=to, method=method)
        elif bank == "Karur Vysya Bank":
            p.add("left", f"INR {amt} has been debited from your KVB A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Dear Customer, your A/c XXX{tail} is debited for Rs {amt}{on}", amount=j.amount)
            p.add("left", f"- {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "could not be completed and has been REVERSED to your A/c.",
            "pending": "is under process. Credit status will be updated shortly.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref no", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal Rs.{rupees(rng, 40000, 4800000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not you? Call 1800 425 0000 at once", "If not done by you, report to the bank"]),
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout206 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a cashew processing factory's day in 2026 (Phalguni Cashew Industries Pvt Ltd, its
factory in the Baikampady Industrial Area, its peeling and grading unit at Mulki and its retail shop, Phalguni
Cashew Mart, on Balmatta Road, Hampankatta, Mangaluru, Karnataka), told by the proofs of payment it receives and
makes: dry fruit wholesalers', sweet makers', bakers', a snack maker's and an ice cream maker's payment advices for
kernels, the shop's customers' UPI screens and payment links, overseas importers' inward wires for kernels in US
dollars, euros, pounds and UAE dirhams, its outward wires for raw cashew nuts to shippers in Tanzania, Cote
d'Ivoire, Ghana, Benin, Guinea-Bissau, Mozambique, Nigeria and Togo, its own receipts for shell, pieces, gift packs
and wedding orders, the tin maker's, the carton maker's and the clearing agent's invoices and the corporate
net-banking transfers to them, the women workers' weekly wage vouchers, bulk wage records and UPI advances, EPFO's,
ESIC's, the city corporation's, the pollution control board's, Khajane-II's and the Cashew Export Promotion
Council's fee and challan pages, insurers' premium receipts for the nuts at sea, the kernels' buyers abroad, the
stock, the workers' gratuity and accident cover, the cash in transit and the shop, card terminal slips, MESCOM's
power and the water, phone and broadband bills, and the bank's SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, invoices listed on an advice, grades, tins, kilos, rates, KOR, vendor, PO, contract, proforma,
bill of lading, bill of entry, container, job, export invoice and shipping bill numbers, TDS, claim, discount,
GST, cess and charge lines, INR values on the wires, exchange rates, GSTIN, IFSC, BIC, IBAN, UETR, purpose codes,
token, UAN, membership, RCMC, licence, PID, application, establishment, employer, account, RR, consumer and policy
numbers, wage weeks, contribution periods, bill months, due days, cheque numbers and days, sums insured, voyages,
lives covered, MID, TID, batch, STAN, pump and folio numbers, file names, the initiator and the authoriser and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` heldout202's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
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

COMPANY = "Phalguni Cashew Industries Pvt Ltd"
COMPANY_CAPS = "PHALGUNI CASHEW INDUSTRIES PVT LTD"
SHORT = "Phalguni Cashews"
SHOP = "Phalguni Cashew Mart"
# unit, address, GST state code
UNITS = [
    ("Factory - Baikampady", "Plot 41-B, Baikampady Industrial Area, Mangaluru - 575011, Karnataka", "29"),
    ("Peeling and grading unit - Mulki", "Sy. No. 118/2, Kinnigoli Road, Mulki - 574154, Karnataka", "29"),
    ("Retail shop - Hampankatta", "Shop 3, Kodialbail Complex, Balmatta Road, Mangaluru - 575001", "29"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "Canara Bank",
    "Karnataka Bank",
    "State Bank of India",
    "Union Bank of India",
    "Bank of Baroda",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Federal Bank",
    "South Indian Bank",
]
IFSC = {
    "Canara Bank": "CNRB",
    "Karnataka Bank": "KARB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "Kotak Mahindra Bank": "KKBK",
}
DOMAINS = {
    "Canara Bank": "canarabank.com",
    "Karnataka Bank": "karnatakabank.com",
    "State Bank of India": "sbi.co.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Federal Bank": "federalbank.co.in",
}
# grade, rate per kg (low, high)
GRADES = [
    ("W180 (king size)", 1180, 1320),
    ("W240", 960, 1060),
    ("W320", 860, 950),
    ("W450", 800, 880),
    ("Splits (JH)", 720, 800),
    ("LWP (large white pieces)", 700, 780),
    ("SWP (small white pieces)", 610, 690),
    ("BB (baby bits)", 450, 520),
]
RATES = {"USD": (85.6, 88.9), "EUR": (93.4, 97.8), "GBP": (108.6, 113.9), "AED": (23.3, 24.2)}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Bill To / Client / Importer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CNRB")
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


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for dollars, euros and pounds, the code for dirhams."""
    if cur != "AED":
        return fx(rng, font, cur)

    def show(value: float) -> str:
        return f"AED {value:,.2f}"

    return show


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-{rng.choice('89ab')}{code(rng, 3, HEXA)}"
    return f"{head}-{code(rng, 12, HEXA)}"


def upi_id(rng: random.Random, name: str) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    return f"{base}{rng.choice(['', '1', '.mlr'])}@{rng.choice(['cnrb', 'kbl', 'ybl', 'okaxis', 'oksbi'])}"


# ---------------------------------------------------------------- 1. kernel buyers' payment advices


BUYERS = [
    ("Lakhotia Dry Fruits Pvt Ltd", "accounts@lakhotiadryfruits.in", "Khari Baoli, Delhi"),
    ("Annapoorna Mithai Bhandar Pvt Ltd", "payables@annapoornamithai.in", "Sowcarpet, Chennai"),
    ("Crawford Dry Fruit Co.", "crawforddryfruit.ac@gmail.com", "Masjid Bunder, Mumbai"),
    ("Kovai Bakers & Confectioners Ltd", "vendorpay@kovaibakers.com", "Gandhipuram, Coimbatore"),
    ("Sarafa Dry Fruit Mart", "sarafadryfruit@gmail.com", "Sarafa Bazar, Indore"),
    ("Greenleaf Snacks Pvt Ltd", "ap@greenleafsnacks.in", "Peenya Industrial Area, Bengaluru"),
    ("Ambika Ice Creams Pvt Ltd", "finance@ambikaicecreams.co.in", "Aji GIDC, Rajkot"),
    ("Osmangunj Meva Traders", "accounts@osmangunjmeva.in", "Osmangunj, Hyderabad"),
]
BUYER_FRAMES = ["mail", "portal", "paper", "paper", "mail", "portal", "paper", "mail"]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Dry fruit wholesalers, sweet makers, a bakery, a snack maker and an ice cream maker paying for tins of
    kernels: a remittance e-mail, a printed REMITTANCE ADVICE / VENDOR PAYMENT ADVICE - CASHEW KERNELS and a buyer's
    vendor portal page (the buyer on top, Payment in favour of / Vendor name / Remitted to the company, Vendor code
    and Our PO ref. (no fact), the company's invoices with grade and tins, Invoices total / Gross payable, Less: TDS
    u/s 194Q @ 0.1%, Less: Quality claim - broken kernels / Less: Short weight / Less: Cash discount @ 1% on some, Net
    amount remitted / Net paid to vendor / Amount transferred (Net amount due / Net payable on the hold), Mode /
    Payment mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR / NEFT UTR No. / Bank UTR / IMPS Ref No., Payment doc. No.
    / Remittance advice No., Payment date / Remitted on / Value date / Advice date / Date of advice / Returned on /
    Date of return; Status: Remitted to vendor / Payment processed / Payment blocked - moisture test report awaited /
    Payment returned - vendor account frozen)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    buyer, mail, city = BUYERS[k]
    frame = BUYER_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Payables <{mail}>",
            ["Remittance details", f"Payment released - {SHORT}", "Vendor payment - cashew kernels"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/remittance/{digits(rng, 9)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small", f"{rng.choice(['Accounts payable', 'Purchase - dry fruits', 'Finance & accounts'])}, {city}"
    )
    p.add(
        "center",
        rng.choice(["REMITTANCE ADVICE", "VENDOR PAYMENT ADVICE - CASHEW KERNELS", "Payment details"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Payment in favour of", "Vendor name", "Remitted to"]), payee, merchant=payee)
    p.pair("Vendor code", f"V{digits(rng, 6)}")
    p.pair("Our PO ref.", f"PO/{rng.choice(['DF', 'RM', 'PUR'])}/{rng.randrange(100, 9999)}")
    p.add(
        "left",
        rng.choice(["Invoices settled", "Against your invoices"]) if status == "success" else "Invoices",
    )
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        grade, lo, hi = rng.choice(GRADES)
        tins = rng.randrange(4, 60)
        value = round(tins * 10 * rng.randrange(lo, hi) * 1.05, 2)
        gross += value
        p.pair(
            f"PCI/DK/{rng.randrange(1, 999):04d}/{fy(j.date)}  {grade.split()[0]} x {tins} tins", rs(value)
        )
    gross = round(gross, 2)
    p.pair(rng.choice(["Invoices total", "Gross payable"]), rs(gross))
    tds = round(gross / 1.05 * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    if rng.random() < 0.5:
        kind = rng.choice(
            [
                "Less: Quality claim - broken kernels",
                "Less: Short weight (2 tins)",
                "Less: Cash discount @ 1%",
            ]
        )
        cut = round(gross * 0.01, 2) if "1%" in kind else float(rng.choice([1250, 2400, 3800, 5600]))
        p.pair(kind, rs(cut))
    j.amount = round(gross - tds - cut, 2)
    if status == "pending":
        lab = rng.choice(["Net amount due", "Net payable"])
    elif status == "failed":
        lab = rng.choice(["Net amount remitted", "Net paid to vendor"])
    else:
        lab = rng.choice(["Net amount remitted", "Net paid to vendor", "Amount transferred"])
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", f"{rng.choice(BANKS[:3])} XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", f"{way} UTR No.", "Bank UTR"])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RA', 'VP', 'PD'])}{j.date:%y}{digits(rng, 6)}"
        p.pair(rng.choice(["Payment doc. No.", "Remittance advice No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Remitted to vendor", "Payment processed"],
            "pending": ["Payment blocked - moisture test report awaited"],
            "failed": ["Payment returned - vendor account frozen"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Remitted on", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "System generated advice. Quality claims, if any, are settled against the next supply.")
    return p.done()


# ---------------------------------------------------------------- 2. the shop's UPI screens and payment links


SHOP_APPS = ["PhonePe", "Google Pay", "Instamojo", "Paytm", "CRED", "Navi", "Cashfree", "BHIM"]
SHOP_PAYERS = [
    "Deepa Shenoy",
    "Raghavendra Bhat",
    "Mogaveera Caterers, Bejai",
    "Fathima Rizwana",
    "Joseph D'Souza",
    "Ganesh Stores, Surathkal",
    "Sharada Prabhu, Udupi",
    "Ravi Kamath",
]
SHOP_NOTES = [
    "W240 - 1 kg",
    "Roasted salted 500 g",
    "Diwali gift boxes x 12",
    "Cashew pieces 2 kg",
    "Kaju masala 250 g x 4",
    "Wedding order - advance",
    "Honey roasted cashews x 3",
]


def shop_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The retail shop's customers, caterers and small stores paying at the counter or online: six UPI screens
    (PhonePe, Google Pay, Paytm, CRED, Navi, BHIM: the shop under Paid to / To / Sent to / Payment to, its UPI ID,
    the sum large, Note / Message / Purpose, UPI Ref. No. / UPI transaction ID / UTR / UPI reference ID, the app's
    own Transaction ID on some, Debited from / From / Paid from, Date & time / Paid on / Completed on / Initiated on;
    Payment failed - bank declined the transaction / Transaction pending - awaiting bank response) and two payment
    links (Instamojo, Cashfree: the shop on top, Buyer / Paid by / Customer name, Purpose of payment / Item, Payment
    ID MOJO... / Order ID and CF Payment ID, UPI Ref. No. / Bank reference (UTR) or Auth code, Paid on / Payment
    date / Transaction time; Payment successful / Payment received)."""
    k = place("shop_upi")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=180, high=48000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Instamojo", "Cashfree"):
        to = rng.choice([SHOP, SHORT, SHOP.upper()])
        url = (
            f"imjo.in/{code(rng, 6, ALNUM + LOWER)}"
            if app == "Instamojo"
            else f"payments.cashfree.com/forms/phalgunicashews/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Cashew kernels, roasted and flavoured", "Balmatta Road, Hampankatta, Mangaluru"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        way = rng.choice(["UPI", "card"])
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Buyer", "Paid by", "Customer name"]), SHOP_PAYERS[k])
        wrap_pair(p, rng.choice(["Purpose of payment", "Item"]), rng.choice(SHOP_NOTES))
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Instamojo":
                pid = f"MOJO{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 2)}"
                pid += f"{code(rng, 1, UPPER)}{digits(rng, 8)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                oid = f"PCM{digits(rng, 9)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                cf = digits(rng, 10)
                p.pair("CF Payment ID", cf, txn=(TXN_RANK, cf))
            if way == "UPI":
                lab = "UPI Ref. No." if app == "Instamojo" else "Bank reference (UTR)"
                p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add(
            "small", "Payments powered by Instamojo" if app == "Instamojo" else "Secured by Cashfree Payments"
        )
        return p.done()
    to = rng.choice([SHOP, SHOP.upper(), SHORT])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Navi": "Navi UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent"],
            "failed": ["Payment failed - bank declined the transaction"],
            "pending": ["Transaction pending - awaiting bank response"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Payment to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", upi_id(rng, SHOP), method="UPI")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Purpose"]), rng.choice(SHOP_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI Ref. No.", "UPI transaction ID", "UTR", "UPI reference ID"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm", "CRED", "Navi") and rng.random() < 0.6:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "CRED": f"CRD{code(rng, 14, ALNUM)}",
                "Navi": f"NAVI{digits(rng, 15)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From", "Paid from"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Split bill  |  Share"]))
    return p.done()


# ---------------------------------------------------------------- 3. overseas importers' inward wires for kernels


IMPORTERS = [
    ("Sahara Nuts & Dried Fruits Trading LLC", "Al Ras, Deira, Dubai, UAE", "AED", "Mashreq Bank PSC"),
    ("Pacific Coast Nut Company Inc", "Fresno, CA, USA", "USD", "Wells Fargo Bank NA"),
    ("Van der Berg Noten BV", "Zaandam, Netherlands", "EUR", "ABN AMRO Bank NV"),
    ("Haruna Shokuhin Co., Ltd.", "Yokohama, Japan", "USD", "Mizuho Bank, Ltd."),
    ("Midlands Wholefoods Ltd", "Birmingham, United Kingdom", "GBP", "Barclays Bank UK plc"),
    ("Al Jazeera Roastery Co.", "Jeddah, Saudi Arabia", "USD", "The Saudi National Bank"),
    ("Nordsee Trockenfruechte GmbH", "Hamburg, Germany", "EUR", "Hamburger Sparkasse AG"),
    ("Great Lakes Snack Foods Inc", "Toledo, OH, USA", "USD", "The Huntington National Bank"),
]
INWARD_BANKS = [
    ("Canara Bank", "paper"),
    ("Karnataka Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Federal Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Canara Bank", "browser"),
    ("HDFC Bank", "paper"),
    ("Karnataka Bank", "mail"),
]
BRANCHES = {
    "Canara Bank": "Overseas Branch, Light House Hill Road, Mangaluru",
    "Karnataka Bank": "Forex Department, Head Office, Kankanady, Mangaluru",
    "State Bank of India": "Trade Finance CPC, Hampankatta, Mangaluru",
    "Federal Bank": "International Banking Centre, Balmatta, Mangaluru",
    "Axis Bank": "Trade Services, Bendoorwell, Mangaluru",
    "HDFC Bank": "Forex Desk, Kodialbail, Mangaluru",
}


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in the Gulf, the US, Europe, Britain and Japan paying for containers of kernels in US dollars,
    euros, pounds and UAE dirhams: the banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE
    ADVICE - EXPORT PROCEEDS / Credit advice - foreign inward remittance / e-FIRA - foreign inward remittance advice:
    the bank on top with its branch, Credited to (exporter) / Name of exporter / Beneficiary customer the company,
    Account credited, Ordering customer / Remitter, Sender's bank / Remitting bank, Inward amount (FCY) / Amount in
    foreign currency / Remitted amount (FCY), Exchange rate applied, INR value, Bank charges (incl. GST), Net amount
    credited (INR), Purpose code, Export invoice No., Shipping bill No., Mode, Inward ref. No. / Our reference /
    Inward remittance ref., UETR, Value date / Credit date / Date of credit / Received on / Held on / Returned on /
    Return date; Export proceeds realised - credited to current account / Status: Credited / Under compliance
    review - purpose code confirmation awaited / Returned to remitting bank - account name differs)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, pbank = IMPORTERS[k]
    if cur == "AED":
        j.amount = (
            round(rng.uniform(30000, 420000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(30, 420) * 1000)
        )
    else:
        j.amount = (
            round(rng.uniform(9000, 160000), 2)
            if rng.random() < 0.6
            else float(rng.randrange(90, 1600) * 100)
        )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = INWARD_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.mangaluru@{slug(bank)}>",
            [
                "Inward remittance - credit advice",
                "Export proceeds received",
                "Foreign inward remittance advice",
            ],
        )
    elif frame == "browser":
        host = slug(bank).split(".")[0]
        p = browser_page(rng, font, f"tradeportal.{host}.in/irm/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", BRANCHES[bank])
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Credit advice - foreign inward remittance",
                "e-FIRA - foreign inward remittance advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds realised - credited to current account", "Status: Credited"],
            "pending": ["Under compliance review - purpose code confirmation awaited"],
            "failed": ["Returned to remitting bank - account name differs"],
        },
    )
    wrap_pair(
        p, rng.choice(["Credited to (exporter)", "Name of exporter", "Beneficiary customer"]), me, merchant=me
    )
    p.pair("Account credited", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Sender's bank", "Remitting bank"]), pbank)
    p.pair(
        rng.choice(["Inward amount (FCY)", "Amount in foreign currency", "Remitted amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR value", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 1000])) * 1.18, 2)
    p.pair("Bank charges (incl. GST)", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    p.pair("Export invoice No.", f"PCI/EXP/{rng.randrange(1, 199):03d}/{fy(j.date)}")
    if rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT (MT 103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["Inward ref. No.", "Our reference", "Inward remittance ref."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed":
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Date of credit"],
            "pending": ["Received on", "Held on"],
            "failed": ["Returned on", "Return date"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add("small", "Link this inward remittance to the shipping bill in EDPMS to obtain the e-BRC.")
    return p.done()


# ---------------------------------------------------------------- 4. outward wires for raw cashew nuts


SHIPPERS = [
    ("Mtwara Agro Commodities Ltd", "Mtwara, Tanzania", "USD", "CRDB Bank PLC", "TZ"),
    ("Abidjan Noix de Cajou SARL", "Abidjan, Cote d'Ivoire", "EUR", "Societe Generale Cote d'Ivoire", "CI"),
    ("Tema Cashew Exporters Ltd", "Tema, Ghana", "USD", "Ecobank Ghana PLC", "GH"),
    ("Cotonou Agri Trade SA", "Cotonou, Benin", "EUR", "Bank of Africa Benin", "BJ"),
    ("Bissau Caju Export Lda", "Bissau, Guinea-Bissau", "USD", "Banco da Africa Ocidental", "GW"),
    ("Nacala Nut Traders Lda", "Nacala, Mozambique", "USD", "Millennium bim", "MZ"),
    ("Ogbomosho Produce Merchants Ltd", "Apapa, Lagos, Nigeria", "USD", "Zenith Bank PLC", "NG"),
    ("Lome Cashew Sourcing SARL", "Lome, Togo", "EUR", "Orabank Togo", "TG"),
]
ORIGINS = {
    "TZ": "Tanzania",
    "CI": "Ivory Coast",
    "GH": "Ghana",
    "BJ": "Benin",
    "GW": "Guinea-Bissau",
    "MZ": "Mozambique",
    "NG": "Nigeria",
    "TG": "Togo",
}


def rcn_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying African shippers for raw cashew nuts (advances against contracts and payments against
    shipping documents) in US dollars and euros: the bank's outward remittance advices (browser, e-mail, printed
    OUTWARD REMITTANCE ADVICE - IMPORT PAYMENT / Debit advice - foreign outward remittance / Import remittance -
    payment advice: the bank on top with its branch, Beneficiary (shipper) / Paid to (overseas supplier) / Beneficiary
    name the shipper, Beneficiary address, Beneficiary's bank, SWIFT code, IBAN or Account No., Intermediary bank,
    Ordering customer / Applicant the company, Remittance amount / Transfer amount (FCY) / Amount remitted (FCY),
    Exchange rate (card), INR value / Rupee value, Commission in lieu of exchange, SWIFT charges, GST on FX
    conversion, Total debited to account (INR) / Total to be debited (INR), Purpose code, Goods (origin, crop, KOR,
    tonnes), Contract No., Proforma invoice No. or Bill of Lading No., Mode, OWR No. / Outward ref. No. / Remittance
    reference, UETR, Remittance date / Value date / Date of debit / Request date / Application date / Returned on /
    Date of return; Remittance sent - MT103 issued to beneficiary bank / Status: Funds remitted / Transfer effected /
    Pending - Bill of Lading copy and Form A1 awaited / Returned by intermediary bank - beneficiary account not
    found)."""
    k = place("rcn_wires")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    seller, city, cur, sbank, country = SHIPPERS[k]
    j.amount = (
        round(rng.uniform(15000, 220000), 2) if rng.random() < 0.5 else float(rng.randrange(150, 2200) * 100)
    )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4)
    bank = rng.choice(["Canara Bank", "Karnataka Bank", "State Bank of India", "Federal Bank", "Axis Bank"])
    frame = ["browser", "mail", "paper"][k % 3]
    advance = status != "pending" and rng.random() < 0.4
    if frame == "browser":
        host = slug(bank).split(".")[0]
        p = browser_page(rng, font, f"tradeportal.{host}.in/owr/advice/{code(rng, 9, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.mangaluru@{slug(bank)}>",
            ["Outward remittance - debit advice", "Import payment advice", "Foreign outward remittance"],
        )
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", BRANCHES[bank])
    p.add(
        "center",
        rng.choice(
            [
                "OUTWARD REMITTANCE ADVICE - IMPORT PAYMENT",
                "Debit advice - foreign outward remittance",
                "Import remittance - payment advice",
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
                "Remittance sent - MT103 issued to beneficiary bank",
                "Status: Funds remitted",
                "Transfer effected",
            ],
            "pending": ["Pending - Bill of Lading copy and Form A1 awaited"],
            "failed": ["Returned by intermediary bank - beneficiary account not found"],
        },
    )
    payee = seller.upper() if rng.random() < 0.3 else seller
    wrap_pair(
        p,
        rng.choice(["Beneficiary (shipper)", "Paid to (overseas supplier)", "Beneficiary name"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary address", city)
    wrap_pair(p, "Beneficiary's bank", sbank)
    p.pair("SWIFT code", f"{code(rng, 4, UPPER)}{country}{code(rng, 2, UPPER)}")
    if country in ("CI", "BJ", "TG", "GW"):
        p.pair(
            "IBAN",
            f"{country}{digits(rng, 2)} {code(rng, 1, UPPER)}{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 12)}",
        )
    else:
        p.pair("Account No.", digits(rng, rng.choice([12, 13, 14])))
    wrap_pair(
        p,
        "Intermediary bank",
        rng.choice(["Citibank NA, New York", "Standard Chartered Bank, New York"])
        if cur == "USD"
        else rng.choice(["Deutsche Bank AG, Frankfurt", "Commerzbank AG, Frankfurt"]),
    )
    wrap_pair(p, rng.choice(["Ordering customer", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Remittance amount", "Transfer amount (FCY)", "Amount remitted (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Exchange rate (card)", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR value", "Rupee value"]), f"{inr:,.2f}")
    comm = round(min(max(inr * 0.00125, 500), 15000), 2)
    swift = float(rng.choice([500, 750, 1000]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission in lieu of exchange", f"{comm:,.2f}")
    p.pair("SWIFT charges", f"{swift:,.2f}")
    p.pair("GST on FX conversion", f"{gst:,.2f}")
    total_lab = "Total to be debited (INR)" if status == "pending" else "Total debited to account (INR)"
    p.pair(total_lab, f"{inr + comm + swift + gst:,.2f}")
    p.pair(
        "Purpose code",
        "S0101 - advance against imports" if advance else "S0102 - import settlement",
    )
    mt = rng.choice([26, 52, 78, 104])
    kor = rng.choice([46, 47, 48, 49, 50, 51])
    wrap_pair(
        p,
        "Goods",
        f"Raw cashew nuts in shell, {ORIGINS[country]} origin, 2026 crop, KOR {kor} lbs, approx. {mt} MT",
    )
    p.pair("Contract No.", f"PCI/RCN/{rng.randrange(1, 90):02d}/{fy(j.date)}")
    if advance:
        p.pair("Proforma invoice No.", f"{code(rng, 3, UPPER)}-{rng.randrange(100, 9999)}")
    elif status != "pending":
        p.pair("Bill of Lading No.", f"{rng.choice(['MEDU', 'MAEU', 'CMDU'])}{digits(rng, 7)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "Wire transfer (SWIFT)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWR', 'FOR', 'ORM'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["OWR No.", "Outward ref. No.", "Remittance reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date", "Date of debit"],
            "pending": ["Request date", "Application date"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add("small", "Close this remittance in IDPMS with the Bill of Entry filed at New Mangalore (INNML1).")
    return p.done()


# ---------------------------------------------------------------- 5. the company's own receipts


# party, what it paid for, the unit that writes the receipt, the bill's range
PARTIES = [
    ("Coastal CNSL Industries, Baikampady", "Cashew shell - 24.6 MT (2 lorries)", 0, 246000, 394000),
    ("Udupi Bakery Supplies", "SWP and BB pieces - 12 tins", 0, 54000, 83000),
    ("Smt. Leela Rao, Kadri", "Wedding order - 60 gift boxes", 2, 39000, 54000),
    ("Karavali Ice Cream Co., Puttur", "LWP pieces - 25 tins", 0, 184000, 205000),
    ("Kadri Sweet House", "W320 and splits - 12 tins", 2, 100000, 120000),
    (
        "Konkan Cashew Shell Oil Pvt Ltd, Kumta",
        "Cashew shell - 6.8 MT (lorry KA-19-AC-4421)",
        0,
        68000,
        95000,
    ),
    ("Mangala Stores, Kankanady", "Roasted and salted packs - 16 cartons", 2, 90000, 110000),
    ("Shri Durga Caterers, Bantwal", "Festival gift packs - advance", 2, 40000, 160000),
]
RECEIPT_WAYS = ["RTGS", "cash", "UPI", "-", "NEFT", "UPI", "-", "cash"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own OFFICIAL RECEIPT / RECEIPT - SHELL AND HUSK SALES / RECEIPT / ADVANCE RECEIPT - FESTIVAL
    GIFT PACKS to CNSL plants buying shell, bakeries and ice cream makers buying pieces, sweet shops, stores and
    caterers (paper: the company on top with its line, the factory's or the shop's address and GSTIN; Receipt No. /
    Rect. No. / O.R. No., Date / Dated / Receipt date, Received from M/s / Customer / Paid by (party) (no fact),
    Towards, Towards invoice No. (no fact), Invoice value / Order value, Cash received / Received in cash / Received
    by UPI / UPI amount received / Received by NEFT / RTGS / Amount received through NEFT / RTGS / Cheque amount /
    Amount of cheque or Amount received / Sum received, Balance due, Mode of payment, UPI Ref. No. / UTR No., Cheque
    No., Drawn on and Cheque date; RECEIVED WITH THANKS / PAYMENT ACKNOWLEDGED / AMOUNT RECEIVED - THANK YOU / CHEQUE
    DEPOSITED - CREDIT AFTER CLEARING / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, the rubber stamp) and two of the
    accounts desk's payment acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    party, towards, unit, low, high = PARTIES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=low, high=high, p_round=0.7)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    way = "cheque" if RECEIPT_WAYS[k] == "-" else RECEIPT_WAYS[k]
    bill = j.amount
    if "advance" in towards or (way not in ("RTGS", "cash") and rng.random() < 0.4):
        j.amount = float(round(bill * rng.uniform(0.3, 0.8), -3))
    if k in (4, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@phalgunicashews.in>",
            ["Payment acknowledgement", "Receipt for your payment", "Payment received - thank you"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{UNITS[unit][0]}  |  Accounts department")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Processors and exporters of cashew kernels",
            UNITS[unit][1],
            UNITS[unit][2],
            ["OFFICIAL RECEIPT", "RECEIPT - SHELL AND HUSK SALES" if "shell" in towards else "RECEIPT"]
            if "advance" not in towards
            else ["ADVANCE RECEIPT - FESTIVAL GIFT PACKS"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['OR', 'RC', 'PCI'])}/{rng.randrange(1, 2999):04d}/{fy(j.date)}"
        p.pair(rng.choice(["Receipt No.", "Rect. No.", "O.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from M/s", "Customer", "Paid by (party)"]), party)
    wrap_pair(p, "Towards", towards)
    if "advance" not in towards:
        p.pair("Towards invoice No.", f"PCI/DS/{rng.randrange(1, 2999):04d}/{fy(j.date)}")
    part = j.amount < bill
    p.pair("Order value" if "advance" in towards else "Invoice value", rs(bill))
    lab = {
        "cash": rng.choice(["Cash received", "Received in cash"]),
        "UPI": rng.choice(["Received by UPI", "UPI amount received"]),
        "NEFT": rng.choice(["Received by NEFT", "Amount received through NEFT"]),
        "RTGS": rng.choice(["Received by RTGS", "Amount received through RTGS"]),
        "cheque": rng.choice(["Cheque amount", "Amount of cheque"]),
    }[way]
    if way != "cheque" and rng.random() < 0.4:
        lab = rng.choice(["Amount received", "Sum received"])
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair("Balance due", rs(round(bill - j.amount, 2)))
    p.pair("Mode of payment", {"cash": "Cash", "cheque": "Cheque"}.get(way, way), method=meth)
    if way == "cheque":
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", f"{rng.choice(BANKS)}, {rng.choice(['Udupi', 'Puttur', 'Mangaluru', 'Bantwal'])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["RECEIVED WITH THANKS", "PAYMENT ACKNOWLEDGED", "AMOUNT RECEIVED - THANK YOU"]
        ),
        "pending": "CHEQUE DEPOSITED - CREDIT AFTER CLEARING",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cheques are subject to realisation. Subject to Mangaluru jurisdiction.")
    if k not in (4, 5):
        right(p, f"For {COMPANY}")
        right(p, "Authorised signatory")
        p.add("gap")
        seal(p, "PHALGUNI CASHEWS", "MANGALURU", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. tin, carton and clearing bills; transfers


TINNER = (
    "Karavali Tin Containers Pvt Ltd",
    "Square tins 25 lb and 10 kg | Printed lids | Since 1979",
    "Plot 12, Yeyyadi Industrial Area, Mangaluru - 575008, Karnataka",
)
TIN_ITEMS = [
    ("25 lb square tin with lid  HSN 7310", 64.0, 78.0),
    ("5-ply carton for 2 x 25 lb tins  HSN 4819", 34.0, 46.0),
    ("10 kg tin with lid (domestic)  HSN 7310", 52.0, 63.0),
]
AGENT = (
    "Netravati Shipping & Clearing Agency",
    "Customs broker | Freight forwarding | NMPT, Panambur",
    "2nd Floor, Port Road, Panambur, Mangaluru - 575010, Karnataka",
)
CARTONER = (
    "Kudla Packaging Industries",
    "Printed corrugated cartons | Export packing",
    "Ganeshpura, Kulai, Mangaluru",
)
CARTON_ITEMS = [("7-ply export carton, 2-colour print", 38.0, 52.0), ("Partition and pad set", 6.5, 9.5)]
CORP_PORTALS = [
    ("KBL Corporate Net Banking", "Karnataka Bank", "corp.karnatakabank.com/cib/txn/view"),
    ("FedCorp", "Federal Bank", "fedcorp.federalbank.co.in/payments/status"),
    ("Canara ai1 Corporate", "Canara Bank", "corporate.canarabank.com/fundtransfer/details"),
]
TRANSFER_PAYEES = [
    "Netravati Shipping & Clearing Agency",
    "Karavali Tin Containers Pvt Ltd",
    "Sri Durgaparameshwari Roadlines",
    "Kudla Packaging Industries",
    "Mangala Firewood & Shell Cake Depot",
]
VENDOR_FRAMES = ["tin", "corp", "agent", "tin", "zoho", "corp", "corp", "agent"]


def vendor_payments(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the tin maker, the carton maker, the clearing agent at the port, the transporter and the
    firewood depot: the tin maker's TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE CUM PAYMENT RECEIPT
    (paper: the maker on top, its line, address and GSTIN; Invoice No. / Tax invoice No., Invoice date / Date, Buyer
    / Billed to / Sold to (buyer) the company, the tins and cartons, Taxable value, CGST / SGST, Invoice total, Less:
    Advance paid with PO and Balance received by NEFT / RTGS on some, else Received through NEFT / Paid vide RTGS /
    Amount received, or Cheque received / Cheque amount with Cheque No.; PAID / PAYMENT RECEIVED - THANK YOU / PAID
    BY NEFT / CHEQUE ACCEPTED - SUBJECT TO CLEARANCE, the maker's rubber stamp), the clearing agent's TAX INVOICE -
    CLEARING CHARGES / BILL FOR CLEARING & FORWARDING (paper: Bill No. / Invoice No., Bill date / Dated, Client /
    Importer, Job No., B/E No., Containers, Agency charges with CGST / SGST, reimbursements, Total, Less: TDS u/s 194C
    @ 2% on agency charges, Net received / Amount received (net of TDS) / Net received by NEFT, UTR), the carton
    maker's Zoho invoice page (the maker on top, Invoice#, Invoice Date, Bill To, Sub Total, CGST / SGST, Total,
    Payment Made, Balance Due, Payment mode, Reference#; PAID) and corporate net banking's transfer pages (KBL
    Corporate Net Banking, FedCorp, Canara ai1 Corporate: the portal on top, Beneficiary / Credit account name /
    Beneficiary name, Beneficiary A/c No., IFSC, Debit account, Txn amount / Amount (INR) / Transfer amount, Payment
    mode, Narration, UTR / UTR No., Bank reference No. / Txn reference No., Initiated by / Authorised by, Value date
    / Executed on / Returned on / Failed on; Payment processed successfully / Status: Executed / Returned -
    beneficiary account closed)."""
    k = place("vendor_payments")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=15000, high=950000)
    frame = VENDOR_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "INR", "\u20b9"))
    if frame == "corp":
        brand, bank, host = CORP_PORTALS[(k + rng.randrange(2)) % len(CORP_PORTALS)]
        p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        p.add("small", f"{bank}  |  Fund transfer")
        p.add("center", rng.choice(["Transaction details", "Payment status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment processed successfully", "Status: Executed"],
                "failed": ["Returned - beneficiary account closed"],
            },
        )
        who = TRANSFER_PAYEES[(k + rng.randrange(3)) % len(TRANSFER_PAYEES)]
        who = who.upper() if rng.random() < 0.4 else who
        wrap_pair(
            p, rng.choice(["Beneficiary", "Credit account name", "Beneficiary name"]), who, merchant=who
        )
        ben = rng.choice(BANKS)
        p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair(rng.choice(["Txn amount", "Amount (INR)", "Transfer amount"]), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair("Payment mode", way, method="netbanking")
        wrap_pair(
            p,
            "Narration",
            rng.choice(
                ["Tins - Jan supply", "CHA bill - RCN ex Tema", "Lorry freight NMPT", "Shell cake - boiler"]
            ),
        )
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            head = {"Karnataka Bank": "KB", "Federal Bank": "FC"}.get(bank, "CN")
            tr = f"{head}{digits(rng, 12)}"
            p.pair(rng.choice(["Bank reference No.", "Txn reference No."]), tr, txn=(BANK_RANK, tr))
        p.pair("Initiated by / Authorised by", "PCIMAKER2 / PCIDIRECTOR")
        date_row(
            p,
            j,
            ["Value date", "Executed on"] if status == "success" else ["Returned on", "Failed on"],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Returned transfers are credited back to the debit account.")
        return p.done()
    if frame == "zoho":
        maker, line, town = CARTONER
        name = maker.upper() if rng.random() < 0.3 else maker
        p = browser_page(rng, font, f"invoice.zoho.in/portal/kudlapackaging/invoices/{digits(rng, 17)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{town}  |  GSTIN {gstin(rng, '29')}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = f"INV-{digits(rng, 6)}"
            p.pair("Invoice#", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Invoice Date"], ["%d/%m/%Y", "%d %b %Y", "{d} %b %Y"])
        ours_to(p, ["Bill To"])
        taxable = 0.0
        for item, lo, hi in rng.sample(CARTON_ITEMS, rng.randrange(1, 3)):
            qty = rng.randrange(300, 6000)
            rate = round(rng.uniform(lo, hi), 2)
            value = round(qty * rate, 2)
            taxable += value
            p.pair(f"{item}  {qty} x {rate:.2f}", rs(value))
        taxable = round(taxable, 2)
        p.pair("Sub Total", rs(taxable))
        total = gst_lines(p, rs, taxable, 18.0, False)
        p.pair("Total", rs(total))
        j.amount = total
        p.pair("Payment Made", rs(j.amount), amount=j.amount)
        p.pair("Balance Due", rs(0.0))
        way = rng.choice(["UPI", "Bank Transfer"]) if total <= 95000 else "Bank Transfer"
        p.pair("Payment mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = j.ref if way == "UPI" else bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("Reference#", ref, txn=(UTR_RANK, ref))
        p.add("center", "PAID", status="success")
        p.part = "foot"
        p.add("small", "Thank you for your business.")
        return p.done()
    maker, line, addr = TINNER if frame == "tin" else AGENT
    name = maker.upper() if rng.random() < 0.3 else maker
    p = paper_page(rng, font, [720, 760, 800])
    kinds = (
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR BUYER)", "TAX INVOICE CUM PAYMENT RECEIPT"]
        if frame == "tin"
        else ["TAX INVOICE - CLEARING CHARGES", "BILL FOR CLEARING & FORWARDING"]
    )
    letterhead(p, name, line, addr, "29", kinds)
    if not j.no_ref:
        initials = "KTC" if frame == "tin" else "NSC"
        bno = f"{initials}/{rng.randrange(10, 999):03d}/{fy(j.date)}"
        labels = ["Invoice No.", "Tax invoice No."] if frame == "tin" else ["Bill No.", "Invoice No."]
        p.pair(rng.choice(labels), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Invoice date", "Date"] if frame == "tin" else ["Bill date", "Dated"], PATS_IN)
    if frame == "tin":
        ours_to(p, ["Buyer", "Billed to", "Sold to (buyer)"])
        taxable = 0.0
        for item, lo, hi in rng.sample(TIN_ITEMS, rng.randrange(1, 3)):
            qty = rng.randrange(400, 6000)
            rate = round(rng.uniform(lo, hi), 2)
            value = round(qty * rate, 2)
            taxable += value
            p.pair(f"{item}  {qty} x {rate:.2f}", rs(value))
        taxable = round(taxable, 2)
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 18.0, False)
        p.pair("Invoice total", rs(total))
    else:
        ours_to(p, ["Client", "Importer"])
        p.pair("Job No.", f"NSC/IMP/{rng.randrange(100, 999)}")
        p.pair("B/E No.", digits(rng, 7))
        p.pair("Containers", f"{rng.choice([1, 2, 3, 4])} x 40' HC - RCN")
        agency = float(rng.randrange(60, 260) * 100)
        p.pair("Agency charges - customs clearance", rs(agency))
        with_tax = gst_lines(p, rs, agency, 18.0, False)
        cfs = float(rng.randrange(180, 900) * 100)
        do = float(rng.randrange(60, 260) * 100)
        p.pair("Reimbursement - CFS charges (at actuals)", rs(cfs))
        p.pair("Reimbursement - shipping line DO charges", rs(do))
        total = with_tax + cfs + do
        p.pair("Total", rs(total))
        tds = float(round(agency * 0.02))
        p.pair("Less: TDS u/s 194C @ 2% on agency charges", rs(tds))
        total = total - tds
    p.add("rule")
    if status == "pending":
        way = "cheque"
    elif frame == "agent":
        way = "NEFT"
    else:
        way = "RTGS" if total >= 200000 and rng.random() < 0.6 else "NEFT"
    adv = 0.0
    if frame == "tin" and way != "cheque" and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.3]), -3))
        p.pair("Less: Advance paid with PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:3])}, Baikampady")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif frame == "agent":
            lab = rng.choice(["Net received", "Amount received (net of TDS)", f"Net received by {way}"])
        else:
            lab = rng.choice([f"Received through {way}", f"Paid vide {way}", "Amount received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU", f"PAID BY {way}"]),
        "pending": "CHEQUE ACCEPTED - SUBJECT TO CLEARANCE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Interest @ 18% p.a. on bills unpaid beyond 30 days. Subject to Mangaluru jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    short_name = "KARAVALI TIN" if frame == "tin" else "NETRAVATI SHIPPING"
    seal(p, short_name, "MANGALURU", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. the women workers' wages


WORKERS = [
    ("Shobha Poojary", "peel"),
    ("Vanaja Shetty", "shell"),
    ("Lalitha Kotian", "grade"),
    ("Sumathi Naik", "peel"),
    ("Reshma Banu", "shell"),
    ("Jayanthi Salian", "pack"),
    ("Prema D'Souza", "grade"),
    ("Kusuma Devadiga", "peel"),
]
SECTIONS = {
    "peel": "Peeling section",
    "shell": "Shelling (cutting) section",
    "grade": "Grading section",
    "pack": "Packing (tinning) section",
}
WAGE_FRAMES = ["paper", "bulk", "paper", "phonepe", "paper", "bulk", "paper", "bhim"]


def worker_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the women who shell, peel, grade and pack the nuts at Baikampady and Mulki: its printed
    WEEKLY WAGE SLIP CUM PAYMENT VOUCHER / PIECE RATE WAGES - PAYMENT VOUCHER / WAGE PAYMENT VOUCHER (WEEKLY) (the
    company on top, Voucher No. / Wage slip No. / Vr. No., Date / Paid on / Date of payment, Worker's name / Name of
    worker / Paid to, Token No., UAN, Section, Wage week, kilos peeled or nuts cut x rate or days x rate, Add:
    Attendance incentive, Gross wages, Less: PF @ 12%, Less: ESI @ 0.75%, Less: Advance recovered, Net wages paid /
    Take-home paid / Amount paid to worker, Mode Cash / UPI / NEFT, UPI Ref. No. / UTR No.; PAID / WAGES RECEIVED
    IN FULL / PAID - LEFT THUMB IMPRESSION TAKEN), KBL Corporate Net Banking's bulk upload records (Name of
    beneficiary / Beneficiary name, Beneficiary A/c, IFSC, Debit account, Amount, Payment type, File name, Bank
    reference No., Uploaded on / Submitted on / Rejected on; Submitted to bank - credit confirmation awaited /
    Rejected - account inoperative (KYC pending)), a PhonePe and a BHIM screen (a supervisor's advance)."""
    k = place("worker_wages")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1800, high=4600, p_round=0.9)
    who, work = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    unit = UNITS[1] if k % 2 else UNITS[0]
    if frame == "bulk":
        p = browser_page(rng, font, f"corp.karnatakabank.com/cib/bulk/record/{digits(rng, 8)}")
        p.part = "head"
        top(p, "KBL Corporate Net Banking")
        p.add("small", "Karnataka Bank  |  Bulk upload - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Credited to beneficiary account"],
                "pending": ["Submitted to bank - credit confirmation awaited"],
                "failed": ["Rejected - account inoperative (KYC pending)"],
            },
        )
        wrap_pair(p, rng.choice(["Name of beneficiary", "Beneficiary name"]), who, merchant=who)
        ben = rng.choice(["Canara Bank", "Karnataka Bank", "Union Bank of India", "State Bank of India"])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["NEFT", "IMPS"])
        p.pair("Payment type", way, method="netbanking")
        if not j.no_day:
            p.pair("File name", f"WAGES_WK{j.date.isocalendar()[1]:02d}_{'MULKI' if k % 2 else 'BKP'}.csv")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, "Karnataka Bank", way)
                p.pair("UTR" if way == "NEFT" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
            tr = f"KBLBLK{digits(rng, 10)}"
            p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
        date_row(
            p,
            j,
            {
                "success": ["Processed on"],
                "pending": ["Uploaded on", "Submitted on"],
                "failed": ["Rejected on"],
            }[status],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Rejected records are credited back to the debit account on the next working day.")
        return p.done()
    if frame in ("phonepe", "bhim"):
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000]))
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "BHIM UPI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction Successful", "Paid", "Money sent successfully"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'cnrb', 'upi'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Wage advance", "Festival advance", "Medical advance"]),
        )
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{digits(rng, 21)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("From", f"{rng.choice(['Canara Bank', 'Karnataka Bank'])} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        [
            "WEEKLY WAGE SLIP CUM PAYMENT VOUCHER",
            "PIECE RATE WAGES - PAYMENT VOUCHER",
            "WAGE PAYMENT VOUCHER (WEEKLY)",
        ],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'WS', 'PW'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Wage slip No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on", "Date of payment"], PATS_IN)
    wrap_pair(p, rng.choice(["Worker's name", "Name of worker", "Paid to"]), who, merchant=who)
    p.pair("Token No.", f"{'M' if k % 2 else 'B'}-{rng.randrange(11, 640)}")
    p.pair("UAN", digits(rng, 12))
    p.pair("Section", SECTIONS[work])
    if not j.no_day:
        end = j.date - dt.timedelta(days=rng.randrange(1, 3))
        start = end - dt.timedelta(days=5)
        p.pair("Wage week", f"{when(start, '%d/%m')} to {when(end, '%d/%m/%Y')}")
    if work == "peel":
        rate = rng.choice([22.0, 23.5, 24.0, 25.5, 26.0])
        kg = round(j.amount / rate, 1)
        line = f"Kernels peeled {kg:.1f} kg x {rate:.2f}"
    elif work == "shell":
        rate = rng.choice([8.5, 9.0, 9.75, 10.25, 11.0])
        kg = round(j.amount / rate, 1)
        line = f"Nuts cut {kg:.1f} kg x {rate:.2f}"
    else:
        rate = float(rng.choice([412, 426, 438, 451]))
        kg = float(rng.choice([5, 6]))
        line = f"Days worked {kg:.0f} x {rate:.2f}"
    earned = round(kg * rate, 2)
    p.pair(line, rs(earned))
    bonus = float(rng.choice([0, 100, 150])) if kg >= 5 else 0.0
    if bonus:
        p.pair("Add: Attendance incentive", rs(bonus))
    gross = round(earned + bonus, 2)
    p.pair("Gross wages", rs(gross))
    pf = round(earned * 0.12, 2)
    p.pair("Less: PF @ 12%", rs(pf))
    esi = float(round(gross * 0.0075 + 0.49))
    p.pair("Less: ESI @ 0.75%", rs(esi))
    adv = float(rng.choice([0, 0, 200, 500])) if gross > 2500 else 0.0
    if adv:
        p.pair("Less: Advance recovered", rs(adv))
    j.amount = round(gross - pf - esi - adv, 2)
    p.pair(
        rng.choice(["Net wages paid", "Take-home paid", "Amount paid to worker"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if k == 2 else rng.choice(["Cash", "UPI", "NEFT"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way])
    if not j.no_ref and way == "UPI":
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref and way == "NEFT":
        ref = bank_ref(rng, j, "Canara Bank", "NEFT")
        p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    words = ["PAID", "WAGES RECEIVED IN FULL"] + (
        ["PAID - LEFT THUMB IMPRESSION TAKEN"] if way == "Cash" else []
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / LTI of worker")
    return p.done()


# ---------------------------------------------------------------- 8. EPFO, ESIC, MCC, KSPCB, Khajane-II, CEPCI


FEE_FRAMES = ["epfo", "mcc", "kspcb", "esic", "khajane", "cepci", "mcc", "esic"]


def govt_dues(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a cashew factory with some hundreds of workers: EPFO's ECR challan receipt (EPFO on top,
    Establishment code and name, Wage month, A/c 1, 2, 10, 21, 22, Grand total / Total amount, TRRN, CRN, Bank
    reference No.), ESIC's challan page (ESIC on top, Employer code and name, Contribution period, the employees'
    and employer's shares, Total amount / Amount paid / Challan amount, Challan No., Transaction No., Bank reference
    No., Challan paid date / Payment date / Challan created on; Challan paid / Challan created - payment
    confirmation awaited from bank), Mangaluru City Corporation's trade licence and property tax pages (the
    corporation on top, Name of trader / Owner, Trade licence No. / PID No., Assessment year, the heads and cesses,
    Total amount / Amount paid / Total paid, Transaction ID, Bank Ref. No., Receipt No.; Transaction failed - amount
    not credited to MCC), the Karnataka State Pollution Control Board's consent fee page (the board on top, Name of
    industry, Application No., Category, Consent, the Water Act and Air Act fees, Total fee paid, Transaction ref.
    No., Bank Ref. No., Challan No.), Khajane-II's online challan for the boiler's renewal (Government of Karnataka
    on top, Department, DDO / Office, Purpose, Remitter name, Head of account, Amount / Total amount / Challan
    amount, Challan ref. No., Bank CIN, Payment date / Date of remittance) and the Cashew Export Promotion Council's
    membership receipt (the Council on top, Member name, Membership No., RCMC No., the subscription and RCMC fee,
    GST, Total paid / Amount received, Payment ID, UPI Ref No., Receipt No.); Payment successful / Payment confirmed
    by bank / Fee paid successfully / Challan paid / Remittance successful / Payment received / Subscription
    received."""
    k = place("govt_dues")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt")
        p.part = "head"
        name = rng.choice(
            ["Employees' Provident Fund Organisation", "EPFO", "EMPLOYEES' PROVIDENT FUND ORGANISATION"]
        )
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", "Combined challan (ECR) - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment confirmed by bank"]})
        p.pair("Establishment code", f"KNMNG{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        if not j.no_day:
            p.pair("Wage month", j.month())
        wages = float(rng.randrange(90, 300) * 10000 + rng.randrange(0, 9999))
        a1 = float(round(wages * 0.1567))
        a10 = float(round(wages * 0.0833))
        a2 = float(max(500, round(wages * 0.005)))
        a21 = float(round(wages * 0.005))
        for lab, v in [
            ("A/c 1 - EPF (EE + ER)", a1),
            ("A/c 2 - admin charges", a2),
            ("A/c 10 - EPS", a10),
            ("A/c 21 - EDLI", a21),
            ("A/c 22 - EDLI admin", 0.0),
        ]:
            p.pair(lab, rs(v))
        j.amount = a1 + a2 + a10 + a21
        p.pair(rng.choice(["Grand total", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(['Canara Bank', 'State Bank of India'])}",
            method="netbanking",
        )
        if not j.no_ref:
            trrn = digits(rng, 13)
            p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
            crn = digits(rng, 15)
            p.pair("CRN", crn, txn=(TXN_RANK, crn))
            bref = f"{rng.choice(['CNRB', 'SBIE', 'IGAK'])}{digits(rng, 9)}"
            p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Payment date", "Paid on", "Date of payment"], PATS_IN)
        p.part = "foot"
        p.add("small", "Members' passbooks are updated once the bank confirms the payment to EPFO.")
        return p.done()
    if frame == "esic":
        p = browser_page(rng, font, "gateway.esic.gov.in/EmployerPortal/ChallanReceipt")
        p.part = "head"
        name = rng.choice(
            ["Employees' State Insurance Corporation", "ESIC", "EMPLOYEES' STATE INSURANCE CORPORATION"]
        )
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  Online challan")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan paid", "Payment successful"],
                "pending": ["Challan created - payment confirmation awaited from bank"],
            },
        )
        p.pair("Employer code", digits(rng, 17))
        wrap_pair(p, "Employer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Contribution period", j.month())
        wages = float(rng.randrange(60, 240) * 10000 + rng.randrange(0, 9999))
        ee = float(round(wages * 0.0075))
        er = float(round(wages * 0.0325))
        p.pair("Employees' share @ 0.75%", rs(ee))
        p.pair("Employer's share @ 3.25%", rs(er))
        j.amount = ee + er
        labels = (
            ["Total amount", "Amount paid"] if status == "success" else ["Challan amount", "Total amount"]
        )
        p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking - State Bank of India", method="netbanking")
        if not j.no_ref:
            cno = f"{digits(rng, 4)}{digits(rng, 8)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
            if status == "success":
                tno = digits(rng, 14)
                p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
                bref = f"IGAOK{digits(rng, 9)}"
                p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
        date_row(
            p,
            j,
            ["Challan paid date", "Payment date"] if status == "success" else ["Challan created on"],
            PATS_IN,
        )
        p.part = "foot"
        p.add("small", "Contributions are due by the 15th of the month following the contribution period.")
        return p.done()
    if frame == "mcc":
        tax = k == 6
        p = browser_page(
            rng, font, f"mccpay.mangalurucity.gov.in/{'propertytax' if tax else 'tradelicence'}/receipt"
        )
        p.part = "head"
        name = rng.choice(
            ["Mangaluru City Corporation", "MANGALURU CITY CORPORATION", "Mangaluru Mahanagara Palike"]
        )
        top(p, name, merchant=name)
        p.add("small", f"Online services  |  {'Property tax (SAS)' if tax else 'Trade licence renewal'}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received"],
                "failed": ["Transaction failed - amount not credited to MCC"],
            },
        )
        if tax:
            wrap_pair(p, "Owner", rng.choice([COMPANY, COMPANY_CAPS]))
            p.pair("PID No.", f"{rng.randrange(10, 60)}-{rng.randrange(100, 999)}-{digits(rng, 4)}")
            p.pair("Assessment year", "2026-27" if j.date.month >= 4 else "2025-26")
            base = float(rng.randrange(180, 720) * 100)
            heads = [
                ("Property tax", base),
                ("Library cess @ 6%", round(base * 0.06, 2)),
                ("Health cess @ 15%", round(base * 0.15, 2)),
                ("Beggary cess @ 3%", round(base * 0.03, 2)),
                ("SWM cess", float(rng.choice([3600, 4800, 6000]))),
            ]
        else:
            wrap_pair(p, "Name of trader", rng.choice([COMPANY, COMPANY_CAPS, f"{SHOP} (retail)"]))
            p.pair("Trade licence No.", f"MCC/TL/{digits(rng, 6)}")
            wrap_pair(
                p,
                "Trade",
                "Cashew processing - factory" if rng.random() < 0.5 else "Dry fruits - retail shop",
            )
            heads = [("Trade licence fee 2026-27", float(rng.choice([4500, 7500, 12500])))]
            heads.append(("Solid waste management charges", float(rng.choice([1800, 3600]))))
            if rng.random() < 0.4:
                heads.append(("Late fee", 500.0))
        total = 0.0
        for head, fee in heads:
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        labels = ["Total amount", "Amount paid", "Total paid"] if status == "success" else ["Total amount"]
        p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MCC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
                rno = f"{'PT' if tax else 'TL'}/{fy(j.date)}/{digits(rng, 6)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if frame == "kspcb":
        p = browser_page(rng, font, f"xgn.kspcb.karnataka.gov.in/fee/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Karnataka State Pollution Control Board",
                "KSPCB",
                "KARNATAKA STATE POLLUTION CONTROL BOARD",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "XGN - consent management  |  Online fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Fee paid successfully", "Payment successful"]})
        wrap_pair(p, "Name of industry", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Application No.", f"KSPCB/DK/CFO/{digits(rng, 6)}")
        p.pair("Category", "Orange - cashew nut processing")
        years = rng.choice([1, 2, 5])
        p.pair("Consent", f"CFO renewal ({years} yr)")
        water = float(rng.choice([6000, 9000, 12500])) * years
        air = float(rng.choice([6000, 9000, 12500])) * years
        p.pair("Consent fee - Water Act", rs(water))
        p.pair("Consent fee - Air Act", rs(air))
        j.amount = water + air
        if j.amount > 100000:
            way = "Net banking"
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"KSP{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            bref = f"{rng.choice(['CNRB', 'KARB', 'IGAR'])}{digits(rng, 9)}"
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            cno = f"CH{digits(rng, 9)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "The consent order is issued after inspection by the Regional Office, Mangaluru.")
        return p.done()
    if frame == "khajane":
        p = browser_page(rng, font, f"k2.karnataka.gov.in/wps/portal/Khajane-II/challan/{digits(rng, 8)}")
        p.part = "head"
        top(p, "Government of Karnataka")
        p.add("small", "Khajane-II - online challan (e-remittance)")
        p.add("center", "Challan payment details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Challan paid", "Remittance successful"]})
        dept = rng.choice(
            [
                "Department of Factories, Boilers, Industrial Safety and Health",
                "DEPARTMENT OF FACTORIES, BOILERS, INDUSTRIAL SAFETY AND HEALTH",
            ]
        )
        wrap_pair(p, "Department", dept, merchant=dept)
        wrap_pair(p, "DDO / Office", "Deputy Director of Boilers, Mangaluru Division")
        wrap_pair(
            p, "Purpose", f"Annual inspection and renewal - boiler IBR No. KTK-{rng.randrange(1000, 9999)}"
        )
        wrap_pair(p, "Remitter name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Head of account", "0230-00-104-0-02")
        j.amount = float(rng.choice([4500, 6000, 7500, 9000]))
        p.pair(rng.choice(["Amount", "Total amount", "Challan amount"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(BANKS[:3])}" if way == "Net banking" else way,
            method=way_method(way),
        )
        if not j.no_ref:
            cref = f"CR{digits(rng, 13)}"
            p.pair("Challan ref. No.", cref, txn=(INVOICE_RANK, cref))
            cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
            p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
        date_row(p, j, ["Payment date", "Date of remittance"], PATS_IN)
        p.part = "foot"
        p.add("small", "Produce this challan at the time of the boiler's inspection.")
        return p.done()
    p = browser_page(rng, font, f"cashewindia.org/member/payment/receipt/{digits(rng, 7)}")
    p.part = "head"
    name = rng.choice(
        [
            "The Cashew Export Promotion Council of India",
            "CEPCI",
            "THE CASHEW EXPORT PROMOTION COUNCIL OF INDIA",
        ]
    )
    top(p, name, merchant=name)
    p.add("small", "Set up by the Ministry of Commerce & Industry, Government of India  |  Kollam")
    p.add("center", "Payment receipt - membership")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment received", "Subscription received"]})
    wrap_pair(p, "Member name", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("Membership No.", f"CEPC/{digits(rng, 4)}")
    p.pair("RCMC No.", f"CEPC/RCMC/{digits(rng, 5)}")
    sub = float(rng.choice([7500, 10000, 12500]))
    p.pair("Annual subscription 2026-27", rs(sub))
    rcmc = float(rng.choice([0, 2000]))
    if rcmc:
        p.pair("RCMC renewal fee", rs(rcmc))
    gst = round((sub + rcmc) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(sub + rcmc + gst, 2)
    p.pair(rng.choice(["Total paid", "Amount received"]), rs(j.amount), amount=j.amount)
    p.pair("Payment mode", way, method=way_method(way))
    if not j.no_ref:
        pid = digits(rng, 12)
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        rno = f"CEPC/R/{digits(rng, 6)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Receipt date"], PATS_IN)
    p.part = "foot"
    p.add("small", "Membership and the RCMC are valid for members who file their export returns.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
COVERS = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Marine cargo open policy - import of raw cashew nuts",
        "paper",
        "marine",
    ),
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - kernel exports", "browser", "ecgc"),
    (
        "Life Insurance Corporation of India",
        "licindia.in",
        "Group gratuity cash accumulation scheme - workers",
        "mail",
        "gratuity",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo - specific voyage policy",
        "browser",
        "marine",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Bharat Sookshma Udyam Suraksha - factory stock",
        "mail",
        "stock",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Group personal accident - women workers",
        "browser",
        "pa",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Money insurance - cash in transit (wages)",
        "paper",
        "money",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Shopkeeper's insurance - retail shop",
        "mail",
        "stock",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its raw nuts at sea, its kernel buyers' credit, its stock, its workers' gratuity and
    accident cover, the wage cash in transit and the shop: the insurers' premium receipts (browser, e-mail, printed
    at the divisional office: the insurer on top, the product line, PREMIUM RECEIPT / Premium payment
    acknowledgement / RECEIPT, Proposer / Insured name / Name of the insured / Exporter (policyholder), Policy No.,
    Proposal No., Voyage, Sum insured (CIF + 10%) / Shipment value declared / Sum insured / Lives covered / Money in
    transit limit, Period of insurance, Basic premium / Premium @ rate / Life cover premium, an add-on (War & SRCC,
    STFI and earthquake, Medical expenses, Contribution to gratuity fund), GST @ 18%, Premium received (incl. GST)
    / Total amount received / Premium amount paid, or Premium payable / Total premium due, Payment mode, Payment
    ref. No. / Transaction ID, UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Cheque No., Receipt
    date / Premium paid on / Date of receipt / Transaction date / Attempted on; Premium received - certificate issued
    / Receipt generated / Cheque under collection - risk covered after realisation / Transaction failed - premium
    not received)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    ins, host, product, frame, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0].split(" Corporation")[0]
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
            rng.choice(["Divisional Office, Hampankatta, Mangaluru", "Branch Office, Kodialbail, Mangaluru"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - certificate issued", "Receipt generated"],
            "pending": ["Cheque under collection - risk covered after realisation"],
            "failed": ["Transaction failed - premium not received"],
        },
    )
    labels = (
        ["Exporter (policyholder)"] if kind == "ecgc" else ["Proposer", "Insured name", "Name of the insured"]
    )
    wrap_pair(p, rng.choice(labels), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['21', '46', '63'])}/2026/{digits(rng, 5)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    if kind == "marine":
        origin = rng.choice(["Mtwara, Tanzania", "Tema, Ghana", "Abidjan, Cote d'Ivoire", "Cotonou, Benin"])
        wrap_pair(p, "Voyage", f"{origin} to New Mangalore, India - raw cashew nuts")
        insured = float(rng.randrange(3500000, 24000000, 1000))
        p.pair("Sum insured (CIF + 10%)", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0012), 2)
        addon = ("War & SRCC", round(insured * 0.0003, 2))
    elif kind == "ecgc":
        value = float(rng.randrange(4000000, 32000000, 1000))
        p.pair("Shipment value declared", rs(value))
        rate = rng.choice([0.35, 0.42, 0.48, 0.55])
        basic = round(value * rate / 100, 2)
        addon = None
        p.pair(f"Premium @ {rate:.2f}%", rs(basic))
    elif kind == "gratuity":
        lives = rng.randrange(180, 420)
        p.pair("Lives covered", f"{lives} workers")
        basic = round(lives * rng.uniform(95, 140), 2)
        addon = ("Contribution to gratuity fund", float(rng.randrange(150, 900) * 1000))
    elif kind == "pa":
        lives = rng.randrange(150, 400)
        p.pair("Lives covered", f"{lives} workers x Rs 2,00,000")
        basic = round(lives * rng.uniform(95, 160), 2)
        addon = ("Medical expenses extension", round(lives * 25.0, 2))
    elif kind == "money":
        limit = float(rng.choice([500000, 800000, 1000000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.006, 0.009), 2)
        addon = ("Cash in safe cover", round(rng.uniform(800, 2200), 2))
    else:
        insured = float(rng.randrange(1500000, 60000000, 10000))
        p.pair("Sum insured", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("STFI and earthquake", round(insured * 0.0001, 2))
    if not j.no_day and kind not in ("marine", "ecgc"):
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    if kind != "ecgc":
        p.pair("Life cover premium" if kind == "gratuity" else "Basic premium", rs(basic))
    taxed = basic
    if addon:
        p.pair(addon[0], rs(addon[1]))
        if kind != "gratuity":
            taxed += addon[1]
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + (addon[1] if addon else 0.0) + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    if status == "failed":
        labels = ["Premium payable", "Total premium due"]
    elif status == "pending":
        labels = ["Premium received (incl. GST)", "Total amount received"]
    else:
        labels = ["Premium received (incl. GST)", "Total amount received", "Premium amount paid"]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000:
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:3])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
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
    ("PHALGUNI CASHEW MART", "BALMATTA ROAD MANGALURU", "shop"),
    ("KARAVALI FUELS", "NH 66 BAIKAMPADY MANGALURU", "fuel"),
    ("PHALGUNI CASHEWS", "HAMPANKATTA MANGALURU", "shop"),
    ("SRI GANESH HARDWARES", "BUNDER MANGALURU", "hardware"),
    ("HOTEL NETRAVATI RESIDENCY", "KODIALBAIL MANGALURU", "hotel"),
    ("PHALGUNI CASHEW MART", "MANGALURU KA", "shop"),
    ("MACHADO AUTO SPARES", "KANKANADY MANGALURU", "spares"),
    ("SURATHKAL PETRO SERVICE", "NH 66 SURATHKAL", "fuel"),
]
TERMINALS = ["AXIS BANK", "BPCL", "KARNATAKA BANK", "MSWIPE", "HDFC BANK", "CANARA BANK", "PAYTM EDC", "HPCL"]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers' cards on the shop's terminals and the company's card at fuel stations, a hardware store, an auto
    spares shop and the hotel where visiting buyers stay: terminal slips (monospace: the terminal's bank or brand
    on top on some, the counter's name and place in capitals, DATE: and TIME: / DATE/TIME: / TXN DT: and TXN TM:,
    MID:, TID:, BATCH:, STAN:, INV NO: / BILL NO:, SALE / CHIP SALE / CONTACTLESS SALE, CARD NO:, CARD TYPE:, a fuel
    sale's PRODUCT:, RATE:, VOLUME(L): and PUMP NO:, a hotel's FOLIO NO:, APPR CODE: / AUTH:, RRN: / REF NO:,
    AMOUNT: / AMT INR: / TOTAL AMOUNT:; APPROVED / SALE APPROVED / DECLINED - 55 INCORRECT PIN / HOST NOT
    RESPONDING - VERIFY BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=250, high=18000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2000, 9500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2400, 12500, 0.5)
    elif kind in ("hardware", "spares"):
        j.amount = rupees(rng, 600, 24000, 0.5)
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
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        else:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CHIP SALE", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(88.5, 91.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", str(rng.randrange(1200, 9800)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "AMT INR:", "TOTAL AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = "" if lab == "AMT INR:" else rng.choice(["INR ", "RS.", "Rs ", ""])
    p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "SALE APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - VERIFY BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "-- MERCHANT COPY --")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, phone and broadband bills


BILLERS = [
    ("MESCOM", "Mangalore Electricity Supply Company Ltd", "Account ID"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Landline No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Mangaluru City Corporation - Water Supply", "Mangaluru City Corporation", "Connection No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
]
BILL_WHICH = [0, 0, 4, 1, 0, 3, 0, 2]
BILL_APPS = ["Canara ai1", "MESCOM", "PhonePe", "KBL Mobile Plus", "MESCOM", "Paytm", "Google Pay", "CRED"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's HT power and the shop's and the Mulki unit's LT power (MESCOM), the office broadband (Airtel
    Xstream Fiber), the factory landline (BSNL), the shop's water (Mangaluru City Corporation) and the directors'
    postpaid phones (Jio) through Bharat Connect in banking and UPI apps (the app on top, Biller / Biller name /
    Billing company / Operator as printed, Account ID / Landline No. / Telephone No. / Connection No. / Mobile No.,
    Customer name / Consumer name / Registered name, Bill month and Due date on some, the sum large, Paid from
    Current A/c or UPI, Bharat Connect Ref. No. / B-Connect Txn ID / BBPS Ref ID, UPI Ref No., Transaction ID on the
    failed one, Paid on / Payment date & time / Transaction date & time; Bill paid / Payment successful / Bill
    payment successful / Payment pending with biller - do not pay again / Bill payment failed - debited amount will
    be refunded) and MESCOM's own payment receipt pages (the company on top with its undertaking line, Account ID, RR
    No., Subdivision, Tariff, Consumer name, Bill month, Amount paid, Payment mode, Transaction ID, Receipt No.,
    Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=3000, high=25000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    ht = which == 0 and rng.random() < 0.5
    if ht:
        j.amount = rupees(rng, 80000, 640000, 0.3)
    elif which in (1, 2, 4):
        j.amount = rupees(rng, 499, 4200, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 400, 3800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": digits(rng, 10),
        "Landline No.": f"0824-2{digits(rng, 6)}",
        "Telephone No.": f"0824-24{digits(rng, 5)}",
        "Connection No.": f"MCC/WS/{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MESCOM":
        p = browser_page(rng, font, f"epay.mescom.org.in/receipt/{digits(rng, 12)}")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Karnataka undertaking  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair("RR No.", f"{rng.choice(['BKPHT', 'BKPI', 'MLK'])}{digits(rng, 4)}")
        p.pair("Subdivision", rng.choice(["Baikampady O&M", "Mulki O&M", "Hampankatta O&M"]))
        p.pair("Tariff", "HT-2(a) Industrial" if ht else rng.choice(["LT-5 Industrial", "LT-3 Commercial"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = "Net banking" if ht else rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MES{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 11)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be reflected in your account within two working days.")
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
            "success": ["Bill paid", "Payment successful", "Bill payment successful"],
            "pending": ["Payment pending with biller - do not pay again"],
            "failed": ["Bill payment failed - debited amount will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2, 4) else rng.choice(["Biller", "Biller name", "Billing company"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Registered name"]),
        rng.choice([COMPANY_CAPS, SHORT.upper(), SHOP.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    if app in ("PhonePe", "Google Pay", "Paytm", "CRED"):
        way = "UPI"
    else:
        way = "Current A/c" if j.amount > 100000 else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"Canara ai1": "CA", "PhonePe": "PP", "KBL Mobile Plus": "KB", "Paytm": "PT"}.get(
                app, app[:2].upper()
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID", "BBPS Ref ID"]),
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
        ["Paid on", "Payment date & time", "Transaction date & time"]
        if status == "success"
        else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "Karavali Tin Containers Pvt Ltd",
    "NETRAVATI SHIPPING &",
    "SRI DURGAPARAMESHWAR",
    "SHOBHA POOJARY",
    "Kudla Packaging Industries",
    "MANGALA FIREWOOD & S",
    "VANAJA SHETTY",
    "MESCOM MANGALURU",
]
SENDERS = {
    "Canara Bank": "VM-CANBNK",
    "Karnataka Bank": "AD-KBLBNK",
    "Union Bank of India": "JM-UNIONB",
    "Federal Bank": "AX-FEDBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-CANBNK / AD-KBLBNK /
    JM-UNIONB / AX-FEDBNK, the day divider, each bank's own wording: "Your a/c XX1234 debited for INR x on <day> -
    <way> to <payee>", "Rs.x debited to A/c XXXXX1234 on <day> via <way>, beneficiary <payee>", "A/c *1234 Debited
    for Rs:x on <day> by <way> transfer to <payee>", "INR x withdrawn from your A/c XX1234 on <day> by <way> to
    <payee>"; a transfer that "has FAILED - rejected by beneficiary bank" and one that "is IN PROCESS - beneficiary
    credit awaited") and two e-mail debit alerts (Transaction amount / Amount debited, Beneficiary / Paid to,
    Account, Channel, UTR No. / IMPS Ref No., Transaction date / Date, Status: Completed / Status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2500, high=640000)
    to = ALERT_PAYEES[k]
    if k in (3, 6):
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
    elif k == 7:
        j.amount = rupees(rng, 3000, 60000)
    if k in (0, 4):
        bank = rng.choice(["Canara Bank", "Karnataka Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made to your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Transaction amount", "Amount debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Completed", "Status: Success"]), status="success")
        p.part = "foot"
        p.add("small", "The bank never asks for your OTP, PIN or password. Report unknown debits at once.")
        return p.done()
    bank = rng.choice(list(SENDERS))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k in (3, 6, 7):
        way = "UPI"
    else:
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Canara Bank":
            p.add("left", f"Your a/c XX{tail} debited for INR {amt}{on}", amount=j.amount, status="success")
            p.add("left", f"- {way} to {to}.", merchant=to, method=method)
        elif bank == "Karnataka Bank":
            p.add("left", f"Rs.{amt} debited to A/c XXXXX{tail}{on}", amount=j.amount, status="success")
            p.add("left", f"via {way}, beneficiary {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount, status="success")
            p.add("left", f"by {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add(
                "left", f"INR {amt} withdrawn from your A/c XX{tail}{on}", amount=j.amount, status="success"
            )
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "has FAILED - rejected by beneficiary bank. Amount reversed to your A/c.",
            "pending": "is IN PROCESS - beneficiary credit awaited.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 4200000):,.2f}")
        p.add(
            "small",
            rng.choice(["Not you? Call 1800 425 1445 at once", "If not done by you, block via net banking"]),
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

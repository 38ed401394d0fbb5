"""The twelve heldout245 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sualkuchi muga and eri silk weaving house's day in 2026 in Kamrup district,
Assam (Luitporia Silks Pvt Ltd, its weaving shed in Tantipara, Sualkuchi, Luitporia Handlooms, where the muga,
paat and eri mekhela chador sets, sarees, stoles and yardage are woven on jacquard handlooms, its reeling and
dyeing unit on Hajo Road, Luitporia Reeling & Dyeing Unit, where the muga cocoons are cooked and reeled by the
kahon, the eri yarn is dyed and the pirns are wound, with the eri yarn hand spun on the takuri by home
spinners in Ramdia, Bongsor and Hajo, and its showroom in Pan Bazar, Guwahati, Luitporia Silk Emporium, where
the brides' families, the tourists, the boutiques and the resorts buy), told by the proofs of payment it
receives and makes: buyers' UPI screens and the web shop's Razorpay and Easebuzz pages, the Kolkata, Shillong,
Bengaluru, New Delhi, Mumbai, Jorhat and Siliguri silk stores' and Oil India Limited's payment advices, silk
importers' inward wires from Kyoto, London, Lyon, New York, Toronto, Melbourne, Dubai and Copenhagen in yen,
pounds, euros, US dollars, Canadian and Australian dollars, dirhams and Danish kroner (yen whole, kroner with
dots between the thousands and a decimal comma on some), its own retail invoices, cash memos and counter
receipts, the eri fabric sold by the metre and the dyed eri yarn by the kilo to tailors and weavers, the
reeling waste and pierced cocoons sold by the kilo to a spun silk mill, the muga yarn, eri yarn, mulberry raw
silk, zari and dye suppliers' tax invoices, the corporate net-banking transfers to the transporter, the
jacquard naksha studio, the showroom's landlord, the security agency, the boiler mechanic, the lookbook
photographer, the electrician and the dye effluent lifter, the weavers', reelers', spinners', dyers' and pirn
winders' wage slips and their RazorpayX payouts, BHIM and PNB ONE payments, Guwahati Municipal Corporation's,
the Pollution Control Board, Assam's, the Indian Silk Export Promotion Council's, Sualkuchi Municipal Board's,
the Silk Mark Organisation of India's, Legal Metrology's, the Fire and Emergency Services' and the Transport
Department's fee pages, the insurers' premium receipts, card terminal slips, APDCL's power and the fibre,
postpaid, DTH and cooking gas bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, the unit lines, bills listed on an advice, vendor code, PO, goods receipt, holding, CTO, membership,
RCMC, trade licence, Silk Mark user, licence, NOC, registration, policy, proposal, account, subscriber,
consumer and LPG numbers, loom and card numbers, sets, metres, kilos, kahon, hundreds, rates, short counts,
weaving defects, colour variation debit notes, cash discounts, GST-TDS and TDS, advances, festival bonuses,
defect cuts, agrim recoveries, rebates, GST lines, rupee values on the wires, rates applied, correspondent
banks, sums insured, turnovers, wages and lives declared, balances, due days, bill days, billing periods, tax
validity days, insurance periods, shipping bill days, GSTIN, IFSC, UETR, transaction references (field 20),
merchant and terminal IDs, batch, trace and ROC numbers, folio, room, KOT and table numbers, initiators and
approvers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout242's and heldout243's).
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
MIXED = UPPER + LOWER + "0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Luitporia Silks Pvt Ltd"
COMPANY_CAPS = "LUITPORIA SILKS PVT LTD"
SHORT = "Luitporia Silks"
LOOMS = "Luitporia Handlooms"
REELING = "Luitporia Reeling & Dyeing Unit"
SHOWROOM = "Luitporia Silk Emporium"
# unit, address, GST state code
UNITS = {
    "looms": (
        "Weaving shed - 46 jacquard handlooms",
        "Tantipara, Sualkuchi, Kamrup - 781103, Assam",
        "18",
    ),
    "reeling": (
        "Reeling and dyeing unit",
        "Hajo Road, Bamun Sualkuchi, Kamrup - 781103, Assam",
        "18",
    ),
    "showroom": ("Guwahati showroom", "H. B. Road, Pan Bazar, Guwahati - 781001, Assam", "18"),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d}-%b-%Y",
    "%d.%m.%Y",
    "{d} %B %Y",
    "%d-%b-%y",
    "%d/%m/%y",
    "{d}.{m}.%Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y", "%B {d}, %Y"]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Punjab National Bank",
    "Bandhan Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Baroda",
    "Indian Bank",
    "Canara Bank",
    "Assam Gramin Vikash Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "Bandhan Bank": "BDBL",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
    "Assam Gramin Vikash Bank": "PUNB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "UCO Bank": "ucobank.com",
    "Punjab National Bank": "pnb.bank.in",
    "Bandhan Bank": "bandhanbank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Bank of Baroda": "bankofbaroda.in",
    "Indian Bank": "indianbank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "muga_set": ("Muga mekhela chador set - pure muga, zari anchal", "set", 24000, 68000, 5),
    "paat_set": ("Paat silk mekhela chador set - jacquard buta", "set", 9500, 26000, 5),
    "eri_stole": ("Eri silk stole - natural dyed, 2 m", "pc", 1400, 3600, 5),
    "eri_fabric": ("Eri silk fabric 44 in - plain weave, undyed", "m", 780, 1350, 5),
    "eri_yarn": ("Dyed eri spun yarn 2/60s - lac red and indigo", "kg", 3400, 5200, 5),
    "waste": ("Muga and eri reeling waste, pierced cocoons (HSN 5003)", "kg", 180, 380, 5),
}


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def day_pair(p: Screen, j: Job, labels: list[str], pats: list[str], *, upper: bool = False) -> None:
    """The payment's day under one of ``labels`` (capitals on some), none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    wrap_pair(p, rng.choice(labels), text.upper() if upper else text, date=j.date)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party on a supplier's paper (the buyer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
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


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAE{rng.choice('CF')}L{digits(rng, 4)}{rng.choice(UPPER)}"


# ---------------------------------------------------------------- 1. brides' families, tourists: UPI, web


SHOP_APPS = [
    "YONO SBI",
    "Google Pay",
    "Razorpay",
    "Paytm",
    "super.money",
    "Amazon Pay",
    "Easebuzz",
    "PhonePe",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Eri stole - gift",
        "Gamosa x 4",
        "Eri shawl for Maa",
        "Stole + gamosa",
        "Paat mekhela advance",
    ],
    [
        "Muga mekhela chador - wedding",
        "Bridal set balance",
        "Muga saree for Bohag Bihu",
        "2 muga sets advance",
        "Paat sets for the family",
    ],
)
PAYERS_UPI = [
    "Nabanita Baruah",
    "Rituraj Kalita",
    "Dr. Pallavi Sharma",
    "Hemanta Bora",
    "Mousumi Deka",
    "Sanjib Choudhury",
    "Trishna Gogoi",
    "Ashok Agarwalla",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Meghali Sarma, Bengaluru", "Muga mekhela chador set - zari anchal, gift box", 26000, 64000),
    ("Mr. Rohan Dutta, Kolkata", "Eri silk shawls x 3 - natural dyed", 4200, 11000),
    ("Ms. Priyanka Gogoi, New Delhi", "Paat silk mekhela chador - jacquard buta", 9500, 24000),
    ("Ms. Aditi Menon, Kochi", "Eri stoles x 2 and a Sualkuchi gamosa", 2800, 7200),
]
SHOP_UPI_LABELS = {
    "YONO SBI": ["UPI Ref. No.", "UTR"],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "Paytm": ["UPI Ref. No.", "UPI Ref ID"],
    "super.money": ["UTR No.", "UPI ref. number"],
    "Amazon Pay": ["Bank reference ID", "UPI RRN"],
    "PhonePe": ["UTR", "UTR No."],
}
OWN_IDS = {
    "YONO SBI": ("YONO txn ID", "YN{d}"),
    "Google Pay": ("Google transaction ID", "CICAg{a}"),
    "Paytm": ("Paytm ref. No.", "{d}"),
    "super.money": ("super.money txn ID", "SM{d}"),
    "Amazon Pay": ("Amazon Pay txn ID", "AP{d}"),
    "PhonePe": ("Transaction ID", "T{d}"),
}


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The web shop's Razorpay or Easebuzz page after a buyer paid (the payee on top, the sum large or in an
    Amount paid row, above the status or under it, the day under them or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, COMPANY, SHORT, SHOWROOM.upper()])
    url = (
        f"pages.razorpay.com/pl_{code(rng, 14, MIXED)}/view"
        if app == "Razorpay"
        else f"pay.easebuzz.in/receipt/{code(rng, 12, ALNUM)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(["Muga, paat and eri silk from Sualkuchi", "H. B. Road, Pan Bazar, Guwahati - 781001"]),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - thank you for shopping with us",
            "Order placed - payment captured",
            "Paid - your silk will be packed within 2 days",
        ]
    }
    big = rng.random() < 0.7
    sum_label = rng.choice(["Amount paid", "Total paid"])
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
    elif big:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
    day_first = rng.random() < 0.5
    labels = ["Paid on", "Payment captured on", "Date"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Customer", "Buyer", "Contact name"]), who)
    wrap_pair(p, rng.choice(["Order details", "Product"]), what)
    if not big:
        p.pair(sum_label, rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:3])}",
    }[way]
    p.pair(rng.choice(["Payment mode", "Method"]), shown, method=way)
    if not j.no_ref:
        if app == "Razorpay":
            pid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"order_{code(rng, 14, MIXED)}"
            wrap_pair(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"E{j.date:%y%m}{digits(rng, 8)}"
            p.pair("Easebuzz ID", pid, txn=(TXN_RANK, pid))
            oid = f"LSE{digits(rng, 9)}"
            p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("RRN (UPI)" if app == "Razorpay" else "Bank UTR", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Razorpay" else "Approval code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference" if app == "Razorpay" else "Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Payments powered by Easebuzz")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Brides' families, tourists, boutiques and resorts paying the showroom or the company: six UPI app
    screens (YONO SBI, Google Pay, Paytm, super.money, Amazon Pay, PhonePe: the status, the sum and the payee
    block in one of four orders; the showroom, its capitals, the company's capitals or its short name under
    Paid to / Money paid to / Received by / Payment to shop (Paying to / Payment to / To on one not yet paid
    or failed), its UPI ID, a Name at bank / Registered business name line on some, the sum large; Paid on /
    Payment made on / Completed at / Date & time (Started at / Date & time on one not yet paid or failed)
    first under the rule or after the references, Remarks / Note / For, Paid by / Sender name (the payer),
    Debited from / From account / Bank account, UPI Ref. No. / UTR / UPI transaction ID / UPI Ref No. / UPI
    Ref ID / UTR No. / UPI ref. number / Bank reference ID / UPI RRN, the app's own YONO txn ID / Google
    transaction ID / Paytm ref. No. / super.money txn ID / Amazon Pay txn ID / Transaction ID on some; Paid -
    the shop has received it / Payment completed successfully / Success - amount credited to merchant / Still
    processing - your bank has not replied yet, don't pay again / Payment declined - incorrect UPI PIN
    entered) and the web shop's two payment pages (Razorpay, Easebuzz: the showroom or the company on top, the
    sum large or in an Amount paid / Total paid row, above the status or under it, Paid on / Payment captured
    on / Date under them or at the foot, Customer / Buyer / Contact name, Order details / Product, Payment
    mode / Method UPI, card or netbanking, Payment ID / Easebuzz ID, Order ID / Merchant txn ID, RRN (UPI) /
    Bank UTR, Auth code / Approval code or Bank reference / Bank ref. No.; Payment successful - thank you for
    shopping with us / Order placed - payment captured / Paid - your silk will be packed within 2 days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1200, high=88000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Razorpay", "Easebuzz"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"luitporiasilks{rng.choice(['', '.ghy', '1'])}@{rng.choice(['sbi', 'ucobank', 'hdfcbank', 'axl'])}"
    )
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Paid - the shop has received it",
            "Payment completed successfully",
            "Success - amount credited to merchant",
        ],
        "pending": ["Still processing - your bank has not replied yet, don't pay again"],
        "failed": ["Payment declined - incorrect UPI PIN entered"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "Money paid to", "Received by", "Payment to shop"]
                if status == "success"
                else ["Paying to", "Payment to", "To"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Name at bank', 'Registered business name'])}: {COMPANY_CAPS}")

    order = rng.randrange(4)
    if order == 0:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
        outcome_row(p, status, words)
    elif order == 1:
        outcome_row(p, status, words)
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
    elif order == 2:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    day_labels = (
        ["Paid on", "Payment made on", "Completed at", "Date & time"]
        if status == "success"
        else ["Started at", "Date & time"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Remarks", "Note", "For"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Paid by", "Sender name"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"YONO SBI": "State Bank of India"}.get(app) or rng.choice(BANKS[:8])
    p.pair(rng.choice(["Debited from", "From account", "Bank account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            if app == "PhonePe":
                own = pattern.format(d=f"{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}")
            elif app == "Google Pay":
                own = pattern.format(a=code(rng, 12, MIXED))
            elif app == "Paytm":
                own = pattern.format(d=digits(rng, 18))
            else:
                own = pattern.format(d=digits(rng, 12))
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI | NPCI", "Report a problem with this payment", "Share receipt"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. silk stores' and Oil India's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Gariahat Silk Niketan Pvt Ltd",
        "accounts@gariahatsilkniketan.in",
        "Gariahat Road, Kolkata",
        "muga",
        "portal",
    ),
    ("Police Bazar Handloom House", "pbhandloomhouse@gmail.com", "Police Bazar, Shillong", "eri", "mail"),
    ("Oil India Limited", "payables@oilindia.in", "Materials Department, Duliajan", "eri", "paper"),
    ("Chickpet Silk Palace", "payments@chickpetsilkpalace.in", "Chickpet, Bengaluru", "paat", "paper"),
    ("Hauz Khas Weaves LLP", "finance@hauzkhasweaves.in", "Hauz Khas Village, New Delhi", "muga", "mail"),
    (
        "Dadar Saree Kendra Pvt Ltd",
        "ap@dadarsareekendra.in",
        "Dadar West, Mumbai",
        "paat",
        "portal",
    ),
    ("Jorhat Bastralaya", "jorhatbastralaya@gmail.com", "Gar-Ali, Jorhat", "eri", "mail"),
    (
        "Hill Cart Road Textiles Pvt Ltd",
        "accounts@hcrtextiles.in",
        "Hill Cart Road, Siliguri",
        "paat",
        "portal",
    ),
]
DEALER_GOODS = {
    "muga": ("sets", 21000, 52000),
    "paat": ("sets", 8200, 21000),
    "eri": ("pcs", 1100, 3100),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Silk stores in Kolkata, Shillong, Bengaluru, New Delhi, Mumbai, Jorhat and Siliguri and Oil India
    Limited paying for the muga and paat sets and the eri stoles and shawls the house sent them: a payment
    e-mail, a printed PAYMENT ADVICE - HANDLOOM SILK PURCHASES / Supplier payment intimation / ADVICE OF
    PAYMENT TO WEAVER-SUPPLIER and a vendor portal page (the payer on top with its desk line; the status under
    the heading on some, at the end of the payment block on the rest; Vendor code, PO No. (Oil India's Goods
    receipt (MIGO) No.) first, then Supplier name / Paid to supplier / Favouring (supplier) / Name of payee /
    Amount credited to supplier the company, on top of the body or at the head of the payment block; Bills in
    this payment / Against your invoices / Bills covered, the bills with their sets or pieces and sums, Value
    of bills / Bills total, Less: TDS u/s 194Q @ 0.1% (not on the small stores' mail; Oil India's Less: TDS
    under GST @ 2% (CGST 1% + SGST 1%)), Less: Short count - n pcs / Less: Weaving defect returned - n pcs /
    Less: Debit note - colour variation n @ rate / Less: Cash discount @ 1.5% on some, above or below the
    payment block: Net amount paid / Amount released / Net remitted (Amount withheld on the hold, Payment
    bounced back / Amount returned on the return), Payment mode / Remitted by NEFT / RTGS / IMPS, Supplier
    bank A/c, UTR No. / NEFT UTR / RTGS ref. (UTR) / UTR (RTGS) / IMPS RRN, Payment document No. / Advice No.
    / Voucher ref., Date of payment / Value date / Remitted on / Withheld since / Intimation date / Bounced
    back on / Date of return; Status: Remitted - credited to supplier account / Payment released to your bank
    / Held - quality check of the consignment pending / Bounced back - beneficiary IFSC invalid, please
    confirm bank details)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    buyer, mail, desk, kind, frame = PAYERS[k]
    psu = buyer.startswith("Oil India")
    small = mail.endswith("gmail.com")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        name = " ".join(buyer.split()[:2])
        p = mail_page(
            rng,
            font,
            f"{name} <{mail}>",
            [
                "Payment done - Luitporia Silks",
                "Your bills are paid",
                f"Remittance to {SHORT}",
            ]
            if status == "success"
            else ["About your bills - Luitporia Silks", "Payment advice for your bills"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payment-advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts Payable', 'Purchase - Handloom & Silk', 'Finance and Accounts'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - HANDLOOM SILK PURCHASES",
                "Supplier payment intimation",
                "ADVICE OF PAYMENT TO WEAVER-SUPPLIER",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Status: Remitted - credited to supplier account", "Payment released to your bank"],
        "pending": ["Held - quality check of the consignment pending"],
        "failed": ["Bounced back - beneficiary IFSC invalid, please confirm bank details"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    p.pair("Vendor code", f"{rng.choice(['V', 'SUP', 'AS'])}{digits(rng, 6 if psu else 5)}")
    if psu:
        p.pair("PO No.", f"45{digits(rng, 8)}")
        p.pair("Goods receipt (MIGO) No.", f"50{digits(rng, 8)}")
    else:
        p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    labels = ["Supplier name", "Paid to supplier", "Favouring (supplier)", "Name of payee"] + (
        ["Amount credited to supplier"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = {"eri": rng.randrange(20, 90), "muga": rng.randrange(3, 14), "paat": rng.randrange(6, 36)}[kind]
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"LSPL/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    tds_label, tds = "", 0.0
    if psu:
        tds_label, tds = "Less: TDS under GST @ 2% (CGST 1% + SGST 1%)", round(gross / 1.05 * 0.02, 2)
    elif not small:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross / 1.05 * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        short = rng.randrange(1, 4)
        cut = short * each
        cuts.append((f"Less: Short count - {short} {unit if short > 1 else unit[:-1]}", rs(cut)))
    elif pick < 0.45:
        bad = rng.randrange(1, 3)
        cut = bad * each
        cuts.append((f"Less: Weaving defect returned - {bad} {unit if bad > 1 else unit[:-1]}", rs(cut)))
    elif pick < 0.65 and not psu:
        many = rng.randrange(2, 12)
        per = float(rng.choice([150, 250, 400, 600]))
        cut = many * per
        cuts.append((f"Less: Debit note - colour variation {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8 and not psu:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Cash discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add("left", rng.choice(["Bills in this payment", "Against your invoices", "Bills covered"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Value of bills", "Bills total"]), rs(gross))
        if tds:
            p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Amount released", "Net remitted"],
            "pending": ["Amount withheld"],
            "failed": ["Payment bounced back", "Amount returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Payment mode", "Remitted by"]), way, method="netbanking")
        wrap_pair(p, "Supplier bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS ref. (UTR)", "UTR (RTGS)"],
                    "NEFT": ["UTR No.", "NEFT UTR"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PD', 'AD', '15'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment document No.", "Advice No.", "Voucher ref."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Date of payment", "Value date", "Remitted on"],
                "pending": ["Withheld since", "Intimation date"],
                "failed": ["Bounced back on", "Date of return"],
            }[status],
            PATS_IN,
        )
        if not status_top:
            outcome_row(p, status, words)

    if rng.random() < 0.5:
        bill_block()
        p.add("rule")
        pay_block()
    else:
        pay_block()
        p.add("rule")
        bill_block()
    p.part = "foot"
    p.add(
        "small",
        "Computer generated advice; no signature required. Write to us within 7 days if anything differs."
        if not psu
        else "Paid through SAP against the purchase order above. Quote the PO in all correspondence.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. silk importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Kyoto Kimono Textiles Co., Ltd", "Kyoto, Japan", "JPY", "MUFG Bank, Ltd.", 300000, 4800000),
    ("Ashdown & Pryce Textiles Ltd", "London, United Kingdom", "GBP", "Barclays Bank PLC", 2000, 38000),
    ("Soieries du Rhone SARL", "Lyon, France", "EUR", "LCL - Credit Lyonnais", 2500, 42000),
    ("Hudson Loom Collective LLC", "New York, NY, USA", "USD", "JPMorgan Chase Bank NA", 2500, 46000),
    ("Maple Weave Imports Inc", "Toronto, Canada", "CAD", "Royal Bank of Canada", 3000, 52000),
    ("Yarra Silk Studio Pty Ltd", "Melbourne, Australia", "AUD", "National Australia Bank Ltd", 3000, 56000),
    ("Al Karama Textiles LLC", "Dubai, United Arab Emirates", "AED", "Mashreqbank PSC", 9000, 160000),
    ("Nordisk Silke ApS", "Copenhagen, Denmark", "DKK", "Danske Bank A/S", 18000, 300000),
]
WIRE_BANKS = [
    ("State Bank of India", "browser"),
    ("UCO Bank", "mail"),
    ("HDFC Bank", "paper"),
    ("Axis Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Bank of Baroda", "paper"),
    ("Punjab National Bank", "browser"),
    ("Indian Bank", "mail"),
]
WIRE_RATES = {
    "JPY": (0.55, 0.61),
    "GBP": (112.0, 118.5),
    "EUR": (96.0, 101.5),
    "USD": (87.4, 90.6),
    "CAD": (62.0, 66.5),
    "AUD": (56.0, 60.5),
    "AED": (23.6, 24.7),
    "DKK": (12.8, 13.6),
}
CORRESPONDENT = {
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "CAD": "Bank of Montreal, Toronto",
    "AUD": "Commonwealth Bank of Australia, Sydney",
    "USD": "Citibank NA, New York",
    "DKK": "Nordea Danmark, Copenhagen",
}
SHIPPED = [
    "Muga silk mekhela chador sets (HSN 50072090)",
    "Eri silk fabric, natural dyed (HSN 50072090)",
    "Eri silk stoles and shawls (HSN 62141010)",
    "Paat silk sarees with jacquard buta (HSN 50072010)",
    "Muga and eri silk yardage - 1,200 m by air",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; yen whole with JPY
    before the sum or after it; C$ / CAD and A$ / AUD; dirhams with AED before the sum or after it; kroner
    with dots between the thousands and a decimal comma on some (DKK 48.250,00), DKK before or after."""
    if cur in ("USD", "GBP", "EUR"):
        return fx(rng, font, cur)
    after = rng.random() < 0.35
    if cur == "JPY":

        def show_yen(value: float) -> str:
            return f"{value:,.0f} JPY" if after else f"JPY {value:,.0f}"

        return show_yen
    if cur == "DKK":
        danish = rng.random() < 0.7

        def show_dkk(value: float) -> str:
            whole, cents = f"{value:,.2f}".split(".")
            body = f"{whole.replace(',', '.')},{cents}" if danish else f"{value:,.2f}"
            return f"{body} DKK" if after else f"DKK {body}"

        return show_dkk
    if cur == "AED":

        def show_aed(value: float) -> str:
            return f"{value:,.2f} AED" if after else f"AED {value:,.2f}"

        return show_aed
    mark = rng.choice({"CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Silk importers in Kyoto, London, Lyon, New York, Toronto, Melbourne, Dubai and Copenhagen paying for
    muga and paat sets, eri fabric, stoles, shawls and sarees: the banks' inward remittance advices (browser,
    e-mail, printed CREDIT ADVICE - FOREIGN INWARD REMITTANCE / Notice of inward SWIFT credit / Export
    proceeds received - intimation: the bank on top with its trade desk; the status under the heading on some,
    at the foot on the rest; Date of credit / Value date / Credited on / Received on / Held since / Returned
    on / Sent back on first or after the sums; the parties above the sums or under them, the remitter's block
    (Ordering customer (50K) / Remitter abroad / Applicant (remitter), Remitter's bank / Sender's bank (52A),
    Correspondent bank (56A) on some) above or below the beneficiary's (Beneficiary customer (59) / Account
    credited (exporter) / In favour of (exporter) / Exporter name the company, Account No., IEC); Amount of
    remittance (FCY) / Foreign currency amount / Inward amount (FCY) in yen (whole), pounds, euros, US,
    Canadian and Australian dollars, dirhams or kroner (dots between the thousands and a decimal comma on
    some), Charges, Rate applied, INR equivalent, Less: Processing charge incl. GST, Net credited to account
    (INR), Purpose code, Description of goods, Export invoice No. (Proforma invoice No. against an advance),
    Shipping bill No. and date against an export, Mode of receipt, Transaction reference (20), IRM number /
    Our ref. / Inward advice No., UETR; Funds credited to your account - IRM generated / Status: Export
    proceeds realised and credited / On hold - please submit the purpose of remittance and invoice copy / Sent
    back to remitter - name mismatch with account)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, 500]))
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Desk <tradeops.guwahati@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Credit advice - foreign inward remittance",
                "SWIFT inward credit - export proceeds",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "International Banking Branch, Guwahati",
                "Trade Finance Centre, G. S. Road, Guwahati",
                "Centralised Trade Processing Centre, Kolkata",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - FOREIGN INWARD REMITTANCE",
                "Notice of inward SWIFT credit",
                "Export proceeds received - intimation",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Funds credited to your account - IRM generated",
            "Status: Export proceeds realised and credited",
        ],
        "pending": ["On hold - please submit the purpose of remittance and invoice copy"],
        "failed": ["Sent back to remitter - name mismatch with account"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Date of credit", "Value date", "Credited on"],
        "pending": ["Received on", "Held since"],
        "failed": ["Returned on", "Sent back on"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Ordering customer (50K)", "Remitter abroad", "Applicant (remitter)"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Remitter's bank", "Sender's bank (52A)"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent bank (56A)", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary customer (59)",
                    "Account credited (exporter)",
                    "In favour of (exporter)",
                    "Exporter name",
                ]
            ),
            me,
            merchant=me,
        )
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)} (EEFC/CA)")
        p.pair("IEC", iec(rng))

    def parties() -> None:
        if rng.random() < 0.5:
            remitter_block()
            p.add("rule")
            beneficiary_block()
        else:
            beneficiary_block()
            p.add("rule")
            remitter_block()

    parties_first = rng.random() < 0.6
    if parties_first:
        parties()
    p.pair(
        rng.choice(["Amount of remittance (FCY)", "Foreign currency amount", "Inward amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied", f"1 {cur} = {rate} INR" if cur != "JPY" else f"100 JPY = {rate * 100:.2f} INR")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"INR {inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Processing charge incl. GST", f"INR {chg:,.2f}")
    if status == "success":
        p.pair("Net credited to account (INR)", f"{inr - chg:,.2f}")
    if not parties_first:
        p.add("rule")
        parties()
    advance = rng.random() < 0.35
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    if advance:
        p.pair("Proforma invoice No.", f"LSPL/PI/{rng.randrange(1, 60):03d}/{fy(j.date)}")
    else:
        p.pair("Export invoice No.", f"LSPL/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 80), rng.choice(WIRE_PATS)))
    p.pair("Mode of receipt", rng.choice(["SWIFT MT103", "SWIFT gpi - MT103"]), method="netbanking")
    p.pair("Transaction reference (20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIRC'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM number", "Our ref.", "Inward advice No."]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Match this IRM to its shipping bill on EDPMS within the period allowed under FEMA."
        if status == "success"
        else "Reply to this advice quoting the reference above, or call the trade desk.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, weaving shed, reeling unit


# the party, the way it paid, the unit (showroom, looms, reeling, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Anjali Baruah, Ulubari, Guwahati", "UPI", "showroom", "muga_set"),
    ("Dhansiri Heritage Resort, Bokakhat", "cheque", "showroom", "eri_stole"),
    ("Mr. Pranjal Hazarika, Pune", "NEFT", "mail", "muga_set"),
    ("Barpeta Road Tailoring House", "cash", "looms", "eri_fabric"),
    ("Mr. Dimbeswar Das, weaver, Pub Sualkuchi", "cheque", "reeling", "eri_yarn"),
    ("Jagiroad Spun Silk Mills Pvt Ltd", "UPI", "reeling", "waste"),
    ("Ms. Kasturi Bora, Dispur", "card", "showroom", "paat_set"),
    ("Mr. Ankur Saikia, Hyderabad", "UPI", "mail", "eri_stole"),
]
SALE_HEADS = {
    "showroom": ["RETAIL INVOICE - MEKHELA CHADOR, SAREES & STOLES", "CASH MEMO - PAN BAZAR SHOWROOM"],
    "eri_fabric": ["COUNTER RECEIPT - ERI FABRIC BY THE METRE", "SALE MEMO - LOOM FABRIC (TRADE)"],
    "eri_yarn": ["COUNTER SALE RECEIPT - DYED ERI YARN (BY KG)", "SALE MEMO - YARN (TRADE)"],
    "waste": ["RECEIPT - REELING WASTE AND PIERCED COCOONS (BY WEIGHT)", "WASTE SALE VOUCHER - REELING UNIT"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's RETAIL INVOICE - MEKHELA CHADOR, SAREES & STOLES / CASH MEMO - PAN BAZAR SHOWROOM to an
    Ulubari bride's mother, a Bokakhat resort and a Dispur buyer, the weaving shed's COUNTER RECEIPT - ERI
    FABRIC BY THE METRE / SALE MEMO - LOOM FABRIC (TRADE) to a Barpeta Road tailor, the reeling and dyeing
    unit's COUNTER SALE RECEIPT - DYED ERI YARN (BY KG) / SALE MEMO - YARN (TRADE) to a Pub Sualkuchi weaver
    and its RECEIPT - REELING WASTE AND PIERCED COCOONS (BY WEIGHT) / WASTE SALE VOUCHER - REELING UNIT to a
    Jagiroad spun silk mill buying the waste by the kilo (paper: the showroom, the shed, the unit or the
    company on top with its "A unit of" line, address and GSTIN; Retail invoice No. / Memo No. / Counter
    receipt No. / Sale memo No. / Voucher No. and Invoice date / Date / Sale date / Dated in either order or
    on one row (No. ... / Date: ...), then Purchaser / Customer's name / Sold to, the sets, pieces, metres or
    kilos x rate, Less: Bihu discount @ 10% on the showroom's, CGST and SGST @ 2.5%, Bill total / Net payable
    (incl. GST) / Order value, Cash received / Received in cash / Received by UPI (QR) / UPI amount received /
    Paid by card / Card amount (POS) / Cheque received for / Amount by cheque, the sum in words under it,
    Payment mode / Paid by, UPI Ref. No. / UPI RRN / Approval code / Auth code, Cheque No. and bank, Cheque
    dt.; RECEIVED WITH THANKS / PAID / PAID - MEKHELA CHADOR HANDED OVER IN GIFT BOX / PAID - STOLES PACKED
    FOR THE RESORT / PAID - FABRIC MEASURED AND CUT / PAID - WASTE WEIGHED AND LOADED / CHEQUE IN CLEARING -
    GOODS HELD TILL REALISATION / CHEQUE RETURNED - ACCOUNT CLOSED, SALE VOID, the rubber stamp) and the
    accounts desk's We have received your payment e-mails (Receipt No. / Payment acknowledgement No., Date
    received / Payment date / Dated; a Pune family's Booking advance received / Advance paid for three bridal
    muga sets with the Balance payable on delivery / Balance due and the NEFT UTR / UTR No., BOOKING AMOUNT
    RECEIVED - WEAVING STARTS; a Hyderabad buyer's stoles by UPI, PAYMENT CONFIRMED - PARCEL GOES BY SPEED
    POST)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@luitporiasilks.in>",
            [
                "Your payment has reached us - Luitporia Silks",
                "Payment received - order update",
                "Receipt for your payment",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Muga, paat and eri silk - Sualkuchi and Guwahati  |  Accounts desk")
        p.add("center", "We have received your payment")
        p.add("rule")
        p.part = "body"
    else:
        name = {"showroom": SHOWROOM, "looms": LOOMS, "reeling": REELING}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - muga, paat and eri silk",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )
    heads = {
        "showroom": ["RI", "PB"],
        "looms": ["LH", "CR"],
        "reeling": ["RDU", "SM"],
        "mail": ["LSPL", "ACK"],
    }
    rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
    number_labels = {
        "mail": ["Receipt No.", "Payment acknowledgement No."],
        "showroom": ["Retail invoice No.", "Memo No."],
        "looms": ["Counter receipt No.", "Sale memo No."],
        "reeling": ["Voucher No.", "Sale memo No."],
    }[unit]
    day_labels = (
        ["Date received", "Payment date", "Dated"]
        if unit == "mail"
        else ["Invoice date", "Date", "Sale date", "Dated"]
    )
    day = None if j.no_day else when_in(j, PATS_IN, rng)
    if unit != "mail" and not j.no_ref and day and rng.random() < 0.35:
        p.add("pair", f"No. {rno}", f"Date: {day}", txn=(INVOICE_RANK, rno), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(rng.choice(number_labels), rno, txn=(INVOICE_RANK, rno))

        def day_row() -> None:
            if day:
                wrap_pair(p, rng.choice(day_labels), day, date=j.date)

        if rng.random() < 0.5:
            number_row()
            day_row()
        else:
            day_row()
            number_row()
    wrap_pair(p, rng.choice(["Purchaser", "Customer's name", "Sold to"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "waste":
        kilos = rng.randrange(50, 230, 5)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(base))
    else:
        if kind == "eri_fabric":
            qty = rng.randrange(20, 120)
            shown = f"{qty} m"
        elif kind == "eri_yarn":
            qty = rng.randrange(3, 25)
            shown = f"{qty} kg"
        elif kind == "eri_stole":
            qty = rng.randrange(12, 60) if unit == "showroom" else rng.randrange(2, 4)
            shown = f"{qty} pcs"
        elif advance:
            qty = 3
            shown = "3 sets"
        else:
            qty = 1
            shown = "1 set"
        rate = float(rng.randrange(lo, hi, 10 if hi < 2000 else 100))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Bihu discount @ 10%", rs(off))
            base = round(base - off, 2)
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    p.pair(rng.choice(["Order value"] if advance else ["Bill total", "Net payable (incl. GST)"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "Amount by cheque"])
    elif advance:
        lab = rng.choice(["Booking advance received", "Advance paid"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(
                ["UPI amount received"] if unit == "mail" else ["Received by UPI (QR)", "UPI amount received"]
            ),
            "card": rng.choice(["Paid by card", "Card amount (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance payable on delivery", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment mode", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:4])}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "waste":
        words.append("PAID - WASTE WEIGHED AND LOADED")
    elif kind == "eri_fabric":
        words.append("PAID - FABRIC MEASURED AND CUT")
    elif advance:
        words.append("BOOKING AMOUNT RECEIVED - WEAVING STARTS")
    elif unit == "mail":
        words.append("PAYMENT CONFIRMED - PARCEL GOES BY SPEED POST")
    elif kind in ("muga_set", "paat_set"):
        words.append("PAID - MEKHELA CHADOR HANDED OVER IN GIFT BOX")
    elif kind == "eri_stole":
        words.append("PAID - STOLES PACKED FOR THE RESORT")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE IN CLEARING - GOODS HELD TILL REALISATION",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED, SALE VOID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if unit == "mail":
        p.add(
            "small",
            "The balance is payable before dispatch; weaving takes about six weeks."
            if advance
            else "Your parcel leaves by Speed Post within two working days.",
        )
        return p.done()
    p.add(
        "small",
        {
            "waste": "Waste sold as is where is and lifted by the buyer's truck.",
            "eri_fabric": "Fabric once cut is not taken back. Cheques subject to realisation.",
            "eri_yarn": "Yarn weighed before the buyer. Cheques subject to realisation.",
        }.get(
            kind,
            "Pure silk; dry clean only. Silk Mark label attached. No exchange without this bill.",
        ),
    )
    right(p, f"For {name} - Authorised signatory")
    for _ in range(3):
        p.add("gap")
    seal(
        p,
        {
            "showroom": "LUITPORIA SILK EMPORIUM",
            "looms": "LUITPORIA HANDLOOMS",
            "reeling": "LUITPORIA REELING UNIT",
        }[unit],
        {
            "showroom": "PAN BAZAR, GUWAHATI",
            "looms": "TANTIPARA, SUALKUCHI",
            "reeling": "HAJO ROAD, SUALKUCHI",
        }[unit],
        None if j.no_day else j.date,
        word.split(" - ")[0],
    )
    return p.done()


# ---------------------------------------------------------------- 5. muga and eri yarn, raw silk, zari, dyes


SUPPLIERS = [
    (
        "Lakhimpur Muga Reshom Traders",
        "Reeled muga yarn | Muga cocoons by the kahon",
        "K. B. Road, North Lakhimpur - 787001, Assam",
        "18",
        "LMR",
    ),
    (
        "Ri-Bhoi Eri Spinners Pvt Ltd",
        "Eri spun silk yarn | Mill spun and hand spun",
        "Umsning, Ri-Bhoi District - 793105, Meghalaya",
        "17",
        "RES",
    ),
    (
        "Ramanagara Silk Reelers & Co.",
        "Mulberry raw silk | Twisted warp and weft",
        "Silk Cocoon Market Road, Ramanagara - 562159, Karnataka",
        "29",
        "RSR",
    ),
    (
        "Surat Zari Udyog Pvt Ltd",
        "Metallic zari | Tested gold and silver zari",
        "Ring Road, Udhna, Surat - 394210, Gujarat",
        "24",
        "SZU",
    ),
    (
        "Fancy Bazar Dye & Chemical Stores",
        "Acid dyes | Natural dyes | Mordants",
        "S. R. C. B. Road, Fancy Bazar, Guwahati - 781001, Assam",
        "18",
        "FDC",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "LMR": [
        ("Muga yarn, reeled - golden, 1st quality", "5002", "kg", 24000, 32000, 5, 2, 9),
        ("Muga yarn, reeled - 2nd quality (weft)", "5002", "kg", 18000, 23000, 5, 2, 7),
    ],
    "RES": [
        ("Eri spun silk yarn 2/60s - natural white", "5005", "kg", 2800, 3900, 5, 20, 120),
        ("Eri hand spun yarn - takuri", "5005", "kg", 3600, 4800, 5, 10, 60),
    ],
    "RSR": [
        ("Mulberry raw silk 20/22 denier - 2A grade", "5002", "kg", 4800, 6200, 5, 10, 60),
        ("Twisted silk warp 2 ply", "5006", "kg", 5600, 7100, 5, 5, 30),
    ],
    "SZU": [
        ("Tested zari - gold, 240 m spool", "5605", "spools", 95, 165, 5, 300, 2400),
        ("Half-fine zari - silver, 240 m spool", "5605", "spools", 140, 260, 5, 200, 1200),
    ],
    "FDC": [
        ("Acid dye - crimson red, silk grade", "3204", "kg", 1100, 2200, 18, 5, 40),
        ("Natural indigo paste", "3203", "kg", 900, 1800, 18, 5, 30),
        ("Alum (mordant)", "2833", "kg", 45, 90, 18, 25, 200),
    ],
}
SUPPLY_ORDER = [0, 1, 3, 2, 4, 0, 1, 4]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The North Lakhimpur muga yarn trader, the Ri-Bhoi eri spinners, the Ramanagara raw silk reelers, the
    Surat zari maker and the Fancy Bazar dye store billing the company (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE / GST INVOICE / INVOICE CUM RECEIPT; the number and the day on one row
    (Bill No. ... / Dt. ...) on some, else Invoice No. / Bill No. / Tax invoice No. and Bill date / Invoice
    dt. / Dated in either order; Billed to / Buyer (bill to) / Name and address of recipient the company,
    Consignee / Ship to the weaving shed or the reeling unit, Place of supply, E-way bill No., Transporter and
    Docket No. or Vehicle No., Order ref.; the yarn, raw silk, zari, dyes or mordant with HSN, kg or spools x
    rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice value; Less: Advance received
    on order and Balance paid by NEFT / RTGS on some, Less: TDS u/s 194Q deducted by buyer and Net received by
    NEFT / RTGS on some, else Paid by NEFT / RTGS / Amount received through NEFT / RTGS / Received by UPI /
    UPI collection with UTR No. / UTR ref. / UPI Ref. No. / UPI RRN, or Cheque received for / Cheque amount
    with Cheque No.; PAID / PAYMENT RECEIVED IN FULL / NO DUES / RECEIVED BY NEFT / RTGS / UPI / CHEQUE
    RECEIVED - CREDIT ONLY ON REALISATION / CHEQUE RETURNED UNPAID - PAYMENT STOPPED BY DRAWER, in the
    supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "GST INVOICE", "INVOICE CUM RECEIPT"])
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    day = None if j.no_day else when_in(j, PATS_IN, rng)
    if not j.no_ref and day and rng.random() < 0.4:
        p.add("pair", f"Bill No. {inv}", f"Dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Bill No.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv)
                )

        def day_row() -> None:
            if day:
                wrap_pair(p, rng.choice(["Bill date", "Invoice dt.", "Dated"]), day, date=j.date)

        if rng.random() < 0.5:
            number_row()
            day_row()
        else:
            day_row()
            number_row()
    ours_to(p, ["Billed to", "Buyer (bill to)", "Name and address of recipient"])
    deliver = f"{REELING}, Hajo Road" if tag in ("LMR", "RES", "FDC") else f"{LOOMS}, Tantipara, Sualkuchi"
    wrap_pair(p, rng.choice(["Consignee", "Ship to"]), deliver)
    p.pair("Place of supply", "Assam (18)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("LMR", "FDC"):
        p.pair("Vehicle No.", f"AS-{'07' if tag == 'LMR' else '01'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        wrap_pair(
            p, "Transporter", rng.choice(["Saraighat Roadways", "North East Carriers", "Blue Dart Express"])
        )
        p.pair("Docket No.", f"{rng.choice(['NE', 'SR', 'BD'])}{digits(rng, 8)}")
    p.pair("Order ref.", f"LSPL/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2) if hi < 10000 else float(rng.randrange(lo, hi, 100))
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "18")
    p.pair("Invoice value", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    tds = 0.0
    pick = rng.random()
    if way in ("NEFT", "RTGS") and pick < 0.35:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance received on order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q deducted by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Cheque amount"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received by UPI", "UPI collection"])
        else:
            lab = rng.choice([f"Paid by {way}", f"Amount received through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR ref."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED IN FULL", "NO DUES", f"RECEIVED BY {way}"]),
        "pending": "CHEQUE RECEIVED - CREDIT ONLY ON REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Goods once sold will not be taken back. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Saraighat Roadways", "Freight - Sualkuchi to Kolkata and Siliguri", 9000, 64000),
    ("Bamunpara Jacquard Naksha Studio", "Jacquard cards punched - 6 new buta designs", 12000, 72000),
    ("Sri Hemanta Kumar Goswami", "Showroom rent - H. B. Road, Pan Bazar", 55000, 140000),
    ("Kamrup Guard Services", "Guards for the weaving shed and reeling unit - one month", 28000, 76000),
    ("Hajo Boiler & Steam Services", "Cocoon cooking boiler - tube repair and IBR test", 14000, 88000),
    ("Nilachal Studio & Prints", "Bihu lookbook - shoot and 1000 prints", 18000, 65000),
    ("Dakshin Sualkuchi Electricals", "Loom shed wiring, lights and fans", 6000, 38000),
    ("Kamrup Effluent Care", "Dye house sludge lifted to the TSDF - hazardous waste", 5000, 26000),
]
CORP_PORTALS = [
    ("yono Business", "State Bank of India", "yonobusiness.sbi/corp/transactions/status"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/view"),
    ("UCO Corporate e-Banking", "UCO Bank", "ucoebanking.in/corp/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the jacquard naksha studio, the showroom's landlord, the security
    agency, the boiler mechanic, the lookbook photographer, the electrician and the dye effluent lifter:
    corporate net banking's transfer pages (yono Business, HDFC Bank ENet, UCO Corporate e-Banking: the portal
    on top and the bank's line, Transfer details / Payment enquiry; in three orders: the day and the status
    under the heading, both at the foot, or the status under the heading and the day at the foot: Execution
    date / Value date / Transaction date / Created on / Saved on / Rejected on / Reversed on; Executed -
    credit confirmed by beneficiary bank / Status: Settled - UTR issued / Pending authorisation - checker to
    approve / Rejected by beneficiary bank - invalid account, funds reversed; the references (UTR No. /
    NEFT/RTGS ref. (UTR) / IMPS RRN and Bank reference No. / CBS txn No.) above the payee or at the end of the
    details: Beneficiary account name / Transfer to / Payee (as per bank) / Name of beneficiary, Nickname,
    Beneficiary A/c No. and IFSC, Debit from account the company, Corporate ID, Transfer amount / Amount (Rs.)
    / Amount debited, Transfer type NEFT / RTGS / IMPS, Transaction remarks / Narration, Maker / Checker,
    Available balance post transaction on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Funds transfer', 'Payment enquiry', 'Single transfer'])}")
    p.add("center", rng.choice(["Transfer details", "Payment enquiry"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - credit confirmed by beneficiary bank", "Status: Settled - UTR issued"],
        "pending": ["Pending authorisation - checker to approve"],
        "failed": ["Rejected by beneficiary bank - invalid account, funds reversed"],
    }
    day_labels = {
        "success": ["Execution date", "Value date", "Transaction date"],
        "pending": ["Created on", "Saved on"],
        "failed": ["Rejected on", "Reversed on"],
    }[status]
    hour = rng.random() < 0.5
    layout = rng.randrange(3)
    if layout == 0:
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 2:
        outcome_row(p, status, words)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", "NEFT/RTGS ref. (UTR)"]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "CBS txn No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary account name", "Transfer to", "Payee (as per bank)", "Name of beneficiary"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "GHY")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit from account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Corporate ID", f"LUITSILK{digits(rng, 3)}")
    p.pair(
        rng.choice(["Transfer amount", "Amount (Rs.)", "Amount debited"])
        if status == "success"
        else rng.choice(["Transfer amount", "Amount (Rs.)"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Transfer type", way, method="netbanking")
    wrap_pair(p, rng.choice(["Transaction remarks", "Narration"]), note)
    p.pair("Maker / Checker", f"LSACC01 / {'-' if status == 'pending' else 'LSMD01'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance post transaction", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    elif layout == 2:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    p.part = "foot"
    p.add("small", "A rejected transfer is credited back to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, reelers, spinners, dyers


# payee, role, village or para, kind
WORKERS = [
    ("Jonali Kalita", "Weaver - muga mekhela chador, jacquard buta", "Tantipara", "weave"),
    ("Dipankar Medhi", "Weaver - paat silk chador, plain body", "Dakshin Sualkuchi", "weave"),
    ("Rupali Boro", "Eri spinner - hand spun on the takuri, home work", "Ramdia", "spin"),
    ("Abdul Karim Ali", "Dyer - eri and paat yarn, lac and indigo", "Hajo", "dye"),
    ("Pranita Das", "Pirn winder - nali bhora", "Pub Sualkuchi", "wind"),
    ("Mridul Talukdar", "Muga reeler - bhir and nala", "Bamun Sualkuchi", "reel"),
    ("Anil Chandra Deka", "Muga reeler - bhir and nala", "Bhatipara", "reel"),
    ("Minoti Rabha", "Eri spinner - hand spun on the takuri, home work", "Bongsor", "spin"),
]
WORK_FRAMES = ["paper", "razorpayx", "paper", "paper", "bhim", "paper", "razorpayx", "pnbone"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["WEAVING WAGES - PER SET", "BOWA MAJURI RASID"],
        ["Weaver's name", "Wages paid to (weaver)"],
        "Sets woven (mekhela chador): {q} x {rate}",
        (1800, 4200),
        (2, 7),
        ["Net wages paid", "Amount paid to weaver"],
    ),
    "reel": (
        ["REELING WAGES - PER KAHON OF COCOONS", "SUTA KOTA MAJURI RASID"],
        ["Reeler's name", "Majuri paid to (reeler)"],
        "Kahon reeled (1,280 cocoons each): {q} x {rate}",
        (140, 260),
        (12, 60),
        ["Net majuri paid", "Net amount paid"],
    ),
    "spin": (
        ["HOME SPINNING WAGES - PER KG OF ERI YARN", "GHORUA SUTA KOTA MAJURI"],
        ["Spinner's name", "Majuri paid to (home spinner)"],
        "Eri yarn spun (kg): {q} x {rate}",
        (650, 1100),
        (3, 14),
        ["Net majuri paid", "Amount handed over"],
    ),
    "dye": (
        ["DYE HOUSE WAGES - PER KG DYED", "RONG DIYA MAJURI RASID"],
        ["Dyer's name", "Wages paid to (dyer)"],
        "Yarn dyed (kg): {q} x {rate}",
        (38, 70),
        (60, 320),
        ["Net wages paid", "Net amount paid"],
    ),
    "wind": (
        ["PIRN WINDING WAGES - PER HUNDRED", "NALI BHORA MAJURI RASID"],
        ["Winder's name", "Wages paid to (winder)"],
        "Pirns wound (hundreds): {q} x {rate}",
        (18, 32),
        (40, 160),
        ["Net wages paid", "Amount handed over"],
    ),
}


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top, the company's payouts line under it; the payee above the sum
    and the status or under them)."""
    j.amount = rupees(rng, 2600, 24000, 0.6)
    pid = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Processed - credited to the beneficiary's account",
            "Status: Processed (UTR received)",
        ],
        "pending": ["Queued - low balance in the RazorpayX account"],
        "failed": ["Reversed - beneficiary bank rejected the credit"],
    }

    def payee() -> None:
        wrap_pair(p, rng.choice(["Contact name", "Paid to (contact)"]), who, merchant=who)

    payee_first = rng.random() < 0.5
    if payee_first:
        payee()
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if not payee_first:
        payee()
    p.pair("Contact ID", f"cont_{code(rng, 14, MIXED)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Fund account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account (VPA)", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@sbi")
    p.pair(rng.choice(["Mode", "Payout mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Narration",
        rng.choice(["Muga reeling wages - fortnight 2", "Suta kota majuri - Kati"])
        if kind == "reel"
        else rng.choice(["Bowa majuri - fortnight 1", "Weaving wages - Aghon"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"LS-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Credited on"],
            "pending": ["Queued at", "Created on"],
            "failed": ["Reversed on", "Attempted at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed this credit.",
            "pending": "Queued payouts go out once the account is topped up.",
            "failed": "A reversed payout's amount returns to the RazorpayX balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its weavers by the set, its reelers by the kahon of cocoons, its home spinners by the
    kilo of eri yarn, its dyers by the kilo dyed and its pirn winders by the hundred: its printed WEAVING
    WAGES - PER SET / BOWA MAJURI RASID / REELING WAGES - PER KAHON OF COCOONS / SUTA KOTA MAJURI RASID / HOME
    SPINNING WAGES - PER KG OF ERI YARN / GHORUA SUTA KOTA MAJURI / DYE HOUSE WAGES - PER KG DYED / RONG DIYA
    MAJURI RASID (the company on top with the shed's or the unit's line, Weaver's name / Wages paid to
    (weaver) / Reeler's name / Majuri paid to (reeler) / Spinner's name / Majuri paid to (home spinner) /
    Dyer's name / Wages paid to (dyer), Work, Village / para, Loom / card No. (no fact), Rasid No. / Wage slip
    No., Majuri date / Paid on / Date, the sets, kahon or kilos x rate, Add: Bihu bonus / Add: Jacquard design
    allowance, Gross wages, Less: Defect (broken ends, float) - n @ rate / Less: Agrim (advance) adjusted, Net
    wages paid / Amount paid to weaver / Net majuri paid / Amount handed over / Net amount paid, Paid by Cash
    / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - ENTERED IN MAJURI KHATA / PAID - YARN
    WEIGHED AND RECEIVED), RazorpayX payout pages for a weaver and a muga reeler (RazorpayX on top and Payouts
    - the company under it, the payee above the sum and the status or under them, Contact name / Paid to
    (contact), Contact ID, Fund account / Fund account (VPA), Mode / Payout mode, Narration, Payout ID, UTR /
    Bank UTR, Reference ID, Processed at / Credited on / Queued at / Created on / Reversed on / Attempted at;
    Processed - credited to the beneficiary's account / Status: Processed (UTR received) / Queued - low
    balance in the RazorpayX account / Reversed - beneficiary bank rejected the credit), a BHIM screen (UPI
    Ref. No. and BHIM txn ID) and a PNB ONE screen (UTR and PNB ONE txn No.) paying a pirn winder and a home
    spinner (Paid to / Sent to / Money transferred to above the sum or under the status; Payment successful /
    Money sent / Transferred; Paid on / Transferred on / Date & time)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "razorpayx":
        return razorpayx_page(rng, font, j, status, who, kind, rs)
    if frame in ("bhim", "pnbone"):
        j.amount = rupees(rng, 1800, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "PNB ONE")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        labels = ["Paid to", "Sent to", "Money transferred to"]
        if pay_first:
            p.add("small", rng.choice(labels))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Payment successful", "Money sent", "Transferred"]})
        if not pay_first:
            p.add("small", rng.choice(labels))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['upi', 'sbi', 'pnb', 'ybl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Paid on", "Transferred on", "Date & time"], hour=True)
        p.pair(
            rng.choice(["Remarks", "Note"]),
            rng.choice(["Eri suta - 8 kg", "Ghorua suta kota majuri"])
            if kind == "spin"
            else rng.choice(["Nali bhora majuri", "Pirn winding - week 2"]),
        )
        p.pair(
            rng.choice(["Debited from", "From account"]),
            f"{'Punjab National Bank' if frame == 'pnbone' else 'UCO Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "bhim":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHIM{digits(rng, 12)}"
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"PNB{digits(rng, 13)}"
                wrap_pair(p, "PNB ONE txn No.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    where = UNITS["looms"] if kind == "weave" else UNITS["reeling"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{LOOMS if kind == 'weave' else REELING} - {'home work' if kind == 'spin' else 'piece work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Village / para", village)
    p.pair("Loom / card No.", f"{'L' if kind == 'weave' else 'C'}-{rng.randrange(1, 240):03d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Rasid No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Majuri date", "Paid on", "Date"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1, 10 if rhi > 1000 else 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 500, 750, 1000]))
        p.pair("Add: Jacquard design allowance" if kind == "weave" else "Add: Bihu bonus", rs(extra))
        gross += extra
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if kind == "weave" and rng.random() < 0.5:
        bad = rng.randrange(1, 4)
        per = float(rng.choice([150, 200, 250]))
        cut = bad * per
        p.pair(f"Less: Defect (broken ends, float) - {bad} @ {per:.2f}", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Agrim (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - YARN WEIGHED AND RECEIVED" if kind in ("spin", "dye") else "PAID - ENTERED IN MAJURI KHATA"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. GMC, PCBA, ISEPC and the rest


FEE_FRAMES = ["gmc", "pcba", "isepc", "trade", "silkmark", "metrology", "fire", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a silk weaving house, its weaving shed in Sualkuchi, its reeling and dyeing unit on Hajo
    Road and its showroom in Pan Bazar: Guwahati Municipal Corporation's holding tax page (the Corporation on
    top and its line, Holding No., Name of holder, Ward, the Holding tax for the year and the Solid waste user
    charge, Less: Rebate @ 5% (paid by 30 June) where paid by then, Total paid / Amount received, Txn ref.,
    Bank reference, Holding tax receipt No.), the Pollution Control Board, Assam's consent fee through OCMMS
    (Name of unit, Category, Consent ref. No., Consent to operate fee - renewal, Inspection fee, Total fee /
    Fee paid, eGRAS GRN, Bank ref. No.), the Indian Silk Export Promotion Council's membership renewal (the
    Council on top and the Ministry of Textiles line, Member exporter, Membership No., RCMC No., Annual
    subscription, GST @ 18%, Amount paid / Total received, Online payment ref., Membership receipt No.),
    Sualkuchi Municipal Board's trade licence renewal (Name of trade, Trade licence No., Trade licence renewal
    fee for the year, Signboard fee, Amount / Total fee; Under process - the Board will issue the receipt
    after bank confirmation, Payment submitted on / Initiated on), the Silk Mark Organisation of India's
    authorised user renewal (Authorised user, AU membership No., Authorised user renewal fee, Silk Mark
    labels, Amount payable / Total due; Transaction not completed - amount not received by SMOI, please retry,
    Attempted on / Transaction tried on), Legal Metrology's verification fee (the yarn balances' and the
    platform scale's fees, Owner of instruments, Total fee paid / Verification fee deposited, eGRAS GRN), the
    Fire and Emergency Services' NOC renewal (Premises, Application ID, Fire safety certificate renewal fee,
    Inspection fee, Total fees paid / Amount paid, eGRAS GRN, Bank ref. No.) and the Transport Department's
    Vahan goods vehicle tax (Owner name, Registration No., Vehicle class, Tax paid till, Road tax (goods,
    annual), Service charge, Total amount / Amount paid, Transaction No., Bank Ref No., Receipt No.): the
    authority on top with its line, the status under it on some, at the foot on the rest; Mode of payment /
    Paid through Net banking, UPI or Debit card, Payment date / Paid on / Date of receipt / Txn date; Payment
    successful - receipt generated / Amount received by the department / Paid - challan accepted by eGRAS /
    Fee paid - acknowledgement sent by SMS."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = [
        "Payment successful - receipt generated",
        "Amount received by the department",
        "Paid - challan accepted by eGRAS",
        "Fee paid - acknowledgement sent by SMS",
    ]
    if frame in ("gmc", "isepc"):
        ok = [word for word in ok if "eGRAS" not in word]
    if frame == "isepc":
        ok = [word.replace("the department", "the Council") for word in ok]
    words = {"success": ok}
    day_labels = ["Payment date", "Paid on", "Date of receipt", "Txn date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "gmc":
        url = f"gmc.assam.gov.in/holding-tax/receipt/{digits(rng, 9)}"
        name = rng.choice(["Guwahati Municipal Corporation", "GUWAHATI MUNICIPAL CORPORATION"])
        line = "Holding tax - online payment  |  Government of Assam"
    elif frame == "pcba":
        url = f"ocmms.pcbassam.org/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(["Pollution Control Board, Assam", "POLLUTION CONTROL BOARD, ASSAM"])
        line = "Consent management (OCMMS) - Government of Assam"
    elif frame == "isepc":
        url = f"isepc.in/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(
            ["The Indian Silk Export Promotion Council", "INDIAN SILK EXPORT PROMOTION COUNCIL"]
        )
        line = "Sponsored by the Ministry of Textiles  |  Membership 2026-27"
    elif frame == "trade":
        url = f"ulbassam.gov.in/sualkuchi/trade-licence/renewal/{digits(rng, 8)}"
        name = rng.choice(["Sualkuchi Municipal Board", "SUALKUCHI MUNICIPAL BOARD"])
        line = "Urban Affairs Department, Government of Assam  |  Trade licence renewal"
    elif frame == "silkmark":
        url = "silkmarkindia.com/authorised-user/renewal/payment"
        name = rng.choice(["Silk Mark Organisation of India", "SILK MARK ORGANISATION OF INDIA"])
        line = "Central Silk Board, Ministry of Textiles  |  Authorised user renewal"
    elif frame == "metrology":
        url = "legalmetrology.assam.gov.in/verification/fee/receipt"
        name = rng.choice(["Legal Metrology, Assam", "Controller of Legal Metrology, Assam"])
        line = "Food, Public Distribution & Consumer Affairs Department  |  Verification fee"
    elif frame == "fire":
        url = f"fireservice.assam.gov.in/noc/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(["Assam Fire and Emergency Services", "ASSAM FIRE AND EMERGENCY SERVICES"])
        line = "Home Department, Government of Assam  |  Fire NOC renewal"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(["Transport Department, Assam", "Transport Department, Government of Assam"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Goods vehicle tax"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("trade", "silkmark")
    if status_top:
        outcome_row(p, status, words)
    if frame == "gmc":
        ward = rng.randrange(1, 31)
        p.pair("Holding No.", f"GMC/W{ward:02d}/{digits(rng, 6)}")
        wrap_pair(p, "Name of holder", f"{firm} - {SHOWROOM}")
        p.pair("Ward", f"Ward No. {ward} - Pan Bazar")
        heads = [("Holding tax 2026-27", float(round(rng.uniform(12000, 38000))))]
        heads.append(("Solid waste user charge", float(rng.choice([1800, 2400, 3600]))))
        labels = ["Total paid", "Amount received"]
    elif frame == "pcba":
        wrap_pair(p, "Name of unit", f"{REELING} ({firm})")
        p.pair("Category", "Orange - silk yarn dyeing")
        p.pair("Consent ref. No.", f"PCBA/CTO/KMR/{digits(rng, 5)}")
        heads = [("Consent to operate fee - renewal", float(rng.choice([6000, 9000, 12000])))]
        extra = float(rng.choice([0, 1000, 1500]))
        if extra:
            heads.append(("Inspection fee", extra))
        labels = ["Total fee", "Fee paid"]
        refs = [("eGRAS GRN", TXN_RANK, digits(rng, 10))]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "isepc":
        wrap_pair(p, "Member exporter", firm)
        p.pair("Membership No.", f"ISEPC/ER/{digits(rng, 4)}")
        p.pair("RCMC No.", f"ISEPC/RCMC/{digits(rng, 5)}")
        fee = float(rng.choice([8000, 10000, 15000]))
        heads = [("Annual subscription", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Amount paid", "Total received"]
        refs = [
            ("Online payment ref.", TXN_RANK, f"ISP{digits(rng, 11)}"),
            ("Membership receipt No.", INVOICE_RANK, f"ISEPC/{fy(j.date)}/{digits(rng, 5)}"),
        ]
    elif frame == "trade":
        wrap_pair(p, "Name of trade", f"{LOOMS} - handloom weaving")
        p.pair("Trade licence No.", f"SMB/TL/{digits(rng, 5)}")
        heads = [("Trade licence renewal fee 2026-27", float(rng.choice([2500, 3500, 5000])))]
        heads.append(("Signboard fee", float(rng.choice([500, 750, 1000]))))
        labels = ["Amount", "Total fee"]
        refs = [("Transaction ref. No.", TXN_RANK, f"SMB{digits(rng, 12)}")]
        words = {"pending": ["Under process - the Board will issue the receipt after bank confirmation"]}
        day_labels = ["Payment submitted on", "Initiated on"]
    elif frame == "silkmark":
        wrap_pair(p, "Authorised user", firm)
        p.pair("AU membership No.", f"SMOI/GHY/{digits(rng, 4)}")
        heads = [
            ("Authorised user renewal fee", float(rng.choice([5000, 7500, 10000]))),
            (
                f"Silk Mark labels - {rng.choice(['1,000', '2,000', '5,000'])} nos",
                float(rng.choice([1800, 3600, 9000])),
            ),
        ]
        labels = ["Amount payable", "Total due"]
        refs = [("Transaction ID", TXN_RANK, f"SMOI{digits(rng, 11)}")]
        words = {"failed": ["Transaction not completed - amount not received by SMOI, please retry"]}
        day_labels = ["Attempted on", "Transaction tried on"]
    elif frame == "metrology":
        wrap_pair(p, "Owner of instruments", f"{REELING} ({firm})")
        few = rng.randrange(2, 6)
        big = rng.randrange(1, 3)
        heads = [
            (f"Verification - electronic yarn balance x {few}", float(few * rng.choice([300, 400]))),
            (f"Verification - platform scale 300 kg x {big}", float(big * rng.choice([600, 800]))),
        ]
        labels = ["Total fee paid", "Verification fee deposited"]
        refs = [("eGRAS GRN", TXN_RANK, digits(rng, 10))]
    elif frame == "fire":
        wrap_pair(p, "Premises", f"{SHOWROOM}, Pan Bazar")
        p.pair("Application ID", f"AFES/NOC/{digits(rng, 7)}")
        heads = [
            ("Fire safety certificate renewal fee", float(rng.choice([5000, 7500, 10000]))),
            ("Inspection fee", float(rng.choice([500, 1000, 1500]))),
        ]
        labels = ["Total fees paid", "Amount paid"]
        refs = [
            ("eGRAS GRN", TXN_RANK, digits(rng, 10)),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"AS-25-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair(
            "Vehicle class",
            rng.choice(["Goods carrier (LGV) - Bolero Pik-Up", "Light goods vehicle - pick-up"]),
        )
        if not j.no_day:
            p.pair("Tax paid till", j.other_day(rng, 360, 370))
        heads = [("Road tax (goods, annual)", float(rng.choice([2800, 3400, 4200])))]
        extra = float(rng.choice([0, 100, 200]))
        if extra:
            heads.append(("Service charge", extra))
        labels = ["Total amount", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"AS{digits(rng, 14)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"AS25{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    if frame == "gmc":
        if j.date.month <= 6:
            rebate = float(round(heads[0][1] * 0.05))
            p.pair("Less: Rebate @ 5% (paid by 30 June)", rs(rebate))
            total -= rebate
        refs = [("Txn ref.", TXN_RANK, f"GMC{digits(rng, 12)}")]
        refs.append(("Bank reference", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        refs.append(("Holding tax receipt No.", INVOICE_RANK, f"HT/GHY/{digits(rng, 7)}"))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "gmc": "Holding tax paid by 30 June of the year earns a 5% rebate.",
        "pcba": "Keep the consent order at the unit for inspection.",
        "isepc": "The RCMC is renewed once the payment is reconciled.",
        "trade": "Do not pay again; the receipt appears once the bank confirms.",
        "silkmark": "If money was debited, it returns to your account within 5 to 7 working days.",
        "metrology": "Bring the instruments to the verification camp at Sualkuchi with this receipt.",
        "fire": "The certificate is renewed after the fire officer inspects the premises.",
        "vahan": "Carry the e-receipt in the vehicle along with the RC.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - looms, yarn and finished stock",
        "browser",
        "stock",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Burglary - showroom stock, Pan Bazar",
        "mail",
        "burglary",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo - silk exports by air, annual open policy",
        "paper",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - weavers, reelers and showroom staff",
        "browser",
        "health",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Money insurance - wage cash to the home spinners",
        "mail",
        "money",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Employees' compensation - weavers, reelers and dyers",
        "browser",
        "ec",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Goods carrying vehicle - package policy, Bolero Pik-Up",
        "paper",
        "vehicle",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Exhibition all risks - silk stock at trade fairs",
        "mail",
        "fair",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its looms, yarn and finished stock, the showroom's stock, its export cargo, its
    staff's health, the wage cash carried to the home spinners, its workers under the Employees' Compensation
    Act, its pick-up and its stock at trade fairs: the insurers' premium receipts (browser, e-mail, printed at
    the branch: the insurer on top, the product line, Premium acknowledgement / RECEIPT - PREMIUM PAID /
    OFFICIAL RECEIPT FOR PREMIUM (Premium payment - transaction status / PAYMENT ATTEMPT - PREMIUM on the
    failed one); the status under the heading on some, under the sum on the rest; Name of insured / Insured
    name / Proposer, Policy No. / Proposal No. / Quotation No., Sum insured - looms, yarn and stock / Sum
    insured - showroom stock / Annual export turnover (estimated) / Members covered / Cash limit per carrying
    / IDV / Wages declared for the year / Sum insured - stock at fairs, Period of insurance from, Net premium
    or OD premium and TP premium (goods vehicle), an add-on (Earthquake and STFI cover, Theft by employees,
    War and SRCC, Pre-existing disease cover, Cash in safe, Zero depreciation, Medical expenses extension,
    Transit to and from the fair), GST or IGST @ 18%, the sum: Total premium paid / Premium amount (incl. GST)
    / Amount received / Cheque amount / Amount of cheque / Premium due / Amount to pay; Premium received -
    policy in force / Payment successful - policy copy sent to your mailbox / CHEQUE RECEIVED - RISK COVERED
    ONLY ON REALISATION / Transaction failed - premium not received, policy not issued; Mode of payment,
    Cheque No., Online payment ID / PG ref. No., UPI RRN / Bank transaction ref., Receipt No. / Official
    receipt No., Receipt date / Date of receipt / Premium paid on / Cheque received on / Attempted on /
    Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'online'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].removeprefix("The ")
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium receipt for your policy", "We have received your premium"],
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
            rng.choice(["Branch Office, G. S. Road, Guwahati", "Divisional Office, Paltan Bazar, Guwahati"]),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment - transaction status", "PAYMENT ATTEMPT - PREMIUM"]
            if status == "failed"
            else ["Premium acknowledgement", "RECEIPT - PREMIUM PAID", "OFFICIAL RECEIPT FOR PREMIUM"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - policy in force",
            "Payment successful - policy copy sent to your mailbox",
        ],
        "pending": ["CHEQUE RECEIVED - RISK COVERED ONLY ON REALISATION"],
        "failed": ["Transaction failed - premium not received, policy not issued"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Name of insured", "Insured name", "Proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['5', '2', '9'])}{digits(rng, 5)}/{digits(rng, 8)}/26")
    else:
        p.pair(rng.choice(["Quotation No.", "Proposal No."]), f"{rng.choice(['QN', 'PR'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - looms, yarn and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.00006, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2500000, 18000000, 50000))
        p.pair("Sum insured - showroom stock", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Theft by employees", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(10000000, 90000000, 500000))
        p.pair("Annual export turnover (estimated)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(30, 110)
        p.pair("Members covered", f"{members} (sum insured Rs 3,00,000 each)")
        basic = round(members * rng.uniform(2900, 4800), 2)
        addon = ("Pre-existing disease cover", round(members * 380.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(150000, 900000, 50000))
        p.pair("Cash limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(450000, 880000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"AS-25-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium (goods vehicle)", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(4000000, 16000000, 100000))
        p.pair("Wages declared for the year", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Medical expenses extension", round(wages * 0.0004, 2))
    else:
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - stock at fairs", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.003), 2)
        addon = ("Transit to and from the fair", round(insured * 0.0003, 2))
    if not j.no_day:
        p.pair("Period of insurance from", f"{j.other_day(rng, 1, 8)} (one year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair(f"{rng.choice(['GST', 'IGST'])} @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid", "Premium amount (incl. GST)", "Amount received"],
        "pending": ["Cheque amount", "Amount of cheque"],
        "failed": ["Premium due", "Amount to pay"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if not status_top:
        outcome_row(p, status, words)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Mode of payment", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['OP', 'PGW', 'IN'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Online payment ID", "PG ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank transaction ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Official receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Date of receipt", "Premium paid on"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover is subject to the realisation of the premium and to the policy's terms.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("LUITPORIA SILK EMPORIUM", "PAN BAZAR, GUWAHATI", "own"),
    ("JALUKBARI FILLING STATION", "NH-27, JALUKBARI, GUWAHATI", "fuel"),
    ("LUITPORIA SILKS", "SUALKUCHI, KAMRUP (ASSAM)", "own"),
    ("HOTEL PRAGATI RESIDENCY", "KAROL BAGH, NEW DELHI", "hotel"),
    ("LUITPORIA REELING & DYEING", "HAJO ROAD, SUALKUCHI", "own"),
    ("ASSAM LOOM STORES", "FANCY BAZAR, GUWAHATI", "shop"),
    ("LUITPORIA SILK EMPORIUM", "GUWAHATI 781001 AS", "own"),
    ("KHORIKA ASSAMESE KITCHEN", "BAIHATA CHARIALI, KAMRUP", "food"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "INDIANOIL",
    "UCO BANK",
    "HDFC BANK",
    "AXIS BANK",
    "PAYTM",
    "ICICI BANK",
    "PINE LABS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers', boutiques' and weavers' cards on the showroom's, the company's and the reeling unit's
    terminals, and the company's card at a filling station on NH-27, a Karol Bagh hotel in the silk fair week,
    a Fancy Bazar loom parts shop and an Assamese kitchen on the highway: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals; DATE: and TIME: / DT:
    and TM: / DATE & TIME: at the top or under the sum; MID:, TID:, BATCH:, TRACE NO:, ROC:, BILL NO: /
    INVOICE NO:, SALE / TAP & PAY SALE / EMV SALE, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE/LTR:,
    LITRES:, NOZZLE NO: and VEH NO:, a hotel's FOLIO: and ROOM:, a kitchen's KOT NO: and TABLE NO:, a shop's
    CUST MOBILE:, APPR CODE: / AUTH ID: / APPROVAL:, RRN: / REF NO: / RRN NO.:, AMOUNT: / TOTAL AMOUNT: / SALE
    AMT RS: / TXN AMOUNT: / NET AMOUNT:, the sum above or below the card; APPROVED / TRANSACTION SUCCESSFUL /
    APPROVED - PIN OK / DECLINED - 51 INSUFFICIENT FUNDS / TIMED OUT - CHECK WITH BANK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1800, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4800, 21000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 18000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 320, 2600, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"

    def day_rows() -> None:
        if j.no_day:
            return
        d = when(
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d%b%y", "%d.%m.%y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.4:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif pick < 0.7:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair(rng.choice(["TRACE NO:", "ROC:"]), f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "TAP & PAY SALE", "EMV SALE"] if j.amount <= 5000 else ["SALE", "EMV SALE"]),
    )
    lab = rng.choice(["AMOUNT:", "TOTAL AMOUNT:", "SALE AMT RS:", "TXN AMOUNT:", "NET AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab == 'SALE AMT RS:' else rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} **** **** {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA DEBIT", "5": "MASTERCARD", "6": "RUPAY DEBIT"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 99.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "XTRAMILE DIESEL", "MS (PETROL)"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("LITRES:", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"AS25{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO:", f"PR{digits(rng, 6)}")
        p.pair("ROOM:", str(rng.randrange(101, 420)))
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(100, 999)))
        p.pair("TABLE NO:", str(rng.randrange(1, 24)))
    elif kind == "shop":
        p.pair("CUST MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH ID:", "APPROVAL:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO.:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION SUCCESSFUL", "APPROVED - PIN OK"]),
            status="success",
        )
        p.add("small", "NO SIGNATURE REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TIMED OUT - CHECK WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("APDCL", "Assam Power Distribution Company Ltd", "Consumer No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["APDCL", "UCO mBanking Plus", "Google Pay", "APDCL", "PhonePe", "Amazon Pay", "CRED", "Paytm"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shed's, the unit's and the showroom's electricity (APDCL), the office fibre (Airtel Xstream Fiber),
    the sales head's postpaid phone (Jio Postpaid), the showroom's DTH (Tata Play) and the dye house canteen's
    commercial cooking gas (Indane Gas) through Bharat Connect in UCO mBanking Plus and other apps (Google
    Pay, PhonePe, Amazon Pay, CRED, Paytm: the app on top, the sum large above or below the status, Paid to
    (biller) / Utility provider / Biller name as printed, Consumer No. / Account No. / Mobile No. / Subscriber
    ID / LPG ID, Customer name / Name as per bill, Billing period, Due date and Amount payable after due date
    on some power, fibre and postpaid bills, Paid from Current A/c or UPI, BBPS reference ID / Bharat Connect
    transaction ref., UPI RRN, Transaction ID on the failed one, Payment date & time / Paid on / Transaction
    time / Date & time (the latter alone on one not paid); Bill payment successful / Paid - biller has
    confirmed / Awaiting biller confirmation - do not pay again / Payment failed - any amount debited will be
    reversed in 3-5 working days) and APDCL's own quick pay receipt (APDCL, Assam Power Distribution Company
    Ltd or its capitals on top with its "A Government of Assam undertaking" line, Consumer No., Sub-division,
    Consumer name, Bill date, Bill amount, Amount paid / Payment amount, Payment mode, Transaction No.,
    Receipt No., Receipt date / Date of payment, the status at the foot: Payment successful - your bill is
    marked paid / Receipt generated - thank you for paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=6000, high=92000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 4999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 350, 1450, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1700, 9600, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['1', '2', '3'])}{digits(rng, 11)}",
        "Account No.": f"{rng.choice(['3', '4'])}{digits(rng, 9)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "APDCL":
        p = browser_page(rng, font, "www.apdcl.org/website/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Assam undertaking  |  Quick pay - payment receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Sub-division", rng.choice(["Sualkuchi ESD", "Pan Bazar ESD, Guwahati"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, LOOMS.upper()]))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -25, -8))
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Payment amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"APDCL{digits(rng, 13)}"
            p.pair("Transaction No.", tid, txn=(TXN_RANK, tid))
            rno = f"QP{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Receipt date", "Date of payment"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful - your bill is marked paid",
                    "Receipt generated - thank you for paying online",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Payments after 8 pm are posted to the consumer account on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill payment successful", "Paid - biller has confirmed"],
        "pending": ["Awaiting biller confirmation - do not pay again"],
        "failed": ["Payment failed - any amount debited will be reversed in 3-5 working days"],
    }
    if rng.random() < 0.6:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    wrap_pair(p, rng.choice(["Paid to (biller)", "Utility provider", "Biller name"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Name as per bill"]),
        rng.choice([COMPANY_CAPS, LOOMS.upper(), SHOWROOM.upper()]),
    )
    if which in (0, 1, 2) and not j.no_day and rng.random() < 0.7:
        start, end = earlier(rng, j, 35, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Billing period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair(
            "Amount payable after due date",
            rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 100),
        )
    way = "Current A/c" if app == "UCO mBanking Plus" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:7])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Google Pay": "GP",
                "PhonePe": "PP",
                "Amazon Pay": "AZ",
                "CRED": "CR",
                "Paytm": "PT",
            }.get(app, "UC")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS reference ID", "Bharat Connect transaction ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date & time", "Paid on", "Transaction time", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "",
    "SARAIGHAT ROADWAYS",
    "LAKHIMPUR MUGA RESHO",
    "RI-BHOI ERI SPINNERS",
    "RUPALI BORO",
    "",
    "SURAT ZARI UDYOG PVT",
    "KAMRUP GUARD SERVICE",
]
MAIL_PAYEES = [
    "Bamunpara Jacquard Naksha Studio",
    "Sri Hemanta Kumar Goswami",
    "Hajo Boiler & Steam Services",
    "Fancy Bazar Dye & Chemical Stores",
]
SENDERS = {
    "State Bank of India": "VM-SBIINB",
    "UCO Bank": "AD-UCOBNK",
    "Assam Gramin Vikash Bank": "JM-AGVBNK",
    "Bandhan Bank": "VK-BDNBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-SBIINB /
    AD-UCOBNK / JM-AGVBNK / VK-BDNBNK, the day divider, each bank's own wording: State Bank of India's "Your
    A/C XXXXX1234 Debited INR x on <day> -<way> trf to <payee>.", UCO Bank's "A/c XX1234 debited Rs.x on <day>
    thru <way> to <payee>.", Assam Gramin Vikash Bank's "AGVB: Rs x withdrawn from A/c ..1234 on <day> by
    <way> trf to <payee>.", Bandhan Bank's UPI "Rs.x paid from Bandhan Bank A/c XX1234 to <payee> on <day> via
    UPI. UPI Ref <ref>."; a transfer that "has failed; amount reversed to your A/c." and one that "is pending
    at the beneficiary bank; do not initiate again.", the Avl Bal INR / Bal Rs. / Avl Bal Rs line) and two
    e-mail debit alerts (HDFC Bank, ICICI Bank: Amount / Debit amount, Beneficiary name / Transferred to /
    Payee, Value date / Txn date / Date of transaction, From account, Transfer mode, UTR No. / IMPS RRN,
    Available balance; Status: Successful / Transaction status: Debited and sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=9000, high=320000)
    if k == 4:
        j.amount = rupees(rng, 1800, 12000, 0.8)
    elif k == 2:
        j.amount = rupees(rng, 45000, 190000)
    elif k == 7:
        j.amount = rupees(rng, 28000, 74000)
    if k in (0, 5):
        to = MAIL_PAYEES[(0 if k == 0 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "ICICI Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} InstaAlerts <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer from your account", "Alert: your account has been debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the funds transfer below has been debited from your account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Transferred to", "Payee"]
        if sum_first:
            p.pair(rng.choice(["Amount", "Debit amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount", "Debit amount"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Value date", "Txn date", "Date of transaction"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.pair("From account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Transfer mode", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 85000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Successful", "Transaction status: Debited and sent"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "If you did not make this transfer, call your bank's 24x7 helpline immediately.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 4:
        way = "UPI"
    elif k == 7:
        way = "NEFT"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Bandhan Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        1: "State Bank of India",
        2: "UCO Bank",
        4: "Bandhan Bank",
        7: "Assam Gramin Vikash Bank",
    }.get(k, rng.choice(["State Bank of India", "UCO Bank", "Assam Gramin Vikash Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 2900000)
    if status == "success":
        if bank == "Bandhan Bank":
            p.add("left", f"Rs.{amt} paid from Bandhan Bank A/c XX{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via UPI.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add("left", f"Your A/C XXXXX{tail} Debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"-{way} trf to {to}.", merchant=to, method=method)
        elif bank == "UCO Bank":
            p.add("left", f"A/c XX{tail} debited Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"AGVB: Rs {amt} withdrawn from A/c ..{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} trf to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed; amount reversed to your A/c.",
            "pending": "is pending at the beneficiary bank; do not initiate again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Bandhan Bank":
            p.add("small", "Not you? Block UPI in the mBandhan app -Bandhan Bank", status="success")
        else:
            balance = {
                "State Bank of India": f"Avl Bal INR {bal:,.2f}",
                "UCO Bank": f"Bal Rs.{bal:,.2f}",
            }.get(bank, f"Avl Bal Rs {bal:,.2f}")
            p.add("left", balance, status="success")
            p.add(
                "small",
                rng.choice(
                    [
                        "If not done by you, report to your branch at once",
                        "Never share your OTP or PIN with anyone",
                    ]
                ),
            )
    if bank != "Bandhan Bank":
        p.add("small", {"State Bank of India": "-SBI", "UCO Bank": "-UCO Bank"}.get(bank, "-AGVB"))
    return p.done()


compose = compose158

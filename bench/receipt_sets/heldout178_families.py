"""The twelve heldout178 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a tile and sanitaryware showroom's day in 2026 (Neelgiri Tiles & Bath Studio Pvt Ltd,
its showroom at Benz Circle, Vijayawada and its godown at Gannavaram), told by the proofs of payment it receives and
makes: its own money receipts to builders for part payments and cheques, builders' and developers' payment advices,
the Morbi factories' invoices with their payment blocks and the corporate banking pages that pay them, contractors'
and plumbers' commissions by UPI, retail customers' payment links, card and EMI slips at the showroom's terminals,
the transporters' freight bills for the trucks from Morbi, the showroom staff's salary and incentive vouchers,
electricity and the municipal trade licence, outward remittances for imported tiles and fittings, and the bank's
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, invoice and estimate lists, LR, truck, site and project numbers, boxes,
square metres, rates, retention and TDS lines, balances, EMI instalments, tenures, interest, exchange rates, INR
equivalents, charges, IBAN, BIC, IFSC, GSTIN, consumer and licence numbers, periods, cheque numbers, MID, TID, batch
and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's,
``by_bank`` and ``doc_no`` heldout171's, ``bank_ref``, ``utr_label`` and ``stamp_seal`` heldout175's, ``compose``
heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout171_families import by_bank, doc_no
from bench.receipt_sets.heldout175_families import bank_ref, stamp_seal, utr_label

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

COMPANY = "Neelgiri Tiles & Bath Studio Pvt Ltd"
COMPANY_CAPS = "NEELGIRI TILES & BATH STUDIO PRIVATE LIMITED"
SHORT = "Neelgiri Tiles & Bath"
SLUG = "neelgiritiles"
# unit, what it is, address, GST state code
UNITS = [
    ("Vijayawada", "Showroom", "MG Road, Benz Circle, Vijayawada - 520010, Andhra Pradesh", "37"),
    ("Gannavaram", "Godown & dispatch", "NH 16, Gannavaram, Krishna Dt - 521101, Andhra Pradesh", "37"),
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Union Bank of India",
    "Karur Vysya Bank",
    "Kotak Mahindra Bank",
    "Canara Bank",
]
STAFF = [
    "Venkata Ramana K",
    "Lakshmi Prasanna G",
    "Srinivasa Rao M",
    "Durga Bhavani P",
    "Naga Raju Ch",
    "Anusha Reddy",
    "Mohammed Rafi Sk",
    "Sai Kiran Varma",
    "Padmavathi N",
    "Ravi Teja B",
]


def ours(rng: random.Random, *, caps: float = 0.3) -> str:
    """The company as a page names it: its full name, in capitals on some, or its short name."""
    name = rng.choice([COMPANY, COMPANY, SHORT, "Neelgiri Tiles & Bath Studio Private Limited"])
    return name.upper() if rng.random() < caps else name


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party on a supplier's paper (Buyer / Consignee / Customer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY_CAPS, f"M/s {SHORT}, Vijayawada"]))


def head(p: Screen, name: str | None, lines: list[str], kind: str | None = None, **facts) -> None:
    """A page's top: a name (the payee where ``facts`` say so), its small lines, the document's kind, a rule."""
    p.part = "head"
    if name:
        top(p, name, **facts)
    for line in lines:
        p.add("small", line)
    if kind:
        p.add("center", kind)
    p.add("rule")
    p.part = "body"


# ---------------------------------------------------------------- 1. the showroom's money receipts to builders


BUILDERS = [
    ("Sri Venkateswara Constructions", "Lakshmi Residency, Poranki"),
    ("Krishna Sai Builders & Developers", "Sai Enclave, Gunadala"),
    ("Amaravati Homes Pvt Ltd", "Green Meadows, Tadepalli"),
    ("Sravya Infra Projects", "Sravya Towers, Kanuru"),
    ("Godavari Developers", "Block C, Nidamanuru"),
    ("Bhavani Shelters", "Bhavani Nagar villas, Enikepadu"),
]
RECEIPT_WAYS = ["cash", "cheque", "NEFT", "cheque", "UPI", "cheque", "RTGS", "cash"]


def builder_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's own MONEY RECEIPT / PAYMENT RECEIPT / RECEIPT - PART PAYMENT to builders (paper, rubber stamp):
    the company on top with its address and GSTIN, Receipt No. / Rcpt. No., Date / Receipt date, Received from /
    Party M/s the builder, Site / Project, Against Quotation No. / Order No., Order value, Received earlier, Amount
    received / Received / Cash received / Cheque received / Cheque amount, Balance due, Mode cash / cheque (Cheque No.,
    Drawn on, Cheque date) / NEFT / RTGS / UPI with its reference, RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO
    REALISATION / CHEQUE BOUNCED - FUNDS INSUFFICIENT, the amount in words and the receiver's signature."""
    k = place("builder_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=25000, high=650000, p_round=0.7)
    builder, site = rng.choice(BUILDERS)
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", ""))
    p = paper_page(rng, font, [620, 680, 740])
    name = ours(rng, caps=0.4)
    letterhead(
        p,
        name,
        "Tiles | Sanitaryware | CP fittings | Bath studio",
        UNITS[0][2],
        UNITS[0][3],
        ["MONEY RECEIPT", "PAYMENT RECEIPT", "RECEIPT - PART PAYMENT"],
    )
    if not j.no_ref:
        no = doc_no(rng, "NTB/RC", j)
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), no, txn=(INVOICE_RANK, no))
    date_row(p, j, ["Date", "Receipt date", "Dated"])
    wrap_pair(p, rng.choice(["Received from", "Party"]), f"M/s {builder}")
    wrap_pair(p, rng.choice(["Site", "Project"]), site)
    p.pair(rng.choice(["Against Quotation No.", "Order No."]), f"Q-{rng.randrange(1000, 9999)}")
    order = float(round(j.amount * rng.uniform(2.2, 4.5), -2))
    earlier = float(round(order * rng.uniform(0.1, 0.4), -3))
    p.pair("Order value", rs(order))
    p.pair("Received earlier", rs(earlier))
    way = RECEIPT_WAYS[k]
    if way == "cheque":
        lab = "Cheque amount" if status == "failed" else rng.choice(["Cheque received", "Received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
        if status == "failed":
            p.pair("Return memo", "Funds insufficient - charges Rs. 590 to party")
    else:
        way = by_bank(j, way)
        lab = "Cash received" if way == "cash" else rng.choice(["Amount received", "Received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair(
            "Mode",
            {"cash": "Cash", "UPI": "UPI"}.get(way, way),
            method={"cash": "cash", "UPI": "UPI"}.get(way, "netbanking"),
        )
        if way != "cash" and not j.no_ref:
            ref = bank_ref(rng, j, way)
            lab = "UPI Ref No." if way == "UPI" else utr_label(rng, way)
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    p.pair("Balance due", rs(order - earlier - j.amount))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Received {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    stamp_seal(p, SHORT, j, word)
    return p.done()


# ---------------------------------------------------------------- 2. builders' and developers' payment advices


DEVELOPERS = [
    ("Prestige Amaravati Realty LLP", "payables@prestigeamaravati.in", "Lake View Towers"),
    ("Aparna Krishna Constructions Ltd", "ap@aparnakrishna.com", "Riverfront Phase 2"),
    ("My Home Vijaya Developers", "vendor.payments@myhomevijaya.in", "Avatar Heights"),
    ("Rajapushpa Coastal Projects", "accounts@rajapushpacoastal.in", "Sea Breeze Villas"),
    ("Vertex Homes (Andhra) Pvt Ltd", "finance@vertexhomes-ap.com", "Vertex Panache"),
]
ADVICE_FRAMES = ["mail", "sap", "portal", "mail", "sap", "mail", "portal", "mail"]


def builder_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A developer paying for the tiles and sanitaryware of its towers by NEFT / RTGS: payment advice e-mails and a
    printed REMITTANCE ADVICE (the developer on top, Payee / Vendor / Supplier the company, Vendor code, Project, the
    invoices with their sums, Less: TDS u/s 194Q @ 0.1%, Less: Retention @ 5%, Net amount paid / Amount paid / Net
    payment, Payment mode, UTR / UTR No. / RTGS UTR / IMPS Ref No., Payment document / Payment No., Payment date /
    Value date / Scheduled on / Rejected on) and its vendor portal pages (Payment status Paid / Processed / On hold -
    bank details under verification / Rejected by bank - account closed)."""
    k = place("builder_advices")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=60000, high=1200000)
    dev, mail, project = rng.choice(DEVELOPERS)
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(rng, font, f"{dev} <{mail}>", ["Payment advice", f"Payment released - {SHORT}"])
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    kind = {"mail": "Payment Advice", "sap": "REMITTANCE ADVICE", "portal": "Supplier portal - payment"}[
        frame
    ]
    head(p, dev, [rng.choice(["Accounts payable", "Procurement & payables", "Finance"])], kind)
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Payee", "Vendor", "Supplier"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', 'SUP', '30'])}{digits(rng, 6)}")
    wrap_pair(p, "Project", project)
    p.add("left", rng.choice(["Invoices paid", "Bills settled"]))
    bills = [rupees(rng, 30000, 600000, 0.2) for _ in range(rng.randrange(1, 4))]
    for v in bills:
        no = f"NTB/{rng.randrange(100, 2999)}" if j.no_day else f"NTB/{fy(j.date)}/{rng.randrange(100, 2999)}"
        p.pair(f"{no} (tiles & CP)" if fits(p, "pair", f"{no} (tiles & CP) {v:,.2f}   ") else no, rs(v))
    gross = sum(bills)
    tds = round(gross * 0.001, 2)
    ret = round(gross * 0.05, 2) if rng.random() < 0.6 else 0.0
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    if ret:
        p.pair("Less: Retention @ 5%", rs(ret))
    j.amount = round(gross - tds - ret, 2)
    p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = by_bank(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT")
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:4])
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way, bank)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        pay = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document", "Payment No."]), pay, txn=(INVOICE_RANK, pay))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Processed"],
            "pending": ["On hold - bank details under verification"],
            "failed": ["Rejected by bank - account closed"],
        },
    )
    labels = {
        "success": ["Payment date", "Value date"],
        "pending": ["Scheduled on"],
        "failed": ["Rejected on"],
    }
    date_row(p, j, labels[status])
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 3. the Morbi factories' invoices


FACTORIES = [
    (
        "Sunhearrt Vitrified Pvt Ltd",
        "Glazed vitrified tiles | GVT | PGVT",
        "8-A National Highway, Morbi - 363642",
    ),
    ("Lexxus Ceramic LLP", "Wall tiles 300x600 | Elevation tiles", "Lakhdhirpur Road, Morbi - 363642"),
    (
        "Somnath Sanitaryware Pvt Ltd",
        "One piece WC | Wash basins | Urinals",
        "Wankaner Highway, Morbi - 363621",
    ),
    ("Varmora Porcelain Works", "Porcelain slabs 800x1600 | Outdoor tiles", "Ghuntu Road, Morbi - 363641"),
    (
        "Orbit Floor Tiles Industries",
        "Double charge vitrified | Parking tiles",
        "Rafaleshwar, Morbi - 363642",
    ),
]
TILES = [
    ("GVT 600x1200 Carrara glossy", 1.44, 44.0, 58.0),
    ("PGVT 800x800 Statuario", 1.92, 48.0, 62.0),
    ("Wall tile 300x600 digital", 1.08, 26.0, 34.0),
    ("Parking tile 400x400 matt", 1.44, 19.0, 25.0),
    ("Porcelain slab 800x1600 onyx", 2.56, 78.0, 96.0),
]
WARES = [
    ("One piece WC S-trap", 4150.0, 5600.0),
    ("Table top basin", 980.0, 1450.0),
    ("Wall hung WC", 3200.0, 4300.0),
]
FACTORY_WAYS = ["RTGS", "NEFT", "cheque", "RTGS", "NEFT", "RTGS", "cheque", "NEFT"]


def morbi_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Morbi tile or sanitaryware factory's TAX INVOICE / INVOICE CUM RECEIPT (the factory on top, its line, address
    and GSTIN; Invoice No. / Inv. No., Date / Invoice date / Dated, Buyer / Consignee M/s the company, Truck No.,
    E-way bill No., the tiles as boxes x sq m per box x rate per sq m (or sanitaryware pieces x rate), Less: Scheme
    discount, Taxable value, IGST @ 18%, Round off, Invoice total, then the payment block: Amount received / Received
    with the RTGS or NEFT UTR, or Cheque received / Cheque amount with Cheque No. and Drawn on; PAID / RECEIVED WITH
    THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE / CHEQUE RETURNED - SIGNATURE MISMATCH, the amount in words and
    the factory's rubber stamp)."""
    k = place("morbi_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    fac, line, addr = FACTORIES[k % len(FACTORIES)]
    name = fac.upper() if rng.random() < 0.35 else fac
    rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9", ""))
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(
        p,
        name,
        line,
        addr + ", Gujarat",
        "24",
        ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL"],
    )
    if not j.no_ref:
        inv = doc_no(rng, "".join(w[0] for w in fac.split()[:2]).upper(), j)
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date", "Dated"])
    ours_to(p, ["Buyer", "Consignee", "Bill to"])
    p.pair("Truck No.", f"GJ36 {code(rng, 1, UPPER)}{code(rng, 1, UPPER)} {digits(rng, 4)}")
    p.pair("E-way bill No.", digits(rng, 12))
    taxable = 0.0
    if "Sanitaryware" in fac:
        for ware, lo, hi in rng.sample(WARES, 2):
            pcs, rate = rng.randrange(10, 80), round(rng.uniform(lo, hi))
            p.add("left", ware)
            p.pair(f"  {pcs} pcs x {rate:,}", rs(float(pcs * rate)))
            taxable += pcs * rate
    else:
        for tile, per, lo, hi in rng.sample(TILES, rng.randrange(1, 3)):
            boxes, rate = rng.randrange(60, 700), round(rng.uniform(lo, hi), 2)
            value = round(boxes * per * rate, 2)
            p.add("left", tile)
            p.pair(f"  {boxes} box x {per} sqm x {rate:.2f}", rs(value))
            taxable += value
    disc = round(taxable * rng.choice([0, 0.02, 0.03]), 2)
    if disc:
        p.pair("Less: Scheme discount", rs(disc))
        taxable = round(taxable - disc, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, True)
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.add("rule")
    way = "cheque" if status != "success" else by_bank(j, FACTORY_WAYS[k])
    if way == "cheque":
        lab = "Cheque amount" if status == "failed" else "Cheque received"
        p.pair(lab, rs(total), amount=total, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - SIGNATURE MISMATCH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(total)}")
    p.add("small", "Subject to Morbi jurisdiction. Breakage in transit at buyer's risk.")
    right(p, f"For {name}")
    stamp_seal(p, fac, j, word)
    return p.done()


# ---------------------------------------------------------------- 4. corporate banking pages paying the factories


CIB = {
    0: ("ICICI Bank CIB", "cib.icicibank.com/corp/payments/status"),
    1: ("HDFC Bank ENet", "enet.hdfcbank.com/txn/fundtransfer/ack"),
    3: ("Axis Bank CIB", "corporate.axisbank.co.in/payments/single"),
    4: ("yono BUSINESS", "yonobusiness.sbi/payments/acknowledgement"),
    6: ("KVB Corporate Net Banking", "corporate.kvb.co.in/fundtransfer/status"),
}
PAYEES = [
    "Sunhearrt Vitrified Pvt Ltd",
    "Jaquar & Company Pvt Ltd",
    "Lexxus Ceramic LLP",
    "Somany Ceramics Ltd",
    "Varmora Porcelain Works",
    "Hindware Ltd",
    "Cera Sanitaryware Ltd",
    "Kajaria Ceramics Ltd",
]
FACTORY_GOODS = [
    "GVT 600x1200 - 2 trucks",
    "CP fittings - Q1 scheme order",
    "Wall tiles lot 44",
    "Display boards and tiles",
    "Slabs 800x1600 - 1 truck",
    "Sanitaryware PO 118",
    "Concealed cisterns and WCs",
    "Showroom stock PO 91",
]


def factory_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying factories and brand distributors: five corporate banking pages (ICICI Bank CIB, HDFC Bank
    ENet, Axis Bank CIB, yono BUSINESS, KVB Corporate Net Banking: Fund transfer - acknowledgement, Debit account name
    the company, Debit account, Beneficiary name / Payee name / Credit to the factory, Beneficiary A/c, IFSC, Amount /
    Transfer amount / Debit amount, Charges (incl. GST), Remarks / Narration, Transfer type NEFT / RTGS / IMPS, UTR /
    UTR No. / IMPS Ref No., Reference No. / Txn Ref No., Maker / Checker, Value date / Transaction date / Initiated on
    / Failed on; Transaction successful / Payment processed / Transaction in process - awaiting beneficiary bank
    confirmation / Transaction failed - beneficiary account frozen) and three bank e-mails to the factory (Payment
    advice on behalf of the company: Beneficiary / Beneficiary name, Remitter, Amount, Payment type, UTR, Value date,
    Status: Credited)."""
    k = place("factory_pay")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=80000, high=1800000)
    payee = PAYEES[k].upper() if rng.random() < 0.3 else PAYEES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    way = by_bank(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else rng.choice(["NEFT", "IMPS"]))
    bank = rng.choice(BANKS)
    ref = bank_ref(rng, j, way)
    if k not in CIB:
        sender = rng.choice(BANKS[:4])
        p = mail_page(
            rng,
            font,
            f"{sender} <payment.advice@{sender.split()[0].lower()}bank.net>",
            [f"Payment advice from {SHORT}", "Funds transferred to your account"],
        )
        head(p, sender, ["Beneficiary payment advice"])
        p.add("left", f"Dear {payee},")
        p.add("left", "the following payment has been made to your account.")
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        wrap_pair(p, "Remitter", ours(rng))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", way, method="netbanking")
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)} ({bank})")
        p.pair("Narration", FACTORY_GOODS[k])
        if not j.no_ref:
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        outcome_row(p, status, {"success": ["Status: Credited", "Credited to beneficiary"]})
        date_row(p, j, ["Value date", "Transaction date"])
        p.part = "foot"
        p.add("small", "Please do not reply to this auto-generated mail.")
        return p.done()
    portal, url = CIB[k]
    p = browser_page(rng, font, url)
    p.part = "head"
    p.add("title", portal)
    head(p, None, [rng.choice(["Fund transfer - acknowledgement", "Single payment - status"])])
    wrap_pair(p, "Debit account name", COMPANY_CAPS)
    p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee name", "Credit to"]), payee, merchant=payee)
    p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{code(rng, 4, UPPER)}0{digits(rng, 6)}")
    p.pair(rng.choice(["Amount", "Transfer amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    if way != "IMPS" and rng.random() < 0.6:
        p.pair("Charges (incl. GST)", rs(float(rng.choice([2.95, 5.9, 29.5, 53.1]))))
    p.pair(rng.choice(["Remarks", "Narration"]), FACTORY_GOODS[k])
    p.pair(rng.choice(["Transfer type", "Payment mode"]), way, method="netbanking")
    if not j.no_ref:
        if status != "failed":
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        tref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Reference No.", "Txn Ref No."]), tref, txn=(BANK_RANK, tref))
    p.pair("Maker / Checker", rng.choice(["ACCTS01 / MD", "PRAVEEN.K / SRINIVAS.N"]))
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Payment processed"],
            "pending": ["Transaction in process - awaiting beneficiary bank confirmation"],
            "failed": ["Transaction failed - beneficiary account frozen"],
        },
    )
    labels = {
        "success": ["Value date", "Transaction date"],
        "pending": ["Initiated on"],
        "failed": ["Failed on"],
    }[status]
    date_row(p, j, labels, hour=rng.random() < 0.5)
    return p.done()


# ---------------------------------------------------------------- 5. contractors' and plumbers' commissions by UPI


CONTRACTORS = [
    "Shaik Jani Basha",
    "K Durga Prasad (Tiles Contractor)",
    "Ramesh Plumbing Works",
    "Sri Lakshmi Ganapathi Tile Fixers",
    "Ch Nageswara Rao",
    "Venkat Interiors",
    "Sai Ram Sanitary Contractor",
    "M Koteswara Rao",
]
COMMISSION_APPS = [
    "Google Pay",
    "PhonePe",
    "Paytm",
    "BHIM",
    "iMobile Pay",
    "YONO SBI",
    "Google Pay",
    "PhonePe",
]
COMMISSION_NOTES = [
    "Commission Gunadala site",
    "Referral - Reddy villa",
    "Plumber commission June",
    "Fixing charges 1200 sqft",
    "Incentive - Jaquar order",
    "Commission 3% Poranki",
    "CP fitting referral",
    "Site measurement",
]
APP_BANDS = {
    "PhonePe": (95, 37, 159),
    "Paytm": (0, 46, 110),
    "BHIM": (247, 130, 34),
    "iMobile Pay": (178, 34, 34),
    "YONO SBI": (40, 0, 110),
}


def commission_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom paying contractors, tile fixers and plumbers their commission and referral money: eight UPI app
    screens (Google Pay, PhonePe, Paytm, BHIM, iMobile Pay, YONO SBI: the contractor under Paid to / To / Sent to /
    Paying to, the UPI ID, the sum large, Note / Message, UPI transaction ID / UPI Ref No. / UTR, the app's own
    Transaction ID on some, Debited from / From, Date & time / Paid on / Completed; Payment Successful / Money sent /
    Payment Failed / Payment Pending)."""
    k = place("commission_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=500, high=38000, p_round=0.8)
    to = CONTRACTORS[k].upper() if rng.random() < 0.25 else CONTRACTORS[k]
    app = COMMISSION_APPS[k]
    rs = money(rng, font, 0.8)
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    p.part = "head"
    band = APP_BANDS.get(app)
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Money sent", "Paid successfully"],
            "failed": ["Payment Failed", "Transaction failed"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    base = "".join(c for c in to.lower() if c.isalpha())[:9]
    p.add(
        "small",
        f"{base}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm'])}",
        method="UPI",
    )
    if status == "failed":
        p.add("small", "Money debited, if any, will be refunded in 3-5 working days.")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), COMMISSION_NOTES[k])
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Google Pay") and rng.random() < 0.6:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Google Pay": f"CICAgK{code(rng, 14, ALNUM)}",
            }[app]
            wrap_pair(
                p,
                "Google transaction ID" if app == "Google Pay" else "Transaction ID",
                own,
                txn=(TXN_RANK, own),
            )
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 6. retail customers' payment links


LINKS = ["Razorpay", "PayU", "Cashfree", "Instamojo", "Razorpay", "PayU", "Cashfree", "Razorpay"]
CUSTOMERS = [
    "Dr. P. Sridevi",
    "Ravi Shankar Kolli",
    "Anil Kumar Pinnamaneni",
    "Swathi Reddy",
    "Harsha Vardhan T",
]
LINK_ITEMS = [
    "Bathroom set - master bath",
    "Kitchen wall tiles 14 boxes",
    "Booking advance - Jaquar shower",
    "Vanity unit with basin",
    "Wooden plank tiles 22 boxes",
]


def customer_links(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Retail customers paying the showroom by a payment link (Razorpay, PayU, Cashfree, Instamojo pages in a browser:
    the showroom on top with its town, Payment successful / Paid / Payment failed / Payment pending, the sum large,
    Paid by / Customer, Purpose / Description, Invoice ref, Payment method UPI / card / Net banking, Payment ID
    pay_... / PayU ID / Transaction ID / Order ID, UPI RRN / Bank ref / Auth code, Paid on / Date; the gateway's
    footer)."""
    k = place("customer_links")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1800, high=240000, p_round=0.5)
    gw = LINKS[k]
    rs = money(rng, font, 0.5)
    url = {
        "Razorpay": "rzp.io/l/",
        "PayU": "u.payu.in/",
        "Cashfree": "payments.cashfree.com/forms/",
        "Instamojo": "imjo.in/",
    }[gw]
    p = browser_page(rng, font, url + code(rng, 7, ALNUM.lower()))
    name = ours(rng, caps=0.2)
    head(p, name, [rng.choice(["Benz Circle, Vijayawada", "Vijayawada, Andhra Pradesh"])], merchant=name)
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid", "Payment received"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending - awaiting bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Paid by", "Customer"]), rng.choice(CUSTOMERS))
    wrap_pair(p, rng.choice(["Purpose", "Description"]), rng.choice(LINK_ITEMS))
    if rng.random() < 0.5:
        p.pair("Invoice ref", f"EST-{rng.randrange(1000, 9999)}")
    way = rng.choice(["UPI", "card", "netbanking"]) if status == "success" else "UPI"
    shown = {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}
    p.pair("Payment method", shown.get(way, "Net banking"), method=way)
    if not j.no_ref:
        pid = {
            "Razorpay": f"pay_{code(rng, 14, ALNUM)}",
            "PayU": digits(rng, 11),
            "Cashfree": digits(rng, 10),
            "Instamojo": f"MOJO{j.date:%m%d}{code(rng, 6, ALNUM)}",
        }[gw]
        p.pair(
            {"Razorpay": "Payment ID", "PayU": "PayU ID"}.get(gw, "Transaction ID"), pid, txn=(TXN_RANK, pid)
        )
        if way == "UPI" and status != "failed":
            p.pair(rng.choice(["UPI RRN", "Bank ref"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        elif way == "netbanking":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Paid on", "Date"] if status != "failed" else ["Attempted on"], hour=True)
    p.part = "foot"
    p.add(
        "small",
        {
            "Razorpay": "Secured by Razorpay",
            "PayU": "Powered by PayU",
            "Cashfree": "Powered by Cashfree Payments",
            "Instamojo": "Payments by Instamojo",
        }[gw],
    )
    return p.done()


# ---------------------------------------------------------------- 7. card and EMI slips at the showroom


SHOWROOM_LINES = [
    "NEELGIRI TILES & BATH",
    "NEELGIRI TILES AND BATH STUDIO",
    "NEELGIRI TILES & BATH STUDIO PVT",
]
MAKERS = [
    "PINE LABS",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
    "PINE LABS",
    "AXIS BANK",
    "PAYTM EDC",
    "PINE LABS",
]
EMI_BANKS = ["HDFC BANK CREDIT CARD", "ICICI BANK CREDIT CARD", "SBI CARD", "AXIS BANK CREDIT CARD"]


def emi_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Card slips from the showroom's terminals (PINE LABS, HDFC BANK, WORLDLINE, ICICI BANK, AXIS BANK, PAYTM EDC;
    monospace): the maker on top on some, the showroom's name and town in capitals, DATE: / TIME: or DT: TM:, MID:,
    TID:, BATCH NO:, INVOICE NO: / ROC NO:, SALE or BRAND EMI / BANK EMI SALE with ISSUER:, TENURE: n MONTHS,
    INTEREST RATE:, EMI AMT:, TOTAL PAYABLE (WITH INT):, CASHBACK:, CARD NO: / CARD TYPE: / ENTRY:, APPR CODE: / AUTH
    CODE:, RRN: / REF NO:, SALE AMT: / TXN AMT: / AMOUNT: / TOTAL:; APPROVED / TXN SUCCESSFUL / DECLINED with RESP
    CODE: 05 DO NOT HONOUR / TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("emi_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=9000, high=320000, p_round=0.3)
    name = rng.choice(SHOWROOM_LINES)
    emi = k in (0, 2, 4, 5, 7)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", rng.choice(["BENZ CIRCLE VIJAYAWADA", "VIJAYAWADA AP"]))
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["BRAND EMI", "BANK EMI SALE"]) if emi else "SALE")
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP"]))
    if not j.no_ref:
        if status == "success":
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.pair(
        rng.choice(["SALE AMT:", "TXN AMT:", "AMOUNT:", "TOTAL:"]),
        f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:,.2f}",
        amount=j.amount,
    )
    if emi:
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([0.0, 13.0, 15.0, 16.0])
        monthly = round(j.amount * (1 + rate / 100 * months / 24) / months, 2)
        p.pair("ISSUER:", rng.choice(EMI_BANKS))
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("INTEREST RATE:", f"{rate:.2f}% P.A." if rate else "NO COST EMI")
        p.pair("EMI AMT:", f"{monthly:,.2f}")
        p.pair("TOTAL PAYABLE (WITH INT):", f"{monthly * months:,.2f}")
        if rng.random() < 0.5:
            p.pair("CASHBACK:", f"{round(j.amount * 0.05, 2):,.2f} IN 90 DAYS")
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", "RESP CODE: 05 DO NOT HONOUR")
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 8. transporters' freight bills


TRANSPORTERS = [
    (
        "Shree Ambaji Roadlines",
        "Fleet owners & transport contractors",
        "Lalpar, Morbi - 363642, Gujarat",
        "24",
    ),
    (
        "Balaji Ceramic Carriers",
        "Morbi - South India daily service",
        "Shanala Road, Morbi - 363641, Gujarat",
        "24",
    ),
    (
        "Krishna Godavari Transports",
        "Local delivery | Tempo & tractor",
        "Auto Nagar, Vijayawada - 520007",
        "37",
    ),
    (
        "Saurashtra Andhra Cargo Movers",
        "Full truck loads | Tiles & sanitaryware",
        "Rajkot - 360003, Gujarat",
        "24",
    ),
]
TRANSPORT_FRAMES = ["paper", "mail", "paper", "paper", "mail", "paper", "paper", "mail"]
TRANSPORT_WAYS = ["IMPS", "UPI", "cash", "NEFT", "UPI", "cash", "UPI", "NEFT"]


def transport_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Transporters' bills for the trucks from Morbi and the local deliveries: printed FREIGHT BILL / LORRY RECEIPT
    CUM FREIGHT BILL / BILTY CUM RECEIPT (the transporter on top, LR No., Truck No., From Morbi To Vijayawada,
    Consignor the factory, Consignee M/s the company, Boxes / Weight, Freight, Unloading / Hamali, Detention, Total
    freight, Less: Advance paid at loading, Balance paid / Balance freight received / Amount received, Mode with its
    reference, PAID / RECEIVED / PAYMENT UNDER VERIFICATION - CREDIT AWAITED / UPI DECLINED - BALANCE DUE) and the
    transporter's receipt e-mails (Payment received - thank you)."""
    k = place("transport_bills")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    tname, line, addr, state = TRANSPORTERS[k % len(TRANSPORTERS)]
    name = tname.upper() if rng.random() < 0.4 else tname
    rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "\u20b9", ""))
    local = "Vijayawada" in addr
    if TRANSPORT_FRAMES[k] == "mail":
        p = mail_page(
            rng,
            font,
            f"{tname.split()[0]} Accounts <accounts@{tname.split()[1].lower()}transport.in>",
            ["Payment received - thank you", "Freight payment acknowledgement"],
        )
        head(p, name, [line], "Payment acknowledgement", merchant=name)
    else:
        p = paper_page(rng, font, [620, 680, 740])
        letterhead(
            p,
            name,
            line,
            addr,
            state,
            ["FREIGHT BILL", "LORRY RECEIPT CUM FREIGHT BILL", "BILTY CUM RECEIPT"],
        )
    if not j.no_ref:
        no = doc_no(rng, "FB", j)
        p.pair(rng.choice(["Bill No.", "Receipt No."]), no, txn=(INVOICE_RANK, no))
    p.pair("LR No.", str(rng.randrange(1000, 99999)))
    p.pair("Truck No.", f"{'AP16 T' if local else 'GJ36 X'}{code(rng, 1, UPPER)} {digits(rng, 4)}")
    p.pair("From / To", "Gannavaram / Vijayawada city" if local else "Morbi / Vijayawada")
    wrap_pair(p, "Consignor", rng.choice(FACTORIES)[0])
    ours_to(p, ["Consignee", "Party"])
    if local:
        freight = float(rng.randrange(18, 90) * 100)
        adv = 0.0
    else:
        freight = float(rng.randrange(620, 980) * 100)
        adv = float(round(freight * rng.uniform(0.5, 0.7), -3))
    p.pair(
        rng.choice(["Boxes", "Weight"]),
        f"{rng.randrange(300, 1400)} box" if rng.random() < 0.5 else f"{rng.randrange(9, 28)} MT",
    )
    p.pair("Freight", rs(freight))
    extra = float(rng.choice([0, 1200, 2500, 3000]))
    if extra:
        p.pair(rng.choice(["Unloading / Hamali", "Detention (1 day)"]), rs(extra))
    total = freight + extra
    p.pair("Total freight", rs(total))
    if adv:
        p.pair("Less: Advance paid at loading", rs(adv))
    j.amount = total - adv
    way = by_bank(j, TRANSPORT_WAYS[k]) if status == "success" else "UPI"
    lab = "Balance paid" if adv else "Amount received"
    if adv and rng.random() < 0.5:
        lab = "Balance freight received"
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.pair(
        "Mode", {"cash": "Cash"}.get(way, way), method={"cash": "cash", "UPI": "UPI"}.get(way, "netbanking")
    )
    if way != "cash" and not j.no_ref and status != "failed":
        ref = bank_ref(rng, j, way)
        p.pair("UPI Ref No." if way == "UPI" else utr_label(rng, way), ref, txn=(UTR_RANK, ref))
    date_row(p, j, ["Date", "Bill date", "Received on"] if status != "failed" else ["Date"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED", "Payment received"]),
        "pending": "PAYMENT UNDER VERIFICATION - CREDIT AWAITED",
        "failed": "UPI DECLINED - BALANCE DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods carried at owner's risk. Breakage not our responsibility.")
    if TRANSPORT_FRAMES[k] == "paper":
        right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 9. showroom staff's salary and incentives


STAFF_FRAMES = ["voucher", "bulk", "voucher", "voucher", "bulk", "voucher", "bulk", "voucher"]


def staff_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom staff's pay: printed SALARY VOUCHER / SALES INCENTIVE VOUCHER / STAFF ADVANCE VOUCHER (the company
    on top, Voucher No., Date, Paid to / Name of employee, Emp. code, Designation (Sales executive, Showroom manager,
    Godown in-charge, Delivery driver), Salary month or Incentive on sales, Gross, Less: PF / ESI / Professional tax /
    Advance, Net paid / Net amount paid, Mode cash / UPI / IMPS with its reference, the employee's signature; PAID /
    ON HOLD - BANK DETAILS WRONG / IMPS IN PROCESS) and the bank's bulk payout rows (Bulk upload - beneficiary status,
    Debit account name the company, Beneficiary name the employee, Amount, Mode IMPS, IMPS Ref No., Status Success /
    Failed - invalid account / In process, Value date / Processed on). The employee is the payee."""
    k = place("staff_pay")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=3000, high=45000)
    worker = rng.choice(STAFF)
    rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "\u20b9", ""))
    if STAFF_FRAMES[k] == "bulk":
        p = browser_page(
            rng, font, f"corp.{rng.choice(['icicibank', 'hdfcbank', 'axisbank'])}.com/bulk/status"
        )
        p.part = "head"
        p.add("title", rng.choice(["ICICI Bank CIB", "HDFC Bank ENet", "Axis Bank Corporate"]))
        p.add("small", "Bulk upload - beneficiary status")
        p.add("rule")
        p.part = "body"
        p.pair("File", f"SALARY_NTB_{rng.randrange(1, 99):02d}.csv")
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        name = worker.upper() if rng.random() < 0.5 else worker
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref and status != "failed":
            p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success"],
                "failed": ["Failed - invalid account"],
                "pending": ["Status: In process"],
            },
        )
        date_row(p, j, ["Value date", "Processed on"], hour=True)
        return p.done()
    p = paper_page(rng, font, [560, 620, 680])
    kind = rng.choice(["SALARY VOUCHER", "SALES INCENTIVE VOUCHER", "STAFF ADVANCE VOUCHER"])
    letterhead(
        p,
        ours(rng, caps=0.5),
        f"{UNITS[j.unit][0]} {UNITS[j.unit][1].lower()}",
        UNITS[j.unit][2],
        "37",
        [kind],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"SV/{rng.randrange(100, 9999)}"
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"])
    wrap_pair(p, rng.choice(["Paid to", "Name of employee"]), worker, merchant=worker)
    p.pair("Emp. code", f"NTB{rng.randrange(10, 99)}")
    p.pair(
        "Designation",
        rng.choice(
            [
                "Sales executive",
                "Showroom manager",
                "Godown in-charge",
                "Delivery driver",
                "Tile display helper",
            ]
        ),
    )
    if kind == "SALARY VOUCHER":
        gross = float(rng.randrange(120, 420) * 100)
        if not j.no_day:
            p.pair("Salary month", j.month(1))
        p.pair("Gross salary", rs(gross))
        pf = float(round(min(gross, 15000) * 0.12))
        pt = 200.0
        p.pair("Less: PF 12%", rs(pf))
        p.pair("Less: Professional tax", rs(pt))
        j.amount = gross - pf - pt
    elif kind == "SALES INCENTIVE VOUCHER":
        sales = float(rng.randrange(8, 60) * 50000)
        pct = rng.choice([0.5, 0.75, 1.0])
        j.amount = round(sales * pct / 100, 2)
        p.pair(f"Incentive on sales {sales:,.0f} @ {pct}%", rs(j.amount))
    else:
        p.pair("Purpose", rng.choice(["Festival advance", "Medical advance"]))
        p.pair("Recovery", f"{rng.choice([3, 4, 6])} monthly instalments")
    p.pair(rng.choice(["Net paid", "Net amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["cash", "UPI"]) if status == "success" else "IMPS"
    p.pair(
        "Mode", {"cash": "Cash"}.get(way, way), method={"cash": "cash", "UPI": "UPI"}.get(way, "netbanking")
    )
    if way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center",
        {"success": "PAID", "failed": "ON HOLD - BANK DETAILS WRONG", "pending": "IMPS IN PROCESS"}[status],
        status=status,
    )
    p.part = "foot"
    right(p, "Signature of employee")
    return p.done()


# ---------------------------------------------------------------- 10. electricity and the municipal trade licence


CIVIC_FRAMES = ["bbps", "board", "vmc", "bbps", "board", "vmc", "bbps", "vmc"]
BOARD = ["APCPDCL", "AP Central Power Distribution Corporation Ltd"]
BIZ_APPS = ["ICICI InstaBIZ", "HDFC SmartHub Vyapar", "Kotak FYN"]


def power_civic(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Electricity for the showroom and godown and the municipal trade licence: Bharat Connect in business banking
    apps (ICICI InstaBIZ, HDFC SmartHub Vyapar, Kotak FYN: Biller / Electricity board APCPDCL, Service No. /
    Consumer No., Consumer name, Bill date, Due date, Bill amount, the sum large, Paid from, B-Connect Txn ID /
    Bharat Connect Ref. No., Transaction ID, Paid on / Date & time; Bill paid / Bill payment in process / Bill payment
    failed), the board's own page (APCPDCL on top, Online payment receipt, Service No., Category, Bill month, Mode,
    Receipt No., UPI Ref No. / Bank Ref No., Amount paid, Date of payment) and the Vijayawada Municipal Corporation's
    trade licence fee page (the corporation on top, Trade licence No., Name of trade, Trade name the company, Licence
    year, Licence fee, Penalty, Amount paid, Mode, Transaction ID, Bank Ref No., Receipt No., Paid on)."""
    k = place("power_civic")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=3500, high=96000)
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    frame = CIVIC_FRAMES[k]
    if frame == "bbps":
        app = BIZ_APPS[k // 3]
        p = phone_page(rng, font, k, [app, "Bill payment"])
        head(p, None, ["Bharat Connect"])
        outcome_row(
            p,
            status,
            {
                "success": ["Bill paid", "Payment successful"],
                "pending": ["Bill payment in process"],
                "failed": ["Bill payment failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        board = rng.choice(BOARD)
        wrap_pair(p, rng.choice(["Biller", "Electricity board"]), board, merchant=board)
        p.pair(rng.choice(["Service No.", "Consumer No."]), digits(rng, 13))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "NEELGIRI TILES AND BATH ST"]))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -25, -5))
            p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(j.amount))
        p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref))
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"] if status != "failed" else ["Attempted on"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    if frame == "board":
        p = browser_page(rng, font, f"www.apcpdcl.in/ConsumerPayment/receipt?id={digits(rng, 9)}")
        board = rng.choice(BOARD)
        head(
            p,
            board,
            [rng.choice(["Online payment receipt", "Quick pay - payment acknowledgement"])],
            merchant=board,
        )
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "failed": ["Payment failed - amount if debited will be refunded"],
                "pending": ["Payment pending"],
            },
        )
        p.pair("Service No.", f"{rng.randrange(1000, 9999)} {digits(rng, 5)} {digits(rng, 4)}")
        p.pair("Category", rng.choice(["LT-II Non-domestic / Commercial", "LT-III Industrial"]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            rank = UTR_RANK if way == "UPI" else BANK_RANK
            p.pair("UPI Ref No." if way == "UPI" else "Bank Ref No.", bref, txn=(rank, bref))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        date_row(p, j, ["Date of payment", "Payment date"])
        return p.done()
    p = browser_page(rng, font, "vmc.ap.gov.in/tradelicense/payment/receipt")
    corp = rng.choice(["Vijayawada Municipal Corporation", "VIJAYAWADA MUNICIPAL CORPORATION"])
    head(p, corp, ["Trade licence - online payment", "Powered by CDMA, Andhra Pradesh"], merchant=corp)
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Fee paid"],
            "failed": ["Transaction failed"],
            "pending": ["Payment pending - awaiting bank confirmation"],
        },
    )
    p.pair("Trade licence No.", f"TL/{rng.randrange(1000, 9999)}/{rng.randrange(1, 64)}")
    wrap_pair(p, "Trade name", ours(rng, caps=0.6))
    p.pair("Name of trade", "Tiles & sanitaryware showroom")
    if not j.no_day:
        p.pair("Licence year", "2026-27")
    fee = float(round(j.amount * 0.9, -1))
    j.amount = fee + float(round(j.amount - fee))
    p.pair("Licence fee", rs(fee))
    p.pair("Penalty / late fee", rs(j.amount - fee))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI"])
    p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
    if not j.no_ref:
        tid = f"VMC{digits(rng, 10)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            rank = UTR_RANK if way == "UPI" else BANK_RANK
            p.pair("UPI Ref No." if way == "UPI" else "Bank Ref No.", bref, txn=(rank, bref))
    date_row(p, j, ["Paid on", "Transaction date"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 11. outward remittances for imported tiles and fittings


ABROAD = [
    ("Porcelanosa Exportaciones S.A.", "Castellon, Spain", "EUR", "CaixaBank S.A.", "CAIXESBB", "ES"),
    ("Ceramiche Sassuolo Export S.r.l.", "Sassuolo, Italy", "EUR", "BPER Banca", "BPMOIT22", "IT"),
    ("Foshan Hengli Sanitary Ware Co Ltd", "Foshan, China", "USD", "Bank of China, Foshan", "BKCHCNBJ", ""),
    ("Crosswater Bathrooms Ltd", "Leicester, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B", "GB"),
    ("Xiamen Smartbath Technology Co", "Xiamen, China", "USD", "China Merchants Bank", "CMBCCNBS", ""),
]
WIRE_FRAMES = [
    ("State Bank of India", "paper"),
    ("HDFC Bank", "browser"),
    ("Axis Bank", "mail"),
    ("ICICI Bank", "paper"),
    ("Kotak Mahindra Bank", "mail"),
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Karur Vysya Bank", "paper"),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def import_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Imported porcelain slabs, Italian tiles, smart toilets and brassware paid abroad: outward remittance advices
    (SBI's, ICICI Bank's and KVB's printed advices, HDFC Bank's pages, Axis Bank's, Kotak's and ICICI Bank's e-mails:
    the bank on top, Outward Remittance - Debit Advice / Import payment - SWIFT MT103 advice, Remitter / Applicant the
    company, Beneficiary / Beneficiary name the supplier abroad, Beneficiary bank, BIC, IBAN, Remittance amount /
    Amount remitted / Foreign currency amount in EUR, USD or GBP, Exchange rate (TT selling), INR equivalent,
    Commission and SWIFT charges, GST on currency conversion, Total debited (INR), Purpose code S0102, Bill of entry
    No., Against invoice, Our reference / Remittance ref No. / Transaction reference, UETR on some, Value date /
    Remittance date / Debited on / Request date / Returned on; Remittance processed - MT103 sent / Status: Remitted /
    Under process - Form A2 and import invoice awaited / Returned by beneficiary bank - IBAN invalid)."""
    k = place("import_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    party, city, cur, bbank, bic, iban = ABROAD[k % len(ABROAD)]
    if status == "failed" and not iban:
        party, city, cur, bbank, bic, iban = ABROAD[0]
    j.amount = (
        round(rng.uniform(6000, 85000), 2) if rng.random() < 0.6 else float(rng.randrange(60, 900) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{bank.split()[0].lower()}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeservices@{bank.split()[0].lower()}bank.net>",
            ["Outward remittance - debit advice", "Your import payment has been processed"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    kind = rng.choice(["Outward Remittance - Debit Advice", "Import payment - SWIFT MT103 advice"])
    head(
        p,
        bank.upper() if frame == "paper" and rng.random() < 0.5 else bank,
        ["Trade Finance - Vijayawada"],
        kind,
    )
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance processed - MT103 sent", "Status: Remitted"],
            "pending": ["Under process - Form A2 and import invoice awaited"],
            "failed": ["Returned by beneficiary bank - IBAN invalid"],
        },
    )
    wrap_pair(p, rng.choice(["Remitter", "Applicant"]), COMPANY_CAPS)
    name = party.upper() if rng.random() < 0.3 else party
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), f"{name}", merchant=name)
    p.pair("Address", city)
    wrap_pair(p, "Beneficiary bank", bbank)
    p.pair("BIC", bic)
    if iban:
        p.pair(
            "IBAN",
            f"{iban}{rng.randrange(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        )
    else:
        p.pair("Account No.", digits(rng, 16))
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    comm = float(rng.choice([500, 1000, 1500])) + 700.0
    gst = round(min(inr * 0.0018, 5000) if inr < 1000000 else 5000, 2)
    p.pair("Exchange rate (TT selling)", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Commission and SWIFT charges", f"{comm:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    if status != "failed":
        p.pair("Total debited (INR)", f"{inr + comm + gst:,.2f}")
    p.pair("Purpose code", "S0102 - import of goods")
    if status == "success" and not j.no_day:
        p.pair("Bill of entry No.", str(rng.randrange(1000000, 9999999)))
    p.pair("Mode", rng.choice(["SWIFT (MT103)", "SWIFT outward - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OTT', 'TF'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Our reference", "Remittance ref No.", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if rng.random() < 0.5 and status == "success":
            uetr = f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-8{code(rng, 3, HEX)}-{code(rng, 12, HEX)}"
            wrap_pair(p, "UETR", uetr)
    labels = {
        "success": ["Value date", "Remittance date", "Debited on"],
        "pending": ["Request date"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add("small", "Subject to FEMA and RBI guidelines. Please submit the Bill of entry within 90 days.")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SUNHEARRT VITRIFIED PV",
    "BALAJI CERAMIC CARRIER",
    "SHAIK JANI BASHA",
    "APCPDCL",
    "JAQUAR AND COMPANY PRI",
    "KRISHNA GODAVARI TRANS",
    "LEXXUS CERAMIC LLP",
    "RAMESH PLUMBING WORKS",
]
ALERT_FRAMES = ["sms", "sms", "mail", "sms", "sms", "mail", "sms", "sms"]
SENDERS = {
    "HDFC Bank": "AX-HDFCBK",
    "ICICI Bank": "VM-ICICIT",
    "State Bank of India": "JD-SBIUPI",
    "Axis Bank": "VK-AXISBK",
    "Karur Vysya Bank": "AD-KVBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the accounts manager's phone and mailbox: SMS (a messages app, the sender AX-HDFCBK /
    VM-ICICIT / JD-SBIUPI / VK-AXISBK / AD-KVBANK, the day divider) and e-mails (Transaction alert: the sum debited
    from A/c XX1234 to a factory, transporter, contractor or the board as the bank names it, the day, via NEFT / RTGS
    / IMPS / UPI, UTR / UPI Ref No / IMPS Ref No, Avl Bal / Available balance); a failed UPI ("has failed") and one
    that "is pending". The payee as the bank sends it (a truncated name as printed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=800, high=480000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 0 else rng.choice(["NEFT", "IMPS", "RTGS"])
    way = "UPI" if status != "success" else by_bank(j, way)
    acc = f"A/c XX{digits(rng, 4)}"
    method = "UPI" if way == "UPI" else "netbanking"
    if ALERT_FRAMES[k] == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{bank.split()[0].lower()}bank.net>",
            ["Transaction alert", "Debit alert"],
        )
        head(p, None, [])
        p.add("left", "Dear Customer,")
    else:
        p = phone_page(rng, font, k, [SENDERS[bank]])
        p.part = "body"
        if not j.no_day:
            p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y"])), date=j.date)
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    if not j.no_day:
        day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y"])
        if ALERT_FRAMES[k] == "mail":
            p.add("left", f"on {day} via {way}", method=method, date=j.date)
        else:
            p.add("left", f"on {day} via {way}", method=method)
    else:
        p.add("left", f"via {way}", method=method)
    if not j.no_ref:
        ref = bank_ref(rng, j, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 40000, 2800000):,.2f}. Not you? Call 1800 202 6161",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout168 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a tea company's day in 2026 (Dihing Valley Tea Company Ltd of Kolkata, with Kherbari
Tea Estate in Dibrugarh, Assam, and Rongli Hill Tea Estate near Kurseong, Darjeeling), told by the proofs of payment
it receives and makes: the auction brokers' account sales and remittances of sale proceeds, overseas buyers'
remittances and export bills realised, domestic packers' transfers for private sales, the fertiliser and
agro-chemical dealers' invoices, the garden's UPI to local vendors, the staff's card slips at counters, the
transporters' and clearing agents' receipts, electricity through Bharat Connect and the boards' own pages, the
states' e-challans and the Tea Board's fees, the plantation provident funds and the labour welfare board, the
workers' benefits and bonus payouts, and the bank's SMS alerts. Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, sale and lot numbers,
grades, packages and kilograms, gross sale values, brokerage, warehouse, GST and TDS lines, prompt and sale days,
invoice, shipping bill, C/N, truck, container and job numbers, exchange rates and INR equivalents, garden codes and
marks, registration, licence, consumer and establishment numbers, periods, months, cheque numbers, MID, TID, batch,
STAN, IFSC, BIC, GSTIN and the payer's own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import (
    browser_page,
    mail_page,
    method_of,
    paper_page,
    phone_page,
    slip_page,
)
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Dihing Valley Tea Company Ltd"
COMPANY_CAPS = "DIHING VALLEY TEA COMPANY LIMITED"
SHORT = "Dihing Valley Tea Co."
# garden, its auction mark, address, GST state code
GARDENS = [
    ("Kherbari Tea Estate", "KHERBARI", "P.O. Naharkatia, Dibrugarh - 786610, Assam", "18"),
    ("Rongli Hill Tea Estate", "RONGLI HILL", "P.O. Kurseong, Darjeeling - 734203, West Bengal", "19"),
]
DAYS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
    "%Y-%m-%d",
    "%d %b, %Y",
    "{d}-%b-%y",
]
WEST = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
HOURS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%a, {d} %b %Y"]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Baroda",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
}


def transfer_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """The reference a transfer by ``way`` carries: an NEFT UTR (16 or 22 characters), an RTGS UTR, or an IMPS /
    UPI RRN."""
    head = IFSC.get(bank, "SBIN")
    if way == "RTGS":
        return rtgs_utr(head, rng, j.date)
    if way == "NEFT":
        if rng.random() < 0.5:
            return neft_utr(head, rng, j.date)
        return f"{head}N{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return j.ref


def ours(rng: random.Random, garden: int, *, m_s: bool = True) -> str:
    """The company (or its garden's manager) as the other party: no fact."""
    options = [COMPANY, SHORT, f"The Manager, {GARDENS[garden][0]}"]
    if m_s:
        options += [f"M/s {COMPANY}", f"M/s {SHORT}"]
    return rng.choice(options)


# ---------------------------------------------------------------- 1. the auction brokers' account sales


# broker, its line, address, GST state code, mail domain, auction centre
BROKERS = [
    (
        "Chowringhee Tea Brokers Pvt Ltd",
        "Tea auctioneers and brokers - Kolkata Tea Auction Centre",
        "11 R.N. Mukherjee Road, Kolkata - 700001",
        "19",
        "chowringheetea.in",
        "Kolkata",
    ),
    (
        "Lohit Tea Auctioneers Pvt Ltd",
        "Brokers at the Guwahati Tea Auction Centre",
        "Betkuchi, Guwahati - 781034, Assam",
        "18",
        "lohittea.co.in",
        "Guwahati",
    ),
    (
        "Mahananda Tea Brokers LLP",
        "Brokers - Siliguri Tea Auction Centre",
        "Mallaguri, Siliguri - 734003, West Bengal",
        "19",
        "mahanandatea.com",
        "Siliguri",
    ),
    (
        "Eastern Leaf Brokers Ltd",
        "Tea brokers since 1962 - Kolkata | Guwahati",
        "7 Camac Street, Kolkata - 700017",
        "19",
        "easternleaf.co.in",
        "Kolkata",
    ),
]
AUCTION_FRAMES = ["paper", "mail", "portal", "paper", "mail", "portal", "paper", "mail"]
# grade, price per kg low and high, kg per package
CTC = [
    ("CTC BOP", 210, 290, 35),
    ("CTC BP", 220, 310, 35),
    ("CTC OF", 190, 260, 30),
    ("CTC PD", 200, 270, 40),
]
ORTHODOX = [
    ("FTGFOP1 (first flush)", 520, 1400, 20),
    ("SFTGFOP1 CH", 640, 1800, 20),
    ("TGFOP1 (second flush)", 420, 900, 20),
    ("GBOP", 300, 520, 25),
    ("FOF", 260, 430, 25),
]


def auction_proceeds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An auction broker remitting a sale's proceeds to the seller (printed ACCOUNT SALES / ACCOUNT SALE CUM
    REMITTANCE ADVICE / SALE PROCEEDS - REMITTANCE ADVICE, the broker's e-mail, its seller portal page): the broker on
    top, Seller / Account of / Remitted to the company or its garden, Garden mark, Sale No., Sale date, Auction centre,
    the lots (Lot n and grade, packages, kg @ price), Gross sale value, Add: GST @ 5%, Less: Brokerage @ 1%, Less: GST
    on brokerage, Less: Warehouse & handling, Net proceeds remitted / Net amount remitted / Net sale proceeds / Amount
    remitted (Net proceeds payable on the wait), Prompt date, Mode NEFT / RTGS, Credited to, UTR / UTR No. / RTGS UTR,
    A/S No. / Account sale No. / Advice No., Remitted on / Date of remittance / Payment date / Advice date / Returned
    on; Proceeds remitted / Remitted / Buyer's prompt awaited / Remittance returned by bank)."""
    k = place("auction_proceeds")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    garden, mark = GARDENS[j.unit][0], GARDENS[j.unit][1]
    broker, line, addr, state, domain, centre = rng.choice(
        BROKERS if j.unit == 0 else [b for b in BROKERS if b[5] == "Kolkata"]
    )
    frame = AUCTION_FRAMES[k]
    rs = money(rng, font, 0.2, marks=("Rs.", "Rs", "INR", "\u20b9", ""))
    kinds = ["ACCOUNT SALES", "ACCOUNT SALE CUM REMITTANCE ADVICE", "SALE PROCEEDS - REMITTANCE ADVICE"]
    if frame == "paper":
        p = paper_page(rng, font, [720, 760, 780])
        letterhead(p, broker, line, addr, state, kinds, merchant=False)
    else:
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{broker.split()[0]} Accounts <accounts@{domain}>",
                [f"Account sales - {mark}", "Remittance of sale proceeds", f"Sale proceeds - {SHORT}"],
            )
        else:
            p = browser_page(rng, font, f"seller.{domain}/accountsales/{digits(rng, 7)}")
        p.part = "head"
        top(p, broker)
        p.add("small", line if frame == "mail" else "Seller portal - account sales")
        p.add("center", rng.choice(kinds).title() if frame == "portal" else rng.choice(kinds))
        p.add("rule")
        p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Proceeds remitted", "Status: Remitted", "PAID TO SELLER"],
            "pending": ["Buyer's prompt awaited - remittance on prompt date"],
            "failed": ["Remittance returned by bank - account closed"],
        },
    )
    payee = rng.choice([COMPANY, COMPANY_CAPS, garden])
    wrap_pair(p, rng.choice(["Seller", "Account of", "Remitted to"]), payee, merchant=payee)
    p.pair("Garden mark", mark)
    p.pair("Sale No.", f"{rng.randrange(1, 52):02d} / {j.date.year}")
    p.pair("Sale date", j.other_day(rng, -18, -10))
    p.pair("Auction centre", centre)
    grades = CTC if j.unit == 0 else ORTHODOX
    gross = 0.0
    for grade, lo, hi, per in rng.sample(grades, rng.randrange(2, 4)):
        pkgs = rng.randrange(10, 40)
        kg = round(pkgs * per - rng.uniform(0, 3), 1)
        price = float(rng.randrange(lo, hi))
        value = round(kg * price, 2)
        gross += value
        lot = f"Lot {rng.randrange(100, 9999)}  {grade}"
        if fits(p, "pair", f"{lot}   {value:,.2f}    "):
            p.pair(lot, rs(value))
        else:
            p.add("left", lot)
            right(p, rs(value))
        p.add("small", f"{pkgs} pkgs, {kg:,.1f} kg @ {price:,.2f} per kg")
    gross = round(gross, 2)
    gst = round(gross * 0.05, 2)
    brokerage = round(gross * 0.01, 2)
    bgst = round(brokerage * 0.18, 2)
    ware = round(rng.uniform(8, 14) * rng.randrange(20, 90), 2)
    p.pair("Gross sale value", rs(gross))
    p.pair("Add: GST @ 5%", rs(gst))
    p.pair("Less: Brokerage @ 1%", rs(brokerage))
    p.pair("Less: GST on brokerage", rs(bgst))
    p.pair("Less: Warehouse & handling", rs(ware))
    j.amount = round(gross + gst - brokerage - bgst - ware, 2)
    label = (
        "Net proceeds payable"
        if status == "pending"
        else rng.choice(
            ["Net proceeds remitted", "Net amount remitted", "Net sale proceeds", "Amount remitted"]
        )
    )
    p.pair(label, rs(j.amount), amount=j.amount)
    prompt = j.other_day(rng, 1, 6) if status == "pending" else j.other_day(rng, -4, -1)
    p.pair("Prompt date", prompt)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT"
    p.pair("Mode", way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(
        p, "Credited to" if status != "pending" else "To be credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}"
    )
    if not j.no_ref:
        if status != "pending":
            ref = transfer_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = rng.choice(
            [f"AS/{fy(j.date)}/{rng.randrange(100, 9999):04d}", f"{rng.randrange(10, 99)}{digits(rng, 5)}"]
        )
        p.pair(rng.choice(["A/S No.", "Account sale No.", "Advice No."]), doc, txn=(INVOICE_RANK, doc))
    labels = {
        "success": ["Remitted on", "Date of remittance", "Payment date"],
        "pending": ["Advice date"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels, DAYS)
    p.part = "foot"
    p.add(
        "small", rng.choice(["E. & O.E.", "Subject to Kolkata jurisdiction.", "Computer generated advice."])
    )
    return p.done()


# ---------------------------------------------------------------- 2. overseas buyers: remittances and export bills


BUYERS = [
    ("Ashby & Thorne Tea Merchants Ltd", "London, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B"),
    ("Hanseatisches Teekontor GmbH", "Hamburg, Germany", "EUR", "Deutsche Bank AG, Hamburg", "DEUTDEHH"),
    ("Al Noor Tea Trading LLC", "Dubai, UAE", "USD", "Emirates NBD Bank PJSC", "EBILAEAD"),
    ("Harbor Leaf Tea Importers Inc", "Boston, MA, USA", "USD", "Citibank NA, New York", "CITIUS33"),
    ("Van Dijk Thee BV", "Rotterdam, Netherlands", "EUR", "ING Bank NV", "INGBNL2A"),
    (
        "Caledonian Tea Blenders Ltd",
        "Glasgow, United Kingdom",
        "GBP",
        "Royal Bank of Scotland plc",
        "RBOSGB2L",
    ),
]
RATES = {"USD": (85.6, 88.9), "EUR": (93.4, 97.8), "GBP": (108.5, 113.6)}
# bank, frame, kind (an inward remittance or an export bill on collection)
EXPORT_FRAMES = [
    ("UCO Bank", "paper", "remit"),
    ("HDFC Bank", "browser", "remit"),
    ("State Bank of India", "mail", "bill"),
    ("Axis Bank", "mail", "remit"),
    ("ICICI Bank", "browser", "bill"),
    ("Punjab National Bank", "paper", "remit"),
    ("Kotak Mahindra Bank", "mail", "remit"),
    ("Bank of Baroda", "paper", "bill"),
]


def export_realisation(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An overseas buyer paying for Assam CTC or Darjeeling orthodox teas: five banks' inward remittance advices
    (UCO Bank's and PNB's printed, HDFC Bank's page in a browser, Axis Bank's and Kotak's e-mails: the bank on top,
    Foreign Inward Remittance Advice (FIRA) / Credit advice - inward remittance / Advice of export proceeds,
    Beneficiary / Beneficiary name / Beneficiary customer the company, Remitter / Ordering customer / Remitter name the
    buyer, Remitter's bank / Sending bank, SWIFT BIC, Remittance amount / Foreign currency amount / FCY amount in USD,
    EUR or GBP, Rate applied, INR equivalent / Rupee equivalent, Less: Commission & GST, Net credit (INR), Purpose
    code, Invoice No., Message MT103, IRM No. / Inward ref No. / Transaction reference, Value date / Credited on / Date
    of credit / Received on / Returned on) and three export bill realisation advices (SBI's e-mail, ICICI Bank's page,
    Bank of Baroda's printed advice: Drawer / Exporter the company, Drawee the buyer, Collecting bank, Terms D/P at
    sight / D/A 60 days, Invoice No., Shipping bill No., Bill amount, Less: Foreign bank charges, Amount realised, Our
    bill ref. / Bill reference No. / Export bill ref., Realised on / Date of realisation / Value date / Advice
    date)."""
    k = place("export_realisation")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    buyer, city, cur, rbank, bic = rng.choice(BUYERS)
    j.amount = (
        round(rng.uniform(6000, 90000), 2) if rng.random() < 0.6 else float(rng.randrange(60, 900) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame, kind = EXPORT_FRAMES[k]
    inv = f"DVT/EXP/{fy(j.date)}/{rng.randrange(10, 240):03d}"
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    short = bank.split()[0].lower()
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{short}bank.com/export/{kind}/{code(rng, 10, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{short}bank.co.in>",
            ["Export proceeds credited", "Advice: inward remittance / bill realisation", "Credit advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            ["International Banking Division, Kolkata", "Forex Centre, Kolkata", "Trade Hub - Guwahati"]
        ),
    )
    if kind == "remit":
        p.add(
            "center",
            rng.choice(
                [
                    "Foreign Inward Remittance Advice (FIRA)",
                    "Credit advice - inward remittance",
                    "Advice of export proceeds",
                ]
            ),
        )
    else:
        p.add(
            "center",
            rng.choice(["Export bill realisation advice", "Advice of realisation - bill on collection"]),
        )
    p.add("rule")
    p.part = "body"
    if kind == "bill":
        outcome_row(
            p,
            status,
            {
                "success": ["Bill realised", "Status: Realised - proceeds credited"],
                "pending": ["Documents sent on collection - proceeds awaited"],
                "failed": ["Bill unpaid - documents returned by drawee's bank"],
            },
        )
        wrap_pair(p, rng.choice(["Drawer", "Exporter"]), payee, merchant=payee)
        wrap_pair(p, "Drawee", f"{buyer}, {city}")
        wrap_pair(p, "Collecting bank", f"{rbank} ({bic})")
        p.pair("Terms", rng.choice(["D/P at sight", "D/A 60 days from B/L", "D/P 30 days"]))
        wrap_pair(p, "Invoice No.", inv)
        p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)} dt. {j.other_day(rng, -70, -30)}")
        charges = round(rng.uniform(40, 180), 2)
        bill_amt = round(j.amount + charges, 2)
        if status == "pending":
            j.amount = bill_amt
            p.pair("Bill amount", show(bill_amt), amount=bill_amt, cur=cur)
            p.pair("Proceeds", "to be credited by SWIFT (MT103)", method="netbanking")
        else:
            p.pair("Bill amount", show(bill_amt))
            p.pair("Less: Foreign bank charges", show(charges))
            p.pair("Amount realised", show(j.amount), amount=j.amount, cur=cur)
            inr = round(j.amount * rate, 2)
            p.pair("Rate applied", f"{rate} INR / {cur}")
            p.pair("INR equivalent", f"INR {inr:,.2f}")
            p.pair("Mode", "SWIFT (MT103)", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['EBC', 'ODC', 'XBC'])}{j.date:%y}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Our bill ref.", "Bill reference No.", "Export bill ref."]),
                ref,
                txn=(BANK_RANK, ref),
            )
        labels = {
            "success": ["Realised on", "Date of realisation", "Value date"],
            "pending": ["Advice date"],
            "failed": ["Returned on"],
        }[status]
        date_row(p, j, labels, WEST + DAYS)
        p.part = "foot"
        p.add("small", "EDPMS will be updated on realisation of the shipping bill.")
        return p.done()
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Credited", "Credited to your account"],
            "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary", "Beneficiary name", "Beneficiary customer"]), payee, merchant=payee
    )
    p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['Current', 'EEFC'])})")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer", "Remitter name"]), f"{buyer}, {city}")
    wrap_pair(p, rng.choice(["Remitter's bank", "Sending bank"]), rbank)
    p.pair("SWIFT BIC", bic + rng.choice(["", "XXX"]))
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    fee = float(rng.choice([500, 750, 1000])) + round(rng.uniform(50, 300), 2)
    p.pair("Rate applied", f"{rate}")
    p.pair(rng.choice(["INR equivalent", "Rupee equivalent"]), f"INR {inr:,.2f}")
    p.pair("Less: Commission & GST", f"INR {fee:,.2f}")
    if status != "failed":
        p.pair("Net credit (INR)", f"{inr - fee:,.2f}")
    p.pair(
        "Purpose code", rng.choice(["P0102 - realisation of export bills", "P0103 - advance against exports"])
    )
    wrap_pair(p, "Invoice No.", inv)
    p.pair("Message", rng.choice(["SWIFT MT103", "MT103 - single customer credit"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IW', 'FIRA'])}{j.date:%y%m}{digits(rng, 8)}"
        p.pair(rng.choice(["IRM No.", "Inward ref No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
    labels = {
        "success": ["Value date", "Credited on", "Date of credit"],
        "pending": ["Received on"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels, WEST + DAYS)
    p.part = "foot"
    p.add("small", "Please quote the IRM number when regularising the shipping bill.")
    return p.done()


# ---------------------------------------------------------------- 3. domestic packers' transfers for private sales


PACKERS = [
    ("Sapna Tea Packers Pvt Ltd", "payables@sapnatea.in"),
    ("Kamakhya Tea Blenders LLP", "accounts@kamakhyablenders.com"),
    ("Kanchan Tea House", "kanchanteahouse@gmail.com"),
    ("Maharaja Chai Co", "ap@maharajachai.co.in"),
    ("Shree Annapurna Tea Traders", "accounts@annapurnatea.in"),
    ("Nilkanth Tea Blenders", "payments@nilkanthtea.com"),
]
# the buyer's bank's product (or a packer's advice) and its frame
PACKER_FRAMES = [
    ("ICICI Bank CIB", "browser"),
    ("advice", "mail"),
    ("SBI Corporate Internet Banking", "browser"),
    ("HDFC Bank ENet", "browser"),
    ("Axis Bank Corporate", "browser"),
    ("advice", "mail"),
    ("YONO Business", "phone"),
    ("bob World Business", "browser"),
]


def private_sales(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A domestic packer or blender paying for teas bought by private sale: six net-banking acknowledgements from the
    buyer's bank (ICICI Bank CIB, SBI's corporate internet banking, HDFC Bank ENet, Axis Bank Corporate, bob World
    Business in a browser, YONO Business on a phone: Fund transfer - acknowledgement / Transaction status / RTGS /
    NEFT request status, Debit account / From account the packer, Beneficiary name / Payee name / Beneficiary /
    Credit account name the company, Beneficiary A/c No., IFSC, Amount / Transfer amount / Transaction amount / Amount
    (INR), Payment type / Transfer mode NEFT / RTGS / IMPS, Remarks, UTR / UTR No. / IMPS Ref No., Bank reference No.
    / Reference No. / Transaction ID, Transaction date / Value date / Processed on / Initiated on / Rejected on) and
    two packers' payment advice e-mails (Payee / Vendor / Beneficiary, Vendor code, invoices paid, Less: TDS u/s 194Q
    @ 0.1%, Net amount paid, Mode, UTR, Payment No., Payment date)."""
    k = place("private_sales")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=60000, high=1400000, p_round=0.4)
    packer, mail = rng.choice(PACKERS)
    product, frame = PACKER_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    bank = rng.choice(BANKS)
    if product == "advice":
        p = mail_page(rng, font, f"{packer} <{mail}>", ["Payment advice", f"Payment released - {SHORT}"])
        p.part = "head"
        top(p, packer)
        p.add("small", rng.choice(["Accounts payable", "Purchase accounts - tea"]))
        p.add("center", "Payment Advice")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary"]), payee, merchant=payee)
        p.pair("Vendor code", f"{rng.choice(['TV', 'SUP', '30'])}{digits(rng, 5)}")
        p.add("left", rng.choice(["Invoices paid", "Bills settled"]))
        gross = 0.0
        for _ in range(rng.randrange(1, 4)):
            v = rupees(rng, 40000, 520000, 0.2)
            gross += v
            p.pair(f"DVT/PS/{fy(j.date)}/{rng.randrange(10, 480):03d}", rs(v))
        cut = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
        j.amount = round(gross - cut, 2)
        p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
        p.pair("Mode", way, method="netbanking")
        wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            if status != "pending":
                ref = transfer_ref(rng, j, bank, way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
            p.pair(rng.choice(["Payment No.", "Payment document"]), doc, txn=(INVOICE_RANK, doc))
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
            "pending": ["Scheduled on", "Initiated on"],
            "failed": ["Rejected on"],
        }[status]
        date_row(p, j, labels, DAYS)
        p.part = "foot"
        p.add("small", "This is a system generated advice and needs no signature.")
        return p.done()
    if frame == "phone":
        p = phone_page(rng, font, k, ["Fund transfer", "Transaction status"])
        p.part = "head"
        top(p, product)
        p.add("gap")
    else:
        host = {
            "ICICI Bank CIB": "cib.icicibank.com",
            "SBI Corporate Internet Banking": "corp.onlinesbi.sbi",
            "HDFC Bank ENet": "enet.hdfcbank.com",
            "Axis Bank Corporate": "corporate.axisbank.co.in",
            "bob World Business": "bobworldbiz.bankofbaroda.co.in",
        }[product]
        p = browser_page(rng, font, f"{host}/transfer/status?ref={digits(rng, 10)}")
        p.part = "head"
        top(p, product)
        p.add(
            "small",
            rng.choice(
                ["Fund transfer - acknowledgement", "Transaction status", "RTGS / NEFT request status"]
            ),
        )
        p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Processed", "Funds transferred successfully"],
            "pending": ["Pending - sent to beneficiary bank", "Status: In process"],
            "failed": ["Returned by beneficiary bank - invalid account"],
        },
    )
    if frame == "phone":
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Debit account", "From account"]), f"XXXXXXXX{digits(rng, 4)} - {packer}")
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee name", "Beneficiary", "Credit account name"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[bank]}0{digits(rng, 6)}")
    if frame != "phone":
        p.pair(
            rng.choice(["Amount", "Transfer amount", "Transaction amount", "Amount (INR)"]),
            rs(j.amount),
            amount=j.amount,
        )
    way = "IMPS" if frame == "phone" else ("RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT")
    p.pair(rng.choice(["Payment type", "Transfer mode"]), way, method="netbanking")
    wrap_pair(p, "Remarks", f"Pvt sale inv DVT/PS/{fy(j.date)}/{rng.randrange(10, 480):03d}")
    if not j.no_ref:
        ref = transfer_ref(rng, j, bank, way)
        p.pair({"IMPS": "IMPS Ref No."}.get(way, rng.choice(["UTR", "UTR No."])), ref, txn=(UTR_RANK, ref))
        if rng.random() < 0.5:
            own = f"{rng.choice(['TXN', 'FT', ''])}{digits(rng, 11)}"
            p.pair("Transaction ID", own, txn=(TXN_RANK, own))
        else:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair(rng.choice(["Bank reference No.", "Reference No."]), own, txn=(BANK_RANK, own))
    labels = {
        "success": ["Transaction date", "Value date", "Processed on"],
        "pending": ["Initiated on", "Transaction date"],
        "failed": ["Rejected on", "Returned on"],
    }[status]
    date_row(p, j, labels, HOURS, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["This is a computer generated acknowledgement.", "Download  |  Print  |  E-mail"]),
    )
    return p.done()


# ---------------------------------------------------------------- 4. fertiliser and agro-chemical dealers' invoices


DEALERS = [
    (
        "Assam Agro Inputs & Co",
        "Fertilisers | Pesticides | Dolomite | Sprayers",
        "A.T. Road, Dibrugarh - 786001, Assam",
        "18",
    ),
    (
        "Doomdooma Krishi Kendra",
        "Authorised dealer: IFFCO, Coromandel, Bayer",
        "Station Road, Doomdooma, Tinsukia - 786151, Assam",
        "18",
    ),
    (
        "Himalayan Agro Chemicals",
        "Plantation chemicals and fertilisers",
        "Hill Cart Road, Siliguri - 734001, West Bengal",
        "19",
    ),
    (
        "North Bengal Fertiliser Depot",
        "Wholesale fertiliser and agro-chemicals",
        "Sevoke Road, Siliguri - 734001, West Bengal",
        "19",
    ),
]
# product, unit, rate low and high
FERTILISERS = [
    ("Urea (45 kg bags)", "bags", 266.5, 266.5),
    ("MOP - Muriate of potash (50 kg)", "bags", 1535.0, 1800.0),
    ("SSP - Single super phosphate (50 kg)", "bags", 430.0, 520.0),
    ("Dolomite (50 kg)", "bags", 210.0, 280.0),
    ("Rock phosphate (50 kg)", "bags", 380.0, 460.0),
]
CHEMICALS = [
    ("Hexaconazole 5% SC", "L", 420.0, 560.0),
    ("Quinalphos 25% EC", "L", 520.0, 680.0),
    ("Glyphosate 41% SL", "L", 390.0, 480.0),
    ("Copper oxychloride 50% WP", "kg", 560.0, 720.0),
    ("Propargite 57% EC", "L", 980.0, 1250.0),
    ("Thiamethoxam 25% WG", "kg", 2200.0, 2900.0),
]
FERT_WAYS = ["RTGS", "UPI", "cheque", "NEFT", "cash", "NEFT", "cheque", "RTGS"]


def fertiliser_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fertiliser or agro-chemical dealer's TAX INVOICE / INVOICE CUM RECEIPT / CASH MEMO for the gardens' urea,
    potash, dolomite, fungicides and weedicides (the dealer on top, its line, address, GSTIN and phone; Invoice No. /
    Bill No. / Memo No., Date / Invoice date / Bill date / Dt., Buyer / Sold to / Party / Bill to the company or the
    garden's manager, Delivery at the garden, Dealer licence No., the products with qty x rate, Taxable value, CGST and
    SGST or IGST @ 5% / 18%, Round off, Invoice total, then the payment block: Amount received / Received / Payment
    received with RTGS / NEFT and its UTR, UPI and its UPI Ref No., Received in cash, or Cheque received / Cheque
    amount with Cheque No. and Drawn on; PAID / RECEIVED WITH THANKS / PAID - CASH / CHEQUE DEPOSITED - SUBJECT TO
    CLEARANCE / CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER, in the dealer's rubber stamp too)."""
    k = place("fertiliser_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    dealer, line, addr, state = rng.choice(DEALERS)
    name = dealer.upper() if rng.random() < 0.3 else dealer
    way = FERT_WAYS[k]
    p = paper_page(rng, font, [680, 720, 760])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", ""))
    kinds = (
        ["CASH MEMO"] if way == "cash" else ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL"]
    )
    letterhead(p, name, line, addr, state, kinds)
    doc = f"{''.join(w[0] for w in dealer.split()[:3]).upper()}/{fy(j.date)}/{rng.randrange(10, 9999):04d}"
    if not j.no_ref:
        p.pair(
            rng.choice(["Memo No."] if way == "cash" else ["Invoice No.", "Bill No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    date_row(p, j, ["Date", "Invoice date", "Bill date", "Dt."], DAYS)
    wrap_pair(p, rng.choice(["Buyer", "Sold to", "Party", "Bill to"]), ours(rng, j.unit))
    wrap_pair(p, "Delivery at", f"{GARDENS[j.unit][0]}, {GARDENS[j.unit][2].split(',')[0]}")
    p.pair(
        "Dealer licence No.",
        f"{rng.choice(['FCO', 'IL', 'AGR'])}/{digits(rng, 4)}/{rng.randrange(2019, 2026)}",
    )
    chem = rng.random() < 0.45
    taxable = 0.0
    for product, unit, lo, hi in rng.sample(CHEMICALS if chem else FERTILISERS, rng.randrange(1, 4)):
        qty = rng.randrange(10, 160) if unit != "bags" else rng.randrange(20, 400)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", product)
        p.pair(f"  {qty} {unit} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18 if chem else 5, state != GARDENS[j.unit][3])
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.add("rule")
    if status != "success":
        way = "cheque"
    if way == "cheque":
        p.pair(
            "Cheque received" if status == "pending" else "Cheque amount",
            rs(total),
            amount=total,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    elif way == "cash":
        p.pair("Received in cash", rs(total), amount=total, method="cash")
    else:
        p.pair(rng.choice(["Amount received", "Received", "Payment received"]), rs(total), amount=total)
        p.pair("Mode", way, method=method_of(way))
        if not j.no_ref:
            ref = transfer_ref(rng, j, rng.choice(BANKS), way)
            lab = rng.choice(["UPI Ref No.", "UPI RRN"]) if way == "UPI" else rng.choice(["UTR", "UTR No."])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    word = {
        "success": "PAID - CASH" if way == "cash" else rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(total)}")
    right(p, f"For {name}")
    seal(p, " ".join(dealer.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. the garden's UPI to local vendors


VENDORS = [
    "Naharkatia Hardware Store",
    "Gogoi Bamboo Works",
    "Dutta Tractor Parts",
    "Kurseong Medical Hall",
    "Saikia Sprayer Centre",
    "Tamang Pipe & Sanitary",
    "Lama Plastic Crates",
    "Sharma Electricals",
]
VENDOR_APPS = ["Google Pay", "PhonePe", "Paytm", "PayU", "BHIM", "Amazon Pay", "Instamojo", "PhonePe"]
VENDOR_NOTES = [
    "Pruning knives 40 nos",
    "Plucking baskets 120",
    "Trolley tyre 7.50-16",
    "Medicines - garden hospital",
    "Knapsack sprayer parts",
    "Water line - labour lines",
    "Leaf crates 60 nos",
    "Withering trough motor",
]
BANDS = {"PhonePe": (95, 37, 159), "Paytm": (0, 46, 110), "BHIM": (247, 130, 34), "Amazon Pay": (35, 47, 62)}
# the app's labels: payee, UPI reference, its own id (or None)
APP_LABELS = {
    "Google Pay": (["Paid to", "To"], ["UPI transaction ID"], "Google transaction ID"),
    "PhonePe": (["Paid to", "Sent to"], ["UTR", "UPI Ref No."], "Transaction ID"),
    "Paytm": (["Paid to", "To"], ["UPI Ref No.", "UPI Reference No."], "Order ID"),
    "BHIM": (["Payee name", "Paid to"], ["UPI Ref ID", "RRN"], None),
    "Amazon Pay": (["Paid to", "Payment to"], ["Bank Reference ID", "UPI Ref No."], "Amazon Pay Txn ID"),
}


def garden_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The garden paying local vendors for knives, baskets, spares and medicines: six app screens (Google Pay, PhonePe
    twice, Paytm's wallet, BHIM, Amazon Pay UPI: the vendor under Paid to / To / Sent to / Payee name / Payment to
    (To / Paying to on a failure or a wait), its UPI ID, the sum large, UPI transaction ID / UTR / UPI Ref No. / UPI
    Ref ID / RRN / Bank Reference ID, the app's own id (Google transaction ID, Transaction ID, Order ID, Amazon Pay
    Txn ID, Wallet Txn ID), Debited from / From / Paid from, a note) and two vendors' payment links (PayU and
    Instamojo: the vendor on top, Payment receipt, Amount paid, Paid by / Customer name the garden, Payment mode UPI /
    card / net banking, Transaction ID / PayU ID / Payment ID, UPI Ref No. / Bank Ref No. / Auth code, Paid on /
    Date)."""
    k = place("garden_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=350, high=46000, p_round=0.7)
    to = VENDORS[k] if rng.random() < 0.75 else VENDORS[k].upper()
    app = VENDOR_APPS[k]
    rs = money(rng, font, 0.6)
    note = VENDOR_NOTES[k]
    if app in ("PayU", "Instamojo"):
        p = browser_page(
            rng,
            font,
            ("u.payu.in/" if app == "PayU" else "www.instamojo.com/@") + code(rng, 8, ALNUM.lower()),
        )
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Naharkatia, Assam", "Kurseong, Darjeeling", "Dibrugarh"]))
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            },
        )
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer name"]), rng.choice([SHORT, GARDENS[j.unit][0]]))
        p.pair("Purpose", note)
        way = rng.choice(["UPI", "card", "netbanking"])
        p.pair(
            "Payment mode",
            {"UPI": "UPI", "card": f"Debit card {masked(rng, font)}", "netbanking": "Net banking - SBI"}[way],
            method=way,
        )
        if not j.no_ref:
            pid = (
                f"{digits(rng, 11)}"
                if app == "PayU"
                else f"MOJO{j.date:%y%m}{code(rng, 4, UPPER)}{digits(rng, 5)}"
            )
            p.pair(
                rng.choice(["Transaction ID", "PayU ID"]) if app == "PayU" else "Payment ID",
                pid,
                txn=(TXN_RANK, pid),
            )
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Date"], HOURS, hour=True)
        p.part = "foot"
        p.add("small", "Payments by PayU" if app == "PayU" else "Powered by Instamojo")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    head(
        p,
        {"BHIM": "BHIM UPI"}.get(app, app),
        BANDS.get(app),
        p.style["h106"]["dark"],
        ["UPI payment", "Pay to merchant", "Payment details"],
    )
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Transaction Successful"],
            "failed": ["Payment Failed", "Transaction declined by bank"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    payee_labels, ref_labels, own_label = APP_LABELS[app]
    lab = rng.choice(payee_labels if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", to, merchant=to)
    wallet = app == "Paytm"
    base = "".join(c for c in to.lower() if c.isalpha())[:11]
    p.add("small", f"UPI ID: {base}@{rng.choice(['okaxis', 'ybl', 'paytm', 'sbi', 'okhdfcbank'])}")
    if status == "failed":
        p.add("small", "Money debited, if any, will be refunded in 3-5 working days.")
    p.add("rule")
    p.pair("Note", note)
    if not j.no_ref:
        if wallet:
            own = f"{j.date:%Y%m%d}{digits(rng, 12)}"
            wrap_pair(p, "Wallet Txn ID", own, txn=(TXN_RANK, own))
        else:
            p.pair(rng.choice(ref_labels), j.ref, txn=(UTR_RANK, j.ref))
            if own_label and rng.random() < 0.7:
                own = {
                    "Google Pay": f"CICAg{code(rng, 10, ALNUM + 'abcdefghijkmnpqrstuvwxyz')}",
                    "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                    "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
                }.get(app, digits(rng, 18))
                wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
    if wallet:
        p.pair("Paid from", "Paytm Wallet", method="wallet")
    else:
        p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}", method="UPI")
    labels = (
        ["Date & time", "Paid on", "Completed on"] if status == "success" else ["Date & time", "Initiated on"]
    )
    date_row(p, j, labels, HOURS, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 6. the staff's card slips at counters


COUNTERS = [
    ("BORAH FILLING STATION", "IOCL DEALER - NAHARKATIA"),
    ("SEVOKE ROAD TYRE HOUSE", "SILIGURI"),
    ("DIBRUGARH MEDICOS", "MANKOTTA ROAD, DIBRUGARH"),
    ("HILL CART ROAD HARDWARE", "SILIGURI"),
    ("TINSUKIA MOTORS", "TATA GENUINE PARTS - TINSUKIA"),
    ("KURSEONG GENERAL STORES", "KURSEONG"),
    ("ASSAM ELECTRICALS", "DULIAJAN"),
    ("JALPAIGURI AGRO MART", "JALPAIGURI"),
]
TERMINALS = [
    "HDFC BANK",
    "SBI PAYMENTS",
    "PINE LABS",
    "AXIS BANK",
    "ICICI BANK",
    "MSWIPE",
    "BHARATPE",
    "WORLDLINE",
]


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The staff's company card at counters (a fuel outlet filling the garden's trucks, tyres, a chemist for the
    garden hospital, hardware, spares, stores, electricals, an agro mart): the terminal's slip in monospace (HDFC BANK,
    SBI PAYMENTS, PINE LABS, AXIS BANK, ICICI BANK, MSWIPE, BHARATPE, WORLDLINE on top on some; the counter and its town
    in capitals, DATE: TIME: on a row or DATE/TIME:, MERCHANT ID: / MID :, TERMINAL ID: / TID :, BATCH:, STAN:,
    INVOICE: / BILL NO: / INV#, TXN TYPE: SALE, the card and its scheme, EXP: **/**, APP CODE: / APPROVAL CODE:, RRN: /
    RRN NO.: / REF NO.:, the fuel's VEHICLE NO / PRODUCT / VOLUME / RATE, SALE AMT: / NET AMT: / TOTAL AMOUNT: /
    AMOUNT:; APPROVED / TRANSACTION APPROVED / DECLINED with RESP CODE / TXN TIMEOUT - STATUS UNKNOWN / NO RESPONSE FROM
    HOST - VERIFY BEFORE RETRY)."""
    k = place("counter_slips")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=300, high=38000)
    name, town = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y", "%d.%m.%Y"]), upper=True)
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
    p.pair(rng.choice(["MERCHANT ID:", "MID :"]), digits(rng, 15))
    p.pair(rng.choice(["TERMINAL ID:", "TID :"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    inv = f"{rng.randrange(1, 9999):06d}"
    if not j.no_ref:
        p.pair(rng.choice(["INVOICE:", "BILL NO:", "INV#"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("TXN TYPE:", "SALE")
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "VISA CORP", "MC BUSINESS"])
    p.add("left", f"{net} {rng.choice(['CHIP', 'TAP', 'CHIP'])}")
    p.add("left", f"************{digits(rng, 4)}", method="card")
    p.pair("EXP:", "**/**")
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        p.pair(rng.choice(["APP CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO.:", "REF NO.:"]), j.ref, txn=(UTR_RANK, j.ref))
    if k == 0:
        rate = round(rng.uniform(89.5, 93.8), 2)
        litres = round(j.amount / rate, 2)
        j.amount = round(litres * rate, 2)
        p.pair("VEHICLE NO:", f"AS{rng.choice(['06', '23', '04'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
        p.pair("PRODUCT:", "HSD")
        p.pair("VOLUME:", f"{litres:.2f} L")
        p.pair("RATE:", f"{rate:.2f}")
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.add("rule")
    p.pair(rng.choice(["SALE AMT:", "NET AMT:", "TOTAL AMOUNT:", "AMOUNT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED", "SIGN NOT REQD - PIN OK"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 61 EXCEEDS LIMIT"]))
    else:
        p.add(
            "center",
            rng.choice(["TXN TIMEOUT - STATUS UNKNOWN", "NO RESPONSE FROM HOST - VERIFY BEFORE RETRY"]),
            status="pending",
        )
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "-- CARDHOLDER COPY --"]))
    return p.done()


# ---------------------------------------------------------------- 7. transporters and clearing agents


CARRIERS = [
    (
        "Brahmaputra Roadways",
        "Fleet owners and transport contractors - tea carriage",
        "G.S. Road, Guwahati - 781005, Assam",
        "18",
        "transport",
    ),
    (
        "North East Tea Carriers",
        "Garden to auction warehouse - full truck loads",
        "Chowkidinghee, Dibrugarh - 786001, Assam",
        "18",
        "transport",
    ),
    (
        "Himalayan Hill Transport Co",
        "Hill carriage: Darjeeling - Siliguri - Kolkata",
        "Burdwan Road, Siliguri - 734005, West Bengal",
        "19",
        "transport",
    ),
    (
        "Hooghly Clearing & Forwarding Pvt Ltd",
        "Customs broker - Kolkata Port | Haldia Dock",
        "Strand Road, Kolkata - 700001",
        "19",
        "cha",
    ),
    (
        "Garden Reach Shipping Agency",
        "Freight forwarding - FCL / LCL export",
        "Garden Reach Road, Kolkata - 700024",
        "19",
        "cha",
    ),
]
CARRIER_FRAMES = ["receipt", "mail", "bill", "portal", "receipt", "mail", "bill", "receipt"]


def transport_cha(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transporter's or clearing agent's paper the company paid: printed MONEY RECEIPTs (Received with thanks from
    M/s the company the sum of Rupees ..., by RTGS / NEFT / cheque, against Bill No., MR No. / Receipt No., Date / Dated,
    the sum in a box), FREIGHT BILL - PAID / BILL CUM RECEIPT (C/N No., Truck No., From the garden To the auction
    warehouse or Kolkata Port, Chests, Weight, Freight @ per kg, Loading / unloading, Detention, Total, Less: TDS u/s
    194C @ 1% / 2%, Net received / Amount received / Received (net of TDS)), an e-mail's payment acknowledgement and
    a customer portal's receipt page (Client / Shipper / Customer the company, Job No., Shipping bill No., Container,
    CHA charges, CFS, GST @ 18%, UTR / UTR No., Receipt No., Payment date / Received on); RECEIVED / PAID / CHEQUE
    RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED - INSUFFICIENT FUNDS."""
    k = place("transport_cha")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=9000, high=260000)
    frame = CARRIER_FRAMES[k]
    firm, line, addr, state, trade = rng.choice(
        [c for c in CARRIERS if c[4] == "cha"] if frame in ("mail", "portal") else CARRIERS
    )
    name = firm.upper() if rng.random() < 0.25 else firm
    rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9", "Rs"))
    way = rng.choice(["RTGS", "NEFT"]) if status == "success" else "cheque"
    garden = GARDENS[j.unit][0]
    if frame == "receipt":
        p = paper_page(rng, font, [640, 700, 740])
        letterhead(p, name, line, addr, state, ["MONEY RECEIPT", "RECEIPT"])
        mr = f"{rng.choice(['MR', 'R'])}/{fy(j.date)}/{rng.randrange(10, 2999):04d}"
        if not j.no_ref:
            p.pair(rng.choice(["MR No.", "Receipt No."]), mr, txn=(INVOICE_RANK, mr))
        date_row(p, j, ["Date", "Dated"], DAYS)
        p.add("left", f"Received with thanks from {ours(rng, j.unit)}")
        j.amount = float(round(j.amount)) if rng.random() < 0.6 else j.amount
        p.add("left", f"the sum of {words_in_rupees(j.amount)}")
        bill = f"{rng.choice(['FB', 'TB', 'CHA'])}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        if way == "cheque":
            p.add("left", f"by Cheque No. {digits(rng, 6)} on {rng.choice(BANKS)}", method="cheque")
        else:
            bank = rng.choice(BANKS)
            p.add("left", f"by {way} from {bank}", method="netbanking")
            if not j.no_ref:
                ref = transfer_ref(rng, j, bank, way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        p.add("left", f"against Bill No. {bill} (freight / clearing charges).")
        p.add("rule")
        p.add("left", f"{rs(j.amount)}/-", amount=j.amount)
        p.add("rule")
        word = {
            "success": rng.choice(["RECEIVED", "PAID"]),
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
            "failed": "CHEQUE RETURNED - INSUFFICIENT FUNDS",
        }[status]
        p.add("center", word, status=status)
        p.part = "foot"
        right(p, f"For {name}")
        right(p, "Cashier / Authorised signatory")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{firm.split()[0]} Accounts <accounts@{firm.split()[0].lower()}cha.in>",
            ["Payment received - thank you", "Receipt against our bill"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    elif frame == "portal":
        p = browser_page(rng, font, f"my.{firm.split()[0].lower()}.in/customer/receipts/{digits(rng, 7)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Customer portal - receipts")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["FREIGHT BILL - PAID", "BILL CUM RECEIPT"])
        bill = f"{rng.choice(['FB', 'TB'])}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        if not j.no_ref:
            p.pair("Bill No.", bill, txn=(INVOICE_RANK, bill))
    wrap_pair(
        p, rng.choice(["Client", "Customer", "Shipper" if trade == "cha" else "Consignor"]), ours(rng, j.unit)
    )
    lines: list[tuple[str, float]] = []
    if trade == "transport":
        chests = rng.randrange(120, 520)
        kg = chests * rng.choice([30, 35, 40])
        rate = round(rng.uniform(2.8, 5.6), 2)
        p.pair("C/N No.", f"{rng.randrange(1000, 99999)}")
        p.pair(
            "Truck No.",
            f"{rng.choice(['AS06', 'AS23', 'WB73', 'WB74'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
        )
        wrap_pair(p, "From", garden)
        wrap_pair(p, "To", rng.choice(["Auction warehouse, Taratala, Kolkata", "GTAC warehouse, Guwahati"]))
        p.pair("Chests / weight", f"{chests} / {kg:,} kg")
        lines += [(f"Freight @ {rate:.2f} per kg", round(kg * rate, 2))]
        lines += [("Loading / unloading", float(rng.choice([1800, 2400, 3200])))]
        if rng.random() < 0.4:
            lines += [("Detention (1 day)", 2500.0)]
        gst = 0.0
    else:
        p.pair("Job No.", f"{rng.choice(['EXP', 'KOL'])}/{rng.randrange(1000, 9999)}")
        p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)} dt. {j.other_day(rng, -25, -3)}")
        p.pair("Container", f"{code(rng, 4, UPPER)}{digits(rng, 7)} (20' GP)")
        lines += [
            ("CHA service charges", float(rng.choice([4500, 6000, 7500]))),
            ("CFS handling", float(rng.randrange(40, 160) * 100)),
            ("Documentation", float(rng.choice([1500, 2000]))),
            ("Transport to port", float(rng.randrange(120, 380) * 100)),
        ]
        gst = -1.0
    total = 0.0
    for label, value in lines:
        p.pair(label, rs(value))
        total += value
    if gst < 0:
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
    else:
        p.add("small", "GST on GTA payable by the recipient under reverse charge.")
    total = round(total + gst, 2)
    p.pair("Total", rs(total))
    pct = rng.choice([1, 2])
    tds = round((total - gst) * pct / 100, 2)
    p.pair(f"Less: TDS u/s 194C @ {pct}%", rs(tds))
    j.amount = round(total - tds, 2)
    if way == "cheque":
        p.pair(
            "Cheque received" if status == "pending" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
    else:
        p.pair(
            rng.choice(["Net received", "Amount received", "Received (net of TDS)"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = transfer_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            if frame != "bill":
                rec = f"RCT/{fy(j.date)}/{rng.randrange(100, 9999)}"
                p.pair("Receipt No.", rec, txn=(INVOICE_RANK, rec))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID", "Payment received"]),
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
            "failed": "CHEQUE RETURNED - INSUFFICIENT FUNDS",
        }[status],
        status=status,
    )
    labels = {
        "success": ["Payment date", "Received on", "Date"],
        "pending": ["Received on"],
        "failed": ["Returned on"],
    }
    date_row(p, j, labels[status], DAYS)
    p.part = "foot"
    p.add(
        "small", "Subject to Kolkata jurisdiction." if state == "19" else "Subject to Guwahati jurisdiction."
    )
    return p.done()


# ---------------------------------------------------------------- 8. electricity: Bharat Connect and the boards


POWER = [
    ("app", "Assam Power Distribution Company Ltd"),
    ("board", "APDCL"),
    ("app", "WBSEDCL"),
    ("board", "WBSEDCL"),
    ("app", "APDCL"),
    ("board", "Assam Power Distribution Company Ltd"),
    ("app", "West Bengal State Electricity Distribution Co. Ltd"),
    ("board", "WBSEDCL"),
]
POWER_APPS = ["YONO Business", "PhonePe", "Axis Bank neo", "Paytm for Business", "iMobile Pay"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gardens' factory and labour-line electricity (APDCL in Assam, WBSEDCL in Darjeeling): four Bharat Connect
    pages in business and payment apps (YONO Business, PhonePe, Axis Bank neo, Paytm for Business, iMobile Pay: the
    app's title, Bill paid successfully / Payment in progress / Bill payment failed, the sum large, Biller / Biller name
    / Operator / Electricity board the board, Consumer ID / Consumer No., Consumer name the garden, Bill period, Due
    date, Paid from Current A/c or UPI, Bharat Connect Ref ID / B-Connect Txn ID / Txn Ref. No., Transaction ID / Order
    ID, UPI Ref No., Paid on / Date & time / Initiated on) and four of the boards' own payment pages (APDCL and
    WBSEDCL in a browser: the board on top, Online payment receipt / Money receipt, Consumer ID, Name, Bill month,
    Amount paid / Paid amount, Mode Net banking / UPI / Debit card, Receipt No., Transaction ID, Bank Ref No., Payment
    date / Receipt date / Transaction date)."""
    k = place("power_bills")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=24000, high=520000, p_round=0.3)
    kind, board = POWER[k]
    rs = money(rng, font, 0.3)
    garden = GARDENS[j.unit][0]
    if kind == "app":
        app = rng.choice(POWER_APPS)
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect", "Electricity"])
        p.part = "head"
        top(p, app)
        p.add("small", "Bharat Connect - Electricity")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill paid successfully", "Payment successful"],
                "pending": ["Payment in progress"],
                "failed": ["Bill payment failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p, rng.choice(["Biller", "Biller name", "Operator", "Electricity board"]), board, merchant=board
        )
        p.pair(rng.choice(["Consumer ID", "Consumer No."]), digits(rng, 12))
        wrap_pair(p, "Consumer name", rng.choice([garden.upper(), f"MANAGER {GARDENS[j.unit][1]} T.E."]))
        p.pair("Bill period", j.month(1))
        p.pair("Due date", j.other_day(rng, 3, 15))
        upi = app in ("PhonePe", "Paytm for Business") and rng.random() < 0.7
        if upi:
            p.pair("Paid using", f"UPI - {rng.choice(BANKS)}", method="UPI")
        else:
            p.pair("Paid from", f"Current A/c XXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            if upi and status != "failed":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref ID", "B-Connect Txn ID", "Txn Ref. No."]),
                bref,
                txn=(BANK_RANK, bref),
            )
            tid = digits(rng, 14)
            p.pair(rng.choice(["Transaction ID", "Order ID"]), tid, txn=(TXN_RANK, tid))
        date_row(
            p, j, ["Paid on", "Date & time"] if status == "success" else ["Initiated on"], HOURS, hour=True
        )
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    wb = "WB" in board or "West Bengal" in board
    site = "portal.wbsedcl.in/quickpay" if wb else "www.apdcl.org/website/QuickPay"
    p = browser_page(rng, font, f"{site}/receipt?txn={digits(rng, 9)}")
    p.part = "head"
    top(p, board, merchant=board)
    p.add("small", rng.choice(["Online payment receipt", "Money receipt - online payment"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful"],
            "failed": ["Payment failed - amount if debited will be refunded"],
            "pending": ["Payment status awaited from bank"],
        },
    )
    p.pair("Consumer ID", f"{digits(rng, 9)}" if wb else f"{rng.randrange(100, 999)}{digits(rng, 8)}")
    wrap_pair(p, "Name", f"{GARDENS[j.unit][1]} TEA ESTATE")
    p.pair("Category", rng.choice(["HT - Tea estate / industrial", "LT Industrial", "HT Industrial (11 kV)"]))
    p.pair("Bill month", j.month(1))
    way = rng.choice(["netbanking", "UPI", "card"])
    p.pair(
        "Mode",
        {"netbanking": "Net banking", "UPI": "UPI", "card": f"Debit card {masked(rng, font)}"}[way],
        method=way,
    )
    if not j.no_ref:
        rct = f"{rng.choice(['R', 'OR', ''])}{digits(rng, 10)}"
        p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        tid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(
                "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                bref,
                txn=(UTR_RANK if way == "UPI" else BANK_RANK, bref),
            )
    p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
    date_row(p, j, ["Payment date", "Receipt date", "Transaction date"], HOURS, hour=rng.random() < 0.5)
    return p.done()


# ---------------------------------------------------------------- 9. the states' e-challans and the Tea Board


# department, purpose, office
GRAS = [
    (
        "Finance (Taxation) Department",
        "Assam Agricultural Income Tax - advance tax",
        "Superintendent of Agricultural Income Tax, Dibrugarh",
    ),
    (
        "Revenue & Disaster Management Department",
        "Land revenue - tea grant (0029)",
        "Circle Officer, Naharkatia Revenue Circle",
    ),
    (
        "Finance (Taxation) Department",
        "Professions tax - employer (PTRC)",
        "Superintendent of Taxes, Dibrugarh",
    ),
]
GRIPS = [
    ("Land & Land Reforms Department", "Lease rent - tea garden land", "BL & LRO, Kurseong"),
    ("Directorate of Commercial Taxes", "Profession tax - employer", "Siliguri Charge"),
    ("Labour Department", "Labour welfare fund - employer's share", "Regional Labour Office, Siliguri"),
]
CHALLAN_FRAMES = ["gras", "grips", "teaboard", "gras", "grips", "gras", "teaboard", "grips"]
TEA_BOARD_FEES = [
    ("Renewal of exporter registration (RCMC)", 5000.0),
    ("Tea manufacturer registration - renewal fee", 2500.0),
    ("Auction seller registration - Tea Board", 10000.0),
]


def state_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Levies and fees the company pays: three of Assam's GRAS e-challans (Government of Assam on top, GRAS -
    Government Receipt Accounting System, e-Challan - payment receipt, GRN, Department the payee, Office name,
    Purpose / Tax - fee type, Period, Depositor / Party name the company, Amount / Total amount, Payment mode, BRN /
    Bank ref No., Payment date / Date of payment / Bank date / Generated on), three of West Bengal's GRIPS challans
    (Government of West Bengal, GRIPS acknowledgement, GRN, Department, Head / purpose, Depositor's name, Amount, Bank,
    Bank transaction ID / BRN, BRN date / Payment date) and two Tea Board India fee receipts (Tea Board India on top,
    the Ministry's line, Applicant / Registration holder the company, Service, Registration No., Fee, GST @ 18%, Total
    paid / Amount paid, Payment mode, Transaction ID, Bank Ref No., Payment date / Date of payment)."""
    k = place("state_challans")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2000, high=380000, p_round=0.9)
    frame = CHALLAN_FRAMES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "teaboard":
        p = browser_page(rng, font, f"www.teaboard.gov.in/onlineservices/payment/{digits(rng, 8)}")
        p.part = "head"
        payee = rng.choice(["Tea Board India", "TEA BOARD INDIA"])
        top(p, payee, merchant=payee)
        p.add("small", "Ministry of Commerce & Industry, Government of India")
        p.add("center", "Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Fee paid"],
                "pending": ["Payment pending"],
                "failed": ["Payment failed"],
            },
        )
        wrap_pair(p, rng.choice(["Applicant", "Registration holder"]), rng.choice([COMPANY, COMPANY_CAPS]))
        service, fee = rng.choice(TEA_BOARD_FEES)
        wrap_pair(p, "Service", service)
        p.pair("Registration No.", f"TB/{rng.choice(['EXP', 'MFR', 'AUC'])}/{digits(rng, 5)}")
        gst = round(fee * 0.18, 2)
        p.pair("Fee", rs(fee))
        p.pair("GST @ 18%", rs(gst))
        j.amount = fee + gst
        p.pair(rng.choice(["Total paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI", "card"])
        p.pair(
            "Payment mode",
            {"netbanking": "Net banking - SBI", "UPI": "UPI", "card": "Debit card"}[way],
            method=way,
        )
        if not j.no_ref:
            tid = f"TB{j.date:%y%m%d}{digits(rng, 6)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Payment date", "Date of payment"], DAYS)
        return p.done()
    gras = frame == "gras"
    dept, purpose, office = rng.choice(GRAS if gras else GRIPS)
    p = browser_page(
        rng,
        font,
        f"assamegras.gov.in/challan/{digits(rng, 10)}"
        if gras
        else f"wbifms.gov.in/GRIPS/ack?grn={digits(rng, 8)}",
    )
    p.part = "head"
    top(p, "Government of Assam" if gras else "Government of West Bengal")
    p.add(
        "small",
        "GRAS - Government Receipt Accounting System" if gras else "GRIPS - Government Receipt Portal System",
    )
    p.add(
        "center",
        rng.choice(["e-Challan - payment receipt", "Challan receipt"]) if gras else "Acknowledgement",
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Success", "Status: Paid - credited to Government account"],
            "pending": ["Status: Pending - bank confirmation awaited"],
            "failed": ["Status: Failed at bank"],
        },
    )
    grn = digits(rng, 10) if gras else f"19{j.date.year}{digits(rng, 12)}"
    if not j.no_ref:
        p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
    wrap_pair(p, rng.choice(["Department", "Department name"]), dept, merchant=dept)
    wrap_pair(p, "Office name", office)
    wrap_pair(p, rng.choice(["Purpose", "Tax / fee type"]) if gras else "Head / purpose", purpose)
    p.pair("Period", rng.choice([f"{j.date.year}-{(j.date.year + 1) % 100:02d}", j.month(1)]))
    wrap_pair(p, rng.choice(["Depositor", "Party name"]) if gras else "Depositor's name", COMPANY_CAPS)
    p.pair(rng.choice(["Amount", "Total amount"]), rs(j.amount), amount=j.amount)
    bank = rng.choice(["State Bank of India", "UCO Bank", "Punjab National Bank", "Axis Bank"])
    p.pair("Payment mode", f"Net banking - {bank}", method="netbanking")
    if not j.no_ref and status == "success":
        brn = f"{IFSC[bank][:3]}{digits(rng, 9)}" if rng.random() < 0.5 else digits(rng, 12)
        p.pair(
            rng.choice(["BRN", "Bank ref No."]) if gras else rng.choice(["Bank transaction ID", "BRN"]),
            brn,
            txn=(BANK_RANK, brn),
        )
    if status == "pending":
        labels = ["Generated on"]
    else:
        labels = ["Payment date", "Date of payment", "Bank date"] if gras else ["BRN date", "Payment date"]
        labels = ["Failed on"] if status == "failed" else labels
    date_row(p, j, labels, DAYS)
    return p.done()


# ---------------------------------------------------------------- 10. plantation PF and the labour welfare board


WELFARE_FRAMES = ["atppf", "epfo", "atppf", "wblwb", "epfo", "atppf", "wblwb", "epfo"]


def welfare_dues(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The month's provident fund and the labour welfare contributions: three printed ATPPF challans (Assam Tea
    Plantations Provident Fund Organisation on top, CHALLAN - CONTRIBUTION DEPOSIT, Garden code, Name of the garden,
    Employer, Contribution for the month, Members' contribution, Employer's contribution, Pension fund,
    Administrative charges, Total / Total deposited, Mode NEFT or cheque, NEFT UTR, Journal No., Challan No., Date of
    deposit, the bank's rubber stamp), three EPFO combined challan receipts for the Darjeeling garden (Employees'
    Provident Fund Organisation on top, TRRN, Establishment code, Establishment name, Wage month, A/c 01, 02, 10, 21,
    22, Grand total, Payment through, CRN, Bank transaction ID, Payment date / Paid on / Payment confirmation date)
    and two West Bengal Labour Welfare Board receipts (the Board on top, Employer registration No., Establishment,
    Contribution period, Employees, Employee share, Employer share, Total amount, Mode, Transaction ID, Bank Ref No.,
    Receipt No., Date of payment)."""
    k = place("welfare_dues")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5)
    frame = WELFARE_FRAMES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "INR", "Rs", ""))
    if frame == "atppf":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        payee = rng.choice(
            [
                "Assam Tea Plantations Provident Fund Organisation",
                "ASSAM TEA PLANTATIONS PROVIDENT FUND ORGANISATION",
            ]
        )
        top(p, payee, merchant=payee)
        p.add("small", "Bhangagarh, Guwahati - 781005")
        p.add("center", "CHALLAN - CONTRIBUTION DEPOSIT")
        p.add("rule")
        p.part = "body"
        p.pair("Garden code", f"{rng.choice(['DBR', 'TSK'])}/{rng.randrange(100, 999)}")
        wrap_pair(p, "Name of the garden", GARDENS[0][0])
        wrap_pair(p, "Employer", COMPANY)
        p.pair("Contribution for the month", j.month(1))
        wages = rupees(rng, 1800000, 5200000, 1.0)
        parts = [
            ("Members' contribution (12%)", round(wages * 0.12)),
            ("Employer's contribution", round(wages * 0.0367)),
            ("Pension fund", round(wages * 0.0833)),
            ("Administrative charges", round(wages * 0.005)),
        ]
        for lab, v in parts:
            p.pair(lab, rs(float(v)))
        j.amount = float(sum(v for _, v in parts))
        p.pair(rng.choice(["Total", "Total deposited"]), rs(j.amount), amount=j.amount)
        if status == "pending":
            p.pair("Mode", f"Cheque No. {digits(rng, 6)}", method="cheque")
            word = "Cheque received - subject to realisation"
        else:
            p.pair("Mode", "NEFT", method="netbanking")
            word = {"success": "Received", "failed": "Returned - credit not received"}[status]
            if not j.no_ref and status == "success":
                ref = transfer_ref(rng, j, "State Bank of India", "NEFT")
                p.pair("NEFT UTR", ref, txn=(UTR_RANK, ref))
                jn = digits(rng, 8)
                p.pair("Journal No.", jn, txn=(BANK_RANK, jn))
        if not j.no_ref:
            ch = f"ATPPF/{fy(j.date)}/{rng.randrange(100, 9999)}"
            p.pair("Challan No.", ch, txn=(INVOICE_RANK, ch))
        date_row(p, j, ["Date of deposit", "Deposited on"], DAYS)
        p.add("center", word.upper(), status=status)
        p.part = "foot"
        p.add("small", "Bank's acknowledgement: received the above amount for credit to ATPPF's account.")
        p.add("gap")
        right(p, "Signature of the bank official")
        seal(p, "STATE BANK OF INDIA", "DIBRUGARH BRANCH", None if j.no_day else j.date, "RECEIVED")
        return p.done()
    if frame == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentReceipt")
        p.part = "head"
        payee = rng.choice(
            ["Employees' Provident Fund Organisation", "EMPLOYEES' PROVIDENT FUND ORGANISATION"]
        )
        top(p, payee, merchant=payee)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", "Combined challan - payment receipt")
        p.add("rule")
        p.part = "body"
        p.pair("Establishment code", f"WBSIL{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", f"{GARDENS[1][0].upper()} ({SHORT.upper()})")
        p.pair("Wage month", j.month(1))
        wages = rupees(rng, 900000, 2600000, 1.0)
        parts = [
            ("A/c 01 (EE + ER)", round(wages * 0.1567)),
            ("A/c 02 (admin)", round(wages * 0.005)),
            ("A/c 10 (EPS)", round(wages * 0.0833)),
            ("A/c 21 (EDLI)", round(wages * 0.005)),
            ("A/c 22", 0),
        ]
        for lab, v in parts:
            p.pair(lab, rs(float(v)))
        j.amount = float(sum(v for _, v in parts))
        p.pair(rng.choice(["Grand total", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment through",
            f"Net banking - {rng.choice(['SBI', 'UCO Bank', 'Axis Bank'])}",
            method="netbanking",
        )
        if not j.no_ref:
            trrn = f"{rng.randrange(1, 9)}{digits(rng, 12)}"
            p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
            crn = digits(rng, 13)
            p.pair("CRN", crn, txn=(TXN_RANK, crn))
            if status == "success":
                bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                p.pair("Bank transaction ID", bref, txn=(BANK_RANK, bref))
        outcome_row(
            p,
            status,
            {
                "success": ["Payment status: Success", "Payment confirmed"],
                "pending": ["Payment status: Awaiting bank confirmation"],
                "failed": ["Payment status: Failed"],
            },
        )
        labels = (
            ["Payment date", "Paid on", "Payment confirmation date"] if status != "failed" else ["Failed on"]
        )
        date_row(p, j, labels, HOURS, hour=True)
        return p.done()
    p = browser_page(rng, font, f"wblwb.org/employer/contribution/receipt/{digits(rng, 7)}")
    p.part = "head"
    payee = rng.choice(["West Bengal Labour Welfare Board", "WEST BENGAL LABOUR WELFARE BOARD"])
    top(p, payee, merchant=payee)
    p.add("small", "Labour Department, Government of West Bengal")
    p.add("center", "Online contribution - payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Contribution received", "Payment successful"],
            "pending": ["Payment pending"],
            "failed": ["Payment failed"],
        },
    )
    p.pair("Employer registration No.", f"LWB/DJ/{digits(rng, 5)}")
    wrap_pair(p, "Establishment", f"{GARDENS[1][0]} ({SHORT})")
    half = "January - June" if j.date.month <= 6 else "July - December"
    p.pair("Contribution period", f"{half} {j.date.year}")
    staff = rng.randrange(420, 1400)
    p.pair("Employees", str(staff))
    ee, er = float(staff * 3), float(staff * 6)
    p.pair("Employee share", rs(ee))
    p.pair("Employer share", rs(er))
    j.amount = ee + er
    p.pair("Total amount", rs(j.amount), amount=j.amount)
    p.pair("Mode", "Net banking", method="netbanking")
    if not j.no_ref:
        tid = f"LWB{j.date:%y%m%d}{digits(rng, 5)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rct = f"R/{j.date.year}/{rng.randrange(1000, 99999)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
    date_row(p, j, ["Date of payment", "Payment date"], DAYS)
    return p.done()


# ---------------------------------------------------------------- 11. workers' benefits and bonus


WORKERS = [
    "Sushila Munda",
    "Ramesh Oraon",
    "Basanti Kurmi",
    "Mangal Santhal",
    "Phulmani Tanti",
    "Budhu Bhumij",
    "Sarita Rai",
    "Pemba Tamang",
    "Sunita Chhetri",
    "Mingma Lepcha",
    "Dawa Sherpa",
    "Laxmi Thapa",
]
PAYOUT_FRAMES = ["voucher", "bulk", "voucher", "voucher", "bulk", "voucher", "voucher", "bulk"]
BULK_BANKS = ["SBI CINB - Bulk payments", "Axis Bank Corporate", "UCO Bank e-Banking", "PNB Corporate"]


def worker_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A worker's benefit, bonus or wages: five of the garden's printed vouchers (the company on top, its garden's
    line, MATERNITY BENEFIT - PAYMENT VOUCHER / PUJA BONUS - PAYMENT RECEIPT / SICKNESS ALLOWANCE VOUCHER / GRATUITY
    PAYMENT VOUCHER / WEEKLY WAGE PAYMENT SLIP, PV No. / Voucher No., Date / Paid on, Paid to / Name of worker / Payee,
    Ticket No., Line / Division, the benefit's working (weeks x average daily wage, medical bonus; bonus @ % of wages
    earned; days x rate; 15 days' wages x years; days worked, extra leaf kg @ rate), Net amount paid / Total paid /
    Amount paid, Mode cash / IMPS / UPI with its reference; PAID / PAID IN CASH / CREDITED / IMPS IN PROCESS, the
    worker's signature or thumb impression) and three of the bank's bulk payout rows (a corporate banking page: Bulk
    payment status, Batch reference, Debit account name the company, Beneficiary name the worker, Purpose, Amount, Mode
    IMPS / NEFT, IMPS Ref No. / UTR, Status Success / Credited / Failed - account dormant / Pending at bank, Value date /
    Processed on / Credit date)."""
    k = place("worker_payouts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3)
    worker = WORKERS[rng.randrange(6) if j.unit == 0 else rng.randrange(6, 12)]
    rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "\u20b9", ""))
    purpose = rng.choice(
        ["Puja bonus 2026", "Maternity benefit", "Sickness allowance", "Gratuity", "Weekly wages"]
    )
    wage = float(rng.choice([250, 252, 256, 262]))
    if PAYOUT_FRAMES[k] == "bulk":
        p = browser_page(
            rng, font, f"corp.{rng.choice(['onlinesbi', 'axisbank', 'ucobank', 'pnb'])}.in/bulk/status"
        )
        p.part = "head"
        top(p, rng.choice(BULK_BANKS))
        p.add("small", "Bulk payment status - beneficiary wise")
        p.add("rule")
        p.part = "body"
        p.pair(
            "Batch reference",
            f"{GARDENS[j.unit][1].split()[0]}_{purpose.split()[0].upper()}_{digits(rng, 4)}",
        )
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        name = worker.upper() if rng.random() < 0.5 else worker
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Purpose", purpose)
        j.amount = rupees(rng, 2400, 24000, 0.9)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            if status != "failed":
                ref = transfer_ref(rng, j, "State Bank of India", way)
                p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
            own = f"{rng.choice(['BP', 'TXN'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Txn reference", "Bank reference No."]), own, txn=(BANK_RANK, own))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success", "Credited"],
                "failed": ["Failed - account dormant"],
                "pending": ["Status: Pending at bank"],
            },
        )
        date_row(p, j, ["Value date", "Processed on", "Credit date"], HOURS, hour=True)
        return p.done()
    p = paper_page(rng, font, [580, 640, 700])
    kinds = {
        "Puja bonus 2026": ["PUJA BONUS 2026 - PAYMENT RECEIPT"],
        "Maternity benefit": ["MATERNITY BENEFIT - PAYMENT VOUCHER"],
        "Sickness allowance": ["SICKNESS ALLOWANCE VOUCHER"],
        "Gratuity": ["GRATUITY PAYMENT VOUCHER"],
        "Weekly wages": ["WEEKLY WAGE PAYMENT SLIP"],
    }[purpose]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        GARDENS[j.unit][0],
        GARDENS[j.unit][2],
        GARDENS[j.unit][3],
        kinds,
        merchant=False,
    )
    vno = f"{rng.choice(['PV', 'V'])}/{rng.randrange(100, 9999)}"
    if not j.no_ref:
        p.pair(rng.choice(["PV No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"], DAYS)
    wrap_pair(p, rng.choice(["Paid to", "Name of worker", "Payee"]), worker, merchant=worker)
    p.pair("Ticket No.", str(rng.randrange(100, 2999)))
    p.pair(
        rng.choice(["Line", "Division"]),
        rng.choice(["No. 3 line", "Bagan line", "Upper division", "Factory line"]),
    )
    if purpose == "Puja bonus 2026":
        earned = float(rng.randrange(58000, 82000))
        pct = rng.choice([16, 18, 20])
        p.pair(f"Wages earned {fy(j.date)}", rs(earned))
        total = round(earned * pct / 100, 2)
        p.pair(f"Bonus @ {pct}%", rs(total))
    elif purpose == "Maternity benefit":
        p.pair(f"26 weeks x avg daily wage {wage:.0f}", rs(wage * 182))
        p.pair("Medical bonus", rs(3500.0))
        total = wage * 182 + 3500
    elif purpose == "Sickness allowance":
        days = rng.randrange(4, 20)
        p.pair(f"{days} days x {wage * 0.5:.0f} (half wage)", rs(days * wage * 0.5))
        total = days * wage * 0.5
    elif purpose == "Gratuity":
        years = rng.randrange(12, 34)
        total = round(15 * wage * years, 2)
        p.pair(f"15 days' wages x {years} years", rs(total))
    else:
        days = rng.randrange(4, 7)
        extra = rng.randrange(8, 60)
        p.pair(f"Days worked {days} x {wage:.0f}", rs(days * wage))
        p.pair(f"Extra leaf {extra} kg @ 3.50", rs(extra * 3.5))
        total = days * wage + extra * 3.5
    j.amount = round(total, 2)
    p.pair(rng.choice(["Net amount paid", "Total paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["cash", "IMPS", "UPI"]) if status == "success" else "IMPS"
    p.pair("Mode", {"cash": "Cash", "IMPS": "IMPS to SB A/c", "UPI": "UPI"}[way], method=method_of(way))
    if way != "cash" and not j.no_ref:
        p.pair("IMPS Ref No." if way == "IMPS" else "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    word = {
        "success": {"cash": "PAID IN CASH", "IMPS": "CREDITED", "UPI": "PAID"}[way],
        "pending": "IMPS IN PROCESS",
        "failed": "NOT PAID - ACCOUNT FROZEN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, "Signature / thumb impression of worker")
    right(p, "Garden manager")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS alerts


ALERT_PAYEES = [
    "ASSAM AGRO INPUTS & C",
    "BRAHMAPUTRA ROADWAYS",
    "APDCL",
    "HIMALAYAN AGRO CHEMI",
    "NORTH EAST TEA CARRIE",
    "DUTTA TRACTOR PARTS",
    "TINSUKIA MOTORS",
    "HOOGHLY CLEARING FWD",
]
SENDERS = {
    "State Bank of India": ("JM-SBIINB", "SBI"),
    "UCO Bank": ("VK-UCOBNK", "UCO Bank"),
    "HDFC Bank": ("AX-HDFCBK", "HDFC Bank"),
    "ICICI Bank": ("VM-ICICIT", "ICICI Bank"),
    "Axis Bank": ("JD-AXISBK", "Axis Bank"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's SMS alerts on the garden accountant's phone (a messages app: the sender JM-SBIINB / VK-UCOBNK /
    AX-HDFCBK / VM-ICICIT / JD-AXISBK, the day divider, the alert): a NEFT, RTGS, IMPS or UPI debit to a dealer,
    transporter or the board as the bank names it, the sum, the account's last digits, the day, UTR / Ref No / UPI
    Ref / IMPS Ref, Avl Bal; a failed transfer ("has failed") and one that "is pending". *settled*: the payee as the
    bank sends it (a truncated name counts as printed), never the bank, the sender id or the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=900, high=460000)
    bank = rng.choice(list(SENDERS))
    sender, sign_off = SENDERS[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, {d} %b %Y"])), date=j.date)
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = (
        "UPI"
        if j.amount < 100000 and k in (1, 5, 7)
        else ("RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"]))
    )
    if status != "success":
        way = rng.choice(["NEFT", "IMPS"])
    method = "UPI" if way == "UPI" else "netbanking"
    acc = rng.choice(
        [f"A/c XX{digits(rng, 4)}", f"A/c *{digits(rng, 4)}", f"a/c no. XXXXXXXX{digits(rng, 4)}"]
    )
    on = f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y', '%d-%b-%y'])}" if not j.no_day else ""
    if status == "success":
        if rng.random() < 0.5:
            p.add("left", f"{amt} debited from {acc}", amount=j.amount)
            p.add("left", f"{on} by {way} to".strip(), method=method)
            p.add("left", to, merchant=to)
        else:
            p.add("left", f"Your {acc} is debited for {amt}", amount=j.amount)
            p.add("left", f"{on}; {to} credited.".lstrip("; "), merchant=to)
            p.add("left", f"Mode: {way}", method=method)
    else:
        p.add("left", f"Your {way} of {amt}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        p.add("left", f"from {acc} {on}".strip())
    if not j.no_ref:
        ref = transfer_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 80000, 6500000):,.2f}. Not you? Call the bank.",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{sign_off}")
    return p.done()


compose = compose158

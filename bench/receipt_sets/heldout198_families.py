"""The twelve heldout198 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a tea estate's day in 2026 (Rangkhula Tea Estates Pvt Ltd, its garden and CTC /
orthodox factory at Lahoal and its town office on Mancotta Road, Dibrugarh, Assam), told by the proofs of payment it
receives and makes: the Guwahati auction brokers' account sales and sale proceeds advices, private buyers' and
exporters' payment advices, overseas buyers' inward wires in US dollars, euros and pounds, the estate shop's
customers' UPI screens and payment pages, its own money receipts, fertiliser, packing material and machinery
dealers' invoices and the corporate net-banking transfers to dealers, garden workers' wage and ration vouchers and
bulk payouts, the Tea Board's, GRAS Assam's, the municipal corporation's and the Pollution Control Board's fee
pages, factory fuel and town card slips, APDCL's power and the phone and broadband bills, and the bank's SMS and
e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, sale, prompt, due and bill days, lots, grades, garden marks,
invoices listed on an advice, brokerage, GST, TDS, TCS and warehouse lines, GSTIN, PAN, IFSC, BIC, UETR, MID, TID,
STAN, batch, nozzle and trace numbers, worker, PF, vendor, contract, consumer, application, licence numbers and
heads of account, the maker and the authoriser and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
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

COMPANY = "Rangkhula Tea Estates Pvt Ltd"
COMPANY_CAPS = "RANGKHULA TEA ESTATES PVT LTD"
SHORT = "Rangkhula Tea Estate"
# unit, address, GST state code
UNITS = [
    ("Garden & factory", "Rangkhula T.E., P.O. Lahoal, Dibrugarh - 786010, Assam", "18"),
    ("Town office", "2nd floor, Mancotta Road, Dibrugarh - 786003, Assam", "18"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Punjab National Bank",
    "Axis Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Assam Gramin Vikash Bank",
    "Indian Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Assam Gramin Vikash Bank": "AGVX",
    "Indian Bank": "IDIB",
    "IndusInd Bank": "INDB",
}
GRADES = ["BOP", "BOPSM", "BP", "OF", "PD", "Dust", "FOP", "TGFOP", "GBOP"]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Bill to / Received by: no fact)."""
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


def neft_way(rng: random.Random, amount: float) -> str:
    way = "RTGS" if amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


def slug(bank: str) -> str:
    return "".join(w[0] for w in bank.split()).lower() if len(bank.split()) > 2 else bank.split()[0].lower()


RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


# ---------------------------------------------------------------- 1. auction brokers' account sales


BROKERS = [
    ("Kamakhya Tea Brokers Pvt Ltd", "accounts@kamakhyatea.in", "G.S. Road, Ulubari, Guwahati - 781007"),
    ("Lohit Valley Tea Auctioneers LLP", "sellers@lohitauction.co.in", "Tea Auction Centre Road, Guwahati"),
    ("Purbanchal Tea Brokers Ltd", "remit@purbanchaltea.com", "Bamunimaidam, Guwahati - 781021"),
    ("Dihang Leaf Brokers Pvt Ltd", "seller.accounts@dihangleaf.in", "Christian Basti, Guwahati - 781005"),
]
SALE_FRAMES = ["paper", "mail", "portal", "paper", "mail", "portal", "paper", "mail"]


def account_sales(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Guwahati Tea Auction Centre's brokers remitting the estate's sale proceeds: a printed ACCOUNT SALE /
    ACCOUNT SALES - GUWAHATI TEA AUCTION CENTRE, a SALE PROCEEDS REMITTANCE e-mail and the broker's seller portal
    page (the broker on top, Account of / Seller / Remitted to the company or its garden, Garden mark, Sale No., Sale
    date and Prompt date (no fact), the lots with Grade, Pkgs x Kg @ rate and value, Gross sale value, Add: GST @ 5%,
    Less: Brokerage @ 1%, Less: GST on brokerage @ 18%, Less: Warehouse rent & handling, Net proceeds remitted / Net
    sale proceeds paid / Amount remitted, Mode NEFT / RTGS, UTR No. / UTR, A/S No. / Account sale No. / Remittance
    advice No., Remitted on / Date of remittance / Advice date; Proceeds remitted / PAID TO SELLER / Buyer's prompt
    awaited - remittance on prompt date / Remittance returned by bank - account closed)."""
    k = place("account_sales")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    broker, mail, addr = BROKERS[(k + rng.randrange(2)) % len(BROKERS)]
    frame = SALE_FRAMES[k]
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{broker.split()[0]} Seller Accounts <{mail}>",
            ["Sale proceeds remittance", "Account sale and remittance advice", "GTAC - proceeds advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"sellers.{mail.split('@')[1]}/accountsale/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, broker.upper() if frame == "paper" and rng.random() < 0.5 else broker)
    p.add("small", f"Tea brokers and auctioneers  |  {addr}")
    p.add(
        "center",
        rng.choice(
            ["ACCOUNT SALE", "ACCOUNT SALES - GUWAHATI TEA AUCTION CENTRE", "Sale proceeds remittance"]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT, "RANGKHULA T.E."])
    wrap_pair(p, rng.choice(["Account of", "Seller", "Remitted to"]), payee, merchant=payee)
    p.pair("Garden mark", rng.choice(["RANGKHULA", "RANGKHULA CTC", "RANGKHULA ORTH"]))
    p.pair("Sale No.", f"{rng.randrange(8, 46)} / 2026-27")
    if not j.no_day:
        p.pair("Sale date", j.other_day(rng, -20, -12))
        p.pair("Prompt date", j.other_day(rng, -3, -1) if status != "pending" else j.other_day(rng, 2, 6))
    p.add("left", rng.choice(["Lot  Grade  Pkgs x Kg @ Rs/kg", "Lots sold"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        pk = rng.randrange(12, 40)
        kg = rng.choice([25, 30, 32, 35])
        rate = float(rng.randrange(180, 420))
        value = round(pk * kg * rate, 2)
        gross += value
        p.pair(f"{rng.randrange(100, 9999)}  {rng.choice(GRADES)}  {pk} x {kg} @ {rate:.2f}", rs(value))
    gst = round(gross * 0.05, 2)
    brok = round(gross * 0.01, 2)
    bgst = round(brok * 0.18, 2)
    ware = round(rng.uniform(600, 4800), 2)
    p.pair("Gross sale value", rs(gross))
    p.pair("Add: GST @ 5%", rs(gst))
    p.pair("Less: Brokerage @ 1%", rs(brok))
    p.pair("Less: GST on brokerage @ 18%", rs(bgst))
    p.pair("Less: Warehouse rent & handling", rs(ware))
    j.amount = round(gross + gst - brok - bgst - ware, 2)
    lab = (
        "Net proceeds payable"
        if status == "pending"
        else rng.choice(["Net proceeds remitted", "Net sale proceeds paid", "Amount remitted"])
    )
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT"
    p.pair(rng.choice(["Mode", "Remittance mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:4])
    wrap_pair(p, "Credit to", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(["Axis Bank", "HDFC Bank", "State Bank of India"]), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['AS', 'GTAC/AS', 'RA'])}/{rng.randrange(100, 9999)}/26"
        p.pair(
            rng.choice(["A/S No.", "Account sale No.", "Remittance advice No."]), doc, txn=(INVOICE_RANK, doc)
        )
    outcome_row(
        p,
        status,
        {
            "success": ["Proceeds remitted", "PAID TO SELLER"],
            "pending": ["Buyer's prompt awaited - remittance on prompt date"],
            "failed": ["Remittance returned by bank - account closed"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Remitted on", "Date of remittance"],
            "pending": ["Advice date"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Errors and omissions excepted. Sold under the Guwahati Tea Auction Committee's rules.")
    return p.done()


# ---------------------------------------------------------------- 2. private buyers' and exporters' advices


BUYERS = [
    ("Brahmaputra Blenders & Packers Pvt Ltd", "payables@bbpackers.in", "Guwahati"),
    ("Siliguri Chai Udyog LLP", "accounts@siliguricha.in", "Siliguri"),
    ("Hooghly Orthodox Exports Ltd", "vendorpayments@hooghlyexports.com", "Kolkata"),
    ("Kesar Leaf Tea Co.", "finance@kesarleaf.co.in", "Ahmedabad"),
    ("Jorhat Teas International Pvt Ltd", "ap@jorhatteas.com", "Jorhat"),
    ("Maa Tara Tea Traders", "maatara.accounts@gmail.com", "Dibrugarh"),
]
BUYER_FRAMES = ["mail", "paper", "portal", "mail", "paper", "portal", "mail", "paper"]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Private buyers (packers and blenders) and exporters paying for made tea bought ex-garden under private sale:
    a PAYMENT ADVICE e-mail, a printed REMITTANCE ADVICE - TEA PURCHASE (PRIVATE SALE) and a buyer's vendor portal
    page (the buyer on top, Supplier / Payee (seller) / Vendor name the company, Vendor code and Purchase contract
    No. (no fact), the estate's invoices with their sums, Less: TDS u/s 194Q @ 0.1%, Less: Quality claim -
    moisture on some, Net amount paid / Net payment released / Amount transferred, Mode NEFT / RTGS / IMPS, UTR No. /
    IMPS Ref No., Payment document No. / Payment advice No., Payment date / Value date / Advice date / Returned on;
    Payment status: Released / Paid / Under approval - quality report awaited / Payment rejected by bank -
    beneficiary name mismatch)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=40000, high=900000)
    buyer, mail, city = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    frame = BUYER_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released - {SHORT}", "Remittance advice - tea purchase"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add("small", f"{rng.choice(['Accounts Payable', 'Purchase - Tea', 'Finance & Accounts'])}, {city}")
    p.add(
        "center",
        rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE - TEA PURCHASE (PRIVATE SALE)", "Payment advice"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Supplier", "Payee (seller)", "Vendor name"]), payee, merchant=payee)
    p.pair("Vendor code", f"V{rng.choice(['TEA', 'AS', 'RM'])}{digits(rng, 5)}")
    p.pair("Purchase contract No.", f"PC/{rng.randrange(10, 99)}/{digits(rng, 4)}")
    invs = [rupees(rng, 20000, 420000, 0.6) for _ in range(rng.randrange(1, 4))]
    p.add("left", rng.choice(["Invoices paid", "Against your invoices"]))
    for v in invs:
        p.pair(f"RTE/{rng.randrange(1, 999):03d}/26-27  ({rng.choice(GRADES)})", rs(v))
    gross = round(sum(invs), 2)
    p.pair("Invoice value", rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    claim = float(rng.choice([1200, 2500, 4800])) if rng.random() < 0.35 else 0.0
    if claim:
        p.pair("Less: Quality claim - moisture", rs(claim))
    j.amount = round(gross - tds - claim, 2)
    p.pair(
        rng.choice(["Net amount paid", "Net payment released", "Amount transferred"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, "Beneficiary bank", f"{rng.choice(BANKS[:4])} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', 'PD'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document No.", "Payment advice No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Released", "Status: Paid"],
            "pending": ["Under approval - quality report awaited"],
            "failed": ["Payment rejected by bank - beneficiary name mismatch"],
        },
    )
    date_row(
        p,
        j,
        {"success": ["Payment date", "Value date"], "pending": ["Advice date"], "failed": ["Returned on"]}[
            status
        ],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice. TDS certificate (Form 16A) will follow quarterly.")
    return p.done()


# ---------------------------------------------------------------- 3. overseas buyers' inward wires


IMPORTERS = [
    ("Teehaus Nordhafen GmbH", "Hamburg, Germany", "EUR", "Hamburger Sparkasse AG"),
    ("Whitcombe & Lowe Tea Merchants Ltd", "London, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Golden Tips Trading LLC", "Dubai, UAE", "USD", "Emirates NBD Bank PJSC"),
    ("Thee Compagnie Rotterdam BV", "Rotterdam, Netherlands", "EUR", "ABN AMRO Bank NV"),
    ("Highland Brew Imports Ltd", "Edinburgh, United Kingdom", "GBP", "Royal Bank of Scotland plc"),
    ("Assam Leaf Importers Inc", "Boston, MA, USA", "USD", "Bank of America NA"),
    ("Samovar Trading FZE", "Sharjah, UAE", "USD", "Mashreqbank PSC"),
    ("Maison du The Lyonnais SAS", "Lyon, France", "EUR", "Societe Generale SA"),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("Axis Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("UCO Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Punjab National Bank", "mail"),
    ("State Bank of India", "browser"),
    ("Axis Bank", "mail"),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Overseas buyers paying for orthodox and CTC shipments in euros, pounds and US dollars: banks' inward
    remittance advices (browser, e-mail, printed FOREIGN INWARD REMITTANCE ADVICE: the bank on top, Beneficiary
    customer / Beneficiary name / Credited to the company, Ordering customer, Ordering institution, Currency /
    amount / Instructed amount / Amount received, Charges SHA / OUR, Exchange rate, INR value, Commission and GST,
    Net INR credited, Purpose code P0102, Export invoice, Inward ref. No. / FIRA No. / Transaction reference, UETR,
    Value date / Date of credit / Received on / Returned on; Funds realised and credited / Credited to your account /
    Held - purpose code and export invoice awaited / Rejected - returned to ordering bank)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    payer, city, cur, pbank = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(2400, 68000), 2) if rng.random() < 0.6 else float(rng.randrange(24, 680) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.inward@{slug(bank)}.co.in>",
            ["Foreign inward remittance - credit advice", "Inward remittance received"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"etrade.{slug(bank)}bank.in/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Trade Finance Centre, Guwahati", "Forex Department - Dibrugarh Branch"]))
    p.add("center", rng.choice(["FOREIGN INWARD REMITTANCE ADVICE", "Inward remittance - credit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds realised and credited", "Credited to your account"],
            "pending": ["Held - purpose code and export invoice awaited"],
            "failed": ["Rejected - returned to ordering bank"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary customer", "Beneficiary name", "Credited to"]), me, merchant=me)
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, "Ordering customer", f"{payer}, {city}")
    wrap_pair(p, "Ordering institution", pbank)
    p.pair(
        rng.choice(["Currency / amount", "Instructed amount", "Amount received"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["SHA", "OUR"]))
    p.pair("Exchange rate", f"INR {rate} per {cur}")
    inr = round(j.amount * rate, 2)
    p.pair("INR value", f"{inr:,.2f}")
    comm = float(rng.choice([250, 500, 1000]))
    p.pair("Commission & GST", f"{comm * 1.18:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - comm * 1.18:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    p.pair("Export invoice", f"RTE/EXP/{rng.randrange(1, 99):03d}/26-27")
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIRA', 'INW'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["Inward ref. No.", "FIRA No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref)
        )
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {"success": ["Value date", "Date of credit"], "pending": ["Received on"], "failed": ["Returned on"]}[
            status
        ],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add("small", "Your e-BRC will be generated on DGFT once the shipping bill is linked to this inward.")
    return p.done()


# ---------------------------------------------------------------- 4. the estate shop's customers


SHOP_APPS = ["Google Pay", "PhonePe", "Razorpay", "BHIM", "Paytm", "Amazon Pay", "Instamojo", "Navi"]
SHOPPERS = [
    "Pranjal Gogoi",
    "Rimjhim Baruah",
    "Oliver Hartley",
    "Bikash Sonowal",
    "Ankita Saikia",
    "Deepjyoti Phukan",
    "Meenakshi Agarwal",
    "Raju Tanti",
]
SHOP_NOTES = [
    "2 kg CTC BOP",
    "Orthodox FTGFOP 500g",
    "Gift box - 3 teas",
    "Green tea 250 g",
    "Tea tasting for 4",
    "Estate shop",
    "Assam gold tips",
]


def shop_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Visitors and townspeople buying at the estate's tea shop and online: six UPI screens (Google Pay, PhonePe,
    BHIM, Paytm, Amazon Pay, Navi: the shop under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, UPI
    transaction ID / UPI Ref. No. / UTR, PhonePe's and Paytm's own Transaction ID on some, Debited from, Date & time /
    Paid on; Payment declined by bank - daily limit exceeded / Payment pending - do not pay again) and two payment
    pages (Razorpay, a UK buyer's card in pounds; Instamojo: the estate on top, Buyer / Paid by, Payment ID pay_... /
    MOJO..., Auth code / UPI RRN, Paid on)."""
    k = place("shop_upi")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=120, high=9500, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Razorpay", "Instamojo"):
        to = rng.choice([COMPANY, SHORT])
        url = (
            f"pages.razorpay.com/rangkhula-{code(rng, 4, LOWER)}"
            if app == "Razorpay"
            else f"www.instamojo.com/@rangkhulatea/{code(rng, 8, HEXA)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Single-estate Assam teas, from the garden", "Estate shop - online orders"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Thank you! Payment received"]})
        cur, way = "INR", "UPI" if app == "Instamojo" and rng.random() < 0.6 else "card"
        if app == "Razorpay":
            cur = "GBP"
            j.amount = round(rng.uniform(18, 140), 2)
            show = fx(rng, font, "GBP")
            p.add("big", show(j.amount), amount=j.amount, cur=cur)
        else:
            p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Buyer", "Paid by"]), SHOPPERS[k])
        wrap_pair(p, rng.choice(["Purpose", "Order"]), rng.choice(SHOP_NOTES[:4] + SHOP_NOTES[6:]))
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = (
                f"pay_{code(rng, 14, ALNUM + LOWER)}" if app == "Razorpay" else f"MOJO{code(rng, 14, ALNUM)}"
            )
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Payments by Instamojo")
        return p.done()
    to = rng.choice([SHORT, "Rangkhula Estate Tea Shop", "RANGKHULA TEA ESTATE"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Navi": "Navi UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful", "Paid"],
            "failed": ["Payment declined by bank - daily limit exceeded"],
            "pending": ["Payment pending - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"rangkhulatea{rng.choice(['', '.shop', '1'])}@{rng.choice(['sbi', 'okaxis', 'ybl', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 5. the estate's own money receipts


RECEIVED_FROM = [
    "Sri Gobinda Saha, Maa Durga Tea Stores",
    "Lahoal Tea Refuse Traders (licensed)",
    "Sri Hemanta Borgohain",
    "M/s Chabua Timber Co.",
    "Assam Tea Tourism Circuits",
    "Sri Dhaniram Munda (contractor)",
    "Namrup Tea Packers",
    "Dr. Rupam Dutta",
]
RECEIPT_HEADS = [
    "Ex-garden sale - CTC BOP, 120 kg",
    "Sale of refuse tea - 340 kg",
    "Rent - godown No. 3, April",
    "Sale of shade-tree firewood - 6 trucks",
    "Garden visit & tea tasting - group of 18",
    "Hire of tractor - 4 days",
    "Ex-garden sale - Orthodox FOP, 60 kg",
    "Staff quarter rent - contractor",
]
RECEIPT_WAYS = ["cash", "NEFT", "-", "cash", "UPI", "-", "UPI", "RTGS"]


def estate_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate's own MONEY RECEIPT / CASH RECEIPT / RECEIPT (paper: the company on top with its garden line,
    address and GSTIN; M.R. No. / Receipt Sl. No., Date / Dated, Received with thanks from (no fact), Towards, the sum
    in words, Amount / Rs., By cash / By UPI / By NEFT / By RTGS / By cheque with its UTR, UPI Ref. No. or Cheque No.
    and bank; RECEIVED WITH THANKS / RECEIVED / CHEQUE SUBJECT TO REALISATION / CHEQUE RETURNED UNPAID - FUNDS
    INSUFFICIENT, the rubber stamp) and two of the town office's payment acknowledgement e-mails."""
    k = place("estate_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1500, high=380000)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    way = "cheque" if RECEIPT_WAYS[k] == "-" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash") and j.amount > 90000:
        j.amount = rupees(rng, 1500, 90000, 0.8)
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if k in (1, 6):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@rangkhulatea.in>",
            ["Payment acknowledgement", "Receipt for your payment", "Money receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{UNITS[1][0]}, Dibrugarh  |  Accounts section")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        unit = UNITS[0] if rng.random() < 0.6 else UNITS[1]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Growers and manufacturers of CTC and orthodox Assam tea",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "CASH RECEIPT" if way == "cash" else "RECEIPT", "RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RTE', 'R'])}/{rng.randrange(1, 2999):04d}/26-27"
        p.pair(rng.choice(["M.R. No.", "Receipt Sl. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    wrap_pair(p, "Received with thanks from", RECEIVED_FROM[k])
    wrap_pair(p, "Towards", RECEIPT_HEADS[k])
    p.add("small", f"the sum of {words_in_rupees(j.amount)}")
    lab = {
        "cash": "By cash",
        "UPI": "By UPI",
        "NEFT": "By NEFT",
        "RTGS": "By RTGS",
        "cheque": "By cheque",
    }[way]
    p.pair(rng.choice(["Amount", "Rs."]) if rng.random() < 0.4 else lab, rs(j.amount), amount=j.amount)
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "RTGS": "RTGS", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}, Dibrugarh")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Cheques are subject to realisation. This receipt is valid only with the estate's seal.")
    if k not in (1, 6):
        right(p, "For Rangkhula T.E. - Cashier / Accountant")
        p.add("gap")
        seal(p, "RANGKHULA T.E.", "LAHOAL DIBRUGARH", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. fertiliser, packing and machinery invoices


DEALERS = [
    (
        "Lakhimi Agro Inputs",
        "Fertilisers | Agro-chemicals | Lime - authorised dealer",
        "Graham Bazar, Dibrugarh - 786001, Assam",
        "18",
    ),
    (
        "Purbanchal Packaging Industries",
        "Multiwall paper sacks | Poly liners | Tea chests",
        "Amingaon Industrial Area, Guwahati - 781031, Assam",
        "18",
    ),
    (
        "Hooghly Tea Machinery Works",
        "CTC rollers and segments | Withering | Dryer spares",
        "G.T. Road, Liluah, Howrah - 711204, West Bengal",
        "19",
    ),
    (
        "Tinsukia Krishi Seva Kendra",
        "Urea | MOP | Rock phosphate | Zinc sulphate",
        "Rangagora Road, Tinsukia - 786125, Assam",
        "18",
    ),
]
DEALER_ITEMS = {
    "Lakhimi": [
        ("Urea 45 kg bag", "HSN 3102", 266.5, 266.5, 5),
        ("Muriate of potash 50 kg", "HSN 3104", 1535.0, 1700.0, 5),
        ("Dolomite lime 50 kg", "HSN 2518", 310.0, 420.0, 5),
    ],
    "Purbanchal": [
        ("MW paper sack 4-ply, 30 kg", "HSN 4819", 42.0, 58.0, 18),
        ("Poly liner 150 gauge", "HSN 3923", 6.5, 9.8, 18),
    ],
    "Hooghly": [
        ("CTC segment re-cutting (pair)", "SAC 998719", 9800.0, 14500.0, 18),
        ("Withering trough fan 36 inch", "HSN 8414", 38500.0, 46800.0, 18),
        ("VFBD dryer bed plate", "HSN 8419", 62000.0, 78000.0, 18),
    ],
    "Tinsukia": [
        ("Rock phosphate 50 kg", "HSN 2510", 540.0, 640.0, 5),
        ("Zinc sulphate 21% 5 kg", "HSN 2833", 310.0, 380.0, 5),
    ],
}
DEALER_WAYS = ["-", "NEFT", "RTGS", "UPI", "-", "NEFT", "IMPS", "-"]


def input_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fertiliser dealer at Dibrugarh, a paper-sack maker at Guwahati, a tea machinery works at Howrah and a krishi
    seva kendra at Tinsukia billing the estate (paper: the dealer on top, its line, address and GSTIN; Invoice No. /
    Tax Invoice No. / Bill No., Invoice date / Dated, Buyer (bill to) / Consignee (ship to) the estate, Place of
    supply, Vehicle No., the items with HSN / SAC, Qty x rate, Taxable value, CGST and SGST or IGST (5% on
    fertiliser, 18% else), Round off, Invoice total, Less: Advance against PO on some, Amount received / Balance
    received / Payment received by NEFT, the UTR or UPI Ref No., or Cheque received with Cheque No.; PAID / FULL
    PAYMENT RECEIVED / PAID - NO DUES / CHEQUE DEPOSITED - AWAITING CLEARANCE / CHEQUE RETURNED - PAYMENT STOPPED BY
    DRAWER, in the dealer's rubber stamp too)."""
    k = place("input_invoices")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    maker, line, addr, state = DEALERS[k % len(DEALERS)]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "TAX INVOICE CUM RECEIPT", "INVOICE (ORIGINAL FOR RECIPIENT)"],
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/26-27"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer (bill to)", "Consignee (ship to)"])
    p.pair("Place of supply", "Assam (18)")
    p.pair(
        "Vehicle No.",
        f"AS-{rng.choice(['06', '01', '23'])}-{rng.choice('CDE')}{rng.choice(UPPER)}-{digits(rng, 4)}",
    )
    taxable = 0.0
    key = maker.split()[0]
    rates = set()
    for item, hsn, lo, hi, gst in rng.sample(DEALER_ITEMS[key], rng.randrange(1, 3)):
        qty = 1 if lo > 30000 else rng.randrange(2, 12) if lo > 5000 else rng.randrange(20, 400)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        rates.add(gst)
        p.add("left", f"{item}  {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, max(rates), state != "18")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = DEALER_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque" if status != "success" else "NEFT"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and total > 20000 and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair("Less: Advance against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        lab = "Balance received" if adv else rng.choice(["Amount received", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULL PAYMENT RECEIVED", "PAID - NO DUES"]),
        "pending": "CHEQUE DEPOSITED - AWAITING CLEARANCE",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Subject to Dibrugarh jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. net-banking transfers to dealers


PAYEES = [
    "Lakhimi Agro Inputs",
    "Purbanchal Packaging Industries",
    "Hooghly Tea Machinery Works",
    "Tinsukia Krishi Seva Kendra",
    "Assam Gas Company Ltd",
    "Dibrugarh Hardware & Mill Stores",
    "North East Coal Traders",
    "Naharkatia Transport Co.",
]
PORTALS = [
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corp.pnbibanking.in/transfer/status"),
    ("UCO Corporate eBanking", "UCO Bank", "corp.ucoebanking.in/fundtransfer/view"),
    ("Indus Direct", "IndusInd Bank", "indusdirect.indusind.com/payments/details"),
]


def dealer_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate paying its dealers, the gas company and the coal and transport contractors from its current
    accounts: corporate internet banking's transaction view (PNB Corporate Internet Banking, UCO Corporate eBanking,
    Indus Direct: the portal on top, Beneficiary (payee) / Beneficiary name / Payee name, Beneficiary A/c and IFSC,
    Debit from (the company, no fact), Amount / Transaction amount, Transfer mode NEFT / RTGS / IMPS, UTR / UTR No.,
    Transaction reference No., Maker / Authoriser, Value date / Transaction date / Initiated on / Returned on;
    Transaction successful / Executed / Pending for authorisation (level 2) / Returned - credit account does not
    exist)."""
    k = place("dealer_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=8000, high=850000)
    brand, bank, host = PORTALS[k % len(PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", bank if brand == "Indus Direct" else f"{bank}  |  Payments")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - view status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Executed"],
            "pending": ["Pending for authorisation (level 2)"],
            "failed": ["Returned - credit account does not exist"],
        },
    )
    who = PAYEES[k]
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary (payee)", "Beneficiary name", "Payee name"]), who, merchant=who)
    ben_bank = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben_bank]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit from", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Transaction amount"]), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Transfer mode", way, method="netbanking")
    wrap_pair(
        p,
        "Narration",
        rng.choice(["Fert bill Apr", "Packing sacks PO 114", "Dryer spares", "Coal - 2 trucks", "Gas bill"]),
    )
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{rng.choice(['TXN', 'CIB', 'P'])}{digits(rng, 12)}"
        p.pair("Transaction reference No.", tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Authoriser", f"RTEACC1 / {'-' if status == 'pending' else 'RTEMGR'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date"],
            "pending": ["Initiated on"],
            "failed": ["Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Returned funds are credited back to the debit account within 2 working days.")
    return p.done()


# ---------------------------------------------------------------- 8. garden workers' wages, ration and payouts


WORKERS = [
    ("Budhu Orang", "Plucker - Section 14"),
    ("Sumitra Munda", "Plucker - Section 9"),
    ("Lakhan Tanti", "Factory hand - withering"),
    ("Rita Kurmi", "Plucker - Section 22"),
    ("Jagannath Bhumij", "Pruning gang"),
    ("Phulmoni Santal", "Plucker - Section 5"),
    ("Mangal Gowala", "Sprayer - Section 11"),
    ("Anil Karmakar", "Factory hand - rolling"),
]
WAGE_FRAMES = ["cashfree", "paper", "paper", "bulk", "paper", "bhim", "paper", "bulk"]


def garden_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate paying its garden and factory workers: printed WEEKLY WAGE PAYMENT VOUCHER / WAGE PAYMENT VOUCHER
    - DAILY RATED / PAYMENT VOUCHER (the company on top, Voucher No. / V. No., Date, Name of worker / Paid to /
    Payee (worker) the worker, Worker No. and PF No. (no fact), Line, Work, Hazira days x rate, Ticca (extra leaf)
    kg x rate, Gross wages, Less: PF @ 12%, Less: Ration recovery on some, Net wages paid / Amount paid, Mode Cash /
    UPI / IMPS, thumb impression; PAID / PAID - THUMB IMPRESSION TAKEN), Cashfree Payouts (Cashfree Payouts on top,
    Beneficiary name, Beneficiary ID (no fact), Transfer mode, Reference ID, UTR, Added on / Processed on; SUCCESS /
    PENDING), the bank's bulk upload record (Beneficiary name, Amount, IMPS Ref No., Batch ID; Credited / Rejected
    by beneficiary bank - account inoperative) and a BHIM screen for a ration allowance."""
    k = place("garden_wages")
    status = outcome(k, failed=(7,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1100, high=9800, p_round=0.9)
    who, role = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{digits(rng, 9)}")
        p.part = "head"
        top(p, "Cashfree Payouts")
        p.add("small", "Transfers  |  Transfer details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["SUCCESS"], "pending": ["PENDING"]})
        if status == "pending":
            p.add("small", "The beneficiary bank has not confirmed the transfer yet.")
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary ID", f"RTEW{digits(rng, 5)}")
        p.pair("Transfer mode", "IMPS", method="netbanking")
        p.pair("Remarks", rng.choice(["Weekly wages", "Wages wk 16"]))
        if not j.no_ref:
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Added on"] if status != "success" else ["Processed on"], hour=True)
        p.part = "foot"
        p.add("small", "Transfers are debited from your Cashfree Payouts balance.")
        return p.done()
    if frame == "bhim":
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM UPI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction successful", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add("small", f"{who.split()[0].lower()}{digits(rng, 3)}@upi", method="UPI")
        p.pair("Remarks", "Ration allowance")
        if not j.no_ref:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        bank = rng.choice(["State Bank of India", "UCO Bank"])
        p = browser_page(
            rng,
            font,
            f"{'corp.onlinesbi.sbi' if bank == 'State Bank of India' else 'corp.ucoebanking.in'}/bulk/record",
        )
        p.part = "head"
        top(p, "CINB - Corporate" if bank == "State Bank of India" else "UCO Corporate eBanking")
        p.add("small", f"{bank}  |  Bulk payment - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Credited", "Record status: Credited"],
                "failed": ["Rejected by beneficiary bank - account inoperative"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  ({rng.choice(['AGVB', 'SBI', 'UCO'])})")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        p.pair("Batch ID", f"WAGE{digits(rng, 7)}")
        if not j.no_ref:
            p.pair(rng.choice(["IMPS Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            ["Processed on", "Value date"] if status == "success" else ["Rejected on"],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Rejected records are credited back to the debit account.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        "Garden office - Lahoal division",
        UNITS[0][1],
        UNITS[0][2],
        ["WEEKLY WAGE PAYMENT VOUCHER", "WAGE PAYMENT VOUCHER - DAILY RATED", "PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'RV', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of worker", "Paid to", "Payee (worker)"]), who, merchant=who)
    p.pair("Worker No.", f"RK/{digits(rng, 4)}")
    p.pair("PF No.", f"ATPPF/DBR/{digits(rng, 5)}")
    p.pair("Line", rng.choice(["Bokul line", "No. 2 line", "Factory line", "Borbari line"]))
    p.pair("Work", role)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS"])
    days, rate = rng.randrange(5, 7), 250.0
    hazira = days * rate
    kg = 0 if role.startswith("Factory") else rng.randrange(0, 140)
    ticca = round(kg * 4.0, 2)
    gross = hazira + ticca
    pf = round(hazira * 0.12, 2)
    ration = float(rng.choice([0, 0, 36, 54, 72]))
    j.amount = round(gross - pf - ration, 2)
    p.pair(f"Hazira {days} days x {rate:.2f}", rs(hazira))
    if ticca:
        p.pair(f"Ticca (extra leaf) {kg} kg x 4.00", rs(ticca))
    p.pair("Gross wages", rs(gross))
    p.pair("Less: PF @ 12%", rs(pf))
    if ration:
        p.pair("Less: Ration recovery", rs(ration))
    p.pair(rng.choice(["Net wages paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - THUMB IMPRESSION TAKEN"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / LTI of worker")
    return p.done()


# ---------------------------------------------------------------- 9. Tea Board, GRAS, municipal and PCB fees


FEE_ORDER = [0, 1, 2, 3, 0, 1, 2, 3]
TEA_BOARD_FEES = [
    ("Registration of tea manufacturer - renewal", 5000.0),
    ("Tea Board - export licence fee", 2000.0),
    ("Registration of tea grower - fee", 1000.0),
]
GRAS_FEES = [
    (
        "Labour Welfare Department",
        "Inspector of Factories, Dibrugarh",
        "Factory licence renewal 2026",
        18400.0,
    ),
    (
        "Transport Department",
        "District Transport Officer, Dibrugarh",
        "Road tax - goods carrier (2 vehicles)",
        14250.0,
    ),
]


def fee_pages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The licences and fees a tea garden pays: the Tea Board's registration and licence fees through State Bank
    Collect (State Bank Collect on top, Institution the Tea Board, Payment category, Name (the estate), Amount,
    Transaction charge, Total amount, SBCollect Reference Number DU..., Bank Reference No., Date), GRAS Assam's
    e-challans (Government of Assam on top, Department name, Office name, Purpose, Name of depositor, Head of account,
    Amount, GRN, Bank Ref No., Payment date / Generated on), Dibrugarh Municipal Corporation's trade licence page
    and the Pollution Control Board, Assam's consent fee page (the authority on top, Name of licensee / Industry name,
    Trade licence No. / Application No., the heads, Total / Total fee, Transaction ID / Transaction ref. No., Receipt
    No. / Challan No., Transaction date / Payment date; Transaction successful / Payment successful / Challan paid /
    Challan generated - payment status awaited from bank / Transaction failed - declined by bank)."""
    k = place("fee_pages")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 0)
    which = FEE_ORDER[k]
    rs = money(rng, font, 0.8, marks=("\u20b9", "Rs.", "INR"))
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    meth = {"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
    if which == 0:
        p = browser_page(rng, font, f"onlinesbi.sbi/sbicollect/payment/receipt/{digits(rng, 6)}")
        p.part = "head"
        top(p, "State Bank Collect")
        p.add("small", "e-Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction successful", "Payment successful"]})
        inst = rng.choice(["TEA BOARD INDIA", "Tea Board India", "TEA BOARD, KOLKATA"])
        wrap_pair(p, "Institution", inst, merchant=inst)
        head, fee = rng.choice(TEA_BOARD_FEES)
        wrap_pair(p, "Payment category", head)
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
        p.pair("Registration No.", f"TB/RM/{digits(rng, 5)}")
        ch = 0.0 if way == "Net banking" else round(fee * 0.0118, 2)
        p.pair("Amount", rs(fee))
        p.pair("Transaction charge", rs(ch))
        j.amount = round(fee + ch, 2)
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=meth)
        if not j.no_ref:
            du = f"DU{code(rng, 8, ALNUM)}"
            p.pair("SBCollect Reference Number", du, txn=(TXN_RANK, du))
            bref = f"{rng.choice(['IGAQB', 'CPAIK', 'IK0'])}{digits(rng, 7)}"
            p.pair("Bank Reference No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Please keep this e-Receipt for your records. Amount once paid will not be refunded.")
        return p.done()
    if which == 1:
        dept, office, purpose, fee = rng.choice(GRAS_FEES)
        p = browser_page(
            rng,
            font,
            f"egras.assam.gov.in/challan/{'view' if status != 'pending' else 'status'}/{digits(rng, 8)}",
        )
        p.part = "head"
        top(p, "Government of Assam")
        p.add("small", "GRAS - Online Government Receipts Accounting System")
        p.add("center", "e-Challan / payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan paid", "Payment successful"],
                "pending": ["Challan generated - payment status awaited from bank"],
            },
        )
        wrap_pair(p, "Department name", dept, merchant=dept)
        wrap_pair(p, "Office name", office)
        wrap_pair(p, "Purpose", purpose)
        wrap_pair(p, "Name of depositor", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Head of account", f"{rng.choice(['0230', '0041'])}-00-{rng.randrange(100, 999)}-0000-000-01")
        j.amount = fee
        p.pair(rng.choice(["Amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking - SBI" if way == "Net banking" else way, method=meth)
        if not j.no_ref:
            grn = f"{digits(rng, 2)}{j.date:%m}{digits(rng, 8)}" if not j.no_day else digits(rng, 12)
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status == "success":
                bref = f"{rng.choice(['IGARQ', 'SBIEP', 'CK'])}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Payment date"] if status == "success" else ["Generated on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Verify this challan on egras.assam.gov.in with the GRN.")
        return p.done()
    if which == 2:
        agency = rng.choice(["Dibrugarh Municipal Corporation", "DIBRUGARH MUNICIPAL CORPORATION"])
        p = browser_page(rng, font, f"dmc.assam.gov.in/tradelicence/payment/{digits(rng, 7)}")
        heads = [("Trade licence fee 2026-27", 6000.0), ("Signboard fee", 1500.0), ("Late fee", 500.0)]
        idlab, idval = "Trade licence No.", f"DMC/TL/{digits(rng, 5)}"
        lab_lic = "Name of licensee"
        words = {
            "success": ["Transaction successful", "Payment successful"],
            "failed": ["Transaction failed - declined by bank"],
        }
        line = "Trade licence - online payment receipt"
    else:
        agency = rng.choice(["Pollution Control Board, Assam", "POLLUTION CONTROL BOARD, ASSAM"])
        p = browser_page(rng, font, f"pcbassam.org/ocmms/fee/{digits(rng, 7)}")
        heads = [("Consent to Operate fee (Orange, 2 yrs)", 24000.0), ("Processing fee", 1000.0)]
        idlab, idval = "Application No.", f"PCBA/CTO/{digits(rng, 6)}"
        lab_lic = "Industry name"
        words = {"success": ["Payment successful"]}
        line = "Consent management - tea factory"
    p.part = "head"
    top(p, agency, merchant=agency)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, words)
    wrap_pair(p, lab_lic, rng.choice([COMPANY, COMPANY_CAPS, f"{SHORT} (factory)"]))
    p.pair(idlab, idval)
    total = 0.0
    for head, fee in heads[: rng.randrange(1, len(heads) + 1)]:
        p.pair(head, rs(fee))
        total += fee
    j.amount = round(total, 2)
    p.pair(rng.choice(["Total", "Total fee", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Payment mode", way, method=meth)
    if not j.no_ref:
        if which == 2:
            tid = f"DMC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"DMC/R/{digits(rng, 7)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        else:
            tid = f"OCM{digits(rng, 11)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            cno = f"CH/{digits(rng, 8)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
    date_row(p, j, ["Transaction date", "Payment date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "The licence / consent will be issued after verification of documents.")
    return p.done()


# ---------------------------------------------------------------- 10. factory fuel and town card slips


COUNTERS = [
    ("INDIANOIL - LAHOAL FILLING STN", "NH-37, LAHOAL, DIBRUGARH"),
    ("BPCL - CHABUA HIGHWAY FUELS", "CHABUA, DIBRUGARH"),
    ("BORA HARDWARE & MILL STORES", "HALIPATTY, DIBRUGARH"),
    ("HP - MANCOTTA AUTO CARE", "MANCOTTA ROAD, DIBRUGARH"),
    ("DIBRUGARH SUPER BAZAR", "AMOLAPATTY, DIBRUGARH"),
    ("NAYARA - TINGKHONG FUELS", "TINGKHONG, DIBRUGARH"),
    ("ASSAM TYRE & BATTERY HOUSE", "AT ROAD, DIBRUGARH"),
    ("INDIANOIL - KHOWANG COCO", "KHOWANG, DIBRUGARH"),
]
TERMINALS = ["SBI", "PINE LABS", "HDFC BANK", "AXIS BANK", "PAYTM EDC", "WORLDLINE", "MSWIPE", "UCO BANK"]


def fuel_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's generator and tractor diesel at the highway outlets and the town office's shopping at the
    hardware, tyre and super bazar counters, on the company's debit card: terminal slips (monospace: the terminal's
    bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: or DT/TM:, MID:, TID:,
    BATCH NO:, STAN:, BILL NO:, SALE, CARD NO:, a fuel slip's PRODUCT:, NOZZLE NO:, RATE:, VOLUME(L): and VEH NO:,
    APPR:, RRN NO:, SALE AMOUNT: / TOTAL AMOUNT: / AMT:; APPROVED / TXN SUCCESSFUL / DECLINED - 55 INCORRECT PIN /
    RESPONSE NOT RECEIVED - CHECK WITH BANK)."""
    k = place("fuel_slips")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=450, high=24000)
    name, town = COUNTERS[k]
    fuel = any(w in name for w in ("INDIANOIL", "BPCL", "HP -", "NAYARA"))
    if fuel:
        j.amount = rupees(rng, 3000, 24000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DT/TM:", f"{d} {t}", date=j.date)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("BILL NO:", inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "TAP & PAY SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if fuel:
        rate = round(rng.uniform(91.5, 94.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("VEH NO:", rng.choice(["AS06 C 4471", "AS06 AC 2210", "GENSET - FACTORY", "TRACTOR 3"]))
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6)
        p.pair("APPR:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMOUNT:", "TOTAL AMOUNT:", "AMT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "RESPONSE NOT RECEIVED - CHECK WITH BANK", status="pending")
        p.add("small", "DO NOT SWIPE AGAIN")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. APDCL, phone and broadband bills


BILLERS = [
    ("APDCL", "Assam Power Distribution Company Ltd", "Consumer No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
]
BILL_APPS = ["APDCL", "YONO SBI", "Google Pay", "PhonePe", "APDCL", "Paytm", "UCO mBanking Plus", "BHIM"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's and bungalows' power (APDCL), the office landline (BSNL), the managers' postpaid phones
    (Airtel) and the broadband (JioFiber) through Bharat Connect in YONO SBI, UCO mBanking Plus and UPI apps (the app
    on top, Biller / Biller name / Operator as printed, Consumer No. / Account No. / Mobile No. / Service ID, Customer
    name, Bill month and Due date (no fact), the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No.,
    UPI Ref. No., Transaction ID on the failed one, Paid on / Date & time; Payment successful / Bill paid
    successfully / Payment pending - confirmation from biller awaited / Bill payment failed - money will be refunded)
    and APDCL's own online payment receipt (the company on top, Consumer No., Sub-division, Consumer name, Amount
    paid, Payment mode, Transaction ID, Receipt No., Payment date)."""
    k = place("power_bills")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=499, high=240000)
    which = [0, 0, 2, 1, 0, 3, 0, 2][k]
    short, long, idlab = BILLERS[which]
    if which:
        j.amount = rupees(rng, 399, 6500, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{digits(rng, 3)}0{digits(rng, 8)}",
        "Account No.": digits(rng, 10),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Service ID": f"9{digits(rng, 11)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "APDCL":
        p = browser_page(rng, font, "www.apdcl.org/website/payment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Status: Success"]})
        p.pair(idlab, ids)
        p.pair("Sub-division", rng.choice(["Dibrugarh Electrical Sub-Division (Rural)", "Lahoal ESD"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "RANGKHULA T E FACTORY"]))
        p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"APD{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"R{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect in your consumer account within 48 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "State Bank of India  |  Bharat Connect" if app == "YONO SBI" else "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Bill paid successfully"],
            "pending": ["Payment pending - confirmation from biller awaited"],
            "failed": ["Bill payment failed - money will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which == 2 else rng.choice(["Biller", "Biller name"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill month", j.month())
        if rng.random() < 0.6:
            p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['SB', 'PP', 'GP', 'UC'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair("Bharat Connect Ref. No.", bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "LAKHIMI AGRO INPUTS",
    "PURBANCHAL PACKAGING",
    "HOOGHLY TEA MACHINER",
    "BUDHU ORANG",
    "ASSAM POWER DISTRIBU",
    "TINSUKIA KRISHI SEVA",
    "DIBRUGARH HARDWARE &",
    "NORTH EAST COAL TRAD",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the manager's and the accountant's phones and mail: SMS in a messages app (the sender
    JD-SBIINB / VM-UCOBNK / AX-PNBSMS / BZ-AXISBK, the day divider, "INR x debited from A/c XX1234 on <day> for NEFT /
    RTGS / IMPS / UPI to <payee as the bank names it>", the reference, Avl Bal; a UPI payment that "has been REJECTED
    by the beneficiary bank" and one that "is PENDING at the beneficiary bank") and two e-mail debit alerts (Amount
    debited, Credited to, Account, Channel, UTR No. / IMPS Ref No., Transaction date, Transaction status:
    Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(0,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=900, high=480000)
    bank = rng.choice(["State Bank of India", "UCO Bank", "Punjab National Bank", "Axis Bank"])
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 900, 9800)
    if k in (2, 7):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}.bank.in>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount debited", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Credited to", to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Successful", status="success")
        p.part = "foot"
        p.add("small", "If you did not do this transaction, call the 24x7 helpline at once.")
        return p.done()
    sender = {
        "State Bank of India": "JD-SBIINB",
        "UCO Bank": "VM-UCOBNK",
        "Punjab National Bank": "AX-PNBSMS",
        "Axis Bank": "BZ-AXISBK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 900, 9800 if k == 3 else 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (3, 4)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['INR ', 'Rs.', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y', '%d-%b-%y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}{day}", amount=j.amount)
        p.add("left", f"for {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}",
        "failed": "has been REJECTED by the beneficiary bank. Amount, if debited, will be reversed.",
        "pending": "is PENDING at the beneficiary bank. Please do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

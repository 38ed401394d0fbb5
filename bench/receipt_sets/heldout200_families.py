"""The twelve heldout200 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an engineering foundry and machine shop's day in 2026 (Bhadar Ferrocast Engineering
Pvt Ltd, its grey-iron and SG-iron foundry in the Shapar (Veraval) industrial area and its machine shop in Aji GIDC,
Rajkot, Gujarat), told by the proofs of payment it receives and makes: pump and valve makers' payment advices for
castings, an Italian, a German, an American, an Emirati and a British buyer's inward wires for export orders in
euros, US dollars and pounds, pump repairers' and assemblers' UPI screens and payment links, its own money and
pattern advance receipts, the pig iron, scrap, ferro alloy, sand and consumable suppliers' tax invoices, the
corporate net-banking transfers to pattern makers, job workers, transporters and furnace servicers, moulders',
fettlers' and furnace hands' wage vouchers and payouts, the pollution control board's, the factory inspectorate's,
the municipal corporation's, GIDC's and legal metrology's fee pages, insurers', ECGC's and the trade bodies' receipts,
card terminal slips at Rajkot counters, PGVCL's power, Gujarat Gas and the phone bills, and the bank's SMS and
e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, castings, grades, weights and rates, bills and debit notes listed
on an advice, TDS, GST and rebate lines, buyers' orders, export invoices, purpose codes, GSTIN, PAN, IEC, IFSC,
BIC, UETR, RCMC, policy, proposal, membership, tenement, licence, application, consumer, token and vehicle numbers,
e-way bills, weighbridge slips, MID, TID, batch and STAN numbers, the maker and the authoriser and the payer's own
details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is
heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen, app_id
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
MIXED = UPPER + LOWER + "0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Bhadar Ferrocast Engineering Pvt Ltd"
COMPANY_CAPS = "BHADAR FERROCAST ENGINEERING PVT LTD"
SHORT = "Bhadar Ferrocast"
# unit, address, GST state code
UNITS = [
    (
        "Foundry",
        "Plot 7, Survey No. 218, Shapar (Veraval) Industrial Area, Dist. Rajkot - 360024, Gujarat",
        "24",
    ),
    ("Machine shop", "Shed C-41, Aji GIDC Phase II, Rajkot - 360003, Gujarat", "24"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Rajkot Nagarik Sahakari Bank",
    "Union Bank of India",
    "Canara Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Rajkot Nagarik Sahakari Bank": "RNSB",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
}
DOMAINS = {
    "State Bank of India": "sbi",
    "Bank of Baroda": "bankofbaroda",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "Axis Bank": "axisbank",
    "Kotak Mahindra Bank": "kotak",
    "Union Bank of India": "unionbankofindia",
}
CASTINGS = [
    "Volute casing DN100 - SG 500/7",
    "Impeller 6-vane 180 mm - FG 260",
    "Valve body DN150 PN16 - SG 400/15",
    "Bonnet DN80 - FG 250",
    "Pump bowl 150 mm - FG 200",
    "Bearing housing - FG 220",
    "Butterfly disc DN200 - SG 450/10",
    "Stuffing box cover - FG 200",
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Recipient / Member / Insured: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower())


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
    way = "RTGS" if amount >= 200000 and rng.random() < 0.7 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


def pay_id(rng: random.Random) -> str:
    return "pay_" + code(rng, 14, MIXED)


# ---------------------------------------------------------------- 1. pump and valve makers' payment advices


PAYERS = [
    ("Aji Hydraulics Pvt Ltd", "Accounts Payable - Vendor Payments", "ap@ajihydraulics.in"),
    ("Mahi Valve Industries Pvt Ltd", "Finance - Creditors Desk", "creditors@mahivalves.com"),
    ("Kovai Aqua Pumps Ltd", "Purchase Accounts, SIDCO Kurichi, Coimbatore", "vendorpay@kovaiaqua.co.in"),
    (
        "Sabarmati Flow Controls Pvt Ltd",
        "Vendor Payments Cell, Odhav, Ahmedabad",
        "payments@sabarmatiflow.in",
    ),
    ("Gondal Agro Pumps LLP", "Accounts, National Highway 27, Gondal", "accounts@gondalagropumps.com"),
    ("Deccan Fluid Engineering Ltd", "Accounts Payable, Chakan, Pune", "vendor.payments@deccanfluid.com"),
]
ADVICE_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def pump_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pump and valve makers paying the foundry for castings: a PAYMENT ADVICE e-mail, a printed VENDOR PAYMENT
    ADVICE and a vendor portal page (the payer on top with its desk line, Vendor name / Payee (supplier) / Remitted
    to (vendor) the company, Vendor code, the bills paid (Bill BFC/... with its casting and value, a day where the
    page prints days), Total bill value, Less: TDS u/s 194Q @ 0.1%, Less: Rejection debit note (blow holes /
    porosity / machining allowance short), Net amount paid / Net payment released / Amount credited to vendor, Mode
    NEFT / RTGS, Credited to (the bank and account), UTR No. / UTR / Bank UTR, Clearing doc. No. / Payment voucher No.
    / Advice No., Payment date / Value date / Released on / Advice date / Returned on; Payment released / Status: Paid
    to vendor / Payment blocked - rejection debit note under reconciliation / Returned by bank - beneficiary account
    dormant)."""
    k = place("pump_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, desk, mail = PAYERS[(k + rng.randrange(2)) % len(PAYERS)]
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment advice - {SHORT}", "Remittance details for your bills"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", desk)
    p.add(
        "center",
        rng.choice(
            ["PAYMENT ADVICE", "VENDOR PAYMENT ADVICE"]
            if frame == "paper"
            else ["Payment advice", "Remittance intimation"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment released", "Status: Paid to vendor"],
        "pending": ["Payment blocked - rejection debit note under reconciliation"],
        "failed": ["Returned by bank - beneficiary account dormant"],
    }
    if frame == "portal":
        outcome_row(p, status, words)
    payee = ours(rng)
    wrap_pair(
        p, rng.choice(["Vendor name", "Payee (supplier)", "Remitted to (vendor)"]), payee, merchant=payee
    )
    p.pair("Vendor code", f"{rng.choice(['V', 'SUP', '40'])}{digits(rng, 6)}")
    p.add("left", rng.choice(["Bills paid", "Against the following bills", "Invoices settled"]))
    taxable = 0.0
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        value = rupees(rng, 30000, 320000, 0.2)
        taxable += value
        with_gst = round(value * 1.18, 2)
        gross += with_gst
        bill = f"BFC/{rng.randrange(40, 2400):04d}/26-27"
        dated = "" if j.no_day else f" dt {j.other_day(rng, -50, -12)}"
        p.add("small", f"  {bill}{dated} - {rng.choice(CASTINGS)}")
        p.pair("    Bill value", rs(with_gst))
    gross = round(gross, 2)
    p.pair("Total bill value", rs(gross))
    tds = float(round(taxable * 0.001))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    dn = 0.0
    if rng.random() < 0.6:
        dn = round(rng.uniform(0.01, 0.04) * gross, 2)
        why = rng.choice(["blow holes", "porosity", "machining allowance short", "cold shut"])
        p.pair(f"Less: Rejection debit note ({why})", rs(dn))
    j.amount = round(gross - tds - dn, 2)
    p.pair(
        rng.choice(["Net amount paid", "Net payment released", "Amount credited to vendor"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = rng.choice(["RTGS", "NEFT"]) if j.amount >= 200000 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:7])
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', 'PV', 'AD'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Clearing doc. No.", "Payment voucher No.", "Advice No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    if frame != "portal":
        outcome_row(p, status, words)
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
    p.add("small", "TDS certificate (Form 16A) will be issued quarterly. Write to us for any difference.")
    return p.done()


# ---------------------------------------------------------------- 2. export buyers' inward wires


BUYERS_ABROAD = [
    ("Idraulica Valsesia S.r.l.", "Borgosesia, Italy", "EUR", "Banca Sella S.p.A.", "SELBIT2B"),
    ("Prairie Valve & Fitting Co.", "Tulsa, Oklahoma, USA", "USD", "Bank of America N.A.", "BOFAUS3N"),
    ("Pumpenwerk Oberlausitz GmbH", "Bautzen, Germany", "EUR", "Commerzbank AG", "COBADEFF"),
    ("Gulf Flowline Equipment Trading LLC", "Sharjah, UAE", "USD", "Emirates NBD Bank PJSC", "EBILAEAD"),
    ("Severn Pump Spares Ltd", "Worcester, United Kingdom", "GBP", "Barclays Bank UK PLC", "BUKBGB22"),
]
WIRE_PAGES = [
    (0, "Bank of Baroda", "browser"),
    (1, "State Bank of India", "paper"),
    (2, "HDFC Bank", "mail"),
    (3, "ICICI Bank", "browser"),
    (0, "Axis Bank", "mail"),
    (4, "Kotak Mahindra Bank", "paper"),
    (1, "Bank of Baroda", "mail"),
    (2, "HDFC Bank", "browser"),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers abroad paying for pump casings, valve bodies and impellers, an advance against the order or the
    balance against shipment, in euros, US dollars and pounds: the banks' inward remittance advices (browser, e-mail,
    printed INWARD REMITTANCE ADVICE - EXPORT PROCEEDS: the bank on top with its forex branch, Beneficiary (exporter) /
    Beneficiary name / Credit to (beneficiary) the company, its account, Remitter (overseas buyer) / Ordering customer
    / Remitter, Remitting bank with BIC, Remitted amount / Inward amount (FCY) / Amount in FCY, Charges OUR / SHA,
    Conversion rate, INR amount, Bank charges incl. GST, Net credit (INR) on a success, Nature of remittance, Purpose
    code, Buyer's order No. and Export invoice, IRM No. / Inward ref. No. / Bank reference, UETR, Credit date / Value
    date / Date of realisation / Received on / Returned on; Credited to beneficiary account / Inward remittance
    realised / Parked - purpose code and invoice copy awaited from beneficiary / Refunded to remitting bank -
    beneficiary account number invalid)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    buyer, city, cur, pbank, bic = BUYERS_ABROAD[WIRE_PAGES[k][0]]
    bank, frame = WIRE_PAGES[k][1], WIRE_PAGES[k][2]
    j.amount = (
        round(rng.uniform(3500, 86000), 2) if rng.random() < 0.6 else float(rng.randrange(35, 860) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <forex.rajkot@{slug(bank)}.co.in>",
            ["Inward remittance credited", "Credit advice - foreign inward remittance"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.co.in/inward/irm/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Forex Branch, Dr. Yagnik Road, Rajkot", "Trade Finance Hub, Kalawad Road, Rajkot"]),
    )
    p.add(
        "center",
        rng.choice(
            ["INWARD REMITTANCE ADVICE - EXPORT PROCEEDS", "Credit advice - foreign inward remittance"]
            if frame == "paper"
            else ["Inward remittance advice", "Credit advice - foreign inward remittance"]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to beneficiary account", "Inward remittance realised"],
            "pending": ["Parked - purpose code and invoice copy awaited from beneficiary"],
            "failed": ["Refunded to remitting bank - beneficiary account number invalid"],
        },
    )
    me = rng.choice([COMPANY, COMPANY_CAPS])
    wrap_pair(
        p,
        rng.choice(["Beneficiary (exporter)", "Beneficiary name", "Credit to (beneficiary)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(
        p, rng.choice(["Remitter (overseas buyer)", "Ordering customer", "Remitter"]), f"{buyer}, {city}"
    )
    wrap_pair(p, "Remitting bank", f"{pbank} ({bic})")
    p.pair(
        rng.choice(["Remitted amount", "Inward amount (FCY)", "Amount in FCY"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR amount", f"{inr:,.2f}")
    chg = round(float(rng.choice([500, 750, 1000])) * 1.18, 2)
    p.pair("Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credit (INR)", f"{inr - chg:,.2f}")
    advance = rng.random() < 0.4
    p.pair(
        "Nature of remittance",
        "Advance against export order" if advance else "Realisation of export bill",
    )
    p.pair("Purpose code", "P0103" if advance else "P0102")
    p.pair("Buyer's order No.", f"{rng.choice(['PO', '45', 'ORD'])}{digits(rng, 7)}")
    if not advance:
        p.pair("Export invoice", f"BFE/EXP/{rng.randrange(1, 60):03d}/26-27")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT wire (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward ref. No.", "Bank reference"]), ref, txn=(BANK_RANK, ref))
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Credit date", "Value date", "Date of realisation"],
            "pending": ["Received on"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "This inward is reported in EDPMS. Generate the e-BRC on the DGFT portal after linking the bill.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. pump repairers' and assemblers' UPI and links


TRADE_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "Razorpay", "WhatsApp Pay", "MobiKwik", "Easebuzz"]
TRADERS = [
    "Jay Khodiyar Pump Repairing",
    "Vekariya Engineering Works",
    "Shree Ram Borewell & Pumps",
    "Hareshbhai Kalariya",
    "Umiya Motor Rewinding",
    "Dhruv Agro Engineering",
    "Nileshbhai Dobariya",
    "Ramdev Hydro Works",
]
TRADE_NOTES = [
    "Impeller 6 vane x 10",
    "Bowl castings 150 mm",
    "Valve body DN80 machining",
    "Sample casting charges",
    "Pattern repair",
    "Bearing housing 4 nos",
    "Balance bill BFC-1186",
    "Volute casing x 6",
]


def trade_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pump repairers, borewell contractors and small assemblers paying the machine shop counter for impellers,
    bowls, bearing housings and machining: six UPI screens (PhonePe, Google Pay, Paytm, BHIM, WhatsApp Pay,
    MobiKwik: the company under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, a note, UPI
    transaction ID / UPI Ref. No. / UTR, PhonePe's and Paytm's own Transaction ID and Google Pay's Google transaction
    ID on some, Debited from / From, Date & time / Paid on; Payment successful / Paid successfully / Transfer
    successful / Payment failed - incorrect UPI PIN / Payment processing - check back in 2 minutes) and two payment
    links (Razorpay, Easebuzz: the company on top, Paid by / Customer, Payment for, Payment ID pay_... / Easepay ID,
    Order ID / Merchant Txn ID, UPI RRN / Bank Ref. No. or Auth code, Paid on / Payment date)."""
    k = place("trade_upi")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=1500, high=90000, p_round=0.8)
    app = TRADE_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Easebuzz"):
        to = rng.choice([COMPANY, SHORT])
        url = (
            f"rzp.io/rzp/{code(rng, 8, MIXED)}"
            if app == "Razorpay"
            else f"pay.easebuzz.in/link/bhadarferrocast/{code(rng, 6, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Grey iron and SG iron castings | Machining", "Castings for pumps and valves"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), TRADERS[k])
        wrap_pair(p, "Payment for", rng.choice(TRADE_NOTES))
        way = rng.choice(["UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = pay_id(rng)
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{code(rng, 14, MIXED)}"
                wrap_pair(p, "Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = f"E{j.date:%y%m%d}{digits(rng, 7)}" if not j.no_day else f"E{digits(rng, 13)}"
                p.pair("Easepay ID", pid, txn=(TXN_RANK, pid))
                oid = f"BFE{digits(rng, 10)}"
                p.pair("Merchant Txn ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Razorpay" else "Bank Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments secured by Razorpay" if app == "Razorpay" else "Powered by Easebuzz")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS, f"{SHORT} - Machine Shop"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "WhatsApp Pay": "WhatsApp"}.get(app, app))
    if app == "WhatsApp Pay":
        p.add("small", "Payments")
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Transfer successful"],
            "failed": ["Payment failed - incorrect UPI PIN"],
            "pending": ["Payment processing - check back in 2 minutes"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"bhadarferrocast{rng.choice(['', '.rjt', '1'])}@{rng.choice(['okaxis', 'barodampay', 'ybl', 'icici'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(TRADE_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm", "Google Pay") and rng.random() < 0.7:
            own = app_id(rng, app, j.date)
            wrap_pair(
                p,
                "Google transaction ID" if app == "Google Pay" else "Transaction ID",
                own,
                txn=(TXN_RANK, own),
            )
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 4. the company's own money and advance receipts


PARTIES = [
    "Jay Khodiyar Engineering",
    "Vekariya Pump Industries",
    "Shiv Shakti Valves",
    "Om Sai Borewell Pumps",
    "Dhruv Agro Engineering",
    "Ramdev Hydro Works",
    "Umiya Motor & Pump",
    "Navkar Valve Components",
]
RECEIPT_WAYS = ["cash", "cheque", "UPI", "NEFT", "cheque", "RTGS", "cash", "UPI"]


def foundry_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / RECEIPT / PATTERN ADVANCE RECEIPT to local pump and valve makers (paper: the
    company on top with its line, the foundry's address and GSTIN; Receipt No. / Rcpt. No. / M.R. No., Date / Dated /
    Rcpt. date, Received with thanks from / Received from / Party, Against bill (with its Bill amount and the
    Balance outstanding) or Towards pattern development (with the Pattern cost (agreed) and the Balance on sample
    approval), Cash received / Amount received in cash / Received by UPI / By UPI / Received by NEFT / Amount
    received (RTGS) / By RTGS / Cheque for / By cheque, UPI Ref. No., UTR, Cheque No., its day and bank; RECEIVED WITH
    THANKS / RECEIVED / PAYMENT RECEIVED - ACCOUNT SETTLED / CHEQUE RECEIVED - DESPATCH AFTER CLEARANCE / CHEQUE
    BOUNCED - ACCOUNT CLOSED, the rubber stamp) and its accounts desk's acknowledgement e-mails."""
    k = place("foundry_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=3000, high=450000)
    way = RECEIPT_WAYS[k]
    if way in ("cash", "UPI") and j.amount > 95000:
        j.amount = rupees(rng, 3000, 95000, 0.8)
    if way == "cash" and j.amount > 19000:
        j.amount = rupees(rng, 2500, 19000, 0.9)
    if way == "RTGS" and j.amount < 200000:
        j.amount = rupees(rng, 200000, 450000, 0.5)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    pattern = way in ("UPI", "NEFT") and rng.random() < 0.4
    if pattern and j.amount > 150000:
        j.amount = rupees(rng, 15000, 150000, 0.8)
    mail = k in (3, 7)
    if mail:
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@bhadarferrocast.in>",
            ["Payment received - thank you", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Accounts department  |  Shapar foundry")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        unit = UNITS[0]
        letterhead(
            p,
            me,
            "Grey iron and SG iron castings | Pattern shop | CNC machining",
            unit[1],
            unit[2],
            ["PATTERN ADVANCE RECEIPT"] if pattern else ["MONEY RECEIPT", "RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RC', 'AR'])}/{rng.randrange(1, 1999):04d}/26-27"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Rcpt. date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from", "Party"]), f"M/s {PARTIES[k]}")
    if pattern:
        wrap_pair(p, "Towards", f"Pattern development - {rng.choice(CASTINGS)}")
        cost = float(round(j.amount / rng.choice([0.4, 0.5, 0.6]), -2))
        p.pair("Pattern cost (agreed)", rs(cost))
    else:
        bill = f"BFC/{rng.randrange(40, 2400):04d}/26-27"
        p.pair("Against bill", bill)
        billed = round(j.amount + rng.choice([0.0, 0.0, rupees(rng, 2000, 60000, 0.5)]), 2)
        p.pair("Bill amount", rs(billed))
    word = {
        "success": rng.choice(
            ["RECEIVED WITH THANKS", "RECEIVED"]
            + (["PAYMENT RECEIVED - ACCOUNT SETTLED"] if not pattern and billed == j.amount else [])
        ),
        "pending": "CHEQUE RECEIVED - DESPATCH AFTER CLEARANCE",
        "failed": "CHEQUE BOUNCED - ACCOUNT CLOSED",
    }[status]
    lab = {
        "cash": rng.choice(["Cash received", "Amount received in cash"]),
        "UPI": rng.choice(["Received by UPI", "By UPI"]),
        "NEFT": rng.choice(["Received by NEFT", "Amount received (NEFT)"]),
        "RTGS": rng.choice(["Amount received (RTGS)", "By RTGS"]),
        "cheque": rng.choice(["Cheque for", "By cheque"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "cheque": "cheque"}[
            way
        ],
    )
    if pattern:
        p.pair("Balance on sample approval", rs(round(cost - j.amount, 2)))
    else:
        p.pair("Balance outstanding", rs(round(billed - j.amount, 2)))
    if way == "cheque":
        bank = rng.choice(BANKS)
        p.pair("Cheque No.", digits(rng, 6))
        wrap_pair(p, "Drawn on", f"{bank}, Rajkot")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -3, 0))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cheques are subject to realisation. Subject to Rajkot jurisdiction.")
    if not mail:
        right(p, f"For {SHORT} - Authorised signatory")
        p.add("gap")
        seal(p, "BHADAR FERROCAST", "SHAPAR - RAJKOT", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. melting stock and consumable suppliers


MELT_SUPPLIERS = [
    (
        "Kutch Pig Iron & Alloys Pvt Ltd",
        "Foundry grade pig iron | CI borings",
        "Plot 44, Sector 10, Gandhidham - 370201, Gujarat",
        "24",
        [
            ("Foundry grade pig iron (HSN 7201)", "MT", 41000, 47000, 18),
            ("CI borings (HSN 7204)", "MT", 28000, 33000, 18),
        ],
    ),
    (
        "Alang Ship Scrap Traders",
        "HMS / CRC scrap | Ship plates",
        "Plot V-7, Ship Breaking Yard, Alang, Dist. Bhavnagar - 364150, Gujarat",
        "24",
        [
            ("HMS 1&2 steel scrap (HSN 7204)", "MT", 31000, 36000, 18),
            ("CRC bundle scrap (HSN 7204)", "MT", 36000, 41000, 18),
        ],
    ),
    (
        "Shree Ambica Ferro Alloys",
        "Ferro silicon | FeSiMg nodulariser | Inoculants",
        "GIDC Phase III, Dared, Jamnagar - 361004, Gujarat",
        "24",
        [
            ("Ferro silicon 70% (HSN 7202)", "kg", 105, 128, 18),
            ("FeSiMg nodulariser 6% Mg (HSN 7202)", "kg", 160, 195, 18),
            ("Inoculant Ca-Ba-Si (HSN 3824)", "kg", 140, 175, 18),
        ],
    ),
    (
        "Kutch Bentonite & Silica Co.",
        "Foundry bentonite | Silica sand | Coal dust",
        "Madhapar Highway, Bhuj - 370020, Gujarat",
        "24",
        [
            ("Sodium bentonite powder (HSN 2508)", "MT", 6500, 8200, 5),
            ("Silica sand AFS 50-55 (HSN 2505)", "MT", 2400, 3100, 5),
        ],
    ),
    (
        "Pune Foundry Consumables Pvt Ltd",
        "Ceramic filters | Exothermic sleeves | Coatings",
        "J-118, Bhosari MIDC, Pune - 411026, Maharashtra",
        "27",
        [
            ("Ceramic foam filter 50x50x22 (HSN 6909)", "pcs", 38, 55, 18),
            ("Exothermic sleeve 80x100 (HSN 3824)", "pcs", 62, 90, 18),
        ],
    ),
]
MELT_WAYS = ["RTGS", "NEFT", "RTGS", "cheque", "NEFT", "cheque", "RTGS", "NEFT"]
MELT_OF = [0, 2, 1, 3, 4, 0, 1, 2]


def melt_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pig iron, steel scrap, ferro alloys, bentonite and silica sand, filters and sleeves for the foundry: the
    suppliers' TAX INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) (paper: the supplier
    on top with its line, address and GSTIN; Invoice No. / Tax Invoice No. / Bill No., Invoice date / Date / Dated,
    Billed to / Recipient / Buyer the company, Ship to the foundry, Vehicle No., E-way bill No., Weighbridge slip
    No., the items with HSN, quantity in MT, kg or pcs x rate, Taxable value, CGST and SGST or IGST, Round off, Invoice
    total, Less: Advance paid against PO and Balance received by RTGS / NEFT on some, else Received by RTGS / Payment
    received (NEFT) / Amount received through RTGS with the UTR No. / UTR, or Cheque received / Cheque amount with
    Cheque No.; PAID / PAID BY RTGS / PAYMENT RECEIVED IN FULL / CHEQUE UNDER CLEARING - CREDIT AWAITED / CHEQUE
    RETURNED - SIGNATURE MISMATCH, in the supplier's rubber stamp too)."""
    k = place("melt_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    name, line, addr, state, items = MELT_SUPPLIERS[MELT_OF[k]]
    shown = name.upper() if rng.random() < 0.3 else name
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [760, 800])
    letterhead(
        p,
        shown,
        line,
        addr,
        state,
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE"],
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in name.split()[:3] if w[0].isalpha()).upper()}/{rng.randrange(100, 9999)}/26-27"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Dated"], PATS_IN)
    ours_to(p, ["Billed to", "Recipient", "Buyer"])
    wrap_pair(p, "Ship to", "Foundry - Shapar (Veraval), Rajkot")
    p.pair("Vehicle No.", f"GJ-{rng.choice(['03', '12', '04', '10'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    if state == "24" or rng.random() < 0.5:
        p.pair("E-way bill No.", f"{rng.choice('1234')}{digits(rng, 11)}")
    if items[0][1] == "MT":
        p.pair("Weighbridge slip No.", f"WB{digits(rng, 5)}")
    taxable = 0.0
    rate_gst = items[0][4]
    for item, unit, lo, hi, _ in rng.sample(items, rng.randrange(1, len(items) + 1)):
        if unit == "MT":
            qty = round(rng.uniform(2.5, 24.0), 3)
            rate = float(round(rng.uniform(lo, hi), -1))
            shown_qty = f"{qty:.3f} MT"
        elif unit == "kg":
            qty = float(rng.randrange(5, 80) * 25)
            rate = round(rng.uniform(lo, hi), 2)
            shown_qty = f"{qty:,.0f} kg"
        else:
            qty = float(rng.randrange(4, 40) * 50)
            rate = round(rng.uniform(lo, hi), 2)
            shown_qty = f"{qty:,.0f} pcs"
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", item)
        p.pair(f"  {shown_qty} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rate_gst, state != "24")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = MELT_WAYS[k]
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.25, 0.3, 0.5]), -3))
        p.pair("Less: Advance paid against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        else:
            lab = rng.choice(
                [f"Received by {way}", f"Payment received ({way})", f"Amount received through {way}"]
            )
        p.pair(lab, rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED IN FULL"]),
        "pending": "CHEQUE UNDER CLEARING - CREDIT AWAITED",
        "failed": "CHEQUE RETURNED - SIGNATURE MISMATCH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Weight as per our weighbridge. Interest @ 18% p.a. on bills unpaid beyond 30 days.")
    right(p, f"For {shown}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(name.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. corporate net-banking transfers to vendors


VENDORS = [
    ("Patel Pattern Works", "Pattern bill"),
    ("Shapar Shot Blasting & Painting", "Job work"),
    ("Om CNC Precision Works", "CNC job work"),
    ("Saurashtra Roadlines", "Freight"),
    ("Induction Furnace Services (Guj.) Pvt Ltd", "Relining"),
    ("Spectrolab Calibration Services", "Spectro AMC"),
    ("Jalaram Refractories", "Ramming mass"),
    ("Gayatri Shell Core Shop", "Core job work"),
]
PORTALS = [
    ("Axis neo for Business", "Axis Bank", "neo.axisbank.com/business/payments"),
    ("RNSB Corporate Net Banking", "Rajkot Nagarik Sahakari Bank Ltd", "corp.rnsbindia.com/ib/txn"),
    ("BoB Corporate Internet Banking", "Bank of Baroda", "corp.bankofbaroda.in/cib/payments"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its pattern maker, shot-blasting and CNC job workers, transporter, furnace relining
    contractor, spectrometer servicer, refractory dealer and core shop from corporate net banking (Axis neo for
    Business, RNSB Corporate Net Banking, BoB Corporate Internet Banking: the portal on top and the bank under it,
    Beneficiary name / Credit party name / To (beneficiary), Beneficiary code, Credit account, Debit account / From
    account, Transaction amount / Payment amount / Amount (INR), Payment type NEFT / RTGS / IMPS, Narration, UTR No. /
    UTR / Bank UTR, Transaction ref. ID / Reference No. / Txn reference, Maker / Authoriser, Value date / Transaction
    date / Processed on / Created on / Rejected on; Transaction completed successfully / Status: Processed / Awaiting
    approval - authoriser 2 / Rejected - beneficiary IFSC not valid for NEFT)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=8000, high=650000)
    vendor, why = VENDORS[k]
    if why == "Freight":
        j.amount = rupees(rng, 6000, 48000, 0.6)
    brand, bank, host = PORTALS[k % 3]
    rs = money(rng, font, 0.5, marks=("INR ", "Rs.", "\u20b9", ""))
    p = browser_page(rng, font, f"{host}/{digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", bank)
    p.add("center", rng.choice(["Transaction details", "Payment status", "Fund transfer - view"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction completed successfully", "Status: Processed"],
            "pending": ["Awaiting approval - authoriser 2"],
            "failed": ["Rejected - beneficiary IFSC not valid for NEFT"],
        },
    )
    who = vendor.upper() if rng.random() < 0.4 else vendor
    wrap_pair(p, rng.choice(["Beneficiary name", "Credit party name", "To (beneficiary)"]), who, merchant=who)
    p.pair(
        "Beneficiary code", f"{''.join(w[0] for w in vendor.split()[:3]).upper()}{rng.randrange(1, 99):02d}"
    )
    vbank = rng.choice(BANKS)
    wrap_pair(p, "Credit account", f"XXXXXXXX{digits(rng, 4)} / {IFSC[vbank]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit account", "From account"]), f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transaction amount", "Payment amount", "Amount (INR)"]), rs(j.amount), amount=j.amount
    )
    way = neft_way(rng, j.amount)
    if status == "failed":
        way = "NEFT"
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(
        p, "Narration", f"{why} - {vendor.split()[0]} {rng.choice(['Apr', 'May', 'wk 14', 'bill 231'])}"
    )
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank if bank in IFSC else "Rajkot Nagarik Sahakari Bank", way)
            p.pair(rng.choice(["UTR No.", "UTR", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
        tr = f"{['NEO', 'RNB', 'CIB'][k % 3]}{digits(rng, 11)}"
        p.pair(rng.choice(["Transaction ref. ID", "Reference No.", "Txn reference"]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Authoriser", f"BFEACC02 / {'-' if status == 'pending' else 'BFEDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date", "Processed on"],
            "pending": ["Created on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected and returned amounts are credited back to the debit account.")
    return p.done()


# ---------------------------------------------------------------- 7. moulders', fettlers' and furnace hands' wages


WORKERS = [
    ("Ramesh Makwana", "Moulder", "Moulding"),
    ("Ramdayal Kushwaha", "Moulder", "Moulding"),
    ("Arjun Mahto", "Fettler", "Fettling"),
    ("Dinesh Vaghela", "Furnace operator", "Melting"),
    ("Bhavesh Solanki", "Core maker", "Core shop"),
    ("Sanjay Parmar", "Fettler", "Fettling"),
    ("Vipul Rathod", "CNC operator", "Machine shop"),
    ("Kishan Bariya", "Helper - knockout", "Moulding"),
]
WAGE_FRAMES = ["paper", "razorpayx", "bulk", "paper", "gpay", "paper", "razorpayx", "paper"]


def foundry_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The foundry paying its moulders, core makers, fettlers and furnace hands for the week: its printed KARIGAR
    PAYMENT VOUCHER / WEEKLY WAGES SLIP / MOULDING SECTION - WAGE VOUCHER (the company on top, Voucher No. / V. No. /
    Slip No., Date / Paid on / Voucher date, Name of karigar / Worker's name / Paid to (worker), Token No., Section,
    Week No., Boxes moulded n x rate or Days worked n x rate and OT hours n x rate, Gross wages, Less: Advance
    (uchak) / Less: PF @ 12% / Less: Canteen, Net amount handed over / Net wages paid / Take-home paid, Mode Cash /
    UPI / IMPS; PAID / PAID - THUMB IMPRESSION OBTAINED), RazorpayX payouts (RazorpayX on top with the company under
    it, Payout to / Contact / Beneficiary, Fund account, Mode, Purpose, Payout ID pout_..., UTR, Reference ID,
    Processed on / Created on; Processed / Reversed), the bank's bulk payment record (Axis neo for Business:
    Beneficiary name, Amount, Batch ref., Transaction ref. No., Uploaded on; Record status: Sent to beneficiary bank -
    awaiting confirmation) and a Google Pay screen."""
    k = place("foundry_wages")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=2500, high=7500, p_round=0.9)
    who, role, section = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, MIXED)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{COMPANY}  |  Payouts")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed"], "failed": ["Reversed"]})
        if status == "failed":
            p.add("small", "Reason: beneficiary bank rejected the credit (account frozen). Amount returned.")
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payout to", "Contact", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"A/c XXXXXXX{digits(rng, 4)}" if way == "IMPS" else f"{rng.choice('6789')}{digits(rng, 9)}@ybl",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        week = max(1, j.date.isocalendar()[1] - 1)
        p.pair("Purpose", rng.choice(["salary", f"wages - week {week}", "payout"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Reference ID", f"WGS-{rng.randrange(10, 52)}-{rng.randrange(1, 140):03d}")
        date_row(p, j, ["Processed on", "Created on"] if status == "success" else ["Created on"], hour=True)
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account.")
        return p.done()
    if frame == "gpay":
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Completed", "Paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["To", "Paid to"]))
        p.add("center", who, merchant=who)
        p.add("small", f"{rng.choice('6789')}{digits(rng, 9)}@okaxis", method="UPI")
        p.pair("Note", rng.choice(["Weekly wages", "OT payment", "Advance"]))
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            own = app_id(rng, "Google Pay", j.date)
            wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
        p.pair("From", f"{COMPANY_CAPS[:20]} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, "neo.axisbank.com/business/bulk/records")
        p.part = "head"
        top(p, "Axis neo for Business")
        p.add("small", "Bulk payments - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Credited"],
                "pending": ["Record status: Sent to beneficiary bank - awaiting confirmation"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("Batch ref.", f"WAGES{digits(rng, 6)}")
        if not j.no_ref:
            if status == "success":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            tr = f"BLK{digits(rng, 11)}"
            p.pair("Transaction ref. No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Uploaded on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are credited back to the debit account.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if section == "Machine shop" else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit[0]} - {section}",
        unit[1],
        unit[2],
        ["KARIGAR PAYMENT VOUCHER", "WEEKLY WAGES SLIP", "MOULDING SECTION - WAGE VOUCHER"]
        if section == "Moulding"
        else ["KARIGAR PAYMENT VOUCHER", "WEEKLY WAGES SLIP"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'KP', 'WS'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of karigar", "Worker's name", "Paid to (worker)"]), who, merchant=who)
    p.pair("Token No.", f"{rng.choice(['M', 'F', 'T'])}-{rng.randrange(1, 240):03d}")
    p.pair("Section", f"{section} ({role})")
    p.pair("Week No.", str(max(1, j.date.isocalendar()[1] - 1)))
    way = "Cash" if k == 7 else rng.choice(["UPI", "IMPS", "Cash"])
    cut = float(rng.choice([0, 300, 500, 1000, 1500])) if j.amount > 4000 else 0.0
    gross = round(j.amount + cut, 2)
    if section == "Moulding" and rng.random() < 0.7:
        rate = rng.choice([12.0, 14.0, 16.5, 18.0])
        boxes = int(gross // rate)
        piece = round(boxes * rate, 2)
        p.pair(f"Boxes moulded: {boxes} x {rate:.2f}", rs(piece))
        rest = round(gross - piece, 2)
        if rest:
            p.pair("Attendance bonus", rs(rest))
    else:
        days = rng.randrange(5, 8)
        day_rate = float(round(gross * rng.uniform(0.8, 0.95) / days, -1))
        base = round(days * day_rate, 2)
        p.pair(f"Days worked: {days} x {day_rate:.2f}", rs(base))
        p.pair("OT / incentive", rs(round(gross - base, 2)))
    p.pair("Gross wages", rs(gross))
    if cut:
        p.pair(rng.choice(["Less: Advance (uchak)", "Less: PF @ 12%", "Less: Canteen"]), rs(cut))
    p.pair(
        rng.choice(["Net amount handed over", "Net wages paid", "Take-home paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center",
        rng.choice(["PAID", "PAID - THUMB IMPRESSION OBTAINED"] if way == "Cash" else ["PAID"]),
        status="success",
    )
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature / thumb")
    return p.done()


# ---------------------------------------------------------------- 8. the board's, inspectorate's and civic fees


FEE_FRAMES = ["gpcb", "dish", "rmc", "gpcb", "gidc", "rmc", "dish", "metrology"]


def statutory_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the foundry and the machine shop pay: Gujarat Pollution Control Board's consent fee through XGN (the
    board on top, the XGN line, Industry name, XGN Industry ID, Application No., Fee for, Consent fee, Late fee,
    Total fee paid / Amount paid, Transaction No., Bank Ref. No., Challan No., Payment date / Date of payment /
    Initiated on; Payment successful / Fee paid / Payment status awaited from bank - do not pay again), the
    Directorate of Industrial Safety and Health, Gujarat's factory licence renewal through Cyber Treasury (the
    directorate on top, the Cyber Treasury line, Name of remitter, Factory licence No., Purpose, Head of account,
    Amount, Bank CIN, Challan No., Date of payment), Rajkot Municipal Corporation's property tax (the corporation on
    top, Tenement No., Owner / Occupier, Tax year, the heads, Total demand, Less: Online rebate, Amount paid,
    Transaction ID, Bank Ref. No., Receipt No., Payment date / Transaction date; Payment failed - amount not received
    by RMC), GIDC's service charges (Gujarat Industrial Development Corporation on top, Estate, Shed No., Allottee,
    Amount paid) and the Controller of Legal Metrology, Gujarat's weighbridge verification fee (Name of user,
    Instrument, Verification fee, Adjustment charges, Total fee)."""
    k = place("statutory_fees")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    meth = {"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}
    if frame == "gpcb":
        p = browser_page(rng, font, f"xgn.gpcb.gov.in/XGN/payment/receipt?app={digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Gujarat Pollution Control Board", "GUJARAT POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "XGN - Xtended Green Node  |  Online fee payment")
        p.add("center", "Consent fee - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Fee paid"],
                "pending": ["Payment status awaited from bank - do not pay again"],
            },
        )
        wrap_pair(p, "Industry name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("XGN Industry ID", digits(rng, 5))
        p.pair("Application No.", f"{digits(rng, 6)}")
        wrap_pair(
            p,
            "Fee for",
            rng.choice(["CC&A renewal - Red category (5 years)", "CTE amendment - induction furnace"]),
        )
        fee = float(rng.choice([25000, 40000, 50000, 75000, 100000]))
        p.pair("Consent fee", rs(fee))
        late = float(rng.choice([0, 0, 2500, 5000]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=meth[way])
        if not j.no_ref:
            tno = f"GPCB{digits(rng, 12)}"
            p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
            if status == "success":
                bref = f"{rng.choice(['SBI', 'HDF', 'BOB'])}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
                cno = f"GPCB/CH/{digits(rng, 7)}"
                p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
        date_row(
            p, j, ["Payment date", "Date of payment"] if status == "success" else ["Initiated on"], hour=True
        )
        p.part = "foot"
        p.add("small", "The consent order is issued on XGN after scrutiny of the application.")
        return p.done()
    if frame in ("dish", "metrology"):
        p = browser_page(
            rng, font, f"cybertreasury.gujarat.gov.in/CyberTreasury_UI/receipt/{digits(rng, 10)}"
        )
        p.part = "head"
        if frame == "dish":
            name = rng.choice(
                [
                    "Directorate of Industrial Safety and Health, Gujarat",
                    "DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH",
                ]
            )
        else:
            name = rng.choice(["Controller of Legal Metrology, Gujarat", "Legal Metrology, Gujarat"])
        top(p, name, merchant=name)
        p.add("small", "Cyber Treasury, Government of Gujarat  |  e-Challan")
        p.add("center", rng.choice(["e-Payment receipt", "Challan - payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Challan paid"]})
        wrap_pair(p, rng.choice(["Name of remitter", "Name of user"]), rng.choice([COMPANY, COMPANY_CAPS]))
        if frame == "dish":
            p.pair("Factory licence No.", f"RJT/{digits(rng, 5)}")
            wrap_pair(p, "Purpose", f"Renewal of factory licence - {j.date.year + 1}")
            p.pair("Head of account", "0230 00 101 01")
            workers = rng.randrange(60, 240)
            j.amount = float(rng.choice([6000, 9000, 12000, 15000]) + (workers // 50) * 1500)
            p.pair("Workers (licensed)", str(workers))
            p.pair("Amount", rs(j.amount), amount=j.amount)
        else:
            wrap_pair(p, "Instrument", "Electronic weighbridge 60 t (Class III)")
            p.pair("Head of account", "1475 00 106 01")
            ver = float(rng.choice([3000, 4000, 5000]))
            adj = float(rng.choice([0, 500, 750]))
            p.pair("Verification fee", rs(ver))
            if adj:
                p.pair("Adjustment charges", rs(adj))
            j.amount = ver + adj
            p.pair("Total fee", rs(j.amount), amount=j.amount)
        bank = rng.choice(["State Bank of India", "Bank of Baroda", "HDFC Bank", "Axis Bank"])
        p.pair("Payment mode", f"Net banking - {bank}", method="netbanking")
        if not j.no_ref:
            cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}" if not j.no_day else digits(rng, 20)
            p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
            cno = f"GJ{digits(rng, 10)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
        date_row(p, j, ["Date of payment", "Payment date"], PATS_IN)
        p.part = "foot"
        p.add("small", "Keep the e-challan with the licence records for inspection.")
        return p.done()
    if frame == "gidc":
        p = browser_page(rng, font, f"gidc.gujarat.gov.in/onlinepayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Gujarat Industrial Development Corporation", "GUJARAT INDUSTRIAL DEVELOPMENT CORPORATION"]
        )
        top(p, name, merchant=name)
        p.add("small", "Estate: Aji, Rajkot  |  Service charges e-payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid"]})
        wrap_pair(p, "Allottee", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Shed No.", "C-41, Phase II")
        sc = rupees(rng, 9000, 42000, 0.8)
        p.pair("Service charges 2026-27", rs(sc))
        wc = rupees(rng, 1500, 9000, 0.6) if rng.random() < 0.6 else 0.0
        if wc:
            p.pair("Water charges", rs(wc))
        j.amount = round(sc + wc, 2)
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=meth[way])
        if not j.no_ref:
            tid = f"GIDC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"AJI/{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Transaction date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Dues not paid by the due date attract interest as per GIDC regulations.")
        return p.done()
    p = browser_page(rng, font, f"www.rmc.gov.in/rmcwebsite/propertytax/receipt/{digits(rng, 9)}")
    p.part = "head"
    name = rng.choice(["Rajkot Municipal Corporation", "RAJKOT MUNICIPAL CORPORATION"])
    top(p, name, merchant=name)
    p.add("small", "Property tax - online payment")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Tax paid"],
            "failed": ["Payment failed - amount not received by RMC"],
        },
    )
    p.pair("Tenement No.", f"{rng.randrange(1, 18):02d}-{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}")
    wrap_pair(p, "Owner / Occupier", rng.choice([COMPANY, COMPANY_CAPS]))
    wrap_pair(p, "Address", "Shed C-41, Aji GIDC Phase II")
    p.pair("Tax year", "2026-27")
    total = 0.0
    for head, lo, hi in [
        ("General tax", 14000, 52000),
        ("Water charges", 1800, 6000),
        ("Conservancy tax", 600, 2400),
        ("Education cess", 700, 3000),
    ][: rng.randrange(2, 5)]:
        value = float(rng.randrange(lo, hi))
        p.pair(head, rs(value))
        total += value
    p.pair("Total demand", rs(total))
    rebate = float(round(total * rng.choice([0.05, 0.1]))) if rng.random() < 0.6 else 0.0
    if rebate:
        p.pair("Less: Online rebate", rs(rebate))
    j.amount = round(total - rebate, 2)
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method=meth[way])
    if not j.no_ref:
        tid = f"RMC{digits(rng, 13)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"PT/{digits(rng, 8)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "This receipt is valid subject to realisation of the payment by RMC.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers', ECGC's and the trade bodies' receipts


COVERS = [
    ("The Oriental Insurance Co. Ltd", "orientalinsurance.org.in", "fire"),
    ("ECGC Ltd", "ecgc.in", "ecgc"),
    ("United India Insurance Co. Ltd", "uiic.co.in", "marine"),
    ("EEPC INDIA", "eepcindia.org", "eepc"),
    ("Cholamandalam MS General Insurance Co. Ltd", "cholainsurance.com", "gpa"),
    ("ECGC Ltd", "ecgc.in", "ecgc"),
    ("The Institute of Indian Foundrymen", "indianfoundry.org", "iif"),
    ("National Insurance Co. Ltd", "nationalinsurance.nic.co.in", "mbd"),
]


def covers_councils(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's insurance and memberships: insurers' premium receipts (a Bharat Laghu Udyam Suraksha fire
    policy, a marine cargo open policy for exports, group personal accident cover for the workers, machinery
    breakdown cover for the induction furnace), ECGC's premium receipts on declared shipments, EEPC India's
    membership subscription and the Institute of Indian Foundrymen's delegate fee (browser, e-mail: the insurer or
    body on top, PREMIUM RECEIPT / Payment acknowledgement / Subscription receipt, Insured / Policyholder / Proposer /
    Exporter (policyholder) / Member firm the company, Policy No., Proposal No., Buyer and Buyer code and Shipments
    declared (a foreign sum) on ECGC's, Sum insured, Basic premium, Terrorism premium, the premium per worker,
    Premium rate, Subscription, GST @ 18%, Total premium (incl. GST) / Premium paid / Amount received / Total amount
    paid, Payment mode, Transaction ref. No. / Payment ID, Bank Ref. No. / UPI Ref No., Receipt No. / Premium receipt
    No. / Money receipt No., Receipt date / Payment date / Date of receipt; Premium received - policy in force /
    Payment received - thank you / Subscription received / Payment under reconciliation - receipt will be issued on
    credit / Payment unsuccessful - cover not bound)."""
    k = place("covers_councils")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    body, host, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if k % 2 == 0:
        p = browser_page(
            rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/receipt/{digits(rng, 9)}"
        )
    else:
        short = body.replace(" Co. Ltd", "").replace(" General Insurance", "")
        p = mail_page(
            rng,
            font,
            f"{short} <{rng.choice(['receipts', 'noreply', 'accounts'])}@{host}>",
            ["Payment acknowledgement", "Your receipt", "Premium receipt"],
        )
    p.part = "head"
    name = body.upper() if rng.random() < 0.25 else body
    top(p, name, merchant=name)
    sub = {
        "fire": "Bharat Laghu Udyam Suraksha Policy",
        "marine": "Marine Cargo Open Policy - Export",
        "gpa": "Group Personal Accident Policy",
        "mbd": "Machinery Breakdown Policy",
        "ecgc": "Shipments (Comprehensive Risks) Policy",
        "eepc": "Engineering Export Promotion Council - Regional Office, Ahmedabad",
        "iif": "Rajkot Chapter  |  Indian Foundry Congress",
    }[kind]
    p.add("small", sub)
    p.add(
        "center",
        rng.choice(
            ["Payment acknowledgement"]
            if status != "success"
            else ["Subscription receipt", "Payment acknowledgement"]
            if kind in ("eepc", "iif")
            else ["PREMIUM RECEIPT", "Payment acknowledgement"]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received - thank you", "Subscription received"]
            if kind in ("eepc", "iif")
            else ["Premium received - policy in force", "Payment received - thank you"],
            "pending": ["Payment under reconciliation - receipt will be issued on credit"],
            "failed": ["Payment unsuccessful - cover not bound"],
        },
    )
    if kind in ("eepc", "iif"):
        wrap_pair(p, rng.choice(["Member firm", "Member"]), rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Membership No.", f"{'EEPC/AHD' if kind == 'eepc' else 'IIF/RJT'}/{digits(rng, 5)}")
        if kind == "eepc":
            p.pair("RCMC No.", f"EEPC/RCMC/{digits(rng, 6)}")
            base = float(rng.choice([7500, 12500, 17500]))
            p.pair("Membership subscription 2026-27", rs(base))
        else:
            n = rng.randrange(1, 4)
            base = float(n * rng.choice([9500, 11800, 14000]))
            p.pair(f"Delegate fee ({n} delegate{'s' if n > 1 else ''})", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
    else:
        payer_lab = ["Exporter (policyholder)"] if kind == "ecgc" else ["Insured", "Policyholder", "Proposer"]
        wrap_pair(p, rng.choice(payer_lab), rng.choice([COMPANY, COMPANY_CAPS]))
        if status == "success":
            p.pair(
                "Policy No.", f"{digits(rng, 6)}/{rng.randrange(11, 48)}/{j.date.year + 1}/{digits(rng, 4)}"
            )
        else:
            p.pair("Proposal No.", f"PR{digits(rng, 10)}")
        if kind == "ecgc":
            buyer, city, cur, _, _ = rng.choice(BUYERS_ABROAD)
            wrap_pair(p, "Buyer", f"{buyer}, {city}")
            p.pair("Buyer code", f"{code(rng, 2, UPPER)}/{digits(rng, 6)}")
            shipped = round(rng.uniform(12000, 90000), 2)
            p.pair("Shipments declared", fx(rng, font, cur)(shipped))
            rate = rng.choice([0.28, 0.34, 0.41, 0.52])
            p.pair("Premium rate", f"{rate:.2f}%")
            base = round(shipped * rng.uniform(*RATES[cur]) * rate / 100, 2)
            p.pair("Premium", rs(base))
        elif kind == "gpa":
            n = rng.randrange(60, 180)
            per = float(rng.choice([310, 365, 420]))
            p.pair("Persons covered", f"{n} workers")
            base = round(n * per, 2)
            p.pair(f"Premium ({n} x {per:.0f})", rs(base))
        else:
            sums = {"fire": (4, 18), "marine": (3, 12), "mbd": (1, 6)}[kind]
            insured = float(rng.randrange(*sums) * 10000000 + rng.choice([0, 2500000, 5000000]))
            p.pair("Sum insured", rs(insured))
            base = round(insured * rng.uniform(0.0004, 0.0016), 2)
            p.pair("Basic premium", rs(base))
            if kind == "fire":
                terror = round(insured * 0.00007, 2)
                p.pair("Terrorism premium", rs(terror))
                base = round(base + terror, 2)
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        if rng.random() < 0.4:
            j.amount = float(round(j.amount))
        p.pair(
            rng.choice(["Total premium (incl. GST)", "Premium paid", "Amount received"]),
            rs(j.amount),
            amount=j.amount,
        )
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way])
    if not j.no_ref:
        pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"{rng.choice(['R', 'MR', 'PR'])}{digits(rng, 9)}"
            p.pair(
                rng.choice(["Receipt No.", "Premium receipt No.", "Money receipt No."]),
                rno,
                txn=(INVOICE_RANK, rno),
            )
    date_row(p, j, ["Receipt date", "Payment date", "Date of receipt"], PATS_IN)
    p.part = "foot"
    p.add(
        "small",
        {
            "ecgc": "Declare shipments by the 15th of the following month to keep the cover in force.",
            "eepc": "RCMC stays valid on payment of the annual subscription.",
            "iif": "Delegate kits are handed over at the registration desk.",
        }.get(kind, "Cover is subject to realisation of the premium."),
    )
    return p.done()


# ---------------------------------------------------------------- 10. card slips at Rajkot counters


COUNTERS = [
    ("SHREE KHODIYAR PETROLEUM", "GONDAL ROAD, RAJKOT", "fuel"),
    ("RAJKOT CUTTING TOOLS CENTRE", "DHEBAR ROAD, RAJKOT", "shop"),
    ("SAURASHTRA BEARING HOUSE", "LAKHAJIRAJ ROAD, RAJKOT", "shop"),
    ("HOTEL RANGOLI PARK", "KALAWAD ROAD, RAJKOT", "hotel"),
    ("MAHAVIR INDUSTRIAL GASES", "SHAPAR, DIST RAJKOT", "shop"),
    ("KATHIYAWADI RASOI", "150 FT RING ROAD, RAJKOT", "hotel"),
    ("AKSHAR SAFETY & PPE", "AJI GIDC, RAJKOT", "shop"),
    ("JAY SHREE FUELS - HPCL", "SHAPAR VERAVAL", "fuel"),
]
TERMINALS = [
    "HDFC BANK",
    "PINE LABS",
    "ICICI BANK",
    "BANK OF BARODA",
    "PAYTM EDC",
    "AXIS BANK",
    "MSWIPE",
    "WORLDLINE",
]
SLIP_SUMS = {
    "SHREE KHODIYAR PETROLEUM": (1800, 8500),
    "RAJKOT CUTTING TOOLS CENTRE": (3000, 62000),
    "SAURASHTRA BEARING HOUSE": (1500, 36000),
    "HOTEL RANGOLI PARK": (4200, 18500),
    "MAHAVIR INDUSTRIAL GASES": (1500, 12000),
    "KATHIYAWADI RASOI": (900, 6200),
    "AKSHAR SAFETY & PPE": (2000, 26000),
    "JAY SHREE FUELS - HPCL": (1800, 8500),
}


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's cards at Rajkot counters: diesel for the pickup, carbide inserts and bearings, oxygen and argon,
    safety shoes and gloves, the visiting buyer's hotel and dinner (terminal slips, monospace: the terminal's bank or
    brand on top on some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM: / DATE/TIME:, MID:,
    TID:, BATCH: / BATCH NO:, INVOICE NO: / BILL NO: / INV:, STAN:, SALE / CHIP SALE / CONTACTLESS SALE, CARD NO:,
    CARD TYPE:, a fuel slip's PRODUCT:, RATE/L:, VOLUME(L): and VEHICLE NO:, a hotel's or restaurant's BASE AMT: and
    TIP:, APPR CODE: / AUTH NO:, RRN: / RRN NO: / REF NO:, AMOUNT: / NET AMT: / SALE AMT: / TOTAL:; APPROVED /
    TRANSACTION APPROVED / DECLINED - 51 INSUFFICIENT FUNDS / NO REPLY FROM HOST - TXN STATUS UNKNOWN)."""
    k = place("counter_slips")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    name, town, kind = COUNTERS[k]
    lo, hi = SLIP_SUMS[name]
    j.amount = rupees(rng, lo, hi, 0.4)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
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
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH:", "BATCH NO:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", rng.choice(["SALE", "CHIP SALE", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA BUSINESS", "5": "MASTERCARD CORP", "6": "RUPAY DEBIT"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 93.5), 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("VEHICLE NO:", f"GJ03{code(rng, 2, UPPER)}{digits(rng, 4)}")
    tip = 0.0
    if kind == "hotel" and status == "success" and rng.random() < 0.7:
        tip = float(rng.choice([100, 200, 250, 500]))
        p.pair("BASE AMT:", f"{j.amount:.2f}")
        p.pair("TIP:", f"{tip:.2f}")
        j.amount = round(j.amount + tip, 2)
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    lab = "TOTAL:" if tip else rng.choice(["AMOUNT:", "NET AMT:", "SALE AMT:", "TOTAL:"])
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO REPLY FROM HOST - TXN STATUS UNKNOWN", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH YOUR BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "** CARDHOLDER COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. PGVCL's power, Gujarat Gas and the phones


BILLERS = {
    "PGVCL": ("PGVCL", "Paschim Gujarat Vij Company Ltd", "Consumer No."),
    "GGL": ("Gujarat Gas", "Gujarat Gas Ltd", "BP No."),
    "BSNL": ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    "VI": ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
}
POWER_PAGES = [
    ("PGVCL page", "PGVCL", "HT"),
    ("bob World", "PGVCL", "LT"),
    ("PhonePe", "GGL", ""),
    ("PGVCL page", "PGVCL", "LT"),
    ("Amazon Pay", "VI", ""),
    ("Google Pay", "BSNL", ""),
    ("Canara ai1", "PGVCL", "HT"),
    ("Paytm", "GGL", ""),
]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The foundry's HT and the machine shop's LT power (PGVCL), the industrial gas line (Gujarat Gas), the
    broadband and the phones: PGVCL's own online payment receipt (the company on top in its short, long or capital
    name, Consumer No., Consumer name, Sub-division, Tariff, Bill month, Bill amount, Less: Prompt payment rebate,
    Amount paid, Payment mode, Transaction ID, Bank Ref No., Receipt No., Payment date / Date of payment) and Bharat
    Connect in banking and UPI apps (bob World, Canara ai1, PhonePe, Amazon Pay, Google Pay, Paytm: the app on top,
    Biller / Biller name / Paid to / Operator as printed, Consumer No. / BP No. / Telephone No. / Mobile No., Customer
    name, Bill date and Due date on some, the sum large, Paid from, Bharat Connect Ref ID / B-Connect Txn ID / BBPS Txn
    Ref, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time / Date & time; Bill paid /
    Payment successful / Awaiting confirmation from biller / Transaction failed - amount, if debited, will be
    reversed)."""
    k = place("power_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=499, high=60000)
    app, which, tariff = POWER_PAGES[k]
    short, long, idlab = BILLERS[which]
    if tariff == "HT":
        j.amount = rupees(rng, 380000, 2400000, 0.3)
    elif tariff == "LT":
        j.amount = rupees(rng, 24000, 180000, 0.3)
    elif which == "GGL":
        j.amount = rupees(rng, 18000, 140000, 0.3)
    else:
        j.amount = rupees(rng, 499, 5200, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['37', '38'])}{digits(rng, 9)}",
        "BP No.": f"3{digits(rng, 9)}",
        "Telephone No.": f"0281-{digits(rng, 7)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    if app == "PGVCL page":
        p = browser_page(rng, font, "www.pgvcl.com/consumersupport/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid"]})
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Sub-division", "Shapar (Veraval)" if tariff == "HT" else "Aji Industrial")
        p.pair("Tariff", "HTP-I" if tariff == "HT" else "LTP (Industrial)")
        if not j.no_day:
            p.pair("Bill month", j.month())
        rebate = float(round(j.amount * 0.01)) if rng.random() < 0.5 else 0.0
        if rebate:
            p.pair("Bill amount", rs(round(j.amount + rebate, 2)))
            p.pair("Less: Prompt payment rebate", rs(rebate))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = "Net banking" if j.amount > 100000 else rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"PGV{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be posted to your account within two working days.")
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
            "success": ["Bill paid", "Payment successful"],
            "pending": ["Awaiting confirmation from biller"],
            "failed": ["Transaction failed - amount, if debited, will be reversed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in ("BSNL", "VI") else rng.choice(["Biller", "Biller name", "Paid to"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -8))
        p.pair("Due date", j.other_day(rng, 3, 15))
    if app in ("bob World", "Canara ai1"):
        way = "Current A/c" if j.amount > 100000 else rng.choice(["Current A/c", "UPI"])
    else:
        way = "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['BB', 'PP', 'GP', 'CN', 'AZ'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref ID", "B-Connect Txn ID", "BBPS Txn Ref"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Transaction date & time", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "KUTCH PIG IRON & ALLOYS PVT LTD",
    "PATEL PATTERN WORKS",
    "SHAPAR SHOT BLASTING",
    "OM CNC PRECISION WOR",
    "ALANG SHIP SCRAP TRADERS",
    "PASCHIM GUJARAT VIJ",
    "RAMDAYAL KUSHWAHA",
    "JALARAM REFRACTORIES",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "Kotak Mahindra Bank": "AX-KOTAKB",
    "State Bank of India": "BP-SBIINB",
    "Union Bank of India": "AD-UNIONB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender VM-BOBTXN / AX-KOTAKB /
    BP-SBIINB / AD-UNIONB, the day divider, each bank's own wording: "Rs.x Dr. from A/C XXXXXX1234 on <day> to
    <payee> (NEFT)", "Sent Rs.x from Kotak Bank AC X1234 to <payee> on <day> via UPI", "Your A/C XXXXX1234 Debited
    INR x on <day> -Transferred to <payee> (IMPS)", "A/c *1234 Debited for Rs:x on <day> by RTGS to <payee>", with
    UTR / UPI Ref / IMPS Ref and Avl Bal; a UPI payment that "has FAILED at the beneficiary bank" and one "is IN
    PROGRESS - please do not repeat it") and two e-mail debit alerts (Amount debited / Amount, Beneficiary / Payee
    name / Credited to, Account No., Mode, UTR No. / UTR, Transaction date / Value date, Status: Debited
    successfully)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=6000, high=480000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    if k == 6:
        j.amount = rupees(rng, 2500, 16000)
    if k in (0, 4):
        j.amount = rupees(rng, 250000, 1400000, 0.3)
        way = "RTGS"
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.co.in>",
            ["Debit alert - current account", "Transaction alert: RTGS"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Payee name", "Credited to"]), to, merchant=to)
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited successfully", status="success")
        p.part = "foot"
        p.add("small", "Did not make this transaction? Call the 24x7 helpline and block net banking at once.")
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 2000, 95000)
    else:
        way = (
            "UPI"
            if k == 6
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} Dr. from A/C XXXXXX{tail}{on}", amount=j.amount)
            p.add("left", f"to {to} ({way}).", merchant=to, method=method)
        elif bank == "Kotak Mahindra Bank":
            p.add("left", f"Sent Rs.{amt} from Kotak Bank AC X{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via {way}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add("left", f"Your A/C XXXXX{tail} Debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"-Transferred to {to} ({way}).", merchant=to, method=method)
        else:
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "has FAILED at the beneficiary bank. Any amount debited will be reversed.",
            "pending": "is IN PROGRESS - please do not repeat it. Final status in 24 hrs.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 40000, 3800000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not you? Call 1800 5700 to block.", "If not done by you, SMS BLOCK to the bank."]),
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout188 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a rooftop solar EPC installer's day in 2026 (Suryakiran Rooftop Energy Pvt Ltd, its
office at Malviya Nagar, Jaipur and its store at Sitapura), told by the proofs of payment it receives and makes:
housing societies' and institutions' payment advices for rooftop plants, banks' solar loan disbursement advices to
the installer, homeowners' UPI and payment links, its own money receipts, the DISCOMs', the Electrical Inspector's
and RRECL's fee pages, outward wires for imported inverters, microinverters, connectors and storage, module, inverter,
structure and cable makers' tax invoices, transporters' freight bills and crane hire, installers' labour vouchers
and net-banking payouts, the site crews' card slips, the office's and store's electricity, broadband, phones and
FASTag through Bharat Connect and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, K numbers, PM
Surya Ghar application ids, loan account and sanction numbers, RA bills listed on an advice, LR / GR numbers,
vehicle numbers, STAN, Form A2 acknowledgement and deal numbers, TDS, retention, cess, margin and GST lines, GSTIN,
PAN, IFSC, BIC, IBAN, UETR, MID, TID, batch, nicknames and the payer's own details carry no fact. ``Job``,
``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``foreign`` and ``RATES`` heldout187's; ``compose``
is heldout158's.
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
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout187_families import RATES, foreign

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Suryakiran Rooftop Energy Pvt Ltd"
COMPANY_CAPS = "SURYAKIRAN ROOFTOP ENERGY PVT LTD"
SHORT = "Suryakiran Solar"
# office, address, GST state code
UNITS = [
    ("Jaipur office", "B-27, Lal Bahadur Nagar, JLN Marg, Malviya Nagar, Jaipur - 302017, Rajasthan", "08"),
    ("Sitapura store", "G1-114, RIICO Industrial Area, Sitapura, Jaipur - 302022, Rajasthan", "08"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "AU Small Finance Bank",
    "Bank of Baroda",
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Punjab National Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "AU Small Finance Bank": "AUBL",
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
}
SITES = [
    "Shri Ram Residency, Mansarovar - 60 kWp",
    "Plot 14, Vaishali Nagar - 5 kWp",
    "Amber Valley School, Jagatpura - 40 kWp",
    "Villa 7, Jagatpura - 3.3 kWp",
    "Haveli Heritage Hotel, Bani Park - 25 kWp",
    "Sanganer print cluster shed B - 100 kWp",
    "C-Scheme duplex - 10 kWp",
    "Kishangarh warehouse - 75 kWp",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The installer as the other party (Buyer / Consignee / Applicant / Debit account: no fact)."""
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
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def k_no(rng: random.Random) -> str:
    """A JVVNL / AVVNL consumer's K Number (an account, never an id)."""
    return f"2{digits(rng, 3)}{digits(rng, 4)}{digits(rng, 4)}"


def surya_ghar(rng: random.Random) -> str:
    """A PM Surya Ghar national portal application id (never an id of the payment)."""
    return f"NP-RJJV{rng.randrange(24, 27)}-{digits(rng, 7)}"


# ---------------------------------------------------------------- 1. housing societies' and institutions' advices


SOCIETIES = [
    ("Shri Ram Residency Co-operative Housing Society Ltd", "treasurer@shriramresidency.org"),
    ("Mahima Panorama Apartment Owners' Association", "accounts@mahimapanorama.in"),
    ("Amber Valley Education Society", "bursar@ambervalley.edu.in"),
    ("Haveli Heritage Hotels Pvt Ltd", "ap@haveliheritage.com"),
    ("Sanganer Hand Block Printers Cluster Pvt Ltd", "finance@sanganercluster.in"),
    ("Kishangarh Marble Traders Association", "office@kmta-kishangarh.org"),
]
SOCIETY_FRAMES = ["mail", "paper", "portal", "mail", "paper", "portal", "mail", "paper"]
WORKS = [
    "Rooftop solar PV - supply",
    "Rooftop solar PV - installation and commissioning",
    "Net metering liaison",
    "Elevated structure - extra height",
    "Annual maintenance - module cleaning",
]


def society_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Housing societies, a school, a hotel and trade bodies paying the installer for rooftop plants: the payer's
    payment advice e-mail, printed CONTRACTOR'S PAYMENT ADVICE / PAYMENT RELEASE NOTE and its ERP vendor page (the
    payer on top, Contractor / Name of contractor / Pay to (vendor) / Vendor / contractor the installer, Work order
    No., Site, RA bills listed with their sums, Less: TDS u/s 194C @ 2%, Less: Retention @ 5% (till commissioning),
    Less: BOCW cess @ 1%, Net amount released / Net paid / Amount transferred, Mode NEFT / RTGS, UTR / UTR / Ref No.,
    Payment advice No. / Voucher ref., Date of release / Payment date / Value date / Initiated on / Returned on;
    Released / Payment status: Paid / Pending - awaiting second signatory (Treasurer) / Returned - account name does
    not match)."""
    k = place("society_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=60000, high=3200000)
    frame = SOCIETY_FRAMES[k]
    payer, mail = SOCIETIES[(k + rng.randrange(2)) % len(SOCIETIES)]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} {payer.split()[1]} Accounts <{mail}>",
            ["Payment advice - rooftop solar works", f"Payment released to {SHORT}", "Your RA bill is paid"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"erp.{mail.split('@')[1]}/vendor/payments/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", rng.choice(["Managing Committee - Accounts", "Finance & Accounts Department", "Treasury"]))
    p.add(
        "center",
        rng.choice(["CONTRACTOR'S PAYMENT ADVICE", "PAYMENT RELEASE NOTE", "Payment advice"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(
        p,
        rng.choice(["Contractor", "Name of contractor", "Pay to (vendor)", "Vendor / contractor"]),
        payee,
        merchant=payee,
    )
    p.pair("Work order No.", f"WO/{rng.choice(['SOL', 'RTS', 'ELEC'])}/{rng.randrange(10, 99)}/25-26")
    wrap_pair(p, "Site", rng.choice(SITES))
    bills = [
        (f"RA bill {n} (SKRE/25-26/{rng.randrange(10, 480):03d})", rupees(rng, 40000, 1200000, 0.6))
        for n in range(1, rng.randrange(2, 4))
    ]
    p.add("left", rng.choice(["Bills covered", "Running bills paid by this advice"]))
    for no, v in bills:
        p.pair(no, rs(v))
    gross = sum(v for _, v in bills)
    base = round(gross / 1.089, 2)
    cut = round(base * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(cut))
    ret = round(gross * 0.05, 2) if rng.random() < 0.5 else 0.0
    if ret:
        p.pair("Less: Retention @ 5% (till commissioning)", rs(ret))
    cess = round(base * 0.01, 2) if rng.random() < 0.35 else 0.0
    if cess:
        p.pair("Less: BOCW cess @ 1%", rs(cess))
    j.amount = round(gross - cut - ret - cess, 2)
    p.pair(
        rng.choice(["Net amount released", "Net paid", "Amount transferred"]), rs(j.amount), amount=j.amount
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:5])
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR / Ref No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PRN', 'BPV'])}/{rng.randrange(100, 9999)}/{j.date:%y}"
        p.pair(rng.choice(["Payment advice No.", "Voucher ref."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Released", "Payment status: Paid"],
            "pending": ["Pending - awaiting second signatory (Treasurer)"],
            "failed": ["Returned - account name does not match"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Date of release", "Payment date", "Value date"],
            "pending": ["Initiated on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Retention will be released after one year of trouble-free generation.")
    return p.done()


# ---------------------------------------------------------------- 2. homeowners' UPI and payment links


HOME_APPS = ["Google Pay", "PhonePe", "Easebuzz", "Paytm", "BHIM", "Amazon Pay", "CCAvenue", "MobiKwik"]
HOMEOWNERS = [
    "Rajendra Singh Shekhawat",
    "Kavita Agarwal",
    "Dr. Anil Sharma",
    "Meenakshi Choudhary",
    "Vikram Singh Rathore",
    "Sunita Khandelwal",
    "Col. (Retd.) P. S. Bhati",
    "Ritu Jain",
]
HOME_NOTES = [
    "3 kWp booking advance",
    "Solar 5kW 2nd instalment",
    "Net meter balance",
    "Inverter upgrade",
    "AMC 2026",
    "Structure extra height",
]


def homeowner_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Homeowners paying for their rooftop plants: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, Amazon Pay,
    MobiKwik: the installer under Paid to / To / Sent to / Paying, its UPI ID, the sum large, UPI transaction ID /
    UPI Ref No. / UTR, the app's own Transaction ID / Order ID on some, Debited from, Date & time / Paid on /
    Completed on) and two of its payment pages (Easebuzz, CCAvenue: the installer on top, Customer / Paid by the
    homeowner, Easepay ID / CCAvenue Reference No., Bank RRN for UPI or Bank Ref. No., Order ID, Transaction date /
    Paid on)."""
    k = place("homeowner_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=1500, high=95000, p_round=0.7)
    app = HOME_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Easebuzz", "CCAvenue"):
        to = ours(rng)
        url = (
            f"pay.easebuzz.in/pay/suryakiran{code(rng, 4, ALNUM.lower())}"
            if app == "Easebuzz"
            else f"secure.ccavenue.com/transaction/receipt?o={digits(rng, 10)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Rooftop solar | Net metering | AMC", "Online payment receipt"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful", "Payment received"],
                "failed": ["Transaction failed"],
                "pending": ["Transaction pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Paid by"]), HOMEOWNERS[k])
        wrap_pair(p, "Purpose", rng.choice(HOME_NOTES))
        way = rng.choice(["UPI", "card", "netbanking"])
        p.pair(
            "Payment mode",
            {
                "UPI": "UPI",
                "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} Debit {masked(rng, font)}",
                "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
            }[way],
            method=way,
        )
        if not j.no_ref:
            pid = f"E{j.date:%y%m%d}{code(rng, 8, ALNUM)}" if app == "Easebuzz" else digits(rng, 12)
            p.pair("Easepay ID" if app == "Easebuzz" else "CCAvenue Reference No.", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("Bank RRN", j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                bref = f"{rng.choice(['AUB', 'BOB', 'HDF'])}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            oid = f"SKRE{digits(rng, 6)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        date_row(p, j, ["Transaction date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Easebuzz" if app == "Easebuzz" else "Powered by CCAvenue")
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
            "success": ["Payment successful", "Paid", "Money sent successfully"],
            "failed": ["Payment failed", "Transaction failed"],
            "pending": ["Payment processing", "Payment pending - we will update you"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = {"Amazon Pay": ["Paying"]}.get(
        app, ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    )
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: suryakiran{rng.choice(['', '.solar', 'energy'])}@{rng.choice(['aubank', 'ybl', 'barodampay', 'okicici'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(HOME_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay", "MobiKwik") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
                "MobiKwik": f"MK{digits(rng, 14)}",
            }[app]
            wrap_pair(p, "Order ID" if app == "Amazon Pay" else "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the installer's own money receipts


RECEIPT_PARTIES = [
    "Mr. Rajendra Singh Shekhawat",
    "Mrs. Kavita Agarwal",
    "Shri Ram Residency CHS Ltd",
    "Dr. Anil Sharma",
    "Smt. Sunita Khandelwal",
    "Mr. Vikram Singh Rathore",
    "Haveli Heritage Hotels Pvt Ltd",
    "Mr. Mahesh Chand Saini",
]
SYSTEMS = ["3.3 kWp on-grid", "5 kWp on-grid", "3 kWp on-grid (DCR)", "10 kWp on-grid", "7.5 kWp hybrid"]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The installer's own MONEY RECEIPT / PAYMENT RECEIPT / ADVANCE RECEIPT to a homeowner or society (paper, the
    installer on top with its On-grid | Hybrid | Net metering line and its RRECL empanelment line; MR No. / Receipt
    No. / Rcpt. No., Date / Dated / Receipt date, Received from / Received with thanks from / Customer name, K No.
    (JVVNL), PM Surya Ghar application ID, System, Project cost (incl. GST), Amount received / Cash received /
    Received by UPI / Cheque amount (part of the project cost on some), Balance payable on commissioning, Cheque No.
    and bank, UPI Ref No., UTR; RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION /
    CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS, the rubber stamp) and its accounts desk's receipt e-mails."""
    k = place("money_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=5000, high=420000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = ours(rng)
    if k in (1, 4):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@suryakiranenergy.in>",
            ["Payment received - thank you", "Receipt for your rooftop solar payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}  |  Accounts")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "On-grid | Hybrid | Net metering | O&M",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "PAYMENT RECEIPT", "ADVANCE RECEIPT"],
        )
        p.add("small", f"RRECL empanelled vendor: RREC/RTS/{rng.randrange(100, 999)}/2025")
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'SKR', 'RCPT'])}/{rng.randrange(10, 999):03d}/25-26"
        p.pair(rng.choice(["MR No.", "Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p, rng.choice(["Received from", "Received with thanks from", "Customer name"]), RECEIPT_PARTIES[k]
    )
    p.pair("K No. (JVVNL)", k_no(rng))
    if rng.random() < 0.6:
        p.pair("PM Surya Ghar application ID", surya_ghar(rng))
    p.pair("System", rng.choice(SYSTEMS))
    way = "cheque" if status != "success" else ["UPI", "cash", "-", "NEFT", "UPI", "-", "cash", "NEFT"][k]
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 5000, 95000, 0.6)
    part = k in (0, 4, 7) and status == "success"
    cost = round(j.amount * rng.choice([2.0, 2.5, 3.0]), 2) if part else j.amount
    p.pair(rng.choice(["Project cost (incl. GST)", "Order value (incl. GST)"]), rs(cost))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque amount",
        "NEFT": "Amount received",
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair("Balance payable on commissioning", rs(cost - j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[:5]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (1, 4):
        right(p, "Authorised signatory")
        p.add("gap")
        seal(
            p,
            "SURYAKIRAN ROOFTOP",
            unit[0].split()[0].upper(),
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 4. DISCOMs', the Electrical Inspector's and RRECL's fees


AGENCIES = [
    (
        "Jaipur Vidyut Vitran Nigam Ltd",
        "Rooftop Solar - Net Metering application fee",
        "jvvnl.energy.rajasthan.gov.in",
    ),
    (
        "Office of the Chief Electrical Inspector, Rajasthan",
        "e-GRAS - Government Receipt Accounting System",
        "egras.raj.nic.in",
    ),
    (
        "Rajasthan Renewable Energy Corporation Ltd",
        "Vendor registration - rooftop solar (PM Surya Ghar)",
        "rrecl.rajasthan.gov.in",
    ),
    (
        "Jodhpur Vidyut Vitran Nigam Ltd",
        "Net meter testing fee - online payment",
        "jdvvnl.energy.rajasthan.gov.in",
    ),
]
AGENCY_HEADS = {
    0: [("Net metering application fee", 1000.0), ("Solar meter testing fee", 1500.0)],
    1: [
        ("Inspection fee - solar plant 10 to 50 kW", 5000.0),
        ("Inspection fee - solar plant above 50 kW", 15000.0),
    ],
    2: [("Vendor registration fee", 25000.0), ("Annual renewal fee", 10000.0)],
    3: [("Bi-directional meter testing fee", 1000.0), ("Net metering agreement stamp fee", 500.0)],
}
AGENCY_ORDER = [0, 1, 2, 3, 0, 1, 0, 2]


def discom_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the installer pays for its customers' plants and its own empanelment: JVVNL's and JdVVNL's net
    metering and meter testing fee receipts, the Chief Electrical Inspector's inspection fee through e-GRAS and
    RRECL's vendor registration fee (the agency on top with the platform line under it, Applicant / Vendor / Paid on
    behalf of the installer, Consumer name, K No., Application ID, the fee heads x plants, GST @ 18% where charged,
    Total amount paid / Amount paid / Challan amount, Payment mode Net banking / UPI / Debit card, Bank CIN / Bank
    Ref. No., Transaction ID, GRN / Receipt No., Payment date / Date of payment / Challan paid date; Fee paid
    successfully / Transaction status: SUCCESS / Payment under verification - GRN not yet reconciled / Transaction
    status: PENDING / Transaction unsuccessful - GRN cancelled)."""
    k = place("discom_fees")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=100, high=1000)
    which = AGENCY_ORDER[k]
    agency, line, host = AGENCIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['payment', 'fee', 'receipt'])}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Fee paid successfully", "Transaction status: SUCCESS"],
            "pending": ["Payment under verification - GRN not yet reconciled"]
            if which == 1
            else ["Transaction status: PENDING"],
            "failed": ["Transaction unsuccessful - GRN cancelled"]
            if which == 1
            else ["Transaction unsuccessful"],
        },
    )
    wrap_pair(
        p, rng.choice(["Applicant", "Vendor", "Paid on behalf of"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if which in (0, 3):
        wrap_pair(p, "Consumer name", rng.choice(HOMEOWNERS))
        p.pair("K No.", k_no(rng))
    if which != 1:
        p.pair("Application ID", f"{rng.choice(['RTS', 'NM', 'VR'])}{digits(rng, 9)}")
    else:
        p.pair("Office", "Electrical Inspector, Jaipur Circle")
        p.pair("Budget head", f"0043-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 2)}")
    heads = rng.sample(AGENCY_HEADS[which], rng.randrange(1, len(AGENCY_HEADS[which]) + 1))
    total = 0.0
    for head, fee in heads:
        n = rng.randrange(1, 7) if fee < 5000 else 1
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    if which in (0, 2):
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total += gst
    j.amount = round(total, 2)
    p.pair(
        rng.choice(["Total amount paid", "Amount paid"] if which != 1 else ["Challan amount", "Amount paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = rng.choice(["Net banking", "UPI", "Debit card"] if which != 1 else ["Net banking"])
    bank = rng.choice(BANKS[:5])
    text = f"Net banking - {bank}" if way == "Net banking" and rng.random() < 0.5 else way
    p.pair(
        rng.choice(["Payment mode", "Mode"]),
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which == 1:
            if status != "failed":
                cin = f"{IFSC[bank]}{j.date:%d%m%y}{digits(rng, 8)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
            grn = f"{digits(rng, 8)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        else:
            if status != "failed":
                bref = f"{rng.choice(['AUB', 'BOB', 'SBI', 'IGA'])}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            tid = f"{rng.choice(['JV', 'JD', 'RR'])}{j.date:%y}{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"{rng.choice(['RCT', 'NMR'])}/{digits(rng, 6)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        ["Payment date", "Date of payment"] if which != 1 else ["Challan paid date", "Payment date"],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Fees once paid are not refundable. Quote the Application ID in all correspondence.")
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for inverters and storage


MAKERS_ABROAD = [
    ("SMA Solar Technology AG", "Niestetal, Germany", "EUR", "Commerzbank AG", "COBADEFF", "DE"),
    ("Enphase Energy Inc", "Fremont, CA, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", ""),
    ("Fronius International GmbH", "Wels, Austria", "EUR", "Oberbank AG", "OBKLAT2L", "AT"),
    ("myenergi Ltd", "Stallingborough, United Kingdom", "GBP", "Barclays Bank UK PLC", "BUKBGB22", "GB"),
    ("Ningbo Deye Inverter Technology Co Ltd", "Ningbo, China", "USD", "Bank of China", "BKCHCNBJ92A", ""),
    ("Victron Energy BV", "Almere, Netherlands", "EUR", "ING Bank NV", "INGBNL2A", "NL"),
    ("Tigo Energy Inc", "Los Gatos, CA, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33", ""),
    (
        "Staubli Electrical Connectors AG",
        "Allschwil, Switzerland",
        "EUR",
        "UBS Switzerland AG",
        "UBSWCHZH80A",
        "CH",
    ),
]
GOODS = [
    "Sunny Tripower X 25 kW inverters",
    "IQ8 microinverters and IQ Gateway",
    "Tauro 50 kW inverters",
    "Zappi EV chargers and Eddi diverters",
    "SUN-10K hybrid inverters",
    "MultiPlus-II inverter chargers",
    "TS4-A-O optimisers",
    "MC4-Evo 2 connectors",
]


def inverter_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The installer paying makers abroad for inverters, microinverters, optimisers, EV chargers and connectors: the
    bank's outward remittance advice (browser, e-mail, printed: the bank on top, Foreign outward remittance - advice /
    Import remittance - debit advice, Beneficiary's name / Overseas beneficiary / Name of the beneficiary the maker,
    Beneficiary bank and SWIFT, IBAN, Remitter / Applicant the installer, IEC, Remittance amount (FCY) / Amount
    remitted / FCY amount in EUR, USD or GBP, Exchange rate, INR equivalent, Commission, Correspondent charges, GST on
    currency conversion, Total debited to A/c, Purpose code, Goods, Invoice No. (beneficiary's), Form A2 ack No., Deal
    ID, Charges OUR / SHA / BEN, TT ref No. / Remittance ref No., UETR, Remittance date / Value date / Request date /
    Rejected on; Remittance processed - funds sent via SWIFT / Status: Remitted / Under process - deal rate to be
    booked / Rejected - purpose code does not match invoice)."""
    k = place("inverter_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    sup, city, cur, sbank, bic, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(900, 120000), 2) if rng.random() < 0.6 else float(rng.randrange(9, 1200) * 100)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["AU Small Finance Bank", "Bank of Baroda", "HDFC Bank", "ICICI Bank"])
    slug = {"AU": "aubank", "Bank": "bankofbaroda", "HDFC": "hdfcbank", "ICICI": "icicibank"}[bank.split()[0]]
    frame = ["mail", "paper", "browser"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug}.co.in/remittance/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.ops@{slug}.in>",
            ["Foreign outward remittance - advice", "Your import remittance request"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Centre, M I Road, Jaipur", "Trade Finance Hub, C-Scheme, Jaipur"]))
    p.add("center", rng.choice(["Foreign outward remittance - advice", "Import remittance - debit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance processed - funds sent via SWIFT", "Status: Remitted"],
            "pending": ["Under process - deal rate to be booked"],
            "failed": ["Rejected - purpose code does not match invoice"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p,
        rng.choice(["Beneficiary's name", "Overseas beneficiary", "Name of the beneficiary"]),
        payee,
        merchant=payee,
    )
    p.pair("Address", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} (SWIFT {bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    else:
        p.pair("Account No.", digits(rng, 12))
    wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["Remittance amount (FCY)", "Amount remitted", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    comm = float(rng.choice([500, 1000, 1250]))
    corr = float(rng.choice([0, 1500, 2200]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission", f"{comm:,.2f}")
    if corr:
        p.pair("Correspondent charges", f"{corr:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debited to A/c", f"{inr + comm + corr + gst:,.2f}")
    p.pair(
        "Purpose code", rng.choice(["S0102 - advance payment against imports", "S0101 - import settlement"])
    )
    wrap_pair(p, "Goods", GOODS[k])
    p.pair("Invoice No. (beneficiary's)", f"{code(rng, 2, UPPER)}-{rng.randrange(10000, 999999)}")
    p.pair("Form A2 ack No.", f"A2{digits(rng, 10)}")
    if rng.random() < 0.5:
        p.pair("Deal ID", f"FXD{digits(rng, 9)}")
    p.pair("Charges", rng.choice(["OUR", "SHA", "BEN"]))
    p.pair("Mode", rng.choice(["SWIFT MT103", "Telegraphic transfer (SWIFT)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['TT', 'ORM', 'FOR'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["TT ref No.", "Remittance ref No."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            hx = "0123456789abcdef"
            uetr = f"{code(rng, 8, hx)}-{code(rng, 4, hx)}-4{code(rng, 3, hx)}-{code(rng, 4, '89ab')}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, hx)}")
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Rejected on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry within 180 days to close this remittance in EDPMS/IDPMS.")
    return p.done()


# ---------------------------------------------------------------- 6. module, inverter, structure and cable makers' invoices


DEALERS = [
    (
        "Thar Photovoltaic Modules Pvt Ltd",
        "TOPCon and Mono PERC modules | DCR",
        "SP-41, RIICO Industrial Area, Neemrana - 301705, Rajasthan",
        "08",
        5,
    ),
    (
        "Pinkcity Inverters & Batteries",
        "On-grid and hybrid inverters | Authorised distributor",
        "Sansar Chandra Road, Jaipur - 302001, Rajasthan",
        "08",
        5,
    ),
    (
        "Aravali Solar Structures",
        "Hot-dip galvanised mounting structures",
        "Vishwakarma Industrial Area, Jaipur - 302013, Rajasthan",
        "08",
        18,
    ),
    (
        "Gujarat Solar Cables Pvt Ltd",
        "DC and AC cables | MC4 connectors | Earthing",
        "GIDC Vatva, Ahmedabad - 382445, Gujarat",
        "24",
        18,
    ),
]
PARTS = {
    "Thar": [
        ("TOPCon module 580 Wp (DCR)", "8541", 14500.0, 17800.0),
        ("Mono PERC module 545 Wp", "8541", 9800.0, 12400.0),
    ],
    "Pinkcity": [
        ("On-grid inverter 5 kW", "8504", 32000.0, 46000.0),
        ("Hybrid inverter 6 kW", "8504", 58000.0, 79000.0),
    ],
    "Aravali": [
        ("GI structure set - 1 kWp", "7308", 5200.0, 7400.0),
        ("Elevated structure set - 1 kWp", "7308", 8200.0, 10900.0),
    ],
    "Gujarat": [
        ("DC cable 4 sq mm (100 m)", "8544", 5400.0, 7200.0),
        ("AC cable 4 core 10 sq mm (100 m)", "8544", 18500.0, 24800.0),
    ],
}
DEALER_WAYS = ["RTGS", "NEFT", "UPI", "-", "IMPS", "NEFT", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Module, inverter, structure and cable makers' TAX INVOICE / TAX INVOICE - PAID / INVOICE CUM RECEIPT (paper:
    the maker on top, its line, address and GSTIN; Tax Invoice No. / Invoice No. / Bill No., Invoice date / Date,
    Buyer / Consignee / Bill to M/s the installer, E-way bill No., Module serial Nos., the parts with HSN and Qty x
    rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance adjusted and
    Balance settled on some, then Amount received / Payment received with its UTR, IMPS Ref No. or UPI Ref No., or
    Cheque amount with Cheque No.; PAID / PAID IN FULL / PAYMENT RECEIVED / CHEQUE IN CLEARING - CREDIT AWAITED /
    CHEQUE RETURNED - EXCEEDS ARRANGEMENT, in the maker's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=3000, high=180000)
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    dealer, line, addr, state, gst = DEALERS[k % len(DEALERS)]
    name = dealer.upper() if rng.random() < 0.3 else dealer
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE - PAID", "INVOICE CUM RECEIPT"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in dealer.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/25-26"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_IN)
    ours_to(p, ["Buyer", "Consignee", "Bill to"])
    if rng.random() < 0.6:
        p.pair("E-way bill No.", digits(rng, 12))
    taxable, modules = 0.0, False
    for part, hsn, lo, hi in rng.sample(PARTS[dealer.split()[0]], rng.randrange(1, 3)):
        modules = modules or "module" in part
        qty = rng.randrange(2, 24) if "module" in part or "set" in part else rng.randrange(1, 6)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{part}  HSN {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    if modules and rng.random() < 0.6:
        p.pair("Module serial Nos.", f"TPV{digits(rng, 8)} to TPV{digits(rng, 8)}")
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst, state != UNITS[j.unit][2])
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = DEALER_WAYS[k] if status == "success" else "cheque"
    if way in ("UPI", "-") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    if way == "-":
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance adjusted", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Balance settled" if adv else rng.choice(["Amount received", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAID IN FULL", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE IN CLEARING - CREDIT AWAITED",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(dealer.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. installers' labour vouchers and payouts


INSTALLERS = [
    "Ramesh Kumar Meena",
    "Shahid Khan",
    "Gopal Lal Saini",
    "Bhanwar Singh",
    "Mukesh Prajapat",
    "Suresh Kumar Gurjar",
    "Imran Qureshi",
    "Dinesh Jangid",
]
LABOUR_FRAMES = ["paper", "aubank", "paper", "bulk", "paper", "bob", "paper", "aubank"]
NETBANKS = {
    "aubank": ("AU Small Finance Bank", "corporate.aubank.in", "AU Corporate Banking"),
    "bob": ("Bank of Baroda", "bobibanking.com/corporate", "Baroda Connect - Corporate"),
    "bulk": ("AU Small Finance Bank", "corporate.aubank.in", "AU Corporate Banking"),
}


def labour_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The installer paying its installation teams and electricians: its printed INSTALLER PAYMENT VOUCHER / SITE WORK
    PAYMENT VOUCHER (the installer on top, Voucher No. / PV No., Date / Voucher date, Name of installer / Paid to /
    Payee the worker, Site, Work, kWp installed x rate per kWp, Gross amount, Less: TDS u/s 194C @ 1%, Less: Site
    advance, Net amount paid / Amount paid, Mode Cash / UPI / IMPS, Prepared by, Passed by; PAID / PAID IN CASH),
    corporate net banking's payment pages (AU Corporate Banking, Baroda Connect: Payee nickname, Beneficiary name,
    Debit account, Amount, NEFT / IMPS, UTR / IMPS RRN, Reference No., Transaction date / Value date; Transaction
    successful / Status: Executed / Pending for authorisation - checker) and a bulk upload's record (Rejected -
    beneficiary account frozen)."""
    k = place("labour_vouchers")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2500, high=90000, p_round=0.8)
    who = INSTALLERS[k]
    site = rng.choice(SITES)
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", "INR"))
    frame = LABOUR_FRAMES[k]
    if frame != "paper":
        bank, host, brand = NETBANKS[frame]
        p = browser_page(
            rng, font, f"{host}/{'bulk/records' if frame == 'bulk' else 'payments/ack'}/{digits(rng, 8)}"
        )
        p.part = "head"
        top(p, brand)
        if not brand.startswith("AU"):
            p.add("small", bank)
        p.add("center", "Bulk payment - record status" if frame == "bulk" else "Payment acknowledgement")
        if frame == "bulk":
            p.add("small", f"File: LABOUR_{code(rng, 6, ALNUM)}.csv  |  Record {rng.randrange(2, 60)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful", "Status: Executed"],
                "pending": ["Pending for authorisation - checker"],
                "failed": ["Rejected - beneficiary account frozen"],
            },
        )
        p.pair("Payee nickname", f"INST-{who.split()[0].upper()}")
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Transfer type", way, method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
            tno = f"{rng.choice(['CB', 'AU', 'BC'])}{digits(rng, 12)}"
            p.pair("Reference No.", tno, txn=(BANK_RANK, tno))
        wrap_pair(p, "Remarks", f"Installation labour {site.split(' - ')[0]}")
        date_row(p, j, ["Transaction date", "Value date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Bank never asks for your password or OTP.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if rng.random() < 0.6 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["INSTALLER PAYMENT VOUCHER", "SITE WORK PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['IPV', 'SWV', 'PV'])}-{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "PV No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of installer", "Paid to", "Payee"]), who, merchant=who)
    wrap_pair(p, "Site", site)
    p.pair(
        "Work", rng.choice(["Structure + module mounting", "DC and AC wiring, earthing", "Full installation"])
    )
    way = "Cash" if k == 6 else rng.choice(["UPI", "IMPS"])
    if way == "Cash" and j.amount > 19000:
        j.amount = rupees(rng, 2500, 19000, 0.9)
    adv = float(rng.choice([0, 1000, 2000, 5000])) if j.amount > 8000 else 0.0
    gross = round((j.amount + adv) / 0.99, 2) if way != "Cash" else round(j.amount + adv, 2)
    tds = round(gross - j.amount - adv, 2)
    n = rng.choice([3, 5, 10, 25, 40])
    p.pair(f"kWp installed: {n} x {rs(round(gross / n, 2))}", rs(gross))
    p.pair("Gross amount", rs(gross))
    if tds > 0:
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    if adv:
        p.pair("Less: Site advance", rs(adv))
    p.pair(rng.choice(["Net amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Prepared by", rng.choice(["Pooja Sharma (Accounts)", "Arvind Joshi (Stores)"]))
    p.pair("Passed by", rng.choice(["Er. Nitin Agarwal (Projects)", "Director"]))
    p.add("center", "PAID IN CASH" if way == "Cash" else "PAID", status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. site crews' card slips


SITE_COUNTERS = [
    ("RAJ HARDWARE & SANITARY", "MALVIYA NAGAR JAIPUR"),
    ("SHREE GANESH FILLING STN HPCL", "AJMER ROAD JAIPUR"),
    ("SHEKHAWATI CRANE SERVICE", "SIKAR"),
    ("KISAN SEVA KENDRA IOCL", "TONK ROAD JAIPUR"),
    ("LAKSHMI MISHTHAN BHANDAR", "JOHARI BAZAR JAIPUR"),
    ("MAHALAXMI ELECTRICALS", "BHIWADI"),
    ("HOTEL SHIVAM PALACE", "KISHANGARH"),
    ("AMBIKA CEMENT & STEEL", "CHOMU"),
]
SLIP_MAKERS = ["PAYTM EDC", "PINE LABS", "BOB POS", "AU BANK POS", "MSWIPE", "EZETAP", "SBI POS", "PAYSWIFF"]


def site_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Site crews' company cards at hardware and electrical shops, fuel outlets, a crane hirer, a sweet shop and a
    hotel: terminal slips (monospace: the maker on top on some, the counter's name and town in capitals, DATE: and
    TIME:, MID:, TID:, BATCH NO:, INVOICE NO:, STAN:, SALE, the card and its type, a fuel slip's PRODUCT:, RATE:
    and VOLUME:, AUTH CODE:, RRN:, TOTAL AMOUNT: / TXN AMT: / AMOUNT:; APPROVED / TRANSACTION APPROVED / DECLINED -
    55 INCORRECT PIN / HOST TIMEOUT - STATUS UNKNOWN)."""
    k = place("site_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=300, high=28000)
    name, town = SITE_COUNTERS[k]
    fuel = "HPCL" in name or "IOCL" in name
    if "MISHTHAN" in name:
        j.amount = rupees(rng, 180, 2600, 0.7)
    elif fuel:
        j.amount = rupees(rng, 1500, 9500, 0.4)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d %b %y", "%Y-%m-%d"]), upper=True)
        p.pair("DATE:", d, date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INVOICE NO:", inv, txn=(INVOICE_RANK, inv))
        p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", "SALE")
    p.pair(
        rng.choice(["VISA", "MASTERCARD", "RUPAY"]),
        f"XXXX XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", rng.choice(["DEBIT", "CORPORATE CREDIT", "CREDIT"]))
    if fuel:
        rate = round(rng.uniform(90.2, 104.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "MS", "XP95"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair("AUTH CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["TOTAL AMOUNT:", "TXN AMT:", "AMOUNT:"]),
        f"{rng.choice(['INR ', 'RS.', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "PLEASE CHECK WITH YOUR BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.7 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 9. office and store bills through Bharat Connect


BILLERS = [
    ("JVVNL", "Jaipur Vidyut Vitran Nigam Ltd", "K Number"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("ICICI Bank FASTag", "ICICI Bank - FASTag", "Vehicle No."),
    ("AVVNL", "Ajmer Vidyut Vitran Nigam Ltd", "K Number"),
]
BILL_APPS = ["AU 0101", "bob World", "JVVNL", "PhonePe", "Google Pay", "JVVNL", "Paytm", "CRED"]


def bbps_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's and store's electricity (JVVNL), the Kishangarh site's temporary connection (AVVNL), broadband
    (Airtel), the crews' postpaid phones (Jio) and the vans' FASTag through Bharat Connect in AU 0101, bob World and
    UPI apps (the app on top, Biller / Biller name / Service provider / Operator / Issuer bank as printed, K Number /
    Account No. / Mobile No. / Vehicle No., Consumer name, Bill date, Due date and Bill period on some, the sum
    large, Paid from Current A/c or UPI, Bharat Connect Ref ID / BBPS Txn Ref ID, Approval No., Transaction ID,
    Payment date / Paid on; Bill paid successfully / Payment in progress - biller confirmation awaited / Bill payment
    failed) and two of JVVNL's own receipt pages (the board on top, Amount paid, Payment mode, Bank Ref No., Receipt
    No., Date of payment)."""
    k = place("bbps_bills")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=499, high=48000)
    which = [0, 1, 0, 2, 3, 0, 4, 1][k]
    short, long, idlab = BILLERS[which]
    rs = money(rng, font, 0.5)
    ids = {
        "K Number": k_no(rng),
        "Account No.": digits(rng, 10),
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Vehicle No.": f"RJ 14 {code(rng, 2, UPPER)} {digits(rng, 4)}",
    }[idlab]
    if BILL_APPS[k] == "JVVNL":
        p = browser_page(rng, font, "billing.jvvnl.org/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction status: SUCCESS"],
                "pending": ["Payment in progress"],
                "failed": ["Payment failed"],
            },
        )
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            bref = f"{rng.choice(['AUB', 'BOB', 'IGA'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"JV{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be posted to your account within 48 hours.")
        return p.done()
    app = BILL_APPS[k]
    p = phone_page(
        rng, font, k, ["", "Bill payment", "Recharge details" if which == 3 else "Payment receipt"]
    )
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Bill paid successfully",
                "Recharge successful" if which == 3 else "Payment successful",
            ],
            "pending": ["Payment in progress - biller confirmation awaited"],
            "failed": ["Bill payment failed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = {3: "Issuer bank", 2: "Operator", 1: "Service provider"}.get(which, "Biller name")
    wrap_pair(p, rng.choice([lab, "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if which != 3 and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
        if which in (0, 4):
            p.pair("Bill period", j.month())
    way = "UPI" if app in ("PhonePe", "Google Pay", "CRED", "Paytm") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['AU', 'BB', 'CC'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref ID", "BBPS Txn Ref ID"]), bc, txn=(BANK_RANK, bc))
        if status == "success" and rng.random() < 0.6:
            ap = digits(rng, 8)
            p.pair("Approval No.", ap, txn=(APPR_RANK, ap))
        if status != "success":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Payment date", "Paid on"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 10. banks' solar loan disbursements to the installer


LENDERS = [
    ("State Bank of India", "RACPC Jaipur (South)", "SBI Surya Ghar loan"),
    ("Bank of Baroda", "Retail Loan Factory, Jaipur", "Baroda Suryoday loan"),
    ("Punjab National Bank", "Retail Assets Hub, Jaipur", "PNB Suryodaya loan"),
    ("Union Bank of India", "Service Branch, Jaipur", "Union Rooftop Solar loan"),
    ("Canara Bank", "RAH Jaipur", "Canara Rooftop Solar loan"),
    ("AU Small Finance Bank", "Retail Assets, Jaipur", "AU Green Energy loan"),
]
LOAN_FRAMES = ["mail", "paper", "browser", "mail", "paper", "mail", "browser", "paper"]


def loan_disbursals(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Banks paying the installer a homeowner's rooftop solar loan under PM Surya Ghar: the bank's disbursement advice
    to the vendor (e-mail, printed, the bank's portal: the bank on top, its processing centre, Rooftop solar loan -
    disbursement advice to vendor, Vendor / Disbursed in favour of / Vendor name (as per portal) the installer,
    Borrower, Loan A/c No., Sanction ref., PM Surya Ghar application ID, System capacity, Project cost, Less: Margin
    paid by borrower, Amount disbursed / Disbursement amount / Loan amount disbursed, Mode NEFT / RTGS, UTR,
    Disbursement ref No., Disbursement date / Date of disbursement / Value date / Initiated on / Returned on;
    Disbursed / Disbursement status: Credited to vendor / Under process - awaiting vendor bank validation /
    Disbursement returned - vendor account inactive)."""
    k = place("loan_disbursals")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=90000, high=600000)
    bank, office, scheme = LENDERS[(k + rng.randrange(2)) % len(LENDERS)]
    frame = LOAN_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    slug = {
        "State Bank of India": "sbi",
        "Bank of Baroda": "bankofbaroda",
        "Punjab National Bank": "pnb",
        "Union Bank of India": "unionbankofindia",
        "Canara Bank": "canarabank",
        "AU Small Finance Bank": "aubank",
    }[bank]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <retail.loans@{slug}.bank.in>",
            ["Disbursement advice - rooftop solar loan", f"Loan disbursed to {SHORT}"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"loans.{slug}.bank.in/vendor/disbursements/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", office)
    p.add("center", rng.choice(["Rooftop solar loan - disbursement advice to vendor", "DISBURSEMENT ADVICE"]))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(
        p,
        rng.choice(["Vendor", "Disbursed in favour of", "Vendor name (as per portal)"]),
        payee,
        merchant=payee,
    )
    wrap_pair(p, "Borrower", rng.choice(HOMEOWNERS))
    p.pair("Scheme", scheme)
    p.pair("Loan A/c No.", f"{digits(rng, 4)}XXXX{digits(rng, 4)}")
    p.pair("Sanction ref.", f"SAN/{rng.randrange(1000, 9999)}/{j.date:%Y}")
    p.pair("PM Surya Ghar application ID", surya_ghar(rng))
    kw = rng.choice([3, 3.3, 5, 6, 8, 10])
    p.pair("System capacity", f"{kw:g} kWp")
    margin = float(round(j.amount * rng.choice([0.1, 0.11, 0.2]) / 0.9, -2))
    p.pair("Project cost", rs(j.amount + margin))
    p.pair("Less: Margin paid by borrower", rs(margin))
    p.pair(
        rng.choice(["Amount disbursed", "Disbursement amount", "Loan amount disbursed"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.5 else "NEFT"
    p.pair("Mode", way, method="netbanking")
    vbank = rng.choice(["AU Small Finance Bank", "Bank of Baroda"])
    wrap_pair(p, "Vendor account", f"{vbank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        dref = f"DSB{j.date:%y}{digits(rng, 9)}"
        p.pair("Disbursement ref No.", dref, txn=(BANK_RANK, dref))
    outcome_row(
        p,
        status,
        {
            "success": ["Disbursed", "Disbursement status: Credited to vendor"],
            "pending": ["Under process - awaiting vendor bank validation"],
            "failed": ["Disbursement returned - vendor account inactive"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Disbursement date", "Date of disbursement", "Value date"],
            "pending": ["Initiated on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Please upload the commissioning certificate and net meter photo on the portal.")
    return p.done()


# ---------------------------------------------------------------- 11. transporters' freight bills and crane hire


CARRIERS = [
    (
        "Marudhar Roadways",
        "Fleet owners & transport contractors",
        "Transport Nagar, Jaipur - 302003, Rajasthan",
        "08",
    ),
    (
        "Mewar Freight Carriers Pvt Ltd",
        "Full truck load | Part load",
        "Sukher, Udaipur - 313004, Rajasthan",
        "08",
    ),
    (
        "Shekhawati Crane Service",
        "Hydra and Farana cranes on hire",
        "Piprali Road, Sikar - 332001, Rajasthan",
        "08",
    ),
    (
        "Kutch Coastal Logistics",
        "Port cartage | Container movement",
        "Mundra Road, Gandhidham - 370201, Gujarat",
        "24",
    ),
]
ROUTES = [
    "Neemrana - Jaipur (Sitapura)",
    "Mundra port - Jaipur",
    "Jaipur - Kishangarh site",
    "Ahmedabad - Jaipur",
    "Sitapura store - Mansarovar site",
]
CARRIER_WAYS = ["NEFT", "UPI", "cash", "-", "NEFT", "UPI", "-", "IMPS"]


def transport_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Transporters and a crane hirer billing the installer for modules, inverters and structures moved to the store
    and sites (paper: the carrier on top, FREIGHT BILL / BILL CUM RECEIPT / CRANE HIRE BILL, Freight bill No. / Bill
    No., Date / Bill date, Billed to / Consignee / Party M/s the installer, GR No. / LR No. and Vehicle No., From -
    To, Freight, Loading and unloading, Detention, GST payable by recipient under RCM, Total, Less: TDS u/s 194C @
    2% on some, Amount received / Net received / Received (cash) with its UTR, IMPS Ref No. or UPI Ref No., or
    Cheque amount; PAID / RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE / CHEQUE RETURNED - FUNDS
    INSUFFICIENT, the carrier's rubber stamp)."""
    k = place("transport_bills")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=2500, high=95000)
    firm, line, addr, state = CARRIERS[k % len(CARRIERS)]
    crane = "Crane" in firm
    name = firm.upper() if rng.random() < 0.35 else firm
    rs = money(rng, font, 0.5, marks=("Rs.", "Rs", "\u20b9", "INR"))
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["CRANE HIRE BILL", "BILL CUM RECEIPT"] if crane else ["FREIGHT BILL", "BILL CUM RECEIPT"],
    )
    if not j.no_ref:
        bno = f"{rng.choice(['FB', 'B', 'CH'])}/{rng.randrange(10, 2999)}/25-26"
        p.pair(rng.choice(["Freight bill No.", "Bill No."]), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Date", "Bill date"], PATS_IN)
    ours_to(p, ["Billed to", "Consignee", "Party"])
    if not crane:
        p.pair(rng.choice(["GR No.", "LR No."]), f"{rng.randrange(1000, 99999)}")
    p.pair("Vehicle No.", f"{rng.choice(['RJ 14', 'RJ 27', 'GJ 12'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    way = CARRIER_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = rng.choice(["NEFT", "UPI"])
    if way in ("cash", "UPI") and j.amount > 60000:
        j.amount = rupees(rng, 2500, 60000, 0.7)
    if crane:
        hrs = rng.randrange(4, 18)
        p.pair("Site", rng.choice(SITES))
        p.pair("Crane", rng.choice(["Hydra 14 T", "Farana 12 T", "Hydra 20 T"]))
        base = [("Hire charges", 0.82), ("Mobilisation", 0.12), ("Operator batta", 0.06)]
    else:
        hrs = 0
        p.pair("From - To", rng.choice(ROUTES))
        p.pair(
            "Goods", rng.choice(["Solar modules (pallets)", "Inverters (cartons)", "GI structure bundles"])
        )
        base = [("Freight", 0.86), ("Loading and unloading", 0.08), ("Detention", 0.06)]
    tds = way not in ("cash", "UPI") and rng.random() < 0.6
    total = round(j.amount / 0.98, 2) if tds else j.amount
    run = 0.0
    for i, (head, share) in enumerate(base):
        v = round(total - run, 2) if i == len(base) - 1 else round(total * share, 2)
        run += v
        label = f"{head} ({hrs} hrs)" if head == "Hire charges" else head
        p.pair(label, rs(v))
    p.pair("Total", rs(total))
    p.add(
        "small",
        "GST payable by the recipient under reverse charge (RCM)." if not crane else "GST: exempt / nil.",
    )
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(round(total - j.amount, 2)))
    if way == "cheque":
        p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    else:
        lab = {"cash": "Received (cash)"}.get(way, rng.choice(["Amount received", "Net received"]))
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair(
            "Mode",
            way.upper() if way != "cash" else "Cash",
            method={"cash": "cash", "UPI": "UPI"}.get(way, "netbanking"),
        )
        if not j.no_ref and way != "cash":
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "THAR PHOTOVOLTAIC MOD",
    "PINKCITY INVERTERS &",
    "MARUDHAR ROADWAYS",
    "JAIPUR VIDYUT VITRAN",
    "RAMESH KUMAR MEENA",
    "GUJARAT SOLAR CABLES",
    "ARAVALI SOLAR STRUCTU",
    "RAJASTHAN RENEWABLE E",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender AX-AUBANK / VM-BOBTXN /
    JD-SBIUPI, the day divider, AU's "Your AU Bank A/c XX1234 is debited with INR x on <day> for NEFT / RTGS / IMPS
    to <payee as the bank names it>. UTR ..." with the Avl Bal, Bank of Baroda's "Rs.x transferred from A/c
    ...1234 to:<payee>" with Total Bal, SBI's "A/C X1234 debited by x on date <day> trf to <payee> Refno ...", a UPI
    payment that "has failed" and one "under process") and two e-mail transaction alerts (Transaction amount,
    Beneficiary / Transferred to, Account, Channel, UTR / IMPS Ref No., Transaction date, Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=700, high=650000)
    to = ALERT_PAYEES[k]
    if k in (3, 4, 7):
        j.amount = rupees(rng, 1200, 60000)
    if k in (1, 5):
        bank = rng.choice(["AU Small Finance Bank", "Bank of Baroda"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{'aubank' if bank.startswith('AU') else 'bankofbaroda'}.in>",
            ["Transaction alert - funds transfer", "Debit alert on your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transaction was made from your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Transaction amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Transferred to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add("small", "Did not do this? Call 1800 1200 1200 or block your net banking at once.")
        return p.done()
    sender, bank = [
        ("AX-AUBANK", "AU Small Finance Bank"),
        ("VM-BOBTXN", "Bank of Baroda"),
        ("JD-SBIUPI", "State Bank of India"),
    ][(k + rng.randrange(3)) % 3]
    if status != "success" or k == 4:
        sender, bank = "JD-SBIUPI", "State Bank of India"
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if bank == "State Bank of India":
        way = "UPI"
        j.amount = rupees(rng, 700, 95000)
    elif bank == "Bank of Baroda":
        way = "IMPS" if j.amount <= 500000 else "RTGS"
    else:
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    method = "UPI" if way == "UPI" else "netbanking"
    acc4 = digits(rng, 4)
    bal = f"{rupees(rng, 40000, 4800000):,.2f}"
    ref = None if j.no_ref else bank_ref(rng, j, bank, way)
    if bank == "State Bank of India":
        day = "" if j.no_day else f" on date {j.day(rng, ['%d%b%y', '%d-%m-%y'])}"
        amt = f"{j.amount:.2f}".rstrip("0").rstrip(".") if rng.random() < 0.5 else f"{j.amount:.2f}"
        if status == "success":
            p.add("left", f"Dear UPI user A/C X{acc4} debited by {amt}{day}", amount=j.amount, method=method)
            p.add("left", f"trf to {to}", merchant=to)
            if ref:
                p.add("left", f"Refno {ref}.", txn=(UTR_RANK, ref))
            p.add("left", "If not u? call 1800111109. -SBI", status="success")
        else:
            p.add("left", f"Your UPI txn of Rs.{amt} from A/C X{acc4}{day}", amount=j.amount, method=method)
            p.add("left", f"to {to}", merchant=to)
            word = {
                "failed": "has failed. Amount, if debited, will be reversed.",
                "pending": "is under process. Please do not retry.",
            }[status]
            p.add("left", word, status=status)
            if ref:
                p.add("left", f"Ref No {ref}. -SBI", txn=(UTR_RANK, ref))
    elif bank == "Bank of Baroda":
        day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%Y', '%d/%m/%y'])}"
        p.add("left", f"Rs.{j.amount:,.2f} transferred from A/c ...{acc4}", amount=j.amount)
        p.add("left", f"to:{to}{day}.", merchant=to, method=method)
        if ref:
            p.add("left", f"IMPS Ref:{ref}." if way == "IMPS" else f"UTR:{ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Total Bal:Rs.{bal}CR. -Bank of Baroda", status="success")
    else:
        day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%Y', '%d %b %Y'])}"
        p.add("left", f"Your AU Bank A/c XX{acc4} is debited with")
        p.add("left", f"INR {j.amount:,.2f}{day} for {way}", amount=j.amount, method=method)
        p.add("left", f"to {to}.", merchant=to)
        if ref:
            p.add("left", f"{'IMPS Ref' if way == 'IMPS' else 'UTR'}: {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Avl Bal INR {bal}. -AU Bank", status="success")
    p.add("small", rng.choice(["Now", "Delivered", "Tap to copy"]))
    return p.done()


compose = compose158

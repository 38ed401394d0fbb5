"""The twelve heldout179 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a veterinary pharmaceutical distributor's day in 2026 (Surabhi VetPharma Distributors
Pvt Ltd, its depot at Anand and its branch at Erode), told by the proofs of payment it receives and makes: dairy
cooperatives' NEFT / RTGS payment advices for mastitis kits, mineral mixtures and vaccines, veterinarians' and
village agro-vets' UPI, the company's own money receipts, manufacturers' purchase invoices with the payment block,
net-banking acknowledgements of the payments to manufacturers, outward wires for imported vaccines and semen straws,
cold-chain couriers' bills, the drug controllers' licence fee pages, field staff's card slips and their IMPS
reimbursements, the cold room's electricity through Bharat Connect and the bank's SMS alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, invoice lists, batch numbers, expiry days, TDS and GST lines, drug licence numbers, GSTIN, IFSC, BIC, IBAN,
consumer numbers, AWB and data-logger numbers, society codes, employee codes, MID, TID, batch and the payer's own
details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
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
from bench.receipt_sets.heldout123_families import fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import BANKS, IFSC, Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Surabhi VetPharma Distributors Pvt Ltd"
COMPANY_CAPS = "SURABHI VETPHARMA DISTRIBUTORS PRIVATE LIMITED"
SHORT = "Surabhi VetPharma"
# depot, address, GST state code
UNITS = [
    ("Anand", "Plot 14, GIDC Vitthal Udyognagar, Anand - 388121, Gujarat", "24"),
    ("Erode", "41, Perundurai Road, Erode - 638011, Tamil Nadu", "33"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]


def payee_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to / Buyer / Consignor: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}"]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    if way == "RTGS":
        return f"{IFSC[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(rng, j, bank)


# ---------------------------------------------------------------- 1. dairy cooperatives' payment advices


DAIRIES = [
    ("Kheda District Co-operative Milk Producers' Union Ltd", "accounts@khedadairy.coop"),
    ("Sabarkantha Dugdh Utpadak Sangh", "payables@sabardairy.coop"),
    ("Erode District Co-operative Milk Producers' Union", "ap@erodeaavin.coop"),
    ("Banas Milk Producers Co. Ltd", "vendorpay@banasmilk.in"),
    ("Salem Dairy Farmers Producer Co Ltd", "finance@salemdairyfpc.in"),
    ("Vasudhara Milk Union", "accounts@vasudharamilk.coop"),
]
DAIRY_ITEMS = [
    "Mastitis test kits",
    "Mineral mixture 1 kg",
    "FMD vaccine (50 dose vials)",
    "Calcium gel",
    "Teat dip 5 L",
    "Deworming bolus",
    "Liver tonic 1 L",
    "AI sheaths and gloves",
]
DAIRY_FRAMES = ["mail", "paper", "portal", "mail", "paper", "mail", "portal", "paper"]


def dairy_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A dairy cooperative paying the company for the veterinary stores it supplies to its societies: the union's
    payment advice e-mail, printed PAYMENT ADVICE / REMITTANCE ADVICE and its supplier portal page (the union on top,
    Supplier / Payee / Beneficiary / Party the company, Supplier code, Purchase orders and bills with their sums, Less:
    TDS u/s 194Q @ 0.1%, Less: Rate difference, Net amount paid / Amount remitted / Net payable paid, Mode NEFT /
    RTGS, UTR / UTR No. / RTGS UTR, Voucher No. / Payment voucher, Payment date / Value date / Scheduled on / Returned
    on, Status Paid / Remitted / Held - pending QC clearance / Returned by bank - IFSC invalid)."""
    k = place("dairy_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=30000, high=900000)
    union, mail = rng.choice(DAIRIES)
    frame = DAIRY_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{union.split()[0]} Accounts <{mail}>",
            ["Payment advice - supplier payment", f"Remittance to {SHORT}", "Bills settled"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"supplier.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, union.upper() if frame == "paper" and rng.random() < 0.5 else union)
    p.add(
        "small",
        rng.choice(["Purchase & Stores Section", "Accounts Department", "Veterinary Services - Accounts"]),
    )
    p.add("center", rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE", "Supplier payment details"]))
    p.add("rule")
    p.part = "body"
    payee = payee_name(rng)
    wrap_pair(p, rng.choice(["Supplier", "Payee", "Beneficiary", "Party"]), payee, merchant=payee)
    p.pair(rng.choice(["Supplier code", "Party code"]), f"{rng.choice(['S', 'VS', '30'])}{digits(rng, 5)}")
    bills = [
        (f"SVD/{rng.randrange(1000, 9999)}", rupees(rng, 15000, 300000, 0.2))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Bills paid", "Invoices settled", "Against bills"]))
    for no, v in bills:
        p.pair(f"{no} ({rng.choice(DAIRY_ITEMS)})", rs(v))
    gross = sum(v for _, v in bills)
    cut = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
    diff = float(rng.choice([0, 0, 640, 1275])) if len(bills) > 1 else 0.0
    if diff:
        p.pair("Less: Rate difference", rs(diff))
    j.amount = round(gross - cut - diff, 2)
    p.pair(
        rng.choice(["Net amount paid", "Amount remitted", "Net payable paid"]), rs(j.amount), amount=j.amount
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"PV{rng.randrange(10000, 99999)}"
        p.pair(rng.choice(["Voucher No.", "Payment voucher"]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Paid", "Payment status: Remitted"],
            "pending": ["Held - pending QC clearance of batch"],
            "failed": ["Returned by bank - IFSC invalid"],
        },
    )
    date_row(
        p,
        j,
        {"success": ["Payment date", "Value date"], "pending": ["Scheduled on"], "failed": ["Returned on"]}[
            status
        ],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated advice; no signature is required.")
    return p.done()


# ---------------------------------------------------------------- 2. vets' and agro-vets' UPI to the company


VET_APPS = ["Google Pay", "PhonePe", "Paytm", "BHIM", "Razorpay", "Google Pay", "PhonePe", "PayU"]
VETS = [
    "Dr. Harshad Patel",
    "Dr. K. Senthilkumar",
    "Shree Khodiyar Agro Vet",
    "Dr. Meena Chaudhary",
    "Kongu Pashu Seva Kendra",
    "Dr. R. Vignesh",
    "Amul Vet Stores, Borsad",
    "Dr. Jignesh Rabari",
]


def vet_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Veterinarians and agro-vet shops paying the company for medicines by UPI: six UPI app screens (Google Pay,
    PhonePe, Paytm, BHIM: the company under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, UPI
    transaction ID / UPI Ref No. / UTR, the app's own Transaction ID on some, Debited from the vet's bank, Date & time /
    Paid on) and the company's own payment links (Razorpay, PayU: the company on top, Paid by / Customer the vet,
    Payment ID / PayU ID, UPI RRN or Auth code for a card, Paid on)."""
    k = place("vet_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=600, high=65000, p_round=0.6)
    app = VET_APPS[k]
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "PayU"):
        p = browser_page(
            rng, font, ("rzp.io/l/" if app == "Razorpay" else "u.payu.in/") + code(rng, 8, ALNUM.lower())
        )
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Veterinary medicines | Anand", "Animal health products | Erode"]))
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
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), VETS[k])
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair("Payment method", "UPI" if way == "UPI" else f"RuPay card {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, ALNUM)}" if app == "Razorpay" else digits(rng, 11)
            p.pair("Payment ID" if app == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by PayU")
        return p.done()
    to = rng.choice([COMPANY, SHORT])  # the long capitals wrap on a phone's narrow line
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent"],
            "failed": ["Payment Failed", "Transaction failed"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: surabhivet{rng.choice(['', '.erode', '.anand'])}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair("Note", rng.choice(["Inv SVD/4417", "Oxytet LA 100 ml", "Mineral mix x 20", "Bill balance"]))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. manufacturers' purchase invoices


MAKERS = [
    ("Indus Animal Health Ltd", "Veterinary formulations | WHO-GMP", "Vapi, Valsad - 396195, Gujarat", "24"),
    (
        "Nandini Biologicals Pvt Ltd",
        "Veterinary vaccines and diagnostics",
        "Jigani, Bengaluru - 560105, Karnataka",
        "29",
    ),
    (
        "Pashudhan Remedies",
        "Feed supplements | Mineral mixtures",
        "Baddi, Solan - 173205, Himachal Pradesh",
        "02",
    ),
    (
        "Sanjivani Vet Formulations Pvt Ltd",
        "Injectables | Boluses | Liquids",
        "MIDC Tarapur - 401506, Maharashtra",
        "27",
    ),
]
DRUGS = [
    ("Oxytetracycline LA inj 100 ml", 118.0, 142.0),
    ("Meloxicam inj 30 ml", 64.0, 79.0),
    ("Fenbendazole bolus 1.5 g", 21.0, 27.0),
    ("Calcium borogluconate 450 ml", 88.0, 104.0),
    ("Chelated mineral mixture 1 kg", 96.0, 121.0),
    ("Ivermectin inj 50 ml", 142.0, 171.0),
]
MAKER_WAYS = ["RTGS", "NEFT", "cheque", "NEFT", "RTGS", "NEFT", "UPI", "NEFT"]


def maker_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A manufacturer's TAX INVOICE / INVOICE CUM RECEIPT for the company's purchase (the maker on top, its line,
    address, GSTIN and drug licence numbers; Invoice No. / Inv. No., Invoice date / Date, Buyer / Consignee M/s the
    company, the products with Batch, Exp. and Qty x rate, Taxable value, CGST and SGST or IGST @ 5% / 12%, Round off,
    Invoice total, then the payment block: Amount received / Received with its NEFT / RTGS UTR or UPI Ref No., or
    Cheque received with Cheque No.; PAID / RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / PAYMENT
    BOUNCED - ..., in the maker's rubber stamp too)."""
    k = place("maker_invoices")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    maker, line, addr, state = rng.choice(MAKERS)
    name = maker.upper() if rng.random() < 0.3 else maker
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL FOR RECIPIENT"],
    )
    p.add(
        "small", f"DL No.: 20B-{state}/{rng.randrange(1000, 9999)}, 21B-{state}/{rng.randrange(1000, 9999)}"
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in maker.split()[:2]).upper()}{rng.randrange(100, 9999):05d}"
        if not j.no_day and rng.random() < 0.5:
            inv = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer", "Consignee", "Bill to"])
    p.pair("Ship to", f"{UNITS[j.unit][0]} depot")
    taxable = 0.0
    for drug, lo, hi in rng.sample(DRUGS, rng.randrange(1, 4)):
        qty = rng.randrange(2, 60) * 10
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{drug}  Batch {code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair(f"  {qty:,} x {rate:.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rng.choice([5, 12]), state != UNITS[j.unit][2])
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.add("rule")
    way = MAKER_WAYS[k] if status == "success" else "cheque"
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(total),
            amount=total,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            bank = rng.choice(BANKS)
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, bank, way)
                p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "PAYMENT BOUNCED - CHEQUE DISHONOURED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(total)}")
    right(p, f"For {name}")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. net-banking payments to manufacturers


PORTALS = [
    ("ICICI Bank", "cib.icicibank.com", "Corporate Internet Banking"),
    ("State Bank of India", "corp.onlinesbi.sbi", "yono BUSINESS"),
    ("HDFC Bank", "enet.hdfcbank.com", "ENet"),
    ("Axis Bank", "corporate.axisbank.co.in", "Axis Corporate Internet Banking"),
    ("Kotak Mahindra Bank", "fyn.kotak.com", "Kotak FYN"),
]
MAKER_PAYEES = [
    "Indus Animal Health Ltd",
    "NANDINI BIOLOGICALS PVT LTD",
    "Pashudhan Remedies",
    "Sanjivani Vet Formulations Pvt Ltd",
    "Zydus Animal Health",
    "GUJARAT VET CHEM",
    "Hester Biosciences Ltd",
    "Virbac Animal Health India Pvt Ltd",
]


def maker_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its manufacturers from corporate net banking: the bank's transaction acknowledgement page
    (ICICI Bank CIB, yono BUSINESS, ENet, Axis CIB, Kotak FYN: the portal on top, Beneficiary name / Payee name /
    Credit to the maker, Beneficiary A/c and IFSC, Debit account the company, Amount / Transfer amount / Debit amount,
    Charges, Payment type NEFT / RTGS / IMPS, UTR / IMPS Ref No. / RRN, Transaction ref No. / Reference No., Remarks
    with the invoice, Maker / Checker, Transaction date / Initiated on / Failed on; Success / Transaction successful /
    In process - awaiting beneficiary bank confirmation / Failed - beneficiary account
    closed) and the bank's beneficiary payment advice e-mail."""
    k = place("maker_transfers")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=25000, high=1800000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to = MAKER_PAYEES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    if j.no_day:
        way = "IMPS"
    if k in (2, 6):
        p = mail_page(
            rng,
            font,
            f"{bank} <payment.advice@{host.split('.', 1)[1]}>",
            ["Payment advice - beneficiary credit", "Funds transferred to your beneficiary"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary Payment Advice")
    else:
        p = browser_page(rng, font, f"{host}/txn/ack/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        p.add("small", bank)
        p.add("center", rng.choice(["Transaction acknowledgement", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Success", "Transaction successful"],
            "pending": ["In process - awaiting beneficiary bank confirmation"],
            "failed": ["Failed - beneficiary account closed"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee name", "Credit to"]), to, merchant=to)
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit account", "From account"]), f"{SHORT} - XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Transfer amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs(rng.choice([2.95, 5.9, 17.7, 29.5])))
    p.pair("Payment type", way, method="netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        if status != "failed" or way == "IMPS":
            p.pair(
                {"IMPS": rng.choice(["IMPS Ref No.", "RRN"]), "NEFT": "UTR", "RTGS": "UTR No."}[way],
                ref,
                txn=(UTR_RANK, ref),
            )
        tref = f"{rng.choice(['CIB', 'TXN', 'FT'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Transaction ref No.", "Reference No."]), tref, txn=(BANK_RANK, tref))
    wrap_pair(p, "Remarks", f"Inv {code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
    p.pair("Maker / Checker", rng.choice(["ACCTS01 / CFO", "VPATEL / DIRECTOR"]))
    date_row(
        p,
        j,
        {"success": ["Transaction date", "Value date"], "pending": ["Initiated on"], "failed": ["Failed on"]}[
            status
        ],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Never share your OTP or password with anyone.")
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for imported vaccines and straws


SUPPLIERS = [
    ("Boehringer Vetmedica GmbH", "Ingelheim, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF"),
    ("Semex Genetics Inc", "Guelph, Canada", "USD", "Royal Bank of Canada", "ROYCCAT2"),
    ("Ceva Sante Animale SA", "Libourne, France", "EUR", "Credit Agricole", "AGRIFRPP"),
    ("ABS Global Inc", "DeForest, WI, USA", "USD", "Bank of America NA", "BOFAUS3N"),
    ("Genus Breeding Ltd", "Basingstoke, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B"),
]
IBAN_HEAD = {"Germany": "DE", "France": "FR"}
FX = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def vaccine_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company importing vaccines, diagnostics and bull semen straws: the bank's outward remittance advice
    (browser, e-mail, printed: the bank on top, Outward Remittance Advice / Import payment - debit advice,
    Beneficiary / Beneficiary name the supplier abroad, Beneficiary bank and BIC, IBAN, Remitter / Applicant the
    company, Remittance amount / Amount remitted / Foreign currency amount in EUR, USD or GBP, Exchange rate, INR
    equivalent, Commission and SWIFT charges, GST on currency conversion, Total debited (INR), Purpose code S0101 /
    S1008, Bill of entry No., Our reference / Remittance ref No. / Transaction reference, Remittance date / Value
    date / Request date / Returned on)."""
    k = place("vaccine_wires")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    sup, city, cur, sbank, bic = rng.choice(SUPPLIERS)
    j.amount = (
        round(rng.uniform(3000, 90000), 2) if rng.random() < 0.6 else float(rng.randrange(30, 800) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank"])
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{bank.split()[0].lower()}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeservices@{bank.split()[0].lower()}bank.net>",
            ["Outward remittance processed", "Import payment - debit advice"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Trade Finance Centre, Ahmedabad", "Forex Operations, Coimbatore"]))
    p.add("center", rng.choice(["Outward Remittance Advice", "Import payment - debit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance processed - MT103 sent", "Status: Remitted"],
            "pending": ["Under process - Form A2 and import invoice awaited"],
            "failed": ["Returned by beneficiary bank - IBAN invalid"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if cur != "USD":
        p.pair(
            "IBAN",
            f"{IBAN_HEAD.get(city.split(', ')[-1], 'GB')}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}",
        )
    wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    ch = float(rng.choice([500, 1000, 1500])) + 590.0
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission and SWIFT charges", f"{ch:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debited (INR)", f"{inr + ch + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0101 - import of goods", "S1008 - import advance"]))
    p.pair("Mode", rng.choice(["SWIFT outward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OTT', 'TFO'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Our reference", "Remittance ref No.", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
    )
    p.part = "foot"
    p.add("small", "Please submit the Bill of entry within 90 days of the remittance.")
    return p.done()


# ---------------------------------------------------------------- 6. cold-chain couriers


COURIERS = [
    (
        "ColdLink Pharma Logistics Pvt Ltd",
        "Temperature-controlled transport 2-8 \u00b0C",
        "Changodar, Ahmedabad - 382213",
        "24",
    ),
    (
        "Frostline Express",
        "Vaccine courier | Dry ice | Gel packs",
        "Avinashi Road, Coimbatore - 641014",
        "33",
    ),
    ("Himalaya Reefer Carriers", "Reefer trucks and insulated boxes", "Sarkhej, Ahmedabad - 382210", "24"),
    ("Kaveri Cold Chain Services", "Pharma cold chain | Last mile", "Chithode, Erode - 638102", "33"),
]
COURIER_FRAMES = ["paper", "mail", "portal", "paper", "mail", "paper", "portal", "paper"]


def cold_couriers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A cold-chain courier's bill the company paid for vaccine consignments (printed INVOICE CUM RECEIPT / FREIGHT
    BILL - PAID, the courier's e-mail payment acknowledgement, its customer portal page): the courier on top,
    Consignor / Customer / Bill to the company, AWB / Docket No., Data logger No., From / To, Boxes and Temp. range,
    Freight, Dry ice / Gel packs, Fuel surcharge, GST @ 18% (or 12% under RCM note), Total, Less: TDS u/s 194C @ 2%,
    Net received / Amount received / Received with NEFT, UPI or IMPS and its UTR / UPI Ref No., Bill No. / Receipt No.;
    RECEIVED / PAID / PAYMENT UNDER RECONCILIATION / UPI DECLINED - BALANCE DUE)."""
    k = place("cold_couriers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1500, high=90000)
    cc, line, addr, state = rng.choice(COURIERS)
    name = cc.upper() if rng.random() < 0.25 else cc
    frame = COURIER_FRAMES[k]
    rs = money(rng, font, 0.35, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        letterhead(
            p, name, line, addr, state, ["INVOICE CUM RECEIPT", "FREIGHT BILL - PAID", "BILL / RECEIPT"]
        )
    else:
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{cc.split()[0]} Billing <billing@{cc.split()[0].lower()}.in>",
                ["Payment received - thank you", "Receipt for your consignment"],
            )
        else:
            p = browser_page(rng, font, f"track.{cc.split()[0].lower()}.in/customer/bills/{digits(rng, 7)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement" if frame == "mail" else "Customer portal - bills")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Consignor", "Customer", "Bill to"])
    p.pair(rng.choice(["AWB No.", "Docket No."]), f"{code(rng, 2, UPPER)}{digits(rng, 9)}")
    p.pair("Data logger No.", f"DL-{digits(rng, 6)}")
    p.pair("From / To", rng.choice(["Anand - Erode", "Bengaluru - Anand", "Vapi - Erode", "Erode - Salem"]))
    p.pair("Boxes / Temp.", f"{rng.randrange(2, 40)} / 2-8 \u00b0C")
    base = round(rng.uniform(0.7, 0.8) * j.amount, 0)
    ice = float(rng.randrange(4, 40) * 25)
    fuel = round(base * 0.12, 2)
    p.pair("Freight", rs(base))
    p.pair(rng.choice(["Dry ice", "Gel packs"]), rs(ice))
    p.pair("Fuel surcharge @ 12%", rs(fuel))
    sub = base + ice + fuel
    gst = round(sub * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    total = round(sub + gst, 2)
    p.pair("Total", rs(total))
    tds = round(sub * 0.02, 2) if total > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = (
        "UPI"
        if status == "failed" or (j.amount < 20000 and rng.random() < 0.6)
        else rng.choice(["NEFT", "IMPS"])
    )
    if j.no_day and way == "NEFT":
        way = "IMPS"
    p.pair(
        rng.choice(["Net received", "Amount received", "Received"]) if status != "failed" else "Amount",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UTR" if way == "NEFT" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['CL', 'FX', 'BR'])}{rng.randrange(10000, 99999)}"
        p.pair(rng.choice(["Bill No.", "Receipt No."]), doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID", "Payment received"]),
            "pending": "PAYMENT UNDER RECONCILIATION",
            "failed": "UPI DECLINED - BALANCE DUE",
        }[status],
        status=status,
    )
    date_row(p, j, ["Date", "Bill date", "Received on"] if status == "success" else ["Date"], PATS_IN)
    p.part = "foot"
    p.add(
        "small",
        "Goods carried at owner's risk. Subject to Ahmedabad jurisdiction." if state == "24" else "E. & O.E.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. drug licence fees


AUTHORITIES = [
    (
        "Food and Drugs Control Administration, Gujarat",
        "Cyber Treasury - e-Payment receipt",
        "cybertreasury.gujarat.gov.in",
    ),
    ("Directorate of Drugs Control, Tamil Nadu", "Karuvoolam e-Challan", "karuvoolam.tn.gov.in"),
    ("Drugs Control Department, Karnataka", "Khajane-II e-Payment", "k2.karnataka.gov.in"),
    ("Food & Drug Administration, Maharashtra", "GRAS e-Challan", "gras.mahakosh.gov.in"),
]
FEES = [
    "Renewal - Form 20B / 21B (wholesale)",
    "Additional category - Schedule C & C1",
    "Retention fee - wholesale licence",
    "New licence - Form 19 (branch)",
    "Change of competent person",
]


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The drug licence fees of the two depots and a new branch: the state's e-payment receipt (Gujarat's Cyber
    Treasury, Tamil Nadu's Karuvoolam, Karnataka's Khajane-II, Maharashtra's GRAS: the authority on top with the
    treasury line under it, Name of firm / Remitter the company, Licence No. / Application No., Purpose / Fee head,
    Head of account, Fee line, Amount paid / Total amount / Challan amount, Bank / Mode Net banking / UPI / Debit card,
    Bank CIN / Bank Ref No. / Transaction ID, Challan No. / GRN, Date of payment / Paid on; Payment successful /
    Success / Pending for bank confirmation / Transaction failed - amount if debited will be refunded)."""
    k = place("licence_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1000, high=20000, p_round=0.95)
    auth, line, host = AUTHORITIES[k % len(AUTHORITIES)]
    rs = money(rng, font, 0.8, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['echallan', 'payment', 'receipt'])}/{digits(rng, 8)}")
    p.part = "head"
    name = auth.upper() if rng.random() < 0.25 else auth
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Status: Success"],
            "pending": ["Pending for bank confirmation"],
            "failed": ["Transaction failed - amount if debited will be refunded"],
        },
    )
    wrap_pair(p, rng.choice(["Name of firm", "Remitter"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Licence No.", "Application No."]),
        f"{rng.choice(['GJ', 'TN', 'KA', 'MH'])}-{rng.choice(['ANA', 'ERD'])}-{digits(rng, 6)}",
    )
    wrap_pair(p, rng.choice(["Purpose", "Fee head"]), rng.choice(FEES))
    p.pair("Head of account", f"0210-04-{rng.randrange(100, 999)}-{digits(rng, 2)}")
    fee = float(j.amount)
    p.pair(rng.choice(["Amount paid", "Total amount", "Challan amount"]), rs(fee), amount=fee)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        f"{way}{' - ' + rng.choice(BANKS) if way == 'Net banking' else ''}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['CPM', 'IGA', 'IK'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Bank CIN", "Bank Ref No."]), bref, txn=(BANK_RANK, bref))
        ch = f"{rng.choice(['GRN', 'CH', 'TN'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Challan No.", "GRN"]), ch, txn=(INVOICE_RANK, ch))
    date_row(p, j, ["Date of payment", "Paid on", "Transaction date"], hour=rng.random() < 0.4)
    p.part = "foot"
    p.add("small", "This is a computer generated receipt. Verify at the treasury's portal.")
    return p.done()


# ---------------------------------------------------------------- 8. field staff's card slips


SLIP_COUNTERS = [
    ("SHREE HARI PETROLEUM - IOCL", "ANAND SOJITRA RD"),
    ("HOTEL ROYAL PALACE", "MEHSANA"),
    ("KONGU FUELS - BPCL DEALER", "PERUNDURAI"),
    ("ANNAPOORNA RESTAURANT", "ERODE"),
    ("GANESH TYRES & SERVICE", "NADIAD"),
    ("HOTEL SIVAS REGENCY", "TIRUPUR"),
    ("RELIANCE DIGITAL", "ANAND"),
    ("JAY AMBE PETROLEUM - HPCL", "PETLAD"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
    "PAYTM EDC",
    "AXIS BANK",
    "MOSAMBEE",
    "SBI YONO MERCHANT",
]


def field_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Field officers' company cards on tour: fuel outlets', hotels', restaurants' and a tyre shop's terminal slips
    (monospace: the maker on top on some, the counter's name and town in capitals, DATE: / TIME: or DT: TM:, MID:,
    TID:, BATCH NO:, INVOICE NO: / ROC NO:, SALE, CARD NO:, CARD TYPE:, APPR CODE: / AUTH CODE:, RRN:, AMOUNT: /
    TOTAL: / SALE AMT: / NET AMT:, a fuel slip's PRODUCT:, RATE: and VOLUME:; APPROVED / TXN SUCCESSFUL / DECLINED
    with RESP CODE / TXN TIMEOUT - STATUS UNKNOWN)."""
    k = place("field_slips")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=300, high=14000)
    name, town = SLIP_COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d, t = (
            when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y"])),
            hhmm(rng, twelve=False, seconds=True),
        )
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
    p.add("center", "SALE")
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY"]))
    if "PETROLEUM" in name or "FUELS" in name:
        rate = round(rng.uniform(89.5, 96.8), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "XTRAPREMIUM"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:", "NET AMT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK - NO SIGNATURE REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 61 EXCEEDS LIMIT"]))
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 9. field staff's expense reimbursements


STAFF = [
    "Hitesh Parmar",
    "Senthil Murugan K",
    "Kavita Solanki",
    "Prakash Desai",
    "Gowri Shankar R",
    "Nilesh Chauhan",
    "Dharani Devi M",
    "Ramesh Makwana",
    "Arunkumar S",
    "Bhavna Joshi",
]
CLAIMS = [
    "Tour expenses - Kheda route",
    "Fuel and DA - Erode rural",
    "Hotel stay - Mehsana camp",
    "Sample courier and ice packs",
    "Vet meet expenses - Salem",
    "Two-wheeler fuel - 1,240 km",
]


def staff_claims(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The field staff's expense claims paid back: the company's printed EXPENSE REIMBURSEMENT VOUCHER / PAYMENT
    VOUCHER (the company on top, Paid to / Employee name the officer, Emp. code, Claim for, the heads with their sums,
    Less: Advance adjusted, Net amount paid / Amount paid, Mode Cash / IMPS / UPI, Voucher No., Date; Approved by;
    PAID) and the bank's bulk payout status row (Beneficiary name the officer, Debit account the company, Amount, IMPS
    RRN / UTR, File name, Transaction ID, Processed on; Success / In process / Failed - invalid account)."""
    k = place("staff_claims")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=800, high=38000, p_round=0.4)
    who = rng.choice(STAFF)
    who = who.upper() if rng.random() < 0.2 else who
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    if k in (0, 3, 5):
        bank = rng.choice(["ICICI Bank", "HDFC Bank", "Axis Bank"])
        p = browser_page(rng, font, f"corp.{bank.split()[0].lower()}.com/bulk/status/{digits(rng, 8)}")
        p.part = "head"
        top(p, f"{bank} - Bulk payments")
        p.add(
            "small",
            f"Upload: {rng.choice(['EXP', 'TA'])}_{code(rng, 4, ALNUM)}.csv  |  Row {rng.randrange(2, 40)}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success"],
                "pending": ["Status: In process"],
                "failed": ["Failed - invalid account"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair(rng.choice(["IMPS RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            tid = f"BLK{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Processed on", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Rows marked Failed are returned to the maker for correction.")
        return p.done()
    p = paper_page(rng, font, [660, 700])
    unit = UNITS[j.unit]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit[0]} depot",
        unit[1],
        unit[2],
        ["EXPENSE REIMBURSEMENT VOUCHER", "PAYMENT VOUCHER", "TA / DA VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['EV', 'PV', 'TA'])}-{rng.randrange(100, 9999):04d}"
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Dated", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Paid to", "Employee name"]), who, merchant=who)
    p.pair("Emp. code", f"SVD{digits(rng, 4)}")
    wrap_pair(p, "Claim for", rng.choice(CLAIMS))
    adv = float(rng.choice([0, 0, 2000, 5000])) if j.amount > 8000 else 0.0
    gross = j.amount + adv
    parts = [round(gross * 0.45, 2), round(gross * 0.3, 2)]
    parts.append(round(gross - sum(parts), 2))
    for head, v in zip(["Travel / fuel", "Lodging", "Daily allowance"], parts):
        p.pair(head, rs(v))
    p.pair("Total claimed", rs(gross))
    if adv:
        p.pair("Less: Advance adjusted", rs(adv))
    p.pair(rng.choice(["Net amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k in (1, 7) else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Approved by", rng.choice(["Regional Manager", "Branch Accountant"]))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY EMPLOYEE"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 10. the company's own money receipts


RETAILERS = [
    "Jay Jalaram Agro Vet Centre",
    "Sri Murugan Veterinary Medicals",
    "Khedut Pashu Aushadh Bhandar",
    "Bhavani Cattle Feed & Medicals",
    "Om Sai Vet Clinic",
    "Dr. Parag Thakkar (Vet)",
    "Kangayam Pasu Marunthagam",
    "Umiya Agro Services",
]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / RECEIPT / PAYMENT RECEIPT to an agro-vet shop or a vet for outstanding
    bills (paper, the company on top with its depot line and drug licence numbers; Receipt No. / Rcpt. No., Date /
    Receipt date, Received from / Party the shop, Against bills, Bill value, Previous balance, Amount received / Cash
    received / Cheque received / Received by UPI, Balance outstanding, Cheque No. and bank, UPI Ref No.; RECEIVED WITH
    THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE BOUNCED - FUNDS INSUFFICIENT, the rubber stamp) and
    its accounts desk's receipt e-mail."""
    k = place("money_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1500, high=160000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.45, marks=("Rs.", "\u20b9", "Rs", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    if k in (3, 6):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@surabhivet.in>",
            ["Payment received - thank you", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]} depot  |  Accounts desk")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [660, 700, 740])
        letterhead(
            p,
            me,
            f"{unit[0]} depot - Wholesale veterinary medicines",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "RECEIPT", "PAYMENT RECEIPT"],
        )
        p.add("small", f"DL No.: 20B/{rng.randrange(10000, 99999)}  21B/{rng.randrange(10000, 99999)}")
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RCT', 'R'])}/{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Party"]), rng.choice(RETAILERS))
    prev = float(rng.choice([0, 0, 4200, 12650]))
    p.pair("Bill value", rs(j.amount))
    if prev:
        p.pair("Previous balance", rs(prev))
        p.pair("Total due", rs(j.amount + prev))
    way = (
        "cheque"
        if status != "success"
        else ["cash", "UPI", "cheque", "UPI", "NEFT", "UPI", "cash", "cash"][k]
    )
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque received",
        "NEFT": "Amount received",
    }[way]
    p.pair(
        lab if status != "failed" else "Cheque amount",
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair("Balance outstanding", rs(prev))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = neft_ref(rng, j, rng.choice(BANKS))
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (3, 6):
        right(p, f"For {SHORT}")
        seal(p, SHORT.upper(), unit[0].upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 11. the cold room's electricity


BOARDS = [
    ("MGVCL", "Madhya Gujarat Vij Company Ltd"),
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd"),
]
BBPS_APPS = [
    "ICICI Bank InstaBIZ",
    "HDFC Bank SmartHub Vyapar",
    "Axis Bank neo for business",
    "PhonePe for Business",
]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cold room's and depot's electricity: Bharat Connect in business banking apps (the app on top, Biller /
    Electricity board MGVCL or TNPDCL as printed, Consumer No. / Service No., Consumer name the company, Bill month,
    Bill date and Due date, the sum large, Paid from Current A/c or UPI, B-Connect Txn ID / Bharat Connect Ref. No.,
    Transaction ID, Paid on; Bill paid / Payment successful / Bill payment in process / Bill payment failed) and the
    boards' own pages (the board on top, Receipt No., Amount paid, Mode, Bank Ref No., Date of payment)."""
    k = place("power_bills")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=2500, high=85000)
    short, long = BOARDS[j.unit]
    rs = money(rng, font, 0.5)
    if k in (3, 7):
        p = browser_page(
            rng, font, f"www.{short.lower()}.{'com' if short == 'MGVCL' else 'tn.gov.in'}/quickpay/receipt"
        )
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Status: Success"],
                "pending": ["Pending with bank"],
                "failed": ["Payment failed"],
            },
        )
        p.pair(rng.choice(["Consumer No.", "Service No."]), digits(rng, 11))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['IGA', 'CPA', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2]}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Payment will reflect in the next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", BBPS_APPS[k % 4])
    p.add("small", "Bharat Connect")
    p.part = "body"
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
    name = rng.choice([short, long])
    wrap_pair(p, rng.choice(["Biller", "Electricity board"]), name, merchant=name)
    p.pair(rng.choice(["Consumer No.", "Service No."]), digits(rng, 11))
    wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill month", j.month())
    way = rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else "UPI",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | Powered by NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS alerts


ALERT_PAYEES = [
    "INDUS ANIMAL HEALTH LT",
    "COLDLINK PHARMA LOGIS",
    "HESTER BIOSCIENCES L",
    "FROSTLINE EXPRESS",
    "PASHUDHAN REMEDIES",
    "NANDINI BIOLOGICALS P",
    "KAVERI COLD CHAIN SER",
    "ZYDUS ANIMAL HEALTH",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's SMS alerts on the accounts manager's phone (a messages app: the sender AX-HDFCBK / VM-ICICIT /
    JD-SBIUPI / VK-AXISBK, the day divider, the alert): a NEFT, RTGS, IMPS or UPI debit to a maker or courier as the
    bank names it (truncated), the sum, the account's last digits, the day, UTR / IMPS Ref No / UPI Ref No, Avl Bal;
    a UPI payment that "has failed" and one that "is pending"."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 2, low=900, high=450000)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"])
    sender = {
        "HDFC Bank": "AX-HDFCBK",
        "ICICI Bank": "VM-ICICIT",
        "State Bank of India": "JD-SBIUPI",
        "Axis Bank": "VK-AXISBK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = (
        "UPI"
        if j.amount < 100000 and k % 2 == 1
        else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    )
    if status != "success":
        way = "UPI"
    if j.no_day and way in ("NEFT", "RTGS"):
        way = "IMPS"
    acc = f"A/c XX{digits(rng, 4)}"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    tail = f"via {way}"
    if not j.no_day:
        p.add(
            "left",
            f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])} {tail}",
            method="UPI" if way == "UPI" else "netbanking",
        )
    else:
        p.add("left", tail, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 50000, 2500000):,.2f}. Not you? Call 1800 258 6161",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout175 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a poultry farm and feed mill's day in 2026 (Kongu Vel Poultry & Feeds Pvt Ltd, its
layer farm and feed plant at Namakkal and its feed mill and broiler integration at Siddipet), told by the proofs of
payment it receives and makes: the maize traders' and soya DOC plants' bills with their payment blocks, the
hatcheries paid for day-old chicks from corporate banking, the vet distributors' vaccines and medicines by UPI and
payment links, its own money receipts from broiler traders for live birds lifted, egg buyers' payment advices, the
egg importers' wires and its own outward remittances for vaccines, enzymes and hatchery equipment, card and UPI slips
at fuel outlets and hardware counters, the workers' wages and the catching gangs' bills, the generator dealers' service
bills and the bulk diesel bills, electricity, the pollution control board's consent fee and FSSAI's licence fee,
FASTag recharges, gas for the brooders and wallet bill payments, and the bank's alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, invoice lists, weighbridge and lifting slips, lot, truck, vehicle and tag numbers, bags, quintals, litres,
rates, chick counts, bird weights, booking numbers, trader codes, balances, exchange rates, INR equivalents,
charges, TDS, GST and market fee lines, IBAN, BIC, IFSC, GSTIN, consumer, application and licence numbers, periods,
cheque numbers, MID, TID, batch and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
``gst_lines`` are heldout167's, ``by_bank`` and ``doc_no`` heldout171's, ``compose`` heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout171_families import by_bank, doc_no

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

COMPANY = "Kongu Vel Poultry & Feeds Pvt Ltd"
COMPANY_CAPS = "KONGU VEL POULTRY & FEEDS PRIVATE LIMITED"
SHORT = "Kongu Vel Poultry"
SLUG = "konguvel"
# unit, what it is, address, GST state code
UNITS = [
    ("Namakkal", "Layer farm & feed plant", "Mohanur Road, Namakkal - 637001, Tamil Nadu", "33"),
    ("Siddipet", "Feed mill & broiler integration", "Rajiv Rahadari, Siddipet - 502103, Telangana", "36"),
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Karur Vysya Bank",
    "Indian Overseas Bank",
    "Canara Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Karur Vysya Bank": "KVBL",
    "Indian Overseas Bank": "IOBA",
    "Canara Bank": "CNRB",
    "Kotak Mahindra Bank": "KKBK",
}
WORKERS = [
    "Muthusamy K",
    "Chinnaponnu R",
    "Palanisamy V",
    "Lakshmi Murugesan",
    "Mallesham Gouda",
    "Yadamma B",
    "Ramulu Naik",
    "Saroja Devi",
    "Anbalagan S",
    "Kavitha Periyasamy",
]


def ours(rng: random.Random, *, caps: float = 0.3) -> str:
    """The company as a page names it: its full name, in capitals on some, or its short name."""
    name = rng.choice([COMPANY, COMPANY, SHORT, "Kongu Vel Poultry & Feeds Private Limited"])
    return name.upper() if rng.random() < caps else name


def ours_to(p: Screen, labels: list[str], unit: int) -> None:
    """The company as the other party on a supplier's paper (Buyer / Bill to / Customer: no fact)."""
    rng = p.rng
    wrap_pair(
        p,
        rng.choice(labels),
        rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}, {UNITS[unit][0]}", COMPANY_CAPS]),
    )


def bank_ref(rng: random.Random, j: Job, way: str, bank: str | None = None) -> str:
    """A NEFT UTR (16 or 22 characters), an RTGS UTR, or an IMPS / UPI reference (RRN)."""
    head = IFSC.get(bank or "", rng.choice(list(IFSC.values())))
    if way == "NEFT":
        return (
            neft_utr(head, rng, j.date) if rng.random() < 0.5 else f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"
        )
    if way == "RTGS":
        return rtgs_utr(head, rng, j.date)
    return j.ref


def utr_label(rng: random.Random, way: str) -> str:
    if way == "IMPS":
        return rng.choice(["IMPS Ref No.", "IMPS RRN"])
    return rng.choice(["UTR", "UTR No.", f"{way} UTR"])


def ifsc(rng: random.Random, bank: str) -> str:
    return f"{IFSC[bank]}0{digits(rng, 6)}"


def stamp_seal(p: Screen, name: str, j: Job, word: str) -> None:
    """heldout129's rubber stamp: the firm's first two words, ACCOUNTS, the day where the page prints one."""
    seal(p, " ".join(name.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])


# ---------------------------------------------------------------- 1. maize traders' and soya DOC plants' bills


GRAIN = [
    (
        "Sri Lakshmi Narasimha Maize Traders",
        "Commission agents - maize, jowar, bajra",
        "Market Yard, Siddipet - 502103, Telangana",
        "36",
        "maize",
    ),
    (
        "Malwa Soya Extractions Ltd",
        "Soybean meal (DOC) - 46% protein",
        "Maksi Road, Ujjain - 456010, Madhya Pradesh",
        "23",
        "soya",
    ),
    (
        "Davangere Grain Merchants",
        "Feed grade yellow maize",
        "APMC Yard, Davangere - 577006, Karnataka",
        "29",
        "maize",
    ),
    (
        "Vidarbha Agro Proteins Pvt Ltd",
        "Hipro soya DOC | Rice bran DOC",
        "MIDC Butibori, Nagpur - 441122, Maharashtra",
        "27",
        "soya",
    ),
]
GRAIN_WAYS = ["RTGS", "cheque", "NEFT", "RTGS", "NEFT", "cheque", "RTGS", "NEFT"]


def grain_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A maize trader's BILL OF SUPPLY / SALE BILL (grain: no GST; Lot No., Weighbridge slip No., Lorry No., bags x 50
    kg, Quintals x rate per qtl, Hamali, Market fee @ 1%, Bill total) or a soya DOC plant's TAX INVOICE / INVOICE CUM
    RECEIPT (Soybean meal MT x rate, Freight, Taxable value, IGST or CGST and SGST @ 5%, Round off, Invoice total), the
    trader or plant on top with its line, address and GSTIN, Invoice No. / Bill No. / Inv. No., Date / Bill date /
    Invoice date / Dated, Buyer / Bill to / Sold to M/s the company, Truck No. / Lorry No., E-way bill No., then the
    payment block: Less: TDS u/s 194Q @ 0.1% (by buyer) on some, Amount received / Received / Net received with Mode
    NEFT / RTGS / IMPS and its UTR / UTR No. / RTGS UTR / IMPS Ref No., or Cheque received / Cheque amount with Cheque
    No. and Drawn on; PAID / RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED -
    PAYMENT STOPPED BY DRAWER, in the trader's rubber stamp too."""
    k = place("grain_bills")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=100000, high=900000)
    name0, line, addr, state, kind = GRAIN[k % 4]
    name = name0.upper() if rng.random() < 0.3 else name0
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", ""))
    kinds = (
        ["BILL OF SUPPLY", "SALE BILL", "BILL OF SUPPLY - ORIGINAL"]
        if kind == "maize"
        else ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL"]
    )
    letterhead(p, name, line, addr, state, kinds)
    inv = doc_no(rng, "".join(w[0] for w in name0.split()[:3]).upper(), j)
    if not j.no_ref:
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Bill date", "Invoice date", "Dated"])
    ours_to(p, ["Buyer", "Bill to", "Sold to"], j.unit)
    p.pair("Deliver at", f"{UNITS[j.unit][0]} - {UNITS[j.unit][1].lower()}")
    p.pair(
        rng.choice(["Truck No.", "Lorry No."]),
        rng.choice(["TS 36 T ", "KA 17 C ", "MP 13 H "]) + digits(rng, 4),
    )
    p.pair("E-way bill No.", digits(rng, 12))
    if kind == "maize":
        p.pair("Lot No.", f"L-{rng.randrange(10, 999)}")
        p.pair("Weighbridge slip No.", str(rng.randrange(10000, 99999)))
        bags = rng.randrange(300, 860)
        qtl = bags / 2
        rate = float(rng.randrange(2120, 2480))
        value = round(qtl * rate, 2)
        p.add("left", f"Yellow maize (moisture {rng.choice(['12.8', '13.5', '14.0'])}%)")
        p.pair(f"  {bags} bags x 50 kg = {qtl:g} qtl @ {rate:,.0f}", rs(value))
        hamali = float(bags * rng.choice([6, 8, 10]))
        p.pair(f"Hamali ({bags} bags)", rs(hamali))
        fee = round(value * 0.01, 2)
        p.pair("Market fee @ 1%", rs(fee))
        total = float(round(value + hamali + fee))
        p.add("small", "GST: Nil (unbranded grain)")
        p.pair("Bill total", rs(total))
    else:
        mt = rng.randrange(10, 32)
        rate = float(rng.randrange(315, 415) * 100)
        value = float(mt * rate)
        p.add("left", "Soybean meal (DOC) 46% protein, HSN 2304")
        p.pair(f"  {mt} MT x {rate:,.0f}", rs(value))
        freight = float(rng.choice([0, 0, 38500, 52000]))
        if freight:
            p.pair("Freight", rs(freight))
        taxable = value + freight
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 5, state != UNITS[j.unit][3])
        p.pair("Invoice total", rs(total))
    j.amount = total
    p.add("rule")
    way = by_bank(j, GRAIN_WAYS[k])
    if way != "cheque" and rng.random() < 0.6:
        tds = round(total * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1% (by buyer)", rs(tds))
        j.amount = round(total - tds, 2)
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        p.pair(rng.choice(["Amount received", "Received", "Net received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    stamp_seal(p, name0, j, word)
    return p.done()


# ---------------------------------------------------------------- 2. hatcheries paid for day-old chicks


HATCHERIES = [
    "Annapoorna Hatcheries Pvt Ltd",
    "Sri Venkateswara Breeder Farms",
    "Deccan Chicks & Hatcheries",
    "Kaveri Layer Hatcheries LLP",
    "Godavari Broiler Breeders",
    "Palani Andavar Hatcheries",
    "Srinivasa Parent Stock Farms",
    "Bhavani Chicks Pvt Ltd",
]
# breed, rate range per chick, vaccination charge per chick
CHICKS = [
    ("Broiler DOC - Cobb 430", (28.0, 46.0), 0.0),
    ("Broiler DOC - Ross 308", (30.0, 48.0), 0.0),
    ("Layer chicks - BV 300", (34.0, 44.0), 1.2),
    ("Layer chicks - Hy-Line W80", (36.0, 46.0), 1.5),
]
CIB = {
    0: ("ICICI Bank CIB", "cib.icicibank.com/corp/BANKAWAY", "ICICI Bank"),
    3: ("yono BUSINESS", "yonobusiness.sbi/corp/payments/status", "State Bank of India"),
    5: ("Axis Bank CIB", "cib.axisbank.co.in/payments/single", "Axis Bank"),
    6: ("KVB Corporate Net Banking", "corp.kvb.co.in/payments/status", "Karur Vysya Bank"),
}
HATCH_FRAMES = ["cib", "hatch_mail", "bank_mail", "cib", "hatch_mail", "cib", "cib", "bank_mail"]


def hatchery_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying hatcheries and breeder farms for day-old chicks: four corporate banking pages (ICICI Bank
    CIB, yono BUSINESS, Axis Bank CIB, KVB Corporate Net Banking: Single payment - acknowledgement / Fund transfer -
    status, Debit account name the company, Debit account, Beneficiary name / Payee name / Beneficiary / Credit to the
    hatchery, Beneficiary A/c, IFSC, Amount / Transfer amount / Debit amount / Amount (INR), Charges on some, Remarks
    / Narration (6000 Cobb 430 DOC - batch B14), Payment mode / Transfer type NEFT / RTGS / IMPS, UTR / UTR No. / IMPS
    Ref No. and the bank's Reference No. / Txn Ref No. on some, Maker / Checker, Value date / Transaction date /
    Initiated on / Failed on; Transaction successful / Payment processed / Transaction in process - awaiting
    beneficiary bank confirmation / Transaction failed - beneficiary account frozen), two bank e-mails to the
    hatchery (Payment advice on behalf of the company: Beneficiary, Remitter, Amount, Payment type, UTR, Value date,
    Status: Credited) and two hatcheries' e-mails (the hatchery on top, Payment received - chicks booked, Customer /
    Farm the company, Booking No., breed and chicks x rate, Vaccination at hatchery, Total, Amount received, Mode,
    UTR, Receipt No., Received on, Dispatch date)."""
    k = place("hatchery_pay")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    hatch = HATCHERIES[k]
    hatch = hatch.upper() if rng.random() < 0.3 else hatch
    breed, (lo, hi), vacc = rng.choice(CHICKS)
    chicks = rng.randrange(30, 120) * 100
    rate = round(rng.uniform(lo, hi) * 4) / 4
    value = round(chicks * rate, 2)
    j.amount = round(value + chicks * vacc, 2)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    frame = HATCH_FRAMES[k]
    way = by_bank(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"]))
    batch = f"{rng.choice(['B', 'LB', 'BR'])}{rng.randrange(4, 40)}"
    note = f"{chicks} {breed.split(' - ')[1]} {'DOC' if 'Broiler' in breed else 'chicks'} - batch {batch}"
    if frame == "hatch_mail":
        p = mail_page(
            rng,
            font,
            f"{hatch.split()[0].title()} Accounts <accounts@{hatch.split()[0].lower()}chicks.in>",
            ["Payment received - chicks booked", "Receipt for your chick booking", "Payment acknowledgement"],
        )
        p.part = "head"
        top(p, hatch, merchant=hatch)
        p.add("small", rng.choice(["Chick sales - accounts", "Hatchery sales office"]))
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
        ours_to(p, ["Customer", "Farm"], j.unit)
        p.pair("Booking No.", f"BK{rng.randrange(1000, 99999)}")
        p.add("left", breed)
        p.pair(f"  {chicks:,} chicks x {rate:.2f}", rs(value))
        if vacc:
            p.pair(f"Vaccination at hatchery @ {vacc:.2f}", rs(round(chicks * vacc, 2)))
        p.pair("Total", rs(j.amount))
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
            rct = doc_no(rng, "RCT", j)
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        p.add("center", rng.choice(["RECEIVED", "Payment received"]), status=status)
        date_row(p, j, ["Received on", "Payment date"])
        if not j.no_day:
            p.pair("Dispatch date", j.other_day(rng, 2, 9))
        p.part = "foot"
        p.add("small", "Chicks are dispatched in ventilated boxes of 100 with 2% extra.")
        return p.done()
    if frame == "bank_mail":
        bank = rng.choice(["HDFC Bank", "ICICI Bank", "Kotak Mahindra Bank"])
        p = mail_page(
            rng,
            font,
            f"{bank} <payadvice@{bank.split()[0].lower()}bank.net>",
            [f"Payment advice from {COMPANY_CAPS}", "Funds credited - payment advice"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary payment advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "We have credited your account as instructed by our customer.")
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), hatch, merchant=hatch)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, rng.choice(["Remitter", "Remitter name"]), COMPANY_CAPS)
        p.pair(rng.choice(["Amount", "Amount credited"]), rs(j.amount), amount=j.amount)
        p.pair("Payment type", way, method="netbanking")
        wrap_pair(p, "Remitter's remarks", note)
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        p.add("left", "Status: Credited", status=status)
        date_row(p, j, ["Value date", "Credited on"])
        p.part = "foot"
        p.add("small", "This is an auto-generated advice. Please do not reply.")
        return p.done()
    title, url, bank = CIB[k]
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, title)
    p.add(
        "small",
        rng.choice(
            ["Single payment - acknowledgement", "Fund transfer - status", "Payments - transaction details"]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Payment processed", "Funds transferred successfully"],
            "pending": ["Transaction in process - awaiting beneficiary bank confirmation"],
            "failed": ["Transaction failed - beneficiary account frozen"],
        },
    )
    wrap_pair(p, "Debit account name", COMPANY_CAPS)
    p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee name", "Beneficiary", "Credit to"]), hatch, merchant=hatch
    )
    to_bank = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng, to_bank))
    p.pair(
        rng.choice(["Amount", "Transfer amount", "Debit amount", "Amount (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    if rng.random() < 0.5:
        p.pair("Charges (incl. GST)", rs({"NEFT": 2.95, "IMPS": 5.90, "RTGS": 29.50}[way]))
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    p.pair(rng.choice(["Payment mode", "Transfer type"]), way, method="netbanking")
    if not j.no_ref:
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        if status != "failed":
            ref = bank_ref(rng, j, way, to_bank)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        if status == "failed" or rng.random() < 0.5:
            p.pair(rng.choice(["Reference No.", "Txn Ref No."]), own, txn=(BANK_RANK, own))
    p.pair("Maker / Checker", f"{rng.choice(['acct', 'fin'])}.maker{rng.randrange(1, 4)} / md.checker")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date"],
            "pending": ["Initiated on"],
            "failed": ["Failed on", "Transaction date"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated acknowledgement.")
    return p.done()


# ---------------------------------------------------------------- 3. vaccines and medicines: UPI and payment links


VETS = [
    "Namakkal Poultry Medicals",
    "Sri Murugan Veterinary Agencies",
    "Kamadhenu Vet Pharma",
    "Siddipet Poultry Health Centre",
    "Ganga Animal Health Distributors",
    "Arogya Poultry Pharma",
    "Lakshmi Vet & Vaccines",
    "Poultry Care Medicals",
]
VET_APPS = ["Google Pay", "PhonePe", "Paytm", "Razorpay", "BHIM", "PayU", "iMobile Pay", "YONO SBI"]
VET_NOTES = [
    "Lasota vaccine 10 x 1000 ds",
    "IBD intermediate plus 20 vials",
    "RD F1 vaccine",
    "Marek's HVT 5 amp",
    "Enrofloxacin 10% 5 L",
    "Vitamin AD3E 1 L",
    "Toxin binder 25 kg",
    "Glutaraldehyde disinfectant 20 L",
]
# band, the app's own id label
VET_LOOK = {
    "Google Pay": (None, "Google transaction ID"),
    "PhonePe": ((95, 37, 159), "Transaction ID"),
    "Paytm": ((0, 46, 110), "Transaction ID"),
    "BHIM": ((0, 98, 65), None),
    "iMobile Pay": ((174, 40, 46), None),
    "YONO SBI": ((40, 60, 140), None),
}


def vet_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The farms paying vet distributors for vaccines, medicines and disinfectants: six UPI app screens (Google Pay,
    PhonePe, Paytm, BHIM, iMobile Pay, YONO SBI: the distributor under Paid to / To / Sent to / Paying to, its UPI ID,
    the sum large, Note / Remarks (Lasota vaccine 10 x 1000 ds), UPI transaction ID / UPI Ref No. / UTR / UPI
    Reference No., the app's own Google transaction ID / Transaction ID on some, Debited from / From, Date & time /
    Paid on / Completed / Attempted on) and two distributors' payment links (Razorpay, PayU: the distributor on top,
    Payment successful / Paid / Payment pending, the sum large, Paid by / Customer the company, Invoice ref, Payment
    method UPI / card / Net banking, Payment ID pay_... / PayU ID, UPI RRN / UPI Ref No. / Bank Ref No. / Auth code,
    Paid on / Date; the gateway's footer)."""
    k = place("vet_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=850, high=68000, p_round=0.7)
    to = VETS[k] if rng.random() < 0.75 else VETS[k].upper()
    app = VET_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "PayU"):
        url = (
            f"rzp.io/l/{code(rng, 8, ALNUM.lower())}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 10, MIXED)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Namakkal, Tamil Nadu", "Siddipet, Telangana", "Invoice payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending - awaiting bank confirmation"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), rng.choice([SHORT, COMPANY]))
        if not j.no_day:
            p.pair(
                "Invoice ref", f"{rng.choice(['NPM', 'INV', 'SI'])}/{fy(j.date)}/{rng.randrange(100, 9999)}"
            )
        way = rng.choice(["UPI", "card", "netbanking"])
        shown = {
            "UPI": "UPI",
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
        }[way]
        wrap_pair(p, rng.choice(["Payment method", "Paid via"]), shown, method=way)
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, MIXED)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Payments powered by PayU")
        return p.done()
    band, own_label = VET_LOOK[app]
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status", "UPI history"])
    p.part = "head"
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent", "Transaction Successful"],
            "failed": ["Payment Failed", "Transaction declined by bank"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", to, merchant=to)
    base = "".join(c for c in to.lower() if c.isalpha())[:12]
    vpa = f"{base}@{rng.choice(['okaxis', 'ybl', 'paytm', 'icici', 'sbi', 'kvb'])}"
    p.add("small", f"UPI ID: {vpa}", method="UPI")
    if status == "failed":
        p.add("small", "If money was debited, it will be refunded to your account within 3-5 working days.")
    p.add("rule")
    p.pair(rng.choice(["Note", "Remarks"]), rng.choice(VET_NOTES))
    if not j.no_ref:
        lab = rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR", "UPI Reference No."])
        p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        if own_label and rng.random() < 0.75:
            own = {
                "Google Pay": f"CICAg{code(rng, 9, MIXED)}",
                "PhonePe": f"T{digits(rng, 21)}" if j.no_day else f"T{j.date:%y%m%d}{digits(rng, 15)}",
                "Paytm": digits(rng, 20),
            }[app]
            wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    labels = (
        ["Date & time", "Paid on", "Completed"] if status == "success" else ["Attempted on", "Date & time"]
    )
    date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Report a problem"]))
    return p.done()


# ---------------------------------------------------------------- 4. its own receipts from broiler traders


TRADERS = [
    "Sri Ranga Poultry Traders",
    "M. Shanmugam Chicken Centre",
    "Hyderabad Live Birds Suppliers",
    "Sai Krishna Broiler Traders",
    "Al-Noor Chicken Wholesale",
    "Gajwel Poultry Agencies",
    "Selvam Broiler Marketing",
    "Venkatadri Chicken Traders",
]
TRADER_WAYS = ["cash", "UPI", "cheque", "IMPS", "cheque", "NEFT", "UPI", "cash"]


def broiler_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own receipts to broiler traders for money paid against live birds lifted (six printed MONEY
    RECEIPT / RECEIPT - LIVE BIRD SALES / PAYMENT RECEIPT and two of the accounts desk's e-mails): the company on top
    (its unit's address, GSTIN), Receipt No. / Rcpt. No., Date / Receipt date, Received from / Trader / Party M/s the
    trader, Trader code, Lifting slip No., Vehicle No., Birds lifted, Weight (kg), Rate per kg, Bill value, Previous
    balance, Total due, Amount received / Received / Cash received / Cheque received / Cheque amount, Balance
    outstanding, Mode Cash / UPI / IMPS / NEFT / Cheque with its UPI Ref No. / IMPS Ref No. / UTR or Cheque No.;
    RECEIVED WITH THANKS / RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE BOUNCED - FUNDS
    INSUFFICIENT; In words; Lifting date on some. The company is paid; the trader pays."""
    k = place("broiler_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=40000, high=480000, p_round=0.9)
    trader = TRADERS[k]
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    unit, what, addr, state = UNITS[j.unit]
    rs = money(rng, font, 0.6, marks=("Rs.", "Rs", "\u20b9", ""))
    if k in (3, 6):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@{SLUG}poultry.in>",
            ["Payment received - thank you", "Receipt for your payment", "Live bird sales - receipt"],
        )
        p.part = "head"
        top(p, payee, merchant=payee)
        p.add("small", f"{unit} - {what}")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [640, 700, 740])
        letterhead(
            p,
            payee,
            f"{unit} - {what}",
            addr,
            state,
            ["MONEY RECEIPT", "RECEIPT - LIVE BIRD SALES", "PAYMENT RECEIPT"],
        )
    if not j.no_ref:
        rct = doc_no(rng, "LBS" if rng.random() < 0.5 else "MR", j)
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rct, txn=(INVOICE_RANK, rct))
    date_row(p, j, ["Date", "Receipt date"])
    wrap_pair(p, rng.choice(["Received from", "Trader", "Party"]), rng.choice([f"M/s {trader}", trader]))
    p.pair("Trader code", f"TR-{rng.randrange(100, 999)}")
    p.pair("Lifting slip No.", str(rng.randrange(10000, 99999)))
    p.pair(
        "Vehicle No.",
        f"{'TN 28' if j.unit == 0 else 'TS 36'} {rng.choice(['AK', 'UA', 'T', 'BC'])} {digits(rng, 4)}",
    )
    birds = rng.randrange(1200, 3600)
    kg = round(birds * rng.uniform(1.9, 2.6), 1)
    rate = float(rng.randrange(84, 128))
    bill = round(kg * rate, 2)
    p.pair("Birds lifted", f"{birds:,}")
    p.pair("Weight (kg)", f"{kg:,.1f}")
    p.pair("Rate per kg", rs(rate))
    p.pair("Bill value", rs(bill))
    prev = float(rng.choice([0, rng.randrange(20, 300) * 100]))
    if prev:
        p.pair("Previous balance", rs(prev))
        p.pair("Total due", rs(bill + prev))
    j.amount = float(min(round((bill + prev) * rng.uniform(0.5, 1.0) / 100) * 100, bill + prev))
    way = by_bank(j, TRADER_WAYS[k])
    method = {"cash": "cash", "UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking")
    label = {
        "cash": rng.choice(["Cash received", "Amount received"]),
        "cheque": "Cheque received" if status != "failed" else "Cheque amount",
    }.get(way, rng.choice(["Amount received", "Received"]))
    p.pair(label, rs(j.amount), amount=j.amount)
    p.pair("Balance outstanding", rs(round(bill + prev - j.amount, 2)))
    p.pair("Mode", {"cash": "Cash", "cheque": "Cheque"}.get(way, way), method=method)
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way != "cash" and not j.no_ref:
        ref = bank_ref(rng, j, way)
        lab = "UPI Ref No." if way == "UPI" else utr_label(rng, way)
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    if not j.no_day and rng.random() < 0.6:
        p.pair("Lifting date", j.other_day(rng, -6, -1))
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (3, 6):
        right(p, "Cashier / Accounts")
        stamp_seal(p, SHORT, j, word)
    return p.done()


# ---------------------------------------------------------------- 5. egg buyers' payment advices


EGG_BUYERS = [
    ("FreshKart Retail Pvt Ltd", "vendorpayments@freshkart.in", "Table eggs 30s tray"),
    ("Amrutham Hotels & Caterers Pvt Ltd", "accounts@amrutham.co.in", "Table eggs 210 trays"),
    ("Dakshin Bakers & Confectioners Ltd", "ap@dakshinbakers.com", "Eggs for bakery"),
    ("Kerala Egg Distributors", "payments@keralaeggs.in", "Brown eggs 6s pack"),
    ("ZipGrocer Technologies Pvt Ltd", "payables@zipgrocer.com", "Eggs 12 pack"),
    ("Coastal Mess Suppliers", "accounts@coastalmess.in", "Eggs - hostel mess"),
]
EGG_FRAMES = ["mail", "sap", "portal", "mail", "sap", "mail", "portal", "mail"]


def egg_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An egg buyer (a retail chain, a quick-commerce company, a hotel group, a bakery chain, a distributor) paying
    the company by NEFT / RTGS / IMPS: its payment advice e-mails, a printed REMITTANCE ADVICE and its vendor portal
    page (the buyer on top, Accounts payable, the company under Payee / Vendor / Beneficiary / Supplier, Vendor code,
    the invoices paid (Invoices paid / Documents settled) with their sums and days, Less: TDS u/s 194Q @ 0.1%, Less:
    Breakage claim / Debit note (short supply), Net amount paid / Amount paid / Net payment, Payment mode / Mode,
    Credited to, UTR / UTR No. / RTGS UTR / IMPS Ref No., Payment document / Payment No.; Payment status: Paid /
    Status: Processed / On hold - bank details under verification / On hold - GRN mismatch under review / Rejected by
    bank - account closed; Payment date / Value date / Scheduled on / Rejected on)."""
    k = place("egg_advices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=40000, high=900000)
    buyer, mail, item = rng.choice(EGG_BUYERS)
    frame = EGG_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer} <{mail}>",
            ["Payment advice", "Remittance advice - vendor payment", f"Payment released - {SHORT}"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, buyer)
    p.add("small", rng.choice(["Accounts payable", "Vendor payments desk", "Finance - procurement"]))
    p.add(
        "center",
        {"mail": "Payment Advice", "sap": "REMITTANCE ADVICE", "portal": "Supplier portal - payment details"}[
            frame
        ],
    )
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary", "Supplier"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', '30', 'SUP'])}{digits(rng, 6)}")
    invoices = []
    for _ in range(rng.randrange(1, 4)):
        n = rng.randrange(100, 4999)
        no = f"KVP/EGG/{fy(j.date)}/{n:04d}" if not j.no_day else f"KVP-EGG-{n:04d}"
        invoices.append((no, rupees(rng, 15000, 300000, 0.3)))
    gross = sum(v for _, v in invoices)
    p.add("left", rng.choice(["Invoices paid", "Documents settled"]))
    for no, v in invoices:
        label = no
        if not j.no_day and rng.random() < 0.5:
            label = f"{no} dt. {j.other_day(rng, -40, -5)}"
        elif fits(p, "pair", f"{no} ({item}) {v:,.2f}    "):
            label = f"{no} ({item})"
        p.pair(label, rs(v))
    cut = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
    claim = float(rng.choice([0, 0, 1260, 2380, 4115]))
    if claim:
        p.pair(rng.choice(["Less: Breakage claim", "Less: Debit note (short supply)"]), rs(claim))
    j.amount = round(gross - cut - claim, 2)
    p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = by_bank(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"]))
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way, bank)
            p.pair(utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', '47'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document", "Payment No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Processed"],
            "pending": ["On hold - bank details under verification", "On hold - GRN mismatch under review"],
            "failed": ["Rejected by bank - account closed"],
        },
    )
    date_row(
        p,
        j,
        {"success": ["Payment date", "Value date"], "pending": ["Scheduled on"], "failed": ["Rejected on"]}[
            status
        ],
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 6. egg importers' wires and outward remittances


IMPORTERS = [
    ("Al Bahja Foodstuff Trading LLC", "Muscat, Oman", "Bank Muscat SAOG", "BMUSOMRX"),
    ("Maldives Fresh Supplies Pvt Ltd", "Male, Maldives", "Bank of Maldives PLC", "MALBMVMV"),
    ("Doha Poultry Distribution WLL", "Doha, Qatar", "Qatar National Bank QPSC", "QNBAQAQA"),
    ("Gulf Table Eggs Trading LLC", "Dubai, UAE", "Emirates NBD Bank PJSC", "EBILAEAD"),
]
# supplier abroad, city, currency, its bank, BIC, IBAN country, what was bought
ABROAD = [
    (
        "Veldhoven Poultry Vaccines BV",
        "Boxmeer, Netherlands",
        "EUR",
        "ABN AMRO Bank NV",
        "ABNANL2A",
        "NL",
        "ND and IB live vaccines",
    ),
    (
        "Nordisk Feed Enzymes A/S",
        "Kalundborg, Denmark",
        "EUR",
        "Danske Bank A/S",
        "DABADKKK",
        "DK",
        "Phytase feed enzyme",
    ),
    (
        "Hatchtec Incubation GmbH",
        "Rheda-Wiedenbrueck, Germany",
        "EUR",
        "Deutsche Bank AG",
        "DEUTDEFF",
        "DE",
        "Incubator spares",
    ),
    (
        "Norfolk Poultry Equipment Ltd",
        "Norwich, United Kingdom",
        "GBP",
        "Barclays Bank PLC",
        "BARCGB22",
        "GB",
        "Nipple drinker lines",
    ),
]
# in or out, bank, frame
WIRE_FRAMES = [
    ("in", "HDFC Bank", "browser"),
    ("out", "State Bank of India", "paper"),
    ("in", "ICICI Bank", "mail"),
    ("out", "Axis Bank", "mail"),
    ("in", "Indian Overseas Bank", "paper"),
    ("out", "HDFC Bank", "browser"),
    ("in", "Kotak Mahindra Bank", "mail"),
    ("out", "Karur Vysya Bank", "paper"),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def foreign_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Egg exports and imports for the farms: four inward remittance advices from Gulf and Maldives egg importers
    (HDFC Bank's page, ICICI Bank's and Kotak's e-mails, Indian Overseas Bank's printed advice: the bank on top,
    Inward Remittance Advice / Foreign Inward Remittance - Credit Advice, Beneficiary / Beneficiary name the company,
    Remitter / Ordering customer the importer, Remitting bank and BIC, Remittance amount / Foreign currency amount in
    USD, Exchange rate, INR equivalent, Less: Bank charges, Amount credited (INR), Purpose code P0102, Against invoice,
    Mode SWIFT inward (MT103), Inward ref No. / Our reference / Transaction reference, UETR on some, Value date /
    Credited on / Received on) and four outward remittance advices for vaccines, feed enzymes, incubator spares and
    drinker lines (SBI's and KVB's printed advices, Axis Bank's e-mail, HDFC Bank's page: Outward Remittance - Debit
    Advice / Import payment - SWIFT MT103 advice, Remitter / Applicant the company, Beneficiary / Beneficiary name the
    supplier abroad, Beneficiary bank, BIC, IBAN, Remittance amount / Amount remitted / Foreign currency amount in EUR
    or GBP, Exchange rate (TT selling), INR equivalent, Commission and SWIFT charges, GST on currency conversion, Total
    debited (INR), Purpose code S0102, Bill of entry No., Against invoice, Our reference / Remittance ref No. /
    Transaction reference, UETR on some, Value date / Remittance date / Debited on / Request date / Returned on;
    Remittance processed - MT103 sent / Under process - Form A2 and import invoice awaited / Returned by beneficiary
    bank - IBAN invalid)."""
    k = place("foreign_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    way, bank, frame = WIRE_FRAMES[k]
    if way == "in":
        party, city, rbank, bic = rng.choice(IMPORTERS)
        cur, what = "USD", "Table eggs (40 ft reefer)"
    else:
        party, city, cur, rbank, bic, cc, what = ABROAD[k // 2]
    j.amount = (
        round(rng.uniform(6000, 52000), 2) if rng.random() < 0.6 else float(rng.randrange(60, 520) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    if frame == "browser":
        p = browser_page(
            rng, font, f"corp.{bank.split()[0].lower()}.co.in/trade/{way}ward/{code(rng, 8, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeadvice@{bank.split()[0].lower()}bank.net>",
            ["Inward remittance credited to your account", "Credit advice - foreign inward remittance"]
            if way == "in"
            else ["Outward remittance - debit advice", "Your import payment has been processed"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Trade Finance Centre, Coimbatore", "Global Trade Services", "Forex Back Office"]),
    )
    if way == "in":
        kinds = ["Inward Remittance Advice", "Foreign Inward Remittance - Credit Advice"]
    else:
        kinds = ["Outward Remittance - Debit Advice", "Import payment - SWIFT MT103 advice"]
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS]) if way == "in" else party
    words = (
        {
            "success": ["Status: Credited", "Credited to your account"],
            "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
        }
        if way == "in"
        else {
            "success": ["Remittance processed - MT103 sent", "Status: Remitted"],
            "pending": ["Under process - Form A2 and import invoice awaited"],
            "failed": ["Returned by beneficiary bank - IBAN invalid"],
        }
    )
    outcome_row(p, status, words)
    inv_no = (
        f"KVP/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
        if not j.no_day
        else f"KVP-EXP-{rng.randrange(10, 99):03d}"
    )
    if way == "in":
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['Current', 'EEFC'])})")
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{party}, {city}")
        wrap_pair(p, "Remitting bank", rbank)
        p.pair("BIC", bic + rng.choice(["", "XXX"]))
        p.pair(
            rng.choice(["Remittance amount", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    else:
        wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY_CAPS, COMPANY]))
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        wrap_pair(p, "Beneficiary address", city)
        wrap_pair(p, "Beneficiary bank", rbank)
        p.pair("BIC", bic + rng.choice(["", "XXX"]))
        body = {"NL": bic[:4] + digits(rng, 10), "GB": bic[:4] + digits(rng, 14), "DE": digits(rng, 18)}
        p.pair("IBAN", f"{cc}{rng.randrange(10, 99)}{body.get(cc, digits(rng, 14))}")
        p.pair(
            rng.choice(["Remittance amount", "Amount remitted", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate" if way == "in" else "Exchange rate (TT selling)", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    charges = float(rng.choice([500, 750, 1000, 1250])) + round(rng.uniform(0, 400), 2)
    if way == "in":
        p.pair("Less: Bank charges (incl. GST)", f"{charges:,.2f}")
        if status != "failed":
            p.pair("Amount credited (INR)", f"{inr - charges:,.2f}")
        p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
        wrap_pair(p, "Against invoice", f"{inv_no} - {what}")
    else:
        gst = round(min(inr * 0.01 * 0.18, 1800) + 45, 2)
        p.pair("Commission and SWIFT charges", f"{charges:,.2f}")
        p.pair("GST on currency conversion", f"{gst:,.2f}")
        p.pair("Total debited (INR)", f"{inr + charges + gst:,.2f}")
        purpose = rng.choice(["S0102 - import payment", "S0101 - advance against imports"])
        p.pair("Purpose code", purpose)
        if purpose.startswith("S0102"):
            p.pair("Bill of entry No.", f"{rng.randrange(1000000, 9999999)}")
        wrap_pair(p, "Against invoice", f"{code(rng, 2, UPPER)}-{rng.randrange(10000, 99999)} - {what}")
    p.pair("Mode", rng.choice(["SWIFT (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        year = "" if j.no_day else f"{j.date:%y}"
        ref = (
            f"{rng.choice(['IRM', 'FIR', 'TF']) if way == 'in' else rng.choice(['ORM', 'OWR', 'TFO'])}{year}"
        )
        ref += digits(rng, 9)
        labels = (
            ["Inward ref No.", "Our reference", "Transaction reference"]
            if way == "in"
            else ["Our reference", "Remittance ref No.", "Transaction reference"]
        )
        p.pair(rng.choice(labels), ref, txn=(BANK_RANK, ref))
        if rng.random() < 0.5:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
    if way == "in":
        labels = {
            "success": ["Value date", "Credited on"],
            "pending": ["Received on"],
            "failed": ["Returned on"],
        }
    else:
        labels = {
            "success": ["Value date", "Remittance date", "Debited on"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }
    date_row(p, j, labels[status])
    p.part = "foot"
    p.add(
        "small",
        "e-BRC will be uploaded to DGFT once the shipping bill is linked."
        if way == "in"
        else "Remittance made under the Current Account rules of FEMA, 1999.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. slips at fuel outlets and counters


COUNTERS = [
    ("SRI SAKTHI FUELS - IOCL", "MOHANUR RD NAMAKKAL", "fuel"),
    ("SIDDIPET AGRO HARDWARES", "GAJWEL ROAD SIDDIPET", "sale"),
    ("NAMAKKAL POULTRY EQUIPMENTS", "TRICHY ROAD NAMAKKAL", "sale"),
    ("VEL MURUGAN ELECTRICALS", "PARAMATHI VELUR", "sale"),
    ("SVS FUELS - BPCL DEALER", "KARIMNAGAR RD SIDDIPET", "fuel"),
    ("KAVERI VET MEDICALS", "SALEM ROAD NAMAKKAL", "upi"),
    ("SRI RAMA GUNNY & BAGS", "MARKET YARD SIDDIPET", "sale"),
    ("HP - MANJUNATHA FILLING STN", "NH 44 KAMAREDDY", "fuel"),
]
MAKERS = ["PINE LABS", "HDFC BANK", "WORLDLINE", "ICICI BANK", "MOSAMBEE", "PAYTM EDC", "AXIS BANK", "EZETAP"]
SLIP_ITEMS = {
    1: "PVC PIPES + FITTINGS",
    2: "FEEDERS 40 NOS",
    3: "EXHAUST FAN 48 IN",
    5: "VACCINE COOL BOX",
    6: "HDPE BAGS 50 KG X 2000",
}


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Card and UPI terminal slips (PINE LABS, HDFC BANK, WORLDLINE, ICICI BANK, MOSAMBEE, PAYTM EDC, AXIS BANK,
    EZETAP; monospace): diesel for the generators and feed trucks at fuel outlets (PRODUCT: HSD, VOLUME: n L, RATE:,
    VEHICLE NO: or DG SET - BARREL), hardware, equipment, electricals and bag counters, a vet store's UPI QR slip; the
    maker on top on some, the counter's name and town in capitals, DATE: / TIME: on one row or DT: TM:, MID:, TID:,
    BATCH NO:, INVOICE NO: / ROC NO:, SALE / UPI SALE, ITEM:, CARD NO: / CARD TYPE: / ENTRY:, MODE: UPI and PAYER
    VPA:, APPR CODE: / AUTH CODE:, RRN: / REF NO: / UPI REF NO:, AMOUNT: / TOTAL: / SALE AMT: / NET AMT:; APPROVED /
    TXN SUCCESSFUL / DECLINED with RESP CODE: 51 INSUFFICIENT FUNDS / TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("counter_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=650, high=48000)
    name, town, kind = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
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
    p.add("center", "UPI SALE" if kind == "upi" else "SALE")
    if kind == "fuel":
        price = round(rng.uniform(90.2, 94.6), 2)
        litres = round(rng.uniform(40, 420), 2)
        j.amount = round(price * litres, 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("VOLUME:", f"{litres:.2f} L")
        p.pair("RATE:", f"{price:.2f}")
        p.pair(
            "VEHICLE NO:",
            rng.choice(["DG SET - BARREL", f"TN28 AK {digits(rng, 4)}", f"TS36 UA {digits(rng, 4)}"]),
        )
    else:
        p.pair("ITEM:", SLIP_ITEMS[k])
    if kind == "upi":
        p.pair("MODE:", "UPI", method="UPI")
        p.pair("PAYER VPA:", f"{SLUG}{rng.choice(['farm', 'accts', 'nkl'])}@{rng.choice(['okicici', 'kvb'])}")
    else:
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "RUPAY BUSINESS"]))
        p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP"]))
    if not j.no_ref:
        if status == "success" and kind != "upi":
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair(
            "UPI REF NO:" if kind == "upi" else rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref)
        )
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:", "NET AMT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        if kind != "upi":
            p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", "RESP CODE: 51 INSUFFICIENT FUNDS")
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 8. workers' wages and the catching gangs' bills


GANGS = [
    (
        "Sri Muneeswaran Labour Contractors",
        "Bird catching, loading and shed cleaning",
        "Paramathi Road, Namakkal - 637207",
    ),
    (
        "Raju Naik Labour Supply",
        "Catching gangs | litter removal | feed bag unloading",
        "Gajwel, Siddipet - 502278",
    ),
]
LABOUR_FRAMES = ["voucher", "bulk", "gang", "voucher", "bulk", "voucher", "gang", "voucher"]


def labour_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The farms' labour: four printed WAGE VOUCHER / WAGES PAYMENT VOUCHER / WEEKLY WAGE SLIP CUM RECEIPT (the
    company on top, Voucher No., Date / Paid on, Paid to / Name of worker, Worker ID, Section (Layer shed 4, Egg
    grading, Feed mill - bagging, Broiler farm supervision), Days worked n x rate, Overtime, Gross wages, Less:
    Advance / Canteen, Net wages paid / Net amount paid, Mode Cash / UPI / IMPS with its reference; PAID; the
    worker's signature or thumb impression), two bulk payout rows in corporate banking (Bulk upload - beneficiary
    status, File, Debit account name, Beneficiary name the worker, Amount, Mode IMPS, IMPS Ref No. or the bank's Txn
    Ref No., Status: In process / Failed - invalid account, Processed on / Value date) and two catching gangs' bills
    (LABOUR BILL / BIRD CATCHING & LOADING BILL / BILL CUM RECEIPT: the contractor on top, Bill No., Date, To M/s the
    company, Site, Birds loaded n @ rate, Shed cleaning, Total, Less: TDS u/s 194C @ 1%, Net received / Amount
    received, Mode with its UPI Ref No. / IMPS Ref No.; RECEIVED WITH THANKS)."""
    k = place("labour_wages")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=2400, high=24000)
    worker = rng.choice(WORKERS)
    rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "\u20b9", ""))
    frame = LABOUR_FRAMES[k]
    unit, what, addr, state = UNITS[j.unit]
    if frame == "bulk":
        p = browser_page(rng, font, f"corp.{rng.choice(['icicibank', 'kvb', 'axisbank'])}.com/bulk/status")
        p.part = "head"
        p.add("title", rng.choice(["ICICI Bank CIB", "KVB Corporate", "Axis Bank Corporate"]))
        p.add("small", "Bulk upload - beneficiary status")
        p.add("rule")
        p.part = "body"
        p.pair("File", f"WAGES_{unit.upper()}_{j.month(0).replace(' ', '_').upper()}.csv")
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        name = worker.upper() if rng.random() < 0.5 else worker
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref and status != "failed":
            p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref:
            own = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Txn Ref No.", own, txn=(BANK_RANK, own))
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
    if frame == "gang":
        gang, line, gaddr = GANGS[j.unit]
        name = gang.upper() if rng.random() < 0.3 else gang
        p = paper_page(rng, font, [600, 660, 700])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{gaddr}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", rng.choice(["LABOUR BILL", "BIRD CATCHING & LOADING BILL", "BILL CUM RECEIPT"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            bno = doc_no(rng, "LB", j)
            p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        date_row(p, j, ["Date", "Bill date"])
        ours_to(p, ["To", "Customer"], j.unit)
        p.pair("Site", f"{unit} - {rng.choice(['sheds 3 & 4', 'contract farm, Velur', 'broiler shed B2'])}")
        birds = rng.randrange(6000, 24000)
        per = rng.choice([0.45, 0.5, 0.6, 0.75])
        total = round(birds * per, 2)
        p.pair(f"Birds loaded {birds:,} @ {per:.2f}", rs(total))
        clean = float(rng.choice([0, 4500, 6000]))
        if clean:
            p.pair("Shed cleaning", rs(clean))
            total += clean
        p.pair("Total", rs(total))
        tds = round(total * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair(rng.choice(["Net received", "Amount received"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["UPI", "IMPS"]))
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "RECEIVED WITH THANKS", status=status)
        p.part = "foot"
        right(p, f"For {name}")
        return p.done()
    p = paper_page(rng, font, [560, 620, 680])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit} - {what}",
        addr,
        state,
        ["WAGE VOUCHER", "WAGES PAYMENT VOUCHER", "WEEKLY WAGE SLIP CUM RECEIPT"],
        merchant=False,
    )
    if not j.no_ref:
        vno = doc_no(rng, "WV", j)
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"])
    wrap_pair(p, rng.choice(["Paid to", "Name of worker"]), worker, merchant=worker)
    p.pair("Worker ID", f"{'NKL' if j.unit == 0 else 'SDP'}-{rng.randrange(100, 999)}")
    p.pair(
        "Section",
        rng.choice(["Layer shed 4", "Egg grading", "Feed mill - bagging", "Broiler farm supervision"]),
    )
    days, rate = rng.randrange(5, 27), float(rng.choice([480, 520, 560, 600, 650]))
    gross = days * rate
    ot = float(rng.choice([0, 0, 360, 720]))
    p.pair(f"Days worked {days} x {rate:.0f}", rs(gross))
    if ot:
        p.pair("Overtime", rs(ot))
    p.pair("Gross wages", rs(gross + ot))
    adv = float(rng.choice([0, 500, 1000, 1500]))
    canteen = float(rng.choice([0, 0, 240, 420]))
    if adv:
        p.pair("Less: Advance", rs(adv))
    if canteen:
        p.pair("Less: Canteen", rs(canteen))
    j.amount = round(gross + ot - adv - canteen, 2)
    p.pair(rng.choice(["Net wages paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    way = "cash" if j.no_ref else rng.choice(["cash", "UPI", "IMPS"])
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "IMPS": "IMPS"}[way],
        method={"cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way],
    )
    if way != "cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", "PAID", status=status)
    p.part = "foot"
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 9. generator dealers' service bills and diesel


GENSET_FIRMS = [
    (
        "Sri Balaji Power Systems",
        "DG sets 15 - 500 kVA: sales, service, AMC",
        "Salem Road, Namakkal - 637001, Tamil Nadu",
        "33",
    ),
    (
        "Deccan Gensets & Services",
        "DG set AMC | alternator rewinding | AMF panels",
        "Medak Road, Siddipet - 502103, Telangana",
        "36",
    ),
]
DIESEL_DEALERS = [
    (
        "Sri Sakthi Fuels",
        "IOCL dealer - bulk HSD to farms by fuel bowser",
        "Mohanur Road, Namakkal - 637001",
        "33",
    ),
    ("SVS Fuels", "BPCL dealer - HSD door delivery", "Karimnagar Road, Siddipet - 502103", "36"),
]
GEN_ITEMS = [
    ("Engine oil 15W-40 (26 L)", 7800, 9600),
    ("Fuel filter + oil filter", 1900, 3400),
    ("Air filter element", 2400, 4200),
    ("Battery 150 Ah (exchange)", 9800, 13500),
    ("Service charges - 125 kVA", 3500, 6500),
    ("AVR replacement", 6200, 11800),
    ("Coolant top-up and radiator flush", 1800, 3600),
]
GEN_FRAMES = ["svc", "hsd", "svc", "hsd_mail", "svc", "hsd", "svc", "hsd"]
GEN_WAYS = ["NEFT", "UPI", "cheque", "NEFT", "UPI", "IMPS", "UPI", "cheque"]


def genset_diesel(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The generators that carry the sheds' fans and the feed mill through power cuts: four genset dealers' SERVICE
    BILL / SERVICE REPORT CUM BILL / TAX INVOICE - SERVICE (serif paper: the dealer on top, Bill No. / Invoice No.,
    Date / Bill date, Customer M/s the company, Site, DG set (125 kVA / 250 kVA), Engine Sr. No., Call No., Hour meter,
    the parts and service n x rate, Sub total, CGST and SGST @ 18%, Total, Less: TDS u/s 194C @ 2% on some, Net
    received / Amount received / Cheque received / Balance due, Mode with its UTR, UPI Ref No. or Cheque No.; PAID /
    RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / UPI DECLINED - BALANCE DUE) and four diesel dealers' bills
    for HSD delivered to the farms (CREDIT BILL / HSD DELIVERY BILL, one as the dealer's e-mail: Bill No., Date,
    Delivery challan No., Bowser No., HSD n L @ rate (VAT included), Amount, Amount received / Received, Mode with its
    reference; PAID / RECEIVED)."""
    k = place("genset_diesel")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=8000, high=120000)
    frame = GEN_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "", "\u20b9"))
    unit = UNITS[j.unit][0]
    way = by_bank(j, GEN_WAYS[k])
    if frame in ("hsd", "hsd_mail"):
        dealer, line, addr, state = DIESEL_DEALERS[j.unit]
        name = dealer.upper() if rng.random() < 0.3 else dealer
        if frame == "hsd_mail":
            p = mail_page(
                rng,
                font,
                f"{dealer} <billing@{dealer.split()[0].lower()}fuels.in>",
                ["HSD delivery bill and payment receipt", "Payment received - HSD supply"],
            )
            p.part = "head"
            top(p, name, merchant=name)
            p.add("small", line)
            p.add("center", "HSD delivery bill - payment received")
            p.add("rule")
            p.part = "body"
        else:
            p = paper_page(rng, font, [620, 680, 720])
            letterhead(p, name, line, addr, state, ["CREDIT BILL", "HSD DELIVERY BILL", "BILL"])
        if not j.no_ref:
            bno = doc_no(rng, "HSD", j)
            p.pair(rng.choice(["Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
        date_row(p, j, ["Date", "Bill date"])
        ours_to(p, ["Customer", "To"], j.unit)
        p.pair("Delivered at", f"{unit} - {rng.choice(['DG room', 'feed mill DG', 'shed 6 DG set'])}")
        p.pair("Delivery challan No.", str(rng.randrange(1000, 9999)))
        p.pair("Bowser No.", f"{'TN 28' if j.unit == 0 else 'TS 36'} {code(rng, 2, UPPER)} {digits(rng, 4)}")
        price = round(rng.uniform(90.2, 94.6), 2)
        litres = float(rng.randrange(200, 1200))
        j.amount = round(price * litres, 2)
        p.pair(f"HSD {litres:,.0f} L @ {price:.2f}", rs(j.amount))
        p.add("small", "Price includes VAT. HSD is outside GST.")
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        method = {"UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking")
        p.pair("Mode", {"cheque": "Cheque"}.get(way, way), method=method)
        if way == "cheque":
            p.pair("Cheque No.", digits(rng, 6))
        elif not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair("UPI Ref No." if way == "UPI" else utr_label(rng, way), ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["PAID", "RECEIVED"]), status=status)
        p.part = "foot"
        right(p, f"For {name}")
        return p.done()
    firm, line, addr, state = GENSET_FIRMS[j.unit]
    name = firm.upper() if rng.random() < 0.3 else firm
    p = paper_page(rng, font, [700, 740])
    letterhead(
        p, name, line, addr, state, ["SERVICE BILL", "SERVICE REPORT CUM BILL", "TAX INVOICE - SERVICE"]
    )
    if not j.no_ref:
        bno = doc_no(rng, "SB", j)
        p.pair(rng.choice(["Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Date", "Bill date"])
    ours_to(p, ["Customer", "Bill to"], j.unit)
    p.pair("Site", f"{unit} - {rng.choice(['layer sheds DG', 'feed mill', 'hatchery block'])}")
    p.pair("DG set", rng.choice(["125 kVA", "250 kVA", "62.5 kVA"]))
    p.pair("Engine Sr. No.", f"{code(rng, 3, UPPER)}{digits(rng, 7)}")
    p.pair("Call No.", f"C-{rng.randrange(1000, 9999)}")
    p.pair("Hour meter", f"{rng.randrange(1200, 18000):,} hrs")
    sub = 0.0
    for item, lo, hi in rng.sample(GEN_ITEMS, rng.randrange(2, 4)):
        value = float(rng.randrange(lo, hi))
        sub += value
        p.pair(item, rs(value)) if fits(p, "pair", f"{item} {value:,.2f}    ") else (
            p.add("left", item),
            p.add("right", rs(value)),
        )
    p.pair("Sub total", rs(sub))
    total = gst_lines(p, rs, sub, 18, False)
    p.pair("Total", rs(total))
    j.amount = total
    if rng.random() < 0.5 and way != "cheque":
        tds = round(sub * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
    p.add("rule")
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
    else:
        label = "Balance due" if status == "failed" else rng.choice(["Net received", "Amount received"])
        p.pair(label, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair("UPI Ref No." if way == "UPI" else utr_label(rng, way), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "UPI DECLINED - BALANCE DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, f"For {name}")
    stamp_seal(p, firm, j, word)
    return p.done()


# ---------------------------------------------------------------- 10. electricity and the government's fees


POWER_FRAMES = ["bbps", "board", "pcb", "bbps", "fssai", "board", "pcb", "bbps"]
BOARDS = [
    ("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL", "www.tnpdcl.org", "Service No."),
    ("Southern Power Distribution Company of Telangana Ltd", "TGSPDCL", "www.tgsouthernpower.org", "USC No."),
]
PCBS = [
    ("Tamil Nadu Pollution Control Board", "ocmms.tnpcb.gov.in/payment/receipt"),
    ("Telangana State Pollution Control Board", "tgocmms.nic.in/payment/acknowledgement"),
]
BIZ_APPS = ["ICICI InstaBIZ", "Kotak FYN", "HDFC SmartHub Vyapar", "KVB DLite Business"]


def power_govt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The farms' electricity and the government's fees: three Bharat Connect pages in business banking apps (ICICI
    InstaBIZ, Kotak FYN, HDFC SmartHub Vyapar, KVB DLite Business: the sum large, Biller / Electricity board TNPDCL or
    TGSPDCL short or long, Service No. / USC No., Consumer name the company, Bill date, Due date, Bill amount, Paid
    from Current A/c or UPI, B-Connect Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on / Date & time /
    Initiated on), two of the boards' own pages (the board on top, Quick pay - receipt, Service No. / USC No., Tariff,
    Bill month, Mode, Receipt No., Bank Ref No. / UPI Ref No., Amount paid / Amount, Date of payment / Transaction
    date), the pollution control boards' consent fee pages (TNPCB's and TGPCB's OCMMS: the board on top, Consent fee
    - payment acknowledgement, Application No., Industry name / Unit name the company, Category Orange - poultry
    (layer / broiler) farm, Consent to operate - renewal, Fee amount, Payment gateway SBIePay, Transaction ID / SBIePay
    Ref No., Bank Ref No., Paid on / Payment date) and FSSAI's FoSCoS licence fee page (Food Safety and Standards
    Authority of India on top, Application reference No., Licence No., Name of FBO the company, Kind of business, Fee
    for n years, Amount paid, Transaction ID, Bank Ref No., Payment date); Bill payment successful / Bill payment in
    process / Payment failed - amount if debited will be refunded / Payment successful / Fee paid."""
    k = place("power_govt")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=12000, high=380000, p_round=0.4)
    frame = POWER_FRAMES[k]
    rs = money(rng, font, 0.4)
    if frame == "bbps":
        long, short, _, id_label = BOARDS[j.unit]
        board = rng.choice([long, short])
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        p.part = "head"
        p.add("title", BIZ_APPS[k % 4])
        p.add("small", "Bharat Connect - Electricity")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful"],
                "pending": ["Bill payment in process"],
                "failed": ["Bill payment failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Biller", "Electricity board"]), board, merchant=board)
        p.pair(id_label, digits(rng, 10 if j.unit else 12))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "KONGU VEL POULTRY & FEEDS P"]))
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(j.amount))
        way = rng.choice(["netbanking", "UPI"])
        p.pair(
            "Paid from",
            f"Current A/c XXXX{digits(rng, 4)}" if way == "netbanking" else f"UPI - {SLUG}accts@okicici",
            method=way,
        )
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref))
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"] if status == "success" else ["Initiated on"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    if frame == "board":
        long, short, site, id_label = BOARDS[j.unit]
        board = rng.choice([long, short])
        p = browser_page(rng, font, f"{site}/QuickPay/receipt?ref={digits(rng, 9)}")
        p.part = "head"
        top(p, board, merchant=board)
        p.add("small", rng.choice(["Quick pay - receipt", "Online payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "failed": ["Payment failed - amount if debited will be refunded"],
                "pending": ["Payment pending"],
            },
        )
        p.pair(id_label, f"{rng.randrange(10, 99)}-{digits(rng, 3)}-{digits(rng, 4)}")
        p.pair("Tariff", rng.choice(["LT III-B Poultry farms", "LT-V Agriculture allied", "HT-I Industrial"]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
            if status == "success":
                p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(
                "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                bref,
                txn=((UTR_RANK if way == "UPI" else BANK_RANK), bref),
            )
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        date_row(p, j, ["Date of payment", "Payment date"] if status == "success" else ["Transaction date"])
        return p.done()
    if frame == "pcb":
        body, url = PCBS[j.unit]
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, body, merchant=body)
        p.add("small", "Online Consent Management & Monitoring System (OCMMS)")
        p.add("center", rng.choice(["Consent fee - payment acknowledgement", "Fee payment receipt"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Fee paid"],
                "failed": ["Payment failed"],
                "pending": ["Pending"],
            },
        )
        p.pair("Application No.", f"{rng.randrange(10000000, 99999999)}")
        wrap_pair(p, rng.choice(["Industry name", "Unit name"]), rng.choice([COMPANY_CAPS, COMPANY]))
        wrap_pair(p, "Category", f"Orange - poultry ({'layer' if j.unit == 0 else 'broiler'}) farm")
        p.pair("Consent type", "Consent to operate - renewal")
        j.amount = float(rng.choice([15000, 22500, 30000, 37500, 45000]))
        p.pair(rng.choice(["Fee amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI"])
        p.pair(
            "Payment mode",
            "SBIePay - Net banking" if way == "netbanking" else "SBIePay - UPI",
            method=way,
        )
        if not j.no_ref:
            tid = digits(rng, 16)
            p.pair(rng.choice(["Transaction ID", "SBIePay Ref No."]), tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair(
                    "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                    bref,
                    txn=((UTR_RANK if way == "UPI" else BANK_RANK), bref),
                )
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        return p.done()
    payee = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
    p = browser_page(rng, font, "foscos.fssai.gov.in/payment/receipt")
    p.part = "head"
    top(p, payee, merchant=payee)
    p.add("small", "FoSCoS - Food Safety Compliance System")
    p.add("center", "Licence fee - payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Fee paid"]})
    p.pair("Application reference No.", f"{rng.randrange(10, 30)}{digits(rng, 12)}")
    p.pair("Licence No.", f"1{rng.randrange(0, 3)}{digits(rng, 12)}")
    wrap_pair(p, "Name of FBO", rng.choice([COMPANY_CAPS, COMPANY]))
    wrap_pair(p, "Kind of business", "Egg grading and packing centre")
    years = rng.randrange(1, 6)
    j.amount = float(3000 * years)
    p.pair("Fee", f"{years} year(s) x 3,000")
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    p.pair("Mode", "Net banking", method="netbanking")
    if not j.no_ref:
        tid = f"FSS{digits(rng, 13)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Payment date", "Paid on"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 11. FASTag, brooder gas and wallet bill payments


FASTAG_ISSUERS = ["IDFC FIRST Bank FASTag", "ICICI Bank FASTag", "Bank of Baroda FASTag", "Axis Bank FASTag"]
GAS = [
    (
        "Mohanur HP Gas Agency",
        "HPCL distributor - domestic & commercial LPG",
        "Mohanur Road, Namakkal - 637015",
        "33",
    ),
    (
        "Siddipet Bharatgas Distributors",
        "BPCL LPG distributor",
        "Old Bus Stand Road, Siddipet - 502103",
        "36",
    ),
]
FASTAG_FRAMES = ["fastag", "memo", "fastag", "wallet", "lpg_app", "fastag", "memo", "wallet"]
FASTAG_APPS = {0: "PhonePe", 2: "Paytm", 5: "Amazon Pay"}
WALLET_BILLERS = ["Airtel Postpaid", "BSNL Fibre", "Jio Postpaid", "ACT Fibernet"]


def fastag_gas(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Small bills of the farms: three FASTag recharges for the feed trucks and egg vans in PhonePe, Paytm and Amazon
    Pay (Recharge successful / Recharge failed - amount will be refunded, the sum large, Biller / FASTag issuer (IDFC
    FIRST Bank FASTag, ICICI Bank FASTag), Vehicle No., Tag ID, Customer name the company, Paid using UPI / Wallet,
    UPI Ref No., B-Connect Txn ID, Transaction ID, Paid on), two gas distributors' cash memos for the brooders' 19 kg
    commercial cylinders (CASH MEMO / TAX INVOICE: the distributor on top, Memo No., Date, Consumer No., Customer M/s
    the company, cylinders n x rate incl. GST, DAC, Total / Amount paid, Mode Cash / UPI with UPI Ref No.; PAID), an
    oil company's app paying the distributor (Indian Oil ONE / HP Pay: Payment successful, Distributor the
    distributor, Booking No., Amount, Paid via, Payment date) and two wallet bill payments (Paytm Wallet, MobiKwik:
    Biller Airtel Postpaid / BSNL Fibre / Jio Postpaid / ACT Fibernet, Account / Mobile No., Paid from Wallet, Wallet
    Txn ID, Bharat Connect Ref. No., Paid on; Payment pending - awaiting confirmation from biller)."""
    k = place("fastag_gas")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1500, high=18000, p_round=0.9)
    frame = FASTAG_FRAMES[k]
    rs = money(rng, font, 0.6)
    vehicle = f"{'TN28' if j.unit == 0 else 'TS36'}{code(rng, 2, UPPER)}{digits(rng, 4)}"
    if frame == "fastag":
        app = FASTAG_APPS[k]
        p = phone_page(rng, font, k, ["FASTag recharge", "Transaction details", ""])
        p.part = "head"
        band = {"PhonePe": (95, 37, 159), "Paytm": (0, 46, 110), "Amazon Pay": (35, 47, 62)}[app]
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
        p.add("title", {"Amazon Pay": "amazon pay"}.get(app, app))
        p.add("gap")
        p.part = "body"
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000, 5000]))
        outcome_row(
            p,
            status,
            {
                "success": ["Recharge successful", "FASTag recharged"],
                "failed": ["Recharge failed - amount will be refunded"],
                "pending": ["Recharge pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        issuer = rng.choice(FASTAG_ISSUERS)
        wrap_pair(p, rng.choice(["Biller", "FASTag issuer"]), issuer, merchant=issuer)
        p.pair("Vehicle No.", vehicle)
        p.pair("Tag ID", f"34161FA82{digits(rng, 15)}")
        wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
        way = "wallet" if app != "PhonePe" and rng.random() < 0.5 else "UPI"
        p.pair(
            "Paid using",
            {"wallet": f"{app} Wallet" if app == "Paytm" else "Amazon Pay balance", "UPI": "UPI"}[way],
            method=way,
        )
        if not j.no_ref:
            if way == "UPI" and status == "success":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            if status == "success":
                bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
                p.pair("B-Connect Txn ID", bref, txn=(BANK_RANK, bref))
            tid = f"{code(rng, 1, 'TP')}{digits(rng, 18)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Toll balance updates in up to 15 minutes.")
        return p.done()
    if frame == "memo":
        gas, line, addr, state = GAS[j.unit]
        name = gas.upper() if rng.random() < 0.3 else gas
        p = paper_page(rng, font, [560, 620, 680])
        letterhead(
            p, name, line, addr, state, ["CASH MEMO", "TAX INVOICE - CASH MEMO", "CASH MEMO CUM RECEIPT"]
        )
        if not j.no_ref:
            memo = doc_no(rng, "CM", j)
            p.pair("Memo No.", memo, txn=(INVOICE_RANK, memo))
        date_row(p, j, ["Date", "Memo date"])
        p.pair("Consumer No.", digits(rng, 8))
        ours_to(p, ["Customer", "Name"], j.unit)
        n = rng.randrange(4, 16)
        price = round(rng.uniform(1710, 1960), 2)
        j.amount = round(n * price, 2)
        p.pair(f"19 kg commercial x {n} @ {price:,.2f}", rs(j.amount))
        p.add("small", "Price includes GST @ 18%")
        p.pair("DAC", digits(rng, 4))
        p.pair(rng.choice(["Total", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["cash", "UPI"])
        p.pair("Mode", "Cash" if way == "cash" else "UPI", method=way)
        if way == "UPI" and not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAID", status=status)
        p.part = "foot"
        right(p, f"For {name}")
        return p.done()
    if frame == "lpg_app":
        gas = GAS[j.unit][0]
        app = "Indian Oil ONE" if rng.random() < 0.5 else "HP Pay"
        p = phone_page(rng, font, k, ["Order details", "Payment status"])
        p.part = "head"
        p.add("title", app)
        p.add("gap")
        p.part = "body"
        n = rng.randrange(4, 16)
        j.amount = round(n * round(rng.uniform(1710, 1960), 2), 2)
        outcome_row(p, status, {"success": ["Payment successful", "Booking confirmed - paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Distributor", "Paid to"]), gas, merchant=gas)
        p.pair("Booking No.", f"{rng.randrange(100000, 999999)}")
        p.pair("Cylinders", f"{n} x 19 kg commercial")
        way = rng.choice(["UPI", "card"])
        p.pair("Paid via", "UPI" if way == "UPI" else f"Debit card {masked(rng, font)}", method=way)
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Delivery within 48 hours. Share DAC with the delivery person.")
        return p.done()
    app = "Paytm" if k == 3 else "MobiKwik"
    biller = WALLET_BILLERS[k % 4]
    j.amount = rupees(rng, 999, 6500, 0.7)
    p = phone_page(rng, font, k, ["Bill payment", "Passbook"])
    p.part = "head"
    if app == "Paytm" and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (0, 46, 110), (255, 255, 255)
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Bill paid"],
            "pending": ["Payment pending - awaiting confirmation from biller"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, "Biller", biller, merchant=biller)
    p.pair(rng.choice(["Account No.", "Mobile No."]), f"{rng.choice('6789')}{digits(rng, 9)}")
    p.pair("Paid from", f"{app} Wallet", method="wallet")
    if not j.no_ref:
        wid = digits(rng, 12) if app == "Paytm" else f"MBK{digits(rng, 12)}"
        p.pair("Wallet Txn ID", wid, txn=(TXN_RANK, wid))
        if status == "success":
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Bharat Connect Ref. No.", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


ALERT_PAYEES = [
    "SRI LAKSHMI NARASIMHA MAI",
    "ANNAPOORNA HATCHERIES",
    "NAMAKKAL POULTRY MEDICA",
    "MALWA SOYA EXTRACTIONS",
    "TGSPDCL",
    "DECCAN GENSETS & SERV",
    "SRI SAKTHI FUELS",
    "MUTHUSAMY K",
]
ALERT_FRAMES = ["sms", "mail", "sms", "sms", "mail", "sms", "mail", "sms"]
SENDERS = {
    "HDFC Bank": ("AX-HDFCBK", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"),
    "ICICI Bank": ("VM-ICICIT", "ICICI Bank <alerts@icicibank.com>"),
    "Karur Vysya Bank": ("JD-KVBANK", "KVB Alerts <alerts@kvbmail.com>"),
    "State Bank of India": ("VK-SBIINB", "SBI <donotreply.sbiintouch@alerts.sbi.co.in>"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the accounts manager's phone and mailbox: five SMS (a messages app: the sender AX-HDFCBK /
    VM-ICICIT / JD-KVBANK / VK-SBIINB, the day divider, the alert) and three e-mails (HDFC Bank InstaAlerts, ICICI
    Bank, KVB Alerts, SBI: Dear Customer, the sum debited from the account to a payee as the bank names it (maize
    trader, hatchery, vet distributor, soya plant, board, genset dealer, fuel outlet, worker), the day, via NEFT /
    RTGS / IMPS / UPI, UTR / IMPS Ref No / UPI Ref No, Avl Bal; a UPI that "has failed" and an IMPS that "is
    pending"). *settled*: the payee as the bank sends it (a truncated name counts as printed), never the bank, the
    sender id or the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=900, high=420000)
    if k == 7:
        j.amount = rupees(rng, 6000, 24000, 0.8)
    bank = rng.choice(list(SENDERS))
    sms, sender = SENDERS[bank]
    frame = ALERT_FRAMES[k]
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 0 else rng.choice(["NEFT", "IMPS", "RTGS"])
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if status == "failed":
        way = "UPI"
    if status == "pending":
        way = "IMPS"
    way = by_bank(j, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acc = f"A/c XX{digits(rng, 4)}"
    day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    ref_label = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
    if frame == "mail":
        p = mail_page(rng, font, sender, ["Debit alert", "Account update for your A/c", "Transaction alert"])
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "pending":
            p.add("left", f"Your IMPS transfer of {amt} from {acc}", amount=j.amount)
        else:
            p.add("left", f"{amt} has been debited from your {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
        if not j.no_day:
            p.add("left", f"on {day} via {way}.", date=j.date, method=method)
        else:
            p.add("left", f"via {way}.", method=method)
        if not j.no_ref:
            ref = bank_ref(rng, j, way, bank)
            p.add("left", f"{ref_label} {ref}.", txn=(UTR_RANK, ref))
        word = {
            "success": f"Available balance: Rs.{rupees(rng, 80000, 3200000):,.2f}",
            "pending": "is pending with the beneficiary bank. Please do not retry.",
            "failed": "has failed. Any amount debited will be reversed.",
        }[status]
        p.add("left", word, status=status)
        p.part = "foot"
        p.add("small", f"Warm regards, {bank}")
        return p.done()
    p = phone_page(rng, font, k, [sms])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%A, {d} %b %Y"])), date=j.date)
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your {way} payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    p.add("left", f"on {day} via {way}" if not j.no_day else f"via {way}", method=method)
    if not j.no_ref:
        ref = bank_ref(rng, j, way, bank)
        p.add("left", f"{ref_label} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 80000, 3200000):,.2f}. Not you? Call 1800 425 1916",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

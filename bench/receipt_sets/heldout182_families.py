"""The twelve heldout182 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a farmer producer company's day in 2026 (Siridhanya Haldi Farmer Producer Company Ltd,
its turmeric yard at Armoor near Nizamabad and its millet centre at Tiptur near Tumakuru), told by the proofs of
payment it receives and makes: spice processors' and millet food makers' payment advices for the lots it sells,
traders' and millet shops' UPI and payment links, its own money receipts and share capital receipts, the member
farmers' procurement payments, the market committees' fees and the Spices Board's and FSSAI's registration fees,
warehouses' storage bills, net-banking payments to bag, tarpaulin, polisher and boiler suppliers, wires for a small
export of spice samples (and a residue test and a fair stall abroad), lorry freight and sample couriers, the field
team's card slips, the yard's electricity and the pickup's FASTag through Bharat Connect, and the bank's SMS and
e-mail debit alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, GRN and lot lists, moisture and curcumin lines, TDS and GST
lines, member ids, folio and licence numbers, e-NWR and stack numbers, LR, vehicle and AWB numbers, GSTIN, IFSC, BIC,
IBAN, consumer numbers, MID, TID, batch and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, when
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
from bench.receipt_sets.heldout167_families import IFSC, Job, date_row, gst_lines, letterhead

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Siridhanya Haldi Farmer Producer Company Ltd"
COMPANY_CAPS = "SIRIDHANYA HALDI FARMER PRODUCER COMPANY LIMITED"
SHORT = "Siridhanya Haldi FPC"
# centre, address, GST state code
UNITS = [
    ("Armoor", "Sy. No. 212, Perkit Road, Armoor, Nizamabad - 503224, Telangana", "36"),
    ("Tiptur", "Plot 9, APMC Yard Road, Tiptur, Tumakuru - 572201, Karnataka", "29"),
]
PATS_IN = [
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
]
BANKS = [
    "State Bank of India",
    "Canara Bank",
    "Union Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Karnataka Bank",
    "Axis Bank",
    "Bank of Baroda",
]
HEADS = {**IFSC, "Union Bank of India": "UBIN", "Karnataka Bank": "KARB", "Bank of Baroda": "BARB"}


def own_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Depositor / Consignor / Bill to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}"]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A UTR of the payment's rail (the NEFT and RTGS ones carry the day: never on a page that prints none)."""
    head = HEADS.get(bank, "SBIN")
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if way in ("IMPS", "UPI"):
        return j.ref
    if rng.random() < 0.5:
        return neft_utr(head, rng, j.date)
    return f"{head}N6{j.date:%Y%m%d}{digits(rng, 8)}"


def safe_way(j: Job, way: str) -> str:
    """IMPS instead of NEFT / RTGS on the page that prints no day (their UTR spells it)."""
    return "IMPS" if j.no_day and way in ("NEFT", "RTGS") else way


# ---------------------------------------------------------------- 1. processors' and food makers' payment advices


PROCESSORS = [
    ("Deccan Spice Extracts Pvt Ltd", "payables@deccanspice.in"),
    ("Godavari Masala Udyog", "accounts@godavarimasala.in"),
    ("Sangli Haldi Traders & Exporters", "payments@sanglihaldi.com"),
    ("Nutrigrain Millet Foods Pvt Ltd", "vendorpay@nutrigrainmillets.in"),
    ("Siri Millet Bakes LLP", "finance@siribakes.in"),
    ("Malabar Oleoresins Ltd", "ap@malabaroleo.com"),
]
LOTS = [
    "Turmeric fingers, polished",
    "Turmeric bulbs",
    "Foxtail millet (navane)",
    "Finger millet (ragi)",
    "Little millet (saame)",
    "Kodo millet (harka)",
    "Dry red chilli (Teja)",
    "Coriander seed",
]
ADVICE_FRAMES = ["portal", "mail", "paper", "mail", "portal", "paper", "mail", "paper"]


def processor_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A processor or millet food maker paying the company for the lots it bought: its payment advice e-mail, its
    printed VENDOR PAYMENT ADVICE / PAYMENT INTIMATION and its vendor portal page (the payer on top, Vendor / Seller /
    Payee / Supplier name the company, Vendor code, GRN lines with the lot and its sum, Gross, Less: TDS u/s 194Q @
    0.1%, Less: Quality deduction (moisture) / Less: Curcumin shortfall, Net paid / Amount credited / Net
    remittance, Mode NEFT / RTGS, UTR / UTR Ref. / RTGS UTR, Payment doc No. / Clearing doc, Payment date / Value
    date / Released on / Scheduled on / Returned on; Payment released / Status: Paid / On hold - curcumin test report
    awaited / Returned - beneficiary name mismatch)."""
    k = place("processor_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=40000, high=1500000)
    payer, mail = rng.choice(PROCESSORS)
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Payables <{mail}>",
            ["Vendor payment intimation", f"Payment to {SHORT}", "Your bills are settled"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", rng.choice(["Procurement - Finance", "Accounts Payable Cell", "Raw Material Accounts"]))
    p.add("center", rng.choice(["VENDOR PAYMENT ADVICE", "PAYMENT INTIMATION", "Payment details"]))
    p.add("rule")
    p.part = "body"
    payee = own_name(rng)
    wrap_pair(p, rng.choice(["Vendor", "Seller", "Payee", "Supplier name"]), payee, merchant=payee)
    p.pair(rng.choice(["Vendor code", "Vendor No."]), f"{rng.choice(['V', 'FPO', '40'])}{digits(rng, 6)}")
    grns = [
        (f"GRN {rng.choice(['50', '51'])}{digits(rng, 6)}", rupees(rng, 20000, 500000, 0.3))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Goods receipts settled", "Against GRN", "Lots paid"]))
    for no, v in grns:
        wrap_pair(p, f"{no} - {rng.choice(LOTS)}", rs(v))
    gross = round(sum(v for _, v in grns), 2)
    p.pair("Gross", rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = float(rng.choice([0, 0, 1180, 2450, 3725]))
    if cut:
        p.pair(rng.choice(["Less: Quality deduction (moisture)", "Less: Curcumin shortfall"]), rs(cut))
    j.amount = round(gross - tds - cut, 2)
    p.pair(rng.choice(["Net paid", "Amount credited", "Net remittance"]), rs(j.amount), amount=j.amount)
    way = safe_way(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT")
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, rng.choice(["Beneficiary bank", "Credited to"]), f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status != "pending":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR Ref.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment doc No.", "Clearing doc"]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment released", "Status: Paid"],
            "pending": ["On hold - curcumin test report awaited"],
            "failed": ["Returned - beneficiary name mismatch"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Released on"],
            "pending": ["Scheduled on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "System generated intimation. Please do not reply to this advice.")
    return p.done()


# ---------------------------------------------------------------- 2. traders' and millet shops' UPI to the company


BUYER_APPS = ["PhonePe", "Google Pay", "Cashfree", "Paytm", "BHIM", "Google Pay", "Instamojo", "PhonePe"]
BUYERS = [
    "Millet Mane, Mysuru",
    "Ragi Roti Corner",
    "Arogya Organic Store",
    "Sri Lakshmi Masala Works",
    "K. Nagaraju (trader)",
    "Navadhanya Foods",
    "Bodhan Kirana Stores",
    "Swasthya Millet Cafe",
]
BUYER_NOTES = [
    "Ragi 2 qtl",
    "Foxtail rice 50 kg",
    "Turmeric powder 25 kg",
    "Adv for chilli lot",
    "Little millet 1 qtl",
    "Bill 1187 balance",
    "Haldi fingers 3 bags",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders, millet shops and cafes paying the company by UPI: six UPI app screens (PhonePe, Google Pay, Paytm,
    BHIM: the company under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, a note, UPI transaction ID /
    UPI Ref No. / UTR, the app's own Transaction ID on some, From the buyer's bank, Date & time / Paid on / Completed on)
    and two of the company's payment links (Cashfree, Instamojo: the company on top, Customer name / Paid by the buyer,
    CF Payment ID / Payment ID MOJO..., Bank reference or Auth code, Paid on)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=450, high=85000, p_round=0.6)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Cashfree", "Instamojo"):
        url = ("payments.cashfree.com/forms/" if app == "Cashfree" else "imjo.in/") + code(
            rng, 7, ALNUM.lower()
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        to = rng.choice([COMPANY, SHORT])
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Millets | Turmeric | Spices - Armoor", "Member-owned FPC, Tiptur"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Thank you! Payment successful"],
                "failed": ["Payment unsuccessful"],
                "pending": ["Payment is being processed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Paid by"]), BUYERS[k])
        way = "UPI" if rng.random() < 0.65 else "card"
        p.pair("Paid using", "UPI" if way == "UPI" else f"Visa debit {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = digits(rng, 10) if app == "Cashfree" else f"MOJO{j.date:%m%d}{code(rng, 6, ALNUM)}"
            p.pair("CF Payment ID" if app == "Cashfree" else "Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI" and status != "failed":
                p.pair(rng.choice(["Bank reference", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card" and status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Cashfree" if app == "Cashfree" else "Powered by Instamojo")
        return p.done()
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction status"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Transaction successful", "Paid"],
            "failed": ["Payment Failed", "Payment declined by bank"],
            "pending": ["Payment Pending", "Awaiting bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    to = rng.choice([COMPANY, SHORT]) if rng.random() < 0.5 else SHORT.upper()
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: siridhanyafpc{rng.choice(['', '.tiptur', '.armoor'])}@{rng.choice(['sbi', 'cnrb', 'ybl'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(BUYER_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["From", "Debited from"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 3. member farmers' procurement payments


FARMERS = [
    "Bandi Rajanna",
    "Gangadhar Reddy M",
    "Lakshmamma B",
    "Erra Narsaiah",
    "Shivalingappa H C",
    "Manjunatha K R",
    "Sunkari Pochamma",
    "Basavaraju T",
    "Madhavi Gundeti",
    "Chandrashekar G",
]
CROPS = [
    ("Turmeric fingers", 11800.0, 14600.0),
    ("Turmeric bulbs", 10200.0, 12900.0),
    ("Ragi", 3850.0, 4290.0),
    ("Foxtail millet", 4400.0, 5600.0),
    ("Little millet", 5100.0, 6300.0),
    ("Red chilli", 13500.0, 17800.0),
]


def farmer_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying member farmers for the produce it procured: its printed FARMER PAYMENT SLIP /
    PROCUREMENT PAYMENT VOUCHER (the company on top, Slip No. / Voucher No., Date, Farmer name / Paid to / Member
    name the farmer, Member ID / Folio No., Village, the produce in quintals at a rate, Gross value, Less: Hamali &
    weighing, Less: Gunny bags, Less: Share capital instalment, Net paid / Net amount paid, Mode Cash / UPI / IMPS /
    NEFT with its reference; PAID / PAID - RECEIVED BY FARMER) and the bank's bulk upload status row (Beneficiary
    name / Payee the farmer, Debit account name the company, Amount, UTR / IMPS RRN, Batch ref, Processed on;
    Processed / Sent to beneficiary bank / Rejected - account frozen)."""
    k = place("farmer_payouts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    who = rng.choice(FARMERS)
    who = who.upper() if rng.random() < 0.25 else who
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", ""))
    crop, lo, hi = rng.choice(CROPS)
    qty = round(rng.uniform(1.5, 32.0), 2)
    rate = float(round(rng.uniform(lo, hi) / 10) * 10)
    gross = round(qty * rate, 2)
    if k in (1, 3, 6):
        bank = rng.choice(["State Bank of India", "Canara Bank", "Union Bank of India"])
        p = browser_page(rng, font, f"corp.{bank.split()[0].lower()}bank.in/bulk/{digits(rng, 8)}")
        p.part = "head"
        top(p, f"{bank} - Bulk upload status")
        p.add("small", f"Batch {code(rng, 3, UPPER)}{digits(rng, 5)}  |  Row No. {rng.randrange(2, 120)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Status: Credited"],
                "pending": ["Sent to beneficiary bank"],
                "failed": ["Rejected - account frozen"],
            },
        )
        j.amount = round(gross - rng.choice([0, 250, 500, 1000]), 2)
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee"]), who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = safe_way(j, rng.choice(["NEFT", "IMPS"]))
        p.pair("Txn type", way, method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair("UTR" if way == "NEFT" else "IMPS RRN", ref, txn=(UTR_RANK, ref))
            tid = f"BU{digits(rng, 12)}"
            p.pair(rng.choice(["Batch ref", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
        p.pair("Remarks", f"{crop} {qty:.2f} qtl")
        date_row(p, j, ["Processed on", "Value date"], hour=True)
        p.part = "foot"
        p.add("small", "Rejected rows are reversed to the debit account within T+1.")
        return p.done()
    p = paper_page(rng, font, [680, 720])
    unit = UNITS[j.unit]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit[0]} procurement centre",
        unit[1],
        unit[2],
        ["FARMER PAYMENT SLIP", "PROCUREMENT PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        sno = f"{rng.choice(['FP', 'PS', 'PV'])}/{unit[0][:3].upper()}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Slip No.", "Voucher No."]), sno, txn=(INVOICE_RANK, sno))
    date_row(p, j, ["Date", "Dated", "Payment date"], PATS_IN)
    wrap_pair(p, rng.choice(["Farmer name", "Paid to", "Member name"]), who, merchant=who)
    p.pair(rng.choice(["Member ID", "Folio No."]), f"{rng.choice(['SH', 'M'])}{digits(rng, 5)}")
    p.pair(
        "Village",
        rng.choice(["Perkit", "Ankapur", "Mamidipally", "Honnavalli", "Kibbanahalli", "Nonavinakere"]),
    )
    p.pair("Produce", crop)
    p.pair(f"  {qty:.2f} qtl @ {rs(rate)}", rs(gross))
    p.pair("Gross value", rs(gross))
    hamali = round(qty * rng.choice([18.0, 22.0, 25.0]), 2)
    bags = float(rng.randrange(2, 40) * 12)
    share = float(rng.choice([0, 0, 500, 1000]))
    p.pair("Less: Hamali & weighing", rs(hamali))
    p.pair("Less: Gunny bags", rs(bags))
    if share:
        p.pair("Less: Share capital instalment", rs(share))
    j.amount = round(gross - hamali - bags - share, 2)
    p.pair(rng.choice(["Net paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    way = safe_way(j, ["UPI", "UPI", "Cash", "NEFT", "IMPS", "UPI", "Cash", "NEFT"][k])
    if j.amount > 100000 and way in ("Cash", "UPI"):
        way = safe_way(j, "NEFT")
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI"}.get(way, "netbanking"))
    if not j.no_ref and way != "Cash":
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        lab = {"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No.", "NEFT": "UTR"}[way]
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY FARMER"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Farmer's signature / thumb impression")
    return p.done()


# ---------------------------------------------------------------- 4. market committees' and boards' fees


FEE_BODIES = [
    ("Agricultural Market Committee, Nizamabad", "Market Yard, Nizamabad - 503001", "paper"),
    ("Agricultural Produce Market Committee, Tiptur", "Unified Market Platform - ReMS", "portal"),
    ("Spices Board India", "Ministry of Commerce & Industry, Govt. of India", "portal"),
    ("Food Safety and Standards Authority of India", "FoSCoS - licence renewal", "portal"),
]
FEE_HOSTS = [
    "",
    "rems.karnataka.gov.in/ump/fee",
    "indianspices.com/cres/payment",
    "foscos.fssai.gov.in/payment",
]


def mandi_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees of trading and exporting: the Nizamabad market committee's printed MARKET FEE RECEIPT (the committee
    on top, Receipt No., Date, Licensee / Trader the company, Trader licence No., Lot No. and Gate entry No., Sale
    value of produce, Market fee @ 1%, Amount paid, cash or UPI), Tiptur's market fee page on the Unified Market
    Platform, the Spices Board's CRES registration fee page and FSSAI's FoSCoS licence renewal page (the body on top,
    Applicant / Name of licensee / Remitter the company, Application No. / Licence No., Fee, GST, Total amount paid /
    Amount paid, Mode, SBI Collect ref / Bank ref No., Payment ID, Date of payment / Paid on; Fee paid / Payment
    successful / Awaiting confirmation from bank / Payment failed - amount if debited will be refunded)."""
    k = place("mandi_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=1000, high=30000, p_round=0.7)
    body, line, frame = FEE_BODIES[k % 4]
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR", "Rs"))
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        name = body.upper() if rng.random() < 0.5 else body
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", rng.choice(["MARKET FEE RECEIPT", "RECEIPT - MARKET FEE"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"{rng.randrange(10, 99)}/{digits(rng, 5)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date", "Dated"], PATS_IN)
        wrap_pair(p, rng.choice(["Licensee", "Trader"]), rng.choice([COMPANY, f"M/s {SHORT}"]))
        p.pair(
            "Trader licence No.", f"AMC/NZB/{rng.randrange(100, 999)}/{fy(j.date) if not j.no_day else 'C'}"
        )
        p.pair("Lot No. / Gate entry", f"{rng.randrange(10, 999)} / GE{digits(rng, 6)}")
        value = round(j.amount * 100, 2)
        p.pair("Sale value of produce", rs(value))
        p.pair("Market fee @ 1%", rs(j.amount))
        way = rng.choice(["Cash", "UPI"])
        p.pair(rng.choice(["Amount paid", "Fee received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="cash" if way == "Cash" else "UPI")
        if way == "UPI" and not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "FEE RECEIVED", status="success")
        p.part = "foot"
        right(p, "Market Fee Inspector")
        seal(p, "A.M.C. NIZAMABAD", "FEE COUNTER", None if j.no_day else j.date, "RECEIVED")
        return p.done()
    p = browser_page(rng, font, f"{FEE_HOSTS[k % 4]}/{digits(rng, 8)}")
    p.part = "head"
    name = body.upper() if rng.random() < 0.25 else body
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Fee paid", "Payment successful"],
            "pending": ["Awaiting confirmation from bank"],
            "failed": ["Payment failed - amount if debited will be refunded"],
        },
    )
    wrap_pair(
        p, rng.choice(["Applicant", "Name of licensee", "Remitter"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if body.startswith("Spices"):
        j.amount = rng.choice([5900.0, 11800.0])
        p.pair("Application No.", f"CRES/{rng.randrange(10000, 99999)}")
        fee = round(j.amount / 1.18, 2)
        p.pair("Registration fee (3 years)", rs(fee))
        p.pair("GST @ 18%", rs(round(j.amount - fee, 2)))
    elif body.startswith("Food"):
        j.amount = rng.choice([15000.0, 7500.0, 6000.0])
        p.pair("Licence No.", f"1{digits(rng, 13)}")
        p.pair("Licence fee x 2 years", rs(j.amount))
    else:
        p.pair("Trader licence No.", f"TPT/{rng.randrange(100, 999)}/{rng.choice(['A', 'B'])}")
        p.pair("Lots settled", f"{rng.randrange(2, 40)}")
        p.pair("Market fee @ 0.6%", rs(j.amount))
    p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        f"{way}{' - ' + rng.choice(BANKS) if way == 'Net banking' else ''}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['DU', 'CPM', 'IK'])}{digits(rng, 10)}"
            p.pair(rng.choice(["SBI Collect ref", "Bank ref No."]), bref, txn=(BANK_RANK, bref))
        pid = f"{rng.choice(['PAY', 'TXN'])}{digits(rng, 11)}"
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
    date_row(p, j, ["Date of payment", "Paid on"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Keep this receipt for the licence file. Verify the payment on the portal.")
    return p.done()


# ---------------------------------------------------------------- 5. warehouses' storage bills


WAREHOUSES = [
    (
        "Indur Agri Warehousing Pvt Ltd",
        "WDRA registered warehouse | Fumigation",
        "Janakampet, Nizamabad - 503003",
        "36",
    ),
    (
        "Kalpataru Cold Storage & Warehouse",
        "Cold storage for spices and seeds",
        "Halkurke Road, Tiptur - 572201",
        "29",
    ),
    (
        "Nizam Sagar Agri Logistics",
        "Godowns | Pledge finance support",
        "Bodhan Road, Nizamabad - 503185",
        "36",
    ),
    (
        "Shreeraksha Warehousing LLP",
        "Scientific storage | e-NWR",
        "Antharasanahalli, Tumakuru - 572106",
        "29",
    ),
]
STORE_WAYS = ["NEFT", "UPI", "cheque", "NEFT", "IMPS", "UPI", "NEFT", "cheque"]


def warehouse_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A warehouse's storage bill the company paid for its turmeric and millet stocks (paper: the warehouse on top
    with its line, address and GSTIN; TAX INVOICE - STORAGE CHARGES / INVOICE CUM RECEIPT / RENT BILL, Bill No. /
    Invoice No., Bill date / Date, Depositor / Bill to M/s the company, e-NWR No. / Warehouse receipt No., Stack No.,
    Commodity and bags, Storage @ a rate per bag per month, Fumigation, Insurance, GST Exempt (agricultural produce)
    or 18% on the services, Total, Less: TDS u/s 194C @ 2%, Amount received / Received / Cheque received / Cheque
    amount, Mode and UTR / UPI Ref No. / Cheque No.; RECEIVED WITH THANKS / PAID / CHEQUE RECEIVED - SUBJECT TO
    REALISATION / CHEQUE RETURNED - SIGNATURE MISMATCH, the warehouse's rubber stamp)."""
    k = place("warehouse_bills")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=6000, high=240000)
    wh, line, addr, state = rng.choice(WAREHOUSES)
    name = wh.upper() if rng.random() < 0.3 else wh
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE - STORAGE CHARGES", "INVOICE CUM RECEIPT", "RENT BILL"]
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in wh.split()[:2]).upper()}/{rng.randrange(10, 9999):04d}"
        if not j.no_day and rng.random() < 0.5:
            inv = f"{''.join(w[0] for w in wh.split()[:2]).upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Bill No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Bill date", "Date"], PATS_IN)
    ours_to(p, ["Depositor", "Bill to"])
    p.pair(
        rng.choice(["e-NWR No.", "Warehouse receipt No."]), f"{rng.choice(['NERL', 'CCRL'])}{digits(rng, 10)}"
    )
    p.pair("Stack No.", f"{rng.choice('ABCD')}-{rng.randrange(1, 40)}")
    bags = rng.randrange(120, 2400)
    crop = rng.choice(["Turmeric fingers", "Ragi", "Foxtail millet", "Red chilli"])
    p.pair("Commodity", f"{crop}, {bags:,} bags")
    if not j.no_day:
        p.pair("Storage period", j.month())
    per = rng.choice([3.5, 4.0, 4.5, 6.0])
    store = round(bags * per * rng.choice([1, 2, 3]), 2)
    p.pair(f"Storage @ {rs(per)} / bag / month", rs(store))
    fum = float(rng.randrange(4, 30) * 100)
    ins = round(store * rng.choice([0.08, 0.1, 0.12]), 2)
    p.pair("Fumigation", rs(fum))
    p.pair("Insurance (stock)", rs(ins))
    taxable = fum + ins
    if rng.random() < 0.5:
        p.pair("GST", "Exempt (agricultural produce)")
        total = float(round(store + fum + ins))
        if abs(total - (store + fum + ins)) >= 0.01:
            p.pair("Round off", f"{total - store - fum - ins:+.2f}")
    else:
        p.add("small", "Storage exempt; GST @ 18% on fumigation and insurance.")
        total = store + gst_lines(p, rs, taxable, 18, state != UNITS[j.unit][2])
    p.pair("Total", rs(total))
    tds = round(total * 0.02, 2) if total > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    p.add("rule")
    way = safe_way(j, STORE_WAYS[k] if status == "success" else "cheque")
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    else:
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No.", "NEFT": rng.choice(["UTR", "NEFT UTR"])}[way]
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - SIGNATURE MISMATCH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    seal(p, " ".join(wh.split()[:2]), "WAREHOUSE", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. net-banking payments to suppliers


PORTALS = [
    ("State Bank of India", "yonobusiness.sbi", "yono BUSINESS"),
    ("Canara Bank", "corporate.canarabank.com", "Canara Corporate NetBanking"),
    ("Union Bank of India", "vyomcorporate.unionbankofindia.co.in", "Union Corporate Banking"),
    ("Karnataka Bank", "corp.karnatakabank.com", "KBL Corporate eBanking"),
    ("HDFC Bank", "enet.hdfcbank.com", "ENet"),
]
SUPPLIERS = [
    "Sri Venkateswara Jute Bags",
    "AGRIMECH POLISHERS",
    "Kisan Tarpaulin House",
    "Deccan Boiler Works",
    "Vasundhara Agro Inputs",
    "NIZAMABAD TRANSPORT CO",
    "Raichur Millet Processing Unit",
    "Tiptur Destoner Works",
]


def bank_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers (jute bags, tarpaulins, a turmeric polisher and boiler, a destoner, a millet
    dehuller's job work) from corporate net banking: the bank's transaction receipt (yono BUSINESS, Canara
    Corporate, Union Corporate, KBL Corporate, ENet: the portal on top, Beneficiary / Pay to / Payee the supplier,
    Beneficiary account and IFSC, From account the company, Amount (INR) / Txn amount, Service charge, Channel NEFT
    / RTGS / IMPS, UTR / UTR No. / IMPS Ref No., Txn reference / Bank Ref No., Narration, Authorised by, Txn date /
    Value date / Submitted on / Rejected on; Transaction completed / Status: Successful / Sent to RBI - credit
    confirmation awaited / Rejected - beneficiary IFSC not NEFT-enabled) and the bank's beneficiary credit advice
    e-mail."""
    k = place("bank_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=20000, high=1600000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to = SUPPLIERS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = safe_way(j, "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"]))
    if k in (3, 5):
        p = mail_page(
            rng,
            font,
            f"{bank} <no-reply@{host.split('.', 1)[1]}>",
            ["Credit advice - payment to your beneficiary", "Your fund transfer is processed"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", rng.choice(["Beneficiary Credit Advice", "Fund Transfer Advice"]))
    else:
        p = browser_page(rng, font, f"{host}/ft/receipt/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        p.add("small", bank)
        p.add("center", rng.choice(["Transaction receipt", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction completed", "Status: Successful"],
            "pending": ["Sent to RBI - credit confirmation awaited"],
            "failed": ["Rejected - beneficiary IFSC not NEFT-enabled"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Pay to", "Payee"]), to, merchant=to)
    tb = rng.choice(BANKS)
    p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{HEADS[tb]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{rng.choice([SHORT, COMPANY_CAPS])} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount (INR)", "Txn amount", "Amount"]), rs(j.amount), amount=j.amount)
    p.pair("Service charge", rs(rng.choice([2.36, 5.9, 11.8, 24.78])))
    p.pair("Channel", way, method="netbanking")
    if not j.no_ref:
        if status != "failed":
            ref = bank_ref(rng, j, bank, way)
            lab = {"IMPS": "IMPS Ref No.", "NEFT": rng.choice(["UTR", "UTR No."]), "RTGS": "UTR No."}[way]
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        tref = f"{rng.choice(['YB', 'CN', 'FT'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Txn reference", "Bank Ref No."]), tref, txn=(BANK_RANK, tref))
    wrap_pair(
        p, "Narration", f"{rng.choice(['Bill', 'PO', 'Inv'])} {rng.randrange(100, 9999)} {to.split()[0]}"
    )
    p.pair("Authorised by", rng.choice(["CEO / Director", "Accountant / CEO"]))
    date_row(
        p,
        j,
        {"success": ["Txn date", "Value date"], "pending": ["Submitted on"], "failed": ["Rejected on"]}[
            status
        ],
        PATS_IN if rng.random() < 0.5 else None,
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Bank never asks for your OTP, PIN or password.")
    return p.done()


# ---------------------------------------------------------------- 7. wires for spice samples abroad


ABROAD = [
    # name, city, currency, bank, BIC, the company receives (True) or pays (False)
    ("Hamburg Bio Gewuerze GmbH", "Hamburg, Germany", "EUR", "Commerzbank AG", "COBADEFF", True),
    ("Turmeric Roots LLC", "Portland, OR, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", True),
    ("Spice Route Trading Ltd", "Leicester, United Kingdom", "GBP", "Barclays Bank UK plc", "BUKBGB22", True),
    ("Oerkorn Foods BV", "Utrecht, Netherlands", "EUR", "ING Bank NV", "INGBNL2A", True),
    ("Rheinland Residue Labs GmbH", "Cologne, Germany", "EUR", "Deutsche Bank AG", "DEUTDEDK", False),
    ("Organic Trade Fairs Ltd", "London, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B", False),
    ("SpecTest Analytical Inc", "Sparks, NV, USA", "USD", "Bank of America NA", "BOFAUS3N", False),
]
WIRE_WAYS = [True, True, False, True, True, False, True, False]
FX = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}
IBAN_HEAD = {"Germany": "DE", "Netherlands": "NL", "United Kingdom": "GB"}


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's small export of spice samples and what it pays abroad: the bank's inward remittance advice for
    a buyer's payment (the bank on top, Inward Remittance Advice / Export proceeds - credit advice, Beneficiary /
    Beneficiary customer the company, Remitter / Ordering customer the buyer, Remitting bank and BIC, Foreign
    currency amount / Remittance amount / Inward amount in USD, EUR or GBP, Exchange rate, Amount credited (INR),
    Bank charges, Purpose code P0102, Inward ref No. / Our reference; Credited / Inward received - awaiting purpose
    code confirmation / Returned to remitting bank - beneficiary name mismatch) and the outward remittance advice for
    a residue test or a fair stall (Beneficiary the lab or organiser, Remitter the company, Remittance amount, INR
    equivalent, charges, Total debited (INR), Purpose code S1107 / S1005, Transaction reference; Remitted / Under
    process - Form A2 awaited)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    inward = WIRE_WAYS[k]
    other, city, cur, obank, bic, _ = rng.choice([a for a in ABROAD if a[5] == inward])
    j.amount = round(rng.uniform(800, 38000), 2) if rng.random() < 0.6 else float(rng.randrange(8, 400) * 100)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(
        ["State Bank of India", "Canara Bank", "HDFC Bank", "ICICI Bank", "Union Bank of India"]
    )
    frame = ["mail", "browser", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"forex.{bank.split()[0].lower()}.co.in/remit/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.ops@{bank.split()[0].lower()}bank.co.in>",
            ["Inward remittance credited" if inward else "Outward remittance processed", "Forex advice"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Centre, Hyderabad", "International Banking Branch, Bengaluru"]))
    if inward:
        p.add("center", rng.choice(["Inward Remittance Advice", "Export proceeds - credit advice"]))
    else:
        p.add("center", rng.choice(["Outward Remittance Advice", "Foreign currency payment - debit advice"]))
    p.add("rule")
    p.part = "body"
    if inward:
        outcome_row(
            p,
            status,
            {
                "success": ["Credited", "Status: Credited to account"],
                "pending": ["Inward received - awaiting purpose code confirmation"],
                "failed": ["Returned to remitting bank - beneficiary name mismatch"],
            },
        )
        payee = rng.choice([COMPANY, COMPANY_CAPS])
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary customer"]), payee, merchant=payee)
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{other}, {city}")
        wrap_pair(p, "Remitting bank", f"{obank} ({bic})")
        p.pair(
            rng.choice(["Foreign currency amount", "Remittance amount", "Inward amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Exchange rate", f"{rate} INR / {cur}")
        ch = float(rng.choice([250, 500, 750]))
        p.pair("Bank charges (INR)", f"{ch:,.2f}")
        p.pair("Amount credited (INR)", f"{round(j.amount * rate - ch, 2):,.2f}")
        p.pair("Purpose code", "P0102 - export of goods")
        p.pair("Mode", "SWIFT inward (MT103)", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['IRW', 'INW', 'FIR'])}{j.date:%y}{digits(rng, 9)}"
            p.pair(rng.choice(["Inward ref No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        labels = {
            "success": ["Value date", "Credited on"],
            "pending": ["Received on"],
            "failed": ["Returned on"],
        }
    else:
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Remitted", "Remittance processed - MT103 sent"],
                "pending": ["Under process - Form A2 awaited"],
                "failed": ["Returned by beneficiary bank - account closed"],
            },
        )
        payee = other.upper() if rng.random() < 0.3 else other
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        wrap_pair(p, "Beneficiary bank", f"{obank} ({bic})")
        country = city.split(", ")[-1]
        if cur != "USD":
            p.pair(
                "IBAN",
                f"{IBAN_HEAD.get(country, 'GB')}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}",
            )
        wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair(rng.choice(["Remittance amount", "Amount remitted"]), show(j.amount), amount=j.amount, cur=cur)
        inr = round(j.amount * rate, 2)
        p.pair("Exchange rate", f"{rate} INR / {cur}")
        p.pair("INR equivalent", f"{inr:,.2f}")
        ch = float(rng.choice([500, 1000])) + 590.0
        gst = round(min(max(inr * 0.0018, 45), 10800), 2)
        p.pair("Commission + SWIFT", f"{ch:,.2f}")
        p.pair("GST on conversion", f"{gst:,.2f}")
        p.pair("Total debited (INR)", f"{inr + ch + gst:,.2f}")
        purpose = "S1107 - testing services" if "Lab" in other or "Test" in other else "S1005 - trade fair"
        p.pair("Purpose code", purpose)
        p.pair("Mode", "SWIFT - MT103", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['ORM', 'OTT'])}{j.date:%y}{digits(rng, 9)}"
            p.pair(rng.choice(["Transaction reference", "Our reference"]), ref, txn=(BANK_RANK, ref))
        labels = {
            "success": ["Remittance date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }
    date_row(p, j, labels[status], ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%b-%Y"])
    p.part = "foot"
    p.add(
        "small",
        "Export proceeds will be reported in EDPMS against the shipping bill."
        if inward
        else "Please submit the service invoice for our records.",
    )
    return p.done()


# ---------------------------------------------------------------- 8. lorry freight and sample couriers


CARRIERS = [
    (
        "Sri Ganga Roadlines",
        "Fleet owners & transport contractors",
        "Armoor Road, Nizamabad - 503001",
        "36",
        "lorry",
    ),
    (
        "Kalpa Goods Carriers",
        "Daily service Tiptur - Bengaluru - Mysuru",
        "B.H. Road, Tiptur - 572201",
        "29",
        "lorry",
    ),
    (
        "Skyline Worldwide Express",
        "International courier | Samples | Documents",
        "Begumpet, Hyderabad - 500016",
        "36",
        "courier",
    ),
    (
        "Mahalakshmi Lorry Service",
        "Turmeric to Erode, Sangli, Duggirala",
        "Market Yard, Nizamabad - 503001",
        "36",
        "lorry",
    ),
]
CARRIER_FRAMES = ["paper", "paper", "mail", "portal", "paper", "mail", "paper", "portal"]


def freight_couriers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A lorry owner's freight bill for turmeric to Erode or Sangli and millets to Bengaluru, and an international
    courier's bill for spice samples (printed FREIGHT BILL / BILL CUM RECEIPT, an e-mail receipt, a customer portal:
    the carrier on top, Consignor / Customer the company, LR No. and Vehicle No. or AWB No., Route, Freight, Halting,
    Loading hamali or Fuel surcharge and GST, GST payable by recipient (RCM) note, Total, Less: TDS u/s 194C @ 2%,
    Net paid / Amount received / Received, Mode NEFT / IMPS / UPI and its UTR / UPI Ref No., Bill No.; RECEIVED /
    PAID / PAYMENT UNDER VERIFICATION - CREDIT AWAITED / UPI DECLINED - BALANCE DUE)."""
    k = place("freight_couriers")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=2500, high=95000)
    cc, line, addr, state, kind = rng.choice(CARRIERS)
    name = cc.upper() if rng.random() < 0.3 else cc
    frame = CARRIER_FRAMES[k]
    rs = money(rng, font, 0.35, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["FREIGHT BILL", "BILL CUM RECEIPT", "LORRY HIRE BILL - PAID"])
    else:
        host = cc.split()[0].lower() + cc.split()[1].lower()
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{cc.split()[0]} Accounts <accounts@{host}.in>",
                ["Payment received with thanks", "Receipt against your bill"],
            )
        else:
            p = browser_page(rng, font, f"my.{host}.in/bills/{digits(rng, 7)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment receipt" if frame == "mail" else "My bills - payment status")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Consignor", "Customer", "Bill to"])
    if kind == "lorry":
        p.pair("LR No.", f"{rng.randrange(1000, 99999)}")
        p.pair(
            "Vehicle No.", f"{rng.choice(['TS 16', 'KA 44', 'TS 25'])} {code(rng, 2, UPPER)} {digits(rng, 4)}"
        )
        p.pair(
            "Route",
            rng.choice(["Armoor - Erode", "Nizamabad - Sangli", "Tiptur - Bengaluru", "Armoor - Duggirala"]),
        )
        base = round(rng.uniform(0.82, 0.9) * j.amount / 10) * 10.0
        halt = float(rng.choice([0, 0, 1500, 2000]))
        ham = float(rng.randrange(20, 120) * 25)
        p.pair("Freight", rs(base))
        if halt:
            p.pair("Halting", rs(halt))
        p.pair("Loading hamali", rs(ham))
        total = base + halt + ham
        p.add("small", "GST payable by recipient under RCM.")
    else:
        p.pair("AWB No.", f"{digits(rng, 10)}")
        p.pair("Destination", rng.choice(["Hamburg, DE", "Portland, US", "Leicester, GB", "Utrecht, NL"]))
        p.pair(
            "Contents",
            rng.choice(["Turmeric samples 4 kg", "Millet flour samples", "Dry chilli samples 2 kg"]),
        )
        base = round(rng.uniform(0.7, 0.8) * j.amount, 0)
        fuel = round(base * 0.22, 2)
        docs = float(rng.choice([350, 500, 750]))
        p.pair("Freight", rs(base))
        p.pair("Fuel surcharge @ 22%", rs(fuel))
        p.pair("Export docs", rs(docs))
        sub = base + fuel + docs
        gst = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total = round(sub + gst, 2)
    p.pair("Total", rs(total))
    tds = round(total * 0.02, 2) if total > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = (
        "UPI"
        if status == "failed" or (j.amount < 15000 and rng.random() < 0.6)
        else rng.choice(["NEFT", "IMPS"])
    )
    way = safe_way(j, way)
    p.pair(
        rng.choice(["Net paid", "Amount received", "Received"]) if status != "failed" else "Amount",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair({"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No.", "NEFT": "UTR"}[way], ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['SGR', 'KG', 'SW', 'ML'])}{rng.randrange(1000, 99999)}"
        p.pair("Bill No.", doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID"]),
            "pending": "PAYMENT UNDER VERIFICATION - CREDIT AWAITED",
            "failed": "UPI DECLINED - BALANCE DUE",
        }[status],
        status=status,
    )
    date_row(p, j, ["Date", "Bill date", "Received on"] if status == "success" else ["Date"], PATS_IN)
    p.part = "foot"
    p.add(
        "small", "Goods carried at owner's risk." if kind == "lorry" else "Subject to Hyderabad jurisdiction."
    )
    return p.done()


# ---------------------------------------------------------------- 9. the field team's card slips


COUNTERS = [
    ("SRI SAI FILLING STATION - IOCL", "ARMOOR"),
    ("HOTEL KAKATIYA RESIDENCY", "NIZAMABAD"),
    ("KISAN AGRO CENTRE", "TIPTUR"),
    ("VIJAYA HARDWARES", "BODHAN"),
    ("KALPATARU FUELS - HPCL", "TIPTUR"),
    ("MAYURA VEG RESTAURANT", "TUMAKURU"),
    ("SHIVA WEIGH BRIDGE", "ARMOOR"),
    ("DIGITAL PRINT HUB", "NIZAMABAD"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The field team's company debit card: terminal slips at fuel outlets, a hotel, an agro-inputs shop, a
    hardware store, a weighbridge and a print shop (monospace: the counter's name and town in capitals, DATE: /
    TIME: or DT: TM:, M.ID: / MID:, T.ID: / TID:, BATCH:, BILL NO: / INV NO:, SALE, CARD: , APPR: / AUTH CODE:, RRN:
    / REF NO:, TOTAL AMT: / SALE AMOUNT: / AMT:, a fuel slip's DENSITY:, RATE: and VOL:; APPROVED / TRANSACTION
    APPROVED / DECLINED with RESP CODE / NO RESPONSE FROM HOST - CHECK STATUS)."""
    k = place("card_slips")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=250, high=18000)
    name, town = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%Y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair(rng.choice(["M.ID:", "MID:"]), digits(rng, 15))
    p.pair(rng.choice(["T.ID:", "TID:"]), digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD:", f"{rng.choice(['RUPAY', 'VISA', 'MC'])} **** {digits(rng, 4)}", method="card")
    p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]))
    if "FILLING" in name or "FUELS" in name:
        rate = round(rng.uniform(89.5, 109.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "MS", "POWER"]))
        p.pair("DENSITY:", f"{rng.uniform(820, 845):.1f}")
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOL:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
        p.pair(rng.choice(["APPR:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["TOTAL AMT:", "SALE AMOUNT:", "AMT:"]),
        f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", "PIN VERIFIED - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 55 INCORRECT PIN", "RESP CODE: 05 DO NOT HONOUR"]))
    else:
        p.add("center", "NO RESPONSE FROM HOST - CHECK STATUS", status="pending")
        p.add("small", "DO NOT RETRY BEFORE CONFIRMING WITH BANK")
    p.part = "foot"
    p.add("small", "** MERCHANT COPY **" if rng.random() < 0.3 else "** CUSTOMER COPY **")
    return p.done()


# ---------------------------------------------------------------- 10. the company's own money and share receipts


PARTIES = [
    "Sri Balaji Masala Traders",
    "Annapurna Millet Mart",
    "Vinayaka Provision Stores",
    "Green Basket Organics",
    "Tiptur Coconut & Millet Depot",
    "Hanuman Kirana, Armoor",
    "Nutri Bowl Foods",
    "Sai Ram Flour Mill",
]
RECEIPT_KINDS = ["sale", "share", "sale", "mail", "share", "sale", "mail", "sale"]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own receipts: MONEY RECEIPT / CASH RECEIPT to a trader or shop for its bills (the company on
    top, Receipt No. / Rcpt. No., Date, Received from / Party, Bill amount, Amount received / Cash received / Received
    by UPI / Cheque received / Cheque amount, Balance due, Cheque No. and bank, UPI Ref No.), SHARE CAPITAL RECEIPT
    from a member farmer (Member name, Folio No., No. of shares x face value, Share money, Entrance fee, Total
    received), the rubber stamp; RECEIVED WITH THANKS / RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE
    BOUNCED - FUNDS INSUFFICIENT; and its accounts desk's receipt e-mail."""
    k = place("money_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1200, high=180000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.45, marks=("Rs.", "\u20b9", "Rs", ""))
    me = own_name(rng)
    kind = RECEIPT_KINDS[k]
    if kind == "mail":
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@siridhanyafpc.in>",
            ["Payment received - thank you", "Your receipt from Siridhanya Haldi FPC"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]} centre  |  Accounts")
        p.add("center", "Receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"{unit[0]} centre - Millets, turmeric and spices",
            unit[1],
            unit[2],
            ["SHARE CAPITAL RECEIPT"] if kind == "share" else ["MONEY RECEIPT", "CASH RECEIPT", "RECEIPT"],
        )
        p.add("small", f"CIN: U01400{rng.choice(['TG', 'KA'])}2019PTC{digits(rng, 6)}")
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'SC', 'R'])}-{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"], PATS_IN)
    if kind == "share":
        wrap_pair(p, "Member name", rng.choice(FARMERS))
        p.pair("Folio No.", f"F-{rng.randrange(100, 2999)}")
        shares = rng.choice([10, 20, 50, 100])
        face = rng.choice([100.0, 1000.0])
        fee = float(rng.choice([50, 100, 200]))
        p.pair(f"Shares {shares} x {rs(face)}", rs(shares * face))
        p.pair("Share money", rs(shares * face))
        p.pair("Entrance fee", rs(fee))
        j.amount = shares * face + fee
        way = (
            "cash"
            if status == "success" and rng.random() < 0.5
            else "cheque"
            if status != "success"
            else "UPI"
        )
        if way == "cheque":
            lab = "Cheque received" if status == "pending" else "Cheque amount"
        else:
            lab = "Total received"
    else:
        wrap_pair(p, rng.choice(["Received from", "Party"]), PARTIES[k])
        bill = round(j.amount + float(rng.choice([0, 0, 2500, 7800, 15000])), 2)
        p.pair("Bill amount", rs(bill))
        way = "cheque" if status != "success" else rng.choice(["cash", "UPI", "UPI", "cheque", "NEFT"])
        lab = {
            "cash": "Cash received",
            "UPI": "Received by UPI",
            "cheque": "Cheque received" if status != "failed" else "Cheque amount",
            "NEFT": "Amount received",
        }[way]
    way = safe_way(j, way)
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking"),
    )
    if kind != "share":
        p.pair("Balance due", rs(round(bill - j.amount, 2)))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way in ("UPI", "IMPS", "NEFT") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair({"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No.", "NEFT": "UTR"}[way], ref, txn=(UTR_RANK, ref))
    elif way == "cash":
        p.pair("Mode", "Cash")
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if kind != "mail":
        right(p, f"For {SHORT}")
        seal(p, "SIRIDHANYA FPC", unit[0].upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 11. electricity and FASTag through Bharat Connect


BOARDS = [
    ("TGNPDCL", "Northern Power Distribution Company of Telangana Ltd", "tgnpdcl.com"),
    ("BESCOM", "Bangalore Electricity Supply Company Ltd", "bescom.karnataka.gov.in"),
]
TAGS = ["ICICI Bank FASTag", "SBI FASTag", "Axis Bank FASTag"]
BC_APPS = ["yono BUSINESS", "Canara ai1", "PhonePe Business", "Paytm for Business", "BHIM UPI"]


def bill_payments(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The turmeric boiler yard's and millet centre's electricity and the pickup's FASTag: Bharat Connect in banking
    and payment apps (the app on top, Biller / Electricity board / Biller name TGNPDCL, BESCOM or a bank's FASTag as
    printed, Service No. / Account ID / Vehicle No., Customer name the company, Bill period, the sum large, Paid via
    Current A/c or UPI, Bharat Connect Txn Ref / B-Connect ID, Transaction ID, Paid on / Date & time; Bill paid /
    Recharge successful / Payment in progress / Payment failed) and the boards' own pages (the board on top, Amount
    paid, Mode, Bank Ref No., Receipt No., Date of payment)."""
    k = place("bill_payments")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=800, high=95000)
    short, long, host = BOARDS[j.unit]
    rs = money(rng, font, 0.5)
    if k in (1, 5):
        p = browser_page(rng, font, f"www.{host}/onlinepay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment - acknowledgement")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you for your payment"],
                "pending": ["Payment pending with bank"],
                "failed": ["Payment failed"],
            },
        )
        p.pair(rng.choice(["Service No.", "Account ID"]), digits(rng, 10))
        wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way])
        if not j.no_ref:
            bref = f"{rng.choice(['SBI', 'CNR', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2]}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be adjusted in the next bill.")
        return p.done()
    tag = k in (0, 4)
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", BC_APPS[k % len(BC_APPS)])
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Recharge successful"] if tag else ["Bill paid", "Payment successful"],
            "pending": ["Payment in progress"],
            "failed": ["Payment failed"],
        },
    )
    if tag:
        j.amount = rupees(rng, 500, 6000, 0.9)
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice(TAGS) if tag else rng.choice([short, long])
    wrap_pair(
        p,
        rng.choice(["Biller", "Biller name"] if tag else ["Biller", "Electricity board"]),
        name,
        merchant=name,
    )
    if tag:
        p.pair("Vehicle No.", f"{rng.choice(['TS 16', 'KA 44'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    else:
        p.pair(rng.choice(["Service No.", "Account ID"]), digits(rng, 10))
        if not j.no_day:
            p.pair("Bill period", j.month())
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    way = rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid via",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else "UPI",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["Bharat Connect Txn Ref", "B-Connect ID"]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SRI VENKATESWARA JUTE",
    "INDUR AGRI WAREHOUSIN",
    "AGRIMECH POLISHERS",
    "SRI GANGA ROADLINES",
    "KALPATARU COLD STORAG",
    "DECCAN BOILER WORKS",
    "SKYLINE WORLDWIDE EXP",
    "VASUNDHARA AGRO INPUT",
]
MAIL_PAYEES = ["Sri Venkateswara Jute Bags", "Kalpataru Cold Storage & Warehouse"]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's debit alerts on the CEO's phone and in the accounts mailbox: SMS in a messages app (the sender
    JD-SBIINB / VM-CANBNK / AX-UBINBK / BZ-KBLBNK, the day divider, the alert: the sum debited from the account's last
    digits to a supplier as the bank names it, truncated, the day, the rail, UTR / IMPS Ref / UPI Ref, Avl Bal; a UPI
    payment that "could not be completed" and one "under process") and the bank's e-mail transaction alert (Dear
    Customer, the sum debited towards NEFT / IMPS to the supplier's full name, UTR, the day)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=900, high=480000)
    bank, sender = rng.choice(
        [
            ("State Bank of India", "JD-SBIINB"),
            ("Canara Bank", "VM-CANBNK"),
            ("Union Bank of India", "AX-UBINBK"),
            ("Karnataka Bank", "BZ-KBLBNK"),
        ]
    )
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    if k in (1, 4):
        p = mail_page(
            rng, font, f"{bank} Alerts <alerts@{bank.split()[0].lower()}bank.co.in>", ["Transaction alert"]
        )
        p.part = "body"
        p.add("left", "Dear Customer,")
        to = MAIL_PAYEES[1 if k == 4 else 0]
        way = safe_way(j, "NEFT" if j.amount < 200000 else "RTGS")
        p.add("left", f"{amt} has been debited from your {acc}", amount=j.amount)
        p.add("left", f"towards {way} to", method="netbanking")
        p.add("left", to, merchant=to)
        if not j.no_day:
            p.add("left", f"on {j.day(rng, ['%d-%m-%Y', '{d} %b %Y', '%d/%m/%Y'])}.", date=j.date)
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.add("left", f"UTR: {ref}", txn=(UTR_RANK, ref))
        p.add("left", "Transaction status: Successful", status="success")
        p.part = "foot"
        p.add("small", "If you did not do this transaction, call 1800 425 3800 immediately.")
        return p.done()
    if status != "success":
        way = "UPI"
    elif j.amount < 100000 and k % 2 == 0:
        way = "UPI"
    else:
        way = safe_way(j, rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"]))
    if way == "UPI" and j.amount > 100000:
        j.amount = rupees(rng, 900, 99000)
        amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    to = ALERT_PAYEES[k]
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"Your {acc} is debited for {amt}", amount=j.amount)
        p.add("left", f"towards {to}", merchant=to)
    else:
        p.add("left", f"UPI payment of {amt} from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    if not j.no_day:
        p.add("left", f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])} by {way}.", method=method)
    else:
        p.add("left", f"by {way}.", method=method)
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 40000, 3200000):,.2f}",
        "failed": "could not be completed. Amount debited, if any, will be reversed.",
        "pending": "is under process. Do not retry for 48 hours.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

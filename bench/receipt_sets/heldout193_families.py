"""The twelve heldout193 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a marble and granite processing unit's day in 2026 (Sangemarmar Stone Industries Pvt
Ltd, its gang-saw unit in the RIICO Marble Area and its slab yard and showroom on the NH-48 bypass at Madanganj,
Kishangarh, Rajasthan), told by the proofs of payment it receives and makes: builders' and marble dealers' payment
advices and foreign buyers' inward wires, retail buyers' UPI and payment links for slabs and tiles, its own money
receipts, block quarries' and abrasives and diamond-tool makers' invoices, outward wires for Italian and American
gang-saw and polishing-line spares, the mining department's royalty, RIICO's, the municipal council's and the
pollution control board's fee pages, labour contractors' vouchers and payouts, the trailers' and trucks' freight
bills, the highway's card slips, the unit's power, water, broadband, phone and FASTag bills through Bharat Connect,
corporate net banking's transfers to suppliers and the bank's SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, sites and projects, PO numbers, bills listed on an advice, TDS, debit notes, GST, royalty heads, loading and
toll lines, GSTIN, PAN, IFSC, BIC, IBAN, UETR, MID, TID, STAN, batch, bilty, rawanna, e-way bill, lease, plot,
property, consent, K numbers, beneficiary ids, the maker and the authoriser and the payer's own details carry no
fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is
heldout158's.
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
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Sangemarmar Stone Industries Pvt Ltd"
COMPANY_CAPS = "SANGEMARMAR STONE INDUSTRIES PVT LTD"
SHORT = "Sangemarmar Stones"
# unit, address, GST state code
UNITS = [
    ("Gang-saw unit", "G1-214, RIICO Marble Area Phase II, Kishangarh, Ajmer - 305801, Rajasthan", "08"),
    (
        "Slab yard and showroom",
        "NH-48 bypass, near Madanganj, Kishangarh, Ajmer - 305801, Rajasthan",
        "08",
    ),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "AU Small Finance Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Punjab National Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "AU Small Finance Bank": "AUBL",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
}
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Consignor / Bill to / Lessee: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{IFSC.get(bank, 'SBIN')}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{IFSC.get(bank, 'SBIN')}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way in ("IMPS", "UPI"):
        return j.ref
    return neft_ref(
        rng, j, bank if bank in ("HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank") else "SBIN"
    )


SLUGS = {
    "State Bank of India": "sbi",
    "AU Small Finance Bank": "aubank",
    "Bank of Baroda": "bankofbaroda",
    "Punjab National Bank": "pnb",
    "Kotak Mahindra Bank": "kotak",
}


def slug_of(bank: str) -> str:
    if bank in SLUGS:
        return SLUGS[bank]
    words = bank.split()
    return "".join(w[0] for w in words).lower() if len(words) > 2 else words[0].lower()


def uetr(rng: random.Random) -> str:
    return (
        f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-"
        f"{rng.choice('89ab')}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}"
    )


def way_for(rng: random.Random, amount: float, ways: list[str]) -> str:
    """One of ``ways`` that can carry ``amount`` (RTGS from two lakh, IMPS and UPI below their limits)."""
    way = rng.choice(ways)
    if way == "RTGS" and amount < 200000:
        way = "NEFT"
    if way == "IMPS" and amount > 500000:
        way = "NEFT"
    if way == "UPI" and amount > 100000:
        way = "NEFT"
    return way


# ---------------------------------------------------------------- 1. builders' and dealers' advices, buyers' wires


PAYERS = [
    ("Aravali Infra Developers Pvt Ltd", "payables@aravaliinfra.in", "Aravali Heights, Tower C - Jaipur"),
    ("Om Marble Traders", "accounts@ommarbletraders.com", "Godown, Rajouri Garden, New Delhi"),
    ("Skyline Buildcon LLP", "ap@skylinebuildcon.co.in", "Skyline Greens villas - Ajmer Road"),
    ("Ganpati Tiles & Stones", "finance@ganpatistones.in", "Showroom, SG Highway, Ahmedabad"),
    ("Marudhar Constructions Pvt Ltd", "vendorpay@marudharconst.com", "RUHS hostel block - Jaipur"),
    ("Pink City Realty Ltd", "ap.jaipur@pinkcityrealty.com", "Pink City Central mall - lobby"),
]
BUYERS_ABROAD = [
    ("Gulf Stone Trading LLC", "Dubai, UAE", "USD", "Emirates NBD Bank PJSC"),
    ("Harrow Stoneworks Ltd", "Birmingham, United Kingdom", "GBP", "Lloyds Bank plc"),
]
ADVICE_FRAMES = ["mail", "inward", "paper", "portal", "mail", "paper", "inward", "portal"]
STONES = [
    "Makrana white slabs",
    "Rajnagar white 16 mm",
    "Indian green tiles",
    "Black galaxy granite",
    "Katni beige, polished",
    "Green onyx, resin backed",
    "Jet black granite steps",
    "Albeta flooring 18 mm",
]


def dealer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders and marble dealers paying the unit for slabs and tiles: a payer's payment advice e-mail, printed
    PAYMENT ADVICE / VENDOR PAYMENT ADVICE and a builder's supplier portal page (the payer on top, Supplier
    (beneficiary) / Vendor name / Pay to the unit, Vendor code, Project / Site, PO No., Invoices paid with their
    sums, Less: TDS u/s 194Q @ 0.1%, Less: Debit note - breakage in transit, Net amount transferred / Net payment /
    Amount remitted, Mode NEFT / RTGS, UTR / UTR No., Advice No. / Payment advice No., Payment date / Executed on /
    Parked on / Returned on; Payment status: Executed / Status: Paid to vendor / Parked - awaiting site receipt (GRN)
    / Payment returned - invalid account number) and two banks' inward remittance advices of foreign buyers' wires
    (the bank on top, Name of beneficiary / Beneficiary the unit, Remitter, Remitter's bank, Amount of remittance /
    Remittance amount, Exchange rate, INR credited, Inward remittance No. / Inward ref No., UETR, Credit date / Value
    date; Remittance credited / Credited to your account)."""
    k = place("dealer_advices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=65000, high=2400000)
    frame = ADVICE_FRAMES[k]
    if frame == "inward":
        payer, city, cur, pbank = BUYERS_ABROAD[0 if k == 1 else 1]
        j.amount = (
            round(rng.uniform(2500, 68000), 2) if rng.random() < 0.5 else float(rng.randrange(25, 680) * 100)
        )
        bank = rng.choice(["State Bank of India", "Bank of Baroda", "HDFC Bank", "ICICI Bank"])
        show = fx(rng, font, cur)
        rate = round(rng.uniform(*RATES[cur]), 4)
        if k == 1:
            p = mail_page(
                rng,
                font,
                f"{bank} <trade.services@{slug_of(bank)}.co.in>",
                ["Inward foreign remittance - credit advice", "Credit of export proceeds to your account"],
            )
        else:
            p = browser_page(rng, font, f"trade.{slug_of(bank)}.co.in/inward/{code(rng, 9, ALNUM)}")
        p.part = "head"
        top(p, bank.upper() if rng.random() < 0.3 else bank)
        p.add(
            "small", rng.choice(["Forex Department, Kacheri Road, Ajmer", "International Banking - Jaipur"])
        )
        p.add(
            "center",
            rng.choice(["Inward Remittance - Advice of Credit", "Export proceeds realised - advice"]),
        )
        p.add("rule")
        p.part = "body"
        p.add("center", rng.choice(["Remittance credited", "Credited to your account"]), status="success")
        me = rng.choice([COMPANY, COMPANY_CAPS])
        wrap_pair(p, rng.choice(["Name of beneficiary", "Beneficiary"]), me, merchant=me)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Remitter", f"{payer}, {city}")
        wrap_pair(p, "Remitter's bank", pbank)
        p.pair(
            rng.choice(["Amount of remittance", "Remittance amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Exchange rate", f"{rate} INR per {cur}")
        ch = float(rng.choice([300, 500, 750]))
        p.pair("Bank charges + GST", f"INR {ch:,.2f}")
        p.pair("INR credited", f"{round(j.amount * rate, 2) - ch:,.2f}")
        wrap_pair(p, "Purpose code", "P0102 - export of goods (marble slabs)")
        p.pair("Shipping bill No.", f"{digits(rng, 7)}")
        p.pair("Mode", "SWIFT MT103", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['IRW', 'IWR'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
            p.pair(rng.choice(["Inward remittance No.", "Inward ref No."]), ref, txn=(BANK_RANK, ref))
            wrap_pair(p, "UETR", uetr(rng))
        date_row(p, j, ["Credit date", "Value date"], ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d"])
        p.part = "foot"
        p.add("small", "e-BRC will be uploaded to DGFT on realisation. Quote the reference in all queries.")
        return p.done()
    payer, mail, site = PAYERS[(k + rng.randrange(3)) % len(PAYERS)]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <{mail}>",
            ["Payment advice - marble supply", f"Payment released to {SHORT}", "Vendor payment advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payment-advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", rng.choice(["Accounts Payable", "Finance - Procurement", "Accounts Department"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "VENDOR PAYMENT ADVICE", "Payment intimation"]))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Supplier (beneficiary)", "Vendor name", "Pay to"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['SUP', 'VM', 'RM'])}{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Project", "Site"]), site)
    p.pair("PO No.", f"PO/{rng.randrange(100, 9999)}/25-26")
    bills = [
        (f"SSI/25-26/{rng.randrange(10, 980):03d}", rupees(rng, 60000, 900000, 0.6))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Invoices paid", "Bills covered by this payment"]))
    for no, v in bills:
        p.pair(f"{no} ({rng.choice(STONES)})", rs(v))
    gross = sum(v for _, v in bills)
    tds = round(gross / 1.12 * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    dn = float(rng.choice([1800, 4500, 7200, 12600])) if rng.random() < 0.45 else 0.0
    if dn:
        p.pair("Less: Debit note - breakage in transit", rs(dn))
    j.amount = round(gross - tds - dn, 2)
    p.pair(
        rng.choice(["Net amount transferred", "Net payment", "Amount remitted"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Beneficiary bank", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'VPA', 'AP'])}{j.date:%y}{digits(rng, 6)}"
        p.pair(rng.choice(["Advice No.", "Payment advice No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Executed", "Status: Paid to vendor"],
            "pending": ["Parked - awaiting site receipt (GRN)"],
            "failed": ["Payment returned - invalid account number"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Executed on", "Value date"],
            "pending": ["Parked on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 2. retail buyers' UPI and payment links


BUYER_APPS = [
    "PhonePe",
    "Google Pay",
    "CCAvenue",
    "Paytm",
    "YONO SBI",
    "super.money",
    "Cashfree",
    "iMobile Pay",
]
RETAIL_BUYERS = [
    "Naresh Kumawat",
    "Priyanka Sharma",
    "Dr. Anil Mathur",
    "Sunita Choudhary",
    "Vikram Singh Shekhawat",
    "Farzana Bano",
    "Rohit & Neha Agarwal",
    "Manoj Kumar Jangid",
]
BUYER_NOTES = [
    "Kitchen top granite",
    "Pooja room marble adv",
    "Staircase slabs balance",
    "Flooring 1200 sq ft adv",
    "Jali panel + inlay",
    "Bathroom tiles balance",
    "Temple steps - advance",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Homeowners and small contractors paying for slabs, tiles and inlay work: six UPI app screens (PhonePe, Google
    Pay, Paytm, YONO SBI, super.money, iMobile Pay: the unit under Paid to / To / Sent to / Paying to, or YONO's
    Payee name, its UPI ID, the sum large, UPI transaction ID / UPI Ref No. / UTR, PhonePe's and Paytm's own
    Transaction ID on some, Debited from, Date & time / Paid on / Completed on) and two of its payment pages
    (CCAvenue: the unit on top, Billing name, Order No., Tracking ID, Bank Ref No. or Auth code, Order status:
    Success / Failure / Awaiting; Cashfree: the unit on top, Customer name, Order ID, Transaction ID, Bank reference
    number, Payment successful / Payment failed / Payment is being processed; Paid on / Transaction date)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=98000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("CCAvenue", "Cashfree"):
        to = ours(rng)
        url = (
            f"secure.ccavenue.com/transaction/receipt?{code(rng, 12, LOWER + '0123456789')}"
            if app == "CCAvenue"
            else f"payments.cashfree.com/links/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Marble | Granite | Onyx | Inlay", "Kishangarh - slab yard payments"]))
        p.add("rule")
        p.part = "body"
        words = (
            {
                "success": ["Order status: Success"],
                "failed": ["Order status: Failure"],
                "pending": ["Order status: Awaiting"],
            }
            if app == "CCAvenue"
            else {
                "success": ["Payment successful"],
                "failed": ["Payment failed"],
                "pending": ["Payment is being processed"],
            }
        )
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Billing name" if app == "CCAvenue" else "Customer name", RETAIL_BUYERS[k])
        wrap_pair(p, "Remarks", rng.choice(BUYER_NOTES))
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            "Payment mode",
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            oid = f"{rng.choice(['SSI', 'SGM'])}{digits(rng, 8)}"
            p.pair("Order No." if app == "CCAvenue" else "Order ID", oid, txn=(ORDER_RANK, oid))
            tid = digits(rng, 12) if app == "CCAvenue" else digits(rng, 10)
            p.pair("Tracking ID" if app == "CCAvenue" else "Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "UPI":
                p.pair(
                    "Bank Ref No." if app == "CCAvenue" else "Bank reference number",
                    j.ref,
                    txn=(UTR_RANK, j.ref),
                )
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by CCAvenue" if app == "CCAvenue" else "Powered by Cashfree Payments")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Transaction successful", "Paid"],
            "failed": ["Payment failed", "Transaction Failed"],
            "pending": ["Payment pending", "Transaction in progress"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "YONO SBI":
        labels = ["Payee name"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: sangemarmar{rng.choice(['', '.ksg', '08'])}@{rng.choice(['sbi', 'ybl', 'aubank', 'icici'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(BUYER_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7 and not j.no_day:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the unit's own money receipts


PARTIES = [
    "Shri Mahendra Singh Rathore",
    "M/s Jain Marble House, Udaipur",
    "Smt. Kamla Devi Saini",
    "M/s Shiv Shakti Builders, Beawar",
    "Mr. Deepak Khandelwal",
    "M/s Al-Noor Tiles, Tonk",
    "Shri Ratan Lal Prajapat (mistri)",
    "M/s Balaji Stone Gallery, Kota",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The unit's own MONEY RECEIPT / PAYMENT RECEIPT / RECEIPT (paper: the unit on top with its Marble | Granite |
    Slabs | Tiles line, address and GSTIN; Receipt No. / Sr. No., Date / Dt., Received with thanks from / Party name,
    Against Bill No., Bill amount, Amount received / Cash received / Received by UPI / Received by RTGS / Cheque
    amount, Balance outstanding, Cheque No. and bank, UPI Ref No., UTR; RECEIVED WITH THANKS / PAYMENT RECEIVED /
    CHEQUE RECEIVED - SUBJECT TO CLEARANCE / CHEQUE DISHONOURED - RECEIPT CANCELLED, the rubber stamp) and its
    accounts desk's receipt e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=4500, high=450000)
    unit = UNITS[1]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (1, 4):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sangemarmarstones.in>",
            ["Payment receipt - thank you", "We have received your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}, Kishangarh  |  Accounts")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Marble | Granite | Slabs | Tiles | Since 1991",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "PAYMENT RECEIPT", "RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RC', 'SSI-R'])}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "Sr. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dt."], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Party name"]), PARTIES[k])
    way = "cheque" if status != "success" else ["RTGS", "UPI", "-", "cash", "UPI", "RTGS", "-", "cash"][k]
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 4500, 95000, 0.8)
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    part = k in (0, 3, 4) and status == "success"
    bill = round(j.amount * rng.choice([1.5, 2.0, 2.5]), 2) if part else j.amount
    p.pair("Against Bill No.", f"SSI/25-26/{rng.randrange(10, 980):03d}")
    p.pair("Bill amount", rs(bill))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque amount",
        "NEFT": rng.choice(["Amount received", "Received by NEFT"]),
        "RTGS": rng.choice(["Amount received", "Received by RTGS"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking"),
    )
    p.pair("Balance outstanding", rs(bill - j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE DISHONOURED - RECEIPT CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cheques subject to realisation. Goods once cut to size are not returnable.")
    if k not in (1, 4):
        right(p, f"For {SHORT} - Authorised signatory")
        p.add("gap")
        seal(p, "SANGEMARMAR STONES", "KISHANGARH", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. block quarries' and abrasives makers' invoices


SUPPLIERS = [
    (
        "Shree Makrana Marble Quarries",
        "Marble blocks | Albeta, Doongri, Adanga",
        "Kumari Road, Makrana, Nagaur - 341505, Rajasthan",
        "08",
    ),
    (
        "Vijay Diamond Tools Pvt Ltd",
        "Gang-saw segments | Frame saw blades | Wire saws",
        "Plot 118, GIDC Vatva, Ahmedabad - 382445, Gujarat",
        "24",
    ),
    (
        "Rajsamand Stone Mines LLP",
        "Marble blocks | Rajnagar white | Morwad",
        "Mining Area, Rajnagar, Rajsamand - 313326, Rajasthan",
        "08",
    ),
    (
        "Surya Abrasives & Resins",
        "Lux polish | Magnesite bricks | Epoxy | Mesh",
        "Sector 24, Industrial Area, Faridabad - 121005, Haryana",
        "06",
    ),
]
BLOCK_ITEMS = {
    "Shree": [
        ("Marble block - Makrana Albeta", "2515", 21000.0, 46000.0),
        ("Doongri marble block", "2515", 9000.0, 16000.0),
    ],
    "Vijay": [
        ("Diamond segment 24 x 8 x 10 mm", "8207", 38.0, 72.0),
        ("Gang-saw blade 4400 x 180 x 3.5", "8202", 2900.0, 4800.0),
    ],
    "Rajsamand": [
        ("Rajnagar white marble block", "2515", 12000.0, 24000.0),
        ("Morwad marble block", "2515", 8000.0, 14000.0),
    ],
    "Surya": [
        ("Lux polish (oxalic) 25 kg", "3405", 1900.0, 3100.0),
        ("Magnesite abrasive brick No. 36", "6804", 140.0, 260.0),
        ("Marble epoxy resin + hardener 20 kg", "3506", 5200.0, 7800.0),
    ],
}
SUPPLIER_WAYS = ["RTGS", "NEFT", "UPI", "-", "RTGS", "IMPS", "-", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The block quarries of Makrana and Rajsamand and the makers of diamond segments, gang-saw blades, polish,
    abrasive bricks and epoxy billing the unit: TAX INVOICE / TAX INVOICE - PAID / TAX INVOICE (ORIGINAL FOR
    RECIPIENT) (paper: the supplier on top, its line, address and GSTIN; Invoice No. / Bill No., Invoice date / Dated, Buyer / Consignee M/s
    the unit, Vehicle No., E-way bill No., Rawanna No. on a quarry's, the blocks in tonnes x rate or the tools and
    consumables in Qty x rate with HSN, Taxable value, CGST and SGST or IGST (12% on blocks, 18% on the rest), Round
    off, Invoice total, Less: Advance adjusted and Balance paid on some, then Paid amount / Payment received vide
    RTGS / Received amount with its UTR, IMPS Ref No. or UPI Ref No., or Cheque amount with Cheque No.; PAID / FULL
    PAYMENT RECEIVED / PAYMENT RECEIVED / CHEQUE UNDER CLEARING / CHEQUE BOUNCED - EXCEEDS ARRANGEMENT, in the
    supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    sup, line, addr, state = SUPPLIERS[k % len(SUPPLIERS)]
    name = sup.upper() if rng.random() < 0.3 else sup
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "TAX INVOICE - PAID", "TAX INVOICE (ORIGINAL FOR RECIPIENT)"],
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in sup.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/25-26"
        p.pair(rng.choice(["Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer", "Consignee"])
    key = sup.split()[0]
    quarry = key in ("Shree", "Rajsamand")
    p.pair("Vehicle No.", f"RJ{rng.choice(['01', '36', '30', '37'])} G{code(rng, 1, UPPER)} {digits(rng, 4)}")
    p.pair("E-way bill No.", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
    if quarry:
        p.pair("Rawanna No.", f"{rng.choice(['MKR', 'RSM'])}/{digits(rng, 7)}")
    taxable = 0.0
    for item, hsn, lo, hi in rng.sample(BLOCK_ITEMS[key], rng.randrange(1, 3)):
        rate = round(rng.uniform(lo, hi), 2)
        if quarry:
            qty = round(rng.uniform(6.5, 24.0), 3)
            text = f"  {qty} t x {rate:,.2f}"
        else:
            qty = rng.randrange(4, 400) if hi < 300 else rng.randrange(2, 40)
            text = f"  {qty} x {rate:,.2f}"
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(text, rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 12 if quarry else 18, state != "08")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLIER_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "RTGS" if total >= 200000 else "NEFT"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -3))
        p.pair(f"Less: Advance adjusted (Rcpt {rng.randrange(10, 400)})", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        if adv:
            lab = "Balance paid"
        elif way in ("NEFT", "RTGS"):
            lab = rng.choice(["Paid amount", f"Payment received vide {way}", "Received amount"])
        else:
            lab = rng.choice(["Paid amount", "Received amount"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULL PAYMENT RECEIVED", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE UNDER CLEARING",
        "failed": "CHEQUE BOUNCED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Royalty paid at source. Breakage after loading at buyer's risk."
        if quarry
        else "Interest @ 18% p.a. on bills unpaid after 30 days.",
    )
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(sup.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for gang-saw and line spares


MAKERS_ABROAD = [
    ("Breton S.p.A.", "Castello di Godego (TV), Italy", "EUR", "Intesa Sanpaolo S.p.A.", "BCITITMM", "IT"),
    ("Park Industries Inc", "St. Cloud, MN, USA", "USD", "U.S. Bank NA", "USBKUS44", ""),
    ("Pedrini S.p.A.", "Carobbio degli Angeli (BG), Italy", "EUR", "UniCredit S.p.A.", "UNCRITMM", "IT"),
    ("Gaspari Menotti S.p.A.", "Massa (MS), Italy", "EUR", "Banco BPM S.p.A.", "BAPPIT21", "IT"),
    (
        "Xiamen Wanlong Diamond Tools Co Ltd",
        "Xiamen, Fujian, China",
        "USD",
        "Bank of China",
        "BKCHCNBJ73A",
        "",
    ),
    ("Tenax S.p.A.", "Volargne di Dolce' (VR), Italy", "EUR", "Banco BPM S.p.A.", "BAPPIT21", "IT"),
    ("Simec S.p.A.", "Castello di Godego (TV), Italy", "EUR", "Intesa Sanpaolo S.p.A.", "BCITITMM", "IT"),
    ("GranQuartz LP", "Tucker, GA, USA", "USD", "Truist Bank", "BRBTUS33", ""),
]
SPARES = [
    "Gang-saw flywheel bearing set and tensioners",
    "CNC bridge saw spindle motor",
    "Connecting rod and slide shoes for gang saw",
    "Calibrating machine diamond rollers",
    "Frame saw diamond segments (5,000 pcs)",
    "Resin line UV lamps and drying oven spares",
    "Polishing heads with satellite plates",
    "Edge polishing wheels and fickert holders",
]


def spares_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The unit paying makers abroad for gang-saw, bridge-saw, resin-line and polishing-line spares: the bank's
    outward remittance advice (browser, e-mail, printed: the bank on top, Outward remittance - advice of debit /
    Import payment - transaction advice, Beneficiary name / Name of beneficiary / Foreign supplier the maker,
    Beneficiary bank and SWIFT code, Intermediary bank on some, IBAN or account, Ordering customer / Remitter the
    unit, IEC, Remittance amount (FCY) / Amount in foreign currency / FCY amount in EUR or USD, Exchange rate, INR
    equivalent, Commission, SWIFT / cable charges, GST on forex conversion, Total debit (INR), Purpose code, Goods,
    Proforma invoice No., Charges OUR / SHA, Outward ref No. / OTT reference No., UETR, Date of remittance / Value
    date / Request date / Returned on; Processed - MT103 sent to beneficiary bank / Outward remittance executed /
    Pending - Form A2 and proforma invoice under scrutiny / Returned by correspondent bank - incorrect IBAN)."""
    k = place("spares_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    sup, city, cur, sbank, bic, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(1800, 96000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 960) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(
        ["State Bank of India", "Bank of Baroda", "ICICI Bank", "HDFC Bank", "AU Small Finance Bank"]
    )
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"tradefinance.{slug_of(bank)}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.ops@{slug_of(bank)}.co.in>",
            ["Outward remittance - advice of debit", "Import payment: transaction advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Centre, Kacheri Road, Ajmer", "Trade Finance Hub, C-Scheme, Jaipur"]))
    p.add(
        "center", rng.choice(["Outward remittance - advice of debit", "Import payment - transaction advice"])
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Processed - MT103 sent to beneficiary bank", "Outward remittance executed"],
            "pending": ["Pending - Form A2 and proforma invoice under scrutiny"],
            "failed": ["Returned by correspondent bank - incorrect IBAN"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Name of beneficiary", "Foreign supplier"]), payee, merchant=payee
    )
    wrap_pair(p, "Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} (SWIFT {bic})")
    if cur == "USD" and rng.random() < 0.6:
        wrap_pair(
            p,
            "Intermediary bank",
            rng.choice(["Citibank NA, New York (CITIUS33)", "JPMorgan Chase Bank NA (CHASUS33)"]),
        )
    if iban:
        p.pair(
            "IBAN",
            f"{iban}{digits(rng, 2)} {code(rng, 1, UPPER)}{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)} "
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}",
        )
    else:
        p.pair("Account No.", digits(rng, 12))
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["Remittance amount (FCY)", "Amount in foreign currency", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    comm = float(rng.choice([500, 750, 1000]))
    swift = float(rng.choice([250, 500, 1000]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission", f"{comm:,.2f}")
    p.pair("SWIFT / cable charges", f"{swift:,.2f}")
    p.pair("GST on forex conversion", f"{gst:,.2f}")
    p.pair("Total debit (INR)", f"{inr + comm + swift + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0101 - import payment", "S0102 - advance for imports"]))
    wrap_pair(p, "Goods", SPARES[k])
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}/{rng.randrange(100, 9999)}/26")
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OTT', 'OWR'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Outward ref No.", "OTT reference No."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Value date"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry against this remittance on EDPMS within the time allowed.")
    return p.done()


# ---------------------------------------------------------------- 6. royalty, RIICO, municipal and board fees


AUTHORITIES = [
    (
        "Department of Mines and Geology",
        "Royalty, DMFT and RSMET on dispatched marble - e-GRAS challan",
        "egras.raj.nic.in/challan",
    ),
    (
        "RIICO Ltd",
        "Service charges and economic rent - online payment",
        "riico.co.in/onlinepayment",
    ),
    (
        "Nagar Parishad Kishangarh",
        "Urban development tax and trade licence - e-receipt",
        "lsg.urban.rajasthan.gov.in/epay",
    ),
    (
        "Rajasthan State Pollution Control Board",
        "Consent to operate (CTO) fee - online payment",
        "environment.rajasthan.gov.in/rpcb",
    ),
]
AUTHORITY_LONG = {1: "Rajasthan State Industrial Development & Investment Corporation Ltd"}
AUTHORITY_ORDER = [0, 1, 2, 3, 0, 2, 1, 3]


def authority_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the unit pays the state and the town: the Department of Mines and Geology's royalty, DMFT and RSMET on the
    blocks it buys ex-quarry (through e-GRAS Rajasthan), RIICO's service charges and economic rent on its plot,
    Nagar Parishad Kishangarh's urban development tax and trade licence and the pollution control board's consent to
    operate fee (the authority on top with its service line, Government of Rajasthan on some, Lessee / Firm name /
    Allottee / Assessee name / Unit name the unit, ML No. / Plot No. / Property ID / Consent application No., the
    heads, Total amount deposited / Challan amount / Amount paid, Payment mode Net banking / UPI / Debit card, GRN
    and Bank CIN, Transaction ID and Receipt No., Bank Ref No. and e-Receipt No., Payment date / Date of deposit /
    Transaction date; Payment successful / Challan status: Success / Challan status: Pending - bank confirmation
    awaited / Transaction failed - challan cancelled)."""
    k = place("authority_fees")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    which = AUTHORITY_ORDER[k]
    agency, line, host = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['receipt', 'status', 'print'])}/{digits(rng, 8)}")
    p.part = "head"
    name = AUTHORITY_LONG.get(which, agency) if rng.random() < 0.4 else agency
    name = name.upper() if rng.random() < 0.25 else name
    top(p, name, merchant=name)
    p.add("small", line)
    if which in (0, 3):
        p.add("small", "Government of Rajasthan")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Challan status: Success"],
            "pending": ["Challan status: Pending - bank confirmation awaited"],
            "failed": ["Transaction failed - challan cancelled"],
        },
    )
    who = {
        0: ["Lessee", "Firm name"],
        1: ["Allottee", "Unit name"],
        2: ["Assessee name", "Firm name"],
        3: ["Unit name"],
    }
    wrap_pair(p, rng.choice(who[which]), rng.choice([COMPANY, COMPANY_CAPS]))
    idlab = {0: "ML No.", 1: "Plot No.", 2: "Property ID", 3: "Consent application No."}[which]
    idval = {
        0: f"{rng.randrange(1, 400)}/{rng.choice(['1998', '2004', '2011'])}",
        1: "G1-214, Marble Area Ph II",
        2: f"KSG/W{rng.randrange(1, 45)}/{digits(rng, 5)}",
        3: f"{digits(rng, 10)}",
    }[which]
    wrap_pair(p, idlab, idval)
    rs_heads: list[tuple[str, float]]
    if which == 0:
        tonnes = round(rng.uniform(40, 420), 2)
        roy = round(tonnes * 270, 2)
        rs_heads = [
            (f"Royalty - marble blocks {tonnes} t @ 270/t", roy),
            ("DMFT @ 10% of royalty", round(roy * 0.10, 2)),
            ("RSMET @ 2% of royalty", round(roy * 0.02, 2)),
        ]
    elif which == 1:
        rs_heads = [
            ("Service charges 2026-27", rupees(rng, 18000, 90000, 0.9)),
            ("Economic rent", rupees(rng, 4000, 26000, 0.9)),
        ]
        rs_heads = rng.sample(rs_heads, rng.randrange(1, 3))
        if rng.random() < 0.5:
            gst = round(sum(v for _, v in rs_heads) * 0.18, 2)
            rs_heads.append(("GST @ 18%", gst))
    elif which == 2:
        rs_heads = [("Urban development tax 2026-27", rupees(rng, 6000, 42000, 0.9))]
        if rng.random() < 0.6:
            rs_heads.append(("Trade licence fee", float(rng.choice([2500, 5000]))))
    else:
        rs_heads = [("CTO fee (red category, 1 year)", float(rng.choice([45000, 60000, 82500])))]
        if rng.random() < 0.5:
            rs_heads.append(("Late fee", float(rng.choice([2500, 5000]))))
    total = 0.0
    for head, fee in rs_heads:
        p.pair(head, rs(fee))
        total += fee
    j.amount = round(total, 2)
    p.pair(
        rng.choice(["Total amount deposited", "Challan amount", "Amount paid"]), rs(j.amount), amount=j.amount
    )
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if way == "UPI" and j.amount > 100000:
        way = "Net banking"
    text = f"e-GRAS - {way}" if which == 0 else way
    p.pair(
        "Payment mode",
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which == 0:
            grn = f"{digits(rng, 10)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status != "failed":
                cin = f"{digits(rng, 7)}{digits(rng, 8) if j.no_day else f'{j.date:%d%m%Y}'}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
        elif which == 1:
            tid = f"RIICO{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"RCP/{rng.randrange(1000, 99999)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        elif status == "success":
            bref = f"{rng.choice(['IGAEB', 'CPAB', 'SBIE'])}{digits(rng, 9)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{'NPK' if which == 2 else 'RPCB'}/{digits(rng, 8)}"
            p.pair("e-Receipt No.", rno, txn=(INVOICE_RANK, rno))
        else:
            tid = f"{'NPK' if which == 2 else 'RPCB'}T{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Payment date", "Date of deposit", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Keep the challan with the rawanna register for inspection."
        if which == 0
        else "This is a computer generated receipt and needs no signature.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. labour contractors' vouchers and payouts


CONTRACTORS = [
    ("Bhanwar Lal Meena", "Gang-saw operators (2 shifts)"),
    ("Ramesh Chand Gurjar", "Crane loading and hamali"),
    ("Salim Khan Mansuri", "Slab polishing line"),
    ("Ganesh Labour Suppliers", "Casual labour supply"),
    ("Sohan Lal Regar", "Edge cutting and packing"),
    ("Kailash Chand Kumawat", "Block dressing (chhilai)"),
    ("Mohd. Rafiq Mansuri", "Epoxy and mesh line"),
    ("Jagdish Prasad Jat", "Yard security and watch"),
]
PAYOUT_FRAMES = ["paper", "razorpayx", "yono", "paper", "razorpayx", "paper", "yono", "razorpayx"]


def labour_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The unit paying the labour contractors who run its saws, cranes, polishing, epoxy and packing lines: its
    printed CONTRACTOR PAYMENT VOUCHER / DEBIT VOUCHER - LABOUR (the unit on top, Voucher No. / V. No., Date, Pay to
    (contractor) / Name of thekedar the contractor, Work, Workers x days x rate, Gross bill, Less: TDS u/s 194C @ 1%,
    Less: Advance (peshgi), Net paid / Net amount paid, Mode Cash / UPI / NEFT, Received by; PAID / PAYMENT MADE),
    RazorpayX payout pages (RazorpayX on top, Contact the contractor, Fund account, Amount, Mode, Payout ID pout_...,
    UTR, Purpose, Processed on / Created on / Reversed on; Processed / Processing / Reversed) and YONO Business
    transfer screens (Beneficiary name, Amount, Reference No., UTR No., Transaction date; Transaction successful /
    Transaction under process)."""
    k = place("labour_payouts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 2, low=6500, high=185000, p_round=0.8)
    who, work = CONTRACTORS[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", "INR"))
    frame = PAYOUT_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, ALNUM + LOWER)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{SHORT} - Current account XX{digits(rng, 4)}")
        p.add("center", "Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed"], "pending": ["Processing"], "failed": ["Reversed"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Contact", who, merchant=who)
        way = way_for(rng, j.amount, ["IMPS", "NEFT", "UPI"])
        fund = (
            f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}"
            if way != "UPI"
            else f"{who.split()[0].lower()}{digits(rng, 2)}@ybl"
        )
        wrap_pair(p, "Fund account", fund)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["vendor bill", "payout", "salary"]))
        wrap_pair(p, "Narration", f"{work} - fortnight bill")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Created on"], "failed": ["Reversed on"]}[status],
            hour=True,
        )
        if status == "failed":
            p.add("small", "Reason: beneficiary bank rejected - account blocked. Amount returned to balance.")
        p.part = "foot"
        p.add("small", "RazorpayX | Payouts")
        return p.done()
    if frame == "yono":
        p = phone_page(rng, font, k, ["", "Fund transfer", "Transaction details"])
        p.part = "head"
        p.add("title", "YONO Business")
        p.add("small", "State Bank of India")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful"],
                "pending": ["Transaction under process"],
                "failed": ["Transaction failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Beneficiary name")
        p.add("center", who, merchant=who)
        way = way_for(rng, j.amount, ["NEFT", "IMPS", "RTGS"])
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Transfer type", way, method="netbanking")
        p.pair("Remarks", f"{work.split(' (')[0][:24]}")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, "State Bank of India", way)
                p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
            rno = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            p.pair("Reference No.", rno, txn=(BANK_RANK, rno))
        date_row(p, j, ["Transaction date", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Save as PDF  |  Home")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["CONTRACTOR PAYMENT VOUCHER", "DEBIT VOUCHER - LABOUR"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['CPV', 'DV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Pay to (contractor)", "Name of thekedar"]), who, merchant=who)
    wrap_pair(p, "Work", work)
    way = "Cash" if k == 3 else rng.choice(["UPI", "NEFT"])
    if way == "Cash" and j.amount > 19500:
        j.amount = rupees(rng, 6500, 19500, 0.9)
    if way == "UPI" and j.amount > 100000:
        way = "NEFT"
    adv = float(rng.choice([0, 2000, 5000])) if j.amount > 12000 else 0.0
    net_before_tds = j.amount + adv
    gross = round(net_before_tds / 0.99, 0)
    tds = round(gross * 0.01, 0)
    j.amount = round(gross - tds - adv, 2)
    men, days = rng.randrange(4, 26), rng.randrange(6, 16)
    p.pair(f"{men} workers x {days} days", rs(gross))
    p.pair("Gross bill", rs(gross))
    p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    if adv:
        p.pair("Less: Advance (peshgi)", rs(adv))
    p.pair(rng.choice(["Net paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way])
    if not j.no_ref and way == "UPI":
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref and way == "NEFT":
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["PAID", "PAYMENT MADE"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Received by (signature / thumb)")
    return p.done()


# ---------------------------------------------------------------- 8. trailers' and trucks' freight bills


TRANSPORTERS = [
    (
        "Shree Ram Roadways",
        "Block trailers | 22-wheelers | Makrana - Rajsamand - Jalore",
        "Transport Nagar, Kishangarh - 305801, Rajasthan",
    ),
    (
        "Marwar Golden Transport Co",
        "Daily service Kishangarh - Delhi - Ahmedabad - Mumbai",
        "Madanganj Mandi Road, Kishangarh - 305801",
    ),
    (
        "Jai Ambe Trailer Service",
        "Trailers and cranes for marble blocks",
        "Makrana Road, Kishangarh - 305801, Rajasthan",
    ),
]
FREIGHT_FRAMES = ["paper", "vyapar", "paper", "paper", "vyapar", "paper", "paper", "vyapar"]
ROUTES = [
    "Makrana - Kishangarh (blocks)",
    "Rajsamand - Kishangarh (blocks)",
    "Kishangarh - Delhi (slabs)",
    "Kishangarh - Ahmedabad (slabs)",
    "Kishangarh - Jaipur (tiles)",
    "Jalore - Kishangarh (granite blocks)",
]


def freight_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Trailers that bring blocks from the quarries and trucks that take slabs to Delhi, Jaipur and Ahmedabad: the
    transporters' printed FREIGHT BILL / BHADA RASEED (FREIGHT RECEIPT) / LORRY HIRE RECEIPT (the transporter on top,
    Freight bill No. / Receipt No., Date, Consignor / Party M/s the unit, Bilty No., Truck No., Route, Weight,
    Freight @ rate per MT, Loading by crane, Toll and RTO, Total, Less: Advance paid at loading, Balance freight
    received / Freight received / Cheque amount, Mode, UTR / UPI Ref No.; FREIGHT RECEIVED / PAID / CHEQUE RECEIVED -
    SUBJECT TO REALISATION / CHEQUE RETURNED - ACCOUNT CLOSED) and their Vyapar invoices (the transporter on top,
    Invoice No., Date, Bill To the unit, Total, Received, Balance Rs 0, Payment type, Ref. No.; Paid)."""
    k = place("freight_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=9000, high=95000, p_round=0.9)
    trans, line, addr = TRANSPORTERS[k % len(TRANSPORTERS)]
    name = trans.upper() if rng.random() < 0.5 else trans
    frame = FREIGHT_FRAMES[k]
    route = rng.choice(ROUTES)
    if frame == "vyapar":
        rs = money(rng, font, 0.4)
        p = browser_page(rng, font, f"vyaparapp.in/v/{code(rng, 10, ALNUM + LOWER)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add(
            "small",
            f"Ph. {rng.choice('6789')}{digits(rng, 9)}  |  GSTIN 08{code(rng, 5, UPPER)}{digits(rng, 4)}"
            f"{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}",
        )
        p.add("center", "Tax Invoice")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = str(rng.randrange(120, 2400))
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Date", "Invoice date"], PATS_IN)
        wrap_pair(p, "Bill To", rng.choice([COMPANY, COMPANY_CAPS]))
        wrap_pair(p, "Description", f"Freight {route}")
        p.pair("Total", rs(j.amount))
        p.pair("Received", rs(j.amount), amount=j.amount)
        p.pair("Balance", rs(0.0))
        way = way_for(rng, j.amount, ["UPI", "NEFT", "IMPS"])
        p.pair(
            "Payment type",
            way if way != "NEFT" else "Bank (NEFT)",
            method="UPI" if way == "UPI" else "netbanking",
        )
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("Ref. No.", ref, txn=(UTR_RANK, ref))
        p.add("center", "Paid", status="success")
        p.part = "foot"
        p.add("small", "Thanks for doing business with us!  |  Made with Vyapar")
        return p.done()
    rs = money(rng, font, 0.6, marks=("Rs.", "Rs", "\u20b9"))
    p = paper_page(rng, font, [680, 720])
    letterhead(
        p, name, line, addr, "08", ["FREIGHT BILL", "BHADA RASEED (FREIGHT RECEIPT)", "LORRY HIRE RECEIPT"]
    )
    if not j.no_ref:
        fr = f"{rng.choice(['FB', 'SRR', 'JATS'])}-{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Freight bill No.", "Receipt No."]), fr, txn=(INVOICE_RANK, fr))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    ours_to(p, ["Consignor", "Party"])
    p.pair("Bilty No.", digits(rng, 5))
    p.pair("Truck No.", f"RJ{rng.choice(['01', '36', '14', '19'])} G{code(rng, 1, UPPER)} {digits(rng, 4)}")
    wrap_pair(p, "Route", route)
    mt = round(rng.uniform(18, 42), 2)
    loading = float(rng.choice([0, 1500, 2500]))
    toll = float(rng.choice([0, 1240, 2680]))
    freight = round(j.amount - loading - toll, 2)
    p.pair("Weight", f"{mt} MT")
    p.pair(f"Freight @ {freight / mt:,.2f} per MT", rs(freight))
    if loading:
        p.pair("Loading by crane", rs(loading))
    if toll:
        p.pair("Toll and RTO", rs(toll))
    p.pair("Total", rs(j.amount))
    adv = float(rng.choice([0, 5000, 10000])) if status == "success" and j.amount > 20000 else 0.0
    if adv:
        p.pair("Less: Advance paid at loading", rs(adv))
    j.amount = round(j.amount - adv, 2)
    way = "cheque" if status != "success" else ["UPI", "-", "NEFT", "-", "-", "-", "UPI", "-"][k]
    if way == "-":
        way = "cash" if j.amount < 20000 else "NEFT"
    if way == "UPI" and j.amount > 100000:
        way = "NEFT"
    if way == "cheque":
        p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    else:
        p.pair("Balance freight received" if adv else "Freight received", rs(j.amount), amount=j.amount)
        p.pair(
            "Mode",
            {"cash": "Cash", "NEFT": "NEFT", "UPI": "UPI"}[way],
            method={"cash": "cash", "NEFT": "netbanking", "UPI": "UPI"}[way],
        )
        if not j.no_ref and way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "NEFT":
            ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["FREIGHT RECEIVED", "PAID"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        "Goods carried at owner's risk. Breakage of slabs not our responsibility. Subject to Kishangarh jurisdiction.",
    )
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 9. the highway's card slips


COUNTERS = [
    ("INDIANOIL - KISHANGARH HWY FS", "NH-48, KISHANGARH"),
    ("BHARAT PETROLEUM - MARBLE CITY", "AJMER ROAD, MADANGANJ"),
    ("JAIN TYRES & RETREADS", "MADANGANJ, KISHANGARH"),
    ("HP - SHREENATH AUTO FUELS", "NH-48, BANDARSINDRI"),
    ("HOTEL HIGHWAY KING", "NH-48, SHAHPURA"),
    ("NAYARA - RAJ FUEL POINT", "BEAWAR ROAD, AJMER"),
    ("MAHAVEER MILL STORES", "RIICO AREA, KISHANGARH"),
    ("JIO-BP - PARBATPURA", "AJMER BYPASS"),
]
TERMINALS = [
    "PINE LABS",
    "SBI POS",
    "PAYTM EDC",
    "HDFC BANK",
    "MSWIPE",
    "ICICI BANK",
    "WORLDLINE",
    "AXIS BANK",
]


def highway_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trucks' and trailers' diesel on NH-48 and the Ajmer roads, the tyre retreader, the highway dhaba-hotel and
    the mill stores on the unit's debit card: terminal slips (monospace: the terminal's brand on top on some, the
    counter's name and place in capitals, DATE: / TRANS DATE: and TIME:, MID:, TID:, BATCH:, STAN:, BILL NO:, SALE,
    CARD NO:, a fuel slip's PRODUCT:, RATE/LTR:, QTY(LTR):, VEHICLE NO:, APPR CODE:, RRN:, AMOUNT: / NET AMOUNT: /
    TOTAL:; APPROVED / DECLINED - 51 INSUFFICIENT FUNDS / NO RESPONSE FROM HOST - STATUS UNKNOWN)."""
    k = place("highway_slips")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=600, high=38000)
    name, town = COUNTERS[k]
    fuel = any(w in name for w in ("INDIANOIL", "PETROLEUM", "HP -", "NAYARA", "JIO-BP"))
    if "HOTEL" in name:
        j.amount = rupees(rng, 320, 4200, 0.7)
    elif fuel:
        j.amount = rupees(rng, 3000, 36000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%y", "%d%m%y", "%Y/%m/%d"]))
        p.pair(rng.choice(["DATE:", "TRANS DATE:"]), d, date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        bill = f"{rng.randrange(1, 9999):06d}"
        p.pair("BILL NO:", bill, txn=(INVOICE_RANK, bill))
    p.add("center", rng.choice(["SALE", "SALE (CHIP)", "TAP & PAY SALE"]))
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD:", rng.choice(["RUPAY BUSINESS", "VISA DEBIT", "MASTERCARD DEBIT"]))
    if fuel:
        rate = round(rng.uniform(89.4, 94.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRAGREEN"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("VEHICLE NO:", f"RJ{rng.choice(['01', '36', '14'])}G{code(rng, 1, UPPER)}{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
        p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["AMOUNT:", "NET AMOUNT:", "TOTAL:"]),
        f"{rng.choice(['INR ', 'RS ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", "APPROVED", status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM HOST - STATUS UNKNOWN", status="pending")
        p.add("small", "DO NOT RETRY. CHECK WITH YOUR BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 10. power, water, broadband, phone and FASTag bills


BILLERS = [
    ("AVVNL", "Ajmer Vidyut Vitran Nigam Ltd", "K No."),
    ("PHED Rajasthan", "Public Health Engineering Department, Rajasthan", "Consumer No."),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Account No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("SBI FASTag", "State Bank of India - FASTag", "Vehicle No."),
]
BILL_APPS = ["YONO Business", "AVVNL", "PhonePe", "Google Pay", "AU 0101", "AVVNL", "Paytm", "Amazon Pay"]
BILL_WHICH = [0, 0, 1, 2, 4, 0, 3, 4]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gang-saw unit's HT power (AVVNL), the yard's water (PHED), broadband (Airtel), the office landline (BSNL)
    and the trailers' FASTag recharges through Bharat Connect in business banking and UPI apps (the app on top,
    Biller / Service provider / Issuer bank as printed, K No. / Consumer No. / Account No. / Telephone No. / Vehicle
    No., Consumer name, Bill month and Due date on some, the sum large, Paid from Current A/c or UPI,
    Bharat Connect Ref ID / BBPS Ref No., Approval No., Transaction ID on the failed one, Paid on / Date & time; Bill
    paid successfully / Recharge completed / Payment awaited from biller - do not pay again / Payment unsuccessful -
    money will be refunded in 3-5 days) and AVVNL's own receipt pages (the discom on top with its Government of
    Rajasthan undertaking line, K No., Amount paid, Mode, Bank Txn ID, Receipt No., Payment date)."""
    k = place("power_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=499, high=9800)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"{rng.randrange(210, 219)}{digits(rng, 2)}/{digits(rng, 7)}",
        "Consumer No.": digits(rng, 11),
        "Account No.": digits(rng, 10),
        "Telephone No.": f"01463-2{digits(rng, 5)}",
        "Vehicle No.": f"RJ01 G{code(rng, 1, UPPER)} {digits(rng, 4)}",
    }[idlab]
    if which == 0:
        j.amount = rupees(rng, 42000, 480000, 0.3)
    if which == 4:
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
    app = BILL_APPS[k]
    if app == "AVVNL":
        p = browser_page(rng, font, "avvnl.bijlimitra.com/payment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Rajasthan undertaking  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Bill paid successfully", "Payment status: Success"]})
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Category", "HT-5 Industrial (large)")
        p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "Debit card"])
        p.pair("Mode", way, method={"Net banking": "netbanking", "Debit card": "card"}[way])
        if not j.no_ref:
            bref = f"{rng.choice(['SBIN', 'IGAH', 'PGB'])}{digits(rng, 10)}"
            p.pair("Bank Txn ID", bref, txn=(BANK_RANK, bref))
            rno = f"AV{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Payment will be posted to the K No. within two working days.")
        return p.done()
    p = phone_page(
        rng, font, k, ["", "Bill payment", "Recharge details" if which == 4 else "Payment receipt"]
    )
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Recharge completed" if which == 4 else "Bill paid successfully"],
            "pending": ["Payment awaited from biller - do not pay again"],
            "failed": ["Payment unsuccessful - money will be refunded in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = {4: "Issuer bank", 2: "Service provider", 3: "Service provider"}.get(which, "Biller")
    wrap_pair(p, rng.choice([lab, "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if which != 4 and not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    upi_app = app in ("PhonePe", "Google Pay", "Paytm", "Amazon Pay")
    way = "UPI" if upi_app else rng.choice(["Current A/c", "Current A/c", "UPI"])
    if way == "UPI" and j.amount > 100000:
        way = "Current A/c"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['OU', 'PP', 'AU'])}01{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref ID", "BBPS Ref No."]), bc, txn=(BANK_RANK, bc))
        if status == "success" and rng.random() < 0.6:
            ap = digits(rng, 8)
            p.pair("Approval No.", ap, txn=(APPR_RANK, ap))
        if status == "failed":
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 11. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SHREE MAKRANA MARBLE Q",
    "VIJAY DIAMOND TOOLS P",
    "SHREE RAM ROADWAYS",
    "BHANWAR LAL MEENA",
    "MARWAR GOLDEN TRANSPO",
    "SURYA ABRASIVES RESIN",
    "RAJSAMAND STONE MINES",
    "JAI AMBE TRAILER SERV",
]
SENDERS = {
    "State Bank of India": "AD-SBIINB",
    "Bank of Baroda": "VM-BOBTXN",
    "AU Small Finance Bank": "JM-AUBANK",
    "ICICI Bank": "AX-ICICIT",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender AD-SBIINB / VM-BOBTXN /
    JM-AUBANK / AX-ICICIT, the day divider, "Dear Customer, your A/c XX1234 is debited by Rs x on <day> for NEFT /
    RTGS / IMPS / UPI to <payee as the bank names it>", the reference, Avl Bal; a UPI payment that "was
    UNSUCCESSFUL" and one "is AWAITING beneficiary bank confirmation") and two e-mail debit advices (Transaction
    amount, Beneficiary name / Paid to, Account, Mode, UTR / IMPS Ref No., Date, Transaction status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=2500, high=850000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    if k in (3, 4):
        j.amount = rupees(rng, 2500, 95000)
    if k in (0, 7):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug_of(bank)}.bank.in>",
            ["Debit advice - current account", "Transaction alert: funds transfer"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, we have debited your account for the transfer below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Transaction amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Successful", status="success")
        p.part = "foot"
        p.add("small", "Not done by you? Call the 24x7 helpline or report at cybercrime.gov.in (1930).")
        return p.done()
    sender = SENDERS[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 2500, 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (3, 4)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y', '%d-%b-%Y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"Dear Customer, your {acc} is")
        p.add("left", f"debited by {amt}{day}", amount=j.amount)
        p.add("left", f"for {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount, method=method)
        p.add("left", f"from {acc}{day}")
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 40000, 5200000):,.2f}",
        "failed": "was UNSUCCESSFUL. Amount, if debited, will be credited back.",
        "pending": "is AWAITING beneficiary bank confirmation. Please do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank.replace('AU Small Finance Bank', 'AU Bank')}")
    return p.done()


# ---------------------------------------------------------------- 12. corporate net banking's transfers to suppliers


SUPPLIER_PAYEES = [
    "Rajsamand Stone Mines LLP",
    "Surya Abrasives & Resins",
    "Kishangarh Packaging Works",
    "Akshar Epoxy Chemicals",
    "Jalore Granite Blocks Co",
    "Vijay Diamond Tools Pvt Ltd",
    "Bhilwara Fibre Mesh Industries",
    "Makrana Crane Service",
]
SUPPLIES = [
    "Rajnagar blocks - bill 2211",
    "Lux polish and bricks",
    "Wooden crates for export",
    "Epoxy resin Feb lot",
    "Granite blocks advance",
    "Segments - bill VDT/0841",
    "Fibre mesh 1 m rolls",
    "Crane hire - yard",
]
PORTALS = [
    ("State Bank of India", "corp.onlinesbi.sbi/corporate", "SBI Corporate Internet Banking"),
    ("HDFC Bank", "enet.hdfcbank.com/payments", "HDFC Bank ENet"),
    ("ICICI Bank", "cib.icicibank.com/txn", "ICICI Bank Corporate Internet Banking"),
    ("AU Small Finance Bank", "corporate.aubank.in/ft", "AU Corporate NetBanking"),
]
TRANSFER_FRAMES = ["portal", "portal", "mail", "portal", "portal", "portal", "mail", "portal"]


def supplier_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The unit paying its quarries, abrasives and epoxy makers, crate makers, mesh mill and crane hirer from
    corporate net banking: transfer acknowledgements (SBI Corporate Internet Banking, HDFC Bank ENet, ICICI Bank
    Corporate Internet Banking, AU Corporate NetBanking: Beneficiary account name / Payee name the supplier,
    Beneficiary ID, Corporate ID, Debit account, Payment amount / Amount (INR) / Transaction amount, NEFT / RTGS /
    IMPS, UTR No., Reference No., Initiator / Authoriser, Transaction date / Executed on / Initiated on / Returned on;
    Transaction processed successfully / Status: Executed / Awaiting authoriser approval / Unsuccessful - NEFT
    returned: account does not exist) and the bank's beneficiary credit advice e-mail."""
    k = place("supplier_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=12000, high=1650000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    payee = SUPPLIER_PAYEES[k]
    rs = money(rng, font, 0.4, marks=("INR", "\u20b9", "Rs."))
    way = way_for(rng, j.amount, ["NEFT", "RTGS", "IMPS", "RTGS"])
    if TRANSFER_FRAMES[k] == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <corporate.alerts@{slug_of(bank)}.co.in>",
            [f"{way} payment advice to beneficiary", "Payment advice - credit to beneficiary"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary payment advice")
    else:
        p = browser_page(rng, font, f"{host}/ack/{digits(rng, 10)}")
        p.part = "head"
        top(p, brand)
        p.add("center", "Funds transfer - acknowledgement")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction processed successfully", "Status: Executed"],
            "pending": ["Awaiting authoriser approval"],
            "failed": ["Unsuccessful - NEFT returned: account does not exist"],
        },
    )
    if status == "failed":
        way = "NEFT"
    who = payee.upper() if rng.random() < 0.4 else payee
    wrap_pair(p, rng.choice(["Beneficiary account name", "Payee name"]), who, merchant=who)
    if TRANSFER_FRAMES[k] != "mail":
        p.pair("Beneficiary ID", f"{''.join(w[0] for w in payee.split()[:3]).upper()}{rng.randrange(10, 99)}")
        p.pair("Corporate ID", f"SSIPL{digits(rng, 4)}")
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Payment amount", "Amount (INR)", "Transaction amount"]), rs(j.amount), amount=j.amount
    )
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(p, "Remarks", SUPPLIES[k])
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        rno = f"{rng.choice(['CB', 'FT', 'TX'])}{digits(rng, 11)}"
        p.pair("Reference No.", rno, txn=(BANK_RANK, rno))
    if TRANSFER_FRAMES[k] != "mail":
        p.pair("Initiator / Authoriser", f"ACCTS.KSG / {'-' if status == 'pending' else 'MD.SANGEMARMAR'}")
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Executed on"],
            "pending": ["Initiated on"],
            "failed": ["Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice. Please do not reply to this message.")
    return p.done()


compose = compose158

"""The twelve heldout201 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a coloured-gemstone cutting and jewellery export house's day in 2026 (Pannadhar Gem
Exports Pvt Ltd, its office and sales room on Haldiyon Ka Rasta, Johari Bazaar and its cutting workshop in the
Sitapura Industrial Area, Jaipur, Rajasthan), told by the proofs of payment it receives and makes: overseas
jewellers' inward wires in US dollars, Hong Kong dollars, euros and pounds and their own remittance advices, the
trade's and walk-in buyers' UPI screens and payment links, its own money receipts against approval memos and
invoices, outward wires for rough emeralds, tanzanite, sapphire, ruby and tourmaline and for faceting laps and
gem-testing instruments, rough dealers', bullion dealers', findings makers', a gem laboratory's and a box maker's
tax invoices, corporate net-banking transfers to job-work cutters and the bank's beneficiary credit advices,
karigars' piece-work vouchers and payouts, the Gem & Jewellery Export Promotion Council's, e-GRAS Rajasthan's, the
heritage municipal corporation's and RIICO's fee pages, insurers' jewellers' block, marine and fire premium receipts,
card terminal slips at the sales room, a trade-show stall and the places the company pays by card, JVVNL's power and
the water, phone and broadband bills, and the bank's SMS and e-mail alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
lots, carat weights and rates, memo, invoice, shipping bill, bill of entry and proforma numbers, export invoices
listed on an advice, purpose codes, GST, TCS and TDS lines, GSTIN, PAN, IEC, IFSC, BIC, IBAN, UETR, MID, TID,
batch and STAN numbers, member, RCMC, licence, plot, policy, quote and karigar numbers, consumer numbers (K No.),
sums insured, the maker and the approver and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout123_families import fy, place
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

COMPANY = "Pannadhar Gem Exports Pvt Ltd"
COMPANY_CAPS = "PANNADHAR GEM EXPORTS PVT LTD"
SHORT = "Pannadhar Gems"
# unit, address, GST state code
UNITS = [
    ("Office & sales room", "214, Haldiyon Ka Rasta, Johari Bazaar, Jaipur - 302003, Rajasthan", "08"),
    ("Cutting workshop", "G1-118, Sitapura Industrial Area, Tonk Road, Jaipur - 302022, Rajasthan", "08"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WEST = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"]
BANKS = [
    "State Bank of India",
    "AU Small Finance Bank",
    "Bank of Baroda",
    "HDFC Bank",
    "ICICI Bank",
    "Yes Bank",
    "IDFC FIRST Bank",
    "Punjab National Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "AU Small Finance Bank": "AUBL",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "Punjab National Bank": "PUNB",
    "Kotak Mahindra Bank": "KKBK",
    "DBS Bank India": "DBSS",
}
DOMAINS = {
    "State Bank of India": "sbi",
    "AU Small Finance Bank": "aubank",
    "Bank of Baroda": "bankofbaroda",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "Yes Bank": "yesbank",
    "IDFC FIRST Bank": "idfcfirstbank",
    "Kotak Mahindra Bank": "kotak",
    "DBS Bank India": "dbs",
}
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4), "HKD": (10.9, 11.4)}
STONES = [
    "Emerald",
    "Ruby",
    "Blue sapphire",
    "Tanzanite",
    "Tourmaline",
    "Aquamarine",
    "Garnet",
    "Yellow sapphire",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Billed to / Insured / Remitter: no fact)."""
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
    way = "RTGS" if amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for dollars, euros and pounds; HK$ or HKD for Hong Kong."""
    if cur != "HKD":
        return fx(rng, font, cur)
    mark = rng.choice(["HKD ", "HKD ", "HK$"])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def uetr(rng: random.Random) -> str:
    return (
        f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-"
        f"{rng.choice('89ab')}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}"
    )


def doc_year(j: Job) -> str:
    """The financial year a document's number ends with (``/26-27``), none on the page that prints no day."""
    return "" if j.no_day else f"/{fy(j.date)}"


# ---------------------------------------------------------------- 1. overseas jewellers' wires and their advices


IMPORTERS = [
    ("Hollis & Verne Fine Jewelry Inc", "New York, NY, USA", "USD", "JPMorgan Chase Bank NA, New York"),
    (
        "Kowloon Bright Gems Ltd",
        "Tsim Sha Tsui, Hong Kong",
        "HKD",
        "The Hongkong and Shanghai Banking Corp Ltd",
    ),
    ("Atelier Sabline SAS", "Paris, France", "EUR", "Societe Generale, Paris"),
    ("Hatton Row Gems Ltd", "London EC1N, United Kingdom", "GBP", "Barclays Bank PLC, London"),
    ("Chanthaburi Star Gems Co., Ltd.", "Bangkok, Thailand", "USD", "Kasikornbank PCL, Bangkok"),
    ("Edelstein Haus Brandt GmbH", "Idar-Oberstein, Germany", "EUR", "Sparkasse Rhein-Nahe"),
    ("Kowloon Bright Gems Ltd", "Tsim Sha Tsui, Hong Kong", "HKD", "Hang Seng Bank Ltd, Hong Kong"),
    ("Santa Fe Gem Row LLC", "Tucson, AZ, USA", "USD", "Wells Fargo Bank NA"),
]
# a buyer's own advice: its short name and mailbox
BUYER_MAIL = {
    "Atelier Sabline SAS": ("Atelier Sabline", "comptabilite@ateliersabline.fr"),
    "Santa Fe Gem Row LLC": ("Santa Fe Gem Row", "payables@santafegemrow.com"),
}
# the bank advising the credit and its frame, or the buyer's own advice
WIRE_FRAMES = [
    ("Yes Bank", "browser"),
    ("State Bank of India", "paper"),
    ("", "buyer"),
    ("HDFC Bank", "mail"),
    ("AU Small Finance Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Bank of Baroda", "paper"),
    ("", "buyer"),
]
EXPORT_GOODS = [
    "Cut & polished emeralds, calibrated 4-8 mm",
    "Faceted tanzanite pairs and layouts",
    "Ruby cabochons and beads",
    "Gem-set 18K gold rings and pendants",
    "Blue sapphire melee, heated",
    "Carved emerald leaves and drops",
    "Tourmaline rainbow layouts",
]


def buyer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Overseas jewellers and gem dealers paying for parcels of cut stones and gem-set jewellery: banks' inward
    remittance advices (browser, e-mail, printed INWARD REMITTANCE ADVICE / Export proceeds - credit advice: the bank
    on top, Beneficiary name / Beneficiary (exporter) / Credit to beneficiary the company, A/c No., Remitter /
    Remitting customer, Remitting bank, Inward amount (FCY) / Amount received / Remitted amount in USD, HKD, EUR or
    GBP, Charges SHA / BEN, Conversion rate, INR equivalent, Bank charges incl. GST, Net credit (INR), Purpose code,
    Export invoice No., Shipping bill No., IRM No. / Inward ref No. / Our reference, UETR, Value date / Credit date /
    Realised on / Date of receipt / Returned on; Credited to exporter's account / Inward remittance realised /
    Pending - purpose declaration and invoice copy awaited / Returned to remitting bank - beneficiary details
    mismatch) and two buyers' own REMITTANCE ADVICE e-mails (the buyer on top, Payee / Remit to (supplier) / Vendor
    the company, Vendor No., the invoices, Less: Credit note, Net amount remitted / Payment amount / Amount sent,
    Payment method Wire transfer (SWIFT), Remittance advice No., Bank ref., Payment date / Value date; Payment
    released / Status: Remitted)."""
    k = place("buyer_wires")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    payer, city, cur, pbank = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(1800, 64000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 640) * 100)
    )
    if cur == "HKD":
        j.amount = (
            float(rng.randrange(140, 4800) * 100)
            if rng.random() < 0.5
            else round(rng.uniform(14000, 480000), 2)
        )
    show = fcy(rng, font, cur)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "buyer":
        p = mail_page(
            rng,
            font,
            f"{BUYER_MAIL[payer][0]} Accounts <{BUYER_MAIL[payer][1]}>",
            ["Remittance advice - payment sent", f"Payment advice from {BUYER_MAIL[payer][0]}"],
        )
        p.part = "head"
        top(p, payer)
        p.add("small", f"Accounts Payable  |  {city}")
        p.add("center", rng.choice(["REMITTANCE ADVICE", "Payment advice"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment released", "Status: Remitted"]})
        wrap_pair(p, rng.choice(["Payee", "Remit to (supplier)", "Vendor"]), me, merchant=me)
        p.pair("Vendor No.", f"V{digits(rng, 6)}")
        n = rng.randrange(1, 4)
        parts = [round(j.amount * w, 2) for w in _split(rng, n)]
        credit = round(rng.uniform(0.01, 0.04) * j.amount, 2) if rng.random() < 0.5 else 0.0
        parts[-1] = round(j.amount + credit - sum(parts[:-1]), 2)
        for part in parts:
            p.pair(f"Inv PGE/EX/{rng.randrange(100, 999)}{doc_year(j)}", show(part))
        if credit:
            p.pair(f"Less: Credit note CN-{rng.randrange(10, 99)} (stones returned)", show(credit))
        p.pair(
            rng.choice(["Net amount remitted", "Payment amount", "Amount sent"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Payment method", "Wire transfer (SWIFT)", method="netbanking")
        wrap_pair(p, "Beneficiary bank", f"{rng.choice(['Yes Bank', 'HDFC Bank', 'ICICI Bank'])}, Jaipur")
        if not j.no_ref:
            adv = f"RA{digits(rng, 8)}"
            p.pair("Remittance advice No.", adv, txn=(INVOICE_RANK, adv))
            if rng.random() < 0.7:
                fref = f"FT{j.date:%y}{digits(rng, 3)}{code(rng, 5, ALNUM)}"
                p.pair("Bank ref.", fref, txn=(BANK_RANK, fref))
        date_row(p, j, ["Payment date", "Value date"], WEST)
        p.part = "foot"
        p.add("small", "Please allow two to three banking days for the funds to reach your account.")
        return p.done()
    rate = round(rng.uniform(*RATES[cur]), 4)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.inward@{slug(bank)}.co.in>",
            ["Inward remittance - credit advice", "Export proceeds received"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}.in/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Forex Centre, M.I. Road, Jaipur", "Trade Finance - Johari Bazaar Branch, Jaipur"]),
    )
    p.add("center", rng.choice(["INWARD REMITTANCE ADVICE", "Export proceeds - credit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to exporter's account", "Inward remittance realised"],
            "pending": ["Pending - purpose declaration and invoice copy awaited"],
            "failed": ["Returned to remitting bank - beneficiary details mismatch"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Beneficiary (exporter)", "Credit to beneficiary"]),
        me,
        merchant=me,
    )
    p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Remitting customer"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    p.pair(
        rng.choice(["Inward amount (FCY)", "Amount received", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["SHA", "BEN"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = float(rng.choice([300, 500, 750]))
    p.pair("Bank charges incl. GST", f"{chg * 1.18:,.2f}")
    if status == "success":
        p.pair("Net credit (INR)", f"{inr - chg * 1.18:,.2f}")
    p.pair(
        "Purpose code", rng.choice(["P0102 - realisation of export bills", "P0103 - advance against exports"])
    )
    wrap_pair(p, "Goods", rng.choice(EXPORT_GOODS))
    p.pair("Export invoice No.", f"PGE/EX/{rng.randrange(100, 999)}{doc_year(j)}")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward ref No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Realised on"],
            "pending": ["Date of receipt"],
            "failed": ["Returned on"],
        }[status],
        WEST,
    )
    p.part = "foot"
    p.add("small", "Link the shipping bill to this IRM on EDPMS; the e-BRC follows on the DGFT portal.")
    return p.done()


def _split(rng: random.Random, n: int) -> list[float]:
    """``n`` shares of one (an advice's invoices)."""
    cuts = sorted(rng.uniform(0.2, 0.8) for _ in range(n - 1))
    edges = [0.0, *cuts, 1.0]
    return [edges[i + 1] - edges[i] for i in range(n)]


# ---------------------------------------------------------------- 2. buyers' UPI screens and payment links


TRADE_APPS = ["Google Pay", "PhonePe", "Easebuzz", "Paytm", "BHIM", "MobiKwik", "Razorpay", "WhatsApp"]
TRADE_NOTES = [
    "Emerald pair 2.1 ct",
    "Approval memo AM-412",
    "Tanzanite 3.4 ct",
    "Ruby beads mala",
    "Navratna set",
    "Balance - sapphire ring",
    "Garnet lot 50 ct",
    "Certified emerald 1.8 ct",
]
BUYERS = [
    "Ritu Khandelwal",
    "Mohit Surana",
    "Anjali Deshmukh",
    "Farhan Chhipa",
    "Kavita Bhargava",
    "Sandeep Lodha",
    "Claire Dubois",
    "Naveen Agarwal",
]


def trade_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Jewellers of the bazaar, designers and walk-in buyers paying the sales room: six UPI screens (Google Pay,
    PhonePe, Paytm, BHIM, MobiKwik, WhatsApp: the company under Paid to / To / Sent to / Paying to / Payment to, its
    UPI ID, the sum large, UPI transaction ID / UPI Ref. No. / UTR / Bank RRN, MobiKwik's and PhonePe's own
    Transaction ID on some, Debited from / Paid from, Date & time / Paid on / Completed on; Payment failed - payee
    bank not reachable / Processing - do not pay again for 30 minutes) and two payment links (Easebuzz; Razorpay, a
    visiting buyer's card in US dollars: the company on top, Paid by / Customer, Easebuzz ID / Payment ID pay_...,
    Order ID, Bank Ref. No. / UPI RRN or Auth code, Paid on / Payment date; Payment successful / Paid)."""
    k = place("trade_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=1500, high=98000, p_round=0.8)
    app = TRADE_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Easebuzz", "Razorpay"):
        to = ours(rng)
        url = (
            f"pay.easebuzz.in/pannadhar/{code(rng, 7, ALNUM)}"
            if app == "Easebuzz"
            else f"rzp.io/l/pannadhar-{code(rng, 5, LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Coloured gemstones | Gem-set jewellery", "Johari Bazaar, Jaipur - since 1978"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid"]})
        cur, way = "INR", "UPI" if rng.random() < 0.6 else "card"
        if app == "Razorpay":
            cur, way = "USD", "card"
            j.amount = (
                round(rng.uniform(120, 1900), 2) if rng.random() < 0.5 else float(rng.randrange(12, 190) * 10)
            )
            p.add("big", fx(rng, font, "USD")(j.amount), amount=j.amount, cur=cur)
        else:
            p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), BUYERS[k])
        wrap_pair(p, rng.choice(["Purpose", "Description"]), rng.choice(TRADE_NOTES))
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Easebuzz":
                eid = f"E{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
                p.pair("Easebuzz ID", eid, txn=(TXN_RANK, eid))
                oid = f"PGJ{digits(rng, 9)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank Ref. No." if app == "Easebuzz" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Easebuzz" if app == "Easebuzz" else "Payments powered by Razorpay")
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
            "success": ["Payment successful", "Paid", "Money sent"],
            "failed": ["Payment failed - payee bank not reachable"],
            "pending": ["Processing - do not pay again for 30 minutes"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "WhatsApp":
        labels = ["Payment to"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"pannadhargems{rng.choice(['', '.jpr', '1'])}@{rng.choice(['aubank', 'yesbank', 'icici', 'ybl'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(TRADE_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR", "Bank RRN"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "MobiKwik") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else f"MBK{digits(rng, 15)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "Paid from"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the company's own receipts


PARTIES = [
    "M/s Shree Ganesh Jewellers, Bapu Bazaar, Jaipur",
    "M/s Khandelwal Ratna Bhandar, Gopalji Ka Rasta",
    "M/s Vasundhara Fine Jewellery, Udaipur",
    "M/s Kothari Gems & Arts, Opera House, Mumbai",
    "M/s Surana Jewels, M.I. Road, Jaipur",
    "Mr. Daniel Okafor (visiting buyer)",
    "M/s Sethia Jewellers, Kote Gate, Bikaner",
    "Ms. Tanvi Malhotra",
]
RECEIPT_WAYS = ["RTGS", "cash", "-", "UPI", "NEFT", "card", "-", "cash"]


def memo_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own receipts to jewellers and buyers for stones taken on approval (memo) or invoiced: printed
    MONEY RECEIPT / RECEIPT AGAINST APPROVAL MEMO / PAYMENT RECEIPT (the company on top with its line, address and
    GSTIN; Receipt No. / Rcpt No. / No., Date / Dated / Receipt date, Received with thanks from / Received from /
    Party, Against approval memo No. or Against invoice No., Memo value / Invoice value, Cash received / By cash / By
    UPI / Received by UPI / By RTGS / Received by NEFT / Sum received / By card / Cheque amount / By cheque, Balance
    on memo, UPI Ref. No., UTR No., the card's Approval code, Cheque No. and bank; RECEIVED WITH THANKS / MEMO
    SETTLED / PAID / CHEQUE RECEIVED - GOODS RELEASED ON REALISATION / CHEQUE RETURNED - MEMO PAYMENT CANCELLED, the
    rubber stamp) and the accounts desk's receipt e-mails."""
    k = place("memo_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=4000, high=480000)
    unit = UNITS[0]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (3, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@pannadhargems.com>",
            ["Receipt for your payment", "Payment received - thank you"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Johari Bazaar, Jaipur  |  Accounts desk")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            "Manufacturers & exporters of precious and semi-precious stones",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "RECEIPT AGAINST APPROVAL MEMO", "PAYMENT RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['PGE/R', 'MR', 'JB'])}/{rng.randrange(1, 2999):04d}{doc_year(j)}"
        p.pair(rng.choice(["Receipt No.", "Rcpt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Received from", "Party"]), PARTIES[k])
    way = "cheque" if status != "success" else RECEIPT_WAYS[k]
    if way in ("UPI", "card") and j.amount > 98000:
        j.amount = rupees(rng, 4000, 98000, 0.8)
    if way == "cash" and j.amount > 199999:
        j.amount = rupees(rng, 4000, 190000, 0.9)
    memo = rng.random() < 0.6
    if memo:
        p.pair("Against approval memo No.", f"AM-{rng.randrange(100, 999)}")
        wrap_pair(p, "Stones", f"{rng.choice(STONES)} {rng.uniform(1.2, 48):.2f} ct")
    else:
        p.pair("Against invoice No.", f"PGE/L/{rng.randrange(10, 999):03d}{doc_year(j)}")
    value = float(round(j.amount * rng.choice([1.0, 1.0, 1.25, 1.6, 2.0]), -1))
    if value < j.amount:
        value = j.amount
    p.pair("Memo value" if memo else "Invoice value", rs(value))
    lab = {
        "cash": rng.choice(["Cash received", "By cash"]),
        "UPI": rng.choice(["By UPI", "Received by UPI"]),
        "card": "By card",
        "cheque": rng.choice(["Cheque amount", "By cheque"]),
        "RTGS": rng.choice(["By RTGS", "Sum received"]),
        "NEFT": rng.choice(["Received by NEFT", "Sum received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "card": "card", "cheque": "cheque"}.get(way, "netbanking"),
    )
    if lab == "Sum received":
        p.pair("Mode", way)
    if value > j.amount:
        p.pair("Balance on memo" if memo else "Balance due", rs(round(value - j.amount, 2)))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    settled = ["MEMO SETTLED"] if memo and value == j.amount else []
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID", *settled]),
        "pending": "CHEQUE RECEIVED - GOODS RELEASED ON REALISATION",
        "failed": "CHEQUE RETURNED - MEMO PAYMENT CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cash above Rs. 1,99,999 is not accepted (Sec. 269ST). Subject to Jaipur jurisdiction.")
    if k not in (3, 5):
        right(p, f"For {SHORT} - Authorised signatory")
        p.add("gap")
        seal(p, "PANNADHAR GEMS", "JOHARI BAZAR JAIPUR", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. outward wires for rough and tools


MINES = [
    ("Luangwa Emerald Trading Ltd", "Kitwe, Zambia", "USD", "Zanaco Plc, Lusaka", "ZM"),
    ("Merelani Rough Stones Co. Ltd", "Arusha, Tanzania", "USD", "CRDB Bank Plc, Arusha", "TZ"),
    ("Gebr. Keller Schleiftechnik GmbH", "Idar-Oberstein, Germany", "EUR", "Kreissparkasse Birkenfeld", "DE"),
    ("Ratnapura Gem Lanka (Pvt) Ltd", "Ratnapura, Sri Lanka", "USD", "Commercial Bank of Ceylon PLC", "LK"),
    ("Montepuez Rubis Comercial Lda", "Pemba, Mozambique", "USD", "Millennium bim, Maputo", "MZ"),
    ("Hatton Scientific Instruments Ltd", "London, United Kingdom", "GBP", "NatWest Bank plc", "GB"),
    ("Minas Turmalina Exportacao Ltda", "Teofilo Otoni, Brazil", "USD", "Banco do Brasil S.A.", "BR"),
    ("Luangwa Emerald Trading Ltd", "Kitwe, Zambia", "USD", "Zanaco Plc, Lusaka", "ZM"),
]
IBAN_LANDS = ("DE", "GB", "BR", "MZ")
ROUGH = [
    "Rough emeralds, Zambian - 1,240 ct (lot Z-14)",
    "Tanzanite rough, block D - 386 ct",
    "Diamond faceting laps 1200 / 3000 mesh (40 pcs)",
    "Blue sapphire rough, Ratnapura - 612 ct",
    "Ruby rough, Montepuez - 2,150 ct",
    "Refractometers and dichroscopes (6 sets)",
    "Tourmaline rough, Minas Gerais - 3.2 kg",
    "Emerald rough, commercial grade - 4,800 ct",
]


def rough_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying mines' traders in Zambia, Tanzania, Sri Lanka, Mozambique and Brazil for rough, and makers in
    Germany and Britain for faceting laps and gem-testing instruments: the bank's outward remittance advice
    (browser, e-mail, printed: the bank on top, Outward remittance - debit advice / Import payment advice, Overseas
    beneficiary / Beneficiary name / Name of supplier abroad the seller, Beneficiary bank, SWIFT code, IBAN or A/c
    No., Remitter the company, IEC, Amount remitted (FCY) / Foreign currency amount / Wire amount in USD, EUR or GBP,
    Rate applied, INR equivalent, Bank charges + GST, Total debited to current account, Purpose code S0101, Goods,
    Proforma invoice No., TT ref No. / Outward TT No. / Our reference No., UETR, Date of remittance / Debit date /
    Value date / Request date / Returned on; Remittance effected - SWIFT message sent / Status: Remitted / Under
    scrutiny - commercial invoice copy awaited / Returned by beneficiary bank - account name does not match)."""
    k = place("rough_wires")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    sup, city, cur, sbank, land = MINES[k]
    j.amount = (
        round(rng.uniform(2500, 86000), 2) if rng.random() < 0.6 else float(rng.randrange(25, 860) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["ICICI Bank", "Yes Bank", "HDFC Bank", "Kotak Mahindra Bank", "State Bank of India"])
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.co.in/remit/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade <outward.remit@{slug(bank)}.co.in>",
            ["Outward remittance - debit advice", "Your import payment is processed"],
        )
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small", rng.choice(["Forex Centre, M.I. Road, Jaipur", "Trade Services - Sitapura Branch, Jaipur"])
    )
    p.add("center", rng.choice(["Outward remittance - debit advice", "Import payment advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance effected - SWIFT message sent", "Status: Remitted"],
            "pending": ["Under scrutiny - commercial invoice copy awaited"],
            "failed": ["Returned by beneficiary bank - account name does not match"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p,
        rng.choice(["Overseas beneficiary", "Beneficiary name", "Name of supplier abroad"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", sbank)
    p.pair("SWIFT code", f"{code(rng, 4, UPPER)}{land}{code(rng, 2, UPPER)}")
    if land in IBAN_LANDS:
        p.pair(
            "IBAN",
            f"{land}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        )
    else:
        p.pair("A/c No.", digits(rng, 13))
    wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["Amount remitted (FCY)", "Foreign currency amount", "Wire amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Rate applied", f"INR {rate} / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = float(rng.choice([500, 1000, 1250]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges + GST", f"{chg * 1.18 + gst:,.2f}")
    p.pair("Total debited to current account", f"{inr + chg * 1.18 + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0101 - import of goods", "S0102 - advance payment against imports"]))
    wrap_pair(p, "Goods", ROUGH[k])
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}-{rng.randrange(100, 9999)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "Telegraphic transfer (SWIFT)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OTT', 'TT'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["TT ref No.", "Outward TT No.", "Our reference No."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Debit date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
        WEST,
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry for this remittance on IDPMS within the time allowed.")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' tax invoices


# name, line, address, GST state code, GST rate, items (item, unit, low rate, high rate)
SUPPLIERS = [
    (
        "Ratanpuria Rough Gems",
        "Importers of rough precious & semi-precious stones",
        "38, Gopalji Ka Rasta, Johari Bazaar, Jaipur - 302003, Rajasthan",
        "08",
        0.25,
        [
            ("Emerald rough (Zambian)  HSN 7103", "ct", 600, 4200),
            ("Ruby rough (Mozambique)  HSN 7103", "ct", 900, 6500),
        ],
    ),
    (
        "Bhandari Bullion & Refiners",
        "Gold and silver bars | BIS hallmarked",
        "Sireh Deori Bazar, Jaipur - 302002, Rajasthan",
        "08",
        3,
        [("Gold bar 999.9  HSN 7108", "g", 9800, 12400), ("Silver bar 999  HSN 7106", "g", 95, 140)],
    ),
    (
        "Sanganer Silver Findings Pvt Ltd",
        "Mountings | Findings | Chains",
        "F-72, Sanganer Industrial Area, Jaipur - 302029, Rajasthan",
        "08",
        3,
        [
            ("925 silver ring mountings  HSN 7113", "pcs", 180, 420),
            ("18K gold findings  HSN 7113", "g", 8200, 9600),
        ],
    ),
    (
        "Rajputana Gem Testing Laboratory",
        "Gem identification | Certification | Origin reports",
        "Sansar Chandra Road, Jaipur - 302001, Rajasthan",
        "08",
        18,
        [
            ("Gem identification report  SAC 998346", "stones", 450, 900),
            ("Origin report - emerald  SAC 998346", "stones", 2500, 4500),
        ],
    ),
    (
        "Amer Packaging Works",
        "Jewellery boxes | Gem pouches | Stone trays",
        "B-214, Vishwakarma Industrial Area, Jaipur - 302013, Rajasthan",
        "08",
        18,
        [
            ("Velvet ring boxes  HSN 4202", "pcs", 35, 85),
            ("Gem parcel papers (1000)  HSN 4823", "packs", 240, 520),
        ],
    ),
    (
        "Mumbadevi Precious Metals LLP",
        "Bullion dealers | Refiners",
        "Shop 12, Sheikh Memon Street, Zaveri Bazaar, Mumbai - 400002, Maharashtra",
        "27",
        3,
        [("Gold bar 995  HSN 7108", "g", 9700, 12300)],
    ),
]
SUPPLY_ORDER = [0, 1, 3, 4, 2, 5, 0, 3]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "UPI", "-", "RTGS", "NEFT", "cash"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Rough dealers, bullion dealers, a findings maker, a gem laboratory and a box maker billing the company (paper:
    the supplier on top with its line, address and GSTIN; Tax Invoice No. / Invoice No. / Bill No., Invoice date /
    Date / Dated, Buyer / Billed to / Recipient (bill to) the company, Place of supply, the lots in carats, grams,
    pieces or stones with HSN or SAC, Taxable value, CGST and SGST @ 0.125% (cut and rough stones), 1.5% (bullion,
    findings) or 9% (services, boxes) or IGST from Mumbai, Round off, Invoice total, Less: Advance paid on order and
    Balance received vide RTGS / NEFT on some, else Amount received vide RTGS / Payment received (NEFT) / Received by
    UPI / Cash received, UTR No. / UPI Ref. No., or Cheque received with Cheque No.; PAID / PAYMENT RECEIVED / PAID -
    THANK YOU / CHEQUE IN CLEARING - RECEIPT PROVISIONAL / CHEQUE RETURNED - INVOICE UNPAID, in the supplier's rubber
    stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    name, line, addr, state, rate, items = SUPPLIERS[SUPPLY_ORDER[k]]
    shown = name.upper() if rng.random() < 0.3 else name
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, shown, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "INVOICE"]
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in name.split()[:2]).upper()}/{rng.randrange(10, 9999):04d}{doc_year(j)}"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer", "Billed to", "Recipient (bill to)"])
    p.pair("Place of supply", "Rajasthan (08)")
    taxable = 0.0
    for item, unit, lo, hi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        each = round(rng.uniform(lo, hi), 2 if unit in ("ct", "g") else 0)
        if unit == "ct":
            qty = round(rng.uniform(8, 160), 2)
        elif unit == "g":
            qty = (
                float(rng.choice([10, 20, 50, 100]))
                if "Gold" in item or "18K" in item
                else float(rng.randrange(500, 5000, 100))
            )
        else:
            qty = float(rng.randrange(*{"stones": (4, 60), "pcs": (50, 1200), "packs": (2, 20)}[unit]))
        value = round(qty * each, 2)
        taxable += value
        p.add("left", item)
        p.pair(f"  {qty:g} {unit} x {each:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rate, state != "08")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    if way in ("UPI", "cash") and total > (98000 if way == "UPI" else 9999):
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and total > 50000 and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.1, 0.25, 0.5]), -3))
        p.pair("Less: Advance paid on order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Paid by cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    elif way == "UPI":
        p.pair("Received by UPI", rs(j.amount), amount=j.amount, method="UPI")
        if not j.no_ref:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "cash":
        p.pair("Cash received", rs(j.amount), amount=j.amount, method="cash")
    else:
        if adv:
            lab = f"Balance received vide {way}"
        else:
            lab = rng.choice([f"Amount received vide {way}", f"Payment received ({way})"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED", "PAID - THANK YOU"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT PROVISIONAL",
        "failed": "CHEQUE RETURNED - INVOICE UNPAID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Subject to Jaipur jurisdiction. E. & O.E.")
    right(p, f"For {shown}")
    p.add("gap")
    seal(p, " ".join(name.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. corporate net banking to job-work cutters


JOB_PAYEES = [
    ("Noor Gem Cutting Works", "Job work - faceting 820 pcs"),
    ("Jangid Lapidary Job Works", "Cabochon cutting job work"),
    ("Shekhawati Gem Polishers", "Polishing - tanzanite lot"),
    ("Ratanpuria Rough Gems", "Rough emerald - bill 214"),
    ("Star Colour Stone Cutters", "Calibration job work 4 mm"),
    ("Kanak Courier & Cargo", "Insured courier - parcels"),
    ("Rajputana Gem Testing Laboratory", "Certification - 46 stones"),
    ("Bhandari Bullion & Refiners", "Bullion - bill 88"),
]
# portal (or the bank's advice e-mail), its bank, its host
PORTALS = [
    ("DBS IDEAL", "DBS Bank India", "ideal.dbs.com/in/payments"),
    ("YES CONNECT", "Yes Bank", "yesconnect.yesbank.co.in/corp"),
    ("", "DBS Bank India", ""),
    ("Baroda Connect", "Bank of Baroda", "corp.bobibanking.com/txn"),
    ("DBS IDEAL", "DBS Bank India", "ideal.dbs.com/in/payments"),
    ("YES CONNECT", "Yes Bank", "yesconnect.yesbank.co.in/corp"),
    ("", "Bank of Baroda", ""),
    ("Baroda Connect", "Bank of Baroda", "corp.bobibanking.com/txn"),
]

HOST_REF = {"DBS IDEAL": "IDL", "YES CONNECT": "YC", "Baroda Connect": "BC"}


def bank_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying job-work cutting and polishing units, a rough dealer, the insured courier, the laboratory
    and the bullion dealer: corporate net banking's transaction pages (DBS IDEAL, YES CONNECT, Baroda Connect: the
    portal on top, Beneficiary name / Payee / Transfer to, Beneficiary code, Beneficiary A/c, Debit account, Amount
    (INR) / Payment amount / Transfer amount, Payment type NEFT / RTGS / IMPS, Remarks, UTR / UTR No., Bank
    reference / Host ref No., Maker / Approver, Value date / Executed on / Created on / Rejected on; Transfer
    successful / Status: Processed / Awaiting approval - 1 of 2 approvers pending / Rejected by beneficiary bank -
    account dormant) and the bank's beneficiary credit advice e-mails (the bank on top, Beneficiary / Credited to,
    Beneficiary bank, Amount, Mode, UTR No., Date of transfer; Credited to beneficiary)."""
    k = place("bank_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=6000, high=640000)
    sup, note = JOB_PAYEES[k]
    portal, bank, host = PORTALS[k]
    rs = money(rng, font, 0.5)
    who = sup.upper() if rng.random() < 0.4 else sup
    way = neft_way(rng, j.amount)
    if not portal:
        p = mail_page(
            rng,
            font,
            f"{bank} <payment.advice@{slug(bank)}.com>",
            ["Beneficiary credit advice", "Payment credited to beneficiary"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Cash management services")
        p.add("center", "Beneficiary credit advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, as instructed by you we have transferred the amount below.")
        p.add("center", "Credited to beneficiary", status="success")
        wrap_pair(p, rng.choice(["Beneficiary", "Credited to"]), who, merchant=who)
        p.pair("Beneficiary bank", f"{rng.choice(BANKS)}, Jaipur")
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date of transfer", "Transfer date"], PATS_IN)
        p.part = "foot"
        p.add("small", "This is a system generated advice and needs no signature.")
        return p.done()
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, portal)
    p.add("small", bank)
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transfer successful", "Status: Processed"],
            "pending": ["Awaiting approval - 1 of 2 approvers pending"],
            "failed": ["Rejected by beneficiary bank - account dormant"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee", "Transfer to"]), who, merchant=who)
    p.pair("Beneficiary code", f"{sup.split()[0].upper()[:6]}{rng.randrange(10, 99)}")
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  ({rng.choice(BANKS)})")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount (INR)", "Payment amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(p, "Remarks", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{HOST_REF[portal]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference", "Host ref No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Approver", f"PGEACC01 / {'-' if status == 'pending' else 'PGEDIR02'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on"],
            "pending": ["Created on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transfers are credited back to the debit account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. karigars' piece-work vouchers and payouts


KARIGARS = [
    ("Mohammed Rafiq Chhipa", "Faceting - emerald"),
    ("Bhanwar Lal Saini", "Cabochon cutting"),
    ("Shakeel Ahmed Neelgar", "Polishing"),
    ("Rameshwar Kumawat", "Sawing and preforming"),
    ("Imtiyaz Ali", "Faceting - sapphire"),
    ("Gopal Soni", "Setting - jewellery"),
    ("Kailash Chand Jangid", "Drilling - beads"),
    ("Sabina Bano", "Sorting and grading"),
]
KARIGAR_FRAMES = ["paper", "razorpayx", "paper", "bulk", "instabiz", "paper", "bulk", "paper"]


def karigar_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop paying its cutters, polishers, setters and sorters by the piece or the carat: printed PIECE WORK
    PAYMENT VOUCHER / KARIGAR WAGE VOUCHER - CUTTING SECTION / WEEKLY WAGES - POLISHING FLOOR (the company on top,
    Voucher No. / V. No. / Vr No., Date / Voucher date / Paid on, Name of karigar / Paid to (karigar) / Worker name,
    Karigar No., Section, Wage week, Stones faceted: n pcs @ Rs x or Carats polished: n ct @ Rs x/ct, Attendance
    bonus, Gross earnings, Less: ESI @ 0.75%, Less: Advance (uchak), Net paid / Net wages paid / Amount paid to
    karigar, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED BY KARIGAR), RazorpayX's payout page (RazorpayX on top,
    Contact, Fund account, Mode, Payout ID, UTR, Processed on / Reversed on; Processed / Reversed), a bulk wage
    upload's record (IDFC FIRST Bank's corporate banking: Beneficiary name, Debit account, Amount, UTR, Record ref
    No., File name, Credited on / Value date / Uploaded on; Record status: Credited / Sent to bank - credit
    confirmation awaited) and an InstaBIZ transfer screen."""
    k = place("karigar_wages")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1800, high=26000, p_round=0.9)
    who, section = KARIGARS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = KARIGAR_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", "Payouts  |  Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed"], "failed": ["Reversed"]})
        if status == "failed":
            p.add("small", "Reason: beneficiary bank rejected the credit. Amount returned to your balance.")
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Contact", who, merchant=who)
        p.pair("Fund account", f"Bank account XXXX{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["salary", "payout"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on"] if status == "success" else ["Reversed on"], hour=True)
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account balance.")
        return p.done()
    if frame == "instabiz":
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "InstaBIZ")
        p.add("small", "ICICI Bank")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction successful", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "Beneficiary"]))
        p.add("center", who, merchant=who)
        p.add("small", f"A/c XXXXXX{digits(rng, 4)}  |  {rng.choice(BANKS)}")
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("Remarks", rng.choice(["Wages - week 3", "Piece work", "Bonus"]))
        if not j.no_ref:
            p.pair(rng.choice(["IMPS Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, "business.idfcfirstbank.com/bulk/records")
        p.part = "head"
        top(p, "IDFC FIRST Bank")
        p.add("small", "Corporate Banking  |  Bulk wage upload - record view")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Credited"],
                "pending": ["Sent to bank - credit confirmation awaited"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("File name", f"WAGES_SITAPURA_{rng.randrange(1, 52):02d}.xlsx")
        if not j.no_ref:
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rr = f"BLK{digits(rng, 11)}"
            p.pair("Record ref No.", rr, txn=(BANK_RANK, rr))
        date_row(
            p,
            j,
            ["Credited on", "Value date"] if status == "success" else ["Uploaded on"],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are returned to the debit account.")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    unit = UNITS[1]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        [
            "PIECE WORK PAYMENT VOUCHER",
            "KARIGAR WAGE VOUCHER - CUTTING SECTION",
            "WEEKLY WAGES - POLISHING FLOOR",
        ],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['KW', 'PW', 'WV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No.", "Vr No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of karigar", "Paid to (karigar)", "Worker name"]), who, merchant=who)
    p.pair("Karigar No.", f"SIT-{digits(rng, 3)}")
    p.pair("Section", section)
    if not j.no_day:
        p.pair("Wage week ending", j.other_day(rng, -6, -1))
    if rng.random() < 0.5:
        n, each = rng.randrange(180, 1400), rng.choice([4.5, 6.0, 7.5, 9.0, 12.0])
        line = f"Stones faceted: {n} pcs @ Rs {each:.2f}"
    else:
        n, each = round(rng.uniform(60, 620), 2), rng.choice([12.0, 14.0, 18.0, 22.0])
        line = f"Carats polished: {n:.2f} ct @ Rs {each:.0f}/ct"
    piece = round(n * each, 2)
    p.pair(line, rs(piece))
    bonus = float(rng.choice([0, 250, 500]))
    if bonus:
        p.pair("Attendance bonus", rs(bonus))
    gross = round(piece + bonus, 2)
    p.pair("Gross earnings", rs(gross))
    esi = round(gross * 0.0075, 2) if rng.random() < 0.6 else 0.0
    if esi:
        p.pair("Less: ESI @ 0.75%", rs(esi))
    adv = float(rng.choice([0, 0, 500, 1000, 2000])) if gross > 4000 else 0.0
    if adv:
        p.pair("Less: Advance (uchak)", rs(adv))
    j.amount = round(gross - esi - adv, 2)
    p.pair(
        rng.choice(["Net paid", "Net wages paid", "Amount paid to karigar"]), rs(j.amount), amount=j.amount
    )
    way = "Cash" if k == 7 else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY KARIGAR"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Karigar's signature / thumb impression")
    return p.done()


# ---------------------------------------------------------------- 8. the council's, the state's and the town's fees


FEE_ORDER = ["gjepc", "egras", "jmc", "riico", "gjepc", "egras", "jmc", "riico"]
AUTHORITY = {
    "gjepc": (
        ["The Gem & Jewellery Export Promotion Council", "GEM & JEWELLERY EXPORT PROMOTION COUNCIL", "GJEPC"],
        "Sponsored by the Ministry of Commerce & Industry, Government of India",
        "gjepc.org/my-account/payments/receipt",
    ),
    "egras": (
        [
            "Factories and Boilers Inspection Department, Rajasthan",
            "Department of Factories and Boilers, Rajasthan",
        ],
        "e-GRAS  |  Government of Rajasthan",
        "egras.raj.nic.in/GRN/challan",
    ),
    "jmc": (
        [
            "Jaipur Municipal Corporation Heritage",
            "Nagar Nigam Jaipur Heritage",
            "NAGAR NIGAM JAIPUR HERITAGE",
        ],
        "Trade licence and urban development tax - online receipt",
        "jaipurmcheritage.org/epayment/receipt",
    ),
    "riico": (
        ["RIICO Ltd", "Rajasthan State Industrial Development & Investment Corporation Ltd", "RIICO LTD"],
        "Sitapura Industrial Area  |  Service charges - online payment",
        "riico.co.in/onlinepayment/status",
    ),
}


def fee_pages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the company pays its export council, the state and the town: the Gem & Jewellery Export Promotion
    Council's membership and RCMC renewal receipt, the Factories and Boilers Inspection Department's factory licence
    renewal through e-GRAS Rajasthan, Jaipur Municipal Corporation Heritage's trade licence and urban development tax
    for the Johari Bazaar office and RIICO's service charges on the Sitapura plot (browser: the council or authority
    on top with its line, Member name / Remitter name / Name of firm / Allottee the company, Membership No., RCMC No.,
    Office name, Budget head, Trade licence No., Plot No., the heads, GST @ 18% on the council's and RIICO's, Total
    amount paid / Amount paid / Challan amount / Total amount, Payment mode (e-GRAS - Net banking / UPI / Debit card),
    Transaction ID, Bank Ref. No., Receipt No., GRN and Bank CIN, Payment date / Receipt date / Date of deposit /
    Transaction date; Payment successful / Payment received / Payment received - challan verified / Payment awaited -
    bank confirmation pending / Transaction failed - GRN not verified by bank)."""
    k = place("fee_pages")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    which = FEE_ORDER[k]
    names, line, host = AUTHORITY[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{digits(rng, 8)}")
    p.part = "head"
    name = rng.choice(names)
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received - challan verified"]
            if which == "egras"
            else ["Payment successful", "Payment received"],
            "pending": ["Payment awaited - bank confirmation pending"],
            "failed": ["Transaction failed - GRN not verified by bank"],
        },
    )
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    fy_now = f"20{fy(j.date)}"
    heads: list[tuple[str, float]]
    if which == "gjepc":
        wrap_pair(p, "Member name", firm)
        p.pair("Membership No.", f"G{digits(rng, 5)}")
        p.pair("RCMC No.", f"GJEPC/RJ/{digits(rng, 5)}/{fy_now}")
        heads = [(f"Annual membership fee {fy_now}", float(rng.choice([14000, 18000, 25000])))]
        if rng.random() < 0.6:
            heads.append(("RCMC renewal fee", float(rng.choice([2000, 3000]))))
        heads.append(("GST @ 18%", round(sum(v for _, v in heads) * 0.18, 2)))
    elif which == "egras":
        wrap_pair(p, rng.choice(["Remitter name", "Name of factory"]), firm)
        wrap_pair(p, "Office name", "Inspector of Factories, Jaipur (South)")
        p.pair("Budget head", "0230-00-800-01-00")
        heads = [
            (f"Factory licence renewal fee ({j.date.year + 1})", float(rng.choice([3600, 5400, 7200, 9000])))
        ]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
    elif which == "jmc":
        wrap_pair(p, "Name of firm", firm)
        p.pair("Trade licence No.", f"JMCH/TL/{digits(rng, 6)}")
        p.pair("Zone / Ward", f"Kishanpole / Ward {rng.randrange(40, 100)}")
        heads = [(f"Trade licence fee {fy_now}", float(rng.choice([2500, 5000, 7500])))]
        if rng.random() < 0.7:
            heads.append(("Urban development tax", rupees(rng, 3200, 28000, 0.9)))
    else:
        wrap_pair(p, rng.choice(["Allottee", "Unit name"]), firm)
        p.pair("Plot No.", "G1-118, Sitapura")
        heads = [(f"Service charges {fy_now}", rupees(rng, 16000, 64000, 0.9))]
        if rng.random() < 0.5:
            heads.append(("Economic rent", rupees(rng, 3000, 18000, 0.9)))
        heads.append(("GST @ 18%", round(sum(v for _, v in heads) * 0.18, 2)))
    total = 0.0
    for head, fee in heads:
        p.pair(head, rs(fee))
        total += fee
    j.amount = round(total, 2)
    total_labels = {
        "gjepc": ["Total amount paid", "Amount paid"],
        "egras": ["Challan amount", "Total amount"],
        "jmc": ["Amount paid", "Total amount paid"],
        "riico": ["Amount paid", "Total amount"],
    }[which]
    p.pair(rng.choice(total_labels), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        "Payment mode",
        f"e-GRAS - {way}" if which == "egras" else way,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which == "egras":
            grn = digits(rng, 10)
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status != "failed":
                cin = f"{digits(rng, 7)}{digits(rng, 8) if j.no_day else f'{j.date:%d%m%Y}'}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
        else:
            prefix = {"gjepc": "GJ", "jmc": "JMH", "riico": "RIICO"}[which]
            tid = f"{prefix}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                if which == "gjepc":
                    bref = f"{rng.choice(['IGAKB', 'HDFCB', 'YESBB'])}{digits(rng, 9)}"
                    p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
                rno = f"{prefix}/{rng.randrange(1000, 99999)}{doc_year(j)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "gjepc": ["Payment date", "Receipt date"],
            "egras": ["Date of deposit", "Payment date"],
            "jmc": ["Transaction date", "Payment date"],
            "riico": ["Payment date", "Transaction date"],
        }[which],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "gjepc": "The RCMC is valid for the export of gems and jewellery for the period shown.",
            "egras": "Verify the GRN on egras.raj.nic.in before submitting it to the office.",
            "jmc": "Display the trade licence at the premises. Receipt valid subject to realisation.",
            "riico": "Dues not paid by the due date attract interest as per RIICO disposal rules.",
        }[which],
    )
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


INSURERS = [
    ("The Oriental Insurance Co. Ltd", "orientalinsurance.org.in", "block"),
    ("United India Insurance Co. Ltd", "uiic.co.in", "marine"),
    ("Bajaj Allianz General Insurance Co. Ltd", "bajajallianz.co.in", "fire"),
    ("Cholamandalam MS General Insurance Co. Ltd", "cholainsurance.com", "block"),
    ("IFFCO Tokio General Insurance Co. Ltd", "iffcotokio.co.in", "marine"),
    ("Future Generali India Insurance Co. Ltd", "futuregenerali.in", "gmc"),
    ("The Oriental Insurance Co. Ltd", "orientalinsurance.org.in", "marine"),
    ("Universal Sompo General Insurance Co. Ltd", "universalsompo.com", "fire"),
]
COVERS = {
    "block": (
        "Jewellers' Block Policy",
        [("Premium - stock in premises", 0.0022), ("Premium - transit / with karigars", 0.0011)],
    ),
    "marine": ("Marine cargo - specific voyage", [("Premium - parcel to Hong Kong by courier", 0.0009)]),
    "fire": (
        "Bharat Sookshma Udyam Suraksha",
        [("Premium - building and machinery", 0.0004), ("Terrorism premium", 0.00007)],
    ),
    "gmc": ("Group Mediclaim - karigars (48 lives)", [("Base premium", 0.0), ("Maternity add-on", 0.0)]),
}


def insurer_premiums(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own covers: a jewellers' block policy for its stock at the office, in transit and with karigars,
    marine cargo for parcels going by insured courier, fire and allied perils for the workshop and group mediclaim
    for the karigars: insurers' premium receipts and payment acknowledgements (browser, e-mail: the insurer on top,
    PREMIUM RECEIPT / Payment acknowledgement, the cover, Name of insured / Policyholder / Insured the company, Policy
    No. / Quote No., Sum insured, the premium heads, GST @ 18%, Total premium / Premium paid (incl. GST) / Amount
    received, Payment mode, Payment ref No., Bank Ref No. / UPI Ref No., Premium receipt No. / Collection No.,
    Receipt date / Date of payment / Collection date; Payment received - policy document e-mailed / Premium paid /
    Payment under reconciliation - policy will be issued on receipt / Premium payment unsuccessful - cover not in
    force)."""
    k = place("insurer_premiums")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    ins, host, cover = INSURERS[k]
    title, heads = COVERS[cover]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if k % 2 == 0:
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'sme'])}.{host}/premium/receipt")
    else:
        short = ins.split(" General")[0].split(" Insurance")[0].replace("The ", "")
        p = mail_page(
            rng,
            font,
            f"{short} <receipts@{host}>",
            ["Premium receipt", "Payment acknowledgement - your policy"],
        )
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", rng.choice(["Commercial lines - SME", "Corporate business unit, Jaipur"]))
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Payment acknowledgement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received - policy document e-mailed", "Premium paid"],
            "pending": ["Payment under reconciliation - policy will be issued on receipt"],
            "failed": ["Premium payment unsuccessful - cover not in force"],
        },
    )
    wrap_pair(p, "Cover", title)
    ours_to(p, ["Name of insured", "Policyholder", "Insured"])
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '21', '48'])}/2026/{digits(rng, 4)}")
    else:
        p.pair("Quote No.", f"Q{digits(rng, 10)}")
    premium = 0.0
    if cover == "gmc":
        base = float(round(48 * rng.uniform(3200, 5200), -1))
        lines = [("Base premium (48 lives)", base)]
        if rng.random() < 0.5:
            lines.append(("Maternity add-on", float(round(base * 0.08, -1))))
        p.pair("Sum insured", rs(float(rng.choice([100000, 200000]))) + " per life")
    else:
        si = float(rng.choice([25, 40, 60, 90, 150, 250])) * 100000
        p.pair("Sum insured", rs(si))
        lines = [(head, round(si * r * rng.uniform(0.8, 1.2), 2)) for head, r in heads]
    for head, value in lines:
        p.pair(head, rs(value))
        premium += value
    gst = round(premium * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(premium + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    p.pair(
        rng.choice(["Total premium", "Premium paid (incl. GST)", "Amount received"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = rng.choice(["Net banking", "UPI", "Debit card", "NEFT"])
    if way == "UPI" and j.amount > 100000:
        way = "Net banking"
    p.pair(
        "Payment mode",
        way,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card", "NEFT": "netbanking"}[way],
    )
    if not j.no_ref:
        pid = f"{rng.choice(['PY', 'PG'])}{digits(rng, 12)}"
        p.pair("Payment ref No.", pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "NEFT":
                ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
                p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = digits(rng, 11)
            p.pair(rng.choice(["Premium receipt No.", "Collection No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Receipt date", "Date of payment", "Collection date"], PATS_IN)
    p.part = "foot"
    p.add(
        "small", "Cover commences only on realisation of the premium. Read the policy wording for exclusions."
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("PANNADHAR GEM EXPORTS", "JOHARI BAZAR, JAIPUR"),
    ("PANNADHAR GEMS SALES ROOM", "HALDIYON KA RASTA JAIPUR"),
    ("JAIPUR LAPIDARY TOOLS", "GHAT GATE, JAIPUR"),
    ("PANNADHAR GEMS - JJS STALL", "JECC SITAPURA, JAIPUR"),
    ("PANNADHAR GEM EXPORTS PVT", "JOHARI BAZAR JAIPUR"),
    ("HOTEL SURYA HAVELI", "C-SCHEME, JAIPUR"),
    ("PANNADHAR GEMS", "JOHARI BAZAR, JAIPUR RJ"),
    ("KANAK COURIER & CARGO", "M I ROAD, JAIPUR"),
]
TERMINALS = [
    "AU BANK",
    "PINE LABS",
    "HDFC BANK",
    "ICICI BANK",
    "YES BANK",
    "WORLDLINE",
    "PAYTM EDC",
    "RAZORPAY POS",
]


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards at the sales room and at the company's stall at the Jaipur jewellery show, and the company's own
    card at a lapidary tools shop, a hotel where an overseas buyer stays and the insured courier's counter: terminal
    slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: /
    TXN DATE: / DT: and TIME:, MID:, TID:, BATCH:, INVOICE NO:, STAN:, SALE / SALE - CHIP / CONTACTLESS SALE, CARD:,
    CARD TYPE: (an international card on some), a hotel's ROOM NO:, AUTH CODE: / APPR:, RRN: / RRN NO:, AMOUNT: /
    TOTAL AMT: / NET AMT:; APPROVED / TRANSACTION APPROVED / DECLINED - 05 DO NOT HONOUR / HOST TIMEOUT - CHECK
    STATUS BEFORE RETRY)."""
    k = place("counter_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1200, high=185000)
    name, town = COUNTERS[k]
    if "TOOLS" in name:
        j.amount = rupees(rng, 900, 24000, 0.5)
    elif "HOTEL" in name:
        j.amount = rupees(rng, 6500, 42000, 0.3)
    elif "COURIER" in name:
        j.amount = rupees(rng, 1800, 16000, 0.4)
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
        lab = rng.choice(["DATE:", "TXN DATE:", "DT:"])
        p.pair(lab, d, date=j.date)
        p.pair("TIME:" if lab != "DT:" else "TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INVOICE NO:", inv, txn=(INVOICE_RANK, inv))
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6", "3"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    kind = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY DEBIT", "3": "AMEX"}[lead]
    if lead in ("4", "5", "3") and k in (0, 3, 4) and rng.random() < 0.6:
        kind += " - INTL"
    p.pair("CARD TYPE:", kind)
    if "HOTEL" in name:
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["AMOUNT:", "TOTAL AMT:", "NET AMT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE VERIFIED", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 05 DO NOT HONOUR", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, phone and broadband bills


BILLERS = [
    ("JVVNL", "Jaipur Vidyut Vitran Nigam Ltd", "K No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("PHED Rajasthan", "Public Health Engineering Department, Rajasthan", "Consumer No."),
    ("BSNL FTTH", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
]
BILL_APPS = ["AU 0101", "JVVNL", "PhonePe", "CRED", "YONO SBI", "JVVNL", "Paytm", "Kotak Bank"]
BILL_WHICH = [0, 0, 3, 1, 2, 0, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's and the workshop's electricity (JVVNL, the Jaipur discom), water (PHED Rajasthan), postpaid
    phones (Vi, Jio) and broadband (BSNL FTTH) through Bharat Connect in banking and UPI apps (the app on top, Biller
    / Biller name / Service provider / Paid to (biller) as printed, K No. / Consumer No. / Mobile No. / Account No.,
    Consumer name, Bill date and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref ID
    / BBPS Txn Ref, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid /
    Payment successful / Payment under process - biller confirmation awaited / Bill payment failed - refund in 3-5
    working days) and JVVNL's own online payment receipt pages (the discom on top, K No., Sub-division, Consumer name,
    Amount paid, Payment mode, Transaction ID, Receipt No., Payment date)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=850, high=78000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which in (1, 3, 4):
        j.amount = rupees(rng, 399, 5200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 600, 7800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"2101{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Consumer No.": f"JPR/{rng.randrange(1, 60):02d}/{digits(rng, 6)}",
        "Account No.": digits(rng, 10),
    }[idlab]
    app = BILL_APPS[k]
    if app == "JVVNL":
        p = browser_page(rng, font, "energybill.jvvnl.org/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Rajasthan undertaking  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.pair(idlab, ids)
        p.pair("Sub-division", rng.choice(["AEN (O&M) Ramganj Bazar", "AEN (O&M) Sitapura"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"JV{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect against your K No. within 24 hours.")
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
            "pending": ["Payment under process - biller confirmation awaited"],
            "failed": ["Bill payment failed - refund in 3-5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = rng.choice(["Biller", "Biller name", "Service provider", "Paid to (biller)"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -8))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "CRED", "Paytm") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['AU', 'PP', 'CR', 'SB', 'KK'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref ID", "BBPS Txn Ref"]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Transaction date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "RATANPURIA ROUGH GEM",
    "JVVNL JAIPUR",
    "NOOR GEM CUTTING WOR",
    "RIICO LTD",
    "BHANDARI BULLION & R",
    "SHAKEEL AHMED NEELGA",
    "KANAK COURIER CARGO",
    "ORIENTAL INSURANCE C",
]
SENDERS = {
    "AU Small Finance Bank": "JM-AUBANK",
    "Yes Bank": "VM-YESBNK",
    "Bank of Baroda": "BP-BOBTXN",
    "IDFC FIRST Bank": "AD-IDFCFB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender JM-AUBANK / VM-YESBNK /
    BP-BOBTXN / AD-IDFCFB, the day divider, each bank's own wording: "Rs.x debited from A/c XX1234 on <day> to <payee>
    via NEFT. UTR <ref>", "INR x has been debited from your YES BANK A/c XX1234 on <day> towards NEFT to <payee>", "Rs.x
    Dr. to A/c ...1234 on <day> Info: NEFT/<payee>", "Your A/C XXX1234 is debited by INR x on <day>. Info:
    IMPS-<payee>"; an NEFT that "has been RETURNED by the beneficiary bank" and an IMPS that "is ON HOLD at the
    beneficiary bank") and two e-mail transaction alerts (Amount debited / Debit amount, Paid to / Beneficiary name,
    Account number, Transaction type, UTR No. / IMPS Ref No., Date of transaction, Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=460000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    if k in (1, 5):
        j.amount = rupees(rng, 900, 38000)
    if k in (1, 6):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.bank.in>",
            ["Transaction alert", "Debit alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Debit amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary name"]), to, merchant=to)
        p.pair("Account number", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date of transaction", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Completed", status="success")
        p.part = "foot"
        p.add("small", "Did not do this transaction? Call the 24x7 helpline at once to block your account.")
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status == "failed":
        way = "NEFT"
        j.amount = rupees(rng, 5000, 180000)
    elif status == "pending":
        way = "IMPS"
        j.amount = rupees(rng, 900, 95000)
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        if way == "IMPS" and j.amount > 500000:
            way = "NEFT"
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    ref = None if j.no_ref else bank_ref(rng, j, bank, way)
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "AU Small Finance Bank":
            p.add("left", f"Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"to {to} via {way}.", merchant=to, method="netbanking")
        elif bank == "Yes Bank":
            p.add("left", f"INR {amt} has been debited from your YES BANK A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method="netbanking")
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} Dr. to A/c ...{tail}{on}.", amount=j.amount)
            p.add("left", f"Info: {way}/{to}.", merchant=to, method="netbanking")
        else:
            p.add("left", f"Your A/C XXX{tail} is debited by INR {amt}{on}.", amount=j.amount)
            p.add("left", f"Info: {way}-{to}.", merchant=to, method="netbanking")
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method="netbanking")
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "has been RETURNED by the beneficiary bank. Amount credited back to your account.",
            "pending": "is ON HOLD at the beneficiary bank. Status will be updated shortly.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 3200000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(
                ["Not you? Call the helpline to block.", "If not done by you, SMS BLOCK to the bank."]
            ),
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

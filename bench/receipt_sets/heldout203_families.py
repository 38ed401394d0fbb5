"""The twelve heldout203 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a jaggery (gul) trading firm's day in 2026 (Panchganga Gul Traders LLP, its shop in
the gul market of Shahu Market Yard and its godown at Gokul Shirgaon MIDC, Kolhapur, Maharashtra), told by the proofs
of payment it receives and makes: traders' payment advices from Gujarat, Rajasthan, Delhi, Telangana, Karnataka and
the Konkan, the counter's UPI screens and payment links, overseas buyers' inward wires in US dollars, pounds and
euros, its own receipts (jama pavati), its purchase pattis to growers and their bulk and UPI payouts, the gurhals'
bills of supply, packaging makers' and transporters' invoice pages and the corporate net-banking transfers to them,
the hamals' and staff's vouchers and payouts, the market committee's, the food regulator's, the municipal
corporation's, GRAS Maharashtra's and the Mathadi Board's fee pages, insurers' premium receipts for stock, transit,
vehicles and hamals, card terminal slips, the electricity (MSEDCL), phone, fibre and water bills and the bank's SMS
and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, bills listed on an advice, party, PO, lot and cart numbers, grades,
quintals, rates, blocks (rawa / dhep), hamali, tolai, advances, TDS, GST and cess lines, GSTIN, PAN, IFSC, BIC, UETR,
IEC, export invoice and shipping bill numbers, licence, registration, property, consumer and application numbers,
heads of account, sums insured, periods of insurance, months, bill and due days, MID, TID, batch, trace and STAN
numbers, the maker and the approver and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead``
and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Panchganga Gul Traders LLP"
COMPANY_CAPS = "PANCHGANGA GUL TRADERS LLP"
SHORT = "Panchganga Gul"
# unit, address, GST state code
UNITS = [
    ("Gul market shop", "Shop No. 27, Gul Market, Shahu Market Yard, Kolhapur - 416005, Maharashtra", "27"),
    ("Godown", "Plot B-18, Gokul Shirgaon MIDC, Kolhapur - 416234, Maharashtra", "27"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Bank of Maharashtra",
    "State Bank of India",
    "Bank of India",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "IDBI Bank",
    "Union Bank of India",
]
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "State Bank of India": "SBIN",
    "Bank of India": "BKID",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "IDBI Bank": "IBKL",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "YES Bank": "YESB",
    "DCB Bank": "DCBL",
}
# product, rate per quintal (low, high)
GUL = [
    ("Gul - 10 kg rawa, No. 1 (yellow)", 3900, 4500),
    ("Gul - 30 kg dhep, medium", 3600, 4100),
    ("Kolhapuri gul - 1 kg dhep", 4300, 4900),
    ("Chemical-free gul - 1 kg", 5200, 6100),
    ("Jaggery powder - 25 kg bag", 4800, 5600),
    ("Gul cubes - 1 kg pouch", 5600, 6500),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The firm as the other party (Buyer / Sold to / Bill To: no fact)."""
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
    return {
        "Bank of Maharashtra": "mahabank",
        "State Bank of India": "sbi",
        "Bank of India": "bankofindia",
        "Kotak Mahindra Bank": "kotak",
    }.get(bank, bank.split()[0].lower())


def way_method(way: str) -> str:
    return {"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card", "Cheque": "cheque"}[way]


# ---------------------------------------------------------------- 1. traders' payment advices


TRADERS = [
    ("Sabarmati Gud Bhandar Pvt Ltd", "accounts@sabarmatigud.in", "Kalupur, Ahmedabad"),
    ("Shekhawati Jaggery Mart", "payments@shekhawatijaggery.com", "Chandpole, Jaipur"),
    ("Naya Bazar Gur Traders Pvt Ltd", "ap@nayabazargur.in", "Naya Bazar, Delhi"),
    ("Deccan Sweets & Jaggery Co.", "finance@deccanjaggery.in", "Begum Bazar, Hyderabad"),
    ("Kaveri Bella Mandi LLP", "vendorpay@kaveribella.in", "APMC Yard, Yeshwanthpur, Bengaluru"),
    ("Tapi Agro Foods Pvt Ltd", "payables@tapiagro.co.in", "Sachin GIDC, Surat"),
    ("Konkan Provision Stores", "konkanprovision.ac@gmail.com", "Maruti Mandir, Ratnagiri"),
    ("Belagavi Gud & Sakkare Agency", "accounts@belagavigud.in", "APMC Yard, Belagavi"),
]
TRADER_FRAMES = ["mail", "paper", "portal", "mail", "portal", "paper", "mail", "portal"]


def trader_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders across states paying for lots of gul bought from the firm: a payment intimation e-mail, a printed
    PURCHASE PAYMENT ADVICE - JAGGERY and a buyer's supplier portal page (the buyer on top, Paid to (seller) /
    Supplier (payee) / In favour of the firm, Party code and PO No. (no fact), the firm's bills with their quintals
    and sums, Bills total, Less: TDS u/s 194Q @ 0.1%, Less: Weight shortage on arrival / Less: Freight paid on your
    behalf on some, Net remittance / Amount released / Net credited to your account (Net amount payable on the
    hold), Payment mode / Mode of payment NEFT / RTGS / IMPS, NEFT UTR / RTGS UTR / UTR No. / IMPS RRN, Payment
    voucher No. / Advice ref., Payment date / Paid on / Credit date / Advice date / Returned on / Return date; Status:
    Payment made / Paid - credited to supplier / On hold - goods receipt (GRN) not yet posted / Returned unpaid -
    beneficiary account number invalid)."""
    k = place("trader_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, city = TRADERS[k]
    frame = TRADER_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment intimation", f"Funds transferred - {SHORT}", "Vendor payment advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts - Payables', 'Purchase (Gur) Section', 'Finance Department'])}, {city}",
    )
    p.add(
        "center",
        rng.choice(["PAYMENT INTIMATION", "PURCHASE PAYMENT ADVICE - JAGGERY", "Vendor payment advice"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Paid to (seller)", "Supplier (payee)", "In favour of"]), payee, merchant=payee)
    p.pair("Party code", f"{rng.choice(['SUP', 'GUR', 'KOP'])}{digits(rng, 5)}")
    p.pair("PO No.", f"PO/{rng.randrange(100, 9999)}/26-27")
    p.add(
        "left",
        "Against your bills" if status != "success" else rng.choice(["Bills paid", "Against your bills"]),
    )
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        _, lo, hi = rng.choice(GUL)
        q = round(rng.uniform(20, 140), 1)
        value = round(q * rng.randrange(lo, hi, 5), 2)
        gross += value
        p.pair(f"PGT/{rng.randrange(1, 999):03d}/26-27  {q:.1f} qtl", rs(value))
    gross = round(gross, 2)
    p.pair("Bills total", rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = float(rng.choice([850, 1400, 2250, 3600])) if rng.random() < 0.4 else 0.0
    if cut:
        p.pair(rng.choice(["Less: Weight shortage on arrival", "Less: Freight paid on your behalf"]), rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = (
        "Net amount payable"
        if status == "pending"
        else rng.choice(["Net remittance", "Amount released", "Net credited to your account"])
    )
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), way, method="netbanking")
    wrap_pair(p, "Supplier bank A/c", f"{rng.choice(BANKS[:4])} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = "IMPS RRN" if way == "IMPS" else rng.choice([f"{way} UTR", "UTR No."])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PV', 'PA', 'BP'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment voucher No.", "Advice ref."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Payment made", "Paid - credited to supplier"],
            "pending": ["On hold - goods receipt (GRN) not yet posted"],
            "failed": ["Returned unpaid - beneficiary account number invalid"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Paid on", "Credit date"],
            "pending": ["Advice date"],
            "failed": ["Returned on", "Return date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "System generated advice; no signature required. TDS certificate (Form 16A) follows quarterly.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. the counter's UPI screens and payment links


COUNTER_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "WhatsApp", "BHIM", "Easebuzz", "MobiKwik"]
COUNTER_PAYERS = [
    "Sunil Patil",
    "Rekha Jadhav",
    "Hotel Tambda Pandhra, Rajarampuri",
    "Amol Shinde",
    "Meera Deshpande",
    "Ganesh Kirana, Ujalaiwadi",
    "Shraddha Home Foods, Pune",
    "Irfan Mulla",
]
COUNTER_NOTES = [
    "Gul 10 kg",
    "Jaggery powder 5 kg",
    "Kakvi 2 L",
    "Chemical-free gul 5 kg",
    "Gul cubes x 6",
    "Diwali gift box",
    "Til-gul order",
]


def counter_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Retail buyers, sweet shops and kirana stores paying at the shop's counter or online: six UPI screens
    (PhonePe, Google Pay, Paytm, WhatsApp, BHIM, MobiKwik: the shop under Paid to / To / Sent to / Paying to, or
    MobiKwik's Receiver, its UPI ID, the sum large, UPI transaction ID / UPI Ref. No. / UTR / UPI Reference Number,
    PhonePe's and Paytm's own Transaction ID on some, Debited from / From, Date & time / Paid on / Completed on /
    Initiated on; Payment failed - incorrect UPI PIN entered / Payment in progress - awaiting confirmation from
    bank) and two payment links (Razorpay, Easebuzz: the firm on top, Customer / Paid by, Payment ID pay_... /
    Easepay ID and Merchant Txn ID, UPI RRN / Bank Ref No. or Auth code, Paid on / Payment date; Payment successful /
    Payment completed)."""
    k = place("counter_upi")
    status = outcome(k, failed=(5,), pending=(7,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=150, high=45000, p_round=0.8)
    app = COUNTER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Razorpay", "Easebuzz"):
        to = rng.choice([COMPANY, SHORT])
        url = (
            f"pages.razorpay.com/pl_{code(rng, 14, ALNUM + LOWER)}/view"
            if app == "Razorpay"
            else f"pay.easebuzz.in/link/panchgangagul/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Kolhapuri gul and jaggery products", "Wholesale and retail - Shahu Market Yard"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment completed"]})
        way = rng.choice(["UPI", "card"])
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Paid by"]), COUNTER_PAYERS[k])
        wrap_pair(p, rng.choice(["Purpose", "Order details"]), rng.choice(COUNTER_NOTES))
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                oid = f"PGT{digits(rng, 8)}"
                p.pair("Merchant Txn ID", oid, txn=(ORDER_RANK, oid))
                eid = f"E{digits(rng, 9)}{code(rng, 5, UPPER)}"
                p.pair("Easepay ID", eid, txn=(TXN_RANK, eid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Razorpay" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Secured by Easebuzz")
        return p.done()
    to = rng.choice([SHORT, "Panchganga Gul Bhandar", COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful", "Paid"],
            "failed": ["Payment failed - incorrect UPI PIN entered"],
            "pending": ["Payment in progress - awaiting confirmation from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "MobiKwik":
        labels = ["Receiver"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"panchgangagul{rng.choice(['', '.kop', '1'])}@{rng.choice(['mahb', 'ybl', 'okicici', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(COUNTER_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR", "UPI Reference Number"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. overseas buyers' inward wires


IMPORTERS = [
    ("Al Noor Foodstuff Trading LLC", "Deira, Dubai, UAE", "USD", "Emirates NBD Bank PJSC"),
    ("Leicester Spice Wholesale Ltd", "Leicester, United Kingdom", "GBP", "HSBC UK Bank plc"),
    ("Garden State Desi Foods Inc", "Edison, NJ, USA", "USD", "TD Bank NA"),
    ("Indo-Mauritius Provisions Ltd", "Port Louis, Mauritius", "USD", "The Mauritius Commercial Bank Ltd"),
    ("Rotterdam Oriental Foods BV", "Rotterdam, Netherlands", "EUR", "ING Bank NV"),
    ("Southall Cash & Carry Ltd", "Southall, United Kingdom", "GBP", "Lloyds Bank plc"),
    ("Muscat Indian Grocers LLC", "Ruwi, Muscat, Oman", "USD", "Bank Muscat SAOG"),
    ("Frankfurt Asia Markt GmbH", "Frankfurt am Main, Germany", "EUR", "Commerzbank AG"),
]
WIRE_BANKS = [
    ("Bank of Maharashtra", "paper"),
    ("ICICI Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Bank of India", "paper"),
    ("HDFC Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Kotak Mahindra Bank", "browser"),
    ("Bank of Maharashtra", "mail"),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Overseas buyers (Indian grocers and food importers in the Gulf, Britain, the US, Mauritius and Europe) paying
    for container loads of gul, jaggery powder and cubes in US dollars, pounds and euros: banks' inward remittance
    advices (browser, e-mail, printed INWARD REMITTANCE - CREDIT ADVICE (EXPORT PROCEEDS) / Export proceeds
    realisation advice / Inward SWIFT credit advice: the bank on top, Beneficiary (exporter) / For credit of /
    Beneficiary name the firm, Account No., Remitter, Remitting bank, Remittance amount received / Foreign currency
    amount / FCY received, Charges BEN / SHA / OUR, Conversion rate, INR amount, Bank charges + GST, Net credit (INR),
    Purpose code, Export invoice No., Shipping bill No., IRM No. / Inward remittance No. / Bank reference, UETR, Value
    date / Credit date / Realisation date / Received on / Parked on / Returned on; Export proceeds credited / Status:
    Realised and credited / Parked - export invoice and shipping bill details awaited / Returned to remitter -
    beneficiary name does not match)."""
    k = place("export_wires")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, pbank = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(1800, 52000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 520) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.inward@{slug(bank)}.co.in>",
            ["Inward remittance credited", "Export proceeds - credit advice", "SWIFT inward - advice"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}.co.in/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "International Banking Division, Station Road, Kolhapur",
                "Forex Branch - Rajarampuri, Kolhapur",
                "Trade Finance Cell, Shahupuri, Kolhapur",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE - CREDIT ADVICE (EXPORT PROCEEDS)",
                "Export proceeds realisation advice",
                "Inward SWIFT credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds credited", "Status: Realised and credited"],
            "pending": ["Parked - export invoice and shipping bill details awaited"],
            "failed": ["Returned to remitter - beneficiary name does not match"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary (exporter)", "For credit of", "Beneficiary name"]), me, merchant=me)
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, "Remitter", f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    p.pair(
        rng.choice(["Remittance amount received", "Foreign currency amount", "FCY received"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR amount", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750])) * 1.18, 2)
    p.pair("Bank charges + GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credit (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    p.pair("Export invoice No.", f"PGT/EXP/{rng.randrange(1, 99):03d}/26-27")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward remittance No.", "Bank reference"]), ref, txn=(BANK_RANK, ref))
        if status != "failed":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Realisation date"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add("small", "The IRM is reported to DGFT; link it to the shipping bill to get the e-BRC.")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own receipts (jama pavati)


RECEIVED_FROM = [
    "Shri Ganesh Sweet Mart, Rajarampuri",
    "Kolhapur Chivda Centre, Gangawes",
    "Sai Trading Co., Belagavi",
    "Ichalkaranji Kirana Bhandar",
    "Hotel Tambda Pandhra, Rajarampuri",
    "Mahalaxmi Prasad Stall, Mahadwar Road",
    "Jaysingpur Agro Traders",
    "Smt. Vandana Kulkarni (retail)",
]
RECEIPT_WAYS = ["UPI", "cash", "NEFT", "-", "card", "UPI", "-", "cash"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own RECEIPT / JAMA PAVATI - RECEIPT / ADVANCE RECEIPT - GUL BOOKING to sweet shops, kirana stores,
    traders and retail buyers (paper: the firm on top with its line, address and GSTIN; Pavati No. / Receipt No. /
    Rcpt. No., Date / Dated / Pavati date, Received from (party) / Party name / Received with thanks from (no fact),
    Against bill No. (no fact), Bill amount, Received in cash / Cash received / Received by UPI / Received by NEFT /
    Received by card / Cheque amount / Cheque for or Amount received / Jama (received), Balance (baki), Mode, UPI
    Ref. No. / UTR / card's Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / RECEIVED - JAMA /
    PAYMENT RECEIVED / CHEQUE IN CLEARING - CREDIT ON REALISATION / CHEQUE BOUNCED - REFER TO DRAWER, the rubber
    stamp) and two of the accounts desk's payment acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=800, high=260000)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    way = "cheque" if RECEIPT_WAYS[k] == "-" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 90000:
        j.amount = rupees(rng, 800, 90000, 0.8)
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@panchgangagul.in>",
            ["Payment acknowledgement", "Receipt for your payment", "Jama pavati - receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{UNITS[0][0]}, Shahu Market Yard  |  Accounts")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Gul merchants - wholesale, retail and export",
            UNITS[0][1],
            UNITS[0][2],
            ["RECEIPT", "JAMA PAVATI - RECEIPT", "ADVANCE RECEIPT - GUL BOOKING"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['JP', 'R', 'PG'])}/{rng.randrange(1, 2999):04d}/26-27"
        p.pair(rng.choice(["Pavati No.", "Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Pavati date"], PATS_IN)
    wrap_pair(
        p, rng.choice(["Received from (party)", "Party name", "Received with thanks from"]), RECEIVED_FROM[k]
    )
    p.pair("Against bill No.", f"PG/{rng.randrange(1, 2999):04d}/26-27")
    part = rng.random() < 0.5
    bill = round(j.amount * rng.uniform(1.2, 2.5), -1) if part else j.amount
    p.pair("Bill amount", rs(bill))
    lab = {
        "cash": rng.choice(["Received in cash", "Cash received"]),
        "UPI": "Received by UPI",
        "NEFT": "Received by NEFT",
        "card": "Received by card",
        "cheque": rng.choice(["Cheque amount", "Cheque for"]),
    }[way]
    if way != "cheque" and rng.random() < 0.4:
        lab = rng.choice(["Amount received", "Jama (received)"])
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair("Balance (baki)", rs(round(bill - j.amount, 2)))
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}, Kolhapur")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED - JAMA", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE IN CLEARING - CREDIT ON REALISATION",
        "failed": "CHEQUE BOUNCED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cheques are subject to realisation. Goods once sold will not be taken back.")
    if k not in (2, 5):
        right(p, "For Panchganga Gul Traders LLP - Munim / Partner")
        p.add("gap")
        seal(p, "PANCHGANGA GUL", "SHAHU MARKET YARD", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. purchase pattis to growers and their payouts


GROWERS = [
    ("Shivaji Dattu Patil", "Kasaba Sangaon, Tal. Kagal"),
    ("Sambhaji Rau Chougule", "Vadgaon, Tal. Hatkanangale"),
    ("Balaso Shankar Mane", "Nandani, Tal. Shirol"),
    ("Anandrao Ganpati Desai", "Tal. Radhanagari"),
    ("Sou. Shalan Maruti Powar", "Kandalgaon, Tal. Karveer"),
    ("Dattakrupa Gurhal (Vilas Jadhav)", "Kale, Tal. Panhala"),
    ("Ramchandra Bapu Kamble", "Nesari, Tal. Gadhinglaj"),
    ("Shri Ram Gurhal - Suresh Khot", "Kurundwad, Tal. Shirol"),
]
PATTI_FRAMES = ["paper", "bulk", "paper", "gpay", "paper", "bulk", "paper", "bulk"]


def grower_pattis(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm buying gul from growers and small gurhals who bring their carts to the yard: its printed PURCHASE
    PATTI / GUL KHAREDI PATTI (PURCHASE BILL) / SHETKARI PAYMENT PATTI (the firm on top, Patti No. / Kharedi patti
    No., Date / Patti date, Name of grower / Shetkari (grower) / Paid to (farmer), Village, Lot / cart No., the gul
    with its blocks, quintals and rate, Gross value, Less: Hamali, Less: Tolai (weighing), Less: Advance given on
    some, Net paid to grower / Amount paid / Net payable - paid, Mode Cash / NEFT / UPI, UTR / UPI Ref. No.; PAID /
    PAID - AMOUNT RECEIVED BY GROWER), corporate banking's bulk NEFT record (Mahabank Corporate Net Banking, KDCC
    Bank Corporate: Beneficiary name, Beneficiary A/c, IFSC, Debit account, Amount, Batch reference, UTR /
    Transaction reference No., Value date / Processed on / Uploaded on / Rejected on; Credited to beneficiary /
    Record status: Credited / Batch under processing - credit status awaited / Rejected - beneficiary account
    closed) and a Google Pay screen."""
    k = place("grower_pattis")
    status = outcome(k, failed=(5,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=9000, high=380000)
    who, village = GROWERS[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs"))
    frame = PATTI_FRAMES[k]
    if frame == "bulk":
        kdcc = k == 5
        host = "corp.kdccbank.in/bulk/record" if kdcc else "corporate.mahabank.co.in/bulkneft/record"
        p = browser_page(rng, font, f"{host}/{digits(rng, 8)}")
        p.part = "head"
        top(p, "KDCC Bank Corporate" if kdcc else "Mahabank Corporate Net Banking")
        p.add(
            "small",
            f"{'Kolhapur District Central Co-op. Bank' if kdcc else 'Bank of Maharashtra'}  |  Bulk NEFT - record",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Credited to beneficiary", "Record status: Credited"],
                "pending": ["Batch under processing - credit status awaited"],
                "failed": ["Rejected - beneficiary account closed"],
            },
        )
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        ben = rng.choice(["Bank of Maharashtra", "Bank of India", "State Bank of India", "Canara Bank"])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "NEFT", method="netbanking")
        p.pair("Batch reference", f"BLK{digits(rng, 8)}")
        wrap_pair(p, "Narration", rng.choice(["Gul purchase - growers", "Gul cart payment", "Patti payment"]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, "Bank of Maharashtra", "NEFT")
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                tr = f"{rng.choice(['MB', 'KD'])}{digits(rng, 12)}"
                p.pair("Transaction reference No.", tr, txn=(BANK_RANK, tr))
        date_row(
            p,
            j,
            {
                "success": ["Value date", "Processed on"],
                "pending": ["Uploaded on"],
                "failed": ["Rejected on"],
            }[status],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Rejected records are credited back to the debit account on the next working day.")
        return p.done()
    if frame == "gpay":
        j.amount = rupees(rng, 2000, 60000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        name = who.upper() if rng.random() < 0.4 else who
        p.add("center", name, merchant=name)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'ybl'])}",
            method="UPI",
        )
        p.pair("Note", rng.choice(["Gul cart advance", "Gul patti balance", "Gul - 2 carts"]))
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        p.pair("From", f"{rng.choice(BANKS[:4])} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        "Gul merchants - licensed trader, APMC Kolhapur",
        UNITS[0][1],
        UNITS[0][2],
        ["PURCHASE PATTI", "GUL KHAREDI PATTI (PURCHASE BILL)", "SHETKARI PAYMENT PATTI"],
        merchant=False,
    )
    if not j.no_ref:
        pno = f"{rng.choice(['KP', 'PP', 'SP'])}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Patti No.", "Kharedi patti No."]), pno, txn=(INVOICE_RANK, pno))
    date_row(p, j, ["Date", "Patti date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of grower", "Shetkari (grower)", "Paid to (farmer)"]), who, merchant=who)
    p.pair("Village", village)
    p.pair("Lot / cart No.", str(rng.randrange(1, 400)))
    item, lo, hi = rng.choice(GUL[:3])
    size = 1 if "1 kg" in item else 10 if "10 kg" in item else 30
    n = (
        rng.randrange(150, 2400)
        if size == 1
        else rng.randrange(60, 700)
        if size == 10
        else rng.randrange(30, 260)
    )
    q = round(n * size / 100, 2)
    rate = float(rng.randrange(lo, hi, 5))
    gross = round(q * rate, 2)
    p.add("left", item)
    p.pair(f"  {n} nos = {q:.2f} qtl @ {rate:,.2f}", rs(gross))
    p.pair("Gross value", rs(gross))
    hamali = round(q * 12, 2)
    tolai = round(q * 4, 2)
    p.pair("Less: Hamali", rs(hamali))
    p.pair("Less: Tolai (weighing)", rs(tolai))
    adv = float(rng.choice([2000, 5000, 10000])) if gross > 40000 and rng.random() < 0.4 else 0.0
    if adv:
        p.pair("Less: Advance given", rs(adv))
    j.amount = round(gross - hamali - tolai - adv, 2)
    p.pair(
        rng.choice(["Net paid to grower", "Amount paid", "Net payable - paid"]), rs(j.amount), amount=j.amount
    )
    way = (
        "Cash"
        if j.amount < 20000 and rng.random() < 0.6
        else "UPI"
        if j.amount < 90000 and rng.random() < 0.4
        else "NEFT"
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way])
    if not j.no_ref and way == "UPI":
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref and way == "NEFT":
        ref = bank_ref(rng, j, "Bank of Maharashtra", "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["PAID", "PAID - AMOUNT RECEIVED BY GROWER"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Grower's signature / thumb")
    return p.done()


# ---------------------------------------------------------------- 6. gurhals', packers' and transporters' bills


GURHALS = [
    (
        "Dattakrupa Gul Udyog",
        "Organic and chemical-free jaggery | Own cane",
        "At post Kale, Tal. Panhala, Dist. Kolhapur - 416205, Maharashtra",
    ),
    (
        "Shree Hanuman Gurhal",
        "Jaggery manufacturers since 1978",
        "Kasaba Bawada, Kolhapur - 416006, Maharashtra",
    ),
    (
        "Warna Valley Jaggery Works",
        "Jaggery powder | Cubes | Liquid jaggery",
        "Warananagar, Tal. Panhala - 416113, Maharashtra",
    ),
]
PACKERS = [
    ("Sahyadri Corrugated Boxes", "5-ply and 7-ply boxes | Printed cartons", "Shiroli MIDC, Kolhapur", 18.0),
    ("Shree Datta Packaging", "PP woven bags | HDPE liners | Pouches", "Udyamnagar, Kolhapur", 18.0),
]
PACK_ITEMS = {
    "Sahyadri": [("5-ply box 10 kg gul", 21.0, 29.0), ("7-ply export carton", 42.0, 58.0)],
    "Shree": [("PP woven bag 30 kg", 9.5, 13.5), ("Printed pouch 1 kg", 2.4, 3.6)],
}
TRANSFER_PAYEES = [
    "Dattakrupa Gul Udyog",
    "Warna Cold Storage Pvt Ltd",
    "Sangli Roadlines",
    "Kolhapur Packaging Industries",
]
PORTALS = [
    ("Baroda Connect", "Bank of Baroda", "corp.bobibanking.com/payments/view"),
    ("YES CONNECT", "YES Bank", "yesconnect.yesbank.in/txn/details"),
    ("DCB Corporate NetBanking", "DCB Bank", "corp.dcbbank.com/fundtransfer/status"),
]
SUPPLY_FRAMES = ["paper", "connect", "mybillbook", "paper", "connect", "mybillbook", "paper", "connect"]


def supplier_payments(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying gurhals for gul, packaging makers for boxes and bags, a cold store and a transporter: the
    gurhals' BILL OF SUPPLY / BILL OF SUPPLY (EXEMPT GOODS) / BILL OF SUPPLY - JAGGERY (paper: the gurhal on top, its
    line, address and GSTIN; Bill No. / Bill of supply No., Date / Dated, Buyer / Sold to the firm, Vehicle No., the
    gul in quintals x rate, Total value, GST: Nil, Bill total, Less: Advance paid at booking and Balance received by
    NEFT / RTGS on some, else Received through NEFT / Amount received by RTGS / Payment received with its UTR, or
    Cheque received with Cheque No.; PAID / RECEIVED - BILL SETTLED / PAID BY NEFT / CHEQUE RECEIVED - PENDING
    CLEARANCE, in the gurhal's rubber stamp too), the packaging makers' myBillBook invoice pages (the maker on top,
    Invoice No., Invoice Date, Bill To, the items, Taxable Amount, CGST / SGST, Total Amount, Received Amount / Amount
    Paid, Balance Amount, Payment Mode, UPI Ref. No. / UTR; Paid / Fully Paid) and corporate net banking's transfer
    pages (Baroda Connect, YES CONNECT, DCB Corporate NetBanking: the portal on top, Payee (beneficiary name) /
    Transfer to / Beneficiary name, Beneficiary A/c, IFSC, Debit from, Amount transferred / Payment amount /
    Transaction amount, Mode, Remarks, UTR / UTR No., Reference No., Created by / Approved by, Value date /
    Transaction date / Rejected on / Failed on; Transfer completed / Status: Processed / Rejected by beneficiary bank
    - account dormant)."""
    k = place("supplier_payments")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=15000, high=950000)
    frame = SUPPLY_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "INR", "\u20b9"))
    if frame == "connect":
        brand, bank, host = PORTALS[(k // 3 + rng.randrange(2)) % len(PORTALS)]
        p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        p.add("small", f"{bank}  |  Payments")
        p.add("center", rng.choice(["Transaction details", "Payment status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer completed", "Status: Processed"],
                "pending": ["Sent for approval - awaiting second signatory"],
                "failed": ["Rejected by beneficiary bank - account dormant"],
            },
        )
        who = TRANSFER_PAYEES[(k + rng.randrange(2)) % len(TRANSFER_PAYEES)]
        who = who.upper() if rng.random() < 0.4 else who
        wrap_pair(
            p, rng.choice(["Payee (beneficiary name)", "Transfer to", "Beneficiary name"]), who, merchant=who
        )
        ben = rng.choice(BANKS)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit from", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair(
            rng.choice(["Amount transferred", "Payment amount", "Transaction amount"]),
            rs(j.amount),
            amount=j.amount,
        )
        way = neft_way(rng, j.amount)
        p.pair("Mode", way, method="netbanking")
        wrap_pair(
            p, "Remarks", rng.choice(["Gul bill", "Cold storage rent", "Freight - Ahmedabad", "Boxes PO 88"])
        )
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            tr = f"{rng.choice(['BC', 'YC', 'DC'])}{digits(rng, 12)}"
            p.pair("Reference No.", tr, txn=(BANK_RANK, tr))
        p.pair("Created by / Approved by", "PGTACC1 / PGTPARTNER")
        date_row(
            p,
            j,
            {"success": ["Value date", "Transaction date"], "failed": ["Rejected on", "Failed on"]}.get(
                status, ["Initiated on"]
            ),
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Rejected transfers are credited back to the debit account.")
        return p.done()
    if frame == "mybillbook":
        maker, line, town, rate_gst = PACKERS[k // 5]
        name = maker.upper() if rng.random() < 0.3 else maker
        p = browser_page(rng, font, f"mybillbook.in/s/{code(rng, 10, ALNUM + LOWER)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{town}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = f"{rng.randrange(100, 2400)}"
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Invoice Date"], PATS_IN)
        ours_to(p, ["Bill To"])
        taxable = 0.0
        for item, lo, hi in rng.sample(PACK_ITEMS[maker.split()[0]], rng.randrange(1, 3)):
            qty = rng.randrange(200, 4000)
            rate = round(rng.uniform(lo, hi), 2)
            value = round(qty * rate, 2)
            taxable += value
            p.pair(f"{item}  {qty} x {rate:.2f}", rs(value))
        taxable = round(taxable, 2)
        p.pair("Taxable Amount", rs(taxable))
        total = gst_lines(p, rs, taxable, rate_gst, False)
        p.pair("Total Amount", rs(total))
        j.amount = total
        way = rng.choice(["UPI", "Bank Transfer"]) if total <= 95000 else "Bank Transfer"
        p.pair(rng.choice(["Received Amount", "Amount Paid"]), rs(j.amount), amount=j.amount)
        p.pair("Balance Amount", rs(0.0))
        p.pair("Payment Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["Paid", "Fully Paid"]), status="success")
        p.part = "foot"
        p.add("small", "Generated on myBillBook")
        return p.done()
    maker, line, addr = GURHALS[k // 3]
    name = maker.upper() if rng.random() < 0.3 else maker
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        "27",
        ["BILL OF SUPPLY", "BILL OF SUPPLY (EXEMPT GOODS)", "BILL OF SUPPLY - JAGGERY"],
    )
    if not j.no_ref:
        bno = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(10, 999):03d}/26-27"
        p.pair(rng.choice(["Bill No.", "Bill of supply No."]), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer", "Sold to"])
    p.pair("Vehicle No.", f"MH-09-{rng.choice(['CU', 'EM', 'GJ', 'BC'])}-{digits(rng, 4)}")
    total = 0.0
    for item, lo, hi in rng.sample(GUL, rng.randrange(1, 3)):
        q = round(rng.uniform(8, 60), 2)
        rate = float(rng.randrange(lo, hi, 5))
        value = round(q * rate, 2)
        total += value
        p.add("left", f"{item}  HSN 1701")
        p.pair(f"  {q:.2f} qtl x {rate:,.2f}", rs(value))
    total = float(round(total))
    p.pair("Total value", rs(total))
    p.add("small", "GST: Nil - unbranded jaggery")
    p.pair("Bill total", rs(total))
    p.add("rule")
    way = "cheque" if status != "success" else "RTGS" if total >= 200000 and rng.random() < 0.6 else "NEFT"
    adv = 0.0
    if way != "cheque" and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.1, 0.2, 0.3]), -3))
        p.pair("Less: Advance paid at booking", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        else:
            lab = rng.choice([f"Received through {way}", f"Amount received by {way}", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED - BILL SETTLED", f"PAID BY {way}"]),
        "pending": "CHEQUE RECEIVED - PENDING CLEARANCE",
        "failed": "CHEQUE RETURNED - INSUFFICIENT BALANCE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Weight as per the market yard weighbridge. Subject to Kolhapur jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "PROPRIETOR", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. hamals' and staff's pay


STAFF = [
    ("Santosh Shamrao Kamble", "Mathadi hamal - loading"),
    ("Vijay Pandurang Lohar", "Munim (accountant)"),
    ("Raju Dnyandev Gurav", "Hamal - godown"),
    ("Akash Sunil Powar", "Tempo driver"),
    ("Sagar Maruti Naik", "Shop salesman"),
    ("Prakash Yashwant More", "Hamal - unloading"),
    ("Nitin Baburao Salunkhe", "Watchman - godown"),
    ("Sunita Vilas Chavan", "Packing helper"),
]
STAFF_FRAMES = ["paper", "razorpayx", "paper", "gpay", "paper", "razorpayx", "paper", "phonepe"]


def staff_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its hamals, munim, driver, salesman, watchman and packing helpers: its printed HAMALI PAYMENT
    VOUCHER / DAILY WAGE VOUCHER - GODOWN / SALARY PAYMENT VOUCHER - SHOP STAFF / STAFF SALARY VOUCHER (the firm on
    top, Voucher No. / Vr. No. / Payment voucher No., Date / Voucher date, Paid to (hamal) / Name of staff / Name of
    employee / Paid to, Mathadi Board reg. No. or Designation, Month, Bags loaded / unloaded n x rate, Truck loading
    (night) or Basic salary and Allowance, Gross, Less: Advance (uchal) / Less: Salary advance / Less: ESIC, Net
    paid / Net amount paid / Paid amount, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED IN FULL), RazorpayX's
    payout pages (RazorpayX on top and Payouts - the firm under it, the sum large, Contact / Beneficiary, Fund
    account, Mode, Purpose, Narration, Payout ID pout_..., UTR, Processed on / Queued on / Created on / Reversed on;
    Processed / Payout processed / Queued - insufficient balance in RazorpayX account / Reversed - beneficiary
    account details invalid), a Google Pay and a PhonePe screen."""
    k = place("staff_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=900, high=32000, p_round=0.9)
    who, role = STAFF[k]
    hamal = "amal" in role
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = STAFF_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, ALNUM + LOWER)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Payout processed"],
                "pending": ["Queued - insufficient balance in RazorpayX account"],
                "failed": ["Reversed - beneficiary account details invalid"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}@mahb",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Salary", "Payout"]))
        p.pair("Narration", f"{SHORT} {'hamali' if hamal else 'salary'}")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Queued on", "Created on"], "failed": ["Reversed on"]}[
                status
            ],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account balance.")
        return p.done()
    if frame in ("gpay", "phonepe"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Transaction Successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi'])}",
            method="UPI",
        )
        p.pair(
            "Message", rng.choice(["Hamali - truck loading", "Salary advance", "Diesel + toll", "Overtime"])
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            else:
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{digits(rng, 21)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if hamal or "godown" in role else UNITS[0]
    kinds = (
        ["HAMALI PAYMENT VOUCHER", "DAILY WAGE VOUCHER - GODOWN"]
        if hamal
        else ["SALARY PAYMENT VOUCHER - SHOP STAFF", "STAFF SALARY VOUCHER"]
    )
    letterhead(p, rng.choice([COMPANY, COMPANY_CAPS]), unit[0], unit[1], unit[2], kinds, merchant=False)
    if not j.no_ref:
        vno = f"{rng.choice(['HV', 'SV', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Payment voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    labels = ["Paid to (hamal)", "Paid to"] if hamal else ["Name of staff", "Name of employee", "Paid to"]
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    if way == "Cash" and j.amount > 15000:
        j.amount = rupees(rng, 900, 15000, 0.9)
    if hamal:
        p.pair("Mathadi Board reg. No.", f"KMB/{digits(rng, 5)}")
        bag = rng.choice([6.5, 7.0, 8.0])
        bags = max(40, int(j.amount / bag))
        extra = float(rng.choice([0, 250, 400]))
        gross = round(bags * bag + extra, 2)
        cut = float(rng.choice([0, 500, 1000])) if gross > 4000 else 0.0
        j.amount = round(gross - cut, 2)
        p.pair(f"Bags {rng.choice(['loaded', 'unloaded'])}: {bags} x {bag:.2f}", rs(round(bags * bag, 2)))
        if extra:
            p.pair("Truck loading (night)", rs(extra))
        if cut:
            p.pair("Gross", rs(gross))
            p.pair("Less: Advance (uchal)", rs(cut))
    else:
        cut = float(rng.choice([0, 500, 1000, 1500])) if j.amount > 4000 else 0.0
        gross = round(j.amount + cut, 2)
        p.pair("Designation", role)
        if not j.no_day:
            p.pair("Month", j.month())
        allow = float(rng.choice([500, 800, 1200])) if gross > 6000 else 0.0
        p.pair("Basic salary", rs(round(gross - allow, 2)))
        if allow:
            p.pair("Allowance", rs(allow))
        p.pair("Gross", rs(gross))
        if cut:
            p.pair(rng.choice(["Less: Salary advance", "Less: ESIC"]), rs(cut))
    p.pair(rng.choice(["Net paid", "Net amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED IN FULL"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. market committee, FSSAI, KMC, GRAS, Mathadi


FEE_FRAMES = ["apmc", "foscos", "kmc", "gras", "apmc", "mathadi", "kmc", "apmc"]


def yard_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a licensed trader at the yard: the market committee's market fee and licence renewal pages
    (Agricultural Produce Market Committee, Kolhapur / Krushi Utpanna Bazar Samiti, Kolhapur / APMC KOLHAPUR on top,
    Trader / licensee, Licence No., Fee for month, Purchases declared, Market fee @ 1.00%, Supervision fee @ 0.05%
    or the licence heads, Total fee paid / Amount paid, Transaction ID, Bank Ref No., Receipt No., Payment date /
    Receipt date; Payment successful / Fee received), FoSCoS's receipt for the FSSAI state licence (FSSAI / Food
    Safety and Standards Authority of India on top, Name of FBO, Application reference No., Kind of business,
    Licence fee, Total amount paid, Transaction ID, Bank reference No.), Kolhapur Municipal Corporation's trade
    licence and property tax pages (the corporation on top, Name of licensee / Owner, Licence No. / Property No.,
    the heads, Total amount / Amount paid, Transaction ID, Receipt No.; Payment received / Transaction
    failed - amount not received by KMC), GRAS Maharashtra's e-challan (GRAS on top, Department, Type of payment,
    Office name, Name, Purpose, Head of account, Amount / Total amount, GRN, Bank CIN, Payment date / Generated on;
    Challan paid successfully / GRN generated - payment not yet confirmed by bank) and the Mathadi Board's levy
    receipt (the Board on top, Employer, Employer reg. No., Wage period, Wages of mathadi workers, Levy @ 32%, Total
    remitted, UTR, Receipt No.)."""
    k = place("yard_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "gras":
        p = browser_page(rng, font, f"gras.mahakosh.gov.in/echallan/view/{digits(rng, 10)}")
        p.part = "head"
        top(p, "GRAS - Government Receipt Accounting System")
        p.add("small", "Government of Maharashtra  |  e-Challan")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan paid successfully"],
                "pending": ["GRN generated - payment not yet confirmed by bank"],
                "failed": ["Payment failed at bank"],
            },
        )
        dept = rng.choice(["Legal Metrology Department", "LEGAL METROLOGY DEPARTMENT"])
        wrap_pair(p, "Department", dept, merchant=dept)
        p.pair("Type of payment", "Verification and stamping fee")
        wrap_pair(p, "Office name", "Assistant Controller, Legal Metrology, Kolhapur")
        wrap_pair(p, "Name", rng.choice([COMPANY, COMPANY_CAPS]))
        scales = rng.randrange(1, 4)
        wrap_pair(p, "Purpose", f"Platform scale 500 kg ({scales} nos) and 60 T weighbridge")
        p.pair("Head of account", "1475 00 1030 00")
        j.amount = float(scales * 900 + 6000)
        p.pair(rng.choice(["Amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            f"{way} - {rng.choice(['Bank of Maharashtra', 'State Bank of India'])}",
            method=way_method(way),
        )
        if not j.no_ref:
            grn = f"MH{digits(rng, 12)}{rng.randrange(2026, 2028)}{code(rng, 1, UPPER)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status == "success":
                cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}" if not j.no_day else digits(rng, 20)
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
        date_row(p, j, ["Payment date"] if status == "success" else ["Generated on"], PATS_IN)
        p.part = "foot"
        p.add("small", "Print the challan and produce it at the office for verification of the scales.")
        return p.done()
    if frame == "foscos":
        p = browser_page(rng, font, f"foscos.fssai.gov.in/payment/receipt/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, name, merchant=name)
        p.add("small", "FoSCoS - Food Safety Compliance System  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        wrap_pair(p, "Name of FBO", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Application reference No.", digits(rng, 14))
        p.pair("Kind of business", "Trade / Retail - Wholesaler")
        years = rng.randrange(1, 4)
        p.pair("Licence category", f"State licence - renewal ({years} yr)")
        j.amount = float(2000 * years)
        p.pair("Licence fee", rs(j.amount))
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"FSS{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Transaction date", "Payment date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "The licence is renewed once the designated officer approves the application.")
        return p.done()
    if frame == "kmc":
        p = browser_page(rng, font, f"web.kolhapurcorporation.gov.in/citizen/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Kolhapur Municipal Corporation", "KOLHAPUR MUNICIPAL CORPORATION", "Kolhapur Mahanagarpalika"]
        )
        top(p, name, merchant=name)
        tax = k == 6
        p.add("small", f"Online payment receipt  |  {'Property tax' if tax else 'Licence department'}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment successful"],
                "failed": ["Transaction failed - amount not received by KMC"],
            },
        )
        if tax:
            wrap_pair(p, "Owner", rng.choice([COMPANY, COMPANY_CAPS]))
            p.pair("Property No.", f"E/{rng.randrange(1, 9)}/{digits(rng, 5)}")
            p.pair("Financial year", "2026-27")
            heads = [
                ("General tax", 9800.0, 16800.0),
                ("Education cess", 1200.0, 2100.0),
                ("Tree cess", 150.0, 400.0),
            ]
        else:
            wrap_pair(p, "Name of licensee", rng.choice([COMPANY, COMPANY_CAPS]))
            p.pair("Licence No.", f"KMC/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - wholesale (food grains)", 3000.0, 3000.0),
                ("Sanitation charge", 600.0, 600.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(["Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"KMC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"{'PT' if tax else 'TL'}/{digits(rng, 7)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Transaction date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "This is a computer generated receipt.")
        return p.done()
    if frame == "mathadi":
        p = browser_page(rng, font, f"mathadikolhapur.org/employer/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Mathadi & Unprotected Workers Board, Kolhapur", "KOLHAPUR MATHADI BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Under the Maharashtra Mathadi, Hamal and Other Manual Workers Act, 1969")
        p.add("center", "LEVY AND WAGES RECEIPT")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Received with thanks", "Payment received"]})
        wrap_pair(p, "Employer", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Employer reg. No.", f"KMB/EMP/{digits(rng, 4)}")
        if not j.no_day:
            p.pair("Wage period", j.month())
        wages = float(rng.randrange(18000, 90000, 10))
        levy = round(wages * 0.32, 2)
        p.pair("Wages of mathadi workers", rs(wages))
        p.pair("Levy @ 32%", rs(levy))
        j.amount = round(wages + levy, 2)
        p.pair(rng.choice(["Total remitted", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "NEFT", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, "Bank of Maharashtra", "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
            rno = f"KMB/{digits(rng, 6)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Receipt date", "Date of payment"], PATS_IN)
        p.part = "foot"
        p.add("small", "Wages are paid to the registered workers through the Board.")
        return p.done()
    p = browser_page(rng, font, f"kolhapurapmc.org/epay/receipt/{digits(rng, 8)}")
    p.part = "head"
    name = rng.choice(
        [
            "Agricultural Produce Market Committee, Kolhapur",
            "Krushi Utpanna Bazar Samiti, Kolhapur",
            "APMC KOLHAPUR",
        ]
    )
    top(p, name, merchant=name)
    p.add("small", "Shri Chhatrapati Shahu Market Yard, Kolhapur  |  Online fee payment")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Fee received"]})
    wrap_pair(p, "Trader / licensee", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("Licence No.", f"KOP/GUL/{digits(rng, 4)}")
    if k != 7:
        if not j.no_day:
            p.pair("Fee for month", j.month())
        bought = float(rng.randrange(600000, 4500000, 100))
        p.pair("Purchases declared", rs(bought))
        fee = round(bought * 0.01, 2)
        sup = round(bought * 0.0005, 2)
        p.pair("Market fee @ 1.00%", rs(fee))
        p.pair("Supervision fee @ 0.05%", rs(sup))
        j.amount = round(fee + sup, 2)
    else:
        heads = [("Trader licence renewal 2026-27", 2500.0), ("Godown registration fee", 500.0)]
        if rng.random() < 0.4:
            heads.append(("Late fee", 250.0))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = sum(fee for _, fee in heads)
    p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Payment mode", way, method=way_method(way))
    if not j.no_ref:
        tid = f"APMC{digits(rng, 11)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
        p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        rno = f"MF/{digits(rng, 6)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Receipt date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Market fee is payable by the 10th of the following month.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Bharat Sookshma Udyam Suraksha - godown stock",
        "paper",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Marine inland transit - open policy declaration",
        "browser",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Commercial vehicle package - Tata 407",
        "mail",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Group personal accident - hamals",
        "browser",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Burglary and housebreaking - shop",
        "mail",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Goods carrying vehicle - package policy",
        "browser",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Bharat Laghu Udyam Suraksha - cold room stock",
        "paper",
    ),
    ("Royal Sundaram General Insurance Co. Ltd", "royalsundaram.in", "Shopkeeper's package policy", "mail"),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm insuring its gul stock in the godown and the cold room, its dispatches in transit, its tempo and
    its hamals: the insurers' premium receipts (browser, e-mail, printed at the divisional office: the insurer on top,
    the product line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT FOR PREMIUM, Name of insured /
    Policyholder / Insured, Policy No., Proposal / quote No., Sum insured, Period of insurance, Basic premium, an
    add-on (STFI and earthquake, terrorism, IMT 23, lives x rate), GST @ 18%, Premium paid (incl. GST) / Total premium
    collected / Amount received towards premium, Payment mode, Transaction ref. No. / Payment ID, UPI Ref No. / Bank
    Ref. No., Premium collection No. / Receipt No., Cheque No., Receipt date / Premium paid on / Collection date /
    Transaction date; Payment realised - policy schedule e-mailed / Premium credited / CHEQUE RECEIVED - COVER
    SUBJECT TO REALISATION / Payment declined - proposal not converted to policy)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng, font, f"{short} <noreply@{host}>", ["Premium receipt", "Premium payment acknowledgement"]
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Divisional Office, Station Road, Kolhapur", "Branch Office, Shahupuri, Kolhapur"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT FOR PREMIUM"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment realised - policy schedule e-mailed", "Premium credited"],
            "pending": ["CHEQUE RECEIVED - COVER SUBJECT TO REALISATION"],
            "failed": ["Payment declined - proposal not converted to policy"],
        },
    )
    wrap_pair(
        p, rng.choice(["Name of insured", "Policyholder", "Insured"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '48'])}/2026/{digits(rng, 4)}")
    p.pair("Proposal / quote No.", f"Q{digits(rng, 10)}")
    if "vehicle" in product or "Tata" in product:
        p.pair("Vehicle", f"MH-09-{rng.choice(['CU', 'EM', 'HG'])}-{digits(rng, 4)}")
        p.pair("IDV (sum insured)", rs(float(rng.randrange(350000, 900000, 1000))))
        basic = round(rng.uniform(9000, 21000), 2)
        addon = ("IMT 23 and PA owner-driver", round(rng.uniform(900, 2200), 2))
    elif "hamals" in product:
        lives = rng.randrange(8, 20)
        p.pair("Lives covered", f"{lives} hamals x Rs 5,00,000")
        basic = round(lives * rng.uniform(380, 520), 2)
        addon = ("Medical expenses extension", round(lives * 60.0, 2))
    elif "transit" in product:
        sent = float(rng.randrange(2500000, 9000000, 1000))
        if not j.no_day:
            p.pair("Declaration for", f"Dispatches in {j.month()}")
        p.pair("Value of dispatches declared", rs(sent))
        basic = round(sent * 0.0009, 2)
        addon = ("SRCC cover", round(sent * 0.00005, 2))
    else:
        insured = float(rng.randrange(1500000, 9000000, 10000))
        p.pair("Sum insured (stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0007, 0.0012), 2)
        addon = (rng.choice(["STFI and earthquake", "Terrorism cover"]), round(insured * 0.0001, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 4)}")
    p.pair("Basic premium", rs(basic))
    p.pair(addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = ["Premium paid (incl. GST)", "Total premium collected", "Amount received towards premium"]
    if status == "failed":
        labels = ["Total premium (incl. GST)", "Premium payable"]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method=way_method(way))
    if way == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if way != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{digits(rng, 10)}"
            p.pair(rng.choice(["Premium collection No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        ["Transaction date"]
        if status == "failed"
        else ["Receipt date", "Premium paid on", "Collection date"],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("PANCHGANGA GUL TRADERS LLP", "SHAHU MARKET YARD KOLHAPUR", "shop"),
    ("SHIVAJI AUTO FUELS", "NH 48 KAGAL ROAD, KOLHAPUR", "fuel"),
    ("PANCHGANGA GUL BHANDAR", "GUL MARKET, KOLHAPUR", "shop"),
    ("KOLHAPUR PACKING MATERIAL", "LAXMIPURI, KOLHAPUR", "packing"),
    ("SHREE TYRES & TUBES", "SHIROLI MIDC, KOLHAPUR", "tyres"),
    ("HOTEL RANKALA RESIDENCY", "RANKALA, KOLHAPUR", "hotel"),
    ("PANCHGANGA GUL TRADERS", "KOLHAPUR MH", "shop"),
    ("SHREE SAI PETROLEUM", "MARKET YARD, KOLHAPUR", "fuel"),
]
TERMINALS = [
    "HDFC BANK",
    "HPCL",
    "ICICI BANK",
    "PINE LABS",
    "AXIS BANK",
    "BANK OF MAHARASHTRA",
    "PAYTM EDC",
    "INDIANOIL",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the shop's terminals and the firm's card at a fuel station, a packing material shop, a tyre
    shop and the hotel where visiting buyers stay: terminal slips (monospace: the terminal's bank or brand on top on
    some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM: / TXN DATE:, MID:, TID:, BATCH
    NO:, TRACE NO:, INVOICE NO:, SALE, CARD:, a fuel sale's PRODUCT:, RATE/L:, QTY(L): and VEH NO:, a hotel's ROOM
    NO:, APPR CODE: / AUTH NO:, RRN: / RET REF NO:, TXN AMT: / SALE AMOUNT: / NET AMT:; APPROVED / TXN APPROVED /
    DECLINED - 51 INSUFFICIENT FUNDS / NO REPLY FROM HOST - CHECK STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=500, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 9000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2200, 9800, 0.5)
    elif kind in ("packing", "tyres"):
        j.amount = rupees(rng, 1200, 24000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
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
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INVOICE NO:", inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(90.5, 93.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("VEH NO:", rng.choice(["MH09 CU 4412", "MH09 EM 2087", "MH09 HG 7310"]))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 412)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["TXN AMT:", "SALE AMOUNT:", "NET AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO REPLY FROM HOST - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, phone, fibre and water bills


BILLERS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "Consumer No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Kolhapur Municipal Corporation - Water", "Kolhapur Municipal Corporation", "Connection No."),
]
BILL_APPS = ["MahaMobile Plus", "MSEDCL", "PhonePe", "Canara ai1", "MSEDCL", "Paytm", "Google Pay", "BHIM"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's, godown's and cold room's electricity (MSEDCL), the office fibre (BSNL Bharat Fibre), the
    partners' postpaid phones (Vi) and the shop's water (Kolhapur Municipal Corporation) through Bharat Connect in
    banking and UPI apps (the app on top, Biller / Service provider / Operator as printed, Consumer No. / Account ID /
    Mobile No. / Connection No., Customer name / Consumer name, Bill month and Due date on some, the sum large, Paid
    from Current A/c or UPI, BBPS Txn Ref No. / Bharat Connect Ref. No., UPI Ref No., Transaction ID on the failed
    one, Paid on / Transaction date & time; Bill paid / Payment successful / Awaiting confirmation from biller - do
    not pay again / Payment failed - debited amount will be reversed in 3-5 days) and MSEDCL's own payment receipt
    pages (the company on top with its Mahavitaran line, Consumer No., BU, Consumer name, Bill month, Amount paid,
    Payment mode, Transaction ID, Receipt No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=800, high=68000)
    which = [0, 0, 2, 3, 0, 0, 1, 0][k]
    short, long, idlab = BILLERS[which]
    if which in (1, 2):
        j.amount = rupees(rng, 499, 4200, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 600, 5200, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": digits(rng, 12),
        "Account ID": f"10{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Connection No.": f"KMC/W/{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MSEDCL":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPayBillReceipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Mahavitaran  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair("BU", rng.choice(["4505 - Kolhapur Urban", "4530 - Gokul Shirgaon"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MSE{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 10)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect in your account within 48 hours.")
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
            "pending": ["Awaiting confirmation from biller - do not pay again"],
            "failed": ["Payment failed - debited amount will be reversed in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2) else rng.choice(["Biller", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['MB', 'PP', 'GP', 'CN', 'PT'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["BBPS Txn Ref No.", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction date & time"] if status == "success" else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "DATTAKRUPA GUL UDYOG",
    "SANGLI ROADLINES",
    "WARNA COLD STORAGE P",
    "SANTOSH SHAMRAO KAMB",
    "SHREE DATTA PACKAGIN",
    "MSEDCL KOLHAPUR",
    "SAHYADRI CORRUGATED",
    "APMC KOLHAPUR",
]
SENDERS = {
    "Bank of Maharashtra": "AD-MAHABK",
    "Bank of India": "VM-BOIIND",
    "Canara Bank": "JD-CANBNK",
    "Kotak Mahindra Bank": "AX-KOTAKB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender AD-MAHABK / VM-BOIIND /
    JD-CANBNK / AX-KOTAKB, the day divider, each bank's own wording: "Your A/c XXXX1234 is debited INR x on <day>
    towards <way> to <payee>", "Rs.x debited from A/c XX1234 on <day> by <way> to <payee>", "An amount of INR x has
    been DEBITED to your account XXX1234 on <day> towards <way> transfer to <payee>", "Rs.x paid from Kotak Bank A/c
    X1234 on <day> to <payee> via <way>"; a transfer that "was RETURNED by the beneficiary bank" and one that "has
    been INITIATED and is awaiting credit confirmation") and two e-mail debit alerts (Debit amount / Amount (INR),
    Transferred to / Beneficiary name, Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date,
    Status: Debited successfully)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=900, high=650000)
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 900, 25000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 2000, 60000)
    elif k == 7:
        j.amount = rupees(rng, 1000, 40000)
    if k in (0, 6):
        bank = rng.choice(["Bank of Maharashtra", "Canara Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{'mahabank.co.in' if bank == 'Bank of Maharashtra' else 'canarabank.com'}>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, an amount has been debited from your current account as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debit amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred to", "Beneficiary name"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited successfully", status="success")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. Report unauthorised debits at once.")
        return p.done()
    bank = rng.choice(list(SENDERS))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else "NEFT"
    elif k in (3, 5, 7):
        way = "UPI" if j.amount < 100000 else "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Bank of Maharashtra":
            p.add("left", f"Your A/c XXXX{tail} is debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        elif bank == "Bank of India":
            p.add("left", f"Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add(
                "left",
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail}{on}",
                amount=j.amount,
            )
            p.add("left", f"towards {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Rs.{amt} paid from Kotak Bank A/c X{tail}{on}", amount=j.amount)
            p.add("left", f"to {to} via {way}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "was RETURNED by the beneficiary bank. Amount credited back to your A/c.",
            "pending": "has been INITIATED and is awaiting credit confirmation.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 3200000):,.2f}", status="success")
        p.add(
            "small", rng.choice(["Not done by you? Call 1800 233 4526", "If not you, call the bank at once"])
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

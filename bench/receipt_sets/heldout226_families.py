"""The twelve heldout226 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kannauj attar and rose-water distillery's day in 2026 in Uttar Pradesh
(Bhramar Attar Distillers Pvt Ltd, its deg-bhapka distillery, Bhramar Deg Bhapka Distillery, on Tirwa Road at
Sarai Meera, where the rose, kewra, khus and baked-earth charges are fired in copper degs and their vapour
drawn into sandalwood oil in the bhapkas, and its bottling and sales room, Bhramar Attar Kothi, in Itr Gali,
Bada Bazar), told by the proofs of payment it receives and makes: perfumers', sweet makers' and shoppers' UPI
screens and the sales room's Plural and PhonePe Payment Gateway pages, the Hyderabad, Kanpur, Delhi,
Bengaluru, Lucknow and Haridwar buyers' and the Central Cottage Industries Corporation's payment advices,
importers' inward wires from Jeddah, Dubai, Grasse, Kuwait, Kuala Lumpur, London, New York and Doha in Saudi
riyals, dirhams, euros, Kuwaiti dinars, ringgit, pounds, US dollars and Qatari riyals, the sales room's sale
memos and receipts, a season booking advance and the distillery's spent rose petals sold by the quintal as
manure, the Firozabad bottle maker's, the Farrukhabad coppersmith's, the Mysuru sandalwood oil distiller's,
the Kanpur gift box maker's and the Tirwa fuel wood depot's tax invoices, the corporate net-banking transfers
to the roadlines, the cargo movers, the testing laboratory, the kuppi maker, the broker, the sales room's
landlord, the pump mechanic and the design studio, the deg masters', bhapka attendants', rose pickers',
packers' and rose growers' groups' vouchers and their Open Money payouts, PhonePe and BHIM payments, Nagar
Palika Parishad Kannauj's, the Uttar Pradesh Pollution Control Board's, the Krishi Utpadan Mandi Samiti's,
FSSAI's, the Fragrance and Flavour Development Centre's, the Uttar Pradesh Fire and Emergency Services' and
the Ministry of Corporate Affairs' fee pages, the insurers' premium receipts, card terminal slips, DVVNL's
power and the broadband, gas, phone and DTH bills and the bank's SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, the invoices listed on an advice, vendor, supplier, MRN, gate entry, GR,
e-way bill, vehicle, licence, mandi licence, NOC, assessment, registration, CIN, application, samooh, policy,
proposal, cover note, consumer, contact, fund account and remitters' reference numbers, kilos, litres, grams,
tolas, quintals, degs, gross, rates, rate differences, leakage, breakage and wet flower cuts, purchase values,
advances, TDS, GST, shulk and cess lines, INR values on the wires, rates of conversion, sums insured, IDV,
limits and wages declared, bill months and bill days, periods, due days, shipping bill days, financial years,
GSTIN, IFSC, UETR, MID, TID, batch and STAN numbers, expiry, aliases, who initiated and who approved and the
payer's own details carry no fact. ``Screen`` is heldout113's; the page frames (``browser_page``,
``mail_page``, ``paper_page``, ``phone_page``, ``slip_page``) heldout140's; ``outcome`` heldout119's; ``top``
heldout122's; ``fits``, ``place`` and ``fresh`` heldout123's; ``outcome_row`` heldout126's; ``wrap_pair``
heldout127's; ``seal`` heldout129's; ``money`` and ``masked`` heldout118's; ``fx`` and ``right`` heldout152's;
``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Bhramar Attar Distillers Pvt Ltd"
COMPANY_CAPS = "BHRAMAR ATTAR DISTILLERS PVT LTD"
SHORT = "Bhramar Attar"
DISTILLERY = "Bhramar Deg Bhapka Distillery"
KOTHI = "Bhramar Attar Kothi"
# unit, address, GST state code
UNITS = [
    ("Deg-bhapka distillery", "Tirwa Road, Sarai Meera, Kannauj - 209727, Uttar Pradesh", "09"),
    ("Bottling and sales room", "Itr Gali, Bada Bazar, Kannauj - 209725, Uttar Pradesh", "09"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "Punjab National Bank",
    "Canara Bank",
    "Union Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Uttar Pradesh Gramin Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Uttar Pradesh Gramin Bank": "BARB",
}
DOMAINS = {
    "State Bank of India": "sbi.co.in",
    "Bank of Baroda": "bankofbaroda.co.in",
    "Punjab National Bank": "pnb.co.in",
    "Canara Bank": "canarabank.com",
    "Union Bank of India": "unionbankofindia.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Uttar Pradesh Gramin Bank": "upgb.in",
}
# what the distillery sells: its line, the unit it is sold by, the price per unit (low, high), the quantity
# (low, high) a trader takes
PRODUCTS = {
    "gulab": ("Attar Gulab - sandal base", "kg", 38000, 72000, 0.5, 6),
    "mitti": ("Itr-e-Mitti (baked earth)", "kg", 16000, 34000, 2, 12),
    "shamama": ("Attar Shamama", "kg", 42000, 85000, 0.5, 5),
    "hina": ("Attar Hina", "kg", 30000, 60000, 0.5, 6),
    "khus": ("Attar Khus (vetiver)", "kg", 26000, 52000, 1, 8),
    "rosewater": ("Gulab jal (rose water)", "ltr", 90, 240, 150, 2400),
    "kewra": ("Kewra jal (kewda water)", "ltr", 110, 260, 150, 2000),
    "ruh": ("Ruh Gulab (rose otto)", "g", 900, 1600, 20, 180),
}
# the sales room's price per tola (11.66 g) of its attars
TOLA = {
    "Attar Gulab": (450, 900),
    "Attar Shamama": (500, 1000),
    "Attar Hina": (350, 700),
    "Itr-e-Mitti": (200, 450),
    "Attar Khus": (300, 600),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Recipient / Name of buyer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI
    reference."""
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


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def measure(rng: random.Random, unit: str, low: float, high: float) -> tuple[float, str]:
    """A quantity and its print: kilos to three places (or whole and half kilos), whole litres, whole
    grams."""
    if unit == "kg":
        if rng.random() < 0.3:
            q = rng.randrange(int(low * 2), int(high * 2) + 1) / 2
        else:
            q = round(rng.uniform(low, high), 3)
        return q, f"{q:.3f} kg"
    if unit == "ltr":
        q = float(rng.randrange(int(low) // 10, int(high) // 10 + 1) * 10)
        return q, f"{q:,.0f} ltr"
    q = float(rng.randrange(int(low), int(high) + 1))
    return q, f"{q:.0f} g"


def quintals(rng: random.Random, low: float, high: float) -> float:
    """A weighment in quintals: two places on most, whole or half on some."""
    if rng.random() < 0.3:
        return rng.randrange(int(low * 2), int(high * 2)) / 2
    return round(rng.uniform(low, high), 2)


# ---------------------------------------------------------------- 1. buyers: UPI screens and payment pages


BUYER_APPS = ["Google Pay", "PhonePe", "Plural", "bob World", "Paytm", "iMobile Pay", "PhonePe PG", "Groww"]
SHOP_NOTES = [
    "Attar Gulab 2 tola",
    "Gulab jal 20 ltr",
    "Kewra for mithai",
    "Mitti attar 6 ml x 12",
    "Shamama 1 tola",
    "Rose water 5 carboys",
    "Hina attar sample",
    "Khus 3 tola",
]
PAGE_ORDERS = [
    ("Nakhas Ittar House, Lucknow", "Attar Shamama 2 kg - advance"),
    ("Gulzar Houz Perfumers, Hyderabad", "Ruh Gulab 50 g and Attar Gulab 1 kg"),
    ("Hotel Awadh Residency, Lucknow", "Rose water and kewra - banquet season"),
    ("Mithaas Sweets & Namkeen, Lucknow", "Kewra jal and gulab jal - Diwali order"),
]
BUYER_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "bob World": ["UPI RRN", "UTR No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "iMobile Pay": ["UPI Ref No.", "UTR"],
    "Groww": ["UTR", "UPI Ref No"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Kannauj's and Lucknow's perfumers, sweet makers, shoppers and a Hyderabad attar house paying the sales
    room: six UPI app screens (Google Pay, PhonePe, bob World, Paytm, iMobile Pay, Groww: the sales room, its
    capitals, the company's capitals or its short name under Paid to / To / Sent to / You paid / Paying to,
    its UPI ID, a Registered name / Account holder line on some, the sum large (above or below the payee), a
    note, UTR / UPI Ref. No. / UPI Reference No. / UPI transaction ID / UPI RRN / UTR No. / UPI Ref No. / UPI
    Ref No, PhonePe's, Paytm's, bob World's and iMobile Pay's own Transaction ID, Groww's Groww txn ID and
    Google Pay's Google transaction ID on some, Debited from / From / Paid from / Bank account, Date & time /
    Paid on / Completed on / Initiated on; Payment successful / Paid successfully / Your payment went through,
    Payment under process - we will update the status within 30 minutes, do not pay again / Payment failed -
    you have crossed the daily UPI limit of your bank) and the sales room's two payment pages (Plural by Pine
    Labs, PhonePe Payment Gateway: the sum large first, the sales room or the company on top, Billed to /
    Payer / Customer name, Item / Order note / Payment for, Paid using / Payment method, Plural's Transaction
    ID, Merchant order ref. and Bank RRN or Approval code, PhonePe Payment Gateway's PhonePe transaction ID,
    Merchant transaction ID and UTR or Auth code, Paid on / Payment date / Transaction date; Payment
    successful / Payment captured successfully / Thank you - we have received your payment)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=250, high=42000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Plural", "PhonePe PG"):
        j.amount = rupees(rng, 9000, 185000, 0.6)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([KOTHI, COMPANY, SHORT])
        url = (
            f"checkout.pluralonline.com/v2/pay/{code(rng, 14, ALNUM + LOWER)}"
            if app == "Plural"
            else f"mercury.phonepe.com/transact/pg?token={code(rng, 12, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Attars, rose water and kewra - distilled in copper degs", "Itr Gali, Bada Bazar, Kannauj"]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful",
                    "Payment captured successfully",
                    "Thank you - we have received your payment",
                ]
            },
        )
        p.add("left", rng.choice(["Order details", "Payment details"]))
        wrap_pair(p, rng.choice(["Billed to", "Payer", "Customer name"]), who)
        wrap_pair(p, rng.choice(["Item", "Order note", "Payment for"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Paid using", "Payment method"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Plural":
                pid = f"PLR{digits(rng, 14)}"
                p.pair("Transaction ID", pid, txn=(TXN_RANK, pid))
                oid = f"BAK-{j.date:%y%m}-{digits(rng, 5)}"
                p.pair("Merchant order ref.", oid, txn=(ORDER_RANK, oid))
            else:
                pid = f"T{j.date:%y%m%d}{digits(rng, 14)}"
                wrap_pair(p, "PhonePe transaction ID", pid, txn=(TXN_RANK, pid))
                oid = f"BAKPG{digits(rng, 9)}"
                p.pair("Merchant transaction ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Plural" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Approval code" if app == "Plural" else "Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add(
            "small", "Powered by Plural - Pine Labs" if app == "Plural" else "Payments secured by PhonePe PG"
        )
        return p.done()
    to = rng.choice([KOTHI, KOTHI.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"bhramarattar{rng.choice(['', '.knj', '1'])}@{rng.choice(['barodampay', 'ybl', 'okicici', 'paytm'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Your payment went through"],
            "pending": [
                "Payment under process - we will update the status within 30 minutes, do not pay again"
            ],
            "failed": ["Payment failed - you have crossed the daily UPI limit of your bank"],
        },
    )
    first = rng.random() < 0.5
    if first:
        p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(["Paid to", "To", "Sent to", "You paid"] if status == "success" else ["To", "Paying to"]),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "bob World", "iMobile Pay", "Groww") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Registered name', 'Account holder'])}: {COMPANY_CAPS}")
    if not first:
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "bob World", "iMobile Pay", "Groww") and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Paytm": ("Transaction ID", digits(rng, 20)),
                "bob World": ("Transaction ID", f"BW{digits(rng, 16)}"),
                "iMobile Pay": ("Transaction ID", f"IMP{digits(rng, 13)}"),
                "Groww": ("Groww txn ID", f"GRW{code(rng, 12, ALNUM)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from", "Bank account"]
            if status == "success"
            else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    p.pair(rng.choice(["Note", "Message", "Purpose"]), rng.choice(SHOP_NOTES))
    p.part = "foot"
    p.add(
        "small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Having trouble? Contact support"])
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' and CCIC's payment advices


# payer, its mail, its desk's town, what it buys, the frame
PAYERS = [
    ("Gulzar Houz Attar Traders", "accounts@gulzarhouzattar.in", "Gulzar Houz, Hyderabad", "gulab", "mail"),
    (
        "Sangam Flavours & Fragrances Pvt Ltd",
        "payables@sangamflavours.in",
        "Fazalganj, Kanpur",
        "kewra",
        "paper",
    ),
    (
        "The Central Cottage Industries Corporation of India Ltd",
        "finance@cottageemporium.in",
        "Janpath, New Delhi",
        "ruh",
        "portal",
    ),
    ("Dariba Kalan Itr House", "daribaitrhouse@gmail.com", "Dariba Kalan, Delhi", "shamama", "mail"),
    (
        "Lakshmi Agarbatti Works Pvt Ltd",
        "vendorpay@lakshmiagarbatti.com",
        "Peenya, Bengaluru",
        "mitti",
        "portal",
    ),
    ("Chowk Ittar Bhandar", "chowkittar@gmail.com", "Chowk, Lucknow", "hina", "paper"),
    ("Aarogya Ayurved Pharmacy Ltd", "ap@aarogyaayurved.in", "Jwalapur, Haridwar", "rosewater", "mail"),
    (
        "Mithaas Sweets & Namkeen Pvt Ltd",
        "accounts@mithaas.co.in",
        "Aminabad, Lucknow",
        "kewra",
        "portal",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Hyderabad attar trader, a Kanpur flavour house, a Delhi itr house, a Bengaluru agarbatti maker, a
    Lucknow ittar shop, a Haridwar Ayurvedic pharmacy, a Lucknow sweets chain and the Central Cottage
    Industries Corporation paying for the attars, the rose otto, the rose water and the kewra the company sent
    them: a payment advice e-mail, a printed PAYMENT ADVICE - VENDOR / ADVICE OF PAYMENT TO SUPPLIER / Vendor
    remittance intimation and a vendor portal page (the payer on top with its desk line, the status and the
    day first, Remittance advice No. / Payment advice No., Payment in favour of / Supplier (beneficiary) /
    Remitted to supplier the company, Vendor No. / Supplier ID, MRN No. or Gate entry No. (no fact), the
    company's invoices with their kilos, litres or grams and sums, Invoice value total / Gross amount due,
    Less: TDS u/s 194Q @ 0.1%, Less: Rate difference - GC report, n kg @ rate / Less: Leakage in transit - n
    ltr @ rate / Less: Breakage - n bottles @ rate on some, Net amount remitted / Amount paid (net) / Net
    payment released (Net amount (on hold) on the hold, Net amount (returned) / Net amount on the return),
    Paid via / Payment mode NEFT / RTGS / IMPS, Your bank A/c, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No.,
    Payment date / Value date / Paid on / Advice date / Withheld on / Returned on / Rejected on; Status: Paid
    - funds sent to your account / Payment credited to supplier's account / Payment withheld - GC test report
    of the lot awaited / Payment rejected by beneficiary bank - account number invalid)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Remittance to {SHORT}", "Vendor payment - intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    name = buyer
    if k == 2 and rng.random() < 0.5:
        name = "CCIC - Central Cottage Industries Emporium"
    top(p, name.upper() if frame == "paper" and rng.random() < 0.5 else name)
    p.add(
        "small", f"{rng.choice(['Accounts Payable', 'Purchase - Perfumery', 'Finance & Accounts'])}, {desk}"
    )
    p.add(
        "center",
        rng.choice(
            ["PAYMENT ADVICE - VENDOR", "ADVICE OF PAYMENT TO SUPPLIER", "Vendor remittance intimation"]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Paid - funds sent to your account",
                "Payment credited to supplier's account",
            ],
            "pending": ["Payment withheld - GC test report of the lot awaited"],
            "failed": ["Payment rejected by beneficiary bank - account number invalid"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Paid on"],
            "pending": ["Advice date", "Withheld on"],
            "failed": ["Returned on", "Rejected on"],
        }[status],
        PATS_IN,
    )
    if not j.no_ref:
        doc = f"{rng.choice(['RA', 'PAV', '26'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Remittance advice No.", "Payment advice No."]), doc, txn=(INVOICE_RANK, doc))
    payee = ours(rng)
    labels = ["Payment in favour of", "Supplier (beneficiary)"] + (
        ["Remitted to supplier"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(rng.choice(["Vendor No.", "Supplier ID"]), f"{rng.choice(['V', 'UP', 'KNJ'])}{digits(rng, 6)}")
    if rng.random() < 0.5:
        p.pair("MRN No.", f"MRN/{fy(j.date)}/{digits(rng, 5)}")
    else:
        p.pair("Gate entry No.", f"GE{digits(rng, 6)}")
    p.add("left", rng.choice(["Invoices settled", "Against your invoices", "Bills adjusted"]))
    item, unit, lo, hi, qlo, qhi = PRODUCTS[kind]
    gross = 0.0
    total_q = 0.0
    rate = float(rng.randrange(lo, hi, 10))
    for _ in range(rng.randrange(1, 4)):
        q, shown = measure(rng, unit, qlo, qhi)
        total_q += q
        value = round(q * rate, 2)
        gross += value
        p.pair(f"BAD/{fy(j.date)}/{rng.randrange(1, 999):04d}  {shown}", rs(value))
    gross = round(gross, 2)
    total_q = round(total_q, 3)
    p.pair(rng.choice(["Invoice value total", "Gross amount due"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.35 and unit in ("kg", "g"):
        diff = float(rng.randrange(800, 3200, 50)) if unit == "kg" else float(rng.randrange(40, 120))
        cut = round(total_q * diff, 2)
        p.pair(f"Less: Rate difference - GC report, {total_q:g} {unit} @ {diff:.2f}", rs(cut))
    elif pick < 0.35:
        ltr = rng.randrange(5, 60)
        cut = round(ltr * rate, 2)
        p.pair(f"Less: Leakage in transit - {ltr} ltr @ {rate:.2f}", rs(cut))
    elif pick < 0.55:
        bottles = rng.randrange(2, 14)
        per = float(rng.choice([45, 60, 85, 120]))
        cut = bottles * per
        p.pair(f"Less: Breakage - {bottles} bottles @ {per:.2f}", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount remitted", "Amount paid (net)", "Net payment released"],
        "pending": ["Net amount (on hold)"],
        "failed": ["Net amount (returned)", "Net amount"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Paid via", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, "Your bank A/c", account(rng, BANKS[:4]))
    if not j.no_ref and status == "success":
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), way)
        lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[way]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    p.part = "foot"
    p.add("small", "Please acknowledge receipt. Queries to our accounts payable desk within 10 days.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Dar Al Oud Trading Est.", "Jeddah, Saudi Arabia", "SAR", "The Saudi National Bank", 6000, 150000),
    ("Bayt Al Musk Perfumes LLC", "Deira, Dubai, UAE", "AED", "Mashreq Bank PSC", 6000, 150000),
    (
        "Parfums de la Siagne SARL",
        "Grasse, France",
        "EUR",
        "Credit Agricole Provence Cote d'Azur",
        2000,
        60000,
    ),
    (
        "Souq Al Mubarakiya Perfumes Co",
        "Kuwait City, Kuwait",
        "KWD",
        "National Bank of Kuwait SAKP",
        500,
        14000,
    ),
    ("Kasturi Wangian Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", "Malayan Banking Berhad", 5000, 160000),
    ("Whitechapel Attar House Ltd", "London, United Kingdom", "GBP", "HSBC UK Bank plc", 1500, 45000),
    ("Jackson Heights Fragrance Imports Inc", "Queens, New York, USA", "USD", "Citibank NA", 2000, 70000),
    ("Al Sadd Oud & Attar WLL", "Doha, Qatar", "QAR", "Qatar National Bank QPSC", 6000, 150000),
]
WIRE_BANKS = [
    ("State Bank of India", "mail"),
    ("Bank of Baroda", "paper"),
    ("HDFC Bank", "browser"),
    ("Canara Bank", "paper"),
    ("ICICI Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Punjab National Bank", "browser"),
    ("Union Bank of India", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "GBP": (108.2, 113.4),
    "AED": (23.2, 24.2),
    "SAR": (22.7, 23.6),
    "QAR": (23.4, 24.3),
    "KWD": (277.5, 289.5),
    "MYR": (18.9, 20.4),
}
SHIPPED = [
    "Attar Gulab on sandal base - 12 kg (HSN 3301)",
    "Ruh Gulab (rose otto) - 400 g (HSN 3301)",
    "Rose water, double distilled - 60 carboys",
    "Itr-e-Mitti and Attar Hina - 24 kg",
    "Kewra water - 40 carboys (HSN 3301)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; riyals and dirhams by
    their code before or after the figure; ringgit by RM or its code; Kuwaiti dinars by KWD or KD with three
    places."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])

        def show_kwd(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return show_kwd
    mark = rng.choice(["RM ", "MYR "]) if cur == "MYR" else f"{cur} "
    after = cur != "MYR" and rng.random() < 0.35

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Saudi Arabia, the Emirates, France, Kuwait, Malaysia, Britain, the US and Qatar paying for
    rose attar, rose otto, rose and kewra water and baked-earth attar: the banks' inward remittance advices
    (browser, e-mail, printed INWARD REMITTANCE ADVICE - EXPORT RECEIPT / Foreign currency inflow - credit
    advice / Advice of inward SWIFT transfer: the bank on top with its forex desk, the status and the foreign
    sum first, Instructed amount / Amount in FCY / Inward amount (FCY) in SAR, AED, EUR, KWD (three places),
    MYR (RM), GBP, USD or QAR, Beneficiary name / In favour of (exporter) / Beneficiary account holder the
    company, Beneficiary A/c, Remitter / Originator / Sender (importer), Remitting bank / Originator's bank,
    Intermediary bank on some, Charges borne by, Conversion rate (per 1 unit), Rupee equivalent / Converted
    amount (INR), Less: Inward processing fee incl. GST, Credited to account (INR), Purpose code, Goods,
    Export invoice No., Shipping bill No. and Shipping bill date, Mode, Remitter's reference, IRM reference /
    Inward ref. No. / IRM No., UETR, Value date / Credit date / Realised on / Received on / Held since /
    Returned on / Sent back on; Credited - proceeds realised and IRM generated / Status: Funds applied to
    exporter's account / Pending credit - documents against the remittance to be submitted at the branch /
    Sent back to remitter - beneficiary's account is closed)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeservices@{slug(bank)}>",
            ["Inward remittance - credit advice", "Export receipt credited", "Foreign inflow advice"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Business Unit, Mall Road, Kanpur",
                "Trade Finance Cell, Civil Lines, Kanpur",
                "AD Category-I Branch, G.T. Road, Kannauj",
                "Centralised Trade Processing Centre, Lucknow",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT RECEIPT",
                "Foreign currency inflow - credit advice",
                "Advice of inward SWIFT transfer",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Credited - proceeds realised and IRM generated",
                "Status: Funds applied to exporter's account",
            ],
            "pending": ["Pending credit - documents against the remittance to be submitted at the branch"],
            "failed": ["Sent back to remitter - beneficiary's account is closed"],
        },
    )
    p.pair(
        rng.choice(["Instructed amount", "Amount in FCY", "Inward amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "In favour of (exporter)", "Beneficiary account holder"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Originator", "Sender (importer)"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Originator's bank"]), pbank)
    if cur not in ("USD",) and rng.random() < 0.4:
        wrap_pair(p, "Intermediary bank", rng.choice(["Citibank NA, New York", "JPMorgan Chase Bank NA"]))
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["Rupee equivalent", "Converted amount (INR)"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Inward processing fee incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Credited to account (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"BAD/EXP/{rng.randrange(1, 90):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 45), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT - customer transfer (MT103)"]), method="netbanking")
    p.pair("Remitter's reference", f"{code(rng, 4, UPPER)}{digits(rng, 7)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM reference", "Inward ref. No.", "IRM No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Realised on"],
            "pending": ["Received on", "Held since"],
            "failed": ["Returned on", "Sent back on"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add("small", "The IRM is reported to EDPMS; match it against the shipping bill to close the export.")
    return p.done()


# ---------------------------------------------------------------- 4. the sales room's and distillery's memos


# the party, the way it paid, the unit (the sales room, the distillery or the accounts desk's mail), its goods
SALES = [
    ("Haji Anwar Perfumers, Dargah Bazar, Ajmer", "cash", "kothi", "gulab"),
    ("Meera Sweets, Tirwa", "UPI", "kothi", "rosewater"),
    ("Lakshmi Agarbatti Works, Bengaluru", "NEFT", "mail", "mitti"),
    ("Pt. Ramakant Shukla, Farrukhabad", "card", "kothi", "gift"),
    ("Nakhas Ittar House, Lucknow", "cheque", "kothi", "shamama"),
    ("Ms. Farah Naqvi, Kanpur", "UPI", "mail", "tola"),
    ("Saurikh Jaivik Khad Bhandar", "cash", "deg", "spent"),
    ("Chhibramau Pooja Bhandar", "cheque", "kothi", "kewra"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The sales room's own SALE MEMO / RECEIPT - SALES ROOM to an Ajmer perfumer, a sweet shop, a wedding
    party, a Lucknow ittar house and a pooja store, the distillery's RECEIPT - SPENT FLOWER (KHAD) SALE / SALE
    RECEIPT - DISTILLERY for the spent rose petals sold by the quintal to a manure dealer (paper: the sales
    room, the distillery or the company on top with its line, address and GSTIN; Receipt No. / Sale memo No. /
    Rasid No., Date / Dt. / Receipt date, Received from / Sold to / Customer (M/s) (no fact), the kilos,
    litres, gift boxes, tolas or quintals x rate, GST @ 18% on the gift boxes and the tolas, Memo total / Net
    bill / Total, Cash received / Received in cash (counter) / Received by UPI / UPI collection / Card swipe
    (POS) received / Paid by card (POS) / Cheque amount / Cheque received for, Mode, UPI Ref. No. / Approval
    code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - GOODS HANDED OVER /
    RECEIVED - KHAD LIFTED FROM DISTILLERY / ADVANCE RECEIVED - SEASON LOT BOOKED / CHEQUE IN CLEARING - DRUM
    HELD AT KOTHI / CHEQUE DISHONOURED - ACCOUNT CLOSED, ATTAR NOT RELEASED, the rubber stamp) and two of the
    accounts desk's acknowledgement e-mails (a season booking's Advance received / Booking advance received
    with the Balance due / Balance on delivery of the season's lot and UTR, an online tola order's UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@bhramarattar.in>",
            ["We have received your payment", "Payment receipt", "Receipt - thank you"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Bottling and sales room, Itr Gali, Bada Bazar, Kannauj  |  Accounts desk")
        p.add("center", "Acknowledgement of payment")
        p.add("rule")
        p.part = "body"
    else:
        deg = unit == "deg"
        me = rng.choice([DISTILLERY, DISTILLERY.upper()] if deg else [KOTHI, KOTHI.upper(), COMPANY])
        where = UNITS[0] if deg else UNITS[1]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Attars | Rose water | Kewra - bottling and sales room",
            where[1],
            where[2],
            ["RECEIPT - SPENT FLOWER (KHAD) SALE", "SALE RECEIPT - DISTILLERY"]
            if deg
            else ["SALE MEMO", "RECEIPT - SALES ROOM"],
        )
    date_row(p, j, ["Date", "Dt.", "Receipt date"], PATS_IN)
    if not j.no_ref:
        rno = f"{rng.choice(['BAK', 'SM', 'RS'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Sale memo No.", "Rasid No."]), rno, txn=(INVOICE_RANK, rno))
    wrap_pair(p, rng.choice(["Received from", "Sold to", "Customer (M/s)"]), party)
    advance = k == 2
    if kind == "gift":
        boxes = rng.randrange(20, 160)
        rate = float(rng.randrange(450, 1250, 10))
        base = round(boxes * rate, 2)
        p.pair(f"Attar gift box (6 x 6 ml)  {boxes} x {rate:.2f}", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        bill = round(base + gst, 2)
    elif kind == "tola":
        base = 0.0
        for name in rng.sample(sorted(TOLA), rng.randrange(1, 4)):
            tolas = rng.randrange(1, 9)
            rate = float(rng.randrange(*TOLA[name], 10))
            value = round(tolas * rate, 2)
            base += value
            p.pair(f"{name}  {tolas} tola x {rate:,.2f}", rs(value))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        bill = round(base + gst, 2)
    elif kind == "spent":
        qtl = quintals(rng, 6, 40)
        rate = float(rng.randrange(400, 900, 10))
        bill = round(qtl * rate, 2)
        p.add("left", "Spent rose petals (khad), sun dried")
        p.pair(f"  {qtl:.2f} qtl x {rate:,.2f}", rs(bill))
    else:
        item, unit_of, lo, hi, qlo, qhi = PRODUCTS[kind]
        if advance:
            qlo, qhi = 40, 120
        elif kind == "gulab":
            qhi = 2.5
        elif kind == "rosewater":
            qhi = 300
        q, shown = measure(rng, unit_of, qlo, qhi)
        rate = float(rng.randrange(lo, hi, 10))
        bill = round(q * rate, 2)
        p.add("left", item)
        p.pair(f"  {shown} x {rate:,.2f}", rs(bill))
    p.pair(rng.choice(["Memo total", "Net bill", "Total"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received for"])
    elif advance:
        lab = rng.choice(["Advance received", "Booking advance received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash (counter)"]),
            "UPI": rng.choice(["Received by UPI", "UPI collection"]),
            "card": rng.choice(["Card swipe (POS) received", "Paid by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(
            rng.choice(["Balance due", "Balance on delivery of the season's lot"]),
            rs(round(bill - j.amount, 2)),
        )
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "spent":
        words.append("RECEIVED - KHAD LIFTED FROM DISTILLERY")
    elif advance:
        words.append("ADVANCE RECEIVED - SEASON LOT BOOKED")
    else:
        words.append("RECEIVED - GOODS HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE IN CLEARING - DRUM HELD AT KOTHI",
        "failed": "CHEQUE DISHONOURED - ACCOUNT CLOSED, ATTAR NOT RELEASED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Attar once filled is not taken back. Cheques are subject to realisation.")
    if unit != "mail":
        right(p, f"For {SHORT} - Munim")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "BHRAMAR DEG DISTILLERY" if unit == "deg" else "BHRAMAR ATTAR KOTHI",
            "SARAI MEERA, KANNAUJ" if unit == "deg" else "BADA BAZAR, KANNAUJ",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. bottle, deg, oil, box and fuel invoices


SUPPLIERS = [
    (
        "Firozabad Glass Vials & Bottles",
        "Attar bottles | Crystal vials | Roll-on bottles",
        "Station Road, Firozabad - 283203, Uttar Pradesh",
        "09",
        "FGV",
    ),
    (
        "Farrukhabad Tamra Bartan Udyog",
        "Copper degs | Bhapkas | Tinning and repair",
        "Kaimganj Road, Farrukhabad - 209625, Uttar Pradesh",
        "09",
        "FTB",
    ),
    (
        "Mysuru Sandal Oils & Aromatics",
        "East Indian sandalwood oil | Base oils for attar",
        "Hebbal Industrial Area, Mysuru - 570016, Karnataka",
        "29",
        "MSO",
    ),
    (
        "Kanpur Gift Box & Cartons",
        "Rigid gift boxes | Corrugated cartons | Labels",
        "Dada Nagar, Kanpur - 208022, Uttar Pradesh",
        "09",
        "KGB",
    ),
    (
        "Tirwa Fuel Wood Depot",
        "Dry babool wood | Cow dung cakes | Charcoal",
        "Mandi Road, Tirwa, Kannauj - 209732, Uttar Pradesh",
        "09",
        "TFW",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "FGV": [
        ("Crystal attar bottle 6 ml (cut glass)", "7013", "pcs", 14, 32, 18, 500, 6000),
        ("Glass roll-on vial 8 ml", "7010", "pcs", 4.5, 8, 18, 2000, 20000),
        ("Amber glass bottle 100 ml", "7010", "pcs", 9, 16, 18, 500, 5000),
    ],
    "FTB": [
        ("Copper deg - 60 kg charge", "7418", "nos", 38000, 62000, 18, 1, 3),
        ("Copper bhapka (receiver) 16 ltr", "7418", "nos", 9500, 16000, 18, 1, 5),
        ("Deg tinning and repair", "998717", "job", 1800, 6500, 18, 1, 6),
    ],
    "MSO": [
        ("East Indian sandalwood oil", "3301", "kg", 145000, 235000, 18, 1, 6),
        ("Dipropylene glycol (base)", "2909", "kg", 210, 320, 18, 20, 120),
    ],
    "KGB": [
        ("Rigid gift box (6 bottles)", "4819", "pcs", 38, 72, 18, 300, 3000),
        ("Corrugated carton 5-ply", "4819", "pcs", 42, 68, 18, 100, 800),
        ("Printed label roll", "4821", "rolls", 650, 1100, 18, 5, 40),
    ],
    "TFW": [
        ("Dry babool wood", "4401", "qtl", 550, 820, 5, 20, 120),
        ("Cow dung cakes (upla)", "4401", "qtl", 300, 480, 5, 5, 40),
    ],
}
# the transporter's GR (goods receipt) series by the supplier's town
GR_HEAD = {"FGV": "FZB", "FTB": "FKB", "MSO": "MYS", "KGB": "KNP", "TFW": "TRW"}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 2, 0, 3]
SUPPLY_WAYS = ["NEFT", "UPI", "-", "NEFT", "UPI", "RTGS", "-", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Firozabad bottle maker, the Farrukhabad coppersmith, the Mysuru sandalwood oil distiller, the
    Kanpur gift box maker and the Tirwa fuel wood depot billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE / TAX INVOICE CUM DELIVERY CHALLAN / GST INVOICE (B2B), Invoice No. /
    Tax Invoice No. / Bill No., Invoice date / Dated / Date, Billed to / Recipient / Name of buyer the
    company, Dispatched to the distillery or the sales room, Place of supply, E-way bill No., GR No. or
    Vehicle No., the bottles, vials, degs, bhapkas, tinning, sandalwood oil, base, gift boxes, cartons,
    labels, wood or cow dung cakes with HSN or SAC, pieces, nos, jobs, kg, rolls or quintals x rate, Taxable
    value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance against PO and Balance
    received by NEFT / RTGS on some, else Amount realised by NEFT / RTGS / Received by NEFT / RTGS / Payment
    received via UPI / UPI payment received with UTR / UTR No. / UPI Ref. No. / UPI transaction ID, or Cheque
    received / Cheque amount with Cheque No.; PAID / PAID BY NEFT / RTGS / UPI / PAID - NOTHING DUE ON THIS
    BILL / CHEQUE PRESENTED - RECEIPT VALID AFTER CLEARANCE / CHEQUE RETURNED - STALE INSTRUMENT, BILL STILL
    DUE, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE CUM DELIVERY CHALLAN", "GST INVOICE (B2B)"]
    )
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    ours_to(p, ["Billed to", "Recipient", "Name of buyer"])
    wrap_pair(
        p,
        "Dispatched to",
        f"{KOTHI}, Bada Bazar" if tag in ("FGV", "KGB") else f"{DISTILLERY}, Sarai Meera",
    )
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    if tag == "TFW":
        p.pair("Vehicle No.", f"UP-74-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("GR No.", f"{GR_HEAD[tag]}/{digits(rng, 5)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi + 1)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "09")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -2))
        p.pair("Less: Advance against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Payment received via UPI", "UPI payment received"])
        else:
            lab = rng.choice([f"Amount realised by {way}", f"Received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAID - NOTHING DUE ON THIS BILL"]),
        "pending": "CHEQUE PRESENTED - RECEIPT VALID AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED - STALE INSTRUMENT, BILL STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. roadlines, lab and others by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Kannauj Golden Roadlines", "Freight Kannauj-Delhi - 14 carboys rose water", 9000, 45000),
    ("Shri Balaji Cargo Movers", "Freight Kannauj-Mumbai - attar drums", 18000, 70000),
    ("Kanpur Analytical Laboratories Pvt Ltd", "GC-MS analysis of 9 attar lots", 8000, 48000),
    ("Mohd. Islam Kuppisaz", "Camel leather kuppis - 40 nos", 12000, 60000),
    ("Ganga Aroma Brokers", "Brokerage on Hyderabad attar sales", 9000, 65000),
    ("Rajiv Kumar Mishra", "Rent - sales room, Bada Bazar, 2 months", 30000, 70000),
    ("Shivam Boring & Pump Works", "Submersible pump - distillery water tank", 15000, 60000),
    ("Design Kuteer Studio LLP", "Label and gift box artwork - Diwali range", 20000, 120000),
]
CORP_PORTALS = [
    (
        "Union Bank Corporate Internet Banking",
        "Union Bank of India",
        "corporate.unionbankonline.co.in/payments/view",
    ),
    (
        "Canara Bank Corporate Internet Banking",
        "Canara Bank",
        "corporate.canarabank.in/payments/enquiry",
    ),
    (
        "UPGB Corporate Net Banking",
        "Uttar Pradesh Gramin Bank",
        "corpnet.upgb.in/fundtransfer/status",
    ),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its roadlines, the cargo movers, the Kanpur testing laboratory, the kuppi maker, its
    Hyderabad broker, the sales room's landlord, the pump mechanic and the design studio: corporate net
    banking's transaction pages (Union Bank Corporate Internet Banking, Canara Bank Corporate Internet
    Banking, UPGB Corporate Net Banking: the portal on top and the bank's line, the status, the references
    first, Beneficiary name / Counterparty name / Transfer to (beneficiary), Payee alias, Beneficiary A/c and
    IFSC, From account the company, Payment amount / Remittance amount (INR) / Transfer amount, Payment mode /
    Transfer type NEFT / RTGS / IMPS, Remarks / Narration, UTR / UTR No. / IMPS Ref No., Core banking ref. No.
    / Bank reference No., Initiated by / Approved by, Value date / Transaction date / Completed on / Created
    on / Keyed on / Returned on / Failed on; Transfer executed - funds credited to payee / Status: Funds
    transferred / Awaiting release - second authoriser to approve / Unsuccessful - credit returned, IFSC and
    account do not match)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payments', 'Transaction status'])}")
    p.add("center", rng.choice(["Payment details", "Transfer status", "Transaction enquiry - detail view"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transfer executed - funds credited to payee", "Status: Funds transferred"],
            "pending": ["Awaiting release - second authoriser to approve"],
            "failed": ["Unsuccessful - credit returned, IFSC and account do not match"],
        },
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if not j.no_ref:
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Core banking ref. No.", "Bank reference No."]), tr, txn=(BANK_RANK, tr))
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Counterparty name", "Transfer to (beneficiary)"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Payee alias", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KNJ")
    ben = rng.choice(BANKS[:9])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Payment amount", "Remittance amount (INR)", "Transfer amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment mode", "Transfer type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    p.pair("Initiated by / Approved by", f"BADMKR1 / {'-' if status == 'pending' else 'BADCHK2'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date", "Completed on"],
            "pending": ["Created on", "Keyed on"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "A transfer returned by the beneficiary bank is credited back to the debit account.")
    return p.done()


# ---------------------------------------------------------------- 7. deg masters, pickers, packers, growers


# payee, role, kind
WORKERS = [
    ("Ramesh Chandra Kashyap", "Deg master (distiller)", "deg"),
    ("Shyam Babu Pal", "Bhapka attendant - night firing", "deg"),
    ("Hasayan Gulab Kisan Samooh", "Rose growers' group", "produce"),
    ("Sunita Devi", "Rose picker - gang leader, Jalalabad", "picking"),
    ("Mohd. Shakir", "Filler and packer", "filling"),
    ("Gulab Utpadak Samiti, Tirwa", "Rose growers' group", "produce"),
    ("Rajkumar Kushwaha", "Filler and packer - gift boxes", "filling"),
    ("Anjum Ara", "Rose picker - gang leader, Sarai Meera", "picking"),
]
WORK_FRAMES = ["paper", "open", "paper", "phonepe", "paper", "open", "bhim", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), quantity (low, high), add-on, net labels
WORK = {
    "deg": (
        ["DEG CHARGES VOUCHER - PER CHARGE", "DISTILLATION WAGES VOUCHER (PER DEG)"],
        ["Distiller's name", "Paid to (deg master)"],
        "Degs fired: {q} charges x {rate}",
        (350, 650),
        (8, 40),
        "Add: Night firing allowance",
        ["Net paid to distiller", "Amount paid"],
    ),
    "picking": (
        ["ROSE PICKING WAGES - PER KG", "FLOWER PICKING VOUCHER - GANG"],
        ["Picker (gang leader)", "Paid to (picker)"],
        "Rose flowers picked: {q} kg x {rate}",
        (6, 12),
        (150, 900),
        "Add: Early picking bonus (before 7 am)",
        ["Net wages paid", "Net paid to picker"],
    ),
    "filling": (
        ["FILLING & PACKING WAGES - PER GROSS", "BOTTLING SECTION PIECE WAGE VOUCHER"],
        ["Name of packer", "Paid to (packer)"],
        "Bottles filled and packed: {q} gross x {rate}",
        (45, 80),
        (10, 60),
        "Add: Gift box assembly",
        ["Net paid to packer", "Net amount paid"],
    ),
    "produce": (
        ["ROSE PETAL PURCHASE VOUCHER (PER KG)", "FLOWER PURCHASE VOUCHER - GROWERS' GROUP"],
        ["Growers' group", "Paid to (samooh)"],
        "Desi rose flowers: {q} kg x {rate}",
        (28, 60),
        (400, 2800),
        "",
        ["Net paid to samooh", "Net amount paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its deg masters and bhapka attendants, its rose pickers, its fillers and packers and
    the rose growers' groups it buys the flowers from: its printed DEG CHARGES VOUCHER - PER CHARGE /
    DISTILLATION WAGES VOUCHER (PER DEG) / ROSE PICKING WAGES - PER KG / FLOWER PICKING VOUCHER - GANG /
    FILLING & PACKING WAGES - PER GROSS / BOTTLING SECTION PIECE WAGE VOUCHER / ROSE PETAL PURCHASE VOUCHER
    (PER KG) / FLOWER PURCHASE VOUCHER - GROWERS' GROUP (the company on top with the distillery's or the sales
    room's line, Voucher No. / Vr. No., Date / Voucher date, Distiller's name / Paid to (deg master) / Picker
    (gang leader) / Paid to (picker) / Name of packer / Paid to (packer) / Growers' group / Paid to (samooh),
    Role, Village / Samooh reg. No. (no fact), the degs fired, kilos picked, gross filled or kilos of flowers
    bought x rate, Add: Night firing allowance / Add: Early picking bonus (before 7 am) / Add: Gift box
    assembly, Gross amount / Total earned, Less: Wet flower cut @ 3% / Less: Sack advance recovered / Less:
    Advance recovered, Net paid to distiller / Net wages paid / Net paid to picker / Net paid to packer / Net
    paid to samooh / Net amount paid / Amount paid, Mode Cash / UPI / IMPS / NEFT; PAID / PAID - RECEIVED IN
    FULL / PAID IN CASH AT DISTILLERY / PAID - SAMOOH PRADHAN SIGNED / PAID - GANG LEADER RECEIVED), Open
    Money's payout pages (Open Money on top and Payouts - the company under it, the sum large, Beneficiary
    name / Beneficiary, Contact ID, Fund account, Transfer mode, Purpose, Payout ID, UTR, Merchant reference
    ID, Processed on / Queued on / Failed on; Payout credited to beneficiary / Status: PROCESSED / On queue -
    low balance in payout account, will go out once funded / Failed - beneficiary bank declined the credit,
    amount back in payout account), a PhonePe and a BHIM screen."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=800, high=24000, p_round=0.9)
    who, role, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), extra_line, nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "open":
        if kind == "produce":
            j.amount = rupees(rng, 30000, 160000, 0.5)
        pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "app.open.money/payouts/" + ("list" if j.no_ref else pid))
        p.part = "head"
        top(p, "Open Money")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Payout credited to beneficiary", "Status: PROCESSED"],
                "pending": ["On queue - low balance in payout account, will go out once funded"],
                "failed": ["Failed - beneficiary bank declined the credit, amount back in payout account"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), who, merchant=who)
        p.pair("Contact ID", f"cont_{code(rng, 10, ALNUM + LOWER)}")
        way = "IMPS" if kind == "produce" else rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ybl",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Purpose",
            rng.choice(["Rose flowers - Tirwa samiti", "Flower lot payment"])
            if kind == "produce"
            else rng.choice(["Night firing wages", "Deg wages - week 2"]),
        )
        if not j.no_ref:
            wrap_pair(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"BAD-{kind[:3].upper()}-{digits(rng, 5)}"
            p.pair("Merchant reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Queued on"], "failed": ["Failed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Failed payouts are credited back to your Open payout account.")
        return p.done()
    if frame in ("phonepe", "bhim"):
        j.amount = rupees(rng, 800, 7500, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "BHIM")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'upi', 'okicici', 'axl'])}",
            method="UPI",
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair(
            "Message",
            rng.choice(
                ["Picking wages", "Gulab todai", "Picking - Jalalabad gang"]
                if kind == "picking"
                else ["Packing wages", "Gift box packing"]
            ),
        )
        if not j.no_ref:
            if frame == "phonepe":
                tid = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if kind == "filling" else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        KOTHI if kind == "filling" else DISTILLERY,
        unit[1],
        unit[2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}V/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Role", role)
    if kind == "produce":
        p.pair("Samooh reg. No.", f"NRLM/KNJ/{digits(rng, 5)}")
        p.pair("Village", rng.choice(["Hasayan", "Tirwa", "Umarda"]))
    rate = float(rng.randrange(rlo, rhi + 1))
    q = quintals(rng, qlo, qhi) if kind in ("picking", "produce") else float(rng.randrange(qlo, qhi + 1))
    if k == 2:
        q = quintals(rng, 300, 900)
    gross = round(q * rate, 2)
    shown = f"{q:.2f}" if kind in ("picking", "produce") else f"{q:.0f}"
    p.pair(text.format(q=shown, rate=f"{rate:,.2f}"), rs(gross))
    if extra_line and rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(extra_line, rs(extra))
        gross += extra
    p.pair(rng.choice(["Gross amount", "Total earned"]), rs(gross))
    cut = 0.0
    if kind == "produce":
        cut = round(gross * 0.03, 2)
        p.pair("Less: Wet flower cut @ 3%", rs(cut))
        if rng.random() < 0.5:
            sack = float(rng.choice([500, 800, 1200]))
            p.pair("Less: Sack advance recovered", rs(sack))
            cut += sack
    elif gross > 3000 and rng.random() < 0.5:
        cut = float(rng.choice([300, 500, 1000]))
        p.pair("Less: Advance recovered", rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    if k == 2:
        way = "Cash"
    elif kind == "produce":
        way = "NEFT"
    else:
        way = rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        "Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        if way == "NEFT":
            ref = bank_ref(rng, j, "Bank of Baroda", "NEFT")
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED IN FULL"]
    if way == "Cash":
        words.append("PAID IN CASH AT DISTILLERY")
    if kind == "produce":
        words.append("PAID - SAMOOH PRADHAN SIGNED")
    if kind == "picking":
        words.append("PAID - GANG LEADER RECEIVED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of payee")
    return p.done()


# ---------------------------------------------------------------- 8. Nagar Palika, UPPCB, mandi, FSSAI, ...


FEE_FRAMES = ["trade", "uppcb", "mandi", "foscos", "ffdc", "fire", "house", "mca"]
NAGAR = ["Nagar Palika Parishad, Kannauj", "NAGAR PALIKA PARISHAD KANNAUJ"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def heads_rows(p: Screen, rs, heads: list[tuple[str, float, float]]) -> float:
    """Each head with its fee (whole rupees between low and high); their total."""
    total = 0.0
    for head, lo, hi in heads:
        fee = float(round(p.rng.uniform(lo, hi)))
        total += fee
        wrap_pair(p, head, rs(fee))
    return round(total, 2)


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of an attar and rose-water distillery in Kannauj: Nagar Palika Parishad Kannauj's trade
    licence and house tax pages (Nagar Palika Parishad, Kannauj / NAGAR PALIKA PARISHAD KANNAUJ on top and the
    e-Nagar Sewa line, Ward, Name of licence holder / Name of owner, Trade name, Licence No. / Assessment No.,
    Financial year, the heads, Total amount paid / Amount paid / Total fee / Amount / Total payable,
    Transaction ID, Bank Ref No., Receipt No.; Payment status awaited from bank - receipt will be generated on
    confirmation), the Uttar Pradesh Pollution Control Board's consent fee page (the Board on top and the
    Nivesh Mitra line, Name of the industry, Category, Application No., the Water and Air Act fees, Total fee
    paid / Total consent fee deposited, Nivesh Mitra txn No., Bank Ref No.), the Krishi Utpadan Mandi Samiti's
    mandi shulk on rose flowers (the Samiti on top and the Mandi Parishad line, Name of licensee (buyer),
    Mandi licence No., Commodity, Quantity, Purchase value, Mandi shulk @ 1%, Development cess @ 0.5%, Total
    shulk deposited / Amount paid, Transaction ref. No., Receipt No.), FSSAI's FoSCoS licence renewal (Food
    Safety and Standards Authority of India / FSSAI on top, Name of FBO, Kind of business, Licence No., the
    renewal fee, Amount / Total payable, Transaction ID; Payment failed - renewal application not submitted,
    pay again), the Fragrance and Flavour Development Centre's testing charges (the Centre on top and the
    Ministry of MSME line, Name of the party, the GC analysis and sensory evaluation lines, GST @ 18%, Total
    charges paid / Total amount received, Payment ID, Bill No.), the Uttar Pradesh Fire and Emergency
    Services' fire NOC renewal (the Services on top and the Nivesh Mitra line, Name of the occupier, Premises,
    NOC ref. No., Fire NOC renewal fee, Inspection fee, Total amount paid / Amount deposited, Transaction No.,
    Bank CIN) and the Ministry of Corporate Affairs' e-filing fee receipt (the Ministry on top and the MCA21
    line, Company name, CIN, the forms' fees and the additional fee, Total fee paid / Amount paid, SRN,
    Transaction ref. No.); Payment successful / Amount received by the department / Challan paid - receipt
    ready / Deposit confirmed, Payment date / Date of payment / Receipt date / Date of deposit / Initiated on
    / Transaction date / Attempted on."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Amount received by the department",
        "Challan paid - receipt ready",
        "Deposit confirmed",
    ]
    if frame in ("trade", "house"):
        tax = frame == "house"
        p = browser_page(
            rng,
            font,
            f"enagarsewa.up.gov.in/kannauj/{'housetax' if tax else 'tradelicence'}/{digits(rng, 8)}",
        )
        p.part = "head"
        name = rng.choice(NAGAR)
        top(p, name, merchant=name)
        p.add(
            "small",
            "e-Nagar Sewa, Uttar Pradesh  |  "
            + ("House tax and water tax" if tax else "Trade licence renewal"),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment status awaited from bank - receipt will be generated on confirmation"],
            },
        )
        p.pair(
            "Ward",
            rng.choice(["Ward No. 14 (Bada Bazar)", "Ward No. 9 (Sarai Meera)", "Ward No. 3 (Shekhana)"]),
        )
        if tax:
            wrap_pair(p, "Name of owner", firm)
            p.pair("Assessment No.", f"KNJ/{rng.randrange(1, 25):02d}/{digits(rng, 5)}")
            heads = [
                ("House tax (grih kar) 2026-27", 9800.0, 21600.0),
                ("Water tax (jal kar)", 1800.0, 3600.0),
                ("Sewer and sanitation charges", 600.0, 1400.0),
            ]
        else:
            wrap_pair(p, "Name of licence holder", firm)
            wrap_pair(p, "Trade name", rng.choice([KOTHI, DISTILLERY]))
            p.pair("Licence No.", f"NPPK/TL/{digits(rng, 5)}")
            heads = [
                ("Trade licence fee - attar distillery", 2500.0, 2500.0),
                ("Trade licence fee - retail sales room", 1200.0, 1200.0),
                ("Storage of fuel wood (combustible) fee", 500.0, 1500.0),
            ]
        p.pair("Financial year", "2026-27")
        j.amount = heads_rows(p, rs, heads)
        p.pair(
            rng.choice(
                ["Total amount paid", "Amount paid", "Total fee"]
                if status == "success"
                else ["Amount", "Total payable"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"ENS{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'HT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Initiated on", "Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt and needs no signature."
            if status == "success"
            else "Do not pay again for this assessment till the bank confirms the payment."
        )
    elif frame == "uppcb":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/uppcb/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Uttar Pradesh Pollution Control Board",
                "UTTAR PRADESH POLLUTION CONTROL BOARD",
                "UP Pollution Control Board",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra - single window, Government of Uttar Pradesh  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", f"{DISTILLERY} ({firm})")
        p.pair(
            "Category",
            rng.choice(["Green - traditional deg-bhapka attar", "Orange - essential oil distillation"]),
        )
        p.pair("Application No.", f"UPPCB/CTO/{digits(rng, 7)}")
        water = float(rng.choice([2500, 4000, 5000]))
        air = float(rng.choice([2500, 3000, 4500]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee paid", "Total consent fee deposited"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Nivesh Mitra txn No.", TXN_RANK, f"NM{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of deposit"], pats)
        foot = "The consent order is issued after the regional officer, Kanpur Dehat, inspects the unit."
    elif frame == "mandi":
        p = browser_page(rng, font, f"upmandiparishad.in/emandi/shulk/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Krishi Utpadan Mandi Samiti, Kannauj", "KRISHI UTPADAN MANDI SAMITI KANNAUJ"])
        top(p, name, merchant=name)
        p.add("small", "Uttar Pradesh Rajya Krishi Utpadan Mandi Parishad  |  e-Mandi - mandi shulk")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of licensee (buyer)", firm)
        p.pair("Mandi licence No.", f"KNJ/{digits(rng, 4)}/B")
        p.pair("Commodity", "Rose flowers (desi gulab)")
        q = quintals(rng, 40, 220)
        p.pair("Quantity", f"{q:.2f} qtl")
        value = round(q * rng.randrange(2800, 6000, 50), 2)
        p.pair("Purchase value", rs(value))
        shulk = round(value * 0.01, 2)
        cess = round(value * 0.005, 2)
        p.pair("Mandi shulk @ 1%", rs(shulk))
        p.pair("Development cess @ 0.5%", rs(cess))
        j.amount = round(shulk + cess, 2)
        p.pair(rng.choice(["Total shulk deposited", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"UPM{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"MS/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Carry the mandi receipt with the flower consignment (gate pass)."
    elif frame == "foscos":
        p = browser_page(rng, font, "foscos.fssai.gov.in/renewal/payment/status")
        p.part = "head"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, name, merchant=name)
        p.add("small", "FoSCoS - Food Safety Compliance System  |  Licence renewal (state)")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Payment failed - renewal application not submitted, pay again"]},
        )
        wrap_pair(p, "Name of FBO", firm)
        wrap_pair(p, "Kind of business", "Manufacturer - rose water and kewra water")
        p.pair("Licence No.", digits(rng, 14))
        fee = float(rng.choice([3000, 5000]))
        years = rng.choice([1, 2])
        p.pair(f"State licence renewal fee - {years} year{'s' if years > 1 else ''}", rs(fee * years))
        j.amount = fee * years
        p.pair(
            rng.choice(
                ["Total fee paid", "Amount paid"] if status == "success" else ["Amount", "Total payable"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"FSS{digits(rng, 13)}")])
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Transaction date", "Attempted on"],
            hour=True,
        )
        foot = "Any amount debited for a failed payment is refunded by the bank in 7 working days."
    elif frame == "ffdc":
        p = browser_page(rng, font, "ffdcindia.org/testing/payment/receipt")
        p.part = "head"
        name = rng.choice(
            [
                "Fragrance and Flavour Development Centre, Kannauj",
                "FRAGRANCE & FLAVOUR DEVELOPMENT CENTRE",
                "FFDC, Kannauj",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Ministry of MSME, Government of India  |  Testing services")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the party", firm)
        n = rng.randrange(2, 12)
        per = float(rng.choice([1500, 1800, 2200]))
        base = n * per
        p.pair(f"GC analysis - {n} attar samples x {per:,.0f}", rs(base))
        if rng.random() < 0.5:
            sense = float(rng.choice([500, 800]))
            p.pair("Sensory evaluation", rs(sense))
            base += sense
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        p.pair(rng.choice(["Total charges paid", "Total amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"FFDC{digits(rng, 11)}"),
                ("Bill No.", INVOICE_RANK, f"FFDC/TS/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Test reports are issued within 7 working days of the receipt of the samples."
    elif frame == "fire":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/firenoc/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Fire and Emergency Services", "U.P. FIRE & EMERGENCY SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra  |  Fire NOC renewal - industrial (low hazard)")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the occupier", firm)
        wrap_pair(p, "Premises", f"{DISTILLERY}, Sarai Meera")
        p.pair("NOC ref. No.", f"UPFS/KNJ/{digits(rng, 6)}")
        renew = float(rng.choice([3000, 5000, 7500]))
        visit = float(rng.choice([1000, 1500]))
        p.pair("Fire NOC renewal fee", rs(renew))
        p.pair("Inspection fee", rs(visit))
        j.amount = renew + visit
        p.pair(rng.choice(["Total amount paid", "Amount deposited"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"FS{digits(rng, 13)}"),
                ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of deposit"], pats)
        foot = "Keep the fire extinguishers near the deg furnaces refilled before the inspection."
    else:
        p = browser_page(rng, font, "mca.gov.in/mcafoportal/paymentReceipt.do")
        p.part = "head"
        name = rng.choice(["Ministry of Corporate Affairs", "MINISTRY OF CORPORATE AFFAIRS"])
        top(p, name, merchant=name)
        p.add("small", "MCA21 V3, Government of India  |  e-Filing fee receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Company name", firm)
        p.pair("CIN", f"U24295UP2011PTC{digits(rng, 6)}")
        aoc = float(rng.choice([300, 400, 600]))
        mgt = float(rng.choice([200, 300, 400]))
        p.pair("Form AOC-4 (FY 2025-26) - normal fee", rs(aoc))
        p.pair("Form MGT-7A (FY 2025-26) - normal fee", rs(mgt))
        late = 0.0
        if rng.random() < 0.5:
            days = rng.randrange(3, 30)
            late = days * 100.0
            p.pair(f"Additional fee - {days} days delay", rs(late))
        j.amount = aoc + mgt + late
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"MCA{digits(rng, 12)}"),
                ("SRN", INVOICE_RANK, f"{rng.choice(['AB', 'F', 'N'])}{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Payment date"], pats)
        foot = "Quote the SRN in any correspondence about these filings."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Laghu Udyam Suraksha - distillery, degs and stock",
        "browser",
        "stock",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Marine cargo open policy - inland transit by road",
        "mail",
        "transit",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Goods carrying vehicle - package policy (pickup)",
        "paper",
        "vehicle",
    ),
    (
        "Raheja QBE General Insurance Co. Ltd",
        "rahejaqbe.com",
        "Group personal accident - distillery workers",
        "browser",
        "gpa",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Burglary and housebreaking - sales room stock",
        "paper",
        "burglary",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - staff and families",
        "mail",
        "health",
    ),
    (
        "Zuno General Insurance Ltd",
        "hizuno.com",
        "Money insurance - cash carried to the rose growers",
        "browser",
        "money",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Employees' compensation - distillery and packing",
        "mail",
        "wc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its distillery, degs and stock, its attar and rose water on the road, its pickup,
    its distillery workers, the sales room's stock against burglary, its staff's health, the cash carried to
    the rose growers and its workers under the Employees' Compensation Act: the insurers' premium receipts
    (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / Receipt
    for premium / PREMIUM DEPOSIT ACKNOWLEDGEMENT, Policyholder / Insured (proposer) / Name of the proposer,
    Policy No. or Proposal No. and Cover note No., Sum insured - plant, degs and stock / Estimated annual
    sendings by road / IDV (insured declared value) / Capital sum insured per worker / Sum insured - attar
    stock (first loss) / Members covered and Floater sum insured / Cash in transit - single carrying limit /
    Estimated annual wages and Employees covered, Period of insurance, Net premium or Own damage premium and
    Third party premium, an add-on (Earthquake cover, Riot, strike and malicious damage, Medical expenses
    extension, Theft by employees, Maternity benefit, Cash in safe, Occupational disease), GST @ 18%, Total
    premium (incl. GST) / Premium collected (with GST) / Cheque amount / Premium tendered by cheque / Premium
    to be paid / Premium payable, Payment mode, Gateway txn ID / Transaction No., UPI Ref No. / Bank Ref No.,
    Collection receipt No. / Receipt No., Cheque No., Receipt date / Premium paid on / Date of receipt /
    Cheque tendered on / Cheque received on / Transaction date / Attempted on; Premium realised - policy
    document e-mailed / Payment received - policy issued / CHEQUE RECEIVED - RISK ASSUMED ONLY AFTER CLEARANCE
    / Payment declined by bank - proposal lapsed, pay again to issue policy)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'epay', 'portal'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0]
        p = mail_page(rng, font, f"{short} <receipts@{host}>", ["Your premium receipt", "Premium received"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small", rng.choice(["Branch Office, G.T. Road, Kannauj", "Divisional Office, Mall Road, Kanpur"])
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Receipt for premium", "PREMIUM DEPOSIT ACKNOWLEDGEMENT"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p,
        rng.choice(["Policyholder", "Insured (proposer)", "Name of the proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 5)}/{rng.choice(['46', '11', '31'])}/2026/{digits(rng, 6)}")
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 10)}")
        p.pair("Cover note No.", f"CN{digits(rng, 8)}")
    addon = None
    taxed_heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(3000000, 22000000, 50000))
        p.pair("Sum insured - plant, degs and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0007, 0.0011), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "transit":
        sendings = float(rng.randrange(15000000, 80000000, 100000))
        p.pair("Estimated annual sendings by road", rs(sendings))
        basic = round(sendings * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Riot, strike and malicious damage", round(sendings * 0.00004, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 950000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"UP-74-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        taxed_heads = [
            ("Own damage premium", basic),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
    elif kind == "gpa":
        persons = rng.randrange(10, 36)
        p.pair("Capital sum insured per worker", rs(float(rng.choice([300000, 500000]))))
        p.pair("Workers covered", str(persons))
        basic = round(persons * rng.uniform(450, 750), 2)
        addon = ("Medical expenses extension", round(persons * 60.0, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - attar stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Theft by employees", round(insured * 0.00005, 2))
    elif kind == "health":
        lives = rng.randrange(8, 24)
        p.pair("Members covered", f"{lives} staff and families")
        p.pair("Floater sum insured", rs(float(rng.choice([300000, 500000]))))
        basic = round(lives * rng.uniform(9000, 15000), 2)
        addon = ("Maternity benefit", round(lives * 400.0, 2))
    elif kind == "money":
        limit = float(rng.choice([300000, 500000, 800000]))
        p.pair("Cash in transit - single carrying limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in safe", round(rng.uniform(600, 1800), 2))
    else:
        wages = float(rng.randrange(1800000, 6400000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Employees covered", str(rng.randrange(14, 46)))
        basic = round(wages * rng.uniform(0.004, 0.006), 2)
        addon = ("Occupational disease", round(wages * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    if taxed_heads:
        for head, value in taxed_heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in taxed_heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium (incl. GST)", "Premium collected (with GST)"],
        "pending": ["Cheque amount", "Premium tendered by cheque"],
        "failed": ["Premium to be paid", "Premium payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['GW', 'TX', 'PG'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway txn ID", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Collection receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Cheque tendered on", "Cheque received on"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": ["Premium realised - policy document e-mailed", "Payment received - policy issued"],
            "pending": ["CHEQUE RECEIVED - RISK ASSUMED ONLY AFTER CLEARANCE"],
            "failed": ["Payment declined by bank - proposal lapsed, pay again to issue policy"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "The risk attaches only on realisation of the premium. "
        "Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("BHRAMAR ATTAR KOTHI", "ITR GALI, BADA BAZAR, KANNAUJ", "own"),
    ("GURSAHAIGANJ HIGHWAY FUELS", "G.T. ROAD, GURSAHAIGANJ", "fuel"),
    ("BHRAMAR ATTAR DISTILLERS", "SARAI MEERA KANNAUJ UP", "own"),
    ("HOTEL AWADH RESIDENCY", "HAZRATGANJ, LUCKNOW", "hotel"),
    ("FIROZABAD GLASS EMPORIUM", "STATION ROAD, FIROZABAD", "shop"),
    ("BHRAMAR DEG DISTILLERY", "TIRWA ROAD, SARAI MEERA", "own"),
    ("SHER-E-PUNJAB DHABA", "AGRA-LUCKNOW EXPRESSWAY", "food"),
    ("BHRAMAR ATTAR KOTHI", "KANNAUJ UP 209725", "own"),
]
TERMINALS = [
    "BANK OF BARODA",
    "BHARAT PETROLEUM",
    "CANARA BANK",
    "WORLDLINE",
    "MOSAMBEE",
    "UNION BANK OF INDIA",
    "BHARATPE",
    "ICICI BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Perfumers' and shoppers' cards on the sales room's, the company's and the distillery's terminals, and
    the company's card at a filling station on the G.T. Road, a Lucknow hotel, a Firozabad glass shop and an
    expressway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some, the counter's
    name and place in capitals, DATE: and TIME: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:,
    STAN:, RECEIPT NO: / BILL NO: / INVOICE NO:, SALE, CARD:, CARD TYPE:, EXP:, a fuel sale's PRODUCT:, RATE:,
    VOLUME(L):, NOZZLE NO: and VEHICLE NO:, a hotel's ROOM NO: and FOLIO NO:, APPROVAL CODE: / AUTH CODE:,
    RRN: / RET REF NO:, SALE AMOUNT: / AMOUNT: / TOTAL AMOUNT: / SALE AMT RS:; APPROVED / TXN APPROVED /
    TRANSACTION SUCCESSFUL - APPROVED / DECLINED - 75 PIN TRIES EXCEEDED / RESPONSE TIMEOUT - VERIFY WITH BANK
    BEFORE REPEATING SALE)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1200, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 16500, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 450, 18500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["RECEIPT NO:", "BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.pair("EXP:", "XX/XX")
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 96.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "SPEED"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"UP74{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 512)))
        p.pair("FOLIO NO:", digits(rng, 6))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT:", "TOTAL AMOUNT:", "SALE AMT RS:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = "" if lab == "SALE AMT RS:" else rng.choice(["INR ", "RS.", "Rs ", ""])
    p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TXN APPROVED", "TRANSACTION SUCCESSFUL - APPROVED"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 75 PIN TRIES EXCEEDED", status="failed")
    else:
        p.add("center", "RESPONSE TIMEOUT - VERIFY WITH BANK BEFORE REPEATING SALE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, gas, phone, DTH bills


BILLERS = [
    ("DVVNL", "Dakshinanchal Vidyut Vitran Nigam Ltd", "Account ID"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("HP Gas", "Hindustan Petroleum Corporation Ltd", "LPG ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
]
BILL_APPS = ["DVVNL", "PhonePe", "Canara ai1", "Google Pay", "DVVNL", "MobiKwik", "CRED", "bob World"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distillery's and the sales room's electricity (DVVNL), the office broadband (Airtel Xstream Fiber),
    the bottling room's LPG (HP Gas), the manager's postpaid phone (Vi) and the sales room's DTH (Tata Play)
    through Bharat Connect in banking apps (Canara ai1, bob World: paid from the Current A/c) and UPI apps
    (PhonePe, Google Pay, MobiKwik, CRED: the app on top, Biller / Biller name / Payee biller / Operator as
    printed, Account ID / Account No. / LPG ID / Mobile No. / Subscriber ID, Account holder / Consumer name /
    Customer name, Bill date, Bill month and Due date on some, the sum large, Paid from, Bharat Connect Txn ID
    / Bharat Connect Ref. No., UPI Ref No., Transaction ID on the failed one, Paid on / Payment date & time /
    Transaction date & time; Bill paid successfully / Payment successful / Bill payment confirmed by biller /
    Awaiting update from biller - check again after 2 days, do not retry / Bill payment failed - money will be
    back in your account within 5 working days) and DVVNL's own receipt page (the discom on top with its Uttar
    Pradesh Power Corporation line, Account ID, Distribution sub-division, Consumer name, Bill month, Amount
    paid / Paid amount, Payment mode, Transaction ID, Receipt No., Payment date / Paid on; Payment successful
    / Payment posted - receipt issued)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2500, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1850, 9800, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1599, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 350, 2400, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": digits(rng, 10),
        "Account No.": f"2000{digits(rng, 8)}",
        "LPG ID": digits(rng, 17),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "DVVNL":
        p = browser_page(rng, font, "uppclonline.com/dvvnl/billpayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Uttar Pradesh Power Corporation Ltd  |  Online payment of electricity bill")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment posted - receipt issued"]})
        p.pair(idlab, ids)
        p.pair(
            "Distribution sub-division",
            rng.choice(["EDSD-I, Kannauj", "EDSD Tirwa, Kannauj"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"DV{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"R{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your account within 48 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Bill payment confirmed by biller"],
            "pending": ["Awaiting update from biller - check again after 2 days, do not retry"],
            "failed": ["Bill payment failed - money will be back in your account within 5 working days"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        rng.choice(["Operator", "Payee biller"])
        if which in (1, 3, 4)
        else rng.choice(["Biller", "Biller name", "Payee biller"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Account holder", "Consumer name", "Customer name"]),
        rng.choice([COMPANY_CAPS, KOTHI.upper(), SHORT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("Canara ai1", "bob World") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "MobiKwik": "MK", "CRED": "CR"}.get(app, "CB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Txn ID", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Transaction date & time"]
        if status == "success"
        else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "KANNAUJ GOLDEN ROADL",
    "SHRI BALAJI CARGO MO",
    "RAMESH CHANDRA KASHY",
    "FIROZABAD GLASS VIAL",
    "KANPUR ANALYTICAL LA",
    "DAKSHINANCHAL VIDYUT",
    "SUNITA DEVI",
    "NAGAR PALIKA PARISHA",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "Uttar Pradesh Gramin Bank": "VK-UPGBNK",
    "Canara Bank": "AD-CANBNK",
    "Union Bank of India": "JM-UBOIUP",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-BOBTXN /
    VK-UPGBNK / AD-CANBNK / JM-UBOIUP, the day divider, each bank's own wording: "BOB: Rs.x has been sent from
    A/c XX1234 on <day>; / <way> credit to <payee>.", "UPGB: A/c XX1234 charged Rs x on <day> / <way>
    transfer; receiver <payee>.", "Canara Bank: INR x debited from a/c XXX1234 / on <day> - <way> remittance,
    payee <payee>.", Union Bank's UPI "A/c *1234 used for UPI payment of Rs x / to <payee> on <day>. / RRN
    <ref>."; a transfer that "was SENT BACK by the beneficiary bank; the amount is re-credited to your A/c."
    and one that "is UNDER PROCESS at the beneficiary bank. Please do not initiate it again.") and two e-mail
    debit alerts (Credited to (payee) / Beneficiary, Debited amount / Amount debited, Debit account, Channel,
    UTR No. / IMPS Ref No., Debited on / Transaction date / Value date, Status: Completed successfully /
    Transaction status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=8000, high=360000)
    to = ALERT_PAYEES[k]
    if k in (2, 6):
        j.amount = rupees(rng, 1200, 24000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 9000, 68000)
    elif k == 7:
        j.amount = rupees(rng, 3000, 26000)
    if k in (3, 5):
        bank = rng.choice(["Bank of Baroda", "Canara Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Account debited - transaction alert", "Debit transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert - current account")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Credited to (payee)", "Beneficiary"]), to, merchant=to)
        p.pair(rng.choice(["Debited amount", "Amount debited"]), rs(j.amount), amount=j.amount)
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(
            p, j, ["Debited on", "Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.add(
            "left",
            rng.choice(["Status: Completed successfully", "Transaction status: Successful"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. Report an unknown debit to the bank at once.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 2:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Union Bank's "used for UPI payment" is its UPI wording; each other bank's debit wording on one success
    bank = {0: "Bank of Baroda", 2: "Uttar Pradesh Gramin Bank", 6: "Union Bank of India"}.get(
        k, "Canara Bank" if k == 7 else rng.choice(list(SENDERS)[:3])
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Union Bank of India":
            p.add(
                "left",
                f"A/c *{tail} used for UPI payment of Rs {j.amount:.2f}",
                amount=j.amount,
                method=method,
            )
            p.add("left", f"to {to}{on}.", merchant=to)
        elif bank == "Bank of Baroda":
            p.add("left", f"BOB: Rs.{amt} has been sent from A/c XX{tail}{on};", amount=j.amount)
            p.add("left", f"{way} credit to {to}.", merchant=to, method=method)
        elif bank == "Uttar Pradesh Gramin Bank":
            p.add("left", f"UPGB: A/c XX{tail} charged Rs {amt}{on}", amount=j.amount)
            p.add("left", f"{way} transfer; receiver {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Canara Bank: INR {amt} debited from a/c XXX{tail}", amount=j.amount)
            lead = f"{on.strip()} - " if on else ""
            p.add("left", f"{lead}{way} remittance, payee {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was SENT BACK by the beneficiary bank; the amount is re-credited to your A/c.",
            "pending": "is UNDER PROCESS at the beneficiary bank. Please do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Union Bank of India":
            p.add("left", f"RRN {ref}. Not you? Call 18002082244.", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Union Bank of India":
            p.add("small", "-Union Bank of India", status="success")
        else:
            p.add("left", f"Avl Bal Rs.{rupees(rng, 25000, 2400000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not done by you? Inform the bank at once", "If not done by you, call the bank"]),
            )
    if bank != "Union Bank of India":
        p.add(
            "small",
            {"Bank of Baroda": "-Bank of Baroda", "Uttar Pradesh Gramin Bank": "-UPGB"}.get(
                bank, "-Canara Bank"
            ),
        )
    return p.done()


compose = compose158

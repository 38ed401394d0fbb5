"""The twelve heldout234 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Coimbatore wet grinder and mixer grinder maker's day in 2026 in Coimbatore,
Tamil Nadu (Siruvani Kitchen Machines Pvt Ltd, its assembly plant at the SIDCO Industrial Estate, Kurichi,
Siruvani Grinders Assembly Unit, where the black granite stones are dressed, the motors wound and the
table-top, tilting and commercial wet grinders and the mixer grinders put together, and its service centre
and showroom on Dr. Nanjappa Road, Gandhipuram, Siruvani Service & Showroom, where the households buy and
bring their grinders for repair), told by the proofs of payment it receives and makes: households', hotels'
and dealers' UPI screens and the showroom's Ippopay and Easebuzz pages, the Chennai, Madurai, Bengaluru,
Kochi, Hyderabad, Tiruchirappalli and Salem dealers' and the Canteen Stores Department's payment advices,
importers' inward wires from Singapore, Sharjah, Doha, Penang, Leicester, Houston, Melbourne and Paris in
Singapore dollars, UAE dirhams, Qatari riyals, ringgit, pounds, US dollars, Australian dollars and euros, its
own bills and receipts, the copper winding scrap sold by the kilo to a scrap dealer, the stone, motor,
drum, body moulding and carton suppliers' tax invoices, the corporate net-banking transfers to the lorry
service, the testing laboratory, the die maker, the showroom's landlord, the powder coating job worker, the
housekeeping agency, the generator mechanic and the FM radio station, the assemblers', winders', stone
dressers', technicians' and packers' piece wage vouchers and their Open payouts, BHIM and Canara ai1
payments, Coimbatore City Municipal Corporation's, the Pollution Control Board's, the Directorate of
Industrial Safety and Health's, the Transport Department's, Legal Metrology's, the Bureau of Indian
Standards' and the Electrical Inspectorate's fee pages, the insurers' premium receipts, card terminal slips,
TNPDCL's power and the broadband, landline, postpaid and DTH bills and the banks' SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, bills listed on an advice, vendor code, GRN, model,
serial, token, line, assessment, licence, consent, registration, application, policy, proposal, consumer,
service connection, subscriber, contact ID and record numbers, units, kilos, sets, rates, short supplies,
price differences and scheme discounts, advances, canteen and advance recoveries, rework cuts, TDS, GST and
cess lines, INR values on the wires, rates of exchange, intermediary banks, sums insured, limits, wages and
turnovers declared, bill months, half years, periods, due days, shipping bill days, GSTIN, IFSC, UETR,
senders' references, MID, TID, batch, trace and STAN numbers, short names, the initiator and the approver and
the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout223's, heldout227's and
heldout231's).
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

COMPANY = "Siruvani Kitchen Machines Pvt Ltd"
COMPANY_CAPS = "SIRUVANI KITCHEN MACHINES PVT LTD"
SHORT = "Siruvani Grinders"
PLANT = "Siruvani Grinders Assembly Unit"
SHOWROOM = "Siruvani Service & Showroom"
# unit, address, GST state code
UNITS = [
    ("Assembly plant", "Plot B-14, SIDCO Industrial Estate, Kurichi, Coimbatore - 641021, Tamil Nadu", "33"),
    ("Service centre and showroom", "No. 212, Dr. Nanjappa Road, Gandhipuram, Coimbatore - 641012", "33"),
]
PATS_IN = ["%d.%m.%Y", "%d/%m/%Y", "{d}-%b-%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %y", "%B {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Canara Bank",
    "Federal Bank",
    "Tamilnad Mercantile Bank",
    "South Indian Bank",
    "City Union Bank",
    "Equitas Small Finance Bank",
    "State Bank of India",
    "Bank of Baroda",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "Canara Bank": "CNRB",
    "Federal Bank": "FDRL",
    "Tamilnad Mercantile Bank": "TMBL",
    "South Indian Bank": "SIBL",
    "City Union Bank": "CIUB",
    "Equitas Small Finance Bank": "ESFB",
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "Canara Bank": "canarabank.com",
    "Federal Bank": "federalbank.co.in",
    "Tamilnad Mercantile Bank": "tmb.in",
    "South Indian Bank": "southindianbank.com",
    "City Union Bank": "cityunionbank.com",
    "Equitas Small Finance Bank": "equitasbank.com",
    "State Bank of India": "sbi.co.in",
    "Bank of Baroda": "bankofbaroda.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "table": ("Table-top wet grinder 2 L - tilting, stone roller", "pc", 6400, 9800, 5),
    "commercial": ("Commercial wet grinder 20 L - conical stones, 1 HP", "pc", 38000, 72000, 5),
    "mixer": ("Mixer grinder 750 W - 3 stainless steel jars", "pc", 3200, 5600, 18),
    "spares": ("Grinding stone set (roller + base) with belt", "set", 850, 1650, 18),
    "repair": ("Motor rewinding and bearing change - wet grinder", "job", 950, 2400, 18),
    "scrap": ("Copper winding scrap from rewound motors", "kg", 610, 760, 18),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to (buyer) / Billed to / Receiver: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CNRB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}H{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. households, hotels, dealers: UPI, pages


SHOP_APPS = ["PhonePe", "Google Pay", "BHIM", "Canara ai1", "Ippopay", "iMobile Pay", "Paytm", "Easebuzz"]
SHOP_NOTES = [
    "Wet grinder 2L tilting",
    "Mixer grinder + extra jar",
    "Grinder service - Ramanathapuram",
    "Stone set and belt",
    "Commercial grinder advance",
    "Grinder for Amma's house",
    "2 mixers - wedding gift",
    "Motor rewinding charges",
]
PAGE_ORDERS = [
    ("Hotel Annapoorani Mess, Pollachi", "Commercial wet grinder 20 L x 2 - order"),
    ("Mrs. Revathi Sundar, Saibaba Colony", "Tilting wet grinder 2 L with coconut scraper"),
    ("Sri Murugan Home Appliances, Udumalpet", "Dealer order - 12 table-top grinders"),
    ("G. Prabhakaran, Singanallur", "Annual service plan - wet grinder and mixer"),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "BHIM": ["UPI Ref No.", "RRN"],
    "Canara ai1": ["UPI RRN", "UTR"],
    "iMobile Pay": ["UPI Ref. No.", "Bank RRN"],
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Households, hotels and dealers paying the showroom or the company: six UPI app screens (PhonePe, Google
    Pay, BHIM, Canara ai1, iMobile Pay, Paytm: on some the payee block above the sum and the status under it,
    on the rest the status, the sum and the payee; the showroom, its capitals, the company's capitals or its
    short name under Paid to / To / Payment made to / Merchant name / Paying, its UPI ID, a Registered name
    line on some, the sum large, then Date & time / Paid on / Completed on / Started on, Note / Remarks / For,
    Paid from / Debited from / Bank account / From, UTR / UPI Ref. No. / UPI transaction ID / UPI Ref No. /
    RRN / UPI RRN / Bank RRN / UPI Reference No., PhonePe's own Transaction ID, Google Pay's Google
    transaction ID, BHIM's BHIM txn ID, Canara ai1's Canara ref. No. and iMobile Pay's iMobile txn ID on some;
    Payment successful / Paid - merchant has received the money / Completed - amount sent / In progress -
    waiting for your bank to confirm, do not pay again / Payment failed - amount exceeds your UPI limit for
    the day) and the showroom's two payment pages (Ippopay, Easebuzz: the showroom or the company on top, the
    sum large above the status, Customer name / Paid by, Order for / Description, Paid on / Payment date /
    Date of payment, Payment method / Paid using, Ippopay's Ippopay txn ID, Order ref. and UTR or Auth code,
    Easebuzz's Easebuzz ID, Merchant txn ID and Bank ref. no. or Auth code; Payment successful / Payment
    captured - thank you for your order / Order paid - invoice on its way)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=900, high=68000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Ippopay", "Easebuzz"):
        j.amount = rupees(rng, 6400, 145000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([SHOWROOM, COMPANY, SHORT])
        url = (
            f"pay.ippopay.com/checkout/{code(rng, 14, ALNUM + LOWER)}"
            if app == "Ippopay"
            else f"pay.easebuzz.in/pay/secure/{code(rng, 10, HEXA)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Wet grinders, mixers and service - since 1991", "No. 212, Dr. Nanjappa Road, Gandhipuram"]
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
                    "Payment captured - thank you for your order",
                    "Order paid - invoice on its way",
                ]
            },
        )
        wrap_pair(p, rng.choice(["Customer name", "Paid by"]), who)
        wrap_pair(p, rng.choice(["Order for", "Description"]), what)
        date_row(p, j, ["Paid on", "Payment date", "Date of payment"], hour=True)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Ippopay":
                pid = f"IPPO{digits(rng, 12)}"
                p.pair("Ippopay txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"SSS{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order ref.", oid, txn=(ORDER_RANK, oid))
            else:
                eid = f"E{digits(rng, 12)}"
                p.pair("Easebuzz ID", eid, txn=(TXN_RANK, eid))
                mid = f"SKM-{code(rng, 3, UPPER)}-{digits(rng, 7)}"
                p.pair("Merchant txn ID", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair("UTR" if app == "Ippopay" else "Bank ref. no.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add("small", "Powered by Ippopay" if app == "Ippopay" else "Payments secured by Easebuzz")
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"siruvani{rng.choice(['', '.service', '212'])}@{rng.choice(['cnrb', 'fbl', 'ybl', 'okicici'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment successful",
            "Paid - merchant has received the money",
            "Completed - amount sent",
        ],
        "pending": ["In progress - waiting for your bank to confirm, do not pay again"],
        "failed": ["Payment failed - amount exceeds your UPI limit for the day"],
    }
    payee_first = rng.random() < 0.5

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "To", "Payment made to", "Merchant name"]
                if status == "success"
                else ["To", "Paying"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("BHIM", "Canara ai1", "iMobile Pay") and to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"Registered name: {COMPANY_CAPS}")

    if payee_first:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"] if status == "success" else ["Date & time", "Started on"],
        hour=True,
    )
    p.pair(rng.choice(["Note", "Remarks", "For"]), rng.choice(SHOP_NOTES))
    p.pair(
        rng.choice(
            ["Paid from", "Debited from", "Bank account", "From"] if status == "success" else ["From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app != "Paytm" and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
                "BHIM": ("BHIM txn ID", f"BHM{digits(rng, 15)}"),
                "Canara ai1": ("Canara ref. No.", f"CAI{digits(rng, 12)}"),
                "iMobile Pay": ("iMobile txn ID", f"IMP{code(rng, 12, ALNUM)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.part = "foot"
    p.add("small", rng.choice(["UPI - NPCI", "Share  |  Raise a dispute", "Having trouble? Get help"]))
    return p.done()


# ---------------------------------------------------------------- 2. dealers' and CSD's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Velachery Home Appliances Pvt Ltd", "ap@velacheryhome.in", "Velachery, Chennai", "table", "portal"),
    ("Simmakkal Electricals & Appliances", "accounts@simmakkalea.com", "Simmakkal, Madurai", "mixer", "mail"),
    (
        "Canteen Stores Department",
        "billpay.csd@gov.in",
        "Area Depot, Wellington (Nilgiris)",
        "table",
        "paper",
    ),
    (
        "Jayanagar Kitchen World",
        "jayanagarkitchenworld@gmail.com",
        "Jayanagar 4th Block, Bengaluru",
        "mixer",
        "paper",
    ),
    ("Ernakulam Hotel Equipments Co.", "finance@ekmhotelequip.in", "Kaloor, Kochi", "commercial", "mail"),
    ("Kukatpally Appliance Mart", "payables@kpamart.com", "Kukatpally, Hyderabad", "table", "portal"),
    ("Rockfort Home Needs", "rockforthomeneeds@gmail.com", "Chinna Bazaar, Tiruchirappalli", "mixer", "mail"),
    ("Salem Kitchen Equipment Traders", "vendors@salemket.in", "Cherry Road, Salem", "commercial", "portal"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Dealers in Chennai, Madurai, Bengaluru, Kochi, Hyderabad, Tiruchirappalli and Salem and the Canteen
    Stores Department paying for the grinders and mixers the company sent them: a payment advice e-mail, a
    printed REMITTANCE ADVICE - APPLIANCE PURCHASES / VENDOR PAYMENT INTIMATION / Payment note to supplier and
    a vendor portal page (the payer on top with its desk line; the payee first, Vendor name / Remitted to
    (vendor) / Beneficiary (supplier) / Paid to (vendor) the company, Vendor code and GRN No. (no fact); then
    the payment block, Net amount remitted / Amount paid (net of deductions) / Net payable - released (Amount
    on hold on the hold, Amount / Amount bounced back on the return), Payment mode / Mode NEFT / RTGS / IMPS,
    Vendor bank A/c, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No., Advice No. / Remittance advice No. /
    Payment document No., Date of remittance / Payment date / Credited on / On hold since / Advice date /
    Returned on / Bounced on; Status: Remitted to vendor bank / Payment completed - credit sent to your
    account / On hold - BIS certificate copy for the model awaited / Payment returned by bank - account closed
    at beneficiary branch; and below it the company's bills with their units and sums, Gross bill value /
    Total of bills, Less: TDS u/s 194Q @ 0.1%, Less: Short supply - n units / Less: Price difference - n units
    @ rate / Less: Scheme discount @ 3% on some)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Remittance advice", f"Payment released to {SHORT}", "Vendor payment intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts payable', 'Purchase - Appliances', 'Bills section'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - APPLIANCE PURCHASES",
                "VENDOR PAYMENT INTIMATION",
                "Payment note to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Vendor name", "Remitted to (vendor)", "Beneficiary (supplier)"] + (
        ["Paid to (vendor)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', 'SKM', 'AP'])}{digits(rng, 6)}")
    p.pair("GRN No.", f"GRN/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    # the bills and cuts are drawn first (the net sum), printed after the payment block
    item, unit, lo, hi, _ = GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(2, 6) if kind == "commercial" else rng.randrange(6, 40)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"SKM/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} units", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        short = rng.randrange(1, 3)
        cut = short * each
        cuts.append((f"Less: Short supply - {short} unit{'s' if short > 1 else ''}", rs(cut)))
    elif pick < 0.55:
        many = rng.randrange(4, 16)
        per = float(rng.choice([120, 150, 200, 250]))
        cut = many * per
        cuts.append((f"Less: Price difference - {many} units @ {per:,.0f}", rs(cut)))
    elif pick < 0.7:
        cut = round((gross - tds) * 0.03, 2)
        cuts.append(("Less: Scheme discount @ 3%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    p.add("left", rng.choice(["Payment particulars", "Remittance"]))
    lab = {
        "success": ["Net amount remitted", "Amount paid (net of deductions)", "Net payable - released"],
        "pending": ["Amount on hold"],
        "failed": ["Amount", "Amount bounced back"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RA', 'PD', '51'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Advice No.", "Remittance advice No.", "Payment document No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Payment date", "Credited on"],
            "pending": ["On hold since", "Advice date"],
            "failed": ["Returned on", "Bounced on"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Remitted to vendor bank",
                "Payment completed - credit sent to your account",
            ],
            "pending": ["On hold - BIS certificate copy for the model awaited"],
            "failed": ["Payment returned by bank - account closed at beneficiary branch"],
        },
    )
    p.add("rule")
    p.add("left", rng.choice(["Bills covered", "Your invoices", "Against these bills"]))
    for label, value in bills:
        p.pair(label, value)
    p.pair(rng.choice(["Gross bill value", "Total of bills"]), rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    for label, value in cuts:
        p.pair(label, value)
    p.part = "foot"
    p.add("small", "Write to us within 10 days of this advice for any difference, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Tekka Kitchenware Pte Ltd", "Serangoon Road, Singapore", "SGD", "OCBC Bank", 2500, 48000),
    (
        "Rolla Home Appliances Trading LLC",
        "Rolla, Sharjah, UAE",
        "AED",
        "Sharjah Islamic Bank PJSC",
        8000,
        160000,
    ),
    ("Al Mansoura Kitchen Equipment WLL", "Doha, Qatar", "QAR", "Commercial Bank of Qatar", 8000, 150000),
    (
        "Penang Dosa House Supplies Sdn Bhd",
        "George Town, Penang, Malaysia",
        "MYR",
        "Public Bank Berhad",
        8000,
        150000,
    ),
    ("Belgrave Road Appliances Ltd", "Leicester, United Kingdom", "GBP", "Lloyds Bank plc", 1800, 36000),
    ("Hillcroft Indian Kitchen Supply Inc", "Houston, Texas, USA", "USD", "Wells Fargo Bank NA", 2500, 52000),
    (
        "Dandenong Spice & Kitchen Pty Ltd",
        "Dandenong, Victoria, Australia",
        "AUD",
        "Westpac Banking Corp",
        3000,
        64000,
    ),
    ("La Chapelle Cuisine Import SARL", "Paris, France", "EUR", "BNP Paribas SA", 2000, 42000),
]
WIRE_BANKS = [
    ("Canara Bank", "browser"),
    ("Federal Bank", "mail"),
    ("Tamilnad Mercantile Bank", "paper"),
    ("South Indian Bank", "browser"),
    ("State Bank of India", "mail"),
    ("ICICI Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("City Union Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.9),
    "GBP": (108.4, 113.6),
    "EUR": (93.1, 97.8),
    "SGD": (63.8, 66.9),
    "MYR": (18.9, 20.1),
    "AUD": (55.1, 58.8),
    "AED": (23.3, 24.2),
    "QAR": (23.5, 24.4),
}
INTERMEDIARY = {
    "USD": "Citibank NA, New York",
    "EUR": "Deutsche Bank AG, Frankfurt",
    "QAR": "Standard Chartered Bank, Doha",
    "AUD": "Australia and New Zealand Banking Group, Melbourne",
}
SHIPPED = [
    "Table-top wet grinders (HSN 85094010)",
    "Commercial wet grinders 10 L and 20 L (HSN 85094010)",
    "Mixer grinders 750 W (HSN 85094010)",
    "Grinding stone sets and spares - 2 pallets by sea",
    "Tilting wet grinders with attachments (HSN 85094010)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds; a code or sign before
    the sum for Singapore and Australian dollars, ringgit (RM), dirhams and Qatari riyals (QAR or QR), and QAR
    after the sum on some."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "QAR" and rng.random() < 0.4:

        def show_after(value: float) -> str:
            return f"{value:,.2f} QAR"

        return show_after
    mark = rng.choice(
        {
            "SGD": ["SGD ", "S$"],
            "MYR": ["MYR ", "RM "],
            "AUD": ["AUD ", "A$"],
            "AED": ["AED "],
            "QAR": ["QAR ", "QR "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Kitchen equipment importers in Singapore, Sharjah, Doha, Penang, Leicester, Houston, Melbourne and
    Paris paying for wet grinders, mixers and stone sets: the banks' inward remittance advices (browser,
    e-mail, printed FOREIGN INWARD REMITTANCE - CREDIT ADVICE / Inward remittance - export proceeds credited /
    Advice of inward SWIFT credit (exporter copy): the bank on top with its forex desk, Credit date / Value
    date / Date of realisation / Received on / Held on / Returned on / Date returned first, the remitter's
    block: Remitter / Ordering customer (the importer abroad), Remitting bank / Sender's bank, Intermediary
    bank on some; then Name of beneficiary / Beneficiary (account holder) / Credited to (beneficiary) the
    company, Beneficiary A/c, Instructed amount / Remittance amount (FCY) / FCY amount received in SGD, AED,
    QAR, MYR, GBP, USD, AUD or EUR, Charges, Conversion rate, INR equivalent, Less: Bank charges incl. GST,
    Net INR credited, Purpose code, Goods, Invoice No. (export), Shipping bill No. and date, Mode, Sender's
    reference, Inward remittance No. / IRM ref. / Bank reference, UETR; the status at the foot: Proceeds
    credited - FIRC / e-BRC will be issued / Status: Proceeds realised - INR credited to current account /
    Pending - purpose code and invoice copy required from the beneficiary / Remittance sent back - account
    currency mismatch)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
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
            f"{bank} Trade Services <tradeops.coimbatore@{slug(bank)}>",
            [
                "Inward remittance credited",
                "Advice - foreign inward remittance",
                "Export proceeds received - advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward/remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Division, Avinashi Road Branch, Coimbatore",
                "Authorised Dealer Branch, Oppanakara Street, Coimbatore",
                "Centralised Trade Processing Centre, Chennai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE - CREDIT ADVICE",
                "Inward remittance - export proceeds credited",
                "Advice of inward SWIFT credit (exporter copy)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    date_row(
        p,
        j,
        {
            "success": ["Credit date", "Value date", "Date of realisation"],
            "pending": ["Received on", "Held on"],
            "failed": ["Returned on", "Date returned"],
        }[status],
        WIRE_PATS,
    )
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), pbank)
    if cur in INTERMEDIARY and rng.random() < 0.7:
        wrap_pair(p, "Intermediary bank", INTERMEDIARY[cur])
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(["Name of beneficiary", "Beneficiary (account holder)", "Credited to (beneficiary)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Instructed amount", "Remittance amount (FCY)", "FCY amount received"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Invoice No. (export)", f"SKM/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 70), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT MT103 - customer transfer"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IWR', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["Inward remittance No.", "IRM ref.", "Bank reference"]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Proceeds credited - FIRC / e-BRC will be issued",
                "Status: Proceeds realised - INR credited to current account",
            ],
            "pending": ["Pending - purpose code and invoice copy required from the beneficiary"],
            "failed": ["Remittance sent back - account currency mismatch"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "Regularise the shipping bill against this inward remittance in EDPMS within the FEMA time limit."
        if status == "success"
        else "Quote the reference above when you write to the trade services desk.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the showroom's and the plant's receipts


# the party, the way it paid, the unit (showroom, plant, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. K. Malathi, Ramanathapuram", "UPI", "showroom", "table"),
    ("Sri Vinayaga Appliances, Mettupalayam", "cheque", "plant", "mixer"),
    ("Hotel Gowri Shankar, RS Puram", "NEFT", "mail", "commercial"),
    ("P. Chinnasamy (mechanic), Podanur", "cash", "plant", "spares"),
    ("Mr. Arul Selvan, Peelamedu", "card", "showroom", "repair"),
    ("Ukkadam Metal Scrap Traders", "UPI", "plant", "scrap"),
    ("Annur Home Appliances", "cheque", "showroom", "table"),
    ("Ms. Nandhini Prakash, Tiruppur", "UPI", "mail", "mixer"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's SALES INVOICE - COUNTER SALE / COUNTER BILL - SHOWROOM to a Ramanathapuram household and
    an Annur dealer and its SERVICE BILL - REPAIR & SPARES to a Peelamedu customer, the plant's DEALER SALE
    RECEIPT / RECEIPT - FACTORY SALE to a Mettupalayam dealer, its RECEIPT - SPARES COUNTER / CASH RECEIPT -
    SPARES to a Podanur mechanic and its RECEIPT - SCRAP SALE (COPPER WINDING) / SCRAP SALE RECEIPT to a scrap
    dealer buying copper by the kilo (paper: the showroom, the plant or the company on top with its "A unit
    of" line, address and GSTIN; Received from / Customer / Sold to first, then Bill No. / Receipt No. /
    Counter bill No., Date / Bill date / Billed on, the units, sets, jobs or kilos x rate, CGST and SGST @
    2.5% or 9%, Bill amount / Total / Grand total / Order value, Received in cash / Cash received / UPI
    payment received / Amount received by UPI / Card payment received / Received by card / Cheque amount /
    Amount of cheque, the sum in words under it, Mode / Mode of payment, UPI Ref. No. / UPI txn ref. /
    Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - GRINDER HANDED OVER
    / PAID - REPAIRED SET DELIVERED / PAID - SCRAP WEIGHED AND LIFTED / PAID - SPARES ISSUED / CHEQUE RECEIVED
    - DISPATCH AFTER CREDIT / CHEQUE BOUNCED - INVOICE CANCELLED, the rubber stamp) and two of the accounts
    desk's Acknowledgement of payment received e-mails (a hotel's Advance received / Advance taken by NEFT
    with the Balance due / Balance payable on installation and the UTR / NEFT UTR No., a Tiruppur shopper's
    mixer by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@siruvanigrinders.in>",
            [
                "Payment received - Siruvani Grinders",
                "Receipt for your order",
                "Acknowledgement - payment received",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Wet grinders and mixers - Kurichi and Gandhipuram, Coimbatore  |  Accounts")
        p.add("center", "Acknowledgement of payment received")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "showroom"
        me = rng.choice([SHOWROOM, SHOWROOM.upper()] if shop else [PLANT, PLANT.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else "Wet grinders and mixer grinders - manufacturers",
            where[1],
            where[2],
            {
                "table": ["SALES INVOICE - COUNTER SALE", "COUNTER BILL - SHOWROOM"],
                "repair": ["SERVICE BILL - REPAIR & SPARES", "SERVICE CENTRE - JOB BILL"],
                "mixer": ["DEALER SALE RECEIPT", "RECEIPT - FACTORY SALE"],
                "spares": ["RECEIPT - SPARES COUNTER", "CASH RECEIPT - SPARES"],
                "scrap": ["RECEIPT - SCRAP SALE (COPPER WINDING)", "SCRAP SALE RECEIPT"],
            }[kind],
        )
    wrap_pair(p, rng.choice(["Received from", "Customer", "Sold to"]), party)
    if not j.no_ref:
        heads = {"showroom": ["SSG", "CB"], "plant": ["SGA", "RC"], "mail": ["SKM", "AR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labs = (
            ["Receipt No.", "Bill No."] if unit == "mail" else ["Bill No.", "Receipt No.", "Counter bill No."]
        )
        p.pair(rng.choice(labs), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Bill date", "Billed on"], PATS_IN)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "scrap":
        qty = round(rng.uniform(12, 95), 2)
        shown = f"{qty:.2f} kg"
        rate = float(rng.randrange(lo, hi))
    elif kind == "spares":
        qty = rng.randrange(2, 12)
        shown = f"{qty} sets"
        rate = float(rng.randrange(lo, hi, 5))
    elif kind == "repair":
        qty = 1
        shown = "1 job"
        rate = float(rng.randrange(lo, hi, 50))
    else:
        qty = rng.randrange(1, 3) if k in (0, 2, 7) else rng.randrange(6, 30)
        shown = f"{qty} {'unit' if qty == 1 else 'units'}"
        rate = float(rng.randrange(lo, hi, 10))
    base = round(qty * rate, 2)
    p.pair(f"  {shown} x {rate:,.2f}", rs(base))
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Order value", "Total"] if advance else ["Bill amount", "Total", "Grand total"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance taken by NEFT"])
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Cash received"]),
            "UPI": rng.choice(["UPI payment received", "Amount received by UPI"]),
            "card": rng.choice(["Card payment received", "Received by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance due", "Balance payable on installation"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI txn ref."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    words.append(
        {
            "scrap": "PAID - SCRAP WEIGHED AND LIFTED",
            "spares": "PAID - SPARES ISSUED",
            "repair": "PAID - REPAIRED SET DELIVERED",
        }.get(kind, "PAID - GRINDER HANDED OVER")
    )
    if advance:
        words = ["RECEIVED WITH THANKS"]
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - DISPATCH AFTER CREDIT",
        "failed": "CHEQUE BOUNCED - INVOICE CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "scrap": "Scrap is sold by weight as it lies at the plant; no claim after lifting.",
            "repair": "Repaired parts carry a 90-day service warranty. Keep this bill.",
            "spares": "Spares once issued are not taken back.",
        }.get(kind, "Goods once sold are not taken back. Cheques are subject to realisation."),
    )
    if unit != "mail":
        right(p, f"For {SHOWROOM if unit == 'showroom' else PLANT} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "SIRUVANI SERVICE & SHOWROOM" if unit == "showroom" else "SIRUVANI GRINDERS ASSEMBLY UNIT",
            "GANDHIPURAM, COIMBATORE" if unit == "showroom" else "SIDCO KURICHI, COIMBATORE",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. stones, motors, drums, bodies, cartons


SUPPLIERS = [
    (
        "Pallipalayam Granite Stone Works",
        "Black granite grinding stones | Roller and base sets | Stone dressing",
        "Salem Main Road, Pallipalayam, Namakkal - 638006, Tamil Nadu",
        "33",
        "PGS",
    ),
    (
        "Ganapathy Motor Windings Pvt Ltd",
        "Single phase induction motors | Rewinding | Copper windings",
        "Sathy Road, Ganapathy, Coimbatore - 641006, Tamil Nadu",
        "33",
        "GMW",
    ),
    (
        "Peenya Steel Drum Fabricators",
        "Stainless steel drums | Pressed lids | Deep drawn parts",
        "Peenya 2nd Stage, Bengaluru - 560058, Karnataka",
        "29",
        "PSD",
    ),
    (
        "Hosur Polymer Mouldings LLP",
        "ABS and PP body mouldings | Jars and lids | Tool room",
        "SIPCOT Phase II, Hosur - 635109, Tamil Nadu",
        "33",
        "HPM",
    ),
    (
        "Tiruppur Corrugated Boxes",
        "5-ply corrugated cartons | Printed boxes | Thermocol packing",
        "Avinashi Road, Tiruppur - 641603, Tamil Nadu",
        "33",
        "TCB",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "PGS": [
        ("Granite roller stone pair - 2 L grinder", "6802", "sets", 420, 680, 5, 100, 900),
        ("Base stone - commercial 20 L, dressed", "6802", "nos", 1400, 2300, 5, 20, 120),
    ],
    "GMW": [
        ("Induction motor 150 W - wet grinder", "8501", "nos", 1450, 2100, 18, 50, 400),
        ("Motor 1 HP - commercial grinder", "8501", "nos", 4800, 6900, 18, 10, 60),
    ],
    "PSD": [
        ("SS 304 drum 2 L - deep drawn", "7323", "nos", 620, 940, 18, 100, 800),
        ("SS drum 20 L with lid", "7323", "nos", 3100, 4600, 18, 10, 80),
    ],
    "HPM": [
        ("ABS body shell - table-top grinder", "3926", "sets", 310, 540, 18, 200, 1500),
        ("PP jar set - mixer (3 jars)", "3924", "sets", 260, 420, 18, 200, 1500),
    ],
    "TCB": [
        ("5-ply carton - wet grinder, printed", "4819", "pcs", 62, 110, 5, 500, 4000),
        ("Thermocol packing set", "3923", "sets", 28, 55, 18, 500, 4000),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 1, 0, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Namakkal granite stone works, the Coimbatore motor winder, the Bengaluru steel drum maker, the
    Hosur body moulder and the Tiruppur carton maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE (ORIGINAL) / INVOICE - ORIGINAL FOR BUYER / GST INVOICE - ORIGINAL
    COPY, Tax invoice No. / Inv. No. / Invoice No., Invoice date / Date / Bill dt., Bill to (buyer) / Billed
    to / Receiver the company, Ship to (consignee) the plant, Place of supply, E-way bill No., LR No. or
    Vehicle No., the stones, motors, drums, bodies, jars, cartons or packing with HSN, sets, nos or pcs x
    rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice value, Less: Advance paid
    against PO and Balance remitted by RTGS / NEFT on some, else Paid by RTGS / NEFT / Amount received by RTGS
    / NEFT / Paid by UPI / UPI amount received with UTR / UTR No. / UPI Ref. No. / UPI Ref No., or Cheque
    amount / Amount by cheque with Cheque No.; PAID / PAYMENT RECEIVED IN FULL / SETTLED - NO DUES / CHEQUE
    DEPOSITED - AWAITING REALISATION / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PAY BY RTGS, in the supplier's
    rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL)", "INVOICE - ORIGINAL FOR BUYER", "GST INVOICE - ORIGINAL COPY"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Tax invoice No.", "Inv. No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Bill dt."], PATS_IN)
    ours_to(p, ["Bill to (buyer)", "Billed to", "Receiver"])
    wrap_pair(p, "Ship to (consignee)", f"{PLANT}, SIDCO Kurichi, Coimbatore")
    p.pair("Place of supply", "Tamil Nadu (33)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("GMW", "TCB"):
        p.pair("Vehicle No.", f"TN-{'37' if tag == 'GMW' else '39'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("LR No.", f"{rng.choice(['KPN', 'VRL', 'ABT'])}{digits(rng, 8)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "33")
    p.pair("Invoice value", rs(total))
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
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque amount", "Amount by cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance remitted by {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid by UPI", "UPI amount received"])
        else:
            lab = rng.choice([f"Paid by {way}", f"Amount received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED IN FULL", "SETTLED - NO DUES"]),
        "pending": "CHEQUE DEPOSITED - AWAITING REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PAY BY RTGS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after 45 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Kongu Lorry Service", "Dispatches to Madurai, Salem and Tiruchi dealers - May", 9000, 48000),
    (
        "Vellingiri Electrical Testing Laboratory",
        "Motor and insulation tests - 18 samples, IS 4250",
        8000,
        34000,
    ),
    ("Madukkarai Tool & Die Works", "New press tool - drum lid blanking", 45000, 180000),
    ("Smt. S. Selvanayaki", "Showroom rent - Dr. Nanjappa Road, June", 70000, 165000),
    ("Sugunapuram Powder Coaters", "Powder coating - 1,400 grinder bodies", 22000, 96000),
    ("Marudham Facility Services", "Housekeeping - plant and showroom, May", 28000, 64000),
    ("Kuyil Power Systems", "Generator AMC - 125 kVA, half year", 12000, 42000),
    ("Suryan FM Coimbatore", "Radio spots - Aadi sale, 60 spots", 30000, 110000),
]
CORP_PORTALS = [
    ("Canara Bank Corporate Net Banking", "Canara Bank", "netbanking.canarabank.in/corp/txnstatus"),
    ("TMB Corporate e-Banking", "Tamilnad Mercantile Bank", "corporate.tmbnet.in/payments/viewtxn"),
    ("FedCorp", "Federal Bank", "fedcorp.federalbank.co.in/transfers/detail"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its lorry service, the electrical testing laboratory, the die maker, the showroom's
    landlord, the powder coater, the housekeeping agency, the generator mechanic and the FM radio station:
    corporate net banking's transaction pages (Canara Bank Corporate Net Banking, TMB Corporate e-Banking,
    FedCorp: the portal on top and the bank's line, Payment details / Fund transfer - status, the references
    first: UTR / UTR No. / IMPS Ref No. and Bank reference No. / Core banking ref.; then Beneficiary name /
    Payee / Credit account name / Paid to beneficiary, Beneficiary short name, Beneficiary A/c and IFSC, Debit
    account the company, Transfer amount / Amount debited / Transaction amount, Transfer type / Payment
    channel NEFT / RTGS / IMPS, Narration / Purpose, Initiated by / Approved by; the day and the status at the
    foot: Processed on / Value date / Transaction date / Initiated on / Saved on / Failed on / Returned on;
    Completed - amount credited to beneficiary / Status: Paid out - UTR allotted / Awaiting authorisation -
    approver yet to act / Bounced by the receiving bank - account dormant, funds back in debit account)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?id={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Funds transfer', 'Transaction status', 'Payments'])}")
    p.add("center", rng.choice(["Payment details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:3]}{digits(rng, 11)}"
        p.pair(rng.choice(["Bank reference No.", "Core banking ref."]), tr, txn=(BANK_RANK, tr))
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee", "Credit account name", "Paid to beneficiary"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "CBE")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transfer amount", "Amount debited", "Transaction amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Transfer type", "Payment channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Purpose"]), note)
    p.pair("Initiated by / Approved by", f"SKMACC01 / {'-' if status == 'pending' else 'SKMMD02'}")
    p.add("rule")
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Value date", "Transaction date"],
            "pending": ["Initiated on", "Saved on"],
            "failed": ["Failed on", "Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Completed - amount credited to beneficiary",
                "Status: Paid out - UTR allotted",
            ],
            "pending": ["Awaiting authorisation - approver yet to act"],
            "failed": ["Bounced by the receiving bank - account dormant, funds back in debit account"],
        },
    )
    p.part = "foot"
    p.add("small", "A returned transfer is credited back to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. assemblers, winders, dressers, fitters


# payee, role, section, kind
WORKERS = [
    ("R. Palanisamy", "Assembler - table-top line", "Line 2", "assemble"),
    ("S. Kaleeswari", "Motor winder", "Winding section", "wind"),
    ("M. Karuppusamy", "Stone dresser", "Stone yard", "dress"),
    ("T. Jothimani", "Packer", "Dispatch bay", "pack"),
    ("K. Senthilkumar", "Service technician - field", "Gandhipuram service centre", "service"),
    ("P. Maheswari", "Assembler - mixer line", "Line 4", "assemble"),
    ("N. Ponnusamy", "Stone dresser", "Stone yard", "dress"),
    ("V. Ramkumar", "Service technician - field", "Gandhipuram service centre", "service"),
]
WORK_FRAMES = ["paper", "paper", "open", "paper", "bhim", "paper", "open", "canara"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "assemble": (
        ["PIECE RATE WAGES VOUCHER - ASSEMBLY LINE", "ASSEMBLY PIECE-WORK SLIP"],
        ["Name of worker", "Paid to (assembler)"],
        "Grinders assembled and passed: {q} x {rate}",
        (18, 42),
        (120, 480),
        ["Net wages paid", "Amount handed over"],
    ),
    "wind": (
        ["MOTOR WINDING - PIECE WAGES VOUCHER", "WINDING SECTION PIECE RATE SLIP"],
        ["Winder's name", "Paid to (winder)"],
        "Motors wound and tested: {q} x {rate}",
        (55, 95),
        (60, 220),
        ["Net wages paid", "Net payable - paid"],
    ),
    "dress": (
        ["STONE DRESSING WAGES VOUCHER", "GRINDING STONE FITTING - PIECE SLIP"],
        ["Stone dresser's name", "Paid to (stone dresser)"],
        "Stone sets dressed: {q} x {rate}",
        (30, 65),
        (80, 300),
        ["Amount handed over", "Net wages paid"],
    ),
    "pack": (
        ["PACKING SECTION WAGES VOUCHER", "DISPATCH BAY - PIECE RATE SLIP"],
        ["Packer's name", "Paid to (packer)"],
        "Cartons packed and sealed: {q} x {rate}",
        (6, 12),
        (600, 1800),
        ["Net wages paid", "Net payable - paid"],
    ),
    "service": (
        ["SERVICE TECHNICIAN - CALL VISIT PAYMENT VOUCHER", "FIELD SERVICE CALLS - INCENTIVE SLIP"],
        ["Technician's name", "Paid to (technician)"],
        "Service calls attended: {q} x {rate}",
        (120, 260),
        (20, 90),
        ["Net payable - paid", "Amount handed over"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its assemblers by the grinder passed, its winders by the motor, its stone dressers
    by the set, its packers by the carton and its field technicians by the call: its printed PIECE RATE WAGES
    VOUCHER - ASSEMBLY LINE / ASSEMBLY PIECE-WORK SLIP / MOTOR WINDING - PIECE WAGES VOUCHER / WINDING SECTION
    PIECE RATE SLIP / PACKING SECTION WAGES VOUCHER / DISPATCH BAY - PIECE RATE SLIP (the company on top with
    the plant's line, Wage voucher No. / Voucher No., Date / Voucher date / Wages paid on, Name of worker /
    Paid to (assembler) / Winder's name / Paid to (winder) / Packer's name / Paid to (packer), Job, Section,
    Token No. (no fact), the grinders, motors or cartons x rate, Add: Night shift allowance / Add: Attendance
    bonus, Gross piece wages, Less: Rework deducted - n units @ rate / Less: Canteen recovery / Less: Salary
    advance recovered, Net wages paid / Amount handed over / Net payable - paid, Mode Cash / UPI / IMPS, UPI
    Ref. No. / IMPS Ref No.; PAID / PAID IN CASH / PAID - ENTERED IN WAGE REGISTER / PAID - TOKEN CLOSED),
    Open's payout pages for two stone dressers (Open on top and Payouts - the company under it, the sum large
    above the status, Payee name / Beneficiary, Contact ID, Bank account / UPI ID, Transfer mode, Purpose,
    Open payout ID, UTR / RRN, Reference ID, Paid at / Credited at / Initiated at / Reversed at; Payout
    completed - amount credited / Payout status: Credited / Processing with the beneficiary bank - final
    status by end of day / Payout reversed - IFSC not valid for the account), a BHIM screen (UPI Ref No. and
    BHIM txn ID) and a Canara ai1 screen paying two technicians."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=900, high=24000, p_round=0.9)
    who, role, section, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "open":
        j.amount = rupees(rng, 3500, 18000, 0.6)
        pid = f"pyt_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "app.open.money/payouts/history" + ("" if j.no_ref else f"/{pid}"))
        p.part = "head"
        top(p, "Open")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Payout completed - amount credited", "Payout status: Credited"],
                "pending": ["Processing with the beneficiary bank - final status by end of day"],
                "failed": ["Payout reversed - IFSC not valid for the account"],
            },
        )
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary"]), who, merchant=who)
        p.pair("Contact ID", f"cont_{code(rng, 10, ALNUM + LOWER)}")
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Bank account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
        else:
            p.pair("UPI ID", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@cnrb")
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Stone dressing wages - week 24", "Piece wages - 160 stone sets"]))
        if not j.no_ref:
            p.pair("Open payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR / RRN", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"SKM-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Paid at", "Credited at"],
                "pending": ["Initiated at"],
                "failed": ["Reversed at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The beneficiary's bank has confirmed this credit.",
                "pending": "Do not pay again while a payout is processing.",
                "failed": "A reversed payout goes back to your Open payout balance.",
            }[status],
        )
        return p.done()
    if frame in ("bhim", "canara"):
        j.amount = rupees(rng, 2400, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "Canara ai1")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['upi', 'cnrb', 'okaxis', 'fbl'])}",
            method="UPI",
        )
        p.pair(rng.choice(["Message", "Note"]), rng.choice(["Service calls - May", "Call visit charges"]))
        if not j.no_ref:
            if frame == "bhim":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHM{digits(rng, 15)}"
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Canara Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{PLANT} - {'stone yard' if kind == 'dress' else 'production and dispatch'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Wage voucher No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Wages paid on"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Job", role)
    p.pair("Section", section)
    p.pair("Token No.", f"T-{rng.randrange(1, 480):03d}")
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([250, 400, 500, 800]))
        p.pair(rng.choice(["Add: Night shift allowance", "Add: Attendance bonus"]), rs(extra))
        gross += extra
    p.pair("Gross piece wages", rs(gross))
    cut = 0.0
    if kind in ("assemble", "wind") and rng.random() < 0.5:
        bad = rng.randrange(2, 9)
        per = float(rate)
        cut = bad * per
        p.pair(f"Less: Rework deducted - {bad} units @ {per:.2f}", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([300, 600, 1000, 2000]))
        p.pair(rng.choice(["Less: Canteen recovery", "Less: Salary advance recovered"]), rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN WAGE REGISTER", "PAID - TOKEN CLOSED"]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. corporation, TNPCB, DISH, BIS


FEE_FRAMES = ["property", "tnpcb", "dish", "vahan", "trade", "metrology", "bis", "elec"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def fee_page(p: Screen, name: str, line: str) -> None:
    """The authority on top (the payee) and the line under it (no fact)."""
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a grinder maker's plant and showroom in Coimbatore: Coimbatore City Municipal Corporation's
    property tax page (the Corporation on top and its online payment line, Assessment No., Name of owner, Zone
    / Ward, the Property tax for the half year, the Education tax and the Library cess, Total tax remitted /
    Amount collected, Transaction ID, Bank Ref No., Receipt No.) and its trade licence page (Name of trade,
    Licence No., Trade licence fee (showroom and service), Signboard fee, Total amount / Amount, Transaction
    ID, Transaction date / Attempted on; Payment unsuccessful - amount not credited to the Corporation
    account), the Tamil Nadu Pollution Control Board's consent to operate renewal (the Board on top and its
    OCMMS line, Name of the unit, Consent order No., Category, Consent fee for the year, Total fee paid /
    Amount paid, Transaction ID), the Directorate of Industrial Safety and Health's factory licence renewal
    (Name of the factory, Licence No., Workers and horse power, Licence renewal fee, Total fee paid / Amount
    paid, Transaction ID), the Transport Department's Vahan tax page for the service van (Owner name,
    Registration No., Vehicle class, Tax valid upto, Quarterly tax, Green tax, Total amount paid / Amount
    paid, Transaction No., Bank Ref No., Receipt No.), Legal Metrology's packer registration renewal (Name of
    the packer, Registration No., Renewal fee, Total fee paid / Amount paid, Transaction ID), the Bureau of
    Indian Standards' annual licence fee for the mixers (BIS on top and its Manakonline line, Name of the
    licensee, CM/L No., Product, Annual minimum marking fee, Licence fee, GST @ 18%, Total amount / Amount,
    Transaction ID, Initiated on / Transaction date; Payment initiated - bank confirmation awaited, licence
    status updates after reconciliation) and the Electrical Inspectorate's periodical inspection fee (Name of
    consumer, Service connection No., Connected load, Inspection fee, Total fee paid / Amount paid,
    Transaction ID, Challan No.); Payment mode, Date of payment / Payment date / Receipt date / Paid on;
    Payment successful / Paid - e-receipt issued / Transaction completed - fee accounted / Fee credited to the
    department - e-receipt below."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    ok = [
        "Payment successful",
        "Paid - e-receipt issued",
        "Transaction completed - fee accounted",
        "Fee credited to the department - e-receipt below",
    ]
    days = ["Date of payment", "Payment date", "Receipt date", "Paid on"]
    if frame in ("property", "trade"):
        p = browser_page(rng, font, f"ccmc.tn.gov.in/onlinepayment/{frame}/ack/{digits(rng, 9)}")
        fee_page(
            p,
            rng.choice(["Coimbatore City Municipal Corporation", "COIMBATORE CITY MUNICIPAL CORPORATION"]),
            "Online payment of taxes and fees  |  "
            + ("Property tax" if frame == "property" else "Trade licence renewal"),
        )
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "failed": ["Payment unsuccessful - amount not credited to the Corporation account"],
            },
        )
        if frame == "property":
            p.pair("Assessment No.", f"{rng.randrange(1, 100):03d}/{digits(rng, 6)}")
            wrap_pair(p, "Name of owner", firm)
            p.pair(
                "Zone / Ward",
                f"{rng.choice(['South', 'Central', 'North'])} Zone / Ward {rng.randrange(1, 101)}",
            )
            heads = [
                ("Property tax - 1st half 2026-27", 18000.0, 56000.0),
                ("Education tax", 1800.0, 5600.0),
                ("Library cess", 700.0, 2200.0),
            ]
            labels = ["Total tax remitted", "Amount collected"]
        else:
            wrap_pair(p, "Name of trade", f"{SHOWROOM} - appliance sales and service")
            p.pair("Licence No.", f"CCMC/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee (showroom and service)", 3500.0, 9500.0),
                ("Signboard fee", 600.0, 2800.0),
            ]
            labels = ["Total amount", "Amount"]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"CCMC{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"CBE/{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(p, j, days if status == "success" else ["Transaction date", "Attempted on"], pats)
        foot = (
            "Property tax for each half year is due within the first month of that half year."
            if frame == "property"
            else "Any amount debited and not credited comes back to the payer within 7 working days."
        )
    elif frame == "tnpcb":
        p = browser_page(rng, font, f"tnpcb.gov.in/ocmms/consent/feepaid/{digits(rng, 8)}")
        fee_page(
            p,
            rng.choice(["Tamil Nadu Pollution Control Board", "TAMIL NADU POLLUTION CONTROL BOARD"]),
            "OCMMS - Online Consent Management  |  Consent to operate - renewal",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the unit", f"{PLANT} ({firm})")
        p.pair("Consent order No.", f"{digits(rng, 10)}")
        p.pair("Category", "White - assembly of electrical appliances")
        fee = float(rng.choice([2500, 3750, 5000, 7500]))
        p.pair("Consent fee for the year", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"TNPCB{digits(rng, 11)}")])
        date_row(p, j, days, pats)
        foot = "The renewed consent order is issued after the District Environmental Engineer's review."
    elif frame == "dish":
        p = browser_page(rng, font, f"dish.tn.gov.in/licence/renewal/payment/{digits(rng, 8)}")
        fee_page(
            p,
            rng.choice(
                [
                    "Directorate of Industrial Safety and Health, Tamil Nadu",
                    "DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH",
                ]
            ),
            "Labour Welfare and Skill Development Department  |  Factory licence renewal",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the factory", f"{PLANT}, Kurichi")
        p.pair("Licence No.", f"{rng.randrange(1, 9999):04d}/CBE/2{rng.randrange(10, 99)}")
        workers = rng.randrange(48, 140)
        hp = rng.choice([75, 120, 180])
        p.pair("Workers / HP", f"{workers} workers / {hp} HP")
        fee = float(rng.choice([6400, 9600, 12800, 16000]))
        p.pair("Licence renewal fee", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"DISH{digits(rng, 12)}")])
        date_row(p, j, days, pats)
        foot = "The renewed licence can be downloaded once the Deputy Director approves it."
    elif frame == "vahan":
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt")
        fee_page(
            p,
            rng.choice(
                ["Transport Department, Government of Tamil Nadu", "Transport Department, Tamil Nadu"]
            ),
            "Vahan - Ministry of Road Transport & Highways  |  Pay your tax",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"TN-37-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Light goods vehicle (service van)", "Goods carrier (LMV)"]))
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        tax = float(rng.choice([1600, 2250, 2900]))
        green = float(rng.choice([0, 200, 400]))
        p.pair("Quarterly tax", rs(tax))
        if green:
            p.pair("Green tax", rs(green))
        j.amount = tax + green
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"TN{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"TN{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "Keep the e-receipt in the van with the fitness certificate and the permit."
    elif frame == "metrology":
        p = browser_page(rng, font, "lmtn.tn.gov.in/packer/registration/renewal/receipt")
        fee_page(
            p,
            rng.choice(
                [
                    "Legal Metrology, Labour Department, Tamil Nadu",
                    "Controller of Legal Metrology, Tamil Nadu",
                ]
            ),
            "Government of Tamil Nadu  |  Packer registration (packaged commodities) - renewal",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the packer", firm)
        p.pair("Registration No.", f"LM/TN/PKR/{digits(rng, 5)}")
        fee = float(rng.choice([1000, 2000, 2500]))
        p.pair("Renewal fee (5 years)", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"LMTN{digits(rng, 11)}")])
        date_row(p, j, days, pats)
        foot = "Print the MRP, the net quantity and the month of manufacture on every carton."
    elif frame == "bis":
        p = browser_page(rng, font, "manakonline.in/MANAK/licencefee/payment/status")
        fee_page(
            p,
            rng.choice(["Bureau of Indian Standards", "BUREAU OF INDIAN STANDARDS"]),
            "Manakonline - Ministry of Consumer Affairs  |  Annual licence fee",
        )
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": [
                    "Payment initiated - bank confirmation awaited, "
                    "licence status updates after reconciliation"
                ],
            },
        )
        wrap_pair(p, "Name of the licensee", firm)
        p.pair("CM/L No.", f"{digits(rng, 10)}")
        p.pair("Product", "Electric food mixers (IS 4250)")
        marking = float(rng.choice([40000, 60000, 80000]))
        fee = 1000.0
        p.pair("Annual minimum marking fee", rs(marking))
        p.pair("Licence fee", rs(fee))
        gst = round((marking + fee) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(marking + fee + gst, 2)
        p.pair(rng.choice(["Total amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"BIS{digits(rng, 13)}")])
        date_row(p, j, ["Initiated on", "Transaction date"], pats)
        foot = "Fees are accounted once the bank's settlement file reaches BIS."
    else:
        p = browser_page(rng, font, "tnei.tn.gov.in/epayment/inspectionfee/ack")
        fee_page(
            p,
            rng.choice(
                ["Electrical Inspectorate, Government of Tamil Nadu", "ELECTRICAL INSPECTORATE, TAMIL NADU"]
            ),
            "Chief Electrical Inspector to Government  |  Periodical inspection fee",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of consumer", firm)
        p.pair(
            "Service connection No.", f"{rng.randrange(1, 9):02d}-{rng.randrange(100, 999)}-{digits(rng, 4)}"
        )
        load = rng.choice([62, 88, 112])
        p.pair("Connected load", f"{load} kW (LT III-B)")
        fee = float(load * rng.choice([25, 30]))
        p.pair("Inspection fee", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"TNEI{digits(rng, 12)}"),
                ("Challan No.", INVOICE_RANK, f"EI/CBE/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, days, pats)
        foot = "The inspection is fixed by the Inspector of the circle after the fee is accounted."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - plant, machinery and stock",
        "browser",
        "fire",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Burglary insurance - showroom stock and spares",
        "mail",
        "burglary",
    ),
    (
        "Future Generali India Insurance Co. Ltd",
        "futuregenerali.in",
        "Marine open policy - dispatches to dealers",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - plant and service staff",
        "browser",
        "health",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Money insurance - wage cash from bank to plant",
        "mail",
        "money",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Goods carrying vehicle package - service van",
        "paper",
        "vehicle",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Employees' compensation - assembly and stone yard workers",
        "browser",
        "ec",
    ),
    (
        "Zuno General Insurance Ltd",
        "hizuno.com",
        "Machinery breakdown - presses, winding and moulding machines",
        "mail",
        "machinery",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its plant, machinery and stock, the showroom's stock and spares, its dispatches to
    dealers, its staff's health, the wage cash carried from the bank, its service van, its workers under the
    Employees' Compensation Act and its presses and winding machines: the insurers' premium receipts (browser,
    e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT CUM ACKNOWLEDGEMENT /
    Receipt for premium received / PREMIUM PAYMENT RECEIPT - ORIGINAL, Insured / Name of proposer /
    Policyholder, Policy No., Proposal No. / Quotation No., Sum insured - plant, machinery and stock / Sum
    insured - showroom stock / Estimated annual dispatches / Lives covered / Limit per transit / IDV (insured
    declared value) / Annual wages declared / Sum insured - machinery, Policy period, Net premium or Own
    damage premium and Third party premium, an add-on (Earthquake cover, Theft without forcible entry, War and
    SRCC cover, OPD cover, Cash in counter, Nil depreciation, Occupational disease cover, Owner's surrounding
    property), GST @ 18%, the sum: Total premium paid (incl. GST) / Premium received / Gross premium collected
    / Amount of cheque / Premium payable / Amount due; then the status: Premium realised - policy number
    allotted / Payment successful - policy document e-mailed / CHEQUE RECEIVED - COVER STARTS ON CLEARANCE /
    Premium not received - transaction declined by bank, policy not issued; Payment mode, Cheque No., Payment
    gateway ref. / Transaction ref. No., UPI Ref No. / Bank Ref No., Receipt No. / Premium receipt No.,
    Receipt date / Date of receipt / Premium received on / Cheque received on / Cheque deposited on / Failed
    on / Attempted on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['online', 'buy', 'portal'])}.{host}/payment/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipts@{host}>",
            ["Premium receipt - your policy", "We have received your premium"],
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
            rng.choice(
                ["Branch Office, Avinashi Road, Coimbatore", "Divisional Office, Race Course, Coimbatore"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            [
                "PREMIUM RECEIPT CUM ACKNOWLEDGEMENT",
                "Receipt for premium received",
                "PREMIUM PAYMENT RECEIPT - ORIGINAL",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p, rng.choice(["Insured", "Name of proposer", "Policyholder"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['11', '41', '62'])}/26/{digits(rng, 9)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quotation No."]), f"Q{digits(rng, 11)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(20000000, 90000000, 100000))
        p.pair("Sum insured - plant, machinery and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("Earthquake cover", round(insured * 0.00008, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 8000000, 50000))
        p.pair("Sum insured - showroom stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0016), 2)
        addon = ("Theft without forcible entry", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(30000000, 150000000, 100000))
        p.pair("Estimated annual dispatches", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC cover", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(30, 110)
        p.pair("Lives covered", f"{members} employees and dependants")
        basic = round(members * rng.uniform(6500, 11000), 2)
        addon = ("OPD cover", round(members * 350.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(500000, 2500000, 50000))
        p.pair("Limit per transit", rs(limit))
        basic = round(limit * rng.uniform(0.003, 0.006), 2)
        addon = ("Cash in counter", round(limit * 0.0004, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 980000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"TN-37-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage premium", basic), ("Third party premium", float(rng.choice([16049, 27186])))]
        addon = ("Nil depreciation", round(idv * 0.002, 2))
    elif kind == "ec":
        wages = float(rng.randrange(6000000, 24000000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.007), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    else:
        insured = float(rng.randrange(4000000, 18000000, 50000))
        p.pair("Sum insured - machinery", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.004), 2)
        addon = ("Owner's surrounding property", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Policy period", f"12 months from {j.other_day(rng, 1, 6)}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid (incl. GST)", "Premium received", "Gross premium collected"],
        "pending": ["Amount of cheque"],
        "failed": ["Premium payable", "Amount due"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium realised - policy number allotted",
                "Payment successful - policy document e-mailed",
            ],
            "pending": ["CHEQUE RECEIVED - COVER STARTS ON CLEARANCE"],
            "failed": ["Premium not received - transaction declined by bank, policy not issued"],
        },
    )
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TRX', 'OL'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment gateway ref.", "Transaction ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Date of receipt", "Premium received on"],
            "pending": ["Cheque received on", "Cheque deposited on"],
            "failed": ["Failed on", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "The cover is subject to realisation of the premium and to the terms of the policy.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SIRUVANI SERVICE & SHOWROOM", "GANDHIPURAM, COIMBATORE", "own"),
    ("SRI KAMATCHI AMMAN FUELS (HPCL)", "POLLACHI ROAD, MALUMICHAMPATTI", "fuel"),
    ("SIRUVANI KITCHEN MACHINES", "SIDCO KURICHI COIMBATORE TN", "own"),
    ("HOTEL MEENAKSHI REGENCY", "WEST VELI STREET, MADURAI", "hotel"),
    ("SIRUVANI GRINDERS ASSEMBLY UNIT", "KURICHI, COIMBATORE", "own"),
    ("UKKADAM HARDWARE & TOOLS", "UKKADAM, COIMBATORE", "shop"),
    ("SIRUVANI SERVICE & SHOWROOM", "COIMBATORE 641012 TN", "own"),
    ("AMUDHA MESS", "AVINASHI ROAD, NEELAMBUR", "food"),
]
TERMINALS = [
    "CANARA BANK",
    "HPCL",
    "FEDERAL BANK",
    "AXIS BANK",
    "TMB",
    "MSWIPE",
    "SBI",
    "PHONEPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Households', dealers' and mechanics' cards on the showroom's, the company's and the plant's terminals,
    and the company's card at a filling station on Pollachi Road, a Madurai hotel in the dealers' meet week, a
    hardware shop at Ukkadam and a mess on Avinashi Road: terminal slips (monospace: the terminal's bank or
    brand on top on some, the counter's name and place in capitals, DATE: and TIME: / TXN DATE: and TXN TIME:
    / DATE & TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO: / INV NO:, SALE, CARD NO:, CARD
    TYPE:, a fuel sale's PRODUCT:, RATE/LTR:, QTY(LTR): and VEH NO:, a hotel's FOLIO NO: and ROOM NO:, APPR
    CODE: / AUTH NO:, RRN: / RRN NO:, AMOUNT: / TOTAL: / AMOUNT(INR): / NET AMT:; APPROVED / TXN APPROVED /
    APPROVED - TXN OK / DECLINED - 75 PIN TRIES EXCEEDED / NO RESPONSE FROM BANK - VERIFY BEFORE RETRYING)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=2500, high=120000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 5800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 16500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 450, 9800, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 160, 2200, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "SALE - TAP & PAY", "SALE - CHIP"] if j.amount <= 5000 else ["SALE", "SALE - CHIP"]
        ),
    )
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(92.1, 101.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER PETROL"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("VEH NO:", f"TN37{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", digits(rng, 6))
        p.pair("ROOM NO:", str(rng.randrange(101, 512)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "TOTAL:", "AMOUNT(INR):", "NET AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - TXN OK"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 75 PIN TRIES EXCEEDED", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM BANK - VERIFY BEFORE RETRYING", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, landline, phone, DTH


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service connection No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Sun Direct", "Sun Direct TV Pvt Ltd", "Subscriber ID"),
]
BILL_APPS = ["TNPDCL", "PhonePe", "Canara ai1", "Google Pay", "TNPDCL", "Amazon Pay", "MobiKwik", "Paytm"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's and the showroom's electricity (TNPDCL), the office broadband (Airtel Xstream Fiber), the
    showroom's landline (BSNL), the service manager's postpaid phone (Jio) and the showroom's DTH (Sun Direct)
    through Bharat Connect in Canara ai1 and UPI apps (the app on top, the sum large above the status, Biller
    / Operator / Service provider / Bill paid to as printed, Service connection No. / Account No. / Telephone
    No. / Mobile No. / Subscriber ID, Customer name / Registered name / Name as per biller, Bill month and Due
    date on some, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Txn Ref. / B-Connect ID, UPI
    Ref No., Transaction ID on the failed one, Paid on / Payment date & time / Completed at / Transaction date
    & time; Bill paid - biller confirmed / Payment received by the biller / Confirmation from biller pending -
    check again after 48 hours / Bill payment failed - refund initiated to your account) and TNPDCL's own
    online payment page (TNPDCL, Tamil Nadu Power Distribution Corporation Ltd or its capitals on top with its
    TNEB Ltd line, Service connection No., Circle / Section, Consumer name, Bill date, Amount paid / Amount
    received, Payment mode, Transaction ID, Receipt No., Date of payment / Paid on; Payment successful /
    Amount received - receipt generated)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=6000, high=95000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1599, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Service connection No.": f"{rng.randrange(1, 9):02d}-{rng.randrange(100, 999)}-{digits(rng, 3)}-"
        f"{digits(rng, 4)}",
        "Account No.": f"{rng.choice(['30', '31'])}{digits(rng, 8)}",
        "Telephone No.": f"0422-25{digits(rng, 5)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"5{digits(rng, 10)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnebltd.gov.in/onlinepayment/ack")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A TNEB Ltd group company  |  Online payment - acknowledgement")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Amount received - receipt generated"]})
        p.pair(idlab, ids)
        p.pair(
            "Circle / Section", rng.choice(["Coimbatore South / Kurichi", "Coimbatore Metro / Gandhipuram"])
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNPD{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 10)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted against your service connection within two working days.")
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
            "success": ["Bill paid - biller confirmed", "Payment received by the biller"],
            "pending": ["Confirmation from biller pending - check again after 48 hours"],
            "failed": ["Bill payment failed - refund initiated to your account"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Operator" if which in (2, 3) else rng.choice(["Biller", "Service provider", "Bill paid to"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Registered name", "Name as per biller"]),
        rng.choice([COMPANY_CAPS, PLANT.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "Canara ai1" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "MobiKwik": "MK",
                "Amazon Pay": "AP",
            }.get(app, "CB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Txn Ref.", "B-Connect ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Completed at", "Transaction date & time"]
        if status == "success"
        else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "KONGU LORRY SERVICE",
    "VELLINGIRI ELECTRICA",
    "PALLIPALAYAM GRANITE",
    "MADUKKARAI TOOL & DI",
    "GANAPATHY MOTOR WIND",
    "TAMIL NADU POWER DIS",
    "S KALEESWARI",
    "HOSUR POLYMER MOULDI",
]
SENDERS = {
    "Canara Bank": "VK-CANBNK",
    "Federal Bank": "AD-FEDBNK",
    "South Indian Bank": "JM-SIBSMS",
    "Equitas Small Finance Bank": "BZ-EQUTAS",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VK-CANBNK /
    AD-FEDBNK / JM-SIBSMS / BZ-EQUTAS, the day divider, each bank's own wording: Canara Bank's "An amount of
    INR x has been DEBITED to your A/c XXX1234 on <day> towards <way> to <payee>.", Federal Bank's "Rs x
    debited from your A/c XX1234 on <day> for <way> transfer to <payee>.", South Indian Bank's "Your a/c
    XX1234 is debited for Rs.x on <day>; <way> credit to <payee>.", Equitas Small Finance Bank's UPI "Equitas:
    Rs.x sent from A/c *1234 to <payee> on <day> via UPI. Ref <ref>"; a transfer that "was NOT CREDITED -
    beneficiary bank rejected it; money back in your A/c." and one that "is UNDER PROCESS at the beneficiary
    bank; please wait before you retry.", the Avl Bal line) and two e-mail debit alerts (Canara Bank, Federal
    Bank: Transferred to / Payee / Beneficiary name, Amount debited (INR) / Transaction amount, Account,
    Channel, UTR No. / IMPS Ref No., Transaction date / Posted on / Date of debit, Status: Successful - amount
    debited / Transaction status: Debited and sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=8000, high=340000)
    to = ALERT_PAYEES[k]
    if k == 6:
        j.amount = rupees(rng, 2400, 16000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 18000, 95000)
    elif k == 0:
        j.amount = rupees(rng, 9000, 48000)
    if k in (3, 7):
        bank = rng.choice(["Canara Bank", "Federal Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - fund transfer", "Transaction alert: money sent from your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a fund transfer from your current account has been debited.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Transferred to", "Payee", "Beneficiary name"]), to, merchant=to)
        p.pair(rng.choice(["Amount debited (INR)", "Transaction amount"]), rs(j.amount), amount=j.amount)
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            ["Transaction date", "Posted on", "Date of debit"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"],
        )
        p.add(
            "left",
            rng.choice(["Status: Successful - amount debited", "Transaction status: Debited and sent"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "We never ask for your OTP, PIN or password. Report an unknown debit at once.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Equitas's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Canara Bank",
        2: "Federal Bank",
        5: "South Indian Bank",
        6: "Equitas Small Finance Bank",
    }.get(k, rng.choice(["Canara Bank", "Federal Bank", "South Indian Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Equitas Small Finance Bank":
            p.add("left", f"Equitas: Rs.{amt} sent from A/c *{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via UPI.", merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been DEBITED", amount=j.amount)
            p.add("left", f"to your A/c XXX{tail}{on} towards {way}", method=method)
            p.add("left", f"to {to}.", merchant=to)
        elif bank == "Federal Bank":
            p.add("left", f"Rs {amt} debited from your A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Your a/c XX{tail} is debited for Rs.{amt}{on};", amount=j.amount)
            p.add("left", f"{way} credit to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was NOT CREDITED - beneficiary bank rejected it; money back in your A/c.",
            "pending": "is UNDER PROCESS at the beneficiary bank; please wait before you retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Equitas Small Finance Bank":
            p.add("left", f"Ref {ref}. Not you? Call 1800 103 1222", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Equitas Small Finance Bank":
            p.add("small", "-Equitas Bank", status="success")
        else:
            p.add("left", f"Avl Bal: Rs {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank at once", "Report an unknown debit to your branch"]
                ),
            )
    if bank != "Equitas Small Finance Bank":
        p.add(
            "small",
            {"Canara Bank": "-Canara Bank", "Federal Bank": "-Federal Bank"}.get(bank, "-South Indian Bank"),
        )
    return p.done()


compose = compose158

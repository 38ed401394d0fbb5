"""The twelve heldout205 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Hyderabad biryani chain's day in 2026 (Degh House Foods Pvt Ltd, its central
kitchen at Kattedan Industrial Area and its three Degh House Biryani outlets at Tolichowki, Kukatpally and
Dilsukhnagar, Hyderabad, Telangana), told by the proofs of payment it receives and makes: the food aggregators'
weekly payout advices, the outlets' diners' UPI screens and the catering desk's payment links, franchisees' royalty
wires from the Gulf, Britain and the US in dirhams, riyals, pounds and US dollars, its own catering and bulk order
receipts, the rice traders', mutton and broiler suppliers' bills and a spice house's invoice pages, the LPG
distributors' cash memos and the city gas company's pages, corporate net-banking transfers to the cold store,
vegetable and container suppliers, landlords and contractors, the cooks', helpers' and riders' pay, GHMC's,
FoSCoS's, the Pollution Control Board's, the Labour Department's and the fire service's fee pages, card terminal
slips, the electricity (TGSPDCL), water (HMWSSB), fibre and phone bills and the bank's SMS and e-mail alerts. Every
row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page
keeps. Headings, footers, order periods and counts, commissions, GST, TDS and fees on an advice, restaurant and
outlet ids, bills and items, kilograms, bags, cylinders, rates, empties, events and their days, covers, advances and
balances, heads, deductions, months, licence, PTIN, consumer, USC, CAN, BP and account numbers, GSTIN, PAN, IFSC,
BIC, UETR, the sender's reference, MID, TID, batch, STAN and table numbers, the maker and the approver and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
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
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Degh House Foods Pvt Ltd"
COMPANY_CAPS = "DEGH HOUSE FOODS PVT LTD"
SHORT = "Degh House"
BRAND = "Degh House Biryani"
KITCHEN = "Plot 41, Kattedan Industrial Area, Rajendranagar, Hyderabad - 500077, Telangana"
# the outlets: town, address
OUTLETS = [
    ("Tolichowki", "8-1-366/12, Main Road, Tolichowki, Hyderabad - 500008"),
    ("Kukatpally", "Plot 14, KPHB Phase 1, Kukatpally, Hyderabad - 500072"),
    ("Dilsukhnagar", "16-11-740, Opp. Metro Station, Dilsukhnagar, Hyderabad - 500060"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Union Bank of India",
    "Canara Bank",
    "Bank of Baroda",
    "Federal Bank",
    "Karur Vysya Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Federal Bank": "FDRL",
    "Karur Vysya Bank": "KVBL",
    "IDFC FIRST Bank": "IDFB",
    "IndusInd Bank": "INDB",
}


def outlet(rng: random.Random, i: int) -> str:
    """An outlet's name as a page prints it."""
    town = OUTLETS[i][0]
    return rng.choice([f"{BRAND} - {town}", f"{BRAND}, {town}", f"{BRAND.upper()} {town.upper()}"])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Buyer / Customer: no fact)."""
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


def shifted(j: Job, days: int, pat: str) -> str:
    return when(j.date + dt.timedelta(days=days), pat)


# ---------------------------------------------------------------- 1. the food aggregators' payout advices


# aggregator, its line, its sender / host, the frame, the outlet paid
AGGREGATORS = [
    ("Swiggy", "Swiggy Limited  |  Restaurant partner payouts", "payouts@swiggy.in", "mail", 0),
    ("zomato", "Zomato for restaurant partners  |  Payouts", "www.zomato.com/partners", "portal", 1),
    ("magicpin", "magicpin for merchants  |  Settlements", "settlements@magicpin.in", "mail", 2),
    ("Swiggy", "Swiggy Limited  |  Partner app - Payouts", "partner.swiggy.com/payouts", "portal", 2),
    ("zomato", "Zomato for restaurant partners  |  Payouts", "payouts@zomato.com", "mail", 0),
    ("Swiggy", "Swiggy Limited  |  Restaurant partner payouts", "payouts@swiggy.in", "mail", 1),
    ("zomato", "Zomato for restaurant partners  |  Payouts", "www.zomato.com/partners", "portal", 2),
    ("magicpin", "magicpin for merchants  |  Settlements", "merchant.magicpin.in/settlements", "portal", 0),
]


def aggregator_settlements(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The food aggregators paying the outlets for a week's delivered orders: payout e-mails and partner portal pages
    (Swiggy, zomato, magicpin on top with their line, WEEKLY PAYOUT ADVICE / Settlement summary / Payout statement;
    Restaurant / Outlet name / Payout to (restaurant) the outlet, Restaurant ID / Res ID / Merchant ID, Order period
    / Orders dated, Orders delivered, Customer payable (order value) / Gross order value / Food sales (incl.
    packaging), Less: Service fee @ n% / Less: Commission @ n%, Less: GST @ 18% on service fee, Less: Payment
    gateway charges, Less: Restaurant-funded discounts on some, Less: TDS u/s 194-O @ 0.1%, Add: Cancelled order
    compensation on some, Net payout / Amount settled / Net settlement to bank (Net payout (on hold) on the hold),
    Settled via / Payment mode NEFT, Bank account, UTR / Bank UTR / NEFT UTR No., Payout ID / Settlement ID, Payout
    date / Settled on / Settlement date / Statement date / Failed on; Payout settled / Status: Settled to bank /
    Payout on hold - FSSAI licence renewal proof pending / Payout failed - bank account details rejected)."""
    k = place("aggregator_settlements")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    name, line, where, frame, unit = AGGREGATORS[k]
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name.capitalize()} Payouts <{where}>",
            ["Your weekly payout", "Payout statement for your restaurant", "Settlement summary"],
        )
    else:
        p = browser_page(rng, font, f"{where}/{digits(rng, 7)}/statement")
    p.part = "head"
    top(p, name)
    p.add("small", line)
    p.add("center", rng.choice(["WEEKLY PAYOUT ADVICE", "Settlement summary", "Payout statement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payout settled", "Status: Settled to bank"],
            "pending": ["Payout on hold - FSSAI licence renewal proof pending"],
            "failed": ["Payout failed - bank account details rejected"],
        },
    )
    to = outlet(rng, unit)
    wrap_pair(p, rng.choice(["Restaurant", "Outlet name", "Payout to (restaurant)"]), to, merchant=to)
    p.pair(rng.choice(["Restaurant ID", "Res ID", "Merchant ID"]), digits(rng, 6))
    if not j.no_day:
        start = -rng.randrange(9, 13)
        pat = rng.choice(["{d} %b", "%d/%m", "{d} %b %Y"])
        p.pair(
            rng.choice(["Order period", "Orders dated"]),
            f"{shifted(j, start, pat)} - {shifted(j, start + 6, pat)}",
        )
    orders = rng.randrange(150, 1600)
    p.pair("Orders delivered", str(orders))
    gross = round(orders * rng.uniform(310, 520), 2)
    p.pair(
        rng.choice(["Customer payable (order value)", "Gross order value", "Food sales (incl. packaging)"]),
        rs(gross),
    )
    pct = rng.choice([18, 20, 22, 24])
    fee = round(gross * pct / 100, 2)
    p.pair(f"Less: {rng.choice(['Service fee', 'Commission'])} @ {pct}%", rs(fee))
    gst = round(fee * 0.18, 2)
    p.pair("Less: GST @ 18% on service fee", rs(gst))
    pg = round(gross * 0.0184, 2)
    p.pair("Less: Payment gateway charges", rs(pg))
    disc = round(gross * rng.uniform(0.02, 0.06), 2) if rng.random() < 0.5 else 0.0
    if disc:
        p.pair("Less: Restaurant-funded discounts", rs(disc))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
    comp = float(rng.choice([180, 420, 760])) if rng.random() < 0.35 else 0.0
    if comp:
        p.pair("Add: Cancelled order compensation", rs(comp))
    j.amount = round(gross - fee - gst - pg - disc - tds + comp, 2)
    lab = (
        "Net payout (on hold)"
        if status == "pending"
        else rng.choice(["Net payout", "Amount settled", "Net settlement to bank"])
    )
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.pair(
        rng.choice(["Settled via", "Payment mode"]),
        rng.choice(["NEFT", "NEFT - bank transfer"]),
        method="netbanking",
    )
    bank = rng.choice(BANKS[:5])
    wrap_pair(p, "Bank account", f"{bank} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, "NEFT")
            p.pair(rng.choice(["UTR", "Bank UTR", "NEFT UTR No."]), ref, txn=(UTR_RANK, ref))
        pid = f"{rng.choice(['PO', 'ST', 'WK'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Payout ID", "Settlement ID"]), pid, txn=(TXN_RANK, pid))
    date_row(
        p,
        j,
        {
            "success": ["Payout date", "Settled on", "Settlement date"],
            "pending": ["Statement date"],
            "failed": ["Failed on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small", "Tax invoices for the service fee are on the partner dashboard. System generated statement."
    )
    return p.done()


# ---------------------------------------------------------------- 2. the outlets' diners' UPI and payment links


OUTLET_APPS = ["Google Pay", "PhonePe", "Razorpay", "Paytm", "Amazon Pay", "BHIM", "PayU", "Navi"]
DINER_NOTES = [
    "Chicken dum biryani x 2",
    "Mutton biryani family pack",
    "Dinner - table 7",
    "Haleem x 3",
    "Takeaway order",
    "Double ka meetha + biryani",
    "Lunch - 4 persons",
]
CATERING = [
    ("Farhan Siddiqui", "Walima dinner - 250 pax"),
    ("Rao & Sons Realty", "Office lunch - 120 pax"),
    ("Ayesha Begum", "Iftar order - 80 pax"),
    ("Sreenivas Reddy", "Housewarming - 150 pax"),
]


def outlet_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Diners at the outlets and the catering desk's customers paying: six UPI screens (Google Pay, PhonePe, Paytm,
    Amazon Pay, BHIM, Navi: the outlet or the company under Paid to / To / Sent to / Paid to merchant / Paying to,
    its UPI ID, the sum large, a note, UPI transaction ID / UPI Ref. No. / UTR / UPI reference No., PhonePe's and
    Paytm's own Transaction ID and Google Pay's Google transaction ID on some, Debited from / From, Date & time /
    Paid on / Completed on / Initiated on / Attempted on; Payment failed - daily UPI limit exceeded / Payment pending
    - merchant's bank yet to confirm) and two payment links (Razorpay, PayU: the brand or the company on top,
    Customer / Paid by / Payer, Order details, Payment ID pay_... and Order ID order_... / PayU ID and Merchant txn
    ID, UPI RRN / Bank Ref No. or Auth code, Paid on / Payment date / Transaction date; Payment successful / Payment
    received)."""
    k = place("outlet_upi")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=180, high=9500, p_round=0.8)
    app = OUTLET_APPS[k]
    rs = money(rng, font, 0.7)
    unit = rng.randrange(3)
    if app in ("Razorpay", "PayU"):
        j.amount = rupees(rng, 12000, 180000, 0.7)
        who, what = CATERING[(k + rng.randrange(2)) % len(CATERING)]
        to = rng.choice([BRAND, COMPANY])
        url = (
            f"pages.razorpay.com/deghhouse-catering/{code(rng, 6, ALNUM)}"
            if app == "Razorpay"
            else f"u.payu.in/PAYUMN/{code(rng, 10, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Outdoor catering and bulk orders - Hyderabad", "Catering desk - central kitchen"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Paid by", "Payer"]), who)
        wrap_pair(p, "Order details", what)
        way = rng.choice(["UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via", "Mode"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
                oid = f"DHC{digits(rng, 9)}"
                p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Razorpay" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Payments secured by PayU")
        return p.done()
    town = OUTLETS[unit][0]
    to = rng.choice([BRAND, f"{BRAND} {town}", COMPANY_CAPS, f"DEGH HOUSE BIRYANI {town.upper()}"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Navi": "Navi UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Payment done"],
            "failed": ["Payment failed - daily UPI limit exceeded"],
            "pending": ["Payment pending - merchant's bank yet to confirm"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Sent to", "Paid to merchant"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                f"deghhouse.{town.lower()}@{rng.choice(['hdfcbank', 'icici', 'axisbank'])}",
                f"deghhousefoods@{rng.choice(['ybl', 'okhdfcbank', 'kotak'])}",
                f"paytmqr{code(rng, 8, '0123456789abcdefghjkmnpqrstuvwxyz')}@paytm",
            ]
        ),
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(DINER_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR", "UPI reference No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay" and rng.random() < 0.7:
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        {
            "success": ["Date & time", "Paid on", "Completed on"],
            "pending": ["Date & time", "Initiated on"],
            "failed": ["Date & time", "Attempted on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help?  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. franchisees' royalty wires


FRANCHISEES = [
    ("Al Fanar Biryani Restaurant LLC", "Al Karama, Dubai, UAE", "AED", "Emirates NBD Bank PJSC"),
    ("Deccan Bites Ltd", "Wembley, London, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Najd Dum Restaurants Co.", "Al Olaya, Riyadh, Saudi Arabia", "SAR", "Al Rajhi Bank"),
    ("Nizami Handi LLC", "Edison, NJ, USA", "USD", "Bank of America NA"),
    ("Sharjah Degh Kitchen LLC", "Al Nahda, Sharjah, UAE", "AED", "Mashreq Bank PSC"),
    ("Jeddah Dum House Est.", "Al Rawdah, Jeddah, Saudi Arabia", "SAR", "The Saudi National Bank"),
    ("Hyderabadi Pot Inc", "Irving, TX, USA", "USD", "JPMorgan Chase Bank NA"),
    ("Degh Leicester Ltd", "Belgrave Road, Leicester, United Kingdom", "GBP", "HSBC UK Bank plc"),
]
ROYALTY_BANKS = [
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("State Bank of India", "paper"),
    ("Axis Bank", "browser"),
    ("Kotak Mahindra Bank", "mail"),
    ("HDFC Bank", "paper"),
    ("Federal Bank", "browser"),
    ("ICICI Bank", "mail"),
]
FX_RATES = {"USD": (85.4, 88.9), "GBP": (108.2, 113.4), "AED": (23.2, 24.2), "SAR": (22.7, 23.7)}


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds, the code before or after the figure
    for dirhams and riyals; western grouping."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    after = rng.random() < 0.35

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

    return show


def franchise_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Franchisees in Dubai, Sharjah, Riyadh, Jeddah, London, Leicester, New Jersey and Texas paying the quarter's
    franchise royalty and the masala supply fee in dirhams, riyals, pounds and US dollars: banks' inward remittance
    advices (browser, e-mail, printed INWARD REMITTANCE ADVICE - SERVICES / Credit advice - foreign inward remittance
    / FIRC cum credit advice: the bank on top, Beneficiary customer / Credit to account of / Beneficiary name the
    company, Account No., Ordering customer / Remitter, Ordering bank, Instructed amount / Foreign currency received
    / Remittance amount (FCY), Charges BEN / SHA / OUR, Exchange rate, INR equivalent, Charges deducted (incl. GST),
    Net amount credited (INR), Purpose, Invoice ref., Sender's reference, Inward reference No. / Transaction
    reference (IRM) / Bank reference, UETR, Value date / Date of credit / Credit date / Received on / Returned on;
    Funds credited to beneficiary account / Status: Inward remittance credited / Held - purpose declaration and
    invoice copy awaited / Returned to ordering bank - account name mismatch)."""
    k = place("franchise_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    payer, city, cur, pbank = FRANCHISEES[k]
    lo, hi = {"USD": (2400, 38000), "GBP": (1900, 29000), "AED": (9000, 140000), "SAR": (9000, 140000)}[cur]
    j.amount = (
        round(rng.uniform(lo, hi), 2)
        if rng.random() < 0.6
        else float(rng.randrange(lo // 100, hi // 100) * 100)
    )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*FX_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = ROYALTY_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    host = {"State Bank of India": "sbi", "Kotak Mahindra Bank": "kotak"}.get(bank, bank.split()[0].lower())
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <inward.remit@{host}.co.in>",
            [
                "Inward remittance credited",
                "Foreign inward remittance - advice",
                "Credit advice - SWIFT inward",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{host}.co.in/inward/remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Centre, Somajiguda, Hyderabad",
                "Forex Services Branch - Banjara Hills, Hyderabad",
                "International Banking Unit, Begumpet, Hyderabad",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - SERVICES",
                "Credit advice - foreign inward remittance",
                "FIRC cum credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds credited to beneficiary account", "Status: Inward remittance credited"],
            "pending": ["Held - purpose declaration and invoice copy awaited"],
            "failed": ["Returned to ordering bank - account name mismatch"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary customer", "Credit to account of", "Beneficiary name"]), me, merchant=me
    )
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, "Ordering bank", pbank)
    p.pair(
        rng.choice(["Instructed amount", "Foreign currency received", "Remittance amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 1000])) * 1.18, 2)
    p.pair("Charges deducted (incl. GST)", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    wrap_pair(
        p, "Purpose", rng.choice(["Franchise royalty for the quarter", "Franchise fee and masala supply fee"])
    )
    p.pair("Invoice ref.", f"DHF/EXP/{rng.randrange(1, 99):03d}/{fy(j.date)}")
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["Inward reference No.", "Transaction reference (IRM)", "Bank reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of credit", "Credit date"],
            "pending": ["Received on"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add("small", "Please quote the inward reference when you ask for the e-FIRC.")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own catering and bulk receipts


PARTIES = [
    "Farhan Siddiqui, Mehdipatnam",
    "Rao & Sons Realty, Madhapur",
    "Sri Sai Function Hall, LB Nagar",
    "Ayesha Begum, Tolichowki",
    "Cyber Towers Employees' Club",
    "Masjid-e-Noor Committee, Asif Nagar",
    "Ventura Tech Park Cafeteria",
    "K. Srinivas Reddy (housewarming)",
]
EVENTS = [
    "Walima dinner - {n} pax",
    "Corporate lunch - {n} pax",
    "Reception buffet - {n} pax",
    "Iftar packets - {n} nos",
    "Birthday party - {n} pax",
]
RECEIPT_WAYS = ["UPI", "cash", "NEFT", "-", "card", "UPI", "-", "NEFT"]


def catering_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own RECEIPT - CATERING ADVANCE / MONEY RECEIPT - OUTDOOR CATERING / ADVANCE RECEIPT - DAWAT
    ORDER / RECEIPT - BULK ORDER to families, offices, function halls and committees (paper: the company, capitals or
    the brand on top with its line, the central kitchen's address and GSTIN; Receipt No. / MR No. / Rcpt No., Date /
    Receipt date / Dated, Received from / Customer (party) / Received with thanks from / Booked by (no fact), the
    Event and Event date, Order value (covers x rate), Advance received / Amount received / Received by UPI /
    Received by NEFT / Received by card / Received in cash / Cheque amount / By cheque, Balance payable on delivery,
    Mode, UPI Ref. No. / UTR No. / card's Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS /
    ADVANCE RECEIVED - ORDER CONFIRMED / PAYMENT RECEIVED / CHEQUE RECEIVED - ORDER CONFIRMED ON CLEARANCE / CHEQUE
    RETURNED - ACCOUNT CLOSED, the rubber stamp) and two of the catering desk's payment acknowledgement e-mails."""
    k = place("catering_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=3000, high=320000)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, BRAND])
    way = "cheque" if RECEIPT_WAYS[k] == "-" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 3000, 95000, 0.8)
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Catering <catering@deghhouse.in>",
            [
                "Payment acknowledgement - catering order",
                "Receipt for your advance",
                "Order confirmed - receipt",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Catering desk  |  Central kitchen, Kattedan")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Hyderabadi dum biryani - outlets, catering and bulk orders",
            KITCHEN,
            "36",
            [
                "RECEIPT - CATERING ADVANCE",
                "MONEY RECEIPT - OUTDOOR CATERING",
                "ADVANCE RECEIPT - DAWAT ORDER",
                "RECEIPT - BULK ORDER",
            ],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['CT', 'MR', 'DH'])}/{rng.randrange(1, 2999):04d}/{fy(j.date)}"
        p.pair(rng.choice(["Receipt No.", "MR No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date", "Dated"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Received from", "Customer (party)", "Received with thanks from", "Booked by"]),
        PARTIES[k],
    )
    part = rng.random() < 0.6
    per = float(rng.randrange(260, 720, 10))
    if part:
        covers = max(30, -(-round(j.amount * rng.uniform(1.4, 2.8)) // int(per)))
        value = covers * per
    else:
        covers = max(20, round(j.amount / per))
    wrap_pair(p, "Event", rng.choice(EVENTS).format(n=covers))
    if not j.no_day:
        p.pair("Event date", j.other_day(rng, 3, 40))
    if part:
        p.pair(f"Order value ({covers} x {per:,.0f})", rs(value))
    lab = {
        "cash": "Received in cash",
        "UPI": "Received by UPI",
        "NEFT": "Received by NEFT",
        "card": "Received by card",
        "cheque": rng.choice(["Cheque amount", "By cheque"]),
    }[way]
    if way != "cheque" and rng.random() < 0.45:
        lab = rng.choice(["Advance received", "Amount received"])
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair("Balance payable on delivery", rs(round(value - j.amount, 2)))
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}, Hyderabad")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -4, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    word = {
        "success": rng.choice(
            ["RECEIVED WITH THANKS", "ADVANCE RECEIVED - ORDER CONFIRMED", "PAYMENT RECEIVED"]
        ),
        "pending": "CHEQUE RECEIVED - ORDER CONFIRMED ON CLEARANCE",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Advance is not refundable within 48 hours of the event. Cheques subject to realisation.")
    if k not in (2, 5):
        right(p, "For Degh House Foods Pvt Ltd - Catering manager")
        p.add("gap")
        seal(p, "DEGH HOUSE FOODS", "CATERING DESK", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. rice, mutton and broiler suppliers' bills


# name, line, address, kind
SUPPLIERS = {
    "rice": [
        (
            "Sri Lakshmi Venkateswara Rice Traders",
            "Basmati and sona masoori rice - wholesale",
            "15-2-392, Maharajgunj, Hyderabad - 500012, Telangana",
        ),
        (
            "Punjab Basmati Agencies",
            "1121 and 1509 basmati - mill agents",
            "4-3-118, Begum Bazar, Hyderabad - 500012, Telangana",
        ),
    ],
    "mutton": [
        (
            "Al-Madina Mutton Suppliers",
            "Fresh goat meat - hotels and caterers",
            "Chanchalguda Main Road, Hyderabad - 500024, Telangana",
        ),
        (
            "Qureshi Meat Traders",
            "Sheep and goat meat - bulk supply",
            "Shop 12, Jiyaguda Meat Market, Hyderabad - 500006, Telangana",
        ),
    ],
    "chicken": [
        (
            "Sri Sai Ram Broiler Traders",
            "Broiler chicken - dressed and cut, wholesale",
            "Shop 9, Chicken Market, Gudimalkapur, Hyderabad - 500067, Telangana",
        ),
    ],
}
# item, rate low, high, unit
GOODS = {
    "rice": [
        ("1121 Sella basmati - 25 kg bag", 2350, 2900, "bags"),
        ("1121 Steam basmati - 25 kg bag", 2500, 3100, "bags"),
        ("1509 Golden sella - 25 kg bag", 2100, 2500, "bags"),
    ],
    "mutton": [
        ("Mutton - biryani cut (with bone)", 740, 820, "kg"),
        ("Mutton - boneless", 880, 960, "kg"),
        ("Mutton keema", 760, 840, "kg"),
    ],
    "chicken": [
        ("Broiler - skinless biryani cut", 210, 260, "kg"),
        ("Chicken - boneless", 320, 380, "kg"),
    ],
}
SPICE_HOUSES = [
    ("Osmangunj Spice House", "Saffron | Whole spices | Dry fruits", "Osmangunj, Hyderabad"),
    ("Deccan Dry Fruits & Masala Co.", "Shahi jeera | Kewra | Rose water | Ghee", "Pathergatti, Hyderabad"),
]
SPICES = [
    ("Kashmiri saffron 50 g", 7800.0, 9600.0),
    ("Shahi jeera 5 kg", 3400.0, 4200.0),
    ("Green cardamom 8 mm 1 kg", 2600.0, 3300.0),
    ("Desi ghee 15 kg tin", 8400.0, 9900.0),
    ("Kewra water 1 L x 12", 1100.0, 1500.0),
    ("Fried onion (birista) 10 kg", 2300.0, 2900.0),
]
BILL_FRAMES = ["rice", "vyapar", "mutton", "chicken", "vyapar", "mutton", "rice", "vyapar"]


def rice_meat_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The central kitchen paying for basmati, mutton, broiler and spices: the rice traders' TAX INVOICE / TAX INVOICE
    - BASMATI RICE and the meat suppliers' BILL OF SUPPLY / BILL OF SUPPLY - FRESH MEAT / DELIVERY BILL CUM BILL OF
    SUPPLY with the payment block and a rubber stamp (paper: the supplier on top, its line, address and GSTIN; Invoice
    No. / Bill No. / Bill of supply No., Date / Dated / Invoice date, Billed to / Buyer (consignee) / Customer the
    company, Delivery at, Vehicle No. on some, the bags x rate or kilograms x rate, Taxable value and CGST / SGST @
    2.5% on rice, GST: Nil on fresh meat, Total / Bill total, Less: Advance paid with order and Balance received by
    NEFT / RTGS on some, else Amount received by NEFT / Paid by RTGS / Payment received / Received by UPI / Cash
    received / Received in cash, or Cheque received / Cheque amount; UTR / UTR No. / UPI Ref. No.; PAID / PAYMENT
    RECEIVED - THANK YOU / PAID BY NEFT / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE DISHONOURED - FUNDS
    INSUFFICIENT, in the stamp too) and a spice house's Vyapar invoice pages (the house on top, Invoice No., Invoice
    Date, Bill To, the items, Sub Total, CGST / SGST, Total, Received / Amount Received, Balance, Payment Type, UPI
    Ref. No. / UTR; Paid / Fully Paid)."""
    k = place("rice_meat_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=15000, high=600000)
    frame = BILL_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "INR", "\u20b9"))
    if frame == "vyapar":
        maker, line, town = SPICE_HOUSES[(k // 4 + rng.randrange(2)) % 2]
        name = maker.upper() if rng.random() < 0.3 else maker
        p = browser_page(rng, font, f"vyaparapp.in/invoice/{code(rng, 12, ALNUM + LOWER)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{town}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", rng.choice(["Tax Invoice", "TAX INVOICE"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = f"{rng.randrange(100, 3400)}"
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Invoice Date"], PATS_IN)
        ours_to(p, ["Bill To"])
        taxable = 0.0
        for item, lo, hi in rng.sample(SPICES, rng.randrange(2, 4)):
            qty = rng.randrange(1, 9)
            rate = round(rng.uniform(lo, hi), 2)
            value = round(qty * rate, 2)
            taxable += value
            p.pair(f"{item}  {qty} x {rate:,.2f}", rs(value))
        taxable = round(taxable, 2)
        p.pair("Sub Total", rs(taxable))
        total = gst_lines(p, rs, taxable, 5.0, False)
        p.pair("Total", rs(total))
        j.amount = total
        way = rng.choice(["UPI", "Bank"]) if total <= 95000 else "Bank"
        p.pair(rng.choice(["Received", "Amount Received"]), rs(j.amount), amount=j.amount)
        p.pair("Balance", rs(0.0))
        p.pair("Payment Type", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["Paid", "Fully Paid"]), status="success")
        p.part = "foot"
        p.add("small", "Thank you for doing business with us. Generated on Vyapar")
        return p.done()
    maker, line, addr = rng.choice(SUPPLIERS[frame])
    name = maker.upper() if rng.random() < 0.3 else maker
    rice = frame == "rice"
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        "36",
        ["TAX INVOICE", "TAX INVOICE - BASMATI RICE"]
        if rice
        else ["BILL OF SUPPLY", "BILL OF SUPPLY - FRESH MEAT", "DELIVERY BILL CUM BILL OF SUPPLY"],
    )
    if not j.no_ref:
        bno = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(10, 999):03d}/{fy(j.date)}"
        labels = ["Invoice No.", "Bill No."] if rice else ["Bill No.", "Bill of supply No."]
        p.pair(rng.choice(labels), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Date", "Dated", "Invoice date"] if rice else ["Date", "Dated"], PATS_IN)
    ours_to(p, ["Billed to", "Buyer (consignee)", "Customer"])
    wrap_pair(p, "Delivery at", "Central kitchen, Kattedan Industrial Area")
    if rng.random() < 0.5:
        p.pair(
            "Vehicle No.", f"TS-{rng.choice(['07', '08', '09', '13'])}-U{rng.choice(UPPER)}-{digits(rng, 4)}"
        )
    total = 0.0
    for item, lo, hi, unit in rng.sample(GOODS[frame], rng.randrange(1, 3)):
        if unit == "bags":
            qty = float(rng.randrange(8, 90))
            text = f"{int(qty)} bags"
        else:
            qty = round(rng.uniform(18, 160 if frame == "mutton" else 380), 1)
            text = f"{qty:.1f} kg"
        rate = float(rng.randrange(lo, hi, 5))
        value = round(qty * rate, 2)
        total += value
        p.add("left", f"{item}  HSN {'1006' if rice else '0204' if frame == 'mutton' else '0207'}")
        p.pair(f"  {text} x {rate:,.2f}", rs(value))
    total = round(total, 2)
    if rice:
        p.pair("Taxable value", rs(total))
        total = gst_lines(p, rs, total, 5.0, False)
    else:
        p.add("small", "GST: Nil - fresh meat, not frozen or packed")
        total = float(round(total))
    p.pair(rng.choice(["Total", "Bill total"]), rs(total))
    p.add("rule")
    if status != "success":
        way = "cheque"
    elif total >= 200000 and rng.random() < 0.6:
        way = "RTGS"
    elif not rice and total < 25000 and rng.random() < 0.6:
        way = "Cash"
    elif total < 90000 and rng.random() < 0.4:
        way = "UPI"
    else:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.1, 0.2, 0.25]), -3))
        p.pair("Less: Advance paid with order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    elif way == "Cash":
        p.pair(
            rng.choice(["Cash received", "Received in cash"]), rs(j.amount), amount=j.amount, method="cash"
        )
    elif way == "UPI":
        p.pair("Received by UPI", rs(j.amount), amount=j.amount, method="UPI")
        if not j.no_ref:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    else:
        if adv:
            lab = f"Balance received by {way}"
        else:
            lab = rng.choice([f"Amount received by {way}", f"Paid by {way}", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "PAYMENT RECEIVED - THANK YOU"] + ([f"PAID BY {way}"] if way in ("NEFT", "RTGS") else [])
        ),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Weight as per our weighing scale at delivery. Subject to Hyderabad jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "PROPRIETOR", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. LPG distributors and the city gas company


DISTRIBUTORS = [
    ("Sri Venkateswara Gas Agency", "Indane distributor - IndianOil", "Mailardevpally, Hyderabad - 500077"),
    ("Balaji HP Gas Services", "HP Gas distributor - HPCL", "KPHB Colony, Kukatpally, Hyderabad - 500072"),
    (
        "Sai Krishna Bharatgas",
        "Bharatgas distributor - BPCL",
        "Shaikpet Road, Tolichowki, Hyderabad - 500008",
    ),
]
CYLINDERS = [
    ("19 kg commercial cylinder - refill", 1480.0, 1620.0),
    ("47.5 kg commercial cylinder - refill", 3700.0, 4050.0),
]
GAS_FRAMES = ["lpg", "bgl", "lpg", "lpg", "bbps", "paytm", "lpg", "bgl"]
GAS_NAMES = ["Bhagyanagar Gas Limited", "BGL", "BHAGYANAGAR GAS LIMITED"]


def gas_supplies(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The central kitchen's and the outlets' cooking gas: the LPG distributors' TAX INVOICE - NON-DOMESTIC LPG /
    CASH MEMO CUM TAX INVOICE (COMMERCIAL) (paper: the distributor on top with its oil company line, Cash memo No. /
    Invoice No., Date / Cash memo date, Consumer No., Sold to / Customer, the cylinders x rate, Taxable value, CGST /
    SGST @ 9%, Total, Empties received, Amount paid by UPI / Paid in cash / Amount received by NEFT, UPI Ref. No. /
    UTR; PAID / CYLINDERS DELIVERED - PAYMENT RECEIVED), a Paytm screen paying a distributor, the city gas company's
    (Bhagyanagar Gas Limited / BGL) own payment receipt page (the company on top, BP No., Customer name, Bill period
    and Due date, Amount paid / Payment amount, Payment mode, Transaction ID, Bank ref. No., Payment date / Paid on;
    Payment successful / Payment received) and its bill on Bharat Connect (the app on top, Biller, BP No., the sum
    large, Paid from, Bharat Connect Ref. No., Transaction date & time; Payment pending at biller - do not retry)."""
    k = place("gas_supplies")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=3000, high=60000)
    frame = GAS_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    dist, line, addr = DISTRIBUTORS[(k + rng.randrange(2)) % len(DISTRIBUTORS)]
    if frame == "paytm":
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"failed": ["Payment failed - receiver's bank is not responding"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["To", "Paying to"]))
        name = dist.upper() if rng.random() < 0.4 else dist
        p.add("center", name, merchant=name)
        p.add("small", f"paytmqr{code(rng, 8, '0123456789abcdefghjkmnpqrstuvwxyz')}@paytm", method="UPI")
        p.pair("Note", rng.choice(["Commercial cylinders x 6", "Gas - central kitchen", "LPG refill bill"]))
        if not j.no_ref:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            own = digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair("From", f"{rng.choice(BANKS[:5])} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Attempted on"], hour=True)
        p.part = "foot"
        p.add("small", "Money, if debited, will be refunded to your account in 3 working days.")
        return p.done()
    if frame in ("bgl", "bbps"):
        bp = digits(rng, 10)
        cname = rng.choice([COMPANY_CAPS, COMPANY])
        j.amount = rupees(rng, 9000, 160000, 0.4)
        if frame == "bbps":
            app = rng.choice(["PhonePe", "HDFC Bank SmartBuy"])
            p = phone_page(rng, font, k, ["", "Bill payment"])
            p.part = "head"
            p.add("title", app)
            p.add("small", "Bharat Connect  |  Piped gas")
            p.part = "body"
            outcome_row(p, status, {"pending": ["Payment pending at biller - do not retry"]})
            p.add("big", rs(j.amount), amount=j.amount)
            name = rng.choice(GAS_NAMES[:2])
            wrap_pair(p, rng.choice(["Biller", "Biller name"]), name, merchant=name)
            p.pair("BP No.", bp)
            wrap_pair(p, "Customer name", cname)
            way = "UPI" if app == "PhonePe" else "Current A/c"
            p.pair(
                "Paid from",
                f"UPI - {rng.choice(BANKS[:4])}" if way == "UPI" else f"Current A/c XX{digits(rng, 4)}",
                method="UPI" if way == "UPI" else "netbanking",
            )
            if not j.no_ref:
                bc = f"{rng.choice(['PP', 'HD'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
                p.pair("Bharat Connect Ref. No.", bc, txn=(BANK_RANK, bc))
            date_row(p, j, ["Transaction date & time"], hour=True)
            p.part = "foot"
            p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
            return p.done()
        p = browser_page(rng, font, f"www.bglgas.com/online-payment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(GAS_NAMES)
        top(p, name, merchant=name)
        p.add("small", "City gas distribution - Hyderabad  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.pair("BP No.", bp)
        wrap_pair(p, "Customer name", cname)
        wrap_pair(
            p, "Connection", rng.choice(["PNG commercial - central kitchen", "PNG commercial - Tolichowki"])
        )
        if not j.no_day:
            p.pair("Bill period", f"{j.month(2)} - {j.month()}")
            p.pair("Due date", j.other_day(rng, 2, 12))
        p.pair(rng.choice(["Amount paid", "Payment amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"BGL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Payment date", "Paid on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "The payment will be updated in your gas account within two working days.")
        return p.done()
    name = dist.upper() if rng.random() < 0.3 else dist
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(
        p,
        name,
        line,
        addr,
        "36",
        ["TAX INVOICE - NON-DOMESTIC LPG", "CASH MEMO CUM TAX INVOICE (COMMERCIAL)"],
    )
    if not j.no_ref:
        mno = f"{rng.choice(['CM', 'NDI', 'TI'])}/{digits(rng, 6)}"
        p.pair(rng.choice(["Cash memo No.", "Invoice No."]), mno, txn=(INVOICE_RANK, mno))
    date_row(p, j, ["Date", "Cash memo date"], PATS_IN)
    p.pair("Consumer No.", digits(rng, 6))
    ours_to(p, ["Sold to", "Customer"])
    wrap_pair(
        p,
        "Delivered at",
        rng.choice(["Central kitchen, Kattedan", f"Outlet - {OUTLETS[rng.randrange(3)][0]}"]),
    )
    taxable = 0.0
    count = 0
    for item, lo, hi in rng.sample(CYLINDERS, rng.randrange(1, 3)):
        n = rng.randrange(2, 16)
        count += n
        rate = round(rng.uniform(lo, hi), 2)
        value = round(n * rate, 2)
        taxable += value
        p.pair(f"{item}  {n} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18.0, False)
    p.pair("Total", rs(total))
    p.pair("Empties received", str(count))
    j.amount = total
    way = (
        "Cash"
        if total < 20000 and rng.random() < 0.4
        else "UPI"
        if total < 90000 and rng.random() < 0.6
        else "NEFT"
    )
    lab = {
        "Cash": "Paid in cash",
        "UPI": rng.choice(["Amount paid by UPI", "Received by UPI"]),
        "NEFT": "Amount received by NEFT",
    }[way]
    p.pair(
        lab, rs(j.amount), amount=j.amount, method={"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way == "UPI":
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref and way == "NEFT":
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = rng.choice(["PAID", "CYLINDERS DELIVERED - PAYMENT RECEIVED"])
    p.add("center", word, status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Check the seal and weight of the cylinder before you accept delivery.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(dist.split()[:3]), "DISTRIBUTOR", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. corporate net-banking transfers to vendors


# vendor, remarks, sum low, high
VENDORS = [
    ("Kattedan Cold Storage Pvt Ltd", "Cold room rent", 40000, 250000),
    ("Bowenpally Vegetable Suppliers", "Onion, tomato, mint - weekly bill", 30000, 300000),
    ("Sri Durga Aluminium Containers", "Handi containers PO 214", 20000, 200000),
    ("Mohammed Yousuf Ali", "Rent - Tolichowki outlet", 60000, 350000),
    ("Deccan Reefer Logistics", "Reefer van hire - monthly", 25000, 180000),
    ("Hitech Pest Control Services", "Pest control AMC - quarter", 6000, 45000),
    ("Shaheen Interiors & Fabricators", "Kukatpally outlet fit-out - RA bill 2", 150000, 900000),
    ("Sri Ramana Kitchen Equipments", "Dum oven burners and hood", 40000, 600000),
]
PORTALS = [
    ("IDFC FIRST Business", "IDFC FIRST Bank", "business.idfcfirstbank.com/payments/txn"),
    ("FedCorp", "Federal Bank", "fedcorp.federalbank.co.in/fundtransfer/view"),
    ("Indus Direct Corporate", "IndusInd Bank", "indusdirect.indusind.com/corporate/payments"),
]
TRANSFER_FRAMES = ["portal", "portal", "mail", "portal", "portal", "mail", "portal", "portal"]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the cold store, the vegetable and container suppliers, a landlord, the reefer van, the
    pest control firm, the fit-out contractor and the kitchen equipment maker: corporate net banking's transfer pages
    (IDFC FIRST Business, FedCorp, Indus Direct Corporate: the portal on top and the bank under it, Beneficiary name
    / Payee account name / Credited to (beneficiary), Beneficiary A/c, IFSC, Debit account, Transfer amount / Debit
    amount / Amount (INR), Transfer type NEFT / RTGS / IMPS, Purpose / Remarks, UTR / UTR No., Bank reference No. /
    Transaction ref., Maker / Checker, Transaction date / Executed on / Value date / Created on / Failed on; Payment
    successful - credited to beneficiary / Status: Completed / Pending authorisation - checker approval awaited /
    Failed - beneficiary account frozen) and the bank's payment advice e-mails to the vendor (the bank on top, Dear
    <vendor>, Remitter the company, Paid to / Beneficiary the vendor, Amount / Payment amount, UTR, Payment date)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    who, remark, low, high = VENDORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    who = who.upper() if rng.random() < 0.35 else who
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs", "INR", "\u20b9"))
    brand, bank, host = PORTALS[(k + rng.randrange(2)) % len(PORTALS)]
    way = neft_way(rng, j.amount)
    if TRANSFER_FRAMES[k] == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <payment.advice@{bank.split()[0].lower()}.bank.in>",
            [
                f"Payment advice from {COMPANY}",
                "You have received a payment",
                "Credit advice - vendor payment",
            ],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Corporate payments - beneficiary advice")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {who},")
        p.add("left", "The payment below has been made to your account on the instruction of the remitter.")
        wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        p.pair(rng.choice(["Amount", "Payment amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment type", way, method="netbanking")
        wrap_pair(p, "Remitter's remarks", remark)
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Payment date", "Credited on"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Paid", "Status: Credited"]), status="success")
        p.part = "foot"
        p.add("small", "This advice is sent on the remitter's behalf; do not reply to this mail.")
        return p.done()
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  Payments  |  {COMPANY_CAPS}")
    p.add("center", rng.choice(["Transaction details", "Transfer status", "Payment details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful - credited to beneficiary", "Status: Completed"],
            "pending": ["Pending authorisation - checker approval awaited"],
            "failed": ["Failed - beneficiary account frozen"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee account name", "Credited to (beneficiary)"]),
        who,
        merchant=who,
    )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    p.pair("Debit account", f"CA XXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Transfer amount", "Debit amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    p.pair("Transfer type", way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Remarks"]), remark)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{rng.choice(['IF', 'FC', 'ID'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Transaction ref."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Checker", "DHACCTS01 / DHDIRECTOR")
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Executed on", "Value date"],
            "pending": ["Created on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Failed transfers are reversed to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 8. the cooks', helpers' and riders' pay


STAFF = [
    ("Mohammed Khaja Pasha", "Head cook (ustad) - dum section", "kitchen"),
    ("Syed Imran Ali", "Delivery rider - Tolichowki", "rider"),
    ("Ramulu Gaddam", "Degh helper - central kitchen", "helper"),
    ("Abdul Rasheed", "Tandoor cook - Kukatpally", "kitchen"),
    ("Lakshmi Narsamma", "Dishwasher - central kitchen", "helper"),
    ("Mohd. Arif Khan", "Steward - Dilsukhnagar", "steward"),
    ("Venkatesh Yadav", "Store keeper - central kitchen", "kitchen"),
    ("Shaik Salman", "Delivery rider - Kukatpally", "rider"),
]
STAFF_FRAMES = ["paper", "razorpayx", "paper", "gpay", "paper", "razorpayx", "paper", "paytm"]


def staff_payroll(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its cooks, degh helpers, dishwashers, stewards, riders and store keeper: its printed SALARY
    VOUCHER - KITCHEN STAFF / DAILY WAGES VOUCHER - HELPERS / STAFF PAYMENT VOUCHER / OVERTIME AND EID BONUS VOUCHER
    (the company on top, Voucher No. / Vr. No. / PV No., Date / Voucher date / Paid on, Name of employee / Paid to
    (staff) / Employee / Payee, Emp. code, Designation, Salary for the month of, Basic wages, Overtime (hrs x rate),
    Eid bonus, Gross, Less: Advance taken / Less: PF @ 12% / Less: ESI @ 0.75%, Net salary paid / Amount paid / Net
    payable - paid, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED BY EMPLOYEE), RazorpayX's payout pages (RazorpayX
    on top and Payouts - the company under it, the sum large, Contact / Beneficiary name, Fund account, Mode, Purpose,
    Payout ID pout_..., UTR, Processed on / Created on / Reversed on; Processed / Payout successful / Pending approval
    - awaiting approver's action / Reversed - beneficiary bank rejected the credit), a Google Pay and a Paytm
    screen."""
    k = place("staff_payroll")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=1200, high=42000, p_round=0.9)
    who, role, kind = STAFF[k]
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
                "success": ["Processed", "Payout successful"],
                "pending": ["Pending approval - awaiting approver's action"],
                "failed": ["Reversed - beneficiary bank rejected the credit"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[-1].lower()}@ybl",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Salary", "Payout", "Incentive"]))
        p.pair("Narration", f"{SHORT} {'rider incentive' if kind == 'rider' else 'salary'}")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Created on"], "failed": ["Reversed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account balance.")
        return p.done()
    if frame in ("gpay", "paytm"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To", "Sent to"]))
        name = who.upper() if rng.random() < 0.3 else who
        p.add("center", name, merchant=name)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Salary balance", "Eid advance", "Rider incentive - week", "Overtime"]))
        if not j.no_ref:
            p.pair("UPI transaction ID" if frame == "gpay" else "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            if frame == "gpay":
                gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
            else:
                own = digits(rng, 20)
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair("From", f"{rng.choice(BANKS[:5])} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    kinds = (
        ["DAILY WAGES VOUCHER - HELPERS", "STAFF PAYMENT VOUCHER"]
        if kind == "helper"
        else ["SALARY VOUCHER - KITCHEN STAFF", "STAFF PAYMENT VOUCHER", "OVERTIME AND EID BONUS VOUCHER"]
    )
    where = KITCHEN if "central" in role or kind == "helper" else OUTLETS[rng.randrange(3)][1]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        "Central kitchen and outlets",
        where,
        "36",
        kinds,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['SV', 'WV', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "PV No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of employee", "Paid to (staff)", "Employee", "Payee"]), who, merchant=who)
    p.pair("Emp. code", f"DH{digits(rng, 4)}")
    wrap_pair(p, "Designation", role)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    if way == "Cash" and j.amount > 18000:
        j.amount = rupees(rng, 1200, 18000, 0.9)
    if kind == "helper":
        days = rng.randrange(6, 27)
        rate = float(rng.choice([550, 600, 650, 700]))
        gross = days * rate
        p.pair(f"Wages: {days} days x {rate:,.2f}", rs(gross))
        cut = float(rng.choice([0, 500, 1000])) if gross > 5000 else 0.0
        if cut:
            p.pair("Gross", rs(gross))
            p.pair("Less: Advance taken", rs(cut))
        j.amount = round(gross - cut, 2)
    else:
        if not j.no_day:
            p.pair("Salary for the month of", j.month())
        ot = float(rng.randrange(4, 40)) if rng.random() < 0.5 else 0.0
        ot_rate = float(rng.choice([90, 110, 125]))
        bonus = float(rng.choice([0, 0, 2000, 3000]))
        basic = float(max(1000, round((j.amount - ot * ot_rate - bonus) / 10) * 10))
        gross = round(basic + ot * ot_rate + bonus, 2)
        p.pair("Basic wages", rs(basic))
        if ot:
            p.pair(f"Overtime ({ot:g} hrs x {ot_rate:g})", rs(ot * ot_rate))
        if bonus:
            p.pair("Eid bonus", rs(bonus))
        p.pair("Gross", rs(gross))
        cut = 0.0
        ded = rng.choice(["", "advance", "pf", "esi"]) if gross > 5000 else ""
        if ded == "advance":
            cut = float(rng.choice([500, 1000, 1500]))
            p.pair("Less: Advance taken", rs(cut))
        elif ded == "pf":
            cut = round(basic * 0.12, 2)
            p.pair("Less: PF @ 12%", rs(cut))
        elif ded == "esi":
            cut = round(gross * 0.0075, 2)
            p.pair("Less: ESI @ 0.75%", rs(cut))
        j.amount = round(gross - cut, 2)
    p.pair(
        rng.choice(["Net salary paid", "Amount paid", "Net payable - paid"]), rs(j.amount), amount=j.amount
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY EMPLOYEE"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Employee's signature")
    return p.done()


# ---------------------------------------------------------------- 9. GHMC, FoSCoS, TGPCB, fire service, labour


FEE_FRAMES = ["ghmc", "foscos", "tgpcb", "fire", "ghmc_tax", "labour", "ghmc", "tgpcb"]
GHMC = ["Greater Hyderabad Municipal Corporation", "GHMC", "GREATER HYDERABAD MUNICIPAL CORPORATION"]


def civic_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's licences and dues: GHMC's trade licence and property tax pages (the corporation on top, Name of
    the trade / Licensee / Owner name, Trade licence No. / PTIN, Circle / Zone, the heads, Less: Early bird rebate @
    5%, Total amount paid / Amount paid / Net amount paid, Transaction ID, Bank Ref No., Receipt No., Payment date /
    Transaction date / Receipt date; Payment successful / Fee paid / Transaction failed - amount not received by
    GHMC), FoSCoS's receipt for the FSSAI state licence (FSSAI / Food Safety and Standards Authority of India on top,
    FBO name, Application No., Kind of business, Licence fee, Amount paid), the Telangana Pollution Control Board's
    consent fee receipt (the Board on top, Industry name, Category, Application No., CFO fee heads, Total fee paid,
    Transaction ID, Bank Ref No., Receipt No.; Fee received / Receipt generated), IFMIS Telangana's e-challan for
    the fire service's NOC (Government of Telangana on top with the treasury line, Department, Purpose, Remitter
    name, Head of account, Challan amount / Amount, Challan No., Bank CIN, Date of payment / Generated on; Challan
    paid / Challan generated - awaiting bank confirmation) and the Labour Department's Shops and Establishments
    renewal receipt (the Department on top, Establishment name, Registration No., Employees, the fees, Amount paid,
    Transaction ID, Receipt No.)."""
    k = place("civic_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "fire":
        p = browser_page(rng, font, f"ifmis.telangana.gov.in/echallan/view/{digits(rng, 10)}")
        p.part = "head"
        top(p, "Government of Telangana")
        p.add("small", "Treasuries and Accounts Department  |  IFMIS e-Challan")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan paid", "Payment successful"],
                "pending": ["Challan generated - awaiting bank confirmation"],
            },
        )
        dept = rng.choice(
            [
                "Telangana State Disaster Response and Fire Services Department",
                "TELANGANA STATE DISASTER RESPONSE AND FIRE SERVICES DEPARTMENT",
            ]
        )
        wrap_pair(p, "Department", dept, merchant=dept)
        wrap_pair(p, "Purpose", f"Fire NOC renewal - restaurant, {OUTLETS[rng.randrange(3)][0]}")
        wrap_pair(p, "Remitter name", me)
        p.pair("Head of account", "0070-60-109-05-001")
        j.amount = float(rng.choice([5000, 7500, 10000, 12500]))
        p.pair(rng.choice(["Challan amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"{way} - {rng.choice(BANKS[:4])}", method=way_method(way))
        if not j.no_ref:
            cno = f"{digits(rng, 4)}{rng.randrange(2026, 2028)}{digits(rng, 8)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
            if status == "success":
                cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
        date_row(
            p, j, ["Date of payment", "Payment date"] if status == "success" else ["Generated on"], PATS_IN
        )
        p.part = "foot"
        p.add("small", "Produce the paid challan at the fire station with the NOC renewal application.")
        return p.done()
    if frame == "foscos":
        p = browser_page(rng, font, f"foscos.fssai.gov.in/payment/receipt/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, name, merchant=name)
        p.add("small", "FoSCoS  |  Licence fee - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Fee paid"]})
        wrap_pair(p, "FBO name", me)
        wrap_pair(p, "Premises", f"{BRAND} - {OUTLETS[rng.randrange(3)][0]}")
        p.pair("Application No.", digits(rng, 14))
        p.pair("Kind of business", "Food service - restaurant")
        years = rng.randrange(1, 6)
        p.pair("Licence category", f"State licence - renewal ({years} yr)")
        j.amount = float(2000 * years)
        p.pair("Licence fee", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Total amount paid"]), rs(j.amount), amount=j.amount)
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
    if frame == "tgpcb":
        p = browser_page(rng, font, f"tgpcb.cgg.gov.in/ocmms/feereceipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Telangana Pollution Control Board", "TELANGANA POLLUTION CONTROL BOARD", "TGPCB"])
        top(p, name, merchant=name)
        p.add("small", "Online Consent Management and Monitoring System  |  Fee receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Fee received", "Receipt generated"]})
        wrap_pair(p, "Industry name", f"{me} (central kitchen)")
        p.pair("Category", "Orange - central kitchen")
        p.pair("Application No.", f"CFO-{digits(rng, 7)}")
        heads = [("Consent for operation fee", float(rng.choice([12000, 15000, 18000])))]
        if rng.random() < 0.5:
            heads.append(("Inspection fee", 2000.0))
        if rng.random() < 0.3:
            heads.append(("Late fee", float(rng.choice([1000, 2500]))))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = sum(fee for _, fee in heads)
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TGPCB{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"PCB/{digits(rng, 6)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Receipt date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "The consent order is issued after inspection by the regional office.")
        return p.done()
    if frame == "labour":
        p = browser_page(rng, font, f"labour.telangana.gov.in/shops/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Labour Department, Government of Telangana", "LABOUR DEPARTMENT, TELANGANA"])
        top(p, name, merchant=name)
        p.add("small", "Telangana Shops and Establishments Act  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Fee paid"]})
        wrap_pair(p, "Establishment name", f"{BRAND} - {OUTLETS[rng.randrange(3)][0]}")
        wrap_pair(p, "Employer", me)
        p.pair("Registration No.", f"SEA/HYD/{digits(rng, 6)}/2026")
        staff = rng.randrange(12, 60)
        p.pair("Employees", str(staff))
        heads = [("Renewal fee", 2000.0 if staff > 20 else 1000.0)]
        if rng.random() < 0.4:
            heads.append(("Penalty for late renewal", 500.0))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = sum(fee for _, fee in heads)
        p.pair(rng.choice(["Amount paid", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"LAB{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"SE/{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], PATS_IN)
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    tax = frame == "ghmc_tax"
    p = browser_page(
        rng, font, f"www.ghmc.gov.in/{'propertytax' if tax else 'tradelicense'}/receipt/{digits(rng, 8)}"
    )
    p.part = "head"
    name = rng.choice(GHMC)
    top(p, name, merchant=name)
    p.add("small", f"Online payment receipt  |  {'Property tax' if tax else 'Trade licence'}")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Fee paid"],
            "failed": ["Transaction failed - amount not received by GHMC"],
        },
    )
    p.pair(
        "Circle / Zone",
        rng.choice(["Circle 12 - Mehdipatnam", "Circle 24 - Kukatpally", "Circle 6 - LB Nagar"]),
    )
    if tax:
        wrap_pair(p, "Owner name", rng.choice([me, "Mohammed Yousuf Ali"]))
        p.pair("PTIN", digits(rng, 10))
        p.pair("Financial year", f"20{fy(j.date)}")
        ptax = float(round(rng.uniform(18000, 64000)))
        heads = [("Property tax", ptax), ("Library cess @ 8%", round(ptax * 0.08, 2))]
    else:
        wrap_pair(p, rng.choice(["Name of the trade", "Licensee"]), rng.choice([BRAND, me]))
        p.pair("Trade licence No.", f"TL/{digits(rng, 8)}")
        heads = [("Trade licence fee - restaurant", float(rng.choice([6000, 9000, 12000])))]
        heads.append(("Solid waste user charges", float(rng.choice([1200, 1800, 2400]))))
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    j.amount = round(total, 2)
    if tax and rng.random() < 0.6:
        rebate = round(heads[0][1] * 0.05, 2)
        p.pair("Less: Early bird rebate @ 5%", rs(rebate))
        j.amount = round(total - rebate, 2)
    p.pair(
        rng.choice(["Net amount paid", "Amount paid"] if tax else ["Total amount paid", "Amount paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Payment mode", way, method=way_method(way))
    if not j.no_ref:
        tid = f"GHMC{digits(rng, 11)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{'PT' if tax else 'TL'}/{digits(rng, 8)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Transaction date", "Receipt date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "This is a computer generated receipt. Keep it for your records.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("DEGH HOUSE BIRYANI", "TOLICHOWKI, HYDERABAD", "outlet"),
    ("HP AUTO CARE KATTEDAN", "NH 44 KATTEDAN, HYDERABAD", "fuel"),
    ("DEGH HOUSE BIRYANI KPHB", "KUKATPALLY, HYDERABAD", "outlet"),
    ("DECCAN WHOLESALE CLUB", "SHAMSHABAD ROAD, HYDERABAD", "wholesale"),
    ("SRI RAMANA KITCHEN EQUIPMENTS", "RANIGUNJ, SECUNDERABAD", "equipment"),
    ("DEGH HOUSE FOODS PVT LTD", "DILSUKHNAGAR, HYDERABAD", "outlet"),
    ("SRI SAI FILLING STATION", "ARAMGHAR X ROADS, HYDERABAD", "fuel"),
    ("HOTEL GOLCONDA HEIGHTS", "MASAB TANK, HYDERABAD", "hotel"),
]
TERMINALS = ["PINE LABS", "HPCL", "HDFC BANK", "ICICI BANK", "MSWIPE", "AXIS BANK", "INDIANOIL", "KOTAK BANK"]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Diners' cards on the outlets' terminals and the company's card at fuel stations for the reefer van, a
    wholesale club, a kitchen equipment shop and the hotel where a franchisee stayed: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM:
    / DATE/TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO:, SALE, CARD:, an outlet's TABLE NO: and
    BASE AMT: and TIP: on some, a fuel sale's PUMP NO:, PRODUCT:, RATE/L: and VOLUME(L):, APPR CODE: / AUTH CODE:,
    RRN: / REF NO:, TOTAL: / AMOUNT: / SALE AMT:; APPROVED / TRANSACTION APPROVED / DECLINED - 55 INCORRECT PIN /
    HOST NOT RESPONDING - VERIFY STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=400, high=9000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 14800, 0.5)
    elif kind in ("wholesale", "equipment"):
        j.amount = rupees(rng, 4000, 78000, 0.4)
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
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    tip = 0.0
    if kind == "outlet":
        p.pair("TABLE NO:", str(rng.randrange(1, 40)))
        if status == "success" and rng.random() < 0.5:
            tip = float(rng.choice([50, 100, 150, 200]))
    elif kind == "fuel":
        rate = round(rng.uniform(95.5, 98.5), 2)
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if tip:
        p.pair("BASE AMT:", show(j.amount))
        p.pair("TIP:", show(tip))
        j.amount = round(j.amount + tip, 2)
        p.pair("TOTAL:", show(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["TOTAL:", "AMOUNT:", "SALE AMT:"]), show(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - VERIFY STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, water, fibre and phone bills


BILLERS = [
    ("TGSPDCL", "Southern Power Distribution Company of Telangana Ltd", "USC No."),
    ("HMWSSB", "Hyderabad Metropolitan Water Supply and Sewerage Board", "CAN No."),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
]
BILL_APPS = [
    "TGSPDCL",
    "PhonePe",
    "Google Pay",
    "iMobile Pay",
    "TGSPDCL",
    "Paytm",
    "Amazon Pay",
    "Axis Mobile",
]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 1, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The central kitchen's and the outlets' electricity (TGSPDCL), water (HMWSSB), the office fibre (ACT
    Fibernet) and the managers' postpaid phones (Airtel) through Bharat Connect in UPI and banking apps (the app on
    top, Biller / Biller name / Service provider / Operator as printed, USC No. / CAN No. / Account No. / Mobile No.,
    Customer name / Consumer name, Bill month and Due date on some, the sum large, Paid from Current A/c or UPI, BBPS
    Txn Ref No. / Bharat Connect Ref. No., UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date
    & time; Bill payment successful / Payment successful / Payment pending with biller - status in 48 hours / Bill
    payment failed - amount will be refunded if debited) and TGSPDCL's own payment receipt page (the company on top,
    USC No., Circle / ERO, Consumer name, Category, Bill month, Amount paid, Payment mode, Transaction ID, Receipt
    No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2500, high=185000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which in (2, 3):
        j.amount = rupees(rng, 499, 4800, 0.6)
    elif which == 1:
        j.amount = rupees(rng, 1800, 26000, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "USC No.": digits(rng, 9),
        "CAN No.": digits(rng, 9),
        "Account No.": f"1{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TGSPDCL":
        p = browser_page(rng, font, "tgsouthernpower.org/billpayment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment successful"]})
        p.pair(idlab, ids)
        p.pair(
            "Circle / ERO",
            rng.choice(["Rajendranagar / Kattedan", "Cyber City / KPHB", "Saroornagar / Dilsukhnagar"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Category", rng.choice(["LT-II Commercial", "LT-III Industrial"]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TGS{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 10)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is updated against your service within 24 hours.")
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
            "success": ["Bill payment successful", "Payment successful"],
            "pending": ["Payment pending with biller - status in 48 hours"],
            "failed": ["Bill payment failed - amount will be refunded if debited"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (2, 3) else rng.choice(["Biller", "Biller name", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p, rng.choice(["Customer name", "Consumer name"]), rng.choice([COMPANY_CAPS, "DEGH HOUSE FOODS"])
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = (
        "UPI"
        if app in ("PhonePe", "Google Pay", "Paytm", "Amazon Pay")
        else rng.choice(["Current A/c", "UPI"])
    )
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "iMobile Pay": "IC",
                "Paytm": "PT",
                "Amazon Pay": "AM",
            }
            bc = f"{head.get(app, 'AX')}0{j.date:%y}{code(rng, 9, ALNUM)}"
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
    "AL-MADINA MUTTON SUPPLIERS",
    "KATTEDAN COLD STORAGE",
    "SRI SAI RAM BROILER T",
    "MOHAMMED KHAJA PASHA",
    "SRI VENKATESWARA GAS",
    "TGSPDCL",
    "BOWENPALLY VEGETABLE SUPPLIERS",
    "GHMC",
]
SENDERS = {
    "HDFC Bank": "VM-HDFCBK",
    "ICICI Bank": "AD-ICICIT",
    "Axis Bank": "AX-AXISBK",
    "Federal Bank": "JD-FEDBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-HDFCBK / AD-ICICIT /
    AX-AXISBK / JD-FEDBNK, the day divider, each bank's own wording: "Sent Rs.x From HDFC Bank A/C *1234 on <day> To
    <payee> by <way>", "ICICI Bank Acct XX123 debited for Rs x on <day>; <payee> credited via <way>", "INR x debited
    from A/c no. XX1234 on <day> by <way> to <payee>", "Rs x debited from your A/c XX1234 on <day> to <payee> via
    <way>"; a transfer that "has FAILED - beneficiary account invalid" and one that "is UNDER PROCESS with the
    beneficiary bank") and two e-mail debit alerts (Amount debited / Debit amount (INR), Paid to (beneficiary) /
    Beneficiary, Account, Mode, UTR No. / IMPS Ref No., Transaction date / Date, Status: Debited successfully /
    Transaction status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=900, high=650000)
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 6000, 38000, 0.8)
    elif k in (5, 7):
        j.amount = rupees(rng, 3000, 90000)
    if k in (0, 6):
        bank = rng.choice(["HDFC Bank", "ICICI Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} InstaAlerts <alerts@{'hdfcbank.net' if bank == 'HDFC Bank' else 'icicibank.com'}>",
            ["Debit alert - current account", "Transaction alert", "Funds transfer from your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Current account transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Debit amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to (beneficiary)", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Status: Debited successfully", "Transaction status: Successful"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password with anyone, including bank staff.")
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
        if bank == "HDFC Bank":
            p.add("left", f"Sent Rs.{amt} From HDFC Bank A/C *{tail}{on}", amount=j.amount)
            p.add("left", f"To {to} by {way}.", merchant=to, method=method)
        elif bank == "ICICI Bank":
            p.add("left", f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};", amount=j.amount)
            p.add("left", f"{to} credited via {way}.", merchant=to, method=method)
        elif bank == "Axis Bank":
            p.add("left", f"INR {amt} debited from A/c no. XX{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Rs {amt} debited from your A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"to {to} via {way}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "has FAILED - beneficiary account invalid. Amount will be credited back.",
            "pending": "is UNDER PROCESS with the beneficiary bank. Please do not repeat the transfer.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal Rs {rupees(rng, 25000, 4800000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(
                ["Not you? Call the bank's helpline at once", "Not done by you? SMS BLOCK to the bank"]
            ),
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

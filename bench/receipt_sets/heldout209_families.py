"""The twelve heldout209 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a ship-breaking yard's steel scrap trading arm's day in 2026 (Piram Ship Recycling
Pvt Ltd, its yard on Plot V-41 of the Alang-Sosiya ship recycling yard and its plate depot there, its steel scrap
trading arm, Piram Steel Scrap Traders, at its sales office on Waghawadi Road, Bhavnagar, Gujarat), told by the
proofs of payment it receives and makes: re-rolling mills' and induction furnaces' payment advices for lots of ship
plates and melting scrap, small traders' and fabricators' UPI screens and payment links, outward wires in US
dollars, euros, pounds, Singapore dollars and UAE dirhams to the cash buyers who sell it ships and to the surveyors,
consultants and agents abroad, its own money receipts and earnest money receipts for lots, the crane hire firm's,
the gas suppliers', the safety store's, the wire rope maker's and the torch maker's tax invoices, the corporate
net-banking transfers to transporters, cranes, the hazardous waste facility, the weighbridge, the guards, the marine
agents and the fabricators, the gas cutters' and helpers' wage vouchers and payouts, the Gujarat Maritime Board's,
ICEGATE's, EPFO's, ESIC's, Bhavnagar Municipal Corporation's and the Gujarat Labour Welfare Board's pages, insurers'
premium receipts, card terminal slips, PGVCL's power, the landline, postpaid and gas bills and the bank's SMS and
e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, lots, tonnes, rates and weighment differences, vessels, IMO
numbers, LDT, MOA days, work orders and log sheets, vendor codes, PO and lot numbers, bills listed on an advice,
vehicle, weighbridge, gate pass, plot, IEC, BE, tenement, PT RC, LWF registration, policy, proposal, consumer, BP,
telephone and mobile numbers, GSTIN, IFSC, BIC, IBAN, UETR, MID, TID, batch, trace and pump numbers, TDS, GST and
cess lines, earnest money and advances adjusted, rebates, wage weeks, return months, contribution and rent periods,
bill months, due and lifting days, a Banking name line, the maker and the checker and the payer's own details carry
no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``uetr`` heldout206's; ``compose`` is heldout158's."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen, app_id
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
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method
from bench.receipt_sets.heldout206_families import uetr

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
MIXED = UPPER + LOWER + "0123456789"

COMPANY = "Piram Ship Recycling Pvt Ltd"
COMPANY_CAPS = "PIRAM SHIP RECYCLING PVT LTD"
SHORT = "Piram Ship Recycling"
TRADE = "Piram Steel Scrap Traders"
# unit, address, GST state code
UNITS = [
    (
        "Yard and plate depot",
        "Plot No. V-41, Ship Recycling Yard, Alang-Sosiya, Dist. Bhavnagar - 364150, Gujarat",
    ),
    (
        "Steel scrap trading - sales office",
        "2nd Floor, Madhav Darshan, Waghawadi Road, Bhavnagar - 364002, Gujarat",
    ),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y"]
BANKS = [
    "Bank of Baroda",
    "State Bank of India",
    "IndusInd Bank",
    "Kotak Mahindra Bank",
    "Axis Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Punjab National Bank",
    "Union Bank of India",
    "The Bhavnagar District Co-operative Bank Ltd",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "IndusInd Bank": "INDB",
    "Kotak Mahindra Bank": "KKBK",
    "Axis Bank": "UTIB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Punjab National Bank": "PUNB",
    "Union Bank of India": "UBIN",
    "The Bhavnagar District Co-operative Bank Ltd": "GSCB",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.co.in",
    "State Bank of India": "sbi.co.in",
    "IndusInd Bank": "indusind.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Axis Bank": "axisbank.com",
    "ICICI Bank": "icicibank.com",
}
# what the yard sells by the tonne: the kind, its price per MT (low, high)
SCRAP = [
    ("Re-rollable ship plates 8-32 mm", 38500, 44500),
    ("HMS 1&2 melting scrap", 32500, 37800),
    ("Ship plates cut to size (1.2 x 2.4 m)", 40000, 46500),
    ("Cast iron engine scrap", 29500, 34500),
    ("MS pipes, angles and channels", 35500, 40500),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT, TRADE])


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
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
    return f"{rng.choice(banks or BANKS[:6])} XXXXXX{digits(rng, 4)}"


def tonnes(rng: random.Random, low: float, high: float) -> float:
    """A weighed lot's tonnes, to the kilo."""
    return round(rng.uniform(low, high), 3)


# ---------------------------------------------------------------- 1. mills' and furnaces' payment advices


MILLS = [
    ("Sihor Steel Re-Rolling Mills Pvt Ltd", "accounts@sihorsteel.in", "GIDC Sihor, Dist. Bhavnagar"),
    (
        "Gobindgarh Alloys & Ingots Ltd",
        "vendorpay@gobindgarhalloys.com",
        "G.T. Road, Mandi Gobindgarh, Punjab",
    ),
    ("Jalna Bars & Rerollers LLP", "ap@jalnabars.in", "Additional MIDC, Jalna, Maharashtra"),
    ("Urla Melting & Castings Pvt Ltd", "finance@urlamelt.co.in", "Urla Industrial Area, Raipur"),
    ("Vartej TMT Udyog", "vartejtmt.accounts@gmail.com", "Vartej GIDC, Bhavnagar"),
    ("Gandhidham Ferro Melts Pvt Ltd", "payables@gdmferro.in", "Sector 9, Gandhidham, Kutch"),
    ("Durgapur Induction Steels Ltd", "vendor.accounts@durgapurinduction.in", "Bamunara, Durgapur"),
    ("Panki Rolling Works", "payments@pankirolling.in", "Panki Industrial Area, Kanpur"),
]
MILL_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def mill_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Re-rolling mills and induction furnaces paying for the lots of ship plates and melting scrap they lifted: a
    payment advice e-mail, a printed PAYMENT ADVICE - SCRAP PURCHASE / SUPPLIER PAYMENT ADVICE / Remittance
    intimation and a mill's supplier portal page (the mill on top with its desk line, Beneficiary (seller) / Payment
    to / Supplier name the yard or its trading arm, Vendor code and Against PO (no fact), the yard's invoices with
    their lots and tonnes, Gross invoice value, Less: TDS u/s 194Q @ 0.1%, Less: Weighment difference - n MT @ rate
    and Less: Earnest money paid on booking on some, Net amount released / Amount remitted to you / Net paid to
    supplier (Amount to be released on the hold, Net payment / Payment amount on the return), Mode NEFT / RTGS /
    IMPS, Beneficiary bank A/c, NEFT UTR No. / RTGS UTR No. / IMPS Ref No., Advice No. / Bank payment voucher No.,
    Payment date / Released on / Date of transfer / Advice date / Generated on / Returned on / Bounced on; Payment
    status: Released / Funds transferred to your account / On hold - weighment slip and e-way bill copy awaited /
    Bounced back by your bank - name and account do not match)."""
    k = place("mill_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    buyer, mail, city = MILLS[k]
    frame = MILL_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released - {SHORT}", "Remittance intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small", f"{rng.choice(['Accounts - Payables', 'Raw Material (Scrap) Purchase', 'Finance'])}, {city}"
    )
    p.add(
        "center",
        rng.choice(["PAYMENT ADVICE - SCRAP PURCHASE", "SUPPLIER PAYMENT ADVICE", "Remittance intimation"]),
    )
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS, TRADE])
    wrap_pair(p, rng.choice(["Beneficiary (seller)", "Payment to", "Supplier name"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['S', 'VS', 'RM'])}{digits(rng, 5)}")
    p.pair("Against PO", f"{rng.choice(['PO', 'SCR'])}/{rng.randrange(100, 9999)}/{fy(j.date)}")
    p.add("left", rng.choice(["Your invoices paid", "Invoices covered", "Against the lots lifted"]))
    gross = 0.0
    taxable = 0.0
    rate = 0.0
    for _ in range(rng.randrange(1, 3)):
        kind, lo, hi = rng.choice(SCRAP)
        mt = tonnes(rng, 14, 62)
        rate = float(rng.randrange(lo, hi, 50))
        base = round(mt * rate, 2)
        value = float(round(base * 1.18))
        taxable += base
        gross += value
        p.add("left", f"PSR/{fy(j.date)}/{rng.randrange(1, 999):04d} - {kind}")
        p.pair(f"  {mt:.3f} MT @ {rate:,.2f} + GST 18%", rs(value))
    gross = round(gross, 2)
    p.pair("Gross invoice value", rs(gross))
    tds = round(taxable * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    short = 0.0
    if rng.random() < 0.45:
        diff = round(rng.uniform(0.08, 0.46), 3)
        short = round(diff * rate * 1.18, 2)
        p.pair(f"Less: Weighment difference - {diff:.3f} MT @ {rate:,.0f} + GST", rs(short))
    emd = 0.0
    if rng.random() < 0.35:
        emd = float(rng.choice([100000, 200000, 250000]))
        p.pair("Less: Earnest money paid on booking", rs(emd))
    j.amount = round(gross - tds - short - emd, 2)
    lab = {
        "success": ["Net amount released", "Amount remitted to you", "Net paid to supplier"],
        "pending": ["Amount to be released"],
        "failed": ["Net payment", "Payment amount"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode", "Paid by"]), way, method="netbanking")
    wrap_pair(p, "Beneficiary bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
            lab = "IMPS Ref No." if way == "IMPS" else f"{way} UTR No."
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['BPV', 'PA', '20'])}{digits(rng, 7)}"
        p.pair(rng.choice(["Advice No.", "Bank payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Released", "Funds transferred to your account"],
            "pending": ["On hold - weighment slip and e-way bill copy awaited"],
            "failed": ["Bounced back by your bank - name and account do not match"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Released on", "Date of transfer"],
            "pending": ["Advice date", "Generated on"],
            "failed": ["Returned on", "Bounced on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "System generated advice, no signature required. Raise differences within 10 days of receipt.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. small traders and fabricators: UPI and links


DEPOT_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "CRED", "BHIM", "PayU", "super.money"]
LINK_PAYERS = {
    "Razorpay": ["Hasmukh Fabricators, Sihor", "Shree Umiya Engineering, Rajkot"],
    "PayU": ["Al-Noor Ship Furniture, Alang", "Mahakali Steel Traders, Botad"],
}
DEPOT_NOTES = [
    "Plates 1.8 MT advance",
    "Cutting scrap 900 kg",
    "Lot P-22 balance",
    "Loading + weighbridge",
    "Brass scrap 140 kg",
    "MS pipes 2 tonne",
    "Chain pieces",
    "Booking advance",
]
UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "CRED": ["UPI reference ID", "UTR"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "super.money": ["UPI Ref ID", "UTR"],
}


def depot_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Small scrap traders, fabricators and ship furniture dealers paying the plate depot or the sales office: six
    UPI screens (PhonePe, Google Pay, Paytm, CRED, BHIM, super.money: the trading arm or the company under Paid to /
    To / Sent to / Paying to, its UPI ID, a Banking name line on some, the sum large, UTR / UPI Ref. No. / UPI
    Reference No. / UPI transaction ID / UPI reference ID / UPI Ref No / UPI Ref ID, the app's own Transaction ID /
    Google transaction ID on some, Debited from / From / Bank account, Date & time / Paid on / Completed on /
    Initiated on; Payment failed - receiver's bank not reachable / Processing - awaiting confirmation from bank, do
    not retry) and two payment links (Razorpay, PayU: the trading arm or the company on top, Paid by / Customer name
    / Buyer name, Payment for / Purpose, Razorpay's Payment ID pay_... and Order ID, PayU's PayU ID and Merchant txn
    ID, UPI RRN / Bank ref. no. or Auth code, Paid on / Payment date; Payment successful / Payment received / Paid).
    """
    k = place("depot_upi")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1500, high=98000, p_round=0.8)
    app = DEPOT_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Razorpay", "PayU"):
        to = rng.choice([TRADE, COMPANY, TRADE.upper()])
        url = (
            f"rzp.io/l/piram-{rng.choice(['scrap', 'depot', 'plates'])}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 8, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Ship plates and steel scrap - Alang | Bhavnagar", "Plot V-41, Alang-Sosiya"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received", "Paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(["Paid by", "Customer name"] if app == "Razorpay" else ["Buyer name", "Paid by"]),
            rng.choice(LINK_PAYERS[app]),
        )
        wrap_pair(p, rng.choice(["Payment for", "Purpose"]), rng.choice(DEPOT_NOTES))
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, MIXED)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{code(rng, 14, MIXED)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
                mid = f"PSR{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Merchant txn ID", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Razorpay" else "Bank ref. no.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Payments powered by PayU")
        return p.done()
    to = rng.choice([TRADE, TRADE.upper(), COMPANY])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Transaction successful"],
            "failed": ["Payment failed - receiver's bank not reachable"],
            "pending": ["Processing - awaiting confirmation from bank, do not retry"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"piramsteel{rng.choice(['', '.bvn', '1'])}@{rng.choice(['barodampay', 'ybl', 'okicici', 'indus'])}",
        method="UPI",
    )
    if app in ("Paytm", "PhonePe", "BHIM", "CRED") and rng.random() < 0.5:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(DEPOT_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "CRED", "super.money") and rng.random() < 0.7:
            own = app_id(rng, app, j.date)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = app_id(rng, app, j.date)
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(["Debited from", "From", "Bank account"]), f"{rng.choice(BANKS[:7])} XX{digits(rng, 4)}"
    )
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 3. outward wires for ships and services


# payee, address, currency, its bank, country code, what the wire pays
SELLERS = [
    (
        "Oceanic Demolition Trading FZE",
        "Jebel Ali Free Zone, Dubai, UAE",
        "USD",
        "Emirates NBD Bank PJSC",
        "AE",
        "ship",
    ),
    (
        "Meridian Ship Disposal Pte Ltd",
        "Raffles Place, Singapore",
        "USD",
        "United Overseas Bank Ltd",
        "SG",
        "ship",
    ),
    ("Nordvik Maritime Compliance AS", "Lysaker, Oslo, Norway", "EUR", "DNB Bank ASA", "NO", "ihm"),
    ("Harbourline Recycling Brokers Ltd", "Wan Chai, Hong Kong", "USD", "Hang Seng Bank Ltd", "HK", "ship"),
    ("Lion City Marine Surveyors Pte Ltd", "Jurong East, Singapore", "SGD", "DBS Bank Ltd", "SG", "survey"),
    ("Aegean Last Voyage Shipping SA", "Piraeus, Greece", "USD", "Piraeus Bank SA", "GR", "ship"),
    (
        "Solent Ship Recycling Consultants Ltd",
        "Southampton, United Kingdom",
        "GBP",
        "Lloyds Bank plc",
        "GB",
        "hkc",
    ),
    ("Gulfstar Vessel Agencies LLC", "Fujairah, UAE", "AED", "Mashreq Bank PSC", "AE", "agency"),
]
VESSELS = [
    ("MV OCEAN PRIDE", "bulk carrier"),
    ("MT GULF STAR I", "product tanker"),
    ("MV PACIFIC VENTURE", "container ship"),
    ("MV SEA LUCK", "general cargo ship"),
    ("MT AEGEAN BREEZE", "crude oil tanker"),
    ("MV ORIENT GRACE", "bulk carrier"),
]
WIRE_RATES = {
    "USD": (85.6, 89.2),
    "EUR": (95.2, 101.4),
    "GBP": (110.6, 117.2),
    "SGD": (64.6, 68.4),
    "AED": (23.3, 24.3),
}
WIRE_BANKS = {
    "Bank of Baroda": "Trade Finance Centre, Waghawadi Road, Bhavnagar",
    "State Bank of India": "Forex Branch, Kalanala, Bhavnagar",
    "IndusInd Bank": "Trade Services, Crescent Circle, Bhavnagar",
    "Axis Bank": "International Business Branch, Bhavnagar",
}


# the IBAN's groups after the country and check digits: "L" four letters, a number that many digits
IBANS = {"AE": [4, 4, 4, 4, 3], "NO": [4, 4, 3], "GR": [4, 4, 4, 4, 4, 3], "GB": ["L", 4, 4, 4, 2]}


def iban(rng: random.Random, country: str) -> str:
    groups = [code(rng, 4, UPPER) if size == "L" else digits(rng, size) for size in IBANS[country]]
    return " ".join([f"{country}{rng.randrange(10, 99)}", *groups])


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for dollars, euros and pounds, a code or sign for Singapore
    dollars, the code for dirhams."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice({"SGD": ["SGD ", "S$", "SGD "], "AED": ["AED "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def vessel_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard paying the cash buyers who sell it end-of-life ships (the balance after the deposit on the MOA, in
    US dollars) and the surveyors, compliance consultants and port agents abroad (euros, pounds, Singapore dollars,
    dirhams): the bank's outward remittance advices (browser, e-mail, printed OUTWARD REMITTANCE ADVICE / Debit
    advice - outward remittance / Foreign outward remittance - transaction advice: the bank on top with its branch,
    Beneficiary name / Beneficiary (seller) / Pay to (overseas party) the payee abroad, Beneficiary address,
    Beneficiary's bank, SWIFT / BIC, IBAN or Account No., Applicant / Remitter the company, Remittance amount (FCY)
    / Amount remitted / Outward amount (FCY), Exchange rate, INR equivalent, Commission in lieu of exchange, SWIFT /
    cable charges, GST on currency conversion, Total debit to account (INR) / Amount to be debited (INR), Purpose
    code, Vessel (name, type, IMO No., LDT @ USD per LDT), Contract price and Less: Deposit paid on MOA (10%), MOA
    dated, Invoice No. of the service, Mode, Outward ref. No. / OWRM No. / Our ref., UETR, Date of remittance /
    Value date / Debited on / Application date / Submitted on / Returned on / Date of return; Funds remitted - SWIFT
    confirmation received / Transfer executed / Under processing - Form A1 and MOA copy under scrutiny / Returned -
    beneficiary bank could not apply funds (account closed))."""
    k = place("vessel_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    payee, city, cur, pbank, country, what = SELLERS[k]
    show = foreign(rng, font, cur)
    bank = rng.choice(list(WIRE_BANKS))
    frame = ["paper", "browser", "mail"][k % 3]
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.6 else 2)
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/outward/advice/{code(rng, 10, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.bhavnagar@{slug(bank)}>",
            ["Outward remittance - debit advice", "Foreign outward remittance", "SWIFT outward transfer"],
        )
    else:
        p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", WIRE_BANKS[bank])
    p.add(
        "center",
        rng.choice(
            [
                "OUTWARD REMITTANCE ADVICE",
                "Debit advice - outward remittance",
                "Foreign outward remittance - transaction advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds remitted - SWIFT confirmation received", "Transfer executed"],
            "pending": ["Under processing - Form A1 and MOA copy under scrutiny"],
            "failed": ["Returned - beneficiary bank could not apply funds (account closed)"],
        },
    )
    name = payee.upper() if rng.random() < 0.3 else payee
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Beneficiary (seller)", "Pay to (overseas party)"]),
        name,
        merchant=name,
    )
    wrap_pair(p, "Beneficiary address", city)
    wrap_pair(p, "Beneficiary's bank", pbank)
    p.pair("SWIFT / BIC", f"{code(rng, 4, UPPER)}{country}{code(rng, 2, UPPER)}")
    if country in IBANS:
        p.pair("IBAN", iban(rng, country))
    else:
        p.pair("Account No.", digits(rng, rng.choice([10, 12, 13])))
    wrap_pair(p, rng.choice(["Applicant", "Remitter"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if what == "ship":
        vessel, kind = rng.choice(VESSELS)
        ldt = rng.randrange(3200, 14800)
        per = float(rng.randrange(430, 565))
        price = round(ldt * per, 2)
        wrap_pair(p, "Vessel", f"{vessel} ({kind}), IMO {rng.choice('89')}{digits(rng, 6)}")
        p.pair("Light displacement", f"{ldt:,} LDT @ USD {per:,.2f}")
        p.pair("Contract price", show(price))
        deposit = round(price * 0.10, 2)
        p.pair("Less: Deposit paid on MOA (10%)", show(deposit))
        j.amount = round(price - deposit, 2)
        if not j.no_day:
            p.pair("MOA dated", when(earlier(rng, j, 12, 40), rng.choice(WIRE_PATS)))
        purpose = "S0102 - import settlement (vessel for recycling)"
    else:
        j.amount = (
            round(rng.uniform(4000, 68000), 2) if rng.random() < 0.6 else float(rng.randrange(40, 680) * 100)
        )
        task = {
            "ihm": "Inventory of Hazardous Materials (Part I-III) and HKC statement of compliance",
            "survey": "Pre-beaching survey and gas-free certification",
            "hkc": "Ship recycling plan (SRP) and HKC consultancy",
            "agency": "Port agency and crew repatriation - last voyage",
        }[what]
        wrap_pair(p, "Towards", task)
        p.pair("Invoice No.", f"{code(rng, 3, UPPER)}-{rng.randrange(100, 9999)}/26")
        purpose = "S1023 - other technical services" if what != "agency" else "S0305 - port services"
    p.pair(
        rng.choice(["Remittance amount (FCY)", "Amount remitted", "Outward amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    comm = round(min(max(inr * 0.00125, 500), 15000), 2)
    swift = float(rng.choice([500, 750, 1000]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Commission in lieu of exchange", f"{comm:,.2f}")
    p.pair("SWIFT / cable charges", f"{swift:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    total_lab = "Amount to be debited (INR)" if status == "pending" else "Total debit to account (INR)"
    p.pair(total_lab, f"{inr + comm + swift + gst:,.2f}")
    wrap_pair(p, "Purpose code", purpose)
    p.pair("Mode", rng.choice(["SWIFT MT103", "Wire transfer (SWIFT)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWR', 'ORM', 'FTT'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Outward ref. No.", "OWRM No.", "Our ref."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Value date", "Debited on"],
            "pending": ["Application date", "Submitted on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "Close the import remittance in IDPMS against the Bill of Entry filed at Bhavnagar (INBHU1)."
        if what == "ship"
        else "Remitted on Form 15CA / 15CB as filed; keep the service invoice with this advice.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the trading arm's own receipts


# party, what it bought, per unit (low, high), unit, quantity (low, high)
PARTIES = [
    ("M/s Khodiyar Steel Traders, Sihor", "Ship plates 6-12 mm (lot P-14)", 38500, 43500, "MT", (12, 38)),
    ("Shri Ramesh Bhai Patel, Trapaj", "MS chain and anchor pieces", 31000, 35500, "MT", (1.2, 4.5)),
    ("M/s Jay Ambe Metal Mart, Bhavnagar", "Copper cable scrap (stripped)", 640, 760, "kg", (90, 260)),
    ("M/s Alang Marine Furniture House", "Ship's teak wood planks", 2100, 2900, "cu.ft", (20, 60)),
    ("M/s Navkar Re-Rollers, Vartej", "Re-rollable plates 10-25 mm (lot P-31)", 39500, 44500, "MT", (18, 44)),
    ("M/s Ghogha Engineering Works", "Brass propeller pieces", 420, 520, "kg", (120, 380)),
    ("Shri Iqbal Bhai Memon, Mahuva", "Cutting scrap (mixed)", 30500, 34500, "MT", (1.5, 5.5)),
    ("M/s Botad Steel Centre", "HMS 1&2 melting scrap (lot H-09)", 32500, 37000, "MT", (20, 48)),
]
RECEIPT_WAYS = ["RTGS", "cash", "UPI", "NEFT", "cheque", "UPI", "cash", "cheque"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trading arm's own MONEY RECEIPT / LIFTING ORDER CUM RECEIPT / EARNEST MONEY RECEIPT - SCRAP LOT to
    re-rollers, traders, fabricators and furniture dealers buying plates, scrap, cable, brass and teak (paper: the
    company or its trading arm on top with its line, the sales office's address and GSTIN; Receipt No. / M.R. No. /
    Receipt Sr. No., Date / Dated / Receipt date, Received from M/s / Received from Shri / Buyer (M/s) / Buyer /
    Party (no fact), the lot with its quantity x rate, Lot value / Bill amount / Total value, Received by RTGS /
    Amount received (RTGS) / Received by NEFT / NEFT amount received / Cash received / Received in cash / Received
    by UPI / UPI amount received / Cheque amount / Cheque received for, or Earnest money received, Balance before
    lifting / Balance payable, Lift by, Weighbridge slip No., Mode, UTR No. / UPI Ref. No., Cheque No. and bank,
    Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - LIFTING ALLOWED / EARNEST MONEY RECEIVED - LOT RESERVED /
    CHEQUE RECEIVED - LIFTING AFTER CLEARANCE / CHEQUE RETURNED UNPAID - LOT CANCELLED, the rubber stamp) and two of
    the accounts desk's acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    party, item, lo, hi, unit, (qlo, qhi) = PARTIES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    way = RECEIPT_WAYS[k]
    qty = tonnes(rng, qlo, qhi) if unit == "MT" else float(rng.randrange(int(qlo), int(qhi)))
    per = float(rng.randrange(lo, hi, 10 if unit != "MT" else 50))
    bill = round(qty * per, 2)
    half = round(round(bill * 0.18, 2) / 2, 2)
    bill_total = float(round(bill + 2 * half))  # heldout167's gst_lines: CGST and SGST @ 9%, rounded
    part = way in ("RTGS", "NEFT", "cheque") and rng.random() < 0.5
    if part:
        j.amount = float(round(bill_total * rng.choice([0.1, 0.2, 0.25, 0.5]), -3))
    else:
        j.amount = bill_total
    if way == "cash" and j.amount >= 200000:
        # no receipt of two lakh or more in cash (s. 269ST): the cash is the part paid
        part = True
        j.amount = float(rng.randrange(50, 199) * 1000)
    if way == "UPI" and j.amount > 100000:
        part = True
        j.amount = float(rng.randrange(20, 100) * 1000)
    if k in (3, 5):
        p = mail_page(
            rng,
            font,
            f"{TRADE} Accounts <accounts@piramsteel.in>",
            ["Payment received - thank you", "Receipt for your lot", "Money receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Steel scrap trading  |  Sales office, Waghawadi Road, Bhavnagar")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            "Ship recyclers and dealers in ship plates, steel scrap and ship goods",
            UNITS[1][1],
            "24",
            ["MONEY RECEIPT", "LIFTING ORDER CUM RECEIPT"]
            + (["EARNEST MONEY RECEIPT - SCRAP LOT"] if part else []),
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'BVN', 'PSR'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "M.R. No.", "Receipt Sr. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    if party.startswith("M/s "):
        wrap_pair(p, rng.choice(["Received from M/s", "Buyer (M/s)", "Party"]), party.removeprefix("M/s "))
    else:
        lab = rng.choice(["Received from Shri", "Party", "Buyer"])
        wrap_pair(p, lab, party.removeprefix("Shri ") if lab.endswith("Shri") else party)
    quantity = f"{qty:.3f} MT" if unit == "MT" else f"{qty:,.0f} {unit}"
    p.add("left", item)
    p.pair(f"  {quantity} x {per:,.2f}", rs(bill))
    assert gst_lines(p, rs, bill, 18, False) == bill_total
    p.pair(rng.choice(["Lot value", "Bill amount", "Total value"]), rs(bill_total))
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received for"])
    elif part and rng.random() < 0.6:
        lab = "Earnest money received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "UPI amount received"]),
            "NEFT": rng.choice(["Received by NEFT", "NEFT amount received"]),
            "RTGS": rng.choice(["Received by RTGS", "Amount received (RTGS)"]),
        }[way]
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair(rng.choice(["Balance before lifting", "Balance payable"]), rs(round(bill_total - j.amount, 2)))
        if not j.no_day:
            p.pair("Lift by", j.other_day(rng, 5, 21))
    elif unit == "MT":
        p.pair("Weighbridge slip No.", f"WB-{digits(rng, 5)}")
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "RTGS": "RTGS", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    words = ["RECEIVED WITH THANKS", "PAID", "RECEIVED - LIFTING ALLOWED"]
    if lab == "Earnest money received":
        words = ["EARNEST MONEY RECEIVED - LOT RESERVED", "RECEIVED WITH THANKS"]
    elif part:
        words = ["RECEIVED WITH THANKS"]
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - LIFTING AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - LOT CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Material to be lifted within the days allowed; yard rent is charged after that. E.&O.E.")
    if k not in (3, 5):
        right(p, f"For {TRADE} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(p, "PIRAM STEEL SCRAP", "BHAVNAGAR", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' tax invoices


SUPPLIERS = [
    (
        "Sosiya Crane Service",
        "Hydra and crawler cranes on hire | Winch pulling",
        "Plot 12, Sosiya Road, Alang - 364150, Gujarat",
        "24",
        "SCS",
    ),
    (
        "Saurashtra Industrial Gases Pvt Ltd",
        "Oxygen | LPG | Dissolved acetylene for gas cutting",
        "Plot 118, Chitra GIDC, Bhavnagar - 364004, Gujarat",
        "24",
        "SIG",
    ),
    (
        "Trapaj Safety Equipments",
        "Helmets | Safety shoes | Cutting goggles | Leather gloves",
        "Main Bazar, Trapaj, Dist. Bhavnagar - 364150, Gujarat",
        "24",
        "TSE",
    ),
    (
        "Kutch Wire Ropes & Winches",
        "Steel wire ropes | Hand winches | Chain pulley blocks",
        "Plot 41, Mithirohar, Gandhidham - 370201, Gujarat",
        "24",
        "KWR",
    ),
    (
        "Lohar Chawl Cutting Torch Co.",
        "Gas cutting torches | Nozzles | Regulators",
        "88, Lohar Chawl, Mumbai - 400002, Maharashtra",
        "27",
        "LCT",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %
SUPPLY_ITEMS = {
    "SCS": [
        ("Hydra crane 14 T with operator", "997319", "day", 3200, 4200, 18),
        ("Crawler crane 80 T - winch pulling", "997319", "shift", 18000, 26000, 18),
    ],
    "SIG": [
        ("Industrial oxygen gas - 7 cu.m cylinder", "2804", "cyl", 260, 340, 18),
        ("LPG commercial 19 kg cylinder", "2711", "cyl", 1650, 1850, 18),
    ],
    "TSE": [
        ("Safety helmet (ISI) with chin strap", "6506", "nos", 140, 220, 18),
        ("Leather gloves for gas cutting", "4203", "pair", 95, 160, 18),
    ],
    "KWR": [
        ("Steel wire rope 32 mm (6x36 IWRC)", "7312", "m", 420, 560, 18),
        ("Hand winch 10 T", "8425", "nos", 38000, 52000, 18),
    ],
    "LCT": [
        ("Gas cutting torch - heavy duty", "8468", "nos", 2400, 3600, 18),
        ("Cutting nozzles (ANM type)", "8468", "nos", 95, 160, 18),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 0, 4, 1, 2]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "NEFT", "-", "NEFT", "-", "UPI"]


def yard_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The crane hire firm, the gas supplier, the safety store, the wire rope maker and the torch maker billing the
    yard (paper: the supplier on top, its line, address and GSTIN; Tax Invoice No. / Invoice No. / Bill No., Invoice
    date / Dated / Date of invoice, Billed to / Buyer (bill to) / Recipient the company, Site, Work order No. and
    Log sheet Nos. on the crane hire's, E-way bill No. on the goods', the cranes' days or shifts or the goods with
    HSN / SAC, qty x rate, Taxable value, CGST and SGST or IGST @ 18%, Round off, Invoice total, Less: TDS u/s 194C
    @ 2% (deducted by you) on the crane hire's, Less: Advance paid with order on some, Net amount received (after
    TDS) / Balance received by NEFT / RTGS / Payment received vide NEFT / RTGS / Received by UPI with UTR No. / UTR
    / UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY NEFT / FULLY PAID / PAYMENT
    RECEIVED - THANK YOU / CHEQUE LODGED - CREDIT ON REALISATION / CHEQUE BOUNCED - REFER TO DRAWER, in the
    supplier's rubber stamp too)."""
    k = place("yard_invoices")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "INVOICE"])
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(10, 9999):04d}"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date of invoice"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Billed to", "Buyer (bill to)", "Recipient"]),
        rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]),
    )
    p.pair("Site", "Plot V-41, Alang-Sosiya")
    crane = tag == "SCS"
    if crane:
        p.pair("Work order No.", f"PSR/WO/{rng.randrange(10, 400)}")
        start = rng.randrange(100, 900)
        p.pair("Log sheet Nos.", f"{start} to {start + rng.randrange(8, 30)}")
    else:
        p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    taxable = 0.0
    for item, hsn, unit, lo, hi, _ in rng.sample(SUPPLY_ITEMS[tag], rng.randrange(1, 3)):
        rate = float(rng.randrange(lo, hi, 5 if hi < 1000 else 50))
        if unit in ("day", "shift"):
            qty = rng.randrange(6, 31)
        elif unit == "m":
            qty = rng.randrange(100, 600, 10)
        elif unit == "nos" and lo > 10000:
            qty = rng.randrange(1, 4)
        else:
            qty = rng.randrange(20, 240, 5)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if crane else 'HSN'} {hsn}")
        units = f"{unit}s" if unit in ("day", "shift") and qty > 1 else unit
        p.pair(f"  {qty} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, state != "24")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "NEFT" and total >= 200000 and rng.random() < 0.5:
        way = "RTGS"
    less = 0.0
    if crane:
        less = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2% (deducted by you)", rs(less))
    elif way in ("NEFT", "RTGS") and rng.random() < 0.45:
        less = float(round(total * rng.choice([0.25, 0.3, 0.5]), -3))
        p.pair("Less: Advance paid with order", rs(less))
    j.amount = round(total - less, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if crane:
            lab = "Net amount received (after TDS)"
        elif less:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = "Received by UPI"
        else:
            lab = f"Payment received vide {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if crane:
            p.pair("Mode", way)
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "FULLY PAID", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE LODGED - CREDIT ON REALISATION",
        "failed": "CHEQUE BOUNCED - REFER TO DRAWER",
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


# ---------------------------------------------------------------- 6. contractors by net banking


CONTRACTORS = [
    ("Khodiyar Roadlines", "Trailer freight - plates to Sihor, 6 trips"),
    ("Sosiya Crane Service", "Hydra crane hire - log sheets 412 to 438"),
    ("Saurashtra Enviro Projects Pvt Ltd", "Asbestos and glass wool disposal at TSDF"),
    ("Bhavnagar Weighbridge Co.", "Weighment charges - 212 vehicles"),
    ("Shree Ram Security Services", "Yard security - 14 guards"),
    ("Gopnath Marine Agencies", "Beaching pilot and tug hire"),
    ("Mahuva Steel Fabricators", "Winch foundations and lifting lugs"),
    ("Jay Bhavani Gas Cutting Contractors", "Cutting contract - running bill"),
]
CORP_PORTALS = [
    ("IndusDirect", "IndusInd Bank", "indusdirect.indusind.com/corporate/payments/view"),
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transfers/details"),
    ("Baroda Connect", "Bank of Baroda", "corporate.bobibanking.com/fundtransfer/status"),
]


def contractor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard paying the transporter, the crane hire firm, the hazardous waste facility, the weighbridge, the
    security agency, the marine agents, the fabricators and the gas cutting contractor: corporate net banking's
    transaction pages (IndusDirect, Kotak FYN, Baroda Connect: the portal on top, Beneficiary name / Transfer to /
    Beneficiary account name, Beneficiary A/c and IFSC, Debit account the company, Payment amount / Amount (INR) /
    Debit amount, Transfer mode NEFT / RTGS / IMPS, Purpose, UTR No. / UTR, Bank reference No. / Txn reference No.,
    Initiated by / Approved by, Value date / Processed on / Posting date / Initiated on / Rejected on; Payment
    processed - credited to beneficiary / Status: Completed / Pending with authoriser - not yet sent to bank /
    Failed - beneficiary account blocked)."""
    k = place("contractor_transfers")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=8500, high=640000)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transfers', 'Transaction status'])}")
    p.add("center", rng.choice(["Transaction details", "Payment details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment processed - credited to beneficiary", "Status: Completed"],
            "pending": ["Pending with authoriser - not yet sent to bank"],
            "failed": ["Failed - beneficiary account blocked"],
        },
    )
    who, note = CONTRACTORS[k]
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Transfer to", "Beneficiary account name"]), who, merchant=who
    )
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Payment amount", "Amount (INR)", "Debit amount"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair("Transfer mode", way, method="netbanking")
    wrap_pair(p, "Purpose", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Txn reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Approved by", f"PSRACC1 / {'-' if status == 'pending' else 'PSRDIR1'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Processed on", "Posting date"],
            "pending": ["Initiated on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected payments are credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 7. the gang's wages and payouts


WORKERS = [
    ("Bhagaban Behera", "Gas cutter", "Ganjam"),
    ("Sanjay Kumar Yadav", "Gas cutter", "Gorakhpur"),
    ("Pintu Nayak", "Helper", "Ganjam"),
    ("Md. Sarfaraz Alam", "Winch fitter", "Purnia"),
    ("Ramesh Makwana", "Crane signalman", "Trapaj"),
    ("Dilip Mahto", "Loader", "Giridih"),
    ("Gopal Pradhan", "Gas cutter", "Kandhamal"),
    ("Jitendra Sahu", "Helper", "Balangir"),
]
WAGE_FRAMES = ["paper", "razorpayx", "paper", "phonepe", "paper", "bulk", "paper", "gpay"]


def gang_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard paying its gas cutters, helpers, loaders, winch fitters and signalmen for the week: its printed
    WEEKLY MAJURI VOUCHER - CUTTING GANG / KAMDAR PAYMENT VOUCHER / WAGE SLIP CUM RECEIPT (WEEKLY) (the company on
    top, Voucher No. / Chitthi No. / Pay slip No., Date / Paid on / Voucher date, Name of kamdar / Kamdar (worker) /
    Worker name, Gate pass No., Mukadam, Native place, Week, Days worked n x rate or Tonnes cut n MT x rate, Add:
    Night shift n x rate, Gross wages, Less: Upad (advance) adjusted, Less: Mess / canteen, Net majuri paid / Amount
    handed over (net) / Net wages paid, Mode Cash / UPI / IMPS; PAID / WAGES RECEIVED IN FULL / PAID - THUMB
    IMPRESSION TAKEN), RazorpayX payouts (RazorpayX on top with the company under it, Payout to / Contact /
    Beneficiary, Fund account, Mode, Purpose, Payout ID pout_..., UTR, Reference ID, Created on; Reversed), the
    bank's bulk payment record (Kotak FYN: Beneficiary name, Amount, Batch ref., Txn reference No., Uploaded on;
    Processing at bank - beneficiary credit awaited) and a PhonePe and a Google Pay screen."""
    k = place("gang_wages")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=2800, high=9500, p_round=0.9)
    who, role, native = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    week = max(1, j.date.isocalendar()[1] - 1)
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, MIXED)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{rng.choice([COMPANY, SHORT])}  |  Payouts")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"failed": ["Reversed"]})
        p.add("small", "Reason: beneficiary bank returned the credit (account inoperative). Amount refunded.")
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payout to", "Contact", "Beneficiary"]), who, merchant=who)
        p.pair("Fund account", f"A/c XXXXXXX{digits(rng, 4)}")
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("Purpose", rng.choice(["salary", f"wages - week {week}", "payout"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        p.pair("Reference ID", f"GANG-{week}-{rng.randrange(1, 240):03d}")
        date_row(p, j, ["Created on"], hour=True)
        p.part = "foot"
        p.add("small", "Reversed payouts are credited back to your RazorpayX balance.")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, "fyn.kotak.com/bulk/records/details")
        p.part = "head"
        top(p, "Kotak FYN")
        p.add("small", "Kotak Mahindra Bank  |  Bulk payments - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"pending": ["Processing at bank - beneficiary credit awaited"]})
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        ben = rng.choice(["State Bank of India", "Bank of Baroda", "Punjab National Bank"])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("Batch ref.", f"WAGES{week:02d}{digits(rng, 4)}")
        if not j.no_ref:
            tr = f"KFYN{digits(rng, 11)}"
            p.pair("Txn reference No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Uploaded on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are credited back to the debit account.")
        return p.done()
    if frame in ("gpay", "phonepe"):
        app = "Google Pay" if frame == "gpay" else "PhonePe"
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", app)
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'ibl'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Majuri week", "Upad", "Weekly wages", "Night shift"]))
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                gid = app_id(rng, app, j.date)
                wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
            else:
                own = app_id(rng, app, j.date)
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        "Yard - Plot V-41, Alang-Sosiya",
        UNITS[0][1],
        "24",
        ["WEEKLY MAJURI VOUCHER - CUTTING GANG", "KAMDAR PAYMENT VOUCHER", "WAGE SLIP CUM RECEIPT (WEEKLY)"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['MV', 'KP', 'WS'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Chitthi No.", "Pay slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of kamdar", "Kamdar (worker)", "Worker name"]), who, merchant=who)
    p.pair("Gate pass No.", f"GP-{rng.randrange(100, 2400)}")
    p.pair("Mukadam", rng.choice(["Lingaraj Swain", "Ramdhani Yadav", "Bachubhai Baraiya", "Sukant Das"]))
    p.pair("Native place", f"{native} ({role})")
    p.pair("Week", f"No. {week}")
    if role == "Gas cutter" and rng.random() < 0.6:
        mt = round(rng.uniform(14, 42), 1)
        rate = float(rng.choice([160, 180, 200, 220]))
        gross = round(mt * rate, 2)
        p.pair(f"Tonnes cut  {mt:.1f} MT x {rate:.2f}", rs(gross))
    else:
        days = rng.randrange(5, 8)
        rate = float(rng.choice([560, 600, 650, 700, 750]))
        gross = round(days * rate, 2)
        p.pair(f"Days worked  {days} x {rate:.2f}", rs(gross))
    nights = rng.choice([0, 0, 1, 2, 3])
    if nights:
        extra = nights * 150.0
        p.pair(f"Add: Night shift  {nights} x 150.00", rs(extra))
        gross += extra
    p.pair("Gross wages", rs(gross))
    upad = float(rng.choice([0, 0, 500, 1000])) if gross > 3000 else 0.0
    if upad:
        p.pair("Less: Upad (advance) adjusted", rs(upad))
    mess = float(rng.choice([0, 350, 420])) if rng.random() < 0.4 else 0.0
    if mess:
        p.pair("Less: Mess / canteen", rs(mess))
    j.amount = round(gross - upad - mess, 2)
    p.pair(
        rng.choice(["Net majuri paid", "Amount handed over (net)", "Net wages paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if k in (0, 4) else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "WAGES RECEIVED IN FULL"] + (["PAID - THUMB IMPRESSION TAKEN"] if way == "Cash" else [])
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of kamdar")
    return p.done()


# ---------------------------------------------------------------- 8. port, customs and city dues


DUE_FRAMES = ["gmb_rent", "icegate", "epfo", "gmb_vessel", "bmc_tax", "esic", "lwf", "bmc_pt"]


def refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def port_dues(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard's dues to the port, the customs and the city: the Gujarat Maritime Board's plot rent page and its
    vessel fees page (Gujarat Maritime Board / GUJARAT MARITIME BOARD / GMB on top and its Alang-Sosiya line, Name
    of plot holder / Recycler, Plot No., Rent period, Plot rent (quarter), GST @ 18%, Vessel, IMO No., LDT, Beaching
    permission fee, Ship recycling fee - n LDT @ rate, Total amount paid / Amount paid / Total amount, Transaction
    ID, Bank Ref. No., Receipt No., Payment date / Date of payment / Initiated on; Payment initiated - confirmation
    from bank awaited), ICEGATE's e-payment of the customs duty on the vessel (ICEGATE on top and its line, Importer
    name, IEC, Port of import, BE No., BE date, Assessable value, Basic customs duty @ 2.5%, Social welfare
    surcharge @ 10%, IGST @ 18%, Total duty / Amount paid, Bank Transaction No., Challan No., Payment date; Duty
    paid), EPFO's ECR payment page (Employees' Provident Fund Organisation / EPFO on top, Establishment name,
    Establishment ID, Wage month, A/c 1, 2, 10, 21 and 22, Total amount / Grand total, TRRN, CRN, Bank reference
    No., Paid on / Payment date), Bhavnagar Municipal Corporation's property tax and profession tax pages (Bhavnagar
    Municipal Corporation / BHAVNAGAR MUNICIPAL CORPORATION / Bhavnagar Mahanagarpalika on top, Owner / occupier or
    Name of employer, Tenement No. or PT RC No., Ward / Zone, Tax year or Return month, the heads, Less: Early
    payment rebate @ 10%, Employees n x Rs 200, Amount paid / Total tax paid / Total amount, Transaction ID, Bank
    Ref No., Receipt No., Payment date / Receipt date / Transaction date; Transaction failed - amount not received
    by BMC), ESIC's challan page (Employees' State Insurance Corporation / ESIC on top, Employer name, Employer
    code, Contribution period, Employees covered, Employer's share @ 3.25%, Employees' share @ 0.75%, Total amount
    paid / Challan amount, Challan No., Transaction No., Challan paid date) and the Gujarat Labour Welfare Board's
    contribution receipt (Gujarat Labour Welfare Board / GUJARAT LABOUR WELFARE BOARD on top, Name of establishment,
    LWF registration No., Contribution period, Employees' contribution n x Rs 6, Employer's contribution n x Rs 12,
    Total contribution paid / Amount paid, Transaction ID, Receipt No., Date of payment)."""
    k = place("port_dues")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5)
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    frame = DUE_FRAMES[k]
    way = rng.choice(["Net banking", "Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    ok = ["Payment successful", "Payment received"]
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    if frame in ("gmb_rent", "gmb_vessel"):
        p = browser_page(rng, font, f"gmbports.org/epayment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Gujarat Maritime Board", "GUJARAT MARITIME BOARD", "GMB"])
        top(p, name, merchant=name)
        p.add("small", "Alang-Sosiya Ship Recycling Yard  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok + ["Fee paid"], "pending": ["Payment initiated - confirmation from bank awaited"]},
        )
        wrap_pair(p, rng.choice(["Name of plot holder", "Recycler"]), firm)
        p.pair("Plot No.", "V-41")
        if frame == "gmb_rent":
            quarter = (j.date.month - 1) // 3
            period = ["January - March", "April - June", "July - September", "October - December"][quarter]
            p.pair("Rent period", f"{period} {j.date.year}")
            rent = float(rng.randrange(180000, 420000, 500))
            p.pair("Plot rent (quarter)", rs(rent))
            gst = round(rent * 0.18, 2)
            p.pair("GST @ 18%", rs(gst))
            j.amount = round(rent + gst, 2)
        else:
            vessel, kind = rng.choice(VESSELS)
            wrap_pair(p, "Vessel", f"{vessel} ({kind})")
            p.pair("IMO No.", f"{rng.choice('89')}{digits(rng, 6)}")
            ldt = rng.randrange(3200, 14800)
            p.pair("LDT", f"{ldt:,}")
            beach = float(rng.choice([25000, 50000]))
            p.pair("Beaching permission fee", rs(beach))
            per = rng.choice([12.0, 15.0, 18.0])
            fee = round(ldt * per, 2)
            p.pair(f"Ship recycling fee - {ldt:,} LDT @ {per:.2f}", rs(fee))
            gst = round((beach + fee) * 0.18, 2)
            p.pair("GST @ 18%", rs(gst))
            j.amount = round(beach + fee + gst, 2)
        lab = (
            ["Total amount paid", "Amount paid", "Total amount"] if status == "success" else ["Total amount"]
        )
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        rows = [("Transaction ID", TXN_RANK, f"GMB{digits(rng, 12)}")]
        if status == "success":
            rows.append(("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"))
            rows.append(("Receipt No.", INVOICE_RANK, f"GMB/ALG/{digits(rng, 6)}"))
        refs(p, j, rows)
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"] if status == "success" else ["Initiated on"],
            pats,
            hour=True,
        )
        foot = (
            "Plot rent is payable in advance by the 10th of the quarter's first month."
            if frame == "gmb_rent"
            else "Beaching is allowed only after the fees are credited and the gas-free certificate is filed."
        )
    elif frame == "icegate":
        p = browser_page(rng, font, "epayment.icegate.gov.in/epayment/receipt")
        p.part = "head"
        top(p, "ICEGATE")
        p.add("small", "Indian Customs Electronic Gateway  |  e-Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Duty paid", "Payment successful"]})
        wrap_pair(p, "Importer name", firm)
        p.pair("IEC", f"{code(rng, 5, UPPER)}{rng.randrange(1000, 9999)}{code(rng, 1, UPPER)}")
        p.pair("Port of import", "Bhavnagar (INBHU1)")
        p.pair("BE No.", digits(rng, 7))
        if not j.no_day:
            p.pair("BE date", when(earlier(rng, j, 1, 6), rng.choice(pats)))
        usd = rng.randrange(1400000, 6800000, 1000)
        value = round(usd * rng.uniform(86.0, 88.5), 2)
        p.pair("Assessable value", rs(value))
        bcd = round(value * 0.025, 2)
        sws = round(bcd * 0.10, 2)
        igst = round((value + bcd + sws) * 0.18, 2)
        p.pair("Basic customs duty @ 2.5%", rs(bcd))
        p.pair("Social welfare surcharge @ 10%", rs(sws))
        p.pair("IGST @ 18%", rs(igst))
        j.amount = round(bcd + sws + igst, 2)
        p.pair(rng.choice(["Total duty", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        refs(
            p,
            j,
            [
                ("Bank Transaction No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 11)}"),
                ("Challan No.", INVOICE_RANK, digits(rng, 8)),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Print the challan and file it with the Bill of Entry at the custom house."
    elif frame == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/confirm")
        p.part = "head"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  ECR payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment confirmed", "Payment successful"]})
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"GJBVN{digits(rng, 7)}000")
        if not j.no_day:
            p.pair("Wage month", j.month())
        wages = float(rng.randrange(900000, 2600000, 10))
        heads = [
            ("A/c 1 (EE + ER)", round(wages * 0.1567)),
            ("A/c 2 (admin)", max(500, round(wages * 0.005))),
            ("A/c 10 (EPS)", round(wages * 0.0833)),
            ("A/c 21 (EDLI)", round(wages * 0.005)),
            ("A/c 22", 0),
        ]
        for head, value in heads:
            p.pair(head, rs(float(value)))
        j.amount = float(sum(value for _, value in heads))
        p.pair(rng.choice(["Total amount", "Grand total"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        refs(
            p,
            j,
            [
                ("TRRN", INVOICE_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
                ("CRN", TXN_RANK, digits(rng, 14)),
                ("Bank reference No.", BANK_RANK, f"BARB{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        foot = "The ECR is filed once the bank confirms the payment of the TRRN."
    elif frame == "esic":
        p = browser_page(rng, font, f"www.esic.gov.in/EmployerPayment/ChallanReceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  Online challan")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Challan paid successfully", "Payment successful"]})
        wrap_pair(p, "Employer name", firm)
        p.pair("Employer code", digits(rng, 17))
        if not j.no_day:
            p.pair("Contribution period", j.month())
        staff = rng.randrange(60, 240)
        wages = float(rng.randrange(staff * 14000, staff * 19000, 10))
        p.pair("Employees covered", str(staff))
        er = round(wages * 0.0325, 2)
        ee = round(wages * 0.0075, 2)
        p.pair("Employer's share @ 3.25%", rs(er))
        p.pair("Employees' share @ 0.75%", rs(ee))
        j.amount = round(er + ee, 2)
        p.pair(rng.choice(["Total amount paid", "Challan amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs(
            p,
            j,
            [
                ("Challan No.", INVOICE_RANK, digits(rng, 10)),
                ("Transaction No.", TXN_RANK, f"{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Challan paid date", "Payment date"], pats)
        foot = "Contributions are due by the 15th of the following month."
    elif frame == "lwf":
        p = browser_page(rng, font, f"glwb.gujarat.gov.in/lwf/payment/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Gujarat Labour Welfare Board", "GUJARAT LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Labour, Skill Development and Employment Department  |  Labour Welfare Fund")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok + ["Contribution received"]})
        wrap_pair(p, "Name of establishment", firm)
        p.pair("LWF registration No.", f"BVN/{digits(rng, 5)}")
        half = "January - June" if j.date.month <= 6 else "July - December"
        p.pair("Contribution period", f"{half} {j.date.year}")
        staff = rng.randrange(180, 520)
        ee = staff * 6.0
        er = staff * 12.0
        p.pair(f"Employees' contribution  {staff} x Rs 6", rs(ee))
        p.pair(f"Employer's contribution  {staff} x Rs 12", rs(er))
        j.amount = ee + er
        p.pair(rng.choice(["Total contribution paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LWF{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"LWF/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Payment date"], pats)
        foot = "The contribution is due for June on 31 July and for December on 31 January."
    else:
        p = browser_page(rng, font, f"bmcgujarat.com/onlinepayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Bhavnagar Municipal Corporation",
                "BHAVNAGAR MUNICIPAL CORPORATION",
                "Bhavnagar Mahanagarpalika",
            ]
        )
        top(p, name, merchant=name)
        tax = frame == "bmc_tax"
        p.add("small", f"Online payment receipt  |  {'Property tax' if tax else 'Profession tax (employer)'}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok + ["Tax paid"],
                "failed": ["Transaction failed - amount not received by BMC"],
            },
        )
        if tax:
            wrap_pair(p, "Owner / occupier", firm)
            p.pair("Tenement No.", f"{rng.randrange(10, 40)}-{digits(rng, 4)}-{digits(rng, 3)}")
            p.pair(
                "Ward / Zone", rng.choice(["Waghawadi / Central", "Kalanala / West", "Crescent / Central"])
            )
            p.pair("Tax year", f"{j.date.year}-{(j.date.year + 1) % 100:02d}")
            heads = [
                ("General tax", 14000.0, 38000.0),
                ("Water charges", 2400.0, 6800.0),
                ("Conservancy tax", 1800.0, 4200.0),
                ("Education cess", 900.0, 2600.0),
            ]
            total = 0.0
            for head, lo, hi in heads:
                fee = float(round(rng.uniform(lo, hi)))
                total += fee
                p.pair(head, rs(fee))
            if rng.random() < 0.5:
                rebate = round(total * 0.10, 2)
                p.pair("Less: Early payment rebate @ 10%", rs(rebate))
                total -= rebate
            j.amount = round(total, 2)
        else:
            wrap_pair(p, "Name of employer", firm)
            p.pair("PT RC No.", f"PTRC{digits(rng, 9)}")
            if not j.no_day:
                p.pair("Return month", j.month())
            staff = rng.randrange(24, 90)
            p.pair("Employees", f"{staff} x Rs 200")
            j.amount = staff * 200.0
        lab = ["Amount paid", "Total amount"] if status == "failed" else ["Amount paid", "Total tax paid"]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        rows = [("Transaction ID", TXN_RANK, f"BMC{digits(rng, 12)}")]
        if status == "success":
            rows.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            rows.append(("Receipt No.", INVOICE_RANK, f"{'PR' if tax else 'PT'}/{digits(rng, 7)}"))
        refs(p, j, rows)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            pats,
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its site, the cover, the frame, the kind
COVERS = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Employees' compensation policy - yard workers",
        "paper",
        "wc",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Standard fire and special perils - scrap stock at Plot V-41",
        "browser",
        "stock",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine inland transit open policy - scrap dispatches by road",
        "mail",
        "transit",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Public liability (industrial) policy - Public Liability Insurance Act, 1991",
        "paper",
        "pli",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Group personal accident - gas cutters and helpers",
        "browser",
        "pa",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Contractor's plant and machinery - cranes and winches",
        "mail",
        "cpm",
    ),
    (
        "Life Insurance Corporation of India",
        "licindia.in",
        "Group term insurance scheme - staff",
        "browser",
        "term",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Commercial vehicle package policy - trailers",
        "mail",
        "cv",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard insuring its workers, its scrap stock, its dispatches, its public liability for the asbestos and
    oils it handles, its gas cutters' accidents, its cranes, its staff and its trailers: the insurers' premium
    receipts (browser, e-mail, printed at the branch: the insurer on top, the cover's line, PREMIUM RECEIPT /
    Premium acknowledgement / RECEIPT, Insured / Proposer / Policyholder (no fact), Policy No. or Proposal No.,
    Wages declared (annual) / Sum insured / Annual dispatches declared / Indemnity limit / Lives covered / Machinery
    insured / Trailers covered, Period of insurance, Premium @ rate / Basic premium / Premium, an add-on (STFI and
    earthquake, Medical extension, Own damage, Third party), GST @ 18%, Contribution to Environment Relief Fund on
    the public liability receipt, Total received / Premium collected (incl. GST) / Amount received, or Premium
    payable / Amount due, Payment mode, Payment ref. No. / Transaction ID, UPI Ref No. / Bank Ref No., Receipt No. /
    Premium receipt No., Cheque No., Receipt date / Premium paid on / Date of receipt / Transaction date / Attempted
    on; Premium realised - policy issued / Receipt issued / Cheque received - cover subject to realisation / Payment
    declined by bank - policy not issued)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    ins, host, product, frame, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        brief = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(rng, font, f"{brief} <noreply@{host}>", ["Premium receipt", "Premium acknowledgement"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, Kalanala, Bhavnagar", "Divisional Office, Crescent, Bhavnagar"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium realised - policy issued", "Receipt issued"],
            "pending": ["Cheque received - cover subject to realisation"],
            "failed": ["Payment declined by bank - policy not issued"],
        },
    )
    wrap_pair(p, rng.choice(["Insured", "Proposer", "Policyholder"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '46', '48', '67'])}/2026/{digits(rng, 5)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    erf = 0.0
    addon = None
    if kind == "wc":
        wages = float(rng.randrange(12000000, 42000000, 10000))
        p.pair("Wages declared (annual)", rs(wages))
        rate = rng.choice([1.2, 1.45, 1.8, 2.1])
        basic = round(wages * rate / 100, 2)
        p.pair(f"Premium @ {rate:.2f}% of wages", rs(basic))
    elif kind == "stock":
        insured = float(rng.randrange(20000000, 180000000, 100000))
        p.pair("Sum insured", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        p.pair("Basic premium", rs(basic))
        addon = ("STFI and earthquake", round(insured * 0.0001, 2))
    elif kind == "transit":
        value = float(rng.randrange(150000000, 600000000, 1000000))
        p.pair("Annual dispatches declared", rs(value))
        rate = rng.choice([0.012, 0.015, 0.018])
        basic = round(value * rate / 100, 2)
        p.pair(f"Premium @ {rate:.3f}%", rs(basic))
    elif kind == "pli":
        limit = float(rng.choice([5000000, 10000000, 25000000]))
        p.pair("Indemnity limit (any one accident)", rs(limit))
        basic = round(limit * rng.uniform(0.0012, 0.002), 2)
        p.pair("Premium", rs(basic))
        erf = basic
    elif kind in ("pa", "term"):
        lives = rng.randrange(120, 480) if kind == "pa" else rng.randrange(18, 60)
        cover = "x Rs 5,00,000" if kind == "pa" else "x Rs 10,00,000"
        p.pair("Lives covered", f"{lives} {cover}")
        basic = round(lives * (rng.uniform(160, 260) if kind == "pa" else rng.uniform(900, 1600)), 2)
        p.pair("Basic premium", rs(basic))
        if kind == "pa":
            addon = ("Medical extension", round(lives * 30.0, 2))
    elif kind == "cpm":
        insured = float(rng.randrange(8000000, 42000000, 100000))
        p.pair("Machinery insured", rs(insured))
        basic = round(insured * rng.uniform(0.006, 0.009), 2)
        p.pair("Basic premium", rs(basic))
    else:
        count = rng.randrange(3, 9)
        p.pair("Trailers covered", f"{count} (40 ft)")
        basic = round(count * rng.uniform(28000, 36000), 2)
        p.pair("Own damage", rs(basic))
        addon = ("Third party", round(count * 16049.0, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 6)}")
    if addon:
        p.pair(addon[0], rs(addon[1]))
    taxed = basic + (addon[1] if addon else 0.0)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    if erf:
        p.pair("Contribution to Environment Relief Fund", rs(erf))
    j.amount = round(taxed + gst + erf, 2)
    if status == "failed":
        labels = ["Premium payable", "Amount due"]
    else:
        labels = ["Total received", "Premium collected (incl. GST)", "Amount received"]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000:
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Receipt date", "Date of receipt"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
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
    ("PIRAM STEEL SCRAP TRADERS", "WAGHAWADI ROAD BHAVNAGAR", "shop"),
    ("TRAPAJ HIGHWAY FUELS", "BHAVNAGAR-TALAJA HWY TRAPAJ", "fuel"),
    ("HOTEL SOSIYA INN", "ALANG ROAD, MANAR", "hotel"),
    ("PIRAM SHIP RECYCLING PVT LTD", "PLOT V-41 ALANG", "shop"),
    ("ALANG SAFETY STORES", "ALANG-SOSIYA ROAD", "ppe"),
    ("PIRAM STEEL SCRAP TRADERS", "ALANG PLATE DEPOT", "shop"),
    ("GANGAJALIA RESTAURANT", "GANGAJALIA TALAV BHAVNAGAR", "food"),
    ("BHAVNAGAR TOOLS & HARDWARE", "VORA BAZAR BHAVNAGAR", "hardware"),
]
TERMINALS = [
    "BANK OF BARODA",
    "HPCL",
    "PINE LABS",
    "INDUSIND BANK",
    "MSWIPE",
    "AXIS BANK",
    "PAYTM EDC",
    "ICICI BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Traders' cards at the sales office's and the plate depot's terminals, and the yard's card at a filling
    station, the hotel where visiting buyers stay, the safety store, a restaurant and a hardware shop: terminal
    slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE :
    and TIME : / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH:, TRACE NO:, INV NO: / BILL NO:, SALE,
    CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE/L:, VOLUME(L): and PUMP NO:, a hotel's ROOM NO: and FOLIO NO:,
    AUTH CODE: / APPR CODE:, RRN: / RRN NO:, AMOUNT: / SALE AMOUNT: / TOTAL:; APPROVED / APPROVED - THANK YOU /
    DECLINED - 05 DO NOT HONOUR / NO RESPONSE FROM BANK - CHECK STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=4500, high=98000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2500, 14500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2400, 16500, 0.5)
    elif kind in ("ppe", "food", "hardware"):
        j.amount = rupees(rng, 800, 24000, 0.5)
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
            p.pair("DATE :", d, date=j.date)
            p.pair("TIME :", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6", "3"] if kind == "shop" else ["4", "5", "6"])
    p.pair(
        "CARD:",
        f"{lead}{digits(rng, 3)} XXXXXX {digits(rng, 5)}"
        if lead == "3"
        else f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"3": "AMEX", "4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 92.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "HSD (DIESEL)"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 320)))
        p.pair("FOLIO NO:", str(rng.randrange(1000, 9999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 05 DO NOT HONOUR", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM BANK - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, landline, postpaid and gas bills


BILLERS = [
    ("PGVCL", "Paschim Gujarat Vij Company Ltd", "Consumer No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Gujarat Gas", "Gujarat Gas Ltd", "BP No."),
]
BILL_APPS = ["PGVCL", "bob World", "PhonePe", "Google Pay", "PGVCL", "Paytm", "CRED", "IndusInd Bank"]
BILL_WHICH = [0, 0, 1, 0, 0, 2, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard's and the sales office's electricity (PGVCL), the sales office's landline (BSNL), the partners'
    postpaid phones (Vi) and the office's piped gas (Gujarat Gas) through Bharat Connect in banking and UPI apps
    (the app on top, Biller / Biller name / Operator / Service provider as printed, Consumer No. / Telephone No. /
    Mobile No. / BP No., Customer name / Registered name, Bill month and Due date on some, the sum large, Paid from
    Current A/c or UPI, Bharat Connect Ref. No. / B-Connect Txn ID, UPI Ref No., Transaction ID on the failed one,
    Paid on / Transaction date & time; Bill paid / Payment successful / Bill payment in progress - confirmation from
    biller awaited / Payment failed - amount, if debited, will be returned in 3-5 days) and PGVCL's own receipt page
    (PGVCL on top with its line, Consumer No., Sub-division, Consumer name, Bill month, Bill amount, Less: Prompt
    payment rebate, Amount paid, Payment mode, Transaction ID, Bank Ref No., Receipt No., Payment date / Date of
    payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=2500, high=185000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 4200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 3800, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 900, 6400, 0.4)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": digits(rng, 11),
        "Telephone No.": f"0278{digits(rng, 7)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "BP No.": digits(rng, 10),
    }[idlab]
    app = BILL_APPS[k]
    if app == "PGVCL":
        p = browser_page(rng, font, "www.pgvcl.com/consumer/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Gujarat Urja Vikas Nigam Ltd group  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair("Sub-division", rng.choice(["Alang", "Trapaj", "Bhavnagar City-2"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        rebate = 0.0
        if rng.random() < 0.5:
            rebate = round(j.amount * 0.01, 2)
            p.pair("Bill amount", rs(j.amount))
            p.pair("Less: Prompt payment rebate", rs(rebate))
            j.amount = round(j.amount - rebate, 2)
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"] if j.amount <= 100000 else ["Net banking"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PG{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your consumer account within two working days.")
        return p.done()
    if app in ("PhonePe", "Google Pay", "Paytm", "CRED") and j.amount > 100000:
        j.amount = rupees(rng, 12000, 98000)
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
            "pending": ["Bill payment in progress - confirmation from biller awaited"],
            "failed": ["Payment failed - amount, if debited, will be returned in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2) else rng.choice(["Biller", "Biller name", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Customer name", "Registered name"]), rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "CRED") else "Current A/c"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "CRED": "CR"}.get(app, "BB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
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
    "SOSIYA CRANE SERVICE",
    "SAURASHTRA INDUSTRIA",
    "BHAGABAN BEHERA",
    "KHODIYAR ROADLINES",
    "PGVCL BHAVNAGAR",
    "SAURASHTRA ENVIRO PR",
    "TRAPAJ SAFETY EQUIPM",
    "GUJARAT MARITIME BOA",
]
# the e-mail alerts print the payee's name in full
MAIL_PAYEES = {1: "SAURASHTRA INDUSTRIAL GASES PVT LTD", 5: "Saurashtra Enviro Projects Pvt Ltd"}
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "ICICI Bank": "AD-ICICIT",
    "IndusInd Bank": "JM-INDUSB",
    "State Bank of India": "VK-SBIUPI",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender VM-BOBTXN / AD-ICICIT /
    JM-INDUSB / VK-SBIUPI, the day divider, each bank's own wording: "Rs.x debited from A/c XX1234 on <day> / to
    <payee> via <way>.", "ICICI Bank Acct XX123 debited for Rs x on <day>; / <payee> credited.", "Your A/C
    2XXXXX1234 has been debited with INR x on <day> / towards <way> to <payee>.", "Dear UPI user A/C X1234 debited
    by x on date <day> / trf to <payee> / Refno <ref>"; a transfer "DECLINED by the beneficiary bank" whose amount
    will be credited back and one "PENDING at the beneficiary bank" not to be re-initiated) and two e-mail debit
    alerts (Debited amount / Amount (INR), Credited to (beneficiary) / Beneficiary name, Account, Channel, UTR No. /
    IMPS Ref No., Date of transaction / Value date, Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=6000, high=480000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 2800, 9500, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 8000, 95000)
    elif k == 6:
        j.amount = rupees(rng, 9000, 85000)
    if k in (1, 5):
        to = MAIL_PAYEES[k]
        bank = rng.choice(["Bank of Baroda", "IndusInd Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debited amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Credited to (beneficiary)", "Beneficiary name"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date of transaction", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add(
            "small", "The bank never asks for your OTP, PIN or password. Report unauthorised debits at once."
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k in (2, 4, 6):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # SBI's "Dear UPI user" is its UPI wording: the other transfers come from the other banks
    banks = list(SENDERS) if way == "UPI" else list(SENDERS)[:3]
    bank = rng.choice(banks)
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    if status == "success":
        if bank == "State Bank of India":
            day = "" if j.no_day else j.day(rng, ["%d%b%y"])
            on = f" on date {day}" if day else ""
            plain = f"{j.amount:.2f}" if j.amount % 1 else f"{j.amount:.1f}"
            p.add("left", f"Dear UPI user A/C X{tail} debited by {plain}{on}", amount=j.amount)
            p.add("left", f"trf to {to}", merchant=to, method=method)
        else:
            day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d-%b-%y", "%d/%m/%Y"])
            on = f" on {day}" if day else ""
            if bank == "Bank of Baroda":
                p.add("left", f"Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount)
                p.add("left", f"to {to} via {way}.", merchant=to, method=method)
            elif bank == "ICICI Bank":
                p.add("left", f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};", amount=j.amount)
                p.add("left", f"{to} credited.", merchant=to, method=method)
            else:
                p.add("left", f"Your A/C 2XXXXX{tail} has been debited with INR {amt}{on}", amount=j.amount)
                p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
    else:
        day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d-%b-%y"])
        on = f" on {day}" if day else ""
        p.add("left", f"{way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been DECLINED by the beneficiary bank. Amount will be credited back.",
            "pending": "is PENDING at the beneficiary bank. Please do not re-initiate.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "State Bank of India":
            p.add("left", f"Refno {ref}", txn=(UTR_RANK, ref))
        elif bank == "ICICI Bank" and status == "success":
            p.add("left", f"{way}:{ref}.", txn=(UTR_RANK, ref))
        else:
            lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "State Bank of India":
            p.add("small", "If not u? call 1800111109. -SBI", status="success")
        elif bank == "ICICI Bank":
            p.add("small", "Call 18002662 for dispute. SMS BLOCK to 9215676766.", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 25000, 3800000):,.2f}", status="success")
            p.add(
                "small", rng.choice(["Not you? Call 1800 5700 at once", "If not done by you, call the bank"])
            )
    if bank == "Bank of Baroda":
        p.add("small", "-Bank of Baroda")
    elif bank == "IndusInd Bank":
        p.add("small", "-IndusInd Bank")
    return p.done()


compose = compose158

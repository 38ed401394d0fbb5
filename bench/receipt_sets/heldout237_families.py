"""The twelve heldout237 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an Aligarh lock and builders' hardware maker's day in 2026 in Aligarh, Uttar
Pradesh (Kundan Locks & Fittings Pvt Ltd, its works in the Talanagri Industrial Area on Ramghat Road, Kundan
Lock Works, where the brass is cast and the zinc alloy die cast into lock bodies, the levers cut and the keys
filed, the bodies buffed and nickel plated and the padlocks, mortise locks, hinges, tower bolts and aldrops
put together, and its trade counter in the Mamu Bhanja market, Kundan Hardware Bhandar, where the hardware
shops, the contractors and the householders buy), told by the proofs of payment it receives and makes: the
buyers' Google Pay, PNB ONE, Airtel Thanks, Groww, Freecharge and Jio Finance screens and the counter's
Airpay and Zaakpay pages, the Delhi, Mumbai, Kolkata, Secunderabad, Bengaluru, Lucknow and Jaipur hardware
houses' and Northern Railway's payment advices, the importers' inward wires from Nairobi, Muscat,
Johannesburg, Brampton, Osaka, Riyadh, Kuwait and Rotterdam in US dollars, Omani rials, rand, Canadian
dollars, yen, riyals, Kuwaiti dinars and euros, the counter's sale bills, the works' receipts for brass
scrap, key blanks and zinc rejects, the accounts desk's receipts by e-mail, the brass rod, zinc alloy, steel
strip, plating chemical and blister pack suppliers' tax invoices, the corporate net-banking transfers to the
transporter, the electroplater, the die maker, the counter's landlord, the auditors, the security agency,
the buffing supplies firm and the generator mechanic, the karigars' piece wage vouchers and their PayU
payouts, Google Pay and YONO SBI payments, Aligarh Nagar Nigam's, the Pollution Control Board's, the
Directorate of Factories', ESIC's, the Fire Services', EPFO's, UPSIDA's and the Transport Department's fee
pages, the insurers' premium receipts, card terminal slips, DVVNL's power and the broadband, fibre, postpaid
and DTH bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines,
bills listed on an advice, supplier ids, PO numbers, property, application, licence, NOC, establishment,
allottee plot, employer, registration, policy, proposal, cover note, agent, account, customer, subscriber and
beneficiary numbers, IEC and AD codes, IRN and acknowledgement numbers, GR and E-way bill numbers, TRRN,
dozens, grosses, kilos, thousands and days, rates, short supplies, rate differences, cash discounts, rebates,
advances, rejects, peshgi and ESI cuts, TDS, TCS, GST and cess lines, INR values on the wires, exchange rates,
nostro banks, sums insured, wages and turnovers declared, bill periods, wage months, buyers' order days, risk
starts, tax validity days, security deposits, payout balances, tips' base sums, GSTIN, IFSC, UETR, senders'
references, purpose codes, export invoices, MID, TID, batch, trace and ROC-less numbers, nicknames, batch ids,
makers and checkers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``stamp``
heldout121's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's;
``compose`` is heldout158's (as heldout235's).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import stamp
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

COMPANY = "Kundan Locks & Fittings Pvt Ltd"
COMPANY_CAPS = "KUNDAN LOCKS & FITTINGS PVT LTD"
SHORT = "Kundan Locks"
WORKS = "Kundan Lock Works"
COUNTER = "Kundan Hardware Bhandar"
# unit, address, GST state code
UNITS = [
    (
        "Lock and hardware works",
        "B-27, Talanagri Industrial Area, Ramghat Road, Aligarh - 202001, U.P.",
        "09",
    ),
    ("Trade counter", "Shop No. 14, Mamu Bhanja Market, Aligarh - 202001, Uttar Pradesh", "09"),
]
PATS_IN = ["%d.%m.%Y", "%d/%m/%Y", "{d}-%b-%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %y", "%d-%m-%y", "%b {d}, %Y"]
WIRE_PATS = ["{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d.%m.%Y", "%d %b, %Y"]
BANKS = [
    "Punjab National Bank",
    "Canara Bank",
    "HDFC Bank",
    "Yes Bank",
    "IndusInd Bank",
    "Zila Sahkari Bank Ltd, Aligarh",
    "State Bank of India",
    "Indian Bank",
    "UCO Bank",
    "Bank of India",
    "Central Bank of India",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "Yes Bank": "YESB",
    "IndusInd Bank": "INDB",
    "Zila Sahkari Bank Ltd, Aligarh": "ZSBL",
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "UCO Bank": "UCBA",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "Punjab National Bank": "pnb.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "Yes Bank": "yes.bank.in",
    "IndusInd Bank": "indusind.com",
    "State Bank of India": "sbi.bank.in",
    "Indian Bank": "indianbank.bank.in",
    "UCO Bank": "ucobank.bank.in",
    "Bank of India": "bankofindia.bank.in",
    "Central Bank of India": "centralbank.bank.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "padlock": ("Brass padlock 65 mm - 7 levers, 3 keys (per dozen)", "doz", 1450, 4200, 18),
    "mortise": ("Mortise lock set 250 mm with lever handles - SS", "set", 780, 2600, 18),
    "hardware": ("Builders' kit - butt hinges, tower bolts, aldrops", "set", 1100, 3400, 18),
    "scrap": ("Brass scrap - turnings and runners (honey)", "kg", 430, 520, 18),
    "blanks": ("Key blanks - brass, 5-pin profile", "gross", 900, 1700, 18),
    "rejects": ("Zinc alloy rejects - lock bodies for remelting", "kg", 120, 165, 18),
}


PAYER_BANKS = [
    "Punjab National Bank",
    "Canara Bank",
    "HDFC Bank",
    "State Bank of India",
    "Bank of Baroda",
    "Indian Bank",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer (bill to) / Name of buyer / Party: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
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


# ------------------------------------------------------------ 1. buyers: UPI screens and the counter's pages


SHOP_APPS = [
    "Google Pay",
    "PNB ONE",
    "Airpay",
    "Airtel Thanks",
    "Groww",
    "Freecharge",
    "Zaakpay",
    "Jio Finance",
]
SHOP_NOTES = [
    "Tala 2 dozen - 65mm",
    "Mortise set x 6",
    "Hinges + tower bolt",
    "Padlock order Hathras",
    "Key blanks 3 gross",
    "Aldrop and handles",
    "Site 14 - locks",
    "Advance for 40 sets",
]
PAGE_ORDERS = [
    ("Verma Hardware Store, Etah", "Padlocks 65 mm - 10 dozen, counter order"),
    ("Er. Nitin Saxena, Bareilly", "Mortise lock sets - 24 flats, Block C"),
    ("Gupta Tala Bhandar, Kasganj", "Brass padlocks assorted - 6 dozen"),
    ("Mrs. Shabana Parveen, Aligarh", "Main door lock and 4 aldrops"),
]
SHOP_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI Ref No"],
    "PNB ONE": ["RRN No.", "UPI reference"],
    "Airtel Thanks": ["UPI Ref ID", "UTR No."],
    "Groww": ["UTR", "UPI ref. number"],
    "Freecharge": ["UPI Ref. No.", "Bank RRN"],
    "Jio Finance": ["UPI RRN", "UPI reference No."],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hardware shops, contractors, engineers and householders paying the counter or the company: six UPI app
    screens (Google Pay, PNB ONE, Airtel Thanks, Groww, Freecharge, Jio Finance) in three layouts (the payee
    block on top, the sum under it and the status under the sum, the day at the foot of the details; the sum,
    the payee and the details with the status at the foot; the day alone on the first line, then the status,
    the sum and the payee): the counter, its capitals, the company's capitals or its short name under
    Recipient / Money sent to / Transferred to / Sending to / To, its UPI ID, a Verified name / Account name
    line on some, Transaction time / Paid at / Attempted on / Initiated at or the day alone, Remarks / Purpose
    / Added note, Debited from A/c / Paid using / From account, UPI transaction ID / UPI Ref No / RRN No. /
    UPI reference / UPI Ref ID / UTR No. / UTR / UPI ref. number / UPI Ref. No. / Bank RRN / UPI RRN / UPI
    reference No., Google transaction ID, PNB's Transaction ID, Airtel txn ID, Groww order ID, Freecharge txn
    ID and Jio txn ID on some; Payment successful / Transfer complete - money reached the payee / Done - the
    shop has your money / Pending at the bank - we will update you within 48 hours / Payment failed - wrong
    UPI PIN entered); and the counter's two payment pages (Airpay, Zaakpay: the counter or the company on top,
    the day first, Payer name / Customer details, Description / Order details, the sum large, then Transaction
    successful / Payment received by the seller / Order confirmed - dispatch in two days, Payment mode / Paid
    using, Airpay txn ID / Zaakpay txn ID, Merchant order No. / Order ID, Bank RRN / UPI RRN or Approval code
    / Auth ID)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=800, high=86000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Airpay", "Zaakpay"):
        j.amount = rupees(rng, 4000, 88000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([COUNTER, COMPANY, SHORT])
        url = (
            f"payments.airpay.co.in/pay/receipt/{code(rng, 12, ALNUM)}"
            if app == "Airpay"
            else f"api.zaakpay.com/transact/receipt?oid={code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                [
                    "Locks, padlocks and builders' hardware - since 1968",
                    "Shop No. 14, Mamu Bhanja Market, Aligarh - 202001",
                ]
            ),
        )
        p.add("rule")
        p.part = "body"
        date_row(p, j, ["Transaction date", "Txn date & time"], hour=True)
        wrap_pair(p, rng.choice(["Payer name", "Customer details"]), who)
        wrap_pair(p, rng.choice(["Description", "Order details"]), what)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Transaction successful",
                    "Payment received by the seller",
                    "Order confirmed - dispatch in two days",
                ]
            },
        )
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Airpay":
                pid = digits(rng, 9)
                p.pair("Airpay txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"KHB{j.date:%y%m%d}{digits(rng, 4)}"
                p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
            else:
                zid = f"ZP{digits(rng, 14)}"
                p.pair("Zaakpay txn ID", zid, txn=(TXN_RANK, zid))
                oid = f"KLF-{code(rng, 3, UPPER)}-{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Airpay" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Approval code" if app == "Airpay" else "Auth ID", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Secured by Airpay Payment Services"
            if app == "Airpay"
            else "Powered by Zaakpay - a MobiKwik company",
        )
        return p.done()
    to = rng.choice([COUNTER, COUNTER.upper(), COMPANY_CAPS, SHORT])
    handle = f"kundanlocks{rng.choice(['', '.alg', '14'])}@{rng.choice(['pnb', 'okaxis', 'ybl', 'oksbi'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment successful",
            "Transfer complete - money reached the payee",
            "Done - the shop has your money",
        ],
        "pending": ["Pending at the bank - we will update you within 48 hours"],
        "failed": ["Payment failed - wrong UPI PIN entered"],
    }
    layout = rng.randrange(3)

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Recipient", "Money sent to", "Transferred to", "To"]
                if status == "success"
                else ["Sending to", "To", "Recipient"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("PNB ONE", "Groww", "Jio Finance") and to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Verified name', 'Account name'])}: {COMPANY_CAPS}")

    day_labels = ["Transaction time", "Paid at"] if status == "success" else ["Attempted on", "Initiated at"]

    def details(with_day: bool) -> None:
        if with_day:
            date_row(p, j, day_labels, hour=True)
        p.pair(rng.choice(["Remarks", "Purpose", "Added note"]), rng.choice(SHOP_NOTES))
        p.pair(
            rng.choice(["Debited from A/c", "Paid using", "From account"]),
            f"{rng.choice(PAYER_BANKS)} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.7:
                label, own = {
                    "Google Pay": (
                        "Google transaction ID",
                        "CICAgO" + code(rng, 12, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                    ),
                    "PNB ONE": ("Transaction ID", f"S{digits(rng, 9)}"),
                    "Airtel Thanks": ("Airtel txn ID", f"{digits(rng, 12)}"),
                    "Groww": ("Groww order ID", f"GRW{code(rng, 12, ALNUM)}"),
                    "Freecharge": ("Freecharge txn ID", f"FC{j.date:%y%m%d}{digits(rng, 10)}"),
                    "Jio Finance": ("Jio txn ID", f"JFL{digits(rng, 13)}"),
                }[app]
                wrap_pair(p, label, own, txn=(TXN_RANK, own))

    if layout == 0:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("rule")
        details(False)
        date_row(p, j, day_labels, hour=True)
    elif layout == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
        p.add("rule")
        details(True)
        p.add("rule")
        outcome_row(p, status, words)
    else:
        if not j.no_day:
            p.add("small", stamp(rng, j.date, ["{d} %b %Y", "%d %B %Y", "%a, {d} %b %Y"]), date=j.date)
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
        p.add("rule")
        details(False)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Powered by UPI  |  NPCI", "Share receipt  |  Report a problem", "Need help? Chat with us"]
        ),
    )
    return p.done()


# ------------------------------------------------------------- 2. hardware houses' and the railway's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Chawri Bazar Hardware Syndicate",
        "payments@chawrihardware.in",
        "Chawri Bazar, Delhi",
        "padlock",
        "mail",
    ),
    (
        "Lohar Chawl Lock House Pvt Ltd",
        "accounts@loharchawllock.com",
        "Lohar Chawl, Mumbai",
        "mortise",
        "portal",
    ),
    (
        "Northern Railway",
        "fa.stores@nr.railnet.gov.in",
        "Office of the FA&CAO (Stores), Baroda House, New Delhi",
        "padlock",
        "paper",
    ),
    (
        "Canning Street Hardware Mart",
        "canninghardware@gmail.com",
        "Canning Street, Kolkata",
        "padlock",
        "mail",
    ),
    ("Ranigunj Lock & Fittings Co.", "ap@ranigunjlocks.in", "Ranigunj, Secunderabad", "mortise", "portal"),
    (
        "SJP Road Hardware Traders",
        "accounts@sjproadhardware.com",
        "S J P Road, Bengaluru",
        "hardware",
        "paper",
    ),
    (
        "Gomti Nagar Realty Pvt Ltd",
        "vendorpayments@gomtirealty.in",
        "Vibhuti Khand, Gomti Nagar, Lucknow",
        "mortise",
        "portal",
    ),
    (
        "Kishanpole Bazar Taala Kendra",
        "kishanpole.taala@gmail.com",
        "Kishanpole Bazar, Jaipur",
        "padlock",
        "mail",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hardware houses in Delhi, Mumbai, Kolkata, Secunderabad, Bengaluru and Jaipur, a Lucknow builder and
    Northern Railway's stores accounts paying for the padlocks, mortise locks and builders' kits the firm sent
    them: a payment e-mail, a printed PAYMENT ADVICE TO SUPPLIER / SUPPLIER PAYMENT ADVICE - HARDWARE / Advice
    of funds released to supplier and a supplier portal page (the payer on top with its desk line; Supplier ID
    and PO No. (no fact); on some the bills first (Bills settled in this payment, the bills with their dozens
    or sets and sums, Gross bills / Value of bills, Less: TDS u/s 194Q @ 0.1%, Less: Short supply - n doz /
    Less: Rate difference as per PO / Less: Cash discount @ 1.5% on some) and the payee and the payment block
    under them, on the rest the payee and the payment block first and the bills under them: Supplier name /
    Beneficiary supplier / Paid in favour of / Amount released to the company; Net amount paid / Amount
    released / Net remitted (Amount withheld / Payable - on hold on the hold, Amount returned / Payment value
    on the return), Payment mode / Mode of transfer NEFT / RTGS / IMPS, Supplier bank A/c, NEFT UTR No. / UTR
    ref. / RTGS ref. / IMPS RRN, Advice No. / PV No., Payment released on / Value dt. / Date of payment / Held
    since / Advice dt. / Returned on / Reversal date; Status: Released - supplier account credited / Funds
    transferred to your bank account - please acknowledge / Held - signed delivery challan not yet received /
    Returned unpaid - beneficiary name does not match the account)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment released to you", f"Remittance to {SHORT}", "Supplier payment advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        desk
        if buyer == "Northern Railway"
        else f"{rng.choice(['Accounts payable', 'Purchase - Hardware', 'Finance desk'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE TO SUPPLIER",
                "SUPPLIER PAYMENT ADVICE - HARDWARE",
                "Advice of funds released to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    p.pair("Supplier ID", f"{rng.choice(['S', 'SUP', 'VN'])}{digits(rng, 6)}")
    p.pair("PO No.", f"PO/{rng.choice(['HW', 'LK', 'ST'])}/{digits(rng, 5)}")
    # the bills and cuts first: the net sum
    item, unit, lo, hi, _ = GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(5, 60) if unit == "doz" else rng.randrange(12, 120)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"KLF/{fy(j.date)}/{rng.randrange(1, 1999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        short = rng.randrange(1, 4)
        cut = short * each
        cuts.append((f"Less: Short supply - {short} {unit}", rs(cut)))
    elif pick < 0.55:
        many = rng.randrange(5, 40)
        per = float(rng.choice([12, 18, 25, 40]))
        cut = many * per
        cuts.append((f"Less: Rate difference as per PO - {many} {unit} @ {per:,.0f}", rs(cut)))
    elif pick < 0.75:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Cash discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add("left", rng.choice(["Bills settled in this payment", "Your invoices", "Against the bills"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Gross bills", "Value of bills"]), rs(gross))
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    bills_first = rng.random() < 0.5
    if bills_first:
        bill_block()
        p.add("rule")
    payee = ours(rng)
    labels = ["Supplier name", "Beneficiary supplier", "Paid in favour of"] + (
        ["Amount released to"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    lab = {
        "success": ["Net amount paid", "Amount released", "Net remitted"],
        "pending": ["Amount withheld", "Payable - on hold"],
        "failed": ["Amount returned", "Payment value"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode of transfer"]), way, method="netbanking")
    wrap_pair(p, "Supplier bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
            lab = {
                "IMPS": ["IMPS RRN"],
                "RTGS": ["RTGS ref.", "UTR ref."],
                "NEFT": ["NEFT UTR No.", "UTR ref."],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PV', '71'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Advice No.", "PV No."]), doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Payment released on", "Value dt.", "Date of payment"],
            "pending": ["Held since", "Advice dt."],
            "failed": ["Returned on", "Reversal date"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Released - supplier account credited",
                "Funds transferred to your bank account - please acknowledge",
            ],
            "pending": ["Held - signed delivery challan not yet received"],
            "failed": ["Returned unpaid - beneficiary name does not match the account"],
        },
    )
    if not bills_first:
        p.add("rule")
        bill_block()
    p.part = "foot"
    p.add("small", "Computer generated advice - no signature needed. Report differences within 15 days.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Gikomba Hardware Distributors Ltd", "Nairobi, Kenya", "USD", "Equity Bank (Kenya) Ltd", 3000, 52000),
    ("Al Ruwi Building Materials LLC", "Ruwi, Muscat, Oman", "OMR", "Bank Muscat SAOG", 1200, 18000),
    (
        "Jeppe Street Locksmith Supplies (Pty) Ltd",
        "Johannesburg, South Africa",
        "ZAR",
        "Standard Bank of South Africa Ltd",
        40000,
        780000,
    ),
    ("Brampton Door Hardware Inc", "Brampton, Ontario, Canada", "CAD", "Royal Bank of Canada", 3000, 60000),
    ("Naniwa Kanamono Shoji KK", "Osaka, Japan", "JPY", "MUFG Bank Ltd", 400000, 6500000),
    ("Batha Hardware Trading Est.", "Al Batha, Riyadh, Saudi Arabia", "SAR", "Al Rajhi Bank", 9000, 190000),
    ("Shuwaikh Locks & Tools Co. WLL", "Shuwaikh, Kuwait", "KWD", "National Bank of Kuwait SAKP", 800, 14000),
    ("Rotterdam Bouwbeslag BV", "Rotterdam, Netherlands", "EUR", "ABN AMRO Bank NV", 2000, 45000),
]
WIRE_BANKS = [
    ("Punjab National Bank", "browser"),
    ("Canara Bank", "mail"),
    ("Indian Bank", "paper"),
    ("UCO Bank", "browser"),
    ("Bank of India", "mail"),
    ("Central Bank of India", "paper"),
    ("Yes Bank", "browser"),
    ("IndusInd Bank", "mail"),
]
# INR for one unit (for a hundred yen)
WIRE_RATES = {
    "USD": (86.1, 89.4),
    "OMR": (223.6, 231.9),
    "ZAR": (4.71, 5.08),
    "CAD": (61.2, 64.8),
    "JPY": (56.2, 60.9),
    "SAR": (22.9, 23.8),
    "KWD": (280.4, 290.6),
    "EUR": (95.1, 99.8),
}
NOSTRO = {
    "USD": "JPMorgan Chase Bank NA, New York",
    "EUR": "Deutsche Bank AG, Frankfurt",
    "JPY": "Sumitomo Mitsui Banking Corp, Tokyo",
    "CAD": "Bank of Montreal, Toronto",
    "SAR": "Saudi National Bank, Jeddah",
}
SHIPPED = [
    "Brass padlocks 40-75 mm (HSN 83011000)",
    "Mortise lock bodies and handles (HSN 83014090)",
    "Door hinges and tower bolts - brass (HSN 83021010)",
    "Padlocks and keys - 38 cartons by sea, FOB Mundra",
    "Builders' hardware sets (HSN 83024110)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars; Omani rials and Kuwaiti dinars with their
    three decimals (OMR / RO, KWD before the sum), rand grouped by spaces or not grouped (ZAR before the sum),
    Canadian dollars (CAD / C$), yen without decimals (JPY or the yen sign), riyals (SAR before or after the
    sum) and euros grouped by dots with a decimal comma (EUR before or after, the euro sign before) or run
    together as SWIFT writes them (EUR12345,67)."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur in ("OMR", "KWD"):
        mark = rng.choice(["OMR ", "RO "] if cur == "OMR" else ["KWD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "ZAR":
        spaced = rng.random() < 0.6

        def rand(value: float) -> str:
            return "ZAR " + (f"{value:,.2f}".replace(",", " ") if spaced else f"{value:.2f}")

        return rand
    if cur == "JPY":
        mark = sign(font, "\u00a5", "JPY ") if rng.random() < 0.4 else "JPY "

        def yen(value: float) -> str:
            return f"{mark}{value:,.0f}"

        return yen
    if cur == "EUR":
        style = rng.randrange(3)
        euro = sign(font, "\u20ac", "EUR")

        def continental(value: float) -> str:
            text = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            if style == 0:
                return f"EUR {text}"
            if style == 1:
                return f"{text} {euro}"
            return "EUR" + f"{value:.2f}".replace(".", ",")

        return continental
    after = cur == "SAR" and rng.random() < 0.4
    mark = rng.choice(["CAD ", "C$"] if cur == "CAD" else [f"{cur} "])

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hardware importers in Nairobi, Muscat, Johannesburg, Brampton, Osaka, Riyadh, Kuwait and Rotterdam
    paying for padlocks, mortise locks, hinges and builders' sets: the banks' inward remittance advices
    (browser, e-mail, printed INWARD FOREIGN REMITTANCE - CREDIT CONFIRMATION / Export realisation advice -
    funds received from abroad / Advice of credit - foreign currency inward: the bank on top with its forex
    line; on some the status first under the heading, on the rest at the foot; then Beneficiary customer /
    Credit to (exporter) / Account holder (beneficiary) / In favour of the company, Account No., IEC and AD
    code (no fact), Instructed amount / Foreign currency amount / Remittance in FCY / Amount (FC) in US
    dollars, Omani rials, rand, Canadian dollars, yen, riyals, Kuwaiti dinars or euros, Exchange rate applied,
    Rupee equivalent, Less: Commission and GST, Amount credited in INR, Charges borne by; then the remitter's
    block: Ordering customer / Remitter name / Foreign buyer (remitter), Ordering institution / Remitter's
    bank, Nostro credited on some; Purpose, Goods, Invoice ref., Shipping bill No., Received through SWIFT
    MT103, Sender's reference, IRM reference No. / Our reference / Inward reference No., UETR; the day at the
    foot: Date of credit / Credited on / Realised on / Value dt. / Funds received on / Held since / Returned
    to remitter on / Refund date; Funds realised - credited to the exporter's account / Status: Credited - IRM
    sent to EDPMS / Under review - remitter name screening by the bank, credit after clearance / Returned to
    ordering bank - beneficiary name differs from the account title)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(
            rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, rng.randrange(1, 1000)])
        )
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex <forex.aligarh@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Foreign inward remittance - advice",
                "Export proceeds - SWIFT credit",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradefinance.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Marris Road Branch, Aligarh",
                "Authorised Dealer Branch, Hazratganj, Lucknow",
                "International Banking Division, Connaught Place, New Delhi",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD FOREIGN REMITTANCE - CREDIT CONFIRMATION",
                "Export realisation advice - funds received from abroad",
                "Advice of credit - foreign currency inward",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Funds realised - credited to the exporter's account",
            "Status: Credited - IRM sent to EDPMS",
        ],
        "pending": ["Under review - remitter name screening by the bank, credit after clearance"],
        "failed": ["Returned to ordering bank - beneficiary name differs from the account title"],
    }
    status_first = rng.random() < 0.5
    if status_first:
        outcome_row(p, status, words)
        p.add("rule")
    wrap_pair(
        p,
        rng.choice(
            ["Beneficiary customer", "Credit to (exporter)", "Account holder (beneficiary)", "In favour of"]
        ),
        me,
        merchant=me,
    )
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IEC", code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER))
    p.pair("AD code", digits(rng, 7))
    p.pair(
        rng.choice(["Instructed amount", "Foreign currency amount", "Remittance in FCY", "Amount (FC)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    if cur == "JPY":
        p.pair("Exchange rate applied", f"100 JPY = INR {rate}")
        inr = round(j.amount * rate / 100, 2)
    else:
        p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
        inr = round(j.amount * rate, 2)
    p.pair("Rupee equivalent", f"INR {num(inr)}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Commission and GST", f"INR {num(chg)}")
    if status == "success":
        p.pair("Amount credited in INR", f"INR {num(inr - chg)}")
    p.pair("Charges borne by", rng.choice(["Remitter (OUR)", "Shared (SHA)", "Beneficiary (BEN)"]))
    p.add("rule")
    wrap_pair(
        p, rng.choice(["Ordering customer", "Remitter name", "Foreign buyer (remitter)"]), f"{payer}, {city}"
    )
    wrap_pair(p, rng.choice(["Ordering institution", "Remitter's bank"]), pbank)
    if cur in NOSTRO and rng.random() < 0.7:
        wrap_pair(p, "Nostro credited", NOSTRO[cur])
    shipped = rng.random() < 0.7
    p.pair("Purpose", "P0102 - export of goods" if shipped else "P0103 - advance against exports")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair(
        "Invoice ref." if shipped else "Proforma invoice ref.",
        f"KLF/EX/{rng.randrange(1, 150):03d}/{fy(j.date)}",
    )
    if shipped and not j.no_day and rng.random() < 0.8:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 15, 80), rng.choice(WIRE_PATS)))
    p.pair(
        "Received through",
        rng.choice(["SWIFT MT103", "SWIFT - MT103 customer transfer"]),
        method="netbanking",
    )
    p.pair("Sender's reference", f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IW', 'FX'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["IRM reference No.", "Our reference", "Inward reference No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Date of credit", "Credited on", "Realised on", "Value dt."],
            "pending": ["Funds received on", "Held since"],
            "failed": ["Returned to remitter on", "Refund date"],
        }[status],
        WIRE_PATS,
    )
    if not status_first:
        outcome_row(p, status, words)
    p.part = "foot"
    if j.no_ref:
        foot = "The IRM details of this remittance follow in the bank's monthly EDPMS statement."
    elif status == "success":
        foot = "Quote the IRM reference when you regularise this remittance against the shipping bill."
    else:
        foot = "Write to the forex cell with the reference above for any question on this remittance."
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 4. the counter's and the works' receipts


# the party, the way it paid, the unit (counter, works, or the accounts desk's mail), the goods
SALES = [
    ("Sharma Hardware & Sanitary, Hathras", "UPI", "counter", "padlock"),
    ("Mr. Anil Varshney, Marris Road, Aligarh", "card", "counter", "mortise"),
    ("Khurja Building Materials", "cheque", "counter", "hardware"),
    ("Haji Nawab Scrap Traders, Sarai Sultani", "cash", "works", "scrap"),
    ("Shri Balaji Construction Co., Agra", "NEFT", "mail", "mortise"),
    ("Mohd. Rashid Key Makers, Centre Point", "cheque", "works", "blanks"),
    ("Harduaganj Zinc Casters", "UPI", "works", "rejects"),
    ("Naqvi Hardware Stores, Aminabad, Lucknow", "UPI", "mail", "padlock"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter's SALE BILL - LOCKS AND BUILDERS' HARDWARE / CASH / CREDIT MEMO - MAMU BHANJA COUNTER to a
    Hathras hardware shop, an Aligarh householder and a Khurja building materials shop, the works' MONEY
    RECEIPT - BRASS SCRAP (HONEY) SOLD / SCRAP SALE VOUCHER - CASTING SHOP to a scrap trader, its RECEIPT -
    KEY BLANKS SOLD BY THE GROSS / SALE MEMO - KEY BLANKS to a key maker and its MONEY RECEIPT - ZINC REJECTS
    BY WEIGHT / SALE MEMO - DIE CAST REJECTS to a die caster (paper: the counter, the works or the company on
    top with its "A unit of" line, address and GSTIN; on some the number and the day first, on the rest the
    party first and the number and the day at the foot: Bill No. / Receipt Sr. No. / Voucher No., Dt. / Date
    of receipt / Bill date, Received with thanks from / Name of buyer / Party, the dozens, sets, kilos or
    grosses x rate, Less: Trade discount @ 8% on some, CGST @ 9% and SGST @ 9%, TCS u/s 206C(1) @ 1% on the
    scrap, Bill total / Net bill / Total, Cash received / Amount received in cash / Received via UPI QR / UPI
    amount received / Charged to card / Card amount / Cheque received for / Amount of cheque, the sum in
    words, Mode / Paid by, UPI Ref. No. / UPI RRN / Approval code / Cheque No. and bank, Cheque dt.; PAID -
    GOODS DELIVERED AT COUNTER / RECEIVED - SCRAP WEIGHED AND LOADED / PAID - BLANKS COUNTED AND HANDED OVER /
    PAID - REJECTS WEIGHED AND LIFTED / RECEIVED WITH THANKS / PAID / CHEQUE RECEIVED - GOODS RELEASED ON
    CLEARING / CHEQUE RETURNED - DRAWER'S ACCOUNT CLOSED, BILL CANCELLED, the rubber stamp) and two of the
    accounts desk's Payment acknowledgement e-mails (an Agra builder's Advance received against order /
    Booking amount received with the Balance payable on dispatch and the NEFT UTR / UTR No., a Lucknow
    hardware store's order by UPI; Status: Received in full / Advance received - balance on dispatch)."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    advance = k == 4
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@kundanlocks.in>",
            [
                "We have received your payment",
                "Payment acknowledgement - Kundan Locks",
                "Receipt for your lock order",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Locks and builders' hardware - Talanagri and Mamu Bhanja, Aligarh  |  Accounts")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
        number_first = rng.random() < 0.5
    else:
        shop = unit == "counter"
        me = rng.choice([COUNTER, COUNTER.upper()] if shop else [WORKS, WORKS.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else "Locks, padlocks and builders' hardware - Aligarh",
            where[1],
            where[2],
            ["SALE BILL - LOCKS AND BUILDERS' HARDWARE", "CASH / CREDIT MEMO - MAMU BHANJA COUNTER"]
            if shop
            else {
                "scrap": ["MONEY RECEIPT - BRASS SCRAP (HONEY) SOLD", "SCRAP SALE VOUCHER - CASTING SHOP"],
                "blanks": ["RECEIPT - KEY BLANKS SOLD BY THE GROSS", "SALE MEMO - KEY BLANKS"],
                "rejects": ["MONEY RECEIPT - ZINC REJECTS BY WEIGHT", "SALE MEMO - DIE CAST REJECTS"],
            }[kind],
        )
        number_first = rng.random() < 0.5

    def number_and_day() -> None:
        if not j.no_ref:
            heads = {"counter": ["KHB", "MB"], "works": ["KLW", "TN"], "mail": ["KLF", "AR"]}[unit]
            rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
            p.pair(rng.choice(["Bill No.", "Receipt Sr. No.", "Voucher No."]), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Dt.", "Date of receipt", "Bill date"], PATS_IN)

    if number_first:
        number_and_day()
    wrap_pair(p, rng.choice(["Received with thanks from", "Name of buyer", "Party"]), party)
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("scrap", "rejects"):
        kilos = round(rng.uniform(40, 300) if kind == "scrap" else rng.uniform(120, 450), 1)
        rate = float(rng.randrange(lo, hi))
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,.1f} kg x {rate:.2f}", rs(base))
    else:
        if kind == "padlock":
            qty = rng.randrange(2, 18)
            shown = f"{qty} doz"
        elif kind == "blanks":
            qty = rng.randrange(2, 20)
            shown = f"{qty} gross"
        else:
            qty = rng.randrange(2, 40) if advance else rng.randrange(1, 12)
            shown = f"{qty} {'set' if qty == 1 else 'sets'}"
        rate = float(rng.randrange(lo, hi, 10))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "counter" and rng.random() < 0.5:
            disc = round(base * 0.08, 2)
            p.pair("Less: Trade discount @ 8%", rs(disc))
            base = round(base - disc, 2)
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    if kind == "scrap":
        tcs = round(bill * 0.01, 2)
        p.pair("TCS u/s 206C(1) @ 1%", rs(tcs))
        bill = round(bill + tcs, 2)
    p.pair(rng.choice(["Bill total", "Net bill", "Total"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received against order", "Booking amount received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Amount received in cash"]),
            "UPI": rng.choice(["Received via UPI QR", "UPI amount received"]),
            "card": rng.choice(["Charged to card", "Card amount"]),
            "NEFT": "Received by NEFT",
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable on dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(PAYER_BANKS)}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    if unit == "mail":
        if not number_first:
            number_and_day()
        p.add(
            "left",
            "Status: Advance received - balance on dispatch" if advance else "Status: Received in full",
            status="success",
        )
        p.part = "foot"
        p.add("small", "Thank you for your order. This acknowledgement needs no signature.")
        return p.done()
    words = ["RECEIVED WITH THANKS", "PAID"]
    words.append(
        {
            "scrap": "RECEIVED - SCRAP WEIGHED AND LOADED",
            "blanks": "PAID - BLANKS COUNTED AND HANDED OVER",
            "rejects": "PAID - REJECTS WEIGHED AND LIFTED",
        }.get(kind, "PAID - GOODS DELIVERED AT COUNTER")
    )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - GOODS RELEASED ON CLEARING",
        "failed": "CHEQUE RETURNED - DRAWER'S ACCOUNT CLOSED, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    if not number_first:
        number_and_day()
    p.part = "foot"
    p.add(
        "small",
        {
            "scrap": "Scrap is sold as weighed on the works' kanta; TCS certificate by the quarter's end.",
            "blanks": "Blanks are counted before the buyer; no return of cut blanks.",
            "rejects": "Rejects are sold for remelting only, as they lie; no claim.",
        }.get(
            kind,
            "Goods are taken back only with this bill within 7 days. Cheques subject to realisation.",
        ),
    )
    right(p, f"For {COUNTER if unit == 'counter' else WORKS} - Cashier")
    for _ in range(3):
        p.add("gap")
    seal(
        p,
        "KUNDAN HARDWARE BHANDAR" if unit == "counter" else "KUNDAN LOCK WORKS",
        "MAMU BHANJA, ALIGARH" if unit == "counter" else "TALANAGRI, ALIGARH",
        None if j.no_day else j.date,
        word.split(" - ")[0],
    )
    return p.done()


# ------------------------------------------------------- 5. brass, zinc alloy, steel strip, chemicals, packs


SUPPLIERS = [
    (
        "Jamnagar Brass Rod Industries",
        "Brass rods, hollows and sections | Free cutting brass",
        "Plot 311, GIDC Phase II, Dared, Jamnagar - 361004, Gujarat",
        "24",
        "JBR",
    ),
    (
        "Bhiwadi Zinc Alloys Pvt Ltd",
        "Zamak 3 and Zamak 5 ingots | Die casting alloys",
        "F-118, RIICO Industrial Area, Bhiwadi - 301019, Rajasthan",
        "08",
        "BZA",
    ),
    (
        "Mandi Gobindgarh Steel Strips",
        "CR strips for levers | Shackle wire | Springs",
        "Near Focal Point, G.T. Road, Mandi Gobindgarh - 147301, Punjab",
        "03",
        "MGS",
    ),
    (
        "Mundka Electroplating Chemicals",
        "Nickel salts | Chromic acid | Brighteners | Anodes",
        "Khasra 54, Mundka Industrial Area, New Delhi - 110041",
        "07",
        "MEC",
    ),
    (
        "Sahibabad Blister & Cartons",
        "Blister cards | Printed lock boxes | Master cartons",
        "C-42, Site IV, Sahibabad Industrial Area, Ghaziabad - 201010, U.P.",
        "09",
        "SBC",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "JBR": [
        ("Brass rod 12 mm - free cutting (CW614N)", "7407", "kg", 560, 640, 18, 200, 1500),
        ("Brass hollow 28 x 22 mm", "7407", "kg", 590, 680, 18, 100, 800),
    ],
    "BZA": [
        ("Zamak 3 ingot - zinc base alloy", "7901", "kg", 270, 330, 18, 500, 3000),
        ("Zamak 5 ingot - zinc base alloy", "7901", "kg", 280, 345, 18, 300, 2000),
    ],
    "MGS": [
        ("CR steel strip 0.8 mm - lever grade", "7211", "kg", 68, 92, 18, 500, 4000),
        ("Hardened shackle wire 8 mm", "7217", "kg", 95, 140, 18, 200, 1500),
        ("Lever springs - phosphor bronze", "7320", "gross", 180, 320, 18, 20, 200),
    ],
    "MEC": [
        ("Nickel sulphate hexahydrate", "2833", "kg", 420, 560, 18, 50, 500),
        ("Chromic acid flakes", "2819", "kg", 380, 520, 18, 25, 200),
        ("Bright nickel brightener", "3824", "ltr", 280, 460, 18, 20, 200),
    ],
    "SBC": [
        ("Blister card - padlock 50 mm, 4 colour", "4819", "pcs", 6, 14, 18, 2000, 20000),
        ("Printed lock box - 3 ply", "4819", "pcs", 9, 22, 18, 1000, 10000),
    ],
}
SUPPLY_ORDER = [1, 3, 0, 2, 4, 0, 1, 3]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "UPI", "NEFT", "-", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Jamnagar brass rod maker, the Bhiwadi zinc alloy maker, the Mandi Gobindgarh strip and wire mill,
    the Delhi plating chemicals dealer and the Ghaziabad blister and carton maker billing the company (paper:
    the supplier on top, its line, address and GSTIN; TAX INVOICE (RULE 46, CGST RULES) - ORIGINAL / GST TAX
    INVOICE - BUYER'S COPY / INVOICE CUM DELIVERY CHALLAN, Tax Invoice No. / Inv. Sr. No. / Bill No., Inv. Dt.
    / Invoice Dt. / Date of issue, IRN and Ack No. on some, Buyer (bill to) / Name of buyer / Party the
    company, Delivery at the works, Buyer's PO No. and its day, Transporter and GR No., E-way bill No.; on
    some the payment block above the goods (Payment against this invoice), on the rest under them: the brass
    rod, zinc alloy ingots, steel strip, shackle wire, springs, nickel salts, chromic acid, brightener,
    blister cards or lock boxes with HSN, kg, gross, ltr or pcs x rate, Taxable amount, CGST and SGST or IGST
    @ 18%, Round off, Grand total, Less: Advance received against PO and Balance received by RTGS / NEFT on
    some, else Received through RTGS / NEFT / Paid via UPI / UPI received with UTR No. / UTR / UPI Ref. No. /
    UPI RRN, or Cheque received for / Amount of cheque with Cheque No.; PAID / PAYMENT RECEIVED - NO DUES /
    RECEIVED BY RTGS / NEFT / UPI - THANK YOU / CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION / CHEQUE
    RETURNED UNPAID - SIGNATURE DIFFERS, PAY AFRESH, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
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
        [
            "TAX INVOICE (RULE 46, CGST RULES) - ORIGINAL",
            "GST TAX INVOICE - BUYER'S COPY",
            "INVOICE CUM DELIVERY CHALLAN",
        ],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Tax Invoice No.", "Inv. Sr. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Inv. Dt.", "Invoice Dt.", "Date of issue"], PATS_IN)
    if rng.random() < 0.5:
        wrap_pair(p, "IRN", code(rng, 64, HEXA))
        p.pair("Ack No.", f"1{digits(rng, 14)}")
    ours_to(p, ["Buyer (bill to)", "Name of buyer", "Party"])
    wrap_pair(p, "Delivery at", f"{WORKS}, Talanagri, Aligarh")
    if j.no_day:
        p.pair("Buyer's PO No.", f"KLF/PO/{digits(rng, 4)}")
    else:
        p.pair("Buyer's PO No. & dt.", f"KLF/PO/{digits(rng, 4)}  {when(earlier(rng, j, 6, 40), '%d.%m.%Y')}")
    p.pair("Transporter / GR No.", f"{rng.choice(['VRL', 'Gati', 'TCI', 'Om Logistics'])} / {digits(rng, 7)}")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    taxable = 0.0
    rows: list[tuple[str, str, str]] = []
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        rows.append((f"{item}  HSN {hsn}", f"  {qty:,} {unit} x {rate:,.2f}", rs(value)))
    taxable = round(taxable, 2)
    # the grand total is drawn before the rows are printed (the payment block may come first)
    tax = round(taxable * gst_rate / 100, 2)
    inter = state != "09"
    if not inter:
        tax = 2 * round(tax / 2, 2)
    total = float(round(taxable + tax))
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
    j.amount = round(total - adv, 2)
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED - NO DUES", f"RECEIVED BY {way} - THANK YOU"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS, PAY AFRESH",
    }[status]

    def pay_block() -> None:
        if adv:
            p.pair("Less: Advance received against PO", rs(adv))
        if way == "cheque":
            p.pair(
                rng.choice(["Cheque received for", "Amount of cheque"]),
                rs(j.amount),
                amount=j.amount,
                method="cheque",
            )
            wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(PAYER_BANKS)}")
        else:
            if adv:
                lab = f"Balance received by {way}"
            elif way == "UPI":
                lab = rng.choice(["Paid via UPI", "UPI received"])
            else:
                lab = f"Received through {way}"
            p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
            if not j.no_ref:
                if way == "UPI":
                    p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
                else:
                    ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                    p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        p.add("center", word, status=status)

    pay_first = rng.random() < 0.4
    if pay_first:
        p.add("rule")
        p.add("left", "Payment against this invoice")
        pay_block()
        p.add("rule")
    for head, qty_line, value in rows:
        p.add("left", head)
        p.pair(qty_line, value)
    p.pair("Taxable amount", rs(taxable))
    check = gst_lines(p, rs, taxable, gst_rate, inter)
    assert abs(check - total) < 0.005, (check, total)
    p.pair("Grand total", rs(total))
    if not pay_first:
        p.add("rule")
        pay_block()
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(total)} (grand total)")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after 30 days. Disputes subject to {town} courts only.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Aligarh Golden Roadways", "Freight - 14 parcels to Delhi, Kanpur and Jaipur", 8000, 42000),
    ("Sasni Gate Electroplaters", "Nickel-chrome plating - 3,200 padlock bodies", 18000, 96000),
    ("Qureshi Die & Tool Works", "New die for 50 mm padlock body - 2 cavity", 35000, 180000),
    ("Rakesh Kumar Agarwal", "Rent - Mamu Bhanja counter, {this}", 28000, 65000),
    ("Varshney & Maheshwari, Chartered Accountants", "Tax audit and GST annual return fee", 25000, 90000),
    ("Shield Guard Security Services", "Works security - 3 guards, {last}", 36000, 72000),
    ("Aligarh Buffing Compound Co.", "Buffing wheels and compound bars", 6000, 28000),
    ("Raj Generators & Electricals", "DG set 62.5 kVA service and battery", 9000, 38000),
]
CORP_PORTALS = [
    (
        "PNB Corporate Internet Banking",
        "Punjab National Bank",
        "corporate.pnbibanking.in/fundtransfer/status",
    ),
    ("UCO Corporate e-Banking", "UCO Bank", "ucoebanking.com/corp/fundtransfer/view"),
    ("Indus Direct", "IndusInd Bank", "indusdirect.indusind.com/payments/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the electroplater, the die maker, the counter's landlord, the
    auditors, the security agency, the buffing supplies firm and the generator mechanic: corporate net
    banking's transfer pages (PNB Corporate Internet Banking, UCO Corporate e-Banking, Indus Direct: the
    portal on top and the bank's line, Fund transfer - details / Transaction enquiry; on some the status and
    the day first and the references at the foot, on the rest the references first and the day and the status
    at the foot: UTR Number / UTR ref. / IMPS RRN, Host reference No. / CBS ref. No., Portal txn ID, Batch ID;
    Transfer to / Beneficiary account name / Credit to / Payee (beneficiary) the payee, Beneficiary nickname,
    Account No. and IFSC, Debited account the company, Transfer amount / Amount debited / Txn amount (INR),
    Transfer type / Channel NEFT / RTGS / IMPS, Narration / Remarks, Maker ID / Checker ID; Executed on /
    Transaction date / Txn date / Created on / Submitted on / Rejected on / Reversed on; Executed - credit
    confirmed by beneficiary bank / Status: Success - UTR received / Pending authorisation - checker has not
    approved yet / Rejected by beneficiary bank - account frozen, debit reversed)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=low, high=high)
    note = note.format(this=j.month(0).split()[0], last=j.month(1).split()[0])
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payments', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Fund transfer - details", "Transaction enquiry"]))
    p.add("rule")
    p.part = "body"
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    words = {
        "success": [
            "Executed - credit confirmed by beneficiary bank",
            "Status: Success - UTR received",
        ],
        "pending": ["Pending authorisation - checker has not approved yet"],
        "failed": ["Rejected by beneficiary bank - account frozen, debit reversed"],
    }
    days = {
        "success": ["Executed on", "Transaction date", "Txn date"],
        "pending": ["Created on", "Submitted on"],
        "failed": ["Rejected on", "Reversed on"],
    }[status]

    def refs() -> None:
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                p.pair(
                    rng.choice(["UTR Number", "UTR ref."]) if way != "IMPS" else "IMPS RRN",
                    ref,
                    txn=(UTR_RANK, ref),
                )
            if status != "pending":
                host_ref = f"{IFSC[bank][:2]}{digits(rng, 12)}"
                p.pair(
                    rng.choice(["Host reference No.", "CBS ref. No."]), host_ref, txn=(BANK_RANK, host_ref)
                )
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Portal txn ID", tid, txn=(TXN_RANK, tid))
        p.pair("Batch ID", f"B{digits(rng, 8)}")

    status_first = rng.random() < 0.5
    if status_first:
        outcome_row(p, status, words)
        date_row(p, j, days, hour=rng.random() < 0.5)
        p.add("rule")
    else:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Transfer to", "Beneficiary account name", "Credit to", "Payee (beneficiary)"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "ALG")
    ben = rng.choice(BANKS[6:])
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debited account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transfer amount", "Amount debited", "Txn amount (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Transfer type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.pair("Maker ID / Checker ID", f"KLFACC1 / {'-' if status == 'pending' else 'KLFDIR'}")
    if status_first:
        p.add("rule")
        refs()
    else:
        p.add("rule")
        date_row(p, j, days, hour=rng.random() < 0.5)
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A rejected transfer is credited back to the debited account within T+2 working days.")
    return p.done()


# ------------------------------------------------------- 7. karigars: assemblers, filers, cutters, polishers


# payee, role, mohalla, kind
WORKERS = [
    ("Shakeel Ahmad", "Padlock assembler - home unit", "Sarai Sultani", "assemble"),
    ("Rajesh Kumar Diwakar", "Key filer - home unit", "Nagla Mallah", "file"),
    ("Nazma Begum", "Lever cutter - home unit", "Jeevangarh", "lever"),
    ("Imran Qureshi", "Buffer and polisher", "Manzoor Garhi", "polish"),
    ("Suresh Chandra", "Padlock assembler - home unit", "Harduaganj", "assemble"),
    ("Mohd. Arif", "Plating shop helper - nickel tank", "Sasni Gate", "plate"),
    ("Guddi Devi", "Lever cutter - home unit", "Sarai Bahram Beg", "lever"),
    ("Salim Khan", "Key filer - home unit", "Sarai Mian", "file"),
]
WORK_FRAMES = ["paper", "paper", "paper", "payout", "gpay", "paper", "payout", "yono"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "assemble": (
        ["PADLOCK ASSEMBLY WAGES - PER DOZEN", "TALA JODAI MAJDOORI PARCHI"],
        ["Karigar's name", "Paid to karigar"],
        "Padlocks assembled: {q} doz x {rate}",
        (38, 90),
        (20, 160),
        ["Net majdoori paid", "Amount paid to karigar"],
    ),
    "file": (
        ["KEY FILING WAGES - PER GROSS", "CHABI GHISAI PARCHI"],
        ["Name of filer", "Paid to (key filer)"],
        "Keys filed: {q} gross x {rate}",
        (55, 120),
        (10, 80),
        ["Net majdoori paid", "Amount paid to karigar"],
    ),
    "lever": (
        ["LEVER CUTTING WAGES - PER THOUSAND", "LEVER KATAI VOUCHER (GHAR KA KAAM)"],
        ["Karigar's name", "Paid to karigar"],
        "Levers cut (thousands): {q} x {rate}",
        (140, 260),
        (8, 60),
        ["Net majdoori paid", "Net paid"],
    ),
    "polish": (
        ["BUFFING AND POLISH WAGES - PER DOZEN", "POLISH MAJDOORI VOUCHER"],
        ["Name of polisher", "Paid to (polisher)"],
        "Bodies buffed: {q} doz x {rate}",
        (12, 30),
        (80, 400),
        ["Net majdoori paid", "Net paid"],
    ),
    "plate": (
        ["PLATING SHOP WAGES - DAILY RATE", "PLATING MAJDOORI PARCHI"],
        ["Name of worker", "Paid to (plating helper)"],
        "Days worked: {q} x {rate}",
        (420, 560),
        (6, 27),
        ["Net wages paid", "Net paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its home karigars by the dozen, the gross or the thousand and its plating helper by
    the day: its printed PADLOCK ASSEMBLY WAGES - PER DOZEN / TALA JODAI MAJDOORI PARCHI / KEY FILING WAGES -
    PER GROSS / CHABI GHISAI PARCHI / LEVER CUTTING WAGES - PER THOUSAND / LEVER KATAI VOUCHER (GHAR KA KAAM)
    / PLATING SHOP WAGES - DAILY RATE / PLATING MAJDOORI PARCHI (the company on top with the works' line; on
    some the karigar first under the heading, on the rest the number, the day and the work first and the
    karigar at the foot over the thumb impression: Majdoori parchi No. / Voucher No., Dt. / Paid on / Date of
    payment, Karigar's name / Paid to karigar / Name of filer / Paid to (key filer) / Name of worker / Paid to
    (plating helper), Work, Mohalla, Karigar ID and Die No. (no fact), the dozens, grosses, thousands or days
    x rate, Add: Extra for 7-lever models / Add: Sunday working, Gross majdoori, Less: Rejected - n doz @ rate
    / Less: Peshgi (advance) recovered / Less: ESI @ 0.75%, Net majdoori paid / Amount paid to karigar / Net
    paid / Net wages paid, Paid by Cash / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID -
    GOODS RECEIVED BACK AND COUNTED / PAID - ENTERED IN KARIGAR KHATA), PayU's payout pages for a polisher and
    a lever cutter (PayU on top and Payouts - the company under it, the status first: Transfer successful -
    credited to beneficiary / Payout status: SUCCESS / Queued - payout account balance is low, will retry /
    Reversed - beneficiary bank reports invalid account; then Beneficiary name / Transferred to, Account /
    VPA, Payout amount / Amount, Transfer mode, Purpose, Payout ID, Bank UTR / UTR, Merchant ref ID, Processed
    at / Credited at / Queued at / Initiated at / Reversed at / Failed at, Payout account balance), a Google
    Pay and a YONO SBI screen paying two karigars."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=900, high=24000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        j.amount = rupees(rng, 2500, 24000, 0.6)
        pid = f"{digits(rng, 10)}"
        p = browser_page(rng, font, "payouts.payu.in/dashboard/transfers" + ("" if j.no_ref else f"/{pid}"))
        p.part = "head"
        top(p, "PayU")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful - credited to beneficiary", "Payout status: SUCCESS"],
                "pending": ["Queued - payout account balance is low, will retry"],
                "failed": ["Reversed - beneficiary bank reports invalid account"],
            },
        )
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary name", "Transferred to"] if status == "success" else ["Beneficiary name"]
            ),
            who,
            merchant=who,
        )
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Account / VPA",
            f"{rng.choice(PAYER_BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@oksbi",
        )
        p.pair(rng.choice(["Payout amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Purpose",
            rng.choice(["Buffing - 240 doz bodies", "Polish majdoori - week 11"])
            if kind == "polish"
            else rng.choice(["Lever katai - 24,000 pcs", "Lever cutting wages"]),
        )
        if not j.no_ref:
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair(rng.choice(["Bank UTR", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            rid = f"KLF-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Merchant ref ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Processed at", "Credited at"],
                "pending": ["Queued at", "Initiated at"],
                "failed": ["Reversed at", "Failed at"],
            }[status],
            hour=True,
        )
        p.pair("Payout account balance", rs(rupees(rng, 3000, 180000, 0.3)))
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The beneficiary's bank has confirmed the credit.",
                "pending": "Queued payouts are retried when the payout account is loaded.",
                "failed": "The amount of a reversed payout is added back to the payout account.",
            }[status],
        )
        return p.done()
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 2200, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        p.add("small", rng.choice(["Money sent to", "Recipient", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'sbi', 'pnb'])}",
            method="UPI",
        )
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Completed", "Paid", "Money sent successfully"]})
        date_row(p, j, ["Transaction time", "Paid at"], hour=True)
        p.pair(
            rng.choice(["Remarks", "Added note"]),
            rng.choice(
                ["Tala jodai majdoori", "Padlock assembly - 30 doz"]
                if kind == "assemble"
                else ["Chabi ghisai - 40 gross", "Key filing wages"]
            ),
        )
        p.pair(rng.choice(["From account", "Debited from A/c"]), f"State Bank of India XX{digits(rng, 4)}")
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = "CICAgO" + code(rng, 12, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "RRN No."]), j.ref, txn=(UTR_RANK, j.ref))
                own = f"IF{digits(rng, 11)}"
                p.pair("Transaction ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{WORKS} - {'plating shop' if kind == 'plate' else 'karigar home work'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    payee_first = rng.random() < 0.5

    def payee() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)

    if payee_first:
        payee()
    p.pair("Work", role)
    p.pair("Mohalla", mohalla)
    if not j.no_ref:
        vno = f"{kind[0].upper()}K/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Majdoori parchi No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Dt.", "Paid on", "Date of payment"], PATS_IN)
    p.pair("Karigar ID", f"KG-{rng.randrange(1, 480):03d}")
    if kind in ("assemble", "lever"):
        p.pair("Die No.", f"D-{rng.choice(['40', '50', '65', '75'])}/{rng.randrange(1, 30)}")
    rate = float(rng.randrange(rlo, rhi + 1, 5 if kind in ("lever", "plate") else 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if kind != "plate" and rng.random() < 0.5:
        extra = float(rng.choice([200, 350, 500, 800]))
        p.pair("Add: Extra for 7-lever models" if kind == "assemble" else "Add: Sunday working", rs(extra))
        gross += extra
    p.pair("Gross majdoori", rs(gross))
    cut = 0.0
    if kind in ("assemble", "polish", "file") and rng.random() < 0.5:
        bad = rng.randrange(1, 4)
        per = round(rate, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Rejected - {bad} {'gross' if kind == 'file' else 'doz'} @ {per:.2f}", rs(cut))
    if kind == "plate":
        esi = round(gross * 0.0075, 2)
        p.pair("Less: ESI @ 0.75%", rs(esi))
        cut += esi
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Peshgi (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - ENTERED IN KARIGAR KHATA" if kind == "plate" else "PAID - GOODS RECEIVED BACK AND COUNTED"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if not payee_first:
        p.part = "body"
        payee()
        p.part = "foot"
    right(p, "Signature / thumb impression of the karigar")
    return p.done()


# ---------------------------------------------------------------- 8. nagar nigam, boards, directorates, funds


FEE_FRAMES = ["nigam", "uppcb", "factories", "esic", "fire", "epfo", "upsida", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a lock works with a casting and plating shop and a trade counter in Aligarh: Aligarh Nagar
    Nigam's house tax page (the Nigam on top and the e-Nagar Sewa line, Property ID, Owner name, Ward /
    mohalla, Grih kar 2026-27, Jal kar, Sewer kar, Less: Rebate for paying before 31 July, Total paid / Net
    amount deposited, Transaction No., Bank ref. No., Receipt No.), the Uttar Pradesh Pollution Control
    Board's consent renewal (Nivesh Mitra line, Name of unit, Category, Application ID, Consent fee (CTO
    renewal, 2 years), Hazardous waste authorisation fee, Fee deposited / Total fee, Nivesh Mitra txn ID, Bank
    ref. No.), the Directorate of Factories' licence renewal (Name of factory, Name of occupier, Licence No.,
    Workers and horse power, Renewal fee, Late fee, Fee payable / Amount, Transaction ID, Attempted on / Txn
    date; Transaction declined by the bank - fee not deposited, licence not renewed), ESIC's monthly
    contribution (Employer code, Employer name, Contribution period, Employees' share (0.75%), Employer's
    share (3.25%), Total contribution paid, Transaction No., Challan No.), the Fire and Emergency Services'
    NOC renewal (Name of establishment, Building, NOC No., Renewal fee, Inspection fee, Amount paid, Payment
    ref. No., Receipt No.), EPFO's ECR challan (Establishment ID, Establishment name, Wage month, TRRN, A/c 1,
    A/c 2, A/c 10, A/c 21, Total amount, CRN, Payment initiated on / Txn date; Payment under process - bank
    confirmation awaited, do not pay this challan again), UPSIDA's maintenance charges (Allottee, Plot, the
    charges, GST @ 18%, Total paid) and the Transport Department's Vahan tax page (Registered owner,
    Registration No., Vehicle class, Tax validity to, Motor vehicle tax, Additional tax, Penalty, Total
    amount, Vahan receipt No., Bank Ref No., Transaction No.); Mode of payment, Date of deposit / Deposited on
    / Txn date / Payment date; the status at the top on some, at the foot on the rest: Payment successful -
    receipt issued / Challan paid - amount credited to the Government / Fee deposited - e-receipt generated /
    Tax deposited successfully."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    ok = [
        "Payment successful - receipt issued",
        "Challan paid - amount credited to the Government",
        "Fee deposited - e-receipt generated",
        "Tax deposited successfully",
    ]
    words = {
        "success": ok,
        "failed": ["Transaction declined by the bank - fee not deposited, licence not renewed"],
        "pending": ["Payment under process - bank confirmation awaited, do not pay this challan again"],
    }
    days = {
        "success": ["Date of deposit", "Deposited on", "Txn date", "Payment date"],
        "failed": ["Attempted on", "Txn date"],
        "pending": ["Payment initiated on", "Txn date"],
    }[status]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    cut: tuple[str, float] | None = None
    if frame == "nigam":
        url = f"nagarnigamaligarh.in/enagarsewa/housetax/receipt/{digits(rng, 9)}"
        name = rng.choice(["Aligarh Nagar Nigam", "NAGAR NIGAM ALIGARH"])
        line = "e-Nagar Sewa  |  Grih kar (house tax)"
        rows = [
            ("Property ID", f"ALG{rng.randrange(1, 80):02d}{digits(rng, 6)}"),
            ("Owner name", firm),
            ("Ward / mohalla", f"Ward {rng.randrange(1, 70)} - Mamu Bhanja"),
        ]
        heads = [
            ("Grih kar 2026-27", float(round(rng.uniform(9000, 26000)))),
            ("Jal kar", float(round(rng.uniform(1500, 4200)))),
            ("Sewer kar", float(round(rng.uniform(900, 2600)))),
        ]
        if rng.random() < 0.6:
            cut = ("Less: Rebate for paying before 31 July", float(round(heads[0][1] * 0.1)))
        labels = ["Total paid", "Net amount deposited"]
        refs = [
            ("Transaction No.", TXN_RANK, f"NN{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ("Receipt No.", INVOICE_RANK, f"ALG/HT/{digits(rng, 7)}"),
        ]
        foot = "Pay the house tax before 31 July for the rebate. Arrears carry interest @ 12% a year."
    elif frame == "uppcb":
        url = "niveshmitra.up.nic.in/uppcb/cto/payment/acknowledgement"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "UP POLLUTION CONTROL BOARD"])
        line = "Nivesh Mitra - single window, Government of Uttar Pradesh"
        rows = [
            ("Name of unit", f"{WORKS} ({firm})"),
            ("Category", "Red - electroplating of lock bodies"),
            ("Application ID", f"UPPCB{digits(rng, 8)}"),
        ]
        heads = [
            ("Consent fee (CTO renewal, 2 years)", float(rng.choice([25000, 37500, 50000]))),
            ("Hazardous waste authorisation fee", float(rng.choice([0, 5000, 10000]))),
        ]
        labels = ["Fee deposited", "Total fee"]
        refs = [
            ("Nivesh Mitra txn ID", TXN_RANK, f"NM{digits(rng, 13)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
        ]
        foot = "Run the effluent treatment plant and keep the sludge log as the consent requires."
    elif frame == "factories":
        url = "niveshmitra.up.nic.in/factories/licencerenewal/payment"
        name = rng.choice(["Directorate of Factories, Uttar Pradesh", "DIRECTORATE OF FACTORIES, U.P."])
        line = "Labour Department, Government of Uttar Pradesh  |  Licence renewal"
        rows = [
            ("Name of factory", f"{WORKS}, Talanagri"),
            ("Name of occupier", "Shri Kundan Lal Agarwal (Director)"),
            ("Licence No.", f"ALG/{digits(rng, 5)}"),
            ("Workers / horse power", f"{rng.randrange(40, 140)} workers, {rng.randrange(60, 240)} HP"),
        ]
        heads = [
            ("Renewal fee (2027)", float(rng.choice([8000, 12000, 18000]))),
            ("Late fee", float(rng.choice([0, 2000]))),
        ]
        labels = ["Fee payable", "Amount"]
        refs = [("Transaction ID", TXN_RANK, f"FAC{digits(rng, 12)}")]
        foot = "Money debited for a declined payment is returned by the bank within seven working days."
    elif frame == "esic":
        url = "www.esic.gov.in/ESICInsurance1/ESICInsurancePortal/ChallanReceipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
        staff = rng.randrange(35, 120)
        wages = float(staff * rng.randrange(12000, 17000, 500))
        rows = [
            ("Employer code", digits(rng, 17)),
            ("Employer name", firm),
            ("Contribution period", j.month() if not j.no_day else "Previous month"),
        ]
        heads = [
            ("Employees' share (0.75%)", round(wages * 0.0075, 2)),
            ("Employer's share (3.25%)", round(wages * 0.0325, 2)),
        ]
        labels = ["Total contribution paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"{digits(rng, 16)}"),
            ("Challan No.", INVOICE_RANK, f"{digits(rng, 15)}"),
        ]
        foot = "The contribution for a month is due by the 15th of the next month."
    elif frame == "fire":
        url = "niveshmitra.up.nic.in/fireservice/noc/feereceipt"
        name = rng.choice(["Uttar Pradesh Fire and Emergency Services", "U.P. FIRE AND EMERGENCY SERVICES"])
        line = "Fire NOC renewal  |  Nivesh Mitra"
        rows = [
            ("Name of establishment", f"{WORKS} ({firm})"),
            ("Building", f"G+1, {rng.randrange(900, 2600):,} sq m, casting and plating shop"),
            ("NOC No.", f"UPFS/ALG/{digits(rng, 5)}"),
        ]
        heads = [
            ("Renewal fee", float(rng.choice([5000, 7500, 10000]))),
            ("Inspection fee", float(rng.choice([1000, 2000]))),
        ]
        labels = ["Amount paid"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"UPFS{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"FS/{digits(rng, 6)}"),
        ]
        foot = "Keep the extinguishers refilled and the hydrant line charged for the inspection."
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/challanpayment/status"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment  |  ECR challan payment"
        staff = rng.randrange(35, 120)
        wages = float(staff * 15000)
        rows = [
            ("Establishment ID", f"UPAGR{digits(rng, 7)}000"),
            ("Establishment name", firm),
            ("Wage month", j.month() if not j.no_day else "Previous month"),
            ("TRRN", digits(rng, 13)),
        ]
        heads = [
            ("A/c 1 (EE + ER share)", round(wages * 0.1567, 2)),
            ("A/c 2 (admin charges)", round(wages * 0.005, 2)),
            ("A/c 10 (pension)", round(wages * 0.0833, 2)),
            ("A/c 21 (EDLI)", round(wages * 0.005, 2)),
        ]
        labels = ["Total amount"]
        refs = [("CRN", INVOICE_RANK, f"{digits(rng, 13)}")]
        foot = "Check the challan status after 48 hours before paying again."
    elif frame == "upsida":
        url = "onlineservice.upsida.in/maintenance/payment/receipt"
        name = rng.choice(["Uttar Pradesh State Industrial Development Authority", "UPSIDA"])
        line = "Annual maintenance charges  |  Talanagri Industrial Area, Aligarh"
        rows = [
            ("Allottee", firm),
            ("Plot", f"B-27, {rng.randrange(1000, 2400):,} sq m"),
        ]
        base = float(rng.choice([18000, 24000, 30000]))
        water = float(rng.choice([3000, 4500, 6000]))
        heads = [
            ("Maintenance charges 2026-27", base),
            ("Water charges", water),
            ("GST @ 18%", round((base + water) * 0.18, 2)),
        ]
        labels = ["Total paid"]
        refs = []
        foot = "Maintenance charges unpaid after 30 June carry interest as per the allotment letter."
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(["Transport Department, Government of Uttar Pradesh", "Transport Department, U.P."])
        line = "Vahan - Ministry of Road Transport & Highways  |  Tax payment"
        rows = [
            ("Registered owner", firm),
            ("Registration No.", f"UP81 {code(rng, 2, UPPER)} {digits(rng, 4)}"),
            ("Vehicle class", rng.choice(["Goods carrier (LMV) - Tata Intra V30", "Light goods vehicle"])),
        ]
        if not j.no_day:
            rows.append(("Tax validity to", j.other_day(rng, 85, 95)))
        heads = [
            ("Motor vehicle tax", float(rng.choice([2200, 2800, 3600]))),
            ("Additional tax", float(rng.choice([0, 400, 600]))),
            ("Penalty", float(rng.choice([0, 0, 500]))),
        ]
        labels = ["Total amount"]
        refs = [
            ("Vahan receipt No.", INVOICE_RANK, f"UP{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 9)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Transaction No.", TXN_RANK, f"UP{digits(rng, 14)}"),
        ]
        foot = "Carry the e-receipt with the registration certificate."
    if status != "success":
        refs = [ref for ref in refs if ref[1] in (TXN_RANK, INVOICE_RANK) and ref[0] != "Receipt No."]
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    for label, value in rows:
        wrap_pair(p, label, value)
    total = 0.0
    for head, fee in heads:
        if fee:
            p.pair(head, rs(fee))
            total += fee
    if cut:
        p.pair(cut[0], rs(cut[1]))
        total -= cut[1]
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if j.amount > 100000:
        way = "Net banking"
    p.pair("Mode of payment", way, method=way_method(way))
    fee_refs(p, j, refs)
    date_row(p, j, days, pats)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Bharat Laghu Udyam Suraksha - lock works, casting shop and stock",
        "paper",
        "stock",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Burglary and housebreaking - Mamu Bhanja counter stock",
        "mail",
        "burglary",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo open policy - dispatches to dealers and ports",
        "browser",
        "transit",
    ),
    (
        "Care Health Insurance Ltd",
        "careinsurance.com",
        "Group care - works and counter staff",
        "browser",
        "health",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Money insurance - wage cash from the bank to Talanagri",
        "mail",
        "money",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Goods carrying vehicle - Tata Intra delivery van",
        "browser",
        "vehicle",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Employees' compensation - casting and plating shop workers",
        "paper",
        "wc",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Machinery breakdown - die casting machines and power presses",
        "mail",
        "machinery",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its works, casting shop and stock, the counter's stock, its dispatches, its
    staff's health, the wage cash carried from the bank, its delivery van, its casting and plating shop
    workers and its die casting machines and power presses: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / Receipt for premium
    received / COLLECTION RECEIPT - POLICYHOLDER COPY / PREMIUM PAYMENT - STATUS (the failed one); on some the
    status first under the heading, on the rest under the sum: Name of insured / Insured name / Proposer,
    Policy No. or Proposal No., Cover note No., Intermediary code, Sum insured - building, machinery and stock
    / Stock sum insured / Annual turnover declared (transit) / Members covered / Limit per carrying / IDV /
    Annual wages declared / Sum insured - machines, Risk starts, Net premium or OD premium and TP premium with
    Less: No claim bonus 25%, an add-on (Earthquake cover, Theft by forcible entry - extension, War and SRCC,
    Room rent waiver, Cash in safe, Zero depreciation, Occupational disease cover, Breakdown of dies), CGST @
    9% and SGST @ 9% or IGST @ 18%, the sum: Premium paid (incl. GST) / Total amount received / Gross premium
    received / Cheque amount received / Premium due / Amount to be paid; Premium realised - policy in force /
    Receipt issued - policy e-mailed to the insured / Cheque under clearing - cover begins on realisation /
    Transaction unsuccessful - premium not received, policy not issued; Payment mode, Cheque No., Online
    payment ref. / PG txn No., UPI RRN / Bank ref., Receipt No. / Collection receipt No., Date of receipt /
    Premium paid on / Collected on / Cheque received on / Receipt date / Attempted on / Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'portal'])}.{host}/payment/receipt")
    elif frame == "mail":
        short = ins.replace(" Co. Ltd", "").replace(" Ltd", "")
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            [
                "Premium receipt for your policy",
                "We have received your premium",
                "Payment status - your policy",
            ]
            if status != "failed"
            else ["Payment status - your policy", "Your premium payment did not go through"],
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
            rng.choice(["Branch Office, Railway Road, Aligarh", "Divisional Office, Sanjay Place, Agra"]),
        )
    p.add(
        "center",
        rng.choice(
            ["PREMIUM RECEIPT", "Receipt for premium received", "COLLECTION RECEIPT - POLICYHOLDER COPY"]
        )
        if status != "failed"
        else "PREMIUM PAYMENT - STATUS",
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium realised - policy in force",
            "Receipt issued - policy e-mailed to the insured",
        ],
        "pending": ["Cheque under clearing - cover begins on realisation"],
        "failed": ["Transaction unsuccessful - premium not received, policy not issued"],
    }
    status_first = rng.random() < 0.5
    if status_first:
        outcome_row(p, status, words)
    wrap_pair(
        p, rng.choice(["Name of insured", "Insured name", "Proposer"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['11', '46', '52'])}/{digits(rng, 10)}")
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 12)}")
    p.pair("Cover note No.", f"CN{digits(rng, 9)}")
    p.pair("Intermediary code", f"{rng.choice(['BA', 'AG', 'DS'])}{digits(rng, 7)}")
    addon = None
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(9000000, 70000000, 100000))
        p.pair("Sum insured - building, machinery and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 12000000, 50000))
        p.pair("Stock sum insured", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Theft by forcible entry - extension", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(15000000, 80000000, 100000))
        p.pair("Annual turnover declared (transit)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(30, 110)
        p.pair("Members covered", f"{members} employees and family")
        basic = round(members * rng.uniform(6500, 11000), 2)
        addon = ("Room rent waiver", round(members * 350.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(500000, 2500000, 50000))
        p.pair("Limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.003, 0.006), 2)
        addon = ("Cash in safe", round(limit * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 760000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"UP81 {code(rng, 2, UPPER)} {digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.014, 0.022), 2)
        ncb = round(basic * 0.25, 2)
        heads = [("OD premium", basic), ("Less: No claim bonus 25%", -ncb), ("TP premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "wc":
        wages = float(rng.randrange(4000000, 16000000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.008), 2)
        addon = ("Occupational disease cover", round(wages * 0.0003, 2))
    else:
        insured = float(rng.randrange(3000000, 18000000, 50000))
        p.pair("Sum insured - machines", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.0025), 2)
        addon = ("Breakdown of dies", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Risk starts", f"{j.other_day(rng, 1, 8)} (one year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(abs(value)))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Net premium", rs(basic))
        taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed = round(taxed + addon[1], 2)
    if rng.random() < 0.5:
        half = round(taxed * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        gst = 2 * half
    else:
        gst = round(taxed * 0.18, 2)
        p.pair("IGST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium paid (incl. GST)", "Total amount received", "Gross premium received"],
        "pending": ["Cheque amount received"],
        "failed": ["Premium due", "Amount to be paid"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if not status_first:
        outcome_row(p, status, words)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(
            ["Net banking", "UPI", "Debit card"] if j.amount <= 100000 else ["Net banking", "Debit card"]
        )
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(PAYER_BANKS)}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'OP', 'BD'])}{digits(rng, 13)}"
            p.pair(rng.choice(["Online payment ref.", "PG txn No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "Collection receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Collected on"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover runs only from the day the premium is realised; read the policy for its terms.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("KUNDAN HARDWARE BHANDAR", "MAMU BHANJA, ALIGARH", "own"),
    ("SHRI RAM FUEL POINT (IOCL)", "GT ROAD, SOMNA, ALIGARH", "fuel"),
    ("KUNDAN LOCK WORKS", "TALANAGRI, ALIGARH", "own"),
    ("HOTEL DWARKA RESIDENCY", "SECTOR 10, DWARKA, NEW DELHI", "hotel"),
    ("KUNDAN LOCKS", "RAMGHAT ROAD ALIGARH UP", "own"),
    ("CHAWRI BAZAR TOOL HOUSE", "CHAWRI BAZAR, DELHI", "shop"),
    ("KUNDAN HARDWARE BHANDAR", "ALIGARH 202001 UP", "own"),
    ("KHURJA HIGHWAY DHABA", "NH-34, KHURJA", "food"),
]
TERMINALS = [
    "PUNJAB NATIONAL BANK",
    "INDIANOIL",
    "PINE LABS",
    "ICICI BANK",
    "CANARA BANK",
    "PAYTM EDC",
    "RAZORPAY POS",
    "BHARATPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' and contractors' cards on the counter's, the works' and the company's terminals, and the
    company's card at a filling station on GT Road, a Dwarka hotel in the hardware fair week, a Delhi tool
    house and a highway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals, DT: and TM: / DATE & TIME: / TXN DT:, MERCHANT ID:, TERMINAL ID:,
    BATCH:, TRACE NO:, ROC NO: / INVOICE:, SALE / CARD SALE, CARD:, TYPE:, a fuel sale's PRODUCT:, RATE:,
    VOLUME:, NOZZLE: and VEHICLE:, a hotel's FOLIO: and ROOM:, a shop's GSTIN:, APP CODE: / APPROVAL:, REF NO:
    / RRN:, SALE AMT: / AMT: / NET AMOUNT: / TOTAL AMT:, the dhaba's BASE: and TIP: above its TOTAL:; APPROVED
    / TXN SUCCESSFUL / APPROVED - THANK YOU / DECLINED - 51 INSUFFICIENT FUNDS / HOST NOT RESPONDING - STATUS
    UNKNOWN, CHECK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=2500, high=140000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4800, 21000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 16500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 240, 2600, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    if kind == "shop":
        p.add(
            "center",
            f"GSTIN: 07{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}",
        )
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        elif style == 1:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC NO:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead] + rng.choice(["/CHIP", "/TAP", ""]))
    if kind == "fuel":
        rate = round(rng.uniform(89.6, 97.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XP95"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
        p.pair("NOZZLE:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE:", f"UP81{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO:", digits(rng, 6))
        p.pair("ROOM:", str(rng.randrange(101, 612)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APP CODE:", "APPROVAL:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["REF NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])

    def sum_text(value: float) -> str:
        return f"{mark}{value:,.2f}" if rng.random() < 0.5 else f"{mark}{value:.2f}"

    if kind == "food" and status == "success":
        tip = float(rng.choice([20, 50, 100]))
        base = round(j.amount - tip, 2)
        p.pair("BASE:", sum_text(base))
        p.pair("TIP:", sum_text(tip))
        p.pair("TOTAL:", sum_text(j.amount), amount=j.amount)
    else:
        lab = rng.choice(["SALE AMT:", "AMT:", "NET AMOUNT:", "TOTAL AMT:"])
        p.pair(lab, sum_text(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS UNKNOWN, CHECK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, fibre, postpaid, DTH


BILLERS = [
    ("DVVNL", "Dakshinanchal Vidyut Vitran Nigam Ltd", "Account No."),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Customer ID"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Landline No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
]
BILL_APPS = ["DVVNL", "CRED", "PNB ONE", "Freecharge", "DVVNL", "Airtel Thanks", "BHIM", "Groww"]
BILL_WHICH = [0, 0, 0, 3, 0, 1, 2, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The works' and the counter's electricity (DVVNL), the office broadband (Airtel), the counter's fibre
    (BSNL Bharat Fibre), the manager's postpaid phone (Jio) and the counter's DTH (Tata Play) through Bharat
    Connect in PNB ONE and UPI apps (CRED, Freecharge, Airtel Thanks, BHIM, Groww: the app on top; on some the
    sum large above the status, on the rest the status first and the sum as Amount paid under the biller:
    Biller / Paid to biller / Service provider / Operator name as printed, Account No. / Customer ID /
    Landline No. / Mobile No. / Subscriber ID, Customer name / Consumer name / Name as per biller, Bill period
    and Last date on some, Paid from Current A/c or UPI, Bharat Connect Txn ID / B-Connect ref., UPI RRN /
    UTR, App txn ID on the failed one, Payment date / Paid on / Transaction time / Initiated at; Bill payment
    successful / Payment received by the biller / Awaiting biller confirmation - up to 48 hours / Payment
    unsuccessful - biller did not respond, money will be returned) and DVVNL's own online payment receipt
    (DVVNL, Dakshinanchal Vidyut Vitran Nigam Ltd or its capitals on top with its Uttar Pradesh Power
    Corporation Ltd line, Account No., Division, Consumer name, Security deposit held, Bill date, Amount paid
    / Amount received, Paid through, Transaction ID, Receipt No., Payment date & time / Transaction date, the
    status at the foot: Payment posted to your account / Bill paid - thank you for paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=5000, high=74000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 399, 2299, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 1499, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"{rng.randrange(1, 9)}{digits(rng, 9)}",
        "Customer ID": f"{rng.choice(['1', '2'])}{digits(rng, 9)}",
        "Landline No.": f"0571-2{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "DVVNL":
        p = browser_page(rng, font, "www.uppcl.org/onlinebillpayment/receipt/dvvnl")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Uttar Pradesh Power Corporation Ltd  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["EDD-I Aligarh / Talanagri", "EDD-III Aligarh / Railway Road"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Security deposit held", rs(float(rng.randrange(20000, 160000, 500))))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -22, -6))
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Paid through", way, method=way_method(way))
        if not j.no_ref:
            tid = f"DV{digits(rng, 15)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date & time", "Transaction date"], hour=True)
        outcome_row(
            p,
            status,
            {"success": ["Payment posted to your account", "Bill paid - thank you for paying online"]},
        )
        p.part = "foot"
        p.add("small", "The payment shows against your account number within 24 to 48 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill payment successful", "Payment received by the biller"],
        "pending": ["Awaiting biller confirmation - up to 48 hours"],
        "failed": ["Payment unsuccessful - biller did not respond, money will be returned"],
    }
    big_sum = rng.random() < 0.5
    if big_sum:
        p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(p, status, words)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Operator name" if which in (2, 3) else rng.choice(["Biller", "Paid to biller", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    if not big_sum:
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Name as per biller"]),
        rng.choice([COMPANY_CAPS, WORKS.upper(), COUNTER.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        end = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Bill period", f"{when(end.replace(day=1), '%d.%m.%Y')} to {when(end, '%d.%m.%Y')}")
        p.pair("Last date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "PNB ONE" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(PAYER_BANKS)}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"CRED": "CR", "Freecharge": "FC", "Airtel Thanks": "AT", "BHIM": "BH", "Groww": "GW"}.get(
                app, "PN"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Txn ID", "B-Connect ref."]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = f"{digits(rng, 14)}"
            p.pair("App txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date", "Paid on", "Transaction time"] if status == "success" else ["Initiated at"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "ALIGARH GOLDEN ROADW",
    "Bhiwadi Zinc Alloys Pvt Ltd",
    "SASNI GATE ELECTROPL",
    "JAMNAGAR BRASS ROD I",
    "DAKSHINANCHAL VIDYUT",
    "QURESHI DIE & TOOL W",
    "Mundka Electroplating Chemicals",
    "SHAKEEL AHMAD",
]
SENDERS = {
    "Punjab National Bank": "VM-PNBSMS",
    "Canara Bank": "AD-CANBNK",
    "Zila Sahkari Bank Ltd, Aligarh": "JK-ZSBALG",
    "HDFC Bank": "VK-HDFCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PNBSMS /
    AD-CANBNK / JK-ZSBALG / VK-HDFCBK, the day divider, each bank's own wording: Punjab National Bank's "PNB:
    A/c XX1234 debited with INR x on <day> thru <way> in favour of <payee>.", Canara Bank's "An amount of INR
    x is DEBITED to your A/c XXX1234 on <day> towards <way> to <payee>.", Zila Sahkari Bank's "ZSB ALIGARH: Rs
    x withdrawn from A/c ..1234 on <day> by <way>; paid to <payee>.", HDFC Bank's UPI "UPI txn: Rs.x debited
    from A/c **1234 on <day> to <payee> (VPA ...). Ref <ref>"; a transfer that "was RETURNED by the payee's
    bank - INR x re-credited to A/c XX1234." and one that "is AWAITING credit confirmation from the payee's
    bank. Do not repeat it.", the Aval Bal / Total Avail.bal line) and two e-mail debit alerts (Yes Bank,
    IndusInd Bank: Beneficiary name / Paid to / Credited to above the sum, Transaction amount / Amount (INR),
    Value date / Date of transaction / Txn date, Account No., Transaction type, UTR No. / IMPS Ref No.,
    Available balance, Transaction status: Successful / Outcome: Amount debited and sent to the beneficiary
    bank)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=9000, high=360000)
    to = ALERT_PAYEES[k]
    if k == 7:
        j.amount = rupees(rng, 2500, 18000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 14000, 72000)
    elif k == 0:
        j.amount = rupees(rng, 8000, 42000)
    if k in (1, 6):
        bank = rng.choice(["Yes Bank", "IndusInd Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - your current account", "Funds transfer - debit advice"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited for the transfer below.")
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to", "Credited to"]), to, merchant=to)
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Transaction amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        date_row(
            p,
            j,
            ["Value date", "Date of transaction", "Txn date"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"],
        )
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 60000, 3800000)))
        p.add(
            "left",
            rng.choice(
                ["Transaction status: Successful", "Outcome: Amount debited and sent to the beneficiary bank"]
            ),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small", "If you did not do this transfer, call the bank at once or block net banking in the app."
        )
        return p.done()
    if k == 7:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # HDFC Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Punjab National Bank",
        3: "Canara Bank",
        4: "Zila Sahkari Bank Ltd, Aligarh",
        7: "HDFC Bank",
    }.get(k, rng.choice(["Punjab National Bank", "Canara Bank", "Zila Sahkari Bank Ltd, Aligarh"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add(
            "small",
            when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y", "%A, {d} %B"])),
            date=j.date,
        )
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = f"{rupees(rng, 45000, 2900000):,.2f}"
    if status == "success":
        if bank == "HDFC Bank":
            vpa = f"{to.split()[0].lower()}.{to.split()[-1].lower()}@okhdfcbank"
            p.add("left", f"UPI txn: Rs.{amt} debited from A/c **{tail}{on}", amount=j.amount, method=method)
            p.add("left", f"to {to} (VPA {vpa}).", merchant=to)
        elif bank == "Punjab National Bank":
            p.add("left", f"PNB: A/c XX{tail} debited with INR {amt}", amount=j.amount)
            p.add("left", f"{on.strip()} thru {way} in favour of {to}.".strip(), merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} is DEBITED to your A/c XXX{tail}", amount=j.amount)
            p.add("left", f"{on.strip()} towards {way} to {to}.".strip(), merchant=to, method=method)
        else:
            p.add("left", f"ZSB ALIGARH: Rs {amt} withdrawn from A/c ..{tail}", amount=j.amount)
            p.add("left", f"{on.strip()} by {way}; paid to {to}.".strip(), merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of INR {amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": f"was RETURNED by the payee's bank - INR {amt} re-credited to A/c XX{tail}.",
            "pending": "is AWAITING credit confirmation from the payee's bank. Do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "HDFC Bank":
            p.add("left", f"Ref {ref}. Not you? Call 18002586161", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "HDFC Bank":
            p.add("small", "-HDFC Bank", status="success")
        else:
            p.add(
                "left",
                {
                    "Canara Bank": f"Total Avail.bal INR {bal}",
                    "Punjab National Bank": f"Aval Bal INR {bal}",
                }.get(bank, f"Bal Rs {bal}"),
                status="success",
            )
            p.add(
                "small",
                rng.choice(
                    ["Not you? Call the bank's helpline at once", "Report a wrong debit at your branch"]
                ),
            )
    if bank != "HDFC Bank":
        p.add(
            "small",
            {"Punjab National Bank": "-PNB", "Canara Bank": "-Canara Bank"}.get(bank, "-ZSB Aligarh"),
        )
    return p.done()


compose = compose158

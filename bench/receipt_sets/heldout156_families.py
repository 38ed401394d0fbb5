"""The twelve heldout156 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a bicycle and electric-scooter dealer and service workshop chain's day in 2026 (Pahiya
Cycles & EV, one showroom with a workshop in each of Agra, Salem, Davanagere, Rourkela, Nellore, Hisar, Bokaro and
Kollam; Pahiya Mobility Pvt Ltd runs four of them and a franchisee's firm each of the other four), told by the proofs
of payment it receives (riders' UPI at the service desk and the showroom seen from their apps and from the showroom's
merchant app, card terminal slips with brand and bank EMI on some, its own vehicle invoices, booking and money
receipts, service bills and maintenance-plan receipts, the two-wheeler lenders' disbursements for bikes bought on
loan, a delivery fleet's payment advice and riders' bank transfers, the battery-swap and charging partners' payouts
to it as their host, the marketplaces' settlements and riders' orders through them) and those it makes (the OEMs'
dealer portals and transfers to them, the spare-parts suppliers' and transporters' bills, the riders' insurance and
the Vahan registration fees it pays for them, its own shop insurance, rent, electricity and broadband, its software
(in dollars, pounds and euros on some), refunds of cancelled bookings, GST, TDS and the customs duty on imported
e-cycle parts). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, models, colours, chassis, motor and battery numbers, registration
numbers, odometer readings, job card numbers, dealer, partner, station, seller and policy numbers, loan accounts,
application and agreement numbers, EMI tenures, rates and instalments, down payments, invoice values, subsidies,
subventions, discounts, GST, TDS and TCS lines, commissions and fees, settlement cycles, expected delivery and
dispatch days, policy periods, bill months, due days, consumer and service numbers, plans and billing periods,
original payment ids, bills of entry and their days, IEC, port codes, assessment years, tax periods, BSR codes,
challan serials, GSTIN, IFSC, PAN, TAN, MID, TID, BATCH and the payer's own details carry no fact. ``compose`` is
heldout154's (heldout152's: heldout121's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import (
    browser_page,
    mail_page,
    method_of,
    paper_page,
    phone_page,
    slip_page,
)
from bench.receipt_sets.heldout152_families import ay_of, fx, method_for, pan, rail_ref, right, vpa_base
from bench.receipt_sets.heldout153_families import emi
from bench.receipt_sets.heldout154_families import compose as compose154
from bench.receipt_sets.heldout154_families import item_row

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code, the state's vehicle registration prefix
TOWNS = [
    ("Agra", "282002", "Sanjay Place", "Uttar Pradesh", "09", "UP80"),
    ("Salem", "636016", "Fairlands", "Tamil Nadu", "33", "TN30"),
    ("Davanagere", "577002", "P.J. Extension", "Karnataka", "29", "KA17"),
    ("Rourkela", "769012", "Udit Nagar", "Odisha", "21", "OD14"),
    ("Nellore", "524003", "Magunta Layout", "Andhra Pradesh", "37", "AP39"),
    ("Hisar", "125001", "Model Town", "Haryana", "06", "HR20"),
    ("Bokaro", "827004", "City Centre, Sector 4", "Jharkhand", "20", "JH09"),
    ("Kollam", "691001", "Chinnakada", "Kerala", "32", "KL02"),
]
TRADE = "Pahiya Cycles & EV"
COMPANY = "Pahiya Mobility Pvt Ltd"
# the firm that runs the showroom in each town: the company, or a franchisee's firm
FIRMS = [
    COMPANY,
    COMPANY,
    "Sri Durgambika Cycle Mart",
    COMPANY,
    "Sri Venkateswara E-Motors",
    "Goyal Auto & Cycle Agencies",
    COMPANY,
    "Ashtamudi Wheels LLP",
]
CODES = ["AGR", "SLM", "DVG", "RKL", "NLR", "HSR", "BKR", "QLN"]
SLUG = "pahiyaev"
# the scooter maker each showroom is the dealer of
OEM_OF = ["Ather", "TVS", "Ampere", "Bajaj", "Vida", "Kinetic Green", "Ather", "TVS"]
SCOOTERS = {
    "Ather": [("Ather Rizta S 2.9 kWh", 109999), ("Ather 450S", 119999), ("Ather Rizta Z 3.7 kWh", 144999)],
    "TVS": [("TVS iQube 2.2 kWh", 94999), ("TVS iQube S 3.4 kWh", 129999)],
    "Ampere": [("Ampere Magnus Neo", 79999), ("Ampere Nexus EX", 114999)],
    "Bajaj": [("Bajaj Chetak 3001", 99990), ("Bajaj Chetak 3503", 110998)],
    "Vida": [("Vida V2 Plus", 84999), ("Vida V2 Pro", 121999)],
    "Kinetic Green": [("Kinetic Green Zing HSS", 87990), ("Kinetic E-Luna X2", 71990)],
}
CYCLES = [
    ("Hero Sprint Next 26T", 8990),
    ("Firefox Road Runner Pro 7S", 21500),
    ("Montra Helicon 27.5", 18990),
    ("BSA Champ Toonz 16T", 6450),
    ("Hercules Roadeo A50", 14290),
    ("EMotorad X1 e-cycle", 27999),
    ("Hero Lectro C5 e-cycle", 31999),
    ("Montra Rock 1.1", 12990),
]
COLOURS = ["Pangong Blue", "Stealth Black", "Cosmic Grey", "Pearl White", "Racing Red", "Lime Green"]
CUSTOMERS = [
    "Rohit Agarwal",
    "Karthik Ramasamy",
    "Manjunath Hiremath",
    "Sasmita Panda",
    "Venkata Sai Reddy",
    "Pooja Malik",
    "Amit Mahto",
    "Anjali Pillai",
    "Farhan Qureshi",
    "Divya Shenoy",
    "Sunita Ekka",
    "Gurpreet Sandhu",
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Canara Bank",
    "Union Bank of India",
    "Bank of Baroda",
    "Punjab National Bank",
    "Kotak Mahindra Bank",
    "Federal Bank",
]
REFUND = [
    "Money debited, if any, goes back to your account within 3 working days.",
    "If your account was debited, your bank reverses it automatically.",
]
WAIT = [
    "Waiting for your bank. Please do not pay again for this service.",
    "The showroom will see this payment once your bank confirms it.",
]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "%d %B %Y", "%b {d}, %Y", "%d/%m/%y"]
SHOWROOM_SUB = [
    "Authorised dealer - {oem} electric scooters | Bicycles & e-cycles",
    "E-scooters, bicycles, e-cycles, spares & service",
    "{oem} EV dealer | Hero, Firefox, Montra & BSA cycles | Workshop",
]


def ours(
    rng: random.Random, town: int, *, firm: float = 0.25, branch: float = 0.35, caps: float = 0.2
) -> str:
    """A showroom as a payee: the trade name, the showroom's (trade name - locality) on some, the firm that runs it
    on some, in capitals on some."""
    r = rng.random()
    name = FIRMS[town] if r < firm else f"{TRADE} - {TOWNS[town][2]}" if r < firm + branch else TRADE
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 300,
        high: float = 40000,
        p_round: float = 0.6,
        firm: float = 0.25,
        branch: float = 0.35,
        caps: float = 0.2,
        town: int | None = None,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a delivery's, a cheque's, a policy's, a due day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(
    p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True, gst: bool = True
) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN and phone (never an id), the document's
    kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'Plot', 'Door No.', 'Unit'])} {rng.randrange(2, 160)}, {city[2]}, "
        f"{city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def showroom_head(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The showroom on top of its own paper: the dealer line with its scooter maker, its address and GSTIN."""
    sub = p.rng.choice(SHOWROOM_SUB).format(oem=OEM_OF[town])
    letterhead(p, town, name, kinds, sub=sub, merchant=merchant)


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {
        "cash": rng.choice(["Cash", "Cash at counter"]),
        "UPI": rng.choice(["UPI", "UPI (showroom QR)", "UPI - Google Pay"]),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
    }[way]


def vpa_of(rng: random.Random, name: str) -> str:
    return rng.choice(
        [
            f"{vpa_base(name)}{rng.randrange(10, 999)}@{rng.choice(['oksbi', 'okicici', 'ybl', 'axl'])}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'paytm', 'okhdfcbank', 'ibl'])}",
        ]
    )


def vin(rng: random.Random) -> str:
    """A chassis number (17 characters, never an id)."""
    return (
        f"M{rng.choice(['A', 'D', 'E', 'B'])}{code(rng, 1, '1234567')}{code(rng, 8, ALNUM)}{digits(rng, 6)}"
    )


def reg_no(rng: random.Random, town: int) -> str:
    """A registration number in the town's series (never an id)."""
    return f"{TOWNS[town][5]} {code(rng, 2, UPPER)} {rng.randrange(1, 9999):04d}"


def scooter(rng: random.Random, town: int) -> tuple[str, float]:
    name, price = rng.choice(SCOOTERS[OEM_OF[town]])
    return name, float(price)


def stamp_date(j: Job) -> dt.date | None:
    return None if j.no_day else j.date


# ---------------------------------------------------------------- 1. riders' UPI at the service desk and showroom


# whose screen (the rider's UPI app or the showroom's merchant app) and which app
UPI_FRAMES = [
    ("rider", "PhonePe"),
    ("rider", "Google Pay"),
    ("shop", "PhonePe Business"),
    ("rider", "super.money"),
    ("rider", "Amazon Pay"),
    ("shop", "Paytm for Business"),
    ("rider", "BHIM"),
    ("shop", "BharatPe"),
]
# the merchant app: its band, its lines under the title, the bank it settles to
SHOP_APPS = {
    "PhonePe Business": ((95, 37, 159), ["Payments received", "Business dashboard"], "Yes Bank"),
    "Paytm for Business": (
        (0, 40, 110),
        ["Payment history", "Today's collection"],
        "Paytm Payments Services",
    ),
    "BharatPe": ((0, 122, 120), ["Collections", "Merchant app"], "Unity Small Finance Bank"),
}
RIDE_NOTES = [
    "Service - 2nd free service",
    "Booking amount Rizta",
    "Helmet + lock",
    "Rear tyre change",
    "Balance for Chetak",
    "Cycle for Aarav",
    "Battery health check",
    "Puncture + new tube",
    "Brake pads - scooter",
    "Kids cycle 16T",
    "Accessories - guard + mat",
]
DEVICES = [
    "Smart Speaker - service desk",
    "Smart Speaker - showroom counter",
    "QR standee - showroom entrance",
    "QR on test-ride desk",
    "Dynamic QR on billing screen",
]


def shop_app(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The showroom's own merchant app after a rider paid its QR or smart speaker (PhonePe Business, Paytm for
    Business, BharatPe): the app on its band, Payment received / Money received / Received successfully, the sum
    large, Business / Outlet / Received at the showroom (the payee), From / Sender / Customer (a name or a handle:
    never the payee), Paid via / Payment method UPI, Device (Smart Speaker - service desk: no fact), UPI Ref. No. /
    Bank RRN / UPI RRN and Transaction ID / Payment ID on some, Received on / Date & time / Paid at, Settlement (no
    fact), Bank account / Settles to."""
    band, subs, bank = SHOP_APPS[app]
    p = phone_page(rng, font, k, ["", "Payment details", "Received"])
    rs = money(rng, font, 0.6)
    head(p, app, band, p.style["h106"]["dark"], subs)
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment received", "Money received", "Received successfully"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Business", "Outlet", "Received at"]), j.to, merchant=j.to)
    payer = rng.choice(CUSTOMERS)
    wrap_pair(
        p, rng.choice(["From", "Sender", "Customer"]), rng.choice([payer, payer.upper(), vpa_of(rng, payer)])
    )
    p.pair(
        rng.choice(["Paid via", "Payment method"]),
        rng.choice(["UPI", "UPI - QR scan", "UPI (Smart Speaker)"]),
        method="UPI",
    )
    wrap_pair(p, "Device", rng.choice(DEVICES))
    if not j.no_ref:
        rows = [(rng.choice(["UPI Ref. No.", "Bank RRN", "UPI RRN"]), j.ref, (UTR_RANK, j.ref))]
        if rng.random() < 0.65:
            own = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 14)}", f"T{digits(rng, 18)}"])
            rows.insert(
                rng.randrange(2), (rng.choice(["Transaction ID", "Payment ID"]), own, (TXN_RANK, own))
            )
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(
            p, rng.choice(["Received on", "Date & time", "Paid at"]), stamp(rng, j.date, PATS), date=j.date
        )
    p.pair(
        "Settlement", rng.choice(["Settled to bank", "Settles tonight by 10 PM", "Instant settlement - done"])
    )
    p.pair(rng.choice(["Bank account", "Settles to"]), f"{bank} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(
            [
                "Download the day's statement from Reports",
                "Never share your PIN to receive money",
                "Need help? Chat",
            ]
        ),
    )
    return p.done()


def rider_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A rider paying a showroom by UPI: five of the rider's app (PhonePe, Google Pay, super.money, Amazon Pay, BHIM;
    heldout125's result screen, the showroom (the trade name, the showroom's, the firm that runs it on some) under
    Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note /
    Message / Remarks (Service - 2nd free service, Booking amount Rizta) on most) and three of the showroom's merchant
    app (``shop_app``)."""
    k = place("rider_upi")
    status = outcome(k, failed=(4,), pending=(3,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=150, high=24000, p_round=0.85)
    if rng.random() < 0.45:
        j.amount = float(rng.choice([249, 480, 650, 999, 1180, 1850, 2360, 2999, 4999, 5000, 11000]))
    if side == "shop":
        return shop_app(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, TRADE, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(RIDE_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Check balance  |  Pay again"]))
    return p.done()


# ---------------------------------------------------------------- 2. lenders' disbursements, a fleet's advice, transfers


# the page: a lender's disbursement (lender, its line, frame, mode), a rider's transfer, the fleet's advice
FIN_PAGES = [
    ("lender", "Bajaj Finance Ltd", "Two-wheeler & consumer durable loans", "mail", "NEFT"),
    ("lender", "TVS Credit Services Ltd", "Dealer finance desk", "browser", "IMPS"),
    ("xfer", "Axis Bank Internet Banking", None, "web", "NEFT"),
    ("lender", "HDB Financial Services", "Two-wheeler loans - dealer payments", "mail", "NEFT"),
    ("fleet", "Swiftlane Logistics Pvt Ltd", "Accounts payable", "mail", "RTGS"),
    ("xfer", "PNB ONE", (162, 22, 46), "app", "IMPS"),
    ("lender", "IDFC FIRST Bank", "Two-wheeler loans - dealer portal", "browser", "NEFT"),
    ("lender", "L&T Finance Ltd", "Two-wheeler finance", "mail", "RTGS"),
]
LENDER_SITES = {
    "Bajaj Finance Ltd": "bajajfinserv.in",
    "TVS Credit Services Ltd": "tvscredit.com",
    "HDB Financial Services": "hdbfs.com",
    "IDFC FIRST Bank": "idfcfirstbank.com",
    "L&T Finance Ltd": "ltfs.com",
}
XFER_HEADS = {2: "UTIB", 5: "PUNB"}
XFER_URLS = {"Axis Bank Internet Banking": "omni.axisbank.co.in/axisretailbanking/fund-transfer/status"}
XFER_NOTES = [
    "Balance for Ather 450S",
    "Scooter down payment",
    "Chetak balance - Malik",
    "E-cycle for Aarav",
    "Booking + accessories",
    "Service bill JC",
]


def disbursal(rng: random.Random, font: str, k: int, j: Job, lender: str, line: str, frame: str, mode: str):
    """A two-wheeler lender's disbursement to the dealer for a rider's loan (Bajaj Finance's, HDB Financial's and
    L&T Finance's e-mails, TVS Credit's and IDFC FIRST Bank's dealer portals in a browser): the lender on top (the
    payer), Dealer disbursement advice / Disbursement intimation / Payment advice - two-wheeler loan, Dealer / Dealer
    name / Beneficiary the showroom's firm (the payee), Dealer code / Dealer ID, Customer / Borrower, Loan A/c No. /
    Agreement No. / Application No. (no id), Asset / Vehicle, Invoice value / On-road price, Down payment (paid to
    dealer), Loan amount, EMI (n x amount), First EMI on (no fact), Less: Dealer subvention (n%), Less: Processing fee
    deducted on some, Net disbursement / Amount disbursed to dealer / Net amount credited (the sum), Mode, Credited
    to, UTR / IMPS Ref No. and Disbursal ref / Payment ID, Disbursement date / Value date / Disbursed on / Initiated
    on; Disbursed / Amount credited to dealer / Disbursement initiated - UTR awaited."""
    words = {
        "success": ["Disbursed", "Amount credited to dealer", "Disbursement successful"],
        "pending": ["Disbursement initiated - UTR awaited", "Disbursal in process"],
    }
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{lender.split(' Ltd')[0]} <{rng.choice(['dealerpayments', 'disbursal', 'noreply'])}@"
            f"{LENDER_SITES[lender]}>",
            ["Disbursement advice", "Loan disbursed to your dealership", "Dealer payment intimation"],
        )
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = browser_page(
            rng, font, f"{rng.choice(['dealer', 'partners'])}.{LENDER_SITES[lender]}/disbursals/detail"
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, lender)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            ["Dealer disbursement advice", "Disbursement intimation", "Payment advice - two-wheeler loan"]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, words)
    wrap_pair(p, rng.choice(["Dealer", "Dealer name", "Beneficiary"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Dealer code", "Dealer ID"]), f"{CODES[k]}{digits(rng, 5)}")
    rider = rng.choice(CUSTOMERS)
    wrap_pair(p, rng.choice(["Customer", "Borrower"]), rider.upper() if rng.random() < 0.4 else rider)
    p.pair(
        rng.choice(["Loan A/c No.", "Agreement No.", "Application No."]),
        f"{code(rng, 2, UPPER)}{digits(rng, 10)}",
    )
    model, price = scooter(rng, k)
    wrap_pair(p, rng.choice(["Asset", "Vehicle"]), f"{model} ({rng.choice(COLOURS)})")
    on_road = float(whole(price * rng.uniform(1.06, 1.12), 1))
    down = float(whole(on_road * rng.uniform(0.1, 0.3), 100))
    loan = on_road - down
    p.pair(rng.choice(["Invoice value", "On-road price"]), rs(on_road))
    p.pair("Down payment (paid to dealer)", rs(down))
    p.pair("Loan amount", rs(loan))
    months = rng.choice([12, 18, 24, 30, 36])
    p.pair("EMI", f"{months} x {rs(emi(loan, rng.choice([9.99, 11.5, 13.0, 14.5]), months))}")
    if not j.no_day:
        first = (j.date.replace(day=1) + dt.timedelta(days=40)).replace(day=rng.choice([2, 5, 7, 10]))
        p.pair("First EMI on", when(first, rng.choice(DAY_PATS)))
    pct = rng.choice([1.0, 1.5, 2.0, 2.5])
    cuts = [(f"Less: Dealer subvention ({pct:g}%)", round(loan * pct / 100, 2))]
    if rng.random() < 0.5:
        cuts.append(("Less: Processing fee deducted", float(rng.choice([999, 1499, 1770, 2360]))))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    net = round(loan - sum(v for _, v in cuts), 2)
    j.amount = net
    p.pair(
        rng.choice(["Net disbursement", "Amount disbursed to dealer", "Net amount credited"]),
        rs(net),
        amount=net,
    )
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    wrap_pair(p, "Credited to", f"{rng.choice(BANKS[:6])} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if j.status == "success":
            if mode == "IMPS":
                ref = j.ref
            elif mode == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "KKBK"]), rng, j.date)
            else:
                ref = rtgs_utr(rng.choice(["HDFC", "ICIC", "UTIB", "KKBK"]), rng, j.date)
            labelled(
                p,
                "IMPS Ref No." if mode == "IMPS" else rng.choice(["UTR", "UTR No."]),
                ref,
                txn=(UTR_RANK, ref),
            )
        did = rng.choice([f"DSB{digits(rng, 10)}", f"PAY{code(rng, 3, UPPER)}{digits(rng, 8)}"])
        labelled(p, rng.choice(["Disbursal ref", "Payment ID"]), did, txn=(TXN_RANK, did))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Disbursement date", "Value date", "Disbursed on"])
            if j.status == "success"
            else "Initiated on",
            stamp(rng, j.date, PATS, hour=frame == "browser"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add(
            "small",
            "The UTR will be shared once the bank confirms the credit. Deliver the vehicle as per policy.",
        )
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Subvention is deducted as per the dealer agreement. For queries write to the dealer desk.",
                "Please upload the RC copy and the invoice within 30 days of disbursement.",
            ]
        ),
    )
    return p.done()


def fleet_advice(rng: random.Random, font: str, k: int, j: Job, payer: str, line: str, mode: str):
    """A delivery fleet's PAYMENT ADVICE / Vendor payment advice e-mail for the scooters its riders use: the fleet
    company on top (the payer), Vendor / Supplier / Paid to the showroom's firm (the payee), Vendor code, the
    scooters (Ather Rizta S 2.9 kWh x 12) and the purchase order or invoice behind them (no id), Gross amount, Less: TDS
    u/s 194Q @ 0.1% (on the taxable value), Net amount paid / Amount remitted (the sum), Mode, Credited to, UTR and
    Payment voucher No. on some, Payment date / Value date, Status Paid / Processed."""
    p = mail_page(
        rng,
        font,
        f"Swiftlane Accounts <{rng.choice(['ap', 'payables', 'finance'])}@swiftlane.in>",
        ["Payment advice", "Vendor payment advice", "Remittance details"],
    )
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", line)
    p.add("center", rng.choice(["PAYMENT ADVICE", "Vendor Payment Advice"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Partner,")
    p.add(
        "left",
        rng.choice(
            ["We have released the payment below to your account.", "Please find our payment details."]
        ),
    )
    wrap_pair(p, rng.choice(["Vendor", "Supplier", "Paid to"]), j.to, merchant=j.to)
    p.pair("Vendor code", f"V{digits(rng, 6)}")
    p.add("rule")
    model, price = scooter(rng, k)
    units = rng.randint(6, 20)
    gross = round(units * price, 2)
    if j.no_ref:
        wrap_pair(p, f"{model} x {units} (delivery fleet)", rs(gross))
    else:
        wrap_pair(p, f"{model} x {units} - PO SWL/EV/{rng.randrange(100, 999)}", rs(gross))
    p.pair(rng.choice(["Gross amount", "Invoice total"]), rs(gross))
    tds = round(gross / 1.05 * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount remitted"]), rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    wrap_pair(p, "Credited to", f"{rng.choice(BANKS[:5])} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        ref = rtgs_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, j.date) if mode == "RTGS" else j.ref
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"PV{digits(rng, 8)}"
        p.pair("Payment voucher No.", doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Processed"]), status="success")
    p.add(
        "small", "TDS u/s 194Q will reflect in your Form 26AS; the certificate follows the quarter's return."
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice. Do not reply to this e-mail.")
    return p.done()


def ride_finance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bikes bought on loan and by bank: five lenders' disbursements to the dealer (``disbursal``), a delivery fleet's
    payment advice (``fleet_advice``) and two riders' transfers (Axis Bank Internet Banking's NEFT, PNB ONE's IMPS;
    heldout124's page, the showroom under Beneficiary / Payee / Pay to, the account and IFSC, the mode, UTR / IMPS Ref
    No / RRN and Reference No. / Transaction ID on some, the day, the debit account, Remarks (Balance for Ather 450S),
    Remitter on the web page; Transaction Successful / Funds transferred successfully / <mode> transfer successful /
    Transaction Failed / Returned by beneficiary bank / <mode> transfer failed)."""
    k = place("ride_finance")
    status = outcome(k, failed=(5,), pending=(3,))
    kind, name, line, frame, mode = FIN_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, town=k, firm=0.7, branch=0.15, caps=0.35)
    if kind == "lender":
        return disbursal(rng, font, k, j, name, line, frame, mode)
    if kind == "fleet":
        return fleet_advice(rng, font, k, j, name, line, mode)
    j.to = ours(rng, k, firm=0.4, branch=0.4, caps=0.3)
    j.amount = rupees(rng, 5000, 90000, 0.7)
    row = (name, line, frame, mode, XFER_HEADS[k])
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=XFER_URLS.get(name),
        widths=[700, 740],
        third_head="Pay to dealer",
        payee_labels=["Beneficiary", "Payee", "Pay to"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=frame,
        mode=mode,
        head4=XFER_HEADS[k],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(XFER_NOTES))
    if frame == "web":
        wrap_pair(p, "Remitter", rng.choice(CUSTOMERS).upper())
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to your account.")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Never share your OTP or MPIN with anyone", "This is a computer generated advice"]),
    )
    return p.done()


# ---------------------------------------------------------------- 3. the showroom's card terminal slips


MAKERS = [
    "PINE LABS",
    "PAYTM EDC",
    "MSWIPE",
    "HDFC BANK",
    "INDUSIND BANK",
    "PHONEPE POS",
    "AU SMALL FINANCE BANK",
    "CANARA BANK",
]
# the kind of sale: a brand EMI, a bank EMI, a chip, tap or swiped card, a UPI QR on the terminal
CARD_KINDS = ["brandemi", "chip", "chip", "bankemi", "tap", "qr", "chip", "swipe"]
CARD_ITEMS = [
    "SERVICE BILL - SCOOTER",
    "HELMET + LOCK",
    "TYRE 90/90-12 X2",
    "HERO SPRINT NEXT 26T",
    "MONTRA HELICON 27.5",
    "BATTERY PACK 48V 13AH",
    "ACCESSORIES KIT",
    "KIDS CYCLE 16T",
]
CARD_DAYS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%b-%y", "%d%b%Y"]
DECLINES = [
    "RESP 51 INSUFFICIENT FUNDS",
    "RESP 55 INCORRECT PIN",
    "RESP 05 DO NOT HONOUR",
    "RESP 61 LIMIT EXCEEDED",
]
ISSUERS = [
    "HDFC BANK CREDIT CARD",
    "ICICI BANK CREDIT CARD",
    "SBI CARD",
    "AXIS BANK CREDIT CARD",
    "KOTAK CREDIT CARD",
]


def showroom_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's card terminal slip (Pine Labs, Paytm EDC, Mswipe, HDFC Bank, IndusInd Bank, PhonePe POS, AU
    Small Finance Bank, Canara Bank; monospace): the maker on top on some, the showroom in capitals (the payee), its
    locality and town, SALE / CARD SALE / BRAND EMI - SALE / BANK EMI - SALE / UPI QR - SALE, DATE & TIME : on one row
    or ON : <day> AT : <hour> or TXN DT : and TXN TM :, MID :, TID :, BATCH :, ROC NO : / INVOICE NO :, ITEM :, CARD :,
    CARD TYPE :, EXPIRY : **/**, MODE : CHIP / TAP / SWIPE, AUTH ID : / APPROVAL :, RRN NO : / REF NO :, or MODE : UPI
    QR with PAYER VPA : and QR REF :; on an EMI: PRODUCT :, VIN :, ISSUER :, PRODUCT PRICE :, INSTANT DISCOUNT : (the
    maker's), TXN AMOUNT : (the sum), TENURE :, ROI :, MONTHLY EMI :, TOTAL PAYABLE TO BANK : and the bank's processing
    fee (no fact); SALE AMT : / AMOUNT (INR) : / TOTAL : on the rest (INR, RS, Rs. or none; western grouping or plain);
    APPROVED / TXN APPROVED / DECLINED RESP <code> / QR PAYMENT PENDING (VERIFY IN MERCHANT APP BEFORE DELIVERY)."""
    k = place("showroom_card")
    status = outcome(k, failed=(2,), pending=(5,))
    kind = CARD_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=250, high=16000, p_round=0.5, town=k)
    p = slip_page(rng, font)
    name = (
        FIRMS[k] if rng.random() < 0.3 else TRADE if rng.random() < 0.5 else f"{TRADE} {TOWNS[k][0]}"
    ).upper()
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add(
        "center",
        {"brandemi": "BRAND EMI - SALE", "bankemi": "BANK EMI - SALE", "qr": "UPI QR - SALE"}.get(
            kind, rng.choice(["SALE", "CARD SALE"])
        ),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME :", "TXN TM :"]), clock)
    else:
        text = when(j.date, rng.choice(CARD_DAYS), upper=True)
        form = rng.random()
        if form < 0.35 and fits(p, "left", f"DATE & TIME : {text} {clock}"):
            p.add("left", f"DATE & TIME : {text} {clock}", date=j.date)
        elif form < 0.65 and fits(p, "left", f"ON : {text}  AT : {clock}"):
            p.add("left", f"ON : {text}  AT : {clock}", date=j.date)
        else:
            p.pair("TXN DT :", text, date=j.date)
            p.pair("TXN TM :", clock)
    p.pair("MID :", digits(rng, 15))
    p.pair("TID :", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH :", f"{rng.randrange(1, 999):04d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["ROC NO :", "INVOICE NO :"]), inv, txn=(INVOICE_RANK, inv))
    emi_sale = kind in ("brandemi", "bankemi")
    if emi_sale:
        model, price = (
            scooter(rng, k) if kind == "brandemi" else rng.choice([c for c in CYCLES if c[1] > 12000])
        )
        p.pair("PRODUCT :", model.upper())
        if kind == "brandemi":
            p.pair("VIN :", vin(rng))
        p.pair("ISSUER :", rng.choice(ISSUERS))
        j.amount = float(price)
    elif kind != "qr":
        p.pair("ITEM :", rng.choice(CARD_ITEMS))
    if kind == "qr":
        p.pair("ITEM :", rng.choice(CARD_ITEMS))
        p.pair("MODE :", "UPI QR", method="UPI")
        p.pair("PAYER VPA :", vpa_of(rng, rng.choice(CUSTOMERS)))
        if not j.no_ref:
            qref = f"{digits(rng, 12)}{code(rng, 3, UPPER)}"
            p.pair("QR REF :", qref, txn=(TXN_RANK, qref))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD :", f"**** **** **** {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE :", f"{net} {'CREDIT' if emi_sale else rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("EXPIRY :", "**/**")
        p.pair("MODE :", {"tap": "TAP", "swipe": "SWIPE"}.get(kind, "CHIP"))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["AUTH ID :", "APPROVAL :"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN NO :", "REF NO :"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if emi_sale:
        price = j.amount
        off = float(rng.choice([2000, 3000, 5000])) if kind == "brandemi" else 0.0
        charged = round(price - off, 2)
        j.amount = charged
        p.pair("PRODUCT PRICE :", amt(price))
        if off:
            p.pair("INSTANT DISCOUNT :", amt(off))
        p.pair("TXN AMOUNT :", amt(charged), amount=charged)
        months = rng.choice([6, 9, 12, 18])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        monthly = emi(charged, rate, months)
        p.pair("TENURE :", f"{months} MONTHS")
        p.pair("ROI :", f"{rate:.2f}% P.A.")
        p.pair("MONTHLY EMI :", amt(monthly))
        p.pair("TOTAL PAYABLE TO BANK :", amt(round(monthly * months, 2)))
        p.add("small", f"PROCESSING FEE RS {rng.choice([199, 249, 299])} + GST BILLED BY ISSUER")
    else:
        p.pair(rng.choice(["SALE AMT :", "AMOUNT (INR) :", "TOTAL :"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
    elif status == "failed":
        p.add("center", f"DECLINED {rng.choice(DECLINES)}", status="failed")
    else:
        p.add("center", "QR PAYMENT PENDING", status="pending")
        p.add("small", "VERIFY IN MERCHANT APP BEFORE DELIVERY")
    p.part = "foot"
    if status == "success" and kind == "swipe":
        p.add("gap")
        p.add("left", "SIGN : ____________________")
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    elif status == "success":
        p.add(
            "small",
            "NO PIN REQUIRED - TAP & PAY" if kind == "tap" else "PIN VERIFIED - SIGNATURE NOT REQUIRED",
        )
    if emi_sale and status == "success":
        p.add("small", "EMI WILL BE BOOKED BY THE ISSUER IN 3-5 WORKING DAYS")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "MERCHANT COPY", "THANK YOU - RIDE SAFE"]))
    if rng.random() < 0.4:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 4. the showroom's own invoices, receipts and bills


# the page, the way
DEALER_PAGES = [
    ("sale", "NEFT"),
    ("booking", "UPI"),
    ("service", "cash"),
    ("cycle", "card"),
    ("booking", "cheque"),
    ("balance", "cheque"),
    ("plan", "UPI"),
    ("service", "UPI"),
]
ADVISORS = ["Imran", "Selvi", "Basavaraj", "Pradeep", "Lakshmi", "Sandeep", "Ravi Kumar", "Jiji"]
# a workshop's lines: the part or job, its quantity range, its rate, labour (True) or a part
SERVICE_LINES = [
    ("Periodic service - labour", (1, 1), 450.0, True),
    ("Brake adjustment & cleaning", (1, 1), 150.0, True),
    ("Wheel alignment & balancing", (1, 1), 120.0, True),
    ("Tyre fitting charges", (1, 2), 80.0, True),
    ("Brake shoe set", (1, 2), 340.0, False),
    ("Tubeless tyre 90/90-12", (1, 2), 1650.0, False),
    ("Chain lube & cleaner kit", (1, 1), 290.0, False),
    ("Disc brake pad (front)", (1, 1), 520.0, False),
    ("Throttle cable", (1, 1), 260.0, False),
    ("Mirror set", (1, 1), 380.0, False),
    ("Side stand switch", (1, 1), 445.0, False),
]
CYCLE_EXTRAS = [
    ("Bell + stand", 350.0),
    ("Mudguard set", 420.0),
    ("Bottle cage + bottle", 480.0),
    ("Helmet (kids)", 899.0),
]
PLANS = [
    ("Pahiya Care Plus - 2 years (4 services)", 2999.0),
    ("Battery health plan - 1 year", 1999.0),
    ("Pahiya Care - 1 year (2 services)", 1499.0),
]


def dealer_paper(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's own paper (serif; the showroom, or the firm that runs it, on top: the payee): a scooter's TAX
    INVOICE / VEHICLE SALE INVOICE (Invoice No., Date, Customer / Sold to / Buyer, Model and colour, Chassis No.,
    Motor No., Battery No., Ex-showroom price, Taxable value, CGST @ 2.5% and SGST @ 2.5% or IGST @ 5%, Invoice total,
    Less: PM E-DRIVE incentive (claimed by the maker), Amount received / Received, the sum in words, NEFT and its
    UTR), BOOKING RECEIPT / VEHICLE BOOKING - RECEIPT (Booking No., Date, Customer, Model, Expected delivery (no fact),
    Booking amount received, UPI and its UPI Ref No., or the cheque (Cheque No., Cheque date, Drawn on): CHEQUE
    RECEIVED - SUBJECT TO REALISATION), SERVICE INVOICE / WORKSHOP BILL / JOB CARD - BILL (Job card No. (no id), Bill
    No., Date, Customer, Vehicle, Reg. No., Odometer, Service advisor, the labour and parts, Labour total, Parts
    total, GST @ 18%, Round off, Net payable / Bill total, Amount received / Received, cash or UPI), a bicycle's TAX
    INVOICE (the cycle, its extras, GST @ 5%, Grand total, Received, the card and its Auth code), a MONEY RECEIPT for
    a scooter's balance by a cheque that came back (Cheque amount, Cheque No., Return reason: CHEQUE RETURNED UNPAID -
    DELIVERY ON HOLD) and a SERVICE PLAN - RECEIPT (Plan, Vehicle, Plan price, GST @ 18%, Amount received); PAID /
    RECEIVED WITH THANKS / PAYMENT RECEIVED in a row and in the showroom's rubber stamp."""
    k = place("dealer_paper")
    status = outcome(k, failed=(5,), pending=(4,))
    page, way = DEALER_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.35, branch=0.35, caps=0.3)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    rider = rng.choice(CUSTOMERS)
    kinds = {
        "sale": ["TAX INVOICE", "VEHICLE SALE INVOICE"],
        "booking": ["BOOKING RECEIPT", "VEHICLE BOOKING - RECEIPT"],
        "service": ["SERVICE INVOICE", "WORKSHOP BILL", "JOB CARD - BILL"],
        "cycle": ["TAX INVOICE", "RETAIL INVOICE"],
        "balance": ["MONEY RECEIPT", "RECEIPT"],
        "plan": ["SERVICE PLAN - RECEIPT", "MAINTENANCE PLAN - RECEIPT"],
    }[page]
    showroom_head(p, k, j.to, kinds)
    number = {
        "sale": "Invoice No.",
        "booking": "Booking No.",
        "service": "Bill No.",
        "cycle": "Invoice No.",
        "balance": "Receipt No.",
        "plan": "Receipt No.",
    }[page]
    if page == "service" and not j.no_ref:
        p.pair("Job card No.", f"JC-{CODES[k]}-{rng.randrange(1000, 9999)}")
    if not j.no_ref:
        doc = f"{CODES[k]}/{rng.choice(['S', 'B', 'W', 'R'])}/{j.year()}{rng.randrange(1, 2999):04d}"
        p.pair(number, doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    wrap_pair(
        p,
        rng.choice(
            ["Customer", "Sold to", "Buyer"] if page in ("sale", "cycle") else ["Customer", "Received from"]
        ),
        rider,
    )
    p.pair("Mobile", f"{rng.choice('6789')}{digits(rng, 3)}XXXX{digits(rng, 3)}")
    p.add("rule")
    lines: list[tuple[str, float]] = []
    received = 0.0
    if page == "sale":
        model, price = scooter(rng, k)
        wrap_pair(p, "Model", f"{model} - {rng.choice(COLOURS)}")
        p.pair("Chassis No.", vin(rng))
        p.pair("Motor No.", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
        p.pair("Battery No.", f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
        taxable = round(price / 1.05, 2)
        p.pair("Taxable value", rs(taxable))
        tax = round(price - taxable, 2)
        if rng.random() < 0.8:
            p.pair("CGST @ 2.5%", rs(round(tax / 2, 2)))
            p.pair("SGST @ 2.5%", rs(round(tax / 2, 2)))
        else:
            p.pair("IGST @ 5%", rs(tax))
        p.pair(rng.choice(["Invoice total", "Ex-showroom price"]), rs(price))
        incentive = float(rng.choice([5000, 7500, 10000]))
        wrap_pair(p, "Less: PM E-DRIVE incentive (claimed by the maker)", rs(incentive))
        received = price - incentive
    elif page == "booking":
        model, price = scooter(rng, k)
        wrap_pair(p, "Model", f"{model} - {rng.choice(COLOURS)}")
        if not j.no_day:
            p.pair("Expected delivery", j.other_day(rng, 7, 40))
        p.pair("On-road price (tentative)", rs(float(whole(price * 1.09, 1))))
        received = float(rng.choice([2999, 5000, 10000, 11000, 15000, 25000]))
    elif page == "service":
        p.pair("Vehicle", scooter(rng, k)[0])
        p.pair("Reg. No.", reg_no(rng, k))
        p.pair("Odometer", f"{rng.randrange(600, 18000):,} km")
        p.pair("Service advisor", ADVISORS[k])
        p.add("rule")
        labour = parts = 0.0
        jobs = [line for line in SERVICE_LINES if line[3]]
        picks = [rng.choice(jobs)] + rng.sample(
            [line for line in SERVICE_LINES if line not in jobs], rng.randint(2, 5)
        )
        for item, (qlo, qhi), rate, is_labour in picks:
            qty = rng.randint(qlo, qhi)
            value = qty * rate
            item_row(p, item, f"{qty} x {rate:g}" if qty > 1 else "", rs(value))
            if is_labour:
                labour += value
            else:
                parts += value
        p.add("rule")
        p.pair("Labour total", rs(labour))
        p.pair("Parts total", rs(parts))
        tax = round((labour + parts) * 0.18, 2)
        p.pair("GST @ 18%", rs(tax))
        total = labour + parts + tax
        net = float(round(total))
        if abs(net - total) > 0.001:
            p.pair("Round off", f"{net - total:+.2f}")
        p.pair(rng.choice(["Net payable", "Bill total"]), rs(net))
        received = net
    elif page == "cycle":
        model, price = rng.choice(CYCLES)
        lines = [(model, float(price))] + rng.sample(CYCLE_EXTRAS, rng.randint(0, 2))
        for item, value in lines:
            item_row(p, item, "1 x", rs(value))
        gross = sum(v for _, v in lines)
        taxable = round(gross / 1.05, 2)
        p.pair("Taxable value", rs(taxable))
        p.pair("CGST @ 2.5%", rs(round((gross - taxable) / 2, 2)))
        p.pair("SGST @ 2.5%", rs(round((gross - taxable) / 2, 2)))
        p.pair("Grand total", rs(gross))
        received = gross
    elif page == "balance":
        model, price = scooter(rng, k)
        p.add(
            "left",
            f"Received from {rider} a cheque towards the balance payment for the {model} booked with us.",
        )
        received = float(whole(price * rng.uniform(0.5, 0.9), 10))
    else:
        plan, price = rng.choice(PLANS)
        wrap_pair(p, "Plan", plan)
        p.pair("Vehicle", scooter(rng, k)[0])
        p.pair("Reg. No.", reg_no(rng, k))
        p.pair("Plan price", rs(price))
        tax = round(price * 0.18, 2)
        p.pair("GST @ 18%", rs(tax))
        received = price + tax
    received = round(received, 2)
    j.amount = received
    label = {
        "success": ["Amount received", "Received"],
        "failed": ["Cheque amount"],
        "pending": ["Booking amount (cheque)", "Cheque amount"],
    }[status]
    if page == "booking" and status == "success":
        label = ["Booking amount received", "Amount received"]
    p.pair(rng.choice(label), rs(received), amount=received)
    p.add("small", f"({words_in_rupees(received)})")
    bank = rng.choice(BANKS)
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -3, 1))
        wrap_pair(p, "Drawn on", f"{bank}, {TOWNS[k][0]}")
    else:
        p.pair(
            rng.choice(["Mode", "Received by", "Payment mode"]),
            way_text(rng, way, font),
            method=method_for(way),
        )
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "SBIN", "CNRB", "UTIB"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "CHEQUE RETURNED UNPAID - DELIVERY ON HOLD",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair(
            "Return reason",
            rng.choice(["Funds insufficient", "Exceeds arrangement", "Drawer's signature differs"]),
        )
        p.add(
            "small",
            "Cheque return charges of Rs 590 apply. Please pay the balance by NEFT or UPI to take delivery.",
        )
    elif status == "pending":
        p.add("small", "This receipt is valid subject to realisation of the cheque.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Goods once sold will not be taken back. Warranty as per the maker's terms.",
                "Subject to local jurisdiction. E. & O.E.",
                "Ride safe - always wear a helmet.",
            ]
        ),
    )
    right(p, f"For {FIRMS[k] if j.to.lower() == FIRMS[k].lower() else TRADE}")
    right(p, "Authorised signatory")
    p.add("gap")
    p.add("gap")
    seal(
        p,
        TRADE,
        rng.choice(["ACCOUNTS", "SHOWROOM", "WORKSHOP"] if page == "service" else ["ACCOUNTS", "SHOWROOM"]),
        stamp_date(j) if status == "success" else None,
        {"success": "PAID", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO REALISATION"}[status],
    )
    return p.done()


# ---------------------------------------------------------------- 5. the makers' dealer portals and transfers to them


# the page: a maker's portal (its name on top, the company paid, the way, its site) or the dealer's bank (title,
# band, kind, mode, IFSC head) and the company paid
# the town whose showroom pays each page: the maker's own dealer for the scooters, any showroom for the cycles
OEM_TOWNS = [0, 1, 3, 6, 5, 5, 4, 2]
OEM_PAGES = [
    (
        "portal",
        "Ather Dealer Portal",
        "Ather Energy Ltd",
        "netbanking",
        "partners.atherenergy.com/finance/payments",
    ),
    (
        "portal",
        "TVS Dealer Connect",
        "TVS Motor Company Ltd",
        "RTGS",
        "dealerconnect.tvsmotor.com/payments/receipt",
    ),
    ("bank", ("HDFC Bank ENet", None, "web", "RTGS", "HDFC"), "Bajaj Auto Ltd", "RTGS", None),
    (
        "portal",
        "TI Cycles Partner Hub",
        "Tube Investments of India Ltd",
        "netbanking",
        "partnerhub.ticycles.com/pay",
    ),
    ("bank", ("ICICI Bank Corporate Banking", None, "web", "NEFT", "ICIC"), "Hero Cycles Ltd", "NEFT", None),
    ("portal", "EMotorad Partner", "Inkodop Technologies Pvt Ltd", "UPI", None),
    (
        "portal",
        "VIDA Dealer Portal",
        "Hero MotoCorp Ltd",
        "netbanking",
        "vidadealer.heromotocorp.com/orders/pay",
    ),
    (
        "portal",
        "Ampere Dealer Portal",
        "Greaves Electric Mobility Pvt Ltd",
        "NEFT",
        "dealers.amperevehicles.com/ledger",
    ),
]
BANK_URLS = {
    "HDFC Bank ENet": "enet.hdfcbank.com/corp/rtgs/acknowledgement",
    "ICICI Bank Corporate Banking": "cib.icicibank.com/corp/payments/neft/status",
}
OEM_LINES = {
    "Ather Energy Ltd": [("Rizta S 2.9 kWh", 98500.0), ("450S", 106800.0), ("Rizta Z 3.7 kWh", 129400.0)],
    "TVS Motor Company Ltd": [
        ("iQube 2.2 kWh", 84300.0),
        ("iQube S 3.4 kWh", 115700.0),
        ("Spares - PDI kit", 1850.0),
    ],
    "Tube Investments of India Ltd": [
        ("Montra Helicon 27.5", 13600.0),
        ("BSA Champ Toonz 16T", 4620.0),
        ("Hercules Roadeo A50", 10230.0),
    ],
    "Inkodop Technologies Pvt Ltd": [("EMotorad X1 e-cycle", 21450.0), ("EMotorad T-Rex Air", 26900.0)],
    "Hero MotoCorp Ltd": [("Vida V2 Plus", 75600.0), ("Vida V2 Pro", 108500.0)],
    "Greaves Electric Mobility Pvt Ltd": [("Ampere Magnus Neo", 71200.0), ("Ampere Nexus EX", 102300.0)],
}
OEM_NOTES = {
    "Bajaj Auto Ltd": ["Chetak allocation - Rourkela", "Chetak order (8 units)"],
    "Hero Cycles Ltd": ["Hero cycles PO 0412", "Cycles - summer stock"],
}


def oem_portal(
    rng: random.Random, font: str, k: int, j: Job, title: str, company: str, way: str, url: str | None
):
    """A maker's dealer portal after the dealer paid for an order (Ather, TVS, TI Cycles, VIDA and Ampere in a
    browser, EMotorad's partner app): the portal on top (never the payee) and its line, Payment receipt / Order
    payment - acknowledgement / Payment status, Payment successful / Payment received against order / Payment failed
    - declined by bank, the sum large on the app, Paid to / Payee / Company the maker's company (the payee), Dealer /
    Dealer name and Dealer code / Partner ID (no id), the vehicles (Rizta S 2.9 kWh x 6 @ 98,500), GST @ 5%, Order
    total, Less: TDS u/s 194Q @ 0.1% on some, Amount paid / Payment amount (the sum), Payment mode, Order No. (an
    order's number), Payment ID / Transaction ID, Bank Ref No. / UTR / UPI Ref No. on a success, Paid on / Payment
    date / Attempted on, Expected dispatch (no fact)."""
    words = {
        "success": ["Payment successful", "Payment received against order"],
        "failed": ["Payment failed - declined by bank", "Payment unsuccessful"],
        "pending": ["Payment pending - awaiting bank confirmation"],
    }
    if url is None:
        p = phone_page(rng, font, k, ["", "Order payment", "Payments"])
        rs = money(rng, font, 0.5)
        head(p, title, (230, 90, 20), p.style["h106"]["dark"], ["Dealer orders", "Payments"])
        p.part = "body"
        outcome_row(p, j.status, words)
    else:
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, title)
        p.add(
            "small",
            rng.choice(
                ["Dealer finance & payments", "Orders, invoices & ledger", "Channel partner payments"]
            ),
        )
        p.add("center", rng.choice(["Payment receipt", "Order payment - acknowledgement", "Payment status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, j.status, words)
    lines = rng.sample(OEM_LINES[company], rng.randint(1, 2))
    rows = []
    for model, rate in lines:
        qty = rng.randint(2, 10) if rate > 20000 else rng.randint(5, 30)
        rows.append((f"{model} x {qty} @ {rate:,.0f}", qty * rate))
    value = sum(v for _, v in rows)
    tax = round(value * 0.05, 2)
    total = round(value + tax, 2)
    tds = round(value * 0.001, 2) if rng.random() < 0.6 else 0.0
    paid = round(total - tds, 2)
    j.amount = paid
    if url is None:
        p.add("big", rs(paid), amount=paid)
    wrap_pair(p, rng.choice(["Paid to", "Payee", "Company"]), company, merchant=company)
    wrap_pair(p, rng.choice(["Dealer", "Dealer name"]), FIRMS[k])
    p.pair(rng.choice(["Dealer code", "Partner ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.add("rule")
    for label, v in rows:
        wrap_pair(p, label, rs(v))
    p.pair("GST @ 5%", rs(tax))
    p.pair("Order total", rs(total))
    if tds:
        wrap_pair(p, "Less: TDS u/s 194Q @ 0.1%", rs(tds))
    if url is not None:
        p.pair(rng.choice(["Amount paid", "Payment amount"]), rs(paid), amount=paid)
    p.pair(
        rng.choice(["Payment mode", "Paid via"]),
        {
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
            "RTGS": "RTGS (virtual account)",
            "NEFT": "NEFT (virtual account)",
            "UPI": "UPI",
        }[way],
        method=method_of(way),
    )
    if not j.no_ref:
        order = f"{rng.choice(['SO', 'PO', 'ORD'])}/{CODES[k]}/{j.year()}{rng.randrange(100, 9999):04d}"
        labelled(p, "Order No.", order, txn=(ORDER_RANK, order))
        pid = rng.choice([f"PAY{digits(rng, 12)}", f"{code(rng, 3, UPPER)}{digits(rng, 10)}"])
        labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if j.status == "success":
            if way == "netbanking":
                bref = digits(rng, 12)
                labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
            elif way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif not j.no_day:
                heads = ["HDFC", "ICIC", "SBIN", "UTIB"]
                ref = (
                    neft_utr(rng.choice(heads), rng, j.date)
                    if way == "NEFT"
                    else rtgs_utr(rng.choice(heads), rng, j.date)
                )
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Payment date"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[j.status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if j.status == "success":
            p.pair("Expected dispatch", j.other_day(rng, 2, 10))
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Payments reflect in the dealer ledger within 2 hours.",
                "TDS u/s 194Q: upload Form 16A quarterly.",
            ]
        ),
    )
    return p.done()


def oem_orders(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealers paying the makers for vehicles and cycles: six of the makers' portals (``oem_portal``) and two
    transfers from business banking (HDFC Bank ENet's RTGS to Bajaj Auto, ICICI Bank Corporate Banking's NEFT to Hero
    Cycles; heldout124's page, the maker under Beneficiary / Payee / Pay to, the account and IFSC, the mode, UTR and
    Reference No. / Transaction ID on some, the day, the debit account, Remarks (Chetak allocation - Rourkela), Debit
    account name, Maker and Checker; Transaction Successful / Funds transferred successfully / <mode> transfer
    successful / Pending at beneficiary bank / <mode> under process / Transaction in process)."""
    k = place("oem_orders")
    status = outcome(k, failed=(3,), pending=(4,))
    kind, title, company, way, url = OEM_PAGES[k]
    town = OEM_TOWNS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, town=town)
    if kind == "portal":
        return oem_portal(rng, font, town, j, title, company, way, url)
    j.to = company.upper() if rng.random() < 0.3 else company
    j.amount = rupees(rng, 350000, 2400000, 0.6)
    p, _ = transfer_ack(
        rng,
        font,
        k,
        title,
        status,
        j,
        url=BANK_URLS[title[0]],
        widths=[700, 740],
        third_head="Vendor payments",
        payee_labels=["Beneficiary", "Payee", "Pay to"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind="web",
        mode=title[3],
        head4=title[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(OEM_NOTES[company]))
    wrap_pair(p, "Debit account name", FIRMS[town].upper())
    p.pair(rng.choice(["Maker", "Created by"]), rng.choice(["accounts.rkl", "fin.exec2", "payables01"]))
    p.pair(rng.choice(["Checker", "Approved by"]), rng.choice(["director.fin", "cfo.approval", "md.office"]))
    if status == "pending":
        p.add("small", "Your transfer is being processed by the bank. Check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a computer generated acknowledgement")
    return p.done()


# ---------------------------------------------------------------- 6. spare-parts suppliers' and transporters' bills


# the supplier in each town: its name, kind of goods, its line, the way, the page
SUPPLIERS = [
    (
        "Agra Tyre & Tube Agency",
        "tyres",
        "Ralson & Dunlop cycle tyres and tubes - distributors",
        "NEFT",
        "invoice",
    ),
    ("Kongu Cycle Spares", "cycle", "Bicycle parts - Shimano, Sunrace, KMC - wholesale", "UPI", "invoice"),
    ("Volt Spares India", "ev", "EV spares - controllers, chargers, hub motors", "NEFT", "invoice"),
    ("Steel City Roadlines", "freight", "Fleet owners & transport contractors", "UPI", "freight"),
    ("Penna Battery Care", "battery", "Li-ion battery pack repair & cell balancing", "cash", "memo"),
    (
        "Haryana Helmet House",
        "helmets",
        "Steelbird & Studds helmets - authorised distributor",
        "UPI",
        "invoice",
    ),
    ("Jharkhand Lubes & Tools", "tools", "Workshop tools, lubricants & cleaners", "cheque", "invoice"),
    (
        "Ludhiana Golden Roadways",
        "freight",
        "Transport contractors - Ludhiana to all India",
        "NEFT",
        "freight",
    ),
]
# item, quantity range, rate range
SUPPLY_ITEMS = {
    "tyres": [
        ("Cycle tyre 26 x 1.95 (Ralson)", (10, 40), (240, 320)),
        ("Tube 26 x 1.95 (Dunlop)", (20, 60), (95, 130)),
        ("Kids tyre 16 x 2.125", (6, 20), (160, 210)),
        ("Scooter tyre 90/90-12 tubeless", (4, 12), (1180, 1420)),
    ],
    "cycle": [
        ("Shimano Tourney rear derailleur", (4, 12), (690, 860)),
        ("KMC chain 7-speed", (10, 30), (310, 420)),
        ("Sunrace freewheel 7S", (6, 20), (380, 470)),
        ("Brake cable set", (20, 50), (60, 90)),
        ("V-brake shoes (pair)", (20, 60), (70, 110)),
    ],
    "ev": [
        ("Controller 48V 30A", (2, 6), (3400, 4200)),
        ("Charger 48V 4A", (2, 8), (2600, 3300)),
        ("Hub motor 250W (e-cycle)", (1, 4), (5200, 6400)),
        ("Throttle + display set", (2, 6), (1450, 1900)),
    ],
    "battery": [
        ("Cell balancing - 48V pack", (1, 3), (1800, 2500)),
        ("Replaced cells 18650 (x10)", (1, 2), (2100, 2800)),
        ("BMS replacement 13S", (1, 2), (1600, 2200)),
    ],
    "helmets": [
        ("Steelbird SBH-34 (M/L)", (5, 20), (1090, 1290)),
        ("Studds Ninja Elite", (5, 20), (1150, 1350)),
        ("Cycling helmet (kids)", (5, 15), (620, 780)),
    ],
    "tools": [
        ("Chain lube 100 ml", (12, 48), (160, 220)),
        ("Degreaser 500 ml", (6, 24), (240, 310)),
        ("Spoke wrench set", (1, 4), (450, 620)),
        ("Tyre lever set", (4, 10), (120, 180)),
    ],
}
GST_RATES = {"tyres": 5, "cycle": 5, "ev": 18, "battery": 18, "helmets": 5, "tools": 18}
CONSIGNORS = [
    "Hero Cycles Ltd, Ludhiana",
    "Avon Cycles Ltd, Ludhiana",
    "Tube Investments of India Ltd (Kolkata depot)",
]


def parts_suppliers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The suppliers' and transporters' paper (the supplier on top, in capitals on some: the payee; never M/s the
    dealer under Bill to / Buyer / Consignee, nor the consignor on a freight bill): TAX INVOICE / INVOICE CUM RECEIPT
    (Invoice No. / Inv. No., Date / Inv. dt., Bill to / Buyer M/s the dealer's firm, Buyer GSTIN, the lines (Cycle
    tyre 26 x 1.95 (Ralson) 24 x 265), Taxable value, CGST and SGST @ 2.5% or 9% or IGST, Round off, Invoice total /
    Bill total, Amount received / Received (the sum), the sum in words, the way and its reference; PAID / RECEIVED
    WITH THANKS), or Amount due with "Payment attempted: UPI - declined" (UPI DECLINED - AMOUNT DUE), or Cheque
    received with Cheque No. and Bank (CHEQUE RECEIVED - SUBJECT TO REALISATION); a battery workshop's CASH MEMO (no
    GST); and the transporters' FREIGHT BILL / LORRY RECEIPT - FREIGHT BILL (LR No. (no id), Bill No., Date,
    Consignor (the cycle maker), Consignee M/s the dealer, From / To, Packages (24 bicycles - CKD in cartons), Freight,
    Loading & hamali, Door delivery, GST @ 5% payable by the recipient under reverse charge (no sum added), Total
    freight, Amount received)."""
    k = place("parts_suppliers")
    status = outcome(k, failed=(3,), pending=(6,))
    name, kind, line, way, page = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, town=k)
    shown = name.upper() if rng.random() < 0.25 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = {
        "invoice": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
        "memo": ["CASH MEMO", "SERVICE MEMO"],
        "freight": ["FREIGHT BILL", "LORRY RECEIPT - FREIGHT BILL"],
    }[page]
    letterhead(p, k, shown, kinds, sub=line, gst=page != "memo")
    if page == "freight" and not j.no_ref:
        p.pair("LR No.", f"{rng.randrange(10000, 99999)}")
    if not j.no_ref:
        bno = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 3999):04d}"
        labels = ["Memo No.", "Bill No."] if page == "memo" else ["Invoice No.", "Inv. No.", "Bill No."]
        p.pair(rng.choice(labels), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        labels = {"invoice": ["Date", "Inv. dt."], "memo": ["Date"], "freight": ["Bill date", "Date"]}[page]
        p.pair(rng.choice(labels), j.day(rng), date=j.date)
    buyer = f"M/s {FIRMS[k]}" if FIRMS[k] != COMPANY else f"M/s {COMPANY} ({TRADE})"
    if page == "freight":
        origin = "Ludhiana" if "Ludhiana" in name else "Kolkata"
        wrap_pair(p, "Consignor", rng.choice(CONSIGNORS[:2]) if origin == "Ludhiana" else CONSIGNORS[2])
        wrap_pair(p, "Consignee", buyer)
        p.pair("From / To", f"{origin} / {TOWNS[k][0]}")
        units = rng.randrange(12, 60)
        p.pair("Packages", f"{units} bicycles - CKD in cartons")
        p.pair("Weight", f"{units * rng.randrange(14, 19):,} kg")
        p.add("rule")
        rows = [
            ("Freight", float(whole(units * rng.uniform(140, 260), 10))),
            ("Loading & hamali", float(units * rng.choice([8, 10, 12]))),
        ]
        if rng.random() < 0.6:
            rows.append(("Door delivery", float(rng.choice([500, 750, 1000]))))
        for label, value in rows:
            p.pair(label, rs(value))
        total = sum(v for _, v in rows)
        p.add("small", "GST @ 5% on freight payable by the recipient under reverse charge")
        p.pair(rng.choice(["Total freight", "Bill total"]), rs(total))
    else:
        wrap_pair(p, rng.choice(["Bill to", "Buyer"]), buyer)
        if page == "invoice":
            p.pair("Buyer GSTIN", gstin(rng, TOWNS[k][4]))
        p.add("rule")
        sub = 0.0
        for item, (qlo, qhi), (rlo, rhi) in rng.sample(SUPPLY_ITEMS[kind], rng.randint(2, 3)):
            qty, rate = rng.randint(qlo, qhi), float(rng.randrange(rlo, rhi, 5))
            sub += qty * rate
            item_row(p, item, f"{qty} x {rate:g}", rs(qty * rate))
        p.add("rule")
        total = sub
        if page == "invoice":
            rate = GST_RATES[kind]
            p.pair("Taxable value", rs(sub))
            tax = round(sub * rate / 100, 2)
            if rng.random() < 0.8:
                p.pair(f"CGST @ {rate / 2:g}%", rs(tax / 2))
                p.pair(f"SGST @ {rate / 2:g}%", rs(tax / 2))
            else:
                p.pair(f"IGST @ {rate}%", rs(tax))
            total = sub + tax
        net = float(round(total))
        if abs(net - total) > 0.001:
            p.pair("Round off", f"{net - total:+.2f}")
        total = net
        p.pair(rng.choice(["Invoice total", "Bill total", "Total"]), rs(total))
    total = round(total, 2)
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
    else:
        p.pair("Cheque received", rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    if status == "failed":
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    elif way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "ICIC", "PUNB"])
    p.add(
        "center",
        {
            "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
            "failed": "UPI DECLINED - AMOUNT DUE",
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        }[status],
        status=status,
    )
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Goods once sold will not be taken back. Interest @ 18% p.a. after 30 days.",
                "Subject to local jurisdiction. E. & O.E.",
                "Transit risk is the consignee's. Claims within 7 days of delivery.",
            ]
        )
        if page != "memo"
        else "Cells and BMS carry 3 months' warranty. No warranty on physical or water damage.",
    )
    right(p, f"For {name}")
    right(p, "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 7. swap and charging partners, marketplaces


# the partner or platform, its site, frame, kind (swap, charge, market payouts; a rider's order), its app's band
PARTNERS = [
    ("Battery Smart", "batterysmart.in", "mail", "swap", None),
    ("Flipkart Seller Hub", "seller.flipkart.com", "browser", "market", None),
    ("Statiq", "statiq.in", "mail", "charge", None),
    ("Amazon.in", "amazon.in", "browser", "order", None),
    ("Amazon Seller Central", "sellercentral.amazon.in", "browser", "market", None),
    ("SUN Mobility", "sunmobility.com", "app", "swap", (0, 110, 190)),
    ("Flipkart", "flipkart.com", "mail", "order", None),
    ("Tata Power EZ Charge", "tatapower.com", "browser", "charge", None),
]
PARTNER_SUBS = {
    "Battery Smart": ["Swap station partner payouts", "Partner network"],
    "Statiq": ["Charging host partner programme", "Host payouts"],
    "SUN Mobility": ["Swap point partners", "Partner app"],
    "Tata Power EZ Charge": ["Charge point host programme", "EZ Charge partner payouts"],
    "Flipkart Seller Hub": ["Payments - settled transactions", "Seller payments"],
    "Amazon Seller Central": ["Payments dashboard - disbursements", "Seller payments"],
}
# what a partner calls the dealer and the dealer's number with it (no id)
PAYEE_LABELS = {
    "swap": (["Station partner", "Partner", "Host"], ["Station ID", "Partner code"]),
    "charge": (["Host", "Site partner", "Payee"], ["Charger ID", "Site code"]),
    "market": (["Seller", "Seller name", "Disbursed to"], ["Seller ID", "Merchant token"]),
}
SHOP_ITEMS = [
    ("Montra Helicon 27.5 (installation included)", 17499.0),
    ("Hero Sprint Next 26T - single speed", 8299.0),
    ("Firefox Road Runner Pro 7S", 20890.0),
    ("BSA Champ Toonz 16T kids cycle", 5890.0),
    ("Steelbird SBH-34 helmet (M)", 1199.0),
    ("EMotorad X1 e-cycle (14 inch frame)", 26999.0),
    ("Cycle lock with 2 keys", 449.0),
]


def payout_lines(rng: random.Random, kind: str, rs) -> tuple[list[tuple[str, str]], float]:
    """A partner's statement: the swaps, charging sessions or orders and what the partner keeps (rows of no fact),
    and the net payout."""
    rows: list[tuple[str, str]] = []
    if kind == "swap":
        swaps, per = rng.randint(600, 4200), rng.choice([6.0, 7.5, 8.0, 10.0])
        comm = round(swaps * per, 2)
        rows.append((f"Swaps at your station ({swaps:,} x {per:g})", rs(comm)))
        units = round(swaps * rng.uniform(1.2, 1.8), 1)
        tariff = rng.choice([7.5, 8.25, 9.0])
        power = round(units * tariff, 2)
        rows.append((f"Electricity reimbursed ({units:,} kWh x {tariff:g})", rs(power)))
        tds = round(comm * 0.02, 2)
        rows.append(("Less: TDS u/s 194H @ 2% (on commission)", rs(tds)))
        return rows, round(comm + power - tds, 2)
    if kind == "charge":
        sessions, units = rng.randint(80, 900), round(rng.uniform(600, 9000), 1)
        rate = rng.choice([16.0, 18.0, 19.5, 21.0])
        revenue = round(units * rate, 2)
        pct = rng.choice([15, 20, 25])
        share = round(revenue * pct / 100, 2)
        rows.append(("Charging sessions", str(sessions)))
        rows.append(("Energy delivered", f"{units:,} kWh"))
        rows.append((f"Charging revenue ({units:,} kWh x {rate:g})", rs(revenue)))
        rows.append((f"Host share @ {pct}%", rs(share)))
        tds = round(share * 0.10, 2)
        rows.append(("Less: TDS u/s 194-I(b) @ 10%", rs(tds)))
        return rows, round(share - tds, 2)
    orders = rng.randint(4, 60)
    gross = round(orders * rng.uniform(900, 9000), 2)
    pct = rng.choice([5, 6, 7.5, 9])
    comm = round(gross * pct / 100, 2)
    fixed = float(orders * rng.choice([20, 30, 45]))
    ship = float(orders * rng.choice([65, 90, 120]))
    rows.append(("Orders settled", str(orders)))
    rows.append(("Sale amount", rs(gross)))
    cuts = [
        (f"Less: Commission fee ({pct:g}%)", comm),
        (f"Less: Fixed / closing fee ({orders} x {fixed / orders:g})", fixed),
        ("Less: Shipping fee", ship),
        ("Less: GST @ 18% on fees", round((comm + fixed + ship) * 0.18, 2)),
        ("Less: TCS u/s 52 CGST Act (0.5%)", round(gross * 0.005, 2)),
        ("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)),
    ]
    rows += [(label, rs(value)) for label, value in cuts]
    return rows, round(gross - sum(v for _, v in cuts), 2)


def rider_order(rng: random.Random, font: str, j: Job, platform: str, frame: str) -> tuple[list, dict, dict]:
    """A rider's order of a cycle, a helmet or a lock sold by the dealer on a marketplace (Amazon's order details in
    a browser, Flipkart's e-mail): the platform on top (never the payee), Order placed / Order details / Your order
    is delivered, Sold by / Seller the dealer's firm (the payee), the items, Item subtotal, Delivery / FREE,
    Installation at home, Bank offer / Coupon discount, Order total / Grand total / Amount paid (the sum), Payment
    method, Order ID / Order # and Payment ref / Transaction ID, Ordered on / Order date / Paid on, Delivered on (no
    fact); Payment status Paid."""
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"Flipkart <{rng.choice(['no-reply', 'orders'])}@flipkart.com>",
            ["Your order is delivered", "Order confirmation", "Your Flipkart order"],
        )
    else:
        p = browser_page(rng, font, "www.amazon.in/gp/your-account/order-details")
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, platform)
    p.add("small", rng.choice(["Cycles & accessories", "Sports, fitness & outdoors"]))
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["Order placed", "Order details", "Your order is delivered"]))
    p.add("left", f"Hello {rng.choice(CUSTOMERS).split()[0]},")
    wrap_pair(p, rng.choice(["Sold by", "Seller"]), j.to, merchant=j.to)
    items = rng.sample(SHOP_ITEMS, rng.randint(1, 2))
    sub = 0.0
    for name, price in items:
        qty = 1 if price > 3000 else rng.choice([1, 2])
        sub += qty * price
        item_row(p, name, f"x {qty}", rs(qty * price))
    p.pair("Item subtotal", rs(sub))
    fee = float(rng.choice([0, 0, 49, 99]))
    p.pair("Delivery", rs(fee) if fee else "FREE")
    fit = float(rng.choice([0, 299, 399])) if sub > 5000 else 0.0
    if fit:
        p.pair("Installation at home", rs(fit))
    off = float(rng.choice([0, 250, 500, 750])) if sub > 5000 else 0.0
    if off:
        p.pair(rng.choice(["Bank offer discount", "Coupon discount"]), f"-{rs(off)}")
    total = round(sub + fee + fit - off, 2)
    j.amount = total
    p.pair(rng.choice(["Order total", "Grand total", "Amount paid"]), rs(total), amount=total)
    way = rng.choice(["UPI", "card", "UPI"])
    p.pair(
        rng.choice(["Payment method", "Paid via"]),
        {
            "UPI": rng.choice(["UPI", "Amazon Pay UPI", "UPI - PhonePe"]),
            "card": f"Credit card {masked(rng, font)}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        oid = (
            f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
            if platform.startswith("Amazon")
            else f"OD{digits(rng, 18)}"
        )
        labelled(p, rng.choice(["Order ID", "Order #"]), oid, txn=(ORDER_RANK, oid))
        pid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        labelled(p, rng.choice(["Payment ref", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
    if not j.no_day:
        labelled(
            p, rng.choice(["Ordered on", "Order date", "Paid on"]), stamp(rng, j.date, PATS), date=j.date
        )
        p.pair("Delivered on", j.other_day(rng, 2, 6))
    p.pair("Payment status", "Paid", status="success")
    p.part = "foot"
    p.add("small", "Cycles can be returned within 7 days if not assembled. See the order page for help.")
    return p.done()


def partner_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's partners paying it: battery-swap networks for the swap stations it hosts (Battery Smart's e-mail,
    SUN Mobility's partner app), charge point operators for the chargers at its showrooms (Statiq's e-mail, Tata
    Power EZ Charge's partner page), the marketplaces for its online sales (Flipkart Seller Hub, Amazon Seller
    Central) and riders' orders through them (``rider_order``): the partner on top (never the payee), Payout
    statement / Partner payout advice / Settlement details / Disbursement summary, Station partner / Partner / Host /
    Site partner / Payee / Seller / Seller name / Disbursed to the dealer (the payee), Station ID / Partner code /
    Charger ID / Site code / Seller ID / Merchant token (no id), Payout period / Statement period (no fact), the swaps
    (n x 8) and Electricity reimbursed, Less: TDS u/s 194H @ 2%, or the Charging sessions, Energy delivered, Charging
    revenue, Host share @ n%, Less: TDS u/s 194-I(b) @ 10%, or the Orders settled, Sale amount, Less: Commission fee,
    Fixed / closing fee, Shipping fee, GST @ 18% on fees, TCS u/s 52 and TDS u/s 194-O; Net payout / Amount payable /
    Payout amount / Net settlement / Amount disbursed (the sum, large on the app), Bank account / Settled to, Mode
    NEFT / IMPS, Payout ID / Settlement ref / Transfer ID, UTR / IMPS Ref No., Paid on / Credited on / Settled on /
    Failed on / Scheduled for, Status on the mails; Paid / Payout credited / Transferred to bank / Payout failed -
    beneficiary name mismatch / Payout scheduled / Payout in process."""
    k = place("partner_payouts")
    status = outcome(k, failed=(4,), pending=(2,))
    partner, site, frame, kind, band = PARTNERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.6, branch=0.3, caps=0.15)
    if kind == "order":
        j.to = FIRMS[k] if rng.random() < 0.8 else FIRMS[k].upper()
        return rider_order(rng, font, j, partner, frame)
    if kind == "market":
        j.to = FIRMS[k]
    words = {
        "success": ["Paid", "Payout credited", "Transferred to bank"],
        "failed": ["Payout failed - beneficiary name mismatch"],
        "pending": ["Payout scheduled", "Payout in process"],
    }
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{partner} Partner Payouts <{rng.choice(['payouts', 'partners', 'finance'])}@{site}>",
            ["Your payout statement", "Partner payout advice", "Payout update"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(
            rng, font, f"{site}/{rng.choice(['payments/settlements', 'partner/payouts', 'finance/payouts'])}"
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Payouts", "Payout details"])
        rs = money(rng, font, 0.4)
    rows, net = payout_lines(rng, kind, rs)
    j.amount = net
    if frame == "app":
        head(p, partner, band, p.style["h106"]["dark"], PARTNER_SUBS[partner])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, partner)
        p.add("small", rng.choice(PARTNER_SUBS[partner]))
        p.add(
            "center",
            rng.choice(
                ["Settlement details", "Disbursement summary"]
                if kind == "market"
                else ["Payout statement", "Partner payout advice"]
            ),
        )
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    payee_labels, id_labels = PAYEE_LABELS[kind]
    wrap_pair(p, rng.choice(payee_labels), j.to, merchant=j.to)
    p.pair(rng.choice(id_labels), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    if kind != "market":
        wrap_pair(p, "Site", f"{TRADE}, {TOWNS[k][2]}, {TOWNS[k][0]}")
    if not j.no_day:
        end = j.date - dt.timedelta(days=rng.randrange(2, 6))
        start = end.replace(day=1) if end.day > 7 else end - dt.timedelta(days=13)
        p.pair(
            rng.choice(["Payout period", "Statement period"]),
            f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}",
        )
    p.add("rule")
    for label, value in rows:
        wrap_pair(p, label, value)
    labels = (
        ["Net settlement", "Amount disbursed"]
        if kind == "market"
        else ["Net payout", "Amount payable", "Payout amount"]
    )
    if frame == "app":
        p.pair(rng.choice(labels), rs(net))
    else:
        p.pair(rng.choice(labels), rs(net), amount=net)
    wrap_pair(p, rng.choice(["Bank account", "Settled to"]), f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"PO{digits(rng, 12)}", f"pout_{code(rng, 14, MIXED)}", f"STL{digits(rng, 11)}"])
        labelled(p, rng.choice(["Payout ID", "Settlement ref", "Transfer ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = (
                j.ref
                if mode == "IMPS"
                else neft_utr(rng.choice(["HDFC", "ICIC", "YESB", "UTIB"]), rng, j.date)
            )
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Credited on", "Settled on"]),
                "failed": "Failed on",
                "pending": "Scheduled for",
            }[status],
            stamp(rng, j.date, PATS, hour=status != "pending"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add(
            "small",
            "The name on the bank account does not match the partner's. Update it to receive the payout.",
        )
    elif status == "pending":
        p.add("small", "Payouts are released on the 5th and 20th of every month.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Form 16A for the TDS is issued every quarter.", "This statement is generated automatically."]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 8. riders' insurance, Vahan fees, the shop's policy


# the page: an insurer's (its name on top or its app's title, the company paid, frame, way, site) or Vahan's
INSURERS = [
    (
        "insurer",
        "Go Digit General Insurance Ltd",
        "Go Digit General Insurance Ltd",
        "browser",
        "netbanking",
        "godigit.com",
    ),
    ("vahan", None, None, "browser", "netbanking", None),
    (
        "insurer",
        "ICICI Lombard",
        "ICICI Lombard General Insurance Co. Ltd",
        "mail",
        "card",
        "icicilombard.com",
    ),
    ("insurer", "TATA AIG", "Tata AIG General Insurance Co. Ltd", "app", "UPI", None),
    ("vahan", None, None, "browser", "UPI", None),
    ("shop", "The New India Assurance Co. Ltd", "The New India Assurance Co. Ltd", "paper", "cheque", None),
    ("insurer", "Chola MS", "Cholamandalam MS General Insurance Co. Ltd", "app", "UPI", None),
    (
        "insurer",
        "Royal Sundaram General Insurance Co. Ltd",
        "Royal Sundaram General Insurance Co. Ltd",
        "mail",
        "netbanking",
        "royalsundaram.in",
    ),
]
INSURER_BANDS = {"TATA AIG": (0, 70, 140), "Chola MS": (170, 30, 45)}
VAHAN_OFFICES = [
    "ARTO Agra",
    "RTO Salem (West)",
    "ARTO Davanagere",
    "RTO Rourkela",
    "RTO Nellore",
    "RLA Hisar",
    "DTO Bokaro",
    "RTO Kollam",
]


def premium_receipt(
    rng: random.Random,
    font: str,
    k: int,
    j: Job,
    title: str,
    company: str,
    frame: str,
    way: str,
    site: str | None,
):
    """An insurer's premium receipt for a rider's new scooter policy bought at the showroom (Go Digit's page in a
    browser, ICICI Lombard's and Royal Sundaram's e-mails, Tata AIG's and Chola MS's apps) or for the dealer's own
    shop policy (New India Assurance's printed receipt for a Bharat Sookshma Udyam Suraksha policy): the insurer on
    top or its app's title with Paid to / Insurer the company (the payee), Premium receipt / Payment receipt / Policy
    issued - payment received, Proposer / Insured / Policyholder, Policy No. / Proposal No. (no id), Vehicle and Reg.
    No. or the shop, Policy period (no fact), Own damage (1 year), Third party (5 years), PA cover - owner driver,
    Zero depreciation, Net premium, GST @ 18%, Total premium / Premium paid / Amount paid (the sum, large on the app),
    Payment mode, Receipt No., Transaction ID, Bank Ref No. / UPI Ref No. / Auth code, Payment date / Paid on /
    Receipt date / Initiated on, Intermediary (the showroom as POSP); Payment successful / Policy issued - payment
    received / Payment pending - awaiting bank confirmation."""
    words = {
        "success": ["Payment successful", "Policy issued - payment received", "Premium received"],
        "pending": ["Payment pending - awaiting bank confirmation"],
    }
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Policy payment", "Payment status"])
        rs = money(rng, font, 0.5)
        head(p, title, INSURER_BANDS[title], p.style["h106"]["dark"], ["Two-wheeler insurance", "Buy policy"])
        p.part = "body"
        outcome_row(p, j.status, words)
    else:
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{title} <{rng.choice(['customersupport', 'policy', 'noreply'])}@{site}>",
                ["Premium receipt for your policy", "Your policy is issued", "Payment receipt"],
            )
            rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        elif frame == "browser":
            p = browser_page(rng, font, f"www.{site}/policy/payment-receipt")
            rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        else:
            p = paper_page(rng, font, [700, 740])
            rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.0)
        p.part = "head"
        top(p, company, merchant=company)
        p.add(
            "small",
            rng.choice(["General insurance - IRDAI Reg. No. " + digits(rng, 3), "Motor & SME insurance"]),
        )
        p.add(
            "center",
            rng.choice(["Premium receipt", "Payment receipt"]) if frame != "paper" else "PREMIUM RECEIPT",
        )
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, j.status, words)
    shop = frame == "paper"
    if frame == "app":
        wrap_pair(p, rng.choice(["Paid to", "Insurer"]), company, merchant=company)
    holder = f"M/s {COMPANY}" if shop else rng.choice(CUSTOMERS)
    wrap_pair(p, rng.choice(["Proposer", "Insured", "Policyholder"]), holder)
    p.pair(
        rng.choice(["Policy No.", "Proposal No."]),
        f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000",
    )
    if shop:
        wrap_pair(p, "Policy", "Bharat Sookshma Udyam Suraksha")
        wrap_pair(p, "Premises", f"Showroom & workshop, {TOWNS[k][2]}, {TOWNS[k][0]}")
        lines = [
            ("Building & fittings", float(whole(rng.uniform(1800, 4200), 1))),
            ("Stock (vehicles, cycles & spares)", float(whole(rng.uniform(3500, 9800), 1))),
            ("Burglary add-on", float(whole(rng.uniform(600, 1500), 1))),
        ]
    else:
        model = scooter(rng, k)[0]
        wrap_pair(p, "Vehicle", model)
        p.pair("Reg. No.", reg_no(rng, k) if rng.random() < 0.5 else "NEW")
        lines = [
            ("Own damage (1 year)", float(whole(rng.uniform(1100, 3200), 1))),
            ("Third party (5 years)", float(rng.choice([2466, 2804]))),
            ("PA cover - owner driver", float(rng.choice([375, 750]))),
        ]
        if rng.random() < 0.6:
            lines.append(("Zero depreciation add-on", float(whole(rng.uniform(350, 900), 1))))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.choice([0, 1]))
        p.pair(
            "Policy period",
            f"{when(start, '%d/%m/%Y')} to {when(start.replace(year=start.year + 1) - dt.timedelta(days=1), '%d/%m/%Y')}",
        )
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    net = sum(v for _, v in lines)
    p.pair("Net premium", rs(net))
    tax = round(net * 0.18, 2)
    p.pair("GST @ 18%", rs(tax))
    total = round(net + tax, 2)
    j.amount = total
    if frame == "app":
        p.add("big", rs(total), amount=total)
    else:
        p.pair(rng.choice(["Total premium", "Premium paid", "Amount paid"]), rs(total), amount=total)
    if way == "cheque":
        p.pair("Payment mode", "Cheque", method="cheque")
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(
            rng.choice(["Payment mode", "Paid via"]),
            {"netbanking": "Net banking", "card": f"Credit card {masked(rng, font)}", "UPI": "UPI"}[way],
            method=way,
        )
    if not j.no_ref:
        if j.status == "success":
            rno = f"{rng.choice(['PR', 'RCPT'])}{digits(rng, 10)}"
            labelled(p, rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
        if way != "cheque":
            tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if j.status == "success":
            if way == "netbanking":
                bref = digits(rng, 12)
                labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
            elif way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Payment date", "Paid on", "Receipt date"])
            if j.status == "success"
            else "Initiated on",
            stamp(rng, j.date, PATS, hour=not shop) if not shop else j.day(rng),
            date=j.date,
        )
    if not shop:
        wrap_pair(p, "Intermediary", f"{TRADE} (POSP - {TOWNS[k][0]})")
    if frame in ("mail", "paper"):
        p.pair("Status", rng.choice(words[j.status]) if not shop else "Received", status=j.status)
    if j.status == "pending":
        p.add("small", "The policy will be issued once your bank confirms the payment. Do not pay again.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Premium receipts are valid subject to realisation.",
                "Insurance is the subject matter of solicitation.",
            ]
        ),
    )
    return p.done()


def vahan_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """Vahan 4.0's fee and tax receipt for a rider's new scooter, paid by the dealer (no payee, like a tax challan):
    Parivahan Sewa on top and the ministry's line, Fee / Tax Receipt - New Registration / e-Payment Receipt, Payment
    successful / Transaction successful / Payment failed - transaction declined / Transaction failed, Office
    (ARTO Agra: no payee), Application No. (no id), Owner name, Dealer, Vehicle class, Fuel ELECTRIC(BOV), Chassis
    No., the heads (Registration fee 0.00 (BOV exempt), Smart card fee, Hypothecation fee, Motor vehicle tax, Postal
    fee, Service charge), Total amount / Amount paid (the sum), Payment mode, Payment gateway, Bank, Receipt No. (a
    success), Transaction No., Bank Ref. No. (a success), Receipt date / Payment date / Attempted on."""
    p = browser_page(rng, font, "vahan.parivahan.gov.in/vahan/vahan/ui/eapplication/formPaymentReceipt.xhtml")
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "Parivahan Sewa")
    p.add("small", "Ministry of Road Transport & Highways, Government of India")
    p.add("center", rng.choice(["Fee / Tax Receipt - New Registration", "e-Payment Receipt (Vahan 4.0)"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Payment successful", "Transaction successful"],
            "failed": ["Payment failed - transaction declined", "Transaction failed"],
        },
    )
    p.pair("Office", VAHAN_OFFICES[k])
    p.pair("Application No.", f"{TOWNS[k][5][:2]}{digits(rng, 13)}")
    wrap_pair(p, "Owner name", rng.choice(CUSTOMERS).upper())
    wrap_pair(p, "Dealer", f"{TRADE.upper()}, {TOWNS[k][0].upper()}")
    p.pair("Vehicle class", "M-Cycle/Scooter (2WN)")
    p.pair("Fuel", "ELECTRIC(BOV)")
    p.pair("Chassis No.", vin(rng))
    p.add("rule")
    heads = [("Registration fee (BOV exempt)", 0.0), ("Smart card fee", 200.0)]
    if rng.random() < 0.7:
        heads.append(("Hypothecation fee", 1500.0))
    if rng.random() < 0.5:
        heads.append(("Motor vehicle tax", float(whole(rng.uniform(2500, 9000), 1))))
    heads += [("Postal fee", 50.0), ("Service charge", float(rng.choice([100, 200, 300])))]
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(
        rng.choice(["Total amount", "Amount paid"]) if j.status == "success" else "Total amount",
        rs(total),
        amount=total,
    )
    p.pair("Payment mode", {"netbanking": "Net Banking", "UPI": "UPI"}[way], method=way)
    p.pair("Payment gateway", rng.choice(["SBI ePay", "PayU (Vahan)"]))
    p.pair("Bank", rng.choice(BANKS[:8]))
    if not j.no_ref:
        if j.status == "success":
            rno = f"{TOWNS[k][5][:2]}{rng.choice(['R', 'F'])}{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tno = f"{TOWNS[k][5][:2]}{digits(rng, 2)}{code(rng, 3, UPPER)}{digits(rng, 9)}"
        p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
        if j.status == "success":
            bref = digits(rng, 12) if way == "netbanking" else j.ref
            p.pair(
                "Bank Ref. No." if way == "netbanking" else "UPI Ref No.",
                bref,
                txn=(BANK_RANK if way == "netbanking" else UTR_RANK, bref),
            )
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Receipt date", "Payment date"]) if j.status == "success" else "Attempted on",
            stamp(rng, j.date, PATS, twelve=False),
            date=j.date,
        )
    if j.status == "failed":
        p.add(
            "small",
            "Any amount debited is refunded by the gateway in 7 working days. Pay again from Fee Payment.",
        )
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


def insurance_rto(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The riders' insurance and registration the dealer pays for them, and its own shop policy: five insurers'
    premium receipts and the shop policy's (``premium_receipt``) and two Vahan fee receipts (``vahan_receipt``)."""
    k = place("insurance_rto")
    status = outcome(k, failed=(4,), pending=(3,))
    kind, title, company, frame, way, site = INSURERS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, town=k)
    if kind == "vahan":
        return vahan_receipt(rng, font, k, j, way)
    return premium_receipt(rng, font, k, j, title, company, frame, way, site)


# ---------------------------------------------------------------- 9. rent, electricity and broadband


# the page, its town
RENT_POWER = [
    ("rent_receipt", 2),
    ("bbps", 3),
    ("rent_bank", 5),
    ("bbps", 6),
    ("rent_receipt", 7),
    ("bbps", 4),
    ("isp", 1),
    ("biller", 0),
]
LANDLORDS = {
    2: ("Shivayogi Holalu", "NEFT"),
    5: ("Rajbir Singh Dhull", "NEFT"),
    7: ("Thomas Varghese", "cheque"),
}
# the board in a town: long name, short name, its number's label and length; the app, its band, the way
BOARDS = {
    3: (
        "TP Western Odisha Distribution Ltd",
        "TPWODL",
        "Consumer No.",
        11,
        "Axis Mobile",
        (151, 20, 77),
        "UPI",
    ),
    6: ("Jharkhand Bijli Vitran Nigam Ltd", "JBVNL", "Consumer No.", 10, "Jupiter", (250, 90, 50), "UPI"),
    4: (
        "Southern Power Distribution Co. of A.P. Ltd",
        "APSPDCL",
        "Service Connection No.",
        13,
        "Kotak811",
        (237, 28, 36),
        "netbanking",
    ),
}
RENT_BANK = ("YES BANK YES Connect", None, "web", "NEFT", "YESB")


def rent_receipt(
    rng: random.Random, font: str, k: int, j: Job, name: str, way: str
) -> tuple[list, dict, dict]:
    """A landlord's SHOWROOM RENT RECEIPT / RENT RECEIPT (paper): Receipt No. / No., Date, "Received with thanks from
    M/s <the firm> (<the showroom>) the rent of the showroom and workshop at <locality> for <month>" (no fact),
    Monthly rent, Less: TDS u/s 194-I(b) @ 10% on some, Amount received / Net amount received (the sum), the sum in
    words, the way (NEFT and its UTR or bank reference, or the cheque), RECEIVED WITH THANKS, Landlord / Owner /
    Lessor (Shri on some: the payee), PAN, [ Revenue stamp ]."""
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    p.part = "head"
    top(p, rng.choice(["SHOWROOM RENT RECEIPT", "RENT RECEIPT"]))
    p.add("small", "(Showroom and workshop - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"R/{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    firm = FIRMS[k]
    p.add(
        "left",
        f"Received with thanks from M/s {firm} ({TRADE}) the rent of the showroom and workshop at {TOWNS[k][2]}, "
        f"{TOWNS[k][0]}" + ("." if j.no_day else f" for {j.month()}."),
    )
    p.add("rule")
    rent = float(whole(rng.uniform(28000, 95000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2) if rent > 50000 and rng.random() < 0.7 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair(
        rng.choice(["Net amount received", "Amount received"]) if tds else "Amount received",
        rs(net),
        amount=net,
    )
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(
            rng.choice(["Paid by", "Mode"]),
            chq if j.no_day else f"{chq} dt {j.other_day(rng, -4, 0)}",
            method="cheque",
        )
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["CNRB", "SBIN", "FDRL"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    shown = f"Shri {name}" if rng.random() < 0.35 else name
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=name)
    p.pair("PAN", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def bbps_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A showroom's electricity on Bharat Connect in a bank's or a payments app (Axis Mobile for TPWODL, Jupiter for
    JBVNL, Kotak811 for APSPDCL; the outcome and the sum large): Electricity bill paid / Payment to biller successful /
    Bill payment under process, Biller / Discom / Paid to the board (the short or the long name: the payee), Consumer
    No. / Service Connection No., Consumer name the firm, Bill date and Due date (no fact), Bill amount, Convenience
    fee Nil, Paid from, Bharat Connect Ref / B-Connect ID / BBPS Txn Ref, UPI Ref No., Transaction ID on some, Paid on
    / Payment date / Initiated on."""
    long, short, number, size, app, band, way = BOARDS[k]
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment details"])
    rs = money(rng, font, 0.3)
    head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Bills & recharges"])
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Electricity bill paid", "Payment to biller successful"],
            "pending": ["Bill payment under process", "Awaiting confirmation from biller"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Discom {long}     ") else short
    wrap_pair(p, rng.choice(["Biller", "Discom", "Paid to"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", FIRMS[k].upper())
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair("Due date", j.other_day(rng, 2, 12))
    p.pair("Bill amount", rs(j.amount))
    p.pair("Convenience fee", "Nil")
    p.pair(
        "Paid from",
        {
            "UPI": f"UPI - {rng.choice(BANKS[:5])} {masked(rng, font)}",
            "netbanking": f"Current A/c {masked(rng, font)}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(
            p, rng.choice(["Bharat Connect Ref", "B-Connect ID", "BBPS Txn Ref"]), bref, txn=(BANK_RANK, bref)
        )
        if j.status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.5:
            own = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Paid on", "Payment date"]) if j.status == "success" else "Initiated on",
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if j.status == "pending":
        p.add("small", "The board usually confirms within 24 hours. Do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


def biller_receipt(rng: random.Random, font: str, k: int, j: Job, kind: str) -> tuple[list, dict, dict]:
    """A biller's own receipt in a browser (BSNL's Bharat Fibre bill for the Salem showroom, Torrent Power's online
    payment receipt for the Agra showroom): the biller on top (the payee) and its company line, Payment successful /
    Payment received / Thank you for your payment, Account No. / Service No., Name, Plan or Bill month, Amount paid /
    Total paid, Payment mode, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date / Paid on."""
    if kind == "isp":
        name, line, url = (
            "BSNL",
            "Bharat Sanchar Nigam Limited - Bharat Fibre",
            "portal.bsnl.in/myportal/quickpayment",
        )
        way = "netbanking"
        j.amount = float(rng.choice([1179, 1769, 2359, 3539]))
    else:
        name, line, url = (
            "Torrent Power Ltd",
            "Agra - electricity distribution",
            "connect.torrentpower.com/tplcp/payment",
        )
        way = "card"
    p = browser_page(rng, font, url)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p, "success", {"success": ["Payment successful", "Payment received", "Thank you for your payment"]}
    )
    p.pair(rng.choice(["Account No.", "Service No."]), digits(rng, rng.choice([9, 10, 12])))
    wrap_pair(p, "Name", FIRMS[k].upper())
    if kind == "isp":
        wrap_pair(p, "Plan", rng.choice(["Fibre Value 100 Mbps", "Fibre Premium 200 Mbps + landline"]))
    elif not j.no_day:
        p.pair("Bill month", j.month(1))
    p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
    p.pair(
        "Payment mode",
        {"netbanking": f"Net banking - {rng.choice(BANKS[:5])}", "card": f"Debit card {masked(rng, font)}"}[
            way
        ],
        method=way,
    )
    if not j.no_ref:
        rno = f"{name[0]}{digits(rng, 11)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "netbanking":
            bref = digits(rng, 12)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        else:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, rng.choice(["Payment date", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Payments reflect in your account within 2 working days.", "Keep this receipt for your records."]
        ),
    )
    return p.done()


def rent_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showrooms' rent, electricity and broadband: two landlords' rent receipts (``rent_receipt``), a landlord's
    NEFT from YES BANK YES Connect (heldout124's page, the landlord under Beneficiary / Payee / Beneficiary name;
    Transaction Failed / Returned by beneficiary bank / NEFT transfer failed), three Bharat Connect payments
    (``bbps_bill``) and two billers' own receipts (``biller_receipt``)."""
    k = place("rent_power")
    status = outcome(k, failed=(2,), pending=(5,))
    page, town = RENT_POWER[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, town=town, low=3000, high=42000, p_round=0.3)
    if page == "rent_receipt":
        name, way = LANDLORDS[town]
        return rent_receipt(rng, font, town, j, name, way)
    if page == "bbps":
        return bbps_bill(rng, font, town, j)
    if page in ("isp", "biller"):
        return biller_receipt(rng, font, town, j, page)
    name, _ = LANDLORDS[town]
    j.to = name.upper() if rng.random() < 0.3 else name
    j.amount = float(whole(rng.uniform(30000, 90000), 500))
    p, _ = transfer_ack(
        rng,
        font,
        town,
        RENT_BANK,
        status,
        j,
        url="yesconnect.yesbank.in/corp/neft/acknowledgement",
        widths=[700, 740],
        third_head="Payments",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind="web",
        mode="NEFT",
        head4="YESB",
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, "Remarks", f"Showroom rent {j.month()} - {TOWNS[town][0]}")
    wrap_pair(p, "Debit account name", FIRMS[town].upper())
    p.add(
        "small", "Returned by beneficiary bank: account closed. The amount is credited back to your account."
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a system generated acknowledgement")
    return p.done()


# ---------------------------------------------------------------- 10. the dealer's software


# product, site, frame, its line, the way, the currency
SOFTWARE = [
    ("Lightspeed Retail", "lightspeedhq.com", "mail", "Lightspeed Commerce Inc.", "card", "USD"),
    ("Zoho CRM", "zoho.in", "browser", "Zoho Corporation Pvt Ltd", "UPI", "INR"),
    ("Citrus-Lime", "citrus-lime.com", "mail", "Cloud POS & e-commerce for cycle retailers", "card", "GBP"),
    ("Wati", "wati.io", "browser", "WhatsApp Business API platform", "card", "INR"),
    ("Exotel", "exotel.com", "phone", "Cloud telephony for businesses", "netbanking", "INR"),
    ("Bosch eBike Systems", "bosch-ebike.com", "browser", "DiagnosticTool 3 - dealer licence", "card", "EUR"),
    ("Busy Accounting Software", "busy.in", "mail", "Busy Infotech Pvt Ltd", "netbanking", "INR"),
    ("Freshdesk", "freshworks.com", "browser", "Freshworks Inc.", "card", "USD"),
]
# the plan, its lines (label, quantity, rate), days to the next charge
SOFT_PLANS = {
    "Lightspeed Retail": (
        "Core - monthly",
        [("Retail POS licence (registers)", 3, 89.0), ("Ecom add-on", 1, 39.0)],
        30,
    ),
    "Zoho CRM": ("Professional - annual", [("Users (annual)", 5, 1400.0 * 12)], 365),
    "Citrus-Lime": (
        "Cloud POS - monthly",
        [("Cloud POS (tills)", 2, 59.0), ("Cycle Scheme integration", 1, 15.0)],
        30,
    ),
    "Wati": (
        "Pro - quarterly",
        [("Pro plan (3 months)", 1, 13497.0), ("Conversation credits", 1, 2500.0)],
        90,
    ),
    "Exotel": (
        "Business - prepaid",
        [("Virtual number & agents", 1, 9999.0), ("Call credits", 1, 5000.0)],
        90,
    ),
    "Bosch eBike Systems": (
        "DiagnosticTool 3 - annual",
        [("Workshop licence", 1, 249.0), ("Extra tablet seat", 1, 99.0)],
        365,
    ),
    "Busy Accounting Software": (
        "Standard - multi user (annual)",
        [("Annual renewal (3 users)", 1, 10800.0)],
        365,
    ),
    "Freshdesk": ("Growth - monthly", [("Agents", 4, 18.0)], 30),
}


def dealer_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's software (Zoho CRM, Wati, Exotel and Busy in rupees, Lightspeed Retail and Freshdesk in US
    dollars, Citrus-Lime in pounds, Bosch eBike Systems' diagnostic licence in euros; the vendor's e-mail, its
    billing page in a browser or its app's screen): the product on top (the payee) and its line or company, Payment
    receipt / Billing - invoice paid / Payment update, Account / Customer / Bill to the company, GSTIN, Account ID /
    Workspace ID / Customer no. (no id), Plan, Billing period (no fact), the lines (Retail POS licence (registers) 3
    x $89.00), Subtotal, GST @ 18% / IGST @ 18% or Tax 0.00 with "Reverse charge: IGST on import of services is
    payable by the recipient", Amount paid / Total charged / Total / Amount due or the sum large, Paid with, Invoice
    number / Receipt #, Payment ID / Charge ref, Bank Ref No., Auth code, UPI Ref No., Paid on / Charged on / Payment
    date / Failed on / Initiated on, Next charge on (no fact), Status; Paid / Payment successful / Payment failed -
    card declined / Payment processing - awaiting bank."""
    k = place("dealer_software")
    status = outcome(k, failed=(2,), pending=(5,))
    name, site, frame, line, way, cur = SOFTWARE[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Billing", "Payment status"])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{rng.choice(['billing', 'invoices', 'noreply'])}@{site}>",
            [f"Your {name} receipt", "Payment receipt", "Payment update for your account"],
        )
    else:
        p = browser_page(
            rng,
            font,
            f"{rng.choice(['app', 'accounts', 'billing'])}.{site}/{rng.choice(['billing', 'subscription/invoices'])}",
        )
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Payment failed - card declined"],
        "pending": ["Payment processing - awaiting bank"],
    }
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add(
            "center",
            rng.choice(["Payment receipt", "Billing - invoice paid"])
            if status == "success"
            else "Payment update",
        )
        p.add("rule")
        p.part = "body"
    plan, lines, days = SOFT_PLANS[name]
    wrap_pair(
        p, rng.choice(["Account", "Customer", "Bill to"]), COMPANY if rng.random() < 0.7 else COMPANY.upper()
    )
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
    p.pair(
        rng.choice(["Account ID", "Workspace ID", "Customer no."]), f"{code(rng, 2, UPPER)}{digits(rng, 8)}"
    )
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        sub += qty * rate
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(qty * rate))
    sub = round(sub, 2)
    p.pair("Subtotal", show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["GST @ 18%", "IGST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["Tax", "VAT"]), show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(
            ["Amount paid", "Total charged", "Total"] if status == "success" else ["Amount due", "Total"]
        )
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: IGST on import of services is payable by the recipient.")
    p.pair(
        "Paid with",
        {
            "card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
            "UPI": f"UPI ({SLUG}@{rng.choice(['okicici', 'ybl', 'hdfcbank'])})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            inv = (
                f"{code(rng, 3, UPPER)}-{digits(rng, 6)}"
                if cur == "INR"
                else f"#{rng.randrange(100000, 999999)}"
            )
            labelled(p, "Invoice number" if cur == "INR" else "Receipt #", inv, txn=(INVOICE_RANK, inv))
        pid = (
            f"ch_{code(rng, 18, MIXED)}"
            if cur != "INR"
            else rng.choice([f"pay_{code(rng, 14, MIXED)}", f"ZP{digits(rng, 13)}"])
        )
        labelled(p, "Charge ref" if cur != "INR" else "Payment ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "netbanking":
            bref = digits(rng, 11)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = code(rng, 6, ALNUM)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Charged on", "Payment date"]),
                "failed": "Failed on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success":
            p.pair("Next charge on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry in 3 days. Update your card to avoid losing access to your tills.")
    elif status == "pending":
        p.add("small", "Your bank is confirming the charge. The licence stays active meanwhile.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Manage billing under Settings > Subscription.", "Questions? Reply to this message."]),
    )
    return p.done()


# ---------------------------------------------------------------- 11. refunds of cancelled bookings


# the page, the way
REFUND_PAGES = [
    ("voucher", "cash"),
    ("gateway", "UPI"),
    ("bank_app", "IMPS"),
    ("gateway", "card"),
    ("mail", "NEFT"),
    ("bank_web", "IMPS"),
    ("gateway", "UPI"),
    ("credit_note", "UPI"),
]
GATEWAYS = {
    1: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
    3: ("CCAvenue", "dashboard.ccavenue.com/refunds/refund-detail"),
    6: ("Instamojo", "www.instamojo.com/dashboard/refunds"),
}
REFUND_BANKS = {
    2: ("YES BIZ", (0, 75, 145), "app", "IMPS", "YESB"),
    5: ("Federal Bank FedCorp", None, "web", "IMPS", "FDRL"),
}
CANCELLED = [
    "Booking cancelled - delivery delayed",
    "Booking cancelled - finance not approved",
    "Colour not available - booking cancelled",
    "Model changed - excess booking amount",
    "Online booking cancelled by customer",
]
NOT_FITTED = [
    ("Side guard (not fitted)", 1150.0),
    ("Floor mat", 450.0),
    ("Extended warranty (not activated)", 2499.0),
]


def customer_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer refunding riders (the rider is the payee): its BOOKING CANCELLATION - REFUND VOUCHER (the showroom
    on top, the payer: Voucher No., Date, Refund to / Customer / Paid to, Booking No. (no id), Model, Booking amount
    received, Less: Cancellation charges, Refund amount / Amount refunded (the sum), the way; REFUNDED), the booking
    website's gateway (Razorpay, CCAvenue, Instamojo: <firm> | Live, Refund details / Refund status, the refund large,
    Customer / Refunded to, Order ref (no id), Payment amount / Original amount, Cancellation charge, Refund to Source -
    card / UPI, Refund ID, ARN / Bank RRN, Refunded on / Processed on / Initiated on; Refund processed / Refunded /
    Refund initiated), the dealer's business banking (YES BIZ's IMPS, Federal Bank FedCorp's IMPS; heldout124's page,
    the rider under Beneficiary / Payee / Beneficiary name; Transaction Failed / Returned by beneficiary bank / IMPS
    transfer failed), its e-mail (Refunded to / Beneficiary, Amount refunded, Mode, To account, UTR, Refunded on,
    Status Completed) and a CREDIT NOTE CUM REFUND for accessories not fitted (the items, GST, Total credit, Refunded
    by UPI; REFUNDED)."""
    k = place("customer_refunds")
    status = outcome(k, failed=(5,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, town=k)
    rider = rng.choice(CUSTOMERS)
    rider = rider.upper() if rng.random() < 0.2 else rider
    j.to = rider
    booked = float(rng.choice([2999, 5000, 10000, 11000, 15000, 25000]))
    charge = float(rng.choice([0, 500, 1000])) if booked > 4000 else 0.0
    j.amount = booked - charge
    if frame in ("bank_app", "bank_web"):
        row = REFUND_BANKS[k]
        p, _ = transfer_ack(
            rng,
            font,
            k,
            row,
            status,
            j,
            url="fedcorp.federalbank.co.in/corp/imps/status" if row[2] == "web" else None,
            widths=[700, 740],
            third_head="Pay to customer",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind=row[2],
            mode="IMPS",
            head4=row[4],
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Reference No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(p, "Remarks", rng.choice(["Booking refund", "Refund - booking cancelled"]))
        if row[2] == "web":
            wrap_pair(p, "Debit account name", FIRMS[k].upper())
        if status == "failed":
            p.add("small", "Returned by beneficiary bank: account closed. The amount is credited back.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated acknowledgement")
        return p.done()
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{FIRMS[k]}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "pending": ["Refund initiated"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), rider, merchant=rider)
        p.pair("Order ref", f"{CODES[k]}-BK-{rng.randrange(10000, 99999)}")
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(booked))
        if charge:
            p.pair("Cancellation charge", rs(charge))
        wrap_pair(p, "Reason", rng.choice(CANCELLED))
        p.pair(
            "Refund to",
            {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            rid = rng.choice(
                [
                    f"rfnd_{code(rng, 14, MIXED)}",
                    f"{digits(rng, 12)}",
                    f"RF{code(rng, 2, UPPER)}{digits(rng, 9)}",
                ]
            )
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "Bank RRN", arn, txn=(UTR_RANK, arn))
        if not j.no_day:
            labelled(
                p,
                rng.choice(["Refunded on", "Processed on"]) if status == "success" else "Initiated on",
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        p.part = "foot"
        p.add("small", "Card refunds take 5-7 working days to reach the customer's statement.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{TRADE} <bookings@{SLUG}.in>",
            ["Your booking refund is processed", "Refund of booking amount", "Booking cancellation - refund"],
        )
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, f"{TRADE} - {TOWNS[k][2]}")
        p.add("small", f"A unit of {FIRMS[k]}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {rider.split()[0].title()}, we have refunded your booking amount as below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), rider, merchant=rider)
        wrap_pair(p, "Reason", rng.choice(CANCELLED))
        p.pair("Booking amount", rs(booked))
        if charge:
            p.pair("Less: Cancellation charges", rs(charge))
        p.pair("Amount refunded", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To account", f"XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "CNRB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Completed", status="success")
        p.part = "foot"
        p.add("small", "We hope to see you again at the showroom.")
        return p.done()
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    showroom_head(
        p,
        k,
        TRADE if rng.random() < 0.6 else FIRMS[k],
        ["BOOKING CANCELLATION - REFUND VOUCHER", "REFUND VOUCHER"]
        if frame == "voucher"
        else ["CREDIT NOTE CUM REFUND", "CREDIT NOTE - REFUND"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{'RV' if frame == 'voucher' else 'CN'}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(
            rng.choice(["Voucher No.", "Refund voucher No."]) if frame == "voucher" else "Credit note No.",
            vno,
            txn=(INVOICE_RANK, vno),
        )
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Refund to", "Customer", "Paid to"]), rider, merchant=rider)
    p.add("rule")
    if frame == "voucher":
        if not j.no_ref:
            p.pair("Booking No.", f"{CODES[k]}/B/{j.year()}{rng.randrange(1, 2999):04d}")
        wrap_pair(p, "Model", scooter(rng, k)[0])
        wrap_pair(p, "Reason", rng.choice(CANCELLED))
        p.pair("Booking amount received", rs(booked))
        if charge:
            p.pair("Less: Cancellation charges", rs(charge))
    else:
        items = rng.sample(NOT_FITTED, rng.randint(1, 2))
        sub = 0.0
        for item, value in items:
            wrap_pair(p, item, rs(value))
            sub += value
        tax = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(tax))
        j.amount = round(sub + tax, 2)
    p.pair(
        rng.choice(["Refund amount", "Amount refunded"]) if frame == "voucher" else "Total credit refunded",
        rs(j.amount),
        amount=j.amount,
    )
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.pair(rng.choice(["Mode", "Refunded by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["SBIN", "HDFC", "UTIB"])
    p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
    p.part = "foot"
    p.add("small", "Received the above refund in full.")
    p.add("pair", "Customer's signature", "For the showroom")
    return p.done()


# ---------------------------------------------------------------- 12. GST, TDS and customs duty


# the tax, frame, the way, the town whose firm pays it
TAX_PAGES = [
    ("gst", "browser", "netbanking", 0),
    ("gst", "paper", "UPI", 5),
    ("tds", "bank", "netbanking", 1),
    ("gst", "browser", "neft", 3),
    ("customs", "browser", "netbanking", 0),
    ("customs", "browser", "netbanking", 0),
    ("gst", "browser", "card", 7),
    ("tds", "browser", "netbanking", 6),
]
GST_BANKS = [
    ("State Bank of India", "SBIN"),
    ("HDFC Bank", "HDFC"),
    ("Canara Bank", "CNRB"),
    ("Union Bank of India", "UBIN"),
    ("ICICI Bank", "ICIC"),
    ("Axis Bank", "UTIB"),
]
TDS_NATURE = [
    "194Q - Payment for purchase of goods",
    "194-I(b) - Rent on land, building or furniture",
    "194C - Payment to contractors",
    "192 - Salary",
]
IMPORTS = [
    ("Li-ion cells 18650 (HS 85076000)", 0.10),
    ("BLDC hub motors 250W (HS 85013119)", 0.15),
    ("E-bike controllers (HS 85044090)", 0.15),
    ("Carbon bicycle frames (HS 87149100)", 0.20),
]


def gst_challan(rng: random.Random, font: str, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The GST portal's receipt for a month's GSTR-3B cash payment (no payee; in a browser or printed): GST PMT-06
    Payment Receipt / Challan Receipt - Form GST PMT-06, Payment successful / Paid / Awaiting credit from RBI -
    NEFT / RTGS mandate, CPIN and Created on (no fact), GSTIN, Legal name (the company or the franchisee's firm),
    Trade name, Tax period (no fact), CGST (0005) Tax, SGST (0006) Tax, IGST (0008) Tax, Interest, Total challan
    amount / Total amount (the sum), Mode (E-Payment (Net Banking), NEFT / RTGS, Credit / Debit Card, UPI), Bank,
    CIN, BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date and Time or Initiated on."""
    town = j.town
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["GST PMT-06 Payment Receipt", "Challan Receipt - Form GST PMT-06"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Paid"],
        "pending": ["Awaiting credit from RBI - NEFT / RTGS mandate"],
    }
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Created on", j.other_day(rng, -4, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(p, "Legal name", FIRMS[town].upper())
    wrap_pair(p, "Trade name", TRADE)
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Tax period", when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(9000, 160000), 1))
    heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
    if rng.random() < 0.35:
        heads.append(("IGST (0008) Tax", float(whole(rng.uniform(2000, 40000), 1))))
    if rng.random() < 0.25:
        interest = float(rng.randrange(60, 2400))
        heads += [("CGST (0005) Interest", interest), ("SGST (0006) Interest", interest)]
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(
        rng.choice(["Mode of payment", "Payment mode"]),
        {
            "netbanking": "E-Payment (Net Banking)",
            "neft": "NEFT / RTGS",
            "card": "Credit / Debit Card",
            "UPI": "UPI",
        }[way],
        method={"neft": "netbanking"}.get(way, way),
    )
    bank, head4 = rng.choice(GST_BANKS)
    p.pair("Bank", bank)
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{head4}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if j.status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
        p.pair("Time", hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Payment status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add(
            "small",
            "Take the mandate form to your bank and remit by NEFT / RTGS; the receipt follows RBI's credit.",
        )
    p.part = "foot"
    p.add("small", "This is a system generated receipt.")
    return p.done()


def tds_challan(rng: random.Random, font: str, k: int, j: Job, frame: str) -> tuple[list, dict, dict]:
    """A TDS challan (ITNS 281, no payee) for the TDS the company deducted on its purchases from the makers (194Q),
    rent, contractors or salaries: Canara Bank's Direct Tax - Challan Counterfoil or the e-filing portal's e-Pay Tax
    receipt, both in a browser: TAN, Name, Assessment Year (no fact), Major Head, Minor Head, Nature of Payment,
    Amount (in Rs.) (the sum), CRN (the challan's own number), Payment mode, Bank, BSR Code and Challan No. (no id),
    CIN, BRN / Bank Reference Number, Date of deposit / Tender date, the Tax Breakup (A to F, Total); Payment
    Successful / Challan paid."""
    town = j.town
    if frame == "bank":
        p = browser_page(rng, font, "netbanking.canarabank.in/corp/etax/challan-counterfoil")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Canara Bank")
        p.add("center", "Direct Tax (ITNS 281) - Challan Counterfoil")
    else:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
    p.add("rule")
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment Successful", "Challan paid"]})
    p.pair("TAN", f"{TOWNS[town][0][:3].upper()}P{digits(rng, 5)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Name", COMPANY.upper())
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", "(0020) Corporation Tax")
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", TDS_NATURE[0] if k == 2 else rng.choice(TDS_NATURE))
    tax = float(rng.randrange(8, 600) * 100)
    interest = float(rng.randrange(2, 40) * 25) if rng.random() < 0.3 else 0.0
    parts = [
        ("Tax", tax),
        ("Surcharge", 0.0),
        ("Cess", 0.0),
        ("Interest", interest),
        ("Penalty", 0.0),
        ("Others", 0.0),
    ]
    total = round(tax + interest, 2)
    j.amount = total
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
    p.pair(rng.choice(["Payment mode", "Paid through"]), "Net Banking", method="netbanking")
    if frame != "bank":
        p.pair("Bank", rng.choice(BANKS[:6]))
    bsr = digits(rng, 7)
    p.pair("BSR Code", bsr)
    if not j.no_ref:
        serial = f"{rng.randrange(1, 99999):05d}"
        p.pair("Challan No.", serial)
        if not j.no_day:
            cin = f"{bsr}{j.date:%d%m%Y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
        p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
    if not j.no_day:
        p.pair(rng.choice(["Date of deposit", "Tender date"]), j.day(rng), date=j.date)
    p.add("rule")
    p.add("left", "Tax Breakup Details (Amount in Rs.)")
    for letter, (label, value) in zip("ABCDEF", parts):
        p.pair(f"{letter}  {label}", rs(value))
    p.pair("Total (A+B+C+D+E+F)", rs(total))
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def customs_challan(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """ICEGATE's e-payment receipt for the customs duty on the company's imported e-cycle parts (no payee, like a tax
    challan): ICEGATE on top and the board's line, e-Payment - Challan receipt / Customs duty e-payment receipt,
    Payment successful / Duty paid / Payment failed - debit not confirmed by bank, IEC, Importer, Port code, Bill of
    Entry No. and BE date (no id, no fact), Goods, Assessable value, Basic Customs Duty @ n%, Social Welfare
    Surcharge @ 10% of BCD, IGST @ 18%, Total duty / Amount paid (the sum), Payment mode, Bank, Challan No. (the
    challan's own number), Bank Ref. No. / Bank Transaction No. (a success), Payment date / Date of payment /
    Attempted on."""
    p = browser_page(rng, font, "epayment.icegate.gov.in/epayment/challan/receipt")
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "ICEGATE")
    p.add("small", "Indian Customs Electronic Gateway - CBIC, Government of India")
    p.add("center", rng.choice(["e-Payment - Challan receipt", "Customs duty e-payment receipt"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Payment successful", "Duty paid"],
            "failed": ["Payment failed - debit not confirmed by bank"],
        },
    )
    p.pair("IEC", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Importer", COMPANY.upper())
    p.pair("Port code", rng.choice(["INMAA1 (Chennai Sea)", "INNSA1 (Nhava Sheva)", "INCCU1 (Kolkata Sea)"]))
    p.pair(rng.choice(["Bill of Entry No.", "BE No."]), digits(rng, 7))
    if not j.no_day:
        p.pair("BE date", j.other_day(rng, -6, -1))
    goods, rate = rng.choice(IMPORTS)
    wrap_pair(p, "Goods", goods)
    p.add("rule")
    assessable = float(whole(rng.uniform(300000, 1800000), 1))
    p.pair("Assessable value", rs(assessable))
    bcd = round(assessable * rate, 0)
    sws = round(bcd * 0.10, 0)
    igst = round((assessable + bcd + sws) * 0.18, 0)
    heads = [
        (f"Basic Customs Duty @ {rate * 100:g}%", bcd),
        ("Social Welfare Surcharge @ 10% of BCD", sws),
        ("IGST @ 18%", igst),
    ]
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    total = round(bcd + sws + igst, 2)
    j.amount = total
    p.pair(
        rng.choice(["Total duty", "Amount paid"]) if j.status == "success" else "Total duty",
        rs(total),
        amount=total,
    )
    p.pair("Payment mode", "Net Banking", method="netbanking")
    p.pair("Bank", rng.choice(["ICICI Bank", "HDFC Bank", "State Bank of India", "Axis Bank"]))
    if not j.no_ref:
        challan = digits(rng, 10)
        p.pair("Challan No.", challan, txn=(INVOICE_RANK, challan))
        if j.status == "success":
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair(rng.choice(["Bank Ref. No.", "Bank Transaction No."]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Payment date", "Date of payment"]) if j.status == "success" else "Attempted on",
            stamp(rng, j.date, PATS, twelve=False),
            date=j.date,
        )
    if j.status == "failed":
        p.add(
            "small", "The challan stays open. Pay again; any debit without a receipt is reversed by the bank."
        )
    p.part = "foot"
    p.add("small", "Out of charge is given once the duty payment is reported by the bank.")
    return p.done()


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's taxes and duty (no payee on any): GST PMT-06 receipts (``gst_challan``), TDS challans
    (``tds_challan``) and ICEGATE's customs duty receipts (``customs_challan``)."""
    k = place("tax_challans")
    status = outcome(k, failed=(5,), pending=(3,))
    kind, frame, way, town = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=town)
    if kind == "gst":
        return gst_challan(rng, font, j, frame, way)
    if kind == "customs":
        return customs_challan(rng, font, j)
    return tds_challan(rng, font, k, j, frame)


compose = compose154

"""The twelve heldout153 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a photography and video studio's day in 2026 (Kathachitra Studios, the trade name, run
by Kathachitra Films LLP, with a branch in each of Jodhpur, Madurai, Amritsar, Thrissur, Gwalior, Siliguri,
Puducherry and Varanasi), told by the proofs of payment it receives and makes: clients' UPI for wedding advances,
portrait sessions and print orders (the studio's own merchant apps on some), wedding clients' bank transfers and the
wedding planners' and brands' payment intimations net of TDS, the front desk's card slips (bank EMI on some, a host
timeout), the stock agencies', marketplaces' and payment gateways' payouts (in dollars and euros on some), the
studio's own tax invoices and booking advance receipts, its payouts to freelance crews and its studios' licence fees,
electricity through Bharat Connect and the broadband providers' own receipts, the camera dealers', album labs',
equipment rental houses' and camera service centres' bills, its creative software (in dollars, euros and pounds on
some, a card's foreign spend alert on one), refunds of cancelled bookings and print orders, permits and statutory
fees (filming at monuments and ghats, drone registration, trade licence, professional tax, ESIC, EPF, copyright),
and GST and income-tax challans. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, packages, event and shoot days, venues, couples',
clients' and payers' names, contributor, seller, vendor, beneficiary and account ids, LLPIN, SAC codes, bill and
order lines, advances adjusted, EMI tenures and instalments, interest and processing fees, security deposits' terms,
earnings and settlement periods, tax withheld, fees, GST, TDS and TCS lines, consumer, K, IVRS and service numbers,
bill months and due days, plans and billing periods, the bank's INR estimate on a foreign spend, original payment
ids, application and diary numbers, employer codes, wage months, assessment years, BSR codes and challan serials,
GSTIN, PAN, TAN, IFSC, account numbers, MID, TID, batch, AID and the payer's own details carry no fact. ``compose``
is heldout152's (heldout121's frames and marks, heldout129's rubber stamp).
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
from bench.receipt_sets.heldout119_families import ifsc, outcome
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
from bench.receipt_sets.heldout152_families import ay_of, fx, method_for, pan, right, vpa_base
from bench.receipt_sets.heldout152_families import compose as compose152

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnpqrstuvwxyz"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"
HEX = "0123456789ABCDEF"

# town, PIN code, locality, state, GST state code
TOWNS = [
    ("Jodhpur", "342003", "Sardarpura", "Rajasthan", "08"),
    ("Madurai", "625020", "Anna Nagar", "Tamil Nadu", "33"),
    ("Amritsar", "143001", "Lawrence Road", "Punjab", "03"),
    ("Thrissur", "680001", "Swaraj Round East", "Kerala", "32"),
    ("Gwalior", "474009", "City Centre", "Madhya Pradesh", "23"),
    ("Siliguri", "734001", "Hakimpara", "West Bengal", "19"),
    ("Puducherry", "605001", "White Town", "Puducherry", "34"),
    ("Varanasi", "221010", "Sigra", "Uttar Pradesh", "09"),
]
TRADE, FIRM = "Kathachitra Studios", "Kathachitra Films LLP"
LLPIN = "AAX-4417"
SLUG = "kathachitra"
CODES = ["JDH", "MDU", "ASR", "TCR", "GWL", "SLG", "PDY", "VNS"]
STUDIO_SUBS = [
    "Weddings | Portraits | Products | Films",
    "Wedding photography & cinematic films - since 2011",
    "Candid weddings, studio portraits, product shoots, prints & albums",
]
CLIENTS = [
    "Devika Rathore",
    "Karthik Subramanian",
    "Harleen Kaur Sandhu",
    "Anjali Menon",
    "Siddharth Tomar",
    "Moumita Ghosh",
    "Aishwarya Pillai",
    "Aditya Pandey",
    "Nandini Shekhawat",
    "Gurpreet Singh Bedi",
    "Lakshmi Priya Raman",
    "Arnab Chakraborty",
]
COUPLES = [
    "Ishita & Rohan",
    "Meera & Arjun",
    "Simran & Jasraj",
    "Anagha & Vivek",
    "Pallavi & Kunal",
    "Riya & Sayantan",
    "Keerthana & Pradeep",
    "Shivangi & Utkarsh",
]
# a brand that books product shoots and a wedding planner in each town
BRANDS = [
    "Marwar Handicrafts Exports Pvt Ltd",
    "Chettinad Cottons LLP",
    "Phulkari Threads Pvt Ltd",
    "Malabar Spice Route Foods Pvt Ltd",
    "Scindia Sandstone Works Pvt Ltd",
    "Darjeeling Leaf & Co Pvt Ltd",
    "Pondy Clay Studio LLP",
    "Banaras Silk Emporium Pvt Ltd",
]
PLANNERS = [
    "Umaid Weddings & Events Pvt Ltd",
    "Meenakshi Mangalya Events",
    "Golden City Weddings LLP",
    "Kerala Knots Wedding Planners",
    "Gwalior Royal Events Pvt Ltd",
    "Teesta Tales Weddings",
    "French Quarter Weddings LLP",
    "Ghats & Vows Event Co.",
]
SLUGS = [
    "marwarhandicrafts",
    "chettinadcottons",
    "phulkarithreads",
    "malabarspice",
    "scindiastone",
    "darjeelingleaf",
    "pondyclay",
    "banarassilk",
]
VENUES = [
    "Umaid Bhawan lawns",
    "Hotel Fortune Pandiyan",
    "Ranjit Avenue Banquets",
    "Lulu Convention Centre",
    "Usha Kiran Palace",
    "Mayfair Tea Resort",
    "Promenade Beach Resort",
    "Taj Ganges lawns",
]
# a freelancer in each town: name, what they do
CREW = [
    ("Rahul Bishnoi", "Second shooter"),
    ("Sabari Nathan K", "Drone pilot"),
    ("Jaskaran Singh Gill", "Video editor"),
    ("Nithin Joseph", "Cinematographer"),
    ("Prateek Bhadoria", "Album designer"),
    ("Sayan Roy", "Gaffer & lights"),
    ("Vimal Arokiaraj", "Drone pilot"),
    ("Ankit Maurya", "Colourist"),
]
BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of Baroda",
    "Federal Bank",
    "Punjab National Bank",
    "IndusInd Bank",
    "Canara Bank",
]
REFUND = [
    "Money debited, if any, will return to the source account in 3 to 5 working days.",
    "If your account was debited, the bank will reverse it automatically.",
]
WAIT = [
    "The payer's bank is yet to confirm. Please do not collect the payment again.",
    "Status will update once the bank confirms. No need to pay again.",
]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "{d} %B %Y",
    "%d %b %Y",
    "%d.%m.%Y",
    "%b {d}, %Y",
    "%d-%b-%Y",
    "{d}/{m}/%Y",
]


def day_text(date: dt.date, pattern: str, upper: bool = False) -> str:
    """heldout86's ``when`` with ``{m}`` the month without its zero."""
    return when(date, pattern.replace("{m}", str(date.month)), upper=upper)


def studio(
    rng: random.Random, town: int, *, firm: float = 0.25, caps: float = 0.2, branch: float = 0.15
) -> str:
    """The studio as a payee: its trade name, the LLP's on some, the trade name with its branch's town on a few, in
    capitals on some."""
    roll = rng.random()
    if roll < firm:
        name = FIRM
    elif roll < firm + branch:
        name = rng.choice([f"{TRADE} {TOWNS[town][0]}", f"{TRADE} - {TOWNS[town][0]}"])
    else:
        name = TRADE
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
        low: float = 1500,
        high: float = 150000,
        p_round: float = 0.7,
        town: int | None = None,
        firm: float = 0.25,
        caps: float = 0.2,
        branch: float = 0.15,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = studio(rng, self.town, firm=firm, caps=caps, branch=branch)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return day_text(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an event's, a shoot's, a due day): never the payment's."""
        shift = rng.randrange(low, high) or 1
        return day_text(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a bill's, an earnings period's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def studio_head(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The studio on top of its own paper: what it does, its branch's address, GSTIN and LLPIN, the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(STUDIO_SUBS))
    p.add("small", f"{rng.randrange(2, 90)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  LLPIN {LLPIN}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def vendor_head(
    p: Screen, town: int, name: str, sub: str, kinds: list[str], *, merchant: bool = True, gst: bool = True
) -> None:
    """A business (a vendor, a freelancer, a landlord) on top of its own paper."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'Unit', 'First floor,', 'Plot'])} {rng.randrange(2, 140)}, "
        f"{rng.choice(['Main Road', 'Market Road', 'Station Road', 'Bazar Street'])}, {city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}  Ph: {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mobile: {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def paid_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead
    on a page without a day: both UTRs spell the day), an approval number and an RRN for a card; none for cash or a
    cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Transaction No.", "UPI Ref", "RRN (UPI)"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        p.pair(rng.choice(["Bank Ref.", "Bank Reference No."]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT Ref (UTR)", "UTR Ref.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS RRN No.", "IMPS Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Approval No.", "Auth ID"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def way_words(rng: random.Random, way: str, font: str) -> str:
    return {
        "cash": rng.choice(["Cash", "Cash at studio"]),
        "UPI": rng.choice(["UPI", "UPI (studio QR)", "Google Pay UPI"]),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
    }[way]


def signs(p: Screen, left: str, right_text: str) -> None:
    """Two signature lines at a page's foot (no fact)."""
    if fits(p, "pair", f"{left} {right_text}     "):
        p.add("pair", left, right_text)
    else:
        p.add("left", left)
        right(p, right_text)


# ---------------------------------------------------------------- 1. clients' UPI to the studio


UPI_ORDER = [
    "PhonePe",
    "Google Pay",
    "Paytm for Business",
    "BHIM",
    "CRED",
    "PhonePe Business",
    "Amazon Pay",
    "BharatPe",
]
# the studio's own merchant apps: band, its own id's shape
MERCHANT_APPS = {
    "Paytm for Business": ((0, 46, 110), "paytm"),
    "PhonePe Business": ((95, 37, 159), "phonepe"),
    "BharatPe": ((0, 150, 136), "bharatpe"),
}
SHOOT_NOTES = [
    "Pre-wedding shoot advance",
    "Passport photos x8",
    "Maternity shoot balance",
    "Album balance",
    "Product shoot 40 SKUs",
    "Newborn session",
    "Canvas print 24x36",
    "Engagement film edit",
    "Haldi + mehendi advance",
    "Family portrait",
]


def merchant_app(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The studio's own merchant app after a client paid its QR (Paytm for Business, PhonePe Business, BharatPe): the
    outcome, the sum large, Received from / From the client (the payer, no fact) and the client's UPI ID, Store /
    Business / Outlet the studio (the payee), Received at, Transaction ID and UTR No. / UPI Ref. No. / RRN, Received
    on / Date & time / Paid at, Credited to / Settles to, Payment mode UPI."""
    band, kind = MERCHANT_APPS[app]
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    head(p, app, band, p.style["h106"]["dark"], ["Payments received", "Collections", "Business"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Payment received", "Received successfully", "Money received"],
            "pending": ["Payment pending", "Awaiting confirmation from payer's bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    payer = rng.choice(CLIENTS)
    p.add("small", "Received from" if j.status == "success" else "From")
    p.add("center", payer.upper() if rng.random() < 0.4 else payer)
    p.add(
        "small",
        f"{vpa_base(payer)}{rng.randrange(1, 99)}@{rng.choice(['okicici', 'ybl', 'paytm', 'axl', 'oksbi'])}",
    )
    p.add("rule")
    wrap_pair(p, rng.choice(["Store", "Business", "Outlet"]), j.to, merchant=j.to)
    p.pair("Received at", rng.choice(["Reception QR", "Counter QR - 2", "Soundbox QR", "Studio QR standee"]))
    if not j.no_ref:
        own = {
            "paytm": digits(rng, 20),
            "phonepe": f"T{j.date:%y%m%d}{digits(rng, 14)}",
            "bharatpe": f"BP{digits(rng, 14)}",
        }[kind]
        label = rng.choice(["Transaction ID", "Order ID"]) if kind == "paytm" else "Transaction ID"
        labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
        if j.status == "success":
            labelled(p, rng.choice(["UTR No.", "UPI Ref. No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p, rng.choice(["Received on", "Date & time", "Paid at"]), stamp(rng, j.date, PATS), date=j.date
        )
    p.pair(
        "Credited to" if j.status == "success" else "Settles to",
        f"{rng.choice(BANKS[:5])} {masked(rng, font)}",
    )
    p.pair("Payment mode", "UPI", method="UPI")
    if j.status == "pending":
        p.add("small", "Hand over the order only after this payment shows as received.")
    p.part = "foot"
    p.add("small", rng.choice(["Settlements are credited to your bank every day.", "Need help? Tap Support"]))
    return p.done()


def client_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A client paying the studio by UPI: the payer's app (PhonePe, Google Pay, BHIM, CRED, Amazon Pay; heldout125's
    result screen, the studio (its LLP, or with its town, on some) under Paid to / To / Sent to (Paying to / Payment
    to on a failure), a Note / Message / For / Remarks (Pre-wedding shoot advance, Passport photos x8) on most) or the
    studio's own merchant app after the client paid its QR (``merchant_app``: Paytm for Business, PhonePe Business,
    BharatPe); Payment Successful / Paid successfully / Transaction Successful / Money sent / Payment received /
    Received successfully / Money received / Payment Failed / Transaction failed / Payment declined / Payment pending /
    Awaiting confirmation from payer's bank."""
    k = place("client_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(
        rng, status, no_ref=k == 6, no_day=k == 1, low=350, high=85000, p_round=0.85, firm=0.2, branch=0.25
    )
    app = UPI_ORDER[k]
    if rng.random() < 0.5:
        j.amount = float(rng.choice([600, 1200, 2500, 4500, 7500, 15000, 25000, 51000, 75000]))
    if app in MERCHANT_APPS:
        return merchant_app(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, SLUG, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "For", "Remarks"]), rng.choice(SHOOT_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Split  |  Repeat payment"]))
    return p.done()


# ---------------------------------------------------------------- 2. clients' transfers and payment intimations


XFER = {
    0: ("Axis Bank Internet Banking", None, "web", "NEFT", "UTIB"),
    1: ("IndusInd INDIE", (139, 29, 65), "app", "IMPS", "INDB"),
    3: ("bob World", (241, 101, 33), "app", "IMPS", "BARB"),
    4: ("FedNet", None, "web", "RTGS", "FDRL"),
    6: ("PNB ONE", (162, 20, 47), "app", "IMPS", "PUNB"),
    7: ("IDBI Bank GO Mobile+", (0, 122, 110), "app", "NEFT", "IBKL"),
}
XFER_URLS = {
    "Axis Bank Internet Banking": "omni.axisbank.co.in/axisretailbanking/fundtransfer/neft/ack",
    "FedNet": "www.fednetbank.com/corp/rtgs/acknowledgement",
}
XFER_NOTES = [
    "Wedding coverage - 2nd instalment",
    "Haldi + wedding advance",
    "Album and film balance",
    "Pre-wedding shoot - Jaisalmer",
    "Reception coverage final",
    "Wedding photo package",
]
# the payer of an intimation: planner or brand, the way
ADVICES = {2: ("planner", "NEFT"), 5: ("brand", "RTGS")}
WEDDING_LINES = [
    "Wedding photography & films",
    "Sangeet and reception coverage",
    "Candid + traditional coverage",
]
SHOOT_LINES = [
    "Catalogue shoot - {n} SKUs",
    "E-commerce product images - {n} SKUs",
    "Lifestyle shoot - {n} looks",
]


def intimation(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A wedding planner's Vendor Payment Intimation or a brand's Advice of Payment e-mail from its accounts payable
    desk: the payer on top (never the payee), Beneficiary vendor / Remitted to / Payee name the studio's LLP (the
    payee), Vendor No. and PAN (no id), the bills paid (Bill KFL/25-26/0xx - Wedding - Ishita & Rohan; no id),
    Total of bills, Less: TDS u/s 194C @ 2%, Less: Advance adjusted on some, Net remitted / Amount paid / Paid amount
    (the sum), Paid through NEFT / RTGS, Beneficiary bank and A/c, IFSC, UTR / RTGS UTR and Payment document No. / Pay
    run No., Value date / Payment date, Status Executed / Paid."""
    kind, mode = ADVICES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=False, town=k, firm=0.85, caps=0.35, branch=0.0)
    payer = PLANNERS[k] if kind == "planner" else BRANDS[k]
    domain = f"{SLUGS[k]}.com" if kind == "brand" else f"{vpa_base(payer)}events.in"
    p = mail_page(
        rng,
        font,
        f"{rng.choice(['Accounts Payable', 'AP Desk', 'Finance'])} <"
        f"{rng.choice(['ap', 'payables', 'finance'])}@{domain}>",
        ["Payment intimation - vendor payment", "Advice of payment", "Your bills have been paid"],
    )
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable", "Finance & accounts"]))
    p.add(
        "center", rng.choice(["VENDOR PAYMENT INTIMATION", "Advice of Payment", "Vendor Remittance Advice"])
    )
    p.add("rule")
    p.part = "body"
    p.add("left", rng.choice(["Dear Partner,", "Dear Vendor,", "Hello,"]))
    p.add(
        "left",
        rng.choice(
            [
                "The following bills have been paid to your account.",
                "We have made the payment below against your bills.",
            ]
        ),
    )
    wrap_pair(p, rng.choice(["Beneficiary vendor", "Remitted to", "Payee name"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor No.", "Vendor code"]), f"{rng.choice(['40', '70'])}{digits(rng, 6)}")
    p.pair("PAN", pan(rng, "F"))
    p.add("rule")
    bases = [whole(rng.uniform(25000, 240000) / 1.18, 50) for _ in range(rng.choice([1, 2, 2]))]
    gross = 0.0
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        what = (
            rng.choice(WEDDING_LINES) + f" - {rng.choice(COUPLES)}"
            if kind == "planner"
            else rng.choice(SHOOT_LINES).format(n=rng.randrange(20, 160))
        )
        label = what if j.no_ref else f"Bill KFL/{fy(j.date)}/{rng.randrange(10, 400):03d} - {what}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Total of bills", "Bills total"]), rs(gross))
    tds = round(sum(bases) * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    advance = whole(gross * rng.uniform(0.2, 0.35), 1000) if kind == "planner" and rng.random() < 0.5 else 0.0
    if advance:
        p.pair("Less: Advance adjusted", rs(advance))
    net = round(gross - tds - advance, 2)
    j.amount = net
    p.pair(rng.choice(["Net remitted", "Amount paid", "Paid amount"]), rs(net), amount=net)
    p.pair("Paid through", mode, method="netbanking")
    wrap_pair(
        p, rng.choice(["Beneficiary bank", "Bank"]), f"{rng.choice(BANKS[:6])} A/c XXXXXXX{digits(rng, 4)}"
    )
    p.pair("IFSC", ifsc(rng))
    if not j.no_ref:
        head4 = rng.choice(["HDFC", "ICIC", "UTIB", "KKBK"])
        ref = neft_utr(head4, rng, j.date) if mode == "NEFT" else rtgs_utr(head4, rng, j.date)
        p.pair("UTR" if mode == "NEFT" else rng.choice(["RTGS UTR", "UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document No.", "Pay run No."]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Value date", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Executed", "Paid"]), status="success")
    p.add("small", "The TDS deducted will appear in your Form 26AS after our quarterly return.")
    p.part = "foot"
    p.add("small", "This is an auto-generated mail from our ERP. Replies are not monitored.")
    return p.done()


def client_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A wedding client paying a package by bank transfer (Axis Bank Internet Banking, IndusInd INDIE, bob World,
    FedNet, PNB ONE, IDBI Bank GO Mobile+; heldout124's page, the studio or its LLP under Beneficiary Name / Payee
    Name / Transfer to, the account and IFSC, NEFT / RTGS / IMPS, UTR / IMPS Ref No / RRN and the bank's Reference
    No. / Transaction ID on some, the day, the debit account, Remarks / Narration / Purpose (Wedding coverage - 2nd
    instalment), Remitter on the web pages) or a planner's or a brand's payment intimation (two, ``intimation``);
    Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction Failed /
    Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under process /
    Transaction in process."""
    k = place("client_transfer")
    status = outcome(k, failed=(4,), pending=(7,))
    if k in ADVICES:
        return intimation(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    low, high = (200000, 850000) if mode == "RTGS" else (15000, 190000)
    j = Job(
        rng,
        status,
        no_ref=False,
        no_day=k == 1,
        low=low,
        high=high,
        p_round=0.85,
        firm=0.55,
        caps=0.45,
        town=k,
        branch=0.0,
    )
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=XFER_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Send money",
        payee_labels=["Beneficiary Name", "Payee Name", "Transfer to"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=row[2],
        mode=mode,
        head4=row[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID", "Bank Ref No."],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), rng.choice(XFER_NOTES))
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Remitter", "Remitter name"]), rng.choice(CLIENTS).upper())
    if status == "failed":
        p.add(
            "small",
            "Credit could not be made to the beneficiary. The amount will be returned to your account.",
        )
    elif status == "pending":
        p.add("small", "Your request is queued. The status will be updated after the next settlement batch.")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Bank never asks for your OTP or PIN", "This is a system generated acknowledgement"]),
    )
    return p.done()


# ---------------------------------------------------------------- 3. the front desk's card terminal slips


MAKERS = [
    "WORLDLINE",
    "MOSAMBEE",
    "PHONEPE POS",
    "IDFC FIRST BANK",
    "HDFC BANK",
    "ICICI BANK",
    "GETEPAY",
    "INDUSIND BANK",
]
SLIP_ITEMS = [
    "ALBUM 12X36 40 SHEETS",
    "PASSPORT PHOTOS X{n}",
    "CANVAS PRINT 24X36",
    "PORTRAIT SESSION",
    "FRAME A3 + PRINT",
    "PHOTO BOOK 10X10",
    "NEWBORN SHOOT PKG",
    "PRE-WEDDING ADVANCE",
]
SLIP_DAYS = ["%d/%m/%y", "%d-%m-%Y", "%d %b %y", "%d%b%Y", "%d.%m.%Y"]


def emi(principal: float, rate: float, months: int) -> float:
    """A bank EMI's monthly instalment at ``rate`` per cent a year."""
    r = rate / 1200
    return round(principal * r * (1 + r) ** months / ((1 + r) ** months - 1), 2)


def studio_pos(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The front desk's card terminal slip for an album, prints, a portrait session or a shoot's advance (Worldline,
    Mosambee, PhonePe POS, IDFC FIRST Bank, HDFC Bank, ICICI Bank, Getepay, IndusInd Bank; monospace): the maker on
    top on some, the studio in capitals (its LLP or its town on some; the payee), its locality and town, SALE / CARD
    SALE / BANK EMI SALE, DT: and TM: or DATE & TIME: or the day and hour on a row of their own, MID / TID / BATCH NO,
    INV NO / RECEIPT NO, PRODUCT / DESC, CARD NO, CARD TYPE, EXPIRY XX/XX, ENTRY MODE, AID (no id), APPROVAL CODE /
    AUTH ID, RRN / REF NO; on the two bank EMI slips EMI TENURE, ROI, MONTHLY EMI, TOTAL WITH INTEREST and the bank's
    processing fee (no fact) under TXN AMOUNT / SALE AMT (the sum); TOTAL / AMOUNT / SALE AMT on the rest (INR, RS.,
    Rs or none); APPROVED / TXN APPROVED / DECLINED / NOT APPROVED with its response code / TIMEOUT - STATUS AWAITED
    (HOST NOT RESPONDING - DO NOT REPEAT SALE)."""
    k = place("studio_pos")
    status = outcome(k, failed=(2,), pending=(6,))
    bank_emi = k in (1, 5)
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=450, high=60000, p_round=0.6, town=k)
    if bank_emi:
        j.amount = float(rng.choice([36000, 48500, 60000, 72000, 95000, 125000]))
    p = slip_page(rng, font)
    roll = rng.random()
    name = (FIRM if roll < 0.2 else f"{TRADE} {TOWNS[k][0]}" if roll < 0.45 else TRADE).upper()
    p.part = "head"
    if rng.random() < 0.55:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add("center", "BANK EMI SALE" if bank_emi else rng.choice(["SALE", "CARD SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TM:", "TIME:"]), clock)
    else:
        text = day_text(j.date, rng.choice(SLIP_DAYS), upper=True)
        form = rng.random()
        if form < 0.35:
            p.pair("DT:", text, date=j.date)
            p.pair("TM:", clock)
        elif form < 0.7 and fits(p, "left", f"{text}   {clock}"):
            p.add("left", f"{text}   {clock}", date=j.date)
        else:
            p.pair("DATE & TIME:", f"{text} {clock}", date=j.date)
    p.pair("MID:", f"{code(rng, 3, UPPER)}{digits(rng, 12)}")
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair(rng.choice(["PRODUCT:", "DESC:"]), rng.choice(SLIP_ITEMS).format(n=rng.choice([4, 8, 12])))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    p.pair("CARD NO:", f"{rng.choice(['XXXX XXXX XXXX ', '**** **** **** '])}{digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", f"{net} {'CREDIT' if bank_emi else rng.choice(['DEBIT', 'CREDIT'])}")
    p.pair("EXPIRY:", "XX/XX")
    p.pair("ENTRY MODE:", rng.choice(["CHIP", "CONTACTLESS", "SWIPE"]))
    if rng.random() < 0.5:
        p.pair(
            "AID:", {"VISA": "A0000000031010", "MASTERCARD": "A0000000041010", "RUPAY": "A0000005241010"}[net]
        )
    if not j.no_ref:
        if status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPROVAL CODE:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
        if status != "failed" or rng.random() < 0.5:
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if bank_emi:
        months = rng.choice([6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.99, 16.0])
        each = emi(j.amount, rate, months)
        p.pair(rng.choice(["TXN AMOUNT:", "SALE AMT:"]), amt(j.amount), amount=j.amount)
        p.pair("EMI TENURE:", f"{months} MONTHS")
        p.pair("ROI:", f"{rate:.2f}% P.A.")
        p.pair("MONTHLY EMI:", amt(each))
        p.pair("TOTAL WITH INTEREST:", amt(round(each * months, 2)))
        p.pair("PROC FEE (BY BANK):", amt(float(rng.choice([199, 249, 299]))))
    else:
        p.pair(rng.choice(["TOTAL:", "AMOUNT:", "SALE AMT:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "pending":
        p.add("center", "TIMEOUT - STATUS AWAITED", status="pending")
        p.add("small", "HOST NOT RESPONDING - DO NOT REPEAT SALE")
        p.add("small", "VERIFY IN SETTLEMENT REPORT")
    else:
        p.add(
            "center",
            {
                "success": rng.choice(["APPROVED", "TXN APPROVED"]),
                "failed": rng.choice(["DECLINED", "NOT APPROVED"]),
            }[status],
            status=status,
        )
    if status == "failed":
        p.add(
            "center",
            rng.choice(
                [
                    "RESP 51 - INSUFFICIENT FUNDS",
                    "RESP 55 - WRONG PIN",
                    "RESP 91 - ISSUER DOWN",
                    "RESP 05 - DO NOT HONOUR",
                ]
            ),
        )
    p.part = "foot"
    if status == "success":
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
        if bank_emi:
            p.add("small", "EMI CONVERSION SUBJECT TO ISSUER APPROVAL")
    p.add("small", rng.choice(["CUSTOMER COPY", "-- MERCHANT COPY --", "THANK YOU - SMILE PLEASE!"]))
    return p.done()


# ---------------------------------------------------------------- 4. stock agencies', marketplaces' and gateways' payouts


# platform, frame, currency, the way it pays
PLATFORMS = [
    ("Shutterstock", "mail", "USD", "wallet"),
    ("Adobe Stock", "browser", "USD", "wallet"),
    ("Razorpay", "browser", "INR", "netbanking"),
    ("Amazon Seller Central", "browser", "INR", "netbanking"),
    ("Payoneer", "mail", "EUR", "wallet"),
    ("Etsy", "mail", "INR", "netbanking"),
    ("Upwork", "browser", "USD", "netbanking"),
    ("Instamojo", "app", "INR", "netbanking"),
]
PLATFORM_URLS = {
    "Adobe Stock": "contributor.stock.adobe.com/en/payouts",
    "Razorpay": "dashboard.razorpay.com/app/settlements",
    "Amazon Seller Central": "sellercentral.amazon.in/payments/dashboard/index.html",
    "Upwork": "www.upwork.com/nx/payments/reports/transaction-history",
}


def stock_lines(rng: random.Random, platform: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """A foreign platform's earnings lines and what it keeps back (dollars or euros)."""
    if platform == "Shutterstock":
        lines = [
            (f"Image licences ({rng.randrange(40, 400)} downloads)", round(rng.uniform(60, 420), 2)),
            (f"Footage licences ({rng.randrange(3, 30)})", round(rng.uniform(30, 260), 2)),
        ]
        gross = sum(v for _, v in lines)
        return lines, [("Less: US tax withheld (15%, India-US treaty)", round(gross * 0.15, 2))]
    if platform == "Adobe Stock":
        return [(f"Royalties ({rng.randrange(30, 300)} licences)", round(rng.uniform(60, 520), 2))], []
    if platform == "Payoneer":
        return [("Getty Images - contributor royalties", round(rng.uniform(90, 640), 2))], [
            ("Payoneer receiving fee", round(rng.uniform(1, 4), 2))
        ]
    return [("Fixed-price contract - product film edit", round(rng.uniform(300, 1800), 2))], [
        ("Upwork service fee (10%)", 0.0)
    ]


def foreign_payout(
    rng: random.Random, font: str, k: int, j: Job, platform: str, frame: str, cur: str, way: str
) -> tuple[list, dict, dict]:
    """A foreign platform paying the studio in dollars or euros: Shutterstock's payout e-mail (to its Payoneer
    account), Adobe Stock's payout page (to PayPal), Payoneer's e-mail of a payment from Getty Images, Upwork's
    withdrawal to the studio's bank: the platform on top (never the payee), Contributor / Payee / Account holder /
    Agency the studio (the payee), Contributor ID / Customer ID (no id), Earnings period (no fact), the earnings and
    what was withheld, Payout amount / Amount paid / Amount / Withdrawal amount (the sum), Paid to / Payout method /
    Withdrawal method, Payout ID / Transaction ID / Payment ID / Reference ID, Sent on / Paid on / Processed on /
    Returned on / Initiated on."""
    show = fx(rng, font, cur)
    lines, cuts = stock_lines(rng, platform)
    gross = round(sum(v for _, v in lines), 2)
    if platform == "Upwork":
        cuts = [("Upwork service fee (10%)", round(gross * 0.10, 2))]
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    words = {
        "success": ["Payout sent", "Paid", "Completed"],
        "failed": ["Returned to payer - account details could not be verified"],
        "pending": ["Withdrawal pending", "Processing"],
    }
    if frame == "mail":
        sender = {
            "Shutterstock": "Shutterstock Contributor <payouts@shutterstock.com>",
            "Payoneer": "Payoneer <no-reply@payoneer.com>",
        }[platform]
        p = mail_page(
            rng,
            font,
            sender,
            {
                "Shutterstock": ["Your Shutterstock payout has been sent", "Payout sent"],
                "Payoneer": ["A payment to your account was returned", "Payment update"],
            }[platform],
        )
    else:
        p = browser_page(rng, font, PLATFORM_URLS[platform])
    p.part = "head"
    top(p, platform)
    p.add(
        "small",
        {
            "Shutterstock": "Contributor payouts",
            "Adobe Stock": "Contributor portal",
            "Payoneer": "Cross-border payments",
            "Upwork": "Reports - Transaction history",
        }[platform],
    )
    p.add("center", {"Upwork": "Withdrawal", "Payoneer": "Payment details"}.get(platform, "Payout details"))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, words)
    else:
        p.add("left", rng.choice(["Hello,", "Hi there,"]))
    payee_label = {
        "Shutterstock": ["Contributor", "Payee"],
        "Adobe Stock": ["Contributor", "Payee"],
        "Payoneer": ["Account holder", "Payee"],
        "Upwork": ["Agency", "Account holder"],
    }[platform]
    wrap_pair(p, rng.choice(payee_label), j.to, merchant=j.to)
    p.pair(
        {
            "Shutterstock": "Contributor ID",
            "Adobe Stock": "Contributor ID",
            "Payoneer": "Customer ID",
            "Upwork": "Agency ID",
        }[platform],
        digits(rng, 9),
    )
    if not j.no_day and platform != "Upwork":
        p.pair("Earnings period", j.month(1))
    for label, value in lines:
        wrap_pair(p, label, show(value))
    for label, value in cuts:
        wrap_pair(p, label, f"-{show(value)}")
    label = {
        "Shutterstock": ["Payout amount", "Amount paid"],
        "Adobe Stock": ["Payout amount", "Amount paid"],
        "Payoneer": ["Amount", "Net amount"],
        "Upwork": ["Withdrawal amount", "Amount"],
    }[platform]
    p.pair(rng.choice(label), show(net), amount=net, cur=cur)
    target = {
        "Shutterstock": f"Payoneer ({SLUG[:3]}***@{SLUG}.in)",
        "Adobe Stock": f"PayPal ({rng.choice(['accounts', 'studio'])}@{SLUG}.in)",
        "Payoneer": f"Payoneer {cur} balance",
        "Upwork": f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)} (INR)",
    }
    p.pair(
        rng.choice(["Paid to", "Payout method"]) if platform != "Upwork" else "Withdrawal method",
        target[platform],
        method=way,
    )
    if not j.no_ref:
        own = {
            "Shutterstock": f"PO-{digits(rng, 9)}",
            "Adobe Stock": code(rng, 17, ALNUM),
            "Payoneer": digits(rng, 10),
            "Upwork": digits(rng, 9),
        }[platform]
        labelled(
            p,
            {
                "Shutterstock": "Payout ID",
                "Adobe Stock": "Transaction ID",
                "Payoneer": "Payment ID",
                "Upwork": "Reference ID",
            }[platform],
            own,
            txn=(TXN_RANK, own),
        )
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Sent on", "Paid on", "Processed on"]),
                "failed": "Returned on",
                "pending": "Initiated on",
            }[j.status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "failed":
        p.add(
            "small", "The payer has been informed. Update your bank details so the payer can send it again."
        )
    elif j.status == "pending":
        p.add("small", "Withdrawals to Indian banks usually arrive in 2 to 3 business days.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Amounts are shown in the currency the platform pays in.", "Questions? Visit the help centre."]
        ),
    )
    return p.done()


def platform_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The platforms paying the studio: stock agencies and marketplaces abroad in dollars or euros
    (``foreign_payout``: Shutterstock, Adobe Stock, Payoneer from Getty Images, Upwork), Razorpay's settlement of its
    online booking payments, Amazon's disbursement for its photo books and frames, Etsy's deposit for its prints and
    Instamojo's payout for its print orders: the platform on top (never the payee), Merchant / Seller / Legal entity /
    Shop owner / Payout to the studio (the payee), Settlement period / Orders between (no fact), the sales (Payments
    collected (n), Product charges (n orders), Sales (n orders)), Less: the platform's fee, GST on it, TCS and TDS u/s
    194-O on some, Settlement amount / Transfer amount / Deposit amount / Payout amount (the sum, large on the app),
    Settled to / Transferred to / Deposited to, Settlement ID / Deposit ID / Payout ID, UTR / IMPS Ref No.,
    Settled on / Transferred on / Deposited on / Credited on; Processed / Settled / Transfer initiated / Deposited /
    Payout credited."""
    k = place("platform_payouts")
    status = outcome(k, failed=(4,), pending=(6,))
    platform, frame, cur, way = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.45, branch=0.0)
    if cur != "INR":
        return foreign_payout(rng, font, k, j, platform, frame, cur, way)
    n = rng.randrange(6, 90)
    if platform == "Razorpay":
        gross = round(rng.uniform(25000, 260000), 2)
        lines = [(f"Payments collected ({n})", gross)]
        fee = round(gross * 0.02, 2)
        cuts = [("Less: Razorpay fee (2%)", fee), ("Less: GST on fee (18%)", round(fee * 0.18, 2))]
        if rng.random() < 0.4:
            cuts.append(("Less: Refunds adjusted", float(rng.choice([1500, 2500, 4999]))))
    elif platform == "Amazon Seller Central":
        gross = round(rng.uniform(8000, 90000), 2)
        lines = [(f"Product charges ({n} orders)", gross)]
        ref_fee = round(gross * 0.09, 2)
        cuts = [
            ("Less: Referral fees", ref_fee),
            ("Less: Closing fees", float(n * rng.choice([12, 15, 20]))),
            ("Less: Easy Ship fees", float(n * rng.choice([55, 62, 70]))),
        ]
        cuts.append(("Less: GST on fees (18%)", round(sum(v for _, v in cuts) * 0.18, 2)))
        cuts += [
            ("Less: TCS (GST) @ 0.5%", round(gross / 1.18 * 0.005, 2)),
            ("Less: TDS u/s 194-O (0.1%)", round(gross / 1.18 * 0.001, 2)),
        ]
    elif platform == "Etsy":
        gross = round(rng.uniform(6000, 60000), 2)
        lines = [(f"Sales ({n} orders)", gross)]
        cuts = [
            ("Less: Transaction fees (6.5%)", round(gross * 0.065, 2)),
            ("Less: Payment processing fees", round(gross * 0.03 + n * 3, 2)),
            ("Less: Listing fees", round(n * 17.5, 2)),
        ]
    else:
        gross = round(rng.uniform(4000, 48000), 2)
        lines = [(f"Print orders ({n})", gross)]
        fee = round(gross * 0.02 + n * 3, 2)
        cuts = [
            ("Less: Instamojo fee (2% + Rs 3 per order)", fee),
            ("Less: GST @ 18% on fee", round(fee * 0.18, 2)),
        ]
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    words = {
        "success": {
            "Razorpay": ["Processed", "Settled"],
            "Amazon Seller Central": ["Transfer initiated", "Disbursed"],
            "Etsy": ["Deposited"],
            "Instamojo": ["Payout credited", "Paid"],
        }[platform]
    }
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Payouts", "Payout details"])
        rs = money(rng, font, 0.3)
        head(p, platform, (25, 44, 85), p.style["h106"]["dark"], ["Payouts", "Your money"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    elif frame == "mail":
        p = mail_page(
            rng, font, "Etsy <transaction@etsy.com>", ["Your deposit is on its way", "Etsy deposit"]
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Etsy")
        p.add("small", "Etsy Payments")
        p.add("center", "Deposit summary")
        p.add("rule")
        p.part = "body"
    else:
        p = browser_page(rng, font, PLATFORM_URLS[platform])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Razorpay" if platform == "Razorpay" else "amazon seller central")
        p.add("small", f"{FIRM}  |  Live" if platform == "Razorpay" else "Payments - Disbursement details")
        p.add(
            "center",
            rng.choice(["Settlement details", "Settlement summary"])
            if platform == "Razorpay"
            else "Statement view",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
    labels = {
        "Razorpay": ["Merchant", "Account name"],
        "Amazon Seller Central": ["Seller", "Legal entity"],
        "Etsy": ["Shop owner", "Deposited for"],
        "Instamojo": ["Payout to", "Account"],
    }[platform]
    wrap_pair(p, rng.choice(labels), j.to, merchant=j.to)
    if platform == "Etsy":
        p.pair("Shop", "KathachitraPrints")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.choice([7, 14]) + rng.randrange(1, 4))
        end = j.date - dt.timedelta(days=rng.randrange(1, 3))
        p.pair(
            rng.choice(["Settlement period", "Orders between"]),
            f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}",
        )
    for label, value in lines + cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(
            {
                "Razorpay": "Settlement amount",
                "Amazon Seller Central": rng.choice(["Transfer amount", "Disbursed amount"]),
                "Etsy": "Deposit amount",
            }[platform],
            rs(net),
            amount=net,
        )
    else:
        p.pair("Payout amount", rs(net))
    wrap_pair(
        p,
        rng.choice(["Settled to", "Transferred to", "Deposited to"]),
        f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}",
        method=way,
    )
    if not j.no_ref:
        own = {
            "Razorpay": f"setl_{code(rng, 14, MIXED)}",
            "Amazon Seller Central": digits(rng, 11),
            "Etsy": digits(rng, 10),
            "Instamojo": f"PY{digits(rng, 12)}",
        }[platform]
        labelled(
            p,
            {
                "Razorpay": "Settlement ID",
                "Amazon Seller Central": "Settlement ID",
                "Etsy": "Deposit ID",
                "Instamojo": "Payout ID",
            }[platform],
            own,
            txn=(TXN_RANK, own),
        )
        ref = (
            j.ref
            if platform == "Instamojo"
            else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "YESB"]), rng, j.date)
        )
        labelled(
            p,
            "UTR" if platform != "Instamojo" else rng.choice(["UTR", "IMPS Ref No."]),
            ref,
            txn=(UTR_RANK, ref),
        )
    if not j.no_day:
        labelled(
            p,
            {
                "Razorpay": "Settled on",
                "Amazon Seller Central": "Transferred on",
                "Etsy": "Deposited on",
                "Instamojo": "Credited on",
            }[platform],
            stamp(rng, j.date, PATS, hour=platform != "Etsy"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", "Deposited", status="success")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Deposits may take 1 to 3 business days to reach your bank.", "Fees include GST as applicable."]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 5. the studio's own invoices and advance receipts


# the way, the page
OWN_PAGES = [
    ("UPI", "final"),
    ("cash", "advance"),
    ("NEFT", "shoot"),
    ("cheque", "portrait"),
    ("card", "portrait"),
    ("UPI", "final"),
    ("IMPS", "advance"),
    ("cheque", "final"),
]
PACKAGE = [
    ("Candid photography (2 days)", [45000, 60000, 75000]),
    ("Traditional photography (2 days)", [30000, 36000, 42000]),
    ("Cinematic film + teaser", [55000, 70000, 90000]),
    ("Drone coverage (1 day)", [12000, 15000, 18000]),
    ("Pre-wedding shoot (outdoor, 1 day)", [25000, 35000]),
    ("Album 12x36 - 40 sheets (2 nos)", [18000, 24000]),
    ("LED wall & live mixing", [14000, 20000]),
]
SHOOT = [
    ("Product photography - white background ({n} SKUs)", [350, 450, 600]),
    ("Lifestyle shoot (half day)", [28000, 35000]),
    ("Retouching ({n} images)", [120, 150]),
    ("Model fee (reimbursement)", [12000, 15000]),
]
PORTRAIT = [
    ("Family portrait session (studio)", [4500, 6500]),
    ("Fine-art prints 16x20 ({n} nos)", [1400, 1800]),
    ("Canvas wrap 24x36", [5500, 7200]),
    ("Teak frame A3 ({n} nos)", [1200, 1650]),
    ("Digital files (high resolution)", [2500, 3500]),
]


def own_lines(rng: random.Random, page: str) -> list[tuple[str, float]]:
    """An invoice's lines: a wedding package's, a product shoot's or a portrait order's."""
    if page == "final":
        picks = PACKAGE[:2] + rng.sample(PACKAGE[2:], rng.randint(1, 3))
    elif page == "shoot":
        picks = [SHOOT[0]] + rng.sample(SHOOT[1:], rng.randint(1, 2))
    else:
        picks = [PORTRAIT[0]] + rng.sample(PORTRAIT[1:], rng.randint(1, 3))
    out = []
    for label, rates in picks:
        rate = float(rng.choice(rates))
        if "{n}" in label:
            n = rng.randrange(20, 120) if "SKU" in label or "images" in label else rng.randrange(2, 6)
            out.append((f"{label.format(n=n)} @ {rate:g}", n * rate))
        else:
            out.append((label, rate))
    return out


def advance_receipt(p: Screen, rs, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """The studio's BOOKING ADVANCE RECEIPT / ADVANCE RECEIPT - WEDDING COVERAGE (the studio on top, the payee):
    Receipt No. / Rcpt No., Date, "Received with thanks from <client> a sum of <words> as booking advance for the
    wedding photography and films of <couple> on <day> at <venue>" (no fact), Package value and Balance payable (no
    fact), Advance received / Amount received (the sum), the way and its reference; ADVANCE RECEIVED / RECEIVED WITH
    THANKS."""
    rng = p.rng
    studio_head(p, k, j.to, ["BOOKING ADVANCE RECEIPT", "ADVANCE RECEIPT - WEDDING COVERAGE"])
    if not j.no_ref:
        rno = f"ADV/{CODES[k]}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    package = whole(rng.uniform(150000, 520000), 5000)
    advance = whole(package * rng.choice([0.25, 0.3, 0.4, 0.5]), 1000)
    j.amount = advance
    when_where = "" if j.no_day else f" on {j.other_day(rng, 20, 200)}"
    p.add(
        "left",
        f"Received with thanks from {rng.choice(CLIENTS)} a sum of {words_in_rupees(advance)} as booking "
        f"advance for the wedding photography and films of {rng.choice(COUPLES)}{when_where} at "
        f"{VENUES[k]}, {TOWNS[k][0]}.",
    )
    p.add("rule")
    p.pair("Package value", rs(package))
    p.pair(rng.choice(["Advance received", "Amount received"]), rs(advance), amount=advance)
    p.pair("Balance payable", rs(package - advance))
    p.pair(rng.choice(["Mode", "Received by"]), way_words(rng, way, p.font), method=method_for(way))
    if not j.no_ref:
        paid_ref(p, j, way, ["HDFC", "SBIN", "ICIC", "PUNB"])
    word = rng.choice(["ADVANCE RECEIVED", "RECEIVED WITH THANKS"])
    p.add("center", word, status="success")
    p.part = "foot"
    p.add(
        "small",
        "The advance confirms the dates. It is adjusted in the final invoice and is not refundable after "
        "the dates are blocked, except as per the cancellation policy.",
    )
    right(p, f"For {TRADE}")
    right(p, "Authorised signatory")
    seal(p, TRADE, "ACCOUNTS", None if j.no_day else j.date, "ADVANCE RECEIVED")
    return p.done()


def studio_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's own paper (serif): TAX INVOICE / TAX INVOICE CUM RECEIPT / INVOICE - PHOTOGRAPHY SERVICES (the
    studio on top, the payee): Invoice No. / Inv. No., Date / Invoice date, Bill to / Client / Billed to (a client, or
    M/s a brand with its GSTIN), Event / Shoot (no fact), SAC 998383, the lines (a wedding package: Candid photography
    (2 days), Cinematic film + teaser, Album 12x36; a product shoot: Product photography - white background (n SKUs) @
    rate; a portrait order: Family portrait session, Fine-art prints 16x20, Canvas wrap), Taxable value, CGST and SGST
    @ 9% or IGST @ 18%, Invoice total, Less: TDS u/s 194C @ 2% on a brand's, Less: Advance received (Rcpt ...) on a
    wedding's final invoice, Balance received / Amount received / Received (net of TDS) (the sum), or Cheque amount
    (subject to realisation), or Amount due after a failed UPI collect request, the sum in words, the way and its
    reference; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / PAYMENT
    FAILED - AMOUNT STILL DUE in a row and in the studio's rubber stamp; and three booking advance receipts
    (``advance_receipt``)."""
    k = place("studio_receipt")
    status = outcome(k, failed=(5,), pending=(3,))
    way, page = OWN_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.2, branch=0.2)
    p = paper_page(rng, font, [700, 740, 780])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    if page == "advance":
        return advance_receipt(p, rs, k, j, way)
    studio_head(p, k, j.to, ["TAX INVOICE", "TAX INVOICE CUM RECEIPT", "INVOICE - PHOTOGRAPHY SERVICES"])
    if not j.no_ref:
        ino = f"KFL/{CODES[k]}/{j.year()}{rng.randrange(1, 900):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    brand = page == "shoot"
    client = f"M/s {BRANDS[k]}" if brand else rng.choice(CLIENTS)
    wrap_pair(p, rng.choice(["Bill to", "Client", "Billed to"]), client)
    if brand:
        p.pair("Client GSTIN", gstin(rng, TOWNS[k][4]))
    event = {
        "final": f"Wedding - {rng.choice(COUPLES)}, {VENUES[k]}",
        "shoot": "Catalogue shoot (studio floor 2)",
        "portrait": "Studio portrait & print order",
    }[page]
    wrap_pair(p, rng.choice(["Event", "Shoot"]), event)
    if page == "final":
        p.pair(rng.choice(["Event dates", "Shoot dates"]), j.other_day(rng, -45, -10))
    p.add("small", "SAC 998383 - Photography & videography services")
    p.add("rule")
    lines = own_lines(rng, page)
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    p.add("rule")
    sub = round(sum(v for _, v in lines), 2)
    p.pair("Taxable value", rs(sub))
    tax = round(sub * 0.18, 2)
    if not brand or rng.random() < 0.7:
        p.pair("CGST @ 9%", rs(tax / 2))
        p.pair("SGST @ 9%", rs(tax / 2))
    else:
        p.pair("IGST @ 18%", rs(tax))
    total = round(sub + tax, 2)
    p.pair(rng.choice(["Invoice total", "Total (incl. GST)"]), rs(total))
    tds = round(sub * 0.02, 2) if brand else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    advance = whole(total * rng.uniform(0.25, 0.4), 1000) if page == "final" else 0.0
    if advance:
        tail = "" if j.no_ref else f" (Rcpt ADV/{CODES[k]}/{fy(j.date)}/{rng.randrange(1, 400):03d})"
        wrap_pair(p, f"Less: Advance received{tail}", rs(advance))
    net = round(total - tds - advance, 2)
    j.amount = net
    if status == "success":
        label = (
            "Received (net of TDS)"
            if tds
            else "Balance received"
            if advance
            else rng.choice(["Amount received", "Received"])
        )
    elif status == "failed":
        label = rng.choice(["Amount due", "Balance due"])
    else:
        label = "Cheque amount (subject to realisation)"
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    elif status == "failed":
        p.pair("Payment attempted", "UPI collect request - failed", method="UPI")
    else:
        p.pair(
            rng.choice(["Mode", "Received by", "Payment mode"]),
            way_words(rng, way, font),
            method=method_for(way),
        )
        if not j.no_ref:
            paid_ref(p, j, way, ["HDFC", "ICIC", "UTIB", "SBIN"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "PAYMENT FAILED - AMOUNT STILL DUE",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("small", "Files and albums are released once the balance is received.")
    p.part = "foot"
    p.add("small", rng.choice(["Subject to realisation of cheques. E. & O.E.", "Thank you for choosing us!"]))
    right(p, f"For {FIRM}")
    right(p, "Partner / Authorised signatory")
    p.add("gap")
    seal(
        p,
        TRADE,
        rng.choice(["ACCOUNTS", "FRONT DESK"]),
        j.date if status == "success" else None,
        {"success": "PAID", "failed": "UNPAID", "pending": "CHEQUE RECEIVED"}[status],
    )
    return p.done()


# ---------------------------------------------------------------- 6. the freelance crews and the studios' licence fees


# frame, the way
CREW_PAGES = [
    ("payout", "UPI"),
    ("bank", "NEFT"),
    ("bill", "IMPS"),
    ("payout", "IMPS"),
    ("bank", "IMPS"),
    ("licence", "cheque"),
    ("payout", "IMPS"),
    ("bank", "NEFT"),
]
CREW_BANKS = {
    1: ("Kotak Fyn", None, "web", "NEFT", "KKBK"),
    4: ("ICICI InstaBIZ", (174, 40, 30), "app", "IMPS", "ICIC"),
    7: ("HDFC Bank Corporate NetBanking", None, "web", "NEFT", "HDFC"),
}
CREW_URLS = {
    "Kotak Fyn": "fyn.kotak.com/payments/single/neft/summary",
    "HDFC Bank Corporate NetBanking": "corp.hdfcbank.com/payments/neft/ack",
}
PAYOUT_APPS = {
    0: ("RazorpayX", "x.razorpay.com/payouts"),
    3: ("Cashfree Payments", "merchant.cashfree.com/payouts"),
    6: ("RazorpayX", "x.razorpay.com/payouts"),
}
CREW_NOTES = [
    "Second shooter - {c} wedding",
    "Drone day rate - {c}",
    "Edit: highlight film {c}",
    "Album design x2",
    "Gaffer + lights - {c}",
    "Colour grade - {c}",
]
LICENSORS = [
    "Bhandari Properties",
    "Meenakshi Sundaram Estates",
    "Kohli Buildcon Pvt Ltd",
    "Vadakkan Towers LLP",
    "Tomar Estates",
    "Hakimpara Commercial LLP",
    "Rue Dumas Heritage Properties",
    "Sigra Plaza Pvt Ltd",
]


def payout_page(
    rng: random.Random, font: str, k: int, j: Job, way: str, crew: str, note: str
) -> tuple[list, dict, dict]:
    """A payouts dashboard after paying a freelancer (RazorpayX, Cashfree Payments): the product on top and the
    studio's LLP under it (no fact), Payout details, the outcome, the sum large, Contact / Beneficiary / Paid to the
    freelancer (the payee), Fund account (a UPI ID or an account and IFSC), Mode, Purpose, Narration, Payout ID /
    Transfer ID, UTR, Processed at / Queued at, Fees (no fact), Debited from."""
    app, url = PAYOUT_APPS[k]
    p = browser_page(rng, font, url)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, app)
    p.add("small", f"{FIRM}  |  Payouts")
    p.add("center", rng.choice(["Payout details", "Transfer details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Processed", "Payout processed", "Success"],
            "pending": ["Pending", "Queued - awaiting beneficiary bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Contact", "Beneficiary", "Paid to"]), crew, merchant=crew)
    if way == "UPI":
        p.pair(
            "Fund account",
            f"UPI - {vpa_base(crew)}{rng.randrange(1, 99)}@{rng.choice(['okaxis', 'oksbi', 'ybl'])}",
        )
    else:
        p.pair("Fund account", f"A/c XXXXXX{digits(rng, 4)} ({ifsc(rng)})")
    p.pair("Mode", way, method=method_of(way))
    p.pair("Purpose", rng.choice(["vendor bill", "payout"]))
    wrap_pair(p, "Narration", note)
    if not j.no_ref:
        own = f"pout_{code(rng, 14, MIXED)}" if app == "RazorpayX" else f"CF{digits(rng, 12)}"
        labelled(p, "Payout ID" if app == "RazorpayX" else "Transfer ID", own, txn=(TXN_RANK, own))
        if j.status == "success":
            labelled(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p, "Processed at" if j.status == "success" else "Queued at", stamp(rng, j.date, PATS), date=j.date
        )
    p.pair("Fees", f"{rs(rng.choice([5.9, 9.44, 11.8]))} (incl. GST)")
    p.pair("Debited from", f"Current A/c XXXX{digits(rng, 4)}")
    if j.status == "pending":
        p.add(
            "small",
            "The beneficiary bank has not confirmed the credit yet. It will be retried automatically.",
        )
    p.part = "foot"
    p.add("small", "Payouts are subject to the bank's processing times.")
    return p.done()


def crew_bill(
    rng: random.Random, font: str, k: int, j: Job, way: str, crew: str, role: str
) -> tuple[list, dict, dict]:
    """A freelancer's own BILL / INVOICE - FREELANCE SERVICES to the studio (the freelancer on top, the payee): Bill
    No., Date, To M/s the studio's LLP, the days worked (Second shooter - n days @ rate, Travel & stay), Total, Less:
    TDS u/s 194C @ 1%, Received (after TDS) / Amount received (the sum), Paid by and its reference; RECEIVED /
    PAYMENT RECEIVED; PAN (no id)."""
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    vendor_head(
        p,
        k,
        crew,
        f"{role} - weddings, events & commercials",
        ["BILL", "INVOICE - FREELANCE SERVICES"],
        gst=False,
    )
    if not j.no_ref:
        bno = f"{rng.randrange(1, 99):02d}/{fy(j.date)}" if not j.no_day else f"{rng.randrange(1, 99):02d}"
        p.pair(rng.choice(["Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
    p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "To", f"M/s {FIRM}")
    p.add("rule")
    days, rate = rng.randint(2, 6), float(rng.choice([6000, 7500, 9000, 12000]))
    lines = [(f"{role} - {days} days @ {rate:g}", days * rate)]
    if rng.random() < 0.6:
        lines.append(("Travel & stay", float(rng.choice([2500, 4000, 5500]))))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = sum(v for _, v in lines)
    p.pair("Total", rs(total))
    tds = round(total * 0.01, 2)
    p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Received (after TDS)", "Amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair("Paid by", way_words(rng, way, font), method=method_for(way))
    if not j.no_ref:
        paid_ref(p, j, way, ["HDFC", "KKBK"])
    p.add("center", rng.choice(["RECEIVED", "PAYMENT RECEIVED"]), status="success")
    p.pair("PAN", pan(rng))
    p.part = "foot"
    signs(p, "Received by", crew)
    return p.done()


def licence_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A licensor's LICENCE FEE RECEIPT for the studio's floor under a leave and licence agreement (paper): Receipt
    No., Date, "Received from M/s <LLP> (<trade name>), licensee of the studio premises at <address>, the monthly
    licence fee for <month>" (no fact), Licence fee, Less: TDS u/s 194-I(b) @ 10%, Amount received (the sum), the
    sum in words, the cheque's number and bank, RECEIVED WITH THANKS, Licensor (the payee), PAN of licensor."""
    name = LICENSORS[k]
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    p.part = "head"
    top(p, rng.choice(["LICENCE FEE RECEIPT", "RECEIPT - LICENCE FEE"]))
    p.add("small", "(Leave and licence - studio premises)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = f"LF-{rng.randrange(10, 99)}"
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add(
        "left",
        f"Received from M/s {FIRM} ({TRADE}), licensee of the studio premises at {TOWNS[k][2]}, "
        f"{TOWNS[k][0]}, the monthly licence fee" + ("." if j.no_day else f" for {j.month()}."),
    )
    fee = whole(rng.uniform(30000, 110000), 500)
    p.pair("Licence fee", rs(fee))
    tds = round(fee * 0.10, 2)
    p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(fee - tds, 2)
    j.amount = net
    p.pair("Amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair("By cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
    wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    wrap_pair(p, "Licensor", name, merchant=name)
    p.pair("PAN of licensor", pan(rng, "F" if "LLP" in name or "Ltd" in name else "P"))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    signs(p, "Licensee's copy", "Signature of licensor")
    return p.done()


def crew_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying its freelance crews and its premises: a payouts dashboard (``payout_page``: RazorpayX,
    Cashfree Payments), the studio's business banking after an NEFT or IMPS to a freelancer or a licensor (Kotak
    Fyn, ICICI InstaBIZ, HDFC Bank Corporate NetBanking; heldout124's page, the payee under Beneficiary / Payee /
    Beneficiary name, Remarks (Second shooter - <couple> wedding), Debit account name, Initiated by / Authorised by
    on the web pages), a freelancer's own bill with the payment received (``crew_bill``), a licensor's licence fee
    receipt (``licence_receipt``); Processed / Payout processed / Success / Pending / Queued - awaiting beneficiary
    bank / Transaction Successful / Funds transferred successfully / Transaction Failed / Returned by beneficiary
    bank / <mode> transfer failed / RECEIVED / PAYMENT RECEIVED / RECEIVED WITH THANKS."""
    k = place("crew_payouts")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = CREW_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=6000, high=95000, p_round=0.8, town=k)
    crew, role = CREW[k]
    crew = crew.upper() if rng.random() < 0.3 else crew
    note = rng.choice(CREW_NOTES).format(c=rng.choice(COUPLES))
    if frame == "payout":
        return payout_page(rng, font, k, j, way, crew, note)
    if frame == "bill":
        return crew_bill(rng, font, k, j, way, crew, role)
    if frame == "licence":
        return licence_receipt(rng, font, k, j, way)
    row = CREW_BANKS[k]
    if k == 7:
        j.to = LICENSORS[k].upper() if rng.random() < 0.4 else LICENSORS[k]
        j.amount = round(whole(rng.uniform(30000, 110000), 500) * 0.9, 2)
        note = f"Licence fee - {TOWNS[k][0]} studio"
    else:
        j.to = crew
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=CREW_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Pay vendors",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=row[2],
        mode=row[3],
        head4=row[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Txn Ref No.", "Transaction ID", "Reference No."],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRM)
        p.pair(
            rng.choice(["Initiated by", "Maker"]),
            rng.choice(["ops.kathachitra", "accounts01", "studio.admin"]),
        )
        p.pair(rng.choice(["Authorised by", "Checker"]), rng.choice(["partner.designated", "finance.head"]))
    if status == "failed":
        p.add("small", "The beneficiary bank rejected the credit: invalid account. The amount is reversed.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Do not share your login credentials", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 7. electricity and broadband


# the board in a town: long name, short name, its number's label and length
POWER = {
    0: ("Jodhpur Vidyut Vitran Nigam Ltd", "JdVVNL", "K Number", 12),
    2: ("Punjab State Power Corporation Ltd", "PSPCL", "Account No.", 10),
    3: (
        "Thrissur Corporation Electricity Department",
        "Thrissur Corporation (Electricity)",
        "Consumer No.",
        9,
    ),
    4: ("M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd", "MPMKVVCL", "IVRS No.", 10),
    6: (
        "Electricity Department, Government of Puducherry",
        "Puducherry Electricity Dept",
        "Service Connection No.",
        8,
    ),
    7: ("Purvanchal Vidyut Vitran Nigam Ltd", "PuVVNL", "Account No.", 10),
}
# the app or net banking (band), its frame, the way
POWER_APPS = {
    0: ("PhonePe", (95, 37, 159), "phone", "UPI"),
    2: ("Paytm", (0, 46, 110), "phone", "UPI"),
    3: ("FedMobile", (0, 70, 140), "phone", "netbanking"),
    4: ("Amazon Pay", (35, 47, 62), "phone", "wallet"),
    6: ("Kotak Net Banking", None, "browser", "netbanking"),
    7: ("MobiKwik", (30, 60, 170), "phone", "wallet"),
}
ISPS = {
    1: (
        "ACT Fibernet",
        "browser",
        "selfcare.actcorp.in/payment/receipt",
        "Atria Convergence Technologies Ltd",
        "card",
    ),
    5: ("Excitel", "phone", None, "Excitel Broadband Pvt Ltd", "UPI"),
}
ISP_PLANS = [
    "ACT Giga 1 Gbps - 3 months",
    "ACT Incredible 500 Mbps - monthly",
    "Excitel 300 Mbps - 6 months",
    "Excitel 200 Mbps - monthly",
]


def isp_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A broadband provider's own receipt (ACT Fibernet's payment receipt in a browser, Excitel's app screen): the
    provider on top (the payee) and its company line, Payment successful / Payment received, Subscriber / Account
    name the studio's LLP, User ID / Customer ID (no id), Plan, Validity (no fact), Amount paid or the sum large,
    Payment mode, Receipt No., Transaction ID, Auth code or UPI Ref No., Paid on / Payment date."""
    name, frame, url, company, way = ISPS[k]
    j.amount = float(rng.choice([1416, 2360, 3539, 4130, 7080, 9440]))
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Payment", "Recharge status"])
        rs = money(rng, font, 0.5)
    p.part = "head"
    to = name.upper() if rng.random() < 0.2 else name
    top(p, to, merchant=to)
    p.add("small", company)
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment successful", "Payment received", "Recharge successful"]})
    if frame == "phone":
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Subscriber", "Account name"]), FIRM)
    p.pair(rng.choice(["User ID", "Customer ID"]), f"{SLUG[:6]}{digits(rng, 5)}")
    wrap_pair(p, "Plan", rng.choice(ISP_PLANS[:2] if name.startswith("ACT") else ISP_PLANS[2:]))
    if not j.no_day:
        p.pair("Valid till", j.other_day(rng, 28, 180))
    if frame != "phone":
        p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
    p.pair(
        rng.choice(["Payment mode", "Paid via"]),
        {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard'])} card {masked(rng, font)}"}[way],
        method=way,
    )
    if not j.no_ref:
        rno = f"{name[0]}{digits(rng, 11)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Payment date"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Your plan is renewed. Enjoy uninterrupted internet.", "Need help? Chat with us."]),
    )
    return p.done()


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's electricity through Bharat Connect (PhonePe, Paytm, FedMobile, Amazon Pay and MobiKwik on a phone
    with the sum large, Kotak Net Banking's bill payment receipt in a browser): Biller / Board / Electricity provider
    the board (JdVVNL, PSPCL, Thrissur Corporation Electricity Department, MPMKVVCL, Electricity Department, Puducherry,
    PuVVNL or its long name; the payee), K Number / Account No. / Consumer No. / IVRS No. / Service Connection No.,
    Consumer name the LLP, Connection type, Bill date and Due date (no fact), Bill amount, Prompt payment rebate and
    Amount paid on some, Platform fee and Total paid on Paytm (the sum with the fee), Paid via / Payment mode (UPI,
    FedMobile's current account, Amazon Pay balance, MobiKwik wallet), Bharat Connect Ref / BBPS Reference ID, UPI Ref
    No., Order ID / Transaction ID, Paid on / Payment date / Attempted on / Initiated on; Bill paid / Payment
    successful - biller notified / Paid to biller / Bill payment unsuccessful / Payment failed at biller / Awaiting
    biller confirmation / Bill payment under process; or the broadband provider's own receipt (``isp_receipt``)."""
    k = place("power_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=1800, high=42000, p_round=0.3, town=k)
    if k in ISPS:
        return isp_receipt(rng, font, k, j)
    long, short, number, size = POWER[k]
    app, band, frame, way = POWER_APPS[k]
    bill = j.amount
    rebate = round(bill * 0.01, 2) if status == "success" and app != "Paytm" and rng.random() < 0.5 else 0.0
    fee = float(rng.choice([1, 2, 5])) if app == "Paytm" else 0.0
    j.amount = round(bill - rebate + fee, 2)
    words = {
        "success": ["Bill paid", "Payment successful - biller notified", "Paid to biller"],
        "failed": ["Bill payment unsuccessful", "Payment failed at biller"],
        "pending": ["Awaiting biller confirmation", "Bill payment under process"],
    }
    if frame == "browser":
        p = browser_page(rng, font, "www.kotak.com/netbanking/billpay/receipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Pay - Transaction Receipt", "Bharat Connect - Payment Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(words[status]), status=status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Electricity"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Recharge & bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.45 and fits(p, "pair", f"Electricity provider {long}     ") else short
    wrap_pair(p, rng.choice(["Biller", "Board", "Electricity provider"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", FIRM.upper())
    p.pair("Connection type", rng.choice(["Non-domestic (commercial)", "LT commercial", "NDS"]))
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -25, -6))
        p.pair("Due date", j.other_day(rng, 2, 12))
    if rebate:
        p.pair("Bill amount", rs(bill))
        p.pair("Prompt payment rebate", f"-{rs(rebate)}")
        p.pair("Amount paid", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    elif fee:
        p.pair("Bill amount", rs(bill))
        p.pair("Platform fee", rs(fee))
        p.pair("Total paid", rs(j.amount))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(
        rng.choice(["Paid via", "Payment mode"]),
        {
            "UPI": "UPI",
            "netbanking": f"Current A/c {masked(rng, font)}",
            "wallet": f"{app} balance" if app == "Amazon Pay" else "MobiKwik wallet",
        }[way],
        method=way,
    )
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["Bharat Connect Ref", "BBPS Reference ID"]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            label = rng.choice(["Order ID", "Transaction ID"])
            own = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Payment date"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller will confirm within 72 hours. Please do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Bharat Connect - a service of NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 8. camera dealers, album labs, rentals, service


VENDORS = [
    ("Marudhar Camera House", "camera", "NEFT"),
    ("Meenakshi Digital Lab & Albums", "lab", "UPI"),
    ("Golden Lens Rentals", "rental", "UPI"),
    ("Kerala Camera Care", "service", "cheque"),
    ("Gwalior Photo Emporium", "camera", "card"),
    ("Teesta Album Studio", "lab", "UPI"),
    ("Pondy Gear Rentals", "rental", "IMPS"),
    ("Kashi Camera Service Centre", "service", "cash"),
]
VENDOR_SUBS = {
    "camera": "Cameras, lenses, lights & accessories - authorised dealer",
    "lab": "Photo lab - albums, photo books, canvas & fine-art prints",
    "rental": "Camera, lens, gimbal, drone & light rentals",
    "service": "Camera & lens repairs - sensor cleaning - calibration",
}
VENDOR_KINDS = {
    "camera": ["TAX INVOICE", "RETAIL INVOICE"],
    "lab": ["JOB CARD CUM INVOICE", "TAX INVOICE"],
    "rental": ["RENTAL INVOICE", "HIRE CHALLAN CUM INVOICE"],
    "service": ["SERVICE INVOICE", "REPAIR BILL"],
}
# item, quantity range, rate range
VENDOR_ITEMS = {
    "camera": [
        ("Sony Alpha 7 IV body", (1, 1), (215000, 239000)),
        ("Sigma 24-70mm f/2.8 DG DN II", (1, 1), (98000, 112000)),
        ("SanDisk Extreme Pro 128GB SD", (2, 8), (2400, 3100)),
        ("NP-FZ100 battery", (2, 4), (6800, 7900)),
        ("Godox AD200 Pro flash", (1, 2), (26000, 29000)),
    ],
    "lab": [
        ("Flush-mount album 12x36 - 40 sheets", (1, 3), (7800, 11500)),
        ("Album box & carry bag", (1, 3), (1200, 1800)),
        ("Canvas print 24x36", (1, 4), (2200, 3400)),
        ("Photo book 10x10 - 30 pages", (2, 10), (1400, 1900)),
    ],
    "rental": [
        ("Sony FX3 kit (per day)", (1, 3), (4500, 6000)),
        ("DJI Mavic 3 Pro with pilot (per day)", (1, 2), (9000, 12000)),
        ("DJI RS 4 gimbal (per day)", (1, 3), (1200, 1600)),
        ("Aputure 600d light kit (per day)", (1, 3), (2500, 3500)),
    ],
    "service": [
        ("Sensor cleaning", (1, 3), (1800, 2500)),
        ("Shutter unit replacement", (1, 1), (14000, 19000)),
        ("Lens AF calibration", (1, 2), (1500, 2200)),
        ("Service charges", (1, 1), (800, 1200)),
    ],
}


def gear_vendors(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's vendors' paper (the vendor on top, the payee): the camera dealers' TAX INVOICE / RETAIL INVOICE
    (Sony Alpha 7 IV body, Sigma 24-70mm, SD cards, batteries, flashes), the album labs' JOB CARD CUM INVOICE (Flush-
    mount album 12x36 - 40 sheets, Canvas print, Photo book; Job No. (no id) and Delivery by (no fact)), the rental
    houses' RENTAL INVOICE / HIRE CHALLAN CUM INVOICE (Sony FX3 kit (per day), DJI Mavic 3 Pro with pilot; Hire from -
    to (no fact), and a Refundable security deposit added to the hire total), the camera service centres' SERVICE
    INVOICE / REPAIR BILL (Sensor cleaning, Shutter unit replacement): Invoice No. / Bill No. / Challan No., Date /
    Invoice date, Buyer / Bill to / Customer M/s the studio, the lines, Taxable value, CGST and SGST @ 9%, Round off,
    Invoice total / Hire total (incl. GST), Amount received / Received / Total received (hire + deposit) (the sum), or
    Amount outstanding with Payment attempted Payment link (UPI) - failed, or NEFT initiated by client with its amount;
    PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED - THANK YOU / PAYMENT LINK FAILED - AMOUNT OUTSTANDING / NEFT
    INITIATED - CREDIT AWAITED."""
    k = place("gear_vendors")
    status = outcome(k, failed=(4,), pending=(3,))
    name, kind, way = VENDORS[k]
    if status == "pending":
        way = "NEFT"
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    to = name.upper() if rng.random() < 0.25 else name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    vendor_head(p, k, to, VENDOR_SUBS[kind], VENDOR_KINDS[kind])
    if not j.no_ref:
        no = rng.choice(
            [f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"]
        )
        p.pair(
            {
                "camera": "Invoice No.",
                "lab": rng.choice(["Invoice No.", "Bill No."]),
                "rental": rng.choice(["Challan No.", "Invoice No."]),
                "service": "Bill No.",
            }[kind],
            no,
            txn=(INVOICE_RANK, no),
        )
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "Customer"]), f"M/s {rng.choice([TRADE, FIRM])}")
    if kind == "lab":
        p.pair("Job No.", f"J{rng.randrange(1000, 9999)}")
        if not j.no_day:
            p.pair("Delivery by", j.other_day(rng, 5, 15))
    if kind == "rental" and not j.no_day:
        p.pair("Hire from - to", f"{j.other_day(rng, 1, 4)} - {j.other_day(rng, 5, 8)}")
    if kind == "service":
        p.pair(
            "Equipment",
            rng.choice(
                ["Sony A7 III (S/N 4xx9121)", "Canon EOS R6 (S/N 0xx3317)", "Sony 70-200 GM (S/N 18x0442)"]
            ),
        )
    p.add("rule")
    items = VENDOR_ITEMS[kind]
    picks = [items[0]] + rng.sample(items[1:], rng.randint(1, len(items) - 1))
    sub = 0.0
    for item, (qlo, qhi), (rlo, rhi) in picks:
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 50 if rhi > 5000 else 10))
        line = qty * rate
        sub += line
        wrap_pair(p, f"{item} {qty} x {rate:g}" if qty > 1 else item, rs(line))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(
        "Hire total (incl. GST)"
        if kind == "rental"
        else rng.choice(["Invoice total", "Total", "Bill total"]),
        rs(total),
    )
    net = total
    if kind == "rental":
        deposit = float(rng.choice([10000, 15000, 25000, 40000]))
        p.pair("Refundable security deposit", rs(deposit))
        net = total + deposit
    j.amount = net
    if status == "success":
        label = (
            "Total received (hire + deposit)"
            if kind == "rental"
            else rng.choice(["Amount received", "Received"])
        )
        p.pair(label, rs(net), amount=net)
        p.pair(rng.choice(["Mode", "Paid by"]), way_words(rng, way, font), method=method_for(way))
        if way == "cheque":
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
        elif not j.no_ref:
            paid_ref(p, j, way, ["HDFC", "ICIC", "SBIN", "KKBK"])
    elif status == "failed":
        p.pair("Amount outstanding", rs(net), amount=net)
        p.pair("Payment attempted", "Payment link (UPI) - failed", method="UPI")
    else:
        p.pair("NEFT initiated by client", rs(net), amount=net, method="netbanking")
        if not j.no_ref:
            ref = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
            p.pair("Client's bank ref.", ref, txn=(BANK_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED - THANK YOU"]),
        "failed": "PAYMENT LINK FAILED - AMOUNT OUTSTANDING",
        "pending": "NEFT INITIATED - CREDIT AWAITED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if kind == "rental":
        p.add("small", "Deposit refunded on return of the equipment in working condition.")
    p.add(
        "small", f"Subject to {TOWNS[k][0]} jurisdiction. Goods once sold will not be taken back. E. & O.E."
    )
    signs(p, "Customer's signature", f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 9. creative software


# product, its site, frame, company line, the way, the currency
SAAS = [
    ("Pixieset", "pixieset.com", "mail", "Pixieset Media Inc.", "card", "USD"),
    ("Capture One", "captureone.com", "browser", "Capture One A/S", "card", "EUR"),
    ("Adobe Creative Cloud", "adobe.com", "mail", "Adobe Systems Software Ireland Ltd", "card", "INR"),
    ("Light Blue", "lightbluesoftware.com", "mail", "Light Blue Software Ltd", "card", "GBP"),
    ("Google One", "one.google.com", "phone", "Google Play", "UPI", "INR"),
    ("Artlist", "artlist.io", "browser", "Artlist Ltd", "card", "USD"),
    (
        "Microsoft 365",
        "admin.microsoft.com",
        "browser",
        "Microsoft Corporation (India) Pvt Ltd",
        "netbanking",
        "INR",
    ),
    ("Aftershoot", "aftershoot.com", "alert", "Aftershoot Inc.", "card", "USD"),
]
# the plan, its lines (label, quantity, rate), days to the next charge
SAAS_PLANS = {
    "Pixieset": ("Pro Suite - monthly", [("Pro Suite", 1, 40.0)], 30),
    "Capture One": ("Capture One Pro - annual", [("Capture One Pro licence seats", 2, 179.0)], 365),
    "Adobe Creative Cloud": (
        "Creative Cloud All Apps - Teams (annual, billed monthly)",
        [("All Apps - Teams licences", 3, 5046.0)],
        30,
    ),
    "Light Blue": (
        "Light Blue - studio licence (annual)",
        [("Studio licence", 1, 180.0), ("Additional users", 2, 36.0)],
        365,
    ),
    "Google One": ("Google One 2 TB - monthly", [("2 TB storage plan", 1, 650.0)], 30),
    "Artlist": ("Artlist Max - Pro (annual)", [("Max Pro plan", 1, 479.88)], 365),
    "Microsoft 365": ("Microsoft 365 Business Standard", [("Licences", 5, 770.0)], 30),
    "Aftershoot": ("Aftershoot Selects + Edits - annual", [("Annual plan", 1, 360.0)], 365),
}
TAGLINES = {
    "Pixieset": "Client galleries, websites & store",
    "Capture One": "Raw photo editing",
    "Light Blue": "Studio management for photographers",
    "Artlist": "Music & footage for creators",
}


def spend_alert(
    rng: random.Random, font: str, k: int, j: Job, name: str, cur: str
) -> tuple[list, dict, dict]:
    """A card issuer's international spend alert e-mail for a software charge in dollars: the bank on top (never the
    payee), "<currency sum> spent on your credit card XX1234 at <MERCHANT> on <day>", Merchant (the payee, as the card
    network sends it), Transaction amount (the sum, in the currency charged), Approx. INR equivalent with the forex
    markup and GST (no fact), Card, Available limit (no fact), Reference No. / Authorisation code."""
    bank = rng.choice(["ICICI Bank", "HDFC Bank", "Axis Bank"])
    p = mail_page(
        rng,
        font,
        f"{bank} Alerts <credit_cards@{bank.split()[0].lower()}bank.com>",
        ["Transaction alert on your credit card", "International transaction alert"],
    )
    show = fx(rng, font, cur)
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    plan, lines, _ = SAAS_PLANS[name]
    total = round(sum(q * r for _, q, r in lines), 2)
    j.amount = total
    merchant = rng.choice([f"{name.upper()}.COM", f"{name.upper()} INC", name.upper()])
    card = masked(rng, font)
    p.part = "head"
    top(p, bank)
    p.add("small", "Credit Cards")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    on_day = "" if j.no_day else f" on {j.day(rng, ['%d-%b-%y', '%d/%m/%Y', '%d %b %Y'])}"
    p.add("left", f"Thank you for using your credit card {card} for {show(total)} at {merchant}{on_day}.")
    wrap_pair(p, "Merchant", merchant, merchant=merchant)
    p.pair("Transaction amount", show(total), amount=total, cur=cur)
    inr = round(total * rng.uniform(86.5, 88.9), 2)
    p.pair("Approx. INR equivalent", rs(inr))
    p.pair("Forex markup (3.5%) + GST", rs(round(inr * 0.035 * 1.18, 2)))
    p.pair("Card", f"Credit card {card}", method="card")
    if not j.no_day:
        labelled(p, "Transaction date", stamp(rng, j.date, PATS), date=j.date)
    if not j.no_ref:
        appr = digits(rng, 6)
        p.pair(rng.choice(["Authorisation code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    p.pair("Available limit", rs(whole(rng.uniform(80000, 450000), 1)))
    p.pair("Status", "Approved", status="success")
    p.add("small", "If you did not make this transaction, call us immediately to block your card.")
    p.part = "foot"
    p.add(
        "small",
        "The INR amount on your statement may differ with the exchange rate on the day of settlement.",
    )
    return p.done()


def creative_saas(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's creative and office software (Pixieset and Artlist in US dollars, Capture One in euros, Light Blue
    in pounds, Adobe Creative Cloud, Google One and Microsoft 365 in rupees; the vendor's e-mail, its billing page in a
    browser or Google Play's order screen): the product on top (the payee) and its tagline or company line, Receipt /
    Invoice paid / Order receipt / Billing history, Bill to / Billed to / Customer / Organisation the studio's LLP,
    GSTIN on the rupee pages, Customer No. / Account ID (no id), Plan, Service period (no fact), the lines, Subtotal,
    IGST @ 18% / GST @ 18% or VAT (0%) / Tax with the reverse-charge note, Amount paid / Total charged / Total /
    Amount due or the sum large, Payment method / Paid with, Invoice # / Invoice No., Payment ID / Order number /
    Transaction ID, Auth code, UPI Ref No., Paid on / Date paid / Order date / Attempted on / Initiated on, Renews on
    (no fact); Paid / Payment successful / Payment failed - card declined / Payment processing - awaiting bank
    confirmation; and a card's spend alert for Aftershoot in dollars (``spend_alert``)."""
    k = place("creative_saas")
    status = outcome(k, failed=(2,), pending=(6,))
    name, site, frame, company, way, cur = SAAS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, town=k)
    if frame == "alert":
        return spend_alert(rng, font, k, j, name, cur)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Order details", "Purchase"])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{rng.choice(['billing', 'receipts', 'no-reply'])}@{site}>",
            [f"Your {name} receipt", "Thanks for your payment", "Invoice paid"]
            if status == "success"
            else [f"Action needed: {name} payment failed", "We couldn't process your payment"],
        )
    else:
        p = browser_page(
            rng,
            font,
            f"{site}/{rng.choice(['billing', 'account/billing', 'billing/history'])}"
            if name != "Microsoft 365"
            else "admin.microsoft.com/#/billoverview",
        )
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Payment failed - card declined"],
        "pending": ["Payment processing - awaiting bank confirmation"],
    }
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", TAGLINES.get(name) or company)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add(
            "center",
            rng.choice(["Receipt", "Invoice paid", "Billing history"])
            if status == "success"
            else rng.choice(["Billing history", "Payment status"]),
        )
        p.add("rule")
        p.part = "body"
    plan, lines, days = SAAS_PLANS[name]
    wrap_pair(p, rng.choice(["Bill to", "Billed to", "Customer", "Organisation"]), FIRM)
    if cur == "INR" and frame != "phone":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    p.pair(rng.choice(["Customer No.", "Account ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Service period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        line = round(qty * rate, 2)
        sub += line
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(line))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["Tax", "VAT (0%)"]), show(0.0))
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
        p.add("small", "Reverse charge applies: the recipient accounts for IGST on this import of services.")
    vpa = f"{SLUG}@{rng.choice(['okhdfcbank', 'okaxis', 'oksbi'])}"
    p.pair(
        rng.choice(["Payment method", "Paid with"]),
        {
            "card": f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ending {digits(rng, 4)}",
            "UPI": f"UPI ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success" and frame != "phone":
            inv = (
                f"{code(rng, 3, UPPER)}-{rng.randrange(10000, 99999)}"
                if cur != "INR"
                else f"{code(rng, 1, UPPER)}{digits(rng, 10)}"
            )
            labelled(p, rng.choice(["Invoice #", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        if name == "Google One":
            pid = f"GPA.{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
            labelled(p, "Order number", pid, txn=(ORDER_RANK, pid))
        elif cur != "INR":
            pid = f"ch_{code(rng, 18, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        else:
            pid = digits(rng, 12)
            labelled(p, "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Date paid", "Order date"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success":
            p.pair(
                "Renews on", when(j.date + dt.timedelta(days=days), rng.choice(["%d %b %Y", "%b {d}, %Y"]))
            )
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will try again in 3 days. Update your payment method to keep your apps.")
    elif status == "pending":
        p.add("small", "Your licences stay active while the bank confirms the payment.")
    p.part = "foot"
    p.add(
        "small", rng.choice(["Manage your plan under Account > Billing.", "Questions? Reply to this e-mail."])
    )
    return p.done()


# ---------------------------------------------------------------- 10. refunds of cancelled bookings and print orders


# frame, the way
REFUND_PAGES = [
    ("paper", "NEFT"),
    ("gateway", "UPI"),
    ("mail", "IMPS"),
    ("app", "IMPS"),
    ("gateway", "card"),
    ("note", "cash"),
    ("merchant", "UPI"),
    ("mail", "NEFT"),
]
GATEWAYS = {
    1: ("Instamojo", "www.instamojo.com/dashboard/refunds"),
    4: ("PayU", "onboarding.payu.in/app/refunds"),
}
CANCELLED = [
    "Wedding coverage - dates cancelled",
    "Pre-wedding shoot - postponed indefinitely",
    "Engagement coverage - event called off",
    "Maternity shoot - cancelled on medical advice",
]
PRINT_ORDERS = [
    "Photo book 10x10 (misprint)",
    "Canvas print 24x36 (damaged in transit)",
    "Album reprint (delay)",
    "Passport photos (duplicate payment)",
]


def booking_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio refunding a cancelled booking's advance less its cancellation charge, or a print order: its
    REFUND VOUCHER - BOOKING CANCELLATION (paper, the studio on top, the payer: Voucher No., Date, Pay to / Refund to
    the client (the payee), Booking (no fact), Advance received (Rcpt ...), Less: Cancellation charge (25% of
    advance), Less: Pre-wedding shoot already delivered, Refund amount / Net refund (the sum), the way), its CREDIT
    NOTE CUM REFUND for a print order paid back in cash (Credit note No., Original invoice (no id), the refund), its
    e-mail (Refund issued to / Client, Refund amount, Mode, Credited to, UTR / IMPS RRN, Refund date), its business
    app after an IMPS (Axis neo for Business: Paid to, Remarks, IMPS Ref No and Transaction ID, Date & Time /
    Initiated on; Transfer successful / Transfer in process), its payment gateway's refund page (Instamojo, PayU: the
    refund large, Buyer / Customer (the payee), Original payment (no id), Refund ID, RRN / ARN, Refunded on /
    Attempted on; Refund completed / Refund successful / Refund failed - source card closed) or its merchant app's
    refund to a customer's UPI (PhonePe Business: Refunded to, Refund ID, UPI Ref No., Refunded on)."""
    k = place("booking_refunds")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    client = rng.choice(CLIENTS)
    client = client.upper() if rng.random() < 0.2 else client
    if frame in ("gateway", "merchant"):
        paid = float(rng.choice([1500, 2500, 4999, 7500, 12000, 25000]))
        pct = rng.choice([0, 10, 20])
        refund = round(paid * (100 - pct) / 100, 2)
        j.amount = refund
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        if frame == "merchant":
            p = phone_page(rng, font, k, ["", "Refund details"])
            head(p, "PhonePe Business", (95, 37, 159), p.style["h106"]["dark"], ["Refunds", "Payments"])
            p.part = "body"
            outcome_row(p, status, {"success": ["Refund successful", "Refunded to customer"]})
        else:
            gw, url = GATEWAYS[k]
            p = browser_page(rng, font, url)
            p.part = "head"
            top(p, gw)
            p.add("small", f"{FIRM}  |  {rng.choice(['Live', 'Dashboard'])}")
            p.add("center", rng.choice(["Refund details", "Refund status"]))
            p.add("rule")
            p.part = "body"
            outcome_row(
                p,
                status,
                {
                    "success": ["Refund completed", "Refund successful"],
                    "failed": ["Refund failed - source card closed"],
                },
            )
        p.add("big", rs(refund), amount=refund)
        wrap_pair(
            p,
            rng.choice(["Refunded to", "Customer"])
            if frame == "merchant"
            else rng.choice(["Buyer", "Customer"]),
            client,
            merchant=client,
        )
        wrap_pair(p, "For", rng.choice(PRINT_ORDERS + CANCELLED[1:]))
        p.pair(rng.choice(["Original payment", "Payment amount"]), rs(paid))
        if pct:
            p.pair(f"Cancellation charge ({pct}%)", rs(paid - refund))
        p.pair(
            "Refund to",
            {"UPI": "Original source - UPI", "card": f"Original source - card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            rid = {"PayU": digits(rng, 10), "Instamojo": f"RF{code(rng, 10, ALNUM)}"}.get(
                GATEWAYS.get(k, ("", ""))[0], f"R{j.date:%y%m%d}{digits(rng, 12)}"
            )
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(
                    p,
                    "ARN" if way == "card" else rng.choice(["RRN", "UPI Ref No."]),
                    arn,
                    txn=(UTR_RANK, arn),
                )
            p.pair("Original payment ID", f"MOJO{digits(rng, 10)}" if k == 1 else digits(rng, 11))
        if not j.no_day:
            labelled(
                p,
                {"success": rng.choice(["Refunded on", "Processed on"]), "failed": "Attempted on"}[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        if status == "failed":
            p.add("small", "Ask the customer for a bank account or UPI ID to refund by transfer.")
        p.part = "foot"
        p.add("small", "Refunds take 5 to 7 working days to reflect in the customer's statement.")
        return p.done()
    advance = float(whole(rng.uniform(15000, 150000), 1000))
    cuts = []
    if frame != "note":
        cuts.append(("Less: Cancellation charge (25% of advance)", round(advance * 0.25, 2)))
        if rng.random() < 0.35:
            cuts.append(
                ("Less: Pre-wedding shoot already delivered", float(rng.choice([8000, 12000, 15000])))
            )
    else:
        advance = float(rng.choice([1800, 2400, 3500, 5600]))
    refund = round(advance - sum(v for _, v in cuts), 2)
    j.amount = refund
    if frame in ("paper", "note"):
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        studio_head(
            p,
            k,
            TRADE,
            ["REFUND VOUCHER - BOOKING CANCELLATION", "REFUND VOUCHER"]
            if frame == "paper"
            else ["CREDIT NOTE CUM REFUND"],
            merchant=False,
        )
        if not j.no_ref:
            vno = f"{'RV' if frame == 'paper' else 'CN'}/{CODES[k]}/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair("Voucher No." if frame == "paper" else "Credit note No.", vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Pay to", "Refund to"]), client, merchant=client)
        if frame == "paper":
            wrap_pair(p, "Booking", rng.choice(CANCELLED))
            tail = (
                ""
                if j.no_ref or j.no_day
                else f" (Rcpt ADV/{CODES[k]}/{fy(j.date)}/{rng.randrange(1, 400):03d})"
            )
            wrap_pair(p, f"Advance received{tail}", rs(advance))
        else:
            wrap_pair(p, "Against", rng.choice(PRINT_ORDERS))
            if not j.no_ref:
                p.pair("Original invoice", f"KFL/{CODES[k]}/{rng.randrange(1, 900):04d}")
            p.pair("Amount paid", rs(advance))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair(rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_words(rng, way, font), method=method_for(way))
        if not j.no_ref:
            paid_ref(p, j, way, ["HDFC", "UTIB", "KKBK"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above amount in full and final settlement.")
        signs(p, "Client's signature", f"For {TRADE}")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{TRADE} <accounts@{SLUG}.in>",
            ["Refund of your booking advance", "Refund processed", "Cancellation - refund details"],
        )
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRADE)
        p.add("small", rng.choice(STUDIO_SUBS))
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            f"Dear {client.split()[0].title()}, we are sorry the booking could not go ahead. As per our "
            f"cancellation policy we have refunded the advance as below.",
        )
        wrap_pair(p, rng.choice(["Refund issued to", "Client"]), client, merchant=client)
        wrap_pair(p, "Booking", rng.choice(CANCELLED))
        p.pair("Advance received", rs(advance))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair("Refund amount", rs(refund), amount=refund)
        p.pair("Mode", way, method=method_of(way))
        p.pair("Credited to", f"A/c XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            if way == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "UTIB", "KKBK"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                p.pair("IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refund date", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", f"We hope to capture your moments another time. - Team {TRADE}")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details"])
    head(p, "Axis neo for Business", (151, 20, 77), p.style["h106"]["dark"], ["Payments", "IMPS transfer"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transfer successful", "Money sent"],
            "pending": ["Transfer in process", "Awaiting beneficiary bank"],
        },
    )
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
    p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair("Mode", way, method=method_of(way))
    wrap_pair(p, "Remarks", rng.choice(["Refund - booking cancelled", "Advance refund less charges"]))
    if not j.no_ref:
        labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        own = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(
            p,
            {"success": "Date & Time", "pending": "Initiated on"}[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    p.pair("Debited from", f"Current A/c {masked(rng, font)}")
    if status == "pending":
        p.add("small", "The beneficiary bank has not confirmed the credit yet. Do not repeat the transfer.")
    return p.done()


# ---------------------------------------------------------------- 11. permits and statutory fees


# the authority (the payee), its line under, frame, the way, the url
AUTHORITIES = [
    (
        "Archaeological Survey of India",
        "Ministry of Culture, Government of India",
        "bharatkosh",
        "netbanking",
        "bharatkosh.gov.in/Payment/Receipt",
    ),
    (
        "Directorate General of Civil Aviation",
        "Digital Sky Platform - drone registrations",
        "browser",
        "UPI",
        "digitalsky.dgca.gov.in/payments/receipt",
    ),
    (
        "Municipal Corporation Amritsar",
        "Trade licence - online renewal",
        "browser",
        "card",
        "mcamritsar.gov.in/tradelicence/payment",
    ),
    ("Thrissur Municipal Corporation", "Revenue section - professional tax", "paper", "netbanking", None),
    (
        "Employees' State Insurance Corporation",
        "Ministry of Labour & Employment",
        "browser",
        "netbanking",
        "www.esic.gov.in/ecr/challan/receipt",
    ),
    (
        "Employees' Provident Fund Organisation",
        "Ministry of Labour & Employment",
        "browser",
        "netbanking",
        "unifiedportal-emp.epfindia.gov.in/epfo/payment/receipt",
    ),
    (
        "Copyright Office",
        "Department for Promotion of Industry and Internal Trade",
        "browser",
        "UPI",
        "copyright.gov.in/ePayment/receipt",
    ),
    ("Varanasi Municipal Corporation", "Permission for film / photo shoot at ghats", "paper", "UPI", None),
]


def fee_heads(rng: random.Random, k: int, no_day: bool, date: dt.date) -> list[tuple[str, float]]:
    """What an authority's receipt charges for (a permit, a registration, a tax, contributions)."""
    if k == 0:
        days = rng.randint(1, 3)
        return [
            (f"Filming / photography permission ({days} day{'s' if days > 1 else ''})", days * 50000.0),
            ("Security deposit (refundable)", 10000.0),
        ]
    if k == 1:
        return [("UIN registration fee", 100.0), ("Remote pilot certificate fee", 100.0)][: rng.randint(1, 2)]
    if k == 2:
        return [
            ("Trade licence fee - photo studio", float(rng.choice([2500, 3000, 5000]))),
            ("Late fee", float(rng.choice([0, 500]))),
        ]
    if k == 3:
        return [
            ("Professional tax (half year)", float(rng.choice([1250, 2500]))),
            ("Employees' professional tax", float(rng.choice([6000, 7500, 9000]))),
        ]
    if k == 4:
        wages = float(whole(rng.uniform(120000, 420000), 1))
        return [
            ("Employer's contribution (3.25%)", round(wages * 0.0325, 0)),
            ("Employees' contribution (0.75%)", round(wages * 0.0075, 0)),
        ]
    if k == 5:
        wages = float(whole(rng.uniform(150000, 450000), 1))
        return [
            ("A/c 1 - EPF", round(wages * 0.1567)),
            ("A/c 2 - Admin charges", round(wages * 0.005)),
            ("A/c 10 - EPS", round(wages * 0.0833)),
            ("A/c 21 - EDLI", round(wages * 0.005)),
        ]
    if k == 6:
        n = rng.randint(2, 8)
        return [(f"Registration of artistic works ({n} photographs) @ 500", n * 500.0)]
    days = rng.randint(1, 4)
    return [
        (f"Shoot permission - ghats ({days} day{'s' if days > 1 else ''}) @ 5,000", days * 5000.0),
        ("Cleanliness charge", 1000.0),
    ]


def permits_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's permits and statutory fees: Bharatkosh's e-receipt for filming at a protected monument
    (Archaeological Survey of India under Department, the ministry and the PAO and DDO (no fact), Bharatkosh on top
    (never the payee)), the Digital Sky platform's drone registration fee (DGCA), Amritsar's trade licence renewal,
    Thrissur's professional tax (printed), ESIC's and EPFO's contribution challans (Employer code / Establishment ID
    and Wage month (no fact)), the Copyright Office's registration fee for photographs (Diary No. (no id)) and
    Varanasi's permission for a shoot at the ghats (printed): the authority on top or under Department (the payee), its
    line under it (no fact), Payer / Depositor / Employer / Applicant / Licensee the studio or its LLP, the heads,
    Total / Amount paid / Challan amount / Total amount (the sum), Mode of payment, Receipt No. / Challan No. (the
    document), Transaction Ref. No. / Transaction ID / TRRN, Bank Ref. No. / Bank reference / UPI Ref No. / Auth code,
    Date of payment / Payment date / Paid on / Attempted on / Initiated on; Success / Payment successful / Paid /
    Payment failed / Payment pending - bank confirmation awaited / Payment received."""
    k = place("permits_fees")
    status = outcome(k, failed=(2,), pending=(3,))
    name, line, frame, way, url = AUTHORITIES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.5, branch=0.0)
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    else:
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    words = {
        "success": ["Success", "Payment successful", "Paid"],
        "failed": ["Payment failed"],
        "pending": ["Payment pending - bank confirmation awaited"],
    }
    p.part = "head"
    if frame == "bharatkosh":
        top(p, "Bharatkosh")
        p.add("small", "Non Tax Receipt Portal - Government of India")
        p.add("center", "e-Receipt")
    else:
        to = name.upper() if frame == "paper" and rng.random() < 0.4 else name
        top(p, to, merchant=to)
        p.add("small", line)
        p.add(
            "center",
            rng.choice(["Payment receipt", "e-Payment acknowledgement"])
            if frame != "paper"
            else rng.choice(["RECEIPT", "CHALLAN RECEIPT"]),
        )
    p.add("rule")
    p.part = "body"
    if frame != "paper":
        outcome_row(p, status, words)
    if frame == "bharatkosh":
        p.pair("Ministry", "Culture")
        wrap_pair(p, "Department", name, merchant=name)
        wrap_pair(p, "PAO / DDO", f"Superintending Archaeologist, {TOWNS[k][0]} Circle")
        wrap_pair(p, "Purpose", "Permission fee - filming at protected monument")
    payer = j.to if k not in (4, 5) else FIRM
    wrap_pair(
        p,
        {
            0: "Depositor",
            1: "Applicant",
            2: "Licensee",
            3: "Assessee",
            4: "Employer",
            5: "Establishment",
            6: "Applicant",
            7: "Applicant",
        }[k],
        payer,
    )
    if k == 4:
        p.pair("Employer code", digits(rng, 17))
    elif k == 5:
        p.pair("Establishment ID", f"{code(rng, 5, UPPER)}{digits(rng, 7)}")
    elif k == 6:
        p.pair("Diary No.", f"{rng.randrange(1000, 99999)}/2026-CO/A")
    elif k == 2:
        p.pair("Licence No.", f"TL/{rng.randrange(1000, 9999)}")
    elif k == 3:
        p.pair("PT Assessee No.", f"PT/{rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}")
    if not j.no_day:
        if k in (4, 5):
            p.pair("Wage month", j.month(1))
        elif k == 7:
            p.pair("Shoot dates", j.other_day(rng, 3, 20))
        elif k == 3:
            p.pair("Half year", rng.choice(["April - September", "October - March"]))
    p.add("rule")
    heads = [(label, value) for label, value in fee_heads(rng, k, j.no_day, j.date) if value]
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(
        rng.choice(["Total", "Amount paid", "Challan amount", "Total amount"])
        if status == "success"
        else rng.choice(["Total", "Challan amount"]),
        rs(total),
        amount=total,
    )
    if frame == "paper":
        p.add("small", f"({words_in_rupees(total)})")
    p.pair(
        rng.choice(["Mode of payment", "Payment mode"]),
        {
            "netbanking": f"Net banking - {rng.choice(BANKS[:6])}",
            "UPI": "UPI",
            "card": rng.choice(["Debit card", "Credit card"]),
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success" and k not in (0,):
            doc = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "Challan No."]), doc, txn=(INVOICE_RANK, doc))
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}" if k != 5 else digits(rng, 13)
        labelled(p, {0: "Transaction Ref. No.", 5: "TRRN"}.get(k, "Transaction ID"), tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair(rng.choice(["Bank Ref. No.", "Bank reference"]), bref, txn=(BANK_RANK, bref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Date of payment", "Payment date", "Paid on"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS) if frame != "paper" else j.day(rng),
            date=j.date,
        )
    if frame == "paper":
        p.pair(
            "Status",
            rng.choice(words[status] if status != "success" else ["Payment received", "Paid"]),
            status=status,
        )
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The receipt is valid once the bank confirms the payment.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "This is a computer generated receipt and needs no signature.",
                "Keep this receipt for your records.",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 12. GST and income-tax challans


# tax, frame, the way
TAX_PAGES = [
    ("gst", "portal", "netbanking"),
    ("it280", "portal", "netbanking"),
    ("it281", "bank", "netbanking"),
    ("gst", "paper", "neft"),
    ("it281", "portal", "UPI"),
    ("gst", "bank", "netbanking"),
    ("it280", "paper", "netbanking"),
    ("gst", "phone", "UPI"),
]
TAX_BANKS = {
    2: ("Canara Bank", "canarabank.bank.in/etax/counterfoil"),
    5: ("HDFC Bank", "netbanking.hdfcbank.com/gst"),
}
BANK_CODES = {
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Punjab National Bank": "PUNB",
}


def gst_challan(
    rng: random.Random, font: str, k: int, j: Job, frame: str, way: str
) -> tuple[list, dict, dict]:
    """A GST payment's receipt (no payee): the GST portal's Payment Receipt (Form GST PMT-06) in a browser, on a phone
    after a UPI payment or printed, or HDFC Bank's GST payment acknowledgement in a browser: CPIN and Challan created
    on (no fact), GSTIN, Legal name / Taxpayer name the LLP, Trade name, Tax period (no fact), Tax, Interest and Fee
    under CGST / SGST / IGST / UTGST, Total challan amount / Total amount paid (the sum), Mode, Bank, CIN, BRN / Bank
    reference No., UPI Ref No., Date of deposit / Payment date and Time / Deposit time, Initiated on; Paid / Payment
    successful / Awaiting credit from RBI - NEFT / RTGS."""
    town = k
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "GST payment", "Payment status"])
        rs = money(rng, font, 0.5)
    elif frame == "paper":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    else:
        p = browser_page(
            rng, font, "payment.gst.gov.in/payment/trackpayment" if frame == "portal" else TAX_BANKS[k][1]
        )
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if frame == "bank":
        top(p, TAX_BANKS[k][0])
        p.add("center", "GST Payment - Acknowledgement")
    else:
        top(p, "Goods and Services Tax")
        p.add("small", "Government of India, States and Union Territories")
        p.add("center", rng.choice(["Payment Receipt (Form GST PMT-06)", "Challan - Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Paid", "Payment successful"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame != "paper":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan created on", j.other_day(rng, -3, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(p, rng.choice(["Legal name", "Taxpayer name"]), FIRM.upper())
    wrap_pair(p, "Trade name", TRADE)
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Tax period", when(period, rng.choice(["%m-%Y", "%b %Y", "%B, %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(12000, 260000), 1))
    state = "UTGST (0007)" if TOWNS[town][3] == "Puducherry" else "SGST (0006)"
    if rng.random() < 0.75:
        heads = [("CGST (0005) - Tax", tax), (f"{state} - Tax", tax)]
        if rng.random() < 0.3:
            interest = float(rng.randrange(60, 3000))
            heads += [("CGST (0005) - Interest", interest), (f"{state} - Interest", interest)]
        if rng.random() < 0.25:
            heads += [("CGST (0005) - Fee", 250.0), (f"{state} - Fee", 250.0)]
    else:
        heads = [("IGST (0008) - Tax", 2 * tax)]
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    else:
        p.pair(rng.choice(["Total challan amount", "Total amount paid"]), rs(total), amount=total)
    if frame == "paper":
        p.add("small", f"({words_in_rupees(total)})")
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        {"netbanking": "E-Payment (Net Banking)", "neft": "Over the counter / NEFT-RTGS", "UPI": "UPI"}[way],
        method={"neft": "netbanking"}.get(way, way),
    )
    bank = TAX_BANKS[k][0] if frame == "bank" else rng.choice(list(BANK_CODES))
    p.pair("Bank", bank)
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{BANK_CODES[bank]}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
        p.pair(rng.choice(["BRN", "Bank reference No."]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if j.status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
        p.pair(rng.choice(["Time", "Deposit time"]), hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add(
            "small",
            "Pay the mandate form at your bank by NEFT / RTGS within its validity. The receipt is final "
            "once RBI reports the credit to the portal.",
        )
    p.part = "foot"
    p.add("small", "Note: system generated receipt; the ledger is updated on credit.")
    return p.done()


def it_challan(
    rng: random.Random, font: str, k: int, j: Job, tax: str, frame: str, way: str
) -> tuple[list, dict, dict]:
    """An income-tax challan (no payee): the LLP's own advance or self-assessment tax (ITNS 280) or the TDS it deducted
    (ITNS 281) on the e-filing portal's Challan Receipt (a browser or printed) or Canara Bank's counterfoil: PAN or
    TAN, Name, Assessment Year (no fact), Major Head (0021) Income Tax (Other than Companies), Minor Head (100)
    Advance Tax / (300) Self-Assessment Tax / (200) TDS/TCS Payable by Taxpayer, Nature of Payment (194C, 194J(b),
    194-I(b)) on TDS, Amount (in Rs.) (the sum), CRN and CRN valid till (no fact), Payment mode, Bank, BSR Code and
    Challan No. (no id), CIN, Bank Reference Number / BRN, UPI Ref No., Date of deposit / Tender date / Attempted on,
    the breakup; Payment Successful / Tax paid / Payment failed."""
    firm = FIRM.upper()
    minor = (
        "(200) TDS/TCS Payable by Taxpayer"
        if tax == "it281"
        else rng.choice(["(100) Advance Tax", "(300) Self-Assessment Tax"])
    )
    total = float(rng.randrange(30, 1500) * 100)
    interest = float(rng.randrange(1, 40) * 50) if rng.random() < 0.3 else 0.0
    parts = [
        ("Tax", total - interest),
        ("Surcharge", 0.0),
        ("Cess", 0.0),
        ("Interest", interest),
        ("Penalty", 0.0),
        ("Others", 0.0),
    ]
    j.amount = total
    words = {"success": ["Payment Successful", "Tax paid"], "failed": ["Payment failed"]}
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    else:
        p = browser_page(
            rng,
            font,
            TAX_BANKS[k][1]
            if frame == "bank"
            else "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment-history",
        )
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    if frame == "bank":
        top(p, TAX_BANKS[k][0])
        p.add(
            "center",
            "Income Tax (ITNS 281) - Taxpayer's Counterfoil"
            if tax == "it281"
            else "Income Tax (ITNS 280) - Taxpayer's Counterfoil",
        )
    else:
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", f"Challan Receipt - ITNS {tax[2:]}")
    p.add("rule")
    p.part = "body"
    if frame != "paper":
        outcome_row(p, j.status, words)
    if tax == "it281":
        p.pair("TAN", f"{TOWNS[k][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
    else:
        p.pair("PAN", pan(rng, "F"))
    wrap_pair(p, "Name", firm)
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", "(0021) Income Tax (Other than Companies)")
    wrap_pair(p, "Minor Head", minor)
    if tax == "it281":
        wrap_pair(
            p,
            "Nature of Payment",
            rng.choice(
                [
                    "194C - Payment to contractors",
                    "194J(b) - Fees for professional services",
                    "194-I(b) - Rent on land or building",
                ]
            ),
        )
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount in words: {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('2468')}{digits(rng, 13)}"
        labelled(p, "CRN", crn, txn=(INVOICE_RANK, crn))
        if not j.no_day:
            p.pair("CRN valid till", j.other_day(rng, 5, 15))
    p.pair(
        rng.choice(["Payment mode", "Mode of payment"]),
        {"netbanking": "Net Banking", "UPI": "UPI"}[way],
        method=way,
    )
    p.pair("Bank", TAX_BANKS[k][0] if frame == "bank" else rng.choice(BANKS[:8]))
    if j.status == "success":
        bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
        p.pair("BSR Code", bsr)
        if not j.no_ref:
            p.pair("Challan No.", serial)
            if not j.no_day:
                cin = f"{bsr}{j.date:%d%m%Y}{serial}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = rng.choice([digits(rng, 12), f"{code(rng, 4, UPPER)}{digits(rng, 8)}"])
            p.pair(rng.choice(["Bank Reference Number", "BRN"]), brn, txn=(BANK_RANK, brn))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Tender date"]), j.day(rng), date=j.date)
    elif not j.no_day:
        labelled(p, "Attempted on", stamp(rng, j.date, PATS), date=j.date)
    p.add("rule")
    p.add("left", "Breakup (Amount in Rs.)")
    for label, value in parts:
        p.pair(label, rs(value))
    p.pair("Total", rs(total))
    if frame == "paper":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "failed":
        p.add("small", "The challan is not paid. Any debit will be reversed. Pay again with the same CRN.")
    p.part = "foot"
    p.add("small", "Credit of the tax is given against the PAN / TAN once the bank reports the challan.")
    return p.done()


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The LLP's GST (``gst_challan``: four) and income tax: its advance and self-assessment tax and the TDS it
    deducted from the crews, the licensors and the labs (``it_challan``: four)."""
    k = place("tax_challans")
    status = outcome(k, failed=(4,), pending=(3,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, town=k)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    return it_challan(rng, font, k, j, tax, frame, way)


compose = compose152

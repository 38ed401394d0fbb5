"""The twelve heldout155 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a florist and plant nursery business's day in 2026 (Gulnaar Florists, the trade name of
its flower shops in Kolkata, Bengaluru, Chandigarh, Ahmedabad, Panaji, Thane and Chennai, and Gulnaar Nursery, its
wholesale nursery at Kadiyam in the Godavari delta; all run by the partnership firm Sabharwal & Reddy Horticulture),
told by the proofs of payment it receives and makes: customers' UPI for bouquets, garlands and plants and its online
store's order e-mails, wedding and event clients' bank transfers and hotels' and event companies' vendor payment
advices net of TDS, the shops' card slips (a bank's instant discount on some, a UPI collect request on the terminal),
the gifting platforms' payouts and two export buyers' wires in dollars and euros, its own tax invoices for decoration,
bills of supply for flowers and plants and advance receipts for event bookings, the growers, flower market traders,
reefer trucks and air cargo agents it pays, electricity, municipal water and water tankers, greenhouse, florist and
packaging supplies, its software and courses (in dollars, euros and pounds on some), refunds of cancelled bookings and
orders, rent, a mall kiosk's licence fee, a farm lease and trade licences, and GST, TDS and West Bengal's profession
tax. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows
the page keeps. Headings, footers, taglines, "A unit of" lines, buyers', recipients' and remitters' names, delivery
days and slots, message cards, event days and venues, estimates and balances, bill numbers and days inside an advice,
GST, TDS and commission lines, discounts, bank offers, exchange rates and rupee equivalents, LR and AWB numbers,
vehicle and flight numbers, consumer, account and connection numbers, units, bill and due days, plans, periods and
renewal days, licence numbers and periods, original payment ids, partner, vendor and member codes, GSTIN, PAN, TAN,
IFSC, account numbers, MID, TID, batch, BSR codes and challan serials, and the payer's own details carry no fact.
``compose`` is heldout153's (heldout121's frames and marks, heldout129's rubber stamp).
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
from bench.receipt_sets.heldout153_families import compose as compose153
from bench.receipt_sets.heldout153_families import day_text, paid_ref, signs

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code
TOWNS = [
    ("Kolkata", "700019", "Ballygunge", "West Bengal", "19"),
    ("Bengaluru", "560038", "Indiranagar", "Karnataka", "29"),
    ("Chandigarh", "160017", "Sector 17", "Chandigarh", "04"),
    ("Kadiyam", "533126", "Rajahmundry Road", "Andhra Pradesh", "37"),
    ("Ahmedabad", "380009", "Navrangpura", "Gujarat", "24"),
    ("Panaji", "403001", "Campal", "Goa", "30"),
    ("Thane", "400602", "Naupada", "Maharashtra", "27"),
    ("Chennai", "600017", "T. Nagar", "Tamil Nadu", "33"),
]
NURSERY_TOWN = 3
TRADE, NURSERY, FIRM = "Gulnaar Florists", "Gulnaar Nursery", "Sabharwal & Reddy Horticulture"
FIRM_PAN = "AAKFS6142J"
SLUG = "gulnaarflorists"
CODES = ["KOL", "BLR", "CHD", "KDM", "AMD", "PNJ", "THN", "CHN"]
SHOP_SUBS = [
    "Fresh flowers | Bouquets | Wedding & event decor | Plants",
    "Florists & event decorators - since 1998",
    "Flowers, indoor plants, gifting & event decoration",
]
NURSERY_SUBS = [
    "Wholesale nursery - ornamental, fruit & indoor plants",
    "Growers & suppliers of plants, saplings & landscaping material",
]
CUSTOMERS = [
    "Rituparna Sen",
    "Nikhil Gowda",
    "Simran Bajwa",
    "Venkata Lakshmi Kodali",
    "Krunal Desai",
    "Sonia Fernandes",
    "Omkar Jadhav",
    "Lakshmi Narayanan",
    "Debjani Mukherjee",
    "Rohan Kamath",
    "Farah Siddiqui",
    "Aditi Bhattacharya",
]
# an event client in each town (a hotel, a banquet, an event company, a builder's landscaping)
CLIENTS = [
    "Hooghly Riverside Banquets Pvt Ltd",
    "Cubbon Crest Hotels Pvt Ltd",
    "Sukhna Greens Resorts Pvt Ltd",
    "Godavari Infra Developers LLP",
    "Sabarmati Convention Centre Pvt Ltd",
    "Miramar Bay Weddings LLP",
    "Upvan Lakeside Events Pvt Ltd",
    "Marina Pearl Hotels Pvt Ltd",
]
CLIENT_SLUGS = [
    "hooghlyriverside",
    "cubboncrest",
    "sukhnagreens",
    "godavariinfra",
    "sabarmaticc",
    "miramarbay",
    "upvanlakeside",
    "marinapearl",
]
VENUES = [
    "Hooghly Riverside Banquets",
    "The Cubbon Crest, Ballroom",
    "Sukhna Greens lawns",
    "Godavari Residency (clubhouse)",
    "Sabarmati Convention Centre, Hall B",
    "Miramar Bay beach lawns",
    "Upvan Lakeside lawns",
    "Marina Pearl, Grand Hall",
]
EVENTS = [
    "Sen - Banerjee wedding",
    "Annual dealers' meet - gala dinner",
    "Sangeet & mehendi - Bajwa family",
    "Clubhouse inauguration",
    "Product launch - lobby florals",
    "Beach wedding - Fernandes & D'Costa",
    "Haldi & wedding - Jadhav family",
    "Corporate Diwali dinner",
]
BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of Baroda",
    "Federal Bank",
    "Canara Bank",
    "Indian Bank",
    "Union Bank of India",
]
REFUND = [
    "Any amount debited will be returned to your account within 3-5 working days.",
    "If your account was debited, the bank will reverse it automatically.",
]
WAIT = [
    "Your bank has not confirmed this payment yet. Please do not pay again.",
    "We are checking with your bank. The shop will be updated once it is confirmed.",
]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "{d} %B %Y",
    "%d %b %Y",
    "%d.%m.%Y",
    "%b {d}, %Y",
    "%d-%b-%Y",
    "{d}.{m}.%Y",
]


def trade(town: int) -> str:
    """The trade name in a town: the nursery's at Kadiyam, the shops' everywhere else."""
    return NURSERY if town == NURSERY_TOWN else TRADE


def shop(
    rng: random.Random, town: int, *, firm: float = 0.25, caps: float = 0.2, branch: float = 0.15
) -> str:
    """The business as a payee: its trade name, the firm's on some, the trade name with its town or locality on a
    few, in capitals on some."""
    roll = rng.random()
    if roll < firm:
        name = FIRM
    elif roll < firm + branch:
        name = rng.choice([f"{trade(town)} {TOWNS[town][0]}", f"{trade(town)} - {TOWNS[town][2]}"])
    else:
        name = trade(town)
    return name.upper() if rng.random() < caps else name


def short(name: str) -> str:
    """A company's name without its Pvt Ltd or LLP (a mail sender's)."""
    for tail in (" Pvt Ltd", " LLP", " Ltd"):
        name = name.replace(tail, "")
    return name


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
        high: float = 120000,
        p_round: float = 0.7,
        town: int | None = None,
        firm: float = 0.25,
        caps: float = 0.2,
        branch: float = 0.15,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = shop(rng, self.town, firm=firm, caps=caps, branch=branch)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return day_text(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a delivery's, an event's, a due day, a cheque's): never the payment's."""
        shift = rng.randrange(low, high) or 1
        return day_text(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's, a payout cycle's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def shop_head(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The business on top of its own paper: what it does, its shop's or nursery's address, GSTIN and the firm's
    PAN, "A unit of <firm>" under a trade name on some (no fact), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    if name.lower() != FIRM.lower() and rng.random() < 0.4:
        p.add("small", f"(A unit of {FIRM})")
    p.add("small", rng.choice(NURSERY_SUBS if town == NURSERY_TOWN else SHOP_SUBS))
    place_ = "Survey No." if town == NURSERY_TOWN else rng.choice(["Shop No.", "Ground floor,", "Kiosk"])
    p.add("small", f"{place_} {rng.randrange(2, 140)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  PAN {FIRM_PAN}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def vendor_head(
    p: Screen,
    town: int,
    name: str,
    sub: str,
    kinds: list[str],
    *,
    merchant: bool = True,
    gst: bool = True,
    street: str | None = None,
) -> None:
    """Another business (a vendor, a trader, a transporter, a landlord company) on top of its own paper."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    where = street or rng.choice(["Main Road", "Market Road", "Station Road", "Industrial Estate"])
    p.add(
        "small",
        f"{rng.choice(['No.', 'Shed', 'Plot', 'Shop'])} {rng.randrange(2, 160)}, {where}, {city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}  Mob: {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob: {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def way_words(rng: random.Random, way: str, font: str) -> str:
    return {
        "cash": rng.choice(["Cash", "By cash", "Cash at counter"]),
        "UPI": rng.choice(["UPI", "UPI (shop QR)", "PhonePe UPI"]),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
    }[way]


def cheque_no(rng: random.Random) -> str:
    return f"{rng.randrange(1, 999999):06d}"


def tail_lines(p: Screen, lines: list[tuple[str, float]], rs) -> None:
    for label, value in lines:
        wrap_pair(p, label, rs(value))


# ---------------------------------------------------------------- 1. customers' UPI and the online store's orders


UPI_ORDER = ["Google Pay", "PhonePe", "store", "WhatsApp", "MobiKwik", "store", "Paytm", "store"]
ORDER_NOTES = [
    "Bouquet for Maa",
    "24 red roses",
    "Anniversary flowers",
    "Orchid pot",
    "Pooja garlands x6",
    "Wreath - condolence",
    "Birthday bouquet + cake",
    "Bonsai gift",
    "Mogra gajra x4",
    "Car decoration advance",
    "Plants for balcony",
]
# the online store's gateway and the way its buyer paid
STORE_PAYS = {2: ("Razorpay", "UPI"), 5: ("PayU", "card"), 7: ("Easebuzz", "UPI")}
STORE_ITEMS = [
    ("Red roses bouquet (24 stems)", [899, 1099, 1299]),
    ("Pink lilies & carnations bouquet", [1149, 1349]),
    ("Orchid arrangement in glass vase", [1899, 2499]),
    ("Mixed gerbera basket", [799, 999]),
    ("Peace lily in ceramic pot", [749, 899]),
    ("Money plant in jute basket", [499, 649]),
    ("Rajnigandha & white roses bunch", [699, 849]),
]
ADDONS = [
    ("Chocolate truffle cake 500 g", [599, 699]),
    ("Ferrero Rocher 16 pcs", [849, 899]),
    ("Greeting card", [99, 149]),
    ("Teddy bear 12 inch", [449, 549]),
]
SLOTS = [
    ("Midnight (11 PM - 12 AM)", 249.0),
    ("Fixed time (4 PM - 6 PM)", 149.0),
    ("Morning (9 AM - 1 PM)", 99.0),
    ("Same day - standard", 0.0),
]
CARD_MESSAGES = [
    "Happy anniversary, my love!",
    "Get well soon, Dadi",
    "Congratulations on the new home!",
    "Happy birthday - see you tonight",
    "With deepest condolences",
]


def store_order(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The shops' online store's order confirmation e-mail to a buyer (paid through Razorpay, PayU or Easebuzz): the
    store on top (the payee), Order No. / Order ID / Order number, Placed on / Order date / Ordered on, Deliver to /
    Recipient, Delivery on and Slot (no fact), Message card, the bouquet and add-ons, Subtotal, Delivery charge /
    Shipping, Discount (code) on some, Total paid / Amount paid / Order total (the sum), Payment method / Paid via,
    Payment ID (pay_...) / PayU ID / Easepay ID, UPI Ref No. / UTR or Auth code, Payment status."""
    gw, way = STORE_PAYS[k]
    town = j.town
    site = f"{SLUG}.in"
    p = mail_page(
        rng,
        font,
        f"{TRADE} <{rng.choice(['orders', 'care'])}@{site}>",
        ["Your order is confirmed", "Thank you for your order", "Order confirmation - we're on it"],
    )
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    to = TRADE.upper() if rng.random() < 0.2 else TRADE
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Fresh flowers, plants & gifts - same day delivery", "Flowers delivered fresh in 7 cities"]
        ),
    )
    p.add("rule")
    p.part = "body"
    p.add(
        "center",
        rng.choice(["Thank you for your order!", "Your order is confirmed", "Order placed successfully"]),
        status="success",
    )
    buyer, recipient = rng.sample(CUSTOMERS, 2)
    p.add("left", f"Hi {buyer.split()[0]}, thank you for shopping with us. Your flowers are being arranged.")
    oid = f"GF{rng.randrange(10000, 99999)}"
    labelled(p, rng.choice(["Order No.", "Order ID", "Order number"]), oid, txn=(ORDER_RANK, oid))
    labelled(p, rng.choice(["Placed on", "Order date", "Ordered on"]), stamp(rng, j.date, PATS), date=j.date)
    wrap_pair(p, rng.choice(["Deliver to", "Recipient"]), f"{recipient}, {TOWNS[town][2]}, {TOWNS[town][0]}")
    slot, fee = rng.choice(SLOTS)
    p.pair("Delivery on", j.other_day(rng, 1, 4))
    wrap_pair(p, "Slot", slot)
    wrap_pair(p, "Message card", rng.choice(CARD_MESSAGES))
    p.add("rule")
    name, prices = rng.choice(STORE_ITEMS)
    qty = rng.choice([1, 1, 1, 2])
    lines = [(f"{name} x {qty}", qty * float(rng.choice(prices)))]
    for add, aprices in rng.sample(ADDONS, rng.randint(0, 2)):
        lines.append((f"{add} (add-on)", float(rng.choice(aprices))))
    tail_lines(p, lines, rs)
    sub = sum(v for _, v in lines)
    p.pair("Subtotal", rs(sub))
    p.pair(rng.choice(["Delivery charge", "Shipping"]), rs(fee) if fee else "Free")
    disc = 0.0
    if rng.random() < 0.4:
        offer, pct = rng.choice([("BLOOM10", 10), ("FIRSTORDER", 12), ("LOVE15", 15)])
        disc = round(sub * pct / 100, 2)
        p.pair(f"Discount ({offer})", rs(disc, "-"))
    total = round(sub + fee - disc, 2)
    j.amount = total
    p.pair(rng.choice(["Total paid", "Amount paid", "Order total"]), rs(total), amount=total)
    shown = (
        f"UPI via {gw}"
        if way == "UPI"
        else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"
    )
    p.pair(rng.choice(["Payment method", "Paid via"]), shown, method=way)
    if gw == "Razorpay":
        label, pid = "Payment ID", f"pay_{code(rng, 14, MIXED)}"
    elif gw == "PayU":
        label, pid = "PayU ID", digits(rng, 11)
    else:
        label, pid = "Easepay ID", f"E{digits(rng, 9)}{code(rng, 4, UPPER)}"
    labelled(p, label, pid, txn=(TXN_RANK, pid))
    if way == "UPI":
        labelled(p, rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    else:
        appr = digits(rng, 6)
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    p.pair("Payment status", rng.choice(["Paid", "Success"]))
    p.part = "foot"
    p.add(
        "small",
        f"Track your order at {site}/track. Pictures are indicative; flowers may vary with the season.",
    )
    return p.done()


def order_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app paying a shop for bouquets, garlands or plants (Google Pay, PhonePe, WhatsApp's payments,
    MobiKwik, Paytm; dark on some): heldout125's result screen, the shop (the trade name, its town on some, the firm on
    a few) under Paid to / To / Sent to (To / Paying to / Payment to on a failure or a wait), the app's own id on some, a
    Note / Message / Purpose / Comment (24 red roses, Pooja garlands x6) on most; or the online store's order
    confirmation e-mail (three, ``store_order``); Payment Successful / Paid successfully / Transaction Successful /
    Money sent / Payment Failed / Transaction failed / Payment declined / Payment Pending / Payment processing /
    Transaction pending."""
    k = place("order_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=250, high=9000, p_round=0.85, town=k, firm=0.15)
    app = UPI_ORDER[k]
    if app == "store":
        return store_order(rng, font, k, j)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([350, 450, 600, 750, 999, 1200, 1499, 1800, 2500, 3200]))
    p = upi_result(rng, font, k, app, status, j, trade(j.town), WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Purpose", "Comment"]), rng.choice(ORDER_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Split bill  |  Pay again"]))
    return p.done()


# ---------------------------------------------------------------- 2. event clients' transfers and vendor advices


XFER = {
    0: ("YES ONLINE", None, "web", "RTGS", "YESB"),
    1: ("AU 0101", (105, 38, 126), "app", "IMPS", "AUBL"),
    3: ("Bank of India StarConnect", None, "web", "NEFT", "BKID"),
    5: ("RBL MoBank", (30, 62, 140), "app", "IMPS", "RATN"),
    6: ("SIB Mirror+", (160, 30, 50), "app", "NEFT", "SIBL"),
}
XFER_URLS = {
    "YES ONLINE": "yesonline.yesbank.co.in/fundtransfer/rtgs/acknowledgement",
    "Bank of India StarConnect": "starconnectcbs.bankofindia.com/BankAwayRetail/neft/confirmation",
}
DECOR_NOTES = [
    "Wedding decor advance - Sen",
    "Mandap & stage flowers balance",
    "Sangeet decor 2nd instalment",
    "Car decoration + jaimala",
    "Lobby flowers - monthly contract",
    "Haldi decor final payment",
]
ADVICE_MODES = {2: "NEFT", 4: "RTGS", 7: "NEFT"}


def decor_advice(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A hotel's, banquet's or event company's VENDOR PAYMENT ADVICE / Payment Advice - Vendor / Remittance Intimation
    e-mail for the flowers of an event: the payer on top (never the payee), Vendor name / Beneficiary / Paid to the
    firm (the payee), Vendor ID and PAN (no id), the bills paid with their numbers and days (Bill KOL/25-26/0nn dt
    <day> - <event>; no id), Total of bills, Less: TDS u/s 194C @ 2%, Less: Advance paid earlier on some, Net amount
    paid / Amount credited / Net paid (the sum), Payment mode, Beneficiary bank, IFSC, UTR and Voucher No. / Payment
    voucher, Value date / Payment date, Status Credited / Paid / Processed."""
    mode = ADVICE_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=False, town=k, firm=0.8, caps=0.3, branch=0.0)
    payer = CLIENTS[k]
    p = mail_page(
        rng,
        font,
        f"{short(payer)} - Accounts Payable <{rng.choice(['ap', 'payables', 'accounts'])}@{CLIENT_SLUGS[k]}.com>",
        ["Payment advice", "Vendor payment intimation", "Payment released - details"],
    )
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable - vendor payments", "Finance & accounts"]))
    p.add("center", rng.choice(["VENDOR PAYMENT ADVICE", "Payment Advice - Vendor", "Remittance Intimation"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Vendor,")
    p.add(
        "left",
        rng.choice(
            [
                "We have credited the payment below to your bank account.",
                "Please find the details of the payment released to you.",
            ]
        ),
    )
    wrap_pair(p, rng.choice(["Vendor name", "Beneficiary", "Paid to"]), j.to, merchant=j.to)
    p.pair("Vendor ID", f"{rng.choice(['VN', 'V-', 'SUP'])}{digits(rng, 5)}")
    p.pair("PAN", FIRM_PAN)
    p.add("rule")
    low, high = (230000, 600000) if mode == "RTGS" else (30000, 240000)
    bases = [
        whole(rng.uniform(low, high) / 1.18, 100)
        for _ in range(1 if mode == "RTGS" else rng.choice([1, 1, 2]))
    ]
    gross = 0.0
    event = EVENTS[k]
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        if j.no_ref:
            label = f"Floral decoration - {event}"
        else:
            billed = j.date - dt.timedelta(days=rng.randrange(5, 45))
            label = f"Bill {CODES[k]}/{fy(billed)}/{rng.randrange(10, 400):03d} dt {day_text(billed, rng.choice(DAY_PATS))}"
            label += f" - {rng.choice(['Floral decor', 'Flowers'])}, {event}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Total of bills", "Bills total"]), rs(gross))
    tds = round(sum(bases) * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    advance = 0.0
    if mode == "NEFT" and rng.random() < 0.35:
        advance = float(whole(gross * rng.uniform(0.2, 0.4), 1000))
        p.pair("Less: Advance paid earlier", rs(advance))
    net = round(gross - tds - advance, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount credited", "Net paid"]), rs(net), amount=net)
    p.pair(rng.choice(["Payment mode", "Mode"]), mode, method="netbanking")
    wrap_pair(
        p,
        rng.choice(["Beneficiary bank", "Credited to"]),
        f"{rng.choice(BANKS[:6])} A/c XXXXXX{digits(rng, 4)}",
    )
    p.pair("IFSC", ifsc(rng))
    if not j.no_ref:
        heads = ["HDFC", "ICIC", "UTIB", "KKBK"]
        ref = (
            neft_utr(rng.choice(heads), rng, j.date)
            if mode == "NEFT"
            else rtgs_utr(rng.choice(heads), rng, j.date)
        )
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PV', 'VP', 'BPV'])}{digits(rng, 7)}"
        p.pair(rng.choice(["Voucher No.", "Payment voucher"]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Value date", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Credited", "Paid", "Processed"]), status="success")
    p.add("small", "TDS deducted will reflect in your Form 26AS; Form 16A follows the quarterly return.")
    p.part = "foot"
    p.add("small", "This is a system generated advice. Please do not reply.")
    return p.done()


def decor_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Wedding and event clients paying for flowers and decoration from their bank (YES ONLINE and Bank of India
    StarConnect in a browser, AU 0101, RBL MoBank and SIB Mirror+ on a phone; heldout124's page, the business (its
    firm on most) under Beneficiary Name / Payee / Transfer to / Beneficiary, the account and IFSC, NEFT / RTGS / IMPS,
    UTR / IMPS Ref No / RRN and the bank's Bank Ref No. / Reference No. / Transaction ID on some, the day, the debit
    account, Remarks / Narration / Purpose (Wedding decor advance - Sen), Remitter on the web pages) and the hotels'
    and event companies' vendor payment advices (three, ``decor_advice``); Transaction Successful / Funds transferred
    successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer
    failed / Pending at beneficiary bank / <mode> under process / Transaction in process."""
    k = place("decor_transfer")
    status = outcome(k, failed=(5,), pending=(3,))
    if k in ADVICE_MODES:
        return decor_advice(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    low, high = (200000, 850000) if mode == "RTGS" else (12000, 180000)
    j = Job(
        rng, status, no_ref=False, no_day=k == 1, low=low, high=high, p_round=0.8, town=k, firm=0.5, caps=0.35
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
        third_head="Pay to beneficiary",
        payee_labels=["Beneficiary Name", "Payee", "Transfer to", "Beneficiary"],
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
        own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), rng.choice(DECOR_NOTES))
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Remitter", "Remitter name"]), rng.choice(CUSTOMERS).upper())
    if status == "failed":
        p.add(
            "small",
            "The credit was returned by the beneficiary's bank. The amount is reversed to your account.",
        )
    elif status == "pending":
        p.add("small", "Your request is being processed. Check the status under Transaction history.")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Bank never asks for your OTP or PIN", "This is a computer generated acknowledgement"]),
    )
    return p.done()


# ---------------------------------------------------------------- 3. the shops' card terminal slips


MAKERS = [
    "MSWIPE",
    "BANK OF BARODA",
    "IDBI BANK",
    "FEDERAL BANK",
    "AU SMALL FINANCE BANK",
    "CANARA BANK",
    "PAYTM EDC",
    "UNION BANK OF INDIA",
]
POS_ITEMS = [
    "ROSES 50 STEMS BOUQUET",
    "ORCHID POT (PHALAENOPSIS)",
    "WREATH - CONDOLENCE",
    "GENDA TORAN {n} FT",
    "BONSAI FICUS {n} YRS",
    "TERRARIUM - SUCCULENTS",
    "LILY BOUQUET X{n}",
    "CAR DECOR - FRESH FLOWERS",
    "ARECA PALM X{n} (5 FT)",
]
POS_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d%b%y", "%d.%m.%Y", "%b %d %Y", "%d/%m/%y"]
# the bank whose cards get an instant discount on the offer slips
OFFER_BANKS = {1: "BOB", 4: "AU"}


def counter_pos(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shops' and the nursery's card terminal slip (Mswipe, Bank of Baroda, IDBI Bank, Federal Bank, AU Small
    Finance Bank, Canara Bank, Paytm EDC, Union Bank of India; monospace): the maker on top on some, the shop in
    capitals (its town on some, the firm on a few; the payee), its locality and town, SALE / CARD SALE / SALE WITH
    OFFER / UPI COLLECT, DATE: and TIME: or DT/TM: or DATE TIME:, MID: / TID: / BATCH NO:, INVOICE NO: / BILL NO:,
    ITEM: / DESC:, CARD NO:, CARD: <scheme> <kind>, EXP DT: XX/XX, ENTRY:, APPR CODE: / AUTH CODE:, RRN: / REF NO:; on
    two a bank's instant discount (BILL AMT:, INSTANT DISC (10%):, OFFER: <bank> CARDS 10% OFF, NET AMT: / AMOUNT
    CHARGED:); on the wait a UPI collect request (PAYER VPA:, COLLECT REQ ID:); TOTAL: / AMOUNT: / SALE AMT: on the
    rest (INR, RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED / TXN DECLINED with RESP nn -
    <reason> / AWAITING CUSTOMER APPROVAL (DO NOT HAND OVER GOODS UNTIL APPROVED)."""
    k = place("counter_pos")
    status = outcome(k, failed=(3,), pending=(5,))
    collect = status == "pending"
    offer = k in OFFER_BANKS
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=350, high=28000, p_round=0.6, town=k)
    p = slip_page(rng, font)
    roll = rng.random()
    name = (FIRM if roll < 0.15 else f"{trade(k)} {TOWNS[k][0]}" if roll < 0.45 else trade(k)).upper()
    p.part = "head"
    if rng.random() < 0.55:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add(
        "center",
        "UPI COLLECT" if collect else "SALE WITH OFFER" if offer else rng.choice(["SALE", "CARD SALE"]),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair("TIME:", clock)
    else:
        text = when(j.date, rng.choice(POS_DAYS), upper=True)
        form = rng.random()
        if form < 0.4:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        elif form < 0.7:
            p.pair("DT/TM:", f"{text} {clock}", date=j.date)
        else:
            p.pair("DATE TIME:", f"{text} {clock}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):04d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair(rng.choice(["ITEM:", "DESC:"]), rng.choice(POS_ITEMS).format(n=rng.randint(2, 6)))
    if collect:
        p.pair("MODE:", "UPI COLLECT REQUEST", method="UPI")
        p.pair(
            "PAYER VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okicici', 'paytm'])}"
        )
        if not j.no_ref:
            req = f"CR{digits(rng, 12)}"
            p.pair("COLLECT REQ ID:", req, txn=(TXN_RANK, req))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair(
            "CARD NO:", f"{rng.choice(['XXXX XXXX XXXX ', '**** **** **** '])}{digits(rng, 4)}", method="card"
        )
        p.pair("CARD:", f"{net} {rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("EXP DT:", "XX/XX")
        p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]))
        if not j.no_ref:
            if status == "success":
                appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
                p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if offer:
        bill = j.amount
        disc = min(round(bill * 0.10, 2), 1000.0)
        net_amt = round(bill - disc, 2)
        j.amount = net_amt
        p.pair("BILL AMT:", amt(bill))
        p.pair("INSTANT DISC (10%):", f"-{amt(disc)}")
        p.pair(rng.choice(["NET AMT:", "AMOUNT CHARGED:"]), amt(net_amt), amount=net_amt)
        p.add("small", f"OFFER: {OFFER_BANKS[k]} CARDS 10% OFF (MAX 1000)")
    else:
        p.pair(rng.choice(["TOTAL:", "AMOUNT:", "SALE AMT:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if collect:
        p.add("center", "AWAITING CUSTOMER APPROVAL", status="pending")
        p.add("small", "DO NOT HAND OVER GOODS UNTIL APPROVED")
    else:
        p.add(
            "center",
            {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "TXN DECLINED"}[status],
            status=status,
        )
    if status == "failed":
        p.add(
            "center",
            rng.choice(
                [
                    "RESP 51 - INSUFFICIENT FUNDS",
                    "RESP 61 - EXCEEDS LIMIT",
                    "RESP 55 - WRONG PIN",
                    "RESP 14 - INVALID CARD",
                ]
            ),
        )
    p.part = "foot"
    if status == "success":
        p.add("small", rng.choice(["PIN VERIFIED", "NO SIGNATURE REQUIRED"]))
    p.add("small", rng.choice(["CUSTOMER COPY", "** MERCHANT COPY **", "SAY IT WITH FLOWERS - THANK YOU"]))
    return p.done()


# ---------------------------------------------------------------- 4. gifting platforms' payouts and export buyers' wires


# platform, its site, frame, kind
PLATFORMS = [
    ("Ferns N Petals", "fnp.com", "browser", "payout"),
    ("IGP", "igp.com", "mail", "payout"),
    ("FlowerAura", "floweraura.com", "mail", "payout"),
    ("Winni", "winni.in", "app", "payout"),
    ("Interflora India", "interflora.in", "browser", "payout"),
    ("HDFC Bank", "hdfcbank.com", "mail", "USD"),
    ("OyeGifts", "oyegifts.com", "browser", "payout"),
    ("State Bank of India", "onlinesbi.sbi", "browser", "EUR"),
]
PLATFORM_SUBS = {
    "Ferns N Petals": "FNP Partner Hub - fulfilment partner payouts",
    "IGP": "Vendor payments",
    "FlowerAura": "Partner settlements",
    "Interflora India": "Florist network - member remittance",
    "OyeGifts": "Seller central - payouts",
}
# an export buyer: remitter, its country, its bank, the currency, a rate range
BUYERS = {
    5: (
        "Al Zahra Flowers & Plants Trading LLC",
        "United Arab Emirates",
        "Emirates NBD Bank PJSC, Dubai",
        (85.6, 88.9),
    ),
    7: ("Van der Berg Plants B.V.", "Netherlands", "Rabobank, Aalsmeer", (96.5, 101.5)),
}
EXPORT_GOODS = [
    "Aglaonema & Syngonium plantlets",
    "Areca palm seedlings",
    "Cycas revoluta (potted)",
    "Ficus microcarpa bonsai starters",
]


def remittance(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A bank's credit advice for an export buyer's wire to the nursery (HDFC Bank's e-mail in US dollars, State Bank
    of India's advice page in euros): the bank on top (never the payee), Inward Remittance - Credit Advice / Foreign
    Inward Remittance Advice, Beneficiary name the firm (the payee), Beneficiary account, Remitter, Remitter's country,
    Remitting bank, Purpose code P0102 and the export invoice (no id), Remittance amount (the sum, in its currency),
    Exchange rate, INR equivalent, Less: Bank charges (incl. GST), Less: GST on currency conversion, Amount credited
    (INR) (no fact), Inward ref No. / Transaction reference (a bank reference), Value date / Credited on, Status
    Credited."""
    bank, _site, frame, cur = PLATFORMS[k]
    remitter, country, via, (lo, hi) = BUYERS[k]
    j.to = FIRM.upper() if rng.random() < 0.4 else FIRM
    show = fx(rng, font, cur)
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <{rng.choice(['trade.services', 'inwardremit'])}@hdfcbank.net>",
            ["Credit of inward remittance to your account", "Inward remittance - credit advice"],
        )
    else:
        p = browser_page(rng, font, "corp.onlinesbi.sbi/corp/trade/inward-remittance/advice")
    p.part = "head"
    top(p, bank)
    p.add("small", rng.choice(["Trade & forex services", "International banking"]))
    p.add("center", rng.choice(["Inward Remittance - Credit Advice", "Foreign Inward Remittance Advice"]))
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add(
            "left",
            "Dear Customer, we have received a foreign inward remittance in your favour and credited it to "
            "your account as below.",
        )
    wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), j.to, merchant=j.to)
    p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), remitter)
    p.pair("Remitter's country", country)
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's bank"]), via)
    wrap_pair(p, "Purpose code", "P0102 - Realisation of export bills")
    wrap_pair(p, "Goods", rng.choice(EXPORT_GOODS))
    p.pair("Export invoice", f"GN/EXP/{fy(j.date)}/{rng.randrange(1, 60):03d}")
    value = (
        float(whole(rng.uniform(2500, 14000), 10))
        if rng.random() < 0.6
        else round(rng.uniform(2500, 14000), 2)
    )
    j.amount = value
    p.pair("Remittance amount", show(value), amount=value, cur=cur)
    rate = round(rng.uniform(lo, hi), 4)
    inr = round(value * rate, 2)
    charges = float(rng.choice([500, 750, 1000])) * 1.18
    conv = round(min(max(inr * 0.0018, 45.0), 10000.0) * 0.18, 2)
    p.pair("Exchange rate", f"1 {cur} = INR {rate:.4f}")
    p.pair("INR equivalent", rs(inr))
    p.pair("Less: Bank charges (incl. GST)", rs(charges))
    p.pair("Less: GST on currency conversion", rs(conv))
    p.pair("Amount credited (INR)", rs(round(inr - charges - conv, 2)))
    p.pair("Credited by", "SWIFT wire to current account", method="netbanking")
    bref = f"{rng.choice(['IRW', 'FIRC', '0999IR'])}{digits(rng, 10)}"
    p.pair(rng.choice(["Inward ref No.", "Transaction reference"]), bref, txn=(BANK_RANK, bref))
    p.pair(rng.choice(["Value date", "Credited on"]), j.day(rng), date=j.date)
    p.pair("Status", "Credited", status="success")
    p.add("small", "The e-FIRA for this remittance is available under Trade services > Inward remittances.")
    p.part = "foot"
    p.add("small", "Please quote the reference number in all correspondence.")
    return p.done()


def gifting_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gifting platforms paying the shops for orders they delivered (Ferns N Petals' partner hub, Interflora India's
    member remittance and OyeGifts' seller central in a browser, IGP's and FlowerAura's e-mails, Winni's partner app):
    the platform on top (never the payee), Payout summary / Settlement statement / Remittance advice, Partner / Vendor
    / Seller / Florist partner / Member florist / Payee the shop or the firm (the payee), Partner ID / Vendor code /
    Member code (no id), Payout cycle / Orders between (no fact), Orders delivered (n) / Fill orders (n), Add:
    Delivery charges reimbursed on some, Less: Commission (n%), Less: GST @ 18% on commission, Less: Late delivery
    penalty (n orders) on some, Less: TDS u/s 194-O (0.1%), Net payout / Amount transferred / Net payable to partner /
    Payout amount (the sum, large on the app), Settled to, Mode, Payout ID / Settlement ref, UTR / IMPS Ref No., Paid on
    / Transferred on / Credited on / Failed on / Scheduled for; Paid / Payout credited / Transferred / Payout failed -
    beneficiary account inactive / Payout scheduled / Under process; and an export buyer's wire (two, ``remittance``)."""
    k = place("gifting_payouts")
    status = outcome(k, failed=(3,), pending=(6,))
    platform, site, frame, kind = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, town=k, firm=0.3, branch=0.25)
    if kind != "payout":
        return remittance(rng, font, k, j)
    n = rng.randint(12, 140)
    gross = round(n * rng.uniform(650, 1400), 2)
    first = f"Fill orders ({n})" if platform == "Interflora India" else f"Orders delivered ({n})"
    lines = [(first, gross)]
    if rng.random() < 0.4:
        lines.append((f"Add: Delivery charges reimbursed ({n} x 49)", float(n * 49)))
    pct = rng.choice([15, 18, 20, 22, 25])
    comm = round(gross * pct / 100, 2)
    cuts = [(f"Less: Commission ({pct}%)", comm), ("Less: GST @ 18% on commission", round(comm * 0.18, 2))]
    if rng.random() < 0.45:
        late = rng.randint(1, 4)
        cuts.append(
            (f"Less: Late delivery penalty ({late} orders)", float(late * rng.choice([100, 150, 200])))
        )
    cuts.append(("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)))
    net = round(sum(v for _, v in lines) - sum(v for _, v in cuts), 2)
    j.amount = net
    words = {
        "success": ["Paid", "Payout credited", "Transferred"],
        "failed": ["Payout failed - beneficiary account inactive"],
        "pending": ["Payout scheduled", "Under process"],
    }
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{platform} Vendor Payments <{rng.choice(['payouts', 'vendorpay'])}@{site}>",
            ["Your payout has been processed", "Settlement statement", "Payment remittance advice"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        path = rng.choice(["payouts", "finance/settlements", "payments/history"])
        p = browser_page(rng, font, f"{rng.choice(['partners', 'seller', 'vendor'])}.{site}/{path}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Payouts", "Payout details"])
        rs = money(rng, font, 0.4)
    if frame == "app":
        head(p, "Winni Partner", (220, 40, 90), p.style["h106"]["dark"], ["Payouts", "My earnings"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, platform)
        p.add("small", PLATFORM_SUBS[platform])
        p.add("center", rng.choice(["Payout summary", "Settlement statement", "Remittance advice"]))
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    labels = (
        ["Member florist", "Payee"]
        if platform == "Interflora India"
        else ["Partner", "Vendor", "Seller", "Florist partner"]
    )
    wrap_pair(p, rng.choice(labels), j.to, merchant=j.to)
    p.pair(
        rng.choice(["Member code", "Partner ID"])
        if platform == "Interflora India"
        else rng.choice(["Partner ID", "Vendor code"]),
        f"{code(rng, 2, UPPER)}{digits(rng, 5)}",
    )
    if not j.no_day:
        end = j.date - dt.timedelta(days=rng.randrange(2, 6))
        start = end - dt.timedelta(days=rng.choice([6, 14, 29]))
        p.pair(
            rng.choice(["Payout cycle", "Orders between"]),
            f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}",
        )
    tail_lines(p, lines + cuts, rs)
    if frame != "app":
        p.pair(
            rng.choice(["Net payout", "Amount transferred", "Net payable to partner", "Payout amount"]),
            rs(net),
            amount=net,
        )
    else:
        p.pair("Net payout", rs(net))
    wrap_pair(p, rng.choice(["Settled to", "Bank account"]), f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"PO{digits(rng, 10)}", f"STL-{code(rng, 4, UPPER)}-{digits(rng, 6)}"])
        labelled(p, rng.choice(["Payout ID", "Settlement ref"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "YESB"]), rng, j.date)
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Transferred on", "Credited on"]),
                "failed": "Failed on",
                "pending": "Scheduled for",
            }[status],
            stamp(rng, j.date, PATS, hour=status != "pending"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Reactivate the account or add a new one under Profile > Bank details; we will retry.")
    elif status == "pending":
        p.add("small", "Payouts are released every Tuesday and Friday after order reconciliation.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Disputes on deductions can be raised within 7 days.", "This is an auto-generated statement."]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 5. the business's own invoices, bills and receipts


# the page, the way, the town
BILL_PAGES = [
    ("decor", "NEFT", 0),
    ("plants", "UPI", 3),
    ("advance", "PDC", 1),
    ("decor", "IMPS", 4),
    ("flowers", "IMPS", 6),
    ("decor", "cheque", 7),
    ("advance", "cash", 5),
    ("plants", "card", 2),
]
# item, quantity range, rate range
DECOR_LINES = [
    ("Mandap decoration - orchids & carnations", (1, 1), (45000, 120000)),
    ("Stage backdrop (20 ft) - roses & gypsophila", (1, 1), (28000, 75000)),
    ("Entrance arch - marigold & rajnigandha", (1, 2), (9000, 18000)),
    ("Car decoration (fresh flowers)", (1, 2), (6500, 12000)),
    ("Jaimala pair (roses & orchids)", (1, 1), (3500, 7500)),
    ("Rose petals (kg)", (5, 25), (350, 480)),
    ("Table centrepieces (nos)", (10, 40), (650, 1200)),
    ("Labour, transport & dismantling", (1, 1), (8000, 22000)),
]
PLANTS = [
    ("Areca palm 5 ft", (10, 80), (380, 520)),
    ("Ficus lyrata 4 ft", (5, 30), (950, 1400)),
    ("Bougainvillea (grafted) 2 ft", (20, 150), (90, 160)),
    ("Croton mixed (8 inch pot)", (20, 120), (110, 180)),
    ("Mogra saplings", (50, 300), (35, 60)),
    ("Mango (Alphonso) grafts", (10, 60), (180, 260)),
    ("Lawn grass - Mexican (sq ft)", (500, 4000), (14, 22)),
]
FLOWERS = [
    ("Dutch roses - red (bunch of 20)", (10, 60), (280, 420)),
    ("Gerbera (bunch of 10)", (10, 50), (120, 200)),
    ("Carnation (bunch of 20)", (5, 30), (260, 380)),
    ("Rajnigandha (kg)", (5, 40), (160, 260)),
    ("Marigold - genda (kg)", (20, 120), (60, 110)),
    ("Orchids - Dendrobium (stems)", (20, 200), (35, 60)),
    ("Gypsophila (bunch)", (5, 20), (220, 320)),
]
OCCASIONS = [
    "wedding",
    "sangeet & mehendi",
    "reception",
    "engagement",
    "housewarming",
    "50th anniversary dinner",
]


def item_lines(rng: random.Random, p: Screen, rs, picks: list[tuple]) -> float:
    """The lines of a bill (item, quantity x rate, value) and their sum."""
    sub = 0.0
    for item, (qlo, qhi), (rlo, rhi) in picks:
        qty = rng.randint(qlo, qhi)
        rate = float(whole(rng.uniform(rlo, rhi), 50 if rhi > 5000 else 1))
        line = qty * rate
        sub += line
        wrap_pair(p, f"{item} {qty:,} x {rate:,.0f}" if qty > 1 else item, rs(line))
    return round(sub, 2)


def own_way(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """The way the business was paid on its own paper, and its reference."""
    rng = p.rng
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), cheque_no(rng), method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -4, 0))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[j.town][0]}")
    else:
        p.pair(
            rng.choice(["Mode", "Received by", "Payment mode"]),
            way_words(rng, way, p.font),
            method=method_for(way),
        )
        if not j.no_ref:
            paid_ref(p, j, way, heads)


def decor_invoice(p: Screen, rs, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A TAX INVOICE / TAX INVOICE - DECORATION SERVICES / INVOICE CUM RECEIPT for an event's flowers (the business on
    top, the payee): Invoice No. / Inv. No., Date / Invoice date, Bill to / Client / Billed to (a person, or M/s a hotel
    with its Client GSTIN), Event / Occasion, Event date (no fact), Venue, the decoration's lines, Taxable value, CGST
    and SGST (UTGST in Chandigarh) @ 9% or IGST @ 18%, Invoice total / Total (incl. GST), Less: Advance received (Rcpt
    ADV/...) on some, Less: TDS u/s 194C @ 2% on a company's, Balance received / Received (net of TDS) / Amount
    received / Received, or Cheque amount on the returned cheque, the sum in words, the way; PAID / RECEIVED WITH THANKS
    / PAYMENT RECEIVED / CHEQUE DISHONOURED - BALANCE OUTSTANDING and the rubber stamp."""
    rng = p.rng
    town = j.town
    shop_head(p, town, j.to, ["TAX INVOICE", "TAX INVOICE - DECORATION SERVICES", "INVOICE CUM RECEIPT"])
    company = way in ("NEFT", "IMPS") or rng.random() < 0.3
    client = f"M/s {CLIENTS[town]}" if company else rng.choice(CUSTOMERS)
    if not j.no_ref:
        ino = f"{CODES[town]}/{j.year()}{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Client", "Billed to"]), client)
    if company:
        p.pair("Client GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(
        p, rng.choice(["Event", "Occasion"]), EVENTS[town] if company else f"{rng.choice(OCCASIONS).title()}"
    )
    if not j.no_day:
        p.pair("Event date", j.other_day(rng, -8, -1))
    wrap_pair(p, "Venue", VENUES[town])
    p.add("rule")
    picks = rng.sample(DECOR_LINES[:2], 1) + rng.sample(DECOR_LINES[2:], rng.randint(2, 4))
    sub = item_lines(rng, p, rs, picks)
    p.add("rule")
    p.pair("Taxable value", rs(sub))
    tax = round(sub * 0.18, 2)
    if rng.random() < 0.8:
        state = "UTGST" if TOWNS[town][3] == "Chandigarh" else "SGST"
        p.pair("CGST @ 9%", rs(tax / 2))
        p.pair(f"{state} @ 9%", rs(tax / 2))
    else:
        p.pair("IGST @ 18%", rs(tax))
    total = round(sub + tax, 2)
    p.pair(rng.choice(["Invoice total", "Total (incl. GST)"]), rs(total))
    advance = 0.0
    if not j.no_day and not j.no_ref and rng.random() < 0.5:
        advance = float(whole(total * rng.uniform(0.25, 0.5), 1000))
        p.pair(f"Less: Advance received (Rcpt ADV/{fy(j.date)}/{rng.randrange(10, 300):03d})", rs(advance))
    tds = round(sub * 0.02, 2) if company and j.status == "success" and rng.random() < 0.8 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    net = round(total - advance - tds, 2)
    j.amount = net
    if j.status == "failed":
        label = "Cheque amount"
    elif advance:
        label = "Balance received"
    elif tds:
        label = "Received (net of TDS)"
    else:
        label = rng.choice(["Amount received", "Received"])
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    own_way(p, j, way, ["HDFC", "ICIC", "UTIB", "YESB", "SBIN"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "CHEQUE DISHONOURED - BALANCE OUTSTANDING",
    }[j.status]
    p.add("center", word, status=j.status)
    if j.status == "failed":
        p.pair(
            "Return reason",
            rng.choice(["Funds insufficient", "Drawer's signature differs", "Payment stopped by drawer"]),
        )
        p.add("small", "Bank charges for the returned cheque will be added to the balance due.")
    p.part = "foot"
    p.add("small", "Flowers are perishable; varieties and colours may vary with the season. E. & O.E.")
    right(p, f"For {trade(town)}")
    right(p, "Authorised signatory")
    seal(
        p,
        trade(town),
        rng.choice(["ACCOUNTS", "EVENTS DESK"]),
        None if j.no_day or j.status != "success" else j.date,
        {"success": "PAID", "failed": "CHEQUE RETURNED"}[j.status],
    )
    return p.done()


def supply_bill(p: Screen, rs, k: int, j: Job, way: str, kind: str) -> tuple[list, dict, dict]:
    """A BILL OF SUPPLY / BILL OF SUPPLY (EXEMPT GOODS) / CASH BILL - BILL OF SUPPLY for plants from the nursery or a
    shop, or for cut flowers to a hotel (the business on top, the payee): Bill No., Date, Sold to / Buyer / Customer
    (a person, or M/s a builder or a hotel), Site on a builder's, the plants (Areca palm 5 ft n x rate, Lawn grass -
    Mexican (sq ft)) or flowers (Dutch roses - red (bunch of 20), Rajnigandha (kg)), Packing & loading on some, Bill
    total / Total, Round off, Amount received / Received / Paid (the sum), the exempt-supply note (HSN 0602 / 0603, no
    GST), the way; PAID / RECEIVED WITH THANKS and the stamp."""
    rng = p.rng
    town = j.town
    shop_head(
        p, town, j.to, ["BILL OF SUPPLY", "BILL OF SUPPLY (EXEMPT GOODS)", "CASH BILL - BILL OF SUPPLY"]
    )
    company = rng.random() < (
        0.7 if kind == "plants" and town == NURSERY_TOWN else 0.5 if kind == "flowers" else 0.2
    )
    buyer = f"M/s {CLIENTS[town]}" if company else rng.choice(CUSTOMERS)
    if not j.no_ref:
        bno = f"BS/{CODES[town]}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Bill of supply No."]), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Sold to", "Buyer", "Customer"]), buyer)
    if company and kind == "plants":
        wrap_pair(p, "Site", VENUES[town])
    p.add("rule")
    stock = PLANTS if kind == "plants" else FLOWERS
    sub = item_lines(rng, p, rs, rng.sample(stock, rng.randint(2, 4)))
    if rng.random() < 0.4:
        pack = float(rng.choice([150, 250, 400, 600]))
        p.pair("Packing & loading", rs(pack))
        sub += pack
    p.add("rule")
    total = float(round(sub))
    if abs(total - sub) > 0.001:
        p.pair("Round off", f"{total - sub:+.2f}")
    j.amount = total
    p.pair(rng.choice(["Bill total", "Total"]), rs(total))
    p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    own_way(p, j, way, ["HDFC", "ICIC", "SBIN", "UTIB"])
    p.add("small", "Exempt supply: live plants and fresh flowers (HSN 0602 / 0603) - no GST charged.")
    p.add("center", rng.choice(["PAID", "RECEIVED WITH THANKS"]), status="success")
    p.part = "foot"
    p.add(
        "small", "Plants once sold are not taken back. Water twice a week; keep out of direct afternoon sun."
    )
    signs(p, "Customer's signature", f"For {trade(town)}")
    seal(p, trade(town), rng.choice(["SALES COUNTER", "DESPATCH"]), None if j.no_day else j.date, "PAID")
    return p.done()


def advance_receipt(p: Screen, rs, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """An ADVANCE RECEIPT / ADVANCE RECEIPT - EVENT DECOR BOOKING (the business on top, the payee): Receipt No. /
    Rcpt. No., Date, "Received with thanks from <client> a sum of <words> as advance for the floral decoration of the
    <occasion> at <venue> on <day>" (no fact), Estimate value (no fact), Advance received / Amount received (the sum)
    or Cheque amount on a post-dated cheque, Balance payable before the event (no fact), Mode Cash or Post-dated cheque
    No. with its Cheque date and Drawn on; ADVANCE RECEIVED / RECEIVED WITH THANKS / POST-DATED CHEQUE - TO BE
    PRESENTED ON ITS DATE and the stamp."""
    rng = p.rng
    town = j.town
    shop_head(p, town, j.to, ["ADVANCE RECEIPT", "ADVANCE RECEIPT - EVENT DECOR BOOKING"])
    if not j.no_ref:
        rno = f"ADV/{CODES[town]}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    client = rng.choice(CUSTOMERS)
    estimate = float(whole(rng.uniform(60000, 450000), 1000))
    adv = float(whole(estimate * rng.uniform(0.2, 0.5), 1000))
    j.amount = adv
    p.add(
        "left",
        f"Received with thanks from {client} a sum of {words_in_rupees(adv)} as advance for the floral decoration of "
        f"the {rng.choice(OCCASIONS)} at {VENUES[town]}"
        + ("." if j.no_day else f" on {j.other_day(rng, 10, 90)}."),
    )
    p.add("rule")
    p.pair("Estimate value", rs(estimate))
    if way == "PDC":
        p.pair("Cheque amount", rs(adv), amount=adv)
    else:
        p.pair(rng.choice(["Advance received", "Amount received"]), rs(adv), amount=adv)
    p.pair("Balance payable before the event", rs(estimate - adv))
    if way == "PDC":
        p.pair("Post-dated cheque No.", cheque_no(rng), method="cheque")
        p.pair("Cheque date", j.other_day(rng, 7, 30))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[town][0]}")
        word = "POST-DATED CHEQUE - TO BE PRESENTED ON ITS DATE"
    else:
        p.pair(rng.choice(["Mode", "Received by"]), way_words(rng, way, p.font), method=method_for(way))
        word = rng.choice(["ADVANCE RECEIVED", "RECEIVED WITH THANKS"])
    p.add("center", word, status=j.status)
    p.part = "foot"
    p.add(
        "small",
        "The booking is confirmed on this advance; it is adjusted in the final bill. Cancellation charges "
        "as per the terms overleaf.",
    )
    right(p, f"For {trade(town)}")
    right(p, "Authorised signatory")
    seal(
        p,
        trade(town),
        "EVENTS DESK",
        None if j.no_day or j.status != "success" else j.date,
        "ADVANCE RECEIVED" if j.status == "success" else "PDC RECEIVED",
    )
    return p.done()


def shop_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The business's own paper (serif): three TAX INVOICE / TAX INVOICE - DECORATION SERVICES / INVOICE CUM RECEIPT
    for an event's flowers (``decor_invoice``), three BILL OF SUPPLY for plants or cut flowers (``supply_bill``) and
    two ADVANCE RECEIPT for an event's booking (``advance_receipt``); the trade name on top (Gulnaar Florists, Gulnaar
    Nursery at Kadiyam, with its town on some) or the firm's, "(A unit of Sabharwal & Reddy Horticulture)" under a
    trade name on some."""
    k = place("shop_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    page, way, town = BILL_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=town, firm=0.2, caps=0.15, branch=0.2)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    if page == "decor":
        return decor_invoice(p, rs, k, j, way)
    if page == "advance":
        return advance_receipt(p, rs, k, j, way)
    return supply_bill(p, rs, k, j, way, page)


# ---------------------------------------------------------------- 6. growers, flower market traders and transporters


GROW_PAGES = ["bank", "trader", "bank", "freight", "aircargo", "trader", "bank", "fpo"]
GROW_BANKS = {
    0: ("YES BIZ", (0, 80, 160), "app", "IMPS", "YESB"),
    2: ("Karnataka Bank Corporate Net Banking", None, "web", "NEFT", "KARB"),
    6: ("DCB Business", (0, 98, 80), "app", "IMPS", "DCBL"),
}
GROW_URLS = {"Karnataka Bank Corporate Net Banking": "corp.karnatakabank.com/payments/neft/acknowledgement"}
GROWERS = {0: "Muniraju K", 2: "Green Helix Biotech Pvt Ltd", 6: "Santosh Pandurang Shinde"}
GROW_NOTES = {
    0: ["Dutch roses - week 12 supply", "Roses 40 bunches - Hosur"],
    2: ["Tissue culture plantlets - Anthurium", "Syngonium plantlets 5000 nos"],
    6: ["Gerbera - weekly supply", "Carnations 30 bunches"],
}
# a market trader: name, town, market
TRADERS = {
    1: ("Sri Lakshmi Flower Traders", 1, "K.R. Market"),
    5: ("Gour Nitai Phool Bhandar", 0, "Mullick Ghat Flower Market"),
}
FREIGHT_LINES = [
    ("Reefer freight (14 ft, 2-8 deg C)", (14000, 26000)),
    ("Loading & unloading", (800, 1800)),
    ("Toll charges", (900, 2400)),
]
AIR_DESTS = {0: "CCU", 4: "AMD", 5: "GOI", 2: "IXC"}


def grower_bank(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """The firm's business banking after an IMPS or NEFT to a grower or a tissue-culture lab (YES BIZ and DCB Business
    on a phone, Karnataka Bank Corporate Net Banking in a browser; heldout124's page): the grower under Beneficiary /
    Payee / Beneficiary name / Pay to (the payee), the account and IFSC, the mode, IMPS Ref No / RRN / UTR and Bank Ref
    No. / Txn Ref No. / Transaction ID on some, the day, the debit account, Remarks / Narration (Dutch roses - week 12
    supply), Debit account name, Initiated by / Authorised by on the web page."""
    row = GROW_BANKS[k]
    j = Job(rng, status, no_ref=False, no_day=False, low=8000, high=160000, p_round=0.7, town=k)
    j.to = GROWERS[k].upper() if rng.random() < 0.3 else GROWERS[k]
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=GROW_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Supplier payments",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name", "Pay to"],
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
        own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(GROW_NOTES[k]))
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRM.upper())
        p.pair(
            rng.choice(["Initiated by", "Maker"]), rng.choice(["purchase.kdm", "accounts01", "ops.nursery"])
        )
        p.pair(rng.choice(["Authorised by", "Checker"]), rng.choice(["partner.reddy", "partner.sabharwal"]))
    if status == "failed":
        p.add("small", "The transfer could not be credited. The amount has been reversed to your account.")
    elif status == "pending":
        p.add("small", "The transfer is in process at the beneficiary's bank.")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"])
    )
    return p.done()


def trader_bill(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A flower market trader's CASH MEMO / BILL OF SUPPLY / FLOWER PURCHASE BILL (K.R. Market, Mullick Ghat; the
    trader on top, the payee; no GSTIN): Bill No., Date, Buyer the shop (no fact), the flowers by bunch or kg, Hamali &
    packing (n boxes), Total, Amount paid / Received (the sum), the way and its reference; PAID / RECEIVED."""
    name, town, market = TRADERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=False, town=town)
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    to = name.upper() if rng.random() < 0.3 else name
    vendor_head(
        p,
        town,
        to,
        "Wholesale cut flowers - commission agents",
        ["CASH MEMO", "BILL OF SUPPLY", "FLOWER PURCHASE BILL"],
        gst=False,
        street=market,
    )
    if not j.no_ref:
        bno = str(rng.randrange(100, 9999))
        p.pair(rng.choice(["Bill No.", "Memo No."]), bno, txn=(INVOICE_RANK, bno))
    p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Buyer", f"{TRADE} ({TOWNS[town][2]})")
    p.add("rule")
    sub = item_lines(rng, p, rs, rng.sample(FLOWERS, rng.randint(3, 5)))
    boxes = rng.randint(3, 14)
    p.pair(f"Hamali & packing ({boxes} boxes)", rs(boxes * 40.0))
    total = round(sub + boxes * 40.0, 2)
    j.amount = total
    p.add("rule")
    p.pair("Total", rs(total))
    way = "UPI" if k == 1 else "cash"
    p.pair(rng.choice(["Amount paid", "Received"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode", "Paid by"]), way_words(rng, way, font), method=way)
    if not j.no_ref and way == "UPI":
        paid_ref(p, j, way, [])
    p.add("center", rng.choice(["PAID", "RECEIVED"]), status="success")
    p.add("small", "Fresh flowers - no GST. Goods once sold will not be taken back.")
    p.part = "foot"
    signs(p, "Buyer's sign", "For the trader")
    return p.done()


def freight_bill(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A reefer transporter's FREIGHT BILL / LORRY RECEIPT CUM FREIGHT BILL for flowers from Hosur (the transporter
    on top, the payee): Bill No., Date, LR No. (no id), Consignor, Consignee M/s the firm, From - To, Vehicle No., Goods
    (cut flowers, n cartons), the freight, loading and toll, Total, the reverse-charge note, Amount received (the sum),
    Received by and its reference; RECEIVED WITH THANKS."""
    town = 7
    j = Job(rng, status, no_ref=False, no_day=k == 3, town=town)
    name = "Sri Balaji Reefer Carriers"
    to = name.upper() if rng.random() < 0.3 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    vendor_head(
        p,
        town,
        to,
        "Refrigerated transport - flowers, fruits & pharma",
        ["FREIGHT BILL", "LORRY RECEIPT CUM FREIGHT BILL"],
    )
    bno = f"SBR/{j.year()}{rng.randrange(1, 2000):04d}"
    p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.pair("LR No.", digits(rng, 5))
    wrap_pair(p, "Consignor", "Hosur Flower Growers Producer Co. Ltd")
    wrap_pair(p, "Consignee", f"M/s {FIRM} ({TRADE}, {TOWNS[town][2]})")
    p.pair("From - To", f"Hosur - {TOWNS[town][0]}")
    p.pair("Vehicle No.", f"TN {rng.randrange(10, 99)} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    p.pair("Goods", f"Cut flowers - {rng.randint(60, 260)} cartons")
    p.add("rule")
    lines = [(label, float(whole(rng.uniform(lo, hi), 50))) for label, (lo, hi) in FREIGHT_LINES]
    tail_lines(p, lines, rs)
    total = sum(v for _, v in lines)
    j.amount = total
    p.pair("Total", rs(total))
    p.add("small", "GST on this GTA service is payable by the recipient under reverse charge.")
    p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    p.pair("Received by", "NEFT", method="netbanking")
    paid_ref(p, j, "NEFT", ["HDFC", "ICIC", "KVBL"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.part = "foot"
    p.add("small", "Goods carried at owner's risk. Declaration u/s 194C(6) on file - no TDS.")
    signs(p, "Receiver's sign", "For the transporter")
    return p.done()


def air_cargo(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """An air cargo agent's AIR FREIGHT INVOICE for flowers flown from Bengaluru to a shop (the agent on top, the
    payee): Invoice No., Date, AWB No. (no id), Flight and Flight date (no fact), Consignee M/s the firm, Commodity
    (PER), Pieces, the freight by chargeable weight, fuel surcharge, perishable handling, X-ray screening and the
    agent's service charge, Taxable value, CGST and SGST @ 9%, Round off, Invoice total, Amount paid (the sum), Paid by
    and its reference; PAID."""
    town = 1
    dest = TOWNS[k][0]
    j = Job(rng, status, no_ref=False, no_day=False, town=town)
    name = "Skyway Air Cargo Agents"
    to = name.upper() if rng.random() < 0.25 else name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    vendor_head(
        p,
        town,
        to,
        "IATA cargo agents - perishables & pharma",
        ["AIR FREIGHT INVOICE", "TAX INVOICE"],
        street="Cargo Terminal Road, KIA",
    )
    ino = f"SAC/{j.year()}{rng.randrange(1, 3000):04d}"
    p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
    p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    p.pair("AWB No.", f"312-{digits(rng, 8)}")
    p.pair("Flight", f"6E {rng.randrange(200, 7000)} BLR - {AIR_DESTS.get(k, 'CCU')}")
    p.pair("Flight date", j.other_day(rng, -2, 0))
    wrap_pair(p, "Consignee", f"M/s {FIRM}, {dest}")
    p.pair("Commodity", "Fresh cut flowers (PER)")
    weight = rng.randrange(60, 420)
    p.pair("Pieces", f"{rng.randint(6, 40)} boxes")
    p.add("rule")
    rate = rng.choice([32.5, 38.0, 41.5, 46.0])
    lines = [
        (f"Air freight {weight} kg x {rate:.2f}", round(weight * rate, 2)),
        (f"Fuel surcharge {weight} kg x 9.00", float(weight * 9)),
        ("Perishable handling", float(rng.choice([450, 600, 750]))),
        ("X-ray screening", float(rng.choice([250, 300]))),
        ("Agent's service charge", float(rng.choice([500, 750, 1000]))),
    ]
    tail_lines(p, lines, rs)
    sub = round(sum(v for _, v in lines), 2)
    p.pair("Taxable value", rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.pair(rng.choice(["Amount paid", "Received"]), rs(total), amount=total)
    p.pair("Paid by", way_words(rng, "UPI", font), method="UPI")
    paid_ref(p, j, "UPI", [])
    p.add("center", "PAID", status="success")
    p.part = "foot"
    p.add(
        "small", "Perishable cargo is carried subject to space; the airline's conditions of carriage apply."
    )
    signs(p, "Customer's sign", "For the agent")
    return p.done()


def fpo_bill(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A growers' producer company's BILL OF SUPPLY for roses (the company on top, the payee): Bill No., Date, Buyer
    M/s the firm, the roses by bunch, Total, Amount received (the sum), NEFT and its UTR; PAYMENT RECEIVED."""
    j = Job(rng, status, no_ref=False, no_day=False, town=7)
    name = "Hosur Flower Growers Producer Co. Ltd"
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "A farmer producer organisation - roses, gerbera & carnations")
    p.add("small", f"Bagalur Road, Hosur - 635109, Tamil Nadu  |  GSTIN {gstin(rng, '33')}")
    p.add("center", rng.choice(["BILL OF SUPPLY", "SALE BILL - BILL OF SUPPLY"]))
    p.add("rule")
    p.part = "body"
    bno = f"HFG/{j.year()}{rng.randrange(1, 5000):05d}"
    p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    wrap_pair(p, "Buyer", f"M/s {FIRM}")
    p.add("rule")
    sub = item_lines(rng, p, rs, rng.sample(FLOWERS[:3], rng.randint(2, 3)))
    j.amount = sub
    p.pair("Total", rs(sub))
    p.pair(rng.choice(["Amount received", "Received"]), rs(sub), amount=sub)
    p.pair("Mode", "NEFT", method="netbanking")
    paid_ref(p, j, "NEFT", ["YESB", "HDFC"])
    p.add("center", "PAYMENT RECEIVED", status="success")
    p.part = "foot"
    p.add("small", "Graded at the pack house; returns only for damage in transit, reported within 6 hours.")
    signs(p, "Receiver's sign", "For the company")
    return p.done()


def growers_transport(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The business paying for what it grows and sells: its bank's transfers to growers and a tissue-culture lab
    (three, ``grower_bank``), the flower market traders' memos (two, ``trader_bill``), a reefer transporter's freight
    bill (``freight_bill``), an air cargo agent's invoice for flowers flown in (``air_cargo``) and a growers' producer
    company's bill (``fpo_bill``); Transaction Successful / Funds transferred successfully / <mode> transfer
    successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary
    bank / <mode> under process / Transaction in process on the banks' pages."""
    k = place("growers_transport")
    status = outcome(k, failed=(6,), pending=(2,))
    page = GROW_PAGES[k]
    if page == "bank":
        return grower_bank(rng, font, k, status)
    if page == "trader":
        return trader_bill(rng, font, k, status)
    if page == "freight":
        return freight_bill(rng, font, k, status)
    if page == "aircargo":
        return air_cargo(rng, font, k, status)
    return fpo_bill(rng, font, k, status)


# ---------------------------------------------------------------- 7. electricity, municipal water and water tankers


# the biller: long name, short name, its number's label and length, what it bills
BILLERS = {
    0: ("CESC Limited", "CESC", "Customer ID", 11, "power"),
    1: ("Bangalore Electricity Supply Company Ltd", "BESCOM", "Account ID", 10, "power"),
    2: ("Chandigarh Power Distribution Ltd", "CPDL", "Account No.", 10, "power"),
    4: ("Torrent Power Ltd - Ahmedabad", "Torrent Power", "Service No.", 9, "power"),
    5: ("Goa Electricity Department", "Electricity Dept - Goa", "Consumer No.", 11, "power"),
    6: ("Thane Municipal Corporation - Water", "TMC Water", "Connection No.", 8, "water"),
}
# the app or net banking (band), its frame, the way
BILL_APPS = {
    0: ("JioFinance", (10, 40, 120), "phone", "UPI"),
    1: ("Axis Mobile", (151, 20, 77), "phone", "netbanking"),
    2: ("Indian Bank", None, "browser", "netbanking"),
    4: ("Freecharge", (230, 90, 40), "phone", "wallet"),
    5: ("Google Pay", None, "phone", "UPI"),
    6: ("Navi", (22, 22, 28), "phone", "UPI"),
}
# a water tanker in a town: the payer's app, the supplier
TANKERS = {3: ("BHIM", "Sri Satyadeva Water Suppliers"), 7: ("Paytm", "Murugan Water Tankers")}


def tanker_upi(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """The business's UPI to a water tanker supplier (BHIM for the nursery at Kadiyam, Paytm for the Chennai shop):
    heldout125's result screen, the supplier under Paid to / To / Sent to (the payee), a Note (Tanker 12000 L x 2
    trips)."""
    app, supplier = TANKERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=False, town=k)
    j.to = supplier.upper() if rng.random() < 0.3 else supplier
    litres, trips = rng.choice([(6000, 900), (10000, 1400), (12000, 1700)]), rng.randint(1, 4)
    j.amount = float(litres[1] * trips)
    p = upi_result(rng, font, k, app, status, j, supplier, WAIT)
    p.pair(rng.choice(["Note", "Message"]), f"Tanker {litres[0]} L x {trips} trip{'s' if trips > 1 else ''}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI"]))
    return p.done()


def utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shops' and the nursery's electricity and municipal water through Bharat Connect (JioFinance, Axis Mobile,
    Freecharge, Google Pay and Navi on a phone, Indian Bank's net banking receipt in a browser; the outcome and the sum
    large on a phone): Biller / Biller name / Board / Billed by the board or the corporation (CESC, BESCOM, CPDL, Torrent
    Power, Electricity Dept - Goa, TMC Water or the long name; the payee), Customer ID / Account ID / Account No. /
    Service No. / Consumer No. / Connection No., Consumer name the firm, Category, Units or Consumption, Bill date and
    Due date (no fact), Bill amount, Early payment rebate and Amount paid on some, Paid using / Payment mode (UPI, a
    current account, Freecharge wallet), Bharat Connect Ref ID / BBPS Txn Ref, UPI Ref No., Order ID / Transaction ID
    on some, Paid on / Payment date / Attempted on / Initiated on; Bill paid / Payment successful / Bill payment
    successful / Bill payment failed / Payment declined by bank / Payment pending with biller / Awaiting biller
    confirmation; or a water tanker paid by UPI (two, ``tanker_upi``)."""
    k = place("utilities")
    status = outcome(k, failed=(5,), pending=(2,))
    if k in TANKERS:
        return tanker_upi(rng, font, k, status)
    j = Job(rng, status, no_ref=False, no_day=k == 1, low=1800, high=42000, p_round=0.3, town=k)
    long, short_name, number, size, kind = BILLERS[k]
    app, band, frame, way = BILL_APPS[k]
    if kind == "water":
        j.amount = rupees(rng, 450, 6500, 0.3)
    bill = j.amount
    rebate = round(bill * 0.01, 2) if status == "success" and kind == "power" and rng.random() < 0.45 else 0.0
    j.amount = round(bill - rebate, 2)
    words = {
        "success": ["Bill paid", "Payment successful", "Bill payment successful"],
        "failed": ["Bill payment failed", "Payment declined by bank"],
        "pending": ["Payment pending with biller", "Awaiting biller confirmation"],
    }
    if frame == "browser":
        p = browser_page(rng, font, "www.indianbank.net.in/jsp/billpay/receipt.jsp")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Payment - Receipt", "Bharat Connect - Payment Acknowledgement"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(words[status]), status=status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Bills", "Pay bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Biller", "Biller name", "Board", "Billed by"] if kind == "power" else ["Biller", "Biller name"]
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Biller name {long}     ") else short_name
    wrap_pair(p, rng.choice(labels), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, rng.choice(["Consumer name", "Customer name"]), FIRM.upper())
    if kind == "power":
        p.pair(
            "Category",
            rng.choice(
                ["LT Commercial", "LT-II Non-domestic"]
                if k != 4
                else ["LT Commercial", "Non-RGP (commercial)"]
            ),
        )
        p.pair("Units", f"{rng.randrange(280, 4200):,} kWh")
    else:
        p.pair("Category", "Commercial")
        p.pair("Consumption", f"{max(8, round(j.amount / 42))} kL")
    if not j.no_day:
        p.pair("Bill date", day_text(j.date - dt.timedelta(days=rng.randrange(8, 20)), rng.choice(DAY_PATS)))
        p.pair("Due date", j.other_day(rng, 2, 12))
    if rebate:
        p.pair("Bill amount", rs(bill))
        p.pair("Early payment rebate", rs(rebate, "-"))
        p.pair("Amount paid", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(
        rng.choice(["Paid using", "Payment mode"]),
        {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}", "wallet": "Freecharge wallet"}[way],
        method=way,
    )
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 3)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        labelled(p, rng.choice(["Bharat Connect Ref ID", "BBPS Txn Ref"]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            label = rng.choice(["Order ID", "Transaction ID"])
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
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
        p.add("small", "The biller confirms within 2 working days. Please do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 8. greenhouse, florist and packaging supplies


# the vendor, what it sells, the way, its town
SUPPLIERS = [
    ("Bengal Florist Supplies", "sundry", "NEFT", 0),
    ("Anekal Agro Polymers", "greenhouse", "UPI", 1),
    ("Punjab Grow Media Co.", "media", "NEFT", 2),
    ("Kisan Agro Kendra", "agro", "cheque", 3),
    ("Gujarat Drip Irrigation Systems", "drip", "NEFT", 4),
    ("Goa Clay & Planters", "pots", "UPI", 5),
    ("Thane Glass & Vase House", "vases", "cash", 6),
    ("Chennai Ribbons & Packaging", "wrap", "IMPS", 7),
]
SUPPLY_SUBS = {
    "sundry": "Floral foam, wraps, ribbons & florist sundries - wholesale",
    "greenhouse": "UV films, shade nets & greenhouse structures",
    "media": "Cocopeat, perlite, grow bags & potting media",
    "agro": "Fertilisers, pesticides & seeds - authorised dealer",
    "drip": "Drip & sprinkler irrigation - dealer & installer",
    "pots": "Terracotta, ceramic & coir planters",
    "vases": "Glass vases, cylinders & display ware",
    "wrap": "Bouquet wraps, ribbons & gift boxes",
}
# item, quantity range, rate range
SUPPLY_ITEMS = {
    "sundry": [
        ("Floral foam bricks (box of 20)", (2, 12), (1650, 2100)),
        ("Cellophane sheets (pack of 100)", (2, 10), (380, 520)),
        ("Satin ribbon 1 inch (rolls)", (10, 60), (45, 70)),
        ("Bouquet sleeves (pack of 50)", (2, 12), (260, 340)),
    ],
    "greenhouse": [
        ("UV poly film 200 micron (kg)", (40, 300), (210, 260)),
        ("Shade net 50% (sq m)", (200, 1500), (18, 26)),
        ("Insect net 40 mesh (sq m)", (100, 800), (28, 36)),
        ("Gutter clips (nos)", (100, 600), (6, 11)),
    ],
    "media": [
        ("Cocopeat block 5 kg (nos)", (50, 600), (95, 130)),
        ("Grow bags 100 x 20 cm (nos)", (100, 800), (22, 34)),
        ("Perlite 100 L bag", (2, 20), (1150, 1450)),
        ("Vermicompost 40 kg bag", (10, 80), (340, 420)),
    ],
    "agro": [
        ("NPK 19:19:19 water soluble (kg)", (25, 200), (115, 150)),
        ("Calcium nitrate (kg)", (25, 150), (70, 95)),
        ("Neem oil 1500 ppm (L)", (5, 40), (380, 460)),
        ("Humic acid granules (kg)", (25, 100), (60, 85)),
    ],
    "drip": [
        ("Drip lateral 16 mm (m)", (500, 4000), (7, 11)),
        ("Inline dripper 4 LPH (nos)", (200, 2000), (3, 6)),
        ("PVC pipe 63 mm (6 m lengths)", (10, 60), (520, 680)),
        ("Screen filter 1.5 inch", (1, 2), (2600, 3400)),
    ],
    "pots": [
        ("Terracotta pot 10 inch", (20, 200), (85, 140)),
        ("Ceramic planter 8 inch", (10, 60), (320, 480)),
        ("Coir hanging basket 12 inch", (10, 80), (120, 180)),
        ("Nursery bags 9 x 9 (kg)", (10, 60), (150, 190)),
    ],
    "vases": [
        ("Glass cylinder vase 10 inch", (6, 48), (240, 320)),
        ("Fish bowl vase 8 inch", (6, 36), (180, 260)),
        ("Bud vase (set of 3)", (4, 24), (210, 290)),
    ],
    "wrap": [
        ("Korean wrapping paper (pack of 20)", (5, 40), (260, 340)),
        ("Organza ribbon (rolls)", (10, 80), (55, 85)),
        ("Kraft paper roll 36 inch", (2, 12), (640, 820)),
        ("Round hat boxes (set of 3)", (4, 30), (540, 720)),
    ],
}
SUPPLY_GST = {
    "sundry": 0.18,
    "greenhouse": 0.18,
    "media": 0.05,
    "agro": 0.05,
    "drip": 0.05,
    "pots": 0.05,
    "vases": 0.18,
    "wrap": 0.18,
}


def nursery_supplies(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The vendors' paper (the vendor on top, the payee, in capitals on some): florist sundries' and packaging
    wholesalers' TAX INVOICE (floral foam bricks, cellophane sheets, satin and organza ribbon, Korean wrapping paper,
    hat boxes), greenhouse material (UV poly film 200 micron (kg), shade net 50% (sq m), insect net), potting media
    (cocopeat blocks, grow bags, perlite, vermicompost), an agro dealer's fertilisers, drip irrigation, planters and
    glass vases; a CASH MEMO for the vases: Invoice No. / Bill No. / Memo No., Date / Invoice date, Buyer / Bill to /
    M/s the firm or the trade name, the lines, Taxable value, CGST and SGST (UTGST) @ 2.5% or 9%, Round off, Invoice
    total / Total, Amount received / Received / Paid (the sum) and the way, or Balance due with the returned NEFT (Return
    reason), or Cheque amount with the cheque and its bank; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / NEFT
    RETURNED - AMOUNT STILL DUE / CHEQUE RECEIVED - CREDIT AFTER CLEARANCE."""
    k = place("nursery_supplies")
    status = outcome(k, failed=(4,), pending=(3,))
    name, kind, way, town = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, town=town)
    to = name.upper() if rng.random() < 0.25 else name
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    kinds = ["CASH MEMO", "BILL"] if way == "cash" else ["TAX INVOICE", "INVOICE"]
    vendor_head(p, town, to, SUPPLY_SUBS[kind], kinds)
    if not j.no_ref:
        no = rng.choice(
            [str(rng.randrange(100, 9999)), f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"]
        )
        p.pair(
            rng.choice(["Invoice No.", "Bill No."] if way != "cash" else ["Memo No.", "Bill No."]),
            no,
            txn=(INVOICE_RANK, no),
        )
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    buyer = f"M/s {FIRM}" if rng.random() < 0.6 else f"M/s {trade(town)}"
    wrap_pair(p, rng.choice(["Buyer", "Bill to"]), buyer)
    p.add("rule")
    items = SUPPLY_ITEMS[kind]
    sub = item_lines(rng, p, rs, rng.sample(items, rng.randint(2, len(items))))
    p.add("rule")
    rate = SUPPLY_GST[kind]
    p.pair("Taxable value", rs(sub))
    half = round(sub * rate / 2, 2)
    pct = f"{rate * 50:g}%"
    state = "UTGST" if TOWNS[town][3] == "Chandigarh" else "SGST"
    p.pair(f"CGST @ {pct}", rs(half))
    p.pair(f"{state} @ {pct}", rs(half))
    gross = sub + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Total"]), rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_words(rng, way, font), method=method_for(way))
        if not j.no_ref:
            paid_ref(p, j, way, ["HDFC", "SBIN", "ICIC", "UTIB"])
        word = rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"])
    elif status == "failed":
        p.pair(rng.choice(["Balance due", "Amount due"]), rs(total), amount=total)
        p.pair("Paid by", "NEFT (returned)", method="netbanking")
        ref = neft_utr(rng.choice(["HDFC", "ICIC"]), rng, j.date)
        p.pair("Returned UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Return reason", rng.choice(["Beneficiary name mismatch", "Account closed / transferred"]))
        word = "NEFT RETURNED - AMOUNT STILL DUE"
    else:
        p.pair("Cheque amount", rs(total), amount=total)
        p.pair("Cheque No.", cheque_no(rng), method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[town][0]}")
        word = "CHEQUE RECEIVED - CREDIT AFTER CLEARANCE"
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        f"Subject to {TOWNS[town][0]} jurisdiction. Goods once sold will not be taken back. E. & O.E.",
    )
    signs(p, "Receiver's signature", "For the vendor")
    return p.done()


# ---------------------------------------------------------------- 9. software, ads and a course


# product, its site, frame, company line, the way, the currency
SAAS = [
    ("Shopify", "shopify.com", "browser", "Shopify Inc.", "card", "USD"),
    ("Later", "later.com", "mail", "Later Media Inc.", "card", "USD"),
    ("Vyapar", "vyaparapp.in", "phone", "Simply Vyapar Apps Pvt Ltd", "UPI", "INR"),
    ("Priva Compass", "priva.com", "mail", "Priva B.V.", "card", "EUR"),
    ("Interakt", "interakt.shop", "browser", "Jio Haptik Technologies Ltd", "card", "INR"),
    ("McQueens Flower School", "mcqueens.co.uk", "mail", "McQueens Ltd", "card", "GBP"),
    ("GoDaddy", "godaddy.com", "mail", "GoDaddy India Web Services Pvt Ltd", "netbanking", "INR"),
    ("Google Ads", "ads.google.com", "browser", "Google India Pvt Ltd", "UPI", "INR"),
]
# the plan, its lines (label, quantity, rate), days to the next charge
SAAS_PLANS = {
    "Shopify": ("Basic - monthly", [("Basic plan", 1, 39.0), ("Shopify Flow & apps", 1, 9.99)], 30),
    "Later": ("Growth - monthly", [("Growth plan (3 social sets)", 1, 45.0), ("Extra users", 2, 5.0)], 30),
    "Vyapar": ("Gold - 1 year (3 devices)", [("Vyapar Gold (annual)", 1, 5599.0)], 365),
    "Priva Compass": (
        "Remote support & updates (annual)",
        [("Compass remote support licence", 1, 640.0), ("Climate sensor calibration", 2, 85.0)],
        365,
    ),
    "Interakt": (
        "Growth - quarterly",
        [("Growth plan (3 months)", 1, 8097.0), ("WhatsApp conversation credits", 1, 2500.0)],
        90,
    ),
    "McQueens Flower School": (
        "Online Flower School - annual membership",
        [("Annual membership", 1, 195.0)],
        365,
    ),
    "GoDaddy": (
        "Domain + Business Email",
        [(f"{SLUG}.in renewal (1 year)", 1, 899.0), ("Professional Email (5 users)", 5, 189.0)],
        365,
    ),
    "Google Ads": ("Manual payments - prepay", [("Advertising prepayment", 1, 10000.0)], 0),
}
TAGLINES = {
    "Shopify": "Commerce platform",
    "Later": "Social media scheduling",
    "Priva Compass": "Climate control for greenhouses",
    "McQueens Flower School": "Floristry courses from London",
    "Interakt": "WhatsApp Business API & catalogue",
    "Vyapar": "GST billing & inventory",
}


def saas_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The business's software, advertising and a floristry course (Shopify and Later in US dollars, Priva Compass's
    greenhouse climate-computer support in euros, McQueens Flower School's membership in pounds, Vyapar, Interakt,
    GoDaddy and Google Ads in rupees; the vendor's e-mail, its billing page in a browser or the app's screen): the
    product on top (the payee) and its tagline or company line, Receipt / Invoice paid / Billing - transaction details
    / Payment status, Bill to / Account / Customer / Billed to the firm, GSTIN on the rupee pages, Account ID / Store
    ID / Customer No. (no id), Plan, Billing period (no fact), the lines, Subtotal, IGST / GST @ 18% or Tax / VAT (0%)
    with the reverse-charge note, Amount paid / Total charged / Total / Amount due or the sum large, Payment method /
    Paid with, Invoice # / Invoice No., Payment ID / Transaction ID, Bank Ref No., Auth code, UPI Ref No., Charged on /
    Payment date / Paid on / Attempted on / Initiated on, Renews on (no fact); Paid / Payment successful / Charge
    failed - card declined / Payment processing - awaiting bank confirmation."""
    k = place("saas_bills")
    status = outcome(k, failed=(1,), pending=(7,))
    name, site, frame, company, way, cur = SAAS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Subscription", "Payment status"])
    elif frame == "mail":
        sender = f"{rng.choice(['billing', 'receipts', 'no-reply'])}@{site}"
        p = mail_page(
            rng,
            font,
            f"{name} <{sender}>",
            [f"Your {name} receipt", "Payment received - thank you", "Invoice paid"],
        )
    else:
        url = {
            "Shopify": f"admin.shopify.com/store/{SLUG}/settings/billing",
            "Google Ads": "ads.google.com/aw/billing/transactions",
        }.get(name, f"app.{site}/{rng.choice(['billing', 'settings/billing'])}")
        p = browser_page(rng, font, url)
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Charge failed - card declined"],
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
            rng.choice(["Receipt", "Invoice paid", "Billing - transaction details"])
            if status == "success"
            else rng.choice(["Billing - transaction details", "Payment status"]),
        )
        p.add("rule")
        p.part = "body"
    plan, lines, days = SAAS_PLANS[name]
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer", "Billed to"]), FIRM)
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
    p.pair(rng.choice(["Account ID", "Store ID", "Customer No."]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day and days:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        line = qty * rate
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
        p.add("small", "Reverse charge: the recipient pays IGST on this import of services.")
    vpa = f"{SLUG[:9]}@{rng.choice(['okhdfcbank', 'ybl', 'okicici', 'oksbi'])}"
    p.pair(
        rng.choice(["Payment method", "Paid with"]),
        {
            "card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
            "UPI": f"UPI ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            inv = (
                f"{code(rng, 4, UPPER)}-{rng.randrange(1000, 9999)}"
                if cur != "INR"
                else f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            )
            labelled(p, rng.choice(["Invoice #", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        if name == "Google Ads":
            pid = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
        elif cur != "INR":
            pid = f"ch_{code(rng, 16, MIXED)}"
        else:
            pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        labelled(p, "Payment ID" if pid[:3] in ("pay", "ch_") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "netbanking":
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Charged on", "Payment date", "Paid on"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success" and days:
            p.pair("Renews on", when(j.date + dt.timedelta(days=days), rng.choice(["%d %b %Y", "%b %d, %Y"])))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry in 3 days. Update your card to keep your plan active.")
    elif status == "pending":
        p.add("small", "Funds are added to the account once your bank confirms the payment.")
    p.part = "foot"
    p.add(
        "small", rng.choice(["Manage billing under Settings > Billing.", "Questions? Reply to this e-mail."])
    )
    return p.done()


# ---------------------------------------------------------------- 10. refunds of cancelled bookings and orders


# frame, the way
REFUND_PAGES = [
    ("paper", "NEFT"),
    ("gateway", "UPI"),
    ("mail", "UPI"),
    ("app", "IMPS"),
    ("gateway", "card"),
    ("credit", "cash"),
    ("mail", "NEFT"),
    ("app", "NEFT"),
]
REFUND_APPS = {3: ("YONO Business", (40, 0, 113)), 7: ("Union Bank Vyom", (200, 16, 46))}
REFUND_GATEWAYS = {
    1: ("Easebuzz", "dashboard.easebuzz.in/refunds/view"),
    4: ("CCAvenue", "dashboard.ccavenue.com/refunds/details"),
}
ORDER_ISSUES = [
    "Delivered after the midnight slot",
    "Wrong flowers delivered",
    "Order could not be delivered - recipient unreachable",
    "Duplicate payment",
    "Cake add-on out of stock",
]


def refund_cuts(rng: random.Random, j: Job, held: float) -> list[tuple[str, float]]:
    """What the business keeps from an event's advance: a cancellation charge, flowers already bought, a site visit."""
    pct = rng.choice([10, 20, 25])
    cuts = [(f"Less: Cancellation charge ({pct}% of advance)", round(held * pct / 100, 2))]
    if rng.random() < 0.5:
        cuts.append(("Less: Imported orchids already procured", float(rng.choice([4500, 8000, 12500]))))
    if rng.random() < 0.35:
        cuts.append(("Less: Site visit & mock-up", float(rng.choice([1500, 2500]))))
    return cuts


def refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The business paying money back: its REFUND VOUCHER / REFUND VOUCHER - BOOKING CANCELLED for an event's advance
    (paper, the business on top, the payer: Voucher No., Date, Pay to / Refund to the client (the payee), Booking
    (<occasion> - cancelled), Advance received (Rcpt ADV/...), Less: Cancellation charge (n% of advance), Less:
    Imported orchids already procured, Less: Site visit & mock-up, Refund amount / Net refund, the way; REFUNDED /
    REFUND PAID), its CREDIT NOTE CUM REFUND for wilted flowers paid back in cash (Credit note No., Customer, Against
    bill, Bill amount, Refund for, Refund amount, REFUNDED IN CASH), its e-mail (Refund issued to / Customer, Order,
    Reason, Amount paid, Refund amount, Mode, Credited to, UTR / UPI Ref No., Refund date, Status Refund processed),
    its business banking app (YONO Business, Union Bank Vyom: Paid to / Beneficiary, Remarks (Refund - decor booking
    cancelled), IMPS Ref No / UTR and Transaction ID, Date & Time / Initiated on; Transfer successful / Money sent /
    Transfer in process) or its gateway's refund page for an online order (Easebuzz, CCAvenue: the firm | Live under
    the gateway, the refund large, Customer / Refunded to, Order, Reason, Payment amount, Refund to Source - card /
    UPI, Refund ID, RRN / ARN, Original payment ID (no id), Processed on / Refunded on / Attempted on; Refund processed
    / Refunded / Refund rejected by issuing bank)."""
    k = place("refunds")
    status = outcome(k, failed=(4,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    client = rng.choice(CUSTOMERS)
    client = client.upper() if rng.random() < 0.2 else client
    if frame == "gateway":
        gw, url = REFUND_GATEWAYS[k]
        paid = float(rng.choice([899, 1149, 1349, 1899, 2499, 3150]))
        refund = paid if rng.random() < 0.6 else float(whole(paid * 0.5, 1))
        j.amount = refund
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{FIRM}  |  {rng.choice(['Live', 'Production'])}")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Refund processed", "Refunded"], "failed": ["Refund rejected by issuing bank"]},
        )
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
        p.pair("Order", f"GF{rng.randrange(10000, 99999)}" if not j.no_ref else "Online order")
        wrap_pair(p, "Reason", rng.choice(ORDER_ISSUES))
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        p.pair(
            "Refund to",
            {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            rid = f"RF{digits(rng, 12)}" if gw == "Easebuzz" else f"{digits(rng, 12)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
            p.pair(
                "Original payment ID",
                f"E{digits(rng, 9)}{code(rng, 4, UPPER)}" if gw == "Easebuzz" else digits(rng, 12),
            )
        if not j.no_day:
            labelled(
                p,
                {"success": rng.choice(["Processed on", "Refunded on"]), "failed": "Attempted on"}[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        if status == "failed":
            p.add("small", "The card account is closed. Refund the customer by another way and mark it here.")
        p.part = "foot"
        p.add("small", "Refunds reach the customer's source account in 5-7 working days.")
        return p.done()
    if frame == "credit":
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
        shop_head(p, k, trade(k), ["CREDIT NOTE CUM REFUND", "CREDIT NOTE - REFUND"], merchant=False)
        if not j.no_ref:
            cno = f"CN/{CODES[k]}/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair("Credit note No.", cno, txn=(INVOICE_RANK, cno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Customer", client, merchant=client)
        bill = float(rng.choice([1200, 1650, 2400, 3100]))
        refund = float(whole(bill * rng.choice([0.3, 0.5, 1.0]), 10))
        j.amount = refund
        p.pair("Against bill", f"BS/{CODES[k]}/{fy(j.date)}/{rng.randrange(1, 9999):04d}")
        p.pair("Bill amount", rs(bill))
        wrap_pair(
            p,
            "Refund for",
            rng.choice(
                [
                    "Wilted roses in bouquet",
                    "Lilies not opened - replaced in part",
                    "Short delivery of 10 stems",
                ]
            ),
        )
        p.pair("Refund amount", rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        p.pair("Paid by", "Cash", method="cash")
        p.add("center", rng.choice(["REFUNDED IN CASH", "REFUND PAID"]), status="success")
        p.part = "foot"
        signs(p, "Customer's signature", f"For {trade(k)}")
        return p.done()
    held = float(whole(rng.uniform(20000, 160000), 1000))
    cuts = refund_cuts(rng, j, held)
    refund = round(held - sum(v for _, v in cuts), 2)
    j.amount = refund
    occasion = rng.choice(OCCASIONS)
    if frame == "paper":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        shop_head(p, k, trade(k), ["REFUND VOUCHER", "REFUND VOUCHER - BOOKING CANCELLED"], merchant=False)
        if not j.no_ref:
            vno = f"RV/{CODES[k]}/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Pay to", "Refund to"]), client, merchant=client)
        wrap_pair(p, "Booking", f"{occasion.capitalize()} decor - cancelled")
        p.add("rule")
        rcpt = (
            "" if j.no_ref or j.no_day else f" (Rcpt ADV/{CODES[k]}/{fy(j.date)}/{rng.randrange(1, 400):03d})"
        )
        wrap_pair(p, f"Advance received{rcpt}", rs(held))
        tail_lines(p, cuts, rs)
        p.pair(rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
        p.add("small", f"({words_in_rupees(refund)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_words(rng, way, font), method=method_for(way))
        if not j.no_ref:
            paid_ref(p, j, way, ["HDFC", "YESB", "UTIB"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full settlement of the booking.")
        signs(p, "Client's signature", f"For {trade(k)}")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{trade(k)} Accounts <accounts@{SLUG}.in>",
            ["Your refund has been processed", "Refund of your advance", "Refund - settled"],
        )
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, trade(k))
        p.add("small", rng.choice(SHOP_SUBS))
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            f"Dear {client.split()[0].title()}, we have refunded your advance for the {occasion} decor "
            f"after the deductions below.",
        )
        wrap_pair(p, rng.choice(["Refund issued to", "Customer"]), client, merchant=client)
        p.pair("Advance received", rs(held))
        tail_lines(p, cuts, rs)
        p.pair("Refund amount", rs(refund), amount=refund)
        p.pair("Mode", way, method=method_of(way))
        p.pair(
            "Credited to",
            f"XXXXXX{digits(rng, 4)}"
            if way != "UPI"
            else f"{vpa_base(client)}{rng.randrange(10, 99)}@okaxis",
        )
        if not j.no_ref:
            if way == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "YESB"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refund date", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", f"We hope to decorate your next celebration. - Team {trade(k)}")
        return p.done()
    app, band = REFUND_APPS[k]
    p = phone_page(rng, font, k, ["", "Transaction details"])
    head(p, app, band, p.style["h106"]["dark"], ["Payments", f"{way} transfer"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    outcome_row(
        p, status, {"success": ["Transfer successful", "Money sent"], "pending": ["Transfer in process"]}
    )
    p.add("big", rs(refund), amount=refund)
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
    p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair("Mode", way, method=method_of(way))
    wrap_pair(
        p,
        "Remarks",
        rng.choice(["Refund - decor booking cancelled", "Advance refund", "Refund less charges"]),
    )
    if not j.no_ref:
        if way == "IMPS":
            labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        elif status == "success":
            ref = neft_utr(rng.choice(["SBIN", "UBIN"]), rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
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
        p.add("small", "The beneficiary's bank is yet to confirm the credit.")
    return p.done()


# ---------------------------------------------------------------- 11. rent, a kiosk's licence fee, a farm lease, licences


LEASE_PAGES = ["receipt", "kiosk", "civic", "land", "bank", "civic", "civic", "receipt"]
LANDLORDS = {0: "Amitava Ghoshal", 7: "Saraswathi Venkataraman", 4: "Rameshbhai Chunilal Patel"}
CIVIC = {
    2: (
        "Municipal Corporation Chandigarh",
        "Licensing branch - online payment",
        "browser",
        "card",
        "mcchandigarh.gov.in/epayment/licence/receipt",
    ),
    5: (
        "Corporation of the City of Panaji",
        "Trade licence renewal",
        "browser",
        "UPI",
        "ccp.org.in/tradelicence/payment",
    ),
    6: ("Thane Municipal Corporation", "Licence department - trade licence", "paper", "UPI", None),
}
KIOSK_OWNER = "Indiranagar Central Mall Pvt Ltd"


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord's RENT RECEIPT / SHOP RENT RECEIPT (paper): Receipt No., Date, "Received from M/s <firm> (<shop>),
    the monthly rent of the shop at <address> for <month>" (no fact), Monthly rent, Less: TDS u/s 194-I(b) @ 10% on
    some, Amount received / Net amount received (the sum), the way, RECEIVED WITH THANKS, Landlord / Owner / Received
    by (the payee; Shri / Smt. on some), PAN of landlord, [ Revenue stamp ]."""
    name = LANDLORDS[k]
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "SHOP RENT RECEIPT"]))
    p.add("small", "(Shop premises - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"R-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add(
        "left",
        f"Received from M/s {FIRM} ({TRADE}), the monthly rent of the shop at {rng.randrange(2, 90)}, "
        f"{TOWNS[k][2]}, {TOWNS[k][0]}" + ("." if j.no_day else f" for {j.month()}."),
    )
    p.add("rule")
    rent = float(whole(rng.uniform(22000, 95000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2) if rent * 12 > 600000 and rng.random() < 0.7 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair("Net amount received" if tds else "Amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {cheque_no(rng)}"
        p.pair(
            rng.choice(["Paid by", "Mode of payment"]),
            chq if j.no_day else f"{chq} dt {j.other_day(rng, -4, 0)}",
            method="cheque",
        )
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode of payment"]), way_words(rng, way, font), method=method_for(way))
        if not j.no_ref:
            paid_ref(p, j, way, ["HDFC", "ICIC"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    honorific = "Smt." if k == 7 else "Shri"
    shown = f"{honorific} {name}" if rng.random() < 0.35 else name
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Received by"]), shown, merchant=name)
    p.pair("PAN of landlord", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    signs(p, "Tenant's copy", "Signature of landlord")
    return p.done()


def kiosk_invoice(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A mall company's TAX INVOICE - KIOSK LICENCE FEE with the payment received (the mall company on top, the payee):
    Invoice No., Invoice date, Licensee M/s the firm (Gulnaar Florists kiosk), Kiosk No. and Level, Licence period (no
    fact), Licence fee, CAM charges, Marketing fund, Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s
    194-I(b) @ 10%, Amount received (net of TDS) (the sum), NEFT and its UTR; PAYMENT RECEIVED."""
    name = KIOSK_OWNER
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    vendor_head(
        p,
        k,
        name,
        "Indiranagar Central - leasing & mall management",
        ["TAX INVOICE - KIOSK LICENCE FEE", "TAX INVOICE (LICENCE FEE & CAM)"],
        street="100 Feet Road",
    )
    if not j.no_ref:
        ino = f"ICM/LF/{j.year()}{rng.randrange(1, 900):04d}"
        p.pair("Invoice No.", ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair("Invoice date", j.day(rng), date=j.date)
    wrap_pair(p, "Licensee", f"M/s {FIRM} ({TRADE} kiosk)")
    p.pair("Kiosk", f"K-{rng.randrange(3, 40)}, Level {rng.choice(['G', '1', '2'])}")
    if not j.no_day:
        p.pair("Licence period", j.month())
    p.add("rule")
    fee = float(whole(rng.uniform(45000, 110000), 500))
    cam = float(whole(rng.uniform(6000, 14000), 100))
    mkt = float(rng.choice([2500, 3500, 5000]))
    tail_lines(p, [("Licence fee", fee), ("CAM charges", cam), ("Marketing fund", mkt)], rs)
    taxable = fee + cam + mkt
    p.pair("Taxable value", rs(taxable))
    half = round(taxable * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    total = round(taxable + 2 * half, 2)
    p.pair("Invoice total", rs(total))
    tds = round(taxable * 0.10, 2)
    p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Amount received (net of TDS)", "Received (after TDS)"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Received by", "Mode"]), way_words(rng, way, font), method=method_for(way))
    if not j.no_ref:
        paid_ref(p, j, way, ["HDFC", "KKBK"])
    p.add("center", rng.choice(["PAYMENT RECEIVED", "PAID"]), status="success")
    p.part = "foot"
    p.add(
        "small",
        "Subject to Bengaluru jurisdiction. Form 16A to be furnished within 15 days of the quarter's return.",
    )
    signs(p, "Licensee's copy", "For the mall")
    return p.done()


def land_lease(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A farmer's LEASE RENT RECEIPT for the nursery's land at Kadiyam (paper): Receipt No., Date, "Received from M/s
    <firm> (Gulnaar Nursery) the lease rent for <n> acres of land in Sy. No. <n>, <village>, for the <half> of the
    lease" (no fact), Lease rent (n acres x rate) (the sum), Paid by Cash, RECEIVED, Lessor (the payee; Sri on some),
    Aadhaar (XXXX XXXX nnnn), [ Revenue stamp ]."""
    name = "Kalidindi Venkata Subba Raju"
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.8)
    p.part = "head"
    top(p, rng.choice(["LEASE RENT RECEIPT", "RECEIPT - LAND LEASE RENT"]))
    p.add("small", "(Agricultural land - nursery use)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = f"{rng.randrange(1, 30):02d}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    acres = rng.choice([2, 3, 4, 5])
    rate = float(rng.choice([45000, 55000, 60000]))
    half = rng.choice(["first half", "second half"])
    p.add(
        "left",
        f"Received from M/s {FIRM} ({NURSERY}) the lease rent for {acres} acres of land in Sy. No. "
        f"{rng.randrange(100, 480)}/{rng.randint(1, 4)}, Burrilanka village, for the {half} of the lease.",
    )
    amount = acres * rate / 2
    j.amount = amount
    p.pair(f"Lease rent ({acres} acres x {rate:,.0f} / 2)", rs(amount), amount=amount)
    p.add("small", f"({words_in_rupees(amount)})")
    p.pair("Paid by", "Cash", method="cash")
    p.add("center", "RECEIVED", status="success")
    p.add("rule")
    shown = f"Sri {name}" if rng.random() < 0.4 else name
    wrap_pair(p, "Lessor", shown, merchant=name)
    p.pair("Aadhaar", f"XXXX XXXX {digits(rng, 4)}")
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    signs(p, "Lessee's copy", "Signature of lessor")
    return p.done()


def civic_licence(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A municipal corporation's trade licence fee (Municipal Corporation Chandigarh and the Corporation of the City of
    Panaji online, Thane Municipal Corporation's receipt printed): the corporation on top (the payee) and its line,
    Payment receipt / e-Payment acknowledgement / RECEIPT, Licensee / Applicant / Trade name the shop or the firm,
    Licence No. (no id), Trade (Florist & nursery - retail), Licence period / For year (no fact), Trade licence fee,
    Signboard fee, Solid waste user charges, Late fee on some, Total / Amount paid / Total amount (the sum), Payment
    mode, Receipt No., Transaction ID, Auth code / UPI Ref No. / Bank Ref No., Payment date / Paid on / Initiated on;
    Payment successful / Paid / Payment pending - awaiting bank confirmation."""
    body, line, frame, way, url = CIVIC[k]
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3)
    to = body.upper() if frame == "paper" and rng.random() < 0.4 else body
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(["Payment receipt", "e-Payment acknowledgement"]) if frame == "browser" else "RECEIPT",
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Paid"],
        "pending": ["Payment pending - awaiting bank confirmation"],
    }
    if frame == "browser":
        outcome_row(p, j.status, words)
    wrap_pair(p, rng.choice(["Licensee", "Applicant", "Trade name"]), rng.choice([trade(k), FIRM]))
    p.pair("Licence No.", f"{CODES[k]}/TL/{digits(rng, 5)}")
    wrap_pair(p, "Trade", "Florist & nursery - retail")
    if not j.no_day:
        start = j.date.year if j.date.month >= 4 else j.date.year - 1
        p.pair(rng.choice(["Licence period", "For year"]), f"{start}-{(start + 1) % 100:02d}")
    heads = [
        ("Trade licence fee", float(rng.choice([2500, 3600, 5000, 7500]))),
        ("Signboard fee", float(rng.choice([600, 1200, 1800]))),
        ("Solid waste user charges", float(rng.choice([1200, 2400]))),
    ]
    if rng.random() < 0.3:
        heads.append(("Late fee", float(rng.choice([250, 500]))))
    tail_lines(p, heads, rs)
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(
        rng.choice(["Total", "Amount paid", "Total amount"]) if j.status == "success" else "Total",
        rs(total),
        amount=total,
    )
    p.pair("Payment mode", {"card": rng.choice(["Debit card", "Credit card"]), "UPI": "UPI"}[way], method=way)
    if not j.no_ref:
        if j.status == "success":
            rno = f"{CODES[k]}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        if j.status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(
            p,
            {"success": rng.choice(["Payment date", "Paid on"]), "pending": "Initiated on"}[j.status],
            stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng),
            date=j.date,
        )
    if frame == "paper":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "The licence is renewed once the bank confirms the payment. Do not pay again.")
    p.part = "foot"
    p.add("small", "Display the licence at the shop. This is a computer generated receipt.")
    return p.done()


def rent_licences(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The premises and the permissions: the shops' landlords' rent receipts (two, ``rent_receipt``), the mall
    company's kiosk licence fee invoice (``kiosk_invoice``), a farmer's lease rent receipt for the nursery's land
    (``land_lease``), the firm's bank after a rent transfer to a landlord (Kalupur Commercial Co-operative Bank's net
    banking in a browser; heldout124's page, the landlord under Beneficiary / Payee name, Remarks (Shop rent -
    <month>), Debit account name; Transaction Failed / Returned by beneficiary bank / NEFT transfer failed) and the
    municipal corporations' trade licence fees (three, ``civic_licence``)."""
    k = place("rent_licences")
    status = outcome(k, failed=(4,), pending=(5,))
    page = LEASE_PAGES[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, town=k)
    if page == "receipt":
        return rent_receipt(rng, font, k, j, {0: "cheque", 7: "UPI"}[k])
    if page == "kiosk":
        return kiosk_invoice(rng, font, k, j, "NEFT")
    if page == "land":
        return land_lease(rng, font, k, j)
    if page == "civic":
        return civic_licence(rng, font, k, j)
    row = ("Kalupur Bank Net Banking", None, "web", "NEFT", "KCCB")
    j.to = LANDLORDS[k].upper() if rng.random() < 0.35 else LANDLORDS[k]
    j.amount = float(whole(rng.uniform(25000, 80000), 500))
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url="netbanking.kalupurbank.com/corp/neft/acknowledgement",
        widths=[700, 740],
        third_head="Payments",
        payee_labels=["Beneficiary", "Payee name"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind="web",
        mode="NEFT",
        head4="KCCB",
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Bank Ref No.", "Reference No."],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), f"Shop rent - {j.month()}")
    wrap_pair(p, "Debit account name", FIRM.upper())
    p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a computer generated advice")
    return p.done()


# ---------------------------------------------------------------- 12. GST, TDS and profession tax


# tax, frame, the way
TAX_PAGES = [
    ("pt", "browser", "netbanking"),
    ("gst", "browser", "netbanking"),
    ("gst", "phone", "UPI"),
    ("tds", "paper", "netbanking"),
    ("gst", "browser", "neft"),
    ("tds", "browser", "UPI"),
    ("gst", "paper", "card"),
    ("tds", "bank", "netbanking"),
]
TDS_NATURE = [
    ("194C", "Payment to contractors"),
    ("194-I(b)", "Rent on land, building or furniture"),
    ("194J(b)", "Fees for professional services"),
    ("192", "Salary"),
]
FIRM_TAN = "CALS04417F"


def gst_challan(
    rng: random.Random, font: str, k: int, j: Job, frame: str, way: str
) -> tuple[list, dict, dict]:
    """The GST portal's Payment Receipt (Form GST PMT-06) / Challan - Payment Receipt in a browser, printed or on a
    phone after UPI (no payee): CPIN and Challan created on (no fact), GSTIN of the town's registration, Legal name /
    Taxpayer name (the firm), Trade name, Tax period / Return period (no fact), CGST (0005) / SGST (0006) / UTGST
    (0007) / IGST (0008) - Tax, Interest and Fee, Total challan amount / Total amount paid (the sum, large on the phone),
    Mode, Bank, CIN, BRN / Bank reference No., UPI Ref No., Date of deposit / Payment date, Time, Initiated on; Paid /
    Payment successful / Awaiting credit from RBI - NEFT / RTGS."""
    city = TOWNS[k]
    words = {"success": ["Paid", "Payment successful"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "phone":
        p = phone_page(rng, font, k, ["", "GST payment"])
        rs = money(rng, font, 0.3)
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["Payment Receipt (Form GST PMT-06)", "Challan - Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    if frame != "paper":
        outcome_row(p, j.status, words)
    tax = float(whole(rng.uniform(9000, 260000), 1))
    state = "UTGST (0007)" if city[3] == "Chandigarh" else "SGST (0006)"
    if rng.random() < 0.8:
        heads = [("CGST (0005) - Tax", tax), (f"{state} - Tax", tax)]
        if rng.random() < 0.3:
            interest = float(rng.randrange(60, 3000))
            heads += [("CGST (0005) - Interest", interest), (f"{state} - Interest", interest)]
        if rng.random() < 0.2:
            heads += [("CGST (0005) - Fee", 250.0), (f"{state} - Fee", 250.0)]
    else:
        heads = [("IGST (0008) - Tax", 2 * tax)]
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    if frame == "phone":
        p.add("big", rs(total), amount=total)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{city[4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan created on", j.other_day(rng, -5, 0))
    p.pair("GSTIN", gstin(rng, city[4]))
    wrap_pair(p, rng.choice(["Legal name", "Taxpayer name"]), FIRM.upper())
    wrap_pair(p, "Trade name", trade(k))
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair(
            rng.choice(["Tax period", "Return period"]), when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"]))
        )
    p.add("rule")
    tail_lines(p, heads, rs)
    if frame != "phone":
        p.pair(rng.choice(["Total challan amount", "Total amount paid"]), rs(total), amount=total)
    else:
        p.pair("Total challan amount", rs(total))
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
    p.pair(rng.choice(["Bank", "Bank name"]), rng.choice(BANKS[:8]))
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{rng.choice(['HDFC', 'ICIC', 'UTIB', 'SBIN'])}{j.date:%y}{city[4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
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
        p.pair("Payment status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add(
            "small", "Mandate form generated. The receipt is issued once RBI reports the NEFT / RTGS credit."
        )
    p.part = "foot"
    p.add("small", "Note: this is a system generated receipt.")
    return p.done()


def tds_challan(
    rng: random.Random, font: str, k: int, j: Job, frame: str, way: str
) -> tuple[list, dict, dict]:
    """A TDS challan (ITNS 281) for the rent, contractors', professionals' or salary TDS the firm deducted: the
    e-filing portal's Challan Receipt (a browser or printed: Income Tax Department on top, no payee) or Indian Bank's
    Taxpayer's Counterfoil in a browser: TAN, Name, Assessment Year (no fact), Major Head (0021), Minor Head (200),
    Nature of Payment (194C, 194-I(b), 194J(b), 192), Amount (in Rs.) (the sum), CRN and CRN valid till (no fact),
    Payment mode / Paid from, Bank, BSR Code and Challan No. (no id), CIN, BRN / Bank Reference Number, UPI Ref No.,
    Date of deposit / Tender date / Attempted on, the breakup; Payment Successful / Tax paid / Payment failed."""
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(15, 700) * 100)
    parts = [
        ("Tax", tax),
        ("Surcharge", 0.0),
        ("Cess", 0.0),
        ("Interest", float(rng.randrange(2, 40) * 25) if rng.random() < 0.3 else 0.0),
        ("Penalty", 0.0),
        ("Fee u/s 234E", float(rng.randrange(2, 12) * 200) if rng.random() < 0.2 else 0.0),
    ]
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    words = {"success": ["Payment Successful", "Tax paid"], "failed": ["Payment failed"]}
    if frame == "bank":
        p = browser_page(rng, font, "www.indianbank.net.in/jsp/etax/counterfoil.jsp")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Indian Bank")
        p.add("center", "Direct Tax (ITNS 281) - Taxpayer's Counterfoil")
    elif frame == "browser":
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "Challan Receipt - ITNS 281")
    p.add("rule")
    p.part = "body"
    if frame != "paper":
        outcome_row(p, j.status, words)
    p.pair("TAN", FIRM_TAN)
    wrap_pair(p, "Name", FIRM.upper())
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", "(0021) Income Tax (Other than Companies)")
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", f"{section} - {nature}")
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
        if not j.no_day:
            p.pair("CRN valid till", j.other_day(rng, 8, 15))
    if way == "UPI":
        p.pair("Payment mode", "UPI", method="UPI")
    else:
        p.pair(
            rng.choice(["Payment mode", "Paid from"]),
            rng.choice(["Net Banking", f"Current A/c {masked(rng, font)}"]),
            method="netbanking",
        )
    p.pair("Bank", "Indian Bank" if frame == "bank" else rng.choice(BANKS[:8]))
    if j.status == "success":
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
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Tender date"]), j.day(rng), date=j.date)
    elif not j.no_day:
        labelled(p, "Attempted on", stamp(rng, j.date, PATS), date=j.date)
    if frame != "bank":
        p.add("rule")
        p.add("left", "Tax Breakup Details (Amount in Rs.)")
        for letter, (label, value) in zip("ABCDEF", parts):
            p.pair(f"{letter}  {label}", rs(value))
        p.pair("Total (A+B+C+D+E+F)", rs(total))
    if frame == "paper":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "failed":
        p.add("small", "Challan not paid. Any amount debited will be reversed. Pay again with the same CRN.")
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def pt_challan(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """West Bengal's profession tax through GRIPS (a browser; no payee): Government of West Bengal on top, GRIPS -
    e-Challan / Payment acknowledgement, Directorate of Commercial Taxes - Profession Tax, Depositor the firm, EC No. /
    RC No. (no id), Period (no fact), Head of account (no id), the enrolment and the employees' tax, Total amount (the
    sum), Payment mode, Bank, GRN (the challan's own number), BRN, Payment date / Bank date; Success / Payment
    successful."""
    p = browser_page(rng, font, "wbifms.gov.in/GRIPS/challanAck.do")
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "Government of West Bengal")
    p.add("small", "GRIPS - Government Receipt Portal System")
    p.add("center", rng.choice(["e-Challan - Payment acknowledgement", "Payment Acknowledgement (GRIPS)"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Success", "Payment successful"]})
    wrap_pair(p, "Department", "Directorate of Commercial Taxes - Profession Tax")
    wrap_pair(p, "Depositor", FIRM.upper())
    p.pair(rng.choice(["EC No.", "RC No."]), f"{digits(rng, 3)}0{digits(rng, 7)}")
    if not j.no_day:
        p.pair("Period", f"{j.month(1)}")
    p.pair("Head of account", "0028-00-107-001-16")
    staff = rng.randint(6, 22)
    lines = [("Profession tax - employees (" + str(staff) + " x 200)", float(staff * 200))]
    if rng.random() < 0.3:
        lines.append(("Enrolment - firm (annual)", 2500.0))
    tail_lines(p, lines, rs)
    total = sum(v for _, v in lines)
    j.amount = total
    p.pair("Total amount", rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair("Payment mode", "Net Banking", method="netbanking")
    p.pair("Bank", rng.choice(["State Bank of India", "UCO Bank", "Punjab National Bank"]))
    if not j.no_ref:
        grn = f"19{digits(rng, 11)}"
        p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        brn = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        p.pair("BRN", brn, txn=(BANK_RANK, brn))
    if not j.no_day:
        p.pair(rng.choice(["Payment date", "Bank date"]), j.day(rng), date=j.date)
    p.part = "foot"
    p.add("small", "Keep the GRN for your records. The challan can be verified on the GRIPS portal.")
    return p.done()


def tax_payments(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's GST for its shops' and nursery's registrations (four, ``gst_challan``), the TDS it deducted (three,
    ``tds_challan``) and West Bengal's profession tax for the Kolkata shop (``pt_challan``)."""
    k = place("tax_payments")
    status = outcome(k, failed=(5,), pending=(4,))
    tax, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, town=k)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    if tax == "tds":
        return tds_challan(rng, font, k, j, frame, way)
    return pt_challan(rng, font, k, j)


compose = compose153

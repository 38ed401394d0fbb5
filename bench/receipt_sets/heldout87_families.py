"""The twelve heldout87 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: online shopping and marketplace orders, India first,
then the US, the UK and the euro area: a marketplace app's order details screen, a marketplace's GST tax invoice with
its payment strip, a quick-commerce app's "order placed" screen, a courier's cash-on-delivery collection slip, an
electronics order e-mail paid on EMI, a returned or cancelled order's refund summary, an order's payment history with
a failed attempt and its retry, a US marketplace's printable order details, an Amazon EU VAT invoice, a Shopify
store's thank-you page, a euro-area marketplace's order e-mail awaiting a bank transfer and an order's payment
summary with a gift card or store credit covering part. ``Purse`` prints a page's currency, chosen once (₹ only in
faces that hold it, Indian, Western or plain grouping; heldout83's dollars, pounds and euros with the euro area's
decimal comma); every sum is kept in paise or cents; ``truth_fields`` states the fields exactly as the page prints
them (``None`` where a field is not printed).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout82_families import num as in_num
from bench.receipt_sets.heldout83_families import (
    DE_MONTH,
    FR_MONTH,
    NL_MONTH,
    Money,
    bar,
    masked,
    when_text,
    wrap,
)
from bench.receipt_sets.heldout85_families import has_glyph, screen

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 540, "size": 20}
WEB = {"screen": True, "paper": (247, 248, 250), "ink": (30, 32, 40), "accent": (20, 60, 130), "width": 760,
       "size": 17}
EMAIL = {"screen": True, "paper": (255, 255, 255), "ink": (34, 34, 40), "accent": (40, 40, 48), "width": 680,
         "size": 18}
SHEET = {"paper": (255, 255, 255), "width": 800, "size": 16}
SLIP = {"paper": (250, 249, 244), "width": 450, "size": 17}

# ids: capitals and digits without the look-alikes I, O, 0 and 1; mixed case without l and o
CAPS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = CAPS + "23456789"
LOWER = "abcdefghijkmnpqrstuvwxyz"
MIXED = CAPS + LOWER + "23456789"

IT_MONTH = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre"]
ES_MONTH = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"]
MONTHS = {"DE": DE_MONTH, "NL": NL_MONTH, "FR": FR_MONTH, "IT": IT_MONTH, "ES": ES_MONTH}
# one date pattern per page; {d} a day without its zero, {mon} a short English month, {month} a long month name in
# the page's language, {dow} a short English weekday
IN_APP = ["%d %b %Y", "{d} {mon} %Y", "{dow}, {d} {mon} %Y", "{d} {month} %Y", "%d/%m/%Y", "{mon} {d}, %Y"]
IN_PAGE = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-{mon}-%Y", "%d %b %Y", "%Y-%m-%d"]
US_PAT = ["{month} {d}, %Y", "{mon} {d}, %Y", "%m/%d/%Y", "{dow}, {mon} {d}, %Y"]
UK_PAT = ["{d} {month} %Y", "{d} {mon} %Y", "%d/%m/%Y", "{dow} {d} {mon} %Y"]
EU_PAT = {"DE": ["%d.%m.%Y", "{d}. {month} %Y", "%d. {month} %Y"], "NL": ["%d-%m-%Y", "{d} {month} %Y"],
          "FR": ["%d/%m/%Y", "{d} {month} %Y"], "IT": ["%d/%m/%Y", "{d} {month} %Y"],
          "ES": ["%d/%m/%Y", "{d} de {month} de %Y"]}

IN_PEOPLE = ["Ananya Iyer", "Rohit Khanna", "Sneha Kulkarni", "Mohammed Faizan", "Pooja Agarwal", "Karthik Raman",
             "Neha Bhatt", "Arjun Malhotra", "Divya Pillai", "Siddharth Rao", "Ishita Banerjee", "Vivek Chauhan"]
IN_PLACES = [  # a street, a town, its state, the state's GST code, a PIN code
    ("Flat 302, Sai Residency, Baner", "Pune", "Maharashtra", 27, "411045"),
    ("12/4, 5th Cross, Indiranagar", "Bengaluru", "Karnataka", 29, "560038"),
    ("B-14, Lajpat Nagar II", "New Delhi", "Delhi", 7, "110024"),
    ("Plot 88, Madhapur", "Hyderabad", "Telangana", 36, "500081"),
    ("45, Lake Gardens", "Kolkata", "West Bengal", 19, "700045"),
    ("Door 7, Besant Nagar 2nd Ave", "Chennai", "Tamil Nadu", 33, "600090"),
    ("C-203, Shivalik Heights, Satellite", "Ahmedabad", "Gujarat", 24, "380015"),
    ("House 1102, Sector 46", "Gurugram", "Haryana", 6, "122003"),
    ("27, Gomti Nagar Extension", "Lucknow", "Uttar Pradesh", 9, "226010"),
]
WAREHOUSES = [  # sellers' ship-from addresses, in the same shape as IN_PLACES
    ("Plot 12, Bhiwandi Logistics Park", "Bhiwandi", "Maharashtra", 27, "421302"),
    ("Survey 45, Hoskote Industrial Area", "Bengaluru", "Karnataka", 29, "562114"),
    ("Khasra 112, Mundka Industrial Area", "New Delhi", "Delhi", 7, "110041"),
    ("Sy. No. 201, Medchal", "Hyderabad", "Telangana", 36, "501401"),
    ("Plot 7, Sankrail Industrial Park", "Howrah", "West Bengal", 19, "711302"),
    ("Plot 33, SIPCOT Sriperumbudur", "Chennai", "Tamil Nadu", 33, "602105"),
    ("Plot 5, Farukhnagar", "Gurugram", "Haryana", 6, "122506"),
    ("Plot 18, Changodar GIDC", "Ahmedabad", "Gujarat", 24, "382213"),
    ("Gata 88, Chinhat Industrial Area", "Lucknow", "Uttar Pradesh", 9, "226028"),
]
US_PEOPLE = ["Jordan Miller", "Alicia Gomez", "Tyler Brooks", "Megan O'Neal", "Kevin Nguyen", "Samantha Reyes"]
US_PLACES = ["1418 Oak Ridge Dr, Austin, TX 78745", "77 Linden Ave, Columbus, OH 43215",
             "2290 Fairview Rd, Atlanta, GA 30307", "504 Pine St, Seattle, WA 98101", "31 Elm Ct, Denver, CO 80205"]
UK_PEOPLE = ["Oliver Bennett", "Chloe Hughes", "Harpreet Sandhu", "Amelia Clarke", "Tom Okafor", "Rhys Morgan"]
UK_PLACES = ["27 Willow Crescent, Leeds LS6 2AB", "Flat 4, 9 Mill Lane, Bristol BS3 4PL",
             "14 Station Road, Reading RG1 1LG", "3 Abbey Close, Norwich NR2 3QT"]
EU_PEOPLE = {"DE": ["Lukas Becker", "Anna Schmidt", "Jonas Wagner", "Lea Hoffmann"],
             "NL": ["Daan de Vries", "Sanne Jansen", "Bram Visser", "Lotte Bakker"],
             "FR": ["Camille Martin", "Hugo Bernard", "Léa Dubois", "Manon Laurent"],
             "IT": ["Giulia Rossi", "Marco Bianchi", "Chiara Romano", "Luca Ferrari"],
             "ES": ["Lucía García", "Pablo Fernández", "Marta López", "Javier Ruiz"]}
EU_PLACES = {"DE": ["Lindenweg 3a, 50667 Köln", "Hauptstr. 14, 80331 München"],
             "NL": ["Molenstraat 8, 3512 AK Utrecht", "Keizersgracht 312, 1016 EZ Amsterdam"],
             "FR": ["14 rue des Lilas, 69003 Lyon", "3 allée des Tilleuls, 33000 Bordeaux"],
             "IT": ["Via Roma 18, 20121 Milano", "Corso Garibaldi 7, 10122 Torino"],
             "ES": ["Calle Mayor 21, 28013 Madrid", "Avda. de América 40, 08013 Barcelona"]}
IN_BANKS = ["HDFC Bank", "ICICI Bank", "SBI", "Axis Bank", "Kotak Mahindra Bank", "IDFC FIRST Bank", "Yes Bank",
            "AU Small Finance Bank", "Bank of Baroda", "RBL Bank"]
UPI_HANDLES = ["okicici", "okhdfcbank", "oksbi", "okaxis", "ybl", "paytm", "axl", "ibl"]


# ---------------------------------------------------------------- values


class Purse:
    """A page's currency, chosen once: rupees (₹ only where the face draws it, else Rs. or INR; Indian, Western or
    plain grouping; whole rupees printed without paise on a share of app screens) or heldout83's marks for the US,
    the UK and the euro area. Sums are given in paise or cents."""

    def __init__(self, rng: random.Random, country: str, font: str, p_whole: float = 0.0,
                 marks: list[str] | None = None):
        self.country = country
        if country == "IN":
            options = [mark for mark in (marks or ["₹", "₹", "Rs.", "INR"]) if mark != "₹" or has_glyph(font, "₹")]
            self.mark = rng.choice(options or ["Rs."])
            self.grouping = rng.choice(["indian", "indian", "western", "plain"])
            self.gap = "" if self.mark == "₹" and rng.random() < 0.7 else " "
            self.whole = rng.random() < p_whole
            self.ccy = "INR"
        else:
            self.money = Money(rng, country, marks)
            self.ccy = self.money.ccy
            self.whole = False

    def __call__(self, cents: int, sign: str = "") -> str:
        if self.country != "IN":
            return self.money(abs(cents) / 100, sign)
        places = 0 if self.whole and cents % 100 == 0 else 2
        return f"{sign}{self.mark}{self.gap}{in_num(abs(cents) / 100, self.grouping, places)}"

    def bare(self, cents: int) -> str:
        if self.country != "IN":
            return self.money.bare(abs(cents) / 100)
        return in_num(abs(cents) / 100, self.grouping)


def stamp(date: dt.date, pat: str, country: str = "IN", upper: bool = False) -> str:
    """``date`` in the page's pattern, its month names in the page's language."""
    return when_text(date, pat, MONTHS.get(country), upper)


def hhmm(rng: random.Random, twelve: bool = True, seconds: bool = False) -> str:
    h, m, s = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    tail = f":{s:02d}" if seconds else ""
    if twelve:
        return f"{(h - 1) % 12 + 1}:{m:02d}{tail} {'PM' if h >= 12 else 'AM'}"
    return f"{h:02d}:{m:02d}{tail}"


def rupees(rng: random.Random, low: int, high: int, whole: bool = True) -> int:
    """A price in paise between ``low`` and ``high`` rupees: whole rupees ending in 9 on most, paise on the rest."""
    value = rng.randrange(low, high)
    if whole:
        return (value - value % 10 + 9) * 100 if rng.random() < 0.7 else value * 100
    return value * 100 + rng.randrange(100)


def cents(rng: random.Random, low: float, high: float) -> int:
    value = rng.randrange(int(low * 100), int(high * 100))
    return value - value % 100 + rng.choice([99, 95, 0, 49, value % 100])


def pct(value: int, rate: float, whole: bool) -> int:
    """``rate`` per cent of ``value`` (paise or cents), in whole rupees where the page prints them."""
    share = round(value * rate / 100)
    return round(share / 100) * 100 if whole else share


def done(name, total_cents, ccy, txn, dated, method, status) -> dict:
    return truth_fields(name, total_cents / 100, ccy, txn, dated, method, status)


def mixed_id(rng: random.Random, n: int) -> str:
    """An id in both cases (two lower-case letters and two digits at least), as gateways print them."""
    while True:
        text = code(rng, n, MIXED)
        if sum(c.islower() for c in text) >= 2 and sum(c.isdigit() for c in text) >= 2 and any(c.isupper()
                                                                                               for c in text):
            return text


def caps_id(rng: random.Random, n: int) -> str:
    while True:
        text = code(rng, n, ALNUM)
        if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
            return text


def gstin(rng: random.Random, state: int, pan: str) -> str:
    """A GSTIN: the state's code, the holder's PAN, an entity number, Z and a check character."""
    return f"{state:02d}{pan}1Z{rng.choice(ALNUM)}"


def pan_no(rng: random.Random) -> str:
    return code(rng, 3, CAPS) + "C" + code(rng, 1, CAPS) + digits(rng, 4) + rng.choice(CAPS)


def mobile(rng: random.Random, mask: bool = False) -> str:
    number = rng.choice("6789") + digits(rng, 9)
    return f"+91 {number[:2]}XXXXXX{number[-2:]}" if mask else f"+91 {number[:5]} {number[5:]}"


def upi_id(rng: random.Random, person: str) -> str:
    return f"{person.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(UPI_HANDLES)}"


def razorpay_id(rng: random.Random) -> str:
    return "pay_" + mixed_id(rng, 14)


def indian_words(rupee: int) -> str:
    """A whole rupee sum in words, Indian style (crore, lakh, thousand)."""
    ones = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
            "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
    tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def below_hundred(n: int) -> str:
        return ones[n] if n < 20 else tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")

    def below_thousand(n: int) -> str:
        head = f"{ones[n // 100]} Hundred" if n >= 100 else ""
        tail = below_hundred(n % 100)
        return " ".join(part for part in (head, tail) if part)

    parts = []
    for size, name in ((10_000_000, "Crore"), (100_000, "Lakh"), (1000, "Thousand")):
        if rupee >= size:
            parts.append(f"{below_thousand(rupee // size)} {name}")
            rupee %= size
    if rupee:
        parts.append(below_thousand(rupee))
    return " ".join(parts) or "Zero"


def place(rng: random.Random) -> tuple[str, str, str, int, str]:
    return rng.choice(IN_PLACES)


def address_rows(rows: list[tuple], person: str, spot: tuple, kind: str = "left") -> None:
    street, town, state, _, pin = spot
    rows.append((kind, person))
    rows.append((kind, street))
    rows.append((kind, f"{town}, {state} {pin}"))


# ---------------------------------------------------------------- 1 a marketplace app's order details screen

APP_SHOPS = {
    "Flipkart": ["Order ID"], "Amazon.in": ["Order #", "Order number"], "Meesho": ["Order ID"],
    "Myntra": ["Order ID", "Order No."], "AJIO": ["Order No.", "Order ID"], "Nykaa": ["Order ID", "Order No."],
    "Tata CLiQ": ["Order ID", "Order No."],
}
APP_GOODS = {
    "Flipkart": [("realme Buds T310 (Monet Purple)", 1799, 2499), ("Pigeon Induction Cooktop 1800W", 1399, 3295),
                 ("HP 15s Laptop Backpack", 849, 1499), ("Bajaj Majesty Dry Iron", 599, 910)],
    "Amazon.in": [("boAt Airdopes 141 TWS Earbuds", 1099, 4490), ("Prestige Iris 750W Mixer Grinder", 2799, 4195),
                  ("Milton Thermosteel Flask 1L", 899, 1389), ("Atomic Habits (Paperback)", 399, 799)],
    "Meesho": [("Women Rayon Kurta Set (Pack of 1)", 389, 999), ("Men Cotton Track Pants", 299, 799),
               ("Kids Printed Night Suit", 249, 699), ("Cotton Double Bedsheet with 2 Pillow Covers", 449, 1499)],
    "Myntra": [("Roadster Men Slim Fit Casual Shirt", 699, 1799), ("HRX Women Running Shoes", 1499, 3999),
               ("Libas Women Printed Kurta", 899, 2499), ("Fastrack Unisex Analog Watch", 1195, 1995)],
    "AJIO": [("DNMX Mid-Rise Slim Fit Jeans", 719, 1599), ("Puma Unisex Logo T-shirt", 899, 1999),
             ("Avaasa Mix N' Match Straight Kurta", 449, 1299), ("Teamspirit Men Crew-Neck Sweatshirt", 599, 1499)],
    "Nykaa": [("Maybelline Fit Me Foundation 30ml", 539, 699), ("Minimalist 10% Niacinamide Serum", 569, 599),
              ("Lakme 9to5 Primer + Matte Lipstick", 427, 650), ("Kay Beauty Hydrating Foundation", 1199, 1499)],
    "Tata CLiQ": [("Titan Neo Analog Watch for Men", 3195, 4395), ("Sony WH-CH520 Wireless Headphones", 3989, 5990),
                  ("Westside Solid Cotton Shirt", 1299, 1299), ("Skechers GO WALK 6 Shoes", 4199, 5999)],
}
SELLERS = ["RetailNet", "Appario Retail Private Ltd", "SuperComNet", "Cocoblu Retail", "TrueComRetail",
           "Sri Laxmi Fashions", "Kumar Textiles", "OmniTech Retail", "Clicktech Retail Private Ltd",
           "Vardhman Traders", "Nykaa E-Retail Pvt. Ltd.", "Reliance Retail Ltd", "Fabnest Apparels"]


def order_number(rng: random.Random, brand: str) -> str:
    """A marketplace's order number in its own shape."""
    return {
        "Flipkart": lambda: "OD" + digits(rng, 18),
        "Amazon.in": lambda: f"{rng.choice(['402', '403', '404', '405', '406', '407', '408', '171'])}-"
                             f"{digits(rng, 7)}-{digits(rng, 7)}",
        "Meesho": lambda: digits(rng, 12),
        "Myntra": lambda: f"{digits(rng, 7)}-{digits(rng, 7)}-{digits(rng, 7)}",
        "AJIO": lambda: "FN" + digits(rng, 10),
        "Nykaa": lambda: "NYK" + digits(rng, 11),
        "Tata CLiQ": lambda: digits(rng, 15),
        "JioMart": lambda: digits(rng, 14),
        "Croma": lambda: digits(rng, 11),
        "Reliance Digital": lambda: "RD" + digits(rng, 10),
        "Vijay Sales": lambda: "VS" + digits(rng, 9),
    }[brand]()


def in_way(rng: random.Random, brand: str, person: str, allow_cod: bool = True) -> tuple[str, str | None, str]:
    """How an Indian order was paid: (kind, method truth, the words printed)."""
    roll = rng.random()
    last = digits(rng, 4)
    bank = rng.choice(IN_BANKS)
    if roll < 0.26 and allow_cod:
        return "cod", "cash", rng.choice(["Cash on Delivery", "Cash On Delivery", "Pay on Delivery", "COD",
                                          "Pay on Delivery (Cash)"])
    if roll < 0.5:
        return "upi", "UPI", rng.choice(["UPI", "PhonePe UPI", "Google Pay UPI", f"UPI ({upi_id(rng, person)})",
                                         "Paytm UPI", "UPI - " + bank])
    if roll < 0.7:
        return "card", "card", rng.choice([f"{bank} Credit Card •••• {last}", f"Debit Card ending {last}",
                                           f"Visa Credit Card xx{last}", f"RuPay Debit Card **{last}"])
    if roll < 0.78:
        months = rng.choice([3, 6, 9, 12])
        return "emi", "card", rng.choice([f"No Cost EMI - {bank} Credit Card ({months} months)",
                                          f"EMI on {bank} Credit Card, {months} months"])
    if roll < 0.86:
        return "nb", "netbanking", rng.choice([f"Net Banking - {bank}", f"NetBanking ({bank})", "Net Banking"])
    if roll < 0.94:
        return "wallet", "wallet", "Amazon Pay Balance" if brand.startswith("Amazon") else rng.choice(
            ["Paytm Wallet", "MobiKwik Wallet", "Amazon Pay Balance"])
    later = {"Flipkart": "Flipkart Pay Later", "Amazon.in": "Amazon Pay Later"}.get(brand, rng.choice(
        ["Simpl Pay Later", "LazyPay"]))
    return "later", None, later


def app_order_details(rng: random.Random, font: str):
    """A marketplace app's order details screen (Flipkart, Amazon.in, Meesho, Myntra, AJIO, Nykaa, Tata CLiQ): the
    app on top, the order number (Meesho's Sub Order ID beside it), the product with its seller, the tracker's steps
    with days but no year (shipped, out for delivery, delivered), the day ordered under its label, a price block (MRP
    or list price, selling price, discounts, a coupon, a bank offer, delivery, platform and packaging fees, the total,
    the savings), the way paid (UPI, a card, EMI with its monthly sum, net banking, a wallet, a pay-later account,
    cash on delivery), a payment outcome on a share, the delivery address and a phone number."""
    brand = rng.choice(list(APP_SHOPS))
    m = Purse(rng, "IN", font, p_whole=0.8)
    whole = m.whole
    person = rng.choice(IN_PEOPLE)
    ordered = day(rng)
    pat = rng.choice(IN_APP)
    item, price, mrp = rng.choice(APP_GOODS[brand])
    qty = rng.choice([1, 1, 1, 2])
    kind, method, way = in_way(rng, brand, person)
    sell, list_price = price * 100 * qty, mrp * 100 * qty
    coupon = pct(sell, rng.choice([5, 10, 15]), whole) if rng.random() < 0.35 else 0
    bank_off = pct(sell, 10, whole) if kind in ("card", "emi") and rng.random() < 0.5 else 0
    bank_off = min(bank_off, 150000)
    delivery = 0 if sell > 49900 or rng.random() < 0.4 else rng.choice([4000, 4900, 7900])
    fees = []
    if brand == "Flipkart":
        fees.append(("Platform Fee", rng.choice([300, 400, 500, 700])))
        if rng.random() < 0.5:
            fees.append(("Secured Packaging Fee", rng.choice([900, 1500, 2900])))
    elif brand in ("Myntra", "Nykaa", "AJIO") and rng.random() < 0.6:
        fees.append((rng.choice(["Platform Fee", "Convenience Fee"]), rng.choice([1900, 2000, 2900])))
    elif brand == "Meesho" and rng.random() < 0.3:
        fees.append(("Marketplace Fee", 900))
    if kind == "cod" and rng.random() < 0.5:
        fees.append((rng.choice(["COD Fee", "Pay on Delivery Fee", "Cash handling charges"]), rng.choice([1000, 4900])))
    total = sell - coupon - bank_off + delivery + sum(v for _, v in fees)
    saved = list_price - sell + coupon + bank_off
    rows: list[tuple] = [bar(rng, "UK"), ("title", brand), ("center", rng.choice(["Order Details", "Order details",
                                                                                   "Order Summary"]))]
    oid = order_number(rng, brand)
    txn = None
    if shown(rng, 0.08):
        txn = oid
        rows.append(("pair", rng.choice(APP_SHOPS[brand]), oid))
        if brand == "Meesho":
            rows.append(("pair", "Sub Order ID", f"{oid}_{rng.randrange(1, 4)}"))
    rows.append(("rule",))
    wrap(rows, item, 38)
    rows.append(("small", f"{rng.choice(['Size: M', 'Size: L', 'Colour: Black', 'Pack of 1', 'Size: UK 8'])}  ·  "
                          f"Qty: {qty}"))
    sellers = [name for name in SELLERS if ("Nykaa" in name) == (brand == "Nykaa") and "Appario" not in name]
    rows.append(("small", f"{rng.choice(['Seller', 'Sold by'])}: {rng.choice(sellers)}"))
    rows.append(("left", m(sell)))
    rows.append(("rule",))
    stage = rng.choice(["shipped", "out", "delivered", "delivered"])
    steps = [("Shipped", 1, 2), ("Out for delivery", 3, 4), ("Delivered", 4, 6)]
    upto = {"shipped": 1, "out": 2, "delivered": 3}[stage]
    dated = None
    if shown(rng, 0.1):
        dated = ordered
        label = rng.choice(["Ordered on", "Order placed on", "Order date", "Placed on"])
        value = stamp(ordered, pat) + (f", {hhmm(rng)}" if rng.random() < 0.4 else "")
        rows.append(("pair", label, value))
    for name, low, high in steps[:upto]:
        when = ordered + dt.timedelta(days=rng.randrange(low, high))
        rows.append(("left", f"{name}, {when_text(when, '{dow} {d} {mon}')}"))
    if stage == "delivered" and rng.random() < 0.5:
        rows.append(("small", f"Return window closes on {when_text(ordered + dt.timedelta(days=14), '{d} {mon}')}"))
    rows.append(("rule",))
    rows.append(("left", rng.choice(["Price details", "Price Details", "Payment Summary"])))
    rows.append(("pair", rng.choice(["List price", "MRP", "Total MRP"]), m(list_price)))
    if brand == "Flipkart":
        rows.append(("pair", "Selling price", m(sell)))
    else:
        rows.append(("pair", rng.choice(["Discount on MRP", "Discount"]), m(list_price - sell, "-")))
    if coupon:
        rows.append(("pair", f"Coupon ({rng.choice(['SAVE10', 'FIRST15', 'STYLE5', 'NEWUSER'])})", m(coupon, "-")))
    if bank_off:
        rows.append(("pair", rng.choice(["Bank Offer", "Instant Bank Discount", "Bank offer discount"]),
                     m(bank_off, "-")))
    rows.append(("pair", rng.choice(["Delivery Charges", "Delivery fee", "Shipping Fee"]),
                 m(delivery) if delivery else "FREE"))
    for label, value in fees:
        rows.append(("pair", label, m(value)))
    total_label = rng.choice(["Total Amount", "Total amount", "Order Total", "Total"] +
                             (["Amount Paid", "Total paid"] if kind != "cod" else ["Amount payable"]))
    rows.append(("pair", total_label, m(total)))
    if saved > 0 and rng.random() < 0.7:
        rows.append(("small", f"You saved {m(saved)} on this order") if rng.random() < 0.5 else
                    ("pair", "Total savings", m(saved)))
    rows.append(("rule",))
    if not shown(rng, 0.12):
        method = None
    else:
        labels = ["Payment method", "Payment mode"] + (["Paid by", "Paid via"] if kind != "cod" else [])
        rows.append(("pair", rng.choice(labels), way))
        if kind == "emi":
            months = int(re.search(r"(\d+) months", way).group(1))
            rows.append(("small", f"{m(-(-total // (months * 100)) * 100)}/month for {months} months"))
    status = None
    roll = rng.random()
    if kind == "cod" and stage != "delivered" and roll < 0.5:
        status = "pending"
        rows.append(("center", rng.choice(["Payment pending", "Payment pending - pay at delivery"])))
    elif kind not in ("cod", "later") and roll < 0.35:
        status = "success"
        rows.append(("pair", "Payment status", rng.choice(["Paid", "Successful"])) if rng.random() < 0.5
                    else ("center", "Payment successful"))
    rows.append(("rule",))
    spot = place(rng)
    rows.append(("left", rng.choice(["Delivery address", "Shipping address", "Deliver to"])))
    address_rows(rows, person, spot, "small")
    rows.append(("small", f"Phone number: {mobile(rng)}"))
    rows.append(("small", rng.choice(["Need help with this order?", "Download Invoice", "Rate this product"])))
    truth = done(brand, total, "INR", txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows)


# ---------------------------------------------------------------- 2 a marketplace's GST tax invoice

GOODS = [  # title, HSN, GST rate, a price in rupees
    ("boAt Airdopes 141 Bluetooth Earbuds", "85176290", 18, 1099), ("Noise ColorFit Pulse 3 Smartwatch", "85176290",
                                                                    18, 1499),
    ("Prestige PKGSS 1.7L Electric Kettle", "85167100", 18, 949), ("Campus Men's Running Shoes", "64041900", 18, 1349),
    ("Allen Solly Men Polo T-Shirt", "61051010", 5, 749), ("Lakme Absolute Matte Lipstick", "33041000", 18, 650),
    ("Wonderchef Nutri-Blend Mixer", "85094010", 18, 2699), ("Classmate Spiral Notebook (Pack of 6)", "48201010",
                                                             12, 420),
    ("Cello Opalware Dinner Set 27 Pcs", "69111011", 12, 1899), ("Mi Power Bank 3i 20000mAh", "85076000", 18, 2199),
    ("Biba Women Cotton Kurta", "62044910", 5, 899), ("Tupperware Water Bottle Set 1L", "39241090", 18, 720),
]
INVOICE_SHOPS = {"Amazon.in": "amazon", "Flipkart": "fk", "Tata CLiQ": "fk", "JioMart": "fk"}


def _gst_split(total: int, rate: int) -> tuple[int, int]:
    """A line's taxable value and tax in paise from its price with tax."""
    taxable = round(total * 100 / (100 + rate))
    return taxable, total - taxable


def gst_tax_invoice(rng: random.Random, font: str):
    """A marketplace's GST tax invoice on an A4 page (Amazon.in's "Tax Invoice/Bill of Supply/Cash Memo" or a
    Flipkart, Tata CLiQ or JioMart "Tax Invoice"): the marketplace on top, the seller with its address, PAN and
    GSTIN, the billing and shipping addresses with a State/UT code, the order number and order date, the invoice's
    number, details and date (a day or two later), lines with HSN codes, the taxable value and CGST + SGST within a
    state or IGST across states, an Order Item ID and FSN on Flipkart's lines, shipping, the total (Amazon prints the
    tax total and the invoice total on one TOTAL row), the sum in words, and on Amazon's a payment strip: Payment
    Transaction ID (in both cases), Date & Time, Invoice Value and Mode of Payment (cash on delivery prints only the
    mode and the value); Flipkart's style prints a Mode of Payment on a share."""
    brand = rng.choice(["Amazon.in", "Amazon.in", "Flipkart", "Tata CLiQ", "JioMart"])
    style = INVOICE_SHOPS[brand]
    m = Purse(rng, "IN", font, marks=["₹", "Rs.", "INR", "₹"])
    person = rng.choice(IN_PEOPLE)
    buyer = place(rng)
    seller_spot = rng.choice(WAREHOUSES)
    inter = buyer[3] != seller_spot[3]
    ordered = day(rng)
    invoiced = ordered + dt.timedelta(days=rng.randrange(0, 3))
    pat = {"amazon": "%d.%m.%Y", "fk": rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d-{mon}-%Y"])}[style]
    seller = rng.choice([s for s in SELLERS if "Nykaa" not in s])
    goods = rng.sample(GOODS, rng.randrange(1, 4))
    kind, method, way = in_way(rng, brand, person)
    if kind == "later":
        kind, method, way = "prepaid", None, "Prepaid"
    if style == "amazon" and kind == "emi":
        way = "Credit Card EMI"
    oid = order_number(rng, brand)
    rows: list[tuple] = [("title", brand)]
    if style == "amazon":
        rows += [("center", "Tax Invoice/Bill of Supply/Cash Memo"), ("center", "(Original for Recipient)")]
    else:
        rows.append(("center", "Tax Invoice"))
    rows.append(("rule",))
    rows.append(("left", "Sold By :" if style == "amazon" else f"Sold By: {seller}"))
    if style == "amazon":
        rows.append(("left", seller))
    rows.append(("small", f"{rng.choice(['Ship-from Address: ', ''])}{seller_spot[0]}, {seller_spot[1]}, "
                          f"{seller_spot[2]}, {seller_spot[4]}"))
    pan = pan_no(rng)
    rows.append(("pair", "PAN No:" if style == "amazon" else "PAN:", pan))
    rows.append(("pair", "GST Registration No:" if style == "amazon" else "GSTIN -", gstin(rng, seller_spot[3], pan)))
    rows.append(("rule",))
    rows.append(("left", "Billing Address :" if style == "amazon" else "Bill To"))
    address_rows(rows, person, buyer, "small")
    rows.append(("pair", "State/UT Code:", f"{buyer[3]:02d}"))
    if rng.random() < 0.5:
        rows.append(("left", "Shipping Address :" if style == "amazon" else "Ship To"))
        rows.append(("small", "Same as billing address"))
    rows.append(("pair", "Place of supply:", buyer[2].upper()))
    rows.append(("rule",))
    dated = ordered
    order_label = {"amazon": "Order Number:", "fk": rng.choice(["Order ID:", "Order Id:", "Order No:"])}[style]
    rows.append(("pair", order_label, oid))
    rows.append(("pair", "Order Date:", stamp(ordered, pat) + (f", {hhmm(rng)}" if style == "fk" and
                                                                rng.random() < 0.4 else "")))
    inv_no = (f"{rng.choice(['BLR7', 'BOM5', 'DEL4', 'HYD8', 'MAA4'])}-{digits(rng, 6)}" if style == "amazon"
              else "F" + caps_id(rng, 13))
    rows.append(("pair", "Invoice Number :" if style == "amazon" else "Invoice Number #", inv_no))
    if style == "amazon":
        rows.append(("pair", "Invoice Details :", f"{seller_spot[2][:2].upper()}-{inv_no}-{digits(rng, 4)}"))
    rows.append(("pair", "Invoice Date :" if style == "amazon" else "Invoice Date:", stamp(invoiced, pat)))
    rows.append(("rule",))
    total = 0
    tax_total = 0
    for number, (title, hsn, rate, rupee) in enumerate(goods, 1):
        qty = rng.choice([1, 1, 1, 2])
        gross = rupee * 100 * qty
        disc = pct(gross, rng.choice([0, 0, 5, 10]), True)
        line = gross - disc
        taxable, tax = _gst_split(line, rate)
        total += line
        tax_total += tax
        if style == "amazon":
            asin = "B0" + caps_id(rng, 8)
            wrap(rows, f"{number}  {title} | {asin} ( {asin} )", 70)
            rows.append(("small", f"HSN:{hsn}"))
            rows.append(("pair", f"Unit Price {m.bare(round(taxable / qty))}  x  Qty {qty}", m.bare(taxable)))
        else:
            rows.append(("left", f"{number}. {title}"))
            rows.append(("small", f"FSN: {caps_id(rng, 16)}   HSN/SAC: {hsn}"))
            rows.append(("small", f"Order Item ID: {digits(rng, 17)}"))
            rows.append(("pair", f"Qty {qty}  ·  Gross Amount", m.bare(gross)))
            if disc:
                rows.append(("pair", "Discounts / Coupons", f"-{m.bare(disc)}"))
            rows.append(("pair", "Taxable Value", m.bare(taxable)))
        if inter:
            rows.append(("pair", f"IGST {rate}%", m.bare(tax)))
        else:
            half = tax // 2
            rows.append(("pair", f"CGST {rate / 2:g}%", m.bare(half)))
            rows.append(("pair", f"SGST {rate / 2:g}%", m.bare(tax - half)))
        rows.append(("pair", "Total Amount" if style == "amazon" else "Total", m.bare(line)))
    if rng.random() < 0.4:
        ship = rng.choice([4000, 7900])
        taxable, tax = _gst_split(ship, 18)
        total += ship
        tax_total += tax
        rows.append(("pair", "Shipping Charges" if style == "amazon" else "Shipping And Handling Charges",
                     m.bare(ship)))
    rows.append(("rule",))
    if style == "amazon":
        rows.append(("pair", "TOTAL:", f"{m(tax_total)}     {m(total)}"))
        rows.append(("left", "Amount in Words:"))
        wrap(rows, indian_words(total // 100) + " only", 70)
        rows.append(("left", f"For {seller}:"))
        rows.append(("left", "Authorized Signatory"))
        rows.append(("small", "Whether tax is payable under reverse charge - No"))
        rows.append(("rule",))
    else:
        rows.append(("pair", "Grand Total", m(total)))
        rows.append(("left", seller))
        rows.append(("left", "Authorized Signatory"))
    txn = oid
    if style == "amazon":
        if kind != "cod":
            txn = mixed_id(rng, 20)
            rows.append(("pair", "Payment Transaction ID:", txn))
            paid_at = f"{stamp(ordered, '%d/%m/%Y')}, {hhmm(rng, twelve=False, seconds=True)} hrs"
            rows.append(("pair", "Date & Time:", paid_at))
        rows.append(("pair", "Invoice Value:", m.bare(total)))
        rows.append(("pair", "Mode of Payment:", way))
    elif shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Mode of Payment:", "Payment Mode:"]), way))
    else:
        method = None
    footer = {
        "Amazon.in": "*ASSPL-Amazon Seller Services Pvt. Ltd., ARIPL-Amazon Retail India Pvt. Ltd. (only where Amazon "
                     "Retail India Pvt. Ltd. fulfillment center is co-located)",
        "Flipkart": "Regd. office: Flipkart Internet Private Limited, Buildings Alyssa, Begonia & Clover, Embassy "
                    "Tech Village, Outer Ring Road, Devarabeesanahalli Village, Bengaluru - 560103",
        "Tata CLiQ": "Tata UniStore Limited, 4th Floor, Bombay Dyeing Mills Compound, Worli, Mumbai - 400025",
        "JioMart": "Reliance Retail Limited, 3rd Floor, Court House, Lokmanya Tilak Marg, Dhobi Talao, Mumbai - 400002",
    }[brand]
    wrap(rows, footer, 96, "small")
    truth = done(brand, total, "INR", txn, dated, method, None)
    return rows, truth, dict(SHEET)


# ---------------------------------------------------------------- 3 a quick-commerce app's "order placed" screen

QUICK = ["Blinkit", "Zepto", "Swiggy Instamart", "BigBasket", "JioMart", "Flipkart Minutes"]
BASKET = [("Amul Taaza Toned Milk 500 ml", 28), ("Britannia Brown Bread 400 g", 55), ("Maggi 2-Minute Noodles x4", 56),
          ("Onion 1 kg", 42), ("Tomato Hybrid 500 g", 24), ("Banana Robusta 6 pcs", 49), ("Aashirvaad Atta 5 kg", 279),
          ("Fortune Sunflower Oil 1 L", 159), ("Lay's Magic Masala 50 g", 20), ("Coca-Cola 750 ml", 40),
          ("Surf Excel Easy Wash 1 kg", 145), ("Tata Salt 1 kg", 28), ("Mother Dairy Curd 400 g", 35),
          ("Dettol Handwash Refill 750 ml", 99), ("Cadbury Dairy Milk Silk", 95), ("Eggs Farm Fresh 6 pcs", 54)]


def quick_commerce_placed(rng: random.Random, font: str):
    """A quick-commerce app's screen right after checkout (Blinkit, Zepto, Swiggy Instamart, BigBasket, JioMart,
    Flipkart Minutes): the app on top, "Order placed!" or "Order confirmed" in large type (an order's state, no word
    on the payment), the minutes to arrival, a payment line on a share ("Paid ₹x via UPI", "Payment successful",
    "Payment pending" for pay on delivery), the basket, a bill (item total beside its MRP total, delivery, handling,
    small-cart, late-night or rain fees, a tip for the delivery partner, a coupon), the grand total or to-pay sum,
    the savings, the way paid, the order ID and a payment ID on a share, the day and time placed on a share (else only
    a time), and the address delivered to."""
    brand = rng.choice(QUICK)
    m = Purse(rng, "IN", font, p_whole=0.7, marks=["₹", "₹", "Rs", "Rs."])
    person = rng.choice(IN_PEOPLE)
    ordered = day(rng)
    picks = rng.sample(BASKET, rng.randrange(3, 7))
    basket = [(name, rng.choice([1, 1, 2]), rupee) for name, rupee in picks]
    items = sum(q * r * 100 for _, q, r in basket)
    mrp_total = sum(round(q * r * 100 * rng.uniform(1.0, 1.25) / 100) * 100 for _, q, r in basket)
    fees: list[tuple[str, int]] = []
    fees.append(("Delivery fee" if brand != "Zepto" else "Delivery Fee", 0 if items > 19900 else
                 rng.choice([2500, 3000, 1600])))
    fees.append((rng.choice(["Handling charge", "Handling fee"]), rng.choice([200, 400, 900, 1100])))
    if items < 19900 and rng.random() < 0.6:
        fees.append(("Small cart fee", rng.choice([1500, 2000, 3500])))
    if rng.random() < 0.3:
        fees.append((rng.choice(["Late night fee", "Rain fee", "Surge fee"]), rng.choice([1500, 2000, 3000])))
    tip = rng.choice([0, 0, 1000, 2000, 3000])
    coupon = pct(items, 10, True) if rng.random() < 0.3 else 0
    total = items + sum(v for _, v in fees) + tip - coupon
    person_first = person.split()[0]
    cod = rng.random() < 0.25
    rows: list[tuple] = [bar(rng, "UK"), ("title", brand)]
    rows.append(("big", rng.choice(["Order placed!", "Order confirmed", "Yay! Order placed"])))
    rows.append(("center", rng.choice([f"Arriving in {rng.randrange(8, 19)} minutes",
                                       f"Delivering in {rng.randrange(8, 19)} mins to Home",
                                       f"{person_first}, your order is on its way soon"])))
    status = None
    bank = rng.choice(IN_BANKS)
    if cod:
        method = "cash"
        way = rng.choice(["Cash on Delivery", "Pay on Delivery", "Cash"])
        if rng.random() < 0.5:
            status = "pending"
            rows.append(("center", "Payment pending"))
    said_way = False
    if not cod:
        roll = rng.random()
        if roll < 0.55:
            method, way, short = "UPI", rng.choice(["UPI", "Paytm UPI", "GPay UPI", f"UPI - {upi_id(rng, person)}"]), "UPI"
        elif roll < 0.75:
            method, way = "card", f"{bank} {rng.choice(['Credit', 'Debit'])} Card ••{digits(rng, 4)}"
            short = way.split(" Card")[0].replace(bank + " ", "") + " card"
        elif roll < 0.85:
            method, way, short = "netbanking", f"Netbanking - {bank}", "Netbanking"
        else:
            method, way = "wallet", rng.choice(["Amazon Pay Balance", "Paytm Wallet", "Mobikwik Wallet"])
            short = way
        roll = rng.random()
        if roll < 0.3:
            status, said_way = "success", True
            rows.append(("center", f"Paid {m(total)} via {short}"))
        elif roll < 0.5:
            status = "success"
            rows.append(("center", "Payment successful"))
    rows.append(("rule",))
    oid = {"Blinkit": lambda: "ORD" + digits(rng, 11), "Zepto": lambda: caps_id(rng, 10),
           "Swiggy Instamart": lambda: digits(rng, 15), "BigBasket": lambda: "BB" + digits(rng, 10),
           "JioMart": lambda: digits(rng, 14), "Flipkart Minutes": lambda: "OD" + digits(rng, 18)}[brand]()
    txn = None
    if shown(rng, 0.1):
        txn = oid
        rows.append(("pair", rng.choice(["Order ID", "Order #", "Order id"]), oid))
    dated = None
    if rng.random() < 0.5:
        dated = ordered
        rows.append(("pair", rng.choice(["Placed on", "Order placed on", "Ordered on"]),
                     f"{stamp(ordered, rng.choice(IN_APP))}, {hhmm(rng)}"))
    else:
        rows.append(("pair", rng.choice(["Ordered at", "Placed at"]), hhmm(rng)))
    rows.append(("left", f"{len(basket)} items in this order"))
    for name, qty, rupee in basket:
        rows.append(("pair", f"{name} x{qty}", m(qty * rupee * 100)))
    rows.append(("rule",))
    rows.append(("left", rng.choice(["Bill details", "Bill Summary", "Bill summary"])))
    rows.append(("pair", "Item total", f"{m(mrp_total)}  {m(items)}" if mrp_total > items else m(items)))
    for label, value in fees:
        rows.append(("pair", label, m(value) if value else "FREE"))
    if tip:
        rows.append(("pair", rng.choice(["Delivery partner tip", "Tip for your partner"]), m(tip)))
    if coupon:
        rows.append(("pair", f"Coupon ({rng.choice(['FRESH10', 'SAVE10', 'FIRSTORDER'])})", m(coupon, "-")))
    rows.append(("pair", rng.choice(["Grand total", "Grand Total", "To pay", "Bill total"]), m(total)))
    if mrp_total > items:
        rows.append(("small", f"Your total savings {m(mrp_total - items + coupon)}"))
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Payment method", "Paid via", "Payment mode"]), way))
    elif not said_way:
        method = None
    if not cod and shown(rng, 0.7):
        txn = rng.choice([razorpay_id(rng), "TXN" + digits(rng, 14)])
        rows.append(("pair", rng.choice(["Payment ID", "Transaction ID"]), txn))
    rows.append(("rule",))
    street, town, _, _, pin = place(rng)
    rows.append(("left", rng.choice(["Delivering to Home", "Deliver to: Home", "Delivering to Work"])))
    rows.append(("small", f"{street}, {town} {pin}"))
    rows.append(("small", f"{person} · {mobile(rng, mask=True)}"))
    truth = done(brand, total, "INR", txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows, p_dark=0.15)


# ---------------------------------------------------------------- 4 a courier's cash-on-delivery collection slip

COURIERS = {"EKART LOGISTICS": ["FLIPKART", "MYNTRA"], "DELHIVERY": ["MEESHO", "MYNTRA", "NYKAA", "AJIO", "TATA CLIQ"],
            "AMAZON SHIPPING": ["AMAZON.IN"], "XPRESSBEES": ["MEESHO", "FLIPKART", "NYKAA"],
            "SHADOWFAX": ["MEESHO", "FLIPKART", "AJIO"], "VALMO": ["MEESHO"], "ECOM EXPRESS": ["MEESHO", "AJIO"]}
AWB_SHAPE = {"EKART LOGISTICS": lambda rng: "FMPC" + digits(rng, 10), "DELHIVERY": lambda rng: digits(rng, 14),
             "AMAZON SHIPPING": lambda rng: "IN" + digits(rng, 10), "XPRESSBEES": lambda rng: "1" + digits(rng, 13),
             "SHADOWFAX": lambda rng: "SF" + digits(rng, 10) + "FPL", "VALMO": lambda rng: "VL" + digits(rng, 12),
             "ECOM EXPRESS": lambda rng: digits(rng, 10)}
ORDER_OF = {"FLIPKART": "Flipkart", "MYNTRA": "Myntra", "MEESHO": "Meesho", "NYKAA": "Nykaa", "AJIO": "AJIO",
            "TATA CLIQ": "Tata CLiQ", "AMAZON.IN": "Amazon.in"}


def cod_courier_slip(rng: random.Random, font: str):
    """A courier's handheld printer slip for a cash-on-delivery parcel (Ekart, Delhivery, Amazon Shipping, Xpressbees,
    Shadowfax, Valmo, Ecom Express): the courier on top, COD COLLECTION RECEIPT, the hub, the AWB or tracking number,
    the marketplace the parcel and the money are for (Client / Collected for / On behalf of), the seller, the
    marketplace's order ID, the consignee with a masked mobile, the COD amount and the amount collected, the mode
    (cash with the cash received and change returned, UPI on the courier's QR with its UPI ref no., a card on the
    agent's terminal with its approval code and TID), a UPI attempt that failed before cash on a share, the agent's
    name and ID, the slip's own receipt or collection number, the collection date and time, the order's date on a
    share, and the outcome (COD COLLECTED, PAYMENT RECEIVED, UPI PAYMENT PENDING) on most."""
    courier = rng.choice(list(COURIERS))
    client = rng.choice(COURIERS[courier])
    m = Purse(rng, "IN", font, marks=["₹", "Rs.", "INR", "Rs"])
    collected = day(rng)
    ordered = collected - dt.timedelta(days=rng.randrange(2, 8))
    pat = rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d-{mon}-%Y", "%d/%m/%y", "%Y-%m-%d"])
    total = rupees(rng, 199, 2999)
    if rng.random() < 0.3:
        total += rng.choice([4900, 1000])
    city = rng.choice(IN_PLACES)[1].upper()
    rows: list[tuple] = [("title", courier), ("center", rng.choice(["COD COLLECTION RECEIPT", "CASH ON DELIVERY RECEIPT",
                                                                    "PAYMENT ACKNOWLEDGEMENT"]))]
    rows.append(("center", f"{rng.choice(['HUB', 'DC', 'BRANCH'])}: {city} {rng.choice(['DC', 'HUB', 'SOUTH'])}"
                           f"-{rng.randrange(1, 9)}"))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["AWB NO", "TRACKING ID", "AWB"]), AWB_SHAPE[courier](rng)))
    rows.append(("pair", rng.choice(["CLIENT", "COLLECTED FOR", "ON BEHALF OF"]), client))
    seller = rng.choice(SELLERS).upper()
    for form in (" PRIVATE LTD", " PVT. LTD.", " LTD"):
        seller = seller.replace(form, "")
    rows.append(("pair", "SELLER", seller))
    oid = order_number(rng, ORDER_OF[client])
    rows.append(("pair", rng.choice(["ORDER ID", "ORDER NO"]), oid))
    if rng.random() < 0.3:
        rows.append(("pair", "ORDER DATE", stamp(ordered, pat, upper=True)))
    person = rng.choice(IN_PEOPLE)
    rows.append(("pair", "CONSIGNEE", person.upper()))
    rows.append(("pair", "MOBILE", mobile(rng, mask=True).replace("+91 ", "")))
    rows.append(("rule",))
    rows.append(("pair", "COD AMOUNT", m(total)))
    roll = rng.random()
    status = None
    receipt = rng.choice(["CR", "COD", "RCPT"]) + digits(rng, 10)
    own = shown(rng, 0.15)
    if roll < 0.5:
        kind = "cash"
    else:
        kind = rng.choice(["upi", "upi", "card", "upi_failed"])
    if kind in ("cash", "upi_failed"):
        method = "cash"
        if kind == "upi_failed":
            rows.append(("left", "UPI TXN FAILED"))
            rows.append(("pair", "UPI RRN", digits(rng, 12)))
            rows.append(("left", "COLLECTED IN CASH"))
        rows.append(("pair", rng.choice(["AMOUNT COLLECTED", "AMT COLLECTED"]), m(total)))
        rows.append(("pair", "MODE", rng.choice(["CASH", "CASH", "PAY ON DELIVERY - CASH"])))
        given = -(-total // 50000) * 50000 if rng.random() < 0.6 else total
        if given > total:
            rows.append(("pair", "CASH RECEIVED", m(given)))
            rows.append(("pair", "CHANGE RETURNED", m(given - total)))
        txn = receipt if own else oid
        if kind == "upi_failed" or rng.random() < 0.7:  # COLLECTED IN CASH states the outcome itself
            status = "success"
    elif kind == "upi":
        method = "UPI"
        rows.append(("pair", "MODE", rng.choice(["UPI", "UPI (QR)", "UPI - SCAN & PAY"])))
        rows.append(("pair", "PAID TO VPA", f"{courier.split()[0].lower()}.cod@{rng.choice(['axisbank', 'icici'])}"))
        txn = digits(rng, 12)
        rows.append(("pair", rng.choice(["UPI REF NO", "UPI RRN", "RRN"]), txn))
        if rng.random() < 0.2:
            status = "pending"
        elif rng.random() < 0.8:
            status = "success"
        rows.append(("pair", "AMOUNT" if status == "pending" else rng.choice(["AMOUNT COLLECTED", "AMOUNT"]),
                     m(total)))
    else:
        method = "card"
        rows.append(("pair", "MODE", "CARD"))
        rows.append(("pair", "CARD", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} {masked(rng, 'x')[1][-9:]}"))
        rows.append(("pair", "TID", digits(rng, 8)))
        txn = digits(rng, 6)
        rows.append(("pair", rng.choice(["APPR CODE", "AUTH CODE"]), txn))
        rows.append(("pair", "AMOUNT COLLECTED", m(total)))
        if rng.random() < 0.75:
            status = "success"
    rows.append(("rule",))
    agent = rng.choice(["RAMESH K", "SURESH YADAV", "IMRAN SHAIKH", "MANOJ P", "DEEPAK SINGH", "ANIL M"])
    rows.append(("pair", rng.choice(["FE NAME", "DELIVERED BY", "AGENT"]), agent))
    rows.append(("pair", rng.choice(["FE ID", "EMP ID"]), caps_id(rng, 2) + digits(rng, 5)))
    if own:
        rows.append(("pair", rng.choice(["RECEIPT NO", "COLLECTION ID", "TXN ID"]), receipt))
    rows.append(("pair", rng.choice(["DATE", "COLLECTED ON", "DATE & TIME"]),
                 f"{stamp(collected, pat, upper=True)} {hhmm(rng, twelve=False)}"))
    if status:
        words = {"success": ["COD COLLECTED", "PAYMENT RECEIVED", "** PAYMENT COLLECTED **"],
                 "pending": ["UPI PAYMENT PENDING", "PAYMENT PENDING - AWAITING BANK"]}[status]
        rows.append(("center", rng.choice(words)))
    rows.append(("center", "THANK YOU"))
    rows.append(("small", "SYSTEM GENERATED RECEIPT"))
    truth = done(client, total, "INR", txn, collected, method, status)
    return rows, truth, dict(SLIP)


# ---------------------------------------------------------------- 5 an electronics order e-mail paid on EMI

EMI_SHOPS = ["Croma", "Reliance Digital", "Amazon.in", "Flipkart", "Tata CLiQ", "Vijay Sales"]
GADGETS = [("Apple iPhone 16 (128 GB) - Black", 79900, 74900), ("Samsung Galaxy S24 FE 5G (8GB/256GB)", 65999, 44999),
           ("LG 1.5 Ton 5 Star AI DUAL Inverter Split AC", 78990, 46490),
           ("Sony Bravia 55 inch 4K Ultra HD Smart LED TV", 99900, 69990),
           ("HP Pavilion 15 Laptop (Intel Core i5, 16GB, 512GB SSD)", 86999, 64990),
           ("Whirlpool 7.5 Kg Front Load Washing Machine", 52400, 33990),
           ("OnePlus 13R 5G (12GB RAM, 256GB)", 44999, 42999), ("Apple MacBook Air M3 13-inch", 114900, 99990),
           ("Samsung 653 L Side by Side Refrigerator", 112999, 72990)]


def _emi(principal: int, annual: float, months: int) -> int:
    r = annual / 1200
    return round(principal * r * (1 + r) ** months / ((1 + r) ** months - 1))


def emi_order_email(rng: random.Random, font: str):
    """An electronics order's confirmation e-mail paid on EMI (Croma, Reliance Digital, Amazon.in, Flipkart, Tata CLiQ,
    Vijay Sales): the shop on top, the sender and the customer, a thanks (no word on the payment), the order number
    and date, the product with MRP and price, an instant bank discount, a no-cost EMI discount (the bank's interest
    taken off the price now) or a standard EMI, delivery, the sum charged to the card now, the EMI plan (bank, tenure,
    rate, the monthly instalment, the interest, the total payable to the bank, the first instalment's day), the way
    paid, a payment ID on a share, an estimated delivery day, and a payment outcome on a share."""
    brand = rng.choice(EMI_SHOPS)
    m = Purse(rng, "IN", font, marks=["₹", "₹", "Rs.", "INR"])
    person = rng.choice(IN_PEOPLE)
    ordered = day(rng)
    pat = rng.choice(IN_APP + ["%d/%m/%Y", "%d-%m-%Y"])
    product, mrp, price = rng.choice(GADGETS)
    price_p, mrp_p = price * 100, mrp * 100
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "SBI Card", "Axis Bank", "Kotak Mahindra Bank", "IDFC FIRST Bank"])
    card_kind = rng.choice(["Credit Card", "Credit Card", "Debit Card"])
    instant = rng.choice([0, 150000, 300000, 500000]) if rng.random() < 0.7 else 0
    base = price_p - instant
    months = rng.choice([3, 6, 9, 12, 18, 24])
    rate = rng.choice([13.0, 14.0, 15.0, 16.0])
    no_cost = months <= 12 and rng.random() < 0.7
    if no_cost:
        # the bank lends the price less the discount at its rate, and the instalments add back to the price
        monthly = round(base / months)
        nce = base - _principal_for(monthly, rate, months)
        charged = base - nce
        interest, payable = nce, base
    else:
        charged = base
        monthly = _emi(charged, rate, months)
        interest = monthly * months - charged
        payable = monthly * months
    rows: list[tuple] = [("title", brand)]
    sender = {"Croma": "orders@croma.com", "Reliance Digital": "noreply@reliancedigital.in",
              "Amazon.in": "auto-confirm@amazon.in", "Flipkart": "no-reply@flipkart.com",
              "Tata CLiQ": "orders@tatacliq.com", "Vijay Sales": "care@vijaysales.com"}[brand]
    rows.append(("small", f"From: {sender}"))
    rows.append(("small", f"To: {person.split()[0].lower()}.{person.split()[-1].lower()}@gmail.com"))
    rows.append(("rule",))
    status = None
    roll = rng.random()
    if roll < 0.3 or roll >= 0.4:
        rows.append(("left", rng.choice([f"Hi {person.split()[0]}, thank you for your order!",
                                         f"Hello {person.split()[0]}, your order is confirmed.",
                                         f"Dear {person}, thanks for shopping with us."])))
    else:
        rows.append(("left", f"Hi {person.split()[0]},"))
    if roll < 0.3:
        status = "success"
        rows.append(("big", rng.choice(["Payment successful", "Payment received"])))
    elif roll < 0.4:
        status = "failed"
        wrap(rows, "Payment failed - your EMI transaction was declined by the bank and the order was not placed.", 60)
    oid = order_number(rng, brand)
    txn = oid
    rows.append(("pair", rng.choice(["Order No.", "Order ID", "Order Number"]), oid))
    rows.append(("pair", rng.choice(["Order Date", "Placed on", "Ordered on"]),
                 stamp(ordered, pat) + (f", {hhmm(rng)}" if rng.random() < 0.5 else "")))
    rows.append(("rule",))
    wrap(rows, product, 56)
    rows.append(("pair", "MRP", m(mrp_p)))
    rows.append(("pair", rng.choice(["Price", "Offer price", "Selling price"]), m(price_p)))
    if instant:
        rows.append(("pair", f"Instant Discount ({bank} {card_kind})", m(instant, "-")))
    if no_cost:
        rows.append(("pair", "No Cost EMI Discount", m(nce, "-")))
    rows.append(("pair", "Delivery", rng.choice(["FREE", "Free"])))
    rows.append(("pair", rng.choice(["Amount charged to card", "Total charged", "Order Total", "Amount Paid"]),
                 m(charged)))
    rows.append(("rule",))
    rows.append(("left", "EMI details"))
    rows.append(("pair", "Bank", f"{bank} {card_kind}"))
    rows.append(("pair", "Tenure", f"{months} months"))
    rows.append(("pair", "Interest rate", f"{rate:g}% p.a." + (" (charged by bank)" if no_cost else "")))
    rows.append(("pair", rng.choice(["Monthly EMI", "EMI per month"]), m(monthly)))
    rows.append(("pair", "Interest" + (" (waived as discount)" if no_cost else " payable"), m(interest)))
    rows.append(("pair", "Total payable to bank", m(payable)))
    if rng.random() < 0.5:
        first = ordered + dt.timedelta(days=rng.randrange(25, 40))
        rows.append(("pair", rng.choice(["First EMI due on", "EMI starts"]), stamp(first, pat)))
    rows.append(("rule",))
    method = "card"
    way = rng.choice([f"{bank} {card_kind} EMI ••••{digits(rng, 4)}",
                      f"{'No Cost ' if no_cost else ''}EMI - {bank} {card_kind}",
                      f"{card_kind} EMI ({months} months) xx{digits(rng, 4)}"])
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Payment method", "Paid via", "Payment mode"]), way))
    else:
        method = None
    if status != "failed" and rng.random() < 0.4:
        txn = rng.choice([razorpay_id(rng), digits(rng, 12)])
        rows.append(("pair", rng.choice(["Payment ID", "Transaction ID"]), txn))
    if status != "failed":
        rows.append(("pair", rng.choice(["Estimated delivery", "Delivery by"]),
                     when_text(ordered + dt.timedelta(days=rng.randrange(2, 6)), "{dow}, {d} {mon}")))
    rows.append(("small", rng.choice(["EMI conversion is done by your bank within 3-5 working days.",
                                      "The bank may show the full amount on your statement before conversion."])))
    rows.append(("small", f"© {ordered.year} {brand}"))
    truth = done(brand, charged, "INR", txn, ordered, method, status)
    return rows, truth, dict(EMAIL)


def _principal_for(monthly: int, annual: float, months: int) -> int:
    """The loan a monthly instalment pays off at ``annual`` per cent (a no-cost EMI's price after its discount)."""
    r = annual / 1200
    return round(monthly * ((1 + r) ** months - 1) / (r * (1 + r) ** months))


# ---------------------------------------------------------------- 6 a returned or cancelled order's refund summary

REFUND_SHOPS = {"Myntra": "IN", "AJIO": "IN", "Nykaa": "IN", "Flipkart": "IN", "Meesho": "IN", "Tata CLiQ": "IN",
                "Amazon.co.uk": "UK", "Zalando": "DE", "Amazon.de": "DE", "bol.com": "NL"}
REFUND_GOODS = {"en": ["Slim Fit Chinos", "Leather Trainers", "Wool Blend Coat", "Wireless Earbuds", "Linen Shirt"],
                "de": ["Slim-Fit-Chino", "Leder-Sneaker", "Wollmantel", "Kabellose Kopfhörer", "Leinenhemd"],
                "nl": ["Slim fit chino", "Leren sneakers", "Wollen jas", "Draadloze oordopjes", "Linnen overhemd"]}
REFUND_WORDS = {
    "en": {"head": ["Refund details", "Return & refund", "Refund summary"],
           "success": ["Refund completed", "Refund credited", "Refund successful", "Refunded"],
           "pending": ["Refund initiated", "Refund in progress", "Refund is being processed"],
           "failed": ["Refund failed - please update your bank details"],
           "order": ["Order ID", "Order No."], "return": ["Return ID", "Return request no."],
           "pickup": "Pickup AWB", "item": "Item price", "fee": ["Return shipping fee", "Convenience fee (not refunded)"],
           "paid": "Amount paid for order", "amount": ["Refund amount", "Amount refunded", "Total refund"],
           "to": ["Refund to", "Refunded to", "Refund mode"], "ref": ["Bank reference no. (UTR)", "RRN", "ARN"],
           "refid": ["Refund ID", "Refund reference"], "on_done": ["Refunded on", "Refund processed on"],
           "on_wait": ["Refund initiated on"], "by": ["Expected by", "Should reach you by"], "on": "Refund date",
           "ordered": "Order date", "picked": "Picked up on", "cancel": "Order cancelled",
           "original": "Original payment method"},
    "de": {"head": ["Details zur Erstattung", "Rücksendung & Erstattung"],
           "success": ["Erstattung abgeschlossen", "Betrag erstattet"],
           "pending": ["Erstattung veranlasst", "Erstattung in Bearbeitung"],
           "failed": ["Erstattung fehlgeschlagen"],
           "order": ["Bestellnummer"], "return": ["Rücksendenummer"], "pickup": "Sendungsnummer Rücksendung",
           "item": "Artikelpreis", "fee": ["Rücksendekosten"], "paid": "Bezahlter Betrag",
           "amount": ["Erstattungsbetrag", "Erstatteter Betrag"], "to": ["Erstattung an", "Erstattet auf"],
           "ref": ["ARN"], "refid": ["Erstattungs-ID"], "on_done": ["Erstattet am"], "on_wait": ["Veranlasst am"],
           "by": ["Gutschrift voraussichtlich bis"], "on": "Erstattungsdatum", "ordered": "Bestelldatum", "picked": "Rücksendung erhalten am",
           "cancel": "Bestellung storniert", "original": "Ursprüngliche Zahlungsart"},
    "nl": {"head": ["Terugbetaling", "Retour & terugbetaling"],
           "success": ["Terugbetaling voltooid", "Bedrag terugbetaald"],
           "pending": ["Terugbetaling gestart", "Terugbetaling in behandeling"],
           "failed": ["Terugbetaling mislukt"],
           "order": ["Bestelnummer"], "return": ["Retournummer"], "pickup": "Track & trace retour",
           "item": "Artikelprijs", "fee": ["Retourkosten"], "paid": "Betaald bedrag",
           "amount": ["Terug te betalen", "Terugbetaald bedrag"], "to": ["Terugbetaling naar", "Terugbetaald naar"],
           "ref": ["ARN"], "refid": ["Terugbetalings-ID"], "on_done": ["Terugbetaald op"], "on_wait": ["Gestart op"],
           "by": ["Verwacht uiterlijk"], "on": "Datum terugbetaling", "ordered": "Besteldatum", "picked": "Retour ontvangen op",
           "cancel": "Bestelling geannuleerd", "original": "Oorspronkelijke betaalmethode"},
}


def refund_summary(rng: random.Random, font: str):
    """A returned or cancelled order's refund screen (Myntra, AJIO, Nykaa, Flipkart, Meesho, Tata CLiQ in rupees;
    Amazon.co.uk in pounds; Zalando, Amazon.de and bol.com in euros, in German or Dutch): the shop on top, the
    refund's state as a heading on most, the order and return numbers, the return pickup's AWB, the items returned
    (one of several on a share) with the coupon share and a fee kept back, the amount paid for the order, the refund
    amount, where it goes (the card, UPI id, bank account or wallet that paid), the refund's ID and its bank reference
    (UTR, RRN or ARN) on a share, the day the refund was initiated or made, the day it should reach the customer, the
    order's and the pickup's days; a cancelled order refunds its whole payment."""
    brand = rng.choice(list(REFUND_SHOPS))
    country = REFUND_SHOPS[brand]
    lang = {"IN": "en", "UK": "en", "DE": "de" if brand != "bol.com" else "nl", "NL": "nl"}[country]
    if brand == "Zalando" and rng.random() < 0.4:
        lang = "nl"
    w = REFUND_WORDS[lang]
    page = "NL" if lang == "nl" else country
    m = Purse(rng, page, font, p_whole=0.5)
    whole = m.whole
    pat = rng.choice(IN_APP if country == "IN" else UK_PAT if country == "UK" else EU_PAT[page])
    ordered = day(rng)
    cancelled = rng.random() < 0.25
    picked = ordered + dt.timedelta(days=rng.randrange(4, 12))
    started = (ordered + dt.timedelta(days=rng.randrange(0, 2))) if cancelled else picked + dt.timedelta(
        days=rng.randrange(0, 3))
    if country == "IN":
        goods = rng.sample([g for g in APP_GOODS.get(brand, APP_GOODS["Myntra"])], 2)
        prices = [rupees(rng, p - p // 4, p + 1) for _, p, _ in goods]
    else:
        goods = [(name, 0, 0) for name in rng.sample(REFUND_GOODS[lang], 2)]
        prices = [cents(rng, 19, 140) for _ in goods]
    several = rng.random() < 0.5 and not cancelled
    paid_total = sum(prices) if several or cancelled else prices[0]
    returned = prices[0]
    coupon_share = pct(returned, 10, whole) if rng.random() < 0.3 else 0
    fee = 0
    if not cancelled and rng.random() < 0.35:
        fee = rng.choice([4900, 9900]) if country == "IN" else rng.choice([295, 395, 499])
    refund = (paid_total if cancelled else returned - coupon_share - fee)
    roll = rng.random()
    status = ("success" if roll < 0.42 else "pending" if roll < 0.7 else "failed" if roll < 0.82 else None)
    rows: list[tuple] = [bar(rng, "UK"), ("title", brand)]
    rows.append(("center", rng.choice(w["head"]) if not cancelled else w["cancel"]))
    if status:
        said = rng.choice(w[status])
        rows.append(("big" if len(said) < 22 else "center", said))
    rows.append(("big", m(refund)))
    oid = order_number(rng, brand) if country == "IN" else (
        f"{rng.choice(['202', '203', '204', '205'])}-{digits(rng, 7)}-{digits(rng, 7)}" if brand.startswith("Amazon")
        else digits(rng, 16) if brand == "bol.com" else f"10{digits(rng, 13)}")
    rows.append(("pair", rng.choice(w["order"]), oid))
    if not cancelled:
        rows.append(("pair", rng.choice(w["return"]), ("RET" if country == "IN" else "R") + digits(rng, 10)))
        rows.append(("pair", w["pickup"], ("SF" if country == "IN" else "JJD") + digits(rng, 12)))
    rows.append(("pair", w["ordered"], stamp(ordered, pat, page)))
    if not cancelled:
        rows.append(("pair", w["picked"], stamp(picked, pat, page)))
    rows.append(("rule",))
    listed = goods if cancelled or several else goods[:1]
    for (name, _, _), price in zip(listed, prices, strict=False):
        rows.append(("pair", name if len(name) < 34 else name[:32] + "…", m(price)))
    if several:
        rows.append(("small", "1 of 2 items returned" if lang == "en" else
                     "1 von 2 Artikeln zurückgeschickt" if lang == "de" else "1 van 2 artikelen geretourneerd"))
    rows.append(("pair", w["paid"], m(paid_total)))
    if not cancelled:
        rows.append(("pair", w["item"], m(returned)))
        if coupon_share:
            rows.append(("pair", "Coupon adjusted" if lang == "en" else "Gutschein anteilig" if lang == "de" else
                         "Kortingscode verrekend", m(coupon_share, "-")))
        if fee:
            rows.append(("pair", rng.choice(w["fee"]), m(fee, "-")))
    done_words = status == "success"  # "refunded" labels only where the refund went through
    rows.append(("pair", rng.choice(w["amount"] if done_words else w["amount"][:1]), m(refund)))
    rows.append(("rule",))
    person = rng.choice(IN_PEOPLE if country == "IN" else UK_PEOPLE if country == "UK" else EU_PEOPLE[page])
    roll = rng.random()
    last = digits(rng, 4)
    if country == "IN":
        if roll < 0.35:
            method, dest = "UPI", f"UPI - {upi_id(rng, person)}"
        elif roll < 0.65:
            method, dest = "card", f"{rng.choice(IN_BANKS)} Credit Card ••••{last}"
        elif roll < 0.85:
            method, dest = "netbanking", f"Bank account XXXX{last} (IMPS)"
        else:
            method, dest = "wallet", rng.choice(["Amazon Pay Balance", "Paytm Wallet"])
    elif roll < 0.6:
        method, dest = "card", f"{rng.choice(['Visa', 'Mastercard'])} {'ending in' if lang == 'en' else '••••'} {last}"
    else:
        method, dest = "wallet", rng.choice(["PayPal", "Apple Pay"])
    to_labels = w["to"] if done_words else w["to"][:1]
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(to_labels), dest))
    elif shown(rng, 0.3):
        rows.append(("pair", rng.choice(to_labels), w["original"]))
        method = None
    else:
        method = None
    refid = ("RF" if country == "IN" else "") + caps_id(rng, 12)
    txn = refid
    rows.append(("pair", rng.choice(w["refid"]), refid))
    if status == "success" and rng.random() < 0.6 and (method == "card" or country == "IN"):
        if method == "card":
            ref_label, txn = "ARN", "7" + digits(rng, 22)
        else:
            ref_label, txn = rng.choice(["Bank reference no. (UTR)", "RRN", "UTR"]), digits(rng, 12)
        rows.append(("pair", ref_label, txn))
    label = (rng.choice(w["on_done"]) if status == "success" else w["on"] if status is None
             else rng.choice(w["on_wait"]))
    rows.append(("pair", label, stamp(started, pat, page)))
    if status == "pending":
        rows.append(("pair", rng.choice(w["by"]), stamp(started + dt.timedelta(days=rng.randrange(5, 8)), pat, page)))
    rows.append(("small", rng.choice({"en": ["Need help? Contact us", "Help Centre"], "de": ["Hilfe & Kontakt"],
                                      "nl": ["Klantenservice", "Hulp nodig?"]}[lang])))
    truth = done(brand, refund, m.ccy, txn, started, method, status)
    return rows, truth, screen(rng, SCREEN, rows)


# ---------------------------------------------------------------- 7 an order's payment history with a retry

RETRY_SHOPS = {"Myntra": "IN", "Nykaa": "IN", "Flipkart": "IN", "Meesho": "IN", "AJIO": "IN", "Tata CLiQ": "IN",
               "AliExpress": "US", "Temu": "UK", "SHEIN": "DE"}
FAIL_WHY = ["Declined by bank", "Transaction timed out", "Insufficient funds", "Incorrect UPI PIN",
            "Authentication failed (OTP)", "Cancelled by user"]


def _attempt_way(rng: random.Random, country: str, person: str) -> tuple[str, str]:
    """(method truth, words) for one payment attempt."""
    roll = rng.random()
    last = digits(rng, 4)
    if country == "IN":
        if roll < 0.45:
            return "UPI", rng.choice(["UPI", "PhonePe UPI", "GPay UPI", f"UPI · {upi_id(rng, person)}"])
        if roll < 0.75:
            return "card", f"{rng.choice(IN_BANKS)} {rng.choice(['Credit', 'Debit'])} Card •••• {last}"
        if roll < 0.9:
            return "netbanking", f"Net Banking · {rng.choice(IN_BANKS)}"
        return "wallet", rng.choice(["Paytm Wallet", "Mobikwik Wallet"])
    if roll < 0.55:
        return "card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} •••• {last}"
    if roll < 0.8:
        return "wallet", "PayPal"
    return "wallet", rng.choice(["Apple Pay", "Google Pay"])


def failed_retry_payment(rng: random.Random, font: str):
    """An order's payment history screen after a failed attempt (Myntra, Nykaa, Flipkart, Meesho, AJIO, Tata CLiQ in
    rupees; AliExpress in US dollars, Temu in pounds, SHEIN in euros or dollars): the shop on top, the order number
    (Temu's PO-, AliExpress's 16 digits), the order's sum, the day of the attempts, then each attempt with its time,
    its way, its outcome, its reason and its own transaction or payment ID: the first failed, the retry succeeded on
    most, failed too on a share, or still awaits the bank's word on a share; a payment outcome under the list."""
    brand = rng.choice(list(RETRY_SHOPS))
    country = RETRY_SHOPS[brand]
    if brand == "SHEIN" and rng.random() < 0.4:
        country = "US"
    m = Purse(rng, country, font, p_whole=0.5, marks=["US $", "US$", "$"] if brand == "AliExpress" else None)
    pat = rng.choice(IN_APP if country == "IN" else US_PAT if country == "US" else UK_PAT if country == "UK"
                     else EU_PAT["DE"])
    when = day(rng)
    person = rng.choice(IN_PEOPLE if country == "IN" else US_PEOPLE if country == "US" else UK_PEOPLE if
                        country == "UK" else EU_PEOPLE["DE"])
    total = (rupees(rng, 299, 3999, m.whole) + rng.choice([0, 0, 900, 1900])) if country == "IN" else cents(rng, 9, 160)
    oid = order_number(rng, brand) if country == "IN" else {
        "AliExpress": lambda: "81" + digits(rng, 14), "Temu": lambda: f"PO-{rng.randrange(100, 300)}-{digits(rng, 17)}",
        "SHEIN": lambda: "GSH" + caps_id(rng, 11)}[brand]()
    rows: list[tuple] = [bar(rng, "US" if country == "US" else "UK"), ("title", brand)]
    rows.append(("center", rng.choice(["Payment details", "Payment history", "Order payment"])))
    rows.append(("pair", rng.choice(["Order ID", "Order No.", "Order number"]) if brand != "Temu" else "PO number",
                 oid))
    rows.append(("pair", rng.choice(["Order total", "Amount", "Total"]), m(total)))
    rows.append(("pair", rng.choice(["Date", "Order date", "Placed on"]), stamp(when, pat)))
    rows.append(("rule",))
    outcome = rng.random()
    final = "success" if outcome < 0.55 else "failed" if outcome < 0.8 else "pending"
    twelve = country in ("IN", "US")
    h, mi = rng.randrange(8, 22), rng.randrange(0, 50)
    attempts = 2 if rng.random() < 0.75 else 3
    txn = method = None
    for number in range(1, attempts + 1):
        last = number == attempts
        state = final if last else "failed"
        way_truth, way = _attempt_way(rng, country, person)
        minute = mi + 3 * (number - 1)
        clock = (f"{(h - 1) % 12 + 1}:{minute:02d} {'PM' if h >= 12 else 'AM'}" if twelve else f"{h:02d}:{minute:02d}")
        rows.append(("pair", f"Attempt {number} · {clock}", {"success": "Successful", "failed": "Failed",
                                                            "pending": "Pending"}[state]))
        rows.append(("small", way))
        if state == "failed":
            rows.append(("small", rng.choice(FAIL_WHY)))
        if way_truth == "UPI":
            ident = digits(rng, 12)
            rows.append(("pair", rng.choice(["UPI Ref No.", "UTR"]), ident))
        elif country == "IN":
            ident = rng.choice([razorpay_id(rng), "T" + digits(rng, 20)])
            rows.append(("pair", rng.choice(["Payment ID", "Transaction ID"]), ident))
        else:
            ident = digits(rng, 16) if brand == "AliExpress" else caps_id(rng, 14)
            rows.append(("pair", rng.choice(["Transaction ID", "Payment ID"]), ident))
        rows.append(("rule",))
        if last:
            txn, method = ident, way_truth
    words = {"success": ["Payment successful - your order is confirmed", "Payment successful"],
             "failed": ["Payment failed - your order was not placed", "Payment failed"],
             "pending": ["Payment pending - we'll update you within 30 minutes", "Payment pending"]}
    if rng.random() < 0.75:  # else the last attempt's own word (Successful / Failed / Pending) states it
        wrap(rows, rng.choice(words[final]), 40, "center")
    status = final
    if final == "failed":
        wrap(rows, "Any amount debited will be refunded within 5-7 working days.", 48, "small")
    rows.append(("small", rng.choice(["Need help with a payment?", "Contact support"])))
    truth = done(brand, total, m.ccy, txn, when, method, status)
    return rows, truth, screen(rng, SCREEN, rows)


# ---------------------------------------------------------------- 8 a US marketplace's printable order details

US_SHOPS = ["Amazon.com", "eBay", "Walmart.com", "Etsy"]
US_GOODS = [("Anker 735 USB-C Charger (Nano II 65W)", 45.99), ("Stanley Quencher H2.0 Tumbler 30 oz", 35.0),
            ("LEGO Icons Orchid 10311", 49.99), ("Hand-thrown Stoneware Mug, Sage", 32.0),
            ("Ninja AF101 Air Fryer, 4 Qt", 89.99), ("Vintage Levi's 501 Jeans W32", 58.0),
            ("Crayola Inspiration Art Case", 24.97), ("Personalized Leather Keychain", 18.5),
            ("Kindle Paperwhite (16 GB)", 159.99), ("Bose QuietComfort Earbuds II (Refurbished)", 179.0)]
US_SELLERS = ["Anker Direct", "TechDeals Outlet", "HomeGoods Supply Co", "vintagethreads_co", "MapleAndClayStudio",
              "BrightHome Retail LLC", "gadget-depot-usa"]


def us_printable_order(rng: random.Random, font: str):
    """A US marketplace's printable order page (Amazon.com's "Final Details for Order #", eBay's, Walmart.com's and
    Etsy's order details): the marketplace on top, the order number, the day ordered, the items with their seller
    (Sold by / Purchased from / Sold and shipped by), the shipping address (a state and ZIP), the item subtotal,
    shipping and a free-shipping credit, a coupon, sales tax, a gift card taken off on a share, the grand total, the
    card or PayPal that paid, and the charge itself dated: Amazon's "Credit Card transactions" line and Walmart's
    charge history (the day shipped, after the day ordered), eBay's and Etsy's "Paid on" day."""
    brand = rng.choice(US_SHOPS)
    m = Purse(rng, "US", font, marks=["$", "$", "US$"])
    ordered = day(rng)
    charged = ordered + dt.timedelta(days=rng.randrange(0, 4)) if brand in ("Amazon.com", "Walmart.com") else ordered
    pat = rng.choice(US_PAT)
    person = rng.choice(US_PEOPLE)
    goods = rng.sample(US_GOODS, rng.randrange(1, 3))
    subtotal = 0
    rows: list[tuple] = [("title", brand)]
    oid = {"Amazon.com": lambda: f"{rng.choice(['111', '112', '113', '114'])}-{digits(rng, 7)}-{digits(rng, 7)}",
           "eBay": lambda: f"{rng.randrange(10, 28)}-{digits(rng, 5)}-{digits(rng, 5)}",
           "Walmart.com": lambda: f"{rng.choice(['2000', '2000', '4000'])}{digits(rng, 3)}-{digits(rng, 8)}",
           "Etsy": lambda: digits(rng, 10)}[brand]()
    if brand == "Amazon.com":
        rows.append(("left", f"Final Details for Order #{oid}"))
        rows.append(("small", "Print this page for your records."))
        rows.append(("pair", "Order Placed:", stamp(ordered, pat, "US")))
        rows.append(("pair", "Amazon.com order number:", oid))
    else:
        rows.append(("center", rng.choice(["Order details", "Receipt"]) if brand == "Etsy" else "Order details"))
        rows.append(("pair", rng.choice(["Order number", "Order #"]) if brand != "Walmart.com" else "Order#", oid))
        rows.append(("pair", rng.choice(["Order date", "Ordered on"]) if brand != "Walmart.com" else "Placed on",
                     stamp(ordered, pat, "US")))
    total_row = len(rows)
    rows.append(("rule",))
    seller_word = {"Amazon.com": "Sold by:", "eBay": "Sold by", "Walmart.com": "Sold and shipped by",
                   "Etsy": "Purchased from"}[brand]
    for item, price in goods:
        qty = rng.choice([1, 1, 2])
        value = round(price * 100) * qty
        subtotal += value
        rows.append(("left", f"{qty} of: {item}" if brand == "Amazon.com" else item))
        rows.append(("small", f"{seller_word} {rng.choice(US_SELLERS)}"))
        if brand == "eBay":
            rows.append(("small", f"Item number: {digits(rng, 12)}"))
        rows.append(("pair", "Price" if brand == "Amazon.com" else f"Qty {qty}", m(value)))
    rows.append(("left", "Shipping Address:"))
    rows.append(("small", person))
    rows.append(("small", rng.choice(US_PLACES)))
    rows.append(("rule",))
    shipping = rng.choice([0, 599, 799])
    free = shipping if brand == "Amazon.com" and shipping and rng.random() < 0.6 else 0
    coupon = round(subtotal * 0.1) if rng.random() < 0.25 else 0
    before_tax = subtotal + shipping - free - coupon
    tax = round(before_tax * rng.choice([0.0625, 0.0725, 0.08, 0.0825, 0.06]))
    gift = rng.choice([1000, 2500, 1500]) if brand in ("Amazon.com", "Walmart.com") and rng.random() < 0.3 else 0
    total = before_tax + tax - gift
    rows.append(("left", "Payment information" if brand == "Amazon.com" else "Payment"))
    rows.append(("pair", "Item(s) Subtotal:" if brand == "Amazon.com" else "Subtotal", m(subtotal)))
    rows.append(("pair", "Shipping & Handling:" if brand == "Amazon.com" else "Shipping", m(shipping) if shipping
                 else "Free"))
    if free:
        rows.append(("pair", "Free Shipping:", m(free, "-")))
    if coupon:
        rows.append(("pair", "Your Coupon Savings:" if brand == "Amazon.com" else "Coupon", m(coupon, "-")))
    if brand == "Amazon.com":
        rows.append(("pair", "Total before tax:", m(before_tax)))
        rows.append(("pair", "Estimated tax to be collected:", m(tax)))
    else:
        rows.append(("pair", rng.choice(["Sales tax", "Tax"]) + ("*" if brand == "eBay" else ""), m(tax)))
    if gift:
        rows.append(("pair", "Gift Card Amount:" if brand == "Amazon.com" else "Gift card", m(gift, "-")))
    rows.append(("pair", "Grand Total:" if brand == "Amazon.com" else rng.choice(["Order total", "Total"]), m(total)))
    if brand == "Amazon.com":
        rows.insert(total_row, ("pair", "Order Total:", m(total)))
    last = digits(rng, 4)
    card = rng.choice(["Visa", "Mastercard", "American Express", "Discover"])
    method = "card"
    way = f"{card} ending in {last}"
    if brand in ("eBay", "Etsy") and rng.random() < 0.35:
        method, way = "wallet", "PayPal"
    txn = oid
    dated = charged
    if brand == "Amazon.com":
        rows.append(("pair", "Payment Method:", f"{card} | Last digits: {last}"))
        rows.append(("left", "Credit Card transactions"))
        rows.append(("pair", f"{card} ending in {last}: {stamp(charged, '{month} {d}, %Y', 'US')}:", m(total)))
    elif brand == "Walmart.com":
        rows.append(("pair", "Payment method", way))
        rows.append(("left", "Charge history"))
        rows.append(("pair", f"Charged {stamp(charged, pat, 'US')}", m(total)))
    else:
        rows.append(("pair", rng.choice(["Paid with", "Payment method"]), way))
        if shown(rng, 0.15):
            rows.append(("pair", rng.choice(["Paid on", "Payment date", "Date paid"]), stamp(charged, pat, "US")))
        if method == "wallet" and brand == "eBay" and rng.random() < 0.7:
            txn = caps_id(rng, 17)
            rows.append(("pair", "PayPal transaction ID", txn))
    if brand == "eBay" and rng.random() < 0.5:
        rows.append(("small", "*eBay collects and remits sales tax in your state."))
    if brand in ("eBay", "Etsy") and rng.random() < 0.3:
        rows.append(("pair", "Payment status", "Paid"))
        status = "success"
    else:
        status = None
    rows.append(("small", f"Conditions of Use | Privacy Notice © 1996-{ordered.year}, {brand}, Inc. or its affiliates"
                 if brand == "Amazon.com" else f"© {ordered.year} {brand}"))
    truth = done(brand, total, "USD", txn, dated, method, status)
    return rows, truth, dict(SHEET, width=780)


# ---------------------------------------------------------------- 9 an Amazon EU VAT invoice

EU_AMAZON = {"Amazon.co.uk": ("UK", "en"), "Amazon.de": ("DE", "de"), "Amazon.fr": ("FR", "fr"),
             "Amazon.it": ("IT", "it"), "Amazon.es": ("ES", "es"), "Amazon.nl": ("NL", "nl")}
INVOICE_WORDS = {
    "en": ("VAT Invoice", "Paid", "Invoice date / Delivery date", "Invoice #", "Total payable", "Sold by", "VAT #",
           "Order information", "Order date", "Order #", "Payment reference number", "Billing address",
           "Delivery address", "Description", "Qty", "Unit price (excl. VAT)", "VAT rate", "Item subtotal (incl. VAT)",
           "Shipping charges", "Total", "Payment method", "ending in"),
    "de": ("Rechnung", "Bezahlt", "Rechnungsdatum/Lieferdatum", "Rechnungsnummer", "Zahlbetrag", "Verkauft von",
           "USt-IdNr.", "Bestellinformationen", "Bestelldatum", "Bestellnummer", "Zahlungsreferenznummer",
           "Rechnungsadresse", "Lieferadresse", "Beschreibung", "Menge", "Stückpreis (ohne USt.)", "USt. %",
           "Zwischensumme (inkl. USt.)", "Versandkosten", "Gesamt", "Zahlungsart", "endet auf"),
    "fr": ("Facture", "Payé", "Date de la facture/Date de la livraison", "Numéro de la facture", "Total à payer",
           "Vendu par", "TVA", "Informations sur la commande", "Date de la commande", "Numéro de la commande",
           "Numéro de référence du paiement", "Adresse de facturation", "Adresse de livraison", "Description", "Qté",
           "Prix unitaire (HT)", "Taux TVA", "Sous-total (TTC)", "Frais de livraison", "Total", "Mode de paiement",
           "se terminant par"),
    "it": ("Fattura", "Pagato", "Data fattura/Data di consegna", "Numero fattura", "Totale da pagare", "Venduto da",
           "Partita IVA", "Informazioni sull'ordine", "Data dell'ordine", "Numero dell'ordine",
           "Numero di riferimento del pagamento", "Indirizzo di fatturazione", "Indirizzo di consegna", "Descrizione",
           "Qtà", "Prezzo unitario (IVA esclusa)", "Aliquota IVA", "Subtotale (IVA inclusa)", "Spese di spedizione",
           "Totale", "Metodo di pagamento", "che termina con"),
    "es": ("Factura", "Pagado", "Fecha de la factura/Fecha de la entrega", "Número de la factura", "Total a pagar",
           "Vendido por", "NIF/IVA", "Información del pedido", "Fecha del pedido", "Número del pedido",
           "Número de referencia del pago", "Dirección de facturación", "Dirección de envío", "Descripción", "Cant.",
           "Precio unitario (sin IVA)", "Tipo IVA", "Subtotal (IVA incluido)", "Gastos de envío", "Total",
           "Forma de pago", "terminada en"),
    "nl": ("Factuur", "Betaald", "Factuurdatum/Leveringsdatum", "Factuurnummer", "Te betalen", "Verkocht door",
           "Btw-nummer", "Bestelinformatie", "Besteldatum", "Bestelnummer", "Betalingsreferentienummer",
           "Factuuradres", "Bezorgadres", "Omschrijving", "Aantal", "Prijs per stuk (excl. btw)", "Btw-tarief",
           "Subtotaal (incl. btw)", "Verzendkosten", "Totaal", "Betaalmethode", "eindigend op"),
}
EU_GOODS = ["Philips Sonicare ProtectiveClean 4300", "Tefal Ingenio Easy Cook & Clean L15091", "Kindle Paperwhite",
            "Bosch Professional GSR 12V-15", "LEGO Technic 42151", "Echo Dot (5th Gen)", "Anker PowerCore 20000",
            "Rituals The Ritual of Sakura Gift Set", "Logitech MX Keys S", "De'Longhi Dedica EC685.M"]
EU_SELLERS = ["Amazon EU S.à r.l.", "Amazon EU S.à r.l., UK Branch", "TechVerkauf GmbH", "Maison Lin SARL",
              "Casa Bella S.r.l.", "HomeStore B.V.", "Northfield Ceramics Ltd"]
VAT_RATE = {"UK": 20, "DE": 19, "FR": 20, "IT": 22, "ES": 21, "NL": 21}


def amazon_eu_invoice(rng: random.Random, font: str):
    """An Amazon VAT invoice from Amazon.co.uk, .de, .fr, .it, .es or .nl in its language: the marketplace on top, the
    document's name, a PAID stamp in the language on most (Paid, Bezahlt, Payé, Pagato, Pagado, Betaald), the invoice
    date (also the delivery date), the invoice number, the total payable, the seller (Amazon EU S.à r.l. or a
    third-party seller) with its VAT number, the order information (the order date, the order number and the payment
    reference number in both cases), the billing and delivery addresses, the lines with the unit price before VAT, the
    VAT rate and the line total with VAT, shipping, the VAT summary and the total, the way paid on a share."""
    brand = rng.choice(list(EU_AMAZON))
    country, lang = EU_AMAZON[brand]
    w = INVOICE_WORDS[lang]
    m = Purse(rng, country, font)
    pat = rng.choice(["%d %B %Y".replace("%B", "{month}"), "%d.%m.%Y" if country == "DE" else "%d/%m/%Y"])
    if country == "UK":
        pat = rng.choice(["%d {month} %Y", "%d/%m/%Y"])
    ordered = day(rng)
    invoiced = ordered + dt.timedelta(days=rng.randrange(1, 4))
    rate = VAT_RATE[country]
    seller = rng.choice(EU_SELLERS)
    person = rng.choice(UK_PEOPLE if country == "UK" else EU_PEOPLE[country])
    spot = rng.choice(UK_PLACES if country == "UK" else EU_PLACES[country])
    goods = rng.sample(EU_GOODS, rng.randrange(1, 3))
    lines = []
    for item in goods:
        qty = rng.choice([1, 1, 2])
        unit = cents(rng, 12, 180)
        lines.append((item, qty, unit))
    ship = rng.choice([0, 0, 299, 399])
    total = sum(q * u for _, q, u in lines) + ship
    vat = round(total * rate / (100 + rate))
    rows: list[tuple] = [("title", brand), ("center", w[0])]
    status = None
    if rng.random() < 0.75:
        status = "success"
        rows.append(("big", w[1]))
    rows.append(("pair", w[2], stamp(invoiced, pat, country)))
    inv = f"{country if country != 'UK' else 'GB'}{rng.randrange(1, 6)}{caps_id(rng, 4)}{digits(rng, 5)}{caps_id(rng, 3)}"
    rows.append(("pair", w[3], inv))
    rows.append(("pair", w[4], m(total)))
    rows.append(("rule",))
    rows.append(("pair", w[5], seller))
    vat_no = {"UK": lambda: f"GB{digits(rng, 9)}", "DE": lambda: f"DE{digits(rng, 9)}",
              "FR": lambda: f"FR{digits(rng, 11)}", "IT": lambda: f"IT{digits(rng, 11)}",
              "ES": lambda: f"ESN{digits(rng, 7)}{rng.choice(CAPS)}", "NL": lambda: f"NL{digits(rng, 9)}B01"}[country]()
    rows.append(("pair", w[6], vat_no))
    rows.append(("rule",))
    rows.append(("left", w[7]))
    rows.append(("pair", w[8], stamp(ordered, pat, country)))
    oid = f"{rng.choice(['202', '203', '204', '205', '302', '303', '304', '305', '028', '171', '402', '406'])}-" \
          f"{digits(rng, 7)}-{digits(rng, 7)}"
    rows.append(("pair", w[9], oid))
    txn = oid
    if shown(rng, 0.15):
        txn = mixed_id(rng, 14)
        rows.append(("pair", w[10], txn))
    rows.append(("left", w[11]))
    rows.append(("small", f"{person}, {spot}"))
    rows.append(("left", w[12]))
    rows.append(("small", f"{person}, {spot}"))
    rows.append(("rule",))
    rows.append(("small", f"{w[13]} · {w[14]} · {w[15]} · {w[16]} · {w[17]}"))
    for item, qty, unit in lines:
        rows.append(("left", item))
        ex = round(unit * 100 / (100 + rate))
        rows.append(("pair", f"{qty} · {m(ex)} · {rate}%", m(qty * unit)))
    if ship:
        rows.append(("pair", w[18], m(ship)))
    rows.append(("rule",))
    rows.append(("pair", f"{rate}% · {m(total - vat)}", m(vat)))
    rows.append(("pair", w[19], m(total)))
    method = None
    if rng.random() < 0.4:
        if rng.random() < 0.7:
            method = "card"
            rows.append(("pair", w[20], f"{rng.choice(['Visa', 'Mastercard'])} {w[21]} {digits(rng, 4)}"))
        else:
            method = "wallet"
            rows.append(("pair", w[20], "PayPal"))
    rows.append(("small", "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"))
    truth = done(brand, total, m.ccy, txn, ordered, method, status)
    return rows, truth, dict(SHEET, width=820)


# ---------------------------------------------------------------- 10 a Shopify store's thank-you page

SHOPIFY_STORES = {
    "IN": ["The Souled Store", "Snitch", "Bombay Shaving Company", "Mokobara", "Bare Anatomy", "Rare Rabbit"],
    "US": ["Brooklinen", "Allbirds", "Bombas", "Ruggable", "Chubbies"],
    "UK": ["Gymshark", "Represent", "Bloom & Wild", "Huel", "Beauty Pie"],
    "DE": ["Snocks", "Holzkern", "Ooia", "Kapten & Son"],
    "FR": ["Jimmy Fairly", "Le Slip Français", "Asphalte", "Cabaïa"],
    "NL": ["MUD Jeans", "Otrium", "Suitsupply Outlet"],
}
SHOPIFY_GOODS = ["Oversized Tee - Washed Black", "Merino Crew Socks (3-pack)", "Cabin Trolley 55cm", "Linen Duvet Set",
                 "Everyday Joggers", "Vitamin C Face Serum 30ml", "Wool Runner Sneakers", "Classic Crewneck Sweater",
                 "Stretch Chino Shorts", "Weekender Bag"]
SHOPIFY_WORDS = {
    "en": {"conf": "Confirmation #", "thanks": "Thank you, {name}!", "confirmed": "Your order is confirmed",
           "hint": "You'll receive a confirmation email with your order number soon.", "on": "Confirmed",
           "contact": "Contact information", "ship": "Shipping address", "method": "Shipping method",
           "pay": "Payment method", "bill": "Billing address", "sub": "Subtotal", "shipping": "Shipping",
           "disc": "Discount", "tax": "Estimated taxes", "incl": "Including {tax} in taxes", "total": "Total",
           "saved": "Total savings", "order": "Order #", "help": "Need help? Contact us",
           "pending": "Your payment is pending. Transfer the total to the account below; we ship once it arrives.",
           "std": "Standard Shipping"},
    "de": {"conf": "Bestätigung #", "thanks": "Vielen Dank, {name}!", "confirmed": "Deine Bestellung ist bestätigt",
           "hint": "Du erhältst in Kürze eine Bestätigungs-E-Mail mit deiner Bestellnummer.", "on": "Bestätigt",
           "contact": "Kontaktinformationen", "ship": "Lieferadresse", "method": "Versandart",
           "pay": "Zahlungsmethode", "bill": "Rechnungsadresse", "sub": "Zwischensumme", "shipping": "Versand",
           "disc": "Rabatt", "tax": "Steuern", "incl": "Inkl. {tax} Steuern", "total": "Gesamt",
           "saved": "Gesamtersparnis", "order": "Bestellung #", "help": "Brauchst du Hilfe? Kontaktiere uns",
           "pending": "Deine Zahlung ist ausstehend. Bitte überweise den Betrag auf das unten genannte Konto.",
           "std": "Standardversand"},
    "fr": {"conf": "Confirmation n°", "thanks": "Merci, {name} !", "confirmed": "Votre commande est confirmée",
           "hint": "Vous recevrez bientôt un e-mail de confirmation avec votre numéro de commande.",
           "on": "Confirmée", "contact": "Coordonnées", "ship": "Adresse de livraison",
           "method": "Mode d'expédition", "pay": "Mode de paiement", "bill": "Adresse de facturation",
           "sub": "Sous-total", "shipping": "Expédition", "disc": "Réduction", "tax": "Taxes",
           "incl": "Taxes de {tax} incluses", "total": "Total", "saved": "Économies totales", "order": "Commande n°",
           "help": "Besoin d'aide ? Contactez-nous",
           "pending": "Votre paiement est en attente. Effectuez le virement sur le compte ci-dessous.",
           "std": "Livraison standard"},
}


def shopify_thank_you(rng: random.Random, font: str):
    """A Shopify store's thank-you page after checkout (Indian, US, UK, German, French and Dutch direct-to-consumer
    brands; English, German or French words): the store on top, the checkout's confirmation code, a thanks by name,
    "Your order is confirmed" (the order's state), the day confirmed on a share, the contact, shipping and billing
    addresses, the shipping method with its price, the way paid (a card's last digits with the sum, Shop Pay, PayPal,
    Apple Pay, iDEAL, UPI, a gateway that offers every way, cash on delivery, a bank transfer awaited with its
    account), the order summary (items, subtotal, shipping, a discount code, taxes added or included), the total
    with its currency code, the savings, a pay-in-four offer on US pages, and the order number on a share."""
    country = rng.choice(["IN", "IN", "US", "US", "UK", "DE", "FR", "NL"])
    lang = {"DE": "de", "FR": "fr"}.get(country, "en")
    w = SHOPIFY_WORDS[lang]
    store = rng.choice(SHOPIFY_STORES[country])
    marks = {"IN": ["₹", "Rs."], "US": ["$"], "UK": ["£"]}.get(country, ["€"])
    m = Purse(rng, country, font, marks=marks)
    person = rng.choice(IN_PEOPLE if country == "IN" else US_PEOPLE if country == "US" else UK_PEOPLE if
                        country == "UK" else EU_PEOPLE[country])
    placed = day(rng)
    pat = rng.choice(IN_APP if country == "IN" else US_PAT if country == "US" else UK_PAT if country == "UK"
                     else EU_PAT[country])
    items = []
    for item in rng.sample(SHOPIFY_GOODS, rng.randrange(1, 4)):
        qty = rng.choice([1, 1, 2])
        unit = rupees(rng, 499, 3999) if country == "IN" else cents(rng, 14, 120)
        items.append((item, qty, unit))
    subtotal = sum(q * u for _, q, u in items)
    shipping = 0 if rng.random() < 0.4 else (rng.choice([4900, 9900]) if country == "IN" else
                                              rng.choice([495, 599, 399]))
    disc_code = rng.choice(["WELCOME10", "FIRST15", "SUMMER20", "NEWSLETTER10"])
    disc = pct(subtotal, int(disc_code[-2:]), country == "IN") if rng.random() < 0.4 else 0
    added_tax = round((subtotal - disc) * rng.choice([0.06, 0.0725, 0.08875])) if country == "US" else 0
    total = subtotal + shipping - disc + added_tax
    rate = {"IN": 12, "UK": 20, "DE": 19, "FR": 20, "NL": 21}.get(country, 0)
    included = round(total * rate / (100 + rate)) if rate else 0
    conf = caps_id(rng, rng.choice([9, 10]))
    rows: list[tuple] = [("title", store), ("small", f"{w['conf']}{conf}")]
    rows.append(("big", w["thanks"].format(name=person.split()[0])))
    rows.append(("left", w["confirmed"]))
    wrap(rows, w["hint"], 70, "small")
    dated = None
    if rng.random() < 0.4:
        dated = placed
        rows.append(("pair", w["on"], stamp(placed, pat, country)))
    roll = rng.random()
    last = digits(rng, 4)
    status = None
    bank = False
    if country == "IN":
        if roll < 0.3:
            method, way = "cash", "Cash on Delivery (COD)"
        elif roll < 0.5:
            method, way = None, "Razorpay Secure (UPI, Cards, Wallets, NetBanking)"
        elif roll < 0.7:
            method, way = "UPI", f"UPI - {upi_id(rng, person)}"
        elif roll < 0.9:
            method, way = "card", f"Credit / Debit Card ending with {last}"
        else:
            method, way, bank = "netbanking", "Bank Transfer (NEFT/IMPS)", True
    elif roll < 0.5:
        method = "card"
        way = f"{rng.choice(['Visa', 'Mastercard', 'American Express'])} " + (
            f"ending with {last}" if lang == "en" else f"endet mit {last}" if lang == "de" else
            f"se terminant par {last}")
    elif roll < 0.75:
        method, way = "wallet", rng.choice(["Shop Pay", "PayPal", "Apple Pay"])
    elif country == "NL":
        method, way = "netbanking", "iDEAL"
    elif country in ("DE", "FR", "UK"):
        method, bank = "netbanking", True
        way = {"DE": "Banküberweisung (Vorkasse)", "FR": "Virement bancaire", "UK": "Bank Transfer"}[country]
    else:
        method, way = "wallet", "Google Pay"
    if bank:
        status = "pending"
        wrap(rows, w["pending"], 60, "left")
    rows.append(("rule",))
    rows.append(("left", w["contact"]))
    rows.append(("small", f"{person.split()[0].lower()}.{person.split()[-1].lower()}@gmail.com"))
    rows.append(("left", w["ship"]))
    if country == "IN":
        street, town, state, _, pin = place(rng)
        rows.append(("small", person))
        rows.append(("small", f"{street}, {town} {pin}"))
    else:
        rows.append(("small", person))
        rows.append(("small", rng.choice(US_PLACES if country == "US" else UK_PLACES if country == "UK"
                                         else EU_PLACES[country])))
    rows.append(("left", w["method"]))
    rows.append(("small", f"{w['std']} · {m(shipping) if shipping else 'Free' if lang == 'en' else 'Gratis'}"))
    rows.append(("left", w["pay"]))
    rows.append(("small", way + (f" - {m(total)}" if method == "card" and rng.random() < 0.6 else "")))
    if bank:
        if country == "IN":
            rows.append(("small", f"A/c {digits(rng, 14)} · IFSC HDFC0{digits(rng, 6)}"))
        else:
            rows.append(("small", f"IBAN {'GB' if country == 'UK' else country}{digits(rng, 2)} {digits(rng, 4)} "
                                  f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"))
    rows.append(("left", w["bill"]))
    rows.append(("small", rng.choice(["Same as shipping address", "Identique à l'adresse de livraison" if lang == "fr"
                                      else "Wie Lieferadresse" if lang == "de" else "Same as shipping address"])))
    rows.append(("rule",))
    for item, qty, unit in items:
        rows.append(("pair", f"{item} × {qty}", m(qty * unit)))
    rows.append(("pair", w["sub"], m(subtotal)))
    rows.append(("pair", w["shipping"], m(shipping) if shipping else "Free" if lang == "en" else "Gratis"))
    if disc:
        rows.append(("pair", f"{w['disc']} ({disc_code})", m(disc, "-")))
    if added_tax:
        rows.append(("pair", w["tax"], m(added_tax)))
    total_text = f"{m.ccy} {m(total)}" if country in ("US", "UK", "IN") else f"{m(total)} {m.ccy}"
    rows.append(("pair", w["total"], total_text))
    if included:
        rows.append(("small", w["incl"].format(tax=m(included))))
    if disc:
        rows.append(("pair", w["saved"], m(disc)))
    if country == "US" and method != "cash" and rng.random() < 0.5:
        rows.append(("small", f"or 4 interest-free payments of {m(-(-total // 4))} with Shop Pay"))
    if rng.random() < 0.3:
        rows.append(("small", f"{w['order']}{rng.choice(['', '', 'SB', 'UK', 'IN'])}{rng.randrange(1001, 48000)}"))
    rows.append(("small", w["help"]))
    truth = done(store, total, m.ccy, conf, dated, method, status)
    return rows, truth, dict(WEB, width=720)


# ---------------------------------------------------------------- 11 a euro-area marketplace's order awaiting a transfer

TRANSFER_SHOPS = {"Kaufland.de": ("DE", "Kaufland e-commerce Services GmbH & Co. KG"),
                  "OTTO": ("DE", "Otto (GmbH & Co KG)"), "Zalando": ("DE", "Zalando Payments GmbH"),
                  "bol.com": ("NL", "bol.com b.v."), "Cdiscount": ("FR", "Cdiscount SA"),
                  "Rakuten": ("FR", "Rakuten France SAS"), "ManoMano": ("FR", "Colibri SAS")}
TRANSFER_WORDS = {
    "DE": {"hi": "Hallo {name},", "thanks": "vielen Dank für Ihre Bestellung!", "order": "Bestellnummer",
           "date": "Bestelldatum", "seller": "Verkauf durch", "sub": "Zwischensumme", "ship": "Versandkosten",
           "coupon": "Gutschein", "total": ["Gesamtsumme", "Gesamtbetrag", "Zu zahlender Betrag"],
           "vat": "inkl. {rate}% MwSt.", "way_label": "Zahlungsart", "way": "Vorkasse (Überweisung)",
           "pending": ["Zahlung ausstehend", "Wir warten auf Ihre Zahlung"],
           "success": ["Zahlung eingegangen", "Zahlung erhalten"],
           "failed": ["Bestellung storniert - Zahlung nicht eingegangen"],
           "please": "Bitte überweisen Sie {sum} bis zum {by} auf folgendes Konto:",
           "holder": "Kontoinhaber", "ref": "Verwendungszweck", "received": "Zahlungseingang am",
           "deadline": "Zahlungsfrist", "ship_note": "Der Versand erfolgt nach Zahlungseingang.",
           "bank": ["Commerzbank", "Deutsche Bank", "HypoVereinsbank"]},
    "NL": {"hi": "Hoi {name},", "thanks": "bedankt voor je bestelling!", "order": "Bestelnummer",
           "date": "Besteldatum", "seller": "Verkoop door", "sub": "Subtotaal", "ship": "Verzendkosten",
           "coupon": "Kortingscode", "total": ["Totaal", "Te betalen"], "vat": "incl. {rate}% btw",
           "way_label": "Betaalmethode", "way": "Overschrijving (vooraf betalen)",
           "pending": ["Betaling in afwachting", "Wacht op betaling"],
           "success": ["Betaling ontvangen"], "failed": ["Bestelling geannuleerd - betaling niet ontvangen"],
           "please": "Maak {sum} vóór {by} over naar:", "holder": "Ten name van", "ref": "Betalingskenmerk",
           "received": "Betaling ontvangen op", "deadline": "Uiterste betaaldatum",
           "ship_note": "We versturen je bestelling zodra je betaling binnen is.", "bank": ["ING", "ABN AMRO"]},
    "FR": {"hi": "Bonjour {name},", "thanks": "merci pour votre commande !", "order": "Numéro de commande",
           "date": "Date de commande", "seller": "Vendu par", "sub": "Sous-total", "ship": "Frais de port",
           "coupon": "Code promo", "total": ["Total TTC", "Montant à régler"], "vat": "dont TVA {rate} %",
           "way_label": "Mode de paiement", "way": "Virement bancaire",
           "pending": ["En attente de paiement", "Paiement en attente"], "success": ["Paiement reçu"],
           "failed": ["Commande annulée - paiement non reçu"],
           "please": "Merci de virer {sum} avant le {by} sur le compte suivant :", "holder": "Titulaire",
           "ref": "Référence du virement", "received": "Paiement reçu le", "deadline": "Date limite de paiement",
           "ship_note": "Votre commande sera expédiée dès réception du virement.",
           "bank": ["BNP Paribas", "Société Générale", "Crédit Agricole"]},
}
TRANSFER_GOODS = {"DE": ["Akku-Staubsauger 2-in-1", "Kaffeevollautomat", "Gartenstuhl 2er-Set", "Bettwäsche 135x200",
                         "Winterjacke Herren", "Akku-Rasenmäher 36 V"],
                  "NL": ["Stofzuiger steelmodel", "Kinderfiets 16 inch", "Koffiezetapparaat", "Dekbedovertrek 240x220",
                         "Tuinset 4-delig"],
                  "FR": ["Robot pâtissier 1000 W", "Tondeuse sans fil", "Matelas mémoire de forme 140x190",
                         "Aspirateur balai", "Perceuse visseuse 18 V"]}
TRANSFER_SELLERS = ["Haushaltswaren Meyer GmbH", "TechVerkauf GmbH", "Outdoor Profis UG", "De Wit Wonen B.V.",
                    "Maison Lin SARL", "Bricolage Express SAS"]


def eu_bank_transfer(rng: random.Random, font: str):
    """A euro-area marketplace's order e-mail paid by bank transfer in advance (Kaufland.de, OTTO, Zalando in German;
    bol.com in Dutch; Cdiscount, Rakuten, ManoMano in French): the marketplace on top, a greeting and thanks, the
    payment's state (awaiting the transfer on most, received with its day on a share, the order cancelled for want
    of it on a share), the order number and date, the items with their sellers, subtotal, shipping, a coupon, the
    total with the VAT included, the way paid, and while awaited: the sum again with a pay-by day, the account holder
    (the marketplace's payments company), IBAN, BIC, the bank and the payment reference to quote."""
    brand = rng.choice(list(TRANSFER_SHOPS))
    country, holder = TRANSFER_SHOPS[brand]
    w = TRANSFER_WORDS[country]
    m = Purse(rng, country, font)
    ordered = day(rng)
    pat = rng.choice(EU_PAT[country])
    person = rng.choice(EU_PEOPLE[country])
    items = [(name, rng.choice([1, 1, 2]), cents(rng, 15, 260)) for name in rng.sample(TRANSFER_GOODS[country],
                                                                                       rng.randrange(1, 3))]
    subtotal = sum(q * u for _, q, u in items)
    ship = rng.choice([0, 0, 395, 495, 599])
    coupon = rng.choice([500, 1000]) if rng.random() < 0.3 else 0
    total = subtotal + ship - coupon
    rate = {"DE": 19, "NL": 21, "FR": 20}[country]
    roll = rng.random()
    state = "pending" if roll < 0.5 else "success" if roll < 0.72 else "failed"
    rows: list[tuple] = [("title", brand)]
    rows.append(("small", f"{'An' if country == 'DE' else 'Aan' if country == 'NL' else 'À'}: "
                          f"{person.split()[0].lower()}.{person.split()[-1].lower()}@web.de"))
    rows.append(("rule",))
    rows.append(("left", w["hi"].format(name=person.split()[0])))
    rows.append(("left", w["thanks"]))
    rows.append(("big" if len(w[state][0]) < 24 else "center", rng.choice(w[state])))
    oid = {"Kaufland.de": lambda: digits(rng, 10), "OTTO": lambda: f"{digits(rng, 3)}{caps_id(rng, 3)}{digits(rng, 4)}",
           "Zalando": lambda: "10" + digits(rng, 13), "bol.com": lambda: "A000" + caps_id(rng, 6),
           "Cdiscount": lambda: digits(rng, 10) + caps_id(rng, 4), "Rakuten": lambda: digits(rng, 10),
           "ManoMano": lambda: "M" + digits(rng, 11)}[brand]()
    rows.append(("pair", w["order"], oid))
    rows.append(("pair", w["date"], stamp(ordered, pat, country)))
    rows.append(("rule",))
    for name, qty, unit in items:
        rows.append(("pair", f"{qty} × {name}", m(qty * unit)))
        if brand not in ("OTTO", "Zalando") or rng.random() < 0.4:
            rows.append(("small", f"{w['seller']} {rng.choice(TRANSFER_SELLERS)}"))
    rows.append(("pair", w["sub"], m(subtotal)))
    rows.append(("pair", w["ship"], m(ship) if ship else "0,00 €" if m.money.after else "€ 0,00"))
    if coupon:
        rows.append(("pair", w["coupon"], m(coupon, "-")))
    rows.append(("pair", rng.choice(w["total"]), m(total)))
    rows.append(("small", f"{w['vat'].format(rate=rate)} {m(round(total * rate / (100 + rate)))}"))
    rows.append(("pair", w["way_label"], w["way"]))
    rows.append(("rule",))
    ref = rng.choice([digits(rng, 12), "RF" + digits(rng, 2) + digits(rng, 10), oid])
    txn = oid
    dated = ordered
    by = ordered + dt.timedelta(days=rng.choice([7, 10, 14]))
    if state == "pending":
        wrap(rows, w["please"].format(sum=m(total), by=stamp(by, "%d.%m.%Y" if country == "DE" else
                                                                  "%d-%m-%Y" if country == "NL" else "%d/%m/%Y")), 64)
        rows.append(("pair", w["holder"], holder))
        iban_cc = {"DE": "DE", "NL": "NL", "FR": "FR"}[country]
        rows.append(("pair", "IBAN", f"{iban_cc}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} "
                                     f"{digits(rng, 4)} {digits(rng, 2)}"))
        rows.append(("pair", "BIC", code(rng, 4, CAPS) + iban_cc + code(rng, 2, ALNUM)))
        rows.append(("pair", "Bank", rng.choice(w["bank"])))
        rows.append(("pair", w["ref"], ref))
        txn = ref
    elif state == "success":
        dated = ordered + dt.timedelta(days=rng.randrange(1, 4))
        rows.append(("pair", w["received"], stamp(dated, pat, country)))
        if rng.random() < 0.6:
            rows.append(("pair", w["ref"], ref))
            txn = ref
    else:
        rows.append(("pair", w["deadline"], stamp(by, pat, country)))
    rows.append(("small", w["ship_note"]))
    rows.append(("small", f"{holder} · USt-IdNr. DE{digits(rng, 9)}" if country == "DE" else
                 f"{holder} · btw NL{digits(rng, 9)}B01" if country == "NL" else f"{holder} · TVA FR{digits(rng, 11)}"))
    truth = done(brand, total, "EUR", txn, dated, "netbanking", state)
    return rows, truth, dict(EMAIL)


# ---------------------------------------------------------------- 12 a payment summary with store credit

CREDIT_SHOPS = {"Myntra": ("IN", ["Myntra Credit", "Myntra Gift Card"]), "Tata CLiQ": ("IN", ["CLiQ Cash"]),
                "Nykaa": ("IN", ["Nykaa Gift Card"]), "Flipkart": ("IN", ["Flipkart Gift Card", "SuperCoins"]),
                "AJIO": ("IN", ["AJIO Gift Card"]), "Amazon.co.uk": ("UK", ["Gift Card balance applied"]),
                "eBay": ("UK", ["eBay gift card"]), "Etsy": ("UK", ["Etsy gift card"])}


def store_credit_split(rng: random.Random, font: str):
    """An order's payment summary where a gift card, store credit or reward coins cover part (Myntra, Tata CLiQ,
    Nykaa, Flipkart, AJIO in rupees; Amazon.co.uk, eBay and Etsy in pounds): the shop on top, the order number and
    date, the bill (MRP, discount on it, a coupon, platform and shipping fees, the total amount), the credit used with
    a masked gift card number, the rest paid by UPI, a card, net banking, PayPal or cash on delivery under its own
    label, the way paid, a payment ID on a share, the savings and a payment outcome on a share."""
    brand = rng.choice(list(CREDIT_SHOPS))
    country, credits = CREDIT_SHOPS[brand]
    m = Purse(rng, country, font, p_whole=0.6)
    whole = m.whole
    person = rng.choice(IN_PEOPLE if country == "IN" else UK_PEOPLE)
    ordered = day(rng)
    pat = rng.choice(IN_APP if country == "IN" else UK_PAT)
    if country == "IN":
        mrp = rupees(rng, 1499, 7999)
        sell = round(mrp * rng.uniform(0.45, 0.8) / 100) * 100
        coupon = pct(sell, 10, True) if rng.random() < 0.4 else 0
        fees = [("Platform Fee", rng.choice([1900, 2000]))] if brand in ("Myntra", "Nykaa", "Flipkart") else []
        shipping = 0 if sell > 49900 else 7900
        credit = rng.choice([20000, 50000, 75000, 100000, 15000])
    else:
        mrp = sell = cents(rng, 18, 150)
        coupon = 0
        fees = []
        shipping = rng.choice([0, 299, 399])
        credit = rng.choice([1000, 1500, 2000, 2500])
    total = sell - coupon + shipping + sum(v for _, v in fees)
    credit = min(credit, total - (20000 if country == "IN" else 500))
    if whole:
        credit -= credit % 100
    rest = total - credit
    credit_word = rng.choice(credits)
    kind_roll = rng.random()
    last = digits(rng, 4)
    if country == "IN":
        if kind_roll < 0.35:
            method, way, paid_label = "UPI", rng.choice(["UPI", "PhonePe UPI", f"UPI ({upi_id(rng, person)})"]), \
                rng.choice(["Paid via UPI", "Amount Paid", "Balance paid by UPI"])
        elif kind_roll < 0.6:
            method, way = "card", f"{rng.choice(IN_BANKS)} Credit Card •••• {last}"
            paid_label = rng.choice(["Paid by card", "Amount Paid", "Charged to card"])
        elif kind_roll < 0.75:
            method, way, paid_label = "netbanking", f"Net Banking - {rng.choice(IN_BANKS)}", rng.choice(
                ["Paid via Net Banking", "Amount Paid"])
        else:
            method, way, paid_label = "cash", rng.choice(["Cash on Delivery", "Pay on Delivery"]), rng.choice(
                ["To pay on delivery", "Pay on delivery", "Amount payable"])
    elif kind_roll < 0.65:
        method, way = "card", f"{rng.choice(['Visa', 'Mastercard'])} ending in {last}"
        paid_label = rng.choice(["Grand Total:", "Charged to card", "Amount paid"])
    else:
        method, way, paid_label = "wallet", "PayPal", rng.choice(["Paid with PayPal", "Amount paid"])
    rows: list[tuple] = [bar(rng, "UK"), ("title", brand), ("center", rng.choice(["Payment summary", "Payment details",
                                                                                   "Payment information"]))]
    oid = order_number(rng, brand) if country == "IN" else {
        "Amazon.co.uk": lambda: f"{rng.choice(['202', '203', '204', '205', '026'])}-{digits(rng, 7)}-{digits(rng, 7)}",
        "eBay": lambda: f"{rng.randrange(10, 28)}-{digits(rng, 5)}-{digits(rng, 5)}",
        "Etsy": lambda: digits(rng, 10)}[brand]()
    rows.append(("pair", rng.choice(["Order ID", "Order No.", "Order number"]), oid))
    dated = None
    if shown(rng, 0.15):
        dated = ordered
        rows.append(("pair", rng.choice(["Order date", "Ordered on", "Placed on"]), stamp(ordered, pat, country)))
    rows.append(("rule",))
    if country == "IN":
        rows.append(("pair", "Total MRP", m(mrp)))
        rows.append(("pair", "Discount on MRP", m(mrp - sell, "-")))
        if coupon:
            rows.append(("pair", "Coupon Discount", m(coupon, "-")))
        for label, value in fees:
            rows.append(("pair", label, m(value)))
        rows.append(("pair", "Shipping Fee", m(shipping) if shipping else "FREE"))
    else:
        rows.append(("pair", "Item(s) Subtotal:" if brand == "Amazon.co.uk" else "Item subtotal", m(sell)))
        rows.append(("pair", "Postage & Packing:" if brand == "Amazon.co.uk" else "Postage", m(shipping) if shipping
                     else "Free"))
    rows.append(("pair", rng.choice(["Total Amount", "Order Total", "Total"]), m(total)))
    rows.append(("rule",))
    if credit_word == "SuperCoins":
        rows.append(("pair", f"SuperCoins used ({credit // 100})", m(credit, "-")))
    elif "Gift Card" in credit_word or "gift card" in credit_word:
        rows.append(("pair", f"{credit_word} ••{digits(rng, 4)}" if "applied" not in credit_word else credit_word,
                     m(credit, "-")))
    else:
        rows.append(("pair", f"{credit_word} used", m(credit, "-")))
    rows.append(("pair", paid_label, m(rest)))
    if shown(rng, 0.15) or paid_label.endswith(":"):
        rows.append(("pair", rng.choice(["Payment method", "Paid using", "Payment mode"]), way))
    elif not any(word in paid_label for word in ("UPI", "card", "Net Banking", "PayPal", "delivery")):
        method = None
    status = None
    if method != "cash" and rng.random() < 0.35:
        status = "success"
        rows.append(("center", rng.choice(["Payment successful", "Payment Successful"])))
    elif method == "cash" and rng.random() < 0.4:
        status = "pending"
        rows.append(("center", "Payment pending"))
    txn = oid
    if method not in ("cash",) and rng.random() < 0.4:
        if method == "UPI":
            txn = digits(rng, 12)
            rows.append(("pair", rng.choice(["UPI Ref No.", "UTR"]), txn))
        elif method == "wallet":
            txn = caps_id(rng, 17)
            rows.append(("pair", "PayPal transaction ID", txn))
        else:
            txn = rng.choice([razorpay_id(rng), digits(rng, 12)]) if country == "IN" else caps_id(rng, 12)
            rows.append(("pair", rng.choice(["Transaction ID", "Payment ID"]), txn))
    if country == "IN" and mrp > sell:
        rows.append(("small", f"You saved {m(mrp - sell + coupon)} on this order"))
    rows.append(("small", rng.choice(["Gift card balance left: " + m(rng.choice([0, 5000, 12000])),
                                      "Invoice will be available after delivery", "Need help?"])))
    truth = done(brand, rest, m.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows)

"""The twelve heldout85 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: everyday payments in the Gulf (the UAE, Saudi
Arabia, Qatar, Oman, Bahrain) and Southeast Asia (Singapore, Malaysia, Thailand, the Philippines, Indonesia,
Vietnam), printed in English: a hypermarket's till roll, a ride-hailing trip receipt, a food delivery order, a
mobile recharge, a QR payment screen, a pharmacy's till roll, a toll tag or parking wallet top-up, a government
service's e-receipt, a school's fee receipt, a laundry's or tailor's slip, a petrol station's slip and an exchange
house's remittance receipt. ``Cur`` prints a page's currency, chosen once (dinars with three decimals, rupiah and
dong without decimals and with dots, ฿ only in faces that hold it); ``truth_fields`` states the fields exactly as
the page prints them (``None`` where a field is not printed).
"""

from __future__ import annotations

import datetime as dt
import random
from functools import cache

from PIL import ImageFont

from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE
from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout83_families import ALNUM, BANDS, bar, masked, when_text

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 20}
DARK = {"screen": True, "paper": (18, 20, 26), "ink": (235, 235, 240), "accent": (120, 220, 160),
        "label_ink": (150, 155, 170), "width": 560, "size": 20}
WEB = {"screen": True, "paper": (246, 247, 250), "ink": (30, 32, 40), "accent": (0, 95, 120), "width": 760,
       "size": 17}
ROLL = {"paper": (251, 250, 245), "width": 500, "size": 17}
SHEET = {"paper": (255, 255, 255), "width": 760, "size": 17}

# ---------------------------------------------------------------- values

COUNTRY = {
    # code, marks, decimals, per US dollar, VAT/GST/SST label and rate (None: no VAT), a city
    "AE": ("AED", ["AED", "AED", "Dhs", "Dhs."], 2, 3.67, ("VAT", 5), ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain"]),
    "SA": ("SAR", ["SAR", "SR", "SAR"], 2, 3.75, ("VAT", 15), ["Riyadh", "Jeddah", "Dammam", "Khobar"]),
    "QA": ("QAR", ["QAR", "QR"], 2, 3.64, None, ["Doha", "Al Wakrah", "Lusail"]),
    "OM": ("OMR", ["OMR", "RO", "R.O."], 3, 0.385, ("VAT", 5), ["Muscat", "Seeb", "Sohar", "Salalah"]),
    "BH": ("BHD", ["BHD", "BD"], 3, 0.376, ("VAT", 10), ["Manama", "Muharraq", "Riffa"]),
    "SG": ("SGD", ["S$", "SGD", "$"], 2, 1.35, ("GST", 9), ["Singapore"]),
    "MY": ("MYR", ["RM", "RM", "MYR"], 2, 4.7, ("SST", 6), ["Kuala Lumpur", "Petaling Jaya", "Penang", "Johor Bahru"]),
    "TH": ("THB", ["฿", "THB", "THB"], 2, 36.0, ("VAT", 7), ["Bangkok", "Chiang Mai", "Phuket"]),
    "PH": ("PHP", ["₱", "PHP", "Php"], 2, 57.0, ("VAT", 12), ["Makati", "Quezon City", "Cebu City", "Pasig"]),
    "ID": ("IDR", ["Rp", "Rp", "IDR"], 0, 16000.0, ("PPN", 11), ["Jakarta", "Surabaya", "Bandung", "Denpasar"]),
    "VN": ("VND", ["₫", "VND", "đ"], 0, 25000.0, ("VAT", 8), ["Ho Chi Minh City", "Hanoi", "Da Nang"]),
}
DIAL = {"AE": "971", "SA": "966", "QA": "974", "OM": "968", "BH": "973", "SG": "65", "MY": "60", "TH": "66",
        "PH": "63", "ID": "62", "VN": "84"}
GULF = ["AE", "SA", "QA", "OM", "BH"]
SEA = ["SG", "MY", "TH", "PH", "ID", "VN"]
PATTERNS = ["%d/%m/%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} {mon} %Y", "%d %b %Y", "%d-{mon}-%Y",
            "{d} {month} %Y", "%d/%m/%y", "%Y-%m-%d", "{dow}, {d} {mon} %Y"]
PEOPLE = {
    "AE": ["Ahmed Al Mansoori", "Priya Nair", "Mohammed Rafiq", "Fatima Al Hashimi", "John Mathew", "Sara Khan"],
    "SA": ["Abdullah Al Qahtani", "Faisal Al Harbi", "Nora Al Otaibi", "Imran Siddiqui", "Khalid Al Ghamdi"],
    "QA": ["Hamad Al Kuwari", "Aisha Al Thani", "Rahul Menon", "Maria Santos", "Yousef Al Marri"],
    "OM": ["Said Al Busaidi", "Muna Al Balushi", "Anil Kumar", "Salim Al Harthy", "Reem Al Lawati"],
    "BH": ["Ali Al Khalifa", "Maryam Hasan", "Joseph D'Souza", "Hussain Ebrahim", "Noor Al Sayed"],
    "SG": ["Tan Wei Ming", "Nur Aisyah Binte Rahman", "Rajesh Pillai", "Lim Hui Min", "Daniel Ong"],
    "MY": ["Ahmad Faizal bin Ismail", "Siti Nurhaliza", "Lee Chong Wei", "Kavitha Subramaniam", "Tan Mei Ling"],
    "TH": ["Somchai Prasert", "Nattaya Suksawat", "Kittipong Wongsa", "Pimchanok Rattana", "Anan Chaiyo"],
    "PH": ["Juan dela Cruz", "Maria Clara Reyes", "Jose Santos", "Angelica Bautista", "Mark Villanueva"],
    "ID": ["Budi Santoso", "Siti Rahayu", "Agus Wijaya", "Dewi Lestari", "Rizky Pratama"],
    "VN": ["Nguyen Van An", "Tran Thi Mai", "Le Hoang Nam", "Pham Thu Trang", "Vo Minh Khoa"],
}


@cache
def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` draws ``char`` (its mask differs from the face's missing-glyph box)."""
    face = ImageFont.truetype(f"{FONT_DIR}/{font}", 24)
    return bytes(face.getmask(char)) != bytes(face.getmask("\U0010fffd"))


class Cur:
    """A page's currency: its code, one mark chosen once (฿, ₱, ₫ only where the face draws them), the mark's
    place, three decimals for dinars and none for rupiah and dong (grouped with dots, or commas on a share)."""

    def __init__(self, rng: random.Random, country: str, font: str):
        self.ccy, marks, self.dec, self.rate, self.tax, _ = COUNTRY[country]
        marks = [m for m in marks if len(m) > 1 or m.isascii() or has_glyph(font, m)] or [self.ccy]
        self.mark = rng.choice(marks)
        self.after = self.mark in ("₫", "đ") or (self.mark in ("VND", "THB", "AED", "QAR") and rng.random() < 0.4)
        self.sep = "." if self.dec == 0 and (self.ccy == "IDR" or rng.random() < 0.6) else ","
        self.gap = "" if self.mark in ("$", "S$", "₱", "฿", "RM") and rng.random() < 0.7 else " "

    def q(self) -> float:
        return {"IDR": 100.0, "VND": 1000.0}.get(self.ccy, 0.01)

    def rnd(self, value: float) -> float:
        step = self.q()
        return round(round(value / step) * step, 2)

    def of(self, rng: random.Random, low: float, high: float) -> float:
        """A sum worth ``low`` to ``high`` US dollars in this currency."""
        return self.rnd(rng.uniform(low, high) * self.rate)

    def bare(self, value: float) -> str:
        if self.dec == 0:
            return f"{round(value):,}".replace(",", self.sep)
        return f"{value:,.{self.dec}f}"

    def __call__(self, value: float, sign: str = "") -> str:
        if self.after:
            return f"{sign}{self.bare(value)}{'' if self.mark in ('₫', 'đ') else ' '}{self.mark}"
        return f"{sign}{self.mark}{self.gap}{self.bare(value)}"


def when(date: dt.date, pat: str, upper: bool = False) -> str:
    return when_text(date, pat, None, upper)


def hhmm(rng: random.Random, twelve: bool = False, seconds: bool = False) -> str:
    h, m, s = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    if twelve:
        return f"{(h - 1) % 12 + 1:02d}:{m:02d}{f':{s:02d}' if seconds else ''} {'PM' if h >= 12 else 'AM'}"
    return f"{h:02d}:{m:02d}" + (f":{s:02d}" if seconds else "")


def done(name, total, ccy, txn, dated, method, status) -> dict:
    return truth_fields(name, round(total, 2), ccy, txn, dated, method, status)


def say(rng: random.Random, p_said: float, words: dict[str, list[str]], p_fail: float = 0.15,
        p_wait: float = 0.1) -> tuple[str | None, str | None]:
    """On a share of pages an outcome in the family's words: (status, text), else (None, None)."""
    if rng.random() >= p_said:
        return None, None
    roll = rng.random()
    status = "failed" if roll < p_fail else "pending" if roll < p_fail + p_wait else "success"
    return status, rng.choice(words[status])


def screen(rng: random.Random, base: dict, rows: list[tuple], p_dark: float = 0.2, p_band: float = 0.4) -> dict:
    """A screen's style: dark, a coloured band behind the top (gaps keep every row after the title below the
    band, so none is drawn half in it), or plain."""
    roll = rng.random()
    if roll < p_dark:
        return dict(DARK, width=base["width"], size=base["size"])
    if roll < p_dark + p_band:
        line = int(base["size"] * 1.55)
        top = next(i for i, row in enumerate(rows) if row[0] == "title") + 1
        used = sum(int(line * SCALE.get(row[0], 1.0)) for row in rows[:top])
        while used < line * 2.6:
            rows.insert(top, ("gap",))
            used += line
        return dict(base, band=rng.choice(BANDS), band_ink=(255, 255, 255))
    return dict(base)


def items_and_tax(rng: random.Random, cur: Cur, names: list[str], k: int, low: float, high: float,
                  inclusive: bool) -> tuple[list[tuple[str, int, float]], float, float, float]:
    """Lines (name, qty, line price), the subtotal, the tax and the total (tax added, or included in the lines)."""
    lines = []
    for name in rng.sample(names, k):
        qty = rng.choice([1, 1, 1, 2, 3])
        lines.append((name, qty, cur.rnd(cur.of(rng, low, high) * qty)))
    sub = round(sum(price for _, _, price in lines), 2)
    rate = cur.tax[1] if cur.tax else 0
    if inclusive:
        tax = cur.rnd(sub * rate / (100 + rate))
        return lines, sub, tax, sub
    tax = cur.rnd(sub * rate / 100)
    return lines, sub, tax, round(sub + tax, 2)


def tax_label(cur: Cur, inclusive: bool) -> str:
    name, rate = cur.tax
    return f"{name} {rate}% {'incl.' if inclusive else ''}".strip() if rate else name


# ---------------------------------------------------------------- 1 a hypermarket's till roll

HYPER = {
    "AE": ["CARREFOUR", "LULU HYPERMARKET", "UNION COOP", "SPINNEYS"], "SA": ["PANDA", "CARREFOUR", "LULU"],
    "QA": ["LULU HYPERMARKET", "CARREFOUR", "AL MEERA"], "OM": ["LULU HYPERMARKET", "CARREFOUR"],
    "BH": ["LULU HYPERMARKET", "CARREFOUR", "AL JAZIRA"], "SG": ["GIANT", "FAIRPRICE XTRA", "SHENG SIONG"],
    "MY": ["GIANT", "LOTUS'S", "AEON BIG", "MYDIN"], "TH": ["TOPS", "BIG C", "LOTUS'S"],
    "PH": ["SM HYPERMARKET", "ROBINSONS SUPERMARKET", "PUREGOLD"], "ID": ["TRANSMART", "HYPERMART", "LOTTE MART"],
    "VN": ["CO.OPMART", "WINMART", "GO! HYPERMARKET"],
}
GROCERY = ["BASMATI RICE 5KG", "FRESH MILK 2L", "EGGS 30S", "CHICKEN BREAST", "TOMATO LOOSE", "ONION RED",
           "COOKING OIL 1.8L", "TEA BAGS 100S", "LABAN UP 1L", "BREAD WHITE", "DISH LIQUID", "TISSUE 10X",
           "BANANA", "MINERAL WATER 12X", "INSTANT NOODLES 5S", "SUGAR 2KG", "YOGHURT 1KG", "APPLES RED"]
LOYALTY = {"AE": ["SHARE ID", "LULU HAPPINESS"], "SA": ["PANDA CARD"], "QA": ["LULU HAPPINESS"], "OM": ["SHARE ID"],
           "BH": ["LULU HAPPINESS"], "SG": ["LINKPOINTS", "MEMBER NO"], "MY": ["MEMBER CARD", "BIG POINTS"],
           "TH": ["THE 1 MEMBER", "CLUBCARD"], "PH": ["SM ADVANTAGE", "PERKS CARD"], "ID": ["MEMBER"],
           "VN": ["MEMBER CARD"]}


def hypermarket_till(rng: random.Random, font: str):
    """A hypermarket's till roll: the chain in capitals on top, a branch, a TRN / GST Reg / TIN line, lines of
    groceries, a subtotal, the tax added or included, a Malaysian or Singaporean rounding on cash, the TOTAL, the
    tender (cash with change, or a card with its approval code and APPROVED on a share), loyalty points earned and
    the balance (a member's number), the till's own bill number and the date-and-time line."""
    country = rng.choice(GULF + SEA)
    cur = Cur(rng, country, font)
    name = rng.choice(HYPER[country])
    city = rng.choice(COUNTRY[country][5])
    inclusive = country in ("SG", "TH", "PH", "ID", "VN", "MY") or rng.random() < 0.4
    lines, sub, tax, total = items_and_tax(rng, cur, GROCERY, rng.randint(4, 7), 0.8, 9.0, inclusive)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    rows: list[tuple] = [("title", name), ("center", f"{rng.choice(['BRANCH', 'STORE'])} {city.upper()}")]
    if cur.tax:
        reg = {"VAT": "TRN", "GST": "GST REG NO", "SST": "SST NO", "PPN": "NPWP"}[cur.tax[0]]
        rows.append(("center", f"{reg}: {digits(rng, 15 if reg in ('TRN', 'NPWP') else 10)}"))
    rows.append(("center", rng.choice(["TAX INVOICE", "SIMPLIFIED TAX INVOICE", "RECEIPT", "OFFICIAL RECEIPT"])))
    rows.append(("rule",))
    bill_label = rng.choice(["BILL NO", "RECEIPT NO", "TRANS NO", "INV NO"])
    bill = digits(rng, rng.choice([6, 8, 10]))
    rows.append(("pair", f"POS {rng.randrange(1, 40):02d}  CASHIER {rng.randrange(100, 999)}", ""))
    rows.append(("pair", bill_label, bill))
    rows.append(("left", f"{when(dated, pat, upper=True)}  {hhmm(rng, seconds=True)}"))
    rows.append(("rule",))
    for item, qty, price in lines:
        rows.append(("pair", f"{item}" + (f" x{qty}" if qty > 1 else ""), cur.bare(price)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["SUBTOTAL", "SUB TOTAL"]), cur.bare(sub)))
    if cur.tax and not inclusive:
        rows.append(("pair", tax_label(cur, False), cur.bare(tax)))
    cash = rng.random() < 0.4
    pay = total
    if cash and country in ("MY", "SG") and rng.random() < 0.6:
        pay = round(round(total * 20) / 20, 2)
        if pay != total:
            rows.append(("pair", "ROUNDING ADJ", f"{pay - total:+.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL DUE", "NET TOTAL", "TOTAL AMOUNT"]), cur(pay)))
    txn, method, status = bill, "cash" if cash else "card", None
    if cash:
        given = cur.rnd(pay + rng.choice([0, 1, 5, 10]) * cur.rate)
        rows.append(("pair", "CASH", cur.bare(max(given, pay))))
        rows.append(("pair", "CHANGE", cur.bare(round(max(given, pay) - pay, 2))))
    else:
        scheme = rng.choice(["VISA", "MASTERCARD", "MADA" if country == "SA" else "NETS" if country == "SG"
                             else "DEBIT", "AMEX"])
        rows.append(("pair", scheme, cur.bare(pay)))
        rows.append(("pair", "CARD NO", masked(rng, "x")[1]))
        if shown(rng, 0.25):
            txn = code(rng, 6, "0123456789" + "ABCDEF" * (rng.random() < 0.3))
            rows.append(("pair", rng.choice(["APPR CODE", "AUTH CODE", "APPROVAL"]), txn))
        if rng.random() < 0.6:
            status = "success"
            rows.append(("center", rng.choice(["APPROVED", "** APPROVED **", "TRANSACTION APPROVED"])))
    if cur.tax and inclusive:
        rows.append(("pair", f"{tax_label(cur, True)}", cur.bare(tax)))
    rows.append(("rule",))
    if shown(rng, 0.3):
        rows.append(("pair", rng.choice(LOYALTY[country]), "*" * 6 + digits(rng, 4)))
        rows.append(("pair", "POINTS EARNED", str(rng.randrange(5, 300))))
        rows.append(("pair", "POINTS BALANCE", f"{rng.randrange(300, 20000):,}"))
    rows.append(("center", f"ITEMS: {sum(q for _, q, _ in lines)}"))
    rows.append(("center", rng.choice(["THANK YOU FOR SHOPPING", "THANK YOU, PLEASE COME AGAIN",
                                       "EXCHANGE WITHIN 7 DAYS WITH RECEIPT"])))
    return rows, done(name, pay, cur.ccy, txn, dated, method, status), dict(ROLL)


# ---------------------------------------------------------------- 2 a ride-hailing trip receipt

RIDE = {"Careem": GULF, "Uber": ["AE", "SA", "QA"], "Grab": ["SG", "MY", "TH", "PH", "VN", "ID"],
        "Gojek": ["ID", "SG", "VN"], "inDrive": ["PH", "MY"]}
WALLET = {"Careem": "Careem Pay", "Uber": "Uber Cash", "Grab": "GrabPay Wallet", "Gojek": "GoPay",
          "inDrive": "Cash"}


def ride_receipt(rng: random.Random, font: str):
    """A ride-hailing receipt e-mail or screen: the app on top, a thanks to the rider, the trip's fare lines (base
    fare, distance and time, a Salik toll or tolls, a booking or platform fee, a promo off), the Total, the way
    paid, the captain or driver with a plate, pickup and drop-off with times, the trip's date and a booking ID."""
    brand = rng.choice(list(RIDE))
    country = rng.choice(RIDE[brand])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    rider = rng.choice(PEOPLE[country]).split()[0]
    base, dist, mins = cur.of(rng, 1, 3), cur.of(rng, 2, 14), cur.of(rng, 0.5, 4)
    parts = [("Base fare", base), (f"Distance ({rng.randrange(3, 40)}.{rng.randrange(10)} km)", dist),
             (f"Time ({rng.randrange(8, 60)} min)", mins)]
    if country == "AE" and rng.random() < 0.5:
        parts.append(("Salik toll", cur.rnd(4.0 * rng.choice([1, 2]))))
    elif rng.random() < 0.3:
        parts.append(("Tolls", cur.of(rng, 0.5, 3)))
    if rng.random() < 0.6:
        parts.append((rng.choice(["Booking fee", "Platform fee", "Service fee"]), cur.of(rng, 0.2, 1)))
    total = round(sum(v for _, v in parts), 2)
    promo = cur.rnd(total * 0.2) if rng.random() < 0.3 else 0.0
    total = round(total - promo, 2)
    rows: list[tuple] = [bar(rng, "UK")] if rng.random() < 0.5 else []
    rows += [("title", brand), ("center", rng.choice([f"Thanks for riding, {rider}", f"Hope you enjoyed your ride, "
                                                      f"{rider}!", "Your trip receipt"]))]
    rows.append(("big", cur(total)))
    rows.append(("center", when(dated, pat) + " " * 2 + hhmm(rng, twelve=rng.random() < 0.5)))
    rows.append(("rule",))
    for label, value in parts:
        rows.append(("pair", label, cur(value)))
    if promo:
        rows.append(("pair", rng.choice(["Promo", "Discount", "Voucher"]), cur(promo, "-")))
    rows.append(("pair", rng.choice(["Total", "Total fare", "Total paid", "You paid"]), cur(total)))
    rows.append(("rule",))
    roll = rng.random()
    if not shown(rng, 0.15):
        method = None
    elif roll < 0.4:
        method = "card"
        rows.append(("pair", rng.choice(["Paid by", "Payment method", "Charged to"]),
                     f"{rng.choice(['Visa', 'Mastercard'])} {masked(rng, rng.choice(['dots', 'short']))[1]}"))
    elif roll < 0.7 and WALLET[brand] != "Cash":
        method = "wallet"
        rows.append(("pair", rng.choice(["Paid by", "Payment method", "Paid with"]), WALLET[brand]))
    else:
        method = "cash"
        rows.append(("pair", rng.choice(["Paid by", "Payment method"]), "Cash"))
    status, said = say(rng, 0.3, {"success": ["Payment successful", "Paid"],
                                  "failed": ["Payment failed - please update your payment method"],
                                  "pending": ["Payment pending"]}, p_wait=0.05)
    if said:
        rows.append(("pair", "Payment status", said) if rng.random() < 0.5 else ("center", said))
    driver = rng.choice(PEOPLE[country])
    plate = (f"{rng.choice(['Dubai', 'AD', 'SHJ'])} {rng.choice('ABCDEFGHIJK')} {digits(rng, 5)}" if country == "AE"
             else f"{code(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(rng, 4)}")
    rows.append(("pair", rng.choice(["Captain", "Driver", "Your driver"]), driver))
    rows.append(("pair", "Vehicle", f"{rng.choice(['Toyota Camry', 'Nissan Sunny', 'Honda City', 'Toyota Vios'])}"
                                    f" {plate}"))
    rows.append(("left", f"Pickup {hhmm(rng)}  {rng.choice(['Mall', 'Tower', 'Station', 'Residence'])} "
                         f"{rng.choice(COUNTRY[country][5])}"))
    rows.append(("left", f"Drop-off {hhmm(rng)}  {rng.choice(['Airport T1', 'Hospital', 'Office Park', 'Hotel'])}"))
    txn = None
    if shown(rng, 0.1):
        txn = {"Grab": "A-" + code(rng, 12, ALNUM), "Careem": digits(rng, 9), "Uber": code(rng, 8, ALNUM),
               "Gojek": "RB-" + digits(rng, 12), "inDrive": digits(rng, 10)}[brand]
        rows.append(("pair", rng.choice(["Booking ID", "Trip ID", "Ride ID", "Order ID"]), txn))
    rows.append(("small", f"{brand} {rng.choice(['Technologies', 'Networks', 'Ride Services'])} - "
                          f"{rng.choice(['Support in app', 'Help centre in app'])}"))
    truth = done(brand, total, cur.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows)


# ---------------------------------------------------------------- 3 a food delivery order

FOOD = {"talabat": ["AE", "QA", "OM", "BH"], "HungerStation": ["SA"], "Jahez": ["SA"], "Deliveroo": ["AE", "QA",
        "SG"], "foodpanda": ["SG", "MY", "TH", "PH"], "GrabFood": ["SG", "MY", "TH", "PH", "VN", "ID"],
        "GoFood": ["ID"], "ShopeeFood": ["VN", "MY"]}
DISHES = ["Chicken Shawarma Plate", "Mandi Lamb", "Nasi Lemak Ayam", "Pad Thai", "Chicken Adobo Rice",
          "Nasi Goreng Spesial", "Pho Bo", "Hainanese Chicken Rice", "Zinger Burger Meal", "Falafel Wrap",
          "Iced Milk Tea", "Fresh Lime Soda", "Margherita Pizza", "Beef Rendang", "Laksa"]
SHOPS = ["Al Reef Bakery", "Operation Falafel", "Mama's Kitchen", "Jollibee", "Kedai Kopi 88", "Ayam Penyet Ria",
         "Thai Orchid", "Saigon Corner", "Shawarma Station", "Burger Lab"]


def food_delivery(rng: random.Random, font: str):
    """A food delivery app's order details: the platform on top, the restaurant and its dishes, a subtotal, a
    delivery fee, a service or small-order fee, a voucher off, the tax where charged, a rider tip, the Total, the
    way paid (a card, the platform's wallet, cash on delivery), the order ID, the order's date and a delivery
    address with the customer's name and phone; a payment outcome on a share."""
    brand = rng.choice(list(FOOD))
    country = rng.choice(FOOD[brand])
    cur = Cur(rng, country, font)
    lines, sub, tax, _ = items_and_tax(rng, cur, DISHES, rng.randint(2, 4), 3, 14, True)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    fees = [("Delivery fee", cur.of(rng, 0.5, 3))]
    if rng.random() < 0.6:
        fees.append((rng.choice(["Service fee", "Platform fee", "Small order fee"]), cur.of(rng, 0.2, 1.2)))
    voucher = cur.rnd(sub * rng.choice([0.1, 0.15, 0.2])) if rng.random() < 0.35 else 0.0
    tip = cur.of(rng, 0.5, 2) if rng.random() < 0.3 else 0.0
    total = round(sub + sum(v for _, v in fees) - voucher + tip, 2)
    rows: list[tuple] = [bar(rng, "UK"), ("title", brand), ("center", rng.choice(["Order details", "Your order",
                                                                                   "Receipt"]))]
    status, said = say(rng, 0.45, {"success": ["Payment successful", "Paid", "Payment confirmed"],
                                   "failed": ["Payment failed - order cancelled", "Payment unsuccessful"],
                                   "pending": ["Payment pending", "Awaiting payment confirmation"]})
    if said and rng.random() < 0.5:
        rows.append(("center", said))
        said = None
    rows.append(("left", rng.choice(SHOPS)))
    txn = None
    if shown(rng, 0.1):
        txn = rng.choice([digits(rng, 10), f"{rng.randrange(100, 999)}-{digits(rng, 6)}", code(rng, 10, ALNUM)])
        rows.append(("pair", rng.choice(["Order ID", "Order #", "Order no."]), txn))
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Order date", "Ordered on", "Placed on"]),
                     f"{when(dated, pat)}, {hhmm(rng, twelve=rng.random() < 0.5)}"))
    else:
        dated = None
    rows.append(("rule",))
    for dish, qty, price in lines:
        rows.append(("pair", f"{qty} x {dish}", cur(price)))
    rows.append(("rule",))
    rows.append(("pair", "Subtotal", cur(sub)))
    for label, value in fees:
        rows.append(("pair", label, cur(value)))
    if voucher:
        rows.append(("pair", rng.choice(["Voucher", "Discount", "Pro discount"]), cur(voucher, "-")))
    if tip:
        rows.append(("pair", "Rider tip", cur(tip)))
    rows.append(("pair", rng.choice(["Total", "Total (incl. VAT)" if cur.tax and country in GULF else "Total paid",
                                     "Grand total"]), cur(total)))
    if cur.tax and rng.random() < 0.6:
        rows.append(("small", f"Prices include {cur.tax[0]} {cur.tax[1]}%"))
    roll = rng.random()
    method = None
    if shown(rng, 0.1):
        if roll < 0.45:
            method, way = "card", f"{rng.choice(['Visa', 'Mastercard'])} {masked(rng, 'dots')[1]}"
        elif roll < 0.7:
            method, way = "wallet", {"talabat": "talabat pay", "GrabFood": "GrabPay", "GoFood": "GoPay",
                                     "ShopeeFood": "ShopeePay", "foodpanda": "pandapay"}.get(brand, "Apple Pay")
        else:
            method, way = "cash", rng.choice(["Cash on delivery", "Cash"])
        rows.append(("pair", rng.choice(["Paid with", "Payment method", "Payment"]), way))
    if said:
        rows.append(("pair", "Payment status", said))
    rows.append(("rule",))
    rows.append(("left", "Delivered to"))
    rows.append(("left", f"{rng.choice(PEOPLE[country])}, {rng.choice(['Flat', 'Unit', 'Villa'])} "
                         f"{rng.randrange(1, 2400)}"))
    rows.append(("left", f"Phone +{DIAL[country]} {digits(rng, 8)}"))
    truth = done(brand, total, cur.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows)


# ---------------------------------------------------------------- 4 a mobile recharge or bill payment

TELCO = {"du": ["AE"], "e&": ["AE"], "STC": ["SA", "BH"], "Mobily": ["SA"], "Ooredoo": ["QA", "OM"],
         "Omantel": ["OM"], "Batelco": ["BH"], "Singtel": ["SG"], "Maxis": ["MY"], "CelcomDigi": ["MY"],
         "AIS": ["TH"], "Globe": ["PH"], "Smart": ["PH"], "Telkomsel": ["ID"], "Viettel": ["VN"]}


def mobile_recharge(rng: random.Random, font: str):
    """An operator's web page after a prepaid recharge or a postpaid bill payment: the operator on top, the mobile
    or account number, the plan or bill, the amount, a VAT line on a share, the way paid, a transaction ID or a
    reference, the date and time, the new balance or the bill's remaining amount, and an outcome on most."""
    brand = rng.choice(list(TELCO))
    country = rng.choice(TELCO[brand])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    postpaid = rng.random() < 0.4
    amount = cur.rnd(cur.of(rng, 5, 60))
    rows: list[tuple] = [("title", brand), ("center", "Bill payment receipt" if postpaid else
                                            rng.choice(["Recharge receipt", "Top-up confirmation", "Reload receipt"]))]
    words = ({"success": ["Payment successful", "Your payment was successful", "Bill paid"],
              "failed": ["Payment failed", "Transaction unsuccessful"], "pending": ["Payment processing"]}
             if postpaid else
             {"success": ["Recharge successful", "Payment successful", "Top-up successful"],
              "failed": ["Recharge failed", "Payment failed", "Transaction unsuccessful"],
              "pending": ["Payment processing", "Recharge pending"]})
    status, said = say(rng, 0.8, words, p_fail=0.2, p_wait=0.15)
    if said and rng.random() < 0.6:
        rows.append(("big", said))
        said = None
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Mobile number", "Service number"] + ["Recharged number"] * (not postpaid)),
                 f"0{digits(rng, 9)}"))
    if postpaid:
        rows.append(("pair", rng.choice(["Account number", "Account no."]), digits(rng, 10)))
        rows.append(("pair", "Bill amount due", cur(cur.rnd(amount * rng.uniform(1.0, 1.6)))))
    else:
        rows.append(("pair", "Plan", rng.choice(["Prepaid credit", "Data 10GB / 30 days", "Flexi 25",
                                                 "Visitor line top-up"])))
    inc = cur.tax and rng.random() < 0.5
    if inc:
        rows.append(("pair", f"{cur.tax[0]} ({cur.tax[1]}%) included", cur(cur.rnd(amount * cur.tax[1]
                                                                                   / (100 + cur.tax[1])))))
    rows.append(("pair", rng.choice(["Amount paid", "Amount", "Total paid", "Recharge amount"]), cur(amount)))
    method = None
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.55:
            method, way = "card", f"{rng.choice(['Visa', 'Mastercard'])} {masked(rng, 'stars')[1][-8:]}"
        elif roll < 0.75:
            method, way = "wallet", rng.choice(["Apple Pay", "GCash" if country == "PH" else "Google Pay"])
        else:
            method, way = "netbanking", rng.choice(["FPX online banking" if country == "MY" else "Online banking",
                                                    "Internet banking"])
        rows.append(("pair", rng.choice(["Paid by", "Payment method", "Paid via"]), way))
    txn = None
    if shown(rng, 0.1):
        txn = rng.choice([digits(rng, 12), code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 9)])
        rows.append(("pair", rng.choice(["Transaction ID", "Reference no.", "Transaction reference", "Receipt no."]),
                     txn))
    rows.append(("pair", rng.choice(["Date", "Date & time", "Payment date", "Transaction date"]),
                 f"{when(dated, pat)} {hhmm(rng, seconds=True)}"))
    if said:
        rows.append(("pair", "Status", said))
    rows.append(("rule",))
    if not postpaid and status == "success":
        rows.append(("pair", "New balance", cur(cur.rnd(amount + cur.of(rng, 0, 10)))))
        rows.append(("pair", "Valid until", when(dated + dt.timedelta(days=rng.choice([30, 60, 90])), pat)))
    rows.append(("small", f"Logged in as {rng.choice(PEOPLE[country])}"))
    truth = done(brand, amount, cur.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, WEB, rows)


# ---------------------------------------------------------------- 5 a QR payment screen

QR = {  # app, scheme, countries, the way it pays
    "DBS digibank": ("PayNow", ["SG"], "netbanking"), "OCBC": ("PayNow", ["SG"], "netbanking"),
    "Maybank2u": ("DuitNow QR", ["MY"], "netbanking"), "Touch 'n Go eWallet": ("DuitNow QR", ["MY"], "wallet"),
    "K PLUS": ("PromptPay", ["TH"], "netbanking"), "SCB EASY": ("PromptPay", ["TH"], "netbanking"),
    "GoPay": ("QRIS", ["ID"], "wallet"), "DANA": ("QRIS", ["ID"], "wallet"), "BCA mobile": ("QRIS", ["ID"],
    "netbanking"), "GCash": ("QR Ph", ["PH"], "wallet"), "Maya": ("QR Ph", ["PH"], "wallet"),
    "MoMo": ("VietQR", ["VN"], "wallet"),
}
STALLS = {"SG": ["Ah Seng Kopitiam", "Toast Box", "Ya Kun Kaya Toast", "Chatime"],
          "MY": ["Restoran Nasi Kandar Pelita", "Mee Rebus Hj Wahid", "Kedai Kopi 88"],
          "TH": ["Som Tam Jay So", "Pa Tong Go Savoey", "Kuay Teow Reua Siam"],
          "ID": ["Kopi Kenangan", "Warung Bu Tini", "Bakso Pak Min"],
          "PH": ["Aling Nena's Sari-Sari Store", "Mang Inasal", "Kanto Freestyle Breakfast"],
          "VN": ["Banh Mi Huynh Hoa", "Pho Thin", "Com Tam Ba Ghien"]}


def qr_payment(rng: random.Random, font: str):
    """A bank or wallet app's screen after paying a shop's QR code (PayNow, DuitNow QR, PromptPay, QRIS, QR Ph,
    VietQR): the app on top, an outcome on most, the large sum, the shop under Paid to / To / Merchant, the
    payer's masked account or wallet and its balance after, a reference, the date and time, and the scheme's name."""
    app = rng.choice(list(QR))
    scheme, countries, method = QR[app]
    country = countries[0]
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    amount = cur.of(rng, 1.5, 40)
    shop = rng.choice(STALLS[country])
    rows: list[tuple] = [bar(rng, "UK"), ("title", app)]
    status, said = say(rng, 0.85, {"success": ["Payment Successful", "Successful", "Transfer successful", "Paid"],
                                   "failed": ["Payment Failed", "Transaction unsuccessful"],
                                   "pending": ["Payment Pending", "Processing"]}, p_fail=0.15, p_wait=0.15)
    if said:
        rows.append(("center", said))
    rows.append(("big", cur(amount)))
    rows.append(("pair", rng.choice(["Paid to", "To", "Merchant"]), shop))
    rows.append(("pair", rng.choice(["Via", "Payment type", "Channel"]), scheme))
    payer = rng.choice(PEOPLE[country])
    if method == "netbanking":
        rows.append(("pair", rng.choice(["From", "From account", "Debited from"]),
                     f"{rng.choice(['Savings', 'Current'])} ***{digits(rng, 4)}"))
    else:
        rows.append(("pair", rng.choice(["From", "Paid from"]), f"{app} {rng.choice(['balance', 'Wallet'])}"))
    rows.append(("pair", "Account holder", payer))
    txn = None
    if shown(rng, 0.1):
        txn = rng.choice([digits(rng, 12), digits(rng, 16), code(rng, 4, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 12)])
        rows.append(("pair", rng.choice(["Reference No.", "Ref No.", "Transaction ID", "Transaction No."]), txn))
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Date", "Date & time", "Transaction date"]),
                     f"{when(dated, pat)} {hhmm(rng, twelve=rng.random() < 0.5)}"))
    else:
        dated = None
    if status == "success" and rng.random() < 0.5:
        rows.append(("pair", rng.choice(["Available balance", "Balance"]), cur(cur.of(rng, 20, 900))))
    if rng.random() < 0.4:
        rows.append(("pair", "Merchant ID", digits(rng, 15)))
    rows.append(("small", rng.choice(["Screenshot this page as proof of payment", "Share receipt", "Done"])))
    truth = done(shop, amount, cur.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows, p_dark=0.3)


# ---------------------------------------------------------------- 6 a pharmacy's till roll

PHARMA = {"AE": ["ASTER PHARMACY", "LIFE PHARMACY", "BOOTS"], "SA": ["NAHDI PHARMACY", "AL-DAWAA PHARMACY"],
          "QA": ["WELLCARE PHARMACY"], "OM": ["MUSCAT PHARMACY"], "BH": ["NASEEM PHARMACY"],
          "SG": ["GUARDIAN", "WATSONS", "UNITY"], "MY": ["GUARDIAN", "WATSONS", "CARING PHARMACY"],
          "TH": ["WATSONS", "BOOTS", "FASCINO"], "PH": ["MERCURY DRUG", "WATSONS", "SOUTHSTAR DRUG"],
          "ID": ["KIMIA FARMA", "GUARDIAN"], "VN": ["PHARMACITY", "LONG CHAU"]}
MEDS = ["PARACETAMOL 500MG 24S", "VITAMIN C 1000MG", "COUGH SYRUP 100ML", "ANTISEPTIC 250ML", "PLASTERS 20S",
        "SUNBLOCK SPF50", "ORS SACHETS 10S", "LORATADINE 10MG", "FACE MASK 50S", "THERMOMETER DIGITAL",
        "OMEPRAZOLE 20MG", "BABY WIPES 80S", "MULTIVITAMIN 30S"]


def pharmacy_till(rng: random.Random, font: str):
    """A pharmacy's till roll: the chain on top, a branch and its licence or tax number, the pharmacist, a
    patient's or member's name on a share, medicines and care items (an Rx number), a Philippine senior citizen's
    discount or a member price off, the tax, the TOTAL, the tender (cash, a card with its approval code, a wallet)
    and points; a sales invoice number and a date."""
    country = rng.choice(GULF + SEA)
    cur = Cur(rng, country, font)
    name = rng.choice(PHARMA[country])
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    inclusive = country not in ("AE", "SA", "OM", "BH") or rng.random() < 0.5
    lines, sub, tax, total = items_and_tax(rng, cur, MEDS, rng.randint(2, 5), 1.5, 14, inclusive)
    rows: list[tuple] = [("title", name), ("center", rng.choice(COUNTRY[country][5]).upper())]
    rows.append(("center", f"{rng.choice(['DHA LIC', 'MOH LIC'] if country == 'AE' else ['MOH LIC', 'LIC NO'] if country in GULF else ['FDA LTO'] if country == 'PH' else ['LIC NO', 'PERMIT NO'])} {digits(rng, 7)}"))
    if country == "PH":
        rows.append(("center", f"VAT REG TIN {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-000"))
    inv_label = rng.choice(["SALES INVOICE NO", "INVOICE NO", "RECEIPT #", "SI NO"])
    inv = digits(rng, rng.choice([7, 9]))
    rows.append(("pair", inv_label, inv))
    twelve = rng.random() < 0.4
    rows.append(("pair", rng.choice(["DATE", "DATE/TIME"]), f"{when(dated, pat, upper=True)} {hhmm(rng, twelve)}"))
    rows.append(("pair", "PHARMACIST", rng.choice(PEOPLE[country]).split()[0].upper()))
    if rng.random() < 0.4:
        rows.append(("pair", "PATIENT", rng.choice(PEOPLE[country]).upper()))
        rows.append(("pair", "RX NO", digits(rng, 8)))
    rows.append(("rule",))
    for item, qty, price in lines:
        rows.append(("left", item))
        rows.append(("pair", f"  {qty} @ {cur.bare(round(price / qty, 2))}", cur.bare(price)))
    rows.append(("rule",))
    rows.append(("pair", "SUBTOTAL", cur.bare(sub)))
    off = 0.0
    if country == "PH" and rng.random() < 0.4:
        off = cur.rnd(sub * 0.2)
        rows.append(("pair", "SC/PWD DISC 20%", f"-{cur.bare(off)}"))
        rows.append(("pair", "SC ID NO", digits(rng, 8)))
    elif rng.random() < 0.3:
        off = cur.rnd(sub * 0.1)
        rows.append(("pair", "MEMBER PRICE SAVINGS", f"-{cur.bare(off)}"))
    if cur.tax and not inclusive:
        rows.append(("pair", tax_label(cur, False), cur.bare(tax)))
    total = round(total - off, 2)
    rows.append(("pair", rng.choice(["TOTAL", "AMOUNT DUE", "TOTAL AMOUNT"]), cur(total)))
    roll = rng.random()
    txn, status = inv, None
    if roll < 0.4:
        method = "cash"
        given = cur.rnd(total + cur.of(rng, 0, 8))
        rows.append(("pair", "CASH", cur.bare(given)))
        rows.append(("pair", "CHANGE", cur.bare(round(given - total, 2))))
    elif roll < 0.85:
        method = "card"
        rows.append(("pair", rng.choice(["VISA", "MASTERCARD", "CREDIT CARD"]), cur.bare(total)))
        rows.append(("pair", "CARD", masked(rng, "stars")[1]))
        if shown(rng, 0.3):
            txn = digits(rng, 6)
            rows.append(("pair", rng.choice(["APPR CODE", "AUTH NO"]), txn))
        if rng.random() < 0.4:
            status = "success"
            rows.append(("center", "APPROVED"))
    else:
        method = "wallet"
        rows.append(("pair", {"PH": "GCASH", "MY": "TNG EWALLET", "TH": "TRUEMONEY", "ID": "OVO",
                              "VN": "MOMO"}.get(country, "APPLE PAY"), cur.bare(total)))
    if cur.tax and inclusive:
        rows.append(("pair", "VATABLE SALES" if country == "PH" else f"AMT EXCL {cur.tax[0]}",
                     cur.bare(round(total - cur.rnd(total * cur.tax[1] / (100 + cur.tax[1])), 2))))
        rows.append(("pair", f"{cur.tax[0]} AMOUNT", cur.bare(cur.rnd(total * cur.tax[1] / (100 + cur.tax[1])))))
    if rng.random() < 0.5:
        rows.append(("pair", rng.choice(["POINTS EARNED", "CLUB POINTS"]), str(rng.randrange(2, 120))))
    rows.append(("center", rng.choice(["GET WELL SOON", "MEDICINES SOLD ARE NOT RETURNABLE", "THANK YOU"])))
    return rows, done(name, total, cur.ccy, txn, dated, method, status), dict(ROLL)


# ---------------------------------------------------------------- 7 a toll tag or parking wallet top-up

TOLL = {"Salik": ("AE", "Salik account"), "Darb": ("AE", "Darb account"), "RTA Parking": ("AE", "mParking wallet"),
        "Touch 'n Go": ("MY", "Card no."), "EZ-Link": ("SG", "CAN ID"), "Autosweep RFID": ("PH", "RFID account"),
        "Easytrip": ("PH", "Account no."), "Easy Pass": ("TH", "Easy Pass no."), "e-Toll Mandiri": ("ID",
        "Card no."), "Mawgif": ("AE", "Account no.")}


def toll_topup(rng: random.Random, font: str):
    """A toll tag's, parking wallet's or transit card's top-up receipt screen: the operator on top, an outcome on
    most, the account or tag number and the plate, the top-up amount, a service fee on a share (the total with
    it), the way paid, a transaction number, the date and time, the previous and the new balance."""
    brand = rng.choice(list(TOLL))
    country, acct_label = TOLL[brand]
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    amount = cur.rnd(rng.choice([50, 100, 200, 20, 30]) * (1 if country == "AE" else cur.rate / 5))
    fee = cur.of(rng, 0.1, 0.5) if rng.random() < 0.3 else 0.0
    total = round(amount + fee, 2)
    rows: list[tuple] = [bar(rng, "UK"), ("title", brand), ("center", rng.choice(["Top-up receipt", "Recharge",
                                                                                  "Reload"]))]
    status, said = say(rng, 0.75, {"success": ["Top-up successful", "Recharge successful", "Success"],
                                   "failed": ["Top-up failed", "Transaction declined"],
                                   "pending": ["Top-up pending", "Processing - balance will update shortly"]},
                       p_fail=0.2, p_wait=0.15)
    if said:
        rows.append(("center", said))
    rows.append(("big", cur(total)))
    rows.append(("pair", acct_label, digits(rng, rng.choice([8, 10, 16]))))
    if brand not in ("EZ-Link", "Touch 'n Go", "e-Toll Mandiri"):
        rows.append(("pair", "Plate", f"{rng.choice(['Dubai', 'AD', 'NAA', 'ABC', 'B'])} {digits(rng, 4)}"))
    rows.append(("pair", "Top-up amount", cur(amount)))
    if fee:
        rows.append(("pair", rng.choice(["Service fee", "Convenience fee"]), cur(fee)))
        rows.append(("pair", rng.choice(["Total paid", "Total"]), cur(total)))
    method = None
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.55:
            method, way = "card", f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}"
        elif roll < 0.8:
            method, way = "netbanking", {"MY": "FPX", "TH": "Mobile banking", "SG": "Internet banking"}.get(
                country, "Online banking")
        else:
            method, way = "wallet", {"PH": "GCash", "ID": "DANA", "MY": "GrabPay"}.get(country, "Apple Pay")
        rows.append(("pair", rng.choice(["Paid by", "Payment method", "Paid via"]), way))
    txn = None
    if shown(rng, 0.1):
        txn = rng.choice([digits(rng, 10), digits(rng, 14), "TU" + digits(rng, 10)])
        rows.append(("pair", rng.choice(["Transaction no.", "Transaction ID", "Reference number"]), txn))
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Date", "Top-up date", "Transaction date"]),
                     f"{when(dated, pat)} {hhmm(rng)}"))
    else:
        dated = None
    before = cur.of(rng, 0, 6)
    rows.append(("pair", "Previous balance", cur(before)))
    if status != "failed":
        rows.append(("pair", "New balance" if status == "success" else "Expected balance",
                     cur(round(before + amount, 2))))
    truth = done(brand, total, cur.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, SCREEN, rows)


# ---------------------------------------------------------------- 8 a government service's e-receipt

GOV = {
    "AE": [("Dubai Police", "Traffic fine payment"), ("General Directorate of Residency and Foreigners Affairs",
           "Residence visa renewal"), ("Dubai Municipality", "Building permit fee")],
    "SA": [("Ministry of Interior - Absher", "Iqama renewal fee"), ("Traffic Department", "Traffic violation")],
    "QA": [("Ministry of Interior - Metrash", "Traffic violation payment")],
    "OM": [("Royal Oman Police", "Vehicle registration renewal")],
    "SG": [("Land Transport Authority", "Road tax renewal"), ("Immigration & Checkpoints Authority",
           "Passport application fee")],
    "MY": [("Jabatan Pengangkutan Jalan (JPJ)", "Road tax renewal"), ("Polis Diraja Malaysia", "Saman payment")],
    "PH": [("Land Transportation Office", "Driver's licence renewal"), ("Bureau of Immigration",
           "ACR I-Card fee")],
    "TH": [("Department of Land Transport", "Annual vehicle tax")],
}


def gov_fee(rng: random.Random, font: str):
    """A government service's payment e-receipt as a web page: the authority on top, the service, the applicant or
    vehicle owner, an ID, a plate and a fine's own number and offence day, fee lines (a service fee, a knowledge
    and innovation fee in the UAE, a penalty), the total paid, the way paid, a receipt or transaction number, the
    payment date and a validity date; an outcome on a share."""
    country = rng.choice(list(GOV))
    authority, service = rng.choice(GOV[country])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    fees = [(rng.choice(["Service fee", "Fee", "Fine amount" if "fine" in service.lower() or "iolation" in service
                         or "Saman" in service else "Application fee"]), cur.rnd(cur.of(rng, 10, 300)))]
    if country == "AE":
        fees.append(("Knowledge fee", 10.0))
        fees.append(("Innovation fee", 10.0))
    elif rng.random() < 0.4:
        fees.append((rng.choice(["Processing fee", "Convenience fee", "Late penalty"]), cur.of(rng, 1, 15)))
    total = round(sum(v for _, v in fees), 2)
    rows: list[tuple] = [("title", authority), ("center", rng.choice(["e-Receipt", "Payment receipt",
                                                                     "Official receipt"]))]
    rows.append(("rule",))
    rows.append(("pair", "Service", service))
    person = rng.choice(PEOPLE[country])
    rows.append(("pair", rng.choice(["Applicant", "Name", "Vehicle owner"]), person))
    id_label = {"AE": "Emirates ID", "SA": "Iqama no.", "QA": "QID", "OM": "Civil ID", "SG": "NRIC/FIN",
                "MY": "MyKad no.", "PH": "CRN", "TH": "ID card no."}[country]
    rows.append(("pair", id_label, "784-" + digits(rng, 4) + "-" + digits(rng, 7) + "-" + digits(rng, 1)
                 if country == "AE" else digits(rng, 12)))
    if "ehicle" in service or "oad tax" in service or "iolation" in service or "fine" in service or "Saman" in \
            service:
        rows.append(("pair", rng.choice(["Plate no.", "Vehicle no."]), f"{code(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} "
                                                                         f"{digits(rng, 4)}"))
    if "iolation" in service or "fine" in service or "Saman" in service:
        rows.append(("pair", rng.choice(["Fine no.", "Ticket no.", "Violation no."]), digits(rng, 9)))
        rows.append(("pair", rng.choice(["Violation date", "Offence date"]),
                     when(dated - dt.timedelta(days=rng.randrange(5, 90)), pat)))
    rows.append(("rule",))
    for label, value in fees:
        rows.append(("pair", label, cur(value)))
    rows.append(("pair", rng.choice(["Total amount paid", "Total paid", "Amount paid", "Total"]), cur(total)))
    method = None
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.5:
            method, way = "card", f"{rng.choice(['Visa', 'Mastercard', 'Credit card'])} {masked(rng, 'x')[1]}"
        elif roll < 0.8:
            method, way = "netbanking", {"SA": "SADAD", "MY": "FPX", "SG": "eNETS Debit", "TH": "Internet banking"
                                         }.get(country, "Online banking")
        else:
            method, way = "wallet", {"PH": "GCash", "TH": "TrueMoney Wallet"}.get(country, "Apple Pay")
        rows.append(("pair", rng.choice(["Payment method", "Paid by", "Mode of payment"]), way))
    txn = rng.choice([digits(rng, 12), code(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 10)])
    rows.append(("pair", rng.choice(["Receipt no.", "Transaction no.", "Payment reference", "e-Receipt no."]), txn))
    rows.append(("pair", rng.choice(["Payment date", "Date of payment", "Paid on", "Date"]),
                 f"{when(dated, pat)}  {hhmm(rng)}"))
    status, said = say(rng, 0.5, {"success": ["Paid", "Payment successful", "Success"],
                                  "failed": ["Payment failed"], "pending": ["Pending confirmation"]},
                       p_fail=0.1, p_wait=0.1)
    if said:
        rows.append(("pair", rng.choice(["Status", "Payment status"]), said))
    if "enewal" in service or "tax" in service:
        rows.append(("pair", rng.choice(["Valid until", "Expiry date"]), when(dated + dt.timedelta(days=365), pat)))
    rows.append(("small", "This is a computer-generated receipt and needs no signature."))
    truth = done(authority, total, cur.ccy, txn, dated, method, status)
    return rows, truth, screen(rng, WEB, rows, p_dark=0.0)


# ---------------------------------------------------------------- 9 a school's fee receipt

SCHOOLS = {"AE": ["Al Noor International School", "Emirates Pearl Academy"], "SA": ["Riyadh Gateway School"],
           "QA": ["Doha Crescent School"], "OM": ["Muscat Heights School"], "BH": ["Manama Bayview School"],
           "SG": ["Sunrise Kindergarten", "Bukit Timah Learning Centre"], "MY": ["Sekolah Sri Cempaka Hijau"],
           "TH": ["Sukhumvit Bilingual School"], "PH": ["St. Joseph Academy of Pasig"],
           "ID": ["Sekolah Cahaya Bangsa"], "VN": ["Saigon Star Bilingual School"]}


def school_fee(rng: random.Random, font: str):
    """A school's fee receipt on a printed sheet: the school on top, its licence, the receipt number, the student,
    grade and student ID, the parent who paid, the term and fee lines (tuition, transport, books, canteen card),
    the amount received, the balance for the year and a due date, the mode (cash, card, bank transfer, a cheque with
    its number and date) and the cashier; a PAID line on a share."""
    country = rng.choice(list(SCHOOLS))
    school = rng.choice(SCHOOLS[country])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    fees = [("Tuition fee", cur.of(rng, 300, 3000))]
    for label in rng.sample(["Transport fee", "Books & uniform", "Canteen card top-up", "Activity fee"],
                            rng.randint(0, 2)):
        fees.append((label, cur.of(rng, 20, 300)))
    total = round(sum(v for _, v in fees), 2)
    rows: list[tuple] = [("title", school), ("center", f"{rng.choice(COUNTRY[country][5])}  -  "
                                                       f"{rng.choice(['KHDA', 'MOE'] if country == 'AE' else ['MOE', 'Licence'])} "
                                                       f"No. {digits(rng, 6)}"),
                         ("center", rng.choice(["FEE RECEIPT", "Official Receipt", "RECEIPT"])), ("rule",)]
    receipt = f"{rng.choice(['FR', 'RC', 'OR'])}-{digits(rng, 6)}"
    rows.append(("pair", rng.choice(["Receipt No.", "Receipt #", "OR No."]), receipt))
    rows.append(("pair", rng.choice(["Date", "Receipt date", "Date received"]), when(dated, pat)))
    rows.append(("pair", "Student", rng.choice(PEOPLE[country])))
    rows.append(("pair", rng.choice(["Grade", "Class", "Year"]), f"{rng.randrange(1, 12)}{rng.choice('ABCD')}"))
    rows.append(("pair", rng.choice(["Student ID", "Admission No."]), digits(rng, 7)))
    rows.append(("pair", rng.choice(["Received from", "Parent"]), rng.choice(PEOPLE[country])))
    rows.append(("pair", "Academic year", f"{dated.year}-{str(dated.year + 1)[2:]}  Term {rng.randrange(1, 4)}"))
    rows.append(("rule",))
    for label, value in fees:
        rows.append(("pair", label, cur(value)))
    rows.append(("pair", rng.choice(["Amount received", "Total paid", "Total amount paid"]), cur(total)))
    rows.append(("pair", "Balance for the year", cur(cur.of(rng, 0, 4000))))
    rows.append(("pair", "Next instalment due", when(dated + dt.timedelta(days=rng.randrange(60, 120)), pat)))
    roll = rng.random()
    txn = receipt
    if not shown(rng, 0.15):
        method = None
    elif roll < 0.3:
        method = "cash"
        rows.append(("pair", rng.choice(["Mode of payment", "Payment mode"]), "Cash"))
    elif roll < 0.55:
        method = "card"
        rows.append(("pair", rng.choice(["Mode of payment", "Payment mode"]), f"Card {masked(rng, 'x')[1][-9:]}"))
        if rng.random() < 0.5:
            txn = digits(rng, 6)
            rows.append(("pair", "Auth code", txn))
    elif roll < 0.8:
        method = "netbanking"
        rows.append(("pair", rng.choice(["Mode of payment", "Payment mode"]), "Bank transfer"))
        rows.append(("pair", "Bank", rng.choice(["Emirates NBD", "Al Rajhi Bank", "DBS", "Maybank", "BDO",
                                                  "Bangkok Bank"])))
    else:
        method = None
        rows.append(("pair", rng.choice(["Mode of payment", "Payment mode"]), "Cheque"))
        rows.append(("pair", "Cheque no.", digits(rng, 6)))
        rows.append(("pair", "Cheque date", when(dated + dt.timedelta(days=rng.randrange(0, 30)), pat)))
    status = None
    if rng.random() < 0.35:
        status = "success"
        rows.append(("center", rng.choice(["PAID", "PAID - THANK YOU", "Payment received with thanks"])))
    rows.append(("left", f"Cashier: {rng.choice(PEOPLE[country]).split()[0]}"))
    rows.append(("small", "Fees once paid are not refundable."))
    return rows, done(school, total, cur.ccy, txn, dated, method, status), dict(SHEET)


# ---------------------------------------------------------------- 10 a laundry's or tailor's slip

LAUNDRY = {"AE": ["CHAMPION CLEANERS", "AL NADHEEF LAUNDRY", "ROYAL GENTS TAILORING"],
           "QA": ["AL SADD LAUNDRY", "DOHA FASHION TAILORS"], "OM": ["AL KHUWAIR LAUNDRY", "MUTTRAH TAILORS"],
           "BH": ["ADLIYA LAUNDRY", "GUDAIBIYA TAILORS"], "SA": ["AL OLAYA LAUNDRY"],
           "SG": ["PRESTO DRYCLEANERS", "TIONG BAHRU LAUNDROMAT"], "MY": ["DOBI EXPRESS SS2", "KEDAI JAHIT ANIS"],
           "PH": ["WASH & FOLD LAUNDRY HUB"], "TH": ["SOI 11 LAUNDRY"]}
CLOTHES = ["SHIRT WASH & PRESS", "TROUSER DRY CLEAN", "KANDURA WASH & PRESS", "ABAYA DRY CLEAN", "BEDSHEET WASH",
           "SUIT 2PC DRY CLEAN", "GHUTRA STARCH", "WASH & FOLD (KG)", "KANDURA STITCHING", "TROUSER ALTERATION",
           "CURTAIN DRY CLEAN", "BLOUSE STITCHING"]


def laundry_slip(rng: random.Random, font: str):
    """A laundry's or tailor's slip: the shop on top, its trade licence or TRN, the slip number, the customer's name
    and mobile, the day handed in and the day to collect, the pieces with their rates, an express charge, the tax,
    the total, the advance paid now and the balance on collection on a share (then the advance is the amount), the
    way paid and a PAID stamp on a share."""
    country = rng.choice(list(LAUNDRY))
    shop = rng.choice(LAUNDRY[country])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    lines, sub, tax, total = items_and_tax(rng, cur, CLOTHES, rng.randint(2, 5), 0.8, 6,
                                           inclusive=country not in ("AE", "OM", "BH", "SA"))
    express = cur.rnd(sub * 0.5) if rng.random() < 0.3 else 0.0
    if express:
        tax2 = cur.rnd(express * cur.tax[1] / 100) if cur.tax and country in ("AE", "OM", "BH", "SA") else 0.0
        total, tax = round(total + express + tax2, 2), round(tax + tax2, 2)
    rows: list[tuple] = [("title", shop), ("center", f"{rng.choice(['Trade Licence', 'Licence No', 'Reg No'])} "
                                                     f"{digits(rng, 6)}")]
    if country in ("AE", "OM", "BH", "SA") and shown(rng, 0.3):
        rows.append(("center", f"TRN {digits(rng, 15)}"))
    slip = str(rng.randrange(1000, 99999))
    rows.append(("pair", rng.choice(["SLIP NO", "BILL NO", "INVOICE NO"]), slip))
    rows.append(("pair", rng.choice(["DATE", "RECEIVED ON", "DATE IN"]), when(dated, pat, upper=True)))
    rows.append(("pair", rng.choice(["DELIVERY DATE", "READY ON", "COLLECT ON"]),
                 when(dated + dt.timedelta(days=rng.randrange(1, 6)), pat, upper=True)))
    rows.append(("pair", "CUSTOMER", rng.choice(PEOPLE[country]).upper()))
    rows.append(("pair", "MOBILE", f"0{digits(rng, 9)}"))
    rows.append(("rule",))
    for item, qty, price in lines:
        rows.append(("pair", f"{qty} {item}", cur.bare(price)))
    if express:
        rows.append(("pair", "EXPRESS 50%", cur.bare(express)))
    rows.append(("rule",))
    if cur.tax and country in ("AE", "OM", "BH", "SA"):
        rows.append(("pair", "GROSS", cur.bare(round(total - tax, 2))))
        rows.append(("pair", tax_label(cur, False), cur.bare(tax)))
    rows.append(("pair", rng.choice(["TOTAL", "NET AMOUNT", "TOTAL AMOUNT"]), cur(total)))
    paid = total
    advance = rng.random() < 0.3
    if advance:
        paid = cur.rnd(total * rng.choice([0.3, 0.5]))
        rows.append(("pair", rng.choice(["ADVANCE", "ADVANCE PAID", "PAID NOW"]), cur(paid)))
        rows.append(("pair", rng.choice(["BALANCE", "BALANCE ON DELIVERY"]), cur(round(total - paid, 2))))
    method = None
    if shown(rng, 0.25):
        method = rng.choice(["cash", "cash", "card"])
        rows.append(("pair", rng.choice(["PAID BY", "MODE"]), "CASH" if method == "cash" else "CARD"))
    status = None
    if not advance and rng.random() < 0.35:
        status = "success"
        rows.append(("center", rng.choice(["** PAID **", "PAID", "PAID WITH THANKS"])))
    rows.append(("small", "NOT RESPONSIBLE FOR ITEMS LEFT OVER 30 DAYS"))
    return rows, done(shop, paid, cur.ccy, slip, dated, method, status), dict(ROLL)


# ---------------------------------------------------------------- 11 a petrol station's slip

FUEL = {"AE": ["ADNOC", "ENOC", "EMARAT"], "SA": ["ALDREES", "SASCO", "NAFT"], "QA": ["WOQOD"], "OM": ["OQ", "SHELL",
        "AL MAHA"], "BH": ["BAPCO"], "SG": ["SHELL", "SPC", "ESSO"], "MY": ["PETRONAS", "SHELL", "PETRON"],
        "TH": ["PTT STATION", "BANGCHAK"], "PH": ["PETRON", "SHELL", "CALTEX"], "ID": ["PERTAMINA"],
        "VN": ["PETROLIMEX"]}
GRADES = {"AE": ["SPECIAL 95", "SUPER 98", "E-PLUS 91", "DIESEL"], "SG": ["RON 95", "RON 98", "DIESEL"],
          "MY": ["RON95", "RON97", "DIESEL B10"], "TH": ["GASOHOL 95", "DIESEL B7"], "PH": ["XCS", "BLAZE 100",
          "DIESEL MAX"], "ID": ["PERTALITE", "PERTAMAX", "DEXLITE"], "VN": ["RON 95-III", "E5 RON 92"]}


def petrol_slip(rng: random.Random, font: str):
    """A petrol station's slip: the brand on top and the station, the pump and grade, litres at a price per litre,
    the fuel amount with the tax in it or added, the TOTAL, the tender (a card with its approval code, cash, a
    fleet card on a share counted as a card), a loyalty card's points, the plate, an invoice number and the
    date-and-time line; APPROVED on a share of card slips."""
    country = rng.choice(GULF + SEA)
    brand = rng.choice(FUEL[country])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    grade = rng.choice(GRADES.get(country, ["SUPER 95", "SUPER 91", "DIESEL"]))
    per = {"AE": 2.9, "SA": 2.33, "QA": 2.0, "OM": 0.239, "BH": 0.22, "SG": 2.85, "MY": 2.05, "TH": 35.5,
           "PH": 62.4, "ID": 12500.0, "VN": 21500.0}[country]
    litres = round(rng.uniform(8, 60), 2)
    fuel = cur.rnd(litres * per)
    added = country in ("AE", "OM", "BH", "SA") and rng.random() < 0.4
    tax = cur.rnd(fuel * cur.tax[1] / 100) if cur.tax and added else 0.0
    total = round(fuel + tax, 2)
    rows: list[tuple] = [("title", brand), ("center", f"STATION {rng.randrange(100, 999)} "
                                                      f"{rng.choice(COUNTRY[country][5]).upper()}")]
    if cur.tax:
        rows.append(("center", f"{'TRN' if country in GULF else 'TAX ID'} {digits(rng, 15)}"))
    inv = digits(rng, rng.choice([6, 8, 12]))
    rows.append(("pair", rng.choice(["INVOICE NO", "RECEIPT NO", "TRANS NO"]), inv))
    rows.append(("left", f"{when(dated, pat, upper=True)}   {hhmm(rng, seconds=True)}"))
    rows.append(("rule",))
    rows.append(("pair", "PUMP", str(rng.randrange(1, 16))))
    rows.append(("pair", "PRODUCT", grade))
    rows.append(("pair", "VOLUME", f"{litres:.2f} L"))
    rows.append(("pair", "PRICE/L", f"{per:.3f}" if cur.dec != 0 else cur.bare(per)))
    rows.append(("pair", "FUEL AMOUNT" if added else "AMOUNT", cur.bare(fuel)))
    if added:
        rows.append(("pair", tax_label(cur, False), cur.bare(tax)))
    elif cur.tax and rng.random() < 0.6:
        rows.append(("pair", tax_label(cur, True), cur.bare(cur.rnd(total * cur.tax[1] / (100 + cur.tax[1])))))
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL AMOUNT", "NET AMOUNT"]), cur(total)))
    rows.append(("rule",))
    txn, status = inv, None
    if rng.random() < 0.35:
        method = "cash"
        rows.append(("pair", "TENDER", "CASH"))
    else:
        method = "card"
        rows.append(("pair", "TENDER", rng.choice(["VISA", "MASTERCARD", "DEBIT CARD", "FLEET CARD"])))
        rows.append(("pair", "CARD", masked(rng, "stars")[1]))
        if shown(rng, 0.3):
            txn = digits(rng, 6)
            rows.append(("pair", rng.choice(["AUTH CODE", "APPR CODE"]), txn))
        if rng.random() < 0.5:
            status = "success"
            rows.append(("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"])))
    if rng.random() < 0.5:
        rows.append(("pair", rng.choice(["ADNOC REWARDS" if brand == "ADNOC" else "LOYALTY CARD", "MESRA CARD"
                                         if brand == "PETRONAS" else "MEMBER CARD"]), "*" * 8 + digits(rng, 4)))
        rows.append(("pair", "POINTS EARNED", str(rng.randrange(5, 200))))
    if rng.random() < 0.5:
        rows.append(("pair", rng.choice(["PLATE", "VEHICLE NO"]), f"{code(rng, 1, 'ABCDEFGHJK')} {digits(rng, 5)}"))
    rows.append(("center", rng.choice(["THANK YOU - DRIVE SAFELY", "THANK YOU FOR FUELLING WITH US"])))
    return rows, done(brand, total, cur.ccy, txn, dated, method, status), dict(ROLL)


# ---------------------------------------------------------------- 12 an exchange house's remittance receipt

EXCHANGE = {"AE": ["Al Ansari Exchange", "LuLu Exchange", "Al Fardan Exchange", "Orient Exchange"],
            "SA": ["Enjaz", "Tahweel Al Rajhi"], "QA": ["Al Dar Exchange Works", "City Exchange"],
            "OM": ["Musandam Exchange", "Purshottam Kanji Exchange"], "BH": ["BFC", "Zenj Exchange"],
            "SG": ["Merchantrade Money SG"], "MY": ["Merchantrade", "Tranglo Remit Counter"]}
DEST = [("INR", "India", "State Bank of India"), ("PHP", "Philippines", "BDO Unibank"),
        ("PKR", "Pakistan", "Habib Bank Limited"), ("BDT", "Bangladesh", "Sonali Bank"),
        ("NPR", "Nepal", "Nabil Bank"), ("LKR", "Sri Lanka", "Bank of Ceylon"), ("EGP", "Egypt", "Banque Misr")]
FX = {"INR": 23.6, "PHP": 15.5, "PKR": 76.0, "BDT": 32.5, "NPR": 37.8, "LKR": 81.0, "EGP": 13.3}


def exchange_remit(rng: random.Random, font: str):
    """An exchange house's counter receipt for a transfer abroad: the exchange house on top with its licence, the
    transaction number, the date, the remitter (the payer) and the beneficiary, the beneficiary's bank and account,
    the sum sent in the foreign currency at a rate, the local amount, the commission and the VAT on it, the total
    paid by the remitter, the way paid (cash on most), the teller and an outcome on a share. The amount is the total
    paid in the local currency, the payee the exchange house (never the beneficiary)."""
    country = rng.choice(list(EXCHANGE))
    house = rng.choice(EXCHANGE[country])
    cur = Cur(rng, country, font)
    pat = rng.choice(PATTERNS)
    dated = day(rng)
    fccy, land, bank = rng.choice(DEST)
    local = cur.of(rng, 100, 2500)
    rate = round(FX[fccy] * 3.67 / cur.rate * rng.uniform(0.97, 1.03), 4)
    foreign = round(local * rate, 2)
    comm = cur.rnd(rng.choice([15, 20, 25, 18]) / 3.67 * cur.rate)
    vat = cur.rnd(comm * cur.tax[1] / 100) if cur.tax and country in GULF else 0.0
    total = round(local + comm + vat, 2)
    rows: list[tuple] = [("title", house), ("center", f"{rng.choice(['Licensed by the Central Bank', 'CB Licence'])}"
                                                      f" No. {digits(rng, 5)}")]
    if vat:
        rows.append(("center", f"TRN {digits(rng, 15)}"))
    rows.append(("center", rng.choice(["REMITTANCE RECEIPT", "Customer Copy - Telegraphic Transfer",
                                       "Money Transfer Receipt"])))
    rows.append(("rule",))
    txn = rng.choice([digits(rng, 12), f"{code(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 9)}"])
    rows.append(("pair", rng.choice(["Transaction No.", "TT Ref No.", "Reference No.", "Txn No."]), txn))
    rows.append(("pair", rng.choice(["Date", "Transaction date", "Date & time"]),
                 f"{when(dated, pat)} {hhmm(rng, twelve=rng.random() < 0.3)}"))
    rows.append(("pair", rng.choice(["Customer ID", "Cust. No."]), digits(rng, 8)))
    rows.append(("pair", rng.choice(["Remitter", "Sender"]), rng.choice(PEOPLE[country])))
    rows.append(("pair", rng.choice(["Beneficiary", "Receiver"]), rng.choice(PEOPLE["PH"] if fccy == "PHP" else
                                                                                  PEOPLE["AE"][1:3] + ["Ramesh Yadav",
                                                                                  "Shahid Hussain"])))
    rows.append(("pair", "Bank", f"{bank}, {land}"))
    rows.append(("pair", "Account no.", digits(rng, 12)))
    rows.append(("rule",))
    rows.append(("pair", "Amount sent", f"{fccy} {foreign:,.2f}"))
    rows.append(("pair", "Rate", f"1 {cur.ccy} = {rate:.4f} {fccy}"))
    rows.append(("pair", rng.choice(["Local amount", f"Amount in {cur.ccy}"]), cur(local)))
    rows.append(("pair", rng.choice(["Commission", "Charges", "Service charge"]), cur(comm)))
    if vat:
        rows.append(("pair", f"VAT {cur.tax[1]}% on commission", cur(vat)))
    rows.append(("pair", rng.choice(["Total paid", "Total amount", "Net payable", "Total collected"]), cur(total)))
    method = None
    if shown(rng, 0.2):
        method = "cash" if rng.random() < 0.75 else "card"
        rows.append(("pair", rng.choice(["Mode of payment", "Paid by", "Payment mode"]),
                     "Cash" if method == "cash" else f"Debit card {masked(rng, 'x')[1][-9:]}"))
    status, said = say(rng, 0.35, {"success": ["Paid", "Transaction successful"], "failed": [],
                                   "pending": []}, p_fail=0.0, p_wait=0.0)
    if said:
        rows.append(("pair", "Status", said))
    rows.append(("pair", "Purpose", rng.choice(["Family support", "Savings", "Education"])))
    rows.append(("left", f"Teller: {rng.choice(PEOPLE[country]).split()[0]}    Customer signature: ________"))
    rows.append(("small", "Please check the details; the company is not liable after you leave the counter."))
    return rows, done(house, total, cur.ccy, txn, dated, method, status), dict(SHEET)

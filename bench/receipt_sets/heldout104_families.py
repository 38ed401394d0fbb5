"""The twelve heldout104 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: Indian quick-commerce, food-delivery and
online-shopping orders with many sums: a food-delivery app's order details, a food order's e-mail, a 10-minute
grocery app's order summary (some paid part from the app's cash and part by UPI), a grocery chain's printed tax
invoice (prepaid or cash collected at the door), a marketplace's order confirmation e-mail (some cash on delivery,
some pay later), a marketplace's order details page in a browser (some part from the gift-card balance), a fashion
or beauty app's order (some part from the app's credit), an order tracker waiting for cash on delivery or paid at
the door, a cancelled order with its refund, an order with a refund for missing items, a pick-up-and-drop errand,
and a food order's tax invoice PDF with the restaurant's and the platform's parts.

Every page is a ``heldout97_families.Sheet`` of rows, each carrying the facts it prints (the payee, the day, an
id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from the rows.
Days that belong to another event (delivery by, delivered at, refund by, slot) carry no fact.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, utr, when
from bench.receipt_sets.heldout93_families import UPPER, WEB, look, tick
from bench.receipt_sets.heldout97_families import PATS, Sheet, paper, viewer

# the rank of an id's kind, as README "Receipt fields" orders the families (heldout97's ranks)
UPIREF, BANKREF, TXN, ORDER, BILL = 7, 5, 4, 2, 1
SAID = 3
INR = "INR"
PEOPLE = ["Aarav Mehta", "Ishita Banerjee", "Rohit Kulkarni", "Sana Shaikh", "Vivek Nair", "Meghna Saxena",
          "Karthik Iyer", "Pooja Deshmukh", "Nikhil Arora", "Ananya Reddy"]
AREAS = ["Koramangala, Bengaluru", "Indiranagar, Bengaluru", "Andheri West, Mumbai", "Powai, Mumbai",
         "Sector 29, Gurugram", "Salt Lake, Kolkata", "Banjara Hills, Hyderabad", "Kothrud, Pune",
         "Anna Nagar, Chennai", "Lajpat Nagar, New Delhi"]


# ---------------------------------------------------------------- shared pieces


TURNS: dict[str, int] = {}


def fresh() -> None:
    """Start every family's count again (``make_heldout104_set`` calls it before drawing)."""
    TURNS.clear()


def nth(family: str) -> int:
    """Which of its family's receipts this is (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


def purse(rng: random.Random, font: str) -> Rs:
    """How this page prints rupees (₹ only in faces that draw it; lakh or western grouping)."""
    return Rs(rng, font, marks=("₹", "₹", "₹", "Rs.", "Rs", "INR"), groupings=("indian", "indian", "western"))


def dated(rng: random.Random, d: dt.date, clock: bool = True) -> str:
    text = when(d, rng.choice(PATS[INR]))
    if clock:
        text += rng.choice([", ", " ", " at "]) + hhmm(rng, twelve=rng.random() < 0.8)
    return text


def email(rng: random.Random, accent: tuple) -> dict:
    """A mail client's reading pane (photographed off the display when degraded)."""
    return dict(WEB, width=rng.choice([600, 640, 680]), size=rng.choice([17, 18]), accent=accent)


def screen(rng: random.Random, accent: tuple) -> dict:
    return look(rng, accent, p_dark=0.15, p_soft=0.3, width=(520, 540, 560), size=(18, 19))


def browser(rng: random.Random, tab: str, url: str) -> dict:
    return dict(WEB, width=rng.choice([660, 700, 720]), size=rng.choice([17, 18]),
                h93={"frame": {"kind": "browser", "tab": tab, "url": url}})


def alnum(rng: random.Random, n: int) -> str:
    return code(rng, n, UPPER + "23456789")


def vpa(rng: random.Random, who: str) -> str:
    slug = "".join(ch for ch in who.lower() if ch.isalpha())[:10]
    return f"{slug}{rng.randrange(1, 99)}@{rng.choice(['okhdfcbank', 'oksbi', 'ybl', 'okaxis', 'paytm', 'ibl'])}"


def card_text(rng: random.Random) -> str:
    brand = rng.choice(["Visa", "Mastercard", "RuPay", "HDFC Bank Credit Card", "ICICI Debit Card"])
    last = digits(rng, 4)
    return rng.choice([f"{brand} **** {last}", f"{brand} ending {last}", f"{brand} xx{last}"])


def pay_id(rng: random.Random) -> str:
    return "pay_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))


def bill(p: Sheet, m: Rs, rows: list[tuple[str, float | None]]) -> float:
    """The bill's rows (label, value): a negative value is taken off, a zero prints FREE, None is not printed;
    returns the rows' sum."""
    total = 0.0
    for label, value in rows:
        if value is None:
            continue
        if abs(value) < 1e-9:
            p.add(("pair", label, "FREE"))
            continue
        p.add(("pair", label, m(-value, "-") if value < 0 else m(value)))
        total += value
    return round(total, 2)


def round_off(p: Sheet, m: Rs, total: float) -> float:
    """A Round off row taking the sum to whole rupees (none when it is whole already)."""
    whole = float(int(total + 0.5))
    diff = round(whole - total, 2)
    if abs(diff) >= 0.005:
        p.add(("pair", "Round off", m(abs(diff), "-" if diff < 0 else "")))
    return whole


def basket(rng: random.Random, catalogue: list[tuple[str, float]], low: int, high: int) -> list[tuple]:
    return [(name, rng.choice([1, 1, 1, 2, 2, 3]), price) for name, price in rng.sample(catalogue, rng.randint(low, high))]


def items(p: Sheet, m: Rs, chosen: list[tuple], times: str = " x ") -> float:
    total = 0.0
    for name, count, price in chosen:
        p.add(("pair", f"{count}{times}{name}", m(count * price)))
        total += count * price
    return round(total, 2)


def upi_way(rng: random.Random, p: Sheet, label: str, who: str, d: dt.date, ref: bool) -> None:
    """UPI under ``label`` (an app, a handle or the bare word), then on some pages its 12-digit reference."""
    p.add(("pair", label, rng.choice(["UPI", "UPI - Google Pay", "PhonePe UPI", "Paytm UPI", f"UPI ({vpa(rng, who)})"])),
          method=(SAID, "UPI"))
    if ref:
        r = utr(rng, d)
        p.add(("pair", rng.choice(["UPI Ref No", "UPI Ref. No.", "UPI Transaction ID", "UTR"]), r), txn=(UPIREF, r))


def card_way(rng: random.Random, p: Sheet, label: str, ref: bool) -> None:
    p.add(("pair", label, card_text(rng)), method=(SAID, "card"))
    if ref:
        t = rng.choice([pay_id(rng), "TXN" + digits(rng, 12)])
        p.add(("pair", rng.choice(["Transaction ID", "Payment ID"]), t), txn=(TXN, t))


FOOD = [("Chicken Dum Biryani", 329.0), ("Paneer Butter Masala", 289.0), ("Butter Naan", 55.0),
        ("Veg Hakka Noodles", 189.0), ("Masala Dosa", 129.0), ("Chole Bhature", 169.0), ("Gulab Jamun (2 pcs)", 79.0),
        ("Chicken 65", 259.0), ("Dal Makhani", 239.0), ("Jeera Rice", 149.0), ("Mutton Rogan Josh", 419.0),
        ("Veg Momos (8 pcs)", 139.0), ("Cold Coffee", 119.0), ("Margherita Pizza (Medium)", 299.0)]
RESTAURANTS = ["Meghana Foods", "Behrouz Biryani", "Paradise Biryani", "Haldiram's", "Burger Singh", "Wow! Momo",
               "Bikanervala", "Empire Restaurant", "Truffles", "Sagar Ratna", "Arsalan", "Theobroma"]
GROCERY = [("Amul Taaza Toned Milk 1 L", 68.0), ("Aashirvaad Atta 5 kg", 265.0), ("Tata Salt 1 kg", 28.0),
           ("Onion 1 kg", 42.0), ("Tomato 500 g", 24.0), ("Banana Robusta 6 pcs", 49.0), ("Maggi Noodles 4-pack", 56.0),
           ("Amul Butter 100 g", 58.0), ("Britannia Bread 400 g", 45.0), ("Fortune Sunflower Oil 1 L", 155.0),
           ("Surf Excel Matic 1 kg", 230.0), ("Eggs 6 pcs", 54.0), ("Coca-Cola 750 ml", 40.0), ("Lays Magic Masala", 20.0),
           ("Toor Dal 1 kg", 172.0), ("Dettol Handwash 200 ml", 99.0)]


# ---------------------------------------------------------------- 1 a food-delivery app's order details


def food_app(rng: random.Random, font: str):
    k = nth("food_app")
    m = purse(rng, font)
    brand, accent = rng.choice([("Swiggy", (252, 128, 25)), ("Zomato", (226, 55, 68)), ("Eatsure", (240, 90, 40))])
    style = screen(rng, accent)
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.para("center", "Order Details")
    oid = digits(rng, rng.choice([12, 14]))
    p.add(("pair", "Order ID", "#" + oid), txn=(ORDER, oid))
    p.add(("left", rng.choice(RESTAURANTS)))
    p.add(("small", rng.choice(AREAS)))
    p.add(("rule",))
    d = day(rng)
    p.add(("pair", "Order placed", dated(rng, d)), date=d)
    p.add(("left", f"Delivered in {rng.randint(18, 48)} mins"))
    p.add(("rule",))
    item_total = items(p, m, basket(rng, FOOD, 2, 4))
    p.add(("rule",))
    p.add(("left", "Bill Details"))
    dist = round(rng.uniform(1.2, 7.5), 1)
    delivery = rng.choice([0.0, 29.0, 35.0, 42.0, 55.0])
    tip = rng.choice([None, 20.0, 30.0, 50.0]) if k % 2 == 0 else None
    coupon = round(item_total * 0.2, 2) if k % 3 == 0 else None
    gst = round(item_total * 0.05, 2)
    rows = [("Item Total", item_total), (f"Delivery Fee | {dist} kms", delivery),
            ("Extra discount for you", -coupon if coupon else None),
            ("Platform fee", rng.choice([5.0, 6.0, 10.0])), ("GST and Restaurant Charges", gst),
            ("Delivery Tip", tip)]
    total = bill(p, m, rows)
    if k % 4 == 1:
        total = round_off(p, m, total)
    p.add(("rule",))
    p.add(("pair", rng.choice(["Bill Total", "To Pay", "Grand Total"]), m(total)), keep=True)
    who = rng.choice(PEOPLE)
    way = ["upi", "card", "wallet", "upi", "card", "upi", "wallet", "upi"][k]
    if way == "upi":
        upi_way(rng, p, rng.choice(["Paid Via", "Payment mode"]), who, d, ref=k % 2 == 1)
    elif way == "card":
        card_way(rng, p, rng.choice(["Paid Via", "Payment mode"]), ref=k % 2 == 0)
    else:
        p.add(("pair", "Paid Via", f"{brand} Money" if brand != "Eatsure" else "Eatsure Wallet"),
              method=(SAID, "wallet"))
    if k in (2, 5):
        p.add(("center", f"{tick(font)} Payment Successful".strip()), status="success")
    if coupon:
        p.para("small", f"You saved {m(coupon)} on this order")
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 2 a food order's e-mail


def food_mail(rng: random.Random, font: str):
    k = nth("food_mail")
    m = purse(rng, font)
    brand = rng.choice(["Zomato", "Swiggy", "Magicpin"])
    style = email(rng, (190, 30, 45))
    p = Sheet(font, style)
    place = rng.choice(RESTAURANTS)
    p.para("small", f"Your {brand} order from {place}")
    p.add(("title", brand), merchant=(1, brand))
    who = rng.choice(PEOPLE)
    p.para("left", f"Hi {who.split()[0]}, thank you for ordering from {place}. Here is your order summary.")
    p.add(("rule",))
    oid = digits(rng, 10)
    p.add(("pair", "Order ID:", oid), txn=(ORDER, oid))
    d = day(rng)
    p.add(("pair", rng.choice(["Ordered on:", "Order Date:"]), dated(rng, d)), date=d)
    p.add(("pair", "Delivered to:", who))
    p.add(("small", rng.choice(AREAS)))
    p.add(("rule",))
    item_total = items(p, m, basket(rng, FOOD, 1, 3), times=" X ")
    gold = round(item_total * 0.1, 2) if k % 2 == 1 else None
    rows = [("Item total", item_total), ("Taxes", round(item_total * 0.05, 2)),
            ("Delivery charge", rng.choice([0.0, 25.0, 40.0])), ("Platform fee", rng.choice([4.0, 6.0, 7.0])),
            ("Packaging charge", rng.choice([None, 15.0, 20.0])),
            ("Gold discount" if brand == "Zomato" else "Membership discount", -gold if gold else None),
            ("Feeding India donation" if brand == "Zomato" else "Donation", 3.0 if k % 3 == 0 else None),
            ("Tip for your delivery partner", rng.choice([None, 10.0, 25.0]))]
    total = bill(p, m, rows)
    p.add(("rule",))
    p.add(("pair", rng.choice(["Total paid", "Grand Total", "Order Total"]), m(total)), keep=True)
    way = ["upi", "card", "upi", "wallet", "upi", "card", "upi", "cash"][k]
    if way == "upi":
        upi_way(rng, p, "Paid using:", who, d, ref=k in (0, 4))
    elif way == "card":
        card_way(rng, p, "Paid using:", ref=True)
    elif way == "wallet":
        p.add(("pair", "Paid using:", f"{brand} Money" if brand == "Zomato" else "Paytm Wallet"),
              method=(SAID, "wallet"))
    else:
        p.add(("pair", "Paid using:", "Cash on delivery"), method=(SAID, "cash"))
    if k in (1, 4):
        p.add(("left", "Payment status: Paid"), status="success")
    p.para("small", "This is a summary of your order. The tax invoice is attached as a PDF.")
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 3 a 10-minute grocery app's order summary

QUICK = [("Zepto", (100, 40, 160), "Zepto Cash"), ("Blinkit", (40, 130, 60), "Blinkit Money"),
         ("Swiggy Instamart", (252, 128, 25), "Swiggy Money"), ("BB Now", (120, 160, 40), "BB Wallet"),
         ("Flipkart Minutes", (40, 100, 220), "Flipkart Gift Card")]


def quick_commerce(rng: random.Random, font: str):
    k = nth("quick_commerce")
    m = purse(rng, font)
    brand, accent, purse_name = rng.choice(QUICK)
    style = screen(rng, accent)
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("center", "Order summary"))
    p.add(("small", f"Arrived in {rng.randint(7, 19)} minutes"))
    oid = rng.choice(["ORD" + digits(rng, 11), alnum(rng, 12), digits(rng, 13)])
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    d = day(rng)
    p.add(("pair", rng.choice(["Order placed on", "Placed on"]), dated(rng, d)), date=d)
    p.add(("rule",))
    chosen = basket(rng, GROCERY, 2, 5)
    item_total = items(p, m, chosen)
    mrp = round(item_total * rng.uniform(1.08, 1.25), 0)
    p.add(("rule",))
    p.add(("left", "Bill details"))
    p.add(("pair", "MRP", m(mrp)))
    small_cart = 25.0 if item_total < 199 else None
    rows = [("Item total", item_total), ("Handling charge", rng.choice([2.0, 4.0, 9.0, 11.0])),
            ("Small cart fee", small_cart), ("Delivery fee", rng.choice([0.0, 0.0, 25.0, 30.0])),
            (rng.choice(["Late night fee", "Surge fee (high demand)", "Rain fee"]), rng.choice([None, 15.0, 20.0])),
            ("Coupon " + rng.choice(["SAVE50", "FIRST30", "WEEKEND25", "GET40"]), -rng.choice([25.0, 30.0, 40.0])
             if k % 3 == 1 else None),
            ("Tip for delivery partner", rng.choice([None, 10.0, 20.0]))]
    total = bill(p, m, rows)
    p.add(("rule",))
    p.add(("pair", rng.choice(["Bill total", "Grand total", "To pay"]), m(total)), keep=True)
    p.add(("small", f"You saved {m(round(mrp - item_total, 2))} on this order"))
    p.add(("rule",))
    who = rng.choice(PEOPLE)
    if k in (2, 6):
        # part from the app's own cash, the rest by UPI: the whole order is the sum paid, the way is UPI
        part = min(float(rng.choice([20, 35, 50, 75])), float(int(total / 2)))
        p.add(("pair", purse_name, m(part)))
        p.add(("pair", "UPI", m(round(total - part, 2))), method=(SAID, "UPI"))
        r = utr(rng, d)
        p.add(("pair", "UPI Ref No", r), txn=(UPIREF, r))
    elif k in (1, 5):
        card_way(rng, p, "Payment method", ref=k == 5)
    else:
        upi_way(rng, p, rng.choice(["Payment method", "Paid via"]), who, d, ref=k in (0, 4))
    if k in (0, 3):
        p.add(("center", "Payment successful"), status="success")
    p.add(("small", f"Deliver to: {who}, {rng.choice(AREAS)}"))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 4 a grocery chain's printed tax invoice

CHAINS = [("bigbasket", "Innovative Retail Concepts Pvt Ltd"), ("JioMart", "Reliance Retail Limited"),
          ("DMart Ready", "Avenue E-Commerce Limited"), ("Spencer's Online", "Spencer's Retail Limited")]


def grocery_invoice(rng: random.Random, font: str):
    k = nth("grocery_invoice")
    m = purse(rng, font)
    style = paper(rng, width=720)
    p = Sheet(font, style)
    brand, firm = rng.choice(CHAINS)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("center", "TAX INVOICE"))
    p.add(("small", f"{firm}, {rng.choice(AREAS)}"))
    p.add(("small", f"GSTIN: {rng.randrange(10, 37)}{alnum(rng, 5)}{digits(rng, 4)}{alnum(rng, 1)}1Z{alnum(rng, 1)}"))
    p.add(("rule",))
    inv = f"{alnum(rng, 3)}/{digits(rng, 2)}-{digits(rng, 2)}/{digits(rng, 7)}"
    p.add(("pair", "Invoice No.", inv), txn=(BILL, inv))
    oid = ("BB" if brand == "bigbasket" else "") + digits(rng, 11)
    p.add(("pair", "Order No.", oid), txn=(ORDER, oid))
    d = day(rng)
    cod = k % 2 == 1
    later = d + dt.timedelta(days=rng.randint(1, 2))
    if cod:
        p.add(("pair", "Order Date", dated(rng, d, clock=False)))
        p.add(("pair", "Delivered on", dated(rng, later, clock=False)), date=later)
    else:
        p.add(("pair", "Order Date", dated(rng, d, clock=False)), date=d)
        p.add(("pair", "Delivery slot", f"{when(later, '{d} %b')}, 7:00 AM - 9:00 AM"))
    p.add(("pair", "Customer", rng.choice(PEOPLE)))
    p.add(("rule",))
    chosen = basket(rng, GROCERY, 4, 7)
    taxable = 0.0
    for name, count, price in chosen:
        p.add(("pair", f"{name}  {count} x {price:.2f}", m(count * price)))
        taxable += count * price
    taxable = round(taxable, 2)
    p.add(("rule",))
    p.add(("pair", "Total (incl. taxes)", m(taxable)))
    p.add(("pair", "of which CGST", m(round(taxable * 0.025, 2))))
    p.add(("pair", "of which SGST", m(round(taxable * 0.025, 2))))
    rows = [("Delivery charges", rng.choice([0.0, 30.0, 50.0])), ("Packaging charge", rng.choice([None, 5.0, 10.0])),
            ("Product discount", -round(taxable * 0.07, 2) if k % 3 != 2 else None),
            ("Membership savings (bbstar)" if brand == "bigbasket" else "Offer discount",
             -rng.choice([20.0, 30.0]) if k % 4 == 0 else None)]
    total = round(taxable + bill(p, m, rows), 2)
    total = round_off(p, m, total)
    p.add(("rule",))
    if cod:
        p.add(("pair", rng.choice(["Amount Payable", "Invoice Total"]), m(total)), keep=True)
        p.add(("pair", "Payment Mode", rng.choice(["Cash on Delivery", "COD - Cash"])), method=(SAID, "cash"))
        if k in (1, 5):
            p.add(("left", "Cash collected on delivery. Payment received - thank you."), status="success")
    else:
        p.add(("pair", rng.choice(["Amount Paid", "Invoice Total"]), m(total)), keep=True)
        if k in (0, 4):
            upi_way(rng, p, "Payment Mode", rng.choice(PEOPLE), d, ref=k == 0)
        else:
            card_way(rng, p, "Payment Mode", ref=k == 2)
        if k in (2, 6):
            p.add(("center", "PAID"), status="success")
    p.para("small", "Goods once sold can be returned within 7 days as per our return policy. This is a computer "
                    "generated invoice.")
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 5 a marketplace's order confirmation e-mail

GOODS = [("boAt Rockerz 450 Bluetooth Headphones", 1499.0), ("Redmi 13C (Starry Black, 128 GB)", 8999.0),
         ("Milton Thermosteel Flask 1 L", 849.0), ("Prestige Iris 750 W Mixer Grinder", 2799.0),
         ("Puma Men's Running Shoes", 2339.0), ("Wipro 9 W LED Bulb (pack of 4)", 399.0),
         ("Pigeon Non-Stick Tawa", 549.0), ("Syska Trimmer HT200", 799.0), ("Bajaj Room Heater", 1299.0)]
SELLERS = ["RetailNet", "SuperComNet", "TBL Online", "Appario Retail", "Cocoblu Retail", "OmniTechRetail"]


def market_mail(rng: random.Random, font: str):
    k = nth("market_mail")
    m = purse(rng, font)
    brand = rng.choice(["Flipkart", "Shopsy", "Snapdeal", "Tata CLiQ"])
    style = email(rng, (40, 116, 240))
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    who = rng.choice(PEOPLE)
    p.para("left", f"Hi {who.split()[0]}, your order has been placed.")
    oid = "OD" + digits(rng, 18) if brand in ("Flipkart", "Shopsy") else digits(rng, rng.choice([12, 16]))
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    d = day(rng)
    p.add(("pair", "Ordered on", dated(rng, d)), date=d)
    p.add(("pair", "Delivery by", when(d + dt.timedelta(days=rng.randint(2, 6)), "%a, {d} %b")))
    p.add(("rule",))
    chosen = [(name, 1, price) for name, price in rng.sample(GOODS, rng.randint(1, 2))]
    price = 0.0
    for name, _, cost in chosen:
        p.add(("left", name))
        p.add(("small", f"Seller: {rng.choice(SELLERS)}"))
        price += cost
    p.add(("rule",))
    p.add(("left", "Price details"))
    rows = [(f"Price ({len(chosen)} item{'s' if len(chosen) > 1 else ''})", round(price * 1.35, 0)),
            ("Discount", -round(price * 0.35, 0)), ("Coupons for you", -rng.choice([50.0, 100.0]) if k % 3 == 0 else None),
            ("SuperCoins used" if brand == "Flipkart" else "Wallet points used", -rng.choice([10.0, 25.0]) if k % 4 == 2
             else None),
            ("Platform Fee", rng.choice([3.0, 5.0, 9.0])), ("Delivery Charges", rng.choice([0.0, 40.0])),
            ("Secured Packaging Fee", rng.choice([None, 59.0, 99.0]))]
    total = bill(p, m, rows)
    p.add(("rule",))
    way = ["upi", "cod", "card", "paylater", "upi", "cod", "card", "upi"][k]
    if way == "cod":
        p.add(("pair", "Amount to be paid", m(total)), keep=True)
        p.add(("pair", "Payment method", "Cash on Delivery"), method=(SAID, "cash"))
        p.para("left", f"Please keep {m(total)} ready at the time of delivery. Payment pending - pay on delivery.",
               status="pending")
    else:
        p.add(("pair", "Total Amount", m(total)), keep=True)
        if way == "upi":
            upi_way(rng, p, "Payment method", who, d, ref=k == 4)
        elif way == "card":
            card_way(rng, p, "Payment method", ref=k == 6)
        else:
            p.add(("pair", "Payment method", f"{brand} Pay Later" if brand == "Flipkart" else "LazyPay Pay Later"))
        if k == 7:
            p.add(("left", "Payment successful"), status="success")
    p.para("small", "You will receive the next update when your item ships.")
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 6 a marketplace's order details page in a browser


def amazon_page(rng: random.Random, font: str):
    k = nth("amazon_page")
    m = purse(rng, font)
    style = browser(rng, "Order Details", "www.amazon.in/gp/your-account/order-details")
    p = Sheet(font, style)
    p.add(("title", "amazon.in"), merchant=(1, "amazon.in"))
    p.add(("center", "Order Details"))
    d = day(rng)
    p.add(("pair", "Order placed", dated(rng, d, clock=False)), date=d)
    oid = f"{rng.choice(['402', '403', '404', '405', '171'])}-{digits(rng, 7)}-{digits(rng, 7)}"
    p.add(("pair", "Order number", oid), txn=(ORDER, oid))
    p.add(("rule",))
    who = rng.choice(PEOPLE)
    p.add(("left", "Shipping Address"))
    p.add(("left", who))
    p.add(("small", rng.choice(AREAS)))
    p.add(("rule",))
    name, cost = rng.choice(GOODS)
    p.add(("left", name))
    p.add(("small", f"Sold by: {rng.choice(SELLERS)}"))
    p.add(("small", f"Delivered {when(d + dt.timedelta(days=rng.randint(1, 4)), '{d}-%b-%Y')}"))
    p.add(("rule",))
    p.add(("left", "Order Summary"))
    rows = [("Item(s) Subtotal:", cost), ("Shipping:", rng.choice([0.0, 40.0])),
            ("Cash/Pay on Delivery fee:", None), ("Marketplace Fee:", rng.choice([None, 5.0])),
            ("Promotion Applied:", -rng.choice([50.0, 100.0, 150.0]) if k % 2 == 0 else None)]
    total = bill(p, m, rows)
    p.add(("pair", "Grand Total:", m(total)), keep=True)
    p.add(("rule",))
    p.add(("left", "Payment Method"))
    if k in (1, 4, 7):
        # part from the Amazon Pay balance, the rest by UPI or a card: the whole order is the sum paid
        part = min(float(rng.choice([50, 100, 200])), float(int(total / 2)))
        p.add(("pair", "Amazon Pay balance", m(part)))
        rest = round(total - part, 2)
        if k == 4:
            p.add(("pair", card_text(rng), m(rest)), method=(SAID, "card"))
        else:
            p.add(("pair", f"Amazon Pay UPI ({vpa(rng, who)})", m(rest)), method=(SAID, "UPI"))
    elif k in (0, 3):
        p.add(("left", "Amazon Pay UPI"), method=(SAID, "UPI"))
    elif k == 5:
        p.add(("left", "Amazon Pay balance"), method=(SAID, "wallet"))
    else:
        p.add(("left", card_text(rng)), method=(SAID, "card"))
    if k % 3 == 0:
        t = digits(rng, 12)
        p.add(("pair", "Transaction ID", t), txn=(TXN, t))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 7 a fashion or beauty app's order

FASHION = [("Myntra", (255, 63, 108), "Myntra Credit"), ("Nykaa", (252, 39, 121), "Nykaa Wallet"),
           ("AJIO", (44, 66, 92), "AJIO Wallet"), ("Nykaa Fashion", (230, 40, 110), "Nykaa Wallet")]
THINGS = [("Roadster Men Slim Fit Jeans", 1299.0), ("H&M Cotton T-shirt", 499.0), ("Lakme 9to5 Primer", 550.0),
          ("Maybelline Fit Me Foundation", 599.0), ("Libas Kurta Set", 1899.0), ("Minimalist Niacinamide Serum", 599.0),
          ("Nike Revolution 6", 3695.0), ("Biba Printed Dupatta", 799.0)]


def fashion(rng: random.Random, font: str):
    k = nth("fashion")
    m = purse(rng, font)
    brand, accent, own = rng.choice(FASHION)
    style = screen(rng, accent)
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("center", "Order Summary"))
    oid = (f"{digits(rng, 7)}-{digits(rng, 7)}-{digits(rng, 7)}" if brand == "Myntra"
           else ("NYK-" + digits(rng, 8) + "-" + digits(rng, 6) if "Nykaa" in brand else "FN" + digits(rng, 10)))
    p.add(("pair", "Order No", oid), txn=(ORDER, oid))
    d = day(rng)
    p.add(("pair", "Placed on", dated(rng, d)), date=d)
    p.add(("rule",))
    chosen = rng.sample(THINGS, rng.randint(1, 3))
    mrp = 0.0
    for name, cost in chosen:
        p.add(("left", name))
        mrp += cost
    if k % 2 == 0:
        p.add(("small", f"Sold by: {brand} E-Retail Pvt. Ltd." if "Nykaa" in brand else "Sold by: " + rng.choice(SELLERS)))
    p.add(("rule",))
    p.add(("left", f"PRICE DETAILS ({len(chosen)} Item{'s' if len(chosen) > 1 else ''})"))
    rows = [("Total MRP", mrp), ("Discount on MRP", -round(mrp * rng.choice([0.2, 0.3, 0.4]), 0)),
            ("Coupon Discount", -rng.choice([100.0, 150.0]) if k % 3 == 0 else None),
            ("Platform Fee", rng.choice([9.0, 19.0, 20.0])), ("Shipping Fee", rng.choice([0.0, 79.0])),
            ("Gift Wrap", 35.0 if k == 5 else None)]
    total = bill(p, m, rows)
    p.add(("rule",))
    p.add(("pair", "Total Amount", m(total)), keep=True)
    who = rng.choice(PEOPLE)
    if k in (1, 3, 6):
        # part from the app's own credit, the rest by a card or UPI: the whole order is the sum paid
        part = min(float(rng.choice([100, 150, 250])), float(int(total / 2)))
        p.add(("pair", f"Paid from {own}", m(part)))
        if k == 3:
            p.add(("pair", f"Paid by {card_text(rng)}", m(round(total - part, 2))), method=(SAID, "card"))
        else:
            p.add(("pair", "Paid by UPI", m(round(total - part, 2))), method=(SAID, "UPI"))
            r = utr(rng, d)
            p.add(("pair", "UPI Ref No", r), txn=(UPIREF, r))
    elif k in (0, 4):
        upi_way(rng, p, "Payment Mode", who, d, ref=k == 4)
    elif k == 7:
        p.add(("pair", "Payment Mode", "Pay on Delivery (Cash)"), method=(SAID, "cash"))
        p.add(("left", "Not paid yet - pay on delivery"), status="pending")
    else:
        card_way(rng, p, "Payment Mode", ref=k == 2)
    if k in (0, 2):
        p.add(("center", "Payment Successful"), status="success")
    p.add(("small", f"You saved {m(round(mrp - total, 2))} on this order" if mrp > total else "Thank you for shopping"))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 8 an order tracker: cash on delivery


def cod_tracker(rng: random.Random, font: str):
    k = nth("cod_tracker")
    m = purse(rng, font)
    brand = rng.choice(["JioMart", "Meesho", "Blinkit", "bigbasket", "Dunzo Daily", "Shopsy"])
    style = screen(rng, (0, 120, 200))
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    oid = digits(rng, rng.choice([10, 13, 16]))
    p.add(("pair", "Order #", oid), txn=(ORDER, oid))
    d = day(rng)
    paid = k % 2 == 1
    p.add(("pair", "Ordered on", dated(rng, d)), date=None if paid else d)
    p.add(("rule",))
    p.add(("left", "Ordered"))
    p.add(("left", "Packed"))
    p.add(("left", "Out for delivery"))
    later = d + dt.timedelta(days=rng.choice([0, 1, 2, 3]))
    if paid:
        p.add(("pair", "Delivered on", dated(rng, later)), date=later)
    else:
        p.add(("left", f"Arriving by {when(later, '%a, {d} %b')}"))
    p.add(("rule",))
    chosen = basket(rng, GROCERY, 2, 4)
    item_total = items(p, m, chosen)
    rows = [("Items total", item_total), ("Delivery fee", rng.choice([0.0, 19.0, 30.0])),
            ("Cash handling fee", rng.choice([None, 10.0, 15.0])), ("Platform fee", rng.choice([None, 2.0, 5.0])),
            ("Discount", -rng.choice([10.0, 20.0]) if k % 3 == 0 else None)]
    total = bill(p, m, rows)
    p.add(("rule",))
    if paid:
        p.add(("pair", "Amount paid", m(total)), keep=True)
        if k in (1, 5):
            p.add(("pair", "Paid on delivery", "Cash"), method=(SAID, "cash"))
        else:
            p.add(("pair", "Paid on delivery", "UPI"), method=(SAID, "UPI"))
            r = utr(rng, later)
            p.add(("pair", "UPI Ref No", r), txn=(UPIREF, r))
        if k in (3, 5):
            p.add(("center", "Payment received"), status="success")
    else:
        p.add(("pair", rng.choice(["Cash to be collected", "Amount to pay", "Total payable"]), m(total)), keep=True)
        p.add(("pair", "Payment method", rng.choice(["Cash on Delivery", "Pay on Delivery", "COD"])),
              method=(SAID, "cash"))
        p.para("left", rng.choice(["Payment pending - pay at the time of delivery.",
                                   "Not paid yet - pay the delivery partner by cash or UPI."]), status="pending")
    p.add(("small", f"Need help? Call 1800 {digits(rng, 3)} {digits(rng, 4)}"))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 9 a cancelled order with its refund


def cancelled(rng: random.Random, font: str):
    k = nth("cancelled")
    m = purse(rng, font)
    brand = rng.choice(["Swiggy", "Zomato", "Zepto", "Blinkit", "Flipkart", "Myntra", "Swiggy Instamart"])
    style = screen(rng, (200, 40, 40)) if k % 2 == 0 else email(rng, (200, 40, 40))
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("big", "Order cancelled"))
    p.para("left", rng.choice(["Your order was cancelled as the restaurant could not accept it.",
                               "Your order has been cancelled at your request.",
                               "Sorry, some items went out of stock and your order was cancelled."]))
    oid = digits(rng, rng.choice([10, 12, 14]))
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    d = day(rng)
    p.add(("pair", "Order placed on", dated(rng, d)), date=d)
    p.add(("pair", "Cancelled on", dated(rng, d + dt.timedelta(days=rng.choice([0, 0, 1])))))
    p.add(("rule",))
    item_total = round(rng.uniform(180, 1400), 0)
    rows = [("Item total", item_total), ("Delivery fee", rng.choice([0.0, 25.0, 35.0])),
            ("Platform fee", rng.choice([3.0, 5.0, 6.0])), ("Taxes and charges", round(item_total * 0.05, 2)),
            ("Discount", -rng.choice([30.0, 60.0]) if k % 3 == 0 else None)]
    total = bill(p, m, rows)
    p.add(("pair", "Amount paid", m(total)), keep=True)
    who = rng.choice(PEOPLE)
    if k % 3 == 2:
        card_way(rng, p, "Paid via", ref=False)
    else:
        upi_way(rng, p, "Paid via", who, d, ref=k in (1, 4))
    p.add(("rule",))
    p.add(("pair", "Refund amount", m(total)))
    p.add(("pair", "Refund ID", "RF" + alnum(rng, 12)))
    p.para("left", rng.choice(["Refund initiated to your original payment method. It will reflect in 5-7 working days.",
                               "Your refund has been processed to the source account.",
                               "Refund processed. The money will reach your bank within 3-5 business days."]))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 10 an order with a refund for missing items


def part_refund(rng: random.Random, font: str):
    k = nth("part_refund")
    m = purse(rng, font)
    brand, accent, own = rng.choice(QUICK[:4])
    style = screen(rng, accent)
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("center", rng.choice(["Help with your order", "Order details"])))
    oid = rng.choice(["ORD" + digits(rng, 11), digits(rng, 13)])
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    d = day(rng)
    p.add(("pair", "Placed on", dated(rng, d)), date=d)
    p.add(("rule",))
    chosen = basket(rng, GROCERY, 3, 5)
    item_total = items(p, m, chosen)
    rows = [("Item total", item_total), ("Handling charge", rng.choice([4.0, 9.0])),
            ("Delivery fee", rng.choice([0.0, 25.0])), ("Tip", rng.choice([None, 10.0, 20.0]))]
    total = bill(p, m, rows)
    p.add(("pair", "Total paid", m(total)), keep=True)
    who = rng.choice(PEOPLE)
    if k % 4 == 3:
        card_way(rng, p, "Paid via", ref=False)
    else:
        upi_way(rng, p, "Paid via", who, d, ref=k % 2 == 0)
    p.add(("rule",))
    gone = chosen[0]
    back = round(gone[2] * gone[1], 2)
    p.add(("left", f"Missing item: {gone[0]}"))
    p.add(("pair", "Refund", m(back)))
    where = own if k % 2 == 1 else "your original payment method"
    p.para("left", f"Refund of {m(back)} credited to {where}.")
    p.add(("pair", "Refund ref", "R" + digits(rng, 11)))
    p.add(("small", "Sorry about that. We have shared this with our store team."))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 11 a pick-up-and-drop errand


def pickup_drop(rng: random.Random, font: str):
    k = nth("pickup_drop")
    m = purse(rng, font)
    brand = rng.choice(["Dunzo", "Swiggy Genie", "Porter", "Borzo", "Rapido Parcel"])
    style = screen(rng, (0, 170, 120))
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("center", rng.choice(["Pick up & Drop", "Task summary", "Trip receipt"])))
    tid = "#" + ("D" if brand == "Dunzo" else "") + digits(rng, 9)
    p.add(("pair", rng.choice(["Task ID", "Order ID", "Booking ID"]), tid), txn=(ORDER, tid.lstrip("#")))
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d)), date=d)
    area = rng.choice(AREAS)
    spots = rng.sample(["Home", "Office", "Flat 4B", "Shop 12", "Gate 2", "Tower C"], 2)
    p.add(("pair", "Pickup", f"{spots[0]}, {area}"))
    p.add(("pair", "Drop", f"{spots[1]}, {area.split(', ')[1]}"))
    p.add(("pair", "Package", rng.choice(["Documents", "Keys", "Food container", "Laptop charger", "Clothes"])))
    km = round(rng.uniform(2.0, 14.0), 1)
    p.add(("rule",))
    base = round(35 + km * rng.choice([8.0, 10.0, 12.0]), 2)
    rows = [(f"Distance fee ({km} km)", base), ("Partner fee", rng.choice([15.0, 20.0])),
            ("Surge (high demand)", rng.choice([None, 15.0, 25.0])), ("Waiting charge", rng.choice([None, 10.0])),
            ("GST", round(base * 0.18, 2)), ("Promo", -rng.choice([20.0, 40.0]) if k % 3 == 0 else None),
            ("Tip for partner", rng.choice([None, 20.0, 30.0]))]
    total = bill(p, m, rows)
    total = round_off(p, m, total)
    p.add(("rule",))
    p.add(("pair", rng.choice(["Total", "Total fare", "Amount paid"]), m(total)), keep=True)
    who = rng.choice(PEOPLE)
    way = ["upi", "wallet", "cash", "upi", "card", "upi", "wallet", "cash"][k]
    if way == "upi":
        upi_way(rng, p, "Payment", who, d, ref=k != 5)
    elif way == "wallet":
        p.add(("pair", "Payment", rng.choice(["Paytm Wallet", "Mobikwik Wallet", f"{brand} Wallet"])),
              method=(SAID, "wallet"))
    elif way == "card":
        card_way(rng, p, "Payment", ref=True)
    else:
        p.add(("pair", "Payment", "Cash"), method=(SAID, "cash"))
    if k in (0, 4):
        p.add(("center", "Payment successful"), status="success")
    p.add(("small", f"Partner: {rng.choice(['Ramesh', 'Suresh', 'Imran', 'Manoj', 'Ravi'])} K"))
    return p.out(), p.truth(total, INR), style


# ---------------------------------------------------------------- 12 a food order's tax invoice PDF


def invoice_pdf(rng: random.Random, font: str):
    k = nth("invoice_pdf")
    m = purse(rng, font)
    brand = rng.choice(["Zomato", "Swiggy"])
    p_file = f"{brand}_Order_Invoice.pdf"
    style = dict(viewer(rng, p_file), width=rng.choice([700, 740]), size=rng.choice([16, 17]))
    p = Sheet(font, style)
    p.add(("title", brand), merchant=(1, brand))
    p.add(("center", "Order Invoice"))
    oid = digits(rng, rng.choice([10, 12]))
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    inv = f"{brand[:2].upper()}{digits(rng, 2)}-{digits(rng, 8)}"
    p.add(("pair", "Invoice No.", inv), txn=(BILL, inv))
    d = day(rng)
    p.add(("pair", "Order Date", dated(rng, d)), date=d)
    place = rng.choice(RESTAURANTS)
    p.add(("rule",))
    p.add(("left", f"A. Restaurant bill: {place}"))
    p.add(("small", f"Restaurant GSTIN {rng.randrange(10, 37)}{alnum(rng, 5)}{digits(rng, 4)}{alnum(rng, 1)}1Z"
                    f"{alnum(rng, 1)}"))
    item_total = items(p, m, basket(rng, FOOD, 2, 4))
    disc = -round(item_total * 0.15, 2) if k % 2 == 0 else None
    part_a = bill(p, m, [("Restaurant discount", disc), ("Packaging charges", rng.choice([None, 20.0, 30.0])),
                         ("CGST 2.5%", round(item_total * 0.025, 2)), ("SGST 2.5%", round(item_total * 0.025, 2))])
    part_a = round(item_total + part_a, 2)
    p.add(("pair", "Restaurant bill total", m(part_a)))
    p.add(("rule",))
    p.add(("left", f"B. Service charges by {brand}"))
    fee = rng.choice([20.0, 29.0, 35.0])
    plat = rng.choice([5.0, 6.0, 10.0])
    part_b = bill(p, m, [("Delivery fee", fee), ("Platform fee", plat), ("IGST 18%", round((fee + plat) * 0.18, 2))])
    p.add(("pair", "Service charges total", m(part_b)))
    tip = rng.choice([None, 20.0, 30.0]) if k % 3 != 1 else None
    if tip:
        p.add(("pair", "Tip for delivery partner (not taxable)", m(tip)))
    total = round(part_a + part_b + (tip or 0.0), 2)
    p.add(("rule",))
    p.add(("pair", "Grand Total (A + B)", m(total)), keep=True)
    who = rng.choice(PEOPLE)
    p.add(("pair", "Customer", who))
    if k % 4 == 3:
        card_way(rng, p, "Payment method", ref=True)
    else:
        upi_way(rng, p, "Payment method", who, d, ref=k % 2 == 1)
    if k in (1, 6):
        p.add(("left", "Status: Paid"), status="success")
    p.para("small", "Services by the restaurant are supplied by the restaurant; delivery and platform services by "
                    f"{brand}. This is a computer generated invoice and needs no signature.")
    return p.out(), p.truth(total, INR), style

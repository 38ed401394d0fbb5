"""The twelve heldout99 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: one purchase, several sums, as US, UK,
euro-area and Indian tills, terminals and counters print them: a till's split tender (a gift card, loyalty points
or store credit beside a card), a split of cash and a card or of store credit and UPI, an exchange slip (the
returned item's credit, the new item, the balance charged), a hotel's or car rental's pre-authorisation and its
completion, a pay-at-pump slip (the pump's pre-authorisation beside the fuel dispensed), cash back at the till, a
restaurant's card slip with its tip, a deposit or advance applied against a total with the balance paid now, a
layaway or instalment payment, a bill paid in part, a grocery till with coupons and discounts, and a currency
conversion (DCC) slip with the sum in two currencies.

Every page is a ``heldout97_families.Sheet`` of rows, each carrying the facts it prints (the payee, the day, an
id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from the rows.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import A4, UPPER, Money, lying_frame, price
from bench.receipt_sets.heldout97_families import PATS, Sheet

# the rank of an id's kind, as README "Receipt fields" orders the families (heldout97's ranks)
UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
SAID = 3
CUR = {"US": "USD", "UK": "GBP", "EU": "EUR", "IN": "INR"}


# ---------------------------------------------------------------- shared pieces


def purse(rng: random.Random, font: str, currency: str, lang: str | None = None):
    """How this page prints its sums (₹ only in faces that draw it)."""
    if currency == "INR":
        return Rs(rng, font, marks=("₹", "Rs.", "Rs", "INR"), groupings=("indian", "indian", "western"))
    if currency == "USD":
        return Money(rng, "USD", "en", forms=["${n}", "${n}", "USD {n}"])
    if currency == "GBP":
        return Money(rng, "GBP", "en", forms=["£{n}", "£{n}", "GBP {n}"])
    lang = lang or rng.choice(["en", "de", "nl", "fr", "it"])
    return Money(rng, "EUR", lang, forms=["€{n}", "EUR {n}"] if lang == "en" else None)


def dated(rng: random.Random, d: dt.date, currency: str, clock: bool = True) -> str:
    text = when(d, rng.choice(PATS[currency]))
    if clock:
        text += rng.choice(["  ", " "]) + hhmm(rng, twelve=currency in ("INR", "USD"))
    return text


def slip(rng: random.Random, width: tuple = (440, 460, 480)) -> dict:
    """A thermal slip, flat on a scanner or lying on a counter."""
    style = {
        "paper": (250, 249, 243),
        "ink": (36, 36, 42),
        "width": rng.choice(width),
        "size": rng.choice([16, 17]),
    }
    if rng.random() < 0.5:
        frame = lying_frame(rng)
        frame["angle"] = rng.uniform(-1.5, 1.5)
        style["h93"] = {"frame": frame}
    return style


def sheet(rng: random.Random) -> dict:
    """A printed A4-ish page lying on a desk or flat."""
    style = dict(A4, width=rng.choice([640, 680, 700]), size=rng.choice([17, 18]))
    if rng.random() < 0.6:
        frame = lying_frame(rng)
        frame["angle"] = rng.uniform(-1.5, 1.5)
        style["h93"] = {"frame": frame}
    return style


def auth(rng: random.Random) -> str:
    return rng.choice(
        [
            digits(rng, 6),
            code(rng, 2, UPPER) + digits(rng, 4),
            digits(rng, 2) + code(rng, 1, UPPER) + digits(rng, 3),
        ]
    )


def masked(rng: random.Random) -> str:
    return rng.choice(
        [f"************{digits(rng, 4)}", f"XXXX XXXX XXXX {digits(rng, 4)}", f"**** {digits(rng, 4)}"]
    )


def brand(rng: random.Random, where: str) -> str:
    if where == "IN":
        return rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    if where == "EU":
        return rng.choice(["VISA", "MASTERCARD", "MAESTRO", "V PAY"])
    return rng.choice(
        ["VISA", "MASTERCARD", "AMEX", "DISCOVER"] if where == "US" else ["VISA", "MASTERCARD", "AMEX"]
    )


def outcome(rng: random.Random, fail: float = 0.2) -> str:
    """success on most receipts; a decline or a void on a share."""
    roll = rng.random()
    if roll < fail * 0.6:
        return "declined"
    if roll < fail:
        return "cancelled"
    return "success"


OUTCOME_WORDS = {
    "success": ["APPROVED", "APPROVED - THANK YOU", "AUTHORISED", "Approved"],
    "declined": ["DECLINED", "CARD DECLINED", "NOT AUTHORISED"],
    "cancelled": ["TRANSACTION VOIDED", "SALE VOID", "VOID"],
}


def card_block(
    p: Sheet, rng: random.Random, where: str, status: str, sum_text: str, amount_label: str, ids: str = "auth"
) -> None:
    """A terminal's card lines: brand and masked number, the sum (the payment's: ``keep``), an id, the outcome."""
    b = brand(rng, where)
    p.add(("left", f"{b} {rng.choice(['CONTACTLESS', 'CHIP', 'TAP', 'INSERT'])}"), method=(SAID, "card"))
    p.add(("left", masked(rng)))
    p.add(("pair", amount_label, sum_text), keep=True)
    if ids == "auth" and status != "declined":
        value = auth(rng)
        p.add(
            ("pair", rng.choice(["AUTH CODE:", "APPR CODE:", "Auth Code", "APPROVAL:"]), value),
            txn=(APPR, value),
        )
    elif ids == "rrn":
        value = digits(rng, 12)
        p.add(("pair", "RRN:", value), txn=(RRN, value))
    p.para("center", rng.choice(OUTCOME_WORDS[status]), status=status)


def idrow(p: Sheet, rng: random.Random, label: str, value: str, rank: int) -> None:
    p.add(("pair", label, value), txn=(rank, value))


def head(p: Sheet, rng: random.Random, name: str, lines: list[str]) -> None:
    p.add(("title", name), merchant=(1, name))
    for line in lines:
        p.para("center", line)
    p.add(("rule",))


def items(p: Sheet, rng: random.Random, money, catalogue: list[tuple[str, float]], k: int) -> float:
    total = 0.0
    for name, unit in rng.sample(catalogue, k):
        qty = rng.choice([1, 1, 1, 2, 3])
        line = round(qty * unit, 2)
        total += line
        p.add(
            (
                "pair",
                f"{name}" + (f" x{qty}" if qty > 1 else ""),
                money.num(line) if hasattr(money, "num") else money.bare(line),
            )
        )
    return round(total, 2)


TURNS: dict[str, int] = {}


def fresh() -> None:
    """Start every family's count again (``make_heldout99_set`` calls it before drawing)."""
    TURNS.clear()


def nth(family: str) -> int:
    """Which of its family's receipts this is (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


STORE_GOODS = [
    ("Bath Towel Set", 24.99),
    ("Desk Lamp", 19.5),
    ("Kids Rain Jacket", 32.0),
    ("Yoga Mat", 21.99),
    ("Bluetooth Speaker", 49.99),
    ("Cookware Pan 28cm", 38.0),
    ("Phone Case", 14.99),
    ("Running Socks 3pk", 11.5),
    ("Board Game", 27.49),
    ("Throw Cushion", 16.0),
]
GROCERY = [
    ("Whole Milk 2L", 1.89),
    ("Sourdough Loaf", 3.49),
    ("Free Range Eggs 12", 4.29),
    ("Bananas 1kg", 1.19),
    ("Cheddar 400g", 4.75),
    ("Pasta 500g", 1.35),
    ("Olive Oil 1L", 8.99),
    ("Coffee Beans 250g", 6.49),
    ("Greek Yogurt", 2.79),
    ("Chicken Breast", 7.25),
    ("Tomatoes 6pk", 2.15),
    ("Orange Juice", 3.1),
]


# ---------------------------------------------------------------- 1 a till's split tender with a gift card, points
# or store credit beside a card (US, UK)


def split_till(rng: random.Random, font: str):
    where = rng.choice(["US", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = slip(rng)
    p = Sheet(font, style)
    shop = rng.choice(
        [
            "HOMESTEAD GOODS",
            "Brightwater Home & Garden",
            "CASCADE OUTFITTERS",
            "Kettle & Crumb Store",
            "Northgate Lifestyle",
            "PARKSIDE DEPT STORE",
        ]
    )
    town = (
        rng.choice(["Portland, OR 97205", "Columbus, OH 43215", "Austin, TX 78701"])
        if where == "US"
        else rng.choice(["Leeds LS1 4AP", "Bristol BS1 3XE", "Norwich NR2 1SH"])
    )
    head(p, rng, shop, [town, f"Store {digits(rng, 3)}  Reg {rng.randint(1, 9)}"])
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    p.add(("rule",))
    sub = items(p, rng, m, STORE_GOODS, rng.randint(2, 4))
    p.add(("rule",))
    if where == "US":
        tax = round(sub * rng.choice([0.0625, 0.0725, 0.08]), 2)
        p.add(("pair", "SUBTOTAL", m(sub)))
        p.add(("pair", "SALES TAX", m(tax)))
    else:
        tax = 0.0
    total = round(sub + tax, 2)
    p.add(("pair", "TOTAL", m(total)))
    kind = rng.choice(["gift", "points", "credit"])
    share = round(min(total * rng.uniform(0.2, 0.6), 50.0), 0)
    if kind == "gift":
        p.add(("pair", f"GIFT CARD {masked(rng)[-9:]}", m(share)))
        p.add(("pair", "GIFT CARD BAL", m(round(rng.uniform(0, 40), 2))))
    elif kind == "points":
        pts = int(share * 100)
        p.add(("pair", f"REWARDS {pts:,} PTS", m(share)))
    else:
        p.add(("pair", f"STORE CREDIT #{digits(rng, 8)}", m(share)))
    rest = round(total - share, 2)
    p.add(("pair", "BALANCE DUE", m(rest)))
    p.add(("rule",))
    status = outcome(rng, 0.25)
    card_block(p, rng, where, status, m(rest), rng.choice(["CARD TEND", "AMOUNT", "PAID BY CARD"]))
    p.add(("rule",))
    trans = digits(rng, 4)
    # a till footer's bare TRANS is the id only where no other code is printed (rank 0, below an approval code)
    p.para("center", f"TRANS {trans}  CASHIER {rng.choice(['ANA', 'JOE', 'KIM', 'RAJ'])}", txn=(0, trans))
    p.para("small", "Returns within 30 days with receipt")
    return p.out(), p.truth(rest, cur), style


# ---------------------------------------------------------------- 2 cash + card (euro area), store credit + UPI
# (India)


def split_counter(rng: random.Random, font: str):
    where = rng.choice(["IN", "EU"])
    cur = CUR[where]
    m = purse(rng, font, cur, lang="en")
    style = slip(rng) if where == "EU" else sheet(rng)
    p = Sheet(font, style)
    d = day(rng)
    if where == "IN":
        shop = rng.choice(["Lakshmi Silks", "Raj Footwear", "Shree Ganesh Electronics", "Mahalaxmi Sarees"])
        head(
            p,
            rng,
            shop,
            [
                rng.choice(["MG Road, Pune 411001", "T Nagar, Chennai 600017", "Karol Bagh, Delhi"]),
                f"GSTIN 27{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{digits(rng, 1)}",
            ],
        )
        bno = f"B-{digits(rng, 5)}"
        p.add(("pair", "Bill No", bno), txn=(BILL, bno))
        p.add(("pair", "Date", when(d, rng.choice(PATS["INR"]))), date=d)
        total = rupees(rng, 2400, 18000)
        p.add(("pair", "Bill Amount", m(total)))
        credit = float(rng.choice([500, 750, 1000, 1500]))
        p.add(("pair", f"Less: Credit Note CN{digits(rng, 4)}", m(credit)))
        rest = round(total - credit, 2)
        p.add(("pair", "Paid by UPI", m(rest)), keep=True, method=(SAID, "UPI"))
        status = "success" if rng.random() < 0.8 else "pending"
        if rng.random() < 0.75:
            ref = utr(rng, d)
            p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
        p.para(
            "center",
            "Payment Successful" if status == "success" else "Payment pending at bank",
            status=status,
        )
        p.para("small", "Goods once sold will not be taken back")
        return p.out(), p.truth(rest, cur), style
    shop = rng.choice(
        ["Café de Markt", "Boulangerie Lefèvre", "Bäckerei Sommer", "Libreria Dante", "Fietsen Jansen"]
    )
    head(
        p,
        rng,
        shop,
        [
            rng.choice(
                [
                    "Grote Markt 12, Haarlem",
                    "Rue Oberkampf 41, Paris",
                    "Hauptstr. 8, Freiburg",
                    "Via Roma 22, Bologna",
                ]
            )
        ],
    )
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    sub = items(p, rng, m, STORE_GOODS, rng.randint(2, 3))
    p.add(("rule",))
    p.add(("pair", "TOTAL", m(sub)))
    cash = float(rng.choice([10, 20, 20, 30]))
    p.add(("pair", "CASH", m(cash)), method=None)
    rest = round(sub - cash, 2)
    p.add(("rule",))
    status = outcome(rng, 0.2)
    card_block(
        p,
        rng,
        "EU",
        status,
        m(rest),
        rng.choice(["CARD", "Card payment", "Paid by card"]),
        ids=rng.choice(["auth", "rrn"]),
    )
    p.para("small", f"Till {rng.randint(1, 4)}  Merci / Danke / Thank you")
    return p.out(), p.truth(rest, cur), style


# ---------------------------------------------------------------- 3 an exchange slip: the returned item's credit,
# the new item, the balance charged to a card (US, UK)


def exchange(rng: random.Random, font: str):
    where = rng.choice(["US", "UK", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = slip(rng)
    p = Sheet(font, style)
    shop = rng.choice(
        ["STRIDE SHOE CO", "Meadow & Pine Clothing", "GADGET CORNER", "Harbour Books", "URBAN THREADS"]
    )
    head(
        p,
        rng,
        shop,
        [
            rng.choice(["High St, Guildford GU1 3AJ", "King St, Manchester M2 4LQ"])
            if where == "UK"
            else rng.choice(["Denver, CO 80202", "Raleigh, NC 27601"])
        ],
    )
    p.para("center", rng.choice(["EXCHANGE", "*** EXCHANGE ***", "EXCHANGE RECEIPT"]))
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    p.add(("pair", "Orig. receipt", f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 4)}"))
    p.add(("rule",))
    old_name, old = rng.choice(STORE_GOODS)
    new_name, new = rng.choice([g for g in STORE_GOODS if g[1] > old + 3] or [("Premium Upgrade", old + 15)])
    new = round(new + rng.choice([0, 5, 10]), 2)
    p.add(("pair", f"RETURN {old_name}", m(old, minus="-")))
    p.add(("pair", f"SALE {new_name}", m(new)))
    p.add(("rule",))
    p.add(("pair", "Original total", m(old)))
    p.add(("pair", "Refund credit applied", m(old, minus="-")))
    charge = round(new - old, 2)
    p.add(("pair", "NEW ITEMS", m(new)))
    p.add(("pair", rng.choice(["BALANCE TO PAY", "AMOUNT DUE"]), m(charge)))
    p.add(("rule",))
    status = outcome(rng, 0.25)
    card_block(p, rng, where, status, m(charge), rng.choice(["CHARGED", "CARD PAYMENT", "PAID"]))
    p.para("small", "Exchanged items may not be returned for cash")
    return p.out(), p.truth(charge, cur), style


# ---------------------------------------------------------------- 4 a hotel's or car rental's pre-authorisation
# and its completion (euro area, UK, US)

LODGING = {
    "EU": [
        ("Hotel Am Stadtpark", "Parkring 14, Wien"),
        ("Hôtel des Arts", "Rue Bonaparte 9, Paris"),
        ("Stay Rental Cars Lisboa", "Aeroporto Terminal 1, Lisboa"),
        ("Hotel Canal Zicht", "Keizersgracht 300, Amsterdam"),
    ],
    "UK": [
        ("The Harbour Hotel", "Quay St, Falmouth TR11 3HH"),
        ("Drive Away Car Hire", "Gatwick Airport RH6 0NP"),
    ],
    "US": [("Lakeview Inn & Suites", "Madison, WI 53703"), ("Sunbelt Car Rental", "Phoenix, AZ 85034")],
}


def preauth(rng: random.Random, font: str):
    k = nth("preauth")
    where = rng.choice(["EU", "EU", "UK", "US"])
    cur = CUR[where]
    m = purse(rng, font, cur, lang="en")
    style = slip(rng)
    p = Sheet(font, style)
    name, addr = rng.choice(LODGING[where])
    head(p, rng, name, [addr])
    d = day(rng)
    car = "Car" in name or "Rental" in name
    hold = float(rng.choice([150, 200, 250, 300, 500]))
    final = round(rng.uniform(0.35, 0.95) * hold, 2)
    tid = f"TID {digits(rng, 8)}"
    p.add(("left", tid))
    b = brand(rng, where)
    if k % 3 == 0:
        # the hold alone: pending (*settled*), its sum the hold
        p.add(("big", rng.choice(["PRE-AUTHORISATION", "PRE-AUTH"])))
        p.add(("pair", "Date", dated(rng, d, cur)), date=d)
        p.add(("left", f"{b} {masked(rng)}"), method=(SAID, "card"))
        p.add(("pair", rng.choice(["Amount held", "Pre-auth amount", "AUTH AMOUNT"]), m(hold)), keep=True)
        value = auth(rng)
        p.add(("pair", "Auth Code", value), txn=(APPR, value))
        p.para(
            "center", rng.choice(["Funds held - not charged", "Payment pending: hold only"]), status="pending"
        )
        p.para("small", "The hold is released at check-out" if not car else "Released on vehicle return")
        return p.out(), p.truth(hold, cur), style
    p.add(("big", rng.choice(["PRE-AUTH COMPLETION", "COMPLETION", "SALE COMPLETION"])))
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    if car:
        # a rental agreement's number is the rental's own (README's order family, Rental ID): below an approval code
        ra = f"RA-{digits(rng, 6)}"
        p.add(("pair", "Rental Agreement", ra), txn=(ORDER, ra))
    else:
        p.add(("pair", "Room", digits(rng, 3)))
    p.add(("left", f"{b} {masked(rng)}"), method=(SAID, "card"))
    p.add(("pair", "Pre-auth amount", m(hold)))
    if rng.random() < 0.5 and not car:
        p.add(("pair", "Incremental auth", m(round(hold * 0.2, 2))))
    p.add(("pair", rng.choice(["FINAL AMOUNT", "COMPLETION AMOUNT", "TOTAL CHARGED"]), m(final)), keep=True)
    status = "success" if rng.random() < 0.85 else "declined"
    if status == "success":
        value = auth(rng)
        p.add(("pair", "Auth Code", value), txn=(APPR, value))
    p.para("center", rng.choice(OUTCOME_WORDS[status]), status=status)
    p.para("small", "Cardholder copy")
    return p.out(), p.truth(final, cur), style


# ---------------------------------------------------------------- 5 pay at the pump: the pre-authorisation beside
# the fuel dispensed (US, UK)


def pump(rng: random.Random, font: str):
    where = rng.choice(["US", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = slip(rng, width=(400, 420, 440))
    p = Sheet(font, style)
    name = rng.choice(["PRAIRIE FUEL STOP", "Ridgeway Service Station", "QUIKFILL #2281", "Moorland Fuels"])
    head(p, rng, name, ["PAY AT PUMP"])
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    p.add(("pair", "PUMP", str(rng.randint(1, 12))))
    hold = float(rng.choice([75, 100, 125]) if where == "US" else rng.choice([99, 120, 150]))
    p.add(("pair", "PRE-AUTH", m(hold)))
    status = "success" if rng.random() < 0.8 else "declined"
    b = brand(rng, where)
    p.add(("left", f"{b} {masked(rng)}"), method=(SAID, "card"))
    if status == "declined":
        p.add(("pair", "AMOUNT", m(hold)), keep=True)
        p.para("center", "PRE-AUTH DECLINED", status="declined")
        p.para("center", "NO FUEL DISPENSED")
        return p.out(), p.truth(hold, cur), style
    unit = round(rng.uniform(3.1, 4.4), 3) if where == "US" else round(rng.uniform(1.32, 1.58), 3)
    vol = round(rng.uniform(8, 18) if where == "US" else rng.uniform(25, 60), 3)
    fuel = round(unit * vol, 2)
    p.add(
        (
            "pair",
            rng.choice(["REGULAR", "UNLEADED"]) if where == "US" else "UNLEADED E10",
            f"{vol:.3f} {'GAL' if where == 'US' else 'L'}",
        )
    )
    p.add(("pair", "PRICE/GAL" if where == "US" else "PRICE/L", f"{unit:.3f}"))
    p.add(("pair", rng.choice(["FUEL SALE", "TOTAL", "FUEL TOTAL"]), m(fuel)), keep=True)
    value = auth(rng)
    p.add(("pair", "AUTH #", value), txn=(APPR, value))
    p.para("center", "APPROVED", status="success")
    p.para("small", "Unused pre-auth released by your bank")
    return p.out(), p.truth(fuel, cur), style


# ---------------------------------------------------------------- 6 cash back at the till: purchase + cash back =
# the card debit (UK, Ireland, US)


def cashback(rng: random.Random, font: str):
    where = rng.choice(["UK", "EU", "EU", "US"])
    cur = CUR[where]
    m = purse(rng, font, cur, lang="en")
    style = slip(rng)
    p = Sheet(font, style)
    shop = rng.choice(["FRESHWAYS LOCAL", "Corner Basket Supermarket", "PRICEWISE GROCER", "Hilltop Market"])
    if where == "EU":
        shop = rng.choice(["Quinn's Food Market", "CORRIB FOODS"])
    head(
        p,
        rng,
        shop,
        [
            rng.choice(["Galway H91", "Cork T12"])
            if where == "EU"
            else (rng.choice(["Derby DE1 2PL", "Swansea SA1 3SN"]) if where == "UK" else "Boise, ID 83702")
        ],
    )
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    sub = items(p, rng, m, GROCERY, rng.randint(3, 5))
    p.add(("rule",))
    p.add(("pair", rng.choice(["BALANCE DUE", "TOTAL", "SUBTOTAL"]), m(sub)))
    cb = float(rng.choice([10, 20, 30, 40, 50]))
    p.add(("pair", rng.choice(["CASHBACK", "CASH BACK", "Cashback"]), m(cb)))
    debit = round(sub + cb, 2)
    status = outcome(rng, 0.2)
    card_block(
        p,
        rng,
        where,
        status,
        m(debit),
        rng.choice(["DEBIT CARD", "TOTAL DEBITED", "CARD TOTAL"]),
        ids=rng.choice(["auth", "auth", "rrn"]),
    )
    p.add(("pair", "CHANGE", m(cb) if status == "success" else m(0.0)))
    p.para("small", "Please retain for your records")
    return p.out(), p.truth(debit, cur), style


# ---------------------------------------------------------------- 7 a restaurant's card slip with its tip (US; a
# UK gratuity)


def tip_slip(rng: random.Random, font: str):
    where = rng.choice(["US", "US", "US", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = slip(rng, width=(420, 440, 460))
    p = Sheet(font, style)
    name = rng.choice(
        [
            "Blue Heron Bistro",
            "MARLOWE'S GRILL",
            "Taqueria Sol",
            "The Copper Kettle",
            "Golden Lotus Kitchen",
            "Fig & Olive Tavern",
        ]
    )
    head(
        p,
        rng,
        name,
        [
            rng.choice(["Savannah, GA 31401", "Tucson, AZ 85701", "Richmond, VA 23219"])
            if where == "US"
            else rng.choice(["Bath BA1 1LZ", "York YO1 7HH"])
        ],
    )
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    p.add(("pair", "Server", rng.choice(["Kayla", "Marcus", "Dee", "Tom"])))
    p.add(("pair", "Table", str(rng.randint(2, 40))))
    p.add(("pair", "Check", digits(rng, 4)))
    sub = price(rng, 28, 190, 0.0)
    tax = round(sub * 0.08, 2) if where == "US" else 0.0
    base = round(sub + tax, 2)
    p.add(("rule",))
    p.add(("pair", "Subtotal" if where == "US" else "Amount", m(sub)))
    if tax:
        p.add(("pair", "Tax", m(tax)))
        p.add(("pair", "Amount", m(base)))
    tip = round(base * rng.choice([0.15, 0.18, 0.2, 0.22]), 2)
    p.add(("pair", "Tip" if where == "US" else "Gratuity", m(tip)))
    total = round(base + tip, 2)
    status = "success" if rng.random() < 0.85 else "cancelled"
    p.add(("rule",))
    card_block(p, rng, where, status, m(total), "TOTAL")
    p.para("small", "Suggested tip: 18% / 20% / 22%")
    p.para("small", "CUSTOMER COPY")
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 8 a deposit or advance applied against a total,
# the balance paid now (India, UK)


def deposit_balance(rng: random.Random, font: str):
    where = rng.choice(["IN", "IN", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = sheet(rng)
    p = Sheet(font, style)
    d = day(rng)
    earlier = d - dt.timedelta(days=rng.randint(6, 40))
    if where == "IN":
        name = rng.choice(
            ["Royal Wood Furniture", "Sangeet Tailors & Boutique", "Shubh Caterers", "Kumar Modular Kitchens"]
        )
        head(
            p,
            rng,
            name,
            [rng.choice(["Kothrud, Pune 411038", "Anna Nagar, Chennai 600040", "Gomti Nagar, Lucknow"])],
        )
        p.add(("big", rng.choice(["FINAL RECEIPT", "BALANCE PAYMENT RECEIPT"])))
        rno = f"R/{digits(rng, 4)}"
        p.add(("pair", "Receipt No", rno), txn=(BILL, rno))
        total = rupees(rng, 18000, 140000)
    else:
        name = rng.choice(["Ashdown Joinery Ltd", "Bloom & Petal Weddings", "Kingsway Kitchens Ltd"])
        head(p, rng, name, [rng.choice(["Reading RG1 2AA", "Exeter EX4 3LS"])])
        p.add(("big", "BALANCE RECEIPT"))
        total = price(rng, 900, 6500, 0.3)
    p.add(("pair", "Date", when(d, rng.choice(PATS[cur]))), date=d)
    who = (
        ["Mr. A. Kulkarni", "Mrs. S. Iyer", "R. Menon"]
        if where == "IN"
        else ["J. Whitfield", "P. Okafor", "H. Lowe"]
    )
    p.add(("pair", "Customer", rng.choice(who)))
    p.add(("rule",))
    p.add(("pair", "Order value", m(total)))
    adv = round(total * rng.choice([0.25, 0.3, 0.4, 0.5]), 0)
    p.add(("pair", f"Less: advance paid on {when(earlier, '%d/%m/%Y')}", m(adv, "-")))
    bal = round(total - adv, 2)
    p.add(
        ("pair", rng.choice(["Balance paid now", "Balance received", "Amount received today"]), m(bal)),
        keep=True,
    )
    p.add(("pair", "Balance outstanding", m(0.0)))
    if where == "IN":
        way = rng.choice(["UPI", "UPI", "card"])
        if way == "UPI":
            p.add(("pair", "Mode", "UPI"), method=(SAID, "UPI"))
            ref = utr(rng, d)
            p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
        else:
            p.add(
                ("pair", "Mode", f"Card ({rng.choice(['VISA', 'RUPAY'])} {masked(rng)[-4:]})"),
                method=(SAID, "card"),
            )
    else:
        p.add(("pair", "Paid by", rng.choice(["Card (Visa)", "Debit card"])), method=(SAID, "card"))
    p.para("center", rng.choice(["PAID IN FULL - Thank you", "Fully paid"]), status="success")
    return p.out(), p.truth(bal, cur), style


# ---------------------------------------------------------------- 9 a layaway or instalment payment: this
# instalment beside the plan's total (US, UK, India)


def instalment(rng: random.Random, font: str):
    where = rng.choice(["US", "UK", "IN", "IN"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = slip(rng, width=(460, 480, 500)) if where != "IN" else sheet(rng)
    p = Sheet(font, style)
    d = day(rng)
    if where == "IN":
        name = rng.choice(["Swarna Mahal Jewellers", "Sri Balaji Jewellers", "Kalyan Gold Palace"])
        head(p, rng, name, [rng.choice(["Jayanagar, Bengaluru 560011", "Zaveri Bazaar, Mumbai"])])
        p.add(("big", "Gold Savings Scheme"))
        p.add(("pair", "Scheme No", f"GS-{digits(rng, 6)}"))
        n_total = 11
        inst = float(rng.choice([2000, 3000, 5000, 10000]))
        plan = inst * n_total
    else:
        name = rng.choice(["Frontier Furniture Outlet", "CASTLE JEWELERS", "Bright Appliances"])
        head(
            p,
            rng,
            name,
            [
                rng.choice(["Tulsa, OK 74103", "Fresno, CA 93721"])
                if where == "US"
                else rng.choice(["Luton LU1 2HN", "Stoke ST1 1DE"])
            ],
        )
        p.add(("big", rng.choice(["LAYAWAY PAYMENT", "INSTALMENT RECEIPT"])))
        p.add(("pair", "Plan #", f"LW{digits(rng, 6)}"))
        n_total = rng.choice([4, 6, 8])
        plan = price(rng, 400, 2400, 0.3)
        inst = round(plan / n_total, 2)
    k = rng.randint(2, n_total - 1)
    p.add(("pair", "Date", dated(rng, d, cur, clock=where != "IN")), date=d)
    p.add(("pair", "Plan total", m(plan)))
    p.add(("pair", f"Paid before ({k - 1} of {n_total})", m(round(inst * (k - 1), 2))))
    p.add(("pair", f"This payment ({k} of {n_total})", m(inst)), keep=True)
    p.add(("pair", "Remaining balance", m(round(plan - inst * k, 2))))
    way = rng.choice(["cash", "card", "UPI"] if where == "IN" else ["cash", "card", "card"])
    if way == "cash":
        p.add(("pair", "Paid by", "Cash"), method=(SAID, "cash"))
        if where == "IN":
            rno = f"{digits(rng, 5)}"
            p.add(("pair", "Receipt No", rno), txn=(BILL, rno))
    elif way == "UPI":
        p.add(("pair", "Paid by", "UPI"), method=(SAID, "UPI"))
        ref = utr(rng, d)
        p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    else:
        p.add(("pair", "Paid by", f"{brand(rng, where).title()} {masked(rng)[-4:]}"), method=(SAID, "card"))
        value = auth(rng)
        p.add(("pair", "Auth Code", value), txn=(APPR, value))
    status = "success" if way == "cash" or rng.random() < 0.8 else "pending"
    p.para(
        "center",
        "Payment received - thank you" if status == "success" else "Payment processing",
        status=status,
    )
    p.para("small", "Goods released when the plan is paid in full")
    return p.out(), p.truth(inst, cur), style


# ---------------------------------------------------------------- 10 a bill paid in part (India, UK)


def part_bill(rng: random.Random, font: str):
    where = rng.choice(["IN", "IN", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = sheet(rng)
    p = Sheet(font, style)
    d = day(rng)
    due = d + dt.timedelta(days=rng.randint(3, 15))
    if where == "IN":
        name = rng.choice(
            [
                "Maharashtra State Electricity Distribution Co. Ltd",
                "Bangalore Water Supply Board",
                "Tata Power-DDL",
                "Greenpark Residents Welfare Association",
            ]
        )
        head(p, rng, name, ["Payment Receipt"])
        p.add(("pair", "Consumer No", digits(rng, 12)))
        bill = rupees(rng, 1800, 12000)
        paid = float(rng.choice([500, 1000, 1500])) if bill > 1600 else round(bill / 2, 0)
        p.add(("pair", "Payment Date", dated(rng, d, cur)), date=d)
        p.add(("pair", "Due Date", when(due, "%d/%m/%Y")))
        p.add(("pair", "Bill Amount", m(bill)))
        p.add(("pair", "Amount Paid", m(paid)), keep=True)
        p.add(("pair", "Balance Outstanding", m(round(bill - paid, 2))))
        way = rng.choice(["UPI", "netbanking", "UPI"])
        if way == "UPI":
            p.add(("pair", "Payment Mode", "UPI"), method=(SAID, "UPI"))
        else:
            p.add(("pair", "Payment Mode", "Net Banking"), method=(SAID, "netbanking"))
        ref = f"{code(rng, 2, UPPER)}0{digits(rng, 9)}"
        p.add(("pair", "Transaction ID", ref), txn=(TXN, ref))
    else:
        name = rng.choice(["Westbridge Borough Council", "Severnside Water", "Hartley Energy Ltd"])
        head(p, rng, name, ["Payment confirmation"])
        p.add(("pair", "Account number", digits(rng, 10)))
        bill = price(rng, 180, 1400, 0.0)
        paid = float(rng.choice([50, 75, 100, 150]))
        p.add(("pair", "Date paid", dated(rng, d, cur)), date=d)
        p.add(("pair", "Bill total", m(bill)))
        p.add(("pair", "Amount paid", m(paid)), keep=True)
        p.add(("pair", "Still to pay", m(round(bill - paid, 2))))
        p.add(("pair", "Paid with", f"Debit card ending {digits(rng, 4)}"), method=(SAID, "card"))
        ref = f"{code(rng, 3, UPPER)}{digits(rng, 7)}"
        p.add(("pair", "Payment reference", ref), txn=(BANKREF, ref))
    status = "success" if rng.random() < 0.8 else "pending"
    p.para(
        "center",
        "Payment Successful" if status == "success" else "Payment pending confirmation",
        status=status,
    )
    p.para("small", "Please pay the balance by the due date.")
    return p.out(), p.truth(paid, cur), style


# ---------------------------------------------------------------- 11 a grocery till with coupons and discounts
# (US, euro area)


def coupons(rng: random.Random, font: str):
    where = rng.choice(["US", "EU", "EU"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = slip(rng)
    p = Sheet(font, style)
    if where == "US":
        name = rng.choice(["VALLEY FRESH MARKET", "Greenleaf Grocers", "SAVE-RITE FOODS"])
        place = rng.choice(["Spokane, WA 99201", "Albany, NY 12207"])
    else:
        name, place = rng.choice(
            [
                ("Marché Fermier Lyon", "Rue Mercière 5, Lyon"),
                ("Supermarkt Vanderveen", "Lange Poten 3, Den Haag"),
                ("Mercato Verde", "Via Po 18, Torino"),
            ]
        )
    head(p, rng, name, [place])
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    sub = items(p, rng, m, GROCERY, rng.randint(4, 6))
    p.add(("rule",))
    p.add(("pair", "SUBTOTAL", m(sub)))
    off = round(rng.choice([0.5, 1.0, 1.5, 2.0]), 2)
    p.add(("pair", "COUPON", m(off, "-")))
    pct = rng.choice([5, 10])
    disc = round(sub * pct / 100, 2)
    p.add(("pair", f"MEMBER DISCOUNT {pct}%", m(disc, "-")))
    net = round(sub - off - disc, 2)
    tax = round(net * 0.05, 2) if where == "US" else 0.0
    if tax:
        p.add(("pair", "TAX", m(tax)))
    total = round(net + tax, 2)
    p.add(("pair", rng.choice(["TOTAL", "TOTAL DUE", "** TOTAL"]), m(total)))
    status = outcome(rng, 0.2)
    card_block(
        p, rng, where, status, m(total), rng.choice(["CARD", "PAYMENT"]), ids=rng.choice(["auth", "rrn"])
    )
    p.add(("pair", "YOU SAVED", m(round(off + disc, 2))))
    p.para("small", "Coupons expire 30 days after issue")
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 12 a currency-conversion (DCC) slip: the sum in
# the merchant's currency and in the card's (euro area, UK)

DCC_MERCHANTS = {
    "EUR": [
        ("Museo Café Firenze", "Piazza Pitti 1, Firenze"),
        ("Boutique Lumière", "Rue de Rivoli 88, Paris"),
        ("Tapas Ribera", "Carrer del Rec 22, Barcelona"),
        ("Souvenirs am Dom", "Domkloster 2, Köln"),
    ],
    "GBP": [
        ("Thistle Woollens", "Royal Mile, Edinburgh EH1 1RE"),
        ("Covent Garden Sweets", "London WC2E 8RF"),
    ],
}


def dcc(rng: random.Random, font: str):
    local = rng.choice(["EUR", "EUR", "GBP"])
    home = rng.choice(["USD", "GBP", "INR"] if local == "EUR" else ["USD", "EUR", "INR"])
    ml = purse(rng, font, local, lang="en")
    style = slip(rng, width=(460, 480, 500))
    p = Sheet(font, style)
    name, addr = rng.choice(DCC_MERCHANTS[local])
    head(p, rng, name, [addr])
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, "EUR" if local == "EUR" else "GBP")), date=d)
    p.add(("left", f"TID {digits(rng, 8)}   MID {digits(rng, 9)}"))
    b = brand(rng, "UK")
    p.add(("left", f"{b} {masked(rng)}"), method=(SAID, "card"))
    base = price(rng, 12, 420, 0.2)
    rates = {
        ("EUR", "USD"): 1.09,
        ("EUR", "GBP"): 0.86,
        ("EUR", "INR"): 91.4,
        ("GBP", "USD"): 1.27,
        ("GBP", "EUR"): 1.17,
        ("GBP", "INR"): 106.2,
    }
    rate = round(rates[(local, home)] * rng.uniform(0.98, 1.03), 4)
    margin = rng.choice([3.0, 3.5, 4.0])
    charged = round(base * rate * (1 + margin / 100), 2)
    p.add(("pair", rng.choice(["AMOUNT", "SALE", "Purchase"]), ml(base)))
    p.add(("pair", "Exchange rate", f"1 {local} = {rate:.4f} {home}"))
    p.add(("pair", "Mark-up on ECB rate", f"{margin:.2f}%"))
    p.add(("pair", rng.choice([f"TRANSACTION AMOUNT {home}", f"TOTAL {home}"]), f"{charged:,.2f}"), keep=True)
    p.add(("pair", "Transaction currency", home))
    p.para("small", f"I accept that I have been offered a choice of currencies and agree to pay in {home}.")
    status = outcome(rng, 0.25)
    if status != "declined":
        value = auth(rng)
        p.add(("pair", "AUTH CODE", value), txn=(APPR, value))
    p.para("center", rng.choice(OUTCOME_WORDS[status]), status=status)
    p.para("small", "Conversion provided by the terminal's DCC service")
    return p.out(), p.truth(charged, home), style

"""The twelve heldout90 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: everyday payments in the US, the UK,
Ireland, Canada and Australia, in designs no earlier set drew: a sit-down restaurant's check with a
suggested-tip table and the card slip under it with its tip and total written in, a grocery till roll with
club-card savings, a bag charge, multi-buys and an EMV tender block, a US pharmacy receipt with its rewards
and an Rx line, a peer-to-peer money app's screen, a small shop's e-mailed receipt from its card processor, a
parking or EV charging session's receipt, a utility or council bill paid online, a subscription or gym renewal
e-mail, a dry cleaner's or shoe repairer's ticket, a hardware store's receipt with a return and an exchange, a
ride's receipt (an app's e-mail or a black cab's printed slip) and a charity donation's or an event ticket's
receipt. Sums are kept in whole cents; ``Dollars`` prints a page's money, chosen once ($ on US, Canadian and
Australian pages with US$, C$, CA$, A$ or the ISO code on a share, £ and GBP, € and EUR); ``done`` states the
fields exactly as the page prints them (``None`` where a field is not printed)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout83_families import ALNUM, UPPER, bar, when_text
from bench.receipt_sets.heldout85_families import screen
from bench.receipt_sets.heldout88_families import after, before, fitted

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 540, "size": 20}
EMAIL = {
    "screen": True,
    "paper": (255, 255, 255),
    "ink": (34, 34, 40),
    "accent": (20, 60, 120),
    "width": 680,
    "size": 18,
}
WEB = {
    "screen": True,
    "paper": (246, 247, 250),
    "ink": (30, 32, 40),
    "accent": (0, 80, 130),
    "width": 740,
    "size": 18,
}
ROLL = {"paper": (250, 249, 244), "width": 460, "size": 17}
TICKET = {"paper": (255, 253, 240), "ink": (40, 30, 70), "width": 440, "size": 18}
SHEET = {"paper": (255, 255, 255), "width": 760, "size": 17}

LOWER = "abcdefghijkmnopqrstuvwxyz"
MIXED = UPPER + LOWER + "23456789"
HEXL = "0123456789abcdef"

# a country's currency and the marks its pages print (a bare $ is the page's own country's dollar)
COUNTRY = {
    "US": ("USD", ["$", "$", "$", "US$", "USD"]),
    "CA": ("CAD", ["$", "$", "$", "C$", "CA$", "CAD"]),
    "AU": ("AUD", ["$", "$", "$", "A$", "AUD"]),
    "UK": ("GBP", ["£", "£", "£", "GBP"]),
    "IE": ("EUR", ["€", "€", "€", "EUR"]),
}
# one date pattern per page: month first on US pages, day first in the UK, Ireland and Australia, year first
# or a
# month name on Canadian pages (never an all-numeric day and month there)
PATTERNS = {
    "US": ["%m/%d/%Y", "%m/%d/%y", "{mon} {d}, %Y", "{month} {d}, %Y", "{dow}, {mon} {d}, %Y", "%m-%d-%Y"],
    "UK": ["%d/%m/%Y", "%d/%m/%y", "{d} {mon} %Y", "{d} {month} %Y", "{dow} {d} {mon} %Y", "%d-%m-%Y"],
    "IE": ["%d/%m/%Y", "%d/%m/%y", "{d} {mon} %Y", "{d} {month} %Y", "%d.%m.%Y"],
    "AU": ["%d/%m/%Y", "%d/%m/%y", "{d} {mon} %Y", "{d} {month} %Y", "{dow} {d} {mon} %Y", "%d-%m-%Y"],
    "CA": ["%Y-%m-%d", "%Y/%m/%d", "{mon} {d}, %Y", "{month} {d}, %Y", "{d} {mon} %Y"],
}
PEOPLE = {
    "US": [
        "Jordan Ellis",
        "Maria Delgado",
        "Tyrone Jackson",
        "Emily Chen",
        "Brandon Walsh",
        "Aisha Rahman",
        "Kyle Petersen",
        "Natalie Brooks",
    ],
    "UK": [
        "Harriet Cole",
        "Daniel Osei",
        "Gemma Price",
        "Callum Fraser",
        "Priya Shah",
        "Liam Doherty",
        "Ellie Watson",
        "Marcus Reid",
    ],
    "IE": ["Ciara Flynn", "Eoin Gallagher", "Orla Kennedy", "Shane Duffy", "Aisling Nolan", "Padraig Burke"],
    "CA": [
        "Mathieu Tremblay",
        "Jasmine Singh",
        "Owen MacDonald",
        "Chloe Bouchard",
        "Ethan Wong",
        "Hannah Lefebvre",
    ],
    "AU": [
        "Lachlan Smith",
        "Mia Nguyen",
        "Jack O'Brien",
        "Chloe Papadopoulos",
        "Ruby Williams",
        "Tom Kowalski",
    ],
}
CARD_NAMES = ["VISA", "MASTERCARD", "AMEX", "DISCOVER", "VISA DEBIT", "DEBIT MASTERCARD"]
AIDS = {
    "VISA": "A0000000031010",
    "VISA DEBIT": "A0000000031010",
    "MASTERCARD": "A0000000041010",
    "DEBIT MASTERCARD": "A0000000041010",
    "AMEX": "A000000025010801",
    "DISCOVER": "A0000001523010",
    "INTERAC": "A0000002771010",
    "EFTPOS": "A000000384",
    "MAESTRO": "A0000000043060",
}


class Dollars:
    """A page's money, chosen once: its mark or code, before the sum (a code after it on a share), Western
    grouping or plain; sums are whole cents."""

    def __init__(self, rng: random.Random, country: str, marks: list[str] | None = None):
        self.country = country
        self.ccy, options = COUNTRY[country]
        self.mark = rng.choice(marks or options)
        self.after = self.mark in ("USD", "CAD", "AUD", "GBP", "EUR") and rng.random() < 0.4
        self.plain = rng.random() < 0.2
        self.gap = " " if self.mark in ("USD", "CAD", "AUD", "GBP", "EUR") else ""

    def bare(self, cents: int) -> str:
        value = abs(cents) / 100
        return f"{value:.2f}" if self.plain else f"{value:,.2f}"

    def __call__(self, cents: int, sign: str = "") -> str:
        if self.after:
            return f"{sign}{self.bare(cents)} {self.mark}"
        return f"{sign}{self.mark}{self.gap}{self.bare(cents)}"


def stamp(date: dt.date, pat: str, upper: bool = False) -> str:
    return when_text(date, pat, None, upper)


def pattern(rng: random.Random, country: str) -> str:
    return rng.choice(PATTERNS[country])


def hhmm(rng: random.Random, country: str, seconds: bool = False) -> str:
    h, m, s = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    tail = f":{s:02d}" if seconds else ""
    if country in ("US", "CA") or (country == "AU" and rng.random() < 0.5):
        return f"{(h - 1) % 12 + 1}:{m:02d}{tail} {'PM' if h >= 12 else 'AM'}"
    return f"{h:02d}:{m:02d}{tail}"


def cents(rng: random.Random, low: float, high: float, step: int = 1) -> int:
    value = rng.randrange(int(low * 100), int(high * 100) + 1)
    return max(step, value // step * step)


def pct(value: int, rate: float) -> int:
    return int(round(value * rate))


def done(name, total_cents, ccy, txn, dated, method, status) -> dict:
    return truth_fields(name, total_cents / 100, ccy, txn, dated, method, status)


def said(
    rng: random.Random,
    words: dict[str, list[str]],
    p_said: float,
    p_success: float = 0.55,
    p_failed: float = 0.25,
) -> tuple[str | None, str | None]:
    """On a share of pages an outcome in the family's words: (status, words), else (None, None)."""
    if rng.random() >= p_said:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else "failed" if roll < p_success + p_failed else "pending"
    if not words.get(status):
        status = "success"
    return status, rng.choice(words[status])


def card_line(rng: random.Random) -> tuple[str, str, str]:
    """A card's scheme, last four and one masked form of it."""
    scheme = rng.choice(CARD_NAMES)
    last = digits(rng, 4)
    masked = rng.choice(
        [f"************{last}", f"XXXXXXXXXXXX{last}", f"**** **** **** {last}", f"xxxx xxxx xxxx {last}"]
    )
    return scheme, last, masked


def phone(rng: random.Random, country: str) -> str:
    if country in ("US", "CA"):
        return f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{digits(rng, 4)}"
    if country == "AU":
        return f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}"
    if country == "IE":
        return f"(01) {digits(rng, 3)} {digits(rng, 4)}"
    return f"0{rng.choice(['20', '161', '113', '117', '131'])} {digits(rng, 3)} {digits(rng, 4)}"


def abn(rng: random.Random) -> str:
    return f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"


def gst_no(rng: random.Random) -> str:
    return f"{digits(rng, 9)} RT0001"


def vat_no(rng: random.Random, country: str) -> str:
    if country == "IE":
        return f"VAT No. IE{digits(rng, 7)}{rng.choice('ABCDHKLMNPTW')}"
    return f"VAT No. GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"


def tax_cue(rng: random.Random, country: str) -> str | None:
    """A line that names the page's country (a bare $ there): a Canadian GST/HST number or an Australian
    ABN."""
    if country == "CA":
        return rng.choice(["GST/HST # ", "HST Reg # ", "GST/HST Reg. No. "]) + gst_no(rng)
    if country == "AU":
        return abn(rng)
    return None


# -------------------------------------------------------- 1 a restaurant's check with the slip written in

RESTAURANTS = {
    "US": [
        (
            "The Copper Pot Bistro",
            "2140 Fillmore St",
            "San Francisco, CA 94115",
            [("Sales Tax 8.625%", 0.08625)],
        ),
        ("Magnolia Table & Bar", "418 Congress Ave", "Austin, TX 78701", [("TX Sales Tax", 0.0825)]),
        ("Harborview Oyster House", "77 Atlantic Ave", "Boston, MA 02110", [("Meals Tax 7%", 0.07)]),
        ("Rosalind's Trattoria", "1609 W Division St", "Chicago, IL 60622", [("Tax", 0.1025)]),
        ("Blue Heron Supper Club", "3021 Hennepin Ave", "Minneapolis, MN 55408", [("Sales Tax", 0.08875)]),
        ("Juniper & Sage Kitchen", "905 SW Alder St", "Portland, OR 97205", []),
    ],
    "CA": [
        ("The Gilded Maple", "488 King St W", "Toronto, ON M5V 1L7", [("HST 13%", 0.13)]),
        ("Fable Kitchen", "1944 W 4th Ave", "Vancouver, BC V6J 1M5", [("GST 5%", 0.05)]),
        (
            "Bistro Le Vieux Port",
            "220 Rue Saint-Paul O",
            "Montreal, QC H2Y 1Z9",
            [("GST 5%", 0.05), ("QST 9.975%", 0.09975)],
        ),
        ("Prairie Ember Grill", "10330 Jasper Ave", "Edmonton, AB T5J 1Y7", [("GST 5%", 0.05)]),
    ],
}
DISHES = [
    ("Burrata Salad", 16.0),
    ("Crispy Calamari", 15.5),
    ("French Onion Soup", 11.0),
    ("Steak Frites", 38.0),
    ("Pan-Seared Salmon", 31.0),
    ("Mushroom Risotto", 26.0),
    ("Half Roast Chicken", 27.5),
    ("Short Rib", 36.0),
    ("Cheeseburger", 19.0),
    ("Caesar Salad", 14.0),
    ("Lobster Roll", 34.0),
    ("Creme Brulee", 10.0),
    ("Chocolate Torte", 11.5),
    ("IPA Draft", 8.0),
    ("House Red Glass", 13.0),
    ("Old Fashioned", 15.0),
    ("Sparkling Water", 6.0),
    ("Iced Tea", 4.5),
    ("Espresso", 4.0),
]
CHECK_WORDS = {
    "success": ["APPROVED", "Approved", "APPROVED - THANK YOU"],
    "failed": ["DECLINED", "Declined"],
}


@fitted
def restaurant_check(rng: random.Random, font: str):
    """A sit-down restaurant's check (US or Canada): the restaurant on top with its address, server, table and
    guests, the check number, the day and time, the dishes, the subtotal, the tax (US sales tax, Canadian HST
    or GST with QST), the check's total, a suggested-tip table (three or four rates with the tip and the total
    each would make), then the card slip under it: the card, its entry, the auth code and a reference on a
    share, the AMOUNT (the check's total), the TIP and TOTAL lines the guest wrote in (a tip off the table, or
    one that rounds the total up) and a signature line. The amount is the TOTAL written in; a declined card
    leaves the lines blank and the amount is the AMOUNT tried."""
    country = rng.choice(["US", "US", "US", "CA"])
    name, street, city, taxes = rng.choice(RESTAURANTS[country])
    m = Dollars(rng, country, ["$"] if rng.random() < 0.8 else None)
    pat = pattern(rng, country)
    paid = day(rng)
    time = hhmm(rng, country)
    rows: list[tuple] = [
        ("title", name),
        ("center", street),
        ("center", city),
        ("small", phone(rng, country)),
    ]
    cue = tax_cue(rng, country)
    if cue:
        rows.append(("small", cue))
    rows.append(("rule",))
    server = rng.choice(["Maria", "Devon", "Alexis", "Sam", "Priya", "Luc", "Jenna", "Marco"])
    check_no = str(rng.randrange(1000, 99999))
    rows.append(("left", f"Server: {server} {rng.randrange(100, 999)}   Table {rng.randrange(1, 60)}"))
    rows.append(
        ("left", f"Guests: {rng.randrange(2, 7)}   {rng.choice(['Check', 'Chk', 'Check #'])} {check_no}")
    )
    rows.append(("left", f"{stamp(paid, pat)}  {time}"))
    rows.append(("rule",))
    sub = 0
    for dish, base in rng.sample(DISHES, rng.randrange(3, 7)):
        qty = rng.choice([1, 1, 1, 2])
        line = int(base * 100) * qty
        sub += line
        rows.append(("pair", f"{qty} {dish}", m.bare(line)))
    rows.append(("rule",))
    rows.append(("pair", "Subtotal", m(sub)))
    tax = 0
    for label, rate in taxes:
        part = pct(sub, rate)
        tax += part
        rows.append(("pair", label, m(part)))
    check_total = sub + tax
    rows.append(("pair", rng.choice(["Total", "Check Total", "Amount Due", "Balance Due"]), m(check_total)))
    rows.append(("gap",))
    rows.append(
        (
            "center",
            rng.choice(["Suggested Gratuity", "Gratuity Guide", "For your convenience", "Tip Suggestions"]),
        )
    )
    base_word = rng.choice(["on subtotal", "on total", "before tax"])
    base_for_tip = sub if base_word != "on total" else check_total
    rates = rng.choice([[15, 18, 20], [18, 20, 22], [18, 20, 22, 25], [15, 18, 20, 25]])
    rows.append(("small", f"(calculated {base_word})"))
    tips = {}
    for rate in rates:
        tip = pct(base_for_tip, rate / 100)
        tips[rate] = tip
        rows.append(("left", f"{rate}%  Tip {m(tip)}  Total {m(check_total + tip)}"))
    rows.append(("rule",))
    status, words = said(rng, CHECK_WORDS, 0.7, p_success=0.85, p_failed=0.15)
    scheme, last, masked = card_line(rng)
    rows.append(("center", rng.choice(["CUSTOMER COPY", "MERCHANT COPY", "Card Receipt"])))
    rows.append(("pair", scheme, masked))
    rows.append(("pair", "Entry", rng.choice(["CHIP", "CONTACTLESS", "TAP", "SWIPED", "EMV"])))
    txn = None
    if status != "failed" and shown(rng, 0.35):
        txn = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, ALNUM)
        rows.append(("pair", rng.choice(["Auth Code", "AUTH CODE", "Approval", "Auth #"]), txn))
        if shown(rng, 0.5):
            rows.append(("pair", rng.choice(["Ref #", "REF NO"]), digits(rng, 12)))
    if words:
        rows.append(("center", words))
    rows.append(("pair", "AMOUNT", m(check_total)))
    if status == "failed":
        rows.append(("pair", "TIP", "________"))
        rows.append(("pair", "TOTAL", "________"))
        total = check_total
    else:
        if rng.random() < 0.5:
            tip = tips[rng.choice(rates)]
        else:
            tip = (check_total // 100 + rng.randrange(5, 20)) * 100 - check_total
        total = check_total + tip
        cash_style = rng.random() < 0.3
        tip_text = (
            f"{tip / 100:.2f}"
            if not cash_style
            else (f"{tip // 100}" if tip % 100 == 0 else f"{tip / 100:.2f}")
        )
        rows.append(("pair", rng.choice(["TIP", "+ TIP", "Gratuity"]), tip_text))
        rows.append(("pair", rng.choice(["TOTAL", "= TOTAL", "Total"]), f"{total / 100:.2f}"))
    rows.append(("left", "X ____________________________"))
    rows.append(("small", "I agree to pay the above total amount"))
    rows.append(("small", "according to the card issuer agreement"))
    rows.append(
        ("center", rng.choice(["Thank you for dining with us!", "See you again soon", "Tip your server :)"]))
    )
    # the check number on the header is the id where no auth code is printed
    return rows, done(name, total, m.ccy, txn or check_no, paid, "card", status), dict(ROLL)


# ---------------------------------------------------------------- 2 a grocery till roll

# chain as its top line prints it, country, club scheme, the saving's wording, the bag line, the tax's kind
GROCERS = [
    ("KROGER", "US", "Kroger Plus Card", "KROGER SAVINGS", "PAPER BAG FEE", "us"),
    ("SAFEWAY", "US", "Club Card", "CLUB CARD SAVINGS", "BAG FEE", "us"),
    ("TRADER JOE'S", "US", None, None, "PAPER BAG", "us"),
    ("TESCO", "UK", "Clubcard", "Clubcard Price", "Bag For Life", "vat"),
    ("Sainsbury's", "UK", "Nectar card", "Nectar Price Saving", "CARRIER BAG", "vat"),
    ("Lidl", "UK", "Lidl Plus", "Lidl Plus Coupon", "Carrier bag", "vat"),
    ("ALDI", "IE", None, None, "BAG LEVY", "vat"),
    ("Dunnes Stores", "IE", "Value Club", "Value Club Saving", "Plastic Bag Levy", "vat"),
    ("LOBLAWS", "CA", "PC Optimum", "PC OPTIMUM OFFER", "SHOPPING BAG", "hst"),
    ("Woolworths", "AU", "Everyday Rewards", "Member Price", "REUSABLE BAG", "gst"),
    ("Coles", "AU", "Flybuys", "Flybuys Offer", "Reusable Bag", "gst"),
]
GROCERIES = {
    "US": [
        ("ORGANIC BANANAS", 0.69, 0),
        ("WHOLE MILK GAL", 3.49, 0),
        ("LARGE EGGS 12CT", 4.29, 0),
        ("SOURDOUGH LOAF", 4.99, 0),
        ("CHEDDAR BLOCK", 3.79, 0),
        ("PAPER TOWELS 6PK", 9.99, 1),
        ("DISH SOAP", 3.49, 1),
        ("GREEK YOGURT", 1.25, 0),
        ("AVOCADOS", 1.50, 0),
        ("SPARKLING WATER", 5.99, 1),
        ("FROZEN PIZZA", 6.49, 0),
        ("CHICKEN THIGHS", 8.37, 0),
        ("TORTILLA CHIPS", 3.99, 0),
    ],
    "UK": [
        ("Semi Skimmed Milk 2L", 1.45, 0),
        ("Free Range Eggs 6", 2.10, 0),
        ("Hovis Granary", 1.60, 0),
        ("Bananas Loose", 0.68, 0),
        ("Cathedral City Mature", 3.75, 0),
        ("Heinz Beans 4pk", 3.20, 0),
        ("Fairy Liquid", 1.75, 1),
        ("Andrex 9 Roll", 5.50, 1),
        ("Walkers Crisps 6pk", 2.25, 1),
        ("Chicken Breast 650g", 4.85, 0),
        ("Pink Lady Apples", 2.40, 0),
        ("Coca Cola 2L", 2.15, 1),
    ],
    "IE": [
        ("Avonmore Milk 2L", 2.19, 0),
        ("Brennans Bread", 2.35, 0),
        ("Kerrygold Butter", 3.99, 0),
        ("Free Range Eggs 6", 2.79, 0),
        ("Barry's Tea 80", 3.49, 0),
        ("Cadbury Dairy Milk", 2.49, 1),
        ("Tayto Crisps 6pk", 2.99, 1),
        ("Rashers 200g", 2.89, 0),
        ("Washing Up Liquid", 1.99, 1),
        ("Potatoes 2.5kg", 2.49, 0),
    ],
    "CA": [
        ("PC BLUE MILK 2L", 5.29, 0),
        ("BANANAS", 1.18, 0),
        ("NO NAME EGGS 12", 4.49, 0),
        ("CHEERIOS 430G", 6.49, 0),
        ("MAPLE SYRUP 540ML", 9.99, 0),
        ("PAPER TOWEL 6", 11.99, 1),
        ("TIDE PODS", 14.99, 1),
        ("KETTLE CHIPS", 3.99, 1),
        ("AVOCADO BAG", 4.99, 0),
        ("POP 12PK", 7.99, 1),
    ],
    "AU": [
        ("Bananas Cavendish", 1.95, 0),
        ("Full Cream Milk 3L", 4.65, 0),
        ("Tim Tam Original", 4.50, 1),
        ("Vegemite 380g", 7.00, 0),
        ("Sourdough Loaf", 5.50, 0),
        ("Arnott's Shapes", 3.85, 1),
        ("Dishwashing Liquid", 4.20, 1),
        ("Chicken Breast 1kg", 12.00, 0),
        ("Coke No Sugar 1.25L", 3.20, 1),
        ("Free Range Eggs 12", 6.80, 0),
    ],
}
BAG_PRICE = {"US": 10, "UK": 10, "IE": 22, "CA": 25, "AU": 15}


@fitted
def grocery_roll(rng: random.Random, font: str):
    """A supermarket's till roll (Kroger, Safeway, Trader Joe's, Tesco, Sainsbury's, Lidl, Aldi, Dunnes
    Stores, Loblaws, Woolworths, Coles): the chain on top (the payee), the store's address, phone and an ABN,
    GST/HST or VAT number, items with quantities at a unit price, the club card's price under an item, a
    multi-buy's saving, the bag charge, the subtotal, US sales tax or Canadian HST added, the total, then the
    tender: a card with its EMV block (the card's scheme and masked number, the AID and the application's
    label, the entry, the auth code on a share, APPROVED or AUTHORISED on a share) or cash with change; then
    the club's savings today, its points and a coupon's or points' expiry day, Australian GST included in the
    total, the store, register and transaction numbers and the day and time."""
    chain, country, club, saving_word, bag_word, tax_kind = rng.choice(GROCERS)
    m = Dollars(rng, country, ["$"] if country in ("US", "CA", "AU") and rng.random() < 0.7 else None)
    pat = pattern(rng, country)
    paid = day(rng)
    upper = chain.isupper()
    rows: list[tuple] = [("title", chain)]
    rows.append(("center", rng.choice(["Store", "Store #", "STORE"]) + f" {rng.randrange(100, 9999)}"))
    rows.append(
        (
            "center",
            {
                "US": "1550 Eastgate Blvd, Cincinnati OH 45245",
                "UK": "Cromwell Road, London SW7",
                "IE": "Stillorgan Road, Dublin 4",
                "CA": "60 Carlton St, Toronto ON",
                "AU": "Bondi Junction NSW 2022",
            }[country],
        )
    )
    rows.append(("small", phone(rng, country)))
    cue = tax_cue(rng, country) or (
        vat_no(rng, country) if country in ("UK", "IE") and rng.random() < 0.5 else None
    )
    if cue:
        rows.append(("small", cue))
    rows.append(("rule",))
    sub = 0
    saved = 0
    taxable = 0
    for item, unit, taxed in rng.sample(GROCERIES[country], rng.randrange(5, 9)):
        qty = rng.choice([1, 1, 1, 2, 3])
        unit_c = int(round(unit * 100))
        line = unit_c * qty
        label = item.upper() if upper else item
        flag = ""
        if taxed and tax_kind in ("us", "hst"):
            flag = " T" if tax_kind == "us" else " H"
        elif taxed and tax_kind == "gst":
            flag = " #"
        if qty > 1:
            rows.append(("left", label))
            rows.append(("pair", f"   {qty} @ {m.bare(unit_c)}", m.bare(line) + flag))
        else:
            rows.append(("pair", label, m.bare(line) + flag))
        sub += line
        if taxed:
            taxable += line
        if club and rng.random() < 0.3:
            cut = min(line // 3, rng.choice([25, 50, 75, 100, 150]))
            if cut:
                rows.append(("pair", f"   {saving_word}", "-" + m.bare(cut)))
                saved += cut
                sub -= cut
                if taxed:
                    taxable -= cut
        if qty >= 2 and rng.random() < 0.5:
            cut = min(line // 4, rng.choice([50, 100, 150]))
            if cut:
                rows.append(
                    (
                        "pair",
                        f"   MULTIBUY {qty} FOR {m.bare(line - cut)}"
                        if upper
                        else f"   Multibuy {qty} for {m.bare(line - cut)}",
                        "-" + m.bare(cut),
                    )
                )
                saved += cut
                sub -= cut
                if taxed:
                    taxable -= cut
    bags = rng.randrange(1, 4)
    bag = BAG_PRICE[country] * bags
    rows.append(("pair", f"{bag_word} x{bags}" if bags > 1 else bag_word, m.bare(bag)))
    sub += bag
    rows.append(("rule",))
    rows.append(("pair", "SUBTOTAL" if upper else "Subtotal", m(sub)))
    total = sub
    if tax_kind == "us":
        tax = pct(taxable, rng.choice([0.0575, 0.0725, 0.0625, 0.07]))
        rows.append(("pair", rng.choice(["TAX", "SALES TAX", "TAX 1"]), m(tax)))
        total += tax
    elif tax_kind == "hst":
        tax = pct(taxable, 0.13)
        rows.append(("pair", "HST 13%", m(tax)))
        total += tax
    rows.append(
        (
            "pair",
            rng.choice(["TOTAL", "BALANCE DUE", "Total to pay"])
            if upper or rng.random() < 0.5
            else rng.choice(["Total", "TOTAL", "Balance Due"]),
            m(total),
        )
    )
    status, txn = None, None
    if rng.random() < 0.2:
        method = "cash"
        tendered = next(v for v in (1000, 2000, 5000, 10000, 20000) if v >= total)
        rows.append(("pair", "CASH" if upper else "Cash", m(tendered)))
        rows.append(("pair", "CHANGE" if upper else "Change", m(tendered - total)))
    else:
        method = "card"
        scheme, last, masked = card_line(rng)
        if country == "CA" and rng.random() < 0.5:
            scheme = "INTERAC"
        if country == "AU" and rng.random() < 0.5:
            scheme = "EFTPOS"
        rows.append(("pair", scheme if upper else scheme.title(), m(total)))
        rows.append(("rule",))
        rows.append(("left", rng.choice(["CARD", "Card No", "ACCT"]) + f": {masked}"))
        rows.append(("left", f"AID: {AIDS.get(scheme, 'A0000000031010')}"))
        if shown(rng, 0.4):
            rows.append(("left", f"APP: {scheme}"))
        rows.append(("left", rng.choice(["CONTACTLESS", "CHIP READ", "INSERTED", "TAP", "PIN VERIFIED"])))
        if shown(rng, 0.3):
            txn = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            rows.append(("pair", rng.choice(["AUTH CODE", "AUTH #", "APPROVAL CODE", "Auth Code"]), txn))
        if shown(rng, 0.5):
            rows.append(
                ("left", f"TVR: {code(rng, 10, '0123456789ABCDEF')}   PAN SEQ: 0{rng.randrange(0, 3)}")
            )
        if shown(rng, 0.4):
            status = "success"
            rows.append(
                (
                    "center",
                    rng.choice(
                        [
                            "APPROVED",
                            "AUTHORISED" if country != "US" else "APPROVED",
                            "Approved",
                            "APPROVED - THANK YOU",
                        ]
                    ),
                )
            )
        rows.append(("rule",))
    if tax_kind == "gst":
        gst = pct(taxable, 1 / 11)
        rows.append(
            (
                "left",
                f"# Total includes GST {m(gst)}" if rng.random() < 0.5 else f"GST included in total {m(gst)}",
            )
        )
    elif tax_kind == "vat" and shown(rng, 0.5):
        rows.append(
            (
                "left",
                f"VAT {'20' if country == 'UK' else '23'}%  incl.  "
                f"{m.bare(pct(taxable, 1 / 6 if country == 'UK' else 23 / 123))}",
            )
        )
    if saved:
        rows.append(
            (
                "center",
                rng.choice(
                    [
                        f"YOU SAVED {m(saved)} TODAY",
                        f"Your savings today {m(saved)}",
                        f"{club or 'Multibuy'} savings {m(saved)}",
                    ]
                ),
            )
        )
    if club:
        rows.append(("pair", club, f"****{digits(rng, 4)}"))
        if shown(rng, 0.4):
            pts = rng.randrange(2, 90)
            rows.append(("pair", rng.choice(["Points earned", "POINTS THIS TRIP", "Points today"]), str(pts)))
            rows.append(
                ("pair", rng.choice(["Points balance", "Total points"]), f"{rng.randrange(150, 9900):,}")
            )
        if shown(rng, 0.5):
            exp = after(paid, rng, 10, 60)
            rows.append(
                (
                    "left",
                    rng.choice(["Fuel points expire", "Coupon valid until", "Offer ends", "Points expire"])
                    + f" {stamp(exp, pat)}",
                )
            )
    store, reg, trans = rng.randrange(100, 999), rng.randrange(1, 40), rng.randrange(1000, 99999)
    if shown(rng, 0.5):
        rows.append(("small", f"ST {store}  REG {reg:02d}  OP {rng.randrange(10, 999)}  TRANS {trans}"))
        txn = txn or str(trans)
    else:
        rows.append(("small", f"ST {store}  REG {reg:02d}  OP {rng.randrange(10, 999)}"))
        if shown(rng, 0.5):
            receipt = f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 4)}"
            rows.append(("pair", rng.choice(["Receipt No", "Receipt #", "Trans No"]), receipt))
            txn = txn or receipt
    dated = None
    if shown(rng, 0.1):
        dated = paid
        rows.append(("left", f"{stamp(paid, pat, upper)}  {hhmm(rng, country)}"))
    rows.append(
        (
            "center",
            {
                "TESCO": "Every little helps",
                "Sainsbury's": "Thank you for shopping at Sainsbury's",
                "ALDI": "Everyday Amazing",
            }.get(chain, "Thank you for shopping with us"),
        )
    )
    return rows, done(chain, total, m.ccy, txn, dated, method, status), dict(ROLL)


# ---------------------------------------------------------------- 3 a US pharmacy's receipt with its rewards

PHARMACY_CHAINS = [
    ("CVS/pharmacy", "ExtraCare Card #", "ExtraCare", "ExtraBucks Rewards"),
    ("CVS pharmacy", "ExtraCare Card #", "ExtraCare", "ExtraBucks Rewards"),
    ("Walgreens", "myWalgreens #", "myWalgreens", "Walgreens Cash rewards"),
    ("RITE AID", "Rite Aid Rewards #", "Rite Aid Rewards", "BonusCash"),
]
PHARMACY_TOWNS = [
    "1201 N Clark St, Chicago IL 60610",
    "455 Broadway, Saugus MA 01906",
    "3100 W Lake St, Minneapolis MN 55416",
    "800 E Colfax Ave, Denver CO 80218",
    "2250 Market St, Philadelphia PA 19103",
    "61 Main St, Burlington VT 05401",
]
DRUGSTORE_ITEMS = [
    ("ADVIL 200MG 100CT", 13.49),
    ("CLARITIN 24HR 30CT", 27.99),
    ("VITAMIN D3 2000IU", 9.79),
    ("COLGATE TOTAL 4.8OZ", 5.29),
    ("BAND-AID ASST 30", 4.99),
    ("NEUTROGENA SPF50", 11.99),
    ("DAYQUIL LIQCAP 24", 12.99),
    ("KLEENEX 3PK", 6.49),
    ("PEPSI 20OZ", 2.59),
    ("GREETING CARD", 5.99),
    ("COUGH DROPS 30", 3.79),
    ("CONTACT SOLN 12OZ", 10.49),
    ("FLONASE 120 SPRAY", 24.99),
    ("HAND SANITIZER", 2.99),
]
DRUG_WORDS = {"success": ["APPROVED", "Approved", "APPROVED THANK YOU"], "failed": ["DECLINED"]}


@fitted
def pharmacy_rewards(rng: random.Random, font: str):
    """A US drugstore's receipt (CVS, Walgreens, Rite Aid): the chain on top (the payee as printed), the
    store's number, address and phone, the rewards card's masked number, items with their rewards price taken
    off beneath, an Rx line (the prescription's number, a patient's initials and a copay; never the id), a
    coupon or a rewards credit applied, the subtotal, the sales tax on the taxable items, the TOTAL, the
    tender (a card, an FSA or HSA card, Apple Pay through the card reader, or cash with change), the card's
    REF and AUTH on a share, the savings today, rewards earned and available with their expiry, the store,
    register and transaction numbers and the day and time; a refill's ready day on a share."""
    chain, card_label, club, reward = rng.choice(PHARMACY_CHAINS)
    store_no = rng.randrange(1000, 19999)
    m = Dollars(rng, "US", ["$"] if rng.random() < 0.6 else ["$", "USD"])
    pat = pattern(rng, "US")
    paid = day(rng)
    rows: list[tuple] = [
        ("title", chain),
        ("center", f"Store {store_no}"),
        ("center", rng.choice(PHARMACY_TOWNS)),
        ("small", phone(rng, "US")),
    ]
    dated = None
    top_date = rng.random() < 0.5
    if top_date and shown(rng, 0.1):
        dated = paid
        rows.append(("left", f"{stamp(paid, pat)} {hhmm(rng, 'US')}"))
    rows.append(("pair", card_label, f"************{digits(rng, 4)}"))
    rows.append(("rule",))
    sub = 0
    taxable = 0
    saved = 0
    if shown(rng, 0.3):
        rx = f"{digits(rng, 7)}" if chain.startswith("CVS") else f"{digits(rng, 7)}-{digits(rng, 5)}"
        copay = rng.choice([0, 500, 1000, 1500, 2500, 4700])
        rows.append(("pair", f"RX# {rx}", m.bare(copay)))
        rows.append(("left", f"   PATIENT {code(rng, 1, UPPER)}.{code(rng, 1, UPPER)}.  COPAY   N"))
        sub += copay
    for item, price in rng.sample(DRUGSTORE_ITEMS, rng.randrange(2, 6)):
        line = int(price * 100)
        rows.append(("pair", item, m.bare(line) + " T"))
        sub += line
        taxable += line
        if rng.random() < 0.35:
            cut = min(line // 3, rng.choice([100, 150, 200, 300]))
            rows.append(
                (
                    "pair",
                    f"   {club} PRICE" if rng.random() < 0.5 else f"   {club} SAVINGS",
                    "-" + m.bare(cut),
                )
            )
            sub -= cut
            taxable -= cut
            saved += cut
    if shown(rng, 0.5):
        credit = rng.choice([200, 300, 500, 700])
        rows.append(("pair", f"{reward.upper()} APPLIED", "-" + m.bare(credit)))
        sub -= credit
        taxable = max(0, taxable - credit)
        saved += credit
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["SUBTOTAL", "SUB TOTAL"]), m(sub)))
    rate = rng.choice([0.0625, 0.06875, 0.0825, 0.06, 0.08])
    tax = pct(taxable, rate)
    rows.append(("pair", f"{rng.choice(['TAX', 'SALES TAX', 'STATE TAX'])} {rate * 100:.3f}%", m(tax)))
    total = sub + tax
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE"]), m(total)))
    txn = None
    status = None
    roll = rng.random()
    if roll < 0.2:
        method = "cash"
        tendered = next(v for v in (2000, 5000, 10000, 20000) if v >= total)
        rows.append(("pair", "CASH", m(tendered)))
        rows.append(("pair", "CHANGE", m(tendered - total)))
    else:
        method = "card"
        scheme, last, masked = card_line(rng)
        if roll < 0.35:
            tender, method = "APPLE PAY", "wallet"
        elif roll < 0.5:
            tender = rng.choice(["FSA CARD", "HSA VISA"])
        else:
            tender = rng.choice(["VISA", "MASTERCARD", "AMEX", "DEBIT"]) + rng.choice([" CARD", "", " TEND"])
        rows.append(("pair", tender, m(total)))
        rows.append(("left", f"ACCT # {masked}"))
        status, words = said(rng, DRUG_WORDS, 0.45, p_success=0.9, p_failed=0.1)
        if status != "failed" and shown(rng, 0.4):
            txn = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            if shown(rng, 0.4):
                rows.append(("left", f"REF# {digits(rng, 12)}   AUTH# {txn}"))
            else:
                rows.append(("pair", rng.choice(["AUTH CODE", "APPROVAL #", "AUTH#"]), txn))
        if words:
            rows.append(("center", words))
    rows.append(("rule",))
    if saved:
        rows.append(("center", f"{club.upper()} SAVINGS {m(saved)}"))
        rows.append(("center", f"TOTAL SAVED THIS YEAR {m(saved + rng.randrange(2000, 40000))}"))
    earned = rng.choice([100, 200, 300, 500])
    rows.append(("left", f"{reward} earned: {m(earned)}"))
    if shown(rng, 0.4):
        rows.append(("left", f"{reward} available: {m(earned + rng.randrange(0, 1500))}"))
        rows.append(("left", f"Expires {stamp(after(paid, rng, 20, 60), pat)}"))
    if shown(rng, 0.6):
        rows.append(("left", f"Your refill is due on {stamp(after(paid, rng, 20, 30), pat)}"))
    trans = str(rng.randrange(1000, 9999))
    rows.append(
        (
            "small",
            f"STORE {store_no}  REG {rng.randrange(1, 9)}  TRANS {trans}  OP {rng.randrange(10, 99)}",
        )
    )
    if not top_date and shown(rng, 0.1):
        dated = paid
        rows.append(("left", f"{stamp(paid, pat)}  {hhmm(rng, 'US', seconds=True)}"))
    rows.append(("small", "RETURNS WITH RECEIPT WITHIN 60 DAYS"))
    if txn is None:
        txn = trans
    return rows, done(chain, total, m.ccy, txn, dated, method, status), dict(ROLL)


# ---------------------------------------------------------------- 4 a peer-to-peer money app's screen

P2P_BUSINESSES = {
    "US": [
        "Sunny Side Cleaning LLC",
        "Mike's Lawn Care",
        "Green Thumb Landscaping",
        "Bayside Tutoring",
        "Rosa's Tamales",
    ],
    "UK": ["Hayes Window Cleaning", "Bright Sparks Electrical Ltd", "The Cake Shed", "Patel Driving School"],
    "IE": ["Murphy Plumbing & Heating", "Glen Dog Walking", "Sean's Taxi Service"],
    "CA": ["Northern Lights Snow Removal", "Maple Leaf Movers", "Coastal Dog Grooming"],
    "AU": ["Bondi Mobile Mechanics", "Sparkle Pool Care", "Tradie Tom Plumbing"],
}
P2P_APPS = {
    "Venmo": ["US"],
    "Zelle": ["US"],
    "Cash App": ["US"],
    "PayPal": ["US", "UK", "CA", "AU", "IE"],
    "Revolut": ["UK", "IE"],
    "Monzo": ["UK"],
    "Interac e-Transfer": ["CA"],
    "PayID": ["AU"],
}
P2P_BANKS = {
    "Zelle": ["Chase", "Bank of America", "Wells Fargo", "Capital One"],
    "Interac e-Transfer": ["RBC Royal Bank", "TD", "Scotiabank", "BMO"],
    "PayID": ["CommBank", "ANZ", "NAB", "Westpac"],
}
P2P_WORDS = {
    "success": ["Sent", "Completed", "Payment complete", "Paid", "Money sent", "Transfer complete"],
    "failed": ["Failed", "Payment failed", "Declined", "Transfer failed"],
    "pending": ["Pending", "Processing", "Scheduled", "In progress"],
}
MEMOS = [
    "Rent - March",
    "Dinner split",
    "Invoice 1042",
    "Lawn mowing",
    "Concert tix",
    "Deposit for cake",
    "Lesson 3 of 6",
    "Thanks!",
    "Car repair",
    "Wedding gift",
]


@fitted
def p2p_transfer(rng: random.Random, font: str):
    """A money app's screen for a payment to a person or a small business: Venmo, Zelle in a US bank's app,
    Cash App, PayPal (US, UK, Canada, Australia, Ireland), Revolut, Monzo, an Interac e-Transfer in a Canadian
    bank's app, a PayID / Osko payment in an Australian bank's app: a status bar, the app or bank on top
    (never the payee), the payee (a name, a $cashtag, an @tag, a PayID's phone or e-mail under it), the sum
    large (a minus on a share), an outcome word on most, the day and time, the funding or the account debited,
    the payer's note or reference (never the id, even with a number in it), a delivery's expected day or a
    scheduled day (never the day paid), a fee of none, a balance after (never), and the app's id on a share.
    """
    app = rng.choice(list(P2P_APPS))
    country = rng.choice(P2P_APPS[app])
    marks = {"CA": ["C$", "CAD"], "AU": ["A$", "AUD"]}.get(country) if app == "PayPal" else None
    m = Dollars(rng, country, marks or ([COUNTRY[country][1][0]] if rng.random() < 0.85 else None))
    pat = pattern(rng, country)
    paid = day(rng)
    person = rng.random() < 0.6
    payee = rng.choice(PEOPLE[country]) if person else rng.choice(P2P_BUSINESSES[country])
    total = cents(rng, 8, 900, rng.choice([1, 100, 500]))
    status, words = said(rng, P2P_WORDS, 0.85, p_success=0.6, p_failed=0.15)
    if status == "pending" and words == "Scheduled" and app in ("Venmo", "Cash App"):
        words = "Pending"
    host = rng.choice(P2P_BANKS[app]) if app in P2P_BANKS else app
    rows: list[tuple] = [
        bar(rng, "UK" if country != "US" else "US"),
        ("left", rng.choice(["<", "<  Back", "X"])),
    ]
    rows.append(("title", host))
    if app != host:
        rows.append(
            (
                "center",
                {
                    "Zelle": "Zelle®",
                    "Interac e-Transfer": "Interac e-Transfer",
                    "PayID": rng.choice(["Osko payment", "PayID payment", "Fast payment (Osko)"]),
                }[app],
            )
        )
    handle = None
    if app == "Cash App":
        handle = "$" + payee.split()[0] + rng.choice(["", "Pays", str(rng.randrange(10, 99))])
    elif app == "Venmo":
        handle = "@" + payee.replace(" ", "-").replace("'", "")
    elif app == "Revolut" and rng.random() < 0.5:
        handle = "@" + payee.split()[0].lower() + str(rng.randrange(1, 999))
    elif app in ("Zelle", "Interac e-Transfer", "PayID", "PayPal"):
        first = payee.split()[0].lower().replace("'", "")
        handle = rng.choice(
            [
                f"{first}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com'])}",
                phone(rng, country)
                if app != "PayID"
                else f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
            ]
        )
    lead = {
        "Venmo": "You paid",
        "Zelle": "You sent money to",
        "Cash App": "Payment to",
        "PayPal": "You sent to",
        "Revolut": "To",
        "Monzo": "To",
        "Interac e-Transfer": "Sent to",
        "PayID": "Paid to",
    }[app]
    if app == "PayPal" and rng.random() < 0.5:
        rows.append(("center", f"You sent {m(total)} {m.ccy if m.mark != m.ccy else ''}".strip() + " to"))
        rows.append(("title", payee))
    else:
        rows.append(("center", rng.choice([lead, "To", "Recipient"])))
        rows.append(("title", payee))
        rows.append(("big", m(total, "-" if rng.random() < 0.35 else "")))
    if handle:
        rows.append(("center", handle))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    dated = None
    when = f"{stamp(paid, pat)}{rng.choice([', ', ' at ', ' '])}{hhmm(rng, country)}"
    if shown(rng, 0.1):
        dated = paid
        rows.append(("pair", rng.choice(["Date", "Sent on", "When", "Date sent"]), when))
    later_day = after(paid, rng, 1, 5)
    if status == "pending" and words == "Scheduled":
        rows.append(("pair", "Scheduled for", stamp(later_day, pat)))
    elif app in ("Zelle", "Interac e-Transfer") and rng.random() < 0.4:
        rows.append(("pair", rng.choice(["Expected by", "Arrives by", "Deliver by"]), stamp(later_day, pat)))
    last = digits(rng, 4)
    method = None
    if app in ("Venmo", "PayPal"):
        fund = rng.choice([f"{app} balance", f"Visa Debit ••{last}", f"Bank ••{last}"])
        if shown(rng, 0.2):
            rows.append(("pair", rng.choice(["Paid with", "Funding source", "Payment method"]), fund))
        method = "wallet"
    elif app == "Cash App":
        if shown(rng, 0.3):
            if rng.random() < 0.6:
                rows.append(("pair", "From", "Cash balance"))
                method = "wallet"
            else:
                rows.append(("pair", "From", f"Visa Debit ••{last}"))
                method = "card"
    elif app == "Revolut":
        if handle:
            rows.append(("pair", "Type", "Revolut transfer"))
            method = "wallet"
        else:
            rows.append(
                (
                    "pair",
                    "Sort code" if country == "UK" else "IBAN",
                    f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"
                    if country == "UK"
                    else f"IE{digits(rng, 2)} REVO {digits(rng, 4)} {digits(rng, 4)} "
                    f"{digits(rng, 4)} {digits(rng, 2)}",
                )
            )
            rows.append(
                (
                    "pair",
                    "Type",
                    rng.choice(
                        ["Bank transfer", "Faster Payment", "SEPA Instant"]
                        if country == "IE"
                        else ["Bank transfer", "Faster Payment"]
                    ),
                )
            )
            method = "netbanking"
    elif app == "Monzo":
        rows.append(
            (
                "pair",
                *rng.choice(
                    [
                        ("Sort code", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"),
                        ("Account number", digits(rng, 8)),
                    ]
                ),
            )
        )
        rows.append(("pair", "Payment type", rng.choice(["Faster Payment", "Bank transfer"])))
        method = "netbanking"
    else:
        acct = {
            "Zelle": f"{rng.choice(['Total Checking', 'Adv Plus Banking', 'Everyday Checking'])} ...{last}",
            "Interac e-Transfer": f"{rng.choice(['Chequing', 'Everyday Chequing', 'Savings'])} "
            f"{digits(rng, 5)}-{digits(rng, 7)}",
            "PayID": f"{rng.choice(['Smart Access', 'Everyday', 'Complete Freedom'])} "
            f"{digits(rng, 3)}-{digits(rng, 3)} {digits(rng, 8)}",
        }[app]
        rows.append(("pair", rng.choice(["From", "From account", "Paid from"]), acct))
        method = "netbanking"
    if shown(rng, 0.3):
        memo = rng.choice(MEMOS)
        rows.append(
            (
                "pair",
                {
                    "Venmo": "Note",
                    "Cash App": "For",
                    "PayPal": "Note",
                    "Zelle": "Memo",
                    "Revolut": "Reference",
                    "Monzo": "Reference",
                    "Interac e-Transfer": "Message",
                    "PayID": "Description",
                }[app],
                memo,
            )
        )
    if app == "Interac e-Transfer" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Security question",
                rng.choice(["Favourite team?", "Pet's name?", "None (autodeposit)"]),
            )
        )
    if app in ("PayPal", "Cash App") and shown(rng, 0.5):
        rows.append(("pair", "Fee", m(0)))
    if app in ("Monzo", "Revolut", "PayID") and shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Balance after", "Available balance"]), m(cents(rng, 40, 4000))))
    txn = None
    if status != "failed" or app in ("Zelle", "PayID"):
        if shown(rng, 0.3):
            label, txn = {
                "Venmo": (rng.choice(["Payment ID", "Transaction ID"]), digits(rng, 19)),
                "Zelle": (
                    rng.choice(["Confirmation number", "Confirmation #", "Confirmation"]),
                    rng.choice([digits(rng, 10), code(rng, 11, UPPER + "0123456789")]),
                ),
                "Cash App": ("Identifier", code(rng, 7, ALNUM)),
                "PayPal": ("Transaction ID", code(rng, 17, ALNUM)),
                "Revolut": (
                    "Transaction ID",
                    f"{code(rng, 8, HEXL)}-{code(rng, 4, HEXL)}-{code(rng, 4, HEXL)}",
                ),
                "Monzo": ("Transaction ID", "tx_0000" + code(rng, 18, MIXED)),
                "Interac e-Transfer": (
                    rng.choice(["Reference number", "Reference #"]),
                    "CA" + code(rng, 10, MIXED),
                ),
                "PayID": (rng.choice(["Receipt number", "Receipt No."]), "N" + digits(rng, 10)),
            }[app]
            rows.append(("pair", label, "#" + txn if app == "Cash App" else txn))
    rows.append(("gap",))
    rows.append(("center", rng.choice(["[ Share ]", "[ Done ]", "[ Send again ]", "[ Get help ]"])))
    style = screen(rng, SCREEN, rows, p_dark=0.25, p_band=0.3)
    return rows, done(payee, total, m.ccy, txn, dated, method, status), style


# -------------------------------------------------------- 5 a small shop's e-mailed card-processor receipt

SHOPS = {
    "US": [
        ("Hollow Oak Florist", "Asheville, NC", "flowers"),
        ("Two Wheels Bike Repair", "Madison, WI", "bikes"),
        ("Crumb & Co. Bakery", "Savannah, GA", "bakery"),
        ("Sharp Edge Barbershop", "Tucson, AZ", "barber"),
        ("Wild Fern Plant Shop", "Boise, ID", "flowers"),
    ],
    "CA": [
        ("Cedar & Salt General Store", "Halifax, NS", "gifts"),
        ("Little Loaf Bakeshop", "Ottawa, ON", "bakery"),
        ("Peak Cycle Works", "Calgary, AB", "bikes"),
    ],
    "UK": [
        ("The Paper Lantern", "Bath", "gifts"),
        ("Hackney Bike Doctor", "London E8", "bikes"),
        ("Crust & Crumb", "Leeds", "bakery"),
    ],
    "IE": [("Bloom Flower Studio", "Galway", "flowers"), ("The Busy Bean", "Cork", "bakery")],
    "AU": [
        ("Saltbush Pottery", "Fremantle WA", "gifts"),
        ("Flour & Stone Bakery", "Hobart TAS", "bakery"),
        ("Gully Bikes", "Katoomba NSW", "bikes"),
    ],
}
SHOP_ITEMS = {
    "bakery": [
        ("Sourdough Loaf", 7.5),
        ("Almond Croissant", 4.75),
        ("Custom Cake Deposit", 35.0),
        ("Cinnamon Bun", 4.25),
        ("Baguette", 3.5),
        ("Dozen Cookies", 18.0),
    ],
    "bikes": [
        ("Tune-Up Basic", 65.0),
        ("Inner Tube 700c", 9.0),
        ("Brake Pads (pair)", 22.0),
        ("Chain Replacement", 38.0),
        ("Labour - 30 min", 30.0),
    ],
    "barber": [("Haircut", 32.0), ("Beard Trim", 15.0), ("Hot Towel Shave", 40.0), ("Pomade", 18.0)],
    "flowers": [
        ("Monstera Deliciosa 6in", 28.0),
        ("Terracotta Pot", 12.0),
        ("Bouquet - Seasonal", 45.0),
        ("Delivery - Local", 12.0),
        ("Greeting Card", 5.5),
    ],
    "gifts": [
        ("Candle - Cedar", 24.0),
        ("Ceramic Mug", 30.0),
        ("Gift Wrap", 3.0),
        ("Greeting Card", 5.5),
        ("Linen Tea Towel", 16.0),
    ],
}
PROCESSORS = {
    "Square": ("Square <receipts@messaging.squareup.com>", "Powered by Square"),
    "Toast": ("Toast <no-reply@toasttab.com>", "Powered by Toast"),
    "SumUp": ("SumUp <no-reply@sumup.com>", "Payment processed by SumUp"),
    "Clover": ("Clover <app@clover.com>", "Powered by Clover"),
    "Stripe": ("receipts+acct_1N@stripe.com", "Questions? Contact us. Powered by Stripe"),
}
POS_WORDS = {
    "success": ["Payment complete", "Paid", "Payment successful", "Approved"],
    "failed": ["Payment failed", "Payment declined", "Your payment was declined"],
    "pending": ["Processing", "Payment pending"],
}
POS_TAX = {
    "US": [("Sales Tax", 0.0725), ("Tax", 0.0475), ("Sales Tax", 0.055)],
    "CA": [("HST", 0.15), ("GST", 0.05), ("HST 13%", 0.13)],
}


@fitted
def pos_email(rng: random.Random, font: str):
    """A small shop's receipt e-mailed by its card processor (Square, Toast, SumUp, Clover, Stripe): the From
    and Subject lines (the processor's address; the shop named in the subject), the shop large (the payee;
    never the processor), its town, the sum large, the items with a discount on a share, the subtotal, US
    sales tax or Canadian HST/GST added, UK VAT or Australian GST included, a tip on a share, the total, the
    way paid (a card ending, Apple Pay or Google Pay with the card in brackets, cash), the card's entry, an
    auth code on a share, the receipt's or order's number, the day and time, a cake's or an order's pickup day
    on a share, a returns deadline, and an outcome on a share."""
    country = rng.choice(["US", "US", "CA", "UK", "IE", "AU"])
    shop, town, kind = rng.choice(SHOPS[country])
    proc = rng.choice(["Square", "Square", "Toast", "SumUp", "Clover", "Stripe"])
    sender, footer = PROCESSORS[proc]
    m = Dollars(rng, country)
    pat = pattern(rng, country)
    paid = day(rng)
    rows: list[tuple] = [
        ("small", f"From: {sender}"),
        (
            "small",
            f"Subject: {rng.choice(['Your receipt from', 'Receipt from', 'Thanks for visiting'])} {shop}",
        ),
        ("rule",),
    ]
    rows.append(("title", shop))
    rows.append(("center", town))
    cue = tax_cue(rng, country)
    if cue and rng.random() < 0.6:
        rows.append(("small", cue))
    items = rng.sample(SHOP_ITEMS[kind], rng.randrange(1, 4))
    sub = 0
    lines = []
    for item, price in items:
        qty = rng.choice([1, 1, 2])
        lines.append((f"{item} x {qty}" if qty > 1 else item, int(price * 100) * qty))
        sub += int(price * 100) * qty
    disc = pct(sub, rng.choice([0.1, 0.15])) if rng.random() < 0.3 else 0
    net = sub - disc
    tax, incl = 0, None
    if country in POS_TAX:
        label, rate = rng.choice(POS_TAX[country])
        tax = pct(net, rate)
    elif country in ("UK", "IE", "AU"):
        label = {"UK": "VAT (20%) included", "IE": "VAT (23%) included", "AU": "GST included"}[country]
        incl = pct(net, {"UK": 1 / 6, "IE": 23 / 123, "AU": 1 / 11}[country])
    tip = 0
    if country in ("US", "CA") and rng.random() < 0.5 or rng.random() < 0.15:
        tip = pct(net, rng.choice([0.15, 0.18, 0.2])) or 100
    total = net + tax + tip
    status, words = said(rng, POS_WORDS, 0.5, p_success=0.7, p_failed=0.15)
    rows.append(("big", m(total)))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    for name, price in lines:
        rows.append(("pair", name, m(price)))
    if disc:
        rows.append(
            (
                "pair",
                rng.choice(["Discount (10%)" if disc == pct(sub, 0.1) else "Discount", "Loyalty discount"]),
                m(disc, "-"),
            )
        )
    rows.append(("pair", "Subtotal", m(net)))
    if tax:
        rows.append(("pair", label, m(tax)))
    if tip:
        rows.append(("pair", rng.choice(["Tip", "Gratuity"]), m(tip)))
    rows.append(("pair", rng.choice(["Total", "Amount paid", "Total charged"]), m(total)))
    if incl is not None:
        rows.append(("small", f"{label} {m(incl)}"))
    rows.append(("rule",))
    last = digits(rng, 4)
    roll = rng.random()
    if roll < 0.15:
        method = "cash"
        rows.append(("pair", "Cash", m(total)))
    elif roll < 0.35:
        wallet = rng.choice(["Apple Pay", "Google Pay"])
        rows.append(
            (
                "pair",
                rng.choice(["Paid with", "Payment"]),
                f"{wallet} ({rng.choice(['Visa', 'Mastercard'])} {last})",
            )
        )
        method = "wallet"
    elif roll < 0.9:
        scheme = rng.choice(["Visa", "Mastercard", "Amex", "Discover" if country == "US" else "Visa Debit"])
        rows.append(
            (
                "pair",
                rng.choice([scheme, "Paid with", "Card"]),
                rng.choice([f"{scheme} •••• {last}", f"{scheme} ending in {last}", f"{scheme} ...{last}"]),
            )
        )
        if shown(rng, 0.4):
            rows.append(("pair", "Entry", rng.choice(["Contactless", "Chip", "Tap", "Keyed"])))
        method = "card"
    else:
        method = None
    txn = None
    if method in ("card", "wallet") and status != "failed" and shown(rng, 0.6):
        txn = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        rows.append(("pair", rng.choice(["Auth code", "Authorization", "Approval", "Auth #"]), txn))
    own_label, own = {
        "Square": (rng.choice(["Receipt #", "Receipt"]), code(rng, 4, MIXED)),
        "Toast": (rng.choice(["Check #", "Order #"]), str(rng.randrange(100, 9999))),
        "SumUp": (rng.choice(["Receipt number", "Transaction ID"]), f"T{code(rng, 9, ALNUM)}"),
        "Clover": (rng.choice(["Order", "Order #"]), code(rng, 13, ALNUM)),
        "Stripe": (rng.choice(["Receipt #", "Receipt number"]), f"{digits(rng, 4)}-{digits(rng, 4)}"),
    }[proc]
    if shown(rng, 0.15):
        rows.append(("pair", own_label, own))
        txn = txn or own
    dated = None
    if shown(rng, 0.1):
        dated = paid
        if rng.random() < 0.5:
            rows.append(("left", f"{stamp(paid, pat)} at {hhmm(rng, country)}"))
        else:
            rows.append(
                (
                    "pair",
                    rng.choice(["Date", "Date paid", "Paid on"]),
                    f"{stamp(paid, pat)} {hhmm(rng, country)}",
                )
            )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                rng.choice(["Pickup", "Ready for pickup", "Collect on"]),
                stamp(after(paid, rng, 1, 9), pat),
            )
        )
    if shown(rng, 0.6):
        rows.append(("small", f"Returns accepted until {stamp(after(paid, rng, 14, 30), pat)}"))
    rows.append(("gap",))
    rows.append(("small", footer))
    style = screen(rng, EMAIL, rows, p_dark=0.0, p_band=0.35)
    return rows, done(shop, total, m.ccy, txn, dated, method, status), style


# -------------------------------------------------------- 6 a parking or EV charging session's receipt

SESSION_APPS = {
    "ParkMobile": ["US"],
    "RingGo": ["UK"],
    "PayByPhone": ["UK", "CA", "US"],
    "ChargePoint": ["US", "CA"],
    "Tesla": ["US", "UK", "AU"],
    "bp pulse": ["UK", "AU"],
}
PARK_SITES = {
    "US": [
        "Pearl District Lot 12, Portland OR",
        "Midtown Garage, Atlanta GA",
        "Ocean Ave, Santa Monica CA",
        "Fells Point, Baltimore MD",
    ],
    "UK": [
        "Clifton Down Car Park, Bristol",
        "Station Road West, Oxted",
        "Castle Street, Cambridge",
    ],
    "CA": ["Gastown Lot 4, Vancouver BC", "Queen St W, Toronto ON", "Byward Market, Ottawa ON"],
}
EV_SITES = {
    "US": [
        "Gilroy, CA",
        "Whole Foods Market, Seattle WA",
        "Tysons Corner, VA",
        "Downtown Garage, Boulder CO",
    ],
    "UK": ["Kings Cross, London", "Cobham Services M25", "Tesco Extra, Didsbury"],
    "CA": ["Yorkdale Mall, Toronto ON", "Metrotown, Burnaby BC"],
    "AU": ["Castle Hill NSW", "Docklands, Melbourne VIC", "Fortitude Valley QLD"],
}
SESSION_WORDS = {
    "success": ["Payment complete", "Paid", "Payment successful", "Charge complete - paid"],
    "failed": ["Payment failed - please update your card", "Payment declined", "Payment unsuccessful"],
    "pending": ["Payment pending", "Processing payment", "Pending"],
}


@fitted
def parking_ev(rng: random.Random, font: str):
    """A parking app's session receipt (ParkMobile, RingGo, PayByPhone) or an EV charging session's receipt
    (ChargePoint, a Tesla Supercharger, bp pulse): the app on top (the payee), the site or location, its zone
    or location number (never the id), the vehicle's plate, the session's start and end with their days (a
    session past midnight ends the next day; never the day paid), the parking's cost and a convenience or text
    fee, or the energy in kWh at a price per kWh with an idle or overstay fee, VAT, GST or sales tax, the
    total, the way paid, the session's id and the payment's or invoice's number on a share, the day paid on a
    share, and an outcome on a share."""
    app = rng.choice(list(SESSION_APPS))
    country = rng.choice(SESSION_APPS[app])
    m = Dollars(rng, country, [COUNTRY[country][1][0]] if rng.random() < 0.8 else None)
    pat = pattern(rng, country)
    paid = day(rng)
    ev = app in ("ChargePoint", "Tesla", "bp pulse")
    rows: list[tuple] = [bar(rng, "US" if country == "US" else "UK")] if rng.random() < 0.5 else []
    rows.append(("title", app))
    rows.append(
        (
            "center",
            rng.choice(["Charging receipt", "Session summary", "Receipt"])
            if ev
            else rng.choice(["Parking receipt", "Session ended", "Parking session", "Receipt"]),
        )
    )
    status, words = said(rng, SESSION_WORDS, 0.6, p_success=0.6, p_failed=0.2)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(["Location", "Site", "Station"]) if ev else "Location",
            rng.choice((EV_SITES if ev else PARK_SITES)[country]),
        )
    )
    if not ev:
        rows.append(
            ("pair", rng.choice(["Zone", "Location number", "Zone #"]), str(rng.randrange(1000, 99999)))
        )
    else:
        rows.append(
            (
                "pair",
                rng.choice(["Charger", "Station ID", "Charger ID"]),
                f"{code(rng, 2, UPPER)}-{digits(rng, 6)}"
                if app != "Tesla"
                else f"Stall {rng.randrange(1, 12)}{rng.choice('AB')}",
            )
        )
    plate = {
        "US": f"{digits(rng, 1)}{code(rng, 3, UPPER)}{digits(rng, 3)}",
        "CA": f"{code(rng, 4, UPPER)} {digits(rng, 3)}",
        "UK": f"{code(rng, 2, UPPER)}{digits(rng, 2)} {code(rng, 3, UPPER)}",
        "AU": f"{code(rng, 3, UPPER)}{digits(rng, 2)}{code(rng, 1, UPPER)}",
    }[country]
    rows.append(("pair", "Vehicle", plate))
    start_h = rng.randrange(7, 23)
    mins = rng.randrange(20, 300)
    end_total = start_h * 60 + rng.randrange(60) + mins
    start_day = paid if rng.random() < 0.7 else before(paid, rng, 0, 1)
    end_day = start_day + dt.timedelta(days=end_total // (24 * 60))
    twelve = country in ("US", "CA")

    def hm(total_min: int) -> str:
        h, mi = (total_min // 60) % 24, total_min % 60
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}" if twelve else f"{h:02d}:{mi:02d}"

    start_min = end_total - mins
    rows.append(
        (
            "pair",
            rng.choice(["Start", "Started", "Session start"]),
            f"{stamp(start_day, pat)} {hm(start_min)}",
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(["End", "Ended", "Expires", "Session end"])
            if not ev
            else rng.choice(["End", "Ended", "Session end"]),
            f"{stamp(end_day, pat)} {hm(end_total)}",
        )
    )
    rows.append(("pair", "Duration", f"{mins // 60}h {mins % 60:02d}m"))
    rows.append(("rule",))
    total = 0
    if ev:
        kwh = rng.randrange(80, 720) / 10
        rate = rng.choice(
            {
                "US": [0.32, 0.41, 0.48],
                "CA": [0.35, 0.45],
                "UK": [0.69, 0.79, 0.85],
                "AU": [0.62, 0.68, 0.72],
            }[country]
        )
        energy = int(round(kwh * rate * 100))
        rows.append(("pair", "Energy", f"{kwh:.1f} kWh"))
        rows.append(("pair", rng.choice(["Price", "Rate"]), f"{m(int(rate * 100))}/kWh"))
        rows.append(("pair", rng.choice(["Charging", "Energy cost", "Session cost"]), m(energy)))
        total += energy
        if rng.random() < 0.4:
            idle_min = rng.randrange(3, 25)
            idle = idle_min * rng.choice([50, 100])
            rows.append(
                ("pair", f"{'Idle fee' if app != 'bp pulse' else 'Overstay fee'} ({idle_min} min)", m(idle))
            )
            total += idle
    else:
        park = cents(rng, 2, 28, 5)
        rows.append(("pair", rng.choice(["Parking", "Parking cost", "Tariff"]), m(park)))
        total += park
        fee = rng.choice({"US": [35, 45, 50], "CA": [35, 50], "UK": [20, 25, 30]}[country])
        rows.append(("pair", rng.choice(["Transaction fee", "Convenience fee", "Service fee"]), m(fee)))
        total += fee
        if country == "UK" and rng.random() < 0.4:
            rows.append(("pair", "Text reminder", m(10)))
            total += 10
    if country == "US" and not ev and rng.random() < 0.4:
        tax = pct(total, 0.1)
        rows.append(("pair", "Parking tax", m(tax)))
        total += tax
    if country == "CA":
        tax = pct(total, 0.13)
        rows.append(("pair", "HST 13%", m(tax)))
        total += tax
    rows.append(("pair", rng.choice(["Total", "Total paid", "Amount charged", "Total charged"]), m(total)))
    if country in ("UK", "AU") and shown(rng, 0.4):
        rows.append(
            (
                "small",
                f"{'VAT' if country == 'UK' else 'GST'} included "
                f"{m(pct(total, 1 / 6 if country == 'UK' else 1 / 11))}",
            )
        )
    if country == "AU":
        rows.append(("small", abn(rng)))
    last = digits(rng, 4)
    method = None
    if shown(rng, 0.2):
        roll = rng.random()
        if roll < 0.65:
            rows.append(
                (
                    "pair",
                    rng.choice(["Payment method", "Paid with", "Card"]),
                    f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} "
                    f"{rng.choice(['•••• ', 'ending ', '**'])}{last}",
                )
            )
            method = "card"
        elif roll < 0.85:
            rows.append(
                ("pair", rng.choice(["Payment method", "Paid with"]), rng.choice(["Apple Pay", "Google Pay"]))
            )
            method = "wallet"
        else:
            rows.append(("pair", "Paid with", "ChargePoint balance" if app == "ChargePoint" else "Apple Pay"))
            method = "wallet"
    session = {
        "ParkMobile": digits(rng, 9),
        "RingGo": digits(rng, 8),
        "PayByPhone": digits(rng, 10),
        "ChargePoint": digits(rng, 10),
        "Tesla": digits(rng, 11),
        "bp pulse": code(rng, 8, HEXL) + "-" + code(rng, 4, HEXL),
    }[app]
    rows.append(
        (
            "pair",
            rng.choice(["Session ID", "Session", "Charging session" if ev else "Parking session"]),
            session,
        )
    )
    txn = session
    if status != "failed" and shown(rng, 0.5):
        label, number = {
            "ParkMobile": ("Receipt number", digits(rng, 10)),
            "RingGo": ("Transaction ID", f"{code(rng, 3, UPPER)}{digits(rng, 8)}"),
            "PayByPhone": ("Transaction ID", digits(rng, 12)),
            "ChargePoint": ("Receipt #", f"CP-{digits(rng, 9)}"),
            "Tesla": ("Invoice No.", f"SC{country}{digits(rng, 9)}"),
            "bp pulse": ("Receipt number", f"BPP{digits(rng, 9)}"),
        }[app]
        rows.append(("pair", label, number))
        txn = number
    dated = None
    if shown(rng, 0.3):
        dated = end_day if ev else start_day
        rows.append(
            ("pair", rng.choice(["Date", "Payment date", "Charged on", "Paid on"]), f"{stamp(dated, pat)}")
        )
    if words:
        rows.append(("center", words))
    rows.append(("gap",))
    rows.append(
        (
            "small",
            rng.choice(
                [
                    "Need help? Visit our support centre",
                    "Rate your session",
                    "Receipts are kept for 12 months",
                ]
            ),
        )
    )
    style = screen(rng, SCREEN if rng.random() < 0.6 else EMAIL, rows, p_dark=0.2, p_band=0.35)
    return rows, done(app, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 7 a utility or council bill paid online

BILLERS = {
    "US": [
        ("Georgia Power", "Electric"),
        ("Xcel Energy", "Electric & Gas"),
        ("LADWP", "Water & Power"),
        ("Dominion Energy", "Electric"),
        ("City of Austin Utilities", "Utilities"),
        ("Denver Water", "Water"),
    ],
    "UK": [
        ("Leeds City Council", "Council Tax"),
        ("Bristol City Council", "Council Tax"),
        ("Anglian Water", "Water"),
        ("Scottish Power", "Electricity"),
    ],
    "IE": [("Uisce Éireann", "Water"), ("Flogas", "Gas"), ("Dublin City Council", "Rents")],
    "CA": [
        ("Toronto Hydro", "Electricity"),
        ("BC Hydro", "Electricity"),
        ("City of Ottawa", "Property Tax"),
        ("Enbridge Gas", "Gas"),
    ],
    "AU": [
        ("Sydney Water", "Water"),
        ("AGL", "Electricity"),
        ("City of Melbourne", "Rates"),
        ("Origin Energy", "Gas"),
    ],
}
BILL_WORDS = {
    "success": [
        "Payment complete",
        "Thank you, your payment has been received",
        "Payment successful",
        "Payment received",
        "Paid",
    ],
    "failed": ["Payment failed", "Your payment was declined", "We couldn't process your payment"],
    "pending": ["Payment scheduled", "Payment processing", "Pending - allow 2-3 business days"],
}


@fitted
def bill_online(rng: random.Random, font: str):
    """A utility's or a council's page or e-mail confirming a bill paid online (US power and water companies,
    UK councils' council tax, water and power, Uisce Éireann, Flogas, Canadian hydro and property tax,
    Australian water, power and council rates): the biller on top (the payee; never the payment processor or
    the account holder), an outcome on most, the account number and the service address (never), the bill's
    date, amount due and due date (never the day paid), the amount paid (a part payment on a share, with the
    balance left), a US convenience fee added on a share, the total charged, the way paid (a card, a checking
    account by ACH, a direct debit, BPAY, online banking, PayPal), the confirmation number (the id), an
    AutoPay or direct debit line with the next payment's day (never), and the day paid."""
    country = rng.choice(["US", "US", "UK", "IE", "CA", "AU"])
    biller, kind = rng.choice(BILLERS[country])
    m = Dollars(rng, country)
    pat = pattern(rng, country)
    paid = day(rng)
    holder = rng.choice(PEOPLE[country])
    rows: list[tuple] = [
        ("title", biller),
        (
            "center",
            rng.choice(
                ["Payment confirmation", "Online payment receipt", f"{kind} - Pay my bill", "Payment summary"]
            ),
        ),
    ]
    status, words = said(rng, BILL_WORDS, 0.8, p_success=0.6, p_failed=0.2)
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Account holder", "Name", "Customer"]), holder))
    acct = {
        "US": digits(rng, 10),
        "UK": f"{digits(rng, 8)}",
        "IE": digits(rng, 10),
        "CA": f"{digits(rng, 6)}-{digits(rng, 5)}",
        "AU": f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
    }[country]
    if "Tax" in kind or kind == "Rates":
        rows.append(
            (
                "pair",
                rng.choice(["Council Tax reference", "Roll number", "Assessment number", "Property number"]),
                acct,
            )
        )
    else:
        rows.append(("pair", rng.choice(["Account number", "Account #", "Customer number"]), acct))
    rows.append(
        (
            "pair",
            rng.choice(["Service address", "Property"]),
            {
                "US": "2207 Peachtree Rd NE, Atlanta GA",
                "UK": "14 Harehills Lane, Leeds LS8",
                "IE": "9 Oak Park, Naas",
                "CA": "58 Elm Ave, Toronto ON M4W",
                "AU": "3/21 Bay St, Glebe NSW 2037",
            }[country],
        )
    )
    if country == "AU":
        rows.append(("small", abn(rng)))
    bill_day = before(paid, rng, 5, 25)
    due_day = after(bill_day, rng, 14, 28)
    due = cents(rng, 35, 480)
    if shown(rng, 0.4):
        rows.append(
            ("pair", rng.choice(["Bill date", "Statement date", "Bill issued"]), stamp(bill_day, pat))
        )
    rows.append(
        ("pair", rng.choice(["Amount due", "Balance due", "Statement balance", "Amount owing"]), m(due))
    )
    rows.append(("pair", rng.choice(["Due date", "Due by", "Payment due"]), stamp(due_day, pat)))
    rows.append(("rule",))
    part = rng.random() < 0.25
    amount = cents(rng, 20, due / 100 - 5) if part else due
    rows.append(("pair", rng.choice(["Payment amount", "Amount paid", "You paid", "Amount"]), m(amount)))
    total = amount
    roll = rng.random()
    if roll < 0.45:
        way = rng.choice(
            [
                f"Visa ending {digits(rng, 4)}",
                f"Mastercard ****{digits(rng, 4)}",
                f"Debit card xxxx{digits(rng, 4)}",
            ]
        )
        method = "card"
        if country == "US" and rng.random() < 0.6:
            fee = rng.choice([150, 195, 225, 295])
            rows.append(("pair", rng.choice(["Convenience fee", "Service fee", "Processing fee"]), m(fee)))
            total += fee
            rows.append(("pair", rng.choice(["Total charged", "Total payment"]), m(total)))
    elif roll < 0.8:
        way, method = {
            "US": (f"Checking account (ACH) ...{digits(rng, 4)}", "netbanking"),
            "UK": (rng.choice(["Bank transfer", "Direct Debit"]), "netbanking"),
            "IE": (rng.choice(["Bank transfer", "Direct Debit"]), "netbanking"),
            "CA": (rng.choice(["Online banking", "Pre-authorized debit"]), "netbanking"),
            "AU": (rng.choice(["BPAY", "Direct debit"]), "netbanking"),
        }[country]
    elif roll < 0.9:
        way, method = rng.choice(["PayPal", "Apple Pay"]), "wallet"
    else:
        way, method = None, None
    if way and shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Payment method", "Paid with", "Paid by"]), way))
    elif way:
        method = None
    if part:
        rows.append(
            (
                "pair",
                rng.choice(["Remaining balance", "Balance after payment", "Still to pay"]),
                m(due - amount),
            )
        )
    txn = None
    if status != "failed" and shown(rng, 0.15):
        txn = rng.choice(
            [
                digits(rng, 10),
                f"{code(rng, 2, UPPER)}{digits(rng, 8)}",
                f"{digits(rng, 6)}-{digits(rng, 4)}",
                code(rng, 12, ALNUM),
            ]
        )
        rows.append(
            (
                "pair",
                rng.choice(
                    ["Confirmation number", "Confirmation #", "Payment reference", "Reference number"]
                    if country != "AU"
                    else ["Receipt number", "Payment reference", "BPAY receipt no."]
                ),
                txn,
            )
        )
    dated = None
    if shown(rng, 0.1):
        dated = paid
        rows.append(
            (
                "pair",
                rng.choice(["Payment date", "Date paid", "Submitted on", "Date"]),
                f"{stamp(paid, pat)} {hhmm(rng, country)}" if rng.random() < 0.5 else stamp(paid, pat),
            )
        )
    if shown(rng, 0.5):
        nxt = after(paid, rng, 25, 35)
        rows.append(
            (
                "left",
                rng.choice(
                    [
                        f"AutoPay is on. Your next payment will be taken on {stamp(nxt, pat)}.",
                        f"Next direct debit: {stamp(nxt, pat)}",
                        f"Next bill expected {stamp(nxt, pat)}",
                    ]
                ),
            )
        )
    rows.append(
        (
            "small",
            rng.choice(
                [
                    "Please keep this confirmation for your records.",
                    "Payments may take up to 2 business days to appear on your account.",
                    "Payments processed by Paymentus"
                    if country in ("US", "CA")
                    else "Payments processed by Civica Pay",
                ]
            ),
        )
    )
    style = screen(rng, WEB if rng.random() < 0.5 else EMAIL, rows, p_dark=0.0, p_band=0.4)
    return rows, done(biller, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 8 a subscription or gym renewal e-mail

SUB_ITEMS = {
    "Apple": [
        ("iCloud+ with 200 GB (Monthly)", {"US": 299, "UK": 299, "IE": 299, "CA": 399, "AU": 449}),
        ("Apple One Individual (Monthly)", {"US": 1995, "UK": 1895, "IE": 1995, "CA": 1995, "AU": 1995}),
        ("Apple Music Individual (Monthly)", {"US": 1099, "UK": 1099, "IE": 1099, "CA": 1099, "AU": 1299}),
    ],
    "Google Play": [
        ("YouTube Premium (Monthly)", {"US": 1399, "UK": 1299, "IE": 1399, "CA": 1399, "AU": 1699}),
        ("Google One 2 TB (Annual)", {"US": 9999, "UK": 7999, "IE": 9999, "CA": 13999, "AU": 12499}),
        ("Duolingo Super (Annual)", {"US": 8399, "UK": 7999, "IE": 8999, "CA": 9999, "AU": 10999}),
    ],
    "Spotify": [
        ("Premium Individual", {"US": 1199, "UK": 1199, "IE": 1099, "CA": 1199, "AU": 1399}),
        ("Premium Duo", {"US": 1699, "UK": 1699, "IE": 1499, "CA": 1599, "AU": 1899}),
        ("Premium Family", {"US": 1999, "UK": 1999, "IE": 1799, "CA": 1999, "AU": 2299}),
    ],
    "PureGym": [
        ("Core membership (monthly)", {"UK": 2499, "IE": 2999}),
        ("Plus membership (monthly)", {"UK": 3499, "IE": 3999}),
    ],
}
SUB_COUNTRIES = {
    "Apple": ["US", "UK", "IE", "CA", "AU"],
    "Google Play": ["US", "UK", "CA", "AU", "IE"],
    "Spotify": ["US", "UK", "IE", "CA", "AU"],
    "PureGym": ["UK", "UK", "IE"],
}
SUB_SENDERS = {
    "Apple": "no_reply@email.apple.com",
    "Google Play": "googleplay-noreply@google.com",
    "Spotify": "no-reply@spotify.com",
    "PureGym": "hello@puregym.com",
}
SUB_WORDS = {
    "success": [
        "Your subscription has been renewed",
        "Payment received",
        "Payment successful",
        "Renewal complete",
    ],
    "failed": [
        "We couldn't renew your subscription - payment declined",
        "Payment failed",
        "Your payment was declined",
    ],
    "pending": ["Payment pending", "Your payment is being processed"],
}


@fitted
def subscription_email(rng: random.Random, font: str):
    """A renewal's receipt e-mail: Apple (Order ID and a separate Document No.), Google Play (a GPA. order
    number), Spotify (an order or receipt number) or PureGym (member number, a payment reference): the service
    on top (the payee; never its legal entity in the footer, the app's developer or the account's e-mail), the
    account's e-mail, the item with its period and a renewal or next billing day (never the day paid), the
    subtotal, US sales tax, Canadian GST/HST or PST added, UK and Irish VAT or Australian GST included, the
    total, the way billed, the order's id, the date and an outcome on a share."""
    brand = rng.choice(list(SUB_COUNTRIES))
    country = rng.choice(SUB_COUNTRIES[brand])
    m = Dollars(rng, country)
    pat = pattern(rng, country)
    paid = day(rng)
    item, prices = rng.choice([(i, p) for i, p in SUB_ITEMS[brand] if country in p])
    price = prices[country]
    email = rng.choice(PEOPLE[country]).split()[0].lower() + rng.choice(
        ["@icloud.com", "@gmail.com", "@outlook.com"]
    )
    status, words = said(rng, SUB_WORDS, 0.6, p_success=0.6, p_failed=0.25)
    rows: list[tuple] = [
        (
            "small",
            f"From: {brand} <{SUB_SENDERS[brand]}>",
        )
    ]
    rows.append(("title", brand))
    rows.append(
        (
            "center",
            {
                "Apple": "Receipt",
                "Google Play": "Your Google Play Order Receipt",
                "Spotify": "Your receipt",
                "PureGym": "Membership payment",
            }[brand],
        )
    )
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            {
                "Apple": "Apple Account",
                "Google Play": "Account",
                "Spotify": "Account",
                "PureGym": "Member email",
            }[brand],
            email,
        )
    )
    txn = None
    dated = None
    date_text = stamp(paid, pat)
    own = {
        "Apple": ("Order ID", code(rng, 10, UPPER + "0123456789")),
        "Google Play": (
            rng.choice(["Order number", "Order number:"]).rstrip(":"),
            f"GPA.{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}",
        ),
        "Spotify": (rng.choice(["Order ID", "Receipt number"]), digits(rng, 12)),
        "PureGym": (rng.choice(["Payment reference", "Reference"]), f"PG{digits(rng, 9)}"),
    }[brand]
    if brand == "PureGym":
        rows.append(("pair", "Member number", digits(rng, 8)))
        rows.append(
            (
                "pair",
                "Home gym",
                rng.choice(
                    ["Leeds City Centre", "London Aldgate", "Dublin Drumcondra", "Manchester Spinningfields"]
                ),
            )
        )
    if shown(rng, 0.15):
        rows.append(("pair", own[0], own[1]))
        txn = own[1]
    if brand == "Apple" and shown(rng, 0.3):
        rows.append(("pair", "Document No.", digits(rng, 12)))
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Date", "Order date", "Payment date", "Date paid"]), date_text))
        dated = paid
    rows.append(("rule",))
    period = (
        after(paid, rng, 28, 31)
        if "Annual" not in item
        else paid.replace(year=paid.year + 1)
        if not (paid.month == 2 and paid.day == 29)
        else paid + dt.timedelta(days=365)
    )
    rows.append(("left", item))
    rows.append(
        (
            "left",
            rng.choice(["Renews", "Next billing date:", "Renews on", "Next payment"])
            + f" {stamp(period, pat)}",
        )
    )
    disc = 0
    if brand in ("Spotify", "PureGym") and rng.random() < 0.3:
        disc = pct(price, 0.5)
        rows.append(("pair", "Offer: first month half price", m(disc, "-")))
    net = price - disc
    total = net
    if country == "US":
        rows.append(("pair", "Subtotal", m(net)))
        tax = pct(net, rng.choice([0.0, 0.06, 0.0725, 0.0887]))
        rows.append(("pair", "Tax", m(tax)))
        total += tax
    elif country == "CA":
        rows.append(("pair", "Subtotal", m(net)))
        label, rate = rng.choice([("HST", 0.13), ("GST", 0.05), ("GST/HST", 0.13)])
        tax = pct(net, rate)
        rows.append(("pair", label, m(tax)))
        total += tax
        if label == "GST" and rng.random() < 0.5:
            pst = pct(net, 0.07)
            rows.append(("pair", "PST", m(pst)))
            total += pst
    rows.append(("pair", rng.choice(["Total", "TOTAL", "Amount charged", "Total charged"]), m(total)))
    if country in ("UK", "IE", "AU"):
        rate = {"UK": 20, "IE": 23, "AU": 10}[country]
        vat = pct(total, rate / (100 + rate))
        rows.append(("small", f"Includes {'GST' if country == 'AU' else 'VAT'} of {rate}%: {m(vat)}"))
    method = None
    last = digits(rng, 4)
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.6:
            way, method = f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} •••• {last}", "card"
        elif roll < 0.85:
            way, method = rng.choice(["PayPal", "Apple Pay" if brand == "Apple" else "Google Pay"]), "wallet"
        else:
            way, method = (
                ("Direct Debit", "netbanking")
                if brand == "PureGym"
                else (f"Debit card ending {last}", "card")
            )
        rows.append(("pair", rng.choice(["Billed to", "Payment method", "Paid with"]), way))
    if brand == "PureGym" and rng.random() < 0.5:
        rows.append(("left", f"Your next payment of {m(price)} will be taken on {stamp(period, pat)}."))
    rows.append(("gap",))
    footer = {
        "Apple": "Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland"
        if country != "US"
        else "Apple Inc., One Apple Park Way, Cupertino, CA 95014",
        "Google Play": "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043",
        "Spotify": "Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden",
        "PureGym": "PureGym Limited, Town Centre House, Leeds LS2 8LY",
    }[brand]
    rows.append(("small", footer))
    if country == "AU":
        rows.append(("small", abn(rng)))
    elif country == "CA":
        rows.append(("small", "GST/HST " + gst_no(rng)))
    style = screen(rng, EMAIL, rows, p_dark=0.15, p_band=0.3)
    return rows, done(brand, total, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 9 a dry cleaner's or shoe repairer's ticket

CLEANERS = {
    "US": [
        "Sunrise Cleaners",
        "Park Avenue Dry Cleaning",
        "Kim's Tailor & Cleaners",
        "Heel & Sole Shoe Repair",
    ],
    "UK": ["Timpson", "Johnsons the Cleaners", "Jeeves of Belgravia", "Mister Minit"],
    "IE": ["Lilliput Dry Cleaners", "Heel Bar Shoe Repairs"],
    "CA": ["Bayview Cleaners", "Cobbler Joe's Shoe Repair"],
    "AU": ["Jim's Dry Cleaning", "Mister Minit"],
}
CLEANING = [
    ("Shirt - Laundered", 3.5),
    ("2pc Suit - Dry Clean", 18.0),
    ("Dress - Dry Clean", 16.0),
    ("Trousers", 8.5),
    ("Coat - Wool", 22.0),
    ("Duvet King", 32.0),
    ("Tie", 6.0),
    ("Alteration - Hem", 14.0),
]
COBBLING = [
    ("Heels - Men's", 18.0),
    ("Full Soles", 45.0),
    ("Heel Tips - Ladies", 12.0),
    ("Shoe Shine", 8.0),
    ("Stretch", 15.0),
    ("Zip Repair - Boot", 35.0),
    ("Key Cut x2", 9.0),
    ("Watch Battery", 12.0),
]
CLEANER_WORDS = {
    "success": ["PAID", "PAID IN FULL", "** PAID **"],
    "pending": ["UNPAID - PAY ON COLLECTION", "AWAITING PAYMENT"],
}


@fitted
def cleaner_ticket(rng: random.Random, font: str):
    """A dry cleaner's or a shoe repairer's ticket (US, UK, Irish, Canadian and Australian shops, Timpson and
    Mister Minit among them): the shop on top (the payee) with its address and phone, the ticket's number
    large (the id where no card's auth code is printed), the customer's name and phone, the tag or pin numbers
    and the pieces' count (never), the items, the subtotal with sales tax, HST or GST where the country adds
    it, the total, an express surcharge or a discount on a share, the tender (a card, cash, or none yet), PAID
    on most paid tickets, UNPAID or AWAITING PAYMENT on a share (the total still to pay), the ticket's day in
    and the ready or pickup day (never the day paid)."""
    country = rng.choice(["US", "US", "UK", "UK", "IE", "CA", "AU"])
    shop = rng.choice(CLEANERS[country])
    cobbler = any(w in shop for w in ("Shoe", "Timpson", "Minit", "Heel", "Cobbler"))
    m = Dollars(rng, country, [COUNTRY[country][1][0]])
    pat = pattern(rng, country)
    paid = day(rng)
    rows: list[tuple] = [("title", shop)]
    rows.append(
        (
            "center",
            {
                "US": "418 Lexington Ave, New York NY",
                "UK": "High Street, Guildford GU1",
                "IE": "Rathmines Rd, Dublin 6",
                "CA": "1822 Bayview Ave, Toronto ON",
                "AU": "Chapel St, Prahran VIC 3181",
            }[country],
        )
    )
    rows.append(("small", phone(rng, country)))
    cue = tax_cue(rng, country)
    if cue:
        rows.append(("small", cue))
    ticket = (
        str(rng.randrange(1000, 99999))
        if rng.random() < 0.7
        else f"{code(rng, 1, UPPER)}-{rng.randrange(100, 9999)}"
    )
    rows.append(("big", f"{rng.choice(['Ticket #', 'No.', 'Ticket No.', 'Invoice #'])} {ticket}"))
    rows.append(("rule",))
    customer = rng.choice(PEOPLE[country])
    rows.append(("pair", "Customer", customer.upper() if rng.random() < 0.5 else customer))
    rows.append(("pair", "Phone", phone(rng, country)))
    dated = None
    if shown(rng, 0.1):
        dated = paid
        rows.append(
            ("pair", rng.choice(["Date", "Date in", "In"]), f"{stamp(paid, pat)} {hhmm(rng, country)}")
        )
    ready = after(paid, rng, 1, 6)
    rows.append(
        (
            "pair",
            rng.choice(["Ready", "Ready by", "Pick up", "Collect"]),
            f"{stamp(ready, pat)} {rng.choice(['after 4 PM', 'after 12 noon', '5:00 PM', ''])}".strip(),
        )
    )
    rows.append(("rule",))
    sub = 0
    pieces = 0
    for item, price in rng.sample(COBBLING if cobbler else CLEANING, rng.randrange(1, 5)):
        qty = rng.choice([1, 1, 2, 3]) if not cobbler else 1
        line = int(price * 100) * qty
        sub += line
        pieces += qty
        rows.append(("pair", f"{qty} {item}", m.bare(line)))
    if not cobbler:
        rows.append(
            (
                "left",
                f"Pieces: {pieces}   Tag {rng.choice(['white', 'pink', 'blue'])} "
                f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}",
            )
        )
    if rng.random() < 0.25:
        express = pct(sub, 0.25)
        rows.append(("pair", rng.choice(["Express same day +25%", "Rush service"]), m.bare(express)))
        sub += express
    elif rng.random() < 0.25:
        off = pct(sub, 0.1)
        rows.append(("pair", rng.choice(["Loyalty card 10% off", "Student discount 10%"]), "-" + m.bare(off)))
        sub -= off
    total = sub
    if country in ("US", "CA"):
        rows.append(("pair", "Subtotal", m(sub)))
        label, rate = ("Sales Tax 8.875%", 0.08875) if country == "US" else ("HST 13%", 0.13)
        tax = pct(sub, rate)
        rows.append(("pair", label, m(tax)))
        total += tax
    rows.append(("pair", rng.choice(["TOTAL", "Total", "Amount"]), m(total)))
    if country == "AU":
        rows.append(("small", f"Total includes GST {m(pct(total, 1 / 11))}"))
    elif country in ("UK", "IE") and rng.random() < 0.4:
        rows.append(("small", f"VAT included {m(pct(total, 1 / 6 if country == 'UK' else 23 / 123))}"))
    roll = rng.random()
    txn = None
    if roll < 0.2:
        status, words, method = "pending", rng.choice(CLEANER_WORDS["pending"]), None
        rows.append(("center", words))
    else:
        method = "card" if rng.random() < 0.6 else "cash"
        if method == "card":
            rows.append(
                (
                    "pair",
                    rng.choice(["Paid by", "Tender", "Payment"]),
                    rng.choice(["VISA", "MASTERCARD", "DEBIT", "AMEX"]) + f" ****{digits(rng, 4)}",
                )
            )
            if shown(rng, 0.6):
                txn = digits(rng, 6)
                rows.append(("pair", rng.choice(["Auth", "Auth Code", "Approval"]), txn))
        else:
            tendered = next(v for v in (1000, 2000, 5000, 10000, 20000) if v >= total)
            rows.append(("pair", rng.choice(["Cash", "CASH"]), m(tendered)))
            rows.append(("pair", "Change", m(tendered - total)))
        if rng.random() < 0.75:
            status = "success"
            rows.append(("center", rng.choice(CLEANER_WORDS["success"])))
        else:
            status = None
    rows.append(("rule",))
    rows.append(("small", "Not responsible for items left over 30 days."))
    rows.append(("small", "Please present this ticket on collection."))
    return rows, done(shop, total, m.ccy, txn or ticket, dated, method, status), dict(TICKET)


# ---------------------------------------------------------------- 10 a hardware store's receipt with a return

HARDWARE = [
    ("THE HOME DEPOT", "US", "PRO XTRA #"),
    ("LOWE'S", "US", "MYLOWE'S #"),
    ("B&Q", "UK", "B&Q Club"),
    ("Bunnings Warehouse", "AU", "PowerPass"),
    ("CANADIAN TIRE", "CA", "Triangle Rewards"),
]
TOOLS = [
    ("CORDLESS DRILL 18V", 99.0),
    ("LED BULB 4PK", 12.97),
    ("DECK SCREWS 1LB", 9.48),
    ("PAINT 1GAL EGGSHELL", 38.98),
    ("PAINT ROLLER KIT", 14.97),
    ("EXTENSION CORD 25FT", 19.98),
    ("PVC ELBOW 1/2IN", 1.28),
    ("GARDEN HOSE 50FT", 34.98),
    ("SHOP VAC 5GAL", 69.0),
    ("SMOKE ALARM", 24.97),
    ("CAULK WHITE", 6.98),
    ("TAPE MEASURE 25FT", 14.98),
    ("WOOD STAIN QT", 17.48),
    ("SANDPAPER ASST", 7.97),
    ("DOOR HINGE 3PK", 8.28),
]
HW_WORDS = {"success": ["APPROVED", "APPROVED - THANK YOU", "AUTHORISED"], "failed": ["DECLINED"]}


@fitted
def hardware_return(rng: random.Random, font: str):
    """A hardware store's receipt for an exchange (The Home Depot, Lowe's, B&Q, Bunnings, Canadian Tire): the
    store on top (the payee as printed), its address and phone, an ABN or GST/HST number, the store, register
    and cashier, a returned item with a minus, its original receipt's number and day (never the id or the day
    paid), a return authorisation number, the exchange's new items with SKU or barcode numbers, the subtotal
    (the new items less the return), US sales tax or Canadian HST added, Australian GST or UK VAT included,
    the total charged now, the card's tender with its masked number, AID and auth code on a share, an outcome
    on a share, the rewards card's number, the transaction's own number (the id where no auth code is printed)
    and the day and time; a returns policy's last day on a share."""
    store, country, club = rng.choice(HARDWARE)
    m = Dollars(rng, country, [COUNTRY[country][1][0]] if rng.random() < 0.8 else None)
    pat = pattern(rng, country)
    paid = day(rng)
    upper = store.isupper() or store == "B&Q"
    rows: list[tuple] = [("title", store)]
    rows.append(
        (
            "center",
            {
                "US": "2455 Paces Ferry Rd, Atlanta GA 30339",
                "UK": "Cromwell Road, Hove BN3",
                "AU": "Alexandria NSW 2015",
                "CA": "839 Yonge St, Toronto ON",
            }[country],
        )
    )
    rows.append(("small", phone(rng, country)))
    cue = tax_cue(rng, country) or (vat_no(rng, country) if country == "UK" else None)
    if cue:
        rows.append(("small", cue))
    store_no, reg, cashier = (
        rng.randrange(100, 9999),
        rng.randrange(1, 40),
        rng.choice(["KAYLA", "DEV", "RON", "MEI", "JOSH"]),
    )
    rows.append(("left", f"STORE {store_no:04d}  REG {reg:02d}  CASHIER {cashier}"))
    dated = None
    top = rng.random() < 0.5
    stamp_line = f"{stamp(paid, pat)}  {hhmm(rng, country)}"
    if top and shown(rng, 0.1):
        rows.append(("left", stamp_line))
        dated = paid
    rows.append(("rule",))
    picks = rng.sample(TOOLS, rng.randrange(3, 5))
    ret_name, ret_price = picks[0]
    orig_day = before(paid, rng, 3, 40)
    orig_no = f"{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}" if country == "US" else digits(rng, 12)
    rows.append(("left", "** RETURN **" if upper else "** Refund / Return **"))
    ret = int(round(ret_price * 100))
    rows.append(("pair", f"{digits(rng, 12)} {ret_name}", m.bare(ret) + "-"))
    rows.append(("left", f"  ORIG RECEIPT {orig_no}"))
    rows.append(("left", f"  ORIG DATE {stamp(orig_day, pat)}"))
    if shown(rng, 0.5):
        rows.append(("left", f"  RETURN AUTH # {code(rng, 2, UPPER)}{digits(rng, 6)}"))
    rows.append(("left", rng.choice(["** EXCHANGE **", "** SALE **", "NEW ITEMS"])))
    new = 0
    for name, price in picks[1:]:
        qty = rng.choice([1, 1, 2])
        line = int(round(price * 100)) * qty
        if qty > 1:
            rows.append(("pair", f"{digits(rng, 12)} {name}", m.bare(line)))
            rows.append(("left", f"   {qty} @ {m.bare(line // qty)}"))
        else:
            rows.append(("pair", f"{digits(rng, 12)} {name}", m.bare(line)))
        new += line
    if new <= ret:
        extra_name, extra_price = rng.choice([t for t in TOOLS if t not in picks])
        extra = int(round(extra_price * 100)) + (ret - new) + rng.randrange(500, 3000)
        rows.append(("pair", f"{digits(rng, 12)} {extra_name}", m.bare(extra)))
        new += extra
    sub = new - ret
    rows.append(("rule",))
    rows.append(("pair", "SUBTOTAL", m(sub)))
    total = sub
    if country == "US":
        rate = rng.choice([0.07, 0.089, 0.0625, 0.0825])
        tax = pct(sub, rate)
        rows.append(("pair", f"SALES TAX {rate * 100:.2f}%", m(tax)))
        total += tax
    elif country == "CA":
        tax = pct(sub, 0.13)
        rows.append(("pair", "HST 13%", m(tax)))
        total += tax
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE", "TOTAL DUE"]), m(total)))
    if country == "AU":
        rows.append(("small", f"TOTAL INCLUDES GST {m(pct(total, 1 / 11))}"))
    elif country == "UK":
        rows.append(("small", f"VAT @ 20% INCLUDED {m(pct(total, 1 / 6))}"))
    status, words = said(rng, HW_WORDS, 0.6, p_success=0.9, p_failed=0.1)
    scheme, last, masked = card_line(rng)
    if country == "CA" and rng.random() < 0.4:
        scheme = "INTERAC"
    if country == "AU" and rng.random() < 0.4:
        scheme = "EFTPOS"
    rows.append(("pair", f"{scheme} TEND" if country == "US" else scheme, m(total)))
    rows.append(("left", f"ACCOUNT # {masked}"))
    txn = None
    if shown(rng, 0.5):
        rows.append(("left", f"AID {AIDS.get(scheme, 'A0000000031010')}"))
    if status != "failed" and shown(rng, 0.4):
        txn = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        rows.append(("pair", rng.choice(["AUTH CODE", "APPROVAL #", "AUTH #"]), txn))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("pair", club, f"XXXXXX{digits(rng, 4)}" if rng.random() < 0.5 else digits(rng, 10)))
    own = f"{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}" if country == "US" else digits(rng, 12)
    rows.append(("pair", rng.choice(["RECEIPT #", "TRANS #", "TRANSACTION NO"]), own))
    if not top and shown(rng, 0.1):
        rows.append(("left", stamp_line))
        dated = paid
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                f"RETURN POLICY ID A 1 {rng.randrange(30, 90)} POLICY EXPIRES ON "
                f"{stamp(after(paid, rng, 30, 90), pat, True)}",
            )
        )
    return rows, done(store, total, m.ccy, txn or own, dated, "card", status), dict(ROLL)


# -------------------------------------------------------- 11 a ride's receipt: an app's e-mail or a cab's sli

RIDE_APPS = {
    "Lyft": ["US", "CA"],
    "Uber": ["US", "UK", "CA", "AU", "IE"],
    "Bolt": ["UK", "IE"],
    "FREENOW": ["UK", "IE"],
    "Black cab": ["UK"],
}
RIDE_PLACES = {
    "US": ["SFO Terminal 2", "Union Square", "Logan Airport", "Wrigleyville", "Capitol Hill"],
    "UK": ["Paddington Station", "Shoreditch High St", "Heathrow T5", "Manchester Piccadilly"],
    "IE": ["Dublin Airport T1", "Grafton Street", "Heuston Station", "Ranelagh"],
    "CA": ["YYZ Terminal 1", "Yaletown", "Old Montreal", "Kensington Market"],
    "AU": ["Sydney Airport T1", "Circular Quay", "Fitzroy", "South Bank"],
}
RIDE_DOMAINS = {"Lyft": "lyftmail.com", "Uber": "uber.com", "Bolt": "bolt.eu", "FREENOW": "free-now.com"}
RIDE_WORDS = {
    "success": ["Payment complete", "Paid", "Payment successful"],
    "failed": ["Payment failed - update your payment method", "Your payment was declined"],
    "pending": ["Payment pending", "Processing"],
}
CAB_WORDS = {"success": ["APPROVED", "AUTHORISED", "FARE PAID"], "failed": ["DECLINED"]}


@fitted
def ride_receipt(rng: random.Random, font: str):
    """A ride's receipt: an app's e-mail (Lyft, Uber, Bolt, FREENOW) with the app on top (the payee; never the
    driver or the car's plate), the trip's day and the pickup and drop-off places and times, the fare's lines
    (base, time and distance, a booking or service fee, tolls, an airport fee, a promotion off, US or Canadian
    tax, Australian GST included), a tip added on a share, the total charged, the way paid, the app's receipt
    or ride number on a share and an outcome on a share; or a London black cab's printed card slip (the cab's
    company on top, the taxi and badge numbers (never), the fare, extras and a tip, the total, the card, the
    auth code, APPROVED, the receipt number, the date and the times)."""
    app = rng.choice(["Lyft", "Uber", "Uber", "Bolt", "FREENOW", "Black cab"])
    country = rng.choice(RIDE_APPS[app])
    m = Dollars(rng, country, [COUNTRY[country][1][0]] if rng.random() < 0.8 else None)
    pat = pattern(rng, country)
    paid = day(rng)
    a, b = rng.sample(RIDE_PLACES[country], 2)
    t0 = rng.randrange(6 * 60, 23 * 60)
    ride_min = rng.randrange(9, 55)
    twelve = country in ("US", "CA", "AU")

    def hm(x: int) -> str:
        h, mi = (x // 60) % 24, x % 60
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}" if twelve else f"{h:02d}:{mi:02d}"

    if app == "Black cab":
        company = rng.choice(["ComCab London", "Gett Black Cabs", "Dial-a-Cab", "London Taxi Co-op"])
        rows: list[tuple] = [("title", company), ("center", "TAXI RECEIPT"), ("rule",)]
        rows.append(("pair", "TAXI NO", str(rng.randrange(10000, 99999))))
        rows.append(("pair", "BADGE NO", str(rng.randrange(10000, 99999))))
        dated = None
        if shown(rng, 0.1):
            dated = paid
            rows.append(("pair", "DATE", stamp(paid, rng.choice(["%d/%m/%Y", "%d/%m/%y"]))))
        rows.append(("pair", "START", hm(t0)))
        rows.append(("pair", "END", hm(t0 + ride_min)))
        fare = cents(rng, 12, 95, 20)
        extras = rng.choice([0, 0, 60, 100, 200])
        rows.append(("pair", "FARE", m(fare)))
        if extras:
            rows.append(("pair", "EXTRAS", m(extras)))
        tip = rng.choice([0, 100, 200, 300, 500]) if rng.random() < 0.6 else 0
        if tip:
            rows.append(("pair", "TIP", m(tip)))
        card_fee = 0
        total = fare + extras + tip + card_fee
        rows.append(("pair", "TOTAL", m(total)))
        scheme, last, masked = card_line(rng)
        rows.append(("rule",))
        rows.append(("left", f"{scheme}  {masked}"))
        rows.append(("left", rng.choice(["CONTACTLESS", "CHIP & PIN"])))
        status, words = said(rng, CAB_WORDS, 0.8, p_success=0.9, p_failed=0.1)
        txn = None
        if status != "failed" and shown(rng, 0.3):
            txn = digits(rng, 6)
            rows.append(("pair", "AUTH CODE", txn))
        if words:
            rows.append(("center", words))
        receipt = digits(rng, 6)
        rows.append(("pair", "RECEIPT NO", receipt))
        rows.append(("small", "Licensed by Transport for London"))
        return rows, done(company, total, m.ccy, txn or receipt, dated, "card", status), dict(ROLL)
    status, words = said(rng, RIDE_WORDS, 0.5, p_success=0.6, p_failed=0.2)
    rows = [
        (
            "small",
            f"From: {app} Receipts <noreply@{RIDE_DOMAINS[app]}>",
        )
    ]
    rows.append(("title", app))
    rows.append(
        (
            "center",
            rng.choice(
                [
                    f"Thanks for riding, {rng.choice(PEOPLE[country]).split()[0]}",
                    "Here's your receipt",
                    "Your trip receipt",
                ]
            ),
        )
    )
    dated = None
    if shown(rng, 0.1):
        dated = paid
        rows.append(("center", stamp(paid, pat)))
    total = 0
    base = cents(rng, 2.5, 4.5)
    dist = cents(rng, 4, 40)
    time_c = cents(rng, 2, 15)
    lines = [(rng.choice(["Base fare", "Trip fare"]), base), ("Distance", dist), ("Time", time_c)]
    fee = cents(rng, 1, 4)
    lines.append((rng.choice(["Booking fee", "Service fee", "Platform fee"]), fee))
    if "Airport" in a or "Airport" in b or "T1" in a or "T5" in b:
        lines.append(("Airport surcharge", rng.choice([400, 500, 550])))
    if country == "US" and rng.random() < 0.4:
        lines.append(("Tolls", rng.choice([250, 675, 800])))
    total = sum(v for _, v in lines)
    if rng.random() < 0.3:
        promo = min(total // 3, rng.choice([300, 500, 1000]))
        lines.append(("Promotion", -promo))
        total -= promo
    if country == "CA" or country == "US" and rng.random() < 0.5:
        tax = pct(total, 0.13 if country == "CA" else 0.0625)
        lines.append(("HST" if country == "CA" else "Sales tax", tax))
        total += tax
    tip = (
        rng.choice([100, 200, 300, 500, pct(total, 0.15)]) if rng.random() < 0.5 and status != "failed" else 0
    )
    sub_total = total
    total += tip
    rows.append(("big", m(total)))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    for name, val in lines:
        rows.append(("pair", name, m(val, "-") if val < 0 else m(val)))
    if tip:
        rows.append(("pair", "Subtotal", m(sub_total)))
        rows.append(("pair", rng.choice(["Tip", "Tip added", "Driver tip"]), m(tip)))
    rows.append(("pair", rng.choice(["Total", "Total charged", "Amount charged"]), m(total)))
    if country == "AU":
        rows.append(("small", f"Total includes GST {m(pct(total, 1 / 11))}   {abn(rng)}"))
    elif country in ("UK", "IE") and rng.random() < 0.4:
        rows.append(("small", f"Includes VAT {m(pct(total, 1 / 6 if country == 'UK' else 0.135 / 1.135))}"))
    rows.append(("rule",))
    method = None
    last = digits(rng, 4)
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.55:
            way, method = f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ••••{last}", "card"
        elif roll < 0.8:
            way, method = rng.choice(["Apple Pay", "Google Pay", "PayPal"]), "wallet"
        elif roll < 0.9:
            way, method = (
                f"{app} Cash" if app in ("Lyft", "Uber") else "Cash",
                "wallet" if app in ("Lyft", "Uber") else "cash",
            )
        else:
            way, method = "Cash", "cash"
        rows.append(("pair", rng.choice(["Payment", "Paid with", "Charged to"]), way))
    rows.append(("left", f"{hm(t0)}  {a}"))
    rows.append(("left", f"{hm(t0 + ride_min)}  {b}"))
    rows.append(("pair", rng.choice(["Driver", "You rode with"]), rng.choice(PEOPLE[country]).split()[0]))
    plate = (
        f"{code(rng, 2, UPPER)}{digits(rng, 2)} {code(rng, 3, UPPER)}"
        if country == "UK"
        else f"{digits(rng, 3)}-{code(rng, 3, UPPER)}"
    )
    rows.append(("pair", rng.choice(["Vehicle", "Licence plate", "License plate"]), plate))
    txn = None
    if shown(rng, 0.4):
        label, txn = {
            "Lyft": ("Ride ID", digits(rng, 19)),
            "Uber": ("Trip ID", f"{code(rng, 8, HEXL)}-{code(rng, 4, HEXL)}"),
            "Bolt": ("Invoice no.", f"{code(rng, 4, UPPER)}-{digits(rng, 6)}"),
            "FREENOW": ("Booking ID", digits(rng, 9)),
        }[app]
        rows.append(("pair", label, txn))
    rows.append(("small", f"{app} {'Technologies Inc.' if app in ('Lyft', 'Uber') else 'Operations Ltd'}"))
    style = screen(rng, EMAIL, rows, p_dark=0.15, p_band=0.3)
    return rows, done(app, total, m.ccy, txn, dated, method, status), style


# -------------------------------------------------------- 12 a charity donation's or an event ticket's receip

CHARITIES = {
    "US": ("St. Jude Children's Research Hospital", "EIN 62-0646012"),
    "UK": ("Macmillan Cancer Support", "Registered charity no. 261017"),
    "IE": ("Barnardos", "CHY 6015  RCN 20010027"),
    "CA": ("Canadian Red Cross", "Charitable registration no. 11926 4793 RR0001"),
    "AU": ("Cancer Council NSW", "ABN 19 000 000 000  DGR endorsed"),
}
TICKETERS = {
    "US": ["Ticketmaster", "Eventbrite"],
    "UK": ["Ticketmaster", "See Tickets", "DICE"],
    "IE": ["Ticketmaster", "Eventbrite"],
    "CA": ["Ticketmaster", "Eventbrite"],
    "AU": ["Ticketek", "Ticketmaster"],
}
EVENTS = [
    "Arctic Monkeys - The Car Tour",
    "Hamilton (Evening)",
    "Local Makers Market Pass",
    "Comedy Night Live",
    "Six Nations: Ireland v France",
    "Jazz in the Park",
    "Mumford & Sons - Arena Tour",
    "Tech Meetup 2026",
]
VENUES = {
    "US": ["Madison Square Garden, New York NY", "The Fillmore, San Francisco CA"],
    "UK": ["The O2, London", "Co-op Live, Manchester"],
    "IE": ["3Arena, Dublin", "Aviva Stadium, Dublin"],
    "CA": ["Rogers Centre, Toronto ON", "Massey Hall, Toronto ON"],
    "AU": ["Qudos Bank Arena, Sydney NSW", "Rod Laver Arena, Melbourne VIC"],
}
DONATION_WORDS = {
    "success": ["Thank you - your donation has been received", "Donation successful", "Payment complete"],
    "failed": ["Payment failed - your donation was not taken", "Your payment was declined"],
    "pending": ["Payment pending", "Your payment is being processed"],
}
TICKET_WORDS = {
    "success": ["Payment successful", "Order confirmed and paid", "Paid"],
    "failed": ["Payment failed - your tickets were released", "Payment declined"],
    "pending": ["Payment processing", "Payment pending - tickets on hold"],
}


@fitted
def donation_ticket(rng: random.Random, font: str):
    """A charity's donation receipt (St. Jude, Macmillan, Barnardos, the Canadian Red Cross, Cancer Council
    NSW: the charity on top (the payee), its registration, EIN, CHY or ABN (never the id), the donor, the
    gift's sum and frequency, Gift Aid to be claimed or the eligible amount for tax (never), the way paid, the
    donation's transaction reference or else the receipt's number, the day received and a Canadian official
    receipt's day issued or a monthly gift's next day (never the day paid)), or an event ticket's order
    receipt (Ticketmaster, Eventbrite, See Tickets, DICE, Ticketek: the ticketer on top (the payee; never the
    event, the venue or the promoter), the event's day (never the day paid), the seats and tickets' barcodes
    (never), face value, fees, a delivery fee, tax, the order total, the way paid, the order number (the id),
    the order's day and an outcome on a share)."""
    country = rng.choice(["US", "UK", "IE", "CA", "AU"])
    m = Dollars(rng, country, [COUNTRY[country][1][0]] if rng.random() < 0.8 else None)
    pat = pattern(rng, country)
    paid = day(rng)
    last = digits(rng, 4)
    donor = rng.choice(PEOPLE[country])
    if rng.random() < 0.5:
        charity, reg = CHARITIES[country]
        rows: list[tuple] = [("title", charity), ("small", reg)]
        official = country == "CA" and rng.random() < 0.6
        rows.append(
            (
                "center",
                "Official donation receipt for income tax purposes"
                if official
                else rng.choice(["Donation receipt", "Thank you for your gift", "Your donation"]),
            )
        )
        status, words = said(rng, DONATION_WORDS, 0.55, p_success=0.7, p_failed=0.15)
        if words:
            rows.append(("center", words))
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Donor", "Name", "Received from"]), donor))
        total = rng.choice([1000, 2000, 2500, 5000, 10000, 15000, 25000, 3000, 1500])
        rows.append(
            ("pair", rng.choice(["Donation amount", "Amount donated", "Gift amount", "Amount"]), m(total))
        )
        monthly = rng.random() < 0.35
        rows.append(
            (
                "pair",
                "Frequency",
                "Monthly" if monthly else "One-off" if country in ("UK", "IE", "AU") else "One-time",
            )
        )
        if country == "UK" and rng.random() < 0.6:
            rows.append(("pair", "Gift Aid", f"Yes - we can claim an extra {m(total // 4)}"))
        if official:
            rows.append(("pair", "Eligible amount of gift for tax purposes", m(total)))
            rows.append(("pair", "Date receipt issued", stamp(after(paid, rng, 1, 20), pat)))
        method = None
        if shown(rng, 0.15):
            roll = rng.random()
            if roll < 0.6:
                way, method = f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ending {last}", "card"
            elif roll < 0.8:
                way, method = rng.choice(["PayPal", "Apple Pay", "Google Pay"]), "wallet"
            else:
                way, method = (
                    rng.choice(
                        ["Direct Debit", "Bank transfer"]
                        if country in ("UK", "IE")
                        else ["Bank account (EFT)", "Direct debit"]
                    ),
                    "netbanking",
                )
            rows.append(("pair", rng.choice(["Payment method", "Paid by", "Paid with"]), way))
        own = f"{code(rng, 2, UPPER)}-{digits(rng, 7)}" if rng.random() < 0.5 else digits(rng, 8)
        rows.append(("pair", rng.choice(["Receipt number", "Receipt No.", "Serial number"]), own))
        txn = own
        if status != "failed" and shown(rng, 0.6):
            ref = rng.choice([code(rng, 12, ALNUM), f"pi_{code(rng, 14, MIXED)}", digits(rng, 14)])
            rows.append(
                ("pair", rng.choice(["Transaction ID", "Payment reference", "Transaction reference"]), ref)
            )
            txn = ref
        dated = None
        if shown(rng, 0.1):
            dated = paid
            rows.append(
                (
                    "pair",
                    rng.choice(["Date received", "Donation date", "Date of donation", "Date"])
                    if not official
                    else "Date donation received",
                    stamp(paid, pat),
                )
            )
        if monthly:
            rows.append(
                ("left", f"Your next monthly gift will be taken on {stamp(after(paid, rng, 28, 31), pat)}.")
            )
        rows.append(
            (
                "small",
                "No goods or services were provided in exchange for this gift."
                if country == "US"
                else "Thank you for your generous support.",
            )
        )
        style = dict(SHEET)
        return rows, done(charity, total, m.ccy, txn, dated, method, status), style
    seller = rng.choice(TICKETERS[country])
    event = rng.choice(EVENTS)
    status, words = said(rng, TICKET_WORDS, 0.6, p_success=0.6, p_failed=0.2)
    rows = [
        ("title", seller),
        ("center", rng.choice(["Order confirmation", "Your order receipt", "Your tickets"])),
    ]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    order = {
        "Ticketmaster": f"{digits(rng, 2)}-{digits(rng, 5)}/{code(rng, 3, UPPER)}",
        "Eventbrite": digits(rng, 10),
        "See Tickets": f"{code(rng, 3, UPPER)}{digits(rng, 7)}",
        "DICE": code(rng, 8, ALNUM),
        "Ticketek": f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
    }[seller]
    txn = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Order #", "Order number", "Order No."]), order))
        txn = order
    rows.append(("left", event))
    rows.append(
        (
            "left",
            rng.choice(VENUES[country]),
        )
    )
    event_day = after(paid, rng, 7, 120)
    rows.append(
        (
            "pair",
            rng.choice(["Event date", "Date of event", "When"]),
            f"{stamp(event_day, pat)} {rng.choice(['7:30 PM', '8:00 PM', '19:30', '14:00'])}",
        )
    )
    qty = rng.randrange(1, 5)
    face = cents(rng, 25, 160, 50)
    fee = pct(face, rng.choice([0.1, 0.12, 0.15]))
    for i in range(qty):
        seat = f"Sec {rng.randrange(100, 330)} Row {code(rng, 1, UPPER)} Seat {rng.randrange(1, 40)}"
        rows.append(
            (
                "pair",
                f"Ticket {i + 1}  {seat}" if rng.random() < 0.6 else f"GA Standing #{digits(rng, 10)}",
                m(face),
            )
        )
    rows.append(("pair", rng.choice(["Service fee", "Booking fee"]) + f" x{qty}", m(fee * qty)))
    total = face * qty + fee * qty
    if rng.random() < 0.4:
        delivery = rng.choice([0, 250, 295, 400])
        rows.append(
            ("pair", rng.choice(["Order processing fee", "Delivery: Mobile ticket", "Delivery"]), m(delivery))
        )
        total += delivery
    if country in ("US", "CA") and rng.random() < 0.5:
        tax = pct(total, 0.08 if country == "US" else 0.13)
        rows.append(("pair", "Tax" if country == "US" else "HST", m(tax)))
        total += tax
    rows.append(("pair", rng.choice(["Order total", "Total", "Total paid"]), m(total)))
    if country == "AU":
        rows.append(("small", f"Includes GST {m(pct(total, 1 / 11))}  {abn(rng)}"))
    elif country == "CA":
        rows.append(("small", "GST/HST " + gst_no(rng)))
    method = None
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.7:
            way, method = f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ending {last}", "card"
        else:
            way, method = rng.choice(["PayPal", "Apple Pay", "Google Pay"]), "wallet"
        rows.append(("pair", rng.choice(["Payment method", "Paid with", "Payment"]), way))
    dated = None
    if shown(rng, 0.1):
        dated = paid
        rows.append(
            ("pair", rng.choice(["Order date", "Ordered on", "Purchase date", "Date"]), stamp(paid, pat))
        )
    rows.append(("small", "Doors open 1 hour before the show. Tickets are non-refundable."))
    style = screen(rng, EMAIL, rows, p_dark=0.1, p_band=0.35)
    return rows, done(seller, total, m.ccy, txn, dated, method, status), style

"""The twelve heldout112 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: activity feeds and message threads from around the world in which one payment is
singled out among several (the newest text alert at the foot of an iMessage or SMS thread, a feed row opened into a
bottom sheet, a history entry opened into a dialog, a payment's detail pane beside its list, the mail open in the
reading pane, the expanded notification on top of its collapsed group, a receipt pasted into a chat, a card's
transaction tapped open among its pending and posted rows, a settle-up opened in a split-bill group, a transfer
opened in a remittance app). The builders write every row, message and note, and record the facts of the one
singled out; the truth is those facts and nothing from the other rows, messages or notes.

Pages are drawn here: ``_panel`` lays out one column of rows (app bars, day headings, list rows with their sums,
label / value pairs, pills, inbox entries); ``compose`` puts panels in their frame: a bottom sheet over the dimmed
feed (``sheet``), a dialog over it (``modal``), a list and a detail side by side (``split``), a text-message thread
(``thread``, iOS or Android), a notification centre (``notif``) and a chat (``chat``: WhatsApp, Messenger or
Signal). The frames print no fact of the truth of their own: the phone's clock (and, in the notification centre,
its day without a year, the day of the newest notification), a thread's time stamps (each the day of its own
message), a chat's contact, divider and hours, a feed's day headings, an inbox's list dates are the phone's, the
chat's or the list's.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw

from bench.receipt_sets.heldout108_families import (
    CAPS,
    clock,
    draws,
    face,
    fits,
    group,
    mixed,
    nums,
    someday,
    upi_ref,
)
from bench.receipt_sets.heldout108_families import _wrap as wrap_words

TURNS: dict[str, int] = {}
WHITE, INK, GREY = (255, 255, 255), (22, 24, 30), (112, 116, 126)
GREEN, RED, AMBER, BLUE = (20, 132, 70), (204, 36, 44), (190, 116, 0), (28, 96, 214)

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# every currency's marks as pages print them; a mark the face cannot draw is left out
MARKS = {"USD": ("$",), "GBP": ("£",), "EUR": ("€",), "INR": ("₹", "₹", "Rs.", "Rs "), "SGD": ("S$",),
         "AUD": ("A$",), "HKD": ("HK$",), "MYR": ("RM",), "PHP": ("₱", "PHP "), "TWD": ("NT$",)}

US_SHOPS = ["Trader Joe's", "Walgreens", "Best Buy", "Chipotle", "Home Depot", "Whole Foods Market", "CVS Pharmacy",
            "Blue Bottle Coffee", "REI Co-op", "Safeway", "Apple Store", "Sweetgreen", "Barnes & Noble", "Lowe's"]
UK_SHOPS = ["Tesco Express", "Waitrose", "Boots", "Greggs", "Pret A Manger", "Argos", "Lidl GB", "Costa Coffee",
            "Sainsbury's Local", "Timpson", "Screwfix", "John Lewis", "Leon", "WHSmith"]
EU_SHOPS = ["REWE", "Albert Heijn", "Carrefour City", "dm-drogerie markt", "Monoprix", "Mercadona", "Esselunga",
            "Fnac", "Decathlon", "Rossmann", "Lidl", "Bolt", "Flixbus", "Zara"]
AU_SHOPS = ["Woolworths Metro", "Coles Express", "JB Hi-Fi", "Officeworks", "Bunnings", "Chemist Warehouse"]
US_PEOPLE = ["Jordan Reyes", "Maya Patel", "Tyler Brooks", "Ashley Nguyen", "Marcus Green", "Sofia Alvarez",
             "Kevin O'Brien", "Priya Raman", "Brandon Lee", "Hannah Schultz"]
UK_PEOPLE = ["Oliver Bennett", "Amelia Shaw", "Harry Doyle", "Isla McKenzie", "George Patel", "Freya Collins",
             "Rhys Morgan", "Niamh Byrne"]
EU_PEOPLE = ["Lukas Weber", "Camille Dubois", "Giulia Ricci", "Pablo Moreno", "Sanne de Vries", "Jonas Fischer",
             "Léa Martin", "Matteo Conti"]
IN_SHOPS = ["Shivam Handloom", "Kaveri Spices", "Patel Electronics", "Lakshmi Jewellers", "Annapurna Sweets",
            "Ganesh Auto Parts", "Kiran Book Depot", "Nilgiri Tea House", "Rajdhani Crockery", "Sagar Opticals",
            "Mahalaxmi Textiles", "Balaji Mobile Care", "Orchid Florist", "Deccan Hardware"]
IN_PEOPLE = ["Rohan Kulkarni", "Sneha Iyer", "Arjun Bhatia", "Pooja Venkatesh", "Imran Qureshi", "Divya Menon",
             "Rahul Tiwari", "Ananya Ghosh", "Suresh Reddy", "Meenakshi Nair"]
ASIA_SHOPS = {"SGD": ["Toast Box", "Ya Kun Kaya Toast", "FairPrice Xtra", "Uniqlo Orchard", "Guardian", "Old Chang Kee"],
              "PHP": ["Jollibee", "Mercury Drug", "7-Eleven Makati", "Watsons SM Megamall", "Puregold"],
              "MYR": ["99 Speedmart", "Mr DIY", "Tealive", "Guardian", "Secret Recipe"],
              "HKD": ["Maxim's Cakes", "Fortress", "Mannings", "Wellcome", "Tsui Wah"],
              "TWD": ["PX Mart", "Family Mart", "Hi-Life", "Cama Cafe", "Eslite Spectrum"]}
HANDLES = ["okhdfcbank", "oksbi", "okaxis", "ybl", "ibl", "axl", "yesbank", "upi", "fbl", "paytm"]


# ---------------------------------------------------------------- small helpers


def fresh() -> None:
    """Start every family's count again (``make_heldout112_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): the family's bank, app and outcome follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def need(font: str, *texts: str) -> None:
    for text in texts:
        assert fits(font, text.replace("\n", " ")), (font, text)


def datestr(d: dt.date, pattern: str) -> str:
    """``d`` in a pattern: %d %m %Y %y %b %B %a %A, and {d} for the day without its zero."""
    out = pattern.replace("%d", f"{d.day:02d}").replace("{d}", str(d.day)).replace("%m", f"{d.month:02d}")
    out = out.replace("%Y", str(d.year)).replace("%y", f"{d.year % 100:02d}").replace("%B", MONTH[d.month - 1])
    return out.replace("%b", MON[d.month - 1]).replace("%A", WEEKDAY[d.weekday()]).replace("%a", DOW[d.weekday()])


def price(rng: random.Random, low: float, high: float) -> float:
    """A sum between ``low`` and ``high`` on a log scale: whole tens on some, whole units on some, cents on most."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    r = rng.random()
    if r < 0.25 and value >= 30:
        return float(round(value / 5) * 5)
    if r < 0.4:
        return float(round(value))
    return round(value, 2)


def earlier(rng: random.Random, d: dt.date, n: int, spread: int = 10) -> list[dt.date]:
    """``n`` distinct days before ``d``, oldest first."""
    back = sorted(rng.sample(range(1, spread + n), n), reverse=True)
    return [d - dt.timedelta(days=b) for b in back]


def around(rng: random.Random, d: dt.date, n: int, spread: int = 20) -> tuple[list[dt.date], int]:
    """``n`` other distinct days, some after ``d`` and most before, with ``d`` among them, newest first: (the days,
    the place of ``d``)."""
    after = rng.choice([0, 0, 1, 2]) if n > 1 else 0
    later = sorted(rng.sample(range(1, 6), after), reverse=True)
    before = rng.sample(range(1, spread + n), n - after)
    days = [d + dt.timedelta(days=x) for x in later] + [d] + sorted((d - dt.timedelta(days=x) for x in before),
                                                                    reverse=True)
    return days, after


def truth(merchant, value, cur, txn, d, method, status) -> dict:
    return {"merchant_name": merchant, "amount": f"{value:.2f}" if value is not None else None,
            "currency": cur if value is not None else None, "transaction_id": txn,
            "date": d.isoformat() if d else None, "payment_method": method, "status": status}


def dot(font: str) -> str:
    return " \u00b7 " if draws(font, "\u00b7") else " - "


def bullets(font: str) -> str:
    return "\u2022\u2022" if draws(font, "\u2022") else "**"


class Cash:
    """How one page prints its sums: the currency's mark (one the face draws), grouping, a decimal comma (on some
    euro pages, the mark after the sum), whole units on some."""

    def __init__(self, rng: random.Random, font: str, cur: str, comma: bool = False, whole: float = 0.0):
        options = [m for m in MARKS[cur] if fits(font, m)] or [f"{cur} "]
        self.cur, self.mark, self.comma = cur, rng.choice(options), comma
        self.way = rng.choice(("indian", "indian", "western")) if cur == "INR" else "western"
        self.whole = rng.random() < whole

    def digits(self, value: float) -> str:
        places = 0 if self.whole and value == int(value) else 2
        text = group(value, self.way, places)
        if self.comma:
            text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
        return text

    def __call__(self, value: float, lead: str = "", code: bool = False) -> str:
        text = f"{self.digits(value)} {self.mark.strip()}" if self.comma else f"{self.mark}{self.digits(value)}"
        return f"{lead}{text}" + (f" {self.cur}" if code else "")


class Page:
    """One column's rows for ``_panel``, every text checked against the face."""

    def __init__(self, font: str):
        self.font, self.rows = font, []

    def add(self, kind: str, *texts: str, colour=None) -> Page:
        need(self.font, *texts)
        self.rows.append((kind, texts, colour))
        return self


def word_colour(word: str):
    w = word.lower()
    if any(x in w for x in ("fail", "declin", "cancel", "revert", "reject")):
        return RED
    if any(x in w for x in ("pend", "progress", "process", "hold")):
        return AMBER
    if w.startswith("+") or "received" in w or "refund" in w:
        return GREEN
    return None


# ---------------------------------------------------------------- 1: an iMessage bank-alert thread (US / UK)


US_BANKS = {
    "chase": ("Chase", "24273"), "bofa": ("Bank of America", "73981"), "wells": ("Wells Fargo", "93557"),
    "capone": ("Capital One", "227898"),
}
UK_BANKS = {"barclays": "Barclays", "natwest": "NatWest", "lloyds": "Lloyds", "hsbc": "HSBC UK"}
IMSG_BANKS = ["chase", "bofa", "capone", "barclays", "wells", "natwest", "lloyds", "hsbc"]


def west_day(rng: random.Random, d: dt.date, us: bool) -> str:
    return datestr(d, rng.choice(["%m/%d/%Y", "%b {d}, %Y", "%m/%d/%y"] if us else
                                 ["%d/%m/%Y", "{d} %b %Y", "%d/%m/%y", "%d %b %Y"]))


def alert_west(rng: random.Random, bank: str, status: str, d: dt.date, value: float, tail: str) -> tuple[str, dict]:
    """One US or UK bank's text alert for a payment, in its own wording: (text, truth)."""
    us = bank in US_BANKS
    cur, sym = ("USD", "$") if us else ("GBP", "£")
    s = f"{sym}{group(value, 'western')}"
    day = west_day(rng, d, us)
    shop = rng.choice(US_SHOPS if us else UK_SHOPS)
    auth = nums(rng, 6) if rng.random() < 0.6 else None
    if status == "failed":
        name = US_BANKS[bank][0] if us else UK_BANKS[bank]
        text = (f"{name}: We declined a {s} payment at {shop} on {day} on your card ending {tail} (insufficient "
                f"funds). If this was you, you can try again once funds are available.")
        return text, truth(shop, value, cur, None, d, "card", "failed")
    if status == "pending":
        name = US_BANKS[bank][0] if us else UK_BANKS[bank]
        text = (f"{name}: A {s} transaction at {shop} on {day} is pending on your card ending {tail}. The final "
                f"amount may change once it posts.")
        return text, truth(shop, value, cur, None, d, "card", "pending")
    txn, method, payee = auth, "card", shop
    if bank == "chase":
        text = (f"Chase: Your debit card ending {tail} was charged {s} at {shop.upper()} on {day}."
                + (f" Auth code {auth}." if auth else "") + " Txt STOP to end alerts")
        payee = shop.upper()
    elif bank == "bofa":
        text = (f"BofA: {s} purchase at {shop} on {day} with debit card ending in {tail} was approved. Not you? "
                f"Reply NO.")
        txn = None
    elif bank == "wells":
        text = (f"Wells Fargo: Purchase of {s} approved at {shop} on {day}, card ending {tail}."
                + (f" Auth #{auth}." if auth else ""))
    elif bank == "capone":
        text = f"Capital One: {s} charged at {shop} on {day} to your Savor card ending {tail}."
        txn = None
    elif bank == "barclays":
        text = (f"Barclays: {s} card payment to {shop} on {day} from your account ending {tail}."
                + (f" Auth code {auth}." if auth else "") + " Didn't make it? Call us on 0345 734 5345.")
    elif bank == "lloyds":
        payee = rng.choice(UK_PEOPLE)
        text = (f"Lloyds: You've sent {s} to {payee} from your account ending {tail} on {day}. Not you? Call "
                f"0345 300 0000.")
        txn, method = None, "netbanking"
    else:  # hsbc
        text = (f"HSBC UK: A card payment of {s} at {shop} was made on {day} using card ending {tail}."
                + (f" Auth code {auth}." if auth else ""))
    return text, truth(payee, value, cur, txn, d, method, "success")


def other_west(rng: random.Random, bank: str, d: dt.date, tail: str) -> str:
    """An older alert of the same bank with its own sum and day: a balance, a large purchase, a deposit."""
    us = bank in US_BANKS
    sym = "$" if us else "£"
    name = US_BANKS[bank][0] if us else UK_BANKS[bank]
    day = west_day(rng, d, us)

    def s(low: float, high: float) -> str:
        return f"{sym}{group(price(rng, low, high), 'western')}"

    return rng.choice([
        f"{name}: Your available balance in the account ending {tail} is {s(40, 9000)} as of {day}.",
        f"{name}: Large purchase alert. {s(250, 2500)} at {rng.choice(US_SHOPS if us else UK_SHOPS)} on {day} "
        f"with card ending {tail}.",
        f"{name}: A deposit of {s(200, 4000)} was posted to your account ending {tail} on {day}.",
        f"{name}: Your balance in the account ending {tail} fell below {sym}100.00 on {day}. Balance: "
        f"{s(5, 99)}.",
        f"{name}: {s(3, 120)} at {rng.choice(US_SHOPS if us else UK_SHOPS)} on {day}, card ending {tail}.",
    ])


def stamp(rng: random.Random, d: dt.date, newest: dt.date, us: bool) -> str:
    """An iMessage time stamp for a message received on ``d`` (``newest`` is the phone's today)."""
    hour = clock(rng, "12") if us else clock(rng, "24")
    if d == newest:
        return f"Today {hour}"
    if d == newest - dt.timedelta(days=1):
        return f"Yesterday {hour}"
    return datestr(d, "%a, %b {d}" if us else "%a {d} %b") + f" at {hour}"


def imessage_bank_thread(rng: random.Random, font: str):
    """An iMessage thread from a US or UK bank's short code or sender name: one to three older alerts (a balance,
    a large purchase, a deposit, a low balance, another spend) on earlier days, the newest alert at the foot: the
    proof."""
    k = place("imessage_bank_thread")
    status = outcome(k, failed=(5,), pending=(2,))
    bank = IMSG_BANKS[k]
    us = bank in US_BANKS
    d = someday(rng)
    tail = nums(rng, 4)
    text, t = alert_west(rng, bank, status, d, price(rng, 4, 900), tail)
    items: list = []
    for old in earlier(rng, d, rng.choice([1, 2, 3]), spread=6):
        items += [("stamp", stamp(rng, old, d, us)), ("in", other_west(rng, bank, old, tail))]
    items += [("stamp", stamp(rng, d, d, us)), ("in", text)]
    sender = US_BANKS[bank][1] if us else UK_BANKS[bank]
    need(font, sender, *[x[1] for x in items])
    style = {"frame": "thread", "screen": True, "width": 600,
             "thread": {"os": "ios", "sender": sender, "items": items, "clock": clock(rng, "24")}}
    return [], t, style


# ---------------------------------------------------------------- 2: a neobank's feed with a row opened


NEOBANKS = ["revolut", "monzo", "n26", "wise", "chime", "revolut", "n26", "monzo"]
NEO = {  # currency, dark theme, feed title
    "revolut": ("EUR", False, "Transactions"), "monzo": ("GBP", True, "Home"), "n26": ("EUR", False, "Activity"),
    "wise": ("GBP", False, "Transactions"), "chime": ("USD", False, "Activity"),
}
THEMES = {
    "light": {"bg": WHITE, "ink": INK, "soft": GREY, "line": (226, 228, 234), "band": (243, 244, 247),
              "sel": (226, 236, 252)},
    "dark": {"bg": (20, 24, 38), "ink": (236, 238, 244), "soft": (150, 156, 172), "line": (52, 58, 76),
             "band": (30, 35, 52), "sel": (40, 56, 92)},
}


def heading(rng: random.Random, d: dt.date, today: dt.date, us: bool) -> str:
    if d == today:
        return "Today"
    if d == today - dt.timedelta(days=1):
        return "Yesterday"
    return datestr(d, rng.choice(["%A, %B {d}", "%b {d}, %Y"] if us else ["%A {d} %B", "{d} %B", "%a, {d} %b"]))


def neobank_feed_opened(rng: random.Random, font: str):
    """A neobank's feed (a balance on top, a day heading over each group of rows) with one row opened as a sheet
    over the dimmed feed: the payee, the sum, the status, the day and hour, the card or transfer, an id on most."""
    k = place("neobank_feed_opened")
    status = outcome(k, failed=(4,), pending=(1,))
    app = NEOBANKS[k]
    cur, dark, title = NEO[app]
    us = cur == "USD"
    comma = app == "n26" and rng.random() < 0.6
    m = Cash(rng, font, cur, comma=comma)
    people, shops = (US_PEOPLE, US_SHOPS) if us else (EU_PEOPLE, EU_SHOPS) if cur == "EUR" else (UK_PEOPLE, UK_SHOPS)
    today = someday(rng)
    days = [today] + [today - dt.timedelta(days=b) for b in sorted(rng.sample(range(1, 9), 3))]
    pick_day = rng.choice(days[:3])
    transfer = app in ("revolut", "monzo", "n26") and rng.random() < 0.35 and status == "success"
    feed = Page(font)
    feed.add("appbar", {"revolut": "Revolut", "monzo": "Monzo", "n26": "N26", "wise": "Wise",
                        "chime": "Chime"}[app] + dot(font) + title)
    feed.add("centre", "Balance", colour=GREY)
    feed.add("big", m(price(rng, 120, 6000)))
    opened = None
    for d in days:
        feed.add("section", heading(rng, d, today, us))
        n = rng.choice([1, 2, 3])
        chosen = rng.randrange(n) if d == pick_day else -1
        for i in range(n):
            value = price(rng, 3, 400)
            if i == chosen:
                name = rng.choice(people) if transfer else rng.choice(shops)
                word = {"success": "", "failed": "Declined", "pending": "Pending"}[status]
                feed.add("rowsel", name, m(value, "-"), clock(rng, "24") + dot(font) +
                         ("Transfer" if transfer else rng.choice(["Groceries", "Shopping", "Eating out", "Transport"])),
                         word, colour=word_colour(word))
                opened = (name, value, d)
                continue
            kind = rng.random()
            if kind < 0.25:
                who = rng.choice(people)
                feed.add("row", who, m(value, "+"), clock(rng, "24") + dot(font) + "From " + who.split()[0], "",
                         colour=GREEN)
            elif kind < 0.35:
                feed.add("row", rng.choice(shops), m(value, "+"), "Refund", "Refund", colour=GREEN)
            else:
                feed.add("row", rng.choice(shops), m(value, "-"), clock(rng, "24"),
                         rng.choice(["", "", "", "Declined"]))
    name, value, d = opened
    sheet = Page(font)
    sheet.add("title", name)
    sheet.add("big", m(value, "-"))
    sheet.add("pill", {"success": "Completed", "failed": "Declined", "pending": "Pending"}[status],
              colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    when = datestr(d, "%b {d}, %Y" if us else rng.choice(["{d} %b %Y", "{d} %B %Y", "%d.%m.%Y"]))
    sheet.add("kv", "Date", f"{when}, {clock(rng, '12' if us else '24')}")
    txn = None
    if transfer:
        sheet.add("kv", "To", name)
        sheet.add("kv", "Payment type", {"revolut": "SEPA transfer", "monzo": "Bank transfer",
                                         "n26": "SEPA Credit Transfer"}[app])
        method = "netbanking"
        if rng.random() < 0.7:
            txn = mixed(rng, 12, CAPS) if app != "monzo" else f"tx_0000{mixed(rng, 18)}"
            sheet.add("kv", "Transaction ID", txn)
    else:
        card = rng.choice(["Visa", "Mastercard"])
        sheet.add("kv", "Card", f"{card} {bullets(font)} {nums(rng, 4)}")
        method = "card"
        if status == "failed":
            sheet.add("small", "Declined: insufficient funds. You were not charged.")
        if k not in (2, 6) or rng.random() < 0.5:
            txn = {"revolut": lambda: mixed(rng, 8, "0123456789abcdef") + "-" + mixed(rng, 4, "0123456789abcdef")
                   + "-" + mixed(rng, 4, "0123456789abcdef"),
                   "monzo": lambda: f"tx_0000{mixed(rng, 18)}", "n26": lambda: nums(rng, 12),
                   "wise": lambda: nums(rng, 10), "chime": lambda: f"CH{nums(rng, 10)}"}[app]()
            sheet.add("kv", rng.choice(["Transaction ID", "Reference"]) if app != "chime" else "Transaction ID",
                      txn)
        sheet.add("kv", "Category", rng.choice(["Groceries", "Shopping", "Eating out", "General"]))
    sheet.add("button", rng.choice(["Split this bill", "Get help", "Report a problem"]))
    theme = "dark" if dark else "light"
    style = {"frame": "sheet", "screen": True, "width": 600, "font_size": 20, "theme": theme,
             "under": feed.rows, "lift": rng.uniform(0.55, 0.75)}
    return sheet.rows, truth(name, value, cur, txn, d, method, status), style


# ---------------------------------------------------------------- 3: a P2P app's activity with one payment's detail


P2P_APPS = ["venmo", "cashapp", "zelle_chase", "paypal_us", "venmo", "paypal_au", "zelle_wells", "paypal_uk"]
MEMOS = ["rent 1/3", "order #4471", "tickets x2", "utilities Oct", "deposit 50%", "invoice 2207", "lunch",
         "cake order 12pc", "bike parts", "concert 2 of 3", "order #1183", "week 3 tutoring", "plants"]


def p2p_feed(rng: random.Random, font: str):
    """A money app's activity (Venmo, Cash App, Zelle in a bank app, PayPal in USD, AUD or GBP): a list of payments
    sent and received with their memos, and one payment's detail screen beside the list or as a sheet over it.
    The detail is the proof; the memo's own numbers ("order #4471", "rent 1/3") are no id."""
    k = place("p2p_feed")
    status = outcome(k, failed=(6,), pending=(3,))
    app = P2P_APPS[k]
    cur = {"paypal_au": "AUD", "paypal_uk": "GBP"}.get(app, "USD")
    m = Cash(rng, font, cur)
    people = UK_PEOPLE if cur == "GBP" else US_PEOPLE
    d = someday(rng)
    value = price(rng, 8, 1500)
    payee = rng.choice(people)
    memo = rng.choice(MEMOS)
    us = cur == "USD"
    listing = Page(font)
    listing.add("appbar", {"venmo": "Venmo", "cashapp": "Cash App", "zelle_chase": "Chase" + dot(font) + "Zelle",
                           "zelle_wells": "Wells Fargo" + dot(font) + "Zelle", "paypal_us": "PayPal",
                           "paypal_au": "PayPal", "paypal_uk": "PayPal"}[app])
    listing.add("section", rng.choice(["Activity", "Recent activity", "Transactions"]))
    days, pick = around(rng, d, rng.choice([3, 4, 5]))
    short = "%b {d}" if us else "{d} %b"
    for i, day in enumerate(days):
        if i == pick:
            listing.add("rowsel", f"To {payee}" if app.startswith("zelle") else f"You paid {payee}"
                        if app != "cashapp" else payee, m(value, "-"), datestr(day, short) + dot(font) + memo,
                        {"success": "", "failed": "Failed", "pending": "Pending"}[status],
                        colour=word_colour(status))
            continue
        other = rng.choice([p for p in people if p != payee])
        v = price(rng, 5, 900)
        if rng.random() < 0.4:
            listing.add("row", f"{other} paid you" if app != "cashapp" else other, m(v, "+"),
                        datestr(day, short) + dot(font) + rng.choice(MEMOS), "Received" if app == "cashapp" else "",
                        colour=GREEN)
        else:
            listing.add("row", f"You paid {other}" if not app.startswith("zelle") else f"To {other}", m(v, "-"),
                        datestr(day, short) + dot(font) + rng.choice(MEMOS), rng.choice(["", "", "", "Refunded"]))
    detail = Page(font)
    word = {"success": {"venmo": "Complete", "cashapp": "Completed", "paypal": "Completed", "zelle": "Completed"},
            "failed": {"venmo": "Failed", "cashapp": "Failed", "paypal": "Failed", "zelle": "Not sent"},
            "pending": {"venmo": "Pending", "cashapp": "Pending", "paypal": "Pending", "zelle": "Pending"}}[status]
    family = app.split("_")[0]
    when = f"{datestr(d, '%b {d}, %Y' if us else '{d} %b %Y')}, {clock(rng, '12' if us else '24')}"
    if family == "venmo":
        txn = nums(rng, 19)
        detail.add("title", f"You paid {payee}")
        detail.add("big", m(value, "-"))
        detail.add("centre", memo)
        detail.add("kv", "Status", word[family])
        detail.add("kv", "Date", when)
        detail.add("kv", "Payment ID", txn)
        detail.add("kv", "Paid with", rng.choice(["Venmo balance", f"Bank {bullets(font)}{nums(rng, 4)}"]))
        method = "wallet"
    elif family == "cashapp":
        txn = mixed(rng, 7, CAPS)
        detail.add("big", m(value))
        detail.add("centre", f"Payment to {payee}")
        detail.add("centre", f"For {memo}")
        detail.add("pill", word[family], colour=word_colour(word[family]) or GREEN)
        card = rng.random() < 0.5
        detail.add("kv", "From", f"Visa Debit {nums(rng, 4)}" if card else "Cash balance")
        detail.add("kv", "Date", when)
        detail.add("kv", "Identifier", f"#{txn}")
        method = "card" if card else "wallet"
    elif family == "zelle":
        txn = f"{rng.choice(['JPM', 'WFC'])}{mixed(rng, 9, CAPS)}"
        detail.add("title", rng.choice(["Payment details", "Zelle activity"]))
        detail.add("kv", "Sent to", payee)
        detail.add("kv", "Amount", m(value))
        detail.add("kv", "Memo", memo)
        detail.add("kv", "Sent on", datestr(d, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])))
        detail.add("kv", "Status", word[family])
        detail.add("kv", "Confirmation", txn)
        method = "netbanking"
    else:
        txn = f"{rng.choice('3456789')}{mixed(rng, 2, CAPS)}{nums(rng, 5)}{mixed(rng, 2, CAPS)}{nums(rng, 6)}"
        detail.add("title", f"Sent to {payee}")
        detail.add("big", m(value, "-", code=True))
        detail.add("pill", word[family], colour=word_colour(word[family]) or GREEN)
        detail.add("kv", "Note", memo)
        detail.add("kv", "Date", when)
        detail.add("kv", "Paid with", rng.choice(["PayPal balance", f"Visa {bullets(font)}{nums(rng, 4)}"]))
        detail.add("kv", "Transaction ID", txn)
        method = "wallet"
    if status == "failed":
        detail.add("small", "This payment didn't go through. No money left your account.")
    elif status == "pending":
        detail.add("small", "It may take up to 3 business days to complete.")
    split = rng.random() < 0.5
    style = {"frame": "split" if split else "sheet", "screen": True, "width": 1060 if split else 600,
             "font_size": 19 if split else 20, "theme": "light", "under": listing.rows, "lift": rng.uniform(0.55, 0.75)}
    return detail.rows, truth(payee, value, cur, txn, d, method, status), style


# ---------------------------------------------------------------- 4: a mail client's inbox and reading pane


MAILERS = ["stripe_us", "square_au", "razorpay", "paypal_uk", "shop_eu", "stripe_sg", "shopify_us", "razorpay"]
STORES = {"USD": ["Harbour Books", "Field & Loom", "Copperline Coffee Roasters", "Northgate Print Co."],
          "AUD": ["Bondi Surf Supply", "Little Fern Florist", "Yarra Valley Cellars"],
          "INR": ["Chai Point Online", "Kalakriti Prints", "Urban Tiffin Co", "Bookwagon"],
          "GBP": UK_PEOPLE, "EUR": ["Atelier Lumen", "Kaffeerösterei Nord", "Casa Olivo", "Studio Vélo"],
          "SGD": ["Kopi & Co", "Tiong Bahru Bakery", "Orchid Petals SG"]}


def email_inbox_preview(rng: random.Random, font: str):
    """A mail client: an inbox pane of four to six mails (sender, subject with its own sum, snippet, list date) with
    the selected one open in the reading pane, a payment receipt (Stripe, Square, Razorpay, PayPal, a shop's order
    mail, a Shopify store). The open mail is the proof; the other mails' sums, names and days are not."""
    k = place("email_inbox_preview")
    status = outcome(k, failed=(7,), pending=(3,))
    kind = MAILERS[k]
    cur = {"stripe_us": "USD", "square_au": "AUD", "razorpay": "INR", "paypal_uk": "GBP", "shop_eu": "EUR",
           "stripe_sg": "SGD", "shopify_us": "USD"}[kind]
    m = Cash(rng, font, cur, comma=kind == "shop_eu" and rng.random() < 0.5)
    us = cur == "USD"
    d = someday(rng)
    value = price(rng, 6, 900) if cur != "INR" else price(rng, 150, 40000)
    store = rng.choice(STORES[cur])
    day_text = datestr(d, rng.choice(["%b {d}, %Y", "%B {d}, %Y"] if us else ["{d} %b %Y", "%d/%m/%Y", "{d} %B %Y"]))
    sent = f"{datestr(d, '%a, %b {d}, %Y' if us else '%a, {d} %b %Y')} {clock(rng, '12' if us else '24')}"
    read = Page(font)
    method = "card"
    net = rng.choice(["Visa", "Mastercard", "Amex"])
    last4 = nums(rng, 4)
    if kind in ("stripe_us", "stripe_sg", "square_au", "shopify_us"):
        txn = (f"{nums(rng, 4)}-{nums(rng, 4)}" if kind.startswith("stripe") else mixed(rng, 4) if kind == "square_au"
               else mixed(rng, 10, CAPS))
        subject = {"stripe_us": f"Your receipt from {store} #{txn}", "stripe_sg": f"Your receipt from {store} #{txn}",
                   "square_au": f"Receipt from {store}", "shopify_us": f"Order {txn} confirmed"}[kind]
        read.add("title", store)
        read.add("centre", "Receipt from " + store if kind != "shopify_us" else "Thanks for your purchase!")
        read.add("pill", "Paid", colour=GREEN)
        read.add("kv", "Amount paid", m(value, code=kind != "stripe_us"))
        read.add("kv", "Date paid", day_text)
        read.add("kv", "Payment method", f"{net} - {last4}")
        read.add("kv", {"stripe_us": "Receipt #", "stripe_sg": "Receipt #", "square_au": "Receipt",
                        "shopify_us": "Order ID"}[kind], f"#{txn}" if kind == "square_au" else txn)
        read.add("rule")
        n_items = rng.choice([1, 2])
        if n_items == 2:
            a = round(value * rng.uniform(0.3, 0.7), 2)
            read.add("kv", rng.choice(["Gift wrap", "Greeting card", "Extra shot", "Sticker pack"]), m(a))
            read.add("kv", rng.choice(["Notebook set", "Flat white x2", "Bouquet", "Print A3"]), m(round(value - a, 2)))
        read.add("kv", "Amount paid", m(value))
        read.add("small", f"Questions? Contact {store} at hello@{store.split()[0].lower().strip('&.')}.com")
        sender = store
    elif kind == "razorpay":
        txn = f"pay_{mixed(rng, 14)}"
        subject = {"success": f"Payment successful for {store}", "failed": f"Payment failed for {store}",
                   "pending": f"Payment pending for {store}"}[status]
        read.add("title", store)
        read.add("pill", {"success": "Payment Successful", "failed": "Payment Failed", "pending": "Payment Pending"}
                 [status], colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
        read.add("kv", "Amount", m(value))
        read.add("kv", "Payment ID", txn)
        upi = rng.random() < 0.6
        read.add("kv", "Method", "UPI" if upi else f"Card {bullets(font)}{last4}")
        read.add("kv", "Paid on" if status == "success" else "Date", f"{day_text}, {clock(rng, '12')}")
        if status == "failed":
            read.add("small", "Any amount deducted will be refunded to your account within 5-7 working days.")
        method = "UPI" if upi else "card"
        sender = "Razorpay"
    elif kind == "paypal_uk":
        txn = f"{rng.choice('3456789')}{mixed(rng, 2, CAPS)}{nums(rng, 5)}{mixed(rng, 2, CAPS)}{nums(rng, 6)}"
        subject = f"You sent a payment to {store}"
        read.add("title", "PayPal")
        read.add("text", f"You sent {m(value)} GBP to {store}.")
        read.add("kv", "Transaction ID", txn)
        read.add("kv", "Transaction date", day_text)
        read.add("kv", "Status", {"success": "Completed", "failed": "Failed", "pending": "Pending"}[status])
        read.add("kv", "Paid with", "PayPal balance")
        if status == "pending":
            read.add("small", "Your payment is pending until the bank transfer that funds it clears.")
        method = "wallet"
        sender = "PayPal"
    else:  # shop_eu: a shop's order confirmation with its payment
        txn = f"{rng.choice(['AL', 'CO', 'SV'])}-{nums(rng, 6)}"
        subject = f"Bestellbestätigung / order confirmation {txn}" if rng.random() < 0.3 else f"Order {txn} confirmed"
        read.add("title", store)
        read.add("text", "Thanks for your order! Your payment has been received.")
        read.add("kv", "Order number", txn)
        read.add("kv", "Order date", day_text)
        ship = rng.choice([0.0, 4.9, 5.95])
        read.add("kv", "Subtotal", m(round(value - ship, 2)))
        read.add("kv", "Shipping", m(ship) if ship else "Free")
        read.add("kv", "Total paid", m(value))
        read.add("kv", "Payment", f"{net} ending {last4}")
        sender = store
    if kind in ("stripe_us", "stripe_sg", "square_au", "shopify_us", "shop_eu") and status != "success":
        raise AssertionError(kind)
    mark = Cash(rng, font, cur)
    pool = [
        (rng.choice(["Amazon", "Etsy", "eBay"]), f"Your order of {mark(price(rng, 8, 300))} has shipped",
         "Track your package"),
        (rng.choice(["Spotify", "Netflix", "Adobe"]), f"Your {mark(price(rng, 5, 30))} payment couldn't be processed",
         "Update your payment details"),
        (rng.choice(list(STORES[cur])), f"Invoice INV-{nums(rng, 4)} for {mark(price(rng, 20, 900))}",
         f"Due {datestr(d + dt.timedelta(days=rng.randrange(5, 25)), '%b {d}' if us else '{d} %b')}"),
        ("Uber", f"Your trip receipt {mark(price(rng, 6, 60))}", "Thanks for riding"),
        (rng.choice(["Airbnb", "Booking.com"]), f"Refund of {mark(price(rng, 30, 400))} issued",
         "Your refund is on its way"),
        ("Bank alerts", f"Your statement is ready: balance {mark(price(rng, 100, 5000))}", "View it online"),
    ]
    chosen = rng.sample(pool, rng.choice([3, 4, 5]))
    days, pos = around(rng, d, len(chosen), spread=8)
    days.remove(d)
    mails = []
    for day, (who, subj, snip) in zip(days, chosen):
        mails.append(("mail", (who, datestr(day, "%b {d}" if us else "{d} %b"), subj, snip)))
    mails.insert(pos, ("mailsel", (sender, datestr(d, "%b {d}" if us else "{d} %b"), subject,
                                   rng.choice(["View your receipt", "Payment details inside", "Thanks for paying"])
                                   if status == "success" else "An update on your payment")))
    inbox = Page(font)
    inbox.add("appbar", rng.choice(["Inbox", "All mail", "Inbox - Receipts"]))
    for kind_row, texts in mails:
        inbox.add(kind_row, *texts)
    head = Page(font)
    head.add("bold", subject)
    head.add("small", f"From: {sender} <{rng.choice(['receipts', 'noreply', 'service'])}@"
             f"{sender.split()[0].lower().strip('&.')}.com>")
    head.add("small", f"Date: {sent}")
    head.add("rule")
    style = {"frame": "split", "screen": True, "width": 1100, "font_size": 18, "theme": "light",
             "under": inbox.rows, "mail": True}
    return head.rows + read.rows, truth(store, value, cur, txn, d, method, status), style


# ---------------------------------------------------------------- 5: an Indian bank's SMS thread


IN_BANKS = ["yes", "indusind", "bob", "union", "idbi", "federal", "psb", "bom"]
IN_NAMES = {"yes": ("YES BANK", "YESBNK"), "indusind": ("IndusInd Bank", "INDUSB"), "bob": ("Bank of Baroda", "BOBSMS"),
            "union": ("Union Bank of India", "UBOI"), "idbi": ("IDBI Bank", "IDBIBK"), "federal": ("Federal Bank",
            "FEDBKS"), "psb": ("Punjab & Sind Bank", "PSBANK"), "bom": ("Bank of Maharashtra", "MAHABK")}


def vpa(rng: random.Random, name: str) -> str:
    stem = "".join(ch for ch in name.lower() if ch.isalpha())[:9]
    return rng.choice([f"{stem}@{rng.choice(HANDLES)}", f"{stem}{rng.randrange(10, 99)}@{rng.choice(HANDLES)}",
                       f"{rng.choice('6789')}{nums(rng, 9)}@{rng.choice(HANDLES)}"])


def in_day(rng: random.Random, d: dt.date) -> str:
    return datestr(d, rng.choice(["%d-%m-%y", "%d/%m/%Y", "%d-%b-%Y", "%d%b%y", "%d.%m.%Y", "{d} %b %Y"]))


def in_debit(rng: random.Random, bank: str, status: str, d: dt.date, value: float, tail: str) -> tuple[str, dict]:
    """One Indian bank's UPI or IMPS debit SMS in its own wording: (text, truth)."""
    way = rng.choice(["indian", "western", "plain"])
    amt = group(value, way)
    name = rng.choice(IN_SHOPS) if rng.random() < 0.6 else rng.choice(IN_PEOPLE)
    name = name.upper() if rng.random() < 0.4 else name
    ref = upi_ref(rng, d)
    day = in_day(rng, d)
    bal = group(price(rng, 500, 300000), way)
    sign = IN_NAMES[bank][0]
    if status == "failed":
        text = (f"UPI payment of Rs.{amt} from A/c XX{tail} to {name} on {day} has failed due to a technical error "
                f"at the beneficiary bank. Ref No {ref}. If debited, the amount will be reversed in 3 working days. "
                f"-{sign}")
        return text, truth(name, value, "INR", ref, d, "UPI", "failed")
    if status == "pending":
        text = (f"Your UPI payment of Rs {amt} to {name} from A/c XX{tail} on {day} is pending confirmation from "
                f"the beneficiary bank. UPI Ref {ref}. Please do not retry. -{sign}")
        return text, truth(name, value, "INR", ref, d, "UPI", "pending")
    method, payee = "UPI", name
    if bank == "yes":
        text = f"INR {amt} debited from YES BANK A/c XX{tail} on {day} for UPI to {name}. RRN {ref}. Not you? Call 18001200"
    elif bank == "indusind":
        text = (f"IMPS of Rs {amt} sent from IndusInd A/c {tail}XXXX to {name} (A/c XX{nums(rng, 4)}) on {day}. "
                f"IMPS Ref {ref}. Bal Rs {bal}")
        method = "netbanking"
    elif bank == "bob":
        text = (f"Rs.{amt} debited from A/c ...{tail} on {day} for UPI to {name}. UPI Ref: {ref}. Bal: Rs.{bal} "
                f"-Bank of Baroda")
    elif bank == "union":
        text = (f"Your A/c XXXXX{tail} is debited for Rs.{amt} on {day} by UPI transfer to {name} (UPI Ref no "
                f"{ref}). Avl Bal Rs.{bal} - Union Bank of India")
    elif bank == "idbi":
        text = f"IDBI Bank: Rs {amt} debited from A/c XX{tail} on {day} via IMPS to {name}. IMPS Ref No {ref}."
        method = "netbanking"
    elif bank == "federal":
        text = (f"Rs {amt} debited via UPI on {day} {clock(rng, '24')} to VPA {vpa(rng, name)}. Ref No {ref}. Bal "
                f"Rs {bal}. -Federal Bank")
        payee = None
    elif bank == "psb":
        text = (f"Dear Customer, Rs.{amt} has been debited from your A/c no. XX{tail} on {day} towards UPI/{ref}/"
                f"{name.upper()[:16].strip()}. -Punjab & Sind Bank")
        payee = name.upper()[:16].strip()
    else:  # bom
        text = (f"Your a/c no. XXXXXX{tail} is debited by INR {amt} on {day}; transferred to {name} through UPI. "
                f"UPI Ref {ref} - Bank of Maharashtra")
    return text, truth(payee, value, "INR", ref, d, method, "success")


def in_older(rng: random.Random, bank: str, d: dt.date, tail: str) -> str:
    sign = IN_NAMES[bank][0]
    way = rng.choice(["indian", "western"])

    def s(low: float, high: float) -> str:
        return f"Rs.{group(price(rng, low, high), way)}"

    day = in_day(rng, d)
    return rng.choice([
        f"A/c XX{tail} credited with {s(200, 60000)} on {day} by UPI from {rng.choice(IN_PEOPLE)}. UPI Ref "
        f"{upi_ref(rng, d)}. -{sign}",
        f"Salary of {s(15000, 150000)} credited to A/c XX{tail} on {day} by NEFT from "
        f"{rng.choice(['TECHNOVA SOLUTIONS', 'SHAKTI MOTORS LTD', 'GREENLEAF FOODS'])}. -{sign}",
        f"Your A/c XX{tail} balance is {s(500, 250000)} as on {day}. -{sign}",
        f"{s(50, 9000)} debited from A/c XX{tail} on {day} for UPI to {rng.choice(IN_SHOPS)}. Ref {upi_ref(rng, d)}. "
        f"-{sign}",
        f"Cheque no. {nums(rng, 6)} for {s(2000, 90000)} presented on {day} in A/c XX{tail} has been cleared. "
        f"-{sign}",
    ])


def bank_sms_thread_india(rng: random.Random, font: str):
    """An Indian bank's SMS thread (Android Messages, the sender id on top): one to three older messages (credits,
    a salary, a balance, another debit, a cheque cleared) on earlier days over the newest UPI or IMPS debit at the
    foot: the proof."""
    k = place("bank_sms_thread_india")
    status = outcome(k, failed=(3,), pending=(6,))
    bank = IN_BANKS[k]
    d = someday(rng)
    tail = nums(rng, 4)
    text, t = in_debit(rng, bank, status, d, price(rng, 60, 80000), tail)
    items: list = []
    for old in earlier(rng, d, rng.choice([1, 2, 3]), spread=8):
        items += [("stamp", datestr(old, rng.choice(["%a, {d} %b", "{d} %B %Y", "%A, {d} %B"]))),
                  ("in", in_older(rng, bank, old, tail))]
    items += [("stamp", datestr(d, rng.choice(["%a, {d} %b", "{d} %B %Y", "%A, {d} %B"]))), ("in", text)]
    sender = f"{rng.choice(['VM', 'AD', 'JM', 'BP', 'VK'])}-{IN_NAMES[bank][1]}{rng.choice(['', '-S', '-T'])}"
    need(font, sender, *[x[1] for x in items])
    style = {"frame": "thread", "screen": True, "width": 600,
             "thread": {"os": "android", "sender": sender, "items": items, "clock": clock(rng, "24")}}
    return [], t, style


# ---------------------------------------------------------------- 6: an Asian e-wallet's history, one entry opened


WALLETS = ["grabpay_sg", "gcash", "tng", "paylah", "alipayhk", "linepay_tw", "grabpay_my", "paylah"]
WALLET = {  # currency, app name, history title, id label, wallet source
    "grabpay_sg": ("SGD", "Grab", "Activity", "Booking ID", "GrabPay Wallet"),
    "grabpay_my": ("MYR", "Grab", "Activity", "Booking ID", "GrabPay Wallet"),
    "gcash": ("PHP", "GCash", "Transaction History", "Ref No.", "GCash"),
    "tng": ("MYR", "Touch 'n Go eWallet", "Transactions", "Transaction No.", "eWallet Balance"),
    "paylah": ("SGD", "DBS PayLah!", "Transaction History", "Transaction Ref", "PayLah! Wallet"),
    "alipayhk": ("HKD", "AlipayHK", "Bills", "Transaction No.", "AlipayHK Balance"),
    "linepay_tw": ("TWD", "LINE Pay", "Payment history", "Transaction ID", "LINE Pay Money"),
}


def wallet_txn_list_opened(rng: random.Random, font: str):
    """An Asian e-wallet's history (GrabPay, GCash, Touch 'n Go, DBS PayLah!, AlipayHK, LINE Pay): entries paid,
    received, topped up and cashback, grouped by month, with one entry opened in a dialog over the dimmed list (the
    shop, the sum, the day and hour, paid from the wallet, the app's number, the status): the proof."""
    k = place("wallet_txn_list_opened")
    status = outcome(k, failed=(2,), pending=(5,))
    kind = WALLETS[k]
    cur, app, title, id_label, source = WALLET[kind]
    m = Cash(rng, font, cur, whole=0.5 if cur == "TWD" else 0.0)
    high = {"SGD": 300, "MYR": 500, "PHP": 8000, "HKD": 1500, "TWD": 4000}[cur]
    d = someday(rng)
    days, pick = around(rng, d, rng.choice([3, 4, 5]), spread=18)
    value = price(rng, high / 100, high)
    shops = ASIA_SHOPS[cur]
    shop = rng.choice(shops)
    hist = Page(font)
    hist.add("appbar", f"{app}{dot(font)}{title}")
    hist.add("kv", "Balance", m(price(rng, high / 20, high * 2)))
    hist.add("section", datestr(d, "%B %Y"))
    for i, day in enumerate(days):
        when = datestr(day, rng.choice(["{d} %b %Y", "%d %b", "%d/%m/%Y"])) + ", " + clock(rng, "24")
        if i == pick:
            hist.add("rowsel", shop, m(value, "-"), when, {"success": "", "failed": "Failed", "pending":
                                                              "Processing"}[status], colour=word_colour(status))
            continue
        r = rng.random()
        if r < 0.2:
            hist.add("row", "Top up", m(price(rng, high / 20, high), "+"), when, "", colour=GREEN)
        elif r < 0.3:
            hist.add("row", "Cashback", m(round(price(rng, 1, 20), 2), "+"), when, "", colour=GREEN)
        elif r < 0.45:
            hist.add("row", f"Received from {rng.choice(['Wei Ling', 'Ana Santos', 'Ahmad Faiz', 'Chan Ka Ho'])}",
                     m(price(rng, high / 50, high / 2), "+"), when, "", colour=GREEN)
        else:
            hist.add("row", rng.choice([s for s in shops if s != shop]), m(price(rng, high / 100, high), "-"),
                     when, rng.choice(["", "", "", "Refunded"]))
    word = {"success": rng.choice(["Successful", "Completed", "Success"]), "failed": "Failed",
            "pending": "Processing"}[status]
    txn = {"grabpay_sg": lambda: f"A-{nums(rng, 8)}{mixed(rng, 6, CAPS)}", "grabpay_my": lambda: f"A-{nums(rng, 8)}{mixed(rng, 6, CAPS)}",
           "gcash": lambda: nums(rng, 13), "tng": lambda: f"{d:%Y%m%d}{nums(rng, 16)}",
           "paylah": lambda: f"PL{nums(rng, 12)}", "alipayhk": lambda: f"{d:%Y%m%d}{nums(rng, 14)}",
           "linepay_tw": lambda: f"{d:%Y%m%d}{nums(rng, 11)}"}[kind]()
    if kind == "paylah" and k == 7:
        txn = None  # this PayLah! entry prints no reference
    box = Page(font)
    box.add("title", "Payment details" if rng.random() < 0.5 else "Transaction details")
    box.add("big", m(value, "-"))
    box.add("pill", word, colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    box.add("kv", "Merchant" if rng.random() < 0.6 else "Paid to", shop)
    box.add("kv", "Date & time", datestr(d, rng.choice(["{d} %b %Y", "%d %b %Y", "%d/%m/%Y"])) + ", "
            + clock(rng, rng.choice(["12", "24"])))
    box.add("kv", "Payment method", source)
    if txn:
        box.add("kv", id_label, txn)
    if status == "failed":
        box.add("small", "Payment unsuccessful. Your balance was not deducted.")
    if status == "pending":
        box.add("small", "We are confirming this payment with the merchant.")
    style = {"frame": "modal", "screen": True, "width": 600, "font_size": 20, "theme": "light",
             "under": hist.rows}
    return box.rows, truth(shop, value, cur, txn, d, "wallet", status), style


# ---------------------------------------------------------------- 7: a shop's order history, one order opened


ORDER_SHOPS = ["amazon_us", "flipkart", "etsy", "zalando", "shopee_sg", "amazon_uk", "myntra", "ebay_au"]
ORDER = {  # currency, platform as printed, its items
    "amazon_us": ("USD", "amazon", ["USB-C hub", "Kindle Paperwhite case", "Coffee grinder", "LEGO set 10311"]),
    "amazon_uk": ("GBP", "amazon.co.uk", ["Electric toothbrush heads", "Garden hose 30m", "Yoga mat"]),
    "flipkart": ("INR", "Flipkart", ["boAt Airdopes 141", "Prestige pressure cooker 5L", "Bedsheet double"]),
    "myntra": ("INR", "Myntra", ["Roadster cotton shirt", "Puma running shoes", "Kurta set"]),
    "etsy": ("USD", "Etsy", ["Handmade ceramic mug", "Custom name necklace", "Linen apron"]),
    "zalando": ("EUR", "Zalando", ["Sneaker Leder", "Winterjacke", "Jeans Slim Fit"]),
    "shopee_sg": ("SGD", "Shopee", ["Phone case", "Air fryer 4L", "Bubble tea sealer"]),
    "ebay_au": ("AUD", "eBay", ["Vintage film camera", "Car phone holder", "Bike lights set"]),
}


def order_history_paid(rng: random.Random, font: str):
    """A shopping platform's order list (each order's day, total and delivery state) with one order opened beside
    the list or as a sheet over it: its items, the payment summary (subtotal, delivery, discount, the sum paid),
    the way paid, the payment's id and the order's number. The opened order's payment is the proof."""
    k = place("order_history_paid")
    status = outcome(k, failed=(5,), pending=(1,))
    kind = ORDER_SHOPS[k]
    cur, platform, items = ORDER[kind]
    m = Cash(rng, font, cur, comma=kind == "zalando" and rng.random() < 0.5, whole=0.4 if cur == "INR" else 0.0)
    us = cur == "USD"
    d = someday(rng)
    short = "%b {d}, %Y" if us else "{d} %b %Y"
    days, pick = around(rng, d, rng.choice([2, 3, 4]), spread=40)
    scale = 60 if cur == "INR" else 1
    item = rng.choice(items)
    sub = price(rng, 6 * scale, 400 * scale)
    ship = rng.choice([0.0, 0.0, 4.99 * (1 if cur != "INR" else 0) + (40.0 if cur == "INR" else 0)])
    disc = round(sub * rng.choice([0, 0, 0.1]), 2)
    value = round(sub + ship - disc, 2)
    order_no = {"amazon_us": f"{nums(rng, 3)}-{nums(rng, 7)}-{nums(rng, 7)}", "amazon_uk":
                f"{nums(rng, 3)}-{nums(rng, 7)}-{nums(rng, 7)}", "flipkart": f"OD{nums(rng, 18)}",
                "myntra": f"{nums(rng, 16)}", "etsy": nums(rng, 10), "zalando": f"10{nums(rng, 12)}",
                "shopee_sg": f"{d:%y%m%d}{mixed(rng, 8, CAPS)}", "ebay_au": f"{nums(rng, 2)}-{nums(rng, 5)}-{nums(rng, 5)}"}[kind]
    listing = Page(font)
    listing.add("appbar", f"{platform}{dot(font)}{rng.choice(['Your orders', 'My orders', 'Purchase history'])}")
    for i, day in enumerate(days):
        if i == pick:
            listing.add("rowsel", item, m(value), f"Ordered {datestr(day, short)}",
                        {"success": "Delivered", "failed": "Cancelled", "pending": "Awaiting payment"}[status],
                        colour=word_colour({"success": "", "failed": "Cancelled", "pending": "pending"}[status]))
            continue
        other = rng.choice([x for x in items if x != item] + ["Gift card", "Storage boxes", "Phone charger"])
        listing.add("row", other, m(price(rng, 5 * scale, 300 * scale)), f"Ordered {datestr(day, short)}",
                    rng.choice(["Delivered", "Delivered", "Returned", "Refunded"]))
    det = Page(font)
    det.add("title", "Order details")
    det.add("kv", "Order #" if kind in ("amazon_us", "amazon_uk", "etsy", "ebay_au") else "Order ID", order_no)
    det.add("kv", "Order placed" if kind.startswith("amazon") else "Ordered on", datestr(d, short))
    det.add("text", f"1 x {item}")
    if status == "success":
        det.add("small", f"Delivered {datestr(d + dt.timedelta(days=rng.randrange(2, 7)), short)}")
    det.add("rule")
    det.add("bold", "Payment summary")
    det.add("kv", "Item(s) subtotal", m(sub))
    det.add("kv", "Delivery", m(ship) if ship else "FREE")
    if disc:
        det.add("kv", "Discount", m(disc, "-"))
    det.add("kv", {"success": "Amount paid", "failed": "Order total", "pending": "Order total"}[status], m(value))
    way = rng.random()
    if cur == "INR":
        method, paid_with = ("UPI", "UPI") if way < 0.6 else ("card", f"Credit card ending {nums(rng, 4)}")
    else:
        wallet = {"etsy": "PayPal", "zalando": "PayPal", "ebay_au": "PayPal", "shopee_sg": "ShopeePay"}.get(kind)
        method, paid_with = ("wallet", wallet) if wallet and way < 0.4 else \
            ("card", f"{rng.choice(['Visa', 'Mastercard'])} ending in {nums(rng, 4)}")
    det.add("kv", "Payment method", paid_with)
    txn: str | None = None
    if rng.random() < 0.6 or kind == "flipkart":
        txn = (f"{d.year % 10}{nums(rng, 11)}" if method == "UPI" else f"{mixed(rng, 3, CAPS)}{nums(rng, 9)}")
        det.add("kv", "Transaction ID" if method != "UPI" else "UPI Ref No.", txn)
    det.add("kv", "Payment status", {"success": "Paid", "failed": "Payment failed", "pending": "Payment pending"}[status])
    if status == "failed":
        det.add("small", "This order was cancelled because the payment did not go through.")
    if status == "pending":
        det.add("small", "Complete your payment within 24 hours to confirm this order.")
    split = rng.random() < 0.6
    style = {"frame": "split" if split else "sheet", "screen": True, "width": 1060 if split else 600,
             "font_size": 19 if split else 20, "theme": "light", "under": listing.rows, "lift": rng.uniform(0.55, 0.75)}
    return det.rows, truth(platform, value, cur, txn or order_no, d, method, status), style


# ---------------------------------------------------------------- 8: a notification centre's grouped stack


NOTIF_APPS = ["chase", "revolut", "commbank", "monzo", "dbs", "hsbchk", "amex", "bob"]


def notification_center_grouped(rng: random.Random, font: str):
    """An iOS notification centre (the day, the clock): one banking app's group with its newest notification
    expanded on top and "3 more notifications" collapsed under it, then other apps' notifications with their own
    sums, names and days. The expanded notification is the proof; a body that prints no day gives no day."""
    k = place("notification_center_grouped")
    status = outcome(k, failed=(6,), pending=(3,))
    app = NOTIF_APPS[k]
    d = someday(rng)
    tail = nums(rng, 4)
    cur = {"chase": "USD", "revolut": "EUR", "commbank": "AUD", "monzo": "GBP", "dbs": "SGD", "hsbchk": "HKD",
           "amex": "USD", "bob": "INR"}[app]
    m = Cash(rng, font, cur)
    value = price(rng, 4, 700) if cur != "INR" else price(rng, 80, 30000)
    shops = {"USD": US_SHOPS, "EUR": EU_SHOPS, "AUD": AU_SHOPS, "GBP": UK_SHOPS, "SGD": ASIA_SHOPS["SGD"] +
             ["Cold Storage", "Din Tai Fung"], "HKD": ASIA_SHOPS["HKD"], "INR": IN_SHOPS}[cur]
    shop = rng.choice(shops)
    us = cur == "USD"
    with_day = k not in (1, 4)
    day = datestr(d, rng.choice(["%b {d}, %Y", "%m/%d/%Y"] if us else ["{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y"]))
    on = f" on {day}" if with_day else ""
    txn = None
    method = "card"
    name = {"chase": "Chase", "revolut": "Revolut", "commbank": "CommBank", "monzo": "Monzo", "dbs": "DBS digibank",
            "hsbchk": "HSBC HK", "amex": "Amex", "bob": "bob World"}[app]
    if status == "failed":
        title = "Payment declined"
        body = f"Your {m(value)} payment to {shop}{on} was declined: card ending {tail} is frozen."
    elif status == "pending":
        title = "Pending transaction"
        body = f"{m(value)} at {shop}{on} is pending on your card ending {tail}."
    elif app == "chase":
        title = "Card purchase"
        body = f"You made a {m(value)} purchase at {shop}{on} with your Freedom card ending {tail}."
    elif app == "revolut":
        title = f"{m(value)} at {shop}"
        body = f"Paid {m(value)} at {shop} with Apple Pay."
        method = "wallet"
    elif app == "commbank":
        title = "Purchase"
        body = f"{m(value, code=True)} spent at {shop}{on} on your Debit Mastercard ending {tail}."
    elif app == "monzo":
        title = f"{m(value)} at {shop}"
        body = f"Your card ending {tail} was charged {m(value)} at {shop}."
    elif app == "dbs":
        title = "Card transaction alert"
        body = (f"A transaction of {m(value, code=True)} was made with your DBS/POSB card ending {tail}{on} at "
                f"{shop}.")
    elif app == "hsbchk":
        title = "Transaction notification"
        body = f"HKD{group(value, 'western')} spent at {shop}{on} with card ending {tail}."
    elif app == "amex":
        txn = nums(rng, 6) if rng.random() < 0.6 else None
        title = "Purchase approved"
        body = f"{m(value)} at {shop}{on} on your Card ending {tail[:4]}." + (f" Approval code {txn}." if txn else "")
    else:  # bob World: a UPI payment
        txn = upi_ref(rng, d)
        method = "UPI"
        shop = shop.upper() if rng.random() < 0.5 else shop
        title = "Payment successful"
        body = f"You paid {m(value)} to {shop} via UPI{on}. UPI Ref No {txn}."
    others = []
    pool_west = [("Venmo", "{n} paid you {s}"), ("Uber Eats", "Your {s} order is on its way"),
                 ("Amazon", "Delivered: your {s} order"), ("PayPal", "You received {s} from {n}"),
                 ("Splitwise", "{n} added 'Dinner' ({s})"), ("Lyft", "Your ride costs {s}")]
    pool_in = [("PhonePe", "Received {s} from {n}"), ("Swiggy", "Your {s} order is out for delivery"),
               ("Amazon", "Refund of {s} processed"), ("Paytm", "Cashback of {s} credited")]
    if cur != "USD":
        pool_west = [x for x in pool_west if x[0] not in ("Venmo", "Lyft")]
    picked = rng.sample(pool_in if cur == "INR" else pool_west, rng.choice([1, 2, 3]))
    agos = sorted(rng.sample(range(1, 12), len(picked)))
    for (other_app, pattern), ago in zip(picked, agos):
        mk = Cash(rng, font, cur)
        text = pattern.format(s=mk(price(rng, 3, 250) if cur != "INR" else price(rng, 50, 5000)),
                              n=rng.choice(IN_PEOPLE if cur == "INR" else US_PEOPLE))
        others.append((other_app, f"{ago}h ago", "", text))
    phone_day = d  # the group's newest came in minutes ago: the phone shows the same day (no year)
    group_note = (name, rng.choice(["now", "2m ago", "9m ago"]), title, body)
    stack = rng.choice([2, 3, 4, 5])
    for note in [group_note] + others:
        need(font, *[x for x in note if x])
    need(font, f"{stack} more notifications")
    style = {"frame": "notif", "screen": True, "width": 600,
             "notif": {"group": group_note, "more": stack, "others": others, "clock": clock(rng, "24"),
                       "day": datestr(phone_day, "%A, {d} %B" if not us else "%A, %B {d}")}}
    need(font, style["notif"]["day"])
    return [], truth(shop, value, cur, txn, d if with_day else None, method, status), style


# ---------------------------------------------------------------- 9: a chat with a receipt pasted as text


CHAT_APPS = ["WhatsApp", "Messenger", "Signal", "WhatsApp", "Messenger", "WhatsApp", "Signal", "WhatsApp"]


def pasted_receipt(rng: random.Random, font: str, k: int, status: str, d: dt.date) -> tuple[str, dict, str]:
    """The text of a payment receipt as a buyer pastes it (several lines): (text, truth, currency's mark)."""
    kind = ["upi", "zelle", "upi", "paypal", "upi", "wise", "card_uk", "upi"][k]
    word = {"success": "Successful", "failed": "Failed", "pending": "Pending"}[status]
    if kind == "upi":
        m = Cash(rng, font, "INR")
        value = price(rng, 150, 30000)
        payee = rng.choice(IN_SHOPS)
        ref = upi_ref(rng, d)
        named = payee if k != 4 else None
        dated = k != 7
        lines = [rng.choice(["Payment receipt", "Transaction details", "UPI payment"]),
                 f"Amount: {m(value)}"]
        lines.append(f"Paid to: {payee}" if named else f"Paid to: {vpa(rng, payee)}")
        lines.append(f"UPI Ref No: {ref}")
        if dated:
            lines.append(f"Date: {datestr(d, rng.choice(['%d/%m/%Y', '%d %b %Y']))} {clock(rng, '12')}")
        lines.append(f"Status: {word}")
        return "\n".join(lines), truth(named, value, "INR", ref, d if dated else None, "UPI", status), "Rs"
    if kind == "zelle":
        value = price(rng, 20, 900)
        payee = rng.choice(US_PEOPLE)
        txn = f"BAC{mixed(rng, 8, CAPS)}"
        lines = ["Zelle payment", f"Sent to: {payee}", f"Amount: ${group(value, 'western')}",
                 f"Date: {datestr(d, '%m/%d/%Y')}", f"Confirmation #: {txn}", f"Status: {word}"]
        return "\n".join(lines), truth(payee, value, "USD", txn, d, "netbanking", status), "$"
    if kind == "paypal":
        value = price(rng, 10, 600)
        payee = rng.choice(US_PEOPLE)
        txn = f"{rng.choice('3456789')}{mixed(rng, 2, CAPS)}{nums(rng, 5)}{mixed(rng, 2, CAPS)}{nums(rng, 6)}"
        lines = [f"You sent ${group(value, 'western')} USD to {payee}", f"Transaction ID: {txn}",
                 f"Date: {datestr(d, '%b {d}, %Y')}", "Paid with: PayPal balance", f"Status: {word}"]
        return "\n".join(lines), truth(payee, value, "USD", txn, d, "wallet", status), "$"
    if kind == "wise":
        value = price(rng, 20, 900)
        payee = rng.choice(EU_PEOPLE)
        txn = nums(rng, 9)
        lines = ["Wise transfer", f"To: {payee}", f"Amount: {group(value, 'western')} EUR", f"Transfer #{txn}",
                 f"Created: {datestr(d, '{d} %B %Y')}", f"Status: {word}", "Paid with: Bank transfer"]
        return "\n".join(lines), truth(payee, value, "EUR", txn, d, "netbanking", status), "EUR "
    value = price(rng, 5, 400)  # card_uk
    shop = rng.choice(UK_SHOPS)
    lines = [f"Card payment to {shop}", f"Amount: £{group(value, 'western')}", f"Date: {datestr(d, '%d/%m/%Y')}",
             f"Card: Visa ending {nums(rng, 4)}", f"Status: {word}"]
    return "\n".join(lines), truth(shop, value, "GBP", None, d, "card", status), "£"


CONTACTS = ["Priya Crafts", "Ali (Bike Shop)", "Jess - Cakes", "Marco Vinyl", "Sunita Didi Sarees", "Anna (Flat)",
            "Tom's Tools", "Kavya Jewellery"]


def chat_with_pasted_receipt(rng: random.Random, font: str):
    """A WhatsApp, Messenger or Signal chat with a seller in English or Hinglish: the seller's total with shipping,
    an earlier refund or a balance, the buyer's pasted receipt (a message of several lines), the seller's and the
    buyer's replies with other sums. The pasted receipt is the proof."""
    k = place("chat_with_pasted_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    d = someday(rng)
    text, t, mark = pasted_receipt(rng, font, k, status, d)
    value = float(t["amount"])
    ship = rng.choice([40.0, 60.0, 99.0]) if mark == "Rs" else rng.choice([4.5, 6.0, 8.99, 12.0])
    whole = round(value + ship, 2)

    def s(v: float) -> str:
        return f"{mark}{group(v, 'indian' if mark == 'Rs' else 'western', 0 if v == int(v) else 2)}"

    hinglish = mark == "Rs" and rng.random() < 0.6
    if hinglish:
        lines = [("in", f"Total {s(whole)} hoga, shipping {s(ship)} included. Pichli baar ka {s(price(rng, 50, 500))} "
                        f"refund bhi adjust kar diya"),
                 ("out", f"Ok bhaiya, abhi {s(value)} bhej raha hu, baaki {s(ship)} COD pe"),
                 ("paste", text),
                 ("in", {"success": "Mil gaya, thanks! Kal dispatch karenge", "failed": "Failed dikha raha hai, "
                         "dobara try karo", "pending": "Pending dikha raha hai, thoda wait karo"}[status])]
    else:
        lines = [("in", f"It comes to {s(whole)} with shipping ({s(ship)}). I already refunded the {s(price(rng, 5, 60))} "
                        f"from last time"),
                 ("out", f"Great, sending {s(value)} now and the {s(ship)} shipping on delivery"),
                 ("paste", text),
                 ("in", {"success": "Got it, thank you! Will post tomorrow", "failed": "That one says failed, can "
                         "you try again?", "pending": "Shows pending on your side, I'll check tomorrow"}[status])]
    if rng.random() < 0.5:
        lines.append(("out", rng.choice(["Thanks!", "Ok", "Sure, let me know", "Will do"])))
    app = CHAT_APPS[k]
    later = d + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    div = "Today" if rng.random() < 0.3 else datestr(later, rng.choice(["{d} %B %Y", "%a, {d} %b", "%b {d}"]))
    hours = sorted(clock(rng, "24") for _ in lines)
    items = [(kind, body, hour) for (kind, body), hour in zip(lines, hours)]
    contact = CONTACTS[k]
    need(font, contact, div, *[x[1] for x in items])
    style = {"frame": "chat", "screen": True, "width": 600,
             "chat": {"app": app, "contact": contact, "divider": div, "items": items, "clock": clock(rng, "24"),
                      "dark": rng.random() < 0.2}}
    return [], t, style


# ---------------------------------------------------------------- 10: a card app's pending and posted rows


CARD_APPS = ["amex_us", "capone", "discover", "citi", "barclaycard", "amex_au", "onecard", "chase"]


def card_statement_pending_opened(rng: random.Random, font: str):
    """A credit card app's recent transactions in two sections (Pending, Posted; a Declined row on some) with one
    transaction tapped open as a sheet: the merchant, the sum, the status, the transaction day (and a later
    posting day on posted ones), the card, an authorisation code or reference on most."""
    k = place("card_statement_pending_opened")
    status = outcome(k, failed=(6,), pending=(1, 4))
    app = CARD_APPS[k]
    cur = {"barclaycard": "GBP", "amex_au": "AUD", "onecard": "INR"}.get(app, "USD")
    m = Cash(rng, font, cur)
    us = cur == "USD"
    shops = {"USD": [s.upper() for s in US_SHOPS], "GBP": UK_SHOPS, "AUD": AU_SHOPS,
             "INR": ["SWIGGY", "BIGBASKET", "MAKEMYTRIP", "DECATHLON SPORTS", "CROMA", "PVR CINEMAS"]}[cur]
    d = someday(rng)
    short = "%b {d}" if us else "{d} %b"
    value = price(rng, 4, 900) if cur != "INR" else price(rng, 150, 40000)
    shop = rng.choice(shops)
    listing = Page(font)
    listing.add("appbar", {"amex_us": "American Express", "capone": "Capital One", "discover": "Discover",
                           "citi": "Citi Mobile", "barclaycard": "Barclaycard", "amex_au": "American Express",
                           "onecard": "OneCard", "chase": "Chase Sapphire"}[app])
    listing.add("kv", "Current balance", m(price(rng, 100, 5000) if cur != "INR" else price(rng, 2000, 90000)))
    listing.add("kv", "Available credit", m(price(rng, 1000, 12000) if cur != "INR" else price(rng, 30000, 300000)))
    # the sections newest first; the opened transaction sits in Declined (failed), Pending or Posted
    others = rng.choice([3, 4, 5])
    if status == "success":
        posted, pick = around(rng, d, others - 1, spread=12)
        pending = sorted({posted[0] + dt.timedelta(days=rng.randrange(1, 3)) for _ in range(2)}, reverse=True)
        sections = [("Pending", pending, None), ("Posted", posted, pick)]
    else:
        pending, pick = around(rng, d, rng.choice([1, 2]), spread=2) if status == "pending" else \
            (sorted({d - dt.timedelta(days=rng.randrange(0, 2)) for _ in range(2)}, reverse=True), None)
        posted = sorted(earlier(rng, min(pending + [d]), others - 1, spread=12), reverse=True)
        sections = [("Pending", pending, pick if status == "pending" else None), ("Posted", posted, None)]
        if status == "failed":
            sections.insert(0, ("Declined", [d], 0))
    for name, days, at in sections:
        listing.add("section", name)
        for i, day in enumerate(days):
            if i == at:
                listing.add("rowsel", shop, m(value), datestr(d, short), name if name != "Posted" else "",
                            colour=word_colour(name))
                continue
            listing.add("row", rng.choice([s for s in shops if s != shop]),
                        m(price(rng, 3, 600) if cur != "INR" else price(rng, 100, 20000)), datestr(day, short), "")
    sheet = Page(font)
    sheet.add("title", shop)
    sheet.add("big", m(value))
    sheet.add("pill", {"success": "Posted", "failed": "Declined", "pending": "Pending"}[status],
              colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    long_day = "%b {d}, %Y" if us else "{d} %b %Y"
    sheet.add("kv", "Transaction date", datestr(d, long_day))
    if status == "success":
        sheet.add("kv", "Posted date", datestr(d + dt.timedelta(days=rng.choice([1, 2, 3])), long_day))
    sheet.add("kv", "Card", f"{rng.choice(['Card ending', 'Ending in'])} {nums(rng, 4)}")
    txn: str | None = None
    if status == "failed":
        sheet.add("small", "Declined: your card was locked when the merchant tried to charge it.")
    elif rng.random() < 0.75:
        if app.startswith("amex"):
            txn = f"{nums(rng, 3)}{d:%y}{nums(rng, 6)}"
            sheet.add("kv", "Reference", txn)
        else:
            txn = nums(rng, 6)
            sheet.add("kv", rng.choice(["Authorization code", "Auth code", "Authorisation code"]) if cur != "INR"
                      else "Approval code", txn)
    if status == "pending":
        sheet.add("small", "Pending transactions may change or drop off before they post.")
    sheet.add("kv", "Category", rng.choice(["Dining", "Shopping", "Travel", "Groceries", "Entertainment"]))
    sheet.add("button", "Dispute this charge" if status != "failed" else "Contact us")
    style = {"frame": "sheet", "screen": True, "width": 600, "font_size": 20,
             "theme": "dark" if app in ("capone", "onecard") else "light", "under": listing.rows,
             "lift": rng.uniform(0.55, 0.75)}
    return sheet.rows, truth(shop, value, cur, txn, d, "card", status), style


# ---------------------------------------------------------------- 11: a split-bill group, a settle-up opened


SPLIT_APPS = ["splitwise_us", "tricount", "splitwise_in", "settleup_au", "splitwise_uk", "tricount", "splitwise_us",
              "settleup_au"]


def split_bill_app(rng: random.Random, font: str):
    """A split-bill group (Splitwise, Tricount, Settle Up): the group's expenses with their totals, who paid and the
    user's share, and one recorded payment between two members opened (who paid whom, the sum, how, the day): the
    recorded payment is the proof; the expenses' totals and shares and the group's balances are not."""
    k = place("split_bill_app")
    status = outcome(k, failed=(6,), pending=(3,))
    app = SPLIT_APPS[k]
    cur = {"splitwise_us": "USD", "tricount": "EUR", "splitwise_in": "INR", "settleup_au": "AUD",
           "splitwise_uk": "GBP"}[app]
    m = Cash(rng, font, cur, comma=app == "tricount" and rng.random() < 0.5)
    people = {"USD": US_PEOPLE, "EUR": EU_PEOPLE, "INR": IN_PEOPLE, "AUD": ["Chloe Wilson", "Jack Nguyen",
              "Ruby Taylor", "Lachlan Smith", "Mia Kelly"], "GBP": UK_PEOPLE}[cur]
    payer, payee, third = rng.sample(people, 3)
    us = cur == "USD"
    d = someday(rng)
    scale = 70 if cur == "INR" else 1
    value = price(rng, 10 * scale, 400 * scale)
    group_name = rng.choice(["Lisbon trip", "Flat 4B", "Ski weekend", "Goa 2025", "Book club", "Beach house"])
    listing = Page(font)
    listing.add("appbar", {"splitwise_us": "Splitwise", "splitwise_in": "Splitwise", "splitwise_uk": "Splitwise",
                           "tricount": "Tricount", "settleup_au": "Settle Up"}[app] + dot(font) + group_name)
    listing.add("centre", f"You are owed {m(price(rng, 5 * scale, 300 * scale))} overall")
    short = "%b {d}" if us else "{d} %b"
    days, pos = around(rng, d, rng.choice([3, 4, 5]), spread=14)
    days.remove(d)
    rows = []
    for day in days:
        total = price(rng, 12 * scale, 600 * scale)
        who = rng.choice([payer, payee, third])
        what = rng.choice(["Dinner", "Groceries", "Airbnb", "Taxi", "Fuel", "Electricity", "Museum tickets", "Wine"])
        rows.append(("row", what, m(total), f"{datestr(day, short)}{dot(font)}{who.split()[0]} paid {m(total)}",
                     f"you owe {m(round(total / 3, 2))}" if who.split()[0] != payer.split()[0] else
                     f"you lent {m(round(total * 2 / 3, 2))}"))
    rows.insert(pos, ("rowsel", f"{payer.split()[0]} paid {payee.split()[0]}", m(value), datestr(d, short),
                      {"success": "Payment", "failed": "Failed", "pending": "Pending"}[status]))
    for kind, *texts in rows:
        listing.add(kind, *texts, colour=word_colour(texts[3]))
    detail = Page(font)
    detail.add("title", "Payment")
    detail.add("big", m(value))
    detail.add("centre", f"{payer} paid {payee}")
    via = rng.choice(["cash", "paypal", "bank"] if cur != "INR" else ["upi", "cash", "upi"])
    if status != "success":
        via = "paypal" if cur != "INR" else "upi"
    txn = None
    if via == "cash":
        detail.add("kv", "Method", "Cash")
        method = "cash"
    elif via == "bank":
        detail.add("kv", "Method", "Bank transfer")
        method = "netbanking"
    elif via == "upi":
        detail.add("kv", "Paid via", "UPI")
        method = "UPI"
        if rng.random() < 0.6:
            txn = upi_ref(rng, d)
            detail.add("kv", "UPI Ref No", txn)
    else:
        detail.add("kv", "Paid via", "PayPal")
        method = "wallet"
        txn = f"{rng.choice('3456789')}{mixed(rng, 2, CAPS)}{nums(rng, 5)}{mixed(rng, 2, CAPS)}{nums(rng, 6)}"
        detail.add("kv", "PayPal transaction ID", txn)
    detail.add("kv", "Status", {"success": rng.choice(["Settled", "Completed"]), "failed": "Payment failed",
                                "pending": "Pending"}[status])
    detail.add("kv", "Date", datestr(d, "%b {d}, %Y" if us else "{d} %B %Y"))
    detail.add("small", f"Added by {rng.choice([payer, third]).split()[0]} on {datestr(d, short)}")
    detail.add("small", f"Group: {group_name}")
    split = rng.random() < 0.4
    style = {"frame": "split" if split else "sheet", "screen": True, "width": 1060 if split else 600,
             "font_size": 19 if split else 20, "theme": "light", "under": listing.rows, "lift": rng.uniform(0.55, 0.75)}
    return detail.rows, truth(payee, value, cur, txn, d, method, status), style


# ---------------------------------------------------------------- 12: a remittance app's transfers, one opened


REMIT = ["wise_gbp", "remitly", "western_union", "xoom", "wise_eur", "remitly_au", "western_union", "wise_sgd"]
FX = {("GBP", "INR"): 112.4, ("EUR", "INR"): 97.3, ("USD", "INR"): 86.2, ("USD", "PHP"): 58.1, ("AUD", "INR"): 56.4,
      ("SGD", "INR"): 66.9, ("USD", "MXN"): 18.4, ("GBP", "PHP"): 75.2}


def remittance_tracker(rng: random.Random, font: str):
    """A money-transfer app (Wise, Remitly, Western Union, Xoom): past transfers (recipient, sum sent, day, status)
    with one opened: the sum sent, the fee, the total paid, the rate, what the recipient gets in another currency,
    the transfer's number, the status (Delivered, In progress, Cancelled), how it was paid."""
    k = place("remittance_tracker")
    status = outcome(k, failed=(6,), pending=(2,))
    app = REMIT[k]
    src = {"wise_gbp": "GBP", "remitly": "USD", "western_union": "USD", "xoom": "USD", "wise_eur": "EUR",
           "remitly_au": "AUD", "wise_sgd": "SGD"}[app]
    dst = rng.choice(["INR", "PHP"] if src == "USD" else ["INR", "PHP"] if src == "GBP" else ["INR"])
    if app == "western_union" and k == 6:
        dst = "MXN"
    rate = round(FX[(src, dst)] * rng.uniform(0.97, 1.03), 4)
    m = Cash(rng, font, src)
    rmark = {"INR": "₹" if draws(font, "₹") else "INR ", "PHP": "₱" if draws(font, "₱") else "PHP ", "MXN": "MX$"}[dst]
    us = src == "USD"
    d = someday(rng)
    sent = float(round(price(rng, 50, 3000)))
    fee = {"GBP": 3.69, "EUR": 4.12, "USD": rng.choice([0.0, 1.99, 3.99, 4.99]), "AUD": 4.0, "SGD": 5.5}[src]
    fee = round(fee + (sent * 0.004 if app.startswith("wise") else 0), 2)
    total = round(sent + fee, 2)
    gets = round(sent * rate, 2)
    names = IN_PEOPLE if dst == "INR" else ["Maria Santos", "Jose Reyes", "Ana Dela Cruz"] if dst == "PHP" else \
        ["Luis Hernández", "Carmen Ortiz"]
    payee = rng.choice(names)
    brand = {"wise_gbp": "Wise", "wise_eur": "Wise", "wise_sgd": "Wise", "remitly": "Remitly", "remitly_au": "Remitly",
             "western_union": "Western Union", "xoom": "Xoom"}[app]
    listing = Page(font)
    listing.add("appbar", f"{brand}{dot(font)}{rng.choice(['Transfers', 'Activity', 'History'])}")
    days, pick = around(rng, d, rng.choice([2, 3, 4]), spread=60)
    short = "%b {d}, %Y" if us else "{d} %b %Y"
    word = {"success": "Delivered", "failed": "Cancelled", "pending": "In progress"}[status]
    for i, day in enumerate(days):
        if i == pick:
            listing.add("rowsel", f"To {payee}", m(sent, code=True), datestr(day, short), word,
                        colour=word_colour(word))
            continue
        listing.add("row", f"To {rng.choice(names)}", m(float(round(price(rng, 50, 3000))), code=True),
                    datestr(day, short), rng.choice(["Delivered", "Delivered", "Completed", "Cancelled"]))
    det = Page(font)
    det.add("title", f"Transfer to {payee}")
    det.add("pill", word, colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    det.add("kv", "You sent", m(sent, code=True))
    det.add("kv", "Transfer fee", m(fee, code=True) if fee else "No fee")
    det.add("kv", rng.choice(["Total paid", "You paid", "Total charged"]), m(total, code=True))
    det.add("kv", "Exchange rate", f"1 {src} = {rate:.4f} {dst}")
    det.add("kv", "Recipient gets", f"{rmark}{group(gets, 'indian' if dst == 'INR' else 'western')} {dst}")
    txn = {"wise": lambda: f"#{nums(rng, 9)}", "remitly": lambda: f"{mixed(rng, 2, CAPS)}{nums(rng, 8)}",
           "western_union": lambda: f"{nums(rng, 3)}-{nums(rng, 3)}-{nums(rng, 4)}",
           "xoom": lambda: f"{mixed(rng, 2, CAPS)}{nums(rng, 9)}"}[brand.split()[0].lower().replace("western",
                                                                                              "western_union")]()
    id_label = {"Wise": "Transfer", "Remitly": "Reference number", "Western Union": "MTCN",
                "Xoom": "Transaction number"}[brand]
    det.add("kv", id_label, txn)
    det.add("kv", rng.choice(["Sent on", "Created", "Date"]), datestr(d, short))
    if status == "success":
        det.add("kv", "Delivered on", datestr(d + dt.timedelta(days=rng.choice([0, 1, 2])), short))
    elif status == "pending":
        det.add("kv", "Should arrive by", datestr(d + dt.timedelta(days=rng.choice([1, 2, 3])), short))
    else:
        det.add("small", f"Cancelled on {datestr(d + dt.timedelta(days=1), short)}. Your money has been refunded.")
    method = None
    if k != 7:
        way = rng.random()
        if way < 0.45:
            method, text = "card", f"Debit card {bullets(font)}{nums(rng, 4)}"
        elif way < 0.8:
            method, text = "netbanking", "Bank transfer" if not us else "Bank account (ACH)"
        else:
            method, text = "wallet", "Apple Pay"
        det.add("kv", "Paid with", text)
    det.add("kv", "Delivery", rng.choice(["Bank deposit", "UPI", "Cash pickup"]) if dst == "INR" else
            rng.choice(["Bank deposit", "GCash", "Cash pickup"]) if dst == "PHP" else "Bank deposit")
    split = rng.random() < 0.4
    style = {"frame": "split" if split else "sheet", "screen": True, "width": 1060 if split else 600,
             "font_size": 19 if split else 20, "theme": "light", "under": listing.rows, "lift": rng.uniform(0.55, 0.75)}
    return det.rows, truth(payee, total, src, txn.lstrip("#"), d, method, status), style


# ---------------------------------------------------------------- drawing


SIZES = {"appbar": 1.15, "title": 1.25, "big": 1.85, "centre": 1.0, "bold": 1.0, "text": 1.0, "small": 0.8,
         "kv": 0.95, "section": 0.8, "row": 1.0, "rowsel": 1.0, "pill": 0.9, "button": 0.9, "mail": 0.9,
         "mailsel": 0.9}


def _wrap(f, text: str, room: float) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        out += wrap_words(f, part, room) if part.strip() else [""]
    return out


def _panel(rows: list, font: str, width: int, size: int, theme: str) -> Image.Image:
    """One column of rows on its theme's background."""
    th = THEMES[theme]
    ink, soft = th["ink"], th["soft"]
    margin = 26
    room = width - 2 * margin
    ops: list = []
    under: list = []
    y = 16

    def put(x, yy, text, f, fill, bold=False):
        ops.append(lambda d: d.text((x, yy), text, font=f, fill=fill, stroke_width=1 if bold else 0,
                                    stroke_fill=fill))

    for kind, texts, colour in rows:
        f = face(font, int(size * SIZES.get(kind, 1.0)))
        line = int(f.size * 1.45)
        if kind == "gap":
            y += size
        elif kind == "rule":
            yy = y + size // 2
            ops.append(lambda d, yy=yy: d.line((margin, yy, width - margin, yy), fill=th["line"], width=2))
            y += size
        elif kind == "appbar":
            put(margin, y + 4, texts[0], f, ink, bold=True)
            y += line + 14
            ops.append(lambda d, yy=y - 6: d.line((0, yy, width, yy), fill=th["line"], width=1))
        elif kind in ("title", "big", "centre"):
            for text in _wrap(f, texts[0], room):
                put(margin + (room - f.getlength(text)) / 2, y, text, f, colour or ink, bold=kind != "centre")
                y += line
        elif kind in ("text", "bold", "small"):
            for text in _wrap(f, texts[0], room):
                put(margin, y, text, f, colour or (soft if kind == "small" else ink), bold=kind == "bold")
                y += int(line * 0.95)
        elif kind == "kv":
            label, value = texts
            put(margin, y, label, f, soft)
            if f.getlength(label) + f.getlength(value) + 24 > room:
                y += line
            put(margin + room - f.getlength(value), y, value, f, ink)
            y += line
        elif kind == "section":
            under.append(lambda d, yy=y, h=line + 6: d.rectangle((0, yy, width, yy + h), fill=th["band"]))
            put(margin, y + 4, texts[0], f, soft, bold=True)
            y += line + 10
        elif kind in ("row", "rowsel"):
            name, amount, sub, tag = texts
            small = face(font, int(size * 0.78))
            h = line + int(small.size * 1.5) + 16
            if kind == "rowsel":
                under.append(lambda d, yy=y, h=h: d.rectangle((0, yy, width, yy + h), fill=th["sel"]))
            cx, cy = margin + 18, y + h / 2
            under.append(lambda d, cx=cx, cy=cy: d.ellipse((cx - 18, cy - 18, cx + 18, cy + 18),
                                                           fill=(170, 182, 204)))
            x0 = margin + 48
            name_room = room - 48 - f.getlength(amount) - 18
            shown = name
            while f.getlength(shown) > name_room and len(shown) > 4:
                shown = shown[:-1]
            if shown != name:
                shown = shown.rstrip()[:-1] + "..."
            put(x0, y + 8, shown, f, ink, bold=True)
            put(margin + room - f.getlength(amount), y + 8, amount, f,
                colour if colour in (GREEN,) else ink, bold=True)
            put(x0, y + 8 + line, sub, small, soft)
            if tag:
                put(margin + room - small.getlength(tag), y + 8 + line, tag, small, word_colour(tag) or soft)
            y += h
            ops.append(lambda d, yy=y: d.line((margin + 48, yy - 1, width - margin, yy - 1), fill=th["line"]))
        elif kind in ("mail", "mailsel"):
            who, when, subject, snippet = texts
            small = face(font, int(size * 0.78))
            h = 3 * line + 10
            if kind == "mailsel":
                under.append(lambda d, yy=y, h=h: d.rectangle((0, yy, width, yy + h), fill=th["sel"]))
                under.append(lambda d, yy=y, h=h: d.rectangle((0, yy, 5, yy + h), fill=BLUE))
            put(margin, y + 6, who, f, ink, bold=True)
            put(margin + room - small.getlength(when), y + 8, when, small, soft)
            subj = subject
            while f.getlength(subj) > room and len(subj) > 8:
                subj = subj[:-1]
            put(margin, y + 6 + line, subj if subj == subject else subj[:-2] + "...", f, ink)
            put(margin, y + 6 + 2 * line, snippet, small, soft)
            y += h
            ops.append(lambda d, yy=y: d.line((margin, yy - 1, width - margin, yy - 1), fill=th["line"]))
        elif kind == "pill":
            y += size // 3
            w = f.getlength(texts[0]) + 40
            x0, yy, tint = margin + (room - w) / 2, y, colour or ink
            light = tuple(int(c + (255 - c) * 0.84) for c in tint) if theme == "light" else \
                tuple(int(c * 0.35) for c in tint)
            under.append(lambda d, x0=x0, yy=yy, w=w, light=light, line=line: d.rounded_rectangle(
                (x0, yy, x0 + w, yy + line), radius=line // 2, fill=light))
            put(x0 + 20, yy + (line - f.size) / 2 - 2, texts[0], f, tint if theme == "light" else ink, bold=True)
            y += line + size // 2
        elif kind == "button":
            y += 10
            w = f.getlength(texts[0]) + 60
            x0 = margin + (room - w) / 2
            under.append(lambda d, x0=x0, yy=y, w=w, line=line: d.rounded_rectangle(
                (x0, yy, x0 + w, yy + line + 8), radius=12, outline=soft, width=2))
            put(x0 + 30, y + 4, texts[0], f, ink)
            y += line + 22
        else:
            raise ValueError(kind)
    page = Image.new("RGB", (width, y + 20), th["bg"])
    d = ImageDraw.Draw(page)
    for op in under + ops:
        op(d)
    return page


def _status_bar(d: ImageDraw.ImageDraw, w: int, ink, font: str, clock_text: str) -> None:
    d.text((24, 10), clock_text, font=face(font, 16), fill=ink)
    for i in range(4):
        d.rectangle((w - 100 + i * 7, 25 - 4 * i, w - 96 + i * 7, 27), fill=ink)
    d.rounded_rectangle((w - 54, 12, w - 26, 25), radius=3, outline=ink, width=2)
    d.rectangle((w - 51, 15, w - 36, 22), fill=ink)


def _clock_of(rows: list) -> str:
    seed = sum(len(str(r[1])) for r in rows) + len(rows)
    return f"{seed % 12 + 1}:{(seed * 7) % 60:02d}"


def _sheet(rows: list, font: str, style: dict, modal: bool) -> Image.Image:
    """The feed drawn and dimmed, the opened row's sheet (or dialog) over it."""
    th = THEMES[style.get("theme", "light")]
    w, size = style["width"], style["font_size"]
    feed = _panel(style["under"], font, w, size, style.get("theme", "light"))
    card = _panel(rows, font, w - (80 if modal else 0), size, style.get("theme", "light"))
    top = 44
    fh, ch = feed.size[1], card.size[1]
    if modal:
        y0 = top + max(60, (fh - ch) // 2)
        height = max(top + fh, y0 + ch + 40)
    else:
        y0 = top + int(fh * style["lift"])
        height = max(top + fh, y0 + ch + 20)
    canvas = Image.new("RGB", (w, height), th["bg"])
    canvas.paste(feed, (0, top))
    dim = Image.new("RGB", canvas.size, (0, 0, 0))
    canvas = Image.blend(canvas, dim, 0.38 if style.get("theme") == "light" else 0.3)
    d = ImageDraw.Draw(canvas)
    _status_bar(d, w, WHITE, font, _clock_of(rows))
    if modal:
        mask = Image.new("L", card.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, card.size[0] - 1, card.size[1] - 1), radius=22, fill=255)
        canvas.paste(card, (40, y0), mask)
        d.text((w - 70, y0 + 14), "X", font=face(font, 20), fill=th["soft"])
    else:
        d.rounded_rectangle((0, y0 - 28, w, height + 30), radius=26, fill=th["bg"])
        d.rounded_rectangle((w // 2 - 34, y0 - 16, w // 2 + 34, y0 - 10), radius=3, fill=th["line"])
        canvas.paste(card, (0, y0))
        if height > y0 + ch:
            d.rectangle((0, y0 + ch, w, height), fill=th["bg"])
    return canvas


def _split(rows: list, font: str, style: dict) -> Image.Image:
    """A list pane on the left, the opened item's pane on the right (a tablet app, a web page or a mail client)."""
    th = THEMES[style.get("theme", "light")]
    w, size = style["width"], style["font_size"]
    left_w = int(w * (0.4 if style.get("mail") else 0.44))
    left = _panel(style["under"], font, left_w, size, "light")
    right = _panel(rows, font, w - left_w - 2, size, "light")
    top = 54
    height = top + max(left.size[1], right.size[1]) + 20
    canvas = Image.new("RGB", (w, height), th["bg"])
    d = ImageDraw.Draw(canvas)
    d.rectangle((0, 0, w, top - 8), fill=(238, 241, 247))
    for i, c in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]):
        d.ellipse((16 + i * 22, 16, 30 + i * 22, 30), fill=c)
    if style.get("mail"):
        d.rounded_rectangle((w * 0.3, 10, w * 0.7, 36), radius=10, fill=WHITE)
        d.text((w * 0.3 + 14, 14), "Search mail", font=face(font, 15), fill=GREY)
    canvas.paste(left, (0, top))
    d.line((left_w, top, left_w, height), fill=(210, 214, 222), width=2)
    canvas.paste(right, (left_w + 2, top))
    return canvas


def _thread(font: str, style: dict) -> Image.Image:
    """A text-message thread: iOS (the sender's name or short code under an avatar, grey bubbles, time stamps
    centred) or Android (the sender id in the bar, bubbles with the stamps as dividers)."""
    h = style["thread"]
    w = style["width"]
    ios = h["os"] == "ios"
    size = 20
    f, small = face(font, size), face(font, 14)
    line = int(size * 1.42)
    room = int(w * 0.74) - 32
    blocks = []
    for kind, text in h["items"]:
        if kind == "stamp":
            blocks.append((kind, [text], 34))
        else:
            lines = _wrap(f, text, room)
            blocks.append((kind, lines, len(lines) * line + 22))
    top = 150 if ios else 112
    height = top + sum(b[2] + 12 for b in blocks) + 90
    bg = WHITE if ios else (248, 249, 252)
    img = Image.new("RGB", (w, height), bg)
    d = ImageDraw.Draw(img)
    _status_bar(d, w, INK, font, h["clock"])
    if ios:
        d.rectangle((0, 34, w, top - 6), fill=(246, 246, 248))
        d.ellipse((w // 2 - 28, 42, w // 2 + 28, 98), fill=(160, 166, 178))
        name_face = face(font, 16)
        d.text(((w - name_face.getlength(h["sender"])) / 2, 106), h["sender"], font=name_face, fill=INK)
        d.text((18, 56), "<", font=face(font, 30), fill=BLUE)
        d.line((0, top - 6, w, top - 6), fill=(220, 222, 226))
    else:
        d.rectangle((0, 34, w, top - 6), fill=(232, 240, 254))
        d.line((22, 70, 38, 58), fill=INK, width=3)
        d.line((22, 70, 38, 82), fill=INK, width=3)
        d.ellipse((56, 48, 100, 92), fill=(66, 133, 244))
        d.text((114, 52), h["sender"], font=face(font, 20), fill=INK, stroke_width=1, stroke_fill=INK)
        d.text((114, 78), "Business", font=face(font, 13), fill=GREY)
    y = top + 8
    for kind, lines, bh in blocks:
        if kind == "stamp":
            text = lines[0]
            d.text(((w - small.getlength(text)) / 2, y + 8), text, font=small, fill=GREY)
        else:
            bw = max(f.getlength(x) for x in lines) + 32
            x0 = 16
            d.rounded_rectangle((x0, y, x0 + bw, y + bh), radius=20 if ios else 14,
                                fill=(233, 233, 235) if ios else (225, 231, 242))
            ty = y + 11
            for text in lines:
                d.text((x0 + 16, ty), text, font=f, fill=INK)
                ty += line
        y += bh + 12
    d.rounded_rectangle((60 if ios else 16, height - 62, w - 20, height - 20), radius=20, outline=(200, 202, 208),
                        width=2, fill=WHITE)
    d.text((80 if ios else 36, height - 52), "Text Message" if ios else "Text message", font=face(font, 17),
           fill=(150, 152, 160))
    return img


def _notif(font: str, style: dict) -> Image.Image:
    """An iOS notification centre: the day and clock, one app's group (the newest expanded, the rest collapsed under
    it with "N more notifications"), other apps' single notifications below."""
    h = style["notif"]
    w = 600
    f, small = face(font, 19), face(font, 15)
    x0, x1 = 22, w - 22
    inner = x1 - x0 - 40

    def card_height(note) -> int:
        lines = _wrap(f, note[3], inner) if note[3] else []
        return 46 + (28 if note[2] else 0) + 27 * len(lines) + 14

    height = 290 + card_height(h["group"]) + 40 + sum(card_height(n) + 14 for n in h["others"]) + 120
    img = Image.new("RGB", (w, height), (44, 62, 96))
    d = ImageDraw.Draw(img)
    for yy in range(height):
        t = yy / height
        d.line((0, yy, w, yy), fill=(int(44 + 40 * t), int(62 + 20 * t), int(96 + 30 * t)))
    _status_bar(d, w, WHITE, font, "")
    day_face, big = face(font, 22), face(font, 88)
    d.text(((w - day_face.getlength(h["day"])) / 2, 56), h["day"], font=day_face, fill=WHITE)
    d.text(((w - big.getlength(h["clock"])) / 2, 86), h["clock"], font=big, fill=WHITE)
    y = 250
    d.text((x0 + 6, y - 34), "Notification Centre", font=face(font, 18), fill=(230, 232, 240), stroke_width=1,
           stroke_fill=(230, 232, 240))
    card, ink, soft = (242, 243, 247), INK, GREY

    def draw_card(note, yy) -> int:
        app, ago, title, body = note
        ch = card_height(note)
        d.rounded_rectangle((x0, yy, x1, yy + ch), radius=20, fill=card)
        d.rounded_rectangle((x0 + 16, yy + 12, x0 + 40, yy + 36), radius=6, fill=(90, 120, 200))
        d.text((x0 + 50, yy + 14), app.upper(), font=small, fill=soft)
        d.text((x1 - 20 - small.getlength(ago), yy + 14), ago, font=small, fill=soft)
        ty = yy + 46
        if title:
            d.text((x0 + 20, ty), title, font=f, fill=ink, stroke_width=1, stroke_fill=ink)
            ty += 28
        for text in _wrap(f, body, inner) if body else []:
            d.text((x0 + 20, ty), text, font=f, fill=ink)
            ty += 27
        return yy + ch

    gh = card_height(h["group"])
    # the collapsed notifications of the same app peek out under the newest as two narrower cards
    d.rounded_rectangle((x0 + 24, y + gh - 10, x1 - 24, y + gh + 22), radius=18, fill=(214, 217, 226))
    d.rounded_rectangle((x0 + 12, y + gh - 14, x1 - 12, y + gh + 12), radius=18, fill=(228, 230, 238))
    end = draw_card(h["group"], y)
    more = f"{h['more']} more notifications"
    d.text(((w - small.getlength(more)) / 2, end + 26), more, font=small, fill=(230, 232, 240))
    y = end + 58
    for note in h["others"]:
        y = draw_card(note, y) + 14
    return img


def _chat(font: str, style: dict) -> Image.Image:
    """A chat: WhatsApp (green bar), Messenger (white, blue bubbles) or Signal (white, blue bubbles, a grey bar);
    a pasted message keeps its lines."""
    h = style["chat"]
    w = style["width"]
    app, dark = h["app"], h["dark"]
    size = 19
    f, small = face(font, size), face(font, 14)
    line = 27
    room = int(w * 0.74) - 36
    blocks = []
    for kind, body, hour in h["items"]:
        lines = _wrap(f, body, room)
        blocks.append((kind, lines, hour, len(lines) * line + 40))
    head = 108
    height = head + 64 + sum(b[3] + 12 for b in blocks) + 84
    if app == "WhatsApp":
        bg = (236, 229, 221) if not dark else (12, 19, 24)
        bar, bar_ink = ((0, 128, 105), WHITE) if not dark else ((32, 44, 51), WHITE)
        mine, theirs = ((217, 253, 211), WHITE) if not dark else ((0, 92, 75), (32, 44, 51))
    elif app == "Messenger":
        bg = WHITE if not dark else (0, 0, 0)
        bar, bar_ink = (WHITE, INK) if not dark else ((24, 24, 26), WHITE)
        mine, theirs = (0, 132, 255), (240, 240, 242) if not dark else (48, 48, 52)
    else:  # Signal
        bg = WHITE if not dark else (18, 18, 20)
        bar, bar_ink = ((246, 246, 248), INK) if not dark else ((30, 30, 34), WHITE)
        mine, theirs = (44, 107, 237), (233, 233, 235) if not dark else (48, 48, 52)
    text_ink = INK if not dark else (232, 234, 238)
    img = Image.new("RGB", (w, height), bg)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, head), fill=bar)
    _status_bar(d, w, bar_ink, font, h["clock"])
    d.line((34, 68, 22, 78, 34, 88), fill=bar_ink, width=3)
    d.ellipse((48, 54, 92, 98), fill=(196, 200, 210))
    d.text((104, 56), h["contact"], font=face(font, 21), fill=bar_ink, stroke_width=1, stroke_fill=bar_ink)
    d.text((104, 84), {"WhatsApp": "online", "Messenger": "Active now", "Signal": "Signal"}[app], font=small,
           fill=bar_ink if app == "WhatsApp" else GREY)
    y = head + 16
    dw = small.getlength(h["divider"]) + 26
    d.rounded_rectangle(((w - dw) / 2, y, (w + dw) / 2, y + 26), radius=8,
                        fill=(225, 242, 251) if app == "WhatsApp" and not dark else bg)
    d.text(((w - dw) / 2 + 13, y + 5), h["divider"], font=small, fill=GREY)
    y += 48
    for kind, lines, hour, bh in blocks:
        out = kind in ("out", "paste")
        bw = max(max(f.getlength(x) for x in lines) + 36, small.getlength(hour) + 50)
        x0 = w - 14 - bw if out else 14
        fill = mine if out else theirs
        ink = (WHITE if app != "WhatsApp" else text_ink) if out else text_ink
        d.rounded_rectangle((x0, y, x0 + bw, y + bh), radius=16, fill=fill)
        ty = y + 10
        for text in lines:
            d.text((x0 + 18, ty), text, font=f, fill=ink)
            ty += line
        d.text((x0 + bw - 14 - small.getlength(hour), y + bh - 22), hour, font=small,
               fill=(230, 236, 250) if out and app != "WhatsApp" else GREY)
        y += bh + 12
    d.rounded_rectangle((12, height - 62, w - 74, height - 18), radius=22,
                        fill=WHITE if not dark else (40, 40, 46), outline=(210, 212, 218))
    d.text((36, height - 50), "Message" if app != "Signal" else "Signal message", font=face(font, 17),
           fill=(150, 152, 160))
    d.ellipse((w - 64, height - 66, w - 14, height - 16), fill=bar if app == "WhatsApp" else mine)
    return img


def compose(rows: list, font: str, style: dict) -> Image.Image:
    """Each frame drawn: a sheet or a dialog over a dimmed feed, two panes side by side, a text thread, a
    notification centre, a chat."""
    frame = style["frame"]
    if frame == "sheet":
        return _sheet(rows, font, style, modal=False)
    if frame == "modal":
        return _sheet(rows, font, style, modal=True)
    if frame == "split":
        return _split(rows, font, style)
    if frame == "thread":
        return _thread(font, style)
    if frame == "notif":
        return _notif(font, style)
    if frame == "chat":
        return _chat(font, style)
    raise ValueError(frame)


__all__ = ["bank_sms_thread_india", "card_statement_pending_opened", "chat_with_pasted_receipt", "compose",
           "email_inbox_preview", "fresh", "imessage_bank_thread", "neobank_feed_opened",
           "notification_center_grouped", "order_history_paid", "p2p_feed", "remittance_tracker", "split_bill_app",
           "wallet_txn_list_opened"]

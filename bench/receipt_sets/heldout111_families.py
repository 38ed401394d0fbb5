"""The twelve heldout111 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: pages that carry more than one payment or message, where the payment that proves
the order sits among others and the page singles it out (the newest alert at the foot of a thread, a bubble
long-pressed and selected, a message marked "Forwarded" in a chat, a history row opened into its details, the
success screen over its "Recent payments" list, the expanded notification on top of a shade, the quoted e-mail
under a buyer's note, a statement row ringed or highlighted, a passbook entry opened into its card, the balance
paid after a part payment). The builders write every message and note the facts of the one singled out; the truth
is those facts, and nothing from the other messages, rows or notes.

Pages are drawn here: a bank's SMS thread (``_thread``: the sender id on top or, with a bubble selected, the
"1 selected" bar with Copy / Forward / Delete; day dividers; incoming bubbles with their hours), an app screen or
a mail client (``_page`` rows inside ``_phone`` / ``_mail``), a statement (``_statement``, the row marked with a
ring, a highlighter band or an arrow, and the buyer's caption); a chat and a notification shade are drawn by
``heldout110_families.compose`` from the items in ``style["h110"]``. No frame prints a fact of the truth: the
phone's clock and day, a chat's contact, divider and hours, an SMS thread's dividers (each repeats its own
message's day), the mail's outer sender and day are the phone's, the chat's or the mail's.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout108_families as h108
from bench.receipt_sets import heldout110_families as h110
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

TURNS: dict[str, int] = {}
WHITE, INK, GREY = (255, 255, 255), (24, 26, 32), (108, 112, 122)
GREEN, RED, AMBER = (16, 140, 72), (200, 38, 44), (196, 120, 0)

# key: bank's name, SMS sender id, sign-off
IN_BANKS = {
    "hdfc": ("HDFC Bank", "HDFCBK", "HDFC Bank"),
    "sbi": ("State Bank of India", "SBIUPI", "SBI"),
    "icici": ("ICICI Bank", "ICICIT", "ICICI Bank"),
    "axis": ("Axis Bank", "AXISBK", "Axis Bank"),
    "kotak": ("Kotak Mahindra Bank", "KOTAKB", "Kotak Bank"),
    "bob": ("Bank of Baroda", "BOBTXN", "BOB"),
    "pnb": ("Punjab National Bank", "PNBSMS", "PNB"),
    "canara": ("Canara Bank", "CANBNK", "Canara Bank"),
    "idfc": ("IDFC FIRST Bank", "IDFCFB", "IDFC FIRST Bank"),
    "yes": ("Yes Bank", "YESBNK", "YES BANK"),
    "indusind": ("IndusInd Bank", "INDUSB", "IndusInd Bank"),
}
SHOPS = [
    "Shree Balaji Kirana", "Royal Tailors", "Sai Krupa Electricals", "Anmol Bakers", "Gupta Mobile Point",
    "Laxmi Saree Centre", "Kaveri Fresh Mart", "Om Sai Medical", "Bombay Cycle House", "Nandini Flowers",
    "Mehta Stationers", "Jodhpur Handloom House", "Surya Hardware", "Madhuban Dairy", "Kashi Silk Weavers",
    "Ambika Steel Traders", "Green Valley Nursery", "Vrindavan Handicrafts",
]
PEOPLE = [
    "Sanjay Gupta", "Kavita Joshi", "Amit Chatterjee", "Nisha Bansal", "Prakash Rao", "Swati Deshpande",
    "Vikram Sethi", "Farida Khan", "Manish Agarwal", "Geeta Pillai", "Harpreet Singh", "Ramesh Naidu",
]
CARD_SHOPS = [
    "AMAZON", "MYNTRA DESIGNS", "SWIGGY INSTAMART", "ZEPTO MARKETPLACE", "BLINKIT", "RELIANCE DIGITAL",
    "HPCL FUEL STATION", "TATA CLIQ", "AJIO", "MEDPLUS", "STARBUCKS COFFEE", "DOMINOS PIZZA", "FIRSTCRY",
    "BATA INDIA", "LENSKART",
]
US_SHOPS = ["Whole Foods Market", "Target", "Trader Joe's", "Shell", "Starbucks", "Best Buy", "Walgreens",
            "Costco Wholesale", "Home Depot", "Etsy"]
UK_SHOPS = ["Tesco Stores", "Pret A Manger", "Boots", "Sainsbury's", "Shell", "Starbucks", "Etsy", "Waterstones",
            "Marks & Spencer"]
WEST_SHOPS = US_SHOPS + UK_SHOPS[:4]
WEST_PEOPLE = ["Emily Carter", "James O'Neill", "Sofia Rossi", "Liam Walsh", "Hannah Becker", "Daniel Kim",
               "Chloe Martin", "Owen Hughes"]
COMPANIES = ["ACME SOFTECH PVT LTD", "NOVA LOGISTICS LLP", "SUNRISE FOODS PVT LTD", "BRIGHTPATH EDU SERVICES"]
HANDLES = ["okaxis", "okhdfcbank", "okicici", "oksbi", "ybl", "ibl", "axl", "paytm", "ptyes", "upi"]
SMS_DAYS = ["%d-%m-%y", "%d-%m-%Y", "%d/%m/%y", "%d/%m/%Y", "%d%b%y", "%d-%b-%y", "%d-%b-%Y", "%d %b %Y"]
US_DAYS = ["%b {d}, %Y", "%m/%d/%Y", "%b %d, %Y"]
UK_DAYS = ["%d/%m/%y", "{d} %b %Y", "%d/%m/%Y", "%d %b %Y"]
MARKS = {"INR": ("Rs.", "Rs", "INR", "₹"), "USD": ("$",), "EUR": ("€", "EUR "), "GBP": ("£",)}


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def datestr(d: dt.date, pattern: str) -> str:
    """``heldout108_families.datestr`` with %A, the day of the week in full."""
    return h108.datestr(d, pattern.replace("%A", DAYS[d.weekday()]))


def fresh() -> None:
    """Start every family's count again (``make_heldout111_set`` calls it before drawing)."""
    TURNS.clear()


def fate(family: str, failed: int | None, pending: int | None) -> tuple[str, int]:
    """This receipt's outcome from its place in the family, and that place (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    k %= 8
    return ("failed" if k == failed else "pending" if k == pending else "success"), k


def price(rng: random.Random, low: float, high: float) -> float:
    """A sum between ``low`` and ``high``, as often small as large (drawn on a log scale): whole tens on about a
    third, whole units on a fifth, with paise / cents on the rest."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    r = rng.random()
    if r < 0.35 and value >= 20:
        return float(round(value / 10) * 10)
    if r < 0.55:
        return float(round(value))
    return round(value, 2)


def need(font: str, *texts: str) -> None:
    for text in texts:
        assert fits(font, text.replace("\n", " ")), (font, text)


class Cash:
    """How one page prints its sums: the currency's mark (₹ only where the face draws it), grouping, paise."""

    def __init__(self, rng: random.Random, font: str, cur: str = "INR", marks: tuple | None = None,
                 ways: tuple = ("indian", "western", "plain"), whole: float = 0.0):
        options = [m for m in (marks or MARKS[cur]) if all(draws(font, ch) for ch in m)] or ["Rs."]
        self.cur = cur
        self.mark = rng.choice(options)
        self.way = rng.choice(ways) if cur == "INR" else rng.choice(("western", "western", "plain"))
        self.gap = " " if self.mark in ("Rs", "INR", "EUR ") or (self.mark == "Rs." and rng.random() < 0.3) else ""
        self.whole = rng.random() < whole

    def __call__(self, value: float, lead: str = "") -> str:
        places = 0 if self.whole and value == int(value) else 2
        mark = self.mark.strip()
        return f"{lead}{mark}{self.gap}{group(value, self.way, places)}"

    def bare(self, value: float) -> str:
        return group(value, self.way, 2)


def truth(merchant, value, cur, txn, d, method, status) -> dict:
    return {"merchant_name": merchant, "amount": f"{value:.2f}" if value is not None else None,
            "currency": cur if value is not None else None, "transaction_id": txn,
            "date": d.isoformat() if d else None, "payment_method": method, "status": status}


def sms_day(rng: random.Random, d: dt.date, pats: list[str] | None = None) -> str:
    text = datestr(d, rng.choice(pats or SMS_DAYS))
    return text.upper() if rng.random() < 0.2 else text


def vpa(rng: random.Random, name: str) -> str:
    stem = "".join(ch for ch in name.lower() if ch.isalpha())[:10]
    return rng.choice([f"{stem}@{rng.choice(HANDLES)}", f"{stem}{rng.randrange(10, 99)}@{rng.choice(HANDLES)}",
                       f"{rng.choice('6789')}{nums(rng, 9)}@{rng.choice(HANDLES)}"])


def who(rng: random.Random, caps: float = 0.4) -> str:
    name = rng.choice(SHOPS) if rng.random() < 0.6 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def earlier(rng: random.Random, d: dt.date, n: int, spread: int = 9) -> list[dt.date]:
    """``n`` distinct days before ``d``, oldest first."""
    back = sorted(rng.sample(range(1, spread + n), n), reverse=True)
    return [d - dt.timedelta(days=b) for b in back]


def hours(rng: random.Random, n: int) -> list[str]:
    minutes = sorted(rng.sample(range(7 * 60, 23 * 60), n))
    return [f"{(m // 60 - 1) % 12 + 1}:{m % 60:02d} {'pm' if m >= 720 else 'am'}" for m in minutes]


def divider(rng: random.Random, d: dt.date) -> str:
    return datestr(d, rng.choice(["%a, {d} %b", "{d} %B", "%a, {d} %b %Y", "{d} %b %Y", "%A, {d} %B"]))


# ---------------------------------------------------------------- India's debit alerts


def in_alert(rng: random.Random, font: str, key: str, status: str, d: dt.date, value: float, payee: str,
             ref_on: bool = True, tail: str | None = None) -> tuple[str, dict]:
    """One bank's UPI debit SMS in its own wording: (text, truth). Kotak and Bank of Baroda name the payee only by
    its VPA, PNB names no payee; a failed one has failed or was declined, a pending one is pending / under process."""
    _, _, sign = IN_BANKS[key]
    way = rng.choice(["indian", "western", "plain"])
    amt = group(value, way)
    mark = rng.choice(["Rs.", "Rs ", "INR "])
    s = f"{mark}{amt}"
    tail = tail or nums(rng, 4)
    ref = upi_ref(rng, d)
    day = sms_day(rng, d)
    hour = clock(rng, "24s")
    handle = vpa(rng, payee)
    bal = group(price(rng, 800, 250000), way)
    if status == "failed":
        text = rng.choice([
            f"Your UPI payment of {s} to {payee} from A/c XX{tail} on {day} has failed. UPI Ref {ref}. Any amount "
            f"debited will be reversed within 3 working days. -{sign}",
            f"Txn of {s} from A/c XX{tail} to {payee} on {day} declined due to insufficient balance. Ref No {ref}. "
            f"-{sign}",
            f"UPI txn of {s} to {payee} on {day} could not be completed. UPI Ref {ref}. -{sign}",
        ])
        return text, truth(payee, value, "INR", ref, d, "UPI", "failed")
    if status == "pending":
        text = rng.choice([
            f"Your UPI txn of {s} to {payee} on {day} is pending. UPI Ref {ref}. Please do not retry; the status "
            f"will be updated within 48 hrs. -{sign}",
            f"UPI payment of {s} from A/c XX{tail} to {payee} on {day} is under process. Ref No {ref}. -{sign}",
        ])
        return text, truth(payee, value, "INR", ref, d, "UPI", "pending")
    named: str | None = payee
    txn: str | None = ref
    if key == "hdfc":
        text = (f"Sent Rs.{amt}\nFrom HDFC Bank A/C *{tail}\nTo {payee}\nOn {datestr(d, '%d/%m/%y')}\nRef {ref}\n"
                f"Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808")
    elif key == "sbi":
        named = payee.upper()
        text = (f"Dear UPI user A/C X{tail} debited by Rs.{amt} on date {datestr(d, '%d%b%y')} trf to {named} "
                f"Refno {ref}. If not u? call 1800111109. -SBI")
    elif key == "icici":
        text = (f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt} on {datestr(d, '%d-%b-%y')}; {payee} credited. "
                f"UPI:{ref}. Call 18002662 for dispute. SMS BLOCK {tail[1:]} to 9215676766.")
    elif key == "axis":
        named = payee.upper()[:20].strip()
        text = (f"INR {amt} debited\nA/c no. XX{tail}\n{datestr(d, '%d-%m-%y')}, {hour}\nUPI/P2M/{ref}/{named}\n"
                f"Not you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank")
    elif key == "kotak":
        named = None
        text = (f"Sent Rs.{amt} from Kotak Bank AC X{tail} to {handle} on {datestr(d, '%d-%m-%y')}.UPI Ref {ref}. "
                f"Not you, https://kotak.com/KBANKT/Fraud")
    elif key == "bob":
        named = None
        text = (f"Rs.{amt} Dr. from A/C XXXXXX{tail} and Cr. to {handle}. Ref:{ref}. AvlBal:Rs{bal}"
                f"({datestr(d, '%Y:%m:%d')} {hour}). Not you? Call 18005700 -BOB")
    elif key == "pnb":
        named = None
        text = (f"A/c XX{tail} debited INR {amt} Dt {datestr(d, '%d-%m-%y')} {hour} thru UPI:{ref}. Bal INR {bal} "
                f"Not u?Fwd this SMS to 9264092640 to block UPI.-PNB")
    elif key == "canara":
        named = payee.upper()[:18].strip()
        text = (f"An amount of INR {amt} has been DEBITED to your account XXX{tail[1:]} on "
                f"{datestr(d, '%d/%m/%Y')} towards UPI/P2M/{ref}/{named}. Total Avail.bal INR {bal}. - Canara Bank")
    elif key == "idfc":
        txn = ref if ref_on else None
        text = (f"Your A/C XXXXXXX{tail} has been debited with INR {amt} on {datestr(d, '%d-%b-%Y').upper()} for "
                f"UPI payment to {payee}." + (f" UPI Ref {ref}." if ref_on else "") + f" Avl Bal INR {bal} - IDFC "
                f"FIRST Bank")
    elif key == "yes":
        txn = ref if ref_on else None
        text = (f"{s} debited from A/c XX{tail} on {day} for UPI txn to {payee}" + (f" (UPI Ref: {ref})" if ref_on
                else "") + f". Avl Bal: INR {bal}. -YES BANK")
    else:  # indusind
        text = (f"Dear Customer, your IndusInd Bank A/c {tail}XXXX is debited by {s} on {day} towards UPI to "
                f"{payee}. RRN {ref}. Bal Rs {bal}")
    return text, truth(named, value, "INR", txn, d, "UPI", "success")


def in_other(rng: random.Random, key: str, d: dt.date, tail: str | None = None) -> str:
    """An older message of the same bank with its own sum and day: another debit, a credit, a balance."""
    _, _, sign = IN_BANKS[key]
    way = rng.choice(["indian", "western", "plain"])
    s = f"{rng.choice(['Rs.', 'Rs ', 'INR '])}{group(price(rng, 50, 90000), way)}"
    tail = tail or nums(rng, 4)
    day = sms_day(rng, d)
    person = rng.choice(PEOPLE)
    return rng.choice([
        f"Your A/c XX{tail} is credited with {s} on {day} by NEFT from {rng.choice(COMPANIES)}. UTR "
        f"{rng.choice(['HDFCN', 'ICICN', 'UTIBN'])}{d:%y}{nums(rng, 9)}. -{sign}",
        f"{s} credited to A/c XX{tail} on {day} from VPA {vpa(rng, person)}. UPI Ref {upi_ref(rng, d)}. -{sign}",
        f"{s} debited from A/c XX{tail} on {day} for UPI txn to {who(rng)}. UPI Ref {upi_ref(rng, d)}. -{sign}",
        f"Your A/c XX{tail} is debited with {s} on {day} towards NACH-DR-{rng.choice(['LIC OF INDIA', 'HDB FINANCIAL', 'SBI MF'])}. -{sign}",
        f"ATM withdrawal of {s} from A/c XX{tail} on {day} at {rng.choice(['MG ROAD', 'SECTOR 18', 'STATION RD'])}. "
        f"RRN {upi_ref(rng, d)}. -{sign}",
    ])


def other_sums(rng: random.Random, key: str, d: dt.date) -> list[str]:
    """Older messages that print other sums: a balance, a loan or credit-limit offer, an EMI due, a mandate's
    pre-debit notice, an OTP "for txn of Rs X at SHOP"."""
    name, _, sign = IN_BANKS[key]
    way = rng.choice(["indian", "western"])

    def m(low: int, high: int) -> str:
        return f"{rng.choice(['Rs.', 'Rs ', 'INR '])}{group(price(rng, low, high), way)}"

    return [
        f"Available balance in your A/c XX{nums(rng, 4)} as on {sms_day(rng, d)} is {m(1000, 300000)}. -{sign}",
        f"Congratulations! You are eligible for a pre-approved Personal Loan of up to Rs "
        f"{rng.choice(['3,00,000', '5,00,000', '7,50,000'])} at 10.5% p.a. Apply now on the {name} app. T&C -{sign}",
        f"EMI of {m(2000, 40000)} for your loan a/c {nums(rng, 3)}XXXX{nums(rng, 3)} is due on "
        f"{sms_day(rng, d + dt.timedelta(days=rng.randrange(3, 20)))}. Please keep sufficient balance. -{sign}",
        f"Pre-debit notification: {m(99, 1500)} will be debited from A/c XX{nums(rng, 4)} on "
        f"{sms_day(rng, d + dt.timedelta(days=rng.randrange(1, 4)))} towards UPI mandate for "
        f"{rng.choice(['NETFLIX', 'SPOTIFY INDIA', 'JIOHOTSTAR', 'GOOGLE ONE'])}. -{sign}",
        f"{nums(rng, 6)} is the OTP for txn of {m(200, 30000)} at {rng.choice(CARD_SHOPS)} on your card "
        f"XX{nums(rng, 4)}. Valid for 5 mins. Do not share with anyone. -{sign}",
        f"Your credit card limit can be increased to Rs {rng.choice(['2,50,000', '4,00,000', '6,00,000'])}. "
        f"Reply YES to {nums(rng, 5)} to accept. -{sign}",
    ]


def _sms_style(rng: random.Random, key_or_sender: str, items: list, select: bool = False) -> dict:
    sender = key_or_sender if "-" in key_or_sender else \
        f"{rng.choice(['AX', 'VM', 'JD', 'BZ', 'VK', 'AD'])}-{IN_BANKS[key_or_sender][1]}"
    return {"frame": "thread", "screen": True, "width": 600, "font_size": rng.choice([20, 21, 22]),
            "h111": {"sender": sender, "items": items, "select": select}}


# ---------------------------------------------------------------- 1, 2, 3, 12: a bank's SMS thread


THREAD_BANKS = ["hdfc", "sbi", "kotak", "icici", "axis", "pnb", "canara", "idfc"]


def sms_thread_debits(rng: random.Random, font: str):
    """A bank's SMS thread (sender id on top, a day divider over each message) with one to three older alerts,
    debits and credits on earlier days, over the newest alert at the foot: the proof."""
    status, k = fate("sms_thread_debits", 3, 6)
    key = THREAD_BANKS[k]
    d, value = someday(rng), price(rng, 80, 60000)
    tail = nums(rng, 4)
    text, t = in_alert(rng, font, key, status, d, value, who(rng), tail=tail)
    days = earlier(rng, d, rng.choice([1, 2, 3]))
    items: list = []
    for old in days:
        items += [("day", divider(rng, old)), ("bubble", in_other(rng, key, old, tail), hours(rng, 1)[0], False)]
    items += [("day", divider(rng, d)), ("bubble", text, hours(rng, 1)[0], False)]
    need(font, *[x[1] for x in items])
    return [], t, _sms_style(rng, key, items)


OTHER_SUM_BANKS = ["icici", "yes", "sbi", "canara", "hdfc", "axis", "indusind", "idfc"]


def sms_thread_other_sums(rng: random.Random, font: str):
    """A bank's thread whose older messages print other sums (a balance, a loan or credit-limit offer, an EMI due, a
    pre-debit notice, an OTP for a card txn at a shop), over the debit alert at the foot: the proof."""
    status, k = fate("sms_thread_other_sums", 5, 2)
    key = OTHER_SUM_BANKS[k]
    d, value = someday(rng), price(rng, 60, 45000)
    text, t = in_alert(rng, font, key, status, d, value, who(rng), ref_on=k != 7)
    older = earlier(rng, d, 1, spread=6)[0]
    extra = other_sums(rng, key, older)
    rng.shuffle(extra)
    chosen = extra[: rng.choice([2, 3, 4])]
    items: list = [("day", divider(rng, older))]
    for message, hour in zip(chosen, hours(rng, len(chosen))):
        items.append(("bubble", message, hour, False))
    items += [("day", divider(rng, d)), ("bubble", text, hours(rng, 1)[0], False)]
    need(font, *[x[1] for x in items])
    return [], t, _sms_style(rng, key, items)


SELECT_BANKS = ["axis", "hdfc", "yes", "icici", "sbi", "bob", "indusind", "canara"]


def selected_bubble(rng: random.Random, font: str):
    """A bank's thread of three or four debit alerts with one long-pressed and selected (tinted, a check beside it,
    the top bar "1 selected" with Copy / Forward / Delete); never the last bubble. The selected one is the proof."""
    status, k = fate("selected_bubble", 4, 1)
    key = SELECT_BANKS[k]
    n = rng.choice([3, 4])
    pick = rng.randrange(n - 1)
    last = someday(rng)
    days = earlier(rng, last, n - 1, spread=10) + [last]
    items: list = []
    t: dict = {}
    tail = nums(rng, 4)
    for i, d in enumerate(days):
        value = price(rng, 60, 40000)
        if i == pick:
            text, t = in_alert(rng, font, key, status, d, value, who(rng), tail=tail)
        else:
            text, _ = in_alert(rng, font, key, "success", d, value, who(rng), tail=tail)
        items += [("day", divider(rng, d)), ("bubble", text, hours(rng, 1)[0], i == pick)]
    need(font, *[x[1] for x in items])
    return [], t, _sms_style(rng, key, items, select=True)


TWO_BANKS = ["hdfc", "icici", "sbi", "axis", "yes", "canara", "indusind", "kotak"]


def two_payments(rng: random.Random, font: str):
    """One order paid in two parts: the part payment and, on the same day or later, the balance, two alerts to the
    same payee in one thread; the buyer's proof is the second (the newest, at the foot), its sum the balance only."""
    status, k = fate("two_payments", 4, 7)
    key = TWO_BANKS[k]
    payee = who(rng)
    d2 = someday(rng)
    d1 = d2 - dt.timedelta(days=rng.choice([0, 1, 2, 5, 9]))
    total = price(rng, 2000, 80000)
    part = round(total * rng.choice([0.25, 0.3, 0.4, 0.5]) / 10) * 10.0
    rest = round(total - part, 2)
    tail = nums(rng, 4)
    first, _ = in_alert(rng, font, key, "success", d1, part, payee, tail=tail)
    text, t = in_alert(rng, font, key, status, d2, rest, payee, tail=tail)
    items: list = []
    if rng.random() < 0.4:
        old = d1 - dt.timedelta(days=rng.randrange(1, 6))
        items += [("day", divider(rng, old)), ("bubble", in_other(rng, key, old, tail), hours(rng, 1)[0], False)]
    h1, h2 = hours(rng, 2)
    items += [("day", divider(rng, d1)), ("bubble", first, h1, False)]
    if d2 != d1:
        items.append(("day", divider(rng, d2)))
    items.append(("bubble", text, h2 if d2 == d1 else hours(rng, 1)[0], False))
    need(font, *[x[1] for x in items])
    return [], t, _sms_style(rng, key, items)


# ---------------------------------------------------------------- 11: card spends


CARD_ISSUERS = ["hdfc_cc", "icici_cc", "sbi_card", "chase", "axis_cc", "amex_in", "capital_one", "barclaycard"]
CARD_SENDERS = {"hdfc_cc": "VM-HDFCBK", "icici_cc": "AX-ICICIB", "sbi_card": "JD-SBICRD", "axis_cc": "AD-AXISBK",
                "amex_in": "VK-AMEXIN", "chase": "24273", "capital_one": "227898", "barclaycard": "Barclaycard"}


def card_text(rng: random.Random, font: str, issuer: str, status: str, d: dt.date, value: float,
              shop: str, tail: str = "") -> tuple[str, dict]:
    """One issuer's card spend SMS: (text, truth); an Auth / Approval code on some is the id."""
    cur = {"chase": "USD", "capital_one": "USD", "barclaycard": "GBP"}.get(issuer, "INR")
    tail = tail or nums(rng, 4)
    auth = nums(rng, 6) if rng.random() < 0.5 else None
    if cur == "INR":
        way = rng.choice(["indian", "western", "plain"])
        s = f"{rng.choice(['Rs.', 'Rs ', 'INR '])}{group(value, way)}"
        lim = f"Rs {group(price(rng, 20000, 500000), way)}"
    else:
        sym = "$" if cur == "USD" else "£"
        s, lim = f"{sym}{group(value, 'western')}", f"{sym}{group(price(rng, 500, 15000), 'western')}"
    day = sms_day(rng, d, US_DAYS if cur == "USD" else UK_DAYS if cur == "GBP" else
                  ["%d-%m-%Y", "%d-%b-%y", "%d/%m/%y", "%d %b %Y", "%d-%m-%y"])
    hour = clock(rng, "24s")
    if status == "failed":
        text = rng.choice([
            f"Your transaction of {s} on card ending {tail} at {shop} on {day} was declined due to incorrect PIN. "
            f"Not you? Call the number on the back of your card.",
            f"Txn of {s} at {shop} on {day} on your card XX{tail} has been declined as it exceeds your available "
            f"limit. Available limit: {lim}",
        ])
        return text, truth(shop, value, cur, None, d, "card", "failed")
    if status == "pending":
        text = (f"A {s} charge at {shop} on your card ending in {tail} is pending as of {day}. It will post once "
                f"the merchant completes it.")
        return text, truth(shop, value, cur, None, d, "card", "pending")
    txn = auth
    if issuer == "hdfc_cc":
        text = (f"Thank you for using your HDFC Bank Credit Card ending {tail} for {s} at {shop} on {day} {hour}."
                + (f" Authorization code:- {auth}" if auth else ""))
    elif issuer == "icici_cc":
        text = f"INR {group(value, 'western')} spent using ICICI Bank Card XX{tail} on {day} on {shop}. Avl Limit: {lim}. If not you, call 1800 2662."
        txn = None
    elif issuer == "sbi_card":
        text = (f"Rs.{group(value, 'plain')} spent on your SBI Credit Card ending {tail} at {shop} on {day}. Trxn. "
                f"not done by you? Report at sbicard.com")
        txn = None
    elif issuer == "axis_cc":
        text = (f"Spent {s}\nAxis Bank Card no. XX{tail}\n{day} {hour} IST\n{shop}\nAvl Limit: {lim}\n"
                f"Not you? SMS BLOCK {tail} to 919951860002")
        txn = None
    elif issuer == "amex_in":
        text = (f"Alert: You've spent {s} on your AMEX card ** {nums(rng, 5)} at {shop} on {day} at {hour} IST."
                + (f" Approval code {auth}." if auth else ""))
    elif issuer == "chase":
        text = (f"Chase: A {s} transaction was made with your credit card ending in {tail} at {shop} on {day}."
                + (f" Approval code {auth}." if auth else "") + " Reply STOP to end alerts.")
    elif issuer == "capital_one":
        text = (f"Capital One: A purchase of {s} was made on your Quicksilver card ending in {tail} at {shop} on "
                f"{day}. Available credit: {lim}.")
        txn = None
    else:  # barclaycard
        text = (f"Barclaycard: You spent {s} at {shop} on {day} with your card ending {tail}."
                + (f" Auth code {auth}." if auth else "") + " Available to spend: " + lim)
    return text, truth(shop, value, cur, txn, d, "card", "success")


def card_alert_thread(rng: random.Random, font: str):
    """A card issuer's SMS thread: two or three older card spends at other shops on other days (a declined one
    among them on most), the newest spend at the foot: the proof."""
    status, k = fate("card_alert_thread", 2, 6)
    issuer = CARD_ISSUERS[k]
    west = issuer in ("chase", "capital_one", "barclaycard")
    pool = UK_SHOPS if issuer == "barclaycard" else [s.upper() for s in US_SHOPS] if west else CARD_SHOPS
    shops = rng.sample(pool, 4)
    d = someday(rng)
    days = earlier(rng, d, rng.choice([2, 3]), spread=14)
    declined = rng.randrange(len(days)) if rng.random() < 0.75 else -1
    items: list = []
    tail = nums(rng, 4)
    for i, old in enumerate(days):
        text, _ = card_text(rng, font, issuer, "failed" if i == declined else "success", old,
                            price(rng, 100, 30000) if not west else price(rng, 5, 400), shops[i], tail)
        items += [("day", divider(rng, old)), ("bubble", text, hours(rng, 1)[0], False)]
    text, t = card_text(rng, font, issuer, status, d, price(rng, 100, 40000) if not west else price(rng, 5, 600),
                        shops[-1], tail)
    items += [("day", divider(rng, d)), ("bubble", text, hours(rng, 1)[0], False)]
    need(font, *[x[1] for x in items])
    return [], t, _sms_style(rng, CARD_SENDERS[issuer] if "-" in CARD_SENDERS[issuer]
                             else f"-{CARD_SENDERS[issuer]}", items)


# ---------------------------------------------------------------- 4: a chat


CHAT_BANKS = ["hdfc", "icici", "sbi", "axis", "canara", "yes", "kotak", "indusind"]
CONTACTS = ["Meera Boutique", "Ramesh (Furniture)", "Anita Cakes", "Kolkata Sarees Seller", "Vinod Electrician",
            "Sunita Pickles", "Ajay Bike Parts", "Pooja Tuition"]


def chat_forward(rng: random.Random, font: str):
    """A WhatsApp or Telegram chat with a seller: the seller's order total, the buyer's word of what was sent, the
    bank's alert or the payment app's details forwarded / pasted (marked "Forwarded"), the seller's and the buyer's
    replies with other sums ("it shows … only", "balance … tomorrow"). The forwarded message is the proof; the chat's
    divider and hours are the chat's."""
    status, k = fate("chat_forward", 1, 4)
    key = CHAT_BANKS[k]
    d = someday(rng)
    total = price(rng, 600, 30000)
    total = float(round(total / 10) * 10)
    value = total if rng.random() < 0.4 else float(round(total * rng.choice([0.5, 0.6, 0.75]) / 10) * 10)
    rest = total - value
    payee = who(rng, caps=0.3)
    way = rng.choice(["indian", "western", "plain"])

    def say(v: float) -> str:
        return rng.choice([f"Rs {group(v, way, 0)}", f"{group(v, way, 0)}", f"Rs.{group(v, way, 0)}"])

    pasted = k in (2, 6)
    if pasted:  # the payment app's details, copied as text
        mark = "₹" if draws(font, "₹") else "Rs."
        ref = upi_ref(rng, d)
        word = {"success": "Payment successful", "failed": "Payment failed", "pending": "Payment pending"}[status]
        fwd = (f"{word}. {mark}{group(value, way)} to {payee}. UPI transaction ID: {ref}. "
               f"{datestr(d, rng.choice(['{d} %b %Y', '%d %b %Y']))}, {clock(rng, '12')}. Paid via Google Pay")
        t = truth(payee, value, "INR", ref, d, "UPI", status)
    else:
        fwd, t = in_alert(rng, font, key, status, d, value, payee)
    lines_in = [f"Hi, total for your order is {say(total)} incl. shipping. Please pay and share screenshot"]
    if status == "success" and rest:
        out1, in2, out2 = (f"sent {say(value)} now for the order", f"it shows {say(value)} only, balance "
                           f"{say(rest)}?", f"yes balance {say(rest)} tomorrow")
    elif status == "success":
        out1, in2, out2 = (f"Paid {say(value)}, bank msg below", "Received, thanks. Will dispatch today",
                           "Thank you")
    elif status == "failed":
        out1, in2, out2 = (f"Tried {say(value)}, see msg", "It says failed. Nothing came in my account",
                           f"Will send {say(total)} again in the evening")
    else:
        out1, in2, out2 = (f"Sent {say(value)}", "Not received yet, it shows pending",
                           "Bank says it will update in 48 hrs")
    app = rng.choice(["WhatsApp", "Telegram"])
    later = d + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    div = "Today" if rng.random() < 0.3 else datestr(later, rng.choice(["{d} %B %Y", "%d/%m/%Y", "{d} %B"]))
    times = hours(rng, 5)
    tag = (f"Forwarded from {rng.choice(['VM', 'AX', 'JD'])}-{IN_BANKS[key][1]}" if app == "Telegram" and not pasted
           else "Forwarded")
    items = [("in", lines_in[0], times[0]), ("out", out1, times[1]), ("fwd", fwd, times[2], tag),
             ("in", in2, times[3]), ("out", out2, times[4])]
    contact = CONTACTS[k]
    for item in items:
        need(font, *item[1:])
    need(font, contact, div)
    style = {"frame": "chat", "screen": True, "width": 600, "font_size": 20,
             "h110": {"app": app, "contact": contact, "divider": div, "items": items,
                      "clock": clock(rng, "24"), "dark": rng.random() < 0.25}}
    return [], t, style


# ---------------------------------------------------------------- 5, 6, 10: app screens


class Rows:
    """A page's rows for ``_page``, every text checked against the face."""

    def __init__(self, font: str, frame: str, width: int = 600, size: int = 21, **style):
        self.font, self.rows = font, []
        self.style = {"frame": frame, "width": width, "font_size": size, "screen": True, **style}

    def add(self, kind: str, *texts: str, colour=None) -> None:
        need(self.font, *texts)
        self.rows.append((kind, texts, colour))


def _money_in(rng: random.Random, font: str, whole: float = 0.3) -> Cash:
    return Cash(rng, font, "INR", marks=("₹", "₹", "Rs.", "Rs"), ways=("indian", "indian", "western"), whole=whole)


UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "PhonePe", "Google Pay", "Amazon Pay"]


def _app_ids(rng: random.Random, app: str, d: dt.date) -> tuple[list[tuple[str, str]], str]:
    """The id rows an app prints in a payment's details, and the truth's id (the UPI reference / UTR)."""
    ref = upi_ref(rng, d)
    if app == "PhonePe":
        return [("Transaction ID", f"T{d:%y%m%d}{nums(rng, 4)}{mixed(rng, 6, CAPS)}"), ("UTR", ref)], ref
    if app == "Google Pay":
        return [("UPI transaction ID", ref), ("Google transaction ID", f"CICAgO{mixed(rng, 9)}")], ref
    if app == "Paytm":
        return [("UPI Ref. No.", ref)], ref
    if app == "CRED":
        return [("UTR number", ref)], ref
    if app == "Amazon Pay":
        return [("UPI Reference ID", ref)], ref
    return [("UPI Ref No", ref)], ref


def history_expanded(rng: random.Random, font: str):
    """A UPI app's history list of four to six rows (the name, the sum, its day, a status word on some) with one row
    opened in place into its details (To, From, the UPI reference / UTR, Status, the day and hour): the proof."""
    status, k = fate("history_expanded", 2, 5)
    app = UPI_APPS[k]
    m = _money_in(rng, font)
    last = someday(rng)
    n = rng.choice([4, 5, 6])
    days = earlier(rng, last, n - 1, spread=12) + [last]
    days.reverse()  # newest first
    pick = rng.randrange(n)
    r = Rows(font, "phone", title=rng.choice(["History", "Transaction History", "Payment History"])
             if app != "Google Pay" else "All transactions")
    r.add("small", f"{app}  \u00b7  UPI" if fits(font, "\u00b7") else f"{app} - UPI")
    r.add("rule")
    t: dict = {}
    for i, d in enumerate(days):
        value = price(rng, 40, 30000)
        received = i != pick and rng.random() < 0.25
        name = rng.choice(PEOPLE) if received or rng.random() < 0.4 else rng.choice(SHOPS)
        handle_only = i == pick and k == 6
        shown = vpa(rng, name) if handle_only else name
        row_status = status if i == pick else rng.choice(["success"] * 5 + ["failed"])
        word = {"success": "", "failed": "Failed", "pending": "Pending"}[row_status]
        lead = ("Received from " if received else "Paid to ") if rng.random() < 0.5 else ""
        r.add("duo", f"{lead}{shown}", m(value, "+ " if received else "- " if rng.random() < 0.5 else ""),
              colour=GREEN if received else None)
        r.add("sub", datestr(d, rng.choice(["{d} %b", "%d %b", "{d} %b %Y"])), word,
              colour=RED if word == "Failed" else AMBER if word else None)
        if i == pick:
            ids, ref = _app_ids(rng, app, d)
            when = f"{datestr(d, rng.choice(['%d %b %Y', '{d} %B %Y', '%d/%m/%Y']))}, {clock(rng, '12')}"
            r.add("box", "card")
            r.add("kv", "To", shown)
            if not handle_only:
                r.add("kv", "UPI ID", vpa(rng, name))
            r.add("kv", "From", f"{rng.choice(['HDFC Bank', 'SBI', 'ICICI Bank', 'Axis Bank'])} XX{nums(rng, 4)}")
            for label, value_text in ids:
                r.add("kv", label, value_text)
            r.add("kv", "Status", {"success": rng.choice(["Successful", "Completed", "Success"]),
                                   "failed": "Failed", "pending": "Pending"}[status])
            r.add("kv", "Date & time" if rng.random() < 0.5 else "Date", when)
            r.add("end")
            t = truth(None if handle_only else name, value, "INR", ref, d, "UPI", status)
        r.add("rule")
    return r.rows, t, r.style


def success_with_recent(rng: random.Random, font: str):
    """A UPI app's success (or failed / pending) screen for one payment, with "Recent payments to NAME" below it:
    the same payee's older sums, days and outcomes. The screen's own payment is the proof."""
    status, k = fate("success_with_recent", 1, 6)
    app = UPI_APPS[(k + 3) % 8]
    m = _money_in(rng, font, whole=0.4)
    d, value = someday(rng), price(rng, 50, 40000)
    payee = who(rng, caps=0.2)
    ids, ref = _app_ids(rng, app, d)
    r = Rows(font, "phone", title=app)
    head = {"success": rng.choice(["Payment Successful", "Paid successfully", "Transaction Successful"]),
            "failed": "Payment Failed", "pending": "Payment Pending"}[status]
    r.add("pill", head, colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    r.add("big", m(value))
    r.add("centre", f"{rng.choice(['Paid to', 'To'])} {payee}")
    r.add("note", vpa(rng, payee))
    no_day = k == 4
    if not no_day:
        r.add("centre", rng.choice([f"{clock(rng, '12')} on {datestr(d, '%d %b %Y')}",
                                    f"{datestr(d, '{d} %B %Y')}, {clock(rng, '12')}",
                                    f"{datestr(d, '%d/%m/%Y')} {clock(rng, '24')}"]))
    for label, value_text in ids:
        r.add("kv", label, value_text)
    r.add("rule")
    r.add("bold", rng.choice([f"Recent payments to {payee}", f"Previous transactions with {payee}",
                              f"Your payments with {payee}"]))
    for old in reversed(earlier(rng, d, rng.choice([2, 3, 4]), spread=40)):
        word = rng.choice(["Paid", "Paid", "Paid", "Failed", "Received"])
        r.add("duo", m(price(rng, 50, 40000)), word,
              colour=RED if word == "Failed" else GREEN if word == "Received" else None)
        r.add("sub", datestr(old, rng.choice(["%d %b %Y", "{d} %b", "%d/%m/%y"])), "")
    return r.rows, truth(payee, value, "INR", ref, None if no_day else d, "UPI", status), r.style


WALLETS = ["paytm", "amazon", "phonepe", "paypal_us", "mobikwik", "paytm", "paypal_eu", "amazon"]


def wallet_passbook(rng: random.Random, font: str):
    """A wallet's passbook (Paytm Wallet, Amazon Pay balance, PhonePe Wallet, MobiKwik, PayPal activity in dollars,
    euros or pounds): several entries (paid, added, received, cashback) with one opened into a detail card (Paid to,
    the sum, Paid from the wallet, the wallet's Txn ID, the day, Status): the proof."""
    status, k = fate("wallet_passbook", 2, 7)
    kind = WALLETS[k]
    last = someday(rng)
    n = rng.choice([4, 5, 6])
    days = list(reversed(earlier(rng, last, n - 1, spread=15) + [last]))
    pick = rng.randrange(n)
    west = kind.startswith("paypal")
    cur = "USD" if kind == "paypal_us" else rng.choice(["EUR", "GBP"]) if west else "INR"
    m = Cash(rng, font, cur) if west else _money_in(rng, font)
    title, source, id_label = {
        "paytm": ("Paytm Wallet Passbook", "Paytm Wallet", "Wallet Txn ID"),
        "amazon": ("Amazon Pay balance", "Amazon Pay balance", "Transaction ID"),
        "phonepe": ("PhonePe Wallet", "PhonePe Wallet", "Transaction ID"),
        "mobikwik": ("MobiKwik Wallet", "MobiKwik Wallet", "Txn ID"),
    }.get(kind, ("Activity", "PayPal balance", "Transaction ID"))
    r = Rows(font, "phone", title=title)
    if west:
        r.add("small", "PayPal")
    else:
        r.add("duo", "Wallet balance", m(price(rng, 50, 20000)))
    r.add("rule")
    t: dict = {}
    for i, d in enumerate(days):
        value = price(rng, 30, 15000) if not west else price(rng, 4, 400)
        pats = US_DAYS if cur == "USD" else ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y"]
        if i == pick:
            name = rng.choice(WEST_PEOPLE + (US_SHOPS if cur == "USD" else UK_SHOPS)) if west else who(rng, caps=0.2)
            r.add("duo", f"Paid to {name}" if not west else name, m(value, "- " if rng.random() < 0.5 else ""))
            r.add("sub", datestr(d, rng.choice(["{d} %b", "%b {d}"] if west else ["{d} %b", "%d %b"])),
                  {"success": "", "failed": "Failed", "pending": "Pending"}[status])
            r.add("box", "card")
            r.add("kv", "Paid to", name)
            r.add("kv", "Amount", m(value))
            r.add("kv", "Paid from" if not west else "Paid with", source)
            txn = None
            if k != 4:
                txn = (f"{rng.choice('56789')}{mixed(rng, 2, CAPS)}{nums(rng, 5)}{mixed(rng, 2, CAPS)}{nums(rng, 6)}"
                       if west else f"{nums(rng, 11)}" if kind in ("paytm", "mobikwik") else
                       f"T{d:%y%m%d}{nums(rng, 10)}" if kind == "phonepe" else f"P{nums(rng, 2)}-{nums(rng, 7)}-{nums(rng, 7)}")
                r.add("kv", id_label, txn)
            r.add("kv", "Date & Time" if not west else "Date", f"{datestr(d, rng.choice(pats))}, {clock(rng, '12')}")
            r.add("kv", "Status", {"success": "Completed" if west else rng.choice(["Successful", "Success"]),
                                   "failed": "Failed", "pending": "Pending"}[status])
            if status == "failed":
                r.add("small", "The money was not deducted from your wallet.")
            r.add("end")
            t = truth(name, value, cur, txn, d, "wallet", status)
        else:
            if west:
                name, sign = rng.choice(WEST_PEOPLE + (US_SHOPS if cur == "USD" else UK_SHOPS)), rng.choice(["- ", "+ "])
                r.add("duo", name, m(value, sign), colour=GREEN if sign == "+ " else None)
            else:
                name, sign = rng.choice([(f"Paid to {who(rng, 0.2)}", "- "), ("Added to Wallet", "+ "),
                                         (f"Received from {rng.choice(PEOPLE)}", "+ "), ("Cashback received", "+ "),
                                         (f"Paid to {who(rng, 0.2)}", "- ")])
                r.add("duo", name, m(value, sign), colour=GREEN if sign == "+ " else None)
            r.add("sub", datestr(d, rng.choice(["{d} %b", "%b {d}"] if west else ["{d} %b", "%d %b"])), "")
        r.add("rule")
    return r.rows, t, r.style


# ---------------------------------------------------------------- 7: a notification shade


SHADE_APPS = ["hdfc", "gpay", "chase", "phonepe", "icici", "paypal", "monzo", "paytm"]
OTHER_NOTES = [
    ("Google Pay", "₹{s} paid to {n}"), ("PhonePe", "Received ₹{s} from {n}"), ("HDFC Bank", "Rs.{s} debited from A/c XX{t}"),
    ("Paytm", "Cashback of ₹{s} won!"), ("Amazon", "Your order of ₹{s} has shipped"),
    ("SBI YONO", "Rs {s} credited to A/c XX{t}"), ("Swiggy", "Your order from {n} is on the way"),
    ("Zomato", "Get 50% off up to ₹{s} today"), ("ICICI iMobile", "Your card XX{t} bill of Rs {s} is due"),
]
WEST_NOTES = [
    ("Venmo", "{n} paid you ${s}"), ("Chase", "Your statement balance of ${s} is ready"), ("Uber", "Your trip costs ${s}"),
    ("Monzo", "£{s} at {n}"), ("Revolut", "You received €{s} from {n}"), ("PayPal", "You received ${s} from {n}"),
]


def notification_stack(rng: random.Random, font: str):
    """A notification shade with two to four payment notifications from different apps and banks: the newest on
    top expanded (its title and full body), the others collapsed to their title. The expanded one is the proof."""
    status, k = fate("notification_stack", 3, 7)
    app = SHADE_APPS[k]
    d = someday(rng)
    west = app in ("chase", "paypal", "monzo")
    rupee = "₹" if draws(font, "₹") else "Rs."
    if app in ("hdfc", "icici"):
        value = price(rng, 50, 50000)
        body, t = in_alert(rng, font, app, status, d, value, who(rng))
        name = {"hdfc": "HDFC Bank", "icici": "iMobile Pay"}[app]
        title = {"success": "Debit alert", "failed": "Transaction failed", "pending": "Transaction pending"}[status]
    elif app in ("gpay", "phonepe", "paytm"):
        value = price(rng, 20, 20000)
        payee = who(rng, caps=0.2)
        s = f"{rupee}{group(value, 'indian', 0 if value == int(value) else 2)}"
        ref = upi_ref(rng, d)
        name = {"gpay": "Google Pay", "phonepe": "PhonePe", "paytm": "Paytm"}[app]
        title = {"success": "Payment sent", "failed": "Payment failed", "pending": "Payment pending"}[status]
        verb = {"success": f"You paid {s} to {payee}", "failed": f"Your payment of {s} to {payee} failed",
                "pending": f"Your payment of {s} to {payee} is pending"}[status]
        with_day = app != "gpay"
        body = (f"{verb} via UPI" + (f" on {datestr(d, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}" if with_day else "")
                + f". UPI Ref No: {ref}.")
        t = truth(payee, value, "INR", ref, d if with_day else None, "UPI", status)
    elif app == "chase":
        value = price(rng, 5, 800)
        shop = rng.choice(US_SHOPS).upper()
        name, title = "Chase", "Transaction alert"
        body = (f"You made a ${group(value, 'western')} debit card transaction with {shop} on "
                f"{datestr(d, rng.choice(US_DAYS))} at {clock(rng, '12')} ET. Card ending in {nums(rng, 4)}.")
        t = truth(shop, value, "USD", None, d, "card", status)
    elif app == "paypal":
        value = price(rng, 5, 600)
        person = rng.choice(WEST_PEOPLE)
        name, title = "PayPal", "You sent a payment"
        body = f"You sent ${group(value, 'western')} USD to {person} from your PayPal balance."
        t = truth(person, value, "USD", None, None, "wallet", status)
    else:  # monzo
        value = price(rng, 3, 300)
        shop = rng.choice(UK_SHOPS)
        name, title = "Monzo", f"£{group(value, 'western')} at {shop}"
        body = (f"Your card ending {nums(rng, 4)} was charged £{group(value, 'western')} at {shop} on "
                f"{datestr(d, rng.choice(UK_DAYS))}.")
        t = truth(shop, value, "GBP", None, d, "card", status)
    pool = WEST_NOTES + OTHER_NOTES[:3] if west else OTHER_NOTES
    others = []
    for other_app, pattern in rng.sample(pool, rng.choice([1, 2, 3])):
        text = pattern.format(s=group(price(rng, 4, 400) if west else price(rng, 20, 9000),
                                      "western" if west else "indian", 0),
                              n=rng.choice(WEST_PEOPLE + WEST_SHOPS if west else PEOPLE + SHOPS), t=nums(rng, 4))
        if not fits(font, text):
            text = text.replace("₹", "Rs.")
        others.append((other_app, rng.choice(["12m", "1h", "2h", "3h", clock(rng, "12"), "Yesterday"]), text, None))
    notes = [(name, rng.choice(["now", "1m", "2m", "5m"]), title, body)] + others
    later = d + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    phone_day = datestr(later, rng.choice(["%A, {d} %B", "%a, {d} %b", "%a {d} %b"]))
    for note in notes:
        need(font, *[x for x in note if x])
    need(font, phone_day)
    style = {"frame": "shade", "screen": True, "width": 600, "font_size": 20,
             "h110": {"notes": notes, "clock": clock(rng, "24"), "day": phone_day, "dark": rng.random() < 0.4}}
    return [], t, style


# ---------------------------------------------------------------- 8: a mail thread


MAIL_ISSUERS = ["hdfc", "icici", "paypal", "axis", "kotak", "zelle", "hdfc", "icici"]
BUYER_NAMES = ["Ritu Saxena", "Arvind Menon", "Shalini Bose", "Karan Malhotra", "Tanvi Shah", "Naveen Kumar",
               "Megan Foster", "Ethan Brooks"]


def mail_thread(rng: random.Random, font: str):
    """An e-mail thread: the buyer's note ("Please find the payment confirmation below", an invoice's total or
    another sum on most) over the quoted bank or PayPal / Zelle e-mail under "---------- Forwarded message
    ---------" (From, Date, Subject, To). The quoted payment e-mail is the proof."""
    status, k = fate("mail_thread", 6, 3)
    issuer = MAIL_ISSUERS[k]
    d = someday(rng)
    west = issuer in ("paypal", "zelle")
    cur = "USD" if west else "INR"
    value = price(rng, 300, 60000) if not west else price(rng, 20, 900)
    payee = rng.choice(WEST_PEOPLE) if west else who(rng, caps=0.5)
    buyer = BUYER_NAMES[k] if not west else rng.choice(BUYER_NAMES[6:])
    first = buyer.split()[0].lower()
    address = f"{first}.{nums(rng, 2)}@gmail.com"
    tail = nums(rng, 4)
    way = rng.choice(["indian", "western", "plain"]) if not west else "western"
    amt = group(value, way)
    total = float(round((value + (rng.choice([0, 0, 500, 1200]) if not west else rng.choice([0, 0, 40, 150]))), 2))
    inv = f"INV-{rng.randrange(1000, 9999)}"
    say = (lambda v: f"Rs {group(v, way)}") if not west else (lambda v: f"${group(v, 'western')}")
    sent_day = datestr(d, rng.choice(["%a, {d} %b %Y", "%a, %d %b %Y"]))
    hour = clock(rng, "24")
    body: list[tuple] = []
    ref = upi_ref(rng, d)
    if issuer in ("hdfc", "icici", "axis", "kotak"):
        handle = vpa(rng, payee)
        named: str | None = payee
        txn: str | None = ref
        day = sms_day(rng, d, ["%d-%m-%y", "%d-%m-%Y", "%d %b %Y"])
        if status == "failed":
            subject = "UPI transaction failed"
            text = [f"Your UPI transaction of Rs.{amt} to VPA {handle} {payee} on {day} has failed. The UPI "
                    f"transaction reference number is {ref}. Any amount debited will be reversed within 48 hours."]
        elif status == "pending":
            subject = "UPI transaction pending"
            text = [f"Your UPI transaction of Rs.{amt} to VPA {handle} {payee} on {day} is pending with the "
                    f"beneficiary bank. The UPI transaction reference number is {ref}. Please do not retry."]
        elif issuer == "hdfc":
            subject = "You have done a UPI txn. Check details!"
            text = [f"Rs.{amt} has been debited from account **{tail} to VPA {handle} {payee} on {day}.",
                    f"Your UPI transaction reference number is {ref}."]
        elif issuer == "icici":
            named = payee.upper()[:20].strip()
            subject = "Transaction alert for your ICICI Bank account"
            text = [f"Your ICICI Bank Account XX{tail[1:]} has been debited with INR {amt} on "
                    f"{datestr(d, '%d-%b-%y')}. Info: UPI-{ref}-{named}. The Available Balance in your Account is "
                    f"INR {group(price(rng, 1000, 300000), way)}."]
        elif issuer == "axis":
            named = payee.upper()[:20].strip()
            subject = "Debit transaction alert"
            text = [("kv", "Amount Debited", f"INR {amt}"), ("kv", "Account Number", f"XX{tail}"),
                    ("kv", "Date & Time", f"{datestr(d, '%d-%m-%y')}, {clock(rng, '24s')} IST"),
                    ("kv", "Transaction Info", f"UPI/P2M/{ref}/{named}")]
        else:
            named = None
            subject = "Transaction alert"
            text = [f"We wish to inform you that your account xx{tail} is debited for Rs. {amt} on "
                    f"{datestr(d, '%d-%m-%Y')} towards UPI payment to {handle}. UPI Reference: {ref}."]
        sender = {"hdfc": "HDFC Bank InstaAlerts <alerts@hdfcbank.net>", "icici": "ICICI Bank <customernotification@icicibank.com>",
                  "axis": "Axis Bank Alerts <alerts@axisbank.com>", "kotak": "Kotak Bank <BankAlerts@kotak.com>"}[issuer]
        body = [("text", "Dear Customer,")] + [x if isinstance(x, tuple) else ("text", x) for x in text]
        body.append(("small", "If you did not authorise this transaction, please report it immediately."))
        t = truth(named, value, cur, txn, d, "UPI", status)
    elif issuer == "paypal":
        txn = f"{rng.choice('3456789')}{mixed(rng, 2, CAPS)}{nums(rng, 5)}{mixed(rng, 2, CAPS)}{nums(rng, 6)}"
        sender, subject = "service@paypal.com", f"You sent a payment to {payee}"
        word = {"success": "Completed", "failed": "Failed", "pending": "Pending"}[status]
        body = [("bold", "PayPal"), ("text", f"You sent ${amt} USD to {payee}."),
                ("kv", "Transaction ID", txn), ("kv", "Transaction date", datestr(d, rng.choice(US_DAYS))),
                ("kv", "Status", word), ("kv", "Paid with", "PayPal balance"), ("kv", "Total", f"${amt} USD")]
        t = truth(payee, value, cur, txn, d, "wallet", status)
    else:  # zelle in a US bank's e-mail
        txn = f"{rng.choice(['JPM', 'BAC', 'WFC'])}{nums(rng, 2)}{mixed(rng, 6, CAPS)}"
        sender = rng.choice(["Chase <no.reply.alerts@chase.com>", "Bank of America <onlinebanking@ealerts.bankofamerica.com>"])
        subject = {"success": "You sent money with Zelle", "failed": "Your Zelle payment was not sent",
                   "pending": "Your Zelle payment is being processed"}[status]
        line = {"success": f"You sent ${amt} to {payee}.", "failed": f"Your payment of ${amt} to {payee} could not "
                "be completed.", "pending": f"Your payment of ${amt} to {payee} is pending and may take 1-3 "
                "business days."}[status]
        body = [("text", line), ("kv", "Amount", f"${amt}"), ("kv", "Sent on", datestr(d, rng.choice(US_DAYS))),
                ("kv", "Confirmation number", txn)]
        t = truth(payee, value, cur, txn, d, "netbanking", status)
    fwd_day = d + dt.timedelta(days=rng.choice([0, 1, 2, 4]))
    note = {"success": f"Please find the payment confirmation below for invoice {inv}"
                       + (f" (total {say(total)}). I have paid {say(value)} now, the remaining "
                          f"{say(total - value)} by next week." if total != value else f" of {say(total)}."),
            "failed": f"The payment for invoice {inv} ({say(total)}) shows failed on my side. Can you check if "
                      f"anything reached you? Bank mail below.",
            "pending": f"My payment for invoice {inv} is still pending, sharing the bank mail below. Total was "
                       f"{say(total)}."}[status]
    r = Rows(font, "mail", subject=f"Fwd: {subject}", sender=f"{buyer} <{address}>",
             to=f"to {rng.choice(['accounts', 'orders', 'billing'])}@{rng.choice(['meerahandicrafts', 'kraftbazaar', 'urbanloom'])}.in"
             f"  \u00b7  {datestr(fwd_day, '{d} %b %Y')}, {clock(rng, '12')}" if fits(font, "\u00b7") else
             f"to accounts@kraftbazaar.in - {datestr(fwd_day, '{d} %b %Y')}")
    r.add("text", rng.choice(["Hi,", "Hello,", "Dear Sir/Madam,"]))
    r.add("text", note)
    r.add("text", f"Regards, {buyer}")
    r.add("gap")
    r.add("small", "---------- Forwarded message ---------")
    r.add("small", f"From: {sender}")
    r.add("small", f"Date: {sent_day} at {hour}")
    r.add("small", f"Subject: {subject}")
    r.add("small", f"To: <{address}>")
    r.add("box", "quote")
    for row in body:
        r.add(row[0], *row[1:])
    r.add("end")
    return r.rows, t, r.style


# ---------------------------------------------------------------- 9: a marked statement


STATEMENTS = ["hdfc", "sbi", "chase", "icici", "axis", "barclays", "kotak", "canara"]


def statement_marked(rng: random.Random, font: str):
    """A mini-statement or passbook page of four to six rows with one marked by the buyer (a ring drawn round it, a
    highlighter band, or an arrow) and the caption "this one": the marked row is the proof."""
    status, k = fate("statement_marked", None, 2)
    bank = STATEMENTS[k]
    last = someday(rng)
    n = rng.choice([4, 5, 6])
    days = earlier(rng, last, n - 1, spread=12) + [last]
    pick = rng.randrange(n)
    rows = []
    t: dict = {}
    if bank in ("chase", "barclays"):
        cur = "USD" if bank == "chase" else "GBP"
        sym = "$" if cur == "USD" else "£"
        heads = ["Date", "Description", f"Amount ({cur})"]
        pats = ["%m/%d/%Y", "%b %d, %Y"] if cur == "USD" else ["%d/%m/%Y", "%d %b %Y"]
        pat = rng.choice(pats)
        days.reverse()
        for i, d in enumerate(days):
            value = price(rng, 4, 700)
            shop = rng.choice(US_SHOPS if cur == "USD" else UK_SHOPS)
            pending = i == pick and status == "pending"
            desc = (f"{shop.upper()}" if cur == "USD" else f"Card payment to {shop}") + ("  Pending" if pending else "")
            rows.append([datestr(d, pat), desc, f"-{sym}{group(value, 'western')}"])
            if i == pick:
                t = truth(shop.upper() if cur == "USD" else shop, value, cur, None, d, "card", status)
        title = "Chase  \u00b7  Freedom card ...{}".format(nums(rng, 4)) if bank == "chase" else \
            f"Barclays  \u00b7  Current account  \u00b7  **{nums(rng, 4)}"
        sub = "Recent activity" if bank == "chase" else "Transactions"
        if not fits(font, title):
            title = title.replace("\u00b7", "-")
    else:
        name = {"hdfc": "HDFC Bank", "sbi": "State Bank of India", "icici": "ICICI Bank", "axis": "Axis Bank",
                "kotak": "Kotak Mahindra Bank", "canara": "Canara Bank"}[bank]
        heads = ["Date", "Narration", "Withdrawal", "Deposit", "Balance"]
        pat = rng.choice(["%d/%m/%y", "%d-%m-%Y", "%d %b %Y", "%d/%m/%Y"])
        way = rng.choice(["indian", "western"])
        bal = price(rng, 5000, 200000) + 40000 * n  # never below nought after n debits
        for i, d in enumerate(days):
            value = price(rng, 50, 40000)
            ref = upi_ref(rng, d)
            if i == pick:
                payee = who(rng, caps=1.0)[:20].strip()
                desc = rng.choice([f"UPI/P2M/{ref}/{payee}", f"UPI/DR/{ref}/{payee}/{rng.choice(['YESB', 'UTIB', 'SBIN'])}"])
                bal -= value
                rows.append([datestr(d, pat), desc, group(value, way), "", group(bal, way)])
                t = truth(payee, value, "INR", ref, d, "UPI", "success")
                continue
            kind = rng.random()
            if kind < 0.55:
                desc = f"UPI/P2M/{ref}/{who(rng, caps=1.0)[:20].strip()}"
                bal -= value
                rows.append([datestr(d, pat), desc, group(value, way), "", group(bal, way)])
            elif kind < 0.8:
                desc = f"UPI/CR/{ref}/{rng.choice(PEOPLE).upper()}"
                bal += value
                rows.append([datestr(d, pat), desc, "", group(value, way), group(bal, way)])
            else:
                desc = f"NEFT CR-{rng.choice(['HDFC', 'ICIC', 'UTIB'])}0{nums(rng, 6)}-{rng.choice(COMPANIES)}"
                bal += value
                rows.append([datestr(d, pat), desc, "", group(value, way), group(bal, way)])
        title = name
        sub = rng.choice(["Mini statement  (amounts in INR)", "Account statement - last transactions (INR)",
                          "Passbook  (INR)"])
    caption = rng.choice(["this one", "this one!", "this one pls check", "this one ^"])
    for row in rows:
        need(font, *row)
    need(font, title, sub, caption, *heads)
    style = {"frame": "statement", "screen": True, "width": 860 if len(heads) == 5 else 700, "font_size": 17,
             "h111": {"title": title, "sub": sub, "heads": heads, "rows": rows, "mark": pick,
                      "how": rng.choice(["ring", "band", "arrow"]), "caption": caption,
                      "account": f"A/c XXXXXXXX{nums(rng, 4)}" if len(heads) == 5 else ""}}
    return [], t, style


# ---------------------------------------------------------------- drawing


def _wrap(f, text: str, room: float) -> list[str]:
    out: list[str] = []
    for part in text.split("\n"):
        out += h108._wrap(f, part, room)
    return out


def _thread(font: str, style: dict) -> Image.Image:
    """A messages app: the sender id (or the "1 selected" bar), day dividers, incoming bubbles with their hours."""
    h = style["h111"]
    w, size = style["width"], style["font_size"]
    f, small, tiny = face(font, size), face(font, int(size * 0.75)), face(font, int(size * 0.7))
    line = int(size * 1.45)
    margin = 24
    room = (w - 2 * margin) * 0.84 - 32
    blocks = []
    for item in h["items"]:
        if item[0] == "day":
            blocks.append((item, [], int(size * 1.6)))
        else:
            lines = _wrap(f, item[1], room)
            blocks.append((item, lines, len(lines) * line + 20 + int(size * 0.9)))
    top = 132
    height = top + sum(b[2] + 14 for b in blocks) + 96
    img = Image.new("RGB", (w, height), WHITE)
    d = ImageDraw.Draw(img)
    if h["select"]:
        d.rectangle((0, 0, w, top - 10), fill=(232, 238, 250))
        h108._status_bar(d, w, INK, font, clock_text(h))
        d.line((22, 56, 40, 74), fill=INK, width=3)
        d.line((22, 74, 40, 56), fill=INK, width=3)
        d.text((64, 50), "1 selected", font=face(font, 22), fill=INK, stroke_width=1, stroke_fill=INK)
        x = w - 24
        for word in ("Delete", "Forward", "Copy"):
            x -= small.getlength(word)
            d.text((x, 56), word, font=small, fill=(40, 80, 170))
            x -= 22
    else:
        h108._status_bar(d, w, INK, font, clock_text(h))
        h108._arrow(d, 22, 64, INK)
        d.ellipse((60, 42, 104, 86), fill=(90, 130, 200))
        d.text((118, 44), h["sender"].lstrip("-"), font=face(font, 22), fill=INK, stroke_width=1, stroke_fill=INK)
        d.text((118, 76), "Text message" if h["sender"].startswith("-") else "Messages", font=face(font, 15),
               fill=GREY)
        d.line((0, top - 10, w, top - 10), fill=(220, 222, 228), width=1)
    y = top + 6
    for item, lines, bh in blocks:
        if item[0] == "day":
            d.text(((w - small.getlength(item[1])) / 2, y + 4), item[1], font=small, fill=GREY)
        else:
            selected = item[3]
            x0 = margin + (30 if h["select"] else 0)
            bw = min(max(f.getlength(x) for x in lines) + 32, (w - 2 * margin) * 0.84)
            bw = max(bw, tiny.getlength(item[2]) + 40)
            if selected:
                d.rectangle((0, y - 6, w, y + bh + 6), fill=(214, 228, 252))
            if h["select"]:
                cx, cy = margin + 10, y + bh / 2
                if selected:
                    d.ellipse((cx - 11, cy - 11, cx + 11, cy + 11), fill=(40, 100, 220))
                    d.line((cx - 5, cy, cx - 1, cy + 5, cx + 6, cy - 5), fill=WHITE, width=3)
                else:
                    d.ellipse((cx - 11, cy - 11, cx + 11, cy + 11), outline=(150, 155, 165), width=2)
            d.rounded_rectangle((x0, y, x0 + bw, y + bh), radius=18,
                                fill=(186, 208, 246) if selected else (236, 238, 243))
            ty = y + 10
            for text in lines:
                d.text((x0 + 16, ty), text, font=f, fill=INK)
                ty += line
            d.text((x0 + bw - 16 - tiny.getlength(item[2]), ty + 2), item[2], font=tiny, fill=GREY)
        y += bh + 14
    d.rounded_rectangle((14, height - 70, w - 76, height - 22), radius=24, fill=(240, 241, 245))
    d.text((40, height - 58), "Text message", font=face(font, 17), fill=(140, 146, 152))
    d.ellipse((w - 66, height - 72, w - 16, height - 22), fill=(200, 204, 212))
    return img


def clock_text(h: dict) -> str:
    seed = sum(ord(ch) for ch in h["sender"]) + len(h["items"])
    return f"{seed % 12 + 1}:{seed % 60:02d}"


PAGE_SIZES = {"title": 1.3, "big": 1.9, "centre": 1.0, "text": 1.0, "bold": 1.0, "small": 0.78, "kv": 0.95,
              "duo": 1.0, "sub": 0.78, "pill": 0.95, "note": 0.78}


def _page(rows: list, font: str, style: dict) -> Image.Image:
    """An app's or a mail's body: this module's rows, with boxes (a detail card, a quoted mail) round some."""
    width, size = style["width"], style["font_size"]
    base = 34
    ops: list = []
    under: list = []
    y = 18
    left, room = base, width - 2 * base
    box: list = []

    def put(x, yy, text, f, fill, bold=False):
        ops.append(lambda d: d.text((x, yy), text, font=f, fill=fill, stroke_width=1 if bold else 0,
                                    stroke_fill=fill))

    for kind, texts, colour in rows:
        f = face(font, int(size * PAGE_SIZES.get(kind, 1.0)))
        line = int(f.size * 1.5)
        if kind == "gap":
            y += size
        elif kind == "rule":
            yy = y + size // 2
            ops.append(lambda d, yy=yy, a=left, b=left + room: d.line((a, yy, b, yy), fill=(218, 220, 226), width=2))
            y += size
        elif kind == "box":
            box.append((texts[0], y, left, room))
            y += 10
            left, room = left + 18, room - 36
        elif kind == "end":
            how, y0, bl, br = box.pop()
            y += 8
            if how == "quote":
                under.append(lambda d, y0=y0, y1=y, bl=bl: d.rectangle((bl, y0, bl + 4, y1), fill=(190, 194, 204)))
            else:
                under.append(lambda d, y0=y0, y1=y, bl=bl, br=br: d.rounded_rectangle(
                    (bl - 6, y0, bl + br + 6, y1), radius=14, fill=(243, 246, 252), outline=(200, 210, 230), width=2))
            left, room = bl, br
            y += 10
        elif kind in ("title", "big", "centre", "note"):
            for text in _wrap(f, texts[0], room):
                put(left + (room - f.getlength(text)) / 2, y, text, f, colour or (GREY if kind == "note" else INK),
                    bold=kind in ("title", "big"))
                y += line
        elif kind in ("text", "bold", "small"):
            for text in _wrap(f, texts[0], room):
                put(left, y, text, f, colour or (GREY if kind == "small" else INK), bold=kind == "bold")
                y += int(line * 0.95)
        elif kind == "kv":
            label, value = texts
            put(left, y, label, f, GREY)
            if f.getlength(label) + f.getlength(value) + 24 > room:
                y += line
            put(left + room - f.getlength(value), y, value, f, INK)
            y += line
        elif kind in ("duo", "sub"):
            put(left, y, texts[0], f, INK if kind == "duo" else GREY, bold=kind == "duo")
            if texts[1]:
                if f.getlength(texts[0]) + f.getlength(texts[1]) + 24 > room:
                    y += line
                put(left + room - f.getlength(texts[1]), y, texts[1], f, colour or (INK if kind == "duo" else GREY),
                    bold=kind == "duo")
            y += line
        elif kind == "pill":
            y += size // 3
            w = f.getlength(texts[0]) + 40
            x0, yy, tint = left + (room - w) / 2, y, colour or INK
            light = tuple(int(c + (255 - c) * 0.85) for c in tint)
            under.append(lambda d, x0=x0, yy=yy, w=w, light=light, line=line: d.rounded_rectangle(
                (x0, yy, x0 + w, yy + line), radius=line // 2, fill=light))
            put(x0 + 20, yy + (line - f.size) / 2 - 2, texts[0], f, tint, bold=True)
            y += line + size // 2
        else:
            raise ValueError(kind)
    page = Image.new("RGB", (width, y + 24), WHITE)
    d = ImageDraw.Draw(page)
    for op in under + ops:
        op(d)
    return page


def _phone(rows: list, font: str, style: dict) -> Image.Image:
    body = _page(rows, font, style)
    w, h = body.size
    top = 100
    canvas = Image.new("RGB", (w, h + top + 30), WHITE)
    d = ImageDraw.Draw(canvas)
    seed = sum(len(r[1]) for r in rows) + len(rows)
    h108._status_bar(d, w, INK, font, f"{seed % 12 + 1}:{(seed * 7) % 60:02d}")
    h108._arrow(d, 22, 64, INK)
    d.text((62, 50), style["title"], font=face(font, 22), fill=INK, stroke_width=1, stroke_fill=INK)
    d.line((0, top - 6, w, top - 6), fill=(225, 227, 232), width=1)
    canvas.paste(body, (0, top))
    return canvas


def _mail(rows: list, font: str, style: dict) -> Image.Image:
    body = _page(rows, font, style)
    w, h = body.size
    subject_face = face(font, 21)
    lines = _wrap(subject_face, style["subject"], w - 60)[:2]
    top = 46 + 28 * len(lines) + 60
    canvas = Image.new("RGB", (w, h + top), WHITE)
    d = ImageDraw.Draw(canvas)
    d.rectangle((0, 0, w, 36), fill=(238, 240, 244))
    h108._arrow(d, 16, 18, INK)
    y = 46
    for text in lines:
        d.text((30, y), text, font=subject_face, fill=INK, stroke_width=1, stroke_fill=INK)
        y += 28
    d.ellipse((30, y + 6, 66, y + 42), fill=(210, 120, 70))
    d.text((78, y + 4), style["sender"], font=face(font, 16), fill=INK)
    d.text((78, y + 26), style["to"], font=face(font, 14), fill=GREY)
    d.line((20, top - 4, w - 20, top - 4), fill=(222, 224, 230), width=1)
    canvas.paste(body, (0, top))
    return canvas


def _statement(font: str, style: dict) -> Image.Image:
    """A statement or activity page, one row marked by the buyer (ring, band or arrow) with a caption."""
    h = style["h111"]
    w, size = style["width"], style["font_size"]
    f, bold = face(font, size), face(font, size)
    hand = face(font, 22)
    margin, gutter = 24, max(120, int(hand.getlength(h["caption"])) + 40)
    w += gutter - 120  # the page widens to keep the caption beside the table
    heads = h["heads"]
    fracs = [0.15, 0.41, 0.14, 0.14, 0.16] if len(heads) == 5 else [0.22, 0.5, 0.28]
    span = w - 2 * margin - gutter
    xs, x = [], margin
    for fr in fracs:
        xs.append(x)
        x += fr * span
    line = int(size * 1.45)
    blocks = []
    for row in h["rows"]:
        desc = _wrap(f, row[1], fracs[1] * span - 10)
        blocks.append((row, desc, max(1, len(desc)) * line + 14))
    top = 190
    height = top + line + 16 + sum(b[2] for b in blocks) + 40
    img = Image.new("RGB", (w, height), WHITE)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 84), fill=(24, 52, 110))
    d.text((margin, 22), h["title"], font=face(font, 26), fill=WHITE, stroke_width=1, stroke_fill=WHITE)
    d.text((margin, 100), h["sub"], font=face(font, 18), fill=INK, stroke_width=1, stroke_fill=INK)
    if h["account"]:
        d.text((margin, 132), h["account"], font=face(font, 16), fill=GREY)
    y = top - 20
    d.rectangle((margin - 6, y - 4, margin + span + 6, y + line), fill=(234, 237, 243))
    for i, head in enumerate(heads):
        if i >= 2:
            d.text((xs[i] + fracs[i] * span - 8 - bold.getlength(head), y + 2), head, font=bold,
                   fill=INK, stroke_width=1, stroke_fill=INK)
        else:
            d.text((xs[i], y + 2), head, font=bold, fill=INK, stroke_width=1, stroke_fill=INK)
    y += line + 12
    spans = []
    for row, desc, bh in blocks:
        spans.append((y, y + bh))
        y += bh
    how, pick = h["how"], h["mark"]
    y0, y1 = spans[pick]
    if how == "band":
        d.rectangle((margin - 4, y0 + 2, margin + span + 4, y1 - 4), fill=(255, 240, 110))
    for (row, desc, bh), (ya, yb) in zip(blocks, spans):
        d.text((xs[0], ya + 4), row[0], font=f, fill=INK)
        ty = ya + 4
        for text in desc:
            d.text((xs[1], ty), text, font=f, fill=INK)
            ty += line
        for i in range(2, len(row)):
            if row[i]:
                d.text((xs[i] + fracs[i] * span - 8 - f.getlength(row[i]), ya + 4), row[i], font=f,
                       fill=INK)
        d.line((margin, yb - 2, margin + span, yb - 2), fill=(228, 230, 235), width=1)
    red = (222, 30, 40)
    mid = (y0 + y1) / 2
    cx = margin + span + 14
    if how == "ring":
        d.ellipse((margin - 16, y0 - 12, margin + span + 10, y1 + 6), outline=red, width=4)
    elif how == "arrow":
        d.line((cx + 40, mid + 34, cx + 4, mid), fill=red, width=4)
        d.polygon([(cx - 4, mid - 6), (cx + 16, mid - 6), (cx + 2, mid + 12)], fill=red)
    d.text((cx + (gutter - 14 - hand.getlength(h["caption"])) / 2 if how != "arrow" else cx + 4,
            mid - 12 if how != "arrow" else mid + 40), h["caption"], font=hand, fill=red)
    return img


def compose(rows: list, font: str, style: dict) -> Image.Image:
    """Each frame drawn: an SMS thread, an app screen, a mail, a statement here; a chat or a shade by heldout110's."""
    frame = style["frame"]
    if frame == "thread":
        return _thread(font, style)
    if frame == "statement":
        return _statement(font, style)
    if frame == "phone":
        return _phone(rows, font, style)
    if frame == "mail":
        return _mail(rows, font, style)
    return h110.compose(rows, font, style)


__all__ = ["card_alert_thread", "chat_forward", "compose", "fresh", "history_expanded", "mail_thread",
           "notification_stack", "selected_bubble", "sms_thread_debits", "sms_thread_other_sums",
           "statement_marked", "success_with_recent", "two_payments", "wallet_passbook"]

"""The twelve heldout109 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: bank alerts forwarded as proof of payment. An alert's text is built as a ``Msg``,
a run of pieces each carrying the facts it prints, so the truth is read back from the pieces a page shows (a
lock screen's preview cut after its second line keeps only the pieces wholly in view). The e-mail families build
heldout106's ``Page`` and draw in its mail client; the messages app (one or several bubbles, a day divider, a
bubble selected), the lock screen with its notifications and the WhatsApp chat are drawn here from the texts kept
in ``style["h109"]``. No frame prints a fact of the truth (the clocks and the lock screen's day are the phone's).
"""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw

from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import day, digits
from bench.receipt_sets.heldout82_families import num
from bench.receipt_sets.heldout86_families import neft_utr, rtgs_utr, utr, when
from bench.receipt_sets.heldout93_families import glyphs, has_glyph, sign
from bench.receipt_sets.heldout106_families import Page, _status_bar
from bench.receipt_sets.heldout106_families import compose as mail_compose

TURNS: dict[str, int] = {}

SHOPS = [
    "Shree Ganesh Handloom", "Laxmi Saree Kendra", "Noor Attar House", "Bharat Hardware Stores", "Sai Balaji Mobiles",
    "Annapurna Sweets", "Kiran Fashion Hub", "Jai Ambe Textiles", "Mahalaxmi Jewellers", "Sunrise Electricals",
    "Gupta Kirana Store", "Patel Dry Fruits", "Zoya Collections", "Vishal Furniture", "Heritage Handicrafts",
    "Balaji Auto Parts",
]
PEOPLE = [
    "Ramesh Yadav", "Pooja Sharma", "Farhan Qureshi", "Lakshmi Narayanan", "Deepak Chauhan", "Anjali Verma",
    "Mohd Salim", "Harpreet Singh", "Sunita Devi", "Arjun Reddy", "Bhavna Joshi", "Yusuf Khan",
]
PAYERS = ["ROHIT MALHOTRA", "SEEMA NAIR", "VIKAS PANDEY", "MEGHA KAPOOR", "ANIL KUMAR", "PRIYA IYER",
          "SURESH BABU", "NISHA AGGARWAL"]
CARD_SHOPS = [
    "AMAZON PAY INDIA", "FLIPKART INTERNET", "RELIANCE RETAIL LTD", "DMART AVENUE SUPER", "APOLLO PHARMACY",
    "CROMA INFINITI", "DECATHLON SPORTS", "SHOPPERS STOP", "MYNTRA DESIGNS", "BIGBASKET", "PVR INOX LTD",
    "NYKAA E RETAIL", "LIFESTYLE INTL", "WESTSIDE TRENT", "MAKEMYTRIP INDIA", "HAMLEYS PHOENIX",
]
HANDLES = ["ybl", "okaxis", "okhdfcbank", "oksbi", "paytm", "ibl", "axl", "upi", "okicici", "pthdfc"]
# each bank: its name, the SMS sender's code, how it signs a message
BANKS = {
    "hdfc": ("HDFC Bank", "HDFCBK", "HDFC Bank"), "sbi": ("State Bank of India", "SBIUPI", "SBI"),
    "icici": ("ICICI Bank", "ICICIT", "ICICI Bank"), "axis": ("Axis Bank", "AXISBK", "Axis Bank"),
    "kotak": ("Kotak Mahindra Bank", "KOTAKB", "Kotak Bank"), "pnb": ("Punjab National Bank", "PNBSMS", "PNB"),
    "bob": ("Bank of Baroda", "BOBTXN", "Bank of Baroda"), "canara": ("Canara Bank", "CANBNK", "Canara Bank"),
    "union": ("Union Bank of India", "UNIONB", "Union Bank of India"),
    "indusind": ("IndusInd Bank", "INDUSB", "IndusInd Bank"), "yes": ("Yes Bank", "YESBNK", "YES BANK"),
    "idfc": ("IDFC FIRST Bank", "IDFCFB", "IDFC FIRST Bank"),
}
SHORT = ["%d-%m-%y", "%d/%m/%y", "%d%b%y", "%d-%b-%y"]
LONG = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d %b %Y"]
WHITE = (255, 255, 255)


def fresh() -> None:
    """Start every family's count again (``make_heldout109_set`` calls it before drawing)."""
    TURNS.clear()


def outcome(family: str, failed: tuple[int, ...], pending: tuple[int, ...]) -> str:
    """This receipt's outcome: its family's ``failed``-th ones failed, its ``pending``-th ones pending."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return "failed" if k in failed else "pending" if k in pending else "success"


def turn(family: str) -> int:
    return TURNS.get(family, 0)


def ok(font: str, *texts: str) -> None:
    for text in texts:
        assert glyphs(font, text.replace("\n", " ")), (font, text)


def ellipsis(font: str) -> str:
    return sign(font, "\u2026", "...")


def clock_text(minute: int, kind: str, seconds: int | None = None) -> str:
    """A time of day (minutes after midnight) as phones and banks print it: "24" 16:05, "12" 04:05 PM, "12l" 4:05
    pm; with ``seconds`` 16:05:09."""
    hour, mins = divmod(minute % (24 * 60), 60)
    sec = f":{seconds:02d}" if seconds is not None else ""
    if kind == "24":
        return f"{hour:02d}:{mins:02d}{sec}"
    half = "PM" if hour >= 12 else "AM"
    h12 = (hour - 1) % 12 + 1
    if kind == "12l":
        return f"{h12}:{mins:02d}{sec} {half.lower()}"
    return f"{h12:02d}:{mins:02d}{sec} {half}"


def hours_of(rng: random.Random, items: list) -> tuple[list, str]:
    """A thread's items with each message's hour printed in one way: a message's own minute where it has one
    (an alert's), else one after the message above it on the same day and before the next dated one; and the
    phone's clock a little after the last."""
    kind = rng.choice(["12", "12l", "24"])
    out, low, last = [], 7 * 60, 7 * 60
    for i, item in enumerate(items):
        if item[0] != "msg":
            out.append(item)
            low = 7 * 60
            continue
        minute = item[2]
        if minute is None:
            high = 22 * 60
            for after in items[i + 1:]:
                if after[0] != "msg":
                    break
                if after[2] is not None:
                    high = after[2]
                    break
            minute = rng.randrange(low + 1, max(low + 2, low + (high - low) // 2))
        low = last = minute
        out.append((item[0], item[1], clock_text(minute, kind), item[3]))
    return out, clock_text(last + rng.randrange(1, 45), "24" if kind == "24" else "12").split(" ")[0]


# ---------------------------------------------------------------- an alert's text and the facts it prints


class Msg:
    """An alert's text as pieces, each with the facts it prints (merchant, amount, txn, date, method, status)."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, dict]] = []

    def __call__(self, text: str, **facts) -> Msg:
        self.parts.append((text, facts))
        return self

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)

    def facts(self, visible: int | None = None) -> dict:
        """The facts of the pieces that end within the first ``visible`` characters (all when None)."""
        found: dict = {}
        pos = 0
        for text, facts in self.parts:
            pos += len(text)
            if visible is None or pos - (len(text) - len(text.rstrip())) <= visible:
                for key, value in facts.items():
                    found.setdefault(key, value)
        return found


def truth(facts: dict) -> dict:
    amount, date = facts.get("amount"), facts.get("date")
    return {
        "merchant_name": facts.get("merchant"),
        "amount": f"{amount:.2f}" if amount is not None else None,
        "currency": "INR" if amount is not None else None,
        "transaction_id": facts.get("txn"),
        "date": date.isoformat() if date else None,
        "payment_method": facts.get("method"),
        "status": facts.get("status"),
    }


def spread(rng: random.Random, low: float, high: float) -> float:
    """A sum between ``low`` and ``high``, as many small as large: whole rupees on a share (tens on some), else
    with paise."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    pick = rng.random()
    if pick < 0.3:
        return float(max(1, round(value)))
    if pick < 0.45:
        return float(max(10, round(value / 10) * 10))
    return round(value, 2)


class Pay:
    """One payment's values: day, sum, payee (None: named only by its UPI id), the payee's UPI id, reference,
    the payer's account's last digits, and how this page prints the sum."""

    def __init__(self, rng: random.Random, font: str, low: float = 49, high: float = 25000,
                 name: str | None = "", marks=("Rs.", "Rs ", "INR ", "Rs.", "Rs ")):
        self.rng, self.font = rng, font
        self.date = day(rng)
        self.amount = spread(rng, low, high)
        if name == "":
            name = rng.choice(SHOPS) if rng.random() < 0.65 else rng.choice(PEOPLE)
            name = name.upper() if rng.random() < 0.6 else name
        self.name = name
        base = "".join(ch for ch in (name or rng.choice(SHOPS)).lower() if ch.isalpha())[:12]
        self.vpa = rng.choice([f"{base}@{rng.choice(HANDLES)}", f"{base}{rng.randrange(1, 99)}@{rng.choice(HANDLES)}",
                               f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(HANDLES)}"])
        self.ref = utr(rng, self.date)
        self.acct = digits(rng, 4)
        self.minute, self.second = rng.randrange(9 * 60, 21 * 60), rng.randrange(60)
        self.marks = [m for m in marks if "\u20b9" not in m or has_glyph(font, "\u20b9")] or ["Rs."]
        self.grouping = rng.choice(["indian", "indian", "western", "plain"])

    def money(self, mark: str | None = None) -> str:
        places = 0 if self.amount == round(self.amount) and self.rng.random() < 0.4 else 2
        return f"{mark if mark is not None else self.rng.choice(self.marks)}{num(self.amount, self.grouping, places)}"

    def on(self, pats: list[str], upper: bool = False) -> str:
        return when(self.date, self.rng.choice(pats), upper)

    def bal(self, low: float = 300, high: float = 180000) -> str:
        return num(round(self.rng.uniform(low, high), 2), self.rng.choice(["indian", "plain", "western"]))

    def hms(self) -> str:
        return clock_text(self.minute, "24", self.second)

    def hm(self, kind: str = "24") -> str:
        return clock_text(self.minute, kind)

    def sep(self) -> str:
        """The space before a reference; on some, a line break (the reference on the next line)."""
        return "\n" if self.rng.random() < 0.25 else " "


# ---------------------------------------------------------------- the banks' UPI debit SMS


def upi_debit(p: Pay, bank: str, status: str) -> Msg:
    """A bank's UPI debit alert in its own sentence; failed and pending ones in the wordings banks send."""
    rng, m = p.rng, Msg()
    name, sign_off = p.name, BANKS[bank][2]
    if status == "failed":
        if rng.random() < 0.5 and name:
            m("Your UPI transaction of ", method="UPI")(p.money(), amount=p.amount)(" to ")(name, merchant=name)
            m(" on ")(p.on(SHORT), date=p.date)(" has failed", status="failed")
            m(". If the amount is debited, it will be reversed within 5 working days. Ref No")(p.sep())
            m(p.ref, txn=p.ref)(f" -{sign_off}")
        else:
            m("UPI txn of ", method="UPI")(p.money(), amount=p.amount)(f" from A/c XX{p.acct} to VPA {p.vpa} on ")
            m(p.on(SHORT), date=p.date)(" declined", status="failed")(" due to insufficient balance. Ref")
            m(p.sep())(p.ref, txn=p.ref)(f". -{sign_off}")
        return m
    if status == "pending":
        if rng.random() < 0.5 and name:
            m("Your UPI transaction of ", method="UPI")(p.money(), amount=p.amount)(" to ")(name, merchant=name)
            m(" on ")(p.on(SHORT), date=p.date)(" is under process", status="pending")
            m(". Please do not retry. UPI Ref No")(p.sep())(p.ref, txn=p.ref)(f" -{sign_off}")
        else:
            m("UPI txn of ", method="UPI")(p.money(), amount=p.amount)(f" from A/c XX{p.acct} to VPA {p.vpa} on ")
            m(p.on(SHORT), date=p.date)(" is pending", status="pending")
            m(". Status will be updated within 48 hrs. UPI Ref")(p.sep())(p.ref, txn=p.ref)(f" -{sign_off}")
        return m
    if bank == "hdfc":
        m("Sent ", status="success")(p.money(rng.choice(["Rs.", "Rs."])), amount=p.amount)
        m(f"\nFrom HDFC Bank A/C *{p.acct}\nTo ")
        if name:
            m(name, merchant=name)
        else:
            m(p.vpa)
        m("\nOn ")(when(p.date, "%d/%m/%y"), date=p.date)("\nRef ")(p.ref, txn=p.ref)
        m("\nNot You?\nCall 18002586161/SMS BLOCK UPI to 7308080808", method="UPI")
    elif bank == "sbi":
        bare = rng.random() < 0.5
        m(f"Dear UPI user A/C X{p.acct} ", method="UPI")("debited by ", status="success")
        m(f"{p.amount:.1f}" if bare else p.money("Rs"), amount=p.amount)(" on date ")
        m(when(p.date, "%d%b%y"), date=p.date)(" trf to ")
        m(name or p.vpa, **({"merchant": name} if name else {}))(" Refno")(p.sep())(p.ref, txn=p.ref)
        m(". If not u? call 1800111109. -SBI")
    elif bank == "icici":
        m(f"ICICI Bank Acct XX{p.acct[1:]} ")("debited for ", status="success")(p.money(), amount=p.amount)(" on ")
        m(when(p.date, "%d-%b-%y"), date=p.date)("; ")
        m(name or p.vpa, **({"merchant": name} if name else {}))(" credited. ")("UPI:", method="UPI")
        m(p.ref, txn=p.ref)(f". Call 18002662 for dispute. SMS BLOCK {p.acct[1:]} to 9215676766.")
    elif bank == "axis":
        cut = (name or "").upper()[:rng.choice([14, 16, 20])].strip()
        m(p.money("INR "), amount=p.amount)(" debited", status="success")(f"\nA/c no. XX{p.acct}\n")
        m(when(p.date, "%d-%m-%y"), date=p.date)(f", {p.hms()}\n")("UPI/P2M/", method="UPI")
        m(p.ref, txn=p.ref)("/")
        if cut:
            m(cut, merchant=cut)
        else:
            m(p.vpa)
        m("\nNot you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank")
    elif bank == "kotak":
        m("Sent ", status="success")(p.money("Rs."), amount=p.amount)(f" from Kotak Bank a/c XX{p.acct} to ")
        m(p.vpa, method="UPI")(" on ")(when(p.date, "%d-%m-%y"), date=p.date)(".UPI Ref")(p.sep())
        m(p.ref, txn=p.ref)(". Not you, https://kotak.com/KBANKT/Fraud")
    elif bank == "pnb":
        m(f"A/c XX{p.acct} ")("debited ", status="success")(p.money("INR "), amount=p.amount)(" Dt ")
        m(when(p.date, "%d-%m-%y"), date=p.date)(f" {p.hms()} thru ")("UPI:", method="UPI")
        m(p.ref, txn=p.ref)(f".Bal INR {p.bal()} Not u? Fwd this SMS to 9264092640 to block UPI.-PNB")
    elif bank == "bob":
        bal = p.bal()
        m(p.money("Rs."), amount=p.amount)(" transferred", status="success")(f" from A/c ...{p.acct} to:")
        m("UPI/", method="UPI")(p.ref, txn=p.ref)(f". Total Bal:Rs.{bal}CR. Avlbl Amt:Rs.{bal}(")
        m(when(p.date, "%d-%m-%Y"), date=p.date)(f" {p.hms()}) - Bank of Baroda")
    elif bank == "canara":
        m(p.money("Rs."), amount=p.amount)(" paid thru", status="success")(f" A/C XX{p.acct} on ")
        m(when(p.date, "%d-%m-%y"), date=p.date)(f" {p.hms()} to ")
        m(name or p.vpa, **({"merchant": name} if name else {}))(", ")("UPI Ref", method="UPI")(p.sep())
        m(p.ref, txn=p.ref)(". If not done, SMS BLOCKUPI to 9901771222.-Canara Bank")
    elif bank == "union":
        m(f"A/c *{p.acct} ")("Debited for ", status="success")(p.money("Rs:"), amount=p.amount)(" on ")
        m(when(p.date, "%d-%m-%Y"), date=p.date)(f" {p.hms()} by ")("UPI ref no", method="UPI")
        m(p.sep())(p.ref, txn=p.ref)(f" Avl Bal Rs:{p.bal()}.If not you, Call 1800222243 -Union Bank of India")
    elif bank == "indusind":
        m(f"Your A/C 2XXXXX{p.acct} ")("has been debited by ", status="success")(p.money("Rs "), amount=p.amount)
        m(" towards ")("UPI/", method="UPI")(p.ref, txn=p.ref)("/")
        m(name or p.vpa, **({"merchant": name} if name else {}))(" on ")
        m(when(p.date, "%d-%b-%y"), date=p.date)(f". Avl Bal Rs {p.bal()}. Not you? Call 18602677777 -IndusInd Bank")
    elif bank == "yes":
        m(p.money("INR "), amount=p.amount)(" debited", status="success")(f" from A/c XXXX{p.acct} on ")
        m(when(p.date, "%d-%b-%Y", upper=True), date=p.date)(f" {p.hm()} for ")("UPI txn", method="UPI")
        m(" to ")(name or p.vpa, **({"merchant": name} if name else {}))(". UPI Ref:")
        m(p.ref, txn=p.ref)(f". Avl Bal INR {p.bal()} -YES BANK")
    else:  # idfc
        m(f"Your A/C XXXXXXX{p.acct} ")("has been debited with ", status="success")(p.money("INR "), amount=p.amount)
        m(" on ")(when(p.date, "%d/%m/%Y"), date=p.date)(f" {p.hm()} towards ")
        m("UPI transfer", method="UPI")(" to ")(name or p.vpa, **({"merchant": name} if name else {}))(". Ref No")
        m(p.sep())(p.ref, txn=p.ref)(f". Bal INR {p.bal()} -IDFC FIRST Bank")
    return m


def sms_style(font: str, rng: random.Random, bank_code: str, items: list, *, selected: bool = False,
              width: int = 600, size: int = 22) -> dict:
    """A messages app's thread: items are ("day", label) and ("msg", text, hour, chosen)."""
    items, clock = hours_of(rng, items)
    for item in items:
        ok(font, *[text for text in item[1:] if isinstance(text, str)])
    dark = rng.random() < 0.35
    prefix = rng.choice(["AX", "VM", "JD", "VK", "BP", "AD", "JM"])
    return {
        "screen": True, "width": width, "size": size,
        "paper": (16, 17, 20) if dark else WHITE, "ink": (232, 233, 238) if dark else (30, 30, 36),
        "label_ink": (150, 153, 162) if dark else (105, 108, 118),
        "h109": {"frame": "thread", "dark": dark, "sender": f"{prefix}-{bank_code}", "items": items,
                 "selected": selected, "clock": clock,
                 "battery": rng.randrange(9, 100), "net": rng.choice(["4G", "5G", "LTE", "Vo LTE"])},
    }


def divider(rng: random.Random, date: dt.date, today: bool = True) -> str:
    """The messages app's day divider for ``date`` (the day the alert came)."""
    kinds = ["today", "weekday", "full"] if today else ["weekday", "full"]
    return {"today": "Today", "weekday": when(date, rng.choice(["%A, {d} %B", "%a, {d} %b"])),
            "full": when(date, rng.choice(["{d} %b %Y", "%A, {d} %B %Y"]))}[rng.choice(kinds)]


def rows_of(*texts: str) -> list:
    return [("left", text.replace("\n", " ")) for text in texts]


# ---------------------------------------------------------------- 1. UPI debit SMS of twelve banks


def sms_debit(rng: random.Random, font: str):
    """A bank's UPI debit SMS alone in its thread: twelve banks' sentence shapes (HDFC "Sent Rs… From … To … On …
    Ref …", SBI "debited by … trf to … Refno …", ICICI "…; NAME credited. UPI:…", Axis's UPI/P2M narration,
    Kotak and others naming only the UPI id, PNB / Union / Bank of Baroda naming no payee); a failed and a
    pending one."""
    status = outcome("sms_debit", (3,), (6,))
    bank = ["hdfc", "sbi", "icici", "axis", "kotak", "pnb", "bob", "canara", "union", "indusind", "yes", "idfc"][
        (turn("sms_debit") * 5 + rng.randrange(3)) % 12]
    p = Pay(rng, font, name=None if rng.random() < 0.15 else "")
    m = upi_debit(p, bank, status)
    items = [("day", divider(rng, p.date)), ("msg", m.text, p.minute, False)]
    return rows_of(m.text), truth(m.facts()), sms_style(font, rng, BANKS[bank][1], items)


# ---------------------------------------------------------------- 2. card spend SMS


def card_sms(rng: random.Random, font: str):
    """A card's spend SMS: "Spent Rs… On HDFC Bank Card 1234 At … On 2026-11-05:10:32:11", ICICI's "INR … spent
    using ICICI Bank Card XX… on … on <MERCHANT>. Avl Limit: …", SBI Card, Axis's stacked lines, a Kotak debit
    card, IDFC FIRST and YES BANK credit cards; the available limit or balance is never the sum; one declined."""
    status = outcome("card_sms", (5,), ())
    p = Pay(rng, font, 120, 60000, name=rng.choice(CARD_SHOPS))
    shop = p.name
    lmt = num(round(rng.uniform(8000, 300000), 2), rng.choice(["indian", "plain", "western"]))
    m = Msg()
    kind = ["hdfc", "icici", "sbi", "axis", "kotak", "idfc", "yes", "hdfc_old"][(turn("card_sms") * 3) % 8]
    code = {"hdfc": "HDFCBK", "hdfc_old": "HDFCBK", "icici": "ICICIB", "sbi": "SBICRD", "axis": "AXISBK",
            "kotak": "KOTAKB", "idfc": "IDFCFB", "yes": "YESBNK"}[kind]
    if status == "failed":
        code = "ICICIB"
        m("Transaction of ")(p.money("INR "), amount=p.amount)(" at ")(shop, merchant=shop)
        m(f" on your ICICI Bank Credit Card XX{p.acct}", method="card")(" on ")(p.on(["%d-%b-%y"]), date=p.date)
        m(" has been declined", status="failed")(f" due to insufficient credit limit. Avl Limit: INR {lmt}.")
    elif kind == "hdfc":
        m("Spent ", status="success")(p.money("Rs."), amount=p.amount)(f"\nOn HDFC Bank Card {p.acct}", method="card")
        m("\nAt ")(shop, merchant=shop)("\nOn ")(f"{p.date:%Y-%m-%d}", date=p.date)(f":{p.hms()}")
        m(f"\nNot You?\nTo Block+Reissue Call 18002586161/SMS BLOCK CC {p.acct} to 7308080808")
    elif kind == "hdfc_old":
        m(p.money("Rs."), amount=p.amount)(" spent", status="success")(f" on HDFC Bank Card xx{p.acct}", method="card")
        m(" at ")(shop, merchant=shop)(" on ")(f"{p.date:%Y-%m-%d}", date=p.date)(f":{p.hms()}")
        m(f". Avl bal: Rs.{lmt}. Not you? Call 18002586161.")
    elif kind == "icici":
        m(p.money("INR "), amount=p.amount)(" spent", status="success")
        m(f" using ICICI Bank Card XX{p.acct}", method="card")(" on ")(p.on(["%d-%b-%y"]), date=p.date)(" on ")
        m(shop, merchant=shop)(f". Avl Limit: INR {lmt}. If not you, call 1800 2662/SMS BLOCK {p.acct} to 9215676766")
    elif kind == "sbi":
        m(p.money("Rs."), amount=p.amount)(" spent", status="success")
        m(f" on your SBI Credit Card ending {p.acct}", method="card")(" at ")(shop, merchant=shop)(" on ")
        m(p.on(["%d/%m/%y"]), date=p.date)(". Trxn. not done by you? Report at https://sbicard.com/Dispute")
    elif kind == "axis":
        m("Spent", status="success")(f"\nCard no. XX{p.acct}", method="card")("\n")(p.money("INR "), amount=p.amount)
        m("\n")(p.on(["%d-%m-%y"]), date=p.date)(f" {p.hms()} IST\n")(shop, merchant=shop)
        m(f"\nAvl Lmt INR {lmt}\nSMS BLOCK {p.acct} to 919951860002, if not you - Axis Bank")
    elif kind == "kotak":
        m(f"Your Kotak Debit Card XX{p.acct}", method="card")(" was used for ", status="success")
        m(p.money("Rs."), amount=p.amount)(" at ")(shop, merchant=shop)(" on ")(p.on(["%d-%m-%Y"]), date=p.date)
        m(f" {p.hm()}. Avl Bal Rs.{lmt}. Not you? Call 18602662666")
    elif kind == "idfc":
        m(p.money("INR "), amount=p.amount)(" spent", status="success")
        m(f" on your IDFC FIRST Bank Credit Card ending XX{p.acct}", method="card")(" at ")(shop, merchant=shop)
        m(" on ")(p.on(["{d} %b %Y", "%d %b %Y"]), date=p.date)(f", {p.hm()}. Avl Lmt: INR {lmt}.")
        m(" Not you? Call 18004191888")
    else:  # yes
        m(p.money("INR "), amount=p.amount)(" has been spent", status="success")
        m(f" on your YES BANK Credit Card ending with {p.acct}", method="card")(" at ")(shop, merchant=shop)
        m(" on ")(p.on(["%d-%m-%Y"]), date=p.date)(f" at {clock_text(p.minute, '12', p.second)}. Avl Bal INR {lmt}")
    items = [("day", divider(rng, p.date)), ("msg", m.text, p.minute, False)]
    return rows_of(m.text), truth(m.facts()), sms_style(font, rng, code, items)


# ---------------------------------------------------------------- 3. IMPS / NEFT / RTGS debit SMS


def transfer_sms(rng: random.Random, font: str):
    """A bank's IMPS / NEFT / RTGS debit SMS to a beneficiary: HDFC IMPS with its IMPS Ref No., SBI's "a/c …
    credited (IMPS Ref no …)" naming no payee, Kotak IMPS, ICICI's NEFT "credited to the beneficiary account",
    HDFC RTGS with its UTR; a NEFT accepted and under process, an IMPS failed."""
    status = outcome("transfer_sms", (2,), (5,))
    p = Pay(rng, font, 2000, 180000, marks=("Rs.", "INR ", "Rs "))
    name = (p.name or rng.choice(PEOPLE)).upper() if rng.random() < 0.7 else (p.name or rng.choice(PEOPLE))
    acct2 = digits(rng, 4)
    m = Msg()
    if status == "failed":
        code = "PNBSMS"
        m("IMPS", method="netbanking")(" txn of ")(p.money(), amount=p.amount)(" to ")(name, merchant=name)
        m(f" A/c XX{acct2} on ")(p.on(SHORT), date=p.date)(" failed", status="failed")
        m(f" (Beneficiary bank not responding). Amount debited will be credited back to A/c XX{p.acct}. Ref No")
        m(p.sep())(p.ref, txn=p.ref)(" -PNB")
    elif status == "pending":
        code = "AXISBK"
        ref = neft_utr("UTIB", rng, p.date)
        m("Your ")("NEFT", method="netbanking")(" request of ")(p.money("INR "), amount=p.amount)(" to ")
        m(name, merchant=name)(f" (A/c XX{acct2}) ")("is accepted and under process", status="pending")(". UTR ")
        m(ref, txn=ref)(" Date ")(p.on(["%d-%m-%Y"]), date=p.date)(" -Axis Bank")
    else:
        kind = rng.choice(["hdfc", "sbi", "kotak", "icici", "rtgs", "bob"])
        code = {"hdfc": "HDFCBK", "sbi": "SBIINB", "kotak": "KOTAKB", "icici": "ICICIT", "rtgs": "HDFCBK",
                "bob": "BOBTXN"}[kind]
        if kind == "hdfc":
            m("IMPS", method="netbanking")(" of ")(p.money("Rs."), amount=p.amount)(f" from HDFC Bank A/c **{p.acct}")
            m(" to ")(name, merchant=name)(f" A/c **{acct2} ")("successful", status="success")(" on ")
            m(p.on(["%d-%m-%y"]), date=p.date)(". IMPS Ref No.")(p.sep())(p.ref, txn=p.ref)
            m(". Not you? Call 18002586161")
        elif kind == "sbi":
            m(f"Your a/c no. XXXXXXXX{p.acct} ")("is debited for ", status="success")(p.money("Rs."), amount=p.amount)
            m(" on ")(p.on(["%d-%m-%y"]), date=p.date)(f" and a/c XXXXXX{acct2} credited ")
            m("(IMPS Ref no ", method="netbanking")(p.ref, txn=p.ref)("). If not done by you, call 1800111109 -SBI")
        elif kind == "kotak":
            m(p.money(), amount=p.amount)(" debited", status="success")(f" from A/c XX{p.acct} on ")
            m(p.on(["%d-%b-%y", "%d-%m-%y"]), date=p.date)(" for ")("IMPS", method="netbanking")(" to ")
            m(name, merchant=name)(f" A/c XX{acct2}. Ref No")(p.sep())(p.ref, txn=p.ref)
            m(f". Avl Bal Rs.{p.bal()} -Kotak Bank")
        elif kind == "icici":
            ref = neft_utr("ICIC", rng, p.date)
            m("Dear Customer, ")("NEFT", method="netbanking")(" transaction with reference number ")(ref, txn=ref)
            m(" for ")(p.money("Rs. "), amount=p.amount)(" has been credited to the beneficiary account",
                                                          status="success")
            m(" of ")(name, merchant=name)(" on ")(p.on(["%d-%m-%Y"]), date=p.date)(f" at {p.hms()}.")
            m(" -ICICI Bank")
        elif kind == "rtgs":
            p.amount = float(round(rng.uniform(200000, 600000), -2))
            ref = rtgs_utr("HDFC", rng, p.date)
            m("RTGS", method="netbanking")(" of ")(p.money("INR "), amount=p.amount)(" to ")(name, merchant=name)
            m(f" from A/c XX{p.acct} ")("is successful", status="success")(" on ")(p.on(["%d-%m-%Y"]), date=p.date)
            m(". UTR No: ")(ref, txn=ref)(" -HDFC Bank")
        else:
            m(p.money("Rs."), amount=p.amount)(" debited", status="success")(f" from A/c ...{p.acct} for ")
            m("IMPS", method="netbanking")(" to ")(name, merchant=name)(" on ")(p.on(["%d-%m-%Y"]), date=p.date)
            m(". IMPS Ref:")(p.ref, txn=p.ref)(f". Avlbl Amt:Rs.{p.bal()} - Bank of Baroda")
    items = [("day", divider(rng, p.date)), ("msg", m.text, p.minute, False)]
    return rows_of(m.text), truth(m.facts()), sms_style(font, rng, code, items)


# ---------------------------------------------------------------- 4. credit SMS the seller receives


def credit_sms(rng: random.Random, font: str):
    """The seller's bank's credit SMS: HDFC's "Credit Alert! Rs… credited to HDFC Bank A/c XX… on … from VPA …
    (UPI …)", SBI's "ur A/cX… credited by Rs… on … by (Ref no …)", ICICI "… from <PAYER>. UPI:…", Axis's
    UPI/P2A narration with the payer, Kotak "Received Rs…", PNB, a Canara IMPS credit, a Union NEFT credit; an
    older loan promo above on some. The payer is named, never the payee."""
    turn_ = turn("credit_sms")
    TURNS["credit_sms"] = turn_ + 1
    p = Pay(rng, font, 150, 90000)
    payer = rng.choice(PAYERS)
    payer = payer if rng.random() < 0.7 else payer.title()
    vpa = f"{''.join(ch for ch in payer.lower() if ch.isalpha())[:10]}@{rng.choice(HANDLES)}"
    kind = ["hdfc", "sbi", "icici", "axis", "kotak", "pnb", "canara", "union"][(turn_ * 3 + 1) % 8]
    code = {"hdfc": "HDFCBK", "sbi": "SBIUPI", "icici": "ICICIT", "axis": "AXISBK", "kotak": "KOTAKB",
            "pnb": "PNBSMS", "canara": "CANBNK", "union": "UNIONB"}[kind]
    m = Msg()
    if kind == "hdfc":
        m("Credit Alert!\n")(p.money("Rs."), amount=p.amount)(" credited", status="success")
        m(f" to HDFC Bank A/c XX{p.acct} on ")(p.on(["%d-%m-%y"]), date=p.date)(" from VPA ")(vpa, method="UPI")
        m(" (UPI ")(p.ref, txn=p.ref)(")")
    elif kind == "sbi":
        m("Dear SBI UPI User, ", method="UPI")(f"ur A/cX{p.acct} ")("credited by ", status="success")
        m(p.money("Rs"), amount=p.amount)(" on ")(p.on(["%d%b%y"]), date=p.date)(" by (Ref no ")(p.ref, txn=p.ref)(")")
    elif kind == "icici":
        m(f"Dear Customer, Acct XX{p.acct[1:]} ")("is credited with ", status="success")(p.money(), amount=p.amount)
        m(" on ")(p.on(["%d-%b-%y"]), date=p.date)(f" from {payer}. ")("UPI:", method="UPI")(p.ref, txn=p.ref)
        m("-ICICI Bank.")
    elif kind == "axis":
        m(p.money("INR "), amount=p.amount)(" credited", status="success")(f"\nA/c no. XX{p.acct}\n")
        m(p.on(["%d-%m-%y"]), date=p.date)(f", {p.hms()} IST\n")("UPI/P2A/", method="UPI")
        m(p.ref, txn=p.ref)(f"/{payer.upper()[:16].strip()}\nNot you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank")
    elif kind == "kotak":
        m("Received ", status="success")(p.money("Rs."), amount=p.amount)(f" in your Kotak Bank A/c XX{p.acct} from ")
        m(vpa, method="UPI")(" on ")(p.on(["%d-%m-%y"]), date=p.date)(".UPI Ref:")(p.ref, txn=p.ref)(".")
    elif kind == "pnb":
        m(f"Your A/c XX{p.acct} ")("has been credited with ", status="success")(p.money("INR "), amount=p.amount)
        m(" on ")(p.on(["%d/%m/%Y"]), date=p.date)(" by ")("UPI:", method="UPI")(p.ref, txn=p.ref)
        m(f" from {payer}. Avl Bal INR {p.bal()} -PNB")
    elif kind == "canara":
        m("An amount of ")(p.money("INR "), amount=p.amount)(" has been ")("CREDITED", status="success")
        m(f" to your account XXX{p.acct} on ")(p.on(["%d/%m/%Y"]), date=p.date)(" by ")
        m("IMPS", method="netbanking")(f" from {payer}. IMPS Ref No")(p.sep())(p.ref, txn=p.ref)
        m(f". Total Avail.bal INR {p.bal()}. - Canara Bank")
    else:
        ref = neft_utr(rng.choice(["SBIN", "HDFC", "ICIC", "BARB"]), rng, p.date)
        m(f"A/c *{p.acct} ")("Credited for ", status="success")(p.money("Rs:"), amount=p.amount)(" on ")
        m(p.on(["%d-%m-%Y"]), date=p.date)(f" {p.hms()} by ")("NEFT", method="netbanking")
        m(f" from {payer} UTR ")(ref, txn=ref)(f" Avl Bal Rs:{p.bal()} -Union Bank of India")
    items: list = []
    if rng.random() < 0.5:
        items += [("day", when(p.date - dt.timedelta(days=rng.randrange(2, 9)), "%a, {d} %b")),
                  ("msg", "Get a pre-approved personal loan up to Rs 5 lakh in minutes. Apply on the app. T&C apply.",
                   None, False)]
    items += [("day", divider(rng, p.date)), ("msg", m.text, p.minute, False)]
    return rows_of(m.text), truth(m.facts()), sms_style(font, rng, code, items)


# ---------------------------------------------------------------- 5. a thread of several messages


def thread(rng: random.Random, font: str):
    """A bank's SMS thread scrolled to its newest: a promotional message and a balance message (with sums, on
    earlier days), a login OTP, then the UPI debit alert (the only message stating a payment); a failed and a
    pending one."""
    status = outcome("thread", (4,), (1,))
    bank = rng.choice(["hdfc", "sbi", "icici", "axis", "canara", "union", "indusind", "yes", "idfc", "pnb"])
    p = Pay(rng, font, name="")
    m = upi_debit(p, bank, status)
    sig = BANKS[bank][2]
    before = p.date - dt.timedelta(days=rng.randrange(1, 6))
    promo = rng.choice([
        f"Dear Customer, you are eligible for a Personal Loan of up to Rs {num(rng.choice([300000, 500000, 750000]))}"
        f" at attractive rates. Apply now in 2 minutes. T&C -{sig}",
        f"Shop more, save more! Get 10% cashback up to Rs 1,500 on your {sig} Debit Card this festive season. T&C",
        f"Upgrade to a {sig} credit card with zero joining fee. Lifetime free. Apply today. T&C apply",
    ])
    balance = (f"Available balance in your A/c XX{p.acct} as on {when(before, '%d-%m-%y')} is "
               f"Rs {p.bal(2000, 250000)}. Deposit of Rs 1,00,000 is insured. -{sig}")
    otp = (f"{digits(rng, 6)} is your OTP to login to {rng.choice(['NetBanking', 'Mobile Banking'])}. "
           f"Valid for 5 mins. Do not share it with anyone. -{sig}")
    items = [("day", when(before - dt.timedelta(days=rng.randrange(1, 5)), "%a, {d} %b")),
             ("msg", promo, None, False),
             ("day", when(before, rng.choice(["%a, {d} %b", "{d} %b"]))), ("msg", balance, None, False),
             ("day", divider(rng, p.date)), ("msg", otp, None, False),
             ("msg", m.text, p.minute, False)]
    if rng.random() < 0.4:  # the promo scrolled off the top
        items = items[2:]
    return rows_of(m.text), truth(m.facts()), sms_style(font, rng, BANKS[bank][1], items, size=21)


# ---------------------------------------------------------------- 6. two alerts, one bubble selected


def selected(rng: random.Random, font: str):
    """A thread with two debit alerts from one bank, one bubble long-pressed to forward it (tinted, the app bar
    turned into "1 selected" with drawn icons): the selected alert is the proof. On some the other is a failed
    attempt to the same payee, retried; the selected one is failed on one and pending on one."""
    status = outcome("selected", (2,), (5,))
    bank = rng.choice(["hdfc", "sbi", "icici", "axis", "canara", "indusind", "yes", "idfc"])
    p = Pay(rng, font, name="")
    chosen = upi_debit(p, bank, status)
    q = Pay(rng, font, name="")
    q.acct = p.acct  # the same account's alerts
    if status == "success" and rng.random() < 0.5:  # the other bubble: an earlier failed try of the same payment
        q.date, q.amount, q.name, q.vpa = p.date, p.amount, p.name, p.vpa
        q.minute = p.minute - rng.randrange(1, 9)
        msgs = [(upi_debit(q, bank, "failed"), q, False), (chosen, p, True)]
    elif rng.random() < 0.5:  # the selected alert first, a later one under it
        q.date = p.date + dt.timedelta(days=rng.randrange(0, 3))
        if q.date == p.date:
            q.minute = p.minute + rng.randrange(5, 150)
        msgs = [(chosen, p, True), (upi_debit(q, bank, "success"), q, False)]
    else:  # an earlier alert, then the selected one
        q.date = p.date - dt.timedelta(days=rng.randrange(0, 3))
        if q.date == p.date:
            q.minute = p.minute - rng.randrange(5, 150)
        msgs = [(upi_debit(q, bank, "success"), q, False), (chosen, p, True)]
    items: list = []
    last = None
    for msg, pay, pick in msgs:
        if pay.date != last:
            items.append(("day", divider(rng, pay.date, today=pay.date == msgs[-1][1].date)))
            last = pay.date
        items.append(("msg", msg.text, pay.minute, pick))
    return rows_of(chosen.text), truth(chosen.facts()), sms_style(font, rng, BANKS[bank][1], items,
                                                                  selected=True, size=21)


# ---------------------------------------------------------------- 7. the lock screen's notification


def lock(rng: random.Random, font: str):
    """A lock screen (the phone's clock and day without a year) with the alert's notification: collapsed to two
    lines ending in "…", or expanded to four to six; another app's notification beside it. Only what the preview
    shows counts."""
    status = outcome("lock", (6,), (2,))
    bank = rng.choice(["hdfc", "sbi", "icici", "axis", "kotak", "canara", "indusind", "yes", "idfc", "union"])
    p = Pay(rng, font, name="")
    m = upi_debit(p, bank, status)
    flat = m.text.replace("\n", " ")
    size, width = 20, 600
    room = width - 2 * 24 - 2 * 22
    face = load_font(font, size)
    lines = wrap_at(face, flat, room)
    keep = rng.choice([2, 2, 3, 4, 5, 6]) if status == "success" else 6
    visible = len(flat)
    shown = [text for text, _ in lines]
    if len(lines) > keep:
        dots = ellipsis(font)
        shown = shown[:keep]
        while face.getlength(shown[-1] + dots) > room:  # make room for the "…"
            shown[-1] = shown[-1].rsplit(" ", 1)[0]
        visible = len(" ".join(shown))
        assert flat.startswith(" ".join(shown)), (flat, shown)
        shown[-1] += dots
    ok(font, *shown)
    late = rng.choice([0, 0, 2, 5, 12, 40, 75])
    phone_day = p.date + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    dark = True
    other = rng.choice([("WhatsApp", "Mummy", "Beta, khana kha liya?"), ("Gmail", "Myntra", "Your order is shipped"),
                        ("Instagram", "", "rahul_k started following you"),
                        ("Phone", "Missed call", "Papa (2)"), ("Swiggy", "", "Lunch deals are live near you")])
    for text in other:
        ok(font, text)
    style = {
        "screen": True, "width": width, "size": size, "paper": (20, 24, 40), "ink": WHITE, "label_ink": (200, 200, 210),
        "h109": {"frame": "lock", "dark": dark, "clock": clock_text(p.minute + late, "12").split(" ")[0],
                 "phone_day": when(phone_day, rng.choice(["%A, {d} %B", "%a, {d} %b", "%a {d} %b"])),
                 "sender": f"{rng.choice(['AX', 'VM', 'JD', 'BP'])}-{BANKS[bank][1]}",
                 "when": "now" if not late else f"{late}m ago" if late < 30 else p.hm("12l"), "lines": shown,
                 "other": other, "other_first": rng.random() < 0.3,
                 "wall": rng.choice([((40, 50, 110), (150, 60, 120)), ((10, 70, 80), (20, 30, 60)),
                                     ((90, 40, 30), (30, 20, 60))]),
                 "battery": rng.randrange(9, 100), "net": rng.choice(["4G", "5G", "LTE"])},
    }
    return rows_of(*shown), truth(m.facts(visible)), style


def wrap_at(face, flat: str, room: float) -> list[tuple[str, int]]:
    """``flat`` in lines no wider than ``room``: each line and the index in ``flat`` just past its last word."""
    lines: list[tuple[str, int]] = []
    line, pos, end = "", 0, 0
    for word in flat.split(" "):
        start = pos
        pos += len(word) + 1
        if not word:
            continue
        if line and face.getlength(f"{line} {word}") > room:
            lines.append((line, end))
            line = word
        else:
            line = f"{line} {word}" if line else word
        end = start + len(word)
    lines.append((line, end))
    return lines


# ---------------------------------------------------------------- 8. a bank's UPI debit e-mail


def mail_alert(rng: random.Random, font: str):
    """A bank's UPI debit e-mail in a mail app (From the alerts address, the subject, the day sent): HDFC's
    sentence "Rs.… has been debited from account **… to VPA … <NAME> on …" with its UPI transaction reference
    number, Kotak's "towards UPI/…/NAME" with its UPI Ref No, SBI's, IDFC FIRST's table, YES BANK's "Info:
    UPI/P2M/…/<truncated name>", IndusInd's table with a Narration; a failed and a pending one."""
    status = outcome("mail_alert", (5,), (2,))
    kind = ["hdfc", "kotak", "sbi", "idfc", "yes", "indusind", "hdfc", "kotak"][turn("mail_alert") - 1]
    p = Pay(rng, font, 150, 60000, name=None if rng.random() < 0.12 else "",
            marks=("Rs.", "INR ", "Rs. ", "\u20b9"))
    name = p.name.upper() if p.name else None
    pg = Page(font, rng, "mail", size=21, width=660)
    hour = clock_text(p.minute + rng.randrange(0, 3), "12")
    subjects = {"success": ["Transaction alert", "Debit alert for your account", "You have done a UPI txn",
                            "Alert : Update on your account"],
                "failed": ["UPI transaction failed", "Transaction declined"],
                "pending": ["UPI transaction under process", "Transaction pending"]}
    pg.style["h106"].update({
        "from": {"hdfc": "HDFC Bank InstaAlerts <alerts@hdfcbank.net>", "kotak": "Kotak Bank <BankAlerts@kotak.com>",
                 "sbi": "SBI Alerts <donotreply.sbiatm@alerts.sbi.co.in>",
                 "idfc": "IDFC FIRST Bank <transaction.alerts@idfcfirstbank.com>",
                 "yes": "YES BANK <alerts@yesbank.in>", "indusind": "IndusInd Bank <transactionalert@indusind.com>"}[kind],
        "subject": rng.choice(subjects[status]),
        "sent": f"{when(p.date, '%a, {d} %b %Y')}, {hour}" if rng.random() < 0.6 else hour,
    })
    money = p.money()
    greet = rng.choice(["Dear Customer,", "Dear Valued Customer,"])
    pg.add("left", greet)
    pg.add("gap")
    who = name or f"VPA {p.vpa}"
    said = {"failed": " has failed", "pending": " is under process"}
    if status != "success" and kind in ("hdfc", "kotak", "sbi", "yes"):
        pg.add("left", f"Your UPI payment of {money} to {who} on {p.on(['%d-%m-%Y', '%d-%m-%y'])}{said[status]}.",
               amount=p.amount, date=p.date, method="UPI", status=status, **({"merchant": name} if name else {}))
        pg.add("left", f"UPI Reference No: {p.ref}", txn=p.ref)
        pg.add("left", {"failed": "If your account was debited, the amount will be reversed within 5 working days.",
                        "pending": "Please do not retry. The status will be updated within 48 hours."}[status])
    elif kind == "hdfc":
        tail = f" {name}" if name else ""
        pg.add("left", f"{money} has been debited from account **{p.acct} to VPA {p.vpa}{tail} on "
                       f"{p.on(['%d-%m-%y'])}.", amount=p.amount, date=p.date, method="UPI", status="success",
               **({"merchant": name} if name else {}))
        pg.add("left", f"Your UPI transaction reference number is {p.ref}.", txn=p.ref)
        pg.add("left", "If you did not authorize this transaction, please report it immediately by calling "
                       "18002586161.")
    elif kind == "kotak":
        pg.add("left", f"We wish to inform you that your account xx{p.acct} has been debited with {money} on "
                       f"{p.on(['%d-%b-%Y', '%d-%m-%Y'])} towards UPI/{p.ref}/{name[:20].strip() if name else p.vpa}.",
               amount=p.amount, date=p.date, method="UPI", status="success", txn=p.ref,
               **({"merchant": name[:20].strip()} if name else {}))
        pg.add("left", f"UPI Ref No: {p.ref}")
        pg.add("left", f"Available balance: Rs.{p.bal()}")
    elif kind == "sbi":
        pg.add("left", f"Your A/C XXXXX{p.acct} has a debit by transfer of {money} on {p.on(['%d/%m/%y'])}.",
               amount=p.amount, date=p.date, status="success")
        pg.add("left", f"Transferred to {who} by UPI (UPI Ref No {p.ref}).", method="UPI", txn=p.ref,
               **({"merchant": name} if name else {}))
        pg.add("left", f"Avl Bal Rs {p.bal()}. If not done by you, call 1800111109.")
    elif kind == "yes":
        cut = name[:rng.choice([15, 18])].strip() if name else p.vpa
        pg.add("left", f"Your A/c XXXX{p.acct} has been debited with {money} on {p.on(['%d-%m-%Y', '%d-%b-%Y'])}.",
               amount=p.amount, date=p.date, status="success")
        pg.add("left", f"Info: UPI/P2M/{p.ref}/{cut}", method="UPI", txn=p.ref, **({"merchant": cut} if name else {}))
        pg.add("left", f"Available Balance: INR {p.bal()}")
    elif kind == "idfc":
        pg.add("left", "Here are the details of a recent transaction on your account:")
        pg.add("gap")
        pg.add("pair", "Transaction Type", "UPI Debit", method="UPI")
        pg.add("pair", "Amount", money, amount=p.amount)
        pg.add("pair", "Account", f"XXXXXXX{p.acct}")
        if name:
            pg.add("pair", "Beneficiary", name[:26], merchant=name[:26])
        else:
            pg.add("pair", "Beneficiary VPA", p.vpa)
        pg.add("pair", "Date & Time", f"{p.on(['%d/%m/%Y', '%d-%b-%Y'])} {p.hm()}", date=p.date)
        pg.add("pair", "Reference No.", p.ref, txn=p.ref)
        pg.add("pair", "Status", {"success": "Success", "failed": "Failed", "pending": "Pending"}[status],
               status=status)
        pg.add("pair", "Available Balance", f"INR {p.bal()}")
    else:  # indusind
        cut = name[:rng.choice([16, 20])].strip() if name else p.vpa
        pg.add("left", "Your IndusInd Bank account has been debited. Details:" if status == "success" else
               "Details of your recent UPI transaction:", status="success" if status == "success" else None)
        pg.add("gap")
        pg.add("pair", "Account No.", f"2XXXXX{p.acct}")
        pg.add("pair", "Transaction Date", p.on(["%d-%b-%Y", "%d/%m/%Y"]), date=p.date)
        pg.add("pair", "Amount (Debit)", money, amount=p.amount)
        pg.add("left", "Narration:")
        pg.add("left", f"UPI/{p.ref}/{cut}", method="UPI", txn=p.ref, **({"merchant": cut} if name else {}))
        pg.add("pair", "Available Balance", f"Rs. {p.bal()}")
        if status != "success":
            pg.add("pair", "Status", {"failed": "Failed", "pending": "Pending"}[status], status=status)
    pg.add("gap")
    pg.add("small", "Never share your OTP, PIN or password with anyone. Bank never asks for it.")
    pg.add("left", "Warm Regards,")
    pg.add("left", BANKS[kind][0])
    rows, style = pg.rows, pg.style
    facts = {}
    for _, found in pg.tags:
        for key, value in found.items():
            if value is not None:
                facts.setdefault(key, value)
    return rows, truth(facts), style


# ---------------------------------------------------------------- 9. a card's spend e-mail


def card_mail(rng: random.Random, font: str):
    """A card's spend e-mail: HDFC's "Thank you for using your HDFC Bank Credit Card ending … for Rs … at … on …"
    with its Authorization code, ICICI's "has been used for a transaction of INR … Info: <MERCHANT>." with the
    available and total credit limits, Axis's table, SBI Card's, a Kotak Debit Card's with its RRN; one declined."""
    status = outcome("card_mail", (3,), ())
    kind = ["hdfc", "icici", "axis", "sbi", "kotak"][(turn("card_mail") * 2 + rng.randrange(2)) % 5]
    p = Pay(rng, font, 150, 80000, name=rng.choice(CARD_SHOPS), marks=("Rs ", "INR ", "Rs.", "\u20b9"))
    shop = p.name
    pg = Page(font, rng, "mail", size=21, width=660)
    lmt = num(round(rng.uniform(15000, 400000), 2), rng.choice(["indian", "western"]))
    total = num(float(rng.choice([100000, 200000, 300000, 500000])), "indian")
    money = p.money()
    when_ = f"{p.on(['%d-%m-%Y'])} {p.hms()}"
    pg.style["h106"].update({
        "from": {"hdfc": "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
                 "icici": "ICICI Bank <credit_cards@icicibank.com>", "axis": "Axis Bank <alerts@axisbank.com>",
                 "sbi": "SBI Card <onlinestatement@sbicard.com>", "kotak": "Kotak Bank <BankAlerts@kotak.com>"}[kind],
        "subject": "Transaction declined on your card" if status == "failed" else rng.choice(
            ["Transaction alert on your card", "Alert: You've spent on your card", "Card transaction alert"]),
        "sent": (f"{when(p.date, '%a, {d} %b %Y')}, " if rng.random() < 0.5 else "")
        + clock_text(p.minute + rng.randrange(0, 3), "12"),
    })
    if status == "failed":
        pg.add("left", "Dear Card Member,")
        pg.add("gap")
        pg.add("left", f"Your transaction of {money} at {shop} on your HDFC Bank Credit Card ending {p.acct} on "
                       f"{when_} was declined due to an incorrect CVV.", amount=p.amount, merchant=shop, method="card",
               date=p.date, status="failed")
        pg.add("left", "No amount has been charged to your card.")
        bank = "HDFC Bank"
    elif kind == "hdfc":
        pg.add("left", "Dear Card Member,")
        pg.add("gap")
        pg.add("left", f"Thank you for using your HDFC Bank Credit Card ending {p.acct} for {money} at {shop} on "
                       f"{when_}.", amount=p.amount, merchant=shop, method="card", date=p.date, status="success")
        code = digits(rng, 6)
        pg.add("left", f"Authorization code:- {code}", txn=code)
        pg.add("left", "After the above transaction, the available balance on your card is Rs " + lmt + ".")
        bank = "HDFC Bank"
    elif kind == "icici":
        pg.add("left", "Dear Customer,")
        pg.add("gap")
        pg.add("left", f"Your ICICI Bank Credit Card XX{p.acct} has been used for a transaction of {money} on "
                       f"{when(p.date, '%b %d, %Y')} at {p.hms()}. Info: {shop}.", amount=p.amount,
               method="card", date=p.date, status="success", merchant=shop)
        pg.add("left", f"The Available Credit Limit on your card is INR {lmt} and Total Credit Limit is INR {total}.")
        bank = "ICICI Bank"
    elif kind == "axis":
        pg.add("left", "Dear Customer,")
        pg.add("gap")
        pg.add("left", f"Your Axis Bank Credit Card no. XX{p.acct} has been used for the transaction below.",
               method="card", status="success")
        pg.add("pair", "Transaction Amount", money, amount=p.amount)
        pg.add("pair", "Merchant Name", shop, merchant=shop)
        pg.add("pair", "Date & Time", f"{when(p.date, '%d-%m-%Y')}, {p.hms()} IST", date=p.date)
        pg.add("pair", "Available Limit*", f"INR {lmt}")
        pg.add("pair", "Total Credit Limit*", f"INR {total}")
        pg.add("small", "*The above limits are subject to change.")
        bank = "Axis Bank"
    elif kind == "sbi":
        pg.add("left", "Dear Cardholder,")
        pg.add("gap")
        pg.add("left", f"We wish to inform you that {money} was spent on your SBI Credit Card ending {p.acct} at "
                       f"{shop} on {when(p.date, '%d/%m/%y')}.", amount=p.amount, method="card", date=p.date,
               status="success", merchant=shop)
        pg.add("left", f"Available credit limit: Rs.{lmt}")
        bank = "SBI Card"
    else:
        pg.add("left", "Dear Customer,")
        pg.add("gap")
        pg.add("left", f"Your Kotak Debit Card xx{p.acct} has been used for {money} at {shop} on "
                       f"{p.on(['%d-%b-%Y'])} {p.hm()}.", amount=p.amount, method="card", date=p.date,
               status="success", merchant=shop)
        pg.add("left", f"Transaction Reference No (RRN): {p.ref}", txn=p.ref)
        pg.add("left", f"Available balance in your account: Rs.{lmt}")
        bank = "Kotak Mahindra Bank"
    pg.add("gap")
    pg.add("small", "If you have not done this transaction, please call us immediately to block your card.")
    pg.add("left", "Regards,")
    pg.add("left", bank)
    rows, style = pg.rows, pg.style
    facts: dict = {}
    for _, found in pg.tags:
        for key, value in found.items():
            facts.setdefault(key, value)
    return rows, truth(facts), style


# ---------------------------------------------------------------- 10. an alert forwarded in WhatsApp


def whatsapp(rng: random.Random, font: str):
    """A WhatsApp chat (an unsaved number on top) where the buyer forwarded the bank's SMS ("Forwarded" over the
    alert's text) between chat lines in Hinglish; the seller's screenshot. A failed and a pending one."""
    status = outcome("whatsapp", (1,), (4,))
    bank = rng.choice(["hdfc", "sbi", "icici", "axis", "canara", "indusind", "yes", "idfc", "pnb", "union"])
    p = Pay(rng, font, name="")
    m = upi_debit(p, bank, status)
    before = {"success": ["Bhaiya payment kar diya hai", "Sir payment done, please check", "Sent. Check karo"],
              "failed": ["Payment fail ho gaya lagta hai", "Sir ye dekho, kya hua?"],
              "pending": ["Pending dikha raha hai", "Payment atka hua hai sir"]}[status]
    after = {"success": ["Ok ji, dispatch kar dena aaj", "Please send tracking id"],
             "failed": ["Dobara try karta hoon", "Kal phir se bhejta hoon"],
             "pending": ["Thoda wait karo", "Bank se confirm hoga"]}[status]
    reply = rng.choice(["Ok, check karta hoon", "Theek hai", "Ok sir"])
    items = [("in", rng.choice(before), None, False), ("in", m.text, None, True), ("out", reply, None, False),
             ("in", rng.choice(after), None, False)]
    if rng.random() < 0.4:
        items = items[1:]
    kind, minute = rng.choice(["12", "12l"]), p.minute + rng.randrange(1, 90)
    stamped = []
    for item in items:
        stamped.append((item[0], item[1], clock_text(minute, kind).lower(), item[3]))
        minute += rng.randrange(0, 15)
    items, clock = stamped, clock_text(minute + rng.randrange(1, 20), "12").split(" ")[0]
    for item in items:
        ok(font, item[1])
    dark = rng.random() < 0.35
    contact = f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}"
    style = {"screen": True, "width": 620, "size": 21, "paper": (11, 20, 26) if dark else (236, 229, 221),
             "ink": (233, 237, 239) if dark else (17, 27, 33), "label_ink": (134, 150, 160) if dark else (102, 119, 129),
             "h109": {"frame": "chat", "dark": dark, "contact": contact,
                      "chat_day": rng.choice(["TODAY", "Today", when(p.date, "{d} %B %Y")]),
                      "items": items, "clock": clock,
                      "battery": rng.randrange(9, 100), "net": rng.choice(["4G", "5G", "LTE"])}}
    return rows_of(m.text), truth(m.facts()), style


# ---------------------------------------------------------------- 11. failed, reversed and pending alerts


def outcome_sms(rng: random.Random, font: str):
    """The alerts that follow a payment gone wrong: a debit reversed to the account, a failed UPI debit to be
    refunded, a declined one "not debited", a payment pending with the beneficiary bank, a NEFT-style "under
    process", and a pending payment later "successful"; three failed, three pending, two successful."""
    k = turn("outcome_sms")
    TURNS["outcome_sms"] = k + 1
    kind = ["reversed", "pending", "later_ok", "refund", "process", "not_debited", "pending", "later_ok"][k]
    bank = rng.choice(["hdfc", "sbi", "icici", "axis", "kotak", "pnb", "bob", "canara", "union", "yes", "idfc"])
    sig = BANKS[bank][2]
    p = Pay(rng, font, name=None if rng.random() < 0.2 else "")
    name, m = p.name, Msg()
    who = {"merchant": name} if name else {}
    if kind == "reversed":
        m(p.money(), amount=p.amount)(" debited on ")(p.on(SHORT), date=p.date)(" for ")("UPI", method="UPI")
        m(" txn to ")(name or p.vpa, **who)(" (Ref ")(p.ref, txn=p.ref)(") ")("has been reversed", status="failed")
        m(f" to your A/c XX{p.acct}. -{sig}")
    elif kind == "refund":
        m("Your ")("UPI", method="UPI")(" txn Ref No ")(p.ref, txn=p.ref)(" of ")(p.money(), amount=p.amount)
        m(" dated ")(p.on(LONG), date=p.date)(" to ")(name or p.vpa, **who)(" has failed", status="failed")
        m(f". The amount will be refunded to your A/c XX{p.acct} within 5 working days. -{sig}")
    elif kind == "not_debited":
        m("UPI", method="UPI")(" txn of ")(p.money(), amount=p.amount)(" to ")(name or p.vpa, **who)(" on ")
        m(p.on(SHORT), date=p.date)(" could not be completed", status="failed")(" and your A/c was not debited. Ref")
        m(p.sep())(p.ref, txn=p.ref)(f" -{sig}")
    elif kind == "pending":
        m("Txn of ")(p.money(), amount=p.amount)(" to ")(name or p.vpa, **who)(" on ")(p.on(SHORT), date=p.date)
        m(" via ")("UPI", method="UPI")(" is pending", status="pending")(" with the beneficiary bank. Ref No")
        m(p.sep())(p.ref, txn=p.ref)(f". Do not retry. -{sig}")
    elif kind == "process":
        m("Your ")("UPI", method="UPI")(" payment of ")(p.money(), amount=p.amount)(" to ")(name or p.vpa, **who)
        m(" on ")(p.on(LONG), date=p.date)(" is under process", status="pending")
        m(". If debited, the amount will be auto reversed if the txn fails. UPI Ref No")(p.sep())(p.ref, txn=p.ref)
        m(f" -{sig}")
    else:
        m("Your pending ")("UPI", method="UPI")(" txn of ")(p.money(), amount=p.amount)(" to ")(name or p.vpa, **who)
        m(" on ")(p.on(SHORT), date=p.date)(" is now successful", status="success")(". UPI Ref")(p.sep())
        m(p.ref, txn=p.ref)(f" -{sig}")
    items = [("day", divider(rng, p.date)), ("msg", m.text, p.minute, False)]
    return rows_of(m.text), truth(m.facts()), sms_style(font, rng, BANKS[bank][1], items)


# ---------------------------------------------------------------- 12. wallet debits


def wallet_sms(rng: random.Random, font: str):
    """A wallet's debit SMS: Paytm Payments Bank wallet, MobiKwik, Amazon Pay balance, Freecharge, Airtel
    Payments Bank wallet, PhonePe wallet; the wallet's own Txn ID, the wallet balance left (never the sum); one
    failed, one pending; on one the SMS prints no day (the divider's full day stands in only when it has a
    year)."""
    status = outcome("wallet_sms", (2,), (6,))
    kind = ["paytm", "mobikwik", "amazon", "freecharge", "airtel", "phonepe", "paytm", "mobikwik"][turn("wallet_sms") - 1]
    p = Pay(rng, font, 20, 9000, marks=("Rs.", "Rs ", "Rs."))
    p.grouping = rng.choice(["plain", "indian"])
    name = p.name or rng.choice(SHOPS)
    bal = num(round(rng.uniform(5, 4000), 2), "plain")
    d = p.on(["%d-%m-%Y", "{d} %b %Y", "%d/%m/%y", "%d-%b-%y"])
    m = Msg()
    code = {"paytm": "PAYTMB", "mobikwik": "MOBIKW", "amazon": "AMZPAY", "freecharge": "FCHRGE",
            "airtel": "AIRBNK", "phonepe": "PHONPE"}[kind]
    dated = True
    if status == "failed":
        tid = f"MK{digits(rng, 12)}"
        code = "MOBIKW"
        m("Payment of ")(p.money(), amount=p.amount)(" to ")(name, merchant=name)(" from your ")
        m("MobiKwik Wallet", method="wallet")(" on ")(d, date=p.date)(" failed", status="failed")
        m(". Amount not deducted. Txn ID ")(tid, txn=tid)
    elif status == "pending":
        tid = f"FC{digits(rng, 14)}"
        code = "FCHRGE"
        m("Your payment of ")(p.money(), amount=p.amount)(" to ")(name, merchant=name)(" using ")
        m("Freecharge wallet", method="wallet")(" is pending", status="pending")
        m(". We will update you in 24 hrs. Txn ID ")(tid, txn=tid)(" Date ")(d, date=p.date)
    elif kind == "paytm":
        tid = digits(rng, 11)
        dated = rng.random() < 0.5
        m("Paid ", status="success")(p.money("Rs."), amount=p.amount)(" to ")(name, merchant=name)(" from ")
        m("Paytm Wallet", method="wallet")(". Txn ID: ")(tid, txn=tid)
        if dated:
            m(" on ")(d, date=p.date)
        m(f". Updated Balance: Rs.{bal}")
    elif kind == "mobikwik":
        tid = f"MK{digits(rng, 12)}"
        m(p.money(), amount=p.amount)(" debited", status="success")(" from your ")("MobiKwik Wallet", method="wallet")
        m(" for payment to ")(name, merchant=name)(" on ")(d, date=p.date)(". Txn ID: ")(tid, txn=tid)
        m(f". Wallet bal: Rs.{bal}")
    elif kind == "amazon":
        tid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        m(p.money("Rs "), amount=p.amount)(" paid", status="success")(" to ")(name, merchant=name)(" using ")
        m("Amazon Pay balance", method="wallet")(" on ")(d, date=p.date)(". Transaction ID: ")(tid, txn=tid)
        m(f". Balance: Rs {bal}")
    elif kind == "freecharge":
        tid = f"FC{digits(rng, 14)}"
        m("You have paid ", status="success")(p.money(), amount=p.amount)(" to ")(name, merchant=name)(" from ")
        m("Freecharge wallet", method="wallet")(" on ")(d, date=p.date)(". Txn ID ")(tid, txn=tid)
    elif kind == "airtel":
        tid = digits(rng, 12)
        m(p.money(), amount=p.amount)(" paid", status="success")(" from your ")
        m("Airtel Payments Bank Wallet", method="wallet")(" to ")(name, merchant=name)(" on ")(d, date=p.date)
        m(". Txn ID ")(tid, txn=tid)(f". Wallet Bal Rs.{bal}")
    else:
        tid = f"T{p.date:%y%m%d}{digits(rng, 12)}"
        m(p.money(), amount=p.amount)(" paid", status="success")(" to ")(name, merchant=name)(" from ")
        m("PhonePe Wallet", method="wallet")(" on ")(d, date=p.date)(". Txn ID ")(tid, txn=tid)
        m(f". Wallet Balance Rs.{bal}")
    facts = m.facts()
    if dated:
        label = divider(rng, p.date)
    else:
        label = rng.choice(["Today", when(p.date, "{d} %b %Y")])
        if label != "Today":
            facts["date"] = p.date
    items = [("day", label), ("msg", m.text, p.minute, False)]
    return rows_of(m.text), truth(facts), sms_style(font, rng, code, items)


# ---------------------------------------------------------------- drawing


def wrap_text(face, text: str, room: float) -> list[str]:
    """``text`` in lines no wider than ``room``, its own line breaks kept; a sum stays with its mark."""
    lines: list[str] = []
    for para in text.split("\n"):
        words: list[str] = []
        for word in para.split():
            if words and words[-1] in ("Rs", "Rs.", "INR", "Rs:"):
                words[-1] = f"{words[-1]} {word}"
            else:
                words.append(word)
        line = ""
        for word in words:
            if line and face.getlength(f"{line} {word}") > room:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return lines


def _thread(font: str, style: dict) -> Image.Image:
    h = style["h109"]
    w, size = style["width"], style["size"]
    paper, ink, soft = style["paper"], style["ink"], style["label_ink"]
    dark = h["dark"]
    bubble = (44, 46, 54) if dark else (233, 235, 241)
    chosen_fill = (38, 66, 112) if dark else (196, 218, 252)
    face, small = load_font(font, size), load_font(font, 16)
    room = w - 2 * 40 - 40
    step = int(size * 1.45)
    laid = []
    y = 126
    for item in h["items"]:
        if item[0] == "day":
            laid.append((y, item, None))
            y += 44
        else:
            lines = wrap_text(face, item[1], room)
            laid.append((y, item, lines))
            y += len(lines) * step + 30 + 34
    height = y + 100
    canvas = Image.new("RGB", (w, height), paper)
    draw = ImageDraw.Draw(canvas)
    _status_bar(draw, w, h, ink)
    yy = 66
    if h["selected"]:
        draw.line((26, yy - 10, 46, yy + 10), fill=ink, width=3)
        draw.line((26, yy + 10, 46, yy - 10), fill=ink, width=3)
        draw.text((70, yy - 14), "1 selected", font=load_font(font, 23), fill=ink)
        # copy, forward and delete icons, drawn
        x = w - 170
        draw.rectangle((x, yy - 12, x + 16, yy + 8), outline=ink, width=2)
        draw.rectangle((x + 6, yy - 6, x + 22, yy + 14), outline=ink, width=2, fill=paper)
        x += 60
        draw.polygon([(x, yy - 4), (x + 16, yy - 4), (x + 16, yy - 12), (x + 30, yy), (x + 16, yy + 12),
                      (x + 16, yy + 4), (x, yy + 4)], outline=ink)
        x += 60
        draw.rectangle((x + 2, yy - 8, x + 20, yy + 12), outline=ink, width=2)
        draw.line((x - 2, yy - 10, x + 24, yy - 10), fill=ink, width=2)
    else:
        draw.line((34, yy - 10, 24, yy, 34, yy + 10), fill=ink, width=3)
        draw.ellipse((50, yy - 20, 90, yy + 20), fill=(60, 120, 200))
        draw.text((62, yy - 13), h["sender"][3], font=load_font(font, 22), fill=WHITE)
        draw.text((104, yy - 14), h["sender"], font=load_font(font, 23), fill=ink)
    draw.line((0, 104, w, 104), fill=soft, width=1)
    for top, item, lines in laid:
        if lines is None:
            draw.text(((w - small.getlength(item[1])) / 2, top + 12), item[1], font=small, fill=soft)
            continue
        bubble_h = len(lines) * step + 30
        right = 40 + max(face.getlength(line) for line in lines) + 40
        if item[3]:
            draw.rectangle((0, top - 8, w, top + bubble_h + 34), fill=(30, 42, 64) if dark else (226, 236, 252))
        draw.rounded_rectangle((30, top, right, top + bubble_h), radius=22, fill=chosen_fill if item[3] else bubble)
        for i, line in enumerate(lines):
            draw.text((50, top + 15 + i * step), line, font=face, fill=ink)
        draw.text((40, top + bubble_h + 6), item[2], font=small, fill=soft)
    draw.rounded_rectangle((20, height - 80, w - 80, height - 30), radius=25, outline=soft, width=2)
    draw.text((44, height - 66), "Text message", font=load_font(font, 18), fill=soft)
    draw.polygon([(w - 60, height - 72), (w - 24, height - 55), (w - 60, height - 38)], fill=soft)
    return canvas


def _lock(font: str, style: dict) -> Image.Image:
    h = style["h109"]
    w, size = style["width"], style["size"]
    face, small, bold = load_font(font, size), load_font(font, 16), load_font(font, 18)
    step = int(size * 1.4)
    card_h = 70 + len(h["lines"]) * step + 14
    other_h = 92
    height = 420 + card_h + other_h + 160
    top, bottom = h["wall"]
    canvas = Image.new("RGB", (w, height), top)
    draw = ImageDraw.Draw(canvas)
    for y in range(height):  # the wallpaper's gradient
        t = y / height
        draw.line((0, y, w, y), fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    _status_bar(draw, w, {**h, "clock": ""}, WHITE)
    clock = load_font(font, 96)
    draw.text(((w - clock.getlength(h["clock"])) / 2, 90), h["clock"], font=clock, fill=WHITE)
    draw.text(((w - bold.getlength(h["phone_day"])) / 2, 220), h["phone_day"], font=bold, fill=WHITE)
    y = 300
    cards = [("alert", card_h), ("other", other_h)]
    if h["other_first"]:
        cards.reverse()
    for kind, ch in cards:
        draw.rounded_rectangle((24, y, w - 24, y + ch), radius=24, fill=(238, 239, 243))
        dark_ink, grey = (28, 28, 34), (96, 98, 108)
        if kind == "alert":
            draw.ellipse((44, y + 16, 68, y + 40), fill=(30, 160, 90))
            draw.text((78, y + 18), f"Messages  {sign(font, chr(0x2022), '-')}  {h['when']}", font=small, fill=grey)
            draw.text((46, y + 44), h["sender"], font=bold, fill=dark_ink)
            for i, line in enumerate(h["lines"]):
                draw.text((46, y + 72 + i * step), line, font=face, fill=dark_ink)
        else:
            app, title, text = h["other"]
            draw.ellipse((44, y + 16, 68, y + 40), fill=(90, 110, 200))
            draw.text((78, y + 18), app, font=small, fill=grey)
            draw.text((46, y + 44), f"{title}: {text}" if title else text, font=face, fill=dark_ink)
        y += ch + 16
    # the lock and the unlock hint, drawn
    draw.rounded_rectangle((w // 2 - 12, height - 110, w // 2 + 12, height - 88), radius=4, fill=WHITE)
    draw.arc((w // 2 - 9, height - 126, w // 2 + 9, height - 100), 180, 360, fill=WHITE, width=3)
    hint = "Swipe up to unlock"
    draw.text(((w - small.getlength(hint)) / 2, height - 70), hint, font=small, fill=WHITE)
    return canvas


def _chat(font: str, style: dict) -> Image.Image:
    h = style["h109"]
    w, size = style["width"], style["size"]
    dark = h["dark"]
    ink, soft = style["ink"], style["label_ink"]
    incoming = (32, 44, 51) if dark else WHITE
    outgoing = (0, 92, 75) if dark else (217, 253, 211)
    face, small = load_font(font, size), load_font(font, 15)
    room = int(w * 0.78) - 40
    step = int(size * 1.42)
    laid = []
    y = 170
    for item in h["items"]:
        lines = wrap_text(face, item[1], room)
        extra = 26 if item[3] else 0
        bh = extra + len(lines) * step + 38
        laid.append((y, item, lines, bh))
        y += bh + 14
    height = y + 90
    canvas = Image.new("RGB", (w, height), style["paper"])
    draw = ImageDraw.Draw(canvas)
    bar = (31, 44, 52) if dark else (0, 128, 105)
    draw.rectangle((0, 0, w, 110), fill=bar)
    _status_bar(draw, w, h, WHITE)
    draw.line((30, 62, 20, 72, 30, 82), fill=WHITE, width=3)
    draw.ellipse((42, 50, 86, 94), fill=(170, 180, 186))
    draw.text((100, 52), h["contact"], font=load_font(font, 22), fill=WHITE)
    draw.text((100, 80), "online", font=small, fill=(220, 235, 230))
    label = h["chat_day"]
    lw = small.getlength(label) + 24
    draw.rounded_rectangle(((w - lw) / 2, 124, (w + lw) / 2, 152), radius=8,
                           fill=(24, 34, 40) if dark else (225, 242, 251))
    draw.text(((w - small.getlength(label)) / 2, 129), label, font=small, fill=soft)
    for top, item, lines, bh in laid:
        width = max([face.getlength(line) for line in lines] + [small.getlength("Forwarded") + 30, 90]) + 40
        if item[0] == "in":
            x0 = 18
        else:
            x0 = w - 18 - width
        draw.rounded_rectangle((x0, top, x0 + width, top + bh), radius=12,
                               fill=incoming if item[0] == "in" else outgoing)
        ty = top + 10
        if item[3]:
            # the forwarded arrow, drawn, then the tag
            draw.line((x0 + 20, ty + 12, x0 + 30, ty + 4), fill=soft, width=2)
            draw.line((x0 + 30, ty + 4, x0 + 30, ty + 12), fill=soft, width=2)
            draw.line((x0 + 22, ty + 4, x0 + 30, ty + 4), fill=soft, width=2)
            draw.text((x0 + 38, ty), "Forwarded", font=small, fill=soft)
            ty += 26
        for i, line in enumerate(lines):
            draw.text((x0 + 20, ty + i * step), line, font=face, fill=ink)
        tw = small.getlength(item[2])
        draw.text((x0 + width - tw - (40 if item[0] == "out" else 14), top + bh - 24), item[2], font=small, fill=soft)
        if item[0] == "out":  # the read ticks, drawn
            tx, tyy = x0 + width - 34, top + bh - 14
            for dx in (0, 7):
                draw.line((tx + dx, tyy, tx + dx + 4, tyy + 4, tx + dx + 12, tyy - 6), fill=(83, 189, 235), width=2)
    draw.rounded_rectangle((12, height - 70, w - 80, height - 20), radius=25, fill=(32, 44, 51) if dark else WHITE)
    draw.text((40, height - 57), "Message", font=load_font(font, 19), fill=soft)
    draw.ellipse((w - 68, height - 72, w - 16, height - 20), fill=(0, 168, 132))
    return canvas


DRAW = {"thread": _thread, "lock": _lock, "chat": _chat}


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The page: a messages app's thread, a lock screen or a WhatsApp chat drawn here from ``style["h109"]``;
    an e-mail drawn by heldout106's ``compose`` in its mail client."""
    if "h109" in style:
        return DRAW[style["h109"]["frame"]](font, style)
    return mail_compose(rows, font, style)

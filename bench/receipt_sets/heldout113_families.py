"""The twelve heldout113 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: the single-payment result screen of an Indian UPI or bank app right after paying,
as screenshotted in 2026, with what surrounds it: reward and cashback cards, offers and loan ads with their own
sums, Split this bill / Share receipt / Pay again, a balance after paying, EMI and pay-later upsells, a verified
badge, a rating prompt, convenience and platform fees. Every row is added to ``heldout106_families.Page`` with the
facts it prints, and the truth is read back from the rows the page keeps (a screenshot cropped at the top keeps
only the rows under the cut). Cards, offers, balances and prompts carry no fact. ``compose`` is heldout106's: a
phone's status bar and app bar over the rows and the buttons under them, or the rows alone for a crop.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    AMBER,
    GREEN,
    MARGIN,
    ORDER_RANK,
    RED,
    TXN_RANK,
    UTR_RANK,
    Page,
    load_font,
)
from bench.receipt_sets.heldout106_families import compose as compose106

TURNS: dict[str, int] = {}

SHOPS = [
    "Jai Ambe Kirana", "Noor Bakers", "Sri Venkateswara Tiffins", "Patil Dairy Farm", "Hari Om Medicals",
    "Laxmi Stationers", "Bikaner Namkeen Bhandar", "Crystal Salon", "Fresh Basket Mart", "Anand Mobile Zone",
    "Kerala Spice Corner", "Shyam Cycle Works", "Madhuban Florist", "Goyal Paints", "Zaika Biryani House",
    "Mehta Opticians",
]
PEOPLE = [
    "Ravi Shankar Yadav", "Nisha Chauhan", "Farhan Siddiqui", "Lavanya Krishnan", "Deepak Joshi", "Harpreet Sandhu",
    "Sunita Bose", "Ajay Pawar", "Rekha Nambiar", "Mohit Khanna", "Bhavna Parekh", "Tenzin Dorje",
]
# registered names behind a shop's trade name (merchant_badge)
LEGAL = ["ANKUR RETAIL PRIVATE LIMITED", "SHREE BALAJI ENTERPRISES", "M/S GUPTA AND SONS", "RKS FOODS LLP",
         "VARDHMAN TRADING CO", "NEELKANTH VENTURES PVT LTD", "SAMARTH AGENCIES", "PRIME WELLNESS LLP"]
BANKS = ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Union Bank of India", "IDFC FIRST Bank", "Federal Bank"]

# app: (title on top, band colour or None, payee label, id label for the app's own number, handles)
APPS = {
    "PhonePe": ("PhonePe", (95, 37, 159), "Paid to", "Transaction ID", ["ybl", "ibl", "axl"]),
    "Google Pay": ("Google Pay", None, "To", "Google transaction ID", ["okaxis", "okhdfcbank", "oksbi", "okicici"]),
    "Paytm": ("Paytm", (0, 46, 110), "Paid to", "Order ID", ["paytm", "ptys", "pthdfc", "ptaxis"]),
    "BHIM": ("BHIM", (0, 98, 65), "Paid to", "Transaction ID", ["upi"]),
    "CRED": ("CRED", (18, 18, 20), "paid to", "CRED transaction ID", ["axisb", "yescred"]),
    "Amazon Pay": ("amazon pay", (35, 47, 62), "Paid to", "Transaction ID", ["apl", "yapl", "rapl"]),
    "MobiKwik": ("MobiKwik", (0, 84, 166), "Paid to", "Transaction ID", ["ikwik"]),
    "Navi": ("Navi", (20, 48, 120), "Paid to", "Transaction ID", ["naviaxis"]),
    "super.money": ("super.money", (40, 40, 40), "Paid to", "Transaction ID", ["superyes"]),
    "Jupiter": ("Jupiter", (234, 92, 60), "Paid to", "Transaction ID", ["jupiteraxis"]),
    "Fi": ("Fi", (0, 148, 120), "Paid to", "Transaction ID", ["fifederal"]),
    "slice": ("slice", (110, 40, 180), "Paid to", "Transaction ID", ["sliceaxis"]),
    "HDFC PayZapp": ("PayZapp", (0, 56, 130), "Paid to", "Transaction Ref No", ["pz", "hdfcbank"]),
    "ICICI iMobile": ("iMobile", (174, 40, 30), "Paid to", "Transaction Ref No", ["icici"]),
    "SBI YONO": ("YONO SBI", (40, 0, 110), "Paid to", "Transaction Ref No", ["sbi"]),
    "Axis open": ("open by Axis Bank", (151, 20, 77), "Paid to", "Transaction Ref No", ["axisbank"]),
    "Kotak 811": ("Kotak 811", (220, 30, 40), "Paid to", "Transaction Ref No", ["kotak"]),
}
UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "Amazon Pay", "MobiKwik", "Navi", "super.money",
            "Jupiter", "Fi", "slice"]
BANK_APPS = ["HDFC PayZapp", "ICICI iMobile", "SBI YONO", "Axis open", "Kotak 811", "Jupiter", "Fi"]
WORDS = {
    "success": ["Payment Successful", "Paid Successfully", "Transaction Successful", "Payment successful"],
    "failed": ["Payment Failed", "Transaction Failed", "Payment failed"],
    "pending": ["Payment Pending", "Payment Processing", "Transaction Pending"],
}
REFUND = [
    "Money, if debited, will be refunded in 3-5 days.",
    "If money was deducted, it will be refunded to your account in 3-5 working days.",
    "Don't worry, any amount debited will be refunded in 3-5 days.",
]
CAUSE = [
    "Your bank's server is not responding right now.",
    "Incorrect UPI PIN entered.",
    "The payee's bank is facing technical issues.",
    "Transaction declined by your bank.",
]
FOOTS = [
    "How was your payment experience?  Rate us",
    "Rate your experience  1 2 3 4 5",
    "Enjoying the app? Rate us on Play Store",
    "Need help with this payment?  Contact support",
]
ROWS_OF_BUTTONS = [
    "Split this bill  |  Share receipt  |  Pay again",
    "Share receipt  |  Pay again",
    "Split bill  |  Share  |  View history",
    "Pay again  |  Split with friends",
]
DAY_PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "%d %B %Y", "{d} %b, %Y", "%d-%b-%Y"]


def fresh() -> None:
    """Start every family's count again (``make_heldout113_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its app, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


class Screen(Page):
    """heldout106's page of rows and facts, with a sum's currency as a fact of its own (INR unless told)."""

    def truth(self) -> dict:
        out = super().truth()
        cur = next((found["cur"] for _, found in self.tags if "cur" in found), None)
        if cur and out["amount"] is not None:
            out["currency"] = cur
        return out

    def pair(self, label: str, value: str, **facts) -> None:
        """A label and its value on one row, or stacked (value under label) when the row is too wide."""
        face = load_font(self.font, self.style["size"])
        room = self.style["width"] - 2 * MARGIN
        if face.getlength(label) + face.getlength(value) + 24 <= room:
            self.add("pair", label, value, **facts)
        else:
            self.add("left", label)
            self.add("left", value, **facts)


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:11]
    options = [f"{base}@{rng.choice(banks)}", f"{base}{rng.randrange(10, 999)}@{rng.choice(banks)}",
               f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}"]
    if any(bank.startswith("p") for bank in banks):
        options.append(f"paytmqr{code(rng, 8, '0123456789abcdefghjkmnpqrstuvwxyz')}@{rng.choice(banks)}")
    return rng.choice(options)


def payee(rng: random.Random) -> str:
    name = rng.choice(SHOPS) if rng.random() < 0.65 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < 0.2 else name


def colour(status: str):
    return {"success": GREEN, "failed": RED, "pending": AMBER}[status]


def app_id(rng: random.Random, app: str, date: dt.date) -> str:
    if app == "PhonePe":
        return f"T{date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if app == "Paytm":
        return digits(rng, 20)
    if app == "Amazon Pay":
        return f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if app in ("CRED", "Navi", "super.money", "slice", "MobiKwik"):
        return code(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 15)
    return digits(rng, 16)


def day_text(rng: random.Random, date: dt.date) -> str:
    return f"{when(date, rng.choice(DAY_PATS))}, {hhmm(rng, lower=rng.random() < 0.4)}"


def other_sum(rng: random.Random, amount: float, low: float, high: float) -> float:
    """A sum for a card, ad or balance that is never the payment's."""
    while True:
        value = rupees(rng, low, high, p_round=0.6)
        if abs(value - amount) > 0.5:
            return value


# ---------------------------------------------------------------- one result screen


class Spec:
    """What one screen prints: the facts of the payment and which of them the page leaves out."""

    def __init__(self, rng: random.Random, app: str, status: str, *, no_ref: bool = False, no_day: bool = False,
                 low: float = 40, high: float = 18000, to: str | None = None):
        self.app, self.status = app, status
        self.date, self.amount = day(rng), rupees(rng, low, high)
        self.to = to or payee(rng)
        self.no_ref, self.no_day = no_ref, no_day
        self.ref = utr(rng, self.date)
        self.own = app_id(rng, app, self.date)


def head(p: Screen, s: Spec, *, band: bool = True) -> None:
    """The app's name on its band (the header a crop cuts off)."""
    title, tint, *_ = APPS[s.app]
    p.part = "head"
    if band and tint and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
    p.add("title", title)


def result(p: Screen, s: Spec, rs: Rs, *, big=None, method: str = "UPI", label: str | None = None,
           badge: bool = False, day_in_outcome: bool | None = None, word: str | None = None) -> None:
    """The outcome with its tick, the sum, the payee with "Payment to <handle>", and the day under the outcome
    (``day_in_outcome``) or in the details; ``big`` prints another line for the large sum (and carries its fact)."""
    rng, font = p.rng, p.font
    p.part = "outcome"
    tick = sign(font, "\u2713", "")
    word = word or rng.choice(WORDS[s.status])
    p.add("center", f"{tick} {word}".strip() if s.status == "success" and rng.random() < 0.5 else word,
          status=s.status)
    p.accent(colour(s.status))
    banded = bool(p.style.get("band"))
    if day_in_outcome is None:
        day_in_outcome = rng.random() < 0.5
    # on a band the day goes to the details, and a gap keeps the sum clear of the band's edge
    s.day_shown = not s.no_day and day_in_outcome and not banded
    if s.day_shown:
        p.add("small", day_text(rng, s.date), date=s.date)
    if banded:
        p.add("gap")
    p.part = "body"
    if big is None:
        p.add("big", rs(s.amount), amount=s.amount)
    else:
        big()
    _, _, to_label, _, handles = APPS[s.app]
    vpa = handle(rng, s.to, handles)
    if badge:
        p.add("title", s.to, merchant=s.to)
        p.add("small", f"{sign(font, chr(0x2714), '')} Verified merchant".strip())
        p.add("small", f"Payment to {vpa}", method=method)
    else:
        lab = label or to_label
        if s.status != "success" and lab.lower() == "paid to":
            lab = "Paying to" if rng.random() < 0.5 else "To"
        if rng.random() < 0.5:
            p.add("small", lab)
            p.add("center", s.to, merchant=s.to)
        else:
            p.add("center", f"{lab} {s.to}", merchant=s.to)
        p.add("small", f"Payment to {vpa}", method=method)


def details(p: Screen, s: Spec, source: str | None = None, *, source_facts: dict | None = None,
            own_first: bool = False) -> None:
    """Transaction details: the UPI reference (unless left out), the app's own number on some, the day (unless
    already under the outcome or left out), the account debited."""
    rng = p.rng
    p.part = "body"
    p.add("rule")
    p.add("left", rng.choice(["Transaction Details", "Payment details", "Details"]))
    ref_label = rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI transaction ID", "UPI Ref. No."])
    own_label = APPS[s.app][3]
    show_own = rng.random() < 0.55 or s.no_ref
    rows = []
    if not s.no_ref:
        rows.append((ref_label, s.ref, {"txn": (UTR_RANK, s.ref)}))
    if show_own:
        rank = ORDER_RANK if own_label == "Order ID" else TXN_RANK
        rows.insert(0 if own_first else len(rows), (own_label, s.own, {"txn": (rank, s.own)}))
    for label, value, facts in rows:
        p.pair(label, value, **facts)
    if not s.no_day and not getattr(s, "day_shown", False):
        p.pair(rng.choice(["Date & Time", "Paid on", "Date"]), day_text(rng, s.date), date=s.date)
    if source is None:
        source = f"{rng.choice(BANKS)} XX{digits(rng, 4)}"
    p.pair(rng.choice(["Debited from", "Paid from"]), source, **(source_facts or {}))


def foot(p: Screen, *, buttons: bool = True, rate: bool = True) -> None:
    rng = p.rng
    p.part = "foot"
    p.add("gap")
    if buttons:
        p.add("small", rng.choice(ROWS_OF_BUTTONS))
    if rate and rng.random() < 0.6:
        p.add("small", rng.choice(FOOTS))
    if rng.random() < 0.5:
        p.add("small", rng.choice(["Powered by UPI", "UPI  |  NPCI", "Secured by NPCI  |  UPI"]))


def screen(rng: random.Random, font: str, app: str, *, dark: bool | None = None, frame: str = "phone") -> Screen:
    if dark is None:
        dark = rng.random() < 0.25
    title = rng.choice(["", "Payment Status", "Transaction Details", "Receipt"])
    buttons = rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()])
    return Screen(font, rng, frame, dark=dark, title=title, buttons=buttons, size=rng.choice([21, 22, 23]))


def money(rng: random.Random, font: str) -> Rs:
    return Rs(rng, font, marks=("₹", "₹", "Rs.", "Rs"), groupings=("indian", "indian", "western"), p_whole=0.4)


# ---------------------------------------------------------------- what surrounds the screen (no facts)


def reward_card(p: Screen, s: Spec, rs: Rs) -> None:
    rng = p.rng
    back = other_sum(rng, s.amount, 2, 150)
    kind = rng.randrange(5)
    p.add("rule")
    if kind == 0:
        p.add("center", f"You won {rs(back)} cashback!")
        p.add("small", "Credited to your wallet in 24 hours")
    elif kind == 1:
        p.add("center", "You've got a Scratch card")
        p.add("small", f"Win up to {rs(other_sum(rng, s.amount, 50, 1000))}. Scratch now")
    elif kind == 2:
        p.add("center", f"Earn {rng.choice([1, 2, 3, 5])}% back")
        p.add("small", f"on your next 3 payments above {rs(float(rng.choice([100, 199, 250, 500])))}")
    elif kind == 3:
        p.add("center", f"{rs(back)} cashback earned")
        p.add("small", rng.choice(["Scratch card expires in 7 days", "Added to your rewards"]))
    else:
        p.add("center", f"+{rng.randrange(10, 600)} coins earned on this payment")
        p.add("small", f"Redeem for {rs(back)} off")


def offer_card(p: Screen, s: Spec, rs: Rs) -> None:
    rng = p.rng
    kind = rng.randrange(5)
    p.add("rule")
    if kind == 0:
        p.add("center", f"Get {rs(float(rng.choice([50, 75, 100, 150])))} off on your next recharge")
        p.add("small", f"Use code RECH{rng.randrange(10, 99)}. Min. recharge {rs(float(rng.choice([199, 249, 299])))}")
    elif kind == 1:
        p.add("center", f"Pre-approved loan up to {rs(float(rng.choice([50000, 100000, 200000, 500000])))}")
        p.add("small", "Instant disbursal. 100% digital. Check offer")
    elif kind == 2:
        p.add("center", f"Flat {rs(float(rng.choice([25, 40, 60])))} off on electricity bill")
        p.add("small", f"On bills above {rs(float(rng.choice([499, 799, 999])))}. Pay now")
    elif kind == 3:
        p.add("center", f"Personal loan up to {rs(float(rng.choice([300000, 500000, 1000000])))}")
        p.add("small", f"Interest from {rng.choice(['10.49', '10.99', '11.25'])}% p.a. Apply in 2 minutes")
    else:
        p.add("center", f"Buy gold from {rs(float(rng.choice([10, 51, 101])))}")
        p.add("small", "24K digital gold, 99.9% pure. Start saving")


def emi_card(p: Screen, s: Spec, rs: Rs) -> None:
    rng = p.rng
    months = rng.choice([3, 6, 9])
    p.add("rule")
    if rng.random() < 0.5:
        p.add("center", f"Convert to EMI: {rs(round(s.amount * 1.04 / months, 2))}/month")
        p.add("small", f"for {months} months. No-cost EMI on select cards")
    else:
        p.add("center", f"Pay later: limit up to {rs(float(rng.choice([10000, 25000, 60000])))}")
        p.add("small", "Pay next month, no interest for 30 days. Activate")


def balance_line(p: Screen, s: Spec, rs: Rs) -> None:
    rng = p.rng
    left = other_sum(rng, s.amount, 300, 95000)
    p.pair(rng.choice(["Balance:", "Available Balance", "A/c balance", "Balance after payment"]), rs(left))


# ---------------------------------------------------------------- the families


def reward_below(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's success screen with a reward card under it: "You won ₹X cashback!", a scratch card's "Win up to
    ₹X", "Earn 2% back on your next 3 payments above ₹X", coins and their rupee value; a failed and a pending one
    (no reward)."""
    k = place("reward_below")
    status = outcome(k, failed=(5,), pending=(2,))
    app = ["PhonePe", "Google Pay", "Paytm", "CRED", "Amazon Pay", "MobiKwik", "super.money", "Navi"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 6, no_day=k == 3)
    head(p, s)
    result(p, s, rs)
    if status == "success":
        reward_card(p, s, rs)
    else:
        p.add("small", rng.choice(REFUND) if status == "failed" else "Waiting for confirmation from your bank.")
    details(p, s)
    foot(p)
    return p.done()


def offer_banner(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A success screen with one or two ads under it: recharge discounts, pre-approved and personal loans up to
    lakhs, a bill discount, digital gold, each with its own sums; a failed and a pending one."""
    k = place("offer_banner")
    status = outcome(k, failed=(3,), pending=(6,))
    app = ["Paytm", "PhonePe", "MobiKwik", "BHIM", "Navi", "Google Pay", "Amazon Pay", "super.money"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 1, no_day=k == 7)
    head(p, s)
    if rng.random() < 0.5:
        offer_card(p, s, rs)
        p.part = "outcome"
    result(p, s, rs)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    details(p, s)
    offer_card(p, s, rs)
    if rng.random() < 0.5:
        offer_card(p, s, rs)
    foot(p)
    return p.done()


def balance_after(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank app's UPI result (YONO SBI, iMobile, PayZapp, open by Axis Bank, Kotak 811, Jupiter, Fi) that shows the
    account's balance after paying ("Balance: ₹X", "Available Balance", "Balance after payment") beside the
    account debited; a failed one (balance unchanged) and a pending one."""
    k = place("balance_after")
    status = outcome(k, failed=(4,), pending=(1,))
    app = ["SBI YONO", "ICICI iMobile", "HDFC PayZapp", "Axis open", "Kotak 811", "Jupiter", "Fi", "SBI YONO"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 5, no_day=k == 2, high=40000)
    head(p, s)
    result(p, s, rs)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if rng.random() < 0.5:
        balance_line(p, s, rs)
    details(p, s)
    if not any("alance" in str(row) for row in p.rows):
        balance_line(p, s, rs)
    if rng.random() < 0.5:
        offer_card(p, s, rs)
    foot(p)
    return p.done()


def fee_added(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Rent, education, card-bill and wallet payments whose screen adds a fee: Amount ₹X, Convenience fee / Platform
    fee / Processing fee ₹Y (GST on the fee on some), Total Amount / Total paid / Amount Paid ₹X+Y, the total also
    the large sum on most; a failed and a pending one."""
    k = place("fee_added")
    status = outcome(k, failed=(2,), pending=(7,))
    app = ["CRED", "Paytm", "PhonePe", "MobiKwik", "Amazon Pay", "super.money", "CRED", "Navi"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 4, no_day=k == 0, low=900, high=60000)
    base = s.amount
    fee = round(base * rng.choice([0.0039, 0.0075, 0.01, 0.0149]), 2) if rng.random() < 0.7 else float(
        rng.choice([5, 9, 10, 15, 29]))
    gst = round(fee * 0.18, 2) if rng.random() < 0.4 else 0.0
    s.amount = round(base + fee + gst, 2)
    head(p, s)
    top_total = rng.random() < 0.7

    def big() -> None:
        if top_total:
            p.add("big", rs(s.amount))
        else:
            p.add("big", rs(base))

    result(p, s, rs, big=big)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    p.add("rule")
    p.pair(rng.choice(["Amount", "Rent amount", "Bill amount", "Payment amount"]), rs(base))
    p.pair(rng.choice(["Convenience fee", "Platform fee", "Processing fee"]), rs(fee))
    if gst:
        p.pair("GST on fee", rs(gst))
    p.pair(rng.choice(["Total Amount", "Total paid", "Amount Paid"]), rs(s.amount), amount=s.amount)
    details(p, s)
    foot(p)
    return p.done()


def pay_later(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment drawn on a pay-later or credit line on UPI (ICICI Bank PayLater, slice credit line, Navi UPI credit
    line, Kotak PayLater, super.money credit line): Paid using the credit line XX1234, Available limit, Repay by a later
    day, interest-free days; a failed and a pending one."""
    k = place("pay_later")
    status = outcome(k, failed=(6,), pending=(3,))
    app, line = [("ICICI iMobile", "ICICI Bank PayLater"), ("slice", "slice credit line on UPI"),
                 ("Navi", "Navi UPI Credit Line"), ("Kotak 811", "Kotak PayLater on UPI"),
                 ("super.money", "super.money credit line"), ("PhonePe", "ICICI Bank Credit Line"),
                 ("Google Pay", "HDFC Bank Credit Line on UPI"), ("Paytm", "Axis Bank Credit Line on UPI")][k]
    p, rs = screen(rng, font, app), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 2, no_day=k == 5, high=25000)
    head(p, s)
    result(p, s, rs)
    if status == "failed":
        p.add("small", rng.choice(REFUND).replace("account", "credit line"))
    details(p, s, source=f"{line} XX{digits(rng, 4)}")
    p.add("rule")
    p.pair("Available limit", rs(other_sum(rng, s.amount, 2000, 90000)))
    p.pair("Repay by", when(s.date + dt.timedelta(days=rng.randrange(20, 45)), rng.choice(DAY_PATS)))
    p.add("small", rng.choice(["Interest-free for up to 45 days", "No interest if repaid by the due date"]))
    foot(p)
    return p.done()


def rupay_credit_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shop's QR paid with a RuPay credit card linked to UPI: Paid using <bank> RuPay Credit Card XX1234, reward
    points earned, the card's available credit; a failed and a pending one."""
    k = place("rupay_credit_upi")
    status = outcome(k, failed=(1,), pending=(5,))
    app = ["PhonePe", "CRED", "Google Pay", "Paytm", "super.money", "Navi", "BHIM", "Amazon Pay"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 7, no_day=k == 4, to=rng.choice(SHOPS))
    head(p, s)
    result(p, s, rs, method="card")
    if status == "failed":
        p.add("small", rng.choice(REFUND).replace("account", "card"))
    bank = rng.choice(["HDFC Bank", "Axis Bank", "SBI Card", "ICICI Bank", "Kotak", "IDFC FIRST Bank", "Yes Bank"])
    card = f"{bank} RuPay Credit Card XX{digits(rng, 4)}"
    details(p, s, source=card, source_facts={"method": "card"})
    if status == "success" and rng.random() < 0.7:
        p.add("center", f"{rng.randrange(2, 200)} reward points earned")
    if rng.random() < 0.6:
        p.pair("Available credit", rs(other_sum(rng, s.amount, 5000, 300000)))
    foot(p)
    return p.done()


def merchant_badge(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A verified merchant: the store's trade name in large type over "Verified merchant", "Payment to <handle>",
    and its registered name lower down ("Registered name: SHREE BALAJI ENTERPRISES"); a failed and a pending one."""
    k = place("merchant_badge")
    status = outcome(k, failed=(7,), pending=(4,))
    app = ["PhonePe", "Paytm", "Google Pay", "BHIM", "Amazon Pay", "CRED", "MobiKwik", "PhonePe"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    store = rng.choice(SHOPS)
    s = Spec(rng, app, status, no_ref=k == 3, no_day=k == 6, to=store)
    head(p, s)
    result(p, s, rs, badge=True)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    p.add("small", f"Registered name: {rng.choice(LEGAL)}")
    details(p, s)
    if status == "success" and rng.random() < 0.5:
        reward_card(p, s, rs)
    foot(p)
    return p.done()


def dark_mode(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Any app's result in its dark theme, with a reward, an offer or an EMI upsell under it; a failed and a
    pending one."""
    k = place("dark_mode")
    status = outcome(k, failed=(0,), pending=(5,))
    app = ["Google Pay", "CRED", "Jupiter", "Fi", "PhonePe", "slice", "Paytm", "Kotak 811"][k]
    p, rs = screen(rng, font, app, dark=True), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 4, no_day=k == 2)
    head(p, s, band=False)
    result(p, s, rs)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    details(p, s)
    if status == "success":
        [reward_card, offer_card, emi_card][k % 3](p, s, rs)
    foot(p)
    return p.done()


def cropped_top(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A result screenshot cropped at the top: no status bar, app bar or app name; on two in eight the outcome line
    (and a day under it) is cut too; a reward or offer card under the details on most; a failed and a pending one."""
    k = place("cropped_top")
    status = outcome(k, failed=(2,), pending=(6,))
    app = ["PhonePe", "Paytm", "Google Pay", "Amazon Pay", "BHIM", "Navi", "MobiKwik", "super.money"][k]
    p, rs = screen(rng, font, app, frame="crop"), money(rng, font)
    s = Spec(rng, app, status, no_ref=k == 0, no_day=k == 5)
    head(p, s, band=False)
    result(p, s, rs)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    details(p, s)
    if status == "success":
        (reward_card if k % 2 else offer_card)(p, s, rs)
    foot(p, rate=False)
    p.keep({"body", "foot"} if k in (1, 4) else {"outcome", "body", "foot"})
    return p.done()


def failed_with_retry(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A failed payment: the outcome in red, its cause ("Incorrect UPI PIN entered", the bank's server), "Money, if
    debited, will be refunded in 3-5 days", a Retry button; the reference on most."""
    k = place("failed_with_retry")
    app = ["PhonePe", "Google Pay", "Paytm", "BHIM", "SBI YONO", "MobiKwik", "CRED", "ICICI iMobile"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    p.style["h106"]["buttons"] = rng.choice([["Retry"], ["Retry", "Done"], ["Try again"]])
    s = Spec(rng, app, "failed", no_ref=k in (2, 5), no_day=k == 4)
    head(p, s)
    result(p, s, rs)
    p.add("small", rng.choice(CAUSE))
    p.add("small", rng.choice(REFUND))
    details(p, s)
    p.part = "foot"
    p.add("small", rng.choice(["Retry payment", "Try again with another bank account", "Retry"]))
    foot(p, buttons=False, rate=False)
    return p.done()


def pending_with_timer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A pending payment: "Payment Pending" or "Processing", a countdown ("Checking with your bank 04:32"), "Do not
    pay again", a Check status button; the reference on most, the day on most."""
    k = place("pending_with_timer")
    app = ["PhonePe", "Paytm", "Google Pay", "Navi", "BHIM", "Amazon Pay", "HDFC PayZapp", "super.money"][k]
    p, rs = screen(rng, font, app), money(rng, font)
    p.style["h106"]["buttons"] = rng.choice([["Check status"], ["Check status", "Done"], ["Refresh"]])
    s = Spec(rng, app, "pending", no_ref=k in (1, 6), no_day=k == 3)
    head(p, s)
    result(p, s, rs)
    p.add("center", f"{rng.choice(['Checking with your bank', 'Confirming payment', 'Please wait'])} "
                    f"0{rng.randrange(0, 5)}:{rng.randrange(60):02d}")
    p.add("small", rng.choice(["Please do not pay again. We will update you.",
                               "Do not retry. Status will update in 48 hours.",
                               "If the payment fails, money will be refunded in 3-5 days."]))
    details(p, s)
    p.part = "foot"
    p.add("small", "Check status")
    foot(p, buttons=False, rate=False)
    return p.done()


FOREIGN = {
    "AED": (("AED ", "AED "), 22.6, ["Carrefour Dubai Mall", "Al Fahidi Souvenirs", "Lulu Hypermarket Karama",
                                     "Zaatar w Zeit", "Bateel Dates"], (8, 900)),
    "SGD": (("S$", "SGD "), 64.1, ["Mustafa Centre", "Old Chang Kee", "Ya Kun Kaya Toast", "Toast Box VivoCity",
                                   "Kopitiam Changi"], (3, 400)),
    "EUR": (("\u20ac", "EUR "), 91.8, ["Galeries Lafayette", "Carrefour City Paris", "Monoprix Rivoli",
                                       "Paul Boulangerie", "Relay Gare du Nord"], (2, 350)),
}


def international_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """UPI abroad: a shop in the UAE, Singapore or France paid from an Indian UPI app (International payment
    successful), the sum in the local currency large (AED 45.00, S$12.80, €18.50) with "≈ ₹X" under it, Exchange rate,
    Amount in INR, Forex markup, Total debited in rupees; a failed and a pending one."""
    k = place("international_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    app = ["PhonePe", "Google Pay", "Paytm", "BHIM", "PhonePe", "ICICI iMobile", "Google Pay", "SBI YONO"][k]
    cur = ["AED", "SGD", "EUR"][k % 3]
    marks, rate, shops, (low, high) = FOREIGN[cur]
    p, rs = screen(rng, font, app), money(rng, font)
    mark = rng.choice([m for m in marks if glyphs(font, m)])
    s = Spec(rng, app, status, no_ref=k == 6, no_day=k == 3, to=rng.choice(shops))
    s.amount = round(rng.uniform(low, high), 2) if rng.random() < 0.7 else float(rng.randrange(low, high))
    fx = round(rate + rng.uniform(-0.6, 0.6), 4)
    inr = round(s.amount * fx, 2)
    markup = round(inr * 0.035, 2) if rng.random() < 0.6 else 0.0
    head(p, s)

    def big() -> None:
        p.add("big", f"{mark}{s.amount:,.2f}", amount=s.amount, cur=cur)
        approx = sign(font, "\u2248", "~")
        p.add("small", f"{approx} {rs(inr)}")

    word = {"success": "International payment successful", "failed": "International payment failed",
            "pending": "International payment pending"}
    result(p, s, rs, big=big, word=word[s.status])
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    p.add("rule")
    p.pair("Exchange rate", f"1 {cur} = {fx:.4f} INR")
    p.pair("Amount in INR", rs(inr))
    if markup:
        p.pair("Forex markup (incl. GST)", rs(markup))
        p.pair("Total debited", rs(round(inr + markup, 2)))
    details(p, s)
    p.add("small", rng.choice(["UPI International is active till " + when(s.date + dt.timedelta(days=90),
                                                                          "%d %b %Y"),
                               "Paying abroad? Activate UPI International for 90 days"]))
    foot(p)
    return p.done()


def compose(rows: list[tuple], font: str, style: dict):
    """heldout106's frames: a phone (status bar, app bar, buttons) or a crop (the rows alone)."""
    return compose106(rows, font, style)

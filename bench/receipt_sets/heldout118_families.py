"""The twelve heldout118 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a fourth random day's proofs of payment, as a big-city online seller of electronics
and fashion receives them in 2026 from buyers across India on upper-middle-class phones and banks: UPI result
screens screenshotted on iPhones (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay); private banks' apps paying
by UPI (HDFC Bank MobileBanking, PayZapp, ICICI iMobile Pay, Axis Mobile, Kotak 811, IDFC FIRST, Yes Bank Iris); a
RuPay credit card on UPI and UPI Lite; neobank and fintech apps with their rewards (Jupiter, Fi, slice, Navi,
super.money, Groww); one private bank's SMS alert; a payment gateway's result page in a browser; a card issuer's
transaction e-mail; a private bank's IMPS / NEFT / RTGS confirmation; a store's pay-later or EMI checkout; the
seller's own app's "received" entry; a WhatsApp chat with one receipt image in it, or a UPI app's share card; a
city store's printed tax invoice. Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the
facts it prints, and the truth is read back from the rows the page keeps. Headings, footers, balances, fees,
rewards, offers, items, instalment schedules, chat bubbles and the payer's own details carry no fact.
``compose`` is heldout106's, with this set's marks drawn over or around it: an iPhone's status bar and home
indicator on an iOS screenshot, a WhatsApp chat round a receipt image (none of them prints a fact).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render
from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout106_families import compose as compose106
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import (
    APPR_RANK,
    INVOICE_RANK,
    colour,
    day26,
    dots,
    labelled,
    other_sum,
    paper,
    screen,
)

PLAIN = heldout14_render.render
TURNS: dict[str, int] = {}
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

SELLERS = [
    "UrbanKart Electronics", "Noir Threads", "Gadget Galaxy", "Kurta Kulture", "VoltEdge Mobiles",
    "Studio Saanjh", "PixelPoint Cameras", "Zari & Co", "Bombay Sneaker Club", "TechTrunk India", "Label Aarohi",
    "SoundBox Audio Hub", "Indigo Weaves", "Circuit Street", "Mirage Denim Co", "Kaapi Tech Accessories",
]
PEOPLE = ["Rohan Malhotra", "Sana Mirza", "Aditi Chatterjee", "Kunal Bhatia", "Meher Dastur", "Vikrant Rao",
          "Ishaan Khurana", "Tanvi Deshpande"]
BUYERS = ["Arjun Iyer", "Priyanka Sethi", "Rahul Bose", "Neha Kapadia", "Siddharth Jain", "Ananya Reddy",
          "Karan Oberoi", "Fatima Sheikh", "Devika Nair", "Aman Gill", "Sneha Pillai", "Varun Ahuja"]
BANKS = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Bank", "IDFC FIRST Bank", "Yes Bank", "IndusInd Bank",
         "SBI", "AU Bank", "Federal Bank"]
PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%a, {d} %b %Y",
        "%b {d}, %Y", "%d %b, %Y", "%Y-%m-%d", "{d} %b '%y"]
NOTES = ["for the blue kurta", "for earbuds", "kurta set M size", "balance for phone", "sneakers UK 9", "2 shirts",
         "lehenga advance", "charger + cable"]
SUCCESS = ["Payment Successful", "Paid successfully", "Transaction Successful", "Payment successful",
           "Money sent", "Paid"]
FAILED = ["Payment Failed", "Transaction failed", "Payment declined", "Payment unsuccessful"]
PENDING = ["Payment Pending", "Payment processing", "Transaction pending", "Awaiting bank confirmation"]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "This is taking longer than usual. Check back after some time."]


def fresh() -> None:
    """Start every family's count again (``make_heldout118_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def payee(rng: random.Random, caps: float = 0.2) -> str:
    name = rng.choice(SELLERS) if rng.random() < 0.75 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    return rng.choice([f"{base}@{rng.choice(banks)}", f"{base}{rng.randrange(1, 99)}@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}",
                       f"{base[:7]}.store@{rng.choice(banks)}"])


def stamp(rng: random.Random, date: dt.date, pats: list[str] = PATS, *, hour: bool = True,
          twelve: bool = True) -> str:
    text = when(date, rng.choice(pats))
    if hour:
        text += rng.choice([", ", " ", " at ", " | ", " - "]) + hhmm(rng, twelve=twelve, lower=rng.random() < 0.3)
    return text


def money(rng: random.Random, font: str, p_whole: float = 0.35, marks=("₹", "₹", "Rs.", "Rs", "INR")) -> Rs:
    return Rs(rng, font, marks=marks, groupings=("indian", "indian", "indian", "western"), p_whole=p_whole)


def ios(p: Screen) -> None:
    """Mark a phone screen as an iPhone's screenshot: its status bar and home indicator are drawn by ``compose``."""
    p.style["h118"] = {"ios": True}


def masked(rng: random.Random, font: str) -> str:
    return rng.choice(["XX", "xx", dots(font), "*", "XXXX"]) + digits(rng, 4)


# ---------------------------------------------------------------- one UPI result screen, any app


class Pay:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 199,
                 high: float = 45000, to: str | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high)
        self.to = to or payee(rng)
        self.ref = utr(rng, self.date)


def outcome_line(p: Screen, status: str, words: dict = WORDS) -> None:
    rng = p.rng
    word = rng.choice(words[status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if status == "success" and rng.random() < 0.4 else word,
          status=status)
    p.accent(colour(status))


def upi_body(p: Screen, u: Pay, rs: Rs, handles: list[str], *, own: tuple | None = None,
             source: tuple[str, str, str | None] | None = None, ref_labels: list[str] | None = None) -> None:
    """The outcome, the sum, the payee and its handle, then the details: the UPI reference, the app's or bank's own
    id (``own``: label, value, rank) on some, the day, the source (label, text, the way it names or None)."""
    rng = p.rng
    p.part = "outcome"
    outcome_line(p, u.status)
    p.part = "amount"
    p.add("big", rs(u.amount), amount=u.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to", "Paid to:"] if u.status == "success"
                     else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", u.to, merchant=u.to)
    else:
        p.add("center", f"{lab} {u.to}", merchant=u.to)
    vpa = handle(rng, u.to, handles)
    card = source is not None and source[2] == "card"
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), **({} if card else {"method": "UPI"}))
    if u.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif u.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details", "More info"]))
    if not u.no_ref:
        rows = [(rng.choice(ref_labels or ["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "RRN",
                                           "UTR No", "UPI Ref. No."]), u.ref, (UTR_RANK, u.ref))]
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not u.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on", "On"]),
                 stamp(rng, u.date), date=u.date)
    if source:
        label, text, way = source
        p.pair(label, text, **({"method": way} if way else {}))
    if rng.random() < 0.35:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(NOTES))


def head(p: Screen, name: str, band, dark: bool, sub: list[str] | None = None) -> None:
    p.part = "head"
    if band and not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name)
    banded = bool(band) and not dark
    if sub and (banded or p.rng.random() < 0.5):
        p.add("small", p.rng.choice(sub))
    if banded:
        p.add("gap")  # the rows under the app's band start below it


def foot(p: Screen, rows: list[str]) -> None:
    p.part = "foot"
    p.add("gap")
    p.add("small", p.rng.choice(rows))


# ---------------------------------------------------------------- 1. iPhone screenshots of UPI apps


IAPPS = {
    # title, band, handles, the app's own id label, its own id's shape
    "PhonePe": ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"], "Transaction ID"),
    "Google Pay": ("Google Pay", None, ["okaxis", "okhdfcbank", "okicici", "oksbi"], "Google transaction ID"),
    "Paytm": ("Paytm", (0, 40, 110), ["ptyes", "ptaxis", "pthdfc"], "Order ID"),
    "BHIM": ("BHIM", (0, 98, 65), ["upi"], None),
    "CRED": ("CRED", (18, 18, 20), ["axisb", "yescred"], "CRED transaction ID"),
    "Amazon Pay": ("amazon pay", (35, 47, 62), ["apl", "yapl", "rapl"], "Transaction ID"),
}


def own_id(rng: random.Random, app: str, date: dt.date) -> tuple[str, str, float] | None:
    label = IAPPS[app][3]
    if label is None:
        return None
    if app == "PhonePe":
        value = f"T{date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
    elif app == "Google Pay":
        value = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    elif app == "Paytm":
        value = digits(rng, 20)
    elif app == "Amazon Pay":
        value = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    else:
        value = code(rng, 3, UPPER) + digits(rng, 15)
    return label, value, ORDER_RANK if label == "Order ID" else TXN_RANK


def iphone_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's result screen screenshotted on an iPhone (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay,
    PhonePe, Google Pay; dark on some): the iOS status bar (clock, signal, 5G, battery) and home indicator, no
    Android navigation bar; the outcome, the sum, Paid to / To / Sent to and the payee's handle, the UPI reference
    and the app's own id on some, the day, Debited from / Paid from the buyer's bank; a failed and a pending one."""
    k = place("iphone_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    app = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "Amazon Pay", "PhonePe", "Google Pay"][k]
    dark = app == "CRED" or rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    p.style["h106"]["net"] = "5G"
    ios(p)
    rs = money(rng, font, 0.45)
    u = Pay(rng, status, no_ref=k == 6, no_day=k == 3)
    name, band, handles, _ = IAPPS[app]
    head(p, name, band, dark, ["UPI payment", "Scan & Pay", "Pay to merchant"])
    own = own_id(rng, app, u.date)
    upi_body(p, u, rs, handles, own=own,
             source=(rng.choice(["Debited from", "Paid from", "From", "Bank account"]),
                     f"{rng.choice(BANKS)} {masked(rng, font)}", None))
    if status == "success" and rng.random() < 0.5:
        p.part = "foot"
        p.add("rule")
        p.add("center", rng.choice([f"You won {rs(other_sum(rng, u.amount, 5, 75))} cashback",
                                    f"{rng.randrange(20, 600)} CRED coins earned",
                                    "Scratch card won! Open to reveal"]))
    foot(p, ["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"])
    return p.done()


# ---------------------------------------------------------------- 2. private banks' apps paying by UPI


BANK_UPI = {
    # title, band, handles, the bank's own reference label
    "HDFC MobileBanking": ("HDFC Bank", (0, 76, 143), ["hdfcbank"], "Transaction Reference No"),
    "PayZapp": ("PayZapp", (0, 56, 130), ["pz", "hdfcbank"], "Txn Ref No"),
    "ICICI iMobile Pay": ("iMobile Pay", (174, 40, 30), ["icici"], "Reference No."),
    "Axis Mobile": ("Axis Mobile", (151, 20, 77), ["axisbank"], "Bank Reference No."),
    "Kotak 811": ("Kotak 811", (220, 30, 40), ["kotak"], "Transaction Reference No"),
    "IDFC FIRST": ("IDFC FIRST Bank", (150, 30, 40), ["idfcbank"], "Txn Ref No"),
    "Yes Bank Iris": ("iris by YES BANK", (0, 60, 140), ["yesbank"], "Reference No."),
}


def bank_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A private bank's app paying by UPI (HDFC Bank MobileBanking, PayZapp, ICICI iMobile Pay, Axis Mobile, Kotak
    811, IDFC FIRST, Yes Bank Iris, iMobile again), on an iPhone or an Android phone: the outcome, the sum, the
    payee and handle, the UPI reference and the bank's own Transaction Reference No / Txn Ref No / Reference No. /
    Bank Reference No. on some, the day, the account debited, the balance after on some; a failed and a pending
    one."""
    k = place("bank_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    app = ["HDFC MobileBanking", "PayZapp", "ICICI iMobile Pay", "Axis Mobile", "Kotak 811", "IDFC FIRST",
           "Yes Bank Iris", "ICICI iMobile Pay"][k]
    dark = rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=620,
               title=rng.choice(["", "UPI Payment", "Pay via UPI", "Transaction Status"]),
               buttons=rng.choice([("Share", "Done"), ("Download",), ("Home",), ()]))
    if rng.random() < 0.6:
        ios(p)
    rs = money(rng, font, 0.35)
    u = Pay(rng, status, no_ref=k in (0, 6), no_day=k == 7)
    name, band, handles, own_label = BANK_UPI[app]
    head(p, name, band, dark, ["BHIM UPI", "UPI", "Send money"])
    own = (own_label, digits(rng, rng.choice([10, 12, 16])), BANK_RANK)
    upi_body(p, u, rs, handles, own=own,
             source=(rng.choice(["Debited from", "From A/c", "Account"]),
                     f"{rng.choice(['Savings', 'SB', 'Salary'])} A/c {masked(rng, font)}", None))
    if status == "success" and rng.random() < 0.5:
        p.pair(rng.choice(["Available Balance", "Avl. Bal"]), rs(other_sum(rng, u.amount, 2000, 250000)))
    foot(p, ["Add to favourites  |  Repeat", "Raise a query", "Never share your UPI PIN or OTP"])
    return p.done()


# ---------------------------------------------------------------- 3. RuPay credit card on UPI, UPI Lite


CC_BANKS = ["HDFC Bank", "ICICI Bank", "Axis Bank", "SBI Card", "Kotak", "IDFC FIRST", "Yes Bank", "AU Bank"]


def rupay_lite(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment from a RuPay credit card on UPI (four: Paid using / Paid from "<bank> RuPay Credit Card XX1234",
    reward points, available credit) or from UPI Lite (four: Paid from UPI Lite, "Available UPI Lite balance" after
    paying on some, no PIN needed) in PhonePe, Google Pay, Paytm, CRED, BHIM or a bank's app; a failed and a
    pending one."""
    k = place("rupay_lite")
    status = outcome(k, failed=(6,), pending=(1,))
    lite = k >= 4
    app = ["Google Pay", "PhonePe", "CRED", "Paytm", "PhonePe", "Paytm", "BHIM", "Google Pay"][k]
    dark = app == "CRED" or rng.random() < 0.25
    frame = rng.choice(["phone", "phone", "crop"])
    p = screen(rng, font, frame, dark=dark, width=620,
               title=rng.choice(["", "Payment status"]) if frame == "phone" else "",
               buttons=rng.choice([("Share", "Done"), ("Done",), ()]) if frame == "phone" else ())
    if frame == "phone" and rng.random() < 0.5:
        ios(p)
    rs = money(rng, font, 0.5)
    u = Pay(rng, status, no_ref=k == 3, no_day=k == 5, low=30 if lite else 499, high=1000 if lite else 60000)
    name, band, handles, _ = IAPPS[app]
    head(p, name, band, dark, ["UPI Lite" if lite else "Pay with RuPay Credit Card"])
    if lite:
        source = (rng.choice(["Paid from", "Debited from", "Paid using"]),
                  rng.choice(["UPI Lite", "UPI Lite balance", "UPI Lite wallet"]), None)
    else:
        source = (rng.choice(["Paid using", "Paid from", "Debited from"]),
                  f"{rng.choice(CC_BANKS)} RuPay Credit Card {rng.choice(['XX', 'xx', dots(font)])}{digits(rng, 4)}",
                  "card")
    upi_body(p, u, rs, handles, own=own_id(rng, app, u.date), source=source)
    p.part = "foot"
    if lite:
        if status == "success" and rng.random() < 0.7:
            p.pair(rng.choice(["Available UPI Lite balance", "UPI Lite balance"]),
                   rs(other_sum(rng, u.amount, 20, 4000)))
        p.add("small", rng.choice(["No UPI PIN needed for payments up to Rs.1,000",
                                   f"Auto top-up of {rs(1000.0)} when balance falls below {rs(200.0)}"]))
    else:
        if status == "success":
            p.add("center", f"{rng.randrange(5, 400)} reward points earned")
        p.pair(rng.choice(["Available credit", "Available limit"]), rs(other_sum(rng, u.amount, 20000, 300000)))
    foot(p, ["Share  |  Done", "Manage UPI Lite" if lite else "Manage RuPay card on UPI"])
    return p.done()


# ---------------------------------------------------------------- 4. neobank and fintech apps


NEO = {
    "Jupiter": ("Jupiter", (234, 92, 60), ["jupiteraxis"]),
    "Fi": ("Fi", (0, 148, 120), ["fifederal"]),
    "slice": ("slice", (110, 40, 180), ["sliceaxis"]),
    "Navi": ("Navi", (20, 48, 120), ["naviaxis"]),
    "super.money": ("super.money", (40, 40, 40), ["superyes"]),
    "Groww": ("Groww UPI", (0, 150, 110), ["yesg"]),
}


def neobank(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A neobank's or fintech app's UPI result screen (Jupiter, Fi, slice, Navi, super.money, Groww UPI, Jupiter,
    Fi; dark on many), the sum framed by rewards: Jewels / Fi-Coins / cashback / super coins earned, "You saved",
    a round-up into savings or gold; the payee, the UPI reference and the app's Transaction ID on some, the day;
    a failed and a pending one."""
    k = place("neobank")
    status = outcome(k, failed=(0,), pending=(3,))
    app = ["Jupiter", "Fi", "slice", "Navi", "super.money", "Groww", "Jupiter", "Fi"][k]
    dark = rng.random() < 0.5
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payment", "Transaction"]),
               buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
    if rng.random() < 0.5:
        ios(p)
    rs = money(rng, font, 0.5)
    u = Pay(rng, status, no_ref=k == 5, no_day=k == 6)
    name, band, handles = NEO[app]
    head(p, name, band, dark, ["UPI", "Pay anyone"])
    own = ("Transaction ID", code(rng, 3, UPPER) + digits(rng, 15), TXN_RANK)
    src = {"Jupiter": "Federal Bank Pot", "Fi": "Federal Bank Savings", "slice": "slice savings account",
           "Navi": "Axis Bank", "super.money": "Yes Bank", "Groww": "Groww UPI"}[app]
    upi_body(p, u, rs, handles, own=own,
             source=(rng.choice(["Paid from", "Debited from", "From"]), f"{src} {masked(rng, font)}", None))
    p.part = "foot"
    if status == "success":
        p.add("rule")
        reward = {"Jupiter": f"{rng.randrange(5, 120)} Jewels earned on this payment",
                  "Fi": f"{rng.randrange(10, 400)} Fi-Coins earned",
                  "slice": f"{rs(other_sum(rng, u.amount, 2, 150))} cashback (2% back)",
                  "Navi": f"{rs(other_sum(rng, u.amount, 1, 60))} cashback credited",
                  "super.money": f"You earned {rs(other_sum(rng, u.amount, 3, 200))} super cashback",
                  "Groww": f"Round-up {rs(other_sum(rng, u.amount, 1, 99))} invested in Digital Gold"}[app]
        p.add("center", reward)
        if rng.random() < 0.5:
            p.add("small", f"You saved {rs(other_sum(rng, u.amount, 10, 900))} this month with {name}")
    foot(p, ["Split with friends  |  Share", "Rate your experience", "Payments secured by NPCI UPI"])
    return p.done()


# ---------------------------------------------------------------- 5. one private bank's SMS alert


SENDERS = ["HDFCBK", "ICICIT", "AXISBK", "KOTAKB", "IDFCFB", "INDUSB", "YESBNK", "AUBANK"]


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One debit alert from a private bank in a messages app: HDFC "Sent Rs.X From HDFC Bank A/C *1234 To <NAME> On
    05/03/26 Ref …", ICICI "Acct XX123 debited for Rs X on 05-Mar-26; <NAME> credited. UPI:…", Axis's "INR X
    debited … UPI/P2M/<ref>/<NAME>", Kotak's "Sent Rs.X … to <handle>" (no name), IDFC FIRST's NEFT with no
    reference, IndusInd's failure, Yes Bank's with no day (the divider says Today), AU's pending one; the balance
    after on some."""
    k = place("bank_sms")
    status = outcome(k, failed=(5,), pending=(7,))
    no_day = k == 6
    date, amount = day26(rng), rupees(rng, 299, 60000)
    acct, ref = digits(rng, 4), utr(rng, date)
    to = payee(rng, caps=0.8)
    named = to.upper()[:22].strip()
    vpa = handle(rng, to, ["ybl", "okaxis", "okhdfcbank", "icici", "axl"])
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    sum_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    bal = f"{rng.choice(['Avl Bal', 'Avl bal:', 'Bal'])} {mark}{other_sum(rng, amount, 1500, 400000):,.2f}"
    method, txn = "UPI", (UTR_RANK, ref)
    if k == 0:
        named = to
        text = (f"Sent {sum_text}\nFrom HDFC Bank A/C *{acct}\nTo {to}\nOn {when(date, '%d/%m/%y')}\nRef {ref}\n"
                f"Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808")
    elif k == 1:
        text = (f"ICICI Bank Acct XX{acct[1:]} debited for {sum_text} on {when(date, '%d-%b-%y')}; {named} "
                f"credited. UPI:{ref}. Call 18002662 for dispute. SMS BLOCK {acct[1:]} to 9215676766.")
    elif k == 2:
        named = named[:18].strip()
        text = (f"{sum_text} debited\nA/c no. XX{acct}\n{when(date, '%d-%m-%y')}, {hhmm(rng, False, True)}\n"
                f"UPI/P2M/{ref}/{named}\nNot you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank")
    elif k == 3:
        named = None
        text = (f"Sent {sum_text} from Kotak Bank AC X{acct} to {vpa} on {when(date, '%d-%m-%y')}.UPI Ref {ref}. "
                f"Not you, https://kotak.com/KBANKT/Fraud")
    elif k == 4:
        method, txn = "netbanking", None
        text = (f"Your A/C XXXXXXX{acct} has been debited with {sum_text} on {when(date, '%d/%m/%Y')} towards NEFT "
                f"to {named}. {bal}. -IDFC FIRST Bank")
    elif k == 5:
        text = (f"Your UPI transaction of {sum_text} to {named} from A/c XX{acct} on {when(date, '%d-%m-%Y')} has "
                f"failed. UPI Ref No {ref}. Any amount debited will be reversed. -IndusInd Bank")
    elif k == 6:
        text = (f"{sum_text} debited from A/c XX{acct} to {named} via UPI. UPI Ref: {ref}. {bal}. Not you? Call "
                f"18001200 -Yes Bank")
    else:
        text = (f"Your UPI payment of {sum_text} to {named} on {when(date, '%d-%m-%y')} is pending. UPI Ref {ref}. "
                f"Please do not retry; the status will be updated shortly. -AU Small Finance Bank")
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD', 'JM'])}-{SENDERS[k]}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(date, "%A, {d} %B"), when(date, "{d} %b %Y"), when(date, "%a, {d} %b")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"amount": amount, "method": method, "status": status}
    if not no_day:
        facts["date"] = date
    if txn:
        facts["txn"] = txn
    p.add("left", text.replace("\n", " "), merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- 6. payment gateways' result pages


GATEWAYS = ["Razorpay", "Cashfree", "PayU", "CCAvenue", "Instamojo", "PhonePe PG", "Paytm PG", "Easebuzz"]
GW_URLS = {"Razorpay": "api.razorpay.com/v1/checkout/", "Cashfree": "payments.cashfree.com/order/#",
           "PayU": "secure.payu.in/_payment_options", "CCAvenue": "secure.ccavenue.com/transaction/",
           "Instamojo": "www.instamojo.com/order/status/", "PhonePe PG": "mercury.phonepe.com/transact/",
           "Paytm PG": "securegw.paytm.in/theia/", "Easebuzz": "pay.easebuzz.in/pay/"}
WAYS = ["card", "UPI", "netbanking", "card", "UPI", "UPI", "wallet", "netbanking"]


def way_text(rng: random.Random, font: str, way: str) -> str:
    if way == "card":
        brand = rng.choice(["Visa", "Mastercard", "RuPay", "Amex"])
        kind = "Credit" if brand == "Amex" else rng.choice(["Credit", "Debit"])
        return f"{brand} {kind} Card {rng.choice(['ending ', dots(font) + ' ', 'XXXX '])}{digits(rng, 4)}"
    if way == "UPI":
        return rng.choice([f"UPI ({handle(rng, rng.choice(BUYERS), ['okaxis', 'ybl', 'okicici', 'axl'])})",
                           "UPI", "UPI - QR", "UPI Intent"])
    if way == "wallet":
        return rng.choice(["Amazon Pay Balance", "MobiKwik Wallet", "Paytm Wallet", "Freecharge Wallet"])
    return f"Net Banking - {rng.choice(['HDFC Bank', 'ICICI Bank', 'Axis Bank', 'Kotak Mahindra Bank'])}"


def gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment gateway's result page in a browser, on the seller's checkout (Razorpay, Cashfree, PayU, CCAvenue,
    Instamojo, PhonePe PG, Paytm PG, Easebuzz): the seller on top (and under Merchant on some), the outcome, the
    sum, Payment ID pay_… / Order ID, Transaction ID / Bank Ref No, Tracking ID / Order No / Bank Ref. No., Payment
    ID MOJO…, PhonePe's Transaction ID and UTR, Paytm's Order ID / Transaction ID / Bank Txn ID, Easepay ID / Bank
    Ref No; the way paid (card, UPI, net banking, wallet), the day, the buyer's e-mail; a failed and a pending
    one."""
    k = place("gateway")
    status = outcome(k, failed=(3,), pending=(6,))
    gw, way = GATEWAYS[k], WAYS[k]
    no_ref, no_day = k == 1, k == 4
    p = screen(rng, font, "browser", width=rng.choice([640, 680]), size=rng.choice([20, 21]))
    p.style["h106"]["url"] = GW_URLS[gw] + ("" if no_ref else code(rng, 10, "abcdefghjkmnpqrstuvwxyz23456789"))
    rs = money(rng, font, 0.2, marks=("₹", "₹", "INR", "Rs."))
    date, amount = day26(rng), rupees(rng, 499, 85000)
    shop = rng.choice(SELLERS)
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("gap")
    p.part = "body"
    words = {"success": ["Payment Successful", "Your payment was successful", "Payment received. Thank you!",
                         "Payment complete"],
             "failed": ["Payment Failed", "Transaction declined", "Payment could not be completed"],
             "pending": ["Payment Pending", "Payment under processing", "Waiting for bank confirmation"]}
    p.add("center", rng.choice(words[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    if status == "failed":
        p.add("small", "If money was deducted, it will be refunded to the source within 5-7 working days.")
    if status == "pending":
        p.add("small", "We are awaiting confirmation from your bank. Please do not pay again.")
    p.add("rule")
    if rng.random() < 0.4:
        p.pair("Merchant", shop)
    rows: list[tuple] = []
    if not no_ref:
        if gw == "Razorpay":
            pid = "pay_" + code(rng, 14, ALNUM)
            rows += [("Payment ID", pid, (TXN_RANK, pid))]
            if rng.random() < 0.6:
                oid = "order_" + code(rng, 14, ALNUM)
                rows.append(("Order ID", oid, (ORDER_RANK, oid)))
        elif gw == "PayU":
            own = f"{digits(rng, 10)}"
            rows.append(("Transaction ID", own, (TXN_RANK, own)))
            ref = digits(rng, rng.choice([12, 15]))
            rows.append((rng.choice(["Bank Ref No", "Bank Reference No."]), ref, (BANK_RANK, ref)))
        elif gw == "CCAvenue":
            track = digits(rng, 12)
            rows.append(("Tracking ID", track, (TXN_RANK, track)))
            oid = f"{code(rng, 3, UPPER)}{digits(rng, 7)}"
            rows.append(("Order No", oid, (ORDER_RANK, oid)))
            if status != "failed":
                ref = digits(rng, 12)
                rows.append(("Bank Ref. No.", ref, (BANK_RANK, ref)))
        elif gw == "Instamojo":
            pid = "MOJO" + digits(rng, 4) + code(rng, 1, UPPER) + digits(rng, 8)
            rows.append(("Payment ID", pid, (TXN_RANK, pid)))
        elif gw == "PhonePe PG":
            pid = f"T{date:%y%m%d}{digits(rng, 14)}"
            rows.append(("Transaction ID", pid, (TXN_RANK, pid)))
            if status != "failed":
                ref = utr(rng, date)
                rows.append((rng.choice(["UTR", "UPI Ref No"]), ref, (UTR_RANK, ref)))
        elif gw == "Paytm PG":
            oid = f"ORDER{digits(rng, 8)}"
            rows.append(("Order ID", oid, (ORDER_RANK, oid)))
            tid = digits(rng, 20)
            rows.append(("Transaction ID", tid, (TXN_RANK, tid)))
        else:
            pid = f"E{date:%y%m%d}{code(rng, 6, UPPER + '23456789')}"
            rows.append(("Easepay ID", pid, (TXN_RANK, pid)))
            if status != "failed":
                ref = digits(rng, rng.choice([10, 12]))
                rows.append(("Bank Ref No", ref, (BANK_RANK, ref)))
    for label, value, txn in rows:
        p.pair(label, value, txn=txn)
    p.pair(rng.choice(["Paid via", "Payment Mode", "Payment Method", "Paid using"]), way_text(rng, font, way),
           method=way)
    if not no_day:
        p.pair(rng.choice(["Date", "Payment Date", "Paid on", "Transaction Date", "Date & Time"]),
               stamp(rng, date, twelve=rng.random() < 0.6), date=date)
    if rng.random() < 0.5:
        p.pair("Email", f"{rng.choice('abcdknprs')}****{rng.randrange(10, 99)}@gmail.com")
    else:
        p.pair("Mobile", f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}")
    p.part = "foot"
    p.add("gap")
    p.add("center", {"success": rng.choice(["Continue shopping", "View order"]), "failed": "Retry payment",
                     "pending": "Check status"}[status])
    p.add("small", rng.choice([f"Secured by {gw}", f"Powered by {gw}", f"{gw}  |  PCI DSS compliant"]))
    return p.done()


# ---------------------------------------------------------------- 7. card issuers' transaction e-mails


CARD_SHOPS = ["RAZ*URBANKART ELECTRONICS", "PAYU*NOIR THREADS", "CCA*GADGET GALAXY", "SHOPIFY* KURTA KULTURE",
              "PAYPAL *VOLTEDGE", "STRIPE*STUDIO SAANJH", "WWW.PIXELPOINTCAMERAS.COM", "ZARI AND CO MUMBAI",
              "BOMBAY SNEAKER CLUB", "RAZORPAY*TECHTRUNK"]


def card_mail(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card issuer's transaction alert e-mail in a mail client (HDFC Bank, ICICI Bank, Axis Bank, SBI Card,
    Kotak, American Express, IDFC FIRST, OneCard): the sentence with the card's last digits, the sum, the merchant as
    the card network names it (RAZ*…, PAYU*…, SHOPIFY* …, a web address), the day and hour, "card not present" on
    some; an Authorization code / Auth code, a Transaction reference no. / Reference No on some; the available
    limit; an Axis decline and an Amex "pending confirmation"; the e-mail's header gives its hour only."""
    k = place("card_mail")
    status = outcome(k, failed=(2,), pending=(5,))
    no_ref, no_day = k in (0, 3), k == 6
    date, amount = day26(rng), rupees(rng, 699, 120000)
    c4 = digits(rng, 4)
    shop = rng.choice(CARD_SHOPS)
    mark = rng.choice(["Rs ", "Rs.", "INR ", "INR "])
    sum_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    clock = hhmm(rng, twelve=False, seconds=True)
    limit = f"{mark}{other_sum(rng, amount, 15000, 600000):,.2f}"
    ids: list[tuple[str, tuple]] = []
    auth, ref = digits(rng, 6), digits(rng, 12)
    if k == 0:
        bank, sender = "HDFC Bank", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"
        text = (f"Thank you for using your HDFC Bank Credit Card ending {c4} for {sum_text} at {shop} on "
                f"{when(date, '%d-%m-%Y')} {clock}.")
    elif k == 1:
        bank, sender = "ICICI Bank", "ICICI Bank <credit_cards@icicibank.com>"
        text = (f"Your ICICI Bank Credit Card XX{c4} has been used for a transaction of {sum_text} on "
                f"{when(date, '%b %d, %Y')} at {clock}. Info: {shop}.")
        ids.append((f"Transaction reference no.: {ref}", (BANK_RANK, ref)))
    elif k == 2:
        bank, sender = "Axis Bank", "Axis Bank Alerts <alerts@axisbank.com>"
        text = (f"Your Axis Bank Credit Card no. XX{c4} was declined for {sum_text} at {shop} on "
                f"{when(date, '%d-%m-%y')}, {clock[:5]} IST due to incorrect OTP.")
        ids.append((f"Reference No: {ref}", (BANK_RANK, ref)))
    elif k == 3:
        bank, sender = "SBI Card", "SBI Card <onlinesbicard@sbicard.com>"
        text = (f"Transaction of {sum_text} made on your SBI Credit Card ending {c4} at {shop} on "
                f"{when(date, '%d/%m/%y')}. This was a card not present transaction.")
    elif k == 4:
        bank, sender = "Kotak", "Kotak Mahindra Bank <creditcardalerts@kotak.com>"
        text = (f"Your Kotak Credit Card xx{c4} was used for {sum_text} at {shop} on {when(date, '%d-%b-%Y')} "
                f"(online, card not present).")
        ids.append((f"Auth code: {auth}", (APPR_RANK, auth)))
    elif k == 5:
        bank, sender = "American Express", "American Express <AmericanExpress@welcome.aexp.com>"
        c4 = digits(rng, 5)
        text = (f"A charge of {sum_text} at {shop} on your American Express Card ending {c4} on "
                f"{when(date, '{d} %B %Y')} is pending confirmation from the merchant.")
        ids.append((f"Reference: {ref}", (BANK_RANK, ref)))
    elif k == 6:
        bank, sender = "IDFC FIRST Bank", "IDFC FIRST Bank <transaction.alerts@idfcfirstbank.com>"
        text = f"{sum_text} spent on your IDFC FIRST Bank Credit Card ending XX{c4} at {shop}."
        ids.append((f"Authorisation Code: {auth}", (APPR_RANK, auth)))
    else:
        bank, sender = "OneCard", "OneCard <no-reply@getonecard.app>"
        text = (f"You have spent {sum_text} at {shop} using your OneCard ending {c4} on {when(date, '{d} %b %Y')}, "
                f"{clock[:5]}.")
        ids.append((f"Txn Ref No: {ref}", (BANK_RANK, ref)))
        if rng.random() < 0.5:
            ids.append((f"Approval Code: {auth}", (APPR_RANK, auth)))
    subject = {"success": rng.choice([f"Transaction alert for your {bank} Credit Card", "You have done a "
                                      "transaction on your credit card", f"{bank} Credit Card: transaction alert"]),
               "failed": "Transaction declined on your Axis Bank Credit Card",
               "pending": "Pending charge on your American Express Card"}[status]
    p = screen(rng, font, "mail", width=rng.choice([660, 700]), size=rng.choice([19, 20, 21]))
    p.style["h106"].update({"from": sender, "subject": subject, "sent": hhmm(rng)})
    p.part = "body"
    p.add("left", rng.choice(["Dear Cardmember,", "Dear Customer,", f"Dear {rng.choice(BUYERS)},"]))
    p.add("gap")
    facts = {"amount": amount, "merchant": shop, "method": "card", "status": status}
    if not no_day:
        facts["date"] = date
    p.add("left", text, **facts)
    p.add("gap")
    if not no_ref:
        for line, txn in ids:
            p.add("left", line, txn=txn)
    p.add("left", f"{rng.choice(['Available limit', 'Available credit limit', 'Avl Limit'])}: {limit}")
    p.add("gap")
    p.add("small", rng.choice(["If you have not done this transaction, please call us immediately on 1800 266 "
                               "4332 or block your card in the app.",
                               "Not you? Report it to us right away to block your card."]))
    p.add("small", f"Warm regards, {bank}")
    p.part = "foot"
    p.add("small", "This is a system-generated e-mail. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 8. private banks' IMPS / NEFT / RTGS


NETBANKS = [("HDFC Bank NetBanking", "HDFC", "netbanking.hdfcbank.com/netbanking/entry"),
            ("ICICI Bank Internet Banking", "ICIC", "infinity.icicibank.com/corp/AuthenticationController"),
            ("Axis Mobile", "UTIB", ""), ("Kotak Net Banking", "KKBK", "netbanking.kotak.com/knb2/"),
            ("IDFC FIRST Bank", "IDFB", ""), ("YES BANK NetBanking", "YESB", "yesonline.yesbank.co.in/index.html"),
            ("IndusInd Mobile", "INDB", ""), ("Federal Bank FedNet", "FDRL", "www.fednetbank.com/corp/BANKAWAY")]
MODES = ["IMPS", "NEFT", "RTGS", "IMPS", "NEFT", "IMPS", "RTGS", "NEFT"]


def netbank_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A private bank's IMPS, NEFT or RTGS transfer to the seller's current account, as a net-banking page in a
    browser (HDFC, ICICI, Kotak, Yes Bank, Federal) or an app screen (Axis, IDFC FIRST, IndusInd): the outcome, the
    Beneficiary Name / Payee / Beneficiary, its account masked, IFSC, Amount, Charges and GST on charges with the
    Total Amount Debited on some, the UTR / IMPS Reference No / Reference Number and the bank's own Transaction
    Reference No on some, the transfer's day, the debit account, Remarks; a failed and a pending one."""
    k = place("netbank_transfer")
    status = outcome(k, failed=(4,), pending=(2,))
    bank, head_code, url = NETBANKS[k]
    mode = MODES[k]
    no_ref, no_day = k == 6, k == 1
    web = bool(url)
    dark = not web and rng.random() < 0.3
    if web:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = url
    else:
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Fund Transfer"]),
                   buttons=rng.choice([("Share", "Done"), ("Download",), ()]))
        if rng.random() < 0.5:
            ios(p)
    rs = money(rng, font, 0.4, marks=("₹", "Rs.", "INR", "Rs"))
    date = day26(rng)
    amount = rupees(rng, 200000, 900000, 0.8) if mode == "RTGS" else rupees(rng, 1500, 180000, 0.5)
    to = rng.choice(SELLERS + PEOPLE)
    to = to.upper() if rng.random() < 0.6 else to
    p.part = "head"
    p.add("title", bank)
    p.add("left", rng.choice([f"Funds Transfer - {mode}", f"{mode} Transfer", "Transfer to other bank account"]))
    p.add("rule")
    p.part = "body"
    words = {"success": [f"Your {mode} transaction has been processed successfully", "Transaction Successful",
                         "Funds transferred successfully"],
             "failed": ["Transaction Failed", f"{mode} transfer unsuccessful", "Transaction could not be processed"],
             "pending": ["Transaction is under process", "Transaction Pending", "Transaction in progress"]}
    p.add("center", rng.choice(words[status]), status=status)
    p.accent(colour(status))
    if not web:
        p.add("big", rs(amount))
    p.pair(rng.choice(["Beneficiary Name", "Payee", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary Account No.", "Account Number", "To Account"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["IFSC", "IFSC Code"]), f"{rng.choice(['HDFC', 'ICIC', 'UTIB', 'KKBK', 'SBIN'])}0{digits(rng, 6)}")
    p.pair(rng.choice(["Transfer Mode", "Mode", "Payment Type"]), mode, method="netbanking")
    p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), rs(amount), amount=amount)
    if status != "failed" and rng.random() < (0.4 if mode == "IMPS" else 0.5):
        fee = {"IMPS": 5.0, "NEFT": 2.5, "RTGS": 24.5}[mode]
        gst = round(fee * 0.18, 2)
        p.pair("Charges", rs(fee))
        p.pair("GST on Charges", rs(gst))
        if rng.random() < 0.6:
            p.pair("Total Amount Debited", rs(round(amount + fee + gst, 2)))
    if not no_ref:
        rows = []
        if status != "failed":
            ref = (utr(rng, date) if mode == "IMPS" else neft_utr(head_code, rng, date) if mode == "NEFT"
                   else rtgs_utr(head_code, rng, date))
            lab = rng.choice(["IMPS Reference No", "Reference Number", "RRN"]) if mode == "IMPS" else \
                rng.choice(["UTR No", "UTR", "UTR Number"])
            rows.append((lab, ref, (UTR_RANK, ref)))
        if status == "failed" or rng.random() < 0.5:
            own = digits(rng, rng.choice([9, 10, 11]))
            rows.append((rng.choice(["Transaction Reference No", "Txn Ref No", "Reference ID"]), own,
                         (BANK_RANK, own)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Transfer Date", "Date & Time", "Initiated on"]),
               stamp(rng, date, twelve=rng.random() < 0.4), date=date)
    p.pair(rng.choice(["Debit Account", "From Account", "Debited from"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Remarks", "Purpose", "Narration"]), rng.choice(NOTES + ["Goods purchase", "Invoice payment"]))
    if status == "failed":
        p.add("small", "Reason: Beneficiary bank not responding. Amount, if debited, will be reversed.")
    if status == "pending":
        p.add("small", "Status will be updated once the beneficiary bank confirms. Do not initiate again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add beneficiary to favourites", "Print  |  Download PDF  |  New transfer",
                               "For assistance call 1860 267 6161"]))
    return p.done()


# ---------------------------------------------------------------- 9. pay-later and EMI checkouts


PLANS = [("Simpl", "Pay-in-3", "UPI"), ("Snapmint", "down payment", "UPI"), ("HDFC Bank", "card EMI", "card"),
         ("LazyPay", "Pay-in-3", "UPI"), ("Bajaj Finserv", "down payment", "card"), ("Kotak", "card EMI", "card"),
         ("Simpl", "Pay-in-3", "card"), ("Snapmint", "down payment", "UPI")]


def emi_paylater(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The seller's checkout result page (a browser) or order e-mail for an order paid in parts: Simpl or LazyPay
    Pay-in-3 (the first of three paid now, two later), a Snapmint or Bajaj Finserv EMI with a down payment paid now
    and a loan for the rest, an HDFC or Kotak credit card EMI (the whole sum charged to the card now, converted into
    monthly EMIs with interest): Paid now / First instalment / Down payment / Amount charged, Order Total,
    instalments and their days, EMI per month, tenure, interest, the loan amount, the provider's Transaction ID or
    the gateway's Payment ID and the Order ID, Loan ID / Agreement No on some; a failed and a pending one."""
    k = place("emi_paylater")
    status = outcome(k, failed=(4,), pending=(1,))
    provider, plan, way = PLANS[k]
    no_ref, no_day = k == 7, k == 6
    mail = rng.random() < 0.35
    shop = rng.choice(SELLERS)
    slug = "".join(ch for ch in shop.lower() if ch.isalnum())[:16]
    p = screen(rng, font, "mail" if mail else "browser", width=rng.choice([660, 700]), size=rng.choice([19, 20]))
    rs = money(rng, font, 0.3, marks=("₹", "₹", "Rs.", "INR"))
    date = day26(rng)
    total = float(rng.choice([8999, 12499, 15990, 24999, 32990, 45999, 18750, 6499]))
    if plan == "Pay-in-3":
        now = round(total / 3, 2)
        later = round(total - now, 2)
    elif plan == "down payment":
        now = float(round(total * rng.choice([0.2, 0.25, 0.3]) / 10) * 10)
        later = total - now
    else:
        now, later = total, 0.0
    words = {"success": {"Pay-in-3": "First instalment paid", "down payment": "Down payment successful",
                         "card EMI": "Payment successful"}[plan],
             "failed": "Down payment failed" if plan == "down payment" else "Payment failed",
             "pending": "Down payment pending" if plan == "down payment" else "Payment pending"}[status]
    if mail:
        p.style["h106"].update({"from": f"{shop} <orders@{slug}.in>",
                                "subject": {"success": f"Your {shop} order is confirmed",
                                            "failed": "Your payment did not go through",
                                            "pending": "We are confirming your payment"}[status],
                                "sent": hhmm(rng)})
    else:
        p.style["h106"]["url"] = f"{slug}.in/checkout/thank-you" + ("" if no_ref else f"?o={digits(rng, 6)}")
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("gap")
    p.part = "body"
    p.add("center", words, status=status)
    p.accent(colour(status))
    label = {"Pay-in-3": rng.choice(["Paid now (1 of 3)", "First instalment", "Paid today"]),
             "down payment": rng.choice(["Down payment", "Down payment paid", "Paid now"]),
             "card EMI": rng.choice(["Amount charged", "Charged to your card", "Amount paid"])}[plan]
    if status != "success" and plan != "card EMI":
        label = "Down payment" if plan == "down payment" else "First instalment"
    p.add("big", rs(now))
    p.pair(label, rs(now), amount=now)
    p.pair(rng.choice(["Order Total", "Order value", "Total order amount"]), rs(total))
    if plan == "Pay-in-3":
        p.pair("Plan", f"{provider} {plan}")
        for i in (1, 2):
            part = round(later / 2, 2) if i == 1 else round(later - round(later / 2, 2), 2)
            due = f"in {30 * i} days" if no_day else f"on {when(date + dt.timedelta(days=30 * i), '{d} %b %Y')}"
            p.pair(f"Instalment {i + 1} due", f"{rs(part)} {due}")
    elif plan == "down payment":
        months = rng.choice([3, 6, 9])
        p.pair(rng.choice(["Loan amount", "Financed amount"]), rs(later))
        p.pair("EMI", f"{rs(round(later / months, 2))} x {months} months")
        p.pair("First EMI on", when(date + dt.timedelta(days=rng.randrange(25, 40)), "%d-%m-%Y"))
        if rng.random() < 0.6:
            p.pair(rng.choice(["Loan ID", "Agreement No"]), f"{code(rng, 2, UPPER)}{digits(rng, 10)}")
        p.pair("EMI partner", provider)
    else:
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.99, 16.0])
        emi = round(total * (1 + rate / 100 * months / 12) / months, 2)
        p.pair("EMI tenure", f"{months} months @ {rate}% p.a.")
        p.pair("Monthly EMI", rs(emi))
        p.pair("Total payable", rs(round(emi * months, 2)))
        p.add("small", f"The full amount is charged to your {provider} Credit Card today and converted to EMI in "
                       "2-3 working days.")
    if way == "UPI":
        how = rng.choice([f"UPI ({handle(rng, rng.choice(BUYERS), ['okicici', 'ybl', 'okhdfcbank'])})", "UPI"])
    else:
        how = (f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {'Credit' if plan == 'card EMI' else 'Debit'} Card "
               f"ending {digits(rng, 4)}")
    p.pair(rng.choice(["Paid via", "Payment method", "First payment from"]) if plan != "card EMI" else "Card",
           how, method=way)
    if not no_ref:
        if provider in ("Simpl", "LazyPay", "Snapmint", "Bajaj Finserv"):
            tid = f"{provider[:2].upper()}{digits(rng, 12)}"
            p.pair(rng.choice([f"{provider} Transaction ID", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
        else:
            pid = "pay_" + code(rng, 14, ALNUM)
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        oid = f"#{rng.randrange(10001, 99999)}"
        p.pair(rng.choice(["Order ID", "Order No."]), oid, txn=(ORDER_RANK, oid.lstrip("#")))
    if not no_day:
        p.pair(rng.choice(["Order date", "Paid on", "Date"]), stamp(rng, date, hour=rng.random() < 0.6), date=date)
    if status == "failed":
        p.add("small", "Your order is on hold. Any amount debited will be refunded in 5-7 days.")
    if status == "pending":
        p.add("small", "We will confirm your order as soon as the payment is confirmed.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"EMI offered by {provider}. T&C apply.", "Track your order in My Account",
                               f"Questions? care@{slug}.in"]))
    return p.done()


# ---------------------------------------------------------------- 10. the seller's own app: payment received


BIZ = [("PhonePe Business", (95, 37, 159), "UPI"), ("Paytm for Business", (0, 40, 110), "UPI"),
       ("BharatPe", (0, 128, 128), "UPI"), ("Pine Labs One", (30, 30, 80), "card"),
       ("PhonePe Business", (95, 37, 159), "UPI"), ("Paytm for Business", (0, 40, 110), "UPI"),
       ("BharatPe", (0, 128, 128), "UPI"), ("Razorpay POS", (12, 40, 110), "UPI")]


def seller_received(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The seller's own business app with one payment opened (PhonePe Business, Paytm for Business, BharatPe, Pine
    Labs One's card sale, Razorpay POS's soundbox history): "Received ₹X from <buyer>" / Payment Received, the
    buyer's handle or card, Received in / Business name / Credited to the seller's business on some, the UPI Ref
    No / UTR / RRN and the app's Transaction ID, an Approval Code on the card sale, the day, "Settled to bank
    account XX1234", today's collection; a failed and a pending one."""
    k = place("seller_received")
    status = outcome(k, failed=(6,), pending=(1,))
    app, band, way = BIZ[k]
    no_ref, no_day = k == 5, k == 2
    dark = rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payment details", "Transaction"]),
               buttons=rng.choice([("Share",), ("Refund", "Share"), ()]))
    if rng.random() < 0.5:
        ios(p)
    rs = money(rng, font, 0.5)
    date, amount = day26(rng), rupees(rng, 299, 75000)
    buyer = rng.choice(BUYERS)
    seller = rng.choice(SELLERS)
    head(p, app, band, dark, ["Payments", "Transaction details"])
    p.part = "body"
    words = {"success": ["Payment Received", "Received successfully", f"Received from {buyer}"],
             "failed": ["Payment failed", "Payment not received"],
             "pending": ["Payment pending", "Payment processing"]}
    p.add("center", rng.choice(words[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    if way == "card":
        p.pair(rng.choice(["From", "Customer"]), buyer)
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {dots(font)} {digits(rng, 4)}", method="card")
    else:
        p.pair(rng.choice(["From", "Received from", "Payer"]), buyer)
        p.pair(rng.choice(["Payer UPI ID", "UPI ID"]), handle(rng, buyer, ["okaxis", "ybl", "okhdfcbank", "icici"]),
               method="UPI")
    if k in (0, 2, 4, 7) or rng.random() < 0.3:
        p.pair(rng.choice(["Received in", "Business name", "Credited to"]), seller, merchant=seller)
    if not no_ref:
        rows = []
        if status != "failed" or rng.random() < 0.5:
            ref = utr(rng, date)
            rows.append((rng.choice(["UPI Ref No", "UTR", "RRN", "Bank RRN"]) if way == "UPI" else "RRN", ref,
                         (UTR_RANK, ref)))
        own = (f"T{date:%y%m%d}{digits(rng, 14)}" if app.startswith("PhonePe") else digits(rng, 20)
               if app.startswith("Paytm") else code(rng, 2, UPPER) + digits(rng, 12))
        rows.append((rng.choice(["Transaction ID", "Txn ID"]), own, (TXN_RANK, own)))
        if way == "card" and status == "success":
            appr = digits(rng, 6)
            rows.append(("Approval Code", appr, (APPR_RANK, appr)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    if not no_day:
        p.pair(rng.choice(["Date & Time", "Received on", "Date"]), stamp(rng, date), date=date)
    if status == "success":
        p.add("small", rng.choice([f"Settled to bank account XX{digits(rng, 4)}", "Settlement: Instant",
                                   "Will be settled by tomorrow 9 AM"]))
    if status == "failed":
        p.add("small", "Ask the customer to pay again. Money, if debited, will be refunded to them.")
    p.part = "foot"
    p.add("rule")
    p.add("small", f"Today's collection {rs(other_sum(rng, amount, amount + 100, amount + 90000))}")
    if rng.random() < 0.5:
        p.add("small", rng.choice(["Soundbox: announced", "Device: Soundbox SB-2", "Terminal PL-44"]))
    return p.done()


# ---------------------------------------------------------------- 11. a WhatsApp chat with one receipt, share cards


CHAT_APPS = ["PhonePe", "Google Pay", "Paytm", "CRED", "Amazon Pay", "PhonePe", "Google Pay", "Paytm"]
CHAT_IN = ["Payment done, please check", "Sent. Pls confirm", "Hi, paid for the order", "Here's the screenshot",
           "Done"]
CHAT_OUT = ["Ok, will check and revert", "Noted, thanks", "Checking", "Let me verify with the bank"]


def chat_times(rng: random.Random, n: int) -> list[str]:
    """The bubbles' hours, in order, a minute or a few apart."""
    minute = rng.randrange(9 * 60, 22 * 60)
    times = []
    for _ in range(n):
        hour, mins = divmod(minute, 60)
        times.append(f"{(hour - 1) % 12 + 1}:{mins:02d} {'pm' if hour >= 12 else 'am'}")
        minute += rng.randrange(1, 6)
    return times


def chat_share(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A WhatsApp chat screenshot with one UPI receipt image in a bubble (five: the chat's header with the buyer's
    name, a day divider, the buyer's text and the image, each closed by its hour, the seller's reply with double
    ticks; no sum written), or a UPI app's share card (three: "Payment receipt" on the app's band, Status / Amount /
    Paid to / UPI ID / From / UPI Ref No / Date rows); a failed and a pending one."""
    k = place("chat_share")
    status = outcome(k, failed=(2,), pending=(6,))
    app = CHAT_APPS[k]
    name, band, handles, _ = IAPPS[app]
    dark = rng.random() < 0.3
    u = Pay(rng, status, no_ref=k in (4, 7), no_day=k == 0)
    rs = money(rng, font, 0.5)
    if k < 5:
        p = screen(rng, font, "crop", dark=dark, width=600)
        head(p, name, band, dark, ["UPI payment"])
        upi_body(p, u, rs, handles, own=own_id(rng, app, u.date),
                 source=(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} {masked(rng, font)}", None))
        buyer = rng.choice(BUYERS)
        divider = rng.choice(["Today", "Yesterday"]) if u.no_day or rng.random() < 0.5 else when(u.date, "{d} %B %Y")
        bubbles = []
        if rng.random() < 0.7:
            bubbles.append(("in", rng.choice(CHAT_IN)))
        bubbles.append(("image", ""))
        if rng.random() < 0.6:
            bubbles.append(("out", rng.choice(CHAT_OUT)))
        for _, text in bubbles:
            assert glyphs(font, text), (font, text)
        p.style["h118"] = {"chat": {"contact": buyer, "divider": divider, "bubbles": bubbles,
                                    "times": chat_times(rng, len(bubbles)), "dark": rng.random() < 0.3,
                                    "last_seen": rng.choice(["online", "last seen today at " + hhmm(rng, lower=True),
                                                             "typing..."])}}
        return p.done()
    p = screen(rng, font, "crop", dark=dark, width=rng.choice([560, 600]))
    head(p, name, band, dark, ["Payment receipt", "Transaction receipt", "Proof of payment"])
    if dark or not band:
        p.add("gap")
    p.part = "body"
    p.add("big", rs(u.amount))
    state = {"success": ["Success", "Successful", "Completed"], "failed": ["Failed", "Unsuccessful"],
             "pending": ["Pending", "Processing"]}[status]
    p.pair(rng.choice(["Status", "Payment status", "Transaction status"]), rng.choice(state), status=status)
    p.accent(colour(status))
    p.pair(rng.choice(["Amount", "Amount paid"]), rs(u.amount), amount=u.amount)
    p.pair(rng.choice(["Paid to", "To", "Payee"]), u.to, merchant=u.to)
    p.pair(rng.choice(["UPI ID", "Payee VPA"]), handle(rng, u.to, handles), method="UPI")
    p.pair(rng.choice(["From", "Payer"]), rng.choice(BUYERS))
    if not u.no_ref:
        p.pair(rng.choice(["UPI Ref No", "UTR", "UPI Transaction ID"]), u.ref, txn=(UTR_RANK, u.ref))
    if not u.no_day:
        p.pair(rng.choice(["Date", "Date & Time", "Paid on"]), stamp(rng, u.date), date=u.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    foot(p, [f"Shared via {name}", f"Generated by {name}  |  UPI"])
    return p.done()


# ---------------------------------------------------------------- 12. a city store's printed tax invoice


STORES = [("TECHZONE DIGITAL", "Linking Road, Bandra West, Mumbai 400050", "electronics"),
          ("NOIR THREADS", "Phoenix Marketcity, Kurla, Mumbai 400070", "fashion"),
          ("CIRCUIT STREET ELECTRONICS", "Nehru Place, New Delhi 110019", "electronics"),
          ("LABEL AAROHI", "Jubilee Hills Rd 36, Hyderabad 500033", "fashion"),
          ("VOLTEDGE MOBILES", "Brigade Road, Bengaluru 560001", "electronics"),
          ("ZARI & CO", "Park Street, Kolkata 700016", "fashion"),
          ("PIXELPOINT CAMERAS", "Koregaon Park, Pune 411001", "electronics"),
          ("MIRAGE DENIM CO", "Express Avenue, Chennai 600002", "fashion")]
GOODS = {"electronics": [("Boat Airdopes 141", 1299.0), ("Samsung 25W Charger", 1499.0),
                         ("OnePlus Nord Buds 3", 2799.0), ("Type-C Cable 1.5m", 499.0),
                         ("Redmi Note 14 5G 8/128", 17999.0), ("JBL Go 4 Speaker", 3999.0),
                         ("SanDisk 128GB microSD", 1149.0), ("Noise ColorFit Pro 6", 4499.0),
                         ("Logitech M331 Mouse", 1095.0), ("Screen Guard Tempered", 399.0)],
         "fashion": [("Linen Shirt Slim M", 1899.0), ("Chikankari Kurta L", 2450.0), ("Denim Jacket 40", 3299.0),
                     ("Cotton Saree Handloom", 4200.0), ("Palazzo Set S", 1650.0), ("Leather Belt 34", 899.0),
                     ("Silk Dupatta", 1250.0), ("Straight Fit Jeans 32", 2199.0)]}


def store_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A city store's printed tax invoice photographed (an electronics showroom or a fashion label; paper, serif
    or monospace): the store in capitals on top, its address, GSTIN, TAX INVOICE, Invoice No / Bill No with the
    financial year, Inv Date / Date, the customer, items with HSN and price, Gross, Discount, Taxable value,
    CGST / SGST, Round off, Net Amount / Grand Total / Total Payable, the tender line (card ending, UPI app) with an
    Appr Code and RRN or a UPI Ref No; a declined card and a pending UPI payment."""
    k = place("store_bill")
    status = outcome(k, failed=(3,), pending=(6,))
    store, address, kind = STORES[k]
    no_ref, no_day = k in (5,), k == 2
    way = "card" if k in (0, 3, 4, 7) else "UPI"
    p = screen(rng, font, width=rng.choice([560, 600]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    p.part = "head"
    p.add("title", store, merchant=store)
    p.add("center", address)
    p.add("center", f"GSTIN: {rng.randrange(10, 37)}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z"
                    f"{digits(rng, 1)}")
    p.add("center", rng.choice(["TAX INVOICE", "RETAIL INVOICE", "TAX INVOICE - CUSTOMER COPY"]))
    p.add("rule")
    p.part = "body"
    fy = f"{date.year % 100 - 1}-{date.year % 100}" if date.month < 4 else f"{date.year % 100}-{date.year % 100 + 1}"
    number = f"{store[:2]}/{fy}/{digits(rng, 5)}"
    if not no_ref:
        p.pair(rng.choice(["Invoice No:", "Bill No:", "Inv No."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Inv Date:", "Date:", "Bill Date:"]),
               when(date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%d/%m/%y"])) +
               (f" {hhmm(rng, twelve=False)}" if rng.random() < 0.5 else ""), date=date)
    p.pair("Customer:", f"{rng.choice(BUYERS)}  {rng.choice('6789')}XXXXX{digits(rng, 4)}")
    p.add("rule")
    gross = 0.0
    for item, price in rng.sample(GOODS[kind], rng.randrange(2, 5)):
        qty = rng.choice([1, 1, 1, 2])
        gross += price * qty
        p.pair(f"{item} x{qty}", f"{price * qty:,.2f}")
    p.add("rule")
    discount = round(gross * rng.choice([0.0, 0.05, 0.1, 0.15]), 2)
    exact = round(gross - discount, 2)
    net = float(round(exact))
    taxable = round(exact / 1.18, 2)
    gst = round((exact - taxable) / 2, 2)
    p.pair("Gross Amount", f"{gross:,.2f}")
    if discount:
        p.pair(rng.choice(["Less: Discount", "Discount"]), f"-{discount:,.2f}")
    p.pair("Taxable Value", f"{taxable:,.2f}")
    p.pair("CGST @9%", f"{gst:,.2f}")
    p.pair("SGST @9%", f"{round(exact - taxable - gst, 2):,.2f}")
    if abs(net - exact) > 0.001:
        p.pair("Round Off", f"{net - exact:+.2f}")
    rs = money(rng, font, 0.5, marks=("₹", "Rs.", "Rs", "INR"))
    p.pair(rng.choice(["Net Amount", "Grand Total", "Total Payable", "NET AMOUNT"]), rs(net), amount=net)
    p.add("rule")
    if way == "card":
        net_name = rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"])
        p.pair(rng.choice(["Tender: CARD", "Paid by Card"]), f"{net_name} XXXX{digits(rng, 4)}", method="card")
    else:
        p.pair(rng.choice(["Tender: UPI", "Paid by UPI"]), rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM"]),
               method="UPI")
    line = {"success": ["** PAID **", "PAYMENT RECEIVED - THANK YOU", "Payment Status: SUCCESS"],
            "failed": ["CARD DECLINED - PAYMENT NOT RECEIVED", "Payment Status: FAILED"],
            "pending": ["UPI PAYMENT PENDING - VERIFY BEFORE DELIVERY", "Payment Status: PENDING"]}[status]
    p.add("center", rng.choice(line), status=status)
    if not no_ref and status != "failed":
        if way == "card":
            appr, rrn = digits(rng, 6), utr(rng, date)
            p.pair("Appr Code:", appr, txn=(APPR_RANK, appr))
            if rng.random() < 0.6:
                p.pair("RRN:", rrn, txn=(UTR_RANK, rrn))
        elif status == "success":
            ref = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No:", "UTR:", "UPI Txn Ref:"]), ref, txn=(UTR_RANK, ref))
    p.part = "foot"
    p.add("rule")
    p.add("center", rng.choice(["Exchange within 7 days with invoice. No refunds.",
                                "Warranty as per manufacturer. Keep this invoice."]))
    p.add("center", rng.choice(["Thank you for shopping with us!", "Follow us @" + store.lower().replace(" ", "")]))
    return p.done()


# ---------------------------------------------------------------- drawing


def _ios(image: Image.Image, style: dict) -> Image.Image:
    """An iPhone's status bar over heldout106's (clock on the left; signal, 5G and the battery on the right) and the
    home indicator under the page."""
    h = style["h106"]
    w = image.width
    paper, ink = style["paper"], style["ink"]
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, w, 38), fill=paper)
    clock = h["clock"].lstrip("0") or h["clock"]
    draw.text((34, 8), clock, font=load_font("dejavu/DejaVuSans-Bold.ttf", 18), fill=ink)
    x = w - 142
    for i in range(4):
        draw.rounded_rectangle((x + i * 6, 22 - 3 * i - 3, x + i * 6 + 4, 26), radius=1, fill=ink)
    draw.text((w - 110, 9), "5G", font=load_font("dejavu/DejaVuSans-Bold.ttf", 15), fill=ink)
    draw.rounded_rectangle((w - 74, 11, w - 38, 27), radius=5, outline=ink, width=2)
    draw.rectangle((w - 71, 14, w - 71 + int(30 * h["battery"] / 100), 24), fill=ink)
    draw.rectangle((w - 36, 16, w - 33, 22), fill=ink)
    canvas = Image.new("RGB", (w, image.height + 34), paper)
    canvas.paste(image, (0, 0))
    ImageDraw.Draw(canvas).rounded_rectangle((w // 2 - 68, image.height + 18, w // 2 + 68, image.height + 23),
                                             radius=3, fill=ink)
    return canvas


def _ticks(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    blue = (83, 189, 235)
    for dx in (0, 6):
        draw.line((x + dx, y + 5, x + dx + 4, y + 9, x + dx + 11, y), fill=blue, width=2)


def _chat(body: Image.Image, font: str, style: dict) -> Image.Image:
    """A WhatsApp chat: its header (back arrow, the buyer's avatar and name), a day divider, the bubbles (the
    receipt as an image in one), each closed by its hour, the seller's own with blue double ticks, the input bar."""
    c = style["h118"]["chat"]
    dark = c["dark"]
    w = 760
    wall = (11, 20, 26) if dark else (236, 229, 221)
    bar = (31, 44, 52) if dark else (0, 94, 84)
    bin_, bout = ((32, 44, 51), (0, 92, 75)) if dark else ((255, 255, 255), (217, 253, 211))
    ink = (233, 237, 239) if dark else (17, 27, 33)
    soft = (134, 150, 160) if dark else (102, 119, 129)
    face, small = load_font(font, 21), load_font(font, 15)
    scale = 500 / body.width
    image = body.resize((500, int(body.height * scale)))
    heights = []
    for kind, _ in c["bubbles"]:
        heights.append(image.height + 20 if kind == "image" else 64)
    top = 40 + 84
    height = top + 70 + sum(h + 14 for h in heights) + 90
    canvas = Image.new("RGB", (w, height), wall)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, w, top), fill=bar)
    white = (240, 242, 244)
    draw.text((24, 8), c["times"][-1].split()[0].lstrip("0"), font=load_font("dejavu/DejaVuSans-Bold.ttf", 16),
              fill=white)
    draw.rounded_rectangle((w - 70, 12, w - 36, 26), radius=4, outline=white, width=2)
    draw.line((38, 82 - 10, 28, 82, 38, 82 + 10), fill=white, width=3)
    draw.ellipse((52, 58, 100, 106), fill=(120, 140, 160))
    draw.text((66, 68), c["contact"][0], font=load_font(font, 24), fill=(255, 255, 255))
    draw.text((116, 56), c["contact"], font=load_font(font, 23), fill=white)
    draw.text((116, 88), c["last_seen"], font=small, fill=(200, 210, 214))
    y = top + 20
    pill = small.getlength(c["divider"]) + 28
    draw.rounded_rectangle(((w - pill) / 2, y, (w + pill) / 2, y + 30), radius=8,
                           fill=(24, 34, 40) if dark else (255, 255, 255))
    draw.text(((w - pill) / 2 + 14, y + 6), c["divider"], font=small, fill=soft)
    y += 50
    for (kind, text), h, hour in zip(c["bubbles"], heights, c["times"]):
        if kind == "image":
            x0 = 24
            draw.rounded_rectangle((x0, y, x0 + image.width + 16, y + h), radius=12, fill=bin_)
            canvas.paste(image, (x0 + 8, y + 8))
            tw = small.getlength(hour)
            draw.rounded_rectangle((x0 + image.width - tw - 12, y + h - 36, x0 + image.width + 2, y + h - 14),
                                   radius=8, fill=(40, 40, 40))
            draw.text((x0 + image.width - tw - 6, y + h - 35), hour, font=small, fill=(245, 245, 245))
        else:
            out = kind == "out"
            bw = face.getlength(text) + small.getlength(hour) + (70 if out else 48)
            x0 = w - 24 - bw if out else 24
            draw.rounded_rectangle((x0, y, x0 + bw, y + h), radius=12, fill=bout if out else bin_)
            draw.text((x0 + 14, y + 12), text, font=face, fill=ink)
            hx = x0 + bw - small.getlength(hour) - (34 if out else 12)
            draw.text((hx, y + h - 24), hour, font=small, fill=soft)
            if out:
                _ticks(draw, int(x0 + bw - 28), y + h - 20)
        y += h + 14
    draw.rounded_rectangle((14, height - 70, w - 84, height - 20), radius=25, fill=bin_)
    draw.text((60, height - 57), "Message", font=load_font(font, 19), fill=soft)
    draw.ellipse((w - 72, height - 72, w - 18, height - 18), fill=(0, 168, 132))
    return canvas


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout106's frames (a phone, the rows alone, a messages app, an e-mail client, a browser), then this set's
    marks: an iPhone's status bar and home indicator on an iOS screenshot; a WhatsApp chat round the rows drawn as a
    receipt image."""
    extra = style.get("h118") or {}
    if extra.get("chat"):
        return _chat(PLAIN(rows, font, style), font, style)
    image = compose106(rows, font, style)
    if extra.get("ios") and style["h106"]["frame"] == "phone":
        image = _ios(image, style)
    return image

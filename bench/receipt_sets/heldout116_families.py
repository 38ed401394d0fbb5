"""The twelve heldout116 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a second random day's proofs of payment that a seller on an Indian marketplace
receives in 2026, one order each, drawn from the issuers the earlier sets used least: UPI result screens, share
cards and crops of Freecharge, Airtel Thanks, JioFinance, bob World, Kotak 811, FedMobile, RBL MoBank, AU 0101,
IDFC FIRST and Paytm's 2026 look; a bank app's IMPS / NEFT transfer; a net-banking receipt of a small or private
bank; one bank SMS from a bank no earlier set used; a Bharat Connect (BBPS) payment for a FASTag, an LPG cylinder,
an insurance premium or a loan EMI; a wallet payment; a gateway's result page on a shop's website; a shop's
e-mailed order receipt; a card terminal's charge slip and a terminal's UPI QR slip, both photographed paper. Every
row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is read
back from the rows the page keeps (a crop keeps only its rows). Headings, footers, balances, fees, rewards, offers,
items and the payer's own details carry no fact. ``compose`` is heldout106's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    AMBER,
    BANK_RANK,
    GREEN,
    ORDER_RANK,
    RED,
    TXN_RANK,
    UTR_RANK,
)
from bench.receipt_sets.heldout106_families import compose as compose106
from bench.receipt_sets.heldout113_families import Screen

# the README's families below a transaction id: an approval code, then an order's, then a document's own number
APPR_RANK, INVOICE_RANK = 1.5, 0.5
TURNS: dict[str, int] = {}

SELLERS = [
    "Anand Saree Kendra", "Chamunda Steel Works", "Hira Moti Jewellers", "Zaika Masala Mart", "Pragati Stationers",
    "Nandini Organics", "Tulsi Herbal Care", "Royal Footwear House", "Bhagwati Furnishing", "Kaveri Silk Weavers",
    "Madhuban Sweets", "Shree Ganesh Plastics", "Naaz Bangle Store", "Everest Sports Hub", "Yamuna Crockery",
    "Surya Solar Lights",
]
PEOPLE = [
    "Gopal Krishnan", "Rukhsar Bano", "Harpreet Kaur", "Venkatesh Iyer", "Bhavna Desai", "Nitin Kulkarni",
    "Shabana Shaikh", "Prakash Yadav", "Lalitha Menon", "Ajay Thakur",
]
BUYERS = ["Aditya Kapoor", "Nisha Reddy", "Vivek Sinha", "Pooja Agarwal", "Sameer Khan", "Ritu Malhotra",
          "Karthik Subramanian"]
BANKS = ["HDFC Bank", "SBI", "ICICI Bank", "Axis Bank", "Kotak Bank", "Bank of Baroda", "Canara Bank", "PNB",
         "Union Bank", "IDFC FIRST Bank", "Federal Bank", "AU Bank", "RBL Bank", "Airtel Payments Bank"]
IFSC = {"HDFC Bank": "HDFC", "State Bank of India": "SBIN", "ICICI Bank": "ICIC", "Axis Bank": "UTIB",
        "Kotak Mahindra Bank": "KKBK", "Bank of Baroda": "BARB", "Canara Bank": "CNRB", "Federal Bank": "FDRL",
        "RBL Bank": "RATN", "AU Small Finance Bank": "AUBL", "IDFC FIRST Bank": "IDFB", "Bandhan Bank": "BDBL",
        "Karnataka Bank": "KARB", "South Indian Bank": "SIBL", "Airtel Payments Bank": "AIRP",
        "Jio Payments Bank": "JIOP", "Yes Bank": "YESB", "IndusInd Bank": "INDB"}
PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%a, {d} %b %Y",
        "%b {d}, %Y", "{d} %b '%y"]
NOTES = ["order 2 pcs", "for dinner set", "advance for saree", "balance amt", "bangles order", "payment done",
         "sweets box", "as discussed"]


def fresh() -> None:
    """Start every family's count again (``make_heldout116_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def day26(rng: random.Random) -> dt.date:
    """A payment's day in 2026."""
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 350))


def colour(status: str):
    return {"success": GREEN, "failed": RED, "pending": AMBER}[status]


def payee(rng: random.Random, caps: float = 0.2) -> str:
    name = rng.choice(SELLERS) if rng.random() < 0.65 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    return rng.choice([f"{base}@{rng.choice(banks)}", f"{base}{rng.randrange(1, 99)}@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}",
                       f"{base[:6]}.{rng.randrange(10, 99)}@{rng.choice(banks)}"])


def dots(font: str, n: int = 4) -> str:
    return sign(font, "\u2022", "X") * n


def stamp(rng: random.Random, date: dt.date, pats: list[str] = PATS, *, hour: bool = True,
          twelve: bool = True) -> str:
    text = when(date, rng.choice(pats))
    if hour:
        text += rng.choice([", ", " ", " at ", " | ", " - ", ", "]) + hhmm(rng, twelve=twelve,
                                                                           lower=rng.random() < 0.3)
    return text


def screen(rng: random.Random, font: str, frame: str = "crop", *, dark: bool = False, width: int = 600,
           size: int | None = None, title: str = "", buttons: tuple[str, ...] = ()) -> Screen:
    return Screen(font, rng, frame, dark=dark, title=title, buttons=buttons, width=width,
                  size=size or rng.choice([21, 22, 23]))


def money(rng: random.Random, font: str, p_whole: float = 0.35, marks=("₹", "₹", "Rs.", "Rs", "INR"),
          groupings=("indian", "indian", "western")) -> Rs:
    return Rs(rng, font, marks=marks, groupings=groupings, p_whole=p_whole)


def labelled(p: Screen, label: str, value: str, **facts) -> None:
    """A label and its value: on one row, stacked, or run together with a colon."""
    mode = p.rng.random()
    if mode < 0.55:
        p.pair(label, value, **facts)
    elif mode < 0.8:
        p.add("small", label)
        p.add("left", value, **facts)
    else:
        p.add("left", f"{label}: {value}", **facts)


def other_sum(rng: random.Random, amount: float, low: float, high: float) -> float:
    """A sum for a card, ad, fee or balance that is never the payment's."""
    while True:
        value = rupees(rng, low, high, p_round=0.6)
        if abs(value - amount) > 0.5:
            return value


def offer_below(p: Screen, rs: Rs, amount: float) -> None:
    """A reward or offer under a success (no facts)."""
    rng = p.rng
    kind = rng.randrange(6)
    p.add("rule")
    if kind == 0:
        p.add("center", f"You earned {rs(other_sum(rng, amount, 1, 60))} cashback")
        p.add("small", "Credited to your rewards within 24 hours")
    elif kind == 1:
        p.add("center", f"{rng.randrange(10, 400)} reward points added")
        p.add("small", "Redeem points on your next recharge")
    elif kind == 2:
        p.add("center", f"Win up to {rs(other_sum(rng, amount, 100, 1000))} on your next UPI payment")
        p.add("small", "Offer valid on payments above Rs.100")
    elif kind == 3:
        p.add("center", f"Pre-approved personal loan up to {rs(float(rng.choice([75000, 200000, 500000])))}")
        p.add("small", "Instant disbursal. T&C apply")
    elif kind == 4:
        p.add("center", f"Get {rs(float(rng.choice([25, 40, 60])))} off on FASTag recharge")
        p.add("small", f"Use code FT{rng.randrange(10, 99)} before month end")
    else:
        p.add("center", "Invite friends to UPI and earn")
        p.add("small", "Rewards on their first payment")


# ---------------------------------------------------------------- UPI apps the earlier sets used least


APPS = {
    # title, band (None: plain), handles, the app's own id label (or None)
    "Freecharge": ("freecharge", (255, 102, 0), ["freecharge"], "Transaction ID"),
    "Airtel Thanks": ("airtel thanks", (220, 0, 20), ["airtel"], "Transaction ID"),
    "JioFinance": ("JioFinance", (15, 60, 170), ["jio"], "Txn ID"),
    "bob World": ("bob World", (232, 96, 30), ["barodampay"], None),
    "Kotak 811": ("Kotak 811", (230, 30, 40), ["kotak", "kmbl"], "Transaction ID"),
    "FedMobile": ("FedMobile", (0, 70, 140), ["fbl", "federal"], None),
    "RBL MoBank": ("RBL MoBank", (30, 60, 150), ["rbl"], None),
    "AU 0101": ("AU 0101", (108, 40, 140), ["aubank"], "Transaction ID"),
    "IDFC FIRST": ("IDFC FIRST Bank", (150, 30, 40), ["idfcfirst", "idfcbank"], None),
    "Paytm": ("Paytm", (0, 40, 110), ["ptyes", "ptaxis", "pthdfc", "ptsbi"], "Order ID"),
}
SUCCESS = ["Payment Successful", "Money sent successfully", "Payment done", "Transaction successful",
           "Paid successfully", "Payment complete"]
FAILED = ["Payment failed", "Transaction failed", "Payment unsuccessful", "Money could not be sent"]
PENDING = ["Payment pending", "Transaction pending", "Payment under process", "Awaiting bank confirmation"]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
REFUND = ["If money was debited, it will be credited back within 3 working days.",
          "Any amount deducted will be refunded to your bank account automatically.",
          "Your money is safe. If debited, it will be reversed by your bank."]
WAIT = ["We are checking with your bank. Please do not retry this payment.",
        "Final status will be updated within 24 hours.",
        "The payee's bank has not confirmed yet."]


def app_own_id(rng: random.Random, app: str, date: dt.date) -> str:
    if app == "Paytm":
        return digits(rng, 20)
    if app == "Freecharge":
        return f"FC{date:%y%m%d}{digits(rng, 12)}"
    if app == "Airtel Thanks":
        return f"AT{digits(rng, 16)}"
    if app == "JioFinance":
        return f"JF{code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(rng, 12)}"
    return code(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 15)


class Upi:
    """One UPI payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, app: str, status: str, *, no_ref: bool, no_day: bool,
                 low: float = 60, high: float = 28000):
        self.app, self.status, self.no_ref, self.no_day = app, status, no_ref, no_day
        self.date, self.amount, self.to = day26(rng), rupees(rng, low, high), payee(rng)
        self.ref = utr(rng, self.date)
        self.own = app_own_id(rng, app, self.date)


def upi_outcome(p: Screen, u: Upi, rs: Rs) -> None:
    """The outcome (a tick on some successes), the sum, the payee and its handle."""
    rng, font = p.rng, p.font
    p.part = "outcome"
    word = rng.choice(WORDS[u.status])
    tick = sign(font, "\u2714", "")
    p.add("center", f"{tick} {word}".strip() if u.status == "success" and rng.random() < 0.4 else word,
          status=u.status)
    p.accent(colour(u.status))
    if p.style.get("band"):
        p.add("gap")
    p.part = "amount"
    p.add("big", rs(u.amount), amount=u.amount)
    if u.status == "success":
        lab = rng.choice(["Paid to", "To", "Sent to", "Money sent to", "Transferred to"])
    else:
        lab = rng.choice(["To", "Paying to", "Payment to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", u.to, merchant=u.to)
    else:
        p.add("center", f"{lab} {u.to}", merchant=u.to)
    vpa = handle(rng, u.to, APPS[u.app][2])
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA {vpa}", f"UPI ID - {vpa}"]), method="UPI")
    if u.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif u.status == "pending":
        p.add("small", rng.choice(WAIT))


def upi_details(p: Screen, u: Upi, *, tail: str = "body") -> None:
    """The details: the UPI reference and on some the app's own id, then (in part ``tail``) the day, the account
    debited and a note."""
    rng = p.rng
    p.part = "body"
    p.add("rule")
    p.add("left", rng.choice(["Payment details", "Transaction info", "More details", "Txn details"]))
    own_label = APPS[u.app][3]
    if not u.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference Number", "UTR", "UPI Txn ID", "RRN", "UTR Number",
                             "UPI Ref. ID"]), u.ref, (UTR_RANK, u.ref))]
        if own_label and rng.random() < 0.5:
            rank = ORDER_RANK if own_label == "Order ID" else TXN_RANK
            rows.insert(rng.randrange(2), (own_label, u.own, (rank, u.own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = tail
    if not u.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction time", "Date", "Completed on", "Sent on"]),
                 stamp(rng, u.date), date=u.date)
    p.pair(rng.choice(["Debited from", "From account", "Bank account", "Paid from"]),
           f"{rng.choice(BANKS)} {rng.choice(['XX', dots(p.font), '*'])}{digits(rng, 4)}")
    if rng.random() < 0.4:
        p.pair(rng.choice(["Note", "Message", "Remark"]), rng.choice(NOTES))


def upi_result(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's result screen under a phone's status bar and app bar (Freecharge, Airtel Thanks, JioFinance,
    bob World, Kotak 811, FedMobile, RBL MoBank, AU 0101; dark on three): the outcome, the sum, Paid to / To /
    Sent to / Money sent to / Transferred to and the payee's handle, the details (a UPI reference, the app's id on
    some, the day, the account debited, a note), a reward or offer on most successes, a row of buttons or its
    words; a failed and a pending one."""
    k = place("upi_result")
    status = outcome(k, failed=(6,), pending=(3,))
    app = ["Freecharge", "Airtel Thanks", "JioFinance", "bob World", "Kotak 811", "FedMobile", "RBL MoBank",
           "AU 0101"][k]
    dark = k in (2, 5, 7)
    buttons = rng.choice([("Share", "Done"), ("Share receipt",), ("Pay again", "Share"), ("Done",), ()])
    title = rng.choice(["", "Payment status", "UPI payment", "Transaction receipt"])
    p = screen(rng, font, "phone", dark=dark, title=title, buttons=buttons)
    rs = money(rng, font, 0.45)
    u = Upi(rng, app, status, no_ref=k == 1, no_day=k == 4)
    name, band, *_ = APPS[app]
    p.part = "head"
    if band and not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name)
    upi_outcome(p, u, rs)
    upi_details(p, u)
    p.part = "foot"
    if status == "success" and rng.random() < 0.7:
        offer_below(p, rs, u.amount)
    p.add("gap")
    if not buttons:
        p.add("small", rng.choice(["Share  |  Pay again  |  Help", "Download receipt  |  Share",
                                   "Check balance  |  Done"]))
    if rng.random() < 0.5:
        p.add("small", rng.choice(["Powered by UPI  |  NPCI", "BHIM UPI", "Need help? Raise a query"]))
    return p.done()


def upi_cropped(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The same screens of Paytm (2026 look), RBL MoBank, bob World, Freecharge, Airtel Thanks, AU 0101, Kotak 811
    and JioFinance cropped by the buyer: at the top on two (the app bar and name gone; on one the outcome line too),
    at the bottom on two (the day, the account and all under them gone; on one the reference too); a failed and a
    pending one."""
    k = place("upi_cropped")
    status = outcome(k, failed=(7,), pending=(2,))
    app = ["Paytm", "RBL MoBank", "bob World", "Freecharge", "Airtel Thanks", "AU 0101", "Kotak 811", "JioFinance"][k]
    dark = rng.random() < 0.35
    p = screen(rng, font, "crop", dark=dark)
    rs = money(rng, font, 0.5)
    u = Upi(rng, app, status, no_ref=k == 0, no_day=k == 4)
    p.part = "head"
    p.add("title", APPS[app][0])
    if rng.random() < 0.5:
        p.add("small", rng.choice(["UPI payment receipt", "Payment status"]))
    upi_outcome(p, u, rs)
    upi_details(p, u, tail="tail")
    p.part = "foot"
    if status == "success" and rng.random() < 0.5:
        offer_below(p, rs, u.amount)
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Download receipt", "Pay again  |  Share"]))
    # 1, 5: cut at the top (5 through the outcome line); 3, 6: cut at the bottom (6 through the reference)
    keep = {1: {"outcome", "amount", "body", "tail", "foot"}, 5: {"amount", "body", "tail", "foot"},
            3: {"head", "outcome", "amount", "body"}, 6: {"head", "outcome", "amount"}}
    if k in keep:
        p.keep(keep[k])
    return p.done()


def upi_share_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The image Share makes, as a table on the app's band (IDFC FIRST, Paytm's 2026 look, Freecharge, Airtel
    Thanks, JioFinance, Kotak 811, AU 0101, FedMobile; dark on two): "Payment receipt" / "Proof of payment" /
    "Transaction slip", the sum large, Status / Transaction status / Payment status, Amount / Amount sent / Amount
    (Rs.), Paid to / Payee name / Beneficiary / To, UPI ID / Payee VPA, From / Payer / Sender, the account, the
    reference (UPI Ref No / UTR / RRN / UPI Transaction ID) and the app's own id on some, Date / Date & Time / Paid
    on, "Shared via <app>"; a failed and a pending one."""
    k = place("upi_share_card")
    status = outcome(k, failed=(2,), pending=(5,))
    app = ["IDFC FIRST", "Paytm", "Freecharge", "Airtel Thanks", "JioFinance", "Kotak 811", "AU 0101", "FedMobile"][k]
    dark = k in (4, 6)
    p = screen(rng, font, "crop", dark=dark, width=rng.choice([560, 600, 640]))
    rs = money(rng, font, 0.5)
    u = Upi(rng, app, status, no_ref=k in (3, 7), no_day=k == 0)
    name, band, handles, own_label = APPS[app]
    p.part = "head"
    if band and not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name)
    p.add("small", rng.choice(["Payment receipt", "Proof of payment", "Transaction slip", "UPI receipt"]))
    p.add("gap")
    p.part = "body"
    p.add("big", rs(u.amount))
    state = {"success": ["Success", "Successful", "Completed", "Paid"], "failed": ["Failed", "Unsuccessful"],
             "pending": ["Pending", "Processing", "Awaiting confirmation"]}[status]
    p.pair(rng.choice(["Status", "Payment status", "Transaction status"]), rng.choice(state), status=status)
    p.accent(colour(status))
    p.pair(rng.choice(["Amount", "Amount sent", "Amount (Rs.)"]), rs(u.amount), amount=u.amount)
    p.pair(rng.choice(["Paid to", "Payee name", "Beneficiary", "To"]), u.to, merchant=u.to)
    p.pair(rng.choice(["UPI ID", "Payee VPA", "Payee UPI"]), handle(rng, u.to, handles), method="UPI")
    p.pair(rng.choice(["From", "Payer", "Sender"]), rng.choice(BUYERS))
    p.pair(rng.choice(["Account", "Debited from", "Bank"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    if not u.no_ref:
        p.pair(rng.choice(["UPI Ref No", "UTR", "RRN", "UPI Transaction ID", "UTR No."]), u.ref,
               txn=(UTR_RANK, u.ref))
        if own_label and rng.random() < 0.4:
            p.pair(own_label, u.own, txn=(ORDER_RANK if own_label == "Order ID" else TXN_RANK, u.own))
    if not u.no_day:
        p.pair(rng.choice(["Date", "Date & Time", "Paid on"]), stamp(rng, u.date), date=u.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"Shared via {name}", f"Generated by {name}  |  UPI", "Secured by NPCI UPI"]))
    return p.done()


# ---------------------------------------------------------------- bank apps' IMPS / NEFT transfers


BANK_APPS = {
    "Kotak 811": ("Kotak Mahindra Bank", (230, 30, 40)), "FedMobile": ("Federal Bank", (0, 70, 140)),
    "RBL MoBank": ("RBL Bank", (30, 60, 150)), "AU 0101": ("AU Small Finance Bank", (108, 40, 140)),
    "IDFC FIRST Bank": ("IDFC FIRST Bank", (150, 30, 40)), "bob World": ("Bank of Baroda", (232, 96, 30)),
    "Airtel Thanks": ("Airtel Payments Bank", (220, 0, 20)), "JioFinance": ("Jio Payments Bank", (15, 60, 170)),
}


def bank_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank app's IMPS or NEFT transfer to the seller's account (Kotak 811, FedMobile, RBL MoBank, AU 0101, IDFC
    FIRST Bank, bob World, Airtel Thanks' Payments Bank, JioFinance's Payments Bank): the outcome, the sum, the
    beneficiary with the account masked, IFSC, the mode (IMPS on five, NEFT on three), the reference (IMPS Ref No
    / RRN / Reference Number for IMPS; UTR / UTR No. / NEFT UTR for NEFT), the day, the account debited, the
    purpose, the balance after on some; a failed and a pending one."""
    k = place("bank_transfer")
    status = outcome(k, failed=(5,), pending=(2,))
    app = list(BANK_APPS)[k]
    bank, band = BANK_APPS[app]
    neft = k in (1, 4, 6)
    no_ref, no_day = k in (0, 7), k == 3
    dark = rng.random() < 0.2
    p = screen(rng, font, "phone", dark=dark, width=620,
               title=rng.choice(["", "Transfer Money", "Send to Account", "Payee Transfer"]),
               buttons=rng.choice([("Share", "Done"), ("Download",), ("Done",), ()]))
    rs = money(rng, font, 0.3)
    date, amount = day26(rng), rupees(rng, 500, 180000)
    to = payee(rng, caps=0.5)
    kind = "NEFT" if neft else "IMPS"
    p.part = "head"
    if not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app)
    p.add("small", rng.choice([f"{kind} Transfer", "Transfer to account", "Pay to bank account", "Send money"]))
    p.add("gap")
    p.part = "body"
    word = {"success": [f"{kind} transfer successful", "Money transferred successfully", "Transfer complete",
                        "Funds sent successfully"],
            "failed": ["Transfer failed", "Transfer unsuccessful", f"{kind} transfer failed"],
            "pending": ["Transfer pending", "Transaction in process", "Processing with beneficiary bank"]}[status]
    p.add("center", rng.choice(word), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    p.add("rule")
    p.pair(rng.choice(["Beneficiary Name", "Payee", "Transferred to", "Account holder"]), to, merchant=to)
    other = rng.choice([b for b in IFSC if b != bank])
    p.pair(rng.choice(["Account Number", "A/c No.", "Credit A/c", "To A/c"]),
           rng.choice([f"XXXXXXX{digits(rng, 4)}", f"{dots(font, 5)}{digits(rng, 4)}", f"xx{digits(rng, 4)}"]))
    p.pair(rng.choice(["IFSC", "IFSC Code", "Bank IFSC"]), f"{IFSC[other]}0{digits(rng, 6)}")
    if rng.random() < 0.5:
        p.pair(rng.choice(["Bank", "Beneficiary Bank"]), other)
    p.pair(rng.choice(["Mode", "Transfer Mode", "Transfer via", "Payment type"]),
           rng.choice(["NEFT", "NEFT (batch)"]) if neft else rng.choice(["IMPS", "IMPS - instant"]),
           method="netbanking")
    if not no_ref:
        if neft:
            ref = neft_utr(IFSC[bank], rng, date)
            lab = rng.choice(["UTR", "UTR No.", "NEFT UTR", "UTR Number"])
        else:
            ref = utr(rng, date)
            lab = rng.choice(["IMPS Ref No", "RRN", "Reference Number", "IMPS Reference No."])
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Date & Time", "Transaction Date", "Initiated on", "Date"]),
               stamp(rng, date, twelve=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["From", "Debit A/c", "From Account"]), f"{bank} XX{digits(rng, 4)}")
    if rng.random() < 0.6:
        p.pair(rng.choice(["Purpose", "Remarks", "Narration"]), rng.choice(NOTES + ["Goods purchase", "Trade"]))
    if status == "success" and rng.random() < 0.4:
        p.pair(rng.choice(["Available Balance", "Balance after txn"]), rs(other_sum(rng, amount, 800, 95000)))
    if status == "failed":
        p.add("small", rng.choice(["Beneficiary account is invalid. Amount, if debited, will be reversed.",
                                   "The beneficiary bank did not respond. Please try later."]))
    if status == "pending":
        p.add("small", "Do not repeat the transfer. We will notify you once it is complete.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Save payee  |  Repeat transfer", "Transfer again", "Set up a reminder"]))
    return p.done()


# ---------------------------------------------------------------- net-banking receipts of small and private banks


NB_BANKS = ["RBL Bank", "AU Small Finance Bank", "Bandhan Bank", "Karnataka Bank", "South Indian Bank",
            "Federal Bank", "IDFC FIRST Bank", "Kotak Mahindra Bank"]


def netbanking_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A net-banking transfer receipt (RBL, AU, Bandhan, Karnataka Bank, South Indian Bank, Federal, IDFC FIRST,
    Kotak) in the browser or saved as a page: Transaction Acknowledgement / Fund Transfer Receipt / Payment
    Confirmation, a sentence on some, Beneficiary / Payee Name, the account, IFSC, Amount, Charges and GST on some
    NEFT / RTGS successes, IMPS, NEFT or RTGS, the bank's own Transaction Reference No / Reference ID / Txn ID beside
    a UTR on some, the day, Status (Successful, Completed, Processed; Failed, Rejected; Pending, In Process, Sent to
    beneficiary bank); a failed and a pending one."""
    k = place("netbanking_receipt")
    status = outcome(k, failed=(4,), pending=(1,))
    bank = NB_BANKS[k]
    kind = ["NEFT", "NEFT", "IMPS", "RTGS", "IMPS", "NEFT", "IMPS", "NEFT"][k]
    no_ref, no_day = k in (3, 6), k == 5
    browser = rng.random() < 0.6
    p = screen(rng, font, "browser" if browser else "crop", width=rng.choice([700, 740]),
               size=rng.choice([19, 20, 21]))
    if browser:
        site = bank.split()[0].lower()
        p.style["h106"]["url"] = rng.choice([f"online.{site}bank.com/retail/ack",
                                             f"netbanking.{site}.bank.in/txn/receipt"])
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "western"))
    date = day26(rng)
    amount = rupees(rng, 200000, 700000) if kind == "RTGS" else rupees(rng, 900, 180000)
    to = rng.choice(SELLERS + ["Sai Krupa Traders", "M R Packaging", "Vishal Agencies", "Om Textiles"])
    p.part = "head"
    p.add("title", bank)
    p.add("left", rng.choice(["Transaction Acknowledgement", "Fund Transfer Receipt", "Payment Confirmation",
                              f"{kind} Transfer - Acknowledgement"]))
    p.add("rule")
    p.part = "body"
    stated = rng.random() < 0.5
    if stated:
        p.add("left", {"success": f"Your {kind} fund transfer request has been processed successfully.",
                       "failed": f"Your {kind} fund transfer could not be processed.",
                       "pending": f"Your {kind} fund transfer is in process."}[status], status=status)
    p.pair(rng.choice(["Beneficiary Name", "Payee Name", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary A/c No.", "Payee Account", "Credit Account No"]), f"XXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["IFSC", "IFSC Code"]), f"{rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
    p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), rs(amount), amount=amount)
    if kind != "IMPS" and status == "success" and rng.random() < 0.5:
        charge = {"NEFT": 2.5, "RTGS": 25.0}[kind]
        p.pair(rng.choice(["Charges", "Service Charge"]), rs(charge))
        p.pair("GST", rs(round(charge * 0.18, 2)))
    p.pair(rng.choice(["Transfer Type", "Payment Mode", "Mode"]), kind, method="netbanking")
    p.pair(rng.choice(["Debit Account", "From A/c"]), f"XXXXXXXX{digits(rng, 4)}")
    if not no_ref:
        own = rng.choice([digits(rng, 10), f"{code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 9)}"])
        if rng.random() < 0.5:
            p.pair(rng.choice(["Transaction Reference No", "Reference ID", "Txn Ref No"]), own,
                   txn=(BANK_RANK, own))
        if status != "failed" or rng.random() < 0.5:
            head = IFSC[bank]
            ref = (utr(rng, date) if kind == "IMPS" else rtgs_utr(head, rng, date) if kind == "RTGS"
                   else neft_utr(head, rng, date))
            p.pair(rng.choice(["UTR No", "IMPS Reference No", "RRN"] if kind == "IMPS"
                              else ["UTR No", "UTR Number", "UTR"]), ref, txn=(UTR_RANK, ref))
        elif not any("txn" in tag for _, tag in p.tags):
            p.pair(rng.choice(["Transaction Reference No", "Reference ID"]), own, txn=(BANK_RANK, own))
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Date & Time", "Txn Date", "Processed on"]),
               stamp(rng, date, twelve=rng.random() < 0.4), date=date)
    if not stated or rng.random() < 0.4:
        p.pair(rng.choice(["Status", "Transaction Status"]),
               rng.choice({"success": ["Successful", "Completed", "Processed"], "failed": ["Failed", "Rejected"],
                           "pending": ["Pending", "In Process", "Sent to beneficiary bank"]}[status]),
               **({} if stated else {"status": status}))
    if rng.random() < 0.5:
        p.pair(rng.choice(["Remarks", "Purpose"]), rng.choice(["Stock payment", "Invoice settlement", "Advance"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a system generated acknowledgement; no signature is required.",
                               "Print  |  Save as PDF  |  New transfer"]))
    return p.done()


# ---------------------------------------------------------------- one bank SMS from a bank no set used


SENDERS = {"Airtel Payments Bank": "AIRBNK", "Jio Payments Bank": "JIOPBK", "AU Small Finance Bank": "AUBANK",
           "RBL Bank": "RBLBNK", "Bandhan Bank": "BDNBNK", "Karnataka Bank": "KBLBNK",
           "South Indian Bank": "SIBSMS"}


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One bank debit alert in a messages app (one message): the sender id, a day divider (Today or Yesterday on
    the message without a day), the bubble and its hour. Airtel Payments Bank "Rs.X debited from your Airtel
    Payments Bank a/c XX1234 for UPI txn to <NAME> on …", Jio Payments Bank "INR X sent to <NAME> from …", AU "is
    debited for Rs X on … towards UPI/P2M/<ref>/<NAME>", RBL's IMPS "for IMPS to <NAME>", Bandhan "debited by
    Rs.X on … for UPI to <NAME>", Karnataka Bank's failure (naming the payee), South Indian Bank's pending one
    (naming only the handle), AU "Rs.X paid from AU Bank A/c … to <NAME>" with no day; the balance after on some."""
    k = place("bank_sms")
    status = outcome(k, failed=(5,), pending=(6,))
    bank = ["Airtel Payments Bank", "Jio Payments Bank", "AU Small Finance Bank", "RBL Bank", "Bandhan Bank",
            "Karnataka Bank", "South Indian Bank", "AU Small Finance Bank"][k]
    no_ref, no_day = k in (1, 4), k == 7
    date, amount = day26(rng), rupees(rng, 99, 45000)
    acct, ref = digits(rng, 4), utr(rng, date)
    to = payee(rng, caps=0.7)
    vpa = handle(rng, to, ["ybl", "okhdfcbank", "paytm", "ibl", "axl"])
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    money_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    short = when(date, rng.choice(["%d-%m-%y", "%d/%m/%y", "%d%b%y", "%d-%b-%y", "%d-%m-%Y", "%d/%m/%Y"]))
    bal = f"{rng.choice(['Avl Bal', 'Bal', 'Avl. Bal:'])} {mark}{other_sum(rng, amount, 200, 90000):,.2f}"
    named, method = to.upper()[:20].strip(), "UPI"
    if status == "failed":
        text = (f"Your UPI payment of {money_text} to {named} on {short} has failed. UPI Ref {ref}. Money, if "
                f"debited, will be credited back in 48 hrs. -Karnataka Bank")
    elif status == "pending":
        named = None
        text = (f"UPI txn of {money_text} from A/c XX{acct} to {vpa} on {short} is pending with the bank. Ref "
                f"No {ref}. Please do not retry. -South Indian Bank")
    elif k == 0:
        text = (f"{money_text} debited from your Airtel Payments Bank a/c XX{acct} for UPI txn to {named} on "
                f"{short}. UPI Ref: {ref}. {bal}")
    elif k == 1:
        text = (f"{money_text} sent to {named} from Jio Payments Bank A/c xx{acct} on {short} via UPI. Not you? "
                f"Call 18008899999")
    elif k == 2:
        named = named[:16].strip()
        text = (f"Your AU Bank A/c XX{acct} is debited for {money_text} on {short} towards UPI/P2M/{ref}/{named}. "
                f"{bal} - AU Bank")
    elif k == 3:
        method = "netbanking"
        text = (f"Dear Customer, {money_text} has been debited from your RBL Bank account XX{acct} on {short} for "
                f"IMPS to {named}. IMPS Ref No {ref}. {bal}")
    elif k == 4:
        text = (f"A/c XX{acct} debited by {money_text} on {short} for UPI to {named}. {bal}. Not you? Call "
                f"18002588181 - Bandhan Bank")
    else:  # 7: no day printed
        text = (f"{money_text} paid from AU Bank A/c XX{acct} to {named} via UPI. Ref {ref}. If not done by you, "
                f"call 18001200 - AU Bank")
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD', 'JM'])}-{SENDERS[bank]}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(date, "%A, {d} %B"), when(date, "{d} %b %Y"), when(date, "%a, {d} %b")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"amount": amount, "method": method, "status": status}
    if not no_day:
        facts["date"] = date
    if not no_ref:
        facts["txn"] = (UTR_RANK, ref)
    p.add("left", text, merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- Bharat Connect (BBPS) payments


BILLERS = [
    ("FASTag Recharge", "IDFC FIRST Bank FASTag", "Vehicle Number"),
    ("FASTag Recharge", "Bank of Baroda FASTag", "Vehicle Registration No"),
    ("FASTag Recharge", "Airtel Payments Bank FASTag", "Vehicle Number"),
    ("LPG Cylinder Booking", "Indane Gas (Indian Oil)", "LPG ID"),
    ("LPG Cylinder Booking", "Bharat Gas (BPCL)", "Consumer Number"),
    ("LPG Cylinder Booking", "HP Gas", "LPG ID"),
    ("Insurance Premium", "HDFC Life Insurance", "Policy Number"),
    ("Insurance Premium", "Star Health Insurance", "Policy No"),
    ("Loan EMI", "Bajaj Finance Ltd", "Loan Account Number"),
    ("Loan EMI", "Muthoot Finance", "Loan No"),
    ("Loan EMI", "Tata Capital Limited", "Loan Account No"),
]
AGENTS = ["Freecharge", "Airtel Thanks", "JioFinance", "bob World", "Kotak 811", "IDFC FIRST Bank", "AU 0101",
          "Paytm"]
MODES = [("UPI", "UPI"), ("Wallet", "wallet"), ("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card"),
         ("UPI", "UPI"), ("Credit Card", "card"), ("UPI", "UPI")]


def bbps_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment through Bharat Connect (BBPS) in an agent app (Freecharge, Airtel Thanks, JioFinance, bob World,
    Kotak 811, IDFC FIRST, AU 0101, Paytm): a FASTag recharge, an LPG cylinder booking, an insurance premium or a
    loan EMI; the biller under Biller / Biller Name / Paid to / Operator / Lender / Insurer, the vehicle, LPG ID,
    policy or loan number, the customer's name, the amount with a Convenience / Platform Fee and Total Paid / Total
    Amount / Amount Debited on some, Payment Mode / Paid via / Paid using, Bharat Connect Reference ID / B-Connect Txn
    ID / BBPS Txn ID and a UPI Ref No on some, the day, the outcome on top or in a status row; a failed and a
    pending one."""
    k = place("bbps_receipt")
    status = outcome(k, failed=(1,), pending=(6,))
    agent = AGENTS[k]
    category, biller, num_label = BILLERS[(k * 3 + rng.randrange(3)) % len(BILLERS)]
    mode, method = MODES[k]
    if agent == "Freecharge" and mode == "Wallet":
        mode = "Freecharge Wallet"
    no_ref, no_day = k in (4,), k == 3
    p = screen(rng, font, "phone" if rng.random() < 0.5 else "crop", width=rng.choice([600, 640]),
               size=rng.choice([20, 21, 22]), title=rng.choice(["", "Bill Payment", "Payment Receipt"]),
               buttons=rng.choice([("Share",), ("Download", "Share"), ()]))
    rs = money(rng, font, 0.4)
    date = day26(rng)
    bill = float(rng.choice([500, 1000, 1500, 2000])) if category == "FASTag Recharge" else (
        rupees(rng, 803, 1100) if category.startswith("LPG") else rupees(rng, 1500, 45000))
    fee = 0.0 if rng.random() < 0.5 else float(rng.choice([1, 2, 3, 5, 9]))
    amount = round(bill + fee, 2)
    p.part = "head"
    p.add("title", APPS[agent][0] if agent in APPS else agent)
    p.add("small", rng.choice(["Bharat Connect", "B  Bharat Connect  |  BBPS", "Powered by Bharat BillPay"]))
    p.add("left", category)
    p.add("rule")
    p.part = "body"
    top = rng.random() < 0.5
    if top:
        p.add("center", rng.choice({"success": ["Recharge successful", "Payment Successful", "Paid successfully"]
                                    if category == "FASTag Recharge" else
                                    ["Payment Successful", "Booking confirmed, payment received",
                                     "Paid successfully"],
                                    "failed": ["Payment Failed", "Transaction failed"],
                                    "pending": ["Payment Pending", "Awaiting biller confirmation"]}[status]),
              status=status)
        p.accent(colour(status))
    p.add("big", rs(amount))
    lender = {"Loan EMI": "Lender", "Insurance Premium": "Insurer"}.get(category, "Operator")
    p.pair(rng.choice(["Biller", "Biller Name", "Paid to", lender]), biller, merchant=biller)
    if num_label.startswith("Vehicle"):
        number = (f"{rng.choice(['MH', 'DL', 'KA', 'TN', 'RJ'])}{rng.randrange(1, 50):02d}"
                  f"{code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 4)}")
    elif num_label == "LPG ID":
        number = digits(rng, 17)
    elif num_label.startswith("Policy"):
        number = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
    elif num_label.startswith("Loan"):
        number = f"{code(rng, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 10)}"
    else:
        number = digits(rng, rng.choice([8, 10]))
    p.pair(num_label, number)
    p.pair(rng.choice(["Customer Name", "Consumer Name", "Policy Holder" if "Policy" in num_label else "Name"]),
           rng.choice(BUYERS + PEOPLE).upper())
    if fee:
        p.pair(rng.choice(["Amount", "Bill Amount", "EMI Amount" if category == "Loan EMI" else "Amount"]),
               rs(bill))
        p.pair(rng.choice(["Convenience Fee", "Platform Fee", "Customer Convenience Fee"]), rs(fee))
        p.pair(rng.choice(["Total Paid", "Total Amount", "Amount Debited"]), rs(amount), amount=amount)
    else:
        p.pair(rng.choice(["Amount Paid", "Total Amount", "Recharge Amount" if category == "FASTag Recharge"
                           else "Premium Amount" if category == "Insurance Premium" else "Amount Paid"]),
               rs(amount), amount=amount)
    p.pair(rng.choice(["Payment Mode", "Paid via", "Paid using"]), mode, method=method)
    if not no_ref:
        ref = (f"{rng.choice(['FC', 'AT', 'JF', 'BW', 'KM', 'ID', 'AU', 'PT'])}0{rng.randrange(1, 10)}"
               f"{date.year % 10}{date.timetuple().tm_yday:03d}{code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
               f"{digits(rng, 8)}")
        p.pair(rng.choice(["Bharat Connect Reference ID", "B-Connect Txn ID", "BBPS Txn ID", "BBPS Ref No"]),
               ref, txn=(BANK_RANK, ref))
        if mode == "UPI" and rng.random() < 0.5:
            upi = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No", "UTR"]), upi, txn=(UTR_RANK, upi))
    if not no_day:
        p.pair(rng.choice(["Payment Date", "Paid on", "Date & Time", "Transaction Date"]),
               stamp(rng, date, twelve=rng.random() < 0.5), date=date)
    if not top:
        p.pair(rng.choice(["Status", "Payment Status", "Transaction Status"]),
               rng.choice({"success": ["Success", "Successful", "Paid"], "failed": ["Failed", "Unsuccessful"],
                           "pending": ["Pending", "In Progress"]}[status]), status=status)
    if category == "LPG Cylinder Booking" and status == "success":
        p.add("small", "Your cylinder will be delivered in 2-3 days.")
    if status == "failed":
        p.add("small", "Amount, if debited, will be refunded to the source within 5 working days.")
    if status == "pending":
        p.add("small", "The biller has not confirmed this payment yet. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["For complaints, use the Bharat Connect reference ID.",
                               "Thank you for paying with Bharat Connect"]))
    return p.done()


# ---------------------------------------------------------------- wallet payments


WALLETS = {"Freecharge": ("Freecharge Balance", "FC"), "Airtel Thanks": ("Airtel Payments Bank Wallet", "AW"),
           "MobiKwik": ("MobiKwik Wallet", "MK"), "Amazon Pay": ("Amazon Pay Balance", ""),
           "PhonePe": ("PhonePe Wallet", "PW"), "Ola Money": ("Ola Money Wallet", "OM")}


def wallet_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment from a wallet balance (Freecharge, Airtel Payments Bank Wallet, MobiKwik, Amazon Pay Balance,
    PhonePe Wallet, Ola Money) to the seller: the outcome, the sum, Paid to / Sent to / To with a masked mobile
    number, Paid from / Paid using / Source the wallet, Wallet Txn ID / Transaction ID / Txn Ref (Amazon Pay's
    order-style id), the day, the wallet balance left on some; a failed and a pending one."""
    k = place("wallet_payment")
    status = outcome(k, failed=(3,), pending=(0,))
    app = ["Freecharge", "Airtel Thanks", "MobiKwik", "Amazon Pay", "PhonePe", "Ola Money", "Freecharge",
           "Airtel Thanks"][k]
    source, prefix = WALLETS[app]
    no_ref, no_day = k in (2, 6), k == 5
    p = screen(rng, font, "phone", dark=rng.random() < 0.3, title=rng.choice(["", "Payment Details", "Wallet"]),
               buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
    rs = money(rng, font, 0.5, marks=("₹", "₹", "Rs.", "Rs"))
    date, amount = day26(rng), rupees(rng, 40, 9500)
    to = payee(rng)
    p.part = "head"
    p.add("title", APPS[app][0] if app in APPS else ("amazon pay" if app == "Amazon Pay" else app))
    p.add("gap")
    p.part = "body"
    p.add("center", rng.choice({"success": ["Payment Successful", "Paid from wallet", "Money sent"],
                                "failed": ["Payment Failed", "Wallet payment failed"],
                                "pending": ["Payment Pending", "Payment processing"]}[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    lab = rng.choice(["Paid to", "Sent to", "To"] if status == "success" else ["To", "Paying to"])
    p.add("center", f"{lab} {to}", merchant=to)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXX{digits(rng, 3)}")
    if status == "failed":
        p.add("small", "Money, if deducted, will be added back to your wallet balance.")
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.pair(rng.choice(["Paid from", "Paid using", "Source"]), source, method="wallet")
    if not no_ref:
        tid = prefix + digits(rng, rng.choice([12, 14])) if app != "Amazon Pay" else (
            f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}")
        labelled(p, rng.choice(["Wallet Txn ID", "Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
    if not no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Date"]), stamp(rng, date), date=date)
    if status != "failed" and rng.random() < 0.6:
        p.pair(rng.choice(["Wallet balance", "Balance left", "Remaining balance"]),
               rs(other_sum(rng, amount, 5, 4000)))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Your wallet is protected as per RBI guidelines.", "Help  |  Share",
                               "Add money  |  Pay again"]))
    return p.done()


# ---------------------------------------------------------------- payment gateway result pages


GATEWAYS = {
    "instamojo": ("Payments by Instamojo", "www.instamojo.com/order/status/"),
    "easebuzz": ("Powered by Easebuzz", "pay.easebuzz.in/response/"),
    "phonepe": ("Secured by PhonePe Payment Gateway", "mercury-t2.phonepe.com/result/"),
    "juspay": ("Powered by Juspay HyperCheckout", "api.juspay.in/orders/"),
    "cashfree": ("Powered by Cashfree Payments", "payments.cashfree.com/order/"),
    "instamojo2": ("Instamojo  |  Secure checkout", "imjo.in/s/"),
    "easebuzz2": ("Easebuzz  |  100% secure payments", "pay.easebuzz.in/v2/status/"),
    "cashfree2": ("Cashfree Payments  |  PCI DSS", "cashfree.com/pg/view/"),
}


def gateway_page(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shop website's result page after paying through Instamojo, Easebuzz, PhonePe PG, Juspay or Cashfree in a
    browser: the shop on top, the outcome, the sum, the gateway's id (Payment ID MOJO…, Easepay ID, Transaction ID,
    Juspay Txn ID, CF Payment ID), Order ID / Order No. / Order Number (#1234 on some), a Bank RRN /
    UPI Ref No / UTR or Bank Ref No on some, Paid via / Payment Mode / Payment Method (UPI with the buyer's handle,
    a masked card, Net Banking - <bank>, a wallet), the day, the buyer's e-mail or phone masked, the gateway's
    footer; a failed and a pending one."""
    k = place("gateway_page")
    status = outcome(k, failed=(0,), pending=(4,))
    gw = list(GATEWAYS)[k]
    no_ref, no_day = k in (6,), k == 2
    foot, path = GATEWAYS[gw]
    p = screen(rng, font, "browser", width=rng.choice([640, 680]), size=rng.choice([20, 21]))
    rs = Rs(rng, font, marks=("₹", "₹", "INR", "Rs."), groupings=("indian", "western"))
    date, amount = day26(rng), rupees(rng, 149, 32000)
    shop = rng.choice(SELLERS)
    slug = "".join(ch for ch in shop.lower() if ch.isalpha())[:14]
    p.style["h106"]["url"] = rng.choice([f"{slug}.in/payment/status", path + code(rng, 10,
                                                                                  "abcdefghjkmnpqrstuvwxyz23456789")])
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("gap")
    p.part = "body"
    words = {"success": ["Payment Successful", "Your payment is successful", "Payment received. Thank you!",
                         "Payment complete"],
             "failed": ["Payment Failed", "Payment unsuccessful", "Payment could not be completed"],
             "pending": ["Payment Pending", "Payment under processing", "Waiting for bank confirmation"]}
    p.add("center", rng.choice(words[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    if status == "failed":
        p.add("small", "If money was deducted, it will be refunded to you within 5-7 working days.")
    if status == "pending":
        p.add("small", "Your bank has not confirmed the payment yet. Please do not pay again.")
    p.add("rule")
    way = rng.choice(["UPI", "UPI", "card", "netbanking", "wallet"])
    if way == "UPI":
        how = rng.choice([f"UPI ({handle(rng, rng.choice(BUYERS), ['okaxis', 'ybl', 'oksbi', 'axl'])})",
                          "UPI", "UPI - QR"])
    elif way == "card":
        how = (f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['Credit', 'Debit'])} Card ending "
               f"{digits(rng, 4)}")
    elif way == "wallet":
        how = rng.choice(["MobiKwik Wallet", "Freecharge Wallet", "Amazon Pay Balance"])
    else:
        how = f"Net Banking - {rng.choice(BANKS)}"
    alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    rows = []
    if not no_ref:
        if gw.startswith("instamojo"):
            pid = "MOJO" + digits(rng, 4) + code(rng, 1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 8)
            rows.append(("Payment ID", pid, (TXN_RANK, pid)))
        elif gw.startswith("easebuzz"):
            pid = f"E{date:%y%m%d}{digits(rng, 8)}"
            rows.append((rng.choice(["Easepay ID", "Transaction ID"]), pid, (TXN_RANK, pid)))
        elif gw == "juspay":
            pid = rng.choice(["juspay_" + "".join(rng.choice(alnum) for _ in range(12)), f"JP{digits(rng, 14)}"])
            rows.append((rng.choice(["Juspay Txn ID", "Transaction ID"]), pid, (TXN_RANK, pid)))
        elif gw.startswith("cashfree"):
            pid = digits(rng, 10)
            rows.append((rng.choice(["CF Payment ID", "Payment ID", "Transaction ID"]), pid, (TXN_RANK, pid)))
        else:
            pid = f"T{date:%y%m%d}{digits(rng, 14)}"
            rows.append((rng.choice(["Transaction ID", "PhonePe Txn ID"]), pid, (TXN_RANK, pid)))
        oid = rng.choice([f"ORD-{digits(rng, 6)}", f"#{rng.randrange(1001, 9999)}", f"{slug[:4].upper()}{digits(rng, 6)}"])
        rows.append((rng.choice(["Order ID", "Order No.", "Order Number"]), oid, (ORDER_RANK, oid.lstrip("#"))))
        if status != "failed" and rng.random() < 0.6:
            if way == "UPI" or rng.random() < 0.4:
                ref = utr(rng, date)
                rows.append((rng.choice(["Bank RRN", "UPI Ref No", "UTR", "RRN"]), ref, (UTR_RANK, ref)))
            else:
                ref = digits(rng, rng.choice([10, 15]))
                rows.append((rng.choice(["Bank Ref No", "Bank Reference", "Bank Ref. No."]), ref, (BANK_RANK, ref)))
        rng.shuffle(rows)
    for label, value, txn in rows:
        p.pair(label, value, txn=txn)
    p.pair(rng.choice(["Paid via", "Payment Mode", "Payment Method", "Paid using"]), how, method=way)
    if not no_day:
        p.pair(rng.choice(["Date", "Payment Date", "Paid on", "Transaction Date"]),
               stamp(rng, date, twelve=rng.random() < 0.6), date=date)
    p.pair(rng.choice(["Email", "Mobile"]), rng.choice([f"{rng.choice('abcdknprs')}****{rng.randrange(10, 99)}@gmail.com",
                                                        f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}"]))
    p.part = "foot"
    p.add("gap")
    if status == "success":
        p.add("center", rng.choice(["Continue shopping", "Back to home", "View my order"]))
    else:
        p.add("center", "Try again" if status == "failed" else "Refresh status")
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- a shop's e-mailed order receipt


PLATFORMS = ["Shopify", "Dukaan", "WooCommerce", "Shopify", "Dukaan", "WooCommerce", "Shopify", "WooCommerce"]
GOODS = ["Handloom Cotton Saree", "Brass Pooja Thali", "Kolhapuri Chappal", "Glass Bangles (Set of 12)",
         "Organic Jaggery 1 kg", "Steel Tiffin 2 Tier", "Kids Cricket Bat", "Herbal Hair Oil 200 ml",
         "Printed Cushion Cover", "Solar Garden Lamp"]


def shop_email(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shop's order receipt e-mailed to the buyer (a Shopify, Dukaan or WooCommerce store): From the store's
    address, the subject (Order #1042 confirmed / Your receipt for order …), the hour sent (with the day on some),
    the shop on top, "Hi <buyer>,", Order # / Order number / Order ID, Order date / Placed on, the items, Subtotal,
    Shipping, a Discount on some, Total / Order total / Grand Total / Amount paid, Paid via / Payment method /
    Payment (UPI through a gateway, a card ending, Net Banking, a wallet), a payment id (Payment ID / Transaction
    ID) and a UTR on some, Payment status Paid / Payment received; a failed one ("Payment failed", retry link) and a
    pending one ("Payment pending", "awaiting payment")."""
    k = place("shop_email")
    status = outcome(k, failed=(3,), pending=(6,))
    platform = PLATFORMS[k]
    no_ref, no_day = k in (1, 5), k == 7
    shop = rng.choice(SELLERS)
    slug = "".join(ch for ch in shop.lower() if ch.isalpha())[:14]
    p = screen(rng, font, "mail", width=640, size=21)
    rs = money(rng, font, 0.5, marks=("₹", "₹", "Rs.", "Rs", "INR"))
    date = day26(rng)
    number = rng.randrange(1001, 9999)
    oid = {"Shopify": f"#{number}", "Dukaan": f"{digits(rng, 8)}", "WooCommerce": f"#{number}"}[platform]
    show_oid = oid.lstrip("#")
    hour = hhmm(rng)
    p.style["h106"].update({
        "from": rng.choice([f"{shop} <orders@{slug}.in>", f"{shop} <no-reply@{slug}.shop>"]),
        "subject": {"success": rng.choice([f"Order {oid if not no_ref else ''} confirmed".replace("  ", " "),
                                           "Your order receipt", "Thanks for your purchase!",
                                           "Payment received for your order"]),
                    "failed": "Payment failed - complete your order",
                    "pending": "We are waiting for your payment"}[status],
        "sent": hour if no_day or rng.random() < 0.5 else f"{when(date, '%a, {d} %b %Y')}, {hour}",
    })
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("small", rng.choice([f"Powered by {platform}", f"{slug}.in", "Handmade in India"]))
    p.add("rule")
    p.part = "body"
    p.add("left", rng.choice([f"Hi {rng.choice(BUYERS).split()[0]},", "Hello,", f"Dear {rng.choice(BUYERS)},"]))
    p.add("left", {"success": rng.choice(["Thank you for shopping with us. We have received your payment.",
                                          "Your order is confirmed and will be shipped soon."]),
                   "failed": "Your payment for this order did not go through. Your order is on hold.",
                   "pending": "Your order is placed, but we have not received your payment yet."}[status])
    if not no_ref:
        p.pair(rng.choice(["Order #", "Order number", "Order ID", "Order No."]), show_oid,
               txn=(ORDER_RANK, show_oid))
    if not no_day:
        p.pair(rng.choice(["Order date", "Placed on", "Date", "Order placed"]),
               stamp(rng, date, hour=rng.random() < 0.6), date=date)
    p.add("rule")
    chosen = rng.sample(GOODS, rng.choice([1, 2, 3]))
    total_items = 0.0
    for item in chosen:
        price = float(rng.randrange(129, 2499))
        qty = rng.choice([1, 1, 2])
        total_items += price * qty
        p.pair(f"{item} x {qty}" if qty > 1 else item, rs(price * qty))
    shipping = float(rng.choice([0, 0, 49, 60, 99]))
    discount = float(rng.choice([0, 0, 0, 50, 100])) if total_items > 400 else 0.0
    p.pair(rng.choice(["Subtotal", "Items subtotal", "Cart total"]), rs(total_items))
    p.pair(rng.choice(["Shipping", "Delivery", "Shipping charges"]), "Free" if not shipping else rs(shipping))
    if discount:
        p.pair(rng.choice(["Discount (FESTIVE10)", "Coupon discount", "Discount"]), rs(discount, "-"))
    amount = round(total_items + shipping - discount, 2)
    p.pair(rng.choice(["Total", "Order total", "Grand Total", "Amount paid" if status == "success" else "Total"]),
           rs(amount), amount=amount)
    way = rng.choice(["UPI", "UPI", "card", "netbanking", "wallet"])
    gw = rng.choice(["Razorpay", "Cashfree", "PhonePe", "Easebuzz"])
    how = {"UPI": rng.choice([f"UPI ({gw})", "UPI", f"Paid via UPI - {gw}"]),
           "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card ending {digits(rng, 4)}",
           "netbanking": f"Net Banking ({rng.choice(BANKS)})",
           "wallet": rng.choice(["Paytm Wallet", "MobiKwik Wallet", "Freecharge Wallet"])}[way]
    if how.startswith("Paid via"):
        p.add("left", how, method=way)
    else:
        p.pair(rng.choice(["Paid via", "Payment method", "Payment"]), how, method=way)
    if not no_ref and status != "failed" and rng.random() < 0.6:
        pid = rng.choice([f"pay_{code(rng, 14, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}",
                          digits(rng, 10)])
        p.pair(rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if way == "UPI" and rng.random() < 0.5:
            ref = utr(rng, date)
            p.pair(rng.choice(["UTR", "UPI Ref No"]), ref, txn=(UTR_RANK, ref))
    p.pair(rng.choice(["Payment status", "Payment"]) if not how.startswith("Paid via") else "Payment status",
           rng.choice({"success": ["Paid", "Payment received", "Completed"], "failed": ["Failed", "Unsuccessful"],
                       "pending": ["Pending", "Awaiting payment"]}[status]), status=status)
    if status == "failed":
        p.add("left", "Complete your payment: retry from the link in your account within 24 hours.")
    if status == "pending":
        p.add("left", "If you have already paid, please ignore this e-mail. It can take up to 2 hours to update.")
    p.pair(rng.choice(["Ship to", "Shipping address"]), f"{rng.choice(BUYERS)}, {rng.choice(['Nashik', 'Mysuru', 'Guwahati'])}")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Questions? Reply to this e-mail or write to support@{slug}.in")
    return p.done()


# ---------------------------------------------------------------- a card terminal's charge slip


TERMINALS = ["PINE LABS", "EZETAP by Razorpay", "Mswipe", "Paytm EDC", "SBI PAYMENTS", "KOTAK MAHINDRA BANK",
             "FEDERAL BANK", "IDFC FIRST BANK"]
TOWNS = ["INDORE", "MYSURU", "THRISSUR", "RAJKOT", "DEHRADUN", "GUWAHATI", "NASHIK", "MADURAI"]


def slip_head(p: Screen, rng: random.Random, vendor: str, kind: list[str]) -> str:
    shop = rng.choice(SELLERS).upper()
    p.part = "head"
    p.add("center", vendor)
    p.add("title", shop, merchant=shop)
    p.add("center", f"{rng.choice(['MAIN ROAD', 'MG ROAD', 'STATION RD', 'BAZAR'])}, {rng.choice(TOWNS)}")
    p.add("center", rng.choice(kind))
    return shop


def slip_day(p: Screen, rng: random.Random, date: dt.date, no_day: bool) -> None:
    p.part = "body"
    if not no_day:
        dt_text = when(date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d-%m-%Y", "%d %b %y", "%d-%b-%y"]),
                       upper=True)
        if rng.random() < 0.5:
            p.pair(rng.choice(["DATE:", "DATE :", "DT:"]), dt_text, date=date)
            p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        else:
            p.add("left", f"DATE:{dt_text}  TIME:{hhmm(rng, twelve=False)}", date=date)
    else:
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), digits(rng, 8))


def paper(p: Screen, rng: random.Random) -> None:
    p.style.update({"screen": False, "paper": rng.choice([(250, 248, 240), (246, 244, 236), (252, 251, 247)]),
                    "ink": (40, 40, 48), "label_ink": (40, 40, 48), "accent": (40, 40, 48)})


def charge_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card terminal's charge slip (customer copy) photographed on paper, in a monospace face (Pine Labs, Ezetap by
    Razorpay, Mswipe, Paytm EDC, SBI Payments, Kotak, Federal Bank, IDFC FIRST Bank): the vendor, the shop in
    capitals and its street and town, CHARGE SLIP / SALE / CARD SALE, DATE / DT and TIME, MID, TID, BATCH NO, INVOICE
    NO / INV NO / BILL NO, the scheme and CHIP / TAP / SWIPE, the masked card, APPR CODE / AUTH CODE / APPROVAL CODE
    and RRN / RRN NO / REF NO on approved slips, TOTAL / AMOUNT / TOTAL AMT / SALE AMOUNT, APPROVED or DECLINED / NOT
    APPROVED with its response code and cause, CUSTOMER COPY; two declined, none pending."""
    k = place("charge_slip")
    status = outcome(k, failed=(2, 6))
    no_ref, no_day = k in (4, 6), k == 1
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    date = day26(rng)
    amount = rupees(rng, 120, 48000, p_round=0.4)
    mark = rng.choice(["INR ", "Rs.", "Rs ", "INR:", "RS."])
    text = f"{mark}{amount:,.2f}" if rng.random() < 0.5 else f"{mark}{amount:.2f}"
    slip_head(p, rng, TERMINALS[k], ["CHARGE SLIP", "SALE", "CARD SALE", "CUSTOMER COPY"])
    slip_day(p, rng, date, no_day)
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    invoice = f"{rng.randrange(1, 9999):06d}"
    if not no_ref:
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), invoice, txn=(INVOICE_RANK, invoice))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "RUPAY DEBIT", "VISA DEBIT", "MASTERCARD CREDIT"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'SWIPE', 'CONTACTLESS'])}")
    p.add("left", rng.choice([f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}"]),
          method="card")
    p.pair("EXP:", "XX/XX")
    if not no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
        rrn = utr(rng, date)
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), rrn, txn=(UTR_RANK, rrn))
    p.add("rule")
    p.pair(rng.choice(["TOTAL:", "AMOUNT:", "TOTAL AMT:", "SALE AMOUNT:"]), text, amount=amount)
    p.add("rule")
    p.add("center", rng.choice({"success": ["APPROVED", "TXN APPROVED", "APPROVED 00"],
                                "failed": ["DECLINED", "NOT APPROVED", "TXN DECLINED"]}[status]), status=status)
    if status == "failed":
        p.add("center", f"RESP CODE: {rng.choice(['05', '51', '55', '54', '91'])}")
        p.add("center", rng.choice(["INSUFFICIENT FUNDS", "WRONG PIN", "EXPIRED CARD", "ISSUER DOWN"]))
    else:
        p.add("center", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED", "TAP & PAY - NO PIN"]))
    p.part = "foot"
    p.add("center", "I AGREE TO PAY THE ABOVE TOTAL")
    p.add("center", "** CUSTOMER COPY **")
    return p.done()


UPI_TERMINALS = ["Paytm EDC", "PINE LABS", "EZETAP by Razorpay", "Mswipe", "SBI PAYMENTS", "BANK OF BARODA",
                 "KOTAK MAHINDRA BANK", "PhonePe POS"]


def upi_pos_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A terminal's slip for a UPI payment by a dynamic QR (Paytm EDC, Pine Labs, Ezetap by Razorpay, Mswipe, SBI
    Payments, Bank of Baroda, Kotak, PhonePe POS), photographed paper in a monospace face: the vendor, the shop in
    capitals, UPI SALE / BHARAT QR SALE / UPI QR PAYMENT, DATE and TIME, MID, TID, the payer's VPA masked, RRN / UPI
    REF NO / UPI TXN ID, the terminal's own TXN ID / ORDER ID on some, AMOUNT / TOTAL / AMT PAID, TXN SUCCESS /
    PAYMENT RECEIVED / APPROVED or TXN FAILED / PAYMENT FAILED; two failed, none pending."""
    k = place("upi_pos_slip")
    status = outcome(k, failed=(3, 7))
    no_ref, no_day = k in (5,), k == 2
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    date = day26(rng)
    amount = rupees(rng, 50, 25000, p_round=0.5)
    mark = rng.choice(["INR ", "Rs.", "Rs ", "RS."])
    text = f"{mark}{amount:,.2f}" if rng.random() < 0.5 else f"{mark}{amount:.2f}"
    slip_head(p, rng, UPI_TERMINALS[k], ["UPI SALE", "BHARAT QR SALE", "UPI QR PAYMENT"])
    slip_day(p, rng, date, no_day)
    payer = rng.choice(BUYERS).lower().split()[0]
    p.pair(rng.choice(["VPA:", "PAYER VPA:", "CUST VPA:"]), f"{payer[:3]}XXXX@{rng.choice(['okaxis', 'ybl', 'paytm'])}",
           method="UPI")
    if not no_ref:
        rrn = utr(rng, date)
        rows = [(rng.choice(["RRN:", "UPI REF NO:", "UPI TXN ID:"]), rrn, (UTR_RANK, rrn))]
        if rng.random() < 0.5:
            own = f"{rng.choice(['TXN', 'ORD', 'PL'])}{digits(rng, 10)}"
            rows.append((rng.choice(["TXN ID:", "ORDER ID:"]), own, (TXN_RANK, own)))
        rng.shuffle(rows)
        for label, value, txn in rows:
            if status == "failed" and label in ("RRN:", "UPI REF NO:", "UPI TXN ID:") and rng.random() < 0.3:
                continue
            p.pair(label, value, txn=txn)
    p.add("rule")
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "AMT PAID:" if status == "success" else "AMOUNT:"]), text,
           amount=amount)
    p.add("rule")
    p.add("center", rng.choice({"success": ["TXN SUCCESS", "PAYMENT RECEIVED", "APPROVED"],
                                "failed": ["TXN FAILED", "PAYMENT FAILED"]}[status]), status=status)
    if status == "failed":
        p.add("center", rng.choice(["DEBIT NOT CONFIRMED BY BANK", "PAYER DECLINED", "TIMED OUT"]))
    p.part = "foot"
    p.add("center", rng.choice(["THANK YOU, VISIT AGAIN", "SCAN ANY UPI APP"]))
    p.add("center", "** CUSTOMER COPY **")
    return p.done()


def compose(rows: list[tuple], font: str, style: dict):
    """heldout106's frames: a phone, the rows alone, a messages app, an e-mail client, a browser."""
    return compose106(rows, font, style)

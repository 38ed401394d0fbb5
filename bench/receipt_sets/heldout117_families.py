"""The twelve heldout117 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a third random day's proofs of payment for one order each, as a seller in a smaller
Indian town receives them in 2026: UPI result screens of PhonePe, Google Pay, Paytm, BHIM and the public-sector
banks' apps (SBI YONO, Bank of Baroda's bob World, Canara ai1, PNB ONE, Union Bank Vyom, Indian Bank IndOASIS,
Central Bank Cent Mobile) taken on budget Android phones (a status bar with network and battery, a navigation bar
at the bottom, on some a notification banner dropped partly over the top), cropped, or photographed off another
phone's screen; a public-sector bank app's IMPS / NEFT transfer; one bank SMS alert; Bharat BillPay receipts for
electricity, for a mobile recharge or DTH; an India Post Payments Bank counter receipt; a co-operative bank's NEFT
slip; a kirana shop's printed bill marked PAID by UPI; a courier's COD remittance to the seller. Every row is added
to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is read back from the
rows the page keeps (a crop keeps only its rows). Headings, footers, balances, fees, items, banners and the payer's
own details carry no fact. ``compose`` is heldout106's, with this set's navigation bar, notification banner and
second phone's bezel drawn over it (none of them prints a fact).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rupees, utr, when
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
    offer_below,
    other_sum,
    paper,
    screen,
)

TURNS: dict[str, int] = {}
assert APPR_RANK > INVOICE_RANK

SELLERS = [
    "Shiv Shakti Traders", "Gurukripa Cloth Centre", "Maa Vaishno Electricals", "Noor Mobile Repairing",
    "Jai Hanuman Hardware", "Annapoorna Sweets", "Saraswati Book Stall", "Bismillah Footwear", "Ganga Steel Almirah",
    "Lakshmi Fancy Store", "Pawan Agro Seeds", "Sai Ram Tent House", "Mahalaxmi Bangle Store", "Kisan Krishi Kendra",
    "New Rajdhani Tailors", "Sri Murugan Vessels",
]
PEOPLE = [
    "Ramesh Chandra", "Sunita Devi", "Mohd Irfan", "Kamla Prasad", "Geeta Rani", "Balwinder Singh",
    "Muthu Selvam", "Anil Kumar Sahu", "Rekha Bai", "Santosh Patil",
]
BUYERS = ["Deepak Verma", "Meena Kumari", "Rajesh Nair", "Farhan Qureshi", "Sarita Yadav", "Arjun Rathod",
          "Kavita Joshi", "Manpreet Gill"]
TOWNS = ["Sitapur", "Hoshangabad", "Barmer", "Kumbakonam", "Ratnagiri", "Begusarai", "Jhunjhunu", "Chhindwara",
         "Dharmapuri", "Bhadrak", "Una", "Karimnagar"]
PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%a, {d} %b %Y",
        "%b {d}, %Y", "%d %b, %Y"]
NOTES = ["saree order", "for 2 pcs", "advance", "balance payment", "order no 14", "tent booking",
         "seeds payment", "ok"]


def fresh() -> None:
    """Start every family's count again (``make_heldout117_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def payee(rng: random.Random, caps: float = 0.25) -> str:
    name = rng.choice(SELLERS) if rng.random() < 0.7 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:11]
    return rng.choice([f"{base}@{rng.choice(banks)}", f"{base}{rng.randrange(1, 99)}@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}"])


def stamp(rng: random.Random, date: dt.date, *, twelve: bool = True, hour: bool = True) -> str:
    text = when(date, rng.choice(PATS))
    if hour:
        text += rng.choice([", ", " ", " at ", " | ", " - "]) + hhmm(rng, twelve=twelve, lower=rng.random() < 0.3)
    return text


def money(rng: random.Random, font: str, p_whole: float = 0.35, marks=("₹", "₹", "Rs.", "Rs", "INR")) -> Rs:
    return Rs(rng, font, marks=marks, groupings=("indian", "indian", "indian", "western"), p_whole=p_whole)


def phone_extras(p: Screen, *, nav: bool = True, banner: bool = False, bezel: bool = False) -> None:
    """This set's frame marks: a navigation bar, a notification banner over the status and app bars, the bezel of
    the phone the screen was photographed off (no fact in any)."""
    rng = p.rng
    extra: dict = {"nav": nav and rng.choice(["keys", "keys", "pill"]), "bezel": bezel}
    if banner:
        note = rng.choice(BANNERS)
        assert glyphs(p.font, note[0] + note[1]), (p.font, note)
        extra["banner"] = note
    p.style["h117"] = extra


BANNERS = [
    ("WhatsApp", "Pappu Bhaiya: Maal kab bhejoge?"), ("Messages", "Your data pack expires soon. Recharge now"),
    ("Instagram", "sonu_photography started a live video"), ("WhatsApp", "Family Group: Good morning"),
    ("YouTube", "New: Kisan Tak live mandi bhav"), ("Truecaller", "Missed call from a spam number"),
    ("Meesho", "Your catalogue got new views"), ("Gmail", "Your GST return reminder"),
]


# ---------------------------------------------------------------- UPI apps and public-sector banks' UPI screens


APPS = {
    # title, band (None: plain), handles, the app's own id label (or None)
    "PhonePe": ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"], "Transaction ID"),
    "Google Pay": ("Google Pay", None, ["okaxis", "okhdfcbank", "oksbi", "okicici"], "Google transaction ID"),
    "Paytm": ("Paytm", (0, 40, 110), ["ptyes", "ptaxis", "pthdfc", "ptsbi"], "Order ID"),
    "BHIM": ("BHIM UPI", None, ["upi"], None),
    "SBI YONO": ("YONO SBI", (118, 36, 132), ["sbi"], None),
    "bob World": ("bob World", (232, 96, 30), ["barodampay"], None),
    "Canara ai1": ("Canara ai1", (0, 120, 190), ["cnrb"], None),
    "PNB ONE": ("PNB ONE", (160, 20, 50), ["pnb"], None),
    "Union Vyom": ("Union Bank Vyom", (200, 30, 40), ["unionbankofindia", "uboi"], None),
    "IndOASIS": ("IndOASIS", (0, 80, 150), ["indianbk"], None),
    "Cent Mobile": ("Cent Mobile", (190, 30, 40), ["centralbank", "cbin"], None),
}
PSB = ["State Bank of India", "Punjab National Bank", "Bank of Baroda", "Canara Bank", "Union Bank of India",
       "Indian Bank", "Central Bank of India", "Bank of India", "UCO Bank", "Indian Overseas Bank"]
SHORT_BANK = ["SBI", "PNB", "BoB", "Canara Bank", "Union Bank", "Indian Bank", "Central Bank", "BOI", "UCO Bank"]
SUCCESS = ["Payment Successful", "Paid successfully", "Transaction Successful", "Money sent", "Payment done",
           "Sent successfully"]
FAILED = ["Payment Failed", "Transaction failed", "Payment declined", "Payment could not be completed"]
PENDING = ["Payment Pending", "Transaction pending", "Payment in progress", "Awaiting bank confirmation"]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
REFUND = ["If money was debited, it will be refunded within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Don't worry, your money is safe. If debited, it will be reversed."]
WAIT = ["Please do not pay again. We are confirming with the bank.",
        "Status will be updated shortly. Please check after some time.",
        "The receiver's bank has not confirmed yet."]


def own_id(rng: random.Random, app: str, date: dt.date) -> str:
    if app == "PhonePe":
        return f"T{date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return digits(rng, 20)


class Upi:
    """One UPI payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, app: str, status: str, *, no_ref: bool, no_day: bool,
                 low: float = 40, high: float = 24000):
        self.app, self.status, self.no_ref, self.no_day = app, status, no_ref, no_day
        self.date, self.amount, self.to = day26(rng), rupees(rng, low, high), payee(rng)
        self.ref = utr(rng, self.date)
        self.own = own_id(rng, app, self.date)


def upi_top(p: Screen, u: Upi, rs: Rs) -> None:
    """The outcome (a tick on some successes), the sum, the payee and its handle (parts outcome, amount, payee)."""
    rng, font = p.rng, p.font
    p.part = "outcome"
    word = rng.choice(WORDS[u.status])
    tick = sign(font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if u.status == "success" and rng.random() < 0.4 else word,
          status=u.status)
    p.accent(colour(u.status))
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
    vpa = handle(rng, u.to, APPS[u.app][2])
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}", f"UPI ID - {vpa}"]), method="UPI")
    if u.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif u.status == "pending":
        p.add("small", rng.choice(WAIT))


def upi_rest(p: Screen, u: Upi) -> None:
    """The details: the reference and the app's own id on some (part ref), the day and the account (part tail)."""
    rng = p.rng
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details", "Txn info"]))
    label = APPS[u.app][3]
    if not u.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "RRN", "UTR No",
                             "UPI Ref. No.", "Bank Reference No"]), u.ref, (UTR_RANK, u.ref))]
        if label and rng.random() < 0.5:
            rows.insert(rng.randrange(2), (label, u.own, (ORDER_RANK if label == "Order ID" else TXN_RANK,
                                                          u.own)))
        for lab, value, txn in rows:
            labelled(p, lab, value, txn=txn)
    p.part = "tail"
    if not u.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Txn Date & Time", "On"]),
                 stamp(rng, u.date), date=u.date)
    p.pair(rng.choice(["Debited from", "From", "Bank account", "Paid from A/c"]),
           f"{rng.choice(SHORT_BANK)} {rng.choice(['XX', dots(p.font), '*', 'xxxx'])}{digits(rng, 4)}")
    if rng.random() < 0.4:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(NOTES))


def upi_page(rng: random.Random, font: str, family: str, apps: list[str], failed: int, pending: int,
             no_ref: tuple, no_day: int, frame: str) -> tuple[Screen, int, Upi]:
    k = place(family)
    status = outcome(k, failed=(failed,), pending=(pending,))
    app = apps[k]
    dark = rng.random() < 0.3
    buttons = rng.choice([("Share", "Done"), ("Share receipt",), ("Pay again", "Share"), ("Done",), ()])
    p = screen(rng, font, frame, dark=dark, buttons=buttons if frame == "phone" else (),
               title=rng.choice(["", "Payment status", "Transaction details", "UPI"]) if frame == "phone" else "")
    rs = money(rng, font, 0.45)
    u = Upi(rng, app, status, no_ref=k in no_ref, no_day=k == no_day)
    name, band, *_ = APPS[app]
    p.part = "head"
    if band and not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name)
    if rng.random() < 0.4:
        p.add("small", rng.choice(["UPI payment", "Pay to contact", "Scan & Pay", "BHIM UPI"]))
    upi_top(p, u, rs)
    upi_rest(p, u)
    p.part = "foot"
    if status == "success" and rng.random() < 0.5:
        offer_below(p, rs, u.amount)
    p.add("gap")
    if not buttons or frame != "phone":
        p.add("small", rng.choice(["Share  |  Done", "Download receipt  |  Share", "Check balance  |  Help"]))
    if rng.random() < 0.4:
        p.add("small", rng.choice(["Powered by UPI  |  NPCI", "BHIM UPI", "Need help? Contact us"]))
    return p, k, u


def upi_app(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's result screen on a budget phone (PhonePe, Google Pay, Paytm, BHIM, twice each; dark on some): the
    status bar, the app bar, the outcome, the sum, Paid to / To / Sent to and the payee's handle, the details (a
    UPI reference, the app's own id on some, the day, the account debited, a note), an offer on some successes,
    buttons, the navigation bar; a failed and a pending one."""
    apps = ["PhonePe", "Google Pay", "Paytm", "BHIM", "PhonePe", "Google Pay", "Paytm", "BHIM"]
    p, k, _ = upi_page(rng, font, "upi_app", apps, 5, 2, (1,), 6, "phone")
    phone_extras(p, nav=k != 3)
    return p.done()


def upi_bank(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A public-sector bank app's UPI screen (SBI YONO, bob World, Canara ai1, PNB ONE, Union Bank Vyom, Indian
    Bank IndOASIS, Central Bank Cent Mobile, YONO again) on a budget phone, a notification banner dropped over the
    status and app bars on four; a failed and a pending one."""
    apps = ["SBI YONO", "bob World", "Canara ai1", "PNB ONE", "Union Vyom", "IndOASIS", "Cent Mobile", "SBI YONO"]
    p, k, _ = upi_page(rng, font, "upi_bank", apps, 3, 6, (0, 5), 2, "phone")
    phone_extras(p, banner=k in (1, 3, 4, 7))
    return p.done()


def upi_cropped(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The same screens (Google Pay, PhonePe, Canara ai1, Paytm, PNB ONE, IndOASIS, BHIM, Union Bank Vyom) cropped
    by the buyer: at the top on two (the app's name gone; on one the outcome too), at the bottom on two (the day and
    the account gone; on one the reference too); a failed and a pending one."""
    apps = ["Google Pay", "PhonePe", "Canara ai1", "Paytm", "PNB ONE", "IndOASIS", "BHIM", "Union Vyom"]
    p, k, _ = upi_page(rng, font, "upi_cropped", apps, 4, 0, (7,), 3, "crop")
    # 2, 6: cut at the top (6 through the outcome); 1, 5: cut at the bottom (5 through the reference)
    keep = {2: {"outcome", "amount", "payee", "ref", "tail", "foot"}, 6: {"amount", "payee", "ref", "tail", "foot"},
            1: {"head", "outcome", "amount", "payee", "ref"}, 5: {"head", "outcome", "amount", "payee"}}
    if k in keep:
        p.keep(keep[k])
    return p.done()


def upi_photo(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI screen photographed off the buyer's phone with another phone (PhonePe, Cent Mobile, Google Pay, bob
    World, Paytm, YONO, BHIM, PNB ONE): the whole handset, its bezel and the table around; a failed and a pending
    one."""
    apps = ["PhonePe", "Cent Mobile", "Google Pay", "bob World", "Paytm", "SBI YONO", "BHIM", "PNB ONE"]
    p, k, _ = upi_page(rng, font, "upi_photo", apps, 1, 7, (4,), 0, "phone")
    phone_extras(p, bezel=True, banner=k == 5)
    return p.done()


# ---------------------------------------------------------------- public-sector banks' IMPS / NEFT transfers


BANK_APPS = {
    "YONO SBI": ("State Bank of India", "SBIN", (118, 36, 132)), "PNB ONE": ("Punjab National Bank", "PUNB",
                                                                              (160, 20, 50)),
    "Canara ai1": ("Canara Bank", "CNRB", (0, 120, 190)), "Union Bank Vyom": ("Union Bank of India", "UBIN",
                                                                              (200, 30, 40)),
    "IndOASIS": ("Indian Bank", "IDIB", (0, 80, 150)), "Cent Mobile": ("Central Bank of India", "CBIN",
                                                                       (190, 30, 40)),
    "bob World": ("Bank of Baroda", "BARB", (232, 96, 30)), "BOI Mobile": ("Bank of India", "BKID", (0, 70, 140)),
}
IFSCS = ["SBIN", "PUNB", "CNRB", "UBIN", "IDIB", "CBIN", "BARB", "BKID", "UCBA", "IOBA", "HDFC", "ICIC"]


def bank_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A public-sector bank app's IMPS or NEFT transfer to the seller's account (YONO SBI, PNB ONE, Canara ai1,
    Union Bank Vyom, IndOASIS, Cent Mobile, bob World, BOI Mobile): the outcome, the sum, the beneficiary with the
    account masked, IFSC, the mode (IMPS on five, NEFT on three), IMPS Ref No / RRN / Reference No. or UTR / UTR No.
    / NEFT UTR, the day, the account debited, the remarks, the balance after on some, the navigation bar; a failed
    and a pending one."""
    k = place("bank_transfer")
    status = outcome(k, failed=(6,), pending=(1,))
    app = list(BANK_APPS)[k]
    bank, head, band = BANK_APPS[app]
    neft = k in (2, 4, 7)
    no_ref, no_day = k in (3,), k == 0
    dark = rng.random() < 0.2
    p = screen(rng, font, "phone", dark=dark, width=620,
               title=rng.choice(["", "Fund Transfer", "Transfer to other bank", "Quick Transfer"]),
               buttons=rng.choice([("Share", "Done"), ("Download",), ("Home",), ()]))
    rs = money(rng, font, 0.35)
    date, amount = day26(rng), rupees(rng, 300, 90000)
    to = payee(rng, caps=0.6)
    kind = "NEFT" if neft else "IMPS"
    p.part = "head"
    if not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app)
    p.add("small", rng.choice([f"{kind} Fund Transfer", "Other bank transfer", "Transfer to account"]))
    p.add("gap")
    p.part = "body"
    word = {"success": [f"{kind} transaction successful", "Transfer successful", "Funds transferred successfully",
                        "Transaction completed"],
            "failed": ["Transaction failed", "Transfer failed", f"{kind} transfer unsuccessful"],
            "pending": ["Transaction in process", "Transfer pending", "Sent to beneficiary bank"]}[status]
    p.add("center", rng.choice(word), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    p.add("rule")
    p.pair(rng.choice(["Beneficiary Name", "Payee Name", "Transferred to", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary A/c", "A/c No.", "To Account"]),
           rng.choice([f"XXXXXXX{digits(rng, 4)}", f"{dots(font, 6)}{digits(rng, 4)}", f"xxxx{digits(rng, 4)}"]))
    p.pair(rng.choice(["IFSC", "IFSC Code"]), f"{rng.choice(IFSCS)}0{digits(rng, 6)}")
    p.pair(rng.choice(["Mode", "Transfer Mode", "Payment Mode", "Txn Type"]),
           rng.choice(["NEFT", "NEFT"]) if neft else rng.choice(["IMPS", "IMPS (P2A)"]), method="netbanking")
    if not no_ref:
        if neft:
            ref = neft_utr(head, rng, date)
            lab = rng.choice(["UTR", "UTR No.", "NEFT UTR", "UTR Number"])
        else:
            ref = utr(rng, date)
            lab = rng.choice(["IMPS Ref No", "RRN", "Reference No.", "IMPS Ref. No."])
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Date & Time", "Transaction Date", "Txn Date", "Date"]),
               stamp(rng, date, twelve=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["From A/c", "Debit Account", "Debited from"]), f"XXXXXXX{digits(rng, 4)}")
    if rng.random() < 0.6:
        p.pair(rng.choice(["Remarks", "Purpose", "Narration"]), rng.choice(NOTES + ["Goods", "Payment"]))
    if status == "success" and rng.random() < 0.4:
        p.pair(rng.choice(["Available Balance", "Avl. Balance"]), rs(other_sum(rng, amount, 500, 80000)))
    if status == "failed":
        p.add("small", "Amount, if debited, will be credited back to your account.")
    if status == "pending":
        p.add("small", "Please do not initiate the transfer again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add as payee  |  Repeat", "Transfer again", "Toll free 1800 1234"]))
    phone_extras(p, banner=k == 5)
    return p.done()


# ---------------------------------------------------------------- one SMS alert from a public-sector bank


SENDERS = {"SBI": "SBIUPI", "PNB": "PNBSMS", "BoB": "BOBTXN", "Canara": "CANBNK", "Union": "UNIONB",
           "Indian": "INDBNK", "Central": "CENTBK", "BOI": "BOIIND"}


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One debit alert from a public-sector bank in a messages app (one message): the sender id, a day divider
    (Today or Yesterday on the message without a day), the bubble and its hour. SBI "debited by X on date … trf to
    <NAME> Refno …" (no currency mark), PNB "debited INR X on … for UPI to <NAME>" (no reference), Bank of Baroda
    "Rs.X debited … to <NAME> via UPI on …", Canara "has been DEBITED … towards UPI/P2M/<ref>/<NAME>", Union Bank's
    failure naming the payee, Indian Bank's with no day, Central Bank's pending one naming only the handle, Bank of
    India's IMPS with no reference; the balance after on some."""
    k = place("bank_sms")
    status = outcome(k, failed=(4,), pending=(6,))
    bank = list(SENDERS)[k]
    no_ref, no_day = k in (1, 7), k == 5
    date, amount = day26(rng), rupees(rng, 49, 38000)
    acct, ref = digits(rng, 4), utr(rng, date)
    to = payee(rng, caps=0.8)
    vpa = handle(rng, to, ["ybl", "okaxis", "paytm", "ibl", "sbi"])
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    money_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    short = when(date, rng.choice(["%d-%m-%y", "%d/%m/%y", "%d%b%y", "%d-%b-%y", "%d-%m-%Y", "%d/%m/%Y"]))
    bal = f"{rng.choice(['Avl Bal', 'Bal', 'Avl. Bal:'])} {mark}{other_sum(rng, amount, 150, 60000):,.2f}"
    named, method = to.upper()[:20].strip(), "UPI"
    if k == 0:
        text = (f"Dear UPI user A/C X{acct} debited by {amount:.1f} on date {when(date, '%d%b%y')} trf to {named} "
                f"Refno {ref}. If not u? call 1800111109. -SBI")
    elif k == 1:
        text = f"A/c XX{acct} debited {money_text} on {short} for UPI to {named}. {bal} -PNB"
    elif k == 2:
        text = f"{money_text} debited from A/c ...{acct} to {named} via UPI on {short}. UPI Ref {ref} -Bank of Baroda"
    elif k == 3:
        named = named[:16].strip()
        text = (f"An amount of {money_text} has been DEBITED to your account XXX{acct} on {short} towards "
                f"UPI/P2M/{ref}/{named}. {bal} - Canara Bank")
    elif k == 4:
        text = (f"Your UPI txn of {money_text} to {named} on {short} has failed. Ref no {ref}. Amount, if debited, "
                f"will be reversed. -Union Bank of India")
    elif k == 5:
        text = (f"{money_text} debited from A/c XX{acct} to {named} via UPI. UPI Ref no {ref}. Not you? Call "
                f"18004250000 -Indian Bank")
    elif k == 6:
        named = None
        text = (f"UPI txn of {money_text} from A/c XX{acct} to {vpa} on {short} is under process. Ref No {ref}. "
                f"Please do not retry. -Central Bank of India")
    else:
        method = "netbanking"
        text = f"{money_text} debited A/c XX{acct} on {short} for IMPS to {named}. {bal} -Bank of India"
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


# ---------------------------------------------------------------- Bharat BillPay: electricity, recharge, DTH


AGENTS = ["PhonePe", "Paytm", "Google Pay", "BHIM", "SBI YONO", "bob World", "PNB ONE", "Canara ai1"]
MODES = [("UPI", "UPI"), ("Wallet", "wallet"), ("UPI", "UPI"), ("UPI", "UPI"), ("Debit Card", "card"),
         ("UPI", "UPI"), ("Net Banking", "netbanking"), ("UPI", "UPI")]
POWER = ["MSEDCL - Maharashtra", "UPPCL (Rural)", "TNPDCL - Tamil Nadu", "BESCOM - Bengaluru",
         "Jaipur Vidyut Vitran Nigam", "PSPCL - Punjab", "WBSEDCL", "MPMKVVCL - Bhopal"]


def bbps_head(p: Screen, agent: str, category: str) -> None:
    rng = p.rng
    p.part = "head"
    p.add("title", APPS[agent][0])
    p.add("small", rng.choice(["Bharat BillPay", "B  Bharat Connect", "Powered by Bharat BillPay (BBPS)"]))
    p.add("left", category)
    p.add("rule")
    p.part = "body"


def bbps_tail(p: Screen, rs: Rs, date: dt.date, status: str, bill: float, fee: float, mode: str, method: str,
              no_ref: bool, no_day: bool, top: bool, amount_label: str) -> None:
    rng = p.rng
    amount = round(bill + fee, 2)
    if fee:
        p.pair(rng.choice(["Bill Amount", "Amount", amount_label]), rs(bill))
        p.pair(rng.choice(["Convenience Fee", "Platform Fee", "CCF"]), rs(fee))
        p.pair(rng.choice(["Total Amount", "Total Paid", "Amount Debited"]), rs(amount), amount=amount)
    else:
        p.pair(rng.choice(["Amount Paid", "Total Amount", amount_label]), rs(amount), amount=amount)
    p.pair(rng.choice(["Payment Mode", "Paid via", "Paid using"]), mode, method=method)
    if not no_ref:
        ref = (f"{rng.choice(['PP', 'PT', 'GP', 'BH', 'SB', 'BW', 'PN', 'CN'])}0{rng.randrange(1, 10)}"
               f"{date.year % 10}{date.timetuple().tm_yday:03d}{code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
               f"{digits(rng, 8)}")
        p.pair(rng.choice(["BBPS Ref No", "Bharat BillPay Ref", "B-Connect Txn ID", "BBPS Txn Ref No"]), ref,
               txn=(BANK_RANK, ref))
        if mode == "UPI" and rng.random() < 0.5:
            upi = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No", "UTR", "UPI Ref"]), upi, txn=(UTR_RANK, upi))
    if not no_day:
        p.pair(rng.choice(["Payment Date", "Paid on", "Date & Time", "Transaction Date"]),
               stamp(rng, date, twelve=rng.random() < 0.5), date=date)
    if not top:
        p.pair(rng.choice(["Status", "Payment Status", "Transaction Status"]),
               rng.choice({"success": ["Success", "Successful", "Paid"], "failed": ["Failed", "Unsuccessful"],
                           "pending": ["Pending", "In Progress"]}[status]), status=status)
    if status == "failed":
        p.add("small", "Amount, if debited, will be refunded to the source within 5 working days.")
    if status == "pending":
        p.add("small", "Awaiting confirmation from the biller. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["For complaints, quote the BBPS reference.", "Thank you for using Bharat BillPay"]))


def bbps_top(p: Screen, status: str, success: list[str]) -> bool:
    rng = p.rng
    top = rng.random() < 0.5
    if top:
        p.add("center", rng.choice({"success": success, "failed": ["Payment Failed", "Bill payment failed"],
                                    "pending": ["Payment Pending", "Awaiting biller confirmation"]}[status]),
              status=status)
        p.accent(colour(status))
    return top


def bbps_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An electricity bill paid through Bharat BillPay in an agent app (PhonePe, Paytm, Google Pay, BHIM, YONO, bob
    World, PNB ONE, Canara ai1): the board under Biller / Biller Name / Paid to / Electricity Board, Consumer Number /
    Consumer No. / CA Number / Service Connection No, the consumer's name, a Due Date on some (beside the day paid),
    Bill Amount with a Convenience Fee and Total Amount / Total Paid / Amount Debited on some, the way paid, BBPS Ref
    No / Bharat BillPay Ref / B-Connect Txn ID and a UPI Ref on some, the day, the outcome on top or in a status row;
    a failed and a pending one."""
    k = place("bbps_power")
    status = outcome(k, failed=(2,), pending=(5,))
    agent, (mode, method) = AGENTS[k], MODES[k]
    if mode == "Wallet":
        mode = "Paytm Wallet"
    no_ref, no_day = k in (6,), k == 1
    p = screen(rng, font, "phone" if rng.random() < 0.6 else "crop", width=rng.choice([600, 640]),
               size=rng.choice([20, 21, 22]), title=rng.choice(["", "Electricity", "Bill Payment"]),
               buttons=rng.choice([("Share",), ("Download", "Share"), ()]))
    rs = money(rng, font, 0.4)
    date = day26(rng)
    bill = rupees(rng, 180, 6500, p_round=0.5)
    fee = 0.0 if rng.random() < 0.6 else float(rng.choice([1, 2, 5]))
    biller = POWER[k]
    bbps_head(p, agent, rng.choice(["Electricity Bill", "Electricity", "Pay Electricity Bill"]))
    top = bbps_top(p, status, ["Bill paid successfully", "Payment Successful", "Paid successfully"])
    p.add("big", rs(round(bill + fee, 2)))
    p.pair(rng.choice(["Biller", "Biller Name", "Paid to", "Operator"]), biller, merchant=biller)
    p.pair(rng.choice(["Consumer Number", "Consumer No.", "CA Number", "Service Connection No"]),
           digits(rng, rng.choice([9, 10, 12])))
    p.pair(rng.choice(["Consumer Name", "Customer Name", "Name"]), rng.choice(BUYERS + PEOPLE).upper())
    if not no_day and rng.random() < 0.5:
        due = date + dt.timedelta(days=rng.randrange(2, 12))
        p.pair("Due Date", when(due, rng.choice(["%d-%m-%Y", "%d %b %Y", "%d/%m/%Y"])))
    bbps_tail(p, rs, date, status, bill, fee, mode, method, no_ref, no_day, top, "Bill Amount")
    if p.style["h106"]["frame"] == "phone":
        phone_extras(p, banner=k == 3)
    return p.done()


RECHARGES = [("Mobile Prepaid", "Jio Prepaid", "Mobile Number"), ("DTH", "Tata Play", "Subscriber ID"),
             ("Mobile Prepaid", "Airtel Prepaid", "Mobile No."), ("DTH", "Airtel Digital TV", "Customer ID"),
             ("Mobile Prepaid", "Vi Prepaid", "Mobile Number"), ("DTH", "Dish TV", "VC Number"),
             ("Mobile Prepaid", "BSNL Prepaid", "Mobile Number"), ("DTH", "Sun Direct", "Smart Card Number")]


def bbps_recharge(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A mobile recharge or a DTH recharge through Bharat BillPay in an agent app (Jio, Airtel, Vi, BSNL prepaid;
    Tata Play, Airtel Digital TV, Dish TV, Sun Direct): the operator under Operator / Biller / Paid to / Biller Name,
    the mobile number or subscriber id, the plan and its validity in days, Recharge Amount / Amount Paid with a fee
    and a total on some, the way paid, BBPS Ref No / B-Connect Txn ID and a UPI Ref on some, the day, the outcome;
    a failed and a pending one."""
    k = place("bbps_recharge")
    status = outcome(k, failed=(7,), pending=(3,))
    agent, (mode, method) = AGENTS[(k + 3) % 8], MODES[(k + 3) % 8]
    if mode == "Wallet":
        mode = "Paytm Wallet"
    category, operator, num_label = RECHARGES[k]
    no_ref, no_day = k in (0, 5), k == 4
    p = screen(rng, font, "phone" if rng.random() < 0.6 else "crop", width=rng.choice([600, 640]),
               size=rng.choice([20, 21, 22]), title=rng.choice(["", "Recharge", "Recharge & Bills"]),
               buttons=rng.choice([("Share",), ("Recharge again", "Share"), ()]))
    rs = money(rng, font, 0.8)
    date = day26(rng)
    bill = float(rng.choice([199, 239, 299, 349, 479, 666, 719, 859]) if category == "Mobile Prepaid"
                 else rng.choice([153, 250, 310, 420, 560, 890]))
    fee = 0.0 if rng.random() < 0.7 else float(rng.choice([1, 2]))
    bbps_head(p, agent, rng.choice([f"{category} Recharge", category]))
    top = bbps_top(p, status, ["Recharge Successful", "Recharge done", "Payment Successful"])
    p.add("big", rs(round(bill + fee, 2)))
    p.pair(rng.choice(["Operator", "Biller", "Paid to", "Biller Name"]), operator, merchant=operator)
    number = (f"{rng.choice('6789')}{digits(rng, 9)}" if category == "Mobile Prepaid"
              else digits(rng, rng.choice([10, 11])))
    p.pair(num_label, number)
    if rng.random() < 0.6:
        p.pair(rng.choice(["Plan", "Pack"]), rng.choice(["Unlimited calls, 1.5 GB/day", "Truly unlimited",
                                                        "Hindi Smart Pack", "Monthly base pack"]))
        p.pair("Validity", f"{rng.choice([28, 30, 56, 84])} days")
    bbps_tail(p, rs, date, status, bill, fee, mode, method, no_ref, no_day, top, "Recharge Amount")
    if p.style["h106"]["frame"] == "phone":
        phone_extras(p)
    return p.done()


# ---------------------------------------------------------------- India Post Payments Bank counter receipt


def slip_money(rng: random.Random, amount: float) -> str:
    mark = rng.choice(["INR ", "Rs.", "Rs ", "RS.", "Rs. "])
    return f"{mark}{amount:,.2f}" if rng.random() < 0.6 else f"{mark}{amount:.2f}"


def ippb_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An India Post Payments Bank receipt printed at a post office counter or by the postman's device (paper, a
    monospace face): IPPB and the office (S.O. / H.O. / B.O.), "Fund Transfer Receipt" / "IMPS Transaction Slip" /
    "Customer Receipt", Txn Type IMPS, Remitter (the buyer), Beneficiary Name / Payee Name / Bene Name, its account
    masked, IFSC, Amount / Txn Amount, IMPS Ref No / RRN / UTR and the IPPB Txn ID on some, Date / Txn Date and
    Time, Status SUCCESS / FAILED / PENDING, the agent's id and the helpline; a failed and a pending one."""
    k = place("ippb_receipt")
    status = outcome(k, failed=(3,), pending=(6,))
    no_ref, no_day = k in (2,), k == 7
    p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    date, amount = day26(rng), rupees(rng, 200, 25000, p_round=0.6)
    to = payee(rng, caps=0.8).upper()
    p.part = "head"
    p.add("center", rng.choice(["India Post Payments Bank", "INDIA POST PAYMENTS BANK", "IPPB"]))
    p.add("center", f"{rng.choice(TOWNS).upper()} {rng.choice(['S.O.', 'H.O.', 'B.O.'])}")
    p.add("center", rng.choice(["FUND TRANSFER RECEIPT", "IMPS TRANSACTION SLIP", "CUSTOMER RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if not no_day:
        text = when(date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d/%m/%y"]), upper=True)
        if rng.random() < 0.5:
            p.pair(rng.choice(["DATE:", "TXN DATE:"]), text, date=date)
            p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        else:
            p.add("left", f"DATE: {text} {hhmm(rng, twelve=False)}", date=date)
    else:
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["TXN TYPE:", "SERVICE:"]), rng.choice(["IMPS", "IMPS P2A", "FUND TRANSFER-IMPS"]),
           method="netbanking")
    p.pair(rng.choice(["REMITTER:", "CUSTOMER:"]), rng.choice(BUYERS).upper())
    p.pair(rng.choice(["A/C NO:", "FROM A/C:"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["BENEFICIARY NAME:", "PAYEE NAME:", "BENE NAME:"]), to[:22].strip(), merchant=to[:22].strip())
    p.pair(rng.choice(["BENE A/C:", "BENEFICIARY A/C:"]), f"XXXXXX{digits(rng, 4)}")
    p.pair("IFSC:", f"{rng.choice(IFSCS)}0{digits(rng, 6)}")
    if not no_ref:
        rows = []
        if status != "failed" or rng.random() < 0.5:
            ref = utr(rng, date)
            rows.append((rng.choice(["IMPS REF NO:", "RRN:", "UTR:"]), ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            own = f"IPPB{digits(rng, 12)}"
            rows.append((rng.choice(["TXN ID:", "TRANSACTION ID:"]), own, (TXN_RANK, own)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    p.add("rule")
    p.pair(rng.choice(["AMOUNT:", "TXN AMOUNT:", "AMT:"]), slip_money(rng, amount), amount=amount)
    p.add("rule")
    p.pair("STATUS:", rng.choice({"success": ["SUCCESS", "SUCCESSFUL"], "failed": ["FAILED", "DECLINED"],
                                  "pending": ["PENDING", "IN PROCESS"]}[status]), status=status)
    if status == "failed":
        p.add("center", "AMOUNT IF DEBITED WILL BE REVERSED")
    if status == "pending":
        p.add("center", "DO NOT REPEAT. STATUS WILL BE SENT BY SMS")
    p.part = "foot"
    p.pair(rng.choice(["AGENT ID:", "POSTMAN ID:"]), f"{rng.randrange(10, 99)}{digits(rng, 6)}")
    p.add("center", "HELPLINE 155299")
    p.add("center", rng.choice(["** CUSTOMER COPY **", "THANK YOU - IPPB AAPKA BANK AAPKE DWAR"]))
    return p.done()


# ---------------------------------------------------------------- a co-operative bank's NEFT slip


COOPS = [("THE SANGLI URBAN CO-OP BANK LTD", "SUCB"), ("RAJKOT NAGARIK SAHAKARI BANK LTD", "RNSB"),
         ("THE KALUPUR COMMERCIAL CO-OP BANK", "KCCB"), ("JALGAON JANATA SAHAKARI BANK", "JJSB"),
         ("THE KANGRA CO-OP BANK LTD", "KANG"), ("NAGAR URBAN CO-OP BANK LTD", "NUCB"),
         ("MEHSANA URBAN CO-OP BANK LTD", "MSNU"), ("THE VARACHHA CO-OP BANK LTD", "VARA")]


def coop_neft_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A co-operative bank's NEFT (or RTGS) remittance acknowledgement, printed at the branch (paper, a monospace
    face): the bank and branch, NEFT REMITTANCE ACK / CUSTOMER COUNTERFOIL, Date, Remitter Name and A/c (the buyer),
    Beneficiary Name / Bene Name / Name of Beneficiary, its A/c, IFSC and bank, Amount / Amount (Rs.) and the sum in
    words, a Commission on some successes (no total), UTR / UTR No. / NEFT UTR No, Status PROCESSED / CREDITED /
    RETURNED / REJECTED / PENDING / QUEUED FOR SETTLEMENT, the teller; a failed and a pending one."""
    k = place("coop_neft_slip")
    status = outcome(k, failed=(5,), pending=(2,))
    bank, head = COOPS[k]
    no_ref, no_day = k in (0, 6), k == 3
    p = screen(rng, font, width=rng.choice([500, 540]), size=rng.choice([18, 19]))
    paper(p, rng)
    date, amount = day26(rng), rupees(rng, 2000, 150000, p_round=0.7)
    to = payee(rng, caps=1.0)[:24].strip()
    p.part = "head"
    p.add("center", bank)
    p.add("center", f"BRANCH: {rng.choice(TOWNS).upper()}")
    p.add("center", rng.choice(["NEFT REMITTANCE ACK", "NEFT - CUSTOMER COUNTERFOIL", "NEFT/RTGS ACKNOWLEDGEMENT"]))
    p.add("rule")
    p.part = "body"
    if not no_day:
        p.pair(rng.choice(["DATE:", "DATE :", "TXN DATE:"]),
               when(date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%Y"]), upper=True) +
               (f" {hhmm(rng, twelve=False)}" if rng.random() < 0.6 else ""), date=date)
    p.pair(rng.choice(["REMITTER:", "REMITTER NAME:"]), rng.choice(BUYERS).upper())
    p.pair(rng.choice(["REMITTER A/C:", "DEBIT A/C:"]), f"{digits(rng, 3)}XXXXX{digits(rng, 3)}")
    p.pair(rng.choice(["BENEFICIARY NAME:", "BENE NAME:", "NAME OF BENEFICIARY:"]), to, merchant=to)
    p.pair(rng.choice(["BENE A/C NO:", "BENEFICIARY A/C:"]), f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC:", f"{rng.choice(IFSCS)}0{digits(rng, 6)}")
    p.pair("MODE:", "NEFT", method="netbanking")
    p.pair(rng.choice(["AMOUNT:", "AMOUNT (RS.):", "AMT:"]),
           slip_money(rng, amount) if rng.random() < 0.6 else f"{amount:,.2f}", amount=amount)
    words = words_in_rupees(amount).upper()
    if glyphs(font, words):
        p.add("left", words)
    if status == "success" and rng.random() < 0.5:
        p.pair(rng.choice(["COMMISSION:", "CHARGES:"]), f"{rng.choice([2.95, 5.90, 17.70]):.2f}")
    if not no_ref and status != "failed":
        ref = neft_utr(head, rng, date)
        p.pair(rng.choice(["UTR:", "UTR NO:", "NEFT UTR NO:"]), ref, txn=(UTR_RANK, ref))
    elif not no_ref:
        ref = neft_utr(head, rng, date)
        p.pair("UTR NO:", ref, txn=(UTR_RANK, ref))
    p.add("rule")
    p.pair("STATUS:", rng.choice({"success": ["PROCESSED", "CREDITED TO BENE"],
                                  "failed": ["RETURNED", "REJECTED - INVALID A/C"],
                                  "pending": ["PENDING", "QUEUED FOR SETTLEMENT"]}[status]), status=status)
    p.part = "foot"
    p.pair(rng.choice(["TELLER:", "USER ID:"]), f"T{rng.randrange(1, 40):02d}")
    p.add("center", rng.choice(["SUBJECT TO REALISATION", "CUSTOMER COPY"]))
    return p.done()


# ---------------------------------------------------------------- a kirana shop's printed bill, PAID by UPI


KIRANAS = ["SHRI RAM KIRANA STORES", "MAA DURGA GENERAL STORE", "LAXMI PROVISION STORE", "ANSARI KIRANA & DAIRY",
           "NEW BALAJI TRADERS", "SAI KIRANA BHANDAR", "PATEL PROVISION", "MURUGAN STORES"]
ITEMS = [("Aashirvaad Atta 5kg", 265), ("Toor Dal 1kg", 148), ("Sugar 2kg", 92), ("Fortune Oil 1L", 155),
         ("Tata Salt 1kg", 28), ("Red Label Tea 250g", 135), ("Surf Excel 1kg", 130), ("Parle-G x4", 40),
         ("Rice Sona Masoori 5kg", 340), ("Haldi Powder 200g", 58), ("Colgate 200g", 112), ("Dettol Soap x3", 126)]


def kirana_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A kirana shop's printed bill (cash memo) photographed, marked PAID by UPI (paper, a serif or monospace face):
    the shop on top, its town, "Prop." and a phone, a GSTIN on some, CASH MEMO / BILL / TAX INVOICE, Bill No. / Memo
    No / Bill #, Date, the items with quantity and price, Total / Net Amount / Grand Total, the paid line "PAID - UPI"
    / "** PAID BY UPI **" / "Paid via PhonePe (UPI)", a UPI Ref No on some; a failed one ("UPI PAYMENT FAILED") and a
    pending one ("PAYMENT PENDING - UPI")."""
    k = place("kirana_bill")
    status = outcome(k, failed=(4,), pending=(1,))
    no_ref, no_day = k in (6,), k == 2
    p = screen(rng, font, width=rng.choice([480, 520]), size=rng.choice([19, 20]))
    paper(p, rng)
    date = day26(rng)
    shop = KIRANAS[k]
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("center", f"{rng.choice(['Main Bazar', 'Station Road', 'Gandhi Chowk', 'Sadar Bazar'])}, "
                    f"{rng.choice(TOWNS)}")
    p.add("center", f"Prop. {rng.choice(PEOPLE)}  Mob. {rng.choice('6789')}{digits(rng, 9)}")
    if rng.random() < 0.4:
        p.add("center", f"GSTIN: {rng.randrange(10, 37)}{code(rng, 5, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
                        f"{digits(rng, 4)}{code(rng, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}1Z{digits(rng, 1)}")
    p.add("center", rng.choice(["CASH MEMO", "BILL", "ESTIMATE / BILL"]))
    p.add("rule")
    p.part = "body"
    number = str(rng.randrange(101, 4999))
    if not no_ref:
        p.pair(rng.choice(["Bill No.", "Memo No", "Bill #"]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Date:", "Dt.", "Date"]),
               when(date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"])) +
               (f" {hhmm(rng, lower=True)}" if rng.random() < 0.5 else ""), date=date)
    p.add("rule")
    total = 0.0
    for item, price in rng.sample(ITEMS, rng.randrange(3, 7)):
        qty = rng.choice([1, 1, 2, 3])
        total += price * qty
        p.pair(f"{item} x{qty}", f"{price * qty:.2f}")
    p.add("rule")
    rs = money(rng, font, 0.6, marks=("₹", "Rs.", "Rs", "Rs."))
    p.pair(rng.choice(["Total", "Net Amount", "Grand Total", "Total Rs."]), rs(total) if rng.random() < 0.7
           else f"{total:.2f}", amount=total)
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM"])
    paid = {"success": ["PAID - UPI", "** PAID BY UPI **", f"PAID via {app} (UPI)"],
            "failed": ["UPI PAYMENT FAILED", "UPI TXN FAILED - NOT RECEIVED"],
            "pending": ["PAYMENT PENDING - UPI", "UPI PAYMENT PENDING"]}[status]
    p.add("center", rng.choice(paid), status=status, method="UPI")
    if not no_ref and status == "success" and rng.random() < 0.6:
        ref = utr(rng, date)
        p.pair(rng.choice(["UPI Ref No", "UTR", "UPI Ref:"]), ref, txn=(UTR_RANK, ref))
    p.part = "foot"
    p.add("center", rng.choice(["Thank you. Visit again", "Goods once sold will not be taken back"]))
    return p.done()


# ---------------------------------------------------------------- a courier's COD remittance to the seller


COURIERS = ["Delhivery", "Ecom Express", "Xpressbees", "Shadowfax", "DTDC", "Shiprocket", "India Post", "Blue Dart"]


def cod_remittance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A courier's cash-on-delivery remittance to the seller for one order, on its seller panel in a browser or in
    an e-mail (Delhivery, Ecom Express, Xpressbees, Shadowfax, DTDC, Shiprocket, India Post's Speed Post COD, Blue
    Dart): Remittance ID / Remittance No., Remittance Date / Remitted on, Beneficiary Name / Account Name (the
    seller), the account masked and IFSC, the AWB with its Delivered on day and COD Amount, Less: COD charges and
    freight, Net Amount Remitted / Net Payable / Amount Remitted, Mode NEFT / IMPS, UTR / UTR No. / Bank Ref (UTR)
    when remitted, Status Remitted / Credited / Failed - bank account details invalid / Scheduled / In process; a
    failed and a pending one."""
    k = place("cod_remittance")
    status = outcome(k, failed=(0,), pending=(5,))
    courier = COURIERS[k]
    no_ref, no_day = k in (4,), k == 6
    mail = rng.random() < 0.35
    p = screen(rng, font, "mail" if mail else "browser", width=rng.choice([640, 680]), size=rng.choice([20, 21]))
    slug = courier.lower().replace(" ", "")
    if mail:
        p.style["h106"].update({"from": f"{courier} Payments <remittance@{slug}.in>",
                                "subject": {"success": "COD remittance processed",
                                            "failed": "COD remittance failed - update bank details",
                                            "pending": "COD remittance scheduled"}[status],
                                "sent": hhmm(rng)})
    else:
        p.style["h106"]["url"] = rng.choice([f"seller.{slug}.com/remittance", f"one.{slug}.in/cod/remittances"])
    rs = money(rng, font, 0.3, marks=("₹", "Rs.", "INR", "Rs"))
    date = day26(rng)
    cod = float(rng.randrange(299, 4999))
    charges = round(max(25.0, cod * rng.choice([0.015, 0.02, 0.025])) + rng.choice([0, 40, 55]), 2)
    net = round(cod - charges, 2)
    seller = rng.choice(SELLERS)
    p.part = "head"
    p.add("title", f"{courier} {rng.choice(['Seller Panel', 'COD Remittance', 'for Business'])}")
    p.add("left", rng.choice(["COD Remittance Advice", "Remittance details", "Cash on Delivery remittance"]))
    p.add("rule")
    p.part = "body"
    rid = f"RMT{digits(rng, 8)}" if rng.random() < 0.6 else f"{code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 9)}"
    if not no_ref:
        p.pair(rng.choice(["Remittance ID", "Remittance No."]), rid, txn=(BANK_RANK - 0.5, rid))
    if not no_day:
        p.pair(rng.choice(["Remittance Date", "Remitted on"]) if status == "success" else "Remittance Date",
               stamp(rng, date, hour=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["Beneficiary Name", "Account Name"]), seller, merchant=seller)
    p.pair(rng.choice(["Bank A/c", "Account No."]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(IFSCS)}0{digits(rng, 6)}")
    p.add("rule")
    awb = digits(rng, rng.choice([12, 13])) if courier != "India Post" else f"E{code(rng, 1, 'EKLMW')}{digits(rng, 9)}IN"
    p.pair("AWB No.", awb)
    if not no_day:
        p.pair("Delivered on", when(date - dt.timedelta(days=rng.randrange(2, 8)), "%d %b %Y"))
    p.pair("COD Amount", rs(cod))
    p.pair(rng.choice(["Less: COD charges & freight", "Less: Charges"]), rs(charges, "-"))
    p.pair(rng.choice(["Net Amount Remitted", "Net Payable", "Amount Remitted"]) if status == "success"
           else rng.choice(["Net Payable", "Net Amount"]), rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment Mode"]), rng.choice(["NEFT", "IMPS"]), method="netbanking")
    if not no_ref and status == "success":
        ref = neft_utr(rng.choice(IFSCS), rng, date) if rng.random() < 0.5 else utr(rng, date)
        p.pair(rng.choice(["UTR", "UTR No.", "Bank Ref (UTR)"]), ref, txn=(UTR_RANK, ref))
    p.pair("Status", rng.choice({"success": ["Remitted", "Credited"],
                                 "failed": ["Failed - bank account details invalid", "Failed"],
                                 "pending": ["Scheduled", "In process"]}[status]), status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"For queries write to cod@{slug}.in", "This is a system generated advice."]))
    return p.done()


# ---------------------------------------------------------------- drawing


def _nav(image: Image.Image, style: dict, kind: str) -> Image.Image:
    w = image.width
    dark = style["h106"].get("dark")
    bar = (0, 0, 0) if dark or kind == "keys" else style["paper"]
    ink = (200, 200, 204) if dark or kind == "keys" else (60, 60, 66)
    canvas = Image.new("RGB", (w, image.height + 56), bar)
    canvas.paste(image, (0, 0))
    draw = ImageDraw.Draw(canvas)
    y = image.height + 28
    if kind == "pill":
        draw.rounded_rectangle((w // 2 - 60, y - 3, w // 2 + 60, y + 3), radius=3, fill=ink)
    else:
        for i, x in enumerate((w // 4, w // 2, 3 * w // 4)):
            if i == 0:
                draw.rectangle((x - 10, y - 10, x + 10, y + 10), outline=ink, width=2)
            elif i == 1:
                draw.ellipse((x - 12, y - 12, x + 12, y + 12), outline=ink, width=2)
            else:
                draw.polygon([(x + 10, y - 12), (x - 10, y), (x + 10, y + 12)], outline=ink)
    return canvas


def _banner(image: Image.Image, font: str, note: tuple[str, str]) -> Image.Image:
    w = image.width
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((12, 4, w - 12, 90), radius=18, fill=(250, 250, 252), outline=(200, 202, 208))
    draw.ellipse((26, 22, 58, 54), fill=(37, 170, 90) if note[0] == "WhatsApp" else (70, 110, 200))
    draw.text((70, 14), f"{note[0]}  now", font=load_font(font, 15), fill=(110, 112, 120))
    draw.text((70, 40), note[1], font=load_font(font, 19), fill=(28, 28, 32))
    return image


def _bezel(image: Image.Image, rng_seed: int) -> Image.Image:
    rng = random.Random(rng_seed)
    edge, pad = 26, rng.choice([40, 60, 80])
    body = Image.new("RGB", (image.width + 2 * edge, image.height + 2 * edge + 40), (0, 0, 0))
    mask_draw = ImageDraw.Draw(body)
    body.paste(image, (edge, edge + 20))
    mask_draw.ellipse((body.width // 2 - 6, 6, body.width // 2 + 6, 18), fill=(40, 40, 44))
    table = rng.choice([(120, 84, 52), (200, 196, 188), (70, 72, 80), (150, 110, 70)])
    canvas = Image.new("RGB", (body.width + 2 * pad, body.height + 2 * pad), table)
    frame = Image.new("L", body.size, 0)
    ImageDraw.Draw(frame).rounded_rectangle((0, 0, body.width - 1, body.height - 1), radius=40, fill=255)
    canvas.paste(body, (pad, pad), frame)
    return canvas


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout106's frames (a phone, the rows alone, a messages app, an e-mail client, a browser), then this set's
    marks on a phone: a notification banner over its status and app bars, a navigation bar, another phone's bezel
    round a photographed screen."""
    image = compose106(rows, font, style)
    extra = style.get("h117") or {}
    if style["h106"]["frame"] != "phone" or not extra:
        return image
    if extra.get("banner"):
        image = _banner(image, font, extra["banner"])
    if extra.get("nav"):
        image = _nav(image, style, extra["nav"])
    if extra.get("bezel"):
        image = _bezel(image, style["h106"]["battery"] * 7 + image.height)
    return image

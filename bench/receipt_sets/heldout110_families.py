"""The twelve heldout110 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: the messages and notifications people forward as proof of a payment, from the banks
and apps the earlier sets did not use (Federal Bank, South Indian Bank, Karnataka Bank, Indian Bank, Bank of India,
Central Bank of India, UCO Bank, Indian Overseas Bank, AU and Equitas Small Finance Banks, RBL, DBS, Standard
Chartered, HSBC, Citi, the Paytm, Airtel and Fino Payments Banks). Each bank words its alert its own way; the
builders write the sentence and note the facts it states, and the truth is those facts.

Pages in a messages app, a mail client or a browser are ``heldout108_families.Sheet`` rows drawn by its
``compose``; a lock screen, a notification shade and a chat (WhatsApp or Telegram) are drawn here from the items in
``style["h110"]``. No frame prints a fact of the truth: the phone's clock and its day without a year, a chat's
contact and day divider, a messages app's sender id and the mail's sender are the phone's, the chat's or the
mail's, never the payment's (a chat's divider may name a later day than the alert's own).
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout108_families as h108
from bench.receipt_sets.heldout108_families import (
    Money,
    Sheet,
    amount,
    clock,
    datestr,
    face,
    fits,
    mixed,
    nums,
    someday,
    truth,
    upi_ref,
)

TURNS: dict[str, int] = {}
WHITE, INK, GREY = (255, 255, 255), (24, 26, 32), (108, 112, 122)

# name, short name for a sign-off, SMS sender id, IFSC head, mobile app
BANKS = {
    "federal": ("Federal Bank", "Federal Bank", "FEDBNK", "FDRL", "FedMobile"),
    "sib": ("South Indian Bank", "South Indian Bank", "SIBSMS", "SIBL", "SIB Mirror+"),
    "kbl": ("Karnataka Bank", "Karnataka Bank", "KBLBNK", "KARB", "KBL Mobile Plus"),
    "indian": ("Indian Bank", "Indian Bank", "INDBNK", "IDIB", "IndOASIS"),
    "boi": ("Bank of India", "BOI", "BOIIND", "BKID", "BOI Mobile"),
    "cbi": ("Central Bank of India", "Central Bank of India", "CBoI", "CBIN", "Cent Mobile"),
    "uco": ("UCO Bank", "UCO Bank", "UCOBNK", "UCBA", "UCO mBanking Plus"),
    "iob": ("Indian Overseas Bank", "IOB", "IOBCHN", "IOBA", "IOB Mobile"),
    "au": ("AU Small Finance Bank", "AU Bank", "AUBANK", "AUBL", "AU 0101"),
    "equitas": ("Equitas Small Finance Bank", "Equitas SFB", "EQUTAS", "ESFB", "Equitas Selfe"),
    "rbl": ("RBL Bank", "RBL Bank", "RBLBNK", "RATN", "RBL MoBank"),
    "dbs": ("DBS Bank India", "DBS Bank", "DBSBNK", "DBSS", "digibank"),
    "scb": ("Standard Chartered", "StanChart", "SCBANK", "SCBL", "SC Mobile"),
    "hsbc": ("HSBC India", "HSBC", "HSBCIN", "HSBC", "HSBC India"),
    "citi": ("Citibank", "Citi", "CITIBK", "CITI", "Citi Mobile"),
    "ppbl": ("Paytm Payments Bank", "Paytm Payments Bank", "PAYTMB", "PYTM", "Paytm"),
    "airtel": ("Airtel Payments Bank", "Airtel Payments Bank", "AIRBNK", "AIRP", "Airtel Thanks"),
    "fino": ("Fino Payments Bank", "Fino Payments Bank", "FINOBK", "FINO", "FinoPay"),
}
SHOPS = [
    "Sri Murugan Stores", "Malabar Spices Mart", "Annapoorna Tiffins", "Green Leaf Pharmacy", "Kamath Hardware",
    "Balaji Opticals", "Nilgiri Bakery", "Zaika Biryani House", "Vijaya Textiles", "Sagar Auto Parts",
    "Chettinad Mess", "Pooja Fancy Store", "New India Tailors", "Coastal Fish Market", "Shanti Medicals",
    "Udupi Grand Cafe",
]
PEOPLE = [
    "Anand Krishnan", "Deepa Nair", "Farhan Siddiqui", "Lavanya Reddy", "Harish Kamath", "Meera Iyer",
    "Sunil Yadav", "Rekha Pandey", "Joseph Mathew", "Kiran Shetty", "Pooja Chauhan", "Arjun Menon",
]
CARD_SHOPS = [
    "AMAZON PAY INDIA", "ZOMATO LTD", "SWIGGY", "FLIPKART INTERNET", "BIGBASKET", "DMART AVENUE", "RELIANCE SMART",
    "IRCTC", "MAKEMYTRIP", "DECATHLON SPORTS", "APOLLO PHARMACY", "NYKAA E RETAIL", "UBER INDIA", "BOOKMYSHOW",
    "CROMA RETAIL", "PVR INOX", "LIFESTYLE INTL", "SHOPPERS STOP",
]
SUBSCRIPTIONS = [
    "NETFLIX", "SPOTIFY INDIA", "AMAZON PRIME", "YOUTUBE PREMIUM", "GOOGLE ONE", "TATA PLAY", "AIRTEL POSTPAID",
    "LIC OF INDIA", "SBI MUTUAL FUND", "HDFC LIFE INSURANCE", "ZEE5", "CULT FIT",
]
PLAZAS = [
    "KHED SHIVAPUR TOLL PLAZA", "MANOR TOLL PLAZA", "ATTIBELE TOLL PLAZA", "KHERKI DAULA TOLL PLAZA",
    "PARANUR TOLL PLAZA", "NH48 CHARANPUR PLAZA", "VANAGARAM TOLL PLAZA", "KUNDLI TOLL PLAZA",
]
VEHICLES = ["MH12KT4821", "KA05MN7730", "TN09BX2215", "GJ01RS6604", "DL8CAF1193", "HR26DQ5087", "KL07CE3361"]
HANDLES = ["okaxis", "okicici", "oksbi", "ybl", "ibl", "paytm", "upi", "fbl", "aubank", "axl"]
SMS_DAYS = ["%d-%m-%y", "%d-%m-%Y", "%d/%m/%y", "%d/%m/%Y", "%d%b%y", "%d-%b-%y", "%d-%b-%Y", "%d %b %Y",
            "%d.%m.%Y"]


def fresh() -> None:
    """Start every family's count again (``make_heldout110_set`` calls it before drawing)."""
    TURNS.clear()


def fate(family: str, failed: int | None, pending: int | None) -> str:
    """This receipt's outcome from its place in the family: ``failed``-th failed, ``pending``-th pending."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    k %= 8
    return "failed" if k == failed else "pending" if k == pending else "success"


def turn_of(family: str) -> int:
    """The family's count of receipts already built (after ``fate`` counted this one)."""
    return (TURNS.get(family, 1) - 1) % 8


def ell(font: str) -> str:
    return "\u2026" if fits(font, "\u2026") else "..."


def hours(rng: random.Random, n: int) -> list[str]:
    """``n`` hours of one day in order, as a messages app prints them (4:51 pm)."""
    minutes = sorted(rng.sample(range(7 * 60, 23 * 60), n))
    return [f"{(m // 60 - 1) % 12 + 1}:{m % 60:02d} {'pm' if m >= 720 else 'am'}" for m in minutes]


def sms_day(rng: random.Random, d: dt.date, pats: list[str] | None = None) -> str:
    text = datestr(d, rng.choice(pats or SMS_DAYS))
    return text.upper() if rng.random() < 0.25 else text


def mask(rng: random.Random) -> str:
    tail = nums(rng, 4)
    return rng.choice([f"XX{tail}", f"XXXXXXXX{tail}", f"**{tail}", f"..{tail}", f"XXXX{tail}", f"x{tail}"])


def who(rng: random.Random, caps: float = 0.5) -> str:
    name = rng.choice(SHOPS) if rng.random() < 0.6 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def vpa(rng: random.Random, name: str) -> str:
    stem = "".join(ch for ch in name.lower() if ch.isalpha())[:9]
    return rng.choice([f"{stem}@{rng.choice(HANDLES)}", f"{stem}{rng.randrange(10, 99)}@{rng.choice(HANDLES)}",
                       f"{rng.choice('6789')}{nums(rng, 9)}@{rng.choice(HANDLES)}"])


def sms_money(rng: random.Random, font: str) -> Money:
    return Money(rng, font, marks=("Rs.", "Rs", "INR", "Rs."), ways=("plain", "western", "indian", "plain"))


def neft_utr(head: str, rng: random.Random, d: dt.date) -> str:
    """A NEFT UTR: the bank's four letters, N, the year's last two digits, the day of the year, a sequence (16)."""
    return f"{head}N{d:%y}{d.timetuple().tm_yday:03d}{nums(rng, 6)}"


def rtgs_utr(head: str, rng: random.Random, d: dt.date) -> str:
    """An RTGS UTR: the bank's four letters, R, a channel digit, the day, a sequence (22)."""
    return f"{head}R{rng.choice('56')}{d:%Y%m%d}{nums(rng, 8)}"


def fact(merchant, value, txn, d, method, status) -> dict:
    return truth(merchant, value, txn, d, method, status)


# ---------------------------------------------------------------- the banks' debit sentences


def debit_text(rng: random.Random, font: str, key: str, status: str, d: dt.date, value: float,
               to: str) -> tuple[str, dict]:
    """One bank's UPI debit alert in its own wording: (text, truth). A failed one is declined, a pending one under
    process; each wording names the payee or only a VPA or neither, as the bank does."""
    name, short, _, _, _ = BANKS[key]
    m = sms_money(rng, font)
    s = m(value)
    acct = mask(rng)
    ref = upi_ref(rng, d)
    day = sms_day(rng, d)
    hour = clock(rng, rng.choice(["24", "24s", "12"]))
    handle = vpa(rng, to)
    bal = m(amount(rng, 500, 250000))
    if status == "failed":
        text = rng.choice([
            f"Dear Customer, your UPI txn of {s} to {to} from A/c {acct} on {day} has been declined due to "
            f"insufficient balance. Ref No {ref} -{short}",
            f"UPI payment of {s} to {to} on {day} {hour} has failed. If your a/c {acct} is debited, the amount will "
            f"be reversed within 5 working days. UPI Ref {ref}. -{short}",
        ])
        return text, fact(to, value, ref, d, "UPI", "failed")
    if status == "pending":
        text = rng.choice([
            f"Your UPI transaction of {s} to {to} on {day} is under process. UPI Ref No {ref}. Please do not "
            f"retry. -{short}",
            f"UPI txn of {s} from A/c {acct} to {to} on {day} is awaiting confirmation from the beneficiary bank. "
            f"Ref {ref} -{short}",
        ])
        return text, fact(to, value, ref, d, "UPI", "pending")
    named: str | None = to
    if key == "federal":
        text = (f"{s} debited from your A/c {acct} using UPI on {day} {hour} to VPA {handle} ({to}). UPI Ref no "
                f"{ref}. If not done by you, call 18004251199 -Federal Bank")
    elif key == "sib":
        named = None
        text = (f"Your a/c no. XXXXXXXX{nums(rng, 4)} is debited for {s} on {day} and a/c {handle} credited "
                f"(UPI Ref no {ref}). Not you? Call 18004251809 -South Indian Bank")
    elif key == "kbl":
        named = to.upper()[:18].strip()
        text = (f"Dear Customer, {s} debited from your A/c **{nums(rng, 4)} towards UPI/{ref}/{named} on {day} "
                f"{hour}. Avl Bal {bal} -Karnataka Bank")
    elif key == "indian":
        named = to.upper()[:20].strip()
        text = f"{s} withdrawn from A/c XXXX{nums(rng, 4)} for UPI-{ref}-{named} on {day}. Avl Bal {bal} -Indian Bank"
    elif key == "boi":
        named = to.upper()[:16].strip()
        text = f"BOI - {s} Debited from your Ac XX{nums(rng, 4)} on {day}. Info: UPI/{ref}/{named}. Avl Bal {bal}"
    elif key == "cbi":
        text = (f"Your A/c XX{nums(rng, 4)} has been debited by {s} on {day} for UPI transfer to {to}, UPI Ref "
                f"{ref}. Clear Bal {bal} - Central Bank of India")
    elif key == "uco":
        text = f"A/c {acct} Debited with {s} on {day} by UPI Ref No {ref} to {to}. Bal {bal} UCO Bank"
    elif key == "iob":
        named = to.upper()[:20].strip()
        text = f"Your a/c no XXXXX{nums(rng, 4)} is debited for {s} on {day} towards UPI/P2M/{ref}/{named}. - IOB"
    elif key == "au":
        text = (f"{s} paid to {to} from a/c ..{nums(rng, 4)} on {day} via UPI. Ref: {ref}. Not you? Call "
                f"1800 1200 1200 -AU Bank")
    elif key == "equitas":
        text = f"Sent {s} from A/c {acct} to {to} ({handle}) on {day} {hour}. UPI Ref: {ref} -Equitas SFB"
    elif key == "rbl":
        text = f"Your RBL Bank A/c {acct} is debited with {s} on {day} for UPI txn to {to}. Ref No {ref}"
    elif key == "dbs":
        text = (f"{s} debited from your DBS a/c ending {nums(rng, 4)} on {day} to {to} via UPI (Ref {ref}). "
                f"- DBS Bank India")
    elif key == "ppbl":
        text = (f"Paid {s} to {to} from Paytm Payments Bank a/c 91XX{nums(rng, 4)} on {day}. UPI Ref: {ref}. "
                f"Bal: {bal}")
    elif key == "airtel":
        text = (f"{s} debited from your Airtel Payments Bank a/c {acct} to {to} on {day}. UPI Ref: {ref}. "
                f"Avl bal {bal}")
    else:  # fino
        text = (f"Dear Customer, UPI payment to {to} of {s} from A/c {acct} on {day} is successful. RRN {ref}. "
                f"Avl Bal {bal} -Fino Payments Bank")
    assert name
    return text, fact(named, value, ref, d, "UPI", "success")


UPI_BANKS = ["federal", "sib", "kbl", "indian", "boi", "cbi", "uco", "iob", "au", "equitas", "rbl", "dbs",
             "ppbl", "airtel", "fino"]


def _sms_sheet(rng: random.Random, font: str, key: str) -> Sheet:
    return Sheet(font, "sms", width=600, size=rng.choice([20, 21, 22]),
                 sender=f"{rng.choice(['AX', 'VM', 'JD', 'BZ', 'VK', 'AD'])}-{BANKS[key][2]}")


def _divider(rng: random.Random, d: dt.date) -> str:
    return datestr(d, rng.choice(["%a, {d} %b", "{d} %B", "%a, {d} %b %Y", "{d} %b %Y"]))


def upi_sms(rng: random.Random, font: str):
    """A bank's UPI debit SMS alone in a messages app: the sender id on top, a day divider, the alert wrapped over
    two to four lines in the bank's own sentence, its hour."""
    status = fate("upi_sms", 3, 6)
    key = UPI_BANKS[(TURNS["upi_sms"] * 2 + rng.randrange(2)) % len(UPI_BANKS)]
    d, value = someday(rng), amount(rng, 40, 40000)
    text, t = debit_text(rng, font, key, status, d, value, who(rng))
    s = _sms_sheet(rng, font, key)
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, t, s.style


def sms_thread(rng: random.Random, font: str):
    """A screenshot of a bank's SMS thread: older messages (a login OTP, a loan or card promo, a balance message
    with its own day and balance) above the debit alert, each under its own day divider."""
    status = fate("sms_thread", 5, 2)
    key = UPI_BANKS[(TURNS["sms_thread"] * 3 + 1 + rng.randrange(2)) % len(UPI_BANKS)]
    d, value = someday(rng), amount(rng, 60, 60000)
    text, t = debit_text(rng, font, key, status, d, value, who(rng))
    short = BANKS[key][1]
    m = sms_money(rng, font)
    older = d - dt.timedelta(days=rng.randrange(1, 9))
    extra = [
        f"{nums(rng, 6)} is your OTP to log in to {BANKS[key][4]}. It is valid for 3 minutes. Do not share it "
        f"with anyone. -{short}",
        f"Get a pre-approved Personal Loan of up to {m.mark} {rng.choice(['3,00,000', '5,00,000', '10 lakh'])} at "
        f"attractive rates. Apply in 2 minutes on {BANKS[key][4]}. T&C apply -{short}",
        f"Available balance in your A/c {mask(rng)} as on {sms_day(rng, older)} is {m(amount(rng, 1000, 300000))}. "
        f"-{short}",
    ]
    rng.shuffle(extra)
    s = _sms_sheet(rng, font, key)
    s.add("day", _divider(rng, older))
    chosen = extra[: rng.choice([2, 3])]
    for message, hour in zip(chosen, hours(rng, len(chosen))):
        s.add("bubble", message, hour)
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, t, s.style


# ---------------------------------------------------------------- credit and debit card spends


CARD_BANKS = ["dbs", "scb", "hsbc", "citi", "rbl", "au", "federal", "indian"]


def card_text(rng: random.Random, font: str, key: str, status: str, d: dt.date, value: float,
              shop: str) -> tuple[str, dict]:
    m = Money(rng, font, marks=("INR", "Rs.", "INR", "Rs"), ways=("western", "indian", "plain"))
    s, limit = m(value), m(amount(rng, 20000, 600000))
    tail = nums(rng, 4)
    day = sms_day(rng, d, ["%d-%m-%Y", "%d-%b-%y", "%d/%m/%Y", "%d %b %Y", "%d-%m-%y"])
    hour = clock(rng, rng.choice(["24s", "24"]))
    auth = nums(rng, 6) if rng.random() < 0.5 else None
    if status == "failed":
        text = rng.choice([
            f"Your {BANKS[key][1]} Credit Card ending {tail} transaction of {s} at {shop} on {day} {hour} was "
            f"declined due to incorrect PIN. Call 18602672222 if not done by you.",
            f"Txn of {s} on your card XX{tail} at {shop} on {day} has been declined as it exceeds your available "
            f"limit. Avl Lmt: {limit} -{BANKS[key][1]}",
        ])
        return text, fact(shop, value, None, d, "card", "failed")
    txn = auth
    if key == "dbs":
        text = (f"Your DBS Bank Credit Card ending {tail} has been used for {s} at {shop} on {day} {hour}. Avl "
                f"Lmt: {limit}. Not you? Call 18602672222")
        txn = None
    elif key == "scb":
        text = (f"Thank you for using StanChart Credit Card no. XX{tail} for {s} at {shop} on {day} {hour}. "
                f"Available credit limit {limit}." + (f" Auth code {auth}" if auth else ""))
    elif key == "hsbc":
        text = (f"Your HSBC Credit Card ending with {tail} has been used for {s} at {shop} on {day} at {hour}. "
                f"Your available limit is {limit}.")
        txn = None
    elif key == "citi":
        text = (f"{s} spent on your Citibank credit card ending {tail} at {shop} on {day}. Avl Lmt: {limit}."
                + (f" Auth code {auth}" if auth else ""))
    elif key == "rbl":
        text = (f"Transaction of {s} on RBL Bank Credit Card XX{tail} at {shop} on {day} {hour} is successful. "
                f"Avl limit {limit}")
        txn = None
    elif key == "au":
        text = (f"Dear Customer, {s} spent on AU Bank Credit Card xx{tail} at {shop} on {day} {hour}. Available "
                f"limit {limit}." + (f" Auth Code: {auth}" if auth else ""))
    elif key == "federal":
        text = (f"{s} spent at {shop} using your Federal Bank Credit Card ending {tail} on {day}. Avl Lmt {limit}. "
                f"Not you? SMS BLOCK {tail} to 9895088888")
        txn = None
    else:
        txn = upi_ref(rng, d)
        text = (f"{s} debited from A/c XX{nums(rng, 4)} for POS txn at {shop} using Card XX{tail} on {day} {hour}. "
                f"RRN {txn}. Avl Bal {m(amount(rng, 2000, 90000))} -Indian Bank")
    return text, fact(shop, value, txn, d, "card", "success")


def card_sms(rng: random.Random, font: str):
    """A card spend SMS (DBS, StanChart, HSBC, Citi, RBL, AU, Federal credit cards; an Indian Bank debit card at a
    shop's POS): the shop, the card's last digits, the available limit, an authorisation code on some; a declined
    one."""
    status = fate("card_sms", 4, None)
    key = CARD_BANKS[(TURNS["card_sms"] + rng.randrange(2)) % len(CARD_BANKS)]
    d, value = someday(rng), amount(rng, 150, 80000)
    text, t = card_text(rng, font, key, status, d, value, rng.choice(CARD_SHOPS))
    s = _sms_sheet(rng, font, key)
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, t, s.style


def card_mail(rng: random.Random, font: str):
    """A card issuer's transaction alert e-mail (HSBC, Standard Chartered, Citi, DBS, RBL, AU): "Dear Cardmember,"
    the sentence, then a table (Card Number, Merchant, Amount, Date & Time, Authorisation Code on some, Available
    Credit Limit), or the sentence alone; a declined one."""
    status = fate("card_mail", 1, None)
    key = rng.choice(["hsbc", "scb", "citi", "dbs", "rbl", "au"])
    name, short = BANKS[key][0], BANKS[key][1]
    d, value = someday(rng), amount(rng, 300, 120000)
    shop = rng.choice(CARD_SHOPS)
    m = Money(rng, font, marks=("INR", "Rs.", "\u20b9", "INR"), ways=("western", "indian"))
    tail = nums(rng, 4)
    ok = status == "success"
    subject = ("Transaction alert on your credit card" if ok else "Transaction declined on your credit card")
    s = Sheet(font, "mail", width=640, size=20, subject=subject,
              sender=f"{short} Alerts <alerts@{key}.co.in>  {datestr(d, '{d} %b %Y')}")
    auth = nums(rng, 6) if ok and rng.random() < 0.6 else None
    s.add("text", "Dear Cardmember,")
    s.add("gap")
    verb = "was used for a transaction" if ok else "was declined for a transaction"
    s.add("text", f"Your {short} Credit Card ending {tail} {verb} of {m(value)} at {shop}"
                  + (" as the transaction amount exceeds the available limit." if not ok else "."))
    layout = rng.choice(["table", "table", "plain"])
    if layout == "table":
        s.add("rule")
        s.add("kv", "Card Number", f"XXXX XXXX XXXX {tail}")
        s.add("kv", "Merchant Name", shop)
        s.add("kv", "Amount", m(value))
        s.add("kv", "Date & Time", datestr(d, rng.choice(["%d-%m-%Y", "%d %b %Y", "%d/%m/%Y"])) + " "
              + clock(rng, "24s"))
        if auth:
            s.add("kv", rng.choice(["Authorisation Code", "Auth Code", "Approval Code"]), auth)
        s.add("kv", "Available Credit Limit", m(amount(rng, 20000, 500000)))
        s.add("rule")
    else:
        s.add("text", f"Transaction date: {datestr(d, '%d %b %Y')}, {clock(rng, '12')}. Available credit limit: "
                      f"{m(amount(rng, 20000, 500000))}.")
        auth = None
    s.add("small", "If you have not done this transaction, please call our 24-hour helpline 1800 258 3838 "
                   "immediately to block your card.")
    s.add("text", "Warm regards,")
    s.add("text", name)
    return s.rows, fact(shop, value, auth, d, "card", status), s.style


# ---------------------------------------------------------------- push notifications


OTHER_NOTES = [
    ("WhatsApp", "Amma", "Call me when free"), ("Gmail", "Swiggy", "Your weekend offers are here"),
    ("Instagram", "", "kiran_shetty started following you"), ("Calendar", "Dentist", "Tomorrow, 11:00"),
    ("YouTube", "", "New video from Tech Tamizha"), ("Messages", "JM-JIOINF", "90% of daily data used"),
    ("Zomato", "", "Lunch is on us? Flat 40% off"), ("Drive", "", "3 files backed up"),
]


def push_text(rng: random.Random, font: str, app: str, status: str, d: dt.date, value: float,
              to: str) -> tuple[str, str, dict]:
    """A payment app's or bank app's notification: (title, body, truth); a body cut with an ellipsis is cut
    after its facts."""
    m = Money(rng, font, marks=("\u20b9", "\u20b9", "Rs.", "Rs"), ways=("indian", "plain"), whole=0.6)
    s, cut = m(value), ell(font)
    ref = upi_ref(rng, d)
    if app == "Google Pay":
        if status == "success":
            return "Payment sent", f"You paid {s} to {to}", fact(to, value, None, None, "UPI", "success")
        if status == "failed":
            return ("Payment failed", f"Your payment of {s} to {to} failed. Any money debited will be refunded"
                    f"{cut}", fact(to, value, None, None, "UPI", "failed"))
        return ("Payment pending", f"Your payment of {s} to {to} is pending. We will let you know once it "
                f"goes thr{cut}", fact(to, value, None, None, "UPI", "pending"))
    if app == "PhonePe":
        if status == "success":
            return ("Payment Successful", f"Payment of {s} to {to} successful. Tap to view det{cut}",
                    fact(to, value, None, None, None, "success"))
        if status == "failed":
            return ("Payment Failed", f"Payment of {s} to {to} failed. Tap to ret{cut}",
                    fact(to, value, None, None, None, "failed"))
        return ("Payment Pending", f"Payment of {s} to {to} is pending with your bank. Please wa{cut}",
                fact(to, value, None, None, None, "pending"))
    if app == "Paytm":
        word = {"success": "Paid", "failed": "Payment failed:", "pending": "Payment pending:"}[status]
        return (f"{word} {s} to {to}", f"From your bank a/c via UPI. UPI Ref: {ref}. Check bal{cut}",
                fact(to, value, ref, None, "UPI", status))
    if app == "CRED":
        title = {"success": f"{s} paid to {to}", "failed": f"payment of {s} to {to} failed",
                 "pending": f"payment of {s} to {to} is processing"}[status]
        body = f"via UPI. your rewards are on the wa{cut}" if status == "success" else f"via UPI. tap to see deta{cut}"
        return title, body, fact(to, value, None, None, "UPI", status)
    if app == "BHIM":
        word = {"success": "Transaction successful", "failed": "Transaction failed",
                "pending": "Transaction pending"}[status]
        return (word, f"{s} sent to {to}. UPI Ref No {ref}" if status == "success" else
                f"{s} to {to}. UPI Ref No {ref}", fact(to, value, ref, None, "UPI", status))
    # a bank's app: its alert as a notification, the day inside it
    key = {BANKS[k][4]: k for k in BANKS}[app]
    day = sms_day(rng, d, ["%d-%m-%y", "%d/%m/%Y", "%d-%b-%Y", "%d %b %Y"])
    word = {"success": "debited", "failed": "declined", "pending": "under process"}[status]
    title = {"success": "Debit alert", "failed": "Transaction declined", "pending": "Transaction under process"}[status]
    sm = sms_money(rng, font)(value)
    if status == "success":
        body = f"{sm} debited from A/c {mask(rng)} on {day} for UPI to {to}. UPI Ref {ref}. Not y{cut}"
    else:
        body = f"UPI txn of {sm} to {to} on {day} is {word}. UPI Ref {ref}. {BANKS[key][1]}"
    return title, body, fact(to, value, ref, d, "UPI", status)


PUSH_APPS = ["Google Pay", "PhonePe", "Paytm", "CRED", "BHIM", "IndOASIS", "FedMobile", "AU 0101", "BOI Mobile",
             "UCO mBanking Plus", "Equitas Selfe"]


def push(rng: random.Random, font: str):
    """A payment's push notification among others: on a lock screen (the phone's big clock and its day without a
    year) a payment app's (Google Pay, PhonePe, Paytm, CRED, BHIM); in the notification shade pulled over a home
    screen (quick tiles, the phone's clock and day, "Clear all") a bank app's (IndOASIS, FedMobile, AU 0101, BOI
    Mobile, UCO mBanking Plus, Equitas Selfe). Bodies cut short with an ellipsis after their facts."""
    status = fate("push", 2, 5)
    k = turn_of("push")
    if k % 2 == 0:
        app = PUSH_APPS[(k // 2 + rng.randrange(2)) % 5]
        return _push(rng, font, "lock", app, status)
    app = PUSH_APPS[5 + (k // 2 + rng.randrange(3)) % 6]
    return _push(rng, font, "shade", app, status)


def _push(rng: random.Random, font: str, frame: str, app: str, status: str):
    d, value = someday(rng), amount(rng, 30, 25000)
    to = who(rng, caps=0.3)
    title, body, t = push_text(rng, font, app, status, d, value, to)
    ago = rng.choice(["now", "1m", "2 min ago", "5m", clock(rng, "12")])
    notes = [(app, ago, title, body)]
    others = rng.sample(OTHER_NOTES, rng.choice([1, 2, 3]))
    place = rng.randrange(len(others) + 1)
    items = [(a, rng.choice(["3m", "12m", "1h", "2h", clock(rng, "12")]), b, c) for a, b, c in others]
    items.insert(place, notes[0])
    later = d + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    phone_day = datestr(later, rng.choice(["%A, {d} %B", "%a, {d} %b", "%a {d} %b"]))
    for item in items:
        for text in item:
            assert fits(font, text), (font, text)
    assert fits(font, phone_day)
    style = {"frame": frame, "screen": True, "width": 600, "font_size": 20,
             "h110": {"notes": items, "clock": clock(rng, "24") if rng.random() < 0.5 else
                      clock(rng, "12").split()[0], "day": phone_day, "hue": rng.randrange(4),
                      "dark": rng.random() < 0.5}}
    return [("gap", (), None)], t, style


# ---------------------------------------------------------------- e-mails with a table


MAIL_BANKS = ["federal", "sib", "kbl", "indian", "boi", "rbl", "dbs", "equitas", "au", "cbi"]


def mail_table(rng: random.Random, font: str):
    """A bank's transaction e-mail with a table in one of three layouts: label and value rows with rules, labels
    stacked over values, or a header row of Date / Beneficiary / Amount over its values; then Reference / UTR and
    Status. UPI or IMPS transfers; a failed and a pending one."""
    status = fate("mail_table", 0, 4)
    key = MAIL_BANKS[(TURNS["mail_table"] + rng.randrange(3)) % len(MAIL_BANKS)]
    name, short = BANKS[key][0], BANKS[key][1]
    d, value = someday(rng), amount(rng, 200, 150000)
    to = who(rng, caps=0.6)
    m = Money(rng, font, marks=("Rs.", "INR", "\u20b9", "Rs"), ways=("indian", "western", "plain"))
    imps = rng.random() < 0.35
    ref = upi_ref(rng, d)
    word = {"success": rng.choice(["Success", "Successful", "SUCCESS"]), "failed": rng.choice(["Failed", "FAILED"]),
            "pending": rng.choice(["Pending", "Under Process", "In Process"])}[status]
    kind = "IMPS" if imps else "UPI"
    s = Sheet(font, "mail", width=640, size=20,
              subject=f"{kind} transaction alert - {short}" if status == "success" else f"{kind} transaction status",
              sender=f"{short} <alerts@{key}bank.in>  {datestr(d, '%d %b')}")
    s.add("text", rng.choice(["Dear Customer,", "Dear Valued Customer,", "Dear Sir/Madam,"]))
    s.add("gap")
    s.add("text", f"Please find below the details of the {kind} transaction from your account {mask(rng)}:")
    s.add("gap")
    date_text = datestr(d, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d %b %Y", "%d-%b-%Y"]))
    if rng.random() < 0.7:
        date_text += " " + clock(rng, rng.choice(["24", "12"]))
    ref_label = rng.choice(["Reference / UTR", "Reference No.", "UTR / Ref No"] if not imps else
                           ["IMPS Ref No", "Reference / UTR"])
    layout = rng.choice(["kv", "stack", "cols"])
    if layout == "kv":
        s.add("rule")
        s.add("kv", "Amount", m(value))
        s.add("kv", "Date", date_text)
        s.add("kv", "Beneficiary", to)
        s.add("kv", ref_label, ref)
        s.add("kv", "Status", word)
        s.add("rule")
    elif layout == "stack":
        s.add("stack", "Beneficiary", to)
        s.add("stack", "Amount", m(value))
        s.add("stack", "Transaction Date", date_text)
        s.add("stack", ref_label, ref)
        s.add("stack", "Status", word)
    else:
        date_short = datestr(d, rng.choice(["%d-%m-%Y", "%d/%m/%y", "%d %b %Y"]))
        to = to[:16].rstrip()
        s.add("rule")
        s.add("cols", "Date", "Beneficiary", "Amount")
        s.add("cols", date_short, to, m(value))
        s.add("rule")
        s.add("kv", ref_label, ref)
        s.add("kv", "Status", word)
    if status == "failed":
        s.add("text", "The amount, if debited, will be credited back to your account within 5 working days.")
    elif status == "pending":
        s.add("text", "Your transaction is being processed. Please check the status after some time before you "
                      "pay again.")
    s.add("small", f"Never share your OTP, PIN or card details with anyone. For help call {rng.choice(['1800 425 1199', '1800 425 00 000', '1800 103 1906'])}.")
    s.add("text", f"Regards, {name}")
    return s.rows, fact(to, value, ref, d, "netbanking" if imps else "UPI", status), s.style


# ---------------------------------------------------------------- IMPS / NEFT / RTGS outward transfers


TRANSFER_BANKS = ["federal", "sib", "kbl", "indian", "boi", "cbi", "uco", "iob", "au", "equitas", "rbl", "dbs"]
PAYEE_IFSC = ["SBIN0004521", "HDFC0001287", "ICIC0000654", "UTIB0002193", "CNRB0003310", "BARB0KORAMA",
              "KKBK0008012", "PUNB0216500"]


def transfer(rng: random.Random, font: str):
    """An IMPS, NEFT or RTGS outward transfer alert, as an SMS or an e-mail: beneficiary name, account, IFSC, the
    sum, the day, the IMPS reference (12 digits) or the NEFT / RTGS UTR (16 / 22 characters); a returned one and
    one under process."""
    status = fate("transfer", 7, 2)
    key = TRANSFER_BANKS[(TURNS["transfer"] * 5 + rng.randrange(2)) % len(TRANSFER_BANKS)]
    name, short, _, head, _ = BANKS[key]
    d = someday(rng)
    mode = rng.choice(["IMPS", "NEFT", "NEFT", "RTGS"])
    value = amount(rng, 200000, 900000) if mode == "RTGS" else amount(rng, 1000, 190000)
    to = rng.choice(SHOPS + PEOPLE).upper() if rng.random() < 0.7 else rng.choice(SHOPS + PEOPLE)
    m = Money(rng, font, marks=("Rs.", "INR", "Rs"), ways=("indian", "western", "plain"))
    ref = upi_ref(rng, d) if mode == "IMPS" else neft_utr(head, rng, d) if mode == "NEFT" else rtgs_utr(head, rng, d)
    ref_word = "IMPS Ref No" if mode == "IMPS" else rng.choice(["UTR", "UTR No.", "UTR:"])
    ben_acct = f"XXXXXX{nums(rng, 4)}"
    ifsc = rng.choice(PAYEE_IFSC)
    day = sms_day(rng, d, ["%d-%m-%Y", "%d/%m/%y", "%d-%b-%Y", "%d %b %Y", "%d-%m-%y"])
    s_ = m(value)
    if status == "success":
        text = rng.choice([
            f"{mode} of {s_} from your A/c {mask(rng)} to {to} A/c {ben_acct} (IFSC {ifsc}) on {day} is successful. "
            f"{ref_word} {ref} -{short}",
            f"Your A/c {mask(rng)} is debited with {s_} on {day} towards {mode} to {to}, A/c {ben_acct}, IFSC "
            f"{ifsc}. {ref_word} {ref} -{short}",
            f"Funds transfer of {s_} by {mode} to {to} ({ben_acct}) has been processed on {day}. {ref_word} {ref}. "
            f"Beneficiary IFSC {ifsc}. -{short}",
        ])
    elif status == "pending":
        text = (f"Your {mode} request of {s_} to {to} A/c {ben_acct} (IFSC {ifsc}) dated {day} is under process. "
                f"{ref_word} {ref}. -{short}")
    else:
        text = (f"{mode} of {s_} to {to} A/c {ben_acct} on {day} has been returned by the beneficiary bank "
                f"(reason: account closed). The amount has been reversed to your A/c. {ref_word} {ref} -{short}")
    t = fact(to, value, ref, d, "netbanking", status)
    if rng.random() < 0.5:
        s = _sms_sheet(rng, font, key)
        s.add("day", _divider(rng, d))
        s.add("bubble", text, clock(rng, "12l"))
        return s.rows, t, s.style
    s = Sheet(font, "mail", width=640, size=20, subject=f"{mode} funds transfer alert",
              sender=f"{short} Alerts <alerts@{key}.bank.in>")
    s.add("text", "Dear Customer,")
    s.add("gap")
    s.add("text", text)
    s.add("gap")
    s.add("small", "This is a system generated e-mail. Please do not reply.")
    s.add("text", name)
    return s.rows, t, s.style


# ---------------------------------------------------------------- failed, reversed, pending


def failed_reversed(rng: random.Random, font: str):
    """Alerts of payments that went wrong or are not through yet: declined for insufficient balance, failed and
    to be reversed, a debit reversed to the account, a refund of a failed txn credited back, an IMPS failed; and
    three under process / awaiting confirmation / pending."""
    k = TURNS.get("failed_reversed", 0) % 8
    TURNS["failed_reversed"] = TURNS.get("failed_reversed", 0) + 1
    key = UPI_BANKS[(k * 4 + rng.randrange(3)) % len(UPI_BANKS)]
    short = BANKS[key][1]
    d, value = someday(rng), amount(rng, 50, 30000)
    to = who(rng)
    m = sms_money(rng, font)
    s_, ref, acct = m(value), upi_ref(rng, d), mask(rng)
    day = sms_day(rng, d)
    if k == 0:
        text = (f"Dear Customer, UPI txn of {s_} to {to} from your A/c {acct} on {day} is declined due to "
                f"insufficient balance. UPI Ref {ref} -{short}")
        t = fact(to, value, ref, d, "UPI", "failed")
    elif k == 1:
        text = (f"Your UPI payment of {s_} to {to} on {day} could not be completed. Amount debited from A/c "
                f"{acct}, if any, will be reversed within 48 hrs. RRN {ref} -{short}")
        t = fact(to, value, ref, d, "UPI", "failed")
    elif k == 2:
        text = (f"The amount of {s_} debited from your A/c {acct} for UPI Ref {ref} has been reversed to your a/c "
                f"on {day}. -{short}")
        t = fact(None, value, ref, d, "UPI", "failed")
    elif k == 3:
        text = (f"Refund of {s_} for your failed UPI txn to {to} (Ref {ref}) has been credited to your A/c {acct} "
                f"on {day}. -{short}")
        t = fact(to, value, ref, d, "UPI", "failed")
    elif k == 4:
        text = (f"IMPS of {s_} to {to} A/c XXXXXX{nums(rng, 4)} on {day} has failed. Reason: beneficiary bank not "
                f"available. IMPS Ref No {ref}. Your a/c {acct} has not been debited. -{short}")
        t = fact(to, value, ref, d, "netbanking", "failed")
    elif k == 5:
        text = (f"Your UPI transaction of {s_} to {to} on {day} is under process. Please do not retry. UPI Ref "
                f"{ref}. -{short}")
        t = fact(to, value, ref, d, "UPI", "pending")
    elif k == 6:
        text = (f"UPI txn of {s_} from A/c {acct} to {to} on {day} is awaiting confirmation from the beneficiary "
                f"bank. RRN {ref} -{short}")
        t = fact(to, value, ref, d, "UPI", "pending")
    else:
        text = (f"Transaction of {s_} to {to} via UPI on {day} is pending. Status will be updated within 24 hours. "
                f"Ref No {ref}. -{short}")
        t = fact(to, value, ref, d, "UPI", "pending")
    s = _sms_sheet(rng, font, key)
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, t, s.style


# ---------------------------------------------------------------- standing instructions and mandates


def autopay(rng: random.Random, font: str):
    """A subscription or premium debited by a standing instruction: UPI AutoPay on an account, an SI on a credit
    card, a NACH / e-mandate debit with its UMRN; a failed AutoPay and one being processed."""
    status = fate("autopay", 5, 3)
    key = rng.choice(["federal", "au", "equitas", "rbl", "dbs", "kbl", "sib", "hsbc", "scb", "citi", "indian"])
    short = BANKS[key][1]
    d = someday(rng)
    biller = rng.choice(SUBSCRIPTIONS)
    value = float(rng.choice([149, 199, 299, 499, 649, 129, 1499, 2500, 5000, 3121.5, 899]))
    m = sms_money(rng, font)
    s_, ref = m(value), upi_ref(rng, d)
    day = sms_day(rng, d)
    kind = rng.choice(["upi", "upi", "card", "nach"]) if status == "success" else "upi"
    if status == "failed":
        text = (f"UPI AutoPay debit of {s_} for {biller} from A/c {mask(rng)} on {day} has failed due to insufficient "
                f"balance. UPI Ref {ref}. -{short}")
        t = fact(biller, value, ref, d, "UPI", "failed")
    elif status == "pending":
        text = (f"Your UPI AutoPay payment of {s_} to {biller} scheduled on {day} is being processed. UPI Ref "
                f"{ref}. -{short}")
        t = fact(biller, value, ref, d, "UPI", "pending")
    elif kind == "upi":
        umn = f"{mixed(rng, 8).lower()}{nums(rng, 6)}@{rng.choice(['ybl', 'axl', 'hdfcbank'])}"
        text = (f"{s_} debited from A/c {mask(rng)} on {day} towards UPI AutoPay mandate for {biller}. UPI Ref "
                f"{ref}. UMN {umn}. -{short}")
        t = fact(biller, value, ref, d, "UPI", "success")
    elif kind == "card":
        tail = nums(rng, 4)
        text = (f"Standing instruction: {s_} charged on your {short} Credit Card ending {tail} for {biller} on "
                f"{day}. Avl Lmt {m(amount(rng, 20000, 400000))}. SI Reg ID {'SI' + nums(rng, 9)}")
        t = fact(biller, value, None, d, "card", "success")
    else:
        umrn = f"{rng.choice(['BARB', 'HDFC', 'UTIB', 'ICIC'])}{nums(rng, 16)}"
        text = (f"Your A/c {mask(rng)} is debited for {s_} on {day} towards NACH-DR-{biller}. UMRN {umrn}. Avl Bal "
                f"{m(amount(rng, 1000, 90000))} -{short}")
        t = fact(biller, value, None, d, "netbanking", "success")
    s = _sms_sheet(rng, font, key)
    if rng.random() < 0.5 and status == "success":
        pre = d - dt.timedelta(days=rng.choice([1, 2, 3]))
        s.add("day", _divider(rng, pre))
        s.add("bubble", f"Pre-debit alert: {s_} will be debited for {biller} on {sms_day(rng, d)} as per your "
                        f"mandate. -{short}", clock(rng, "12l"))
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, t, s.style


# ---------------------------------------------------------------- ATM and cash


def atm_cash(rng: random.Random, font: str):
    """Cash out of or into the account: an ATM withdrawal with a debit card, a cash deposit machine's credit, an
    AePS cash withdrawal at a Fino or Airtel point; a withdrawal not dispensed, a deposit under process."""
    status = fate("atm_cash", 3, 6)
    key = rng.choice(["kbl", "indian", "boi", "cbi", "uco", "iob", "sib", "federal", "fino", "airtel"])
    short = BANKS[key][1]
    d = someday(rng)
    value = float(rng.choice([500, 1000, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 15000, 20000]))
    m = sms_money(rng, font)
    s_, acct = m(value), mask(rng)
    day, hour = sms_day(rng, d), clock(rng, "24")
    rrn = upi_ref(rng, d) if rng.random() < 0.6 else None
    atm = f"{rng.choice(['S1AN', 'S1BW', 'IDIB', 'BKID', 'KARB'])}{nums(rng, 4)}"
    tail = nums(rng, 4)
    bal = m(amount(rng, 500, 120000))
    rrn_text = f" RRN {rrn}." if rrn else ""
    deposit = status == "pending" or (status == "success" and rng.random() < 0.35)
    if status == "failed":
        text = (f"Cash withdrawal of {s_} at ATM {atm} from A/c {acct} on {day} {hour} could not be completed. "
                f"Amount debited, if any, will be reversed within 5 working days.{rrn_text} -{short}")
    elif deposit and key in ("fino", "airtel"):
        text = (f"Cash deposit of {s_} in your A/c {acct} at our banking point on {day} {hour} "
                + ("is successful." if status == "success" else "is under process.") + f"{rrn_text} -{short}")
    elif deposit:
        text = (f"Cash {s_} deposited in your A/c {acct} through CDM {atm} on {day} {hour}. Avl Bal {bal}.{rrn_text}"
                f" -{short}" if status == "success" else
                f"Cash deposit of {s_} at CDM {atm} on {day} is under process and will be credited to A/c {acct} "
                f"shortly.{rrn_text} -{short}")
    elif key in ("fino", "airtel"):
        text = (f"AePS cash withdrawal of {s_} from your A/c {acct} on {day} {hour} is successful.{rrn_text} "
                f"Avl Bal {bal}. -{short}")
    else:
        text = rng.choice([
            f"Cash withdrawal of {s_} from A/c {acct} at ATM {atm} using Card XX{tail} on {day} {hour}.{rrn_text} "
            f"Avl Bal {bal} -{short}",
            f"{s_} withdrawn in cash at ATM {atm} on {day} {hour} from A/c {acct}.{rrn_text} Bal {bal}. If not done "
            f"by you, call 1800 425 1444 -{short}",
        ])
    s = _sms_sheet(rng, font, key)
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, fact(None, value, rrn, d, "cash", status), s.style


# ---------------------------------------------------------------- FASTag and wallets


def tag_wallet(rng: random.Random, font: str):
    """A FASTag toll debit SMS (the toll plaza is the payee, the vehicle's number and the tag balance beside it) or
    a payments bank's wallet debit; a toll declined for low balance and a wallet payment pending."""
    status = fate("tag_wallet", 2, 7)
    d = someday(rng)
    m = sms_money(rng, font)
    day, hour = sms_day(rng, d), clock(rng, "24s")
    wallet = status == "pending" or (status == "success" and rng.random() < 0.35)
    if wallet:
        key = rng.choice(["ppbl", "airtel", "fino"])
        short = BANKS[key][1]
        value = amount(rng, 20, 3000)
        to = who(rng, caps=0.3)
        txn = nums(rng, rng.choice([11, 12, 14]))
        if status == "success":
            text = (f"Paid {m(value)} to {to} from your {short} Wallet on {day} {hour}. Txn ID {txn}. Wallet Bal "
                    f"{m(amount(rng, 10, 5000))}")
        else:
            text = (f"Your payment of {m(value)} to {to} from {short} Wallet on {day} is pending. Txn ID {txn}. We "
                    f"will update you in 2 hrs.")
        t = fact(to, value, txn, d, "wallet", status)
    else:
        key = rng.choice(["ppbl", "airtel", "equitas", "federal", "au", "iob"])
        short = BANKS[key][1]
        plaza = rng.choice(PLAZAS)
        value = float(rng.choice([45, 65, 95, 110, 125, 165, 205, 240, 315, 85, 140]))
        car = rng.choice(VEHICLES)
        tbal = m(amount(rng, 20, 2000))
        txn = nums(rng, 12) if rng.random() < 0.5 else None
        tx = f" Txn ID {txn}." if txn else ""
        if status == "failed":
            text = (f"FASTag txn of {m(value)} at {plaza} for vehicle {car} on {day} {hour} declined due to low "
                    f"balance. Recharge your {short} FASTag wallet now.{tx}")
        else:
            text = rng.choice([
                f"{m(value)} debited from your {short} FASTag wallet for vehicle {car} at {plaza} on {day} {hour}."
                f"{tx} Avl bal {tbal}",
                f"Dear Customer, toll of {m(value)} paid at {plaza} from FASTag wallet linked to {car} on {day} "
                f"{hour}.{tx} Balance {tbal} -{short}",
            ])
        t = fact(plaza, value, txn, d, "wallet", status)
    s = _sms_sheet(rng, font, key)
    s.add("day", _divider(rng, d))
    s.add("bubble", text, clock(rng, "12l"))
    return s.rows, t, s.style


# ---------------------------------------------------------------- forwarded in a chat


CONTACTS = ["Ravi Landlord", "Suresh Bhaiya", "Priya (Flat 402)", "Mechanic Anna", "Tuition Madam", "Dad",
            "Office Canteen Grp", "Kumar Tailor"]
ASKS = ["Payment kar diya?", "Did you send the money?", "Sir payment not received yet", "Send screenshot pls",
        "Ok, please share the proof"]
REPLIES = ["Done, see above", "Sent. Check once", "Ok received, thanks", "Bank message forwarded",
           "Please check and confirm"]


def chat_forward(rng: random.Random, font: str):
    """A bank's debit alert copied into WhatsApp or Telegram: the contact on the chat's header, their question, the
    forwarded alert ("Forwarded" / "Forwarded from <sender id>") and a reply; the day divider is the chat's."""
    status = fate("chat_forward", 1, 4)
    key = UPI_BANKS[(TURNS["chat_forward"] * 7 + rng.randrange(2)) % len(UPI_BANKS)]
    d, value = someday(rng), amount(rng, 100, 50000)
    text, t = debit_text(rng, font, key, status, d, value, who(rng))
    app = rng.choice(["WhatsApp", "Telegram"])
    contact = rng.choice(CONTACTS)
    later = d + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    divider = "Today" if rng.random() < 0.4 else datestr(later, rng.choice(["{d} %B %Y", "%d/%m/%Y", "{d} %B"]))
    times = hours(rng, 3)
    items = [("in", rng.choice(ASKS), times[0]),
             ("fwd", text, times[1], f"Forwarded from {rng.choice(['VM', 'AX', 'JD'])}-{BANKS[key][2]}"
              if app == "Telegram" else "Forwarded"),
             ("out", rng.choice(REPLIES), times[2])]
    for item in items:
        for x in item[1:]:
            assert fits(font, x), (font, x)
    assert fits(font, contact) and fits(font, divider)
    style = {"frame": "chat", "screen": True, "width": 600, "font_size": 20,
             "h110": {"app": app, "contact": contact, "divider": divider, "items": items,
                      "clock": clock(rng, "24"), "dark": rng.random() < 0.3}}
    return [("gap", (), None)], t, style


# ---------------------------------------------------------------- drawing


def _wrap(font: str, size: int, text: str, room: float) -> list[str]:
    return h108._wrap(face(font, size), text, room)


def _status_bar(d: ImageDraw.ImageDraw, w: int, ink, font: str, clock_text: str) -> None:
    h108._status_bar(d, w, ink, font, clock_text)


WALLS = [((28, 44, 82), (92, 58, 120)), ((16, 60, 64), (40, 110, 96)), ((60, 30, 40), (140, 80, 60)),
         ((24, 24, 30), (70, 74, 90))]


def _cards(d: ImageDraw.ImageDraw, font: str, notes: list, x0: int, x1: int, y: int, card, ink, soft) -> int:
    size = 19
    for app, ago, title, body in notes:
        lines = _wrap(font, size, body, x1 - x0 - 40) if body else []
        height = 20 + 24 + (30 if title else 0) + 27 * len(lines) + 8
        d.rounded_rectangle((x0, y, x1, y + height), radius=20, fill=card)
        d.ellipse((x0 + 16, y + 14, x0 + 32, y + 30), fill=(120, 160, 230))
        d.text((x0 + 40, y + 12), f"{app}  \u00b7  {ago}" if fits(font, "\u00b7") else f"{app}  {ago}",
               font=face(font, 15), fill=soft)
        ty = y + 40
        if title:
            d.text((x0 + 20, ty), title, font=face(font, size), fill=ink, stroke_width=1, stroke_fill=ink)
            ty += 30
        for line in lines:
            d.text((x0 + 20, ty), line, font=face(font, size), fill=ink)
            ty += 27
        y += height + 12
    return y


def _lock(font: str, style: dict) -> Image.Image:
    h = style["h110"]
    w = style["width"]
    top, bottom = WALLS[h["hue"]]
    notes = h["notes"]
    height = 330 + sum(20 + 24 + 30 + 27 * (len(_wrap(font, 19, n[3], w - 80 - 40)) if n[3] else 0) + 20
                       for n in notes) + 120
    img = Image.new("RGB", (w, height), top)
    d = ImageDraw.Draw(img)
    for y in range(height):
        f = y / height
        d.line((0, y, w, y), fill=tuple(int(a + (b - a) * f) for a, b in zip(top, bottom)))
    _status_bar(d, w, WHITE, font, "")
    big = face(font, 96)
    d.text(((w - big.getlength(h["clock"])) / 2, 70), h["clock"], font=big, fill=WHITE)
    small = face(font, 22)
    d.text(((w - small.getlength(h["day"])) / 2, 200), h["day"], font=small, fill=WHITE)
    card = (245, 246, 250) if not h["dark"] else (38, 40, 48)
    ink = INK if not h["dark"] else (236, 237, 242)
    soft = GREY if not h["dark"] else (160, 164, 174)
    _cards(d, font, notes, 30, w - 30, 270, card, ink, soft)
    d.rounded_rectangle((w // 2 - 60, height - 30, w // 2 + 60, height - 24), radius=3, fill=WHITE)
    return img


def _shade(font: str, style: dict) -> Image.Image:
    h = style["h110"]
    w = style["width"]
    notes = h["notes"]
    height = 260 + sum(20 + 24 + 30 + 27 * (len(_wrap(font, 19, n[3], w - 60 - 40)) if n[3] else 0) + 20
                       for n in notes) + 140
    panel = (30, 32, 38) if h["dark"] else (232, 234, 240)
    ink = (238, 239, 244) if h["dark"] else INK
    soft = (160, 164, 174) if h["dark"] else GREY
    card = (50, 52, 60) if h["dark"] else WHITE
    img = Image.new("RGB", (w, height), panel)
    d = ImageDraw.Draw(img)
    clock_face = face(font, 40)
    d.text((26, 24), h["clock"], font=clock_face, fill=ink)
    d.text((30 + clock_face.getlength(h["clock"]) + 14, 44), h["day"], font=face(font, 18), fill=soft)
    for i in range(6):
        cx = 52 + i * (w - 104) // 5
        d.rounded_rectangle((cx - 34, 100, cx + 34, 150), radius=22,
                            fill=(110, 150, 230) if i in (0, 1, 3) else ((70, 72, 82) if h["dark"] else (205, 208, 216)))
    d.rounded_rectangle((26, 176, w - 26, 196), radius=10, fill=(70, 72, 82) if h["dark"] else (205, 208, 216))
    d.rounded_rectangle((26, 176, 26 + (w - 52) * 2 // 3, 196), radius=10, fill=(110, 150, 230))
    y = _cards(d, font, notes, 20, w - 20, 226, card, ink, soft)
    d.text((w - 150, y + 8), "Clear all", font=face(font, 17), fill=soft)
    # the home screen under the shade: a band of app icons, drawn
    y0 = height - 70
    d.rectangle((0, y0, w, height), fill=(54, 80, 120))
    for i in range(5):
        cx = 60 + i * (w - 120) // 4
        d.ellipse((cx - 22, y0 + 12, cx + 22, y0 + 56), fill=(220, 224, 232))
    return img


def _chat(font: str, style: dict) -> Image.Image:
    h = style["h110"]
    w = style["width"]
    wa = h["app"] == "WhatsApp"
    dark = h["dark"]
    size = 20
    f = face(font, size)
    room = int(w * 0.78) - 36
    blocks = []
    for item in h["items"]:
        lines = _wrap(font, size, item[1], room)
        extra = 24 if item[0] == "fwd" else 0
        blocks.append((item, lines, extra + len(lines) * 28 + 40))
    head = 110
    height = head + 70 + sum(b[2] + 14 for b in blocks) + 90
    bg = (236, 229, 221) if wa and not dark else (11, 20, 26) if wa else (208, 222, 236) if not dark else (14, 22, 33)
    img = Image.new("RGB", (w, height), bg)
    d = ImageDraw.Draw(img)
    bar = (0, 128, 105) if wa and not dark else (31, 44, 52) if wa else (82, 136, 193) if not dark else (23, 33, 43)
    d.rectangle((0, 0, w, head), fill=bar)
    _status_bar(d, w, WHITE, font, h["clock"])
    d.line((34, 66, 22, 76, 34, 86), fill=WHITE, width=3)
    d.ellipse((50, 52, 96, 98), fill=(200, 200, 210))
    d.text((110, 56), h["contact"], font=face(font, 22), fill=WHITE, stroke_width=1, stroke_fill=WHITE)
    d.text((110, 84), "online" if wa else "last seen recently", font=face(font, 14), fill=(220, 235, 230))
    small = face(font, 15)
    lw = small.getlength(h["divider"]) + 24
    y = head + 18
    d.rounded_rectangle(((w - lw) / 2, y, (w + lw) / 2, y + 28), radius=8,
                        fill=(225, 242, 251) if not dark else (32, 44, 51))
    d.text(((w - lw) / 2 + 12, y + 5), h["divider"], font=small, fill=(84, 101, 111) if not dark else (200, 205, 210))
    y += 52
    ink = INK if not dark else (233, 237, 239)
    for item, lines, bh in blocks:
        kind = item[0]
        bw = max(f.getlength(line) for line in lines) + 36
        if kind == "fwd":
            bw = max(bw, small.getlength(item[3]) + 60)
        bw = max(bw, 140)
        x0 = 16 if kind == "in" else w - 16 - bw
        fill = ((255, 255, 255) if kind == "in" else (217, 253, 211) if wa else (239, 253, 222)) if not dark else \
            ((32, 44, 51) if kind == "in" else (0, 92, 75) if wa else (43, 82, 120))
        d.rounded_rectangle((x0, y, x0 + bw, y + bh), radius=12, fill=fill)
        ty = y + 10
        if kind == "fwd":
            d.text((x0 + 18, ty), item[3], font=small, fill=(120, 130, 140) if not dark else (170, 180, 190))
            ty += 24
        for line in lines:
            d.text((x0 + 18, ty), line, font=f, fill=ink)
            ty += 28
        d.text((x0 + bw - 14 - small.getlength(item[2]), y + bh - 24), item[2], font=small,
               fill=(120, 130, 140) if not dark else (170, 180, 190))
        y += bh + 14
    d.rounded_rectangle((12, height - 66, w - 76, height - 18), radius=24, fill=(255, 255, 255) if not dark
                        else (32, 44, 51))
    d.text((40, height - 54), "Message", font=face(font, 18), fill=(140, 146, 152))
    d.ellipse((w - 66, height - 68, w - 14, height - 16), fill=bar)
    return img


def compose(rows: list, font: str, style: dict) -> Image.Image:
    """A lock screen, a notification shade or a chat drawn here from ``style["h110"]``; a messages app, a mail
    client or a browser by ``heldout108_families.compose`` from the rows."""
    frame = style["frame"]
    if frame == "lock":
        return _lock(font, style)
    if frame == "shade":
        return _shade(font, style)
    if frame == "chat":
        return _chat(font, style)
    return h108.compose(rows, font, style)


__all__ = ["atm_cash", "autopay", "card_mail", "card_sms", "chat_forward", "compose", "failed_reversed", "fresh",
           "mail_table", "push", "sms_thread", "tag_wallet", "transfer", "upi_sms"]

"""The twelve heldout125 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an eleventh random day's proofs of payment, as an automobile dealership and its service
workshop in Indian cities (Pune, Bengaluru, Hyderabad, Gurugram, Thane, Chennai, Kochi, Ahmedabad; a branch in Dubai
and one in Singapore) receive them in 2026: booking amounts, down payments by RTGS / NEFT / IMPS, car-loan
disbursals from a bank or an NBFC to the dealer, motor insurance premiums, FASTag recharges, workshop job-card
invoices, card-terminal slips at the service desk, accessories and extended-warranty invoices, RTO registration and
road-tax receipts, the dealer's refunds of cancelled bookings and payouts for exchange vehicles, payment-link pages and
OEM booking confirmations, from Rs 150 to Rs 25,00,000. Every row is added to heldout113's ``Screen`` (heldout106's
``Page``) with the facts it prints, and the truth is read back from the rows the page keeps. Headings, footers, loan
sanctions and deductions, premiums' break-up, GST, fee heads, balances, EMIs, tag, policy, loan, application, job
card, booking (of a refund), chassis, engine and registration numbers, validity and delivery days, MID / TID /
batch, the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames and marks).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, colour, day26, labelled, other_sum, paper, screen
from bench.receipt_sets.heldout118_families import handle, head, ios, masked, money
from bench.receipt_sets.heldout119_families import android, ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import check, top, transfer_rows
from bench.receipt_sets.heldout123_families import APPS as UPI_APP_STYLES
from bench.receipt_sets.heldout123_families import fits, place, upi_id
from bench.receipt_sets.heldout124_families import transfer_ack

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, the state's vehicle code and an RTO's number, GST state code
CITIES = [("Pune", "411018", "Pimpri", "Maharashtra", "MH", "14", "27"),
          ("Bengaluru", "560048", "Mahadevapura", "Karnataka", "KA", "53", "29"),
          ("Hyderabad", "500081", "Madhapur", "Telangana", "TS", "09", "36"),
          ("Gurugram", "122015", "Udyog Vihar", "Haryana", "HR", "26", "06"),
          ("Thane", "400601", "Wagle Estate", "Maharashtra", "MH", "04", "27"),
          ("Chennai", "600032", "Guindy", "Tamil Nadu", "TN", "09", "33"),
          ("Kochi", "682024", "Edappally", "Kerala", "KL", "07", "32"),
          ("Ahmedabad", "380015", "S.G. Highway", "Gujarat", "GJ", "01", "24")]
# the dealership of each city: its trade name, its company, its brand and the brand's models
DEALERS = [("Sahyadri Motors", "Sahyadri Motors Pvt Ltd", "Maruti Suzuki", ["Brezza ZXi", "Grand Vitara Alpha",
                                                                             "Dzire VXi", "Fronx Delta+"]),
           ("Kiran Hyundai", "Kiran Autoworld Pvt Ltd", "Hyundai", ["Creta SX(O)", "Venue S", "Verna SX",
                                                                    "Exter SX"]),
           ("Deccan Toyota", "Deccan Auto Ventures LLP", "Toyota", ["Innova Hycross VX", "Glanza G",
                                                                    "Urban Cruiser Hyryder", "Fortuner 4x2"]),
           ("Aravali Kia", "Aravali Wheels Pvt Ltd", "Kia", ["Seltos HTX", "Sonet HTK+", "Carens Prestige",
                                                             "Syros HTX"]),
           ("Konkan Tata Motors", "Konkan Automotive Pvt Ltd", "Tata Motors", ["Nexon Creative+", "Punch Adventure",
                                                                               "Harrier Fearless", "Curvv EV"]),
           ("Marina Mahindra", "Marina Motors Pvt Ltd", "Mahindra", ["XUV 3XO AX5", "Scorpio-N Z8", "Thar Roxx",
                                                                      "XUV700 AX7"]),
           ("Periyar Honda", "Periyar Cars India Pvt Ltd", "Honda", ["City VX", "Amaze ZX", "Elevate V",
                                                                     "City e:HEV"]),
           ("Sabarmati MG", "Sabarmati Mobility Pvt Ltd", "MG", ["Hector Sharp Pro", "Windsor EV Exclusive",
                                                                  "Astor Shine", "Comet EV"])]
CUSTOMERS = ["Aniket Deshpande", "Shruti Hegde", "Rakesh Yadav", "Pooja Nair", "Venkatesh Iyer", "Harpreet Sandhu",
             "Farida Khan", "Gaurav Chaudhary", "Meera Pillai", "Suresh Babu", "Nisha Patel", "Tarun Malhotra"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IDFC FIRST Bank", "Federal Bank"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "The dealer will be notified once the bank confirms."]
NOTES = ["Booking amount", "Token for booking", "Down payment car", "Service bill", "Accessories", "Car booking",
         "Balance payment", "Workshop bill"]


def dealer(rng: random.Random, i: int, *, firm: float = 0.3, caps: float = 0.25) -> str:
    """The dealership as a payee: its trade name, or its company's on some, in capitals on some."""
    name = DEALERS[i][1] if rng.random() < firm else DEALERS[i][0]
    return name.upper() if rng.random() < caps else name


def reg_no(rng: random.Random, i: int) -> str:
    city = CITIES[i]
    return f"{city[4]}{city[5]}{rng.choice(['', ' '])}{code(rng, 2, UPPER)}{rng.choice(['', ' '])}{digits(rng, 4)}"


def vin(rng: random.Random) -> str:
    return f"MA{code(rng, 1, 'BCJLT')}{code(rng, 6, UPPER + '0123456789')}{rng.choice('RST')}{code(rng, 1, UPPER)}" \
           f"{digits(rng, 6)}"


def whole(value: float, step: int) -> float:
    return float(max(step, round(value / step) * step))


class Deal:
    """One payment's facts and which of them its page leaves out: the dealership (its city), the customer, the
    model."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 5000,
                 high: float = 60000, p_round: float = 0.7, firm: float = 0.3, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(DEALERS))
        self.to = dealer(rng, self.town, firm=firm, caps=caps)
        self.brand = DEALERS[self.town][2]
        self.model = rng.choice(DEALERS[self.town][3])
        self.customer = rng.choice(CUSTOMERS)
        self.ref = utr(rng, self.date)

    def address(self) -> str:
        city = CITIES[self.town]
        return f"{city[2]}, {city[0]} - {city[1]}"


def vehicle(p: Screen, d: Deal) -> str:
    """The car as a page names it: the brand and model where the row fits them, else the model."""
    text = f"{d.brand} {d.model}"
    return text if fits(p, "pair", f"Vehicle {text}    ") else d.model


def outcome_row(p: Screen, status: str, words: dict) -> None:
    """The outcome line (a tick on some successes) in its colour."""
    rng = p.rng
    word = rng.choice(words[status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if status == "success" and rng.random() < 0.4 else word,
          status=status)
    p.accent(colour(status))


def phone_frame(p: Screen, k: int, banner_at: int = -1, p_ios: float = 0.45) -> None:
    if p.rng.random() < p_ios:
        ios(p)
    else:
        android(p, banner=k == banner_at)


def payee_pair(p: Screen, labels: list[str], name: str) -> None:
    """The payee under one of ``labels``: on the label's row where both fit, else stacked under it."""
    lab = p.rng.choice(labels)
    if fits(p, "pair", f"{lab} {name}  "):
        p.pair(lab, name, merchant=name)
    else:
        p.add("small", lab)
        p.add("left", name, merchant=name)


def dealer_head(p: Screen, d: Deal, name: str, kinds: list[str], *, sub: str | None = None, gst: bool = True) -> None:
    """The dealership (the payee) on top of its own paper: the brand it sells, its address, GSTIN, the kind."""
    rng = p.rng
    city = CITIES[d.town]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", sub or rng.choice([f"Authorised Dealer - {d.brand}", f"{d.brand} Sales & Service",
                                      f"Authorised {d.brand} Dealer"]))
    p.add("small", f"Plot {rng.randrange(2, 120)}, {city[2]}, {city[0]} - {city[1]}")
    if gst:
        p.add("small", f"GSTIN: {city[6]}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z"
                       f"{rng.randrange(1, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def way_text(rng: random.Random, font: str, way: str, *, counter: bool = False) -> str:
    """How a page prints the way paid; a dealer's counter names a transfer by its rail, a site its net banking."""
    if way == "netbanking" and not counter:
        return rng.choice(["Net Banking", "Netbanking", f"Net Banking - {rng.choice(PVT[:4] + PSB[:2])}"])
    return {"cash": rng.choice(["Cash", "CASH", "By Cash"]),
            "UPI": rng.choice(["UPI", "UPI (Google Pay)", "UPI - QR", "UPI (PhonePe)", "BHIM UPI"]),
            "card": rng.choice([f"Debit Card {masked(rng, font)}", f"Credit Card (Visa) {masked(rng, font)}",
                                f"RuPay Card {masked(rng, font)}", f"Mastercard {masked(rng, font)}"]),
            "netbanking": rng.choice(["NEFT", "Bank transfer (NEFT)", "RTGS", "IMPS"]),
            "wallet": rng.choice(["Amazon Pay Balance", "Paytm Wallet", "MobiKwik Wallet"])}[way]


def counter_ids(p: Screen, d: Deal, way: str) -> None:
    """A counter's reference for the way paid: a UPI reference, a card's approval code and RRN, a transfer's UTR."""
    rng = p.rng
    if d.no_ref:
        return
    if way == "UPI" and d.status != "failed":
        p.pair(rng.choice(["UPI Ref No", "UPI Ref. No.", "UTR", "UPI Txn Ref"]), d.ref, txn=(UTR_RANK, d.ref))
    elif way == "card" and d.status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["Appr Code", "Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.6:
            p.pair(rng.choice(["RRN", "RRN No"]), d.ref, txn=(UTR_RANK, d.ref))
    elif way == "netbanking" and d.status != "pending":
        ref = neft_utr(rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "CNRB"]), rng, d.date)
        p.pair(rng.choice(["UTR No", "UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))


# ---------------------------------------------------------------- 1. a UPI app's screen paying the dealer


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "CRED", "BHIM", "Amazon Pay", "WhatsApp", "MobiKwik"]


def upi_result(rng: random.Random, font: str, k: int, app: str, status: str, d, vpa_name: str,
               wait: list[str]) -> Screen:
    """A UPI app's result screen paying ``d.to`` (a deal with its sum, reference and day), from its frame down to the
    account debited: the outcome, the sum large, the payee over its handle (made from ``vpa_name``), a failure's or a
    wait's sentence (``wait``), the UPI reference and the app's own id, the day; the caller adds the note and the
    foot (``heldout126``'s customers pay a travel agency with it)."""
    dark = app == "CRED" or rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    phone_frame(p, k, banner_at=5)
    rs = money(rng, font, 0.6)
    name, band, handles = UPI_APP_STYLES[app][:3]
    head(p, name, band, dark, ["UPI payment", "Pay to merchant", "Scan & Pay"])
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid successfully", "Transaction Successful",
                                        "Money sent"],
                            "failed": ["Payment Failed", "Transaction failed", "Payment declined"],
                            "pending": ["Payment Pending", "Payment processing", "Transaction pending"]})
    p.part = "amount"
    p.add("big", rs(d.amount), amount=d.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5 and fits(p, "center", f"{lab} {d.to}"):
        p.add("center", f"{lab} {d.to}", merchant=d.to)
    else:
        p.add("small", lab)
        p.add("center", d.to, merchant=d.to)
    vpa = handle(rng, vpa_name, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(wait))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details"]))
    if not d.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "UPI Ref. No."]), d.ref,
                 (UTR_RANK, d.ref))]
        own = upi_id(rng, app, d.date)
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not d.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on"]),
                 stamp(rng, d.date), date=d.date)
    p.pair(rng.choice(["Debited from", "Paid from", "From"]), f"{rng.choice(PSB[:3] + PVT[:4])} {masked(rng, font)}")
    return p


def booking_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app's result screen paying the dealership a booking amount, a down payment's part or a
    workshop bill (PhonePe, Google Pay, Paytm, CRED, BHIM, Amazon Pay, WhatsApp Pay, MobiKwik; dark on CRED and on
    some others): the outcome (a tick on some), the sum large, Paid to / To / Sent to (Paying to on a failure or a
    wait) over the dealer and its handle, the UPI reference and the app's own id on some, the day, the account
    debited, a note; a failed and a pending one."""
    k = place("booking_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    app = UPI_ORDER[k]
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 4, low=2000, high=100000, p_round=0.75)
    if rng.random() < 0.5:
        d.amount = float(rng.choice([5000, 11000, 21000, 25000, 31000, 51000]))
    p = upi_result(rng, font, k, app, status, d, DEALERS[d.town][0], WAIT)
    if rng.random() < 0.7:
        note = rng.choice(NOTES)
        if "ook" in note and fits(p, "pair", f"Remarks {note} {d.model.split()[0]}    "):
            note = f"{note} {d.model.split()[0]}"
        p.pair(rng.choice(["Note", "Message", "Remarks"]), note)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 2. an OEM's app or site after an online booking


OEMS = [("Maruti Suzuki", (22, 52, 130), "app"), ("Hyundai Click to Buy", None, "web"),
        ("Tata Motors", (0, 74, 143), "app"), ("Mahindra", None, "web"), ("Kia India", (5, 20, 31), "app"),
        ("Toyota Online Booking", None, "web"), ("MG Motor India", (190, 20, 40), "app"), ("Honda Cars India", None,
                                                                                          "web")]
OEM_URLS = {"Hyundai Click to Buy": "clicktobuy.hyundai.co.in/booking/confirmation",
            "Mahindra": "auto.mahindra.com/online-booking/summary",
            "Toyota Online Booking": "www.toyotabharat.com/online-booking/receipt",
            "Honda Cars India": "www.hondacarindia.com/book-online/status"}
OEM_BRAND = {"Maruti Suzuki": 0, "Hyundai Click to Buy": 1, "Toyota Online Booking": 2, "Kia India": 3,
             "Tata Motors": 4, "Mahindra": 5, "Honda Cars India": 6, "MG Motor India": 7}
OEM_WAYS = ["UPI", "card", "netbanking", "UPI", "card", "UPI", "netbanking", "card"]


def oem_booking(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A car maker's app or website after a customer booked a car online and paid the booking amount to the dealer
    it chose (Maruti Suzuki, Hyundai Click to Buy, Tata Motors, Mahindra, Kia India, Toyota, MG Motor India, Honda;
    apps dark on some): the outcome (Booking confirmed, Payment failed - booking not confirmed, Booking on hold), the
    booking amount, the model, variant and colour, Paid to / Booking amount received by / Dealer (payee) over the
    dealer, Booking ID, Transaction ID and a bank or UPI reference on some, Booking date / Paid on, the expected
    delivery (weeks or a later day), the customer and a masked mobile."""
    k = place("oem_booking")
    status = outcome(k, failed=(5,), pending=(2,))
    oem, band, kind = OEMS[k]
    way = OEM_WAYS[k]
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 0, caps=0.2)
    i = d.town = OEM_BRAND[oem]
    d.to, d.brand, d.model = dealer(rng, i, caps=0.2), DEALERS[i][2], rng.choice(DEALERS[i][3])
    d.amount = float(rng.choice([11000, 21000, 25000, 31000, 51000, 5000, 10000, 15000]))
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = OEM_URLS[oem]
        dark = False
        p.part = "head"
        top(p, oem)
    else:
        dark = rng.random() < 0.35
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "My booking", "Booking status"]),
                   buttons=rng.choice([("Track booking",), ("Done",), ()]))
        phone_frame(p, k, banner_at=3)
        head(p, oem, band, dark, ["Book online", "My bookings"])
    rs = money(rng, font, 0.8)
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Booking confirmed", "Payment Successful", "Your booking is confirmed"],
                            "failed": ["Payment failed - booking not confirmed", "Payment Failed"],
                            "pending": ["Booking on hold - payment pending", "Payment awaiting confirmation"]})
    if kind == "app":
        p.add("big", rs(d.amount), amount=d.amount)
    p.part = "body"
    p.add("rule")
    if not d.no_ref:
        bid = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 9)}", f"BK-{d.date:%y}-{digits(rng, 7)}",
                          f"{digits(rng, 10)}"])
        labelled(p, rng.choice(["Booking ID", "Booking Reference", "Booking No"]), bid, txn=(ORDER_RANK, bid))
    p.pair("Model", d.model if fits(p, "pair", f"Model {d.model}  ") else d.model.split()[0])
    p.pair(rng.choice(["Colour", "Exterior colour"]), rng.choice(["Pearl White", "Grand Silver", "Midnight Black",
                                                                  "Fiery Red", "Ocean Blue"]))
    payee_pair(p, ["Paid to", "Booking amount received by", "Dealer (payee)", "Payee"], d.to)
    p.add("small", f"{CITIES[i][2]}, {CITIES[i][0]}")
    p.pair(rng.choice(["Customer", "Booked by", "Name"]), d.customer)
    p.pair(rng.choice(["Mobile", "Registered mobile"]), f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
    if kind == "web":
        p.pair(rng.choice(["Booking amount", "Amount paid"]) if status == "success" else "Booking amount",
               rs(d.amount), amount=d.amount)
    else:
        p.pair("Booking amount", rs(d.amount))
    p.pair(rng.choice(["Payment mode", "Paid via", "Payment method"]), way_text(rng, font, way), method=way)
    if not d.no_ref:
        own = rng.choice([f"{oem[:2].upper()}{d.date:%y%m%d}{digits(rng, 8)}", digits(rng, 16)])
        labelled(p, rng.choice(["Transaction ID", "Payment ID", "Txn ID"]), own, txn=(TXN_RANK, own))
        if status == "success" and way != "card" and rng.random() < 0.6:
            lab = "UPI Ref No" if way == "UPI" else "Bank Ref No"
            ref = d.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, lab, ref, txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not d.no_day:
        labelled(p, rng.choice(["Booking date", "Paid on", "Date & Time", "Booked on"]), stamp(rng, d.date),
                 date=d.date)
        if status == "success":
            if rng.random() < 0.5:
                later = d.date + dt.timedelta(days=rng.randrange(20, 75))
                p.pair(rng.choice(["Expected delivery", "Tentative delivery date"]), when(later, "%d %b %Y"))
            else:
                p.pair("Expected delivery", f"{rng.choice([4, 6, 8])}-{rng.choice([10, 12])} weeks")
    elif status == "success":
        p.pair("Expected delivery", f"{rng.choice([4, 6, 8])}-{rng.choice([10, 12])} weeks")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["The booking amount is refundable as per the dealer's cancellation policy.",
                               "Your dealer will call you within 24 hours.",
                               "Prices are ex-showroom and subject to change at delivery."]))
    return p.done()


# ---------------------------------------------------------------- 3. a down payment by RTGS / NEFT / IMPS


XFER = [("Bank of Baroda bob World", (240, 100, 30), "app", "NEFT", "BARB"),
        ("PNB ONE", (160, 20, 50), "app", "IMPS", "PUNB"),
        ("Union Bank Internet Banking", None, "web", "RTGS", "UBIN"),
        ("Federal Bank FedMobile", (20, 60, 140), "app", "IMPS", "FDRL"),
        ("Karur Vysya Bank Net Banking", None, "web", "RTGS", "KVBL"),
        ("Canara ai1", (0, 120, 190), "app", "NEFT", "CNRB"),
        ("South Indian Bank SIBerNet", None, "web", "NEFT", "SIBL"),
        ("RBL MoBank", (30, 40, 110), "app", "RTGS", "RATN")]
XFER_URLS = {"Union Bank Internet Banking": "www.unionbankonline.co.in/corp/BANKAWAY",
             "Karur Vysya Bank Net Banking": "www.kvbin.com/B001/ENULogin.jsp",
             "South Indian Bank SIBerNet": "sibernet.southindianbank.com/corp/FundTransfer"}


def down_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's net banking or bank app after an NEFT, RTGS or IMPS of the down payment (margin money, the
    balance before delivery) to the dealership's account (Bank of Baroda, PNB, Union Bank, Federal Bank, Karur Vysya
    Bank, Canara Bank, South Indian Bank, RBL; dark on some apps): the outcome, Amount (large on apps), Beneficiary
    Name / Payee / Beneficiary, the account and IFSC, Transfer Mode / Payment Type, UTR / IMPS Ref No and the bank's
    Reference No. / Transaction ID on some, Transaction Date / Value Date, Debit Account, Purpose and Remarks (the
    model), Charges with GST and Total Amount Debited on some NEFT and RTGS pages; a failed and a pending one."""
    k = place("down_payment")
    status = outcome(k, failed=(3,), pending=(5,))
    title, band, kind, mode, head4 = XFER[k]
    no_ref, no_day = k == 0, k == 6
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=200000 if mode == "RTGS" else 25000,
             high=1500000 if mode == "RTGS" else 199000, p_round=0.9, firm=0.5, caps=0.4)
    d.amount = whole(d.amount, 1000) if rng.random() < 0.7 else d.amount
    p, rs = transfer_ack(rng, font, k, XFER[k], status, d, url=XFER_URLS.get(title), widths=[680, 720],
                         third_head="Send money", payee_labels=["Beneficiary Name", "Payee", "Beneficiary", "To"])
    transfer_rows(p, rng, d.date, kind=kind, mode=mode, head4=head4, status=status, no_ref=no_ref, no_day=no_day,
                  own_labels=["Reference No.", "Transaction ID", "Txn Ref No"], txn_label="Transaction ID")
    p.pair("Purpose", rng.choice(["Vehicle purchase", "Down payment", "Margin money - car loan",
                                  "Balance before delivery"]))
    if rng.random() < 0.7:
        p.pair("Remarks", rng.choice([f"{d.model.split()[0]} down payment", f"Car {d.model.split()[0]}",
                                      f"{d.customer.split()[0]} car balance"])[:26])
    if mode != "IMPS" and rng.random() < 0.6:
        fee = float(rng.choice([2.5, 5.0, 15.0, 24.5, 49.5]))
        gst = round(fee * 0.18, 2)
        p.pair("Charges", rs(fee))
        p.pair("GST on Charges", rs(gst))
        p.pair(rng.choice(["Total Amount Debited", "Total Debit Amount"]), rs(round(d.amount + fee + gst, 2)))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the transfer: account name mismatch. The amount is credited "
                       "back.")
    if status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password with anyone.", "Add payee to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 4. a car loan's disbursal to the dealer


LENDERS = [("HDFC Bank", "Vehicle Finance - Disbursement Advice", "mail", "disbursal.vf@hdfcbank.net"),
           ("Mahindra Finance", "DEALER PAYMENT ADVICE", "paper", None),
           ("Cholamandalam Investment and Finance", "Disbursement Intimation", "mail", "vf.payout@chola.murugappa.in"),
           ("SBI - RACPC", "CAR LOAN DISBURSEMENT ADVICE", "paper", None),
           ("Tata Capital", "Payment Advice - Vehicle Loan", "web", None),
           ("Kotak Mahindra Prime", "DISBURSEMENT ADVICE TO DEALER", "paper", None),
           ("Sundaram Finance", "Dealer Disbursal Advice", "mail", "dealerpayout@sundaramfinance.in"),
           ("Toyota Financial Services", "Payment Advice", "web", None)]


def loan_disbursal(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's or NBFC's advice of a car loan disbursed to the dealership (HDFC Bank, Mahindra Finance, Chola, SBI's
    RACPC, Tata Capital, Kotak Prime, Sundaram Finance, Toyota Financial Services; an e-mail, a letter, the dealer
    portal's PDF): the lender on top, the advice's title, Dealer / Beneficiary / Paid to over the dealer, Borrower,
    Loan A/c No, the vehicle, the sanction (Loan amount sanctioned, Less: processing fee, documentation, stamp duty,
    insurance financed), Net disbursement / Amount disbursed / Amount paid to dealer, Mode RTGS / NEFT, UTR and the
    lender's Payment Ref on some, Disbursement date / Value date, First EMI date (another day), Status Disbursed; a
    returned one (failed) and one under process (pending)."""
    k = place("loan_disbursal")
    status = outcome(k, failed=(4,), pending=(1,))
    lender, title, kind, sender = LENDERS[k]
    d = Deal(rng, status, no_ref=k == 6, no_day=k == 2, low=350000, high=2500000, p_round=1.0, firm=0.7, caps=0.5)
    loan = whole(d.amount, 1000)
    cuts = [("Processing fee", float(rng.choice([3540, 4720, 5900, 7080, 9440]))),
            ("Documentation charges", float(rng.choice([590, 1180, 1770]))),
            ("Stamp duty", float(rng.choice([100, 500, 1000])))]
    cuts = rng.sample(cuts, rng.randint(1, 3))
    if rng.random() < 0.3:
        cuts = []
    net = round(loan - sum(v for _, v in cuts), 2)
    d.amount = net
    mode = "RTGS" if net >= 200000 and rng.random() < 0.75 and not d.no_day else "NEFT"  # an RTGS UTR prints a day
    rs = money(rng, font, 0.7, marks=("Rs.", "INR", "₹", "Rs"))
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        subject = {"success": "Loan disbursed - payment to dealer", "failed": "Disbursement returned",
                   "pending": "Disbursement initiated"}[status]
        p.style["h106"].update({"from": f"{lender} <{sender}>", "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
    elif kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = {"Tata Capital": "dealerconnect.tatacapital.com/advice/view",
                                  "Toyota Financial Services": "dealer.tfsin.co.in/payments/advice"}[lender]
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        paper(p, rng)
    p.part = "head"
    top(p, lender)
    p.add("center", title)
    p.add("rule")
    p.part = "body"
    if kind == "mail":
        p.add("left", "Dear Dealer Partner,")
        p.add("left", {"success": "We have disbursed the loan below to your account.",
                       "failed": "The disbursement below was returned by your bank.",
                       "pending": "The disbursement below has been initiated and awaits credit."}[status])
    payee_pair(p, ["Dealer", "Beneficiary", "Paid to", "Dealer Name"], d.to)
    p.pair(rng.choice(["Borrower", "Customer", "Applicant"]), d.customer)
    p.pair(rng.choice(["Loan A/c No", "Loan Account No.", "Agreement No"]),
           rng.choice([f"{digits(rng, 9)}", f"{code(rng, 2, UPPER)}{digits(rng, 10)}"]))
    p.pair(rng.choice(["Vehicle", "Asset"]), vehicle(p, d))
    if not d.no_day and rng.random() < 0.6:
        p.pair("Sanction date", when(d.date - dt.timedelta(days=rng.randrange(2, 12)), rng.choice(SLIP_PATS)))
    p.add("rule")
    p.pair(rng.choice(["Loan amount sanctioned", "Sanctioned amount", "Loan amount"]), rs(loan))
    for name, value in cuts:
        p.pair(f"Less: {name}", rs(value))
    lab = rng.choice(["Net disbursement", "Amount disbursed", "Amount paid to dealer"]) if status != "failed" \
        else rng.choice(["Net disbursement", "Disbursement amount"])
    p.pair(lab, rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    p.pair(rng.choice(["Dealer A/c", "Credited to A/c"]), f"XXXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    if not d.no_ref:
        if status != "pending":
            ref = rtgs_utr(rng.choice(["HDFC", "SBIN", "KKBK", "UTIB"]), rng, d.date) if mode == "RTGS" \
                else neft_utr(rng.choice(["HDFC", "SBIN", "KKBK", "UTIB"]), rng, d.date)
            p.pair(rng.choice(["UTR", "UTR No.", "RTGS/NEFT UTR"]), ref, txn=(UTR_RANK, ref))
        if status == "pending" or rng.random() < 0.5:
            own = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Payment Ref No", "Reference No."]), own, txn=(BANK_RANK, own))
    if not d.no_day:
        p.pair(rng.choice(["Disbursement date", "Disbursed on", "Value date"]), when(d.date, rng.choice(SLIP_PATS)),
               date=d.date)
        if status == "success" and rng.random() < 0.6:
            emi = (d.date.replace(day=1) + dt.timedelta(days=40)).replace(day=rng.choice([5, 7, 10]))
            p.pair(rng.choice(["First EMI date", "EMI start date"]), when(emi, "%d/%m/%Y"))
    p.pair(rng.choice(["Status", "Disbursement status"]),
           {"success": rng.choice(["Disbursed", "Paid", "Credited to dealer"]),
            "failed": rng.choice(["Returned - A/c name mismatch", "Failed - returned by bank"]),
            "pending": rng.choice(["Under process", "Initiated - awaiting credit"])}[status], status=status)
    if status == "success":
        p.add("small", "Please deliver the vehicle after registering it with our hypothecation endorsed.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a system generated advice and does not need a signature.")
    return p.done()


# ---------------------------------------------------------------- 5. a motor insurance premium receipt


INSURERS = ["ICICI Lombard General Insurance", "Bajaj Allianz General Insurance", "Tata AIG General Insurance",
            "HDFC ERGO General Insurance", "Go Digit General Insurance", "The New India Assurance Co. Ltd.",
            "SBI General Insurance", "Royal Sundaram General Insurance"]
INS_WAYS = ["UPI", "card", "netbanking", "cheque", "UPI", "cash", "cheque", "card"]


def insurance_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A new car's motor insurance premium receipt from the insurer (ICICI Lombard, Bajaj Allianz, Tata AIG, HDFC
    ERGO, Digit, New India Assurance, SBI General, Royal Sundaram; a PDF or paper): the insurer on top, PREMIUM
    RECEIPT / Receipt cum Tax Invoice, Receipt No, Receipt Date, Received from (the customer), Policy No, the
    vehicle's make, engine and chassis numbers, Period of insurance (other days), Own damage, Third party, add-ons,
    GST and Total premium, the way (UPI, a card, net banking, cash, a cheque), its reference, the dealer as the
    insurer's intermediary, the outcome; a cheque dishonoured (failed) and one pending realisation (pending)."""
    k = place("insurance_receipt")
    status = outcome(k, failed=(6,), pending=(3,))
    way = INS_WAYS[k]
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 5, caps=0.3)
    insurer = INSURERS[k]
    od = rupees(rng, 9000, 42000, 0.3)
    tp = float(rng.choice([6521, 3416, 7897]))
    addon = rupees(rng, 1500, 9000, 0.3)
    net = round(od + tp + addon, 2)
    gst = round(net * 0.18, 2)
    total = round(net + gst, 2)
    d.amount = total
    name = insurer.upper() if rng.random() < 0.3 else insurer
    p = screen(rng, font, rng.choice(["crop", "browser"]), width=rng.choice([680, 720]), size=rng.choice([18, 19]))
    if p.style["h106"]["frame"] == "browser":
        site = {"ICICI": "icicilombard.com", "Bajaj": "bajajallianz.com", "Tata": "tataaig.com", "HDFC": "hdfcergo.com",
                "Go": "godigit.com", "The": "newindia.co.in", "SBI": "sbigeneral.in", "Royal": "royalsundaram.in"}
        p.style["h106"]["url"] = f"www.{site[insurer.split()[0]]}/motor/receipt/download"
    else:
        paper(p, rng)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "₹", "Rs"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"IRDAI Reg. No. {rng.randrange(100, 190)}  |  CIN U66010{CITIES[d.town][4]}{rng.randrange(2000, 2011)}"
                   f"PLC{digits(rng, 6)}" if not d.no_day else f"IRDAI Reg. No. {rng.randrange(100, 190)}")
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Receipt cum Tax Invoice", "Premium Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    if not d.no_ref:
        number = rng.choice([f"{digits(rng, 10)}", f"R{d.date:%y}{digits(rng, 9)}", f"{code(rng, 2, UPPER)}/"
                                                                                      f"{digits(rng, 8)}"])
        p.pair(rng.choice(["Receipt No", "Receipt No.", "Receipt Number"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day:
        p.pair(rng.choice(["Receipt Date", "Date", "Dated"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Received from", "Insured", "Policy holder"]), d.customer)
    p.pair(rng.choice(["Policy No", "Policy Number"]), f"{rng.choice(['3001', '2311', 'OG-26-'])}{digits(rng, 10)}")
    p.pair("Vehicle", vehicle(p, d))
    p.pair(rng.choice(["Registration No", "Reg. No."]), "NEW" if rng.random() < 0.5 else reg_no(rng, d.town))
    p.pair("Engine No", f"{code(rng, 3, UPPER)}{digits(rng, 7)}")
    p.pair("Chassis No", vin(rng))
    if not d.no_day:
        end = d.date.replace(year=d.date.year + rng.choice([1, 3]))
        p.pair("Period of insurance", f"{when(d.date, '%d/%m/%Y')} to {when(end - dt.timedelta(days=1), '%d/%m/%Y')}")
    else:
        p.pair("Period of insurance", "1 year OD / 3 years TP")
    p.add("rule")
    p.pair(rng.choice(["Own damage premium", "OD premium"]), rs(od))
    p.pair(rng.choice(["Third party premium", "TP premium"]), rs(tp))
    p.pair(rng.choice(["Add-ons (Zero Dep, RSA)", "Add-on covers"]), rs(addon))
    p.pair("Net premium", rs(net))
    p.pair(rng.choice(["GST @ 18%", "IGST 18%"]), rs(gst))
    p.pair(rng.choice(["Total premium", "Total Premium Paid", "Amount received"]) if status == "success"
           else "Total premium", rs(total), amount=total)
    words = words_in_rupees(total)
    if glyphs(font, words) and rng.random() < 0.4:
        p.add("small", words)
    text = way_text(rng, font, way, counter=k % 2 == 1) if way != "cheque" else "Cheque"
    p.pair(rng.choice(["Payment mode", "Mode of payment", "Paid by"]), text, **({} if way == "cheque" else
                                                                            {"method": way}))
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
        p.pair("Drawn on", rng.choice(PSB + PVT))
    elif not d.no_ref and way in ("UPI", "netbanking") and status == "success":
        ref = d.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
        p.pair(rng.choice(["UPI Ref No", "Bank Ref No"]) if way == "UPI" else "Bank Ref No", ref,
               txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    elif not d.no_ref and way == "card" and status == "success":
        own = digits(rng, 14)
        p.pair(rng.choice(["Transaction ID", "Payment ID"]), own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Intermediary", "Dealer / MISP"]), DEALERS[d.town][0])
    p.add("rule")
    p.add("center", {"success": rng.choice(["Premium received", "PAYMENT RECEIVED", "Payment Successful"]),
                     "failed": "CHEQUE DISHONOURED - POLICY CANCELLED AB INITIO",
                     "pending": "PAYMENT PENDING REALISATION"}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Cover is subject to realisation of the premium. Keep this receipt with the policy schedule.")
    return p.done()


# ---------------------------------------------------------------- 6. a FASTag recharge


FASTAG = [("PhonePe", "app"), ("ICICI Bank FASTag", "web"), ("Paytm", "app"), ("IDFC FIRST Bank FASTag", "web"),
          ("Google Pay", "app"), ("Amazon Pay", "app"), ("Axis Bank FASTag", "web"), ("CRED", "app")]
ISSUERS = ["HDFC Bank FASTag", "ICICI Bank FASTag", "SBI FASTag", "IDFC FIRST Bank FASTag", "Kotak Mahindra Bank "
           "FASTag", "Bank of Baroda FASTag", "Axis Bank FASTag", "Airtel Payments Bank FASTag"]
FT_WAYS = ["UPI", "netbanking", "UPI", "card", "UPI", "wallet", "UPI", "UPI"]


def fastag_recharge(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A FASTag recharge (the dealer's delivery desk asks for it before handing a car over): a UPI app's bill-payment
    screen (PhonePe, Paytm, Google Pay, Amazon Pay, CRED; dark on some) or the issuing bank's FASTag portal (ICICI,
    IDFC FIRST, Axis): the outcome, the sum, Biller / FASTag issuer / Paid to over the issuer, Vehicle number, Tag
    ID, the customer, the tag's balance after it, Transaction ID, UPI Ref No / B-Connect Txn ID / BBPS Ref No, Paid
    on; a failed and a pending one."""
    k = place("fastag_recharge")
    status = outcome(k, failed=(2,), pending=(7,))
    via, kind = FASTAG[k]
    way = FT_WAYS[k]
    d = Deal(rng, status, no_ref=k == 5, no_day=k == 0, low=150, high=5000, p_round=0.95)
    d.amount = whole(d.amount, 50) if rng.random() < 0.7 else d.amount
    issuer = via if kind == "web" else rng.choice(ISSUERS)
    d.to = issuer.upper() if rng.random() < 0.2 else issuer
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"ICICI Bank FASTag": "www.icicibank.com/fastag/recharge/status",
                                  "IDFC FIRST Bank FASTag": "fastag.idfcfirstbank.com/recharge/receipt",
                                  "Axis Bank FASTag": "etc.axisbank.co.in/recharge/receipt"}[via]
        dark = False
        p.part = "head"
        top(p, via.replace(" FASTag", ""))
        p.add("center", rng.choice(["FASTag Recharge Receipt", "Tag Recharge - Payment Status"]))
    else:
        dark = via == "CRED" or rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "FASTag Recharge", "Bill details"]),
                   buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
        phone_frame(p, k, banner_at=4)
        name, band = UPI_APP_STYLES[via][:2]
        head(p, name, band, dark, ["FASTag Recharge", "Recharge & Bills"])
    rs = money(rng, font, 0.7)
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Recharge Successful", "Payment Successful", "Bill paid successfully"],
                            "failed": ["Recharge Failed", "Payment Failed"],
                            "pending": ["Recharge Pending", "Payment processing"]})
    if kind == "app":
        p.add("big", rs(d.amount), amount=d.amount)
    p.part = "body"
    payee_pair(p, ["Biller", "FASTag issuer", "Paid to", "Biller Name"], d.to)
    p.pair(rng.choice(["Vehicle Number", "Vehicle No.", "Vehicle Reg. No"]), reg_no(rng, d.town))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Tag ID", "Tag Serial No"]), f"{digits(rng, 6)}-{digits(rng, 3)}-{digits(rng, 7)}")
    p.pair(rng.choice(["Customer Name", "Name"]), d.customer)
    if kind == "web":
        p.pair(rng.choice(["Recharge amount", "Amount"]), rs(d.amount), amount=d.amount)
    if status == "success" and rng.random() < 0.6:
        p.pair(rng.choice(["Tag balance", "Available balance"]), rs(other_sum(rng, d.amount, d.amount + 20,
                                                                             d.amount + 3000)))
    p.pair(rng.choice(["Payment mode", "Paid via", "Paid using"]), way_text(rng, font, way), method=way)
    if not d.no_ref:
        own = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 14)}", digits(rng, 18)])
        label = rng.choice(["Transaction ID", "Txn ID", "Order ID"])
        labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
        if way == "UPI" and status != "failed":
            labelled(p, rng.choice(["UPI Ref No", "UTR"]), d.ref, txn=(UTR_RANK, d.ref))
        elif status == "success" and rng.random() < 0.7:
            ref = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 9)}{d.date.year % 10}{d.date.timetuple().tm_yday:03d}" \
                  f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["B-Connect Txn ID", "BBPS Ref No", "Bharat BillPay Ref"]), ref, txn=(BANK_RANK, ref))
    if not d.no_day:
        labelled(p, rng.choice(["Paid on", "Date & Time", "Recharged on"]), stamp(rng, d.date), date=d.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", "The tag is credited once the bank confirms. Please do not recharge again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Bharat BillPay  |  Secure payments", "Low balance may lead to double toll at plazas.",
                               "Tag balance updates in up to 30 minutes."]))
    return p.done()


# ---------------------------------------------------------------- 7. a workshop's job-card invoice


JOB_WAYS = ["card", "UPI", "cash", "card", "UPI", "card", "cash", "UPI"]
JOB_KINDS = ["paper", "portal", "paper", "paper", "portal", "portal", "paper", "paper"]
PARTS = [("Engine oil 0W-20 (3.5 L)", 1800, 3600), ("Oil filter", 280, 650), ("Air filter element", 450, 1100),
         ("Cabin AC filter", 380, 900), ("Brake pads (front set)", 2200, 4800), ("Wiper blade set", 600, 1400),
         ("Coolant (1 L)", 350, 700), ("Spark plug x4", 900, 2600)]
LABOUR = [("Periodic maintenance labour", 1200, 2800), ("Wheel alignment & balancing", 700, 1500),
          ("AC service", 900, 1800), ("Brake service", 500, 1200), ("Interior dry cleaning", 1200, 2500)]


def jobcard_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A service workshop's job-card invoice (the dealership's workshop on paper, or its DMS portal's PDF): the
    dealer on top with the workshop's address and GSTIN, TAX INVOICE / SERVICE INVOICE, Invoice No, Invoice Date, Job
    Card No and Job card date (an earlier day), Reg. No, VIN, odometer, service type and advisor, parts and labour
    with CGST / SGST, Grand Total, an advance taken off on some (Less: Advance received), Amount paid / Net payable /
    Balance paid, Payment mode (card with its approval code and RRN, UPI with its reference, cash), Next service due
    (a later day or a distance), the outcome; a failed payment and an unpaid bill (pending)."""
    k = place("jobcard_invoice")
    status = outcome(k, failed=(5,), pending=(1,))
    way = JOB_WAYS[k]
    kind = JOB_KINDS[k]
    d = Deal(rng, status, no_ref=k == 2, no_day=k == 7, firm=0.5, caps=0.4)
    name = d.to
    items = [(n, rupees(rng, lo, hi, 0.4)) for n, lo, hi in rng.sample(PARTS, rng.randint(2, 4))]
    jobs = [(n, rupees(rng, lo, hi, 0.8)) for n, lo, hi in rng.sample(LABOUR, rng.randint(1, 2))]
    parts_total = round(sum(v for _, v in items), 2)
    labour_total = round(sum(v for _, v in jobs), 2)
    cgst = round((parts_total + labour_total) * 0.09, 2)
    grand = round(parts_total + labour_total + 2 * cgst, 2)
    advance = float(rng.choice([1000, 2000, 5000])) if rng.random() < 0.3 and grand > 6000 else 0.0
    due = round(grand - advance, 2)
    d.amount = due
    if kind == "portal":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = rng.choice(["dms.autoservice.in/invoice/print", "service.dealerhub.co.in/jobcard/"
                                                                                  "invoice"])
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = Rs(rng, font, marks=("Rs.", "₹", "INR", "Rs"), groupings=("indian", "western"), p_whole=0.0)
    dealer_head(p, d, name, ["TAX INVOICE", "SERVICE INVOICE", "TAX INVOICE - WORKSHOP"],
                sub=rng.choice([f"{d.brand} Authorised Service Centre", f"Workshop: {CITIES[d.town][2]}"]))
    if not d.no_ref:
        number = rng.choice([f"WS/{digits(rng, 2)}/{rng.randrange(1000, 99999)}", f"SI{digits(rng, 8)}",
                             f"INV-{code(rng, 3, UPPER)}-{rng.randrange(1000, 9999)}"])
        p.pair(rng.choice(["Invoice No", "Invoice No.", "Bill No"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day:
        p.pair(rng.choice(["Invoice Date", "Date", "Bill Date"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Job Card No", "JC No."]), f"JC-{rng.randrange(10000, 99999)}")
    if not d.no_day:
        p.pair(rng.choice(["Job card date", "Vehicle in"]), when(d.date - dt.timedelta(days=rng.randrange(1, 4)),
                                                                 "%d/%m/%Y"))
    p.pair(rng.choice(["Customer", "Customer Name"]), d.customer)
    p.pair(rng.choice(["Reg. No.", "Registration No"]), reg_no(rng, d.town))
    p.pair(rng.choice(["VIN", "Chassis No"]), vin(rng))
    p.pair(rng.choice(["Odometer", "KMs"]), f"{rng.randrange(5, 95)},{rng.randrange(100, 999)} km")
    p.pair("Service type", rng.choice(["Paid Service", "3rd Free Service", "Running Repair", "Periodic Maintenance"]))
    p.add("rule")
    for n, v in items + jobs:
        p.pair(n, rs(v))
    p.add("rule")
    p.pair("Parts total", rs(parts_total))
    p.pair("Labour total", rs(labour_total))
    p.pair("CGST @ 9%", rs(cgst))
    p.pair("SGST @ 9%", rs(cgst))
    if advance:
        p.pair(rng.choice(["Grand Total", "Invoice Total"]), rs(grand))
        p.pair(rng.choice(["Less: Advance received", "Less: Advance paid"]), rs(advance))
        p.pair(rng.choice(["Balance paid", "Net payable"]) if status == "success" else "Balance payable", rs(due),
               amount=due)
    else:
        p.pair(rng.choice(["Grand Total", "Total Amount", "Net payable"]), rs(due), amount=due)
    words = words_in_rupees(due)
    if glyphs(font, words) and rng.random() < 0.5:
        p.add("small", words)
    if status != "pending":
        p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]), way_text(rng, font, way, counter=True), method=way)
        counter_ids(p, d, way)
    if not d.no_day and rng.random() < 0.6:
        p.pair(rng.choice(["Next service due", "Next service"]),
               f"{when(d.date + dt.timedelta(days=365), '%d/%m/%Y')} or 10,000 km")
    else:
        p.pair("Next service", "after 10,000 km")
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU", "Paid in full"]),
                     "failed": rng.choice(["PAYMENT FAILED", "Card declined - payment not received"]),
                     "pending": rng.choice(["UNPAID", "Payment pending"])}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Parts replaced are returned to the customer on request. Warranty as per the maker's terms.")
    p.add("right", rng.choice(["Service Advisor", "Cashier", f"For {DEALERS[d.town][0]}"]))
    return p.done()


# ---------------------------------------------------------------- 8. a card terminal's slip at the service desk


TERMINALS = ["PINE LABS", "EZETAP", "MSWIPE", "PAYTM EDC", "HDFC BANK", "WORLDLINE", "ICICI BANK", "NETWORK INTL"]
ABROAD = {3: ("DESERT STAR AUTOS LLC", "SHEIKH ZAYED ROAD, DUBAI", "AED", "NETWORK INTL"),
          6: ("LION CITY MOTORS PTE LTD", "UBI AVE 4, SINGAPORE", "SGD", "NETS")}


def pos_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card terminal's charge slip (customer copy) at the dealership's service desk or showroom (Pine Labs, Ezetap,
    Mswipe, Paytm EDC, HDFC Bank, Worldline, ICICI Bank; the group's branch in Dubai in dirhams and in Singapore in
    Singapore dollars), in a monospace face: the terminal's name, the dealer in capitals and its street and town,
    SALE / CHARGE SLIP / EMI SALE, DATE and TIME, MID, TID, BATCH, INVOICE NO / BILL NO, the card and its entry, APPR
    CODE and RRN on approved slips, an EMI's tenure and monthly sum on some, TOTAL / AMOUNT / SALE AMOUNT, APPROVED or
    DECLINED with its code; two declined, none pending."""
    k = place("pos_slip")
    status = outcome(k, failed=(2, 5))
    no_ref, no_day = k == 4, k == 1
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=600, high=150000, p_round=0.3, caps=1.0)
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    abroad = ABROAD.get(k)
    if abroad:
        name, street, cur, term = abroad
        d.amount = rupees(rng, 180, 4500, 0.3)
        mark = cur + rng.choice([" ", ":"])
    else:
        name, street, cur, term = d.to.upper(), CITIES[d.town][2].upper() + ", " + CITIES[d.town][0].upper(), "INR", \
            TERMINALS[k]
        mark = rng.choice(["INR ", "Rs.", "Rs ", "INR:", "RS."])
    text = f"{mark}{d.amount:,.2f}" if rng.random() < 0.5 else f"{mark}{d.amount:.2f}"
    p.part = "head"
    p.add("center", term)
    name = name if fits(p, "center", name) else name.replace(" PVT LTD", "").replace(" LLP", "")
    p.add("center", name, merchant=name)
    p.add("center", street)
    p.add("center", rng.choice(["SALE", "CHARGE SLIP", "CARD SALE"]) if k != 7 else "EMI SALE")
    p.part = "body"
    if not no_day:
        day_pat = rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y"])
        p.pair("DATE:", when(d.date, day_pat, upper=True), date=d.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", f"{digits(rng, 15)}" if rng.random() < 0.5 else f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    invoice = f"{rng.randrange(1, 9999):06d}"
    if not no_ref:
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), invoice, txn=(INVOICE_RANK, invoice))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "VISA DEBIT", "MASTERCARD CREDIT", "AMEX"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'SWIPE', 'CONTACTLESS'])}")
    p.add("left", rng.choice([f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}"]),
          method="card")
    if not no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
        rrn = utr(rng, d.date)
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), rrn, txn=(UTR_RANK, rrn))
    p.add("rule")
    if k == 7:
        months = rng.choice([6, 9, 12])
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("INTEREST RATE:", f"{rng.choice(['13', '14', '15', '16'])}% P.A.")
        p.pair("EMI AMOUNT:", f"{mark}{round(d.amount / months * 1.07, 2):,.2f}")
    p.pair(rng.choice(["TOTAL:", "AMOUNT:", "TOTAL AMT:", "SALE AMOUNT:"]), text, amount=d.amount, cur=cur)
    p.add("rule")
    p.add("center", rng.choice({"success": ["APPROVED", "TXN APPROVED", "APPROVED 00"],
                                "failed": ["DECLINED", "NOT APPROVED", "TXN DECLINED"]}[status]), status=status)
    if status == "failed":
        p.add("center", rng.choice(["51 - INSUFFICIENT FUNDS", "55 - INCORRECT PIN", "05 - DO NOT HONOUR"]))
    else:
        p.add("center", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED", "SIGNATURE NOT REQUIRED"]))
    p.part = "foot"
    p.add("center", "*** CUSTOMER COPY ***")
    p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    return p.done()


# ---------------------------------------------------------------- 9. an accessories or extended-warranty invoice


ACCESSORIES = [("Seat covers (leatherette)", 6500, 14000), ("3D floor mats", 2400, 5200),
               ("Ceramic coating", 12000, 28000), ("Reverse parking camera", 4500, 9000),
               ("Mud flaps set", 600, 1500), ("Body side moulding", 2200, 4200), ("Dash camera", 4800, 9500),
               ("Door visors", 1500, 3200)]
EW_PLANS = [("Extended warranty - 4th & 5th year", 9000, 24000), ("Shield of Trust - 5 yrs / 1,00,000 km", 8000,
                                                                                                  21000),
            ("EW Platinum - 2 years", 7000, 16000)]
ACC_WAYS = ["UPI", "card", "cash", "netbanking", "UPI", "card", "cheque", "UPI"]


def accessories_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealership's invoice for accessories fitted at delivery or an extended warranty bought with the car
    (paper, or a PDF in a browser): the dealer on top with GSTIN, ACCESSORIES INVOICE / TAX INVOICE / EXTENDED
    WARRANTY INVOICE, Invoice No, Date, the customer, the model and VIN, items with HSN, taxable value, CGST / SGST,
    Total, Amount received, the way (UPI, a card, cash, NEFT, a cheque) and its reference, the warranty's cover (a
    later day or years), the outcome; a declined card (failed) and an invoice payable at delivery (pending)."""
    k = place("accessories_invoice")
    status = outcome(k, failed=(1,), pending=(4,))
    way = ACC_WAYS[k]
    d = Deal(rng, status, no_ref=k == 6, no_day=k == 3, firm=0.5, caps=0.3)
    warranty = k in (2, 5, 7) or rng.random() < 0.2
    if warranty:
        plan, lo, hi = rng.choice(EW_PLANS)
        lines = [(plan, rupees(rng, lo, hi, 0.5), "998714")]
    else:
        lines = [(n, rupees(rng, lo, hi, 0.6), "8708") for n, lo, hi in rng.sample(ACCESSORIES, rng.randint(2, 4))]
    taxable = round(sum(v for _, v, _ in lines), 2)
    rate = 0.09 if warranty else 0.14
    cgst = round(taxable * rate, 2)
    total = round(taxable + 2 * cgst, 2)
    d.amount = total
    web = k in (1, 4, 6)
    if web:
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = rng.choice(["dms.autoservice.in/sales/invoice/print",
                                             f"drive.google.com/file/d/{code(rng, 12, 'abcdefghjkmnpqrstuvwxyz0123456789')}/view"])
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = Rs(rng, font, marks=("Rs.", "₹", "INR", "Rs"), groupings=("indian", "indian", "western"), p_whole=0.2)
    dealer_head(p, d, d.to, ["EXTENDED WARRANTY INVOICE", "TAX INVOICE"] if warranty else
                ["ACCESSORIES INVOICE", "TAX INVOICE", "TAX INVOICE - ACCESSORIES"])
    if not d.no_ref:
        number = rng.choice([f"ACC/{digits(rng, 2)}-{digits(rng, 2)}/{rng.randrange(100, 9999)}",
                             f"{code(rng, 2, UPPER)}{digits(rng, 7)}"])
        p.pair(rng.choice(["Invoice No", "Invoice No.", "Inv No"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day:
        p.pair(rng.choice(["Date", "Invoice Date"]), when(d.date, rng.choice(SLIP_PATS + ["%d %B %Y"])), date=d.date)
    p.pair(rng.choice(["Customer", "Bill to", "Buyer"]), d.customer)
    p.pair("Vehicle", vehicle(p, d))
    p.pair(rng.choice(["VIN", "Chassis No"]), vin(rng))
    p.add("rule")
    for n, v, hsn in lines:
        label = f"{n} ({hsn})" if fits(p, "pair", f"{n} ({hsn}) Rs. 99,999.00  ") else n
        p.pair(label, rs(v))
    p.add("rule")
    p.pair("Taxable value", rs(taxable))
    p.pair(f"CGST @ {rate * 100:g}%", rs(cgst))
    p.pair(f"SGST @ {rate * 100:g}%", rs(cgst))
    if status == "success":
        p.pair(rng.choice(["Total", "Invoice Total"]), rs(total))
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    else:
        p.pair(rng.choice(["Total payable", "Invoice Total"]), rs(total), amount=total)
    if status == "pending":
        p.pair("Payment", "Payable at delivery")
    else:
        text = way_text(rng, font, way, counter=True) if way != "cheque" else "Cheque"
        p.pair(rng.choice(["Mode", "Payment mode", "Received by"]), text, **({} if way == "cheque" else
                                                                           {"method": way}))
        if way == "cheque":
            p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
        counter_ids(p, d, way)
    if warranty:
        if not d.no_day:
            start = d.date + dt.timedelta(days=rng.randrange(700, 1100))
            p.pair(rng.choice(["Cover from", "Warranty valid from"]), when(start, "%d/%m/%Y"))
        else:
            p.pair("Cover", "4th and 5th year from the date of sale")
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAID", "PAYMENT RECEIVED", "** PAID **"]),
                     "failed": rng.choice(["PAYMENT DECLINED", "Card declined - invoice outstanding"]),
                     "pending": "UNPAID"}[status], status=status)
    p.part = "foot"
    p.add("small", "Goods once fitted will not be taken back. Subject to local jurisdiction.")
    p.add("right", f"For {DEALERS[d.town][0]}")
    return p.done()


# ---------------------------------------------------------------- 10. an RTO registration and road-tax receipt


RTO_KINDS = ["vahan", "vahan", "state", "vahan", "state", "vahan", "vahan", "state"]
RTO_WAYS = ["netbanking", "card", "UPI", "netbanking", "UPI", "card", "netbanking", "UPI"]


def rto_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The transport department's e-receipt for a new car's registration and road tax, as the dealer's RTO desk pays
    it (Vahan's e-payment receipt in a browser, or a state's printed fee receipt): the department and the state on
    top, the registering office, Application No, Registration No (or TEMP), the owner, chassis, vehicle class, fee
    heads (registration fee, road tax / MV tax, hypothecation, smart card, postal and service charges) and Total,
    Payment mode (net banking, a card, UPI, through SBI ePay / PayU), Transaction No, Bank Ref No, Receipt No,
    Receipt / Payment date, Tax valid upto (a later day); a failed and a pending (double verification) one."""
    k = place("rto_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    kind = RTO_KINDS[k]
    way = RTO_WAYS[k]
    d = Deal(rng, status, no_ref=k == 0, no_day=k == 3)
    city = CITIES[d.town]
    dept = rng.choice([f"Transport Department, Government of {city[3]}", f"Government of {city[3]} - Transport "
                                                                          f"Department"])
    dept = dept.upper() if rng.random() < 0.3 else dept
    heads = [("Registration fee", float(rng.choice([600, 1000, 1500]))),
             (rng.choice(["Road tax (lifetime)", "MV tax", "Motor vehicle tax"]), whole(rupees(rng, 60000, 420000),
                                                                                        1)),
             ("Hypothecation addition", float(rng.choice([1500, 3000]))), ("Smart card fee", 200.0),
             ("Postal / service charges", float(rng.choice([50, 65, 100, 250])))]
    heads = heads[:2] + rng.sample(heads[2:], rng.randint(1, 3))
    total = round(sum(v for _, v in heads), 2)
    d.amount = total
    if kind == "vahan":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = "vahan.parivahan.gov.in/vahanservice/vahan/ui/eapplication"
    else:
        p = screen(rng, font, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = Rs(rng, font, marks=("Rs.", "₹", "INR", "Rs"), groupings=("indian", "plain", "western"), p_whole=0.8)
    p.part = "head"
    top(p, dept, merchant=dept)
    p.add("center", f"Registering Authority: {rng.choice(['RTO', 'Regional Transport Office'])} {city[0]} "
                    f"({city[4]}-{city[5]})")
    p.add("center", rng.choice(["e-Payment Receipt", "FEE / TAX RECEIPT", "Online Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    year = "" if d.no_day else f"{d.date:%y}"
    p.pair(rng.choice(["Application No", "Appl. No."]), f"{city[4]}{year}{digits(rng, 10 if year else 12)}")
    p.pair(rng.choice(["Registration No", "Vehicle No."]), rng.choice(["NEW / TEMP", reg_no(rng, d.town)]))
    p.pair(rng.choice(["Owner Name", "Owner"]), d.customer.upper())
    p.pair("Chassis No", vin(rng)[-12:] if rng.random() < 0.5 else vin(rng))
    p.pair("Vehicle class", rng.choice(["Motor Car (LMV)", "LMV - Non Transport"]))
    p.pair(rng.choice(["Dealer", "Submitted through dealer"]), DEALERS[d.town][0])
    p.add("rule")
    for n, v in heads:
        p.pair(n, rs(v))
    p.pair(rng.choice(["Total Amount", "Total", "Grand Total"]), rs(total), amount=total)
    p.add("rule")
    gw = rng.choice(["SBI ePay", "PayU", "GRAS"])
    p.pair(rng.choice(["Payment Mode", "Mode of payment"]), f"{way_text(rng, font, way)} ({gw})"
           if way != "card" else f"Debit Card ({gw})", method=way)
    if not d.no_ref:
        tno = f"{city[4]}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction No", "Txn ID"]), tno, txn=(TXN_RANK, tno))
        if status == "success":
            ref = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 10)}", digits(rng, 12)])
            p.pair(rng.choice(["Bank Ref No", "Bank Reference No."]), ref, txn=(BANK_RANK, ref))
            rno = f"{city[4]}{city[5]}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    if not d.no_day:
        p.pair(rng.choice(["Receipt Date", "Payment Date", "Date of payment"]),
               stamp(rng, d.date, SLIP_PATS, twelve=False) if rng.random() < 0.5 else when(d.date, "%d-%b-%Y"),
               date=d.date)
        p.pair(rng.choice(["Tax valid upto", "Tax paid upto"]), when(d.date.replace(year=d.date.year + 15),
                                                                     "%d-%b-%Y"))
    else:
        p.pair("Tax mode", "Lifetime")
    p.pair(rng.choice(["Transaction Status", "Payment Status", "Status"]),
           {"success": rng.choice(["Success", "Successful", "Paid"]), "failed": rng.choice(["Failed", "Failure"]),
            "pending": rng.choice(["Pending - double verification", "Pending"])}[status], status=status)
    if status == "pending":
        p.add("small", "Verify the payment after 30 minutes. Do not pay again for the same application.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a computer generated receipt and does not require a signature.")
    return p.done()


# ---------------------------------------------------------------- 11. the dealer's refund or exchange payout


PAYOUT_KINDS = ["gateway", "mail", "advice", "mail", "advice", "gateway", "advice", "mail"]
PAYOUT_WAYS = ["UPI", "netbanking", "netbanking", "netbanking", "netbanking", "card", "netbanking", "netbanking"]


def payout_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Money the dealership pays a customer: the refund of a cancelled booking (the dealer's e-mail, a payment
    gateway's refund status page) or the price of the customer's old car taken in exchange (the dealer's used-car
    arm's PAYMENT ADVICE): the dealer on top or signing, the customer under Refund to / Paid to / Beneficiary / Seller,
    the booking cancelled (Booking ID, a day of its own) or the old car (Reg. No, the agreed price, the loan closed
    with its bank, RC transfer charges), Refund amount / Net amount paid, the way (NEFT, IMPS, back to UPI or the
    card), UTR / Refund ID, Refund date / Paid on, Status; a refund that failed and one initiated (pending)."""
    k = place("payout_refund")
    status = outcome(k, failed=(5,), pending=(0,))
    kind = PAYOUT_KINDS[k]
    way = PAYOUT_WAYS[k]
    d = Deal(rng, status, no_ref=k == 3, no_day=k == 6, firm=0.5, caps=0.3)
    exchange = kind == "advice"
    rs = money(rng, font, 0.6, marks=("Rs.", "₹", "INR", "Rs"))
    if exchange:
        price = whole(rupees(rng, 180000, 900000), 5000)
        cuts = [("Less: Loan foreclosure paid to bank", whole(rupees(rng, 40000, price * 0.6), 1)),
                ("Less: RC transfer charges", float(rng.choice([1500, 2500, 3500])))]
        cuts = [c for c in cuts if rng.random() < 0.7]
        d.amount = round(price - sum(v for _, v in cuts), 2)
    else:
        booked = float(rng.choice([11000, 21000, 25000, 51000]))
        fee = float(rng.choice([0, 0, 1000, 2500, 5000]))
        d.amount = booked - fee
    word = {"success": rng.choice(["Refund processed", "Refund credited", "Payment released", "PAID"]),
            "failed": rng.choice(["Refund failed - account details invalid", "Payment returned by beneficiary bank"]),
            "pending": rng.choice(["Refund initiated", "Payment under process"])}[status]
    if exchange and status == "success":
        word = rng.choice(["Payment released", "PAID"])
    if kind == "gateway":
        p = screen(rng, font, "phone" if rng.random() < 0.5 else "browser", width=rng.choice([620, 680]),
                   size=rng.choice([19, 20]))
        if p.style["h106"]["frame"] == "browser":
            p.style["h106"]["url"] = rng.choice(["razorpay.com/support/refund-status",
                                                 "www.payu.in/refund-tracker/status"])
        else:
            phone_frame(p, k)
        p.part = "head"
        top(p, rng.choice(["Razorpay", "PayU"]))
        p.add("center", "Track your refund")
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Refund processed", "Refund credited"],
                                "failed": ["Refund failed", "Refund failed - account details invalid"],
                                "pending": ["Refund initiated", "Refund in progress"]})
        p.part = "body"
        p.pair(rng.choice(["Refunded by", "Merchant"]), d.to, merchant=d.to)
    elif kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        subject = {"success": "Refund of your booking amount", "failed": "Refund could not be credited",
                   "pending": "Refund initiated for your cancelled booking"}[status]
        domain = "".join(ch for ch in DEALERS[d.town][0].lower() if ch.isalpha())
        p.style["h106"].update({"from": f"{DEALERS[d.town][0]} Accounts <accounts@{domain}.in>", "subject": subject,
                                "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "body"
        p.add("left", f"Dear {d.customer.split()[0]},")
        p.add("left", {"success": "We have refunded the booking amount of your cancelled booking.",
                       "failed": "The refund of your booking amount was returned by your bank.",
                       "pending": "We have initiated the refund of your booking amount."}[status])
        p.pair(rng.choice(["Refunded by", "Dealer"]), d.to, merchant=d.to)
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        paper(p, rng)
        used = {"Maruti Suzuki": "True Value", "Toyota": "U Trust", "Hyundai": "H Promise", "Mahindra": "First Choice",
                "Honda": "Auto Terrace", "MG": "Reassure", "Kia": "CPO", "Tata Motors": "Assured"}[d.brand]
        dealer_head(p, d, d.to, ["PAYMENT ADVICE", "PAYMENT VOUCHER - EXCHANGE VEHICLE"],
                    sub=f"{d.brand} {used} - Pre-owned cars", gst=rng.random() < 0.5)
    if not d.no_ref and kind == "advice":
        number = f"PV/{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Voucher No", "Advice No"]), number, txn=(INVOICE_RANK, number))
    p.pair(rng.choice(["Refund to", "Customer"]) if not exchange else rng.choice(["Paid to", "Seller", "Beneficiary"]),
           d.customer)
    if exchange:
        p.pair(rng.choice(["Old vehicle", "Exchange vehicle"]), rng.choice(["Swift VXi", "i20 Asta", "City ZX",
                                                                            "Innova 2.5 G", "Ertiga ZDi"]))
        p.pair("Reg. No.", reg_no(rng, d.town))
        p.pair(rng.choice(["Agreed price", "Purchase price"]), rs(price))
        for n, v in cuts:
            p.pair(n, rs(v))
        p.pair(rng.choice(["Net amount paid", "Amount paid"]) if status == "success" else "Net amount", rs(d.amount),
               amount=d.amount)
    else:
        bid = f"{code(rng, 3, UPPER)}{digits(rng, 8)}"
        p.pair(rng.choice(["Booking ID", "Cancelled booking"]), bid)
        if not d.no_day:
            p.pair(rng.choice(["Booked on", "Cancelled on"]), when(d.date - dt.timedelta(days=rng.randrange(3, 40)),
                                                                   "%d %b %Y"))
        if fee:
            p.pair("Booking amount", rs(booked))
            p.pair("Less: Cancellation charges", rs(fee))
        if kind == "gateway":
            p.add("big", rs(d.amount), amount=d.amount)
        else:
            p.pair(rng.choice(["Refund amount", "Amount refunded"]), rs(d.amount), amount=d.amount)
    where = {"netbanking": rng.choice([f"NEFT to A/c XXXXXX{digits(rng, 4)}", f"IMPS to A/c XXXX{digits(rng, 4)}",
                                       "NEFT"]),
             "UPI": f"UPI - {d.customer.split()[0].lower()}{rng.randrange(10, 99)}@okhdfcbank",
             "card": f"Original card {masked(rng, font)}"}[way]
    p.pair(rng.choice(["Mode", "Refund mode", "Paid by"]) if not exchange else rng.choice(["Mode", "Paid by"]),
           where, method=way)
    if not d.no_ref:
        if status == "success" and way in ("netbanking", "UPI"):
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, d.date) if way == "netbanking" else d.ref
            p.pair(rng.choice(["UTR", "UTR No."]) if way == "netbanking" else "UPI Ref No", ref, txn=(UTR_RANK, ref))
        elif status == "success" and way == "card":
            arn = f"7{digits(rng, 22)}"
            p.pair("ARN", arn, txn=(BANK_RANK, arn))
        if kind == "gateway":
            rid = f"rfnd_{code(rng, 14, MIXED)}"
            p.pair("Refund ID", rid, txn=(TXN_RANK, rid))
    if not d.no_day:
        lab = {"success": ["Refund date", "Refunded on", "Paid on", "Date"], "failed": ["Initiated on", "Date"],
               "pending": ["Initiated on", "Refund initiated on"]}[status]
        p.pair(rng.choice(lab), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Status", "Refund Status"]) if not exchange else "Status", word, status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["The old vehicle's RC transfer is the dealer's responsibility.",
                               "Payment against the purchase of the vehicle above."]) if exchange else
              rng.choice(["Refunds reach your account in 5-7 working days.", "For queries write to the dealer."]))
    if kind == "advice":
        p.add("right", rng.choice(["Authorised Signatory", f"For {DEALERS[d.town][0]}"]))
    return p.done()


# ---------------------------------------------------------------- 12. a payment link's page


LINKS = [("Razorpay", "web"), ("PayU", "app"), ("Cashfree", "web"), ("CCAvenue", "web"), ("Razorpay", "app"),
         ("Easebuzz", "web"), ("PhonePe PG", "app"), ("Paytm Payment Links", "web")]
LINK_WAYS = ["UPI", "card", "netbanking", "card", "UPI", "wallet", "UPI", "card"]


def gateway_ids(rng: random.Random, gw: str, date: dt.date) -> list[tuple[str, str, float]]:
    """The gateway's own ids: (label, value, rank)."""
    if gw == "Razorpay":
        return [("Payment ID", f"pay_{code(rng, 14, MIXED)}", TXN_RANK)] + (
            [("Order ID", f"order_{code(rng, 14, MIXED)}", ORDER_RANK)] if rng.random() < 0.4 else [])
    if gw == "PayU":
        return [(rng.choice(["PayU ID", "Transaction ID"]), digits(rng, 11), TXN_RANK)]
    if gw == "Cashfree":
        return [("Order ID", f"CF{digits(rng, 10)}", ORDER_RANK), ("CF Payment ID", digits(rng, 10), TXN_RANK)]
    if gw == "CCAvenue":
        return [("Tracking ID", digits(rng, 12), TXN_RANK), ("Order No", f"ORD{digits(rng, 7)}", ORDER_RANK)]
    if gw == "Easebuzz":
        return [("Easebuzz ID", f"E{date:%y%m%d}{code(rng, 8, UPPER + '0123456789')}", TXN_RANK)]
    if gw == "PhonePe PG":
        return [("Transaction ID", f"OM{date:%y%m%d}{digits(rng, 12)}", TXN_RANK)]
    return [("Order ID", f"PL{digits(rng, 12)}", ORDER_RANK), ("Txn ID", digits(rng, 20), TXN_RANK)]


def payment_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment link the dealership sent for a booking, a service bill or accessories, as the customer's browser or
    phone shows it after paying (Razorpay, PayU, Cashfree, CCAvenue, Easebuzz, PhonePe PG, Paytm Payment Links; dark
    on some phones): the dealer on top (Paying / Payment to), what it is for, the outcome, Amount paid large (a
    convenience fee and Total paid on some), the way (UPI, a card, net banking, a wallet), the gateway's Payment ID /
    Transaction ID / Tracking ID and Order ID, a bank or UPI reference on some, the day, "Secured by" the gateway; a
    failed and a pending one."""
    k = place("payment_link")
    status = outcome(k, failed=(4,), pending=(1,))
    gw, kind = LINKS[k]
    way = LINK_WAYS[k]
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 2, low=1500, high=90000, p_round=0.6, firm=0.5, caps=0.2)
    fee = round(d.amount * 0.0118, 2) if way == "card" and rng.random() < 0.5 else 0.0
    total = round(d.amount + fee, 2)
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status",
                                  "Easebuzz": f"pay.easebuzz.in/link/{code(rng, 8, MIXED)}",
                                  "Paytm Payment Links": f"paytm.me/{code(rng, 3, MIXED)}-{code(rng, 4, MIXED)}"}[gw]
        dark = False
    else:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title="", buttons=rng.choice([("Done",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.4)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, d.to, merchant=d.to)
    else:
        p.add("small", rng.choice(["Paying", "Payment to"]))
        p.add("center", d.to, merchant=d.to)
    p.add("small", rng.choice([f"Booking amount - {d.model.split()[0]}", "Service bill payment",
                               "Accessories payment", "Balance payment"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Payment successful", "Paid"],
                            "failed": ["Payment Failed", "Payment failed"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if fee:
        p.pair("Amount", rs(d.amount))
        p.pair(rng.choice(["Convenience fee", "Platform fee"]), rs(fee))
        p.pair(rng.choice(["Total paid", "Total"]) if status == "success" else "Total", rs(total))
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]), way_text(rng, font, way), method=way)
    if not d.no_ref:
        for label, value, rank in gateway_ids(rng, gw, d.date):
            labelled(p, label, value, txn=(rank, value))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = d.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not d.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date", "Date & Time"]), stamp(rng, d.date, PATS),
                 date=d.date)
    p.pair(rng.choice(["Email", "Customer"]), f"{d.customer.split()[0].lower()}.{rng.randrange(10, 99)}@gmail.com")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}" if gw != "Paytm Payment Links" else "Secured by Paytm")
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose121

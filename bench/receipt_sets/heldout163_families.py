"""The twelve heldout163 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a cinema multiplex and its food court's day in 2026 (Swarnim Screens, a five-screen
multiplex on College Road, Nashik, with the Swarnim Food Court on its top floor; Swarnim Leisure Pvt Ltd runs both),
told by the proofs of payment it receives and makes: moviegoers' UPI at the box office and the food court, its own
app's and website's bookings, the box office's and the food court's card terminal slips, the food court outlets'
bills, BookMyShow's, Paytm's and District's settlements and its gateway's, the distributors' film-hire share
settlements, the food and beverage suppliers' invoices, advertisers' payments for on-screen ads, the projection,
sound and cooling equipment's AMC and service bills, electricity, piped gas and water, GST, TDS, the municipal
entertainment (show) tax and staff wages, and refunds of cancelled shows. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
films, screens, seats, show days and times, booking, venue, partner, release order, contract, consumer, bill,
employee and UAN numbers, periods, gross collections, shares, commissions, deductions, TDS and GST lines, GSTIN,
PAN, TAN, IFSC, MID, TID, batch, card and account numbers, UPI IDs and the payer's own details carry no fact.
``compose`` is heldout158's (heldout121's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, rupees, rtgs_utr, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, screen
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import APPS, fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row, phone_frame
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import ay_of
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

TOWN, PIN, ROAD, STATE, GST_STATE = "Nashik", "422005", "College Road", "Maharashtra", "27"
TRADE = "Swarnim Screens"
FOOD = "Swarnim Food Court"
FIRM = "Swarnim Leisure Pvt Ltd"
SLUG = "swarnimscreens"
FILMS = [
    ("Aasmaan Ke Paar", "UA 13+", "Hindi"),
    ("Godavari Express", "UA 7+", "Marathi"),
    ("The Last Monsoon", "UA 16+", "English"),
    ("Vaadal", "UA 13+", "Marathi"),
    ("Raftaar 2", "A", "Hindi"),
    ("Chhota Bheem Returns", "U", "Hindi"),
    ("Kaagaz Ki Kashti", "UA 7+", "Hindi"),
    ("Orbit Zero", "UA 13+", "English"),
]
GOERS = [
    "Pranav Kulkarni",
    "Sayali Deshmukh",
    "Aniket Jadhav",
    "Rutuja Patil",
    "Omkar Gaikwad",
    "Neha Bhamre",
    "Tejas Shinde",
    "Mrunal Wagh",
    "Vishal Borse",
    "Ketaki Joshi",
]
STAFF = [
    ("Sagar Ahire", "Projectionist"),
    ("Pooja Nikam", "Box office executive"),
    ("Rahul Sonawane", "Usher"),
    ("Kavita Pawar", "Food court cashier"),
    ("Imran Shaikh", "Kitchen helper"),
    ("Dnyaneshwar Gangurde", "Housekeeping"),
]
BANKS = [
    ("State Bank of India", "SBIN"),
    ("HDFC Bank", "HDFC"),
    ("ICICI Bank", "ICIC"),
    ("Axis Bank", "UTIB"),
    ("Bank of Maharashtra", "MAHB"),
    ("Kotak Mahindra Bank", "KKBK"),
    ("Canara Bank", "CNRB"),
    ("The Saraswat Co-operative Bank", "SRCB"),
]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
    "%Y-%m-%d",
]
SHOW_TIMES = ["10:15 AM", "12:40 PM", "3:05 PM", "6:30 PM", "9:45 PM", "11:10 PM"]


def money(rng: random.Random, font: str, p_whole: float = 0.35, western: float = 0.35) -> Rs:
    """A page's rupees: the mark the face draws, lakh grouping on most, western on a share."""
    groupings = ("western",) if rng.random() < western else ("indian",)
    return Rs(rng, font, marks=("\u20b9", "\u20b9", "Rs.", "Rs", "INR"), groupings=groupings, p_whole=p_whole)


def ours(rng: random.Random, *, food: bool = False, firm: float = 0.2, caps: float = 0.2) -> str:
    """The multiplex (or its food court) as a payee: the trade name, with its road or town on some, the firm that
    runs it on some, in capitals on some."""
    base = FOOD if food else TRADE
    r = rng.random()
    name = (
        FIRM if r < firm else rng.choice([f"{base} - {ROAD}", f"{base} {TOWN}"]) if r < firm + 0.3 else base
    )
    return name.upper() if rng.random() < caps else name


def neft22(rng: random.Random, head4: str, date: dt.date) -> str:
    """A 22-character NEFT UTR (HDFCN52026061512345678)."""
    return f"{head4}N{rng.choice('5')}{date:%Y%m%d}{digits(rng, 8)}"


def neft16(rng: random.Random, head4: str, date: dt.date) -> str:
    """A 16-character NEFT UTR (SBIN426170123456)."""
    return f"{head4}{date.year % 10}{date.timetuple().tm_yday:03d}{digits(rng, 8)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 200,
        high: float = 40000,
        p_round: float = 0.6,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.ref = utr(rng, self.date)
        self.to = ""

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a show's, a cheque's, a due day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def week(self) -> str:
        """The week before the payment (a settlement cycle, a film's week): never the day."""
        end = self.date - dt.timedelta(days=self.date.weekday() + 1)
        start = end - dt.timedelta(days=6)
        return f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}"

    def month(self, back: int = 1) -> str:
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(
    p: Screen, name: str, sub: str, kinds: list[str], *, town: str = TOWN, merchant: bool = True
) -> None:
    """A business on top of its own paper: its line, address, GSTIN and phone (never an id), the document's kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", f"{rng.choice(['Shop No.', 'Gala No.', 'Plot', 'Unit'])} {rng.randrange(2, 90)}, {town}")
    state = "33" if town == "Chennai" else GST_STATE
    p.add("small", f"GSTIN: {gstin(rng, state)}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def our_head(p: Screen, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The multiplex on top of its own paper (the payee only where ``merchant``)."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    if name.lower().startswith("swarnim leisure"):
        p.add("small", "Swarnim Screens & Swarnim Food Court")
    else:
        p.add("small", "A unit of Swarnim Leisure Pvt Ltd")
    p.add("small", f"4th floor, Swarnim Square, {ROAD}, {TOWN} - {PIN}")
    p.add("small", f"GSTIN: {gstin(rng, GST_STATE)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def acct(rng: random.Random) -> tuple[str, str, str]:
    """A bank, an account's masked number and an IFSC of that bank."""
    bank, head4 = rng.choice(BANKS)
    return bank, f"XXXXXX{digits(rng, 4)}", f"{head4}0{digits(rng, 6)}"


def method_of(way: str) -> str:
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS") else way


def way_ref(p: Screen, j: Job, way: str) -> None:
    """The way paid on a receipt and its reference (none on a page that prints no id)."""
    rng = p.rng
    text = {
        "UPI": rng.choice(["UPI", "UPI - PhonePe", "BHIM UPI", "UPI (Google Pay)"]),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "cash": "Cash",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, p.font)}",
        "cheque": "Cheque",
    }[way]
    p.pair(rng.choice(["Mode", "Paid by", "Payment mode", "Received by"]), text, method=method_of(way))
    if j.no_ref:
        return
    if way == "UPI":
        labelled(
            p, rng.choice(["UPI Ref No.", "UPI Txn Ref", "UPI RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref)
        )
    elif way in ("NEFT", "RTGS"):
        head4 = rng.choice(BANKS)[1]
        ref = (
            neft22(rng, head4, j.date)
            if way == "NEFT" and rng.random() < 0.5
            else (neft16(rng, head4, j.date) if way == "NEFT" else rtgs_utr(head4, rng, j.date))
        )
        labelled(p, rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        labelled(p, rng.choice(["IMPS Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))


def doc_no(rng: random.Random, prefix: str, j: Job) -> str:
    n = rng.randrange(100, 99999)
    if not j.no_day and rng.random() < 0.5:
        return f"{prefix}/{fy(j.date)}/{n:05d}"
    return rng.choice([f"{prefix}-{n:05d}", f"{prefix}{rng.randrange(100000, 999999)}"])


def signs(p: Screen, left: str, right: str) -> None:
    p.add("gap")
    if fits(p, "pair", f"{left} {right}     "):
        p.pair(left, right)
    else:
        p.add("small", left)
        p.add("small", right)


def gst_lines(p: Screen, rs, taxable: float, rate: float, *, igst: bool = False) -> float:
    """CGST and SGST (or IGST) on a taxable value; the total."""
    if igst:
        tax = round(taxable * rate / 100, 2)
        p.pair(f"IGST @ {rate:g}%", rs(tax))
        return round(taxable + tax, 2)
    half = round(taxable * rate / 200, 2)
    p.pair(f"CGST @ {rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {rate / 2:g}%", rs(half))
    return round(taxable + 2 * half, 2)


# ---------------------------------------------------------------- 1. moviegoers' UPI at the box office and food court


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "BHIM", "Navi", "Amazon Pay", "super.money", "WhatsApp"]
UPI_NOTES = [
    "2 tickets Aasmaan Ke Paar",
    "Recliner x2 - 9:45 show",
    "Popcorn combo",
    "Nachos + Coke",
    "Birthday show - 6 seats",
    "Food court - pav bhaji",
    "Tickets + snacks",
    "Cold coffee x3",
]


def moviegoer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A moviegoer's UPI app after paying the box office's or the food court's QR (PhonePe, Google Pay, Paytm, BHIM,
    Navi, Amazon Pay, super.money, WhatsApp Pay; dark on some): the outcome, the sum large, Paid to / To / Sent to
    (Paying to on a failure or a wait) the multiplex or the food court (with its road or town, the firm, capitals on
    some), its UPI ID and on some "Banking name: SWARNIM LEISURE PVT LTD" (no fact), UPI Ref No / UTR / UPI
    Transaction ID and the app's own id on some, Date & Time / Paid on / Completed on, Debited from, a Note /
    Message."""
    k = place("moviegoer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    app = UPI_ORDER[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=150, high=2600, p_round=0.8)
    j.to = ours(rng, food=rng.random() < 0.4, firm=0.15, caps=0.25)
    dark = rng.random() < 0.3
    p = screen(
        rng,
        font,
        "phone",
        dark=dark,
        width=rng.choice([600, 640]),
        title=rng.choice(["", "Payment status", "Transaction details"]),
        buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]),
    )
    phone_frame(p, k, banner_at=3)
    rs = money(rng, font, 0.6, western=0.2)
    name, band, handles = APPS[app][:3]
    head(p, name, band, dark, ["Scan & Pay", "UPI payment", "Pay to merchant"])
    p.part = "outcome"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Transaction Successful", "Payment done"],
            "failed": ["Payment Failed", "Transaction failed", "Payment declined by bank"],
            "pending": ["Payment Pending", "Payment processing", "Awaiting bank confirmation"],
        },
    )
    p.part = "amount"
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    if rng.random() < 0.5 and fits(p, "center", f"{lab} {j.to}"):
        p.add("center", f"{lab} {j.to}", merchant=j.to)
    else:
        p.add("small", lab)
        p.add("center", j.to, merchant=j.to)
    vpa = f"{SLUG}{rng.choice(['', '.fc', '.bo'])}@{rng.choice(handles)}"
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}"]), method="UPI")
    if rng.random() < 0.35:
        p.add("small", f"Banking name: {FIRM.upper()}")
    if status == "failed":
        p.add("small", "Money debited, if any, will be refunded within 3 working days.")
    elif status == "pending":
        p.add("small", "Please do not pay again at the counter till the bank confirms.")
    p.part = "ref"
    p.add("rule")
    if not j.no_ref:
        labelled(
            p,
            rng.choice(["UPI Ref No", "UTR", "UPI Transaction ID", "UPI Ref. No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if rng.random() < 0.5:
            own = (
                f"T{j.date:%y%m%d}{rng.randrange(10, 23)}{digits(rng, 14)}"
                if app == "PhonePe"
                else code(rng, 12, ALNUM)
            )
            labelled(
                p,
                "Transaction ID" if app != "Google Pay" else "Google transaction ID",
                own,
                txn=(TXN_RANK, own),
            )
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Date & Time", "Paid on", "Completed on", "Transaction Date"]),
            stamp(rng, j.date),
            date=j.date,
        )
    p.pair(
        rng.choice(["Debited from", "From"]),
        f"{rng.choice(BANKS)[0].replace('The ', '')} {masked(rng, font)}",
    )
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message"]), rng.choice(UPI_NOTES))
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Need help? Contact support"]))
    return p.done()


# ---------------------------------------------------------------- 2. bookings on the multiplex's own app and site


def own_booking(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The multiplex's own booking confirmation after a moviegoer paid (its app on a phone, its e-mail, its website
    in a browser): the multiplex on top, Booking confirmed / Your tickets are booked / Booking failed - seats released
    / Payment pending - booking on hold, the film, its certificate and language, Screen, Show (the show's day and
    time, never the payment's day), Seats, Tickets n x rate (incl. GST), Convenience fee, GST @ 18% on fee, F&B combo
    on some, Total paid / Amount paid / Order total, Booking ID (an order's number), Payment ID / Transaction ID,
    UPI Ref No / Bank Ref No, Paid via (UPI, a card, net banking), Booked on / Paid on / Transaction date."""
    k = place("own_booking")
    status = outcome(k, failed=(3,), pending=(5,))
    frame = ["app", "mail", "browser", "app", "mail", "browser", "app", "mail"][k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    j.to = rng.choice([TRADE, TRADE, f"{TRADE} {TOWN}", TRADE.upper()])
    if frame == "app":
        p = phone_page(rng, font, k, ["My booking", "Booking summary", ""])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{TRADE} <tickets@{SLUG}.in>",
            ["Your tickets are confirmed", "Booking confirmation", "Your booking at Swarnim Screens"],
        )
    else:
        p = browser_page(rng, font, f"www.{SLUG}.in/booking/summary")
    rs = money(rng, font, 0.3)
    film, cert, lang = rng.choice(FILMS)
    seats_n = rng.randint(1, 5)
    rate = float(rng.choice([180, 220, 250, 280, 320, 350, 420, 550]))
    tickets = seats_n * rate
    fee = float(rng.choice([25, 30, 35])) * seats_n
    fee_gst = round(fee * 0.18, 2)
    fnb = float(rng.choice([0, 0, 299, 349, 449, 599]))
    total = round(tickets + fee + fee_gst + fnb, 2)
    j.amount = total
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"{ROAD}, {TOWN}")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Booking confirmed", "Your tickets are booked", "Booking successful"],
            "failed": ["Booking failed - seats released", "Payment failed - booking not made"],
            "pending": [
                "Payment pending - booking on hold",
                "Booking pending - awaiting payment confirmation",
            ],
        },
    )
    p.add("left", f"{film} ({cert})")
    p.add(
        "small",
        f"{lang}  |  2D  |  {rng.choice(['Screen 1', 'Screen 2', 'Screen 3', 'Screen 4', 'Screen 5'])}",
    )
    p.pair("Show", f"{j.other_day(rng, 0, 4) if rng.random() < 0.5 else 'Today'}, {rng.choice(SHOW_TIMES)}")
    row = rng.choice("DEFGHJK")
    first = rng.randrange(1, 14)
    p.pair("Seats", ", ".join(f"{row}{first + i}" for i in range(seats_n)))
    booking = f"{rng.choice(['SWS', 'SW'])}{digits(rng, 8)}"
    if not j.no_ref:
        p.pair(rng.choice(["Booking ID", "Booking No."]), booking, txn=(ORDER_RANK, booking))
    p.add("rule")
    p.pair(f"Tickets {seats_n} x {rs.bare(rate)}", rs(tickets))
    p.pair("Convenience fee", rs(fee))
    p.pair("GST @ 18% on fee", rs(fee_gst))
    if fnb:
        p.pair(rng.choice(["F&B combo", "Food & beverages"]), rs(fnb))
    p.pair(rng.choice(["Total paid", "Amount paid", "Order total"]), rs(total), amount=total)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    p.pair(
        rng.choice(["Paid via", "Payment method"]),
        {"UPI": "UPI", "card": f"Credit card {masked(rng, font)}", "netbanking": "Net banking"}[way],
        method=way,
    )
    if not j.no_ref:
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", digits(rng, 12) + digits(rng, 3)])
        labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if way == "UPI" and status != "failed":
            labelled(p, rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            labelled(p, "Bank Ref No", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, rng.choice(["Booked on", "Paid on", "Transaction date"]), stamp(rng, j.date), date=j.date)
    p.part = "foot"
    p.add("small", "Tickets once booked cannot be cancelled. Outside food is not allowed.")
    return p.done()


# ---------------------------------------------------------------- 3. the box office's and food court's card slips


MAKERS = ["PINE LABS", "PAYTM", "PHONEPE", "HDFC BANK", "MSWIPE", "ICICI BANK", "WORLDLINE", "RAZORPAY POS"]
SLIP_KINDS = ["chip", "tap", "qr", "swipe", "chip", "tap", "chip", "qr"]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y", "%d%b%y", "%Y-%m-%d"]


def box_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The box office's or the food court's card terminal slip (Pine Labs, Paytm, PhonePe, HDFC Bank, Mswipe, ICICI
    Bank, Worldline, Razorpay POS; monospace): the maker on top on some, the multiplex or the food court in capitals,
    COUNTER: BOX OFFICE 2 / FOOD COURT C3, SALE / CARD SALE / UPI SALE, DATE: and TIME: or DT: TM: on a row, MID:,
    TID:, BATCH:, INVOICE: / BILL NO:, CARD:, card type, ENTRY:, APPR CODE: / AUTH CODE:, RRN: (or UPI: with its RRN),
    BASE AMT: and TOTAL: / AMOUNT: / SALE AMT:, APPROVED / DECLINED with RESP CODE / PENDING, CUSTOMER COPY."""
    k = place("box_card")
    status = outcome(k, failed=(5,), pending=(2,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=180, high=4800, p_round=0.7)
    food = rng.random() < 0.45
    p = slip_page(rng, font)
    name = (FOOD if food else TRADE).upper()
    if rng.random() < 0.2 and fits(p, "center", FIRM.upper()):
        name = FIRM.upper()
    j.to = name
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{ROAD}, {TOWN}".upper())
    p.add("center", {"qr": "UPI SALE"}.get(kind, rng.choice(["SALE", "CARD SALE"])))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair("TIME:", clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        one = f"DT:{text} TM:{clock}"
        if rng.random() < 0.45 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        else:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
    p.pair(
        "COUNTER:",
        rng.choice(
            ["FOOD COURT C2", "FOOD COURT C3", "FC-KIOSK 1"] if food else ["BOX OFFICE 1", "BOX OFFICE 2"]
        ),
    )
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", f"{digits(rng, 8)}")
    p.pair(rng.choice(["BATCH:", "BATCH NO:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "qr":
        p.pair("PAID BY:", "UPI", method="UPI")
        p.pair("VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'paytm', 'okaxis'])}")
        if not j.no_ref and status != "failed":
            p.pair(rng.choice(["RRN:", "UPI RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    else:
        p.pair("CARD:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("TYPE:", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} {rng.choice(['CREDIT', 'DEBIT'])}")
        p.pair("ENTRY:", {"tap": "CONTACTLESS", "swipe": "SWIPE"}.get(kind, "CHIP"))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if food and rng.random() < 0.5:
        base = round(j.amount / 1.05, 2)
        p.pair("BASE AMT:", amt(base))
        p.pair("GST 5% INCL:", amt(round(j.amount - base, 2)))
        p.pair("TOTAL:", amt(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    p.add(
        "center",
        {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED", "pending": "TXN PENDING"}[
            status
        ],
        status=status,
    )
    if status == "failed":
        p.add(
            "center",
            f"RESP CODE: {rng.choice(['51 INSUFFICIENT FUNDS', '55 INCORRECT PIN', '91 ISSUER DOWN'])}",
        )
    elif status == "pending":
        p.add("small", "STATUS AWAITED FROM BANK - DO NOT REPEAT")
    p.part = "foot"
    if status == "success" and kind == "swipe":
        p.add("small", "SIGN ______________________")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "MERCHANT COPY", "ENJOY THE SHOW"]))
    return p.done()


# ---------------------------------------------------------------- 4. the food court outlets' bills


OUTLETS = [
    ("Popcorn Planet", "Gourmet popcorn & nachos"),
    ("Nashik Misal Co.", "Misal, vada pav & chaat"),
    ("Wok On", "Indo-Chinese & noodles"),
    ("Brew Box Cafe", "Coffee, shakes & sandwiches"),
]
MENU = {
    "Popcorn Planet": [
        ("Salted popcorn (L)", 280),
        ("Caramel popcorn (M)", 260),
        ("Cheese nachos", 240),
        ("Coke 500 ml", 140),
        ("Combo: popcorn + 2 Coke", 520),
    ],
    "Nashik Misal Co.": [
        ("Misal pav", 130),
        ("Vada pav", 60),
        ("Sabudana vada", 90),
        ("Pav bhaji", 170),
        ("Masala chaas", 50),
    ],
    "Wok On": [
        ("Veg hakka noodles", 210),
        ("Chilli paneer dry", 260),
        ("Manchurian gravy", 230),
        ("Spring rolls (4)", 180),
    ],
    "Brew Box Cafe": [
        ("Cold coffee", 170),
        ("Cappuccino", 150),
        ("Grilled sandwich", 190),
        ("Brownie", 120),
        ("Oreo shake", 210),
    ],
}


def food_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A food court outlet's printed bill (Popcorn Planet, Nashik Misal Co., Wok On, Brew Box Cafe; monospace or
    serif): the outlet on top and its line, "Swarnim Food Court, 5th floor, Swarnim Square" (never the payee), FSSAI
    Lic. No. and GSTIN, TAX INVOICE / BILL, Bill No. (the bill's own number), Token No. / KOT No. (no id), Date /
    Dt., the items (qty x rate), Sub total, CGST @ 2.5%, SGST @ 2.5%, Round off, Grand Total / Net payable, Paid by
    UPI / Card / Cash with UPI Ref / RRN or Approval code, PAID / UPI PAYMENT FAILED - PLEASE PAY AT COUNTER / UPI
    PAYMENT PENDING - CONFIRM BEFORE SERVING."""
    k = place("food_bills")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0)
    outlet, line = OUTLETS[k % 4]
    p = paper_page(rng, font, [480, 520, 560])
    rs = money(rng, font, 0.0, western=0.5)
    name = outlet.upper() if rng.random() < 0.4 else outlet
    j.to = name
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("small", f"{FOOD}, 5th floor, Swarnim Square, {TOWN}")
    p.add("small", f"FSSAI Lic. No. {digits(rng, 14)}")
    p.add("small", f"GSTIN: {gstin(rng, GST_STATE)}")
    p.add("center", rng.choice(["TAX INVOICE", "BILL", "CASH / CREDIT BILL"]))
    p.add("rule")
    p.part = "body"
    bill = f"{rng.choice(['FC', 'B', 'INV'])}{rng.randrange(1000, 99999)}"
    if not j.no_ref:
        p.pair(rng.choice(["Bill No.", "Bill No:", "Invoice No."]), bill, txn=(INVOICE_RANK, bill))
    p.pair(rng.choice(["Token No.", "KOT No."]), str(rng.randrange(1, 400)))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dt.", "Date:"]), f"{j.day(rng)} {hhmm(rng)}", date=j.date)
    p.add("rule")
    picks = rng.sample(MENU[outlet], rng.randint(2, 4))
    sub = 0.0
    for item, price in picks:
        qty = rng.randint(1, 3)
        sub += qty * price
        item_row(p, item, f"{qty} x {price}", rs(float(qty * price)))
    p.add("rule")
    p.pair("Sub total", rs(sub))
    total = gst_lines(p, rs, sub, 5.0)
    grand = float(round(total))
    if abs(grand - total) > 0.001:
        p.pair("Round off", f"{grand - total:+.2f}")
    j.amount = grand
    p.pair(rng.choice(["Grand Total", "Net payable", "TOTAL"]), rs(grand), amount=grand)
    way = "UPI" if status != "success" else rng.choice(["UPI", "UPI", "card", "cash"])
    p.pair(
        rng.choice(["Paid by", "Payment"]), {"UPI": "UPI", "card": "Card", "cash": "Cash"}[way], method=way
    )
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    p.add("rule")
    p.add(
        "center",
        {
            "success": rng.choice(["PAID", "PAID - THANK YOU"]),
            "failed": "UPI PAYMENT FAILED - PLEASE PAY AT COUNTER",
            "pending": "UPI PAYMENT PENDING - CONFIRM BEFORE SERVING",
        }[status],
        status=status,
    )
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Thank you! Enjoy your movie.", "Prices inclusive of packing. No service charge."]),
    )
    return p.done()


# ---------------------------------------------------------------- 5. booking platforms' and the gateway's settlements


SETTLERS = [
    ("BookMyShow", "Bigtree Entertainment Pvt Ltd", "mail", "bookmyshow.com"),
    ("Paytm", "One 97 Communications Ltd - Movies", "browser", "paytm.com"),
    ("District", "District by Zomato - cinema partners", "mail", "district.in"),
    ("BookMyShow", "Bigtree Entertainment Pvt Ltd", "browser", "bookmyshow.com"),
    ("Razorpay", "Payments for swarnimscreens.in", "browser", "razorpay.com"),
    ("Paytm", "One 97 Communications Ltd - Movies", "mail", "paytm.com"),
    ("BookMyShow", "Bigtree Entertainment Pvt Ltd", "mail", "bookmyshow.com"),
    ("District", "District by Zomato - cinema partners", "browser", "district.in"),
]


def platform_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A booking platform's settlement to the multiplex for a week's tickets (BookMyShow's, Paytm's and District's
    e-mails and partner dashboards) or its own gateway's settlement (Razorpay's dashboard): the platform on top and
    its line, Cinema settlement advice / Partner payout statement / Settlement details, Cinema / Venue / Partner /
    Paid to (the multiplex or the firm), Venue code / Partner ID (no id), Settlement cycle (a week, never the day),
    Tickets sold, Gross ticket sales, Less: Platform commission (n%), Less: GST @ 18% on commission, Less: TDS u/s
    194-O (0.1%), Net settlement / Amount settled / Net payout; the gateway's Captured payments, Less: Gateway fee,
    Less: GST on fee, Settlement amount; Mode NEFT / IMPS, Settlement ID, UTR / UTR No., Settled on / Credited on /
    Returned on / Scheduled for, Status; Settled / Payout credited / Processed / Payout returned - beneficiary account
    frozen / Payout scheduled / Settlement in process."""
    k = place("platform_payouts")
    status = outcome(k, failed=(7,), pending=(2,))
    brand, line, frame, site = SETTLERS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    j.to = rng.choice([TRADE, f"{TRADE} - {ROAD}, {TOWN}", FIRM, FIRM.upper(), f"{TRADE.upper()} NASHIK"])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{brand} Partner Payments <{rng.choice(['settlements', 'partnerpayouts', 'cinemas'])}@{site}>",
            ["Weekly settlement advice", "Your payout has been processed", "Settlement statement"],
        )
    else:
        p = browser_page(rng, font, f"{rng.choice(['partners', 'dashboard', 'cinemas'])}.{site}/settlements")
    rs = money(rng, font, 0.0, western=0.4)
    p.part = "head"
    top(p, brand)
    p.add("small", line)
    p.add(
        "center", rng.choice(["Cinema settlement advice", "Partner payout statement", "Settlement details"])
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Settled", "Payout credited", "Processed"],
        "failed": ["Payout returned - beneficiary account frozen"],
        "pending": ["Payout scheduled", "Settlement in process"],
    }
    outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Cinema", "Venue", "Partner", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Venue code", "Partner ID"]), f"{code(rng, 4, UPPER)}{digits(rng, 4)}")
    p.pair(rng.choice(["Settlement cycle", "Sales period"]), j.week())
    if brand == "Razorpay":
        gross = rupees(rng, 80000, 600000, 0.0)
        fee = round(gross * 0.02, 2)
        gst = round(fee * 0.18, 2)
        p.pair("Captured payments", f"{rng.randrange(300, 2400)}")
        p.pair("Gross amount", rs(gross))
        p.pair("Less: Gateway fee (2%)", rs(fee))
        p.pair("Less: GST on fee", rs(gst))
        net = round(gross - fee - gst, 2)
        label = rng.choice(["Settlement amount", "Amount settled"])
    else:
        n = rng.randrange(400, 3800)
        gross = round(n * rng.choice([212.5, 235.0, 248.75, 262.4, 289.9]), 2)
        pct = rng.choice([8, 10, 12])
        comm = round(gross * pct / 100, 2)
        gst = round(comm * 0.18, 2)
        tds = round(gross * 0.001, 2)
        p.pair("Tickets sold", str(n))
        p.pair("Gross ticket sales", rs(gross))
        p.pair(f"Less: Platform commission ({pct}%)", rs(comm))
        p.pair("Less: GST @ 18% on commission", rs(gst))
        wrap_pair(p, "Less: TDS u/s 194-O (0.1%)", rs(tds))
        net = round(gross - comm - gst - tds, 2)
        label = rng.choice(["Net settlement", "Amount settled", "Net payout"])
    j.amount = net
    p.pair(label, rs(net), amount=net)
    bank, num, ifsc = acct(rng)
    wrap_pair(p, rng.choice(["Bank account", "Settled to"]), f"{bank} {num}")
    mode = rng.choice(["NEFT", "NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        sid = (
            f"setl_{code(rng, 14, MIXED)}"
            if brand == "Razorpay"
            else f"{brand[:3].upper()}S{digits(rng, 10)}"
        )
        labelled(p, "Settlement ID", sid, txn=(TXN_RANK, sid))
        if status != "pending":
            ref = (
                neft22(rng, rng.choice(["HDFC", "ICIC", "UTIB", "YESB"]), j.date) if mode == "NEFT" else j.ref
            )
            labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        lab = {
            "success": ["Settled on", "Credited on"],
            "failed": ["Returned on"],
            "pending": ["Scheduled for"],
        }
        labelled(p, rng.choice(lab[status]), j.day(rng), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    p.part = "foot"
    p.add("small", "This is a system generated statement. For queries write to your partner manager.")
    return p.done()


# ---------------------------------------------------------------- 6. distributors' film-hire share settlements


DISTRIBUTORS = [
    ("Godavari Films Distribution LLP", "Film distributors - Nashik, Ahmednagar & Khandesh circuit"),
    ("Shree Siddhivinayak Film Distributors", "Distributors of Hindi & Marathi films - Bombay circuit"),
    ("Western Circuit Pictures Pvt Ltd", "Theatrical distribution - Maharashtra & Goa"),
    ("Sahyadri Cine Distributors", "Marathi film distribution since 1988"),
]


def film_hire(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The multiplex's film-hire share to a distributor for a film's week: the distributor's FILM HIRE RECEIPT /
    SHARE RECEIPT (paper; the distributor on top and its line, "Received from M/s Swarnim Leisure Pvt Ltd
    (Swarnim Screens, Nashik)" (never the payee), Film, Week / Period (never the day), Gross collection (incl. GST),
    Less: GST @ 18%, Net collection, Distributor's share n%, Less: TDS u/s 194J @ 2%, Net amount received, in words,
    Mode and UTR, RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION) and the multiplex's corporate net
    banking RTGS / NEFT acknowledgement (a browser; Beneficiary / Beneficiary name / Payee the distributor, Amount,
    account, IFSC, Remarks "Film hire wk2 <film>", UTR / Reference No., Transaction date / Value date; Transaction
    Successful / Rejected by beneficiary bank / Pending for checker approval)."""
    k = place("film_hire")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    dist, line = DISTRIBUTORS[k % 4]
    film = rng.choice(FILMS)[0]
    gross = rupees(rng, 350000, 2400000, 0.3)
    net_col = round(gross / 1.18, 2)
    gst = round(gross - net_col, 2)
    pct = rng.choice([50, 45, 42.5, 40, 35])
    share = round(net_col * pct / 100, 2)
    tds = round(share * 0.02, 2)
    pay = round(share - tds, 2)
    j.amount = pay
    if k in (1, 3, 5, 7):
        p = browser_page(
            rng, font, rng.choice(["corp.hdfcbank.com/fundtransfer", "cib.icicibank.com/rtgs/ack"])
        )
        rs = money(rng, font, 0.0, western=0.3)
        p.part = "head"
        top(p, rng.choice(["HDFC Bank Corporate NetBanking", "ICICI Bank CIB"]))
        p.add("center", rng.choice(["Fund Transfer Acknowledgement", "RTGS - Transaction Acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction Successful", "Funds transferred successfully"],
                "failed": ["Rejected by beneficiary bank", "Transaction Failed"],
                "pending": ["Pending for checker approval"],
            },
        )
        mode = "RTGS" if pay >= 200000 else "NEFT"
        j.to = dist.upper() if rng.random() < 0.5 else dist
        p.pair(rng.choice(["Amount", "Amount (INR)", "Transfer Amount"]), rs(pay), amount=pay)
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Payee"]), j.to, merchant=j.to)
        bank, num, ifsc = acct(rng)
        p.pair("Beneficiary A/c", num)
        p.pair("IFSC", ifsc)
        p.pair("Mode", mode, method="netbanking")
        wrap_pair(p, "Debit account", f"{FIRM} XXXXXX{digits(rng, 4)}")
        wrap_pair(p, rng.choice(["Remarks", "Narration"]), f"Film hire wk{rng.randint(1, 4)} {film}"[:34])
        if not j.no_ref:
            head4 = "HDFC" if "hdfc" in p.style["h106"]["url"] else "ICIC"
            ref = rtgs_utr(head4, rng, j.date) if mode == "RTGS" else neft22(rng, head4, j.date)
            if status != "pending":
                labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            tid = f"{digits(rng, 10)}"
            labelled(p, rng.choice(["Reference No.", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            labelled(p, rng.choice(["Transaction date", "Value date"]), stamp(rng, j.date), date=j.date)
        p.pair("Maker / Checker", f"ACCTS01 / {rng.choice(['DIR02', 'CFO01'])}")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.0, western=0.25)
    j.to = dist.upper() if rng.random() < 0.35 else dist
    letterhead(
        p, j.to, line, ["FILM HIRE RECEIPT", "SHARE RECEIPT", "RECEIPT - THEATRICAL SHARE"], town="Mumbai"
    )
    if not j.no_ref:
        no = doc_no(rng, "FH", j)
        p.pair(rng.choice(["Receipt No.", "No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    p.add("left", f"Received from M/s {FIRM} ({TRADE}, {TOWN})")
    p.pair("Film", film)
    p.pair(rng.choice(["Week", "Period"]), j.week())
    p.pair("Gross collection (incl. GST)", rs(gross))
    p.pair("Less: GST @ 18%", rs(gst))
    p.pair("Net collection", rs(net_col))
    p.pair(f"Distributor's share {pct:g}%", rs(share))
    p.pair("Less: TDS u/s 194J @ 2%", rs(tds))
    way = "cheque" if status == "pending" else rng.choice(["RTGS", "NEFT"])
    p.pair(rng.choice(["Net amount received", "Amount received"]), rs(pay), amount=pay)
    p.add("small", f"({words_in_rupees(pay)})")
    if way == "cheque":
        p.pair("Mode", f"Cheque No. {digits(rng, 6)}", method="cheque")
        p.pair("Drawn on", rng.choice(BANKS)[0])
    else:
        way_ref(p, j, way)
    word = {"success": "RECEIVED WITH THANKS", "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    signs(p, "Checked by", f"For {dist}")
    return p.done()


# ---------------------------------------------------------------- 7. food and beverage suppliers


SUPPLIERS = [
    (
        "Maize King Agro Foods",
        "Mushroom popcorn kernels, oil & seasonings",
        [
            ("Mushroom corn 25 kg bag", 2650, 5),
            ("Coconut popping oil 15 L", 3150, 5),
            ("Butter flavour salt 5 kg", 980, 5),
        ],
    ),
    (
        "Trimbak Beverages Distributors",
        "Authorised distributor - soft drinks",
        [
            ("Coke 500 ml PET (24)", 840, 28),
            ("Sprite 500 ml PET (24)", 840, 28),
            ("Fountain syrup BIB 20 L", 5400, 28),
        ],
    ),
    (
        "Deccan Dairy & Cheese Co.",
        "Cheese sauce, butter & dairy",
        [
            ("Nacho cheese sauce 3 kg", 1180, 12),
            ("Nacho chips 1 kg", 420, 12),
            ("Amul butter 500 g", 275, 12),
        ],
    ),
    (
        "Nashik Packaging Solutions",
        "Paper tubs, cups & carry trays",
        [
            ("Popcorn tub 85 oz (500)", 3600, 18),
            ("Paper cup 16 oz (1000)", 2150, 18),
            ("Carry tray 4-cup (200)", 1400, 18),
        ],
    ),
]


def fnb_suppliers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A food and beverage supplier's TAX INVOICE / INVOICE CUM RECEIPT to the food court (Maize King Agro Foods,
    Trimbak Beverages Distributors, Deccan Dairy & Cheese Co., Nashik Packaging Solutions; the supplier on top, in
    capitals on some): Invoice No. / Inv. No., Date / Inv. date, Bill to / Buyer M/s Swarnim Leisure Pvt Ltd (Swarnim
    Food Court) (never the payee), the lines (qty x rate), Taxable value, CGST and SGST (2.5%, 6%, 9% or 14%, a
    soft drink's 12% compensation cess), Round off, Invoice total, Amount received / Paid with its Mode and UTR / UPI
    Ref, or Amount due with "UPI payment attempted - declined by bank", or Cheque received with Cheque No. and Drawn
    on; PAID / PAYMENT RECEIVED / UPI DECLINED - AMOUNT DUE / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE."""
    k = place("fnb_suppliers")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4)
    sup, line, goods = SUPPLIERS[k % 4]
    p = paper_page(rng, font, [700, 740, 760])
    rs = money(rng, font, 0.0, western=0.4)
    j.to = sup.upper() if rng.random() < 0.3 else sup
    letterhead(p, j.to, line, ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - CASH / CREDIT"])
    if not j.no_ref:
        inv = doc_no(rng, rng.choice(["INV", "TI", "SI"]), j)
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Inv. date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Buyer"]), f"M/s {FIRM} ({FOOD})")
    p.add("rule")
    taxable, by_rate = 0.0, {}
    for item, price, rate in rng.sample(goods, rng.randint(2, 3)):
        qty = rng.randint(2, 20)
        value = float(qty * price)
        taxable += value
        by_rate[rate] = by_rate.get(rate, 0.0) + value
        item_row(p, item, f"{qty} x {price}", rs(value))
    p.add("rule")
    p.pair("Taxable value", rs(taxable))
    total = taxable
    for rate, value in sorted(by_rate.items()):
        gst_rate = 18.0 if rate == 28 else float(rate)
        total += gst_lines(p, rs, value, gst_rate) - value
        if rate == 28:
            cess = round(value * 0.12, 2)
            p.pair("Comp. cess @ 12%", rs(cess))
            total += cess
    total = round(total, 2)
    grand = float(round(total))
    if abs(grand - total) > 0.001:
        p.pair("Round off", f"{grand - total:+.2f}")
    p.pair(rng.choice(["Invoice total", "Total"]), rs(grand))
    j.amount = grand
    if status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(grand), amount=grand)
        p.add("small", "UPI payment attempted - declined by bank", method="UPI")
        p.add("center", "UPI DECLINED - AMOUNT DUE", status=status)
    elif status == "pending":
        p.pair("Cheque received", rs(grand), amount=grand)
        p.pair("Cheque No.", digits(rng, 6), method="cheque")
        p.pair("Drawn on", rng.choice(BANKS)[0])
        p.add("center", "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE", status=status)
    else:
        p.pair(rng.choice(["Amount received", "Paid"]), rs(grand), amount=grand)
        p.add("small", words_in_rupees(grand))
        way_ref(p, j, rng.choice(["UPI", "NEFT", "NEFT", "IMPS"]))
        p.add("center", rng.choice(["PAID", "PAYMENT RECEIVED"]), status=status)
    p.part = "foot"
    signs(p, "Receiver's signature", f"For {sup}")
    return p.done()


# ---------------------------------------------------------------- 8. advertisers' payments for on-screen ads


ADVERTISERS = [
    "Mahalaxmi Jewellers",
    "Vrindavan Motors (Tata)",
    "Sula Vineyards Visitor Centre",
    "Panchavati Realty LLP",
    "Kulkarni Coaching Classes",
    "Nashik Ortho & Trauma Centre",
]
AGENCIES = [
    ("Kalpavriksha Media Pvt Ltd", "kalpavrikshamedia.com"),
    ("Pixel & Print Advertising", "pixelprint.in"),
]


def screen_ads(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An advertiser's payment for on-screen ads: the multiplex's RECEIPT - ON-SCREEN ADVERTISING / TAX INVOICE CUM
    RECEIPT / ADVANCE RECEIPT (serif; the multiplex or the firm on top, Client / Received from M/s <advertiser>
    (never the payee), Release order No. (no id), Campaign period (never the day), 30-sec spot x n screens x n shows
    x n weeks at a rate, Taxable value, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194C @ 2%, Net amount
    received, Mode and UTR / UPI Ref / Cheque No.; RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION)
    and an ad agency's payment advice e-mail for its client (Payee / Vendor / Beneficiary the multiplex, Client,
    Invoice ref (the multiplex's invoice, no id), Gross, Less: TDS, Net paid, Mode NEFT, UTR, Payment date, Status:
    Paid / Payment returned - beneficiary account details mismatch)."""
    k = place("screen_ads")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3)
    client = rng.choice(ADVERTISERS)
    screens, shows, weeks = rng.randint(2, 5), rng.choice([4, 5, 6]), rng.choice([1, 2, 4])
    rate = float(rng.choice([18, 22, 25, 30, 35]))
    taxable = screens * shows * weeks * 7 * rate
    cgst = round(taxable * 0.09, 2)
    total = round(taxable + 2 * cgst, 2)
    tds = round(taxable * 0.02, 2)
    net = round(total - tds, 2)
    j.amount = net
    if k in (0, 6, 7):
        agency, site = AGENCIES[k % 2]
        p = mail_page(
            rng, font, f"{agency} Accounts <payments@{site}>", ["Payment advice", "Remittance advice"]
        )
        rs = money(rng, font, 0.0)
        p.part = "head"
        top(p, agency)
        p.add("small", "Media planning & buying")
        p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance advice"]))
        p.add("rule")
        p.part = "body"
        j.to = rng.choice([TRADE, FIRM, f"{FIRM} ({TRADE})"])
        wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary"]), j.to, merchant=j.to)
        wrap_pair(p, "Client", client)
        inv = f"SL/AD/{fy(j.date)}/{rng.randrange(10, 400):03d}"
        p.pair("Invoice ref", inv)
        p.pair("Gross (incl. GST)", rs(total))
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        p.pair(rng.choice(["Net paid", "Amount remitted"]), rs(net), amount=net)
        p.pair("Mode", "NEFT", method="netbanking")
        if not j.no_ref:
            ref = neft22(rng, rng.choice(["HDFC", "KKBK", "UTIB"]), j.date)
            labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            lab = "Returned on" if status == "failed" else rng.choice(["Payment date", "Paid on"])
            p.pair(lab, j.day(rng), date=j.date)
        p.pair(
            "Status",
            rng.choice(["Paid", "Processed"])
            if status == "success"
            else "Payment returned - beneficiary account details mismatch",
            status=status,
        )
        p.part = "foot"
        p.add("small", "Kindly acknowledge receipt. TDS certificate will follow in Form 16A.")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.0, western=0.3)
    j.to = rng.choice([TRADE, TRADE.upper(), FIRM, FIRM.upper()])
    our_head(
        p,
        j.to,
        ["RECEIPT - ON-SCREEN ADVERTISING", "TAX INVOICE CUM RECEIPT", "ADVANCE RECEIPT - SCREEN ADS"],
    )
    if not j.no_ref:
        no = doc_no(rng, "AD", j)
        p.pair(rng.choice(["Receipt No.", "Invoice No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Client", "Received from"]), f"M/s {client}")
    p.pair("Release order No.", f"RO/{rng.randrange(100, 999)}/{rng.randrange(10, 99)}")
    p.pair("Campaign period", f"{j.other_day(rng, 2, 12)} for {weeks * 7} days")
    p.add("left", f"30-sec spot x {screens} screens x {shows} shows/day x {weeks * 7} days @ {rate:g}")
    p.pair("Taxable value", rs(taxable))
    p.pair("CGST @ 9%", rs(cgst))
    p.pair("SGST @ 9%", rs(cgst))
    p.pair("Invoice total", rs(total))
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    p.pair(rng.choice(["Net amount received", "Amount received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if status == "pending":
        p.pair("Mode", f"Cheque No. {digits(rng, 6)} dt {j.other_day(rng, -3, 0)}", method="cheque")
        p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status=status)
    else:
        way_ref(p, j, rng.choice(["NEFT", "UPI", "IMPS"]))
        p.add("center", "RECEIVED WITH THANKS", status=status)
    p.part = "foot"
    seal(p, TRADE, "ACCOUNTS", None if j.no_day else j.date, "RECEIVED")
    return p.done()


# ---------------------------------------------------------------- 9. projection, sound and cooling AMC


VENDORS = [
    ("Qube Cinema Technologies Pvt Ltd", "Digital cinema servers & projection", "Qube XP-D server AMC"),
    ("Cinelite Projection Services", "Christie & Barco projector service", "Laser projector PM visit"),
    ("SoundAura Cinema Systems", "Dolby Atmos installation & service", "Dolby CP950 processor AMC"),
    ("Coolwave HVAC Engineers", "Central air-conditioning - AMC & repairs", "Chiller plant AMC (quarter)"),
]


def equipment_amc(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The projection, sound and cooling vendors' paper (Qube Cinema Technologies Pvt Ltd, Cinelite Projection
    Services, SoundAura Cinema Systems, Coolwave HVAC Engineers; the vendor on top): AMC INVOICE CUM RECEIPT /
    SERVICE RECEIPT (Contract No. (no id), Coverage / AMC period (never the day), the service and the screens, lamp or
    spares, Taxable value, CGST and SGST @ 9% or IGST @ 18% (Qube from Chennai), Total, Less: TDS u/s 194C @ 2% /
    194J @ 10% on some, Amount received, Mode and UTR) and the multiplex's own bank app's transfer to a vendor (Kotak
    FYN / HDFC SmartHub Vyapar on a phone: the sum large, To / Beneficiary the vendor, account, IFSC, IMPS / NEFT,
    IMPS Ref No / UTR, Remarks, Paid on; Transfer successful / Transfer failed / Transfer under process)."""
    k = place("equipment_amc")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    vendor, line, service = VENDORS[k % 4]
    screens = rng.randint(1, 5)
    base = float(rng.choice([8500, 12000, 14500, 18000, 22500, 31000])) * screens
    if k in (1, 4, 6):
        app = ["Kotak FYN", "HDFC SmartHub Vyapar", "Kotak FYN"][(1, 4, 6).index(k)]
        p = phone_page(rng, font, k, ["Transfer status", ""])
        rs = money(rng, font, 0.5)
        head(
            p,
            app,
            (0, 56, 118) if "HDFC" in app else (237, 28, 36),
            p.style["h106"]["dark"],
            ["Business banking"],
        )
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "Payment successful"],
                "failed": ["Transfer failed", "Payment failed - beneficiary bank offline"],
                "pending": ["Transfer under process", "Awaiting confirmation from beneficiary bank"],
            },
        )
        amount = round(base * 1.18 - base * 0.02, 2)
        j.amount = amount
        p.add("big", rs(amount), amount=amount)
        j.to = vendor.upper() if rng.random() < 0.5 else vendor
        wrap_pair(p, rng.choice(["To", "Beneficiary", "Paid to"]), j.to, merchant=j.to)
        bank, num, ifsc = acct(rng)
        p.pair("A/c", num)
        p.pair("IFSC", ifsc)
        mode = rng.choice(["IMPS", "NEFT"])
        p.pair("Mode", mode, method="netbanking")
        if not j.no_ref:
            if mode == "IMPS":
                labelled(p, rng.choice(["IMPS Ref No", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = neft16(rng, "KKBK" if "Kotak" in app else "HDFC", j.date)
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            labelled(p, rng.choice(["Paid on", "Date & time"]), stamp(rng, j.date), date=j.date)
        p.pair("Remarks", f"{service[:22]} less TDS")
        p.pair("From", f"{FIRM[:15]} XX{digits(rng, 4)}")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.0, western=0.35)
    j.to = vendor.upper() if rng.random() < 0.3 else vendor
    letterhead(
        p,
        j.to,
        line,
        ["AMC INVOICE CUM RECEIPT", "SERVICE RECEIPT", "TAX INVOICE & RECEIPT"],
        town="Chennai" if k % 4 == 0 else TOWN,
    )
    if not j.no_ref:
        no = doc_no(rng, rng.choice(["AMC", "SR", "INV"]), j)
        p.pair(rng.choice(["Invoice No.", "Receipt No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Inv. date"]), j.day(rng), date=j.date)
    wrap_pair(p, "Customer", f"{FIRM} ({TRADE}, {TOWN})")
    p.pair("Contract No.", f"{code(rng, 3, UPPER)}/{rng.randrange(100, 999)}/{rng.randrange(24, 27)}")
    start = j.date.replace(day=1)
    end = (start + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
    p.pair(rng.choice(["Coverage", "AMC period"]), f"{when(start, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    item_row(p, service, f"x {screens}", rs(base))
    p.pair("Taxable value", rs(base))
    total = gst_lines(p, rs, base, 18.0, igst=k % 4 == 0)
    p.pair("Total", rs(total))
    tds = round(base * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    amount = round(total - tds, 2)
    j.amount = amount
    p.pair(rng.choice(["Amount received", "Received (net of TDS)"]), rs(amount), amount=amount)
    way_ref(p, j, rng.choice(["NEFT", "RTGS" if amount > 200000 else "NEFT", "IMPS", "UPI"]))
    p.add("center", rng.choice(["PAID", "RECEIVED WITH THANKS"]), status="success")
    p.part = "foot"
    signs(p, "Engineer", f"For {vendor}")
    return p.done()


# ---------------------------------------------------------------- 10. electricity, piped gas and water


UTILITY = [
    ("msedcl_portal", "NEFT"),
    ("bbps", "netbanking"),
    ("nmc_water", "UPI"),
    ("mngl", "netbanking"),
    ("msedcl_portal", "card"),
    ("bbps", "netbanking"),
    ("mngl", "UPI"),
    ("nmc_water", "netbanking"),
]


def utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Electricity, piped gas and water: MSEDCL's own web payment receipt for the multiplex's HT connection
    (Maharashtra State Electricity Distribution Co. Ltd on top, Consumer No. / Bill Month / Bill amount / Prompt
    payment discount / Amount paid, Transaction ID and Bank Ref No., Payment date), a Bharat Connect payment in the
    firm's business banking (Biller: MSEDCL / Maharashtra State Electricity Distribution Co. Ltd, Consumer number,
    Bill date and Due date (never the day), B-Connect Txn No. / Bharat Connect Ref. No., Paid on), MNGL's page for the
    food court kitchen's piped gas (Maharashtra Natural Gas Ltd on top, BP No., Amount paid, UPI Ref No., Order No.),
    and Nashik Municipal Corporation's water charges receipt (the corporation on top, Connection No., Receipt No.,
    Amount paid); Payment successful / Bill payment declined by bank / Awaiting biller confirmation."""
    k = place("utilities")
    status = outcome(k, failed=(5,), pending=(3,))
    kind, way = UTILITY[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    rs = money(rng, font, 0.0, western=0.3)
    words = {
        "success": ["Payment successful", "Bill paid successfully", "Transaction successful"],
        "failed": ["Bill payment declined by bank"],
        "pending": ["Awaiting biller confirmation", "Payment in process"],
    }
    if kind == "bbps":
        p = phone_page(rng, font, k, ["Bill payment", "Bharat Connect"])
        head(
            p,
            rng.choice(["ICICI InstaBIZ", "HDFC SmartHub Vyapar"]),
            (150, 40, 30),
            p.style["h106"]["dark"],
            ["Bharat Connect - Bill payments"],
        )
        p.part = "body"
        outcome_row(p, status, words)
        bill = rupees(rng, 180000, 650000, 0.2)
        j.amount = bill
        p.add("big", rs(bill), amount=bill)
        j.to = rng.choice(["MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd"])
        wrap_pair(p, rng.choice(["Biller", "Paid to"]), j.to, merchant=j.to)
        p.pair("Consumer number", digits(rng, 12))
        p.pair("Customer name", FIRM.upper())
        p.pair("Bill date", j.other_day(rng, -20, -8))
        p.pair("Due date", j.other_day(rng, 2, 12))
        p.pair("Paid from", f"Current A/c XX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            ref = f"CC01{code(rng, 3, ALNUM)}{digits(rng, 13)}"
            labelled(
                p, rng.choice(["B-Connect Txn No.", "Bharat Connect Ref. No."]), ref, txn=(BANK_RANK, ref)
            )
        if not j.no_day:
            labelled(p, rng.choice(["Paid on", "Transaction date"]), stamp(rng, j.date), date=j.date)
        p.part = "foot"
        p.add("small", "Bharat Connect")
        return p.done()
    if kind == "msedcl_portal":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getHTPaymentReceipt")
        j.to = rng.choice(["Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "MAHAVITARAN"])
        sub = "Online payment receipt - HT consumer"
        num_label, num = "Consumer No.", digits(rng, 12)
        bill = rupees(rng, 200000, 700000, 0.2)
        disc = round(bill * 0.01, 2) if rng.random() < 0.6 else 0.0
    elif kind == "mngl":
        p = browser_page(rng, font, "www.mngl.in/online-payment/receipt")
        j.to = rng.choice(["Maharashtra Natural Gas Ltd", "MNGL"])
        sub = "Commercial PNG - payment receipt"
        num_label, num = "BP No.", digits(rng, 10)
        bill = rupees(rng, 12000, 80000, 0.3)
        disc = 0.0
    else:
        p = paper_page(rng, font, [680, 720])
        j.to = rng.choice(["Nashik Municipal Corporation", "NASHIK MUNICIPAL CORPORATION"])
        sub = "Water Supply Department - water charges receipt"
        num_label, num = "Connection No.", f"NSK/{rng.choice(['W', 'CW'])}/{digits(rng, 6)}"
        bill = rupees(rng, 8000, 60000, 0.5)
        disc = 0.0
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", sub)
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, words)
    p.pair(num_label, num)
    wrap_pair(
        p, rng.choice(["Consumer name", "Name"]), FIRM.upper() if rng.random() < 0.5 else f"{FIRM} ({TRADE})"
    )
    p.pair("Bill month", j.month(1))
    p.pair("Bill amount", rs(bill))
    if disc:
        p.pair("Prompt payment discount", rs(disc))
    paid = round(bill - disc, 2)
    j.amount = paid
    p.pair(rng.choice(["Amount paid", "Total paid"]), rs(paid), amount=paid)
    p.pair(
        "Payment mode",
        {"NEFT": "NEFT", "netbanking": "Net banking", "UPI": "UPI", "card": "Credit card"}[way],
        method=method_of(way),
    )
    if not j.no_ref:
        if kind == "nmc_water":
            rno = f"{rng.randrange(10, 99)}/{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = digits(rng, 12) if kind != "mngl" else f"MNGL{digits(rng, 10)}"
        labelled(
            p,
            rng.choice(["Transaction ID", "Order No."]) if kind == "mngl" else "Transaction ID",
            tid,
            txn=(TXN_RANK, tid),
        )
        if way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way in ("netbanking", "NEFT") and status == "success":
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            labelled(p, rng.choice(["Bank Ref No.", "Bank Reference No."]), bref, txn=(BANK_RANK, bref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, rng.choice(["Payment date", "Date of payment", "Paid on"]), j.day(rng), date=j.date)
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and does not require signature.")
    return p.done()


# ---------------------------------------------------------------- 11. GST, TDS, show tax and staff wages


TAX_KINDS = ["gst", "wage_app", "show_tax", "tds", "wage_voucher", "gst", "show_tax", "wage_app"]


def tax_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The multiplex's GST (PMT-06 challan receipts: GSTIN, CPIN, CIN, BRN, Total challan amount, Tax period (never
    the day), Date of deposit; Awaiting credit from RBI - NEFT pending), the TDS it deducted (challan ITNS 281: TAN,
    BSR Code, Challan No. (no ids), CIN, Amount, Assessment Year; no payee), Nashik Municipal Corporation's
    entertainment (show) tax receipt (the corporation on top, Licence No. (no id), Screens n x shows x rate, Month
    (never the day), Receipt No., Amount paid), and staff wages: a wage IMPS from the firm's app (To / Beneficiary
    the employee) and a WAGE SLIP CUM PAYMENT VOUCHER (the firm's paper, Paid to / Employee the staff member,
    Employee code / UAN (no id), Gross wages, Less: PF @ 12%, Less: ESIC @ 0.75%, Less: Advance, Net paid, Mode and
    UTR / cash, Voucher No.)."""
    k = place("tax_wages")
    status = outcome(k, failed=(7,), pending=(5,))
    kind = TAX_KINDS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    rs = money(rng, font, 0.0, western=0.3)
    if kind == "gst":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        p.part = "head"
        top(p, "Goods and Services Tax")
        p.add("small", "Government of India, States and Union Territories")
        p.add("center", "Payment Receipt - Form GST PMT-06")
        p.add("rule")
        p.part = "body"
        if status == "pending":
            p.add("center", "Awaiting credit from RBI - NEFT", status="pending")
        else:
            p.add("center", rng.choice(["Payment successful", "Paid"]), status="success")
        p.pair("GSTIN", gstin(rng, GST_STATE))
        wrap_pair(p, "Legal name", FIRM)
        p.pair("Tax period", j.month(1))
        cgst = rupees(rng, 60000, 450000, 0.1)
        cess = 0.0
        p.pair("CGST", rs(cgst))
        p.pair("SGST", rs(cgst))
        if rng.random() < 0.4:
            cess = rupees(rng, 2000, 12000, 0.2)
            p.pair("Interest (CGST + SGST)", rs(cess))
        total = round(2 * cgst + cess, 2)
        j.amount = total
        p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
        cpin = f"26{GST_STATE}{digits(rng, 10)}"
        p.pair("CPIN", cpin, **({} if j.no_ref else {"txn": (INVOICE_RANK, cpin)}))
        mode = "NEFT" if status == "pending" else "Net banking"
        p.pair("Mode of payment", mode, method="netbanking")
        if not j.no_ref and status != "pending":
            cin = f"{rng.choice(['HDFC', 'ICIC', 'SBIN'])}26{GST_STATE}{digits(rng, 10)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = digits(rng, 12)
            p.pair("BRN", brn, txn=(BANK_RANK, brn))
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
        return p.done()
    if kind == "tds":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, "Challan Receipt - ITNS 281")
        p.add("small", "Income Tax Department - tax deducted at source")
        p.add("rule")
        p.part = "body"
        p.pair("TAN", f"NSK{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
        wrap_pair(p, "Name", FIRM.upper())
        p.pair("Assessment Year", ay_of(j.date))
        p.pair("Nature of payment", rng.choice(["194C", "194J", "194-I(b)"]))
        amount = rupees(rng, 8000, 95000, 0.6)
        j.amount = amount
        p.pair("Amount (in Rs.)", rs(amount), amount=amount)
        p.add("small", words_in_rupees(amount))
        bsr, serial = digits(rng, 7), f"{rng.randrange(10000, 99999)}"
        p.pair("BSR Code", bsr)
        p.pair("Challan No.", serial)
        p.pair("Mode", "Net banking", method="netbanking")
        if not j.no_ref:
            cin = bsr + j.date.strftime("%d%m%y") + serial
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        if not j.no_day:
            p.pair("Date of deposit", j.day(rng), date=j.date)
        p.add("center", "Paid", status="success")
        return p.done()
    if kind == "show_tax":
        p = paper_page(rng, font, [680, 720])
        j.to = rng.choice(["Nashik Municipal Corporation", "NASHIK MUNICIPAL CORPORATION"])
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", "Tax Department - Entertainment (show) tax")
        p.add("center", rng.choice(["RECEIPT", "SHOW TAX RECEIPT"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"ST/{rng.randrange(100, 999)}/{digits(rng, 5)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Received from", f"{FIRM} ({TRADE})")
        p.pair("Licence No.", f"NMC/CIN/{rng.randrange(10, 99)}")
        p.pair("Month", j.month(1))
        shows = rng.randint(110, 150)
        rate = float(rng.choice([40, 50, 60]))
        amount = 5 * shows * rate
        p.pair(f"5 screens x {shows} shows x {rate:g}", rs(amount))
        j.amount = amount
        p.pair("Amount paid", rs(amount), amount=amount)
        way_ref(p, j, rng.choice(["NEFT", "UPI"]))
        p.add("center", "PAID", status="success")
        p.part = "foot"
        signs(p, "Cashier", "Tax Superintendent")
        return p.done()
    name, role = rng.choice(STAFF)
    gross = float(rng.choice([14500, 16800, 18200, 21000, 24500, 27500]))
    pf = round(min(gross * 0.6, 15000) * 0.12)
    esic = round(gross * 0.0075) if gross <= 21000 else 0.0
    adv = float(rng.choice([0, 0, 1000, 2000]))
    net = float(gross - pf - esic - adv)
    j.amount = net
    if kind == "wage_voucher":
        p = paper_page(rng, font, [680, 720])
        our_head(p, FIRM, ["WAGE SLIP CUM PAYMENT VOUCHER"], merchant=False)
        j.to = name
        if not j.no_ref:
            vno = doc_no(rng, "WV", j)
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.pair(rng.choice(["Paid to", "Employee"]), name, merchant=name)
        p.pair("Designation", role)
        p.pair("Employee code", f"SWL{rng.randrange(100, 400)}")
        p.pair("Wage month", j.month(1))
        p.pair("Gross wages", rs(gross))
        p.pair("Less: PF @ 12%", rs(float(pf)))
        if esic:
            p.pair("Less: ESIC @ 0.75%", rs(float(esic)))
        if adv:
            p.pair("Less: Salary advance", rs(adv))
        p.pair("Net paid", rs(net), amount=net)
        p.add("small", words_in_rupees(net))
        way_ref(p, j, "cash")
        p.add("center", "PAID", status="success")
        p.part = "foot"
        signs(p, "Employee's signature", "Authorised signatory")
        return p.done()
    p = phone_page(rng, font, k, ["Transfer status", ""])
    rs = money(rng, font, 0.5)
    head(p, "Bank of Maharashtra - mahaMobile", (0, 84, 150), p.style["h106"]["dark"], ["IMPS - Other bank"])
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["IMPS transfer successful", "Money sent"],
            "failed": ["IMPS transfer failed - invalid beneficiary account"],
            "pending": ["IMPS under process"],
        },
    )
    p.add("big", rs(net), amount=net)
    j.to = name.upper() if rng.random() < 0.5 else name
    wrap_pair(p, rng.choice(["To", "Beneficiary"]), j.to, merchant=j.to)
    bank, num, ifsc = acct(rng)
    p.pair("A/c", num)
    p.pair("IFSC", ifsc)
    p.pair("Mode", "IMPS", method="netbanking")
    if not j.no_ref:
        labelled(p, rng.choice(["IMPS Ref No", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Date & time", "Transferred on"]), stamp(rng, j.date), date=j.date)
    p.pair("Remarks", f"Wages {j.month(1)}"[:24])
    return p.done()


# ---------------------------------------------------------------- 12. refunds of cancelled shows


REFUND_KINDS = ["mail", "gateway", "voucher", "card", "mail", "gateway", "voucher", "mail"]


def show_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Refunds of cancelled shows to moviegoers: the multiplex's e-mail (Show cancelled - refund processed / Refund
    initiated / Refund failed - original payment instrument closed: Customer / Refund to the moviegoer, Booking ID
    (the original, no id), Film and show (never the day), Amount paid, Convenience fee (refunded / not refunded),
    Refund amount, Refund ID, UPI Ref No. / ARN, Refunded on / Initiated on / Failed on), Razorpay's refund page
    (Refund ID rfnd_..., the original Payment ID (no id), Refund amount, ARN / RRN, Processed on) and the box office's
    REFUND VOUCHER (serif; the multiplex on top, Refund voucher No., Refunded to / Payee the moviegoer, ticket
    stubs, Amount refunded, cash or UPI), and the box office's card terminal's REFUND slip (CUSTOMER the moviegoer is
    not printed: the slip's payee is the card's holder, CARD HOLDER: as printed)."""
    k = place("show_refunds")
    status = outcome(k, failed=(4,), pending=(0,))
    kind = REFUND_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5)
    goer = rng.choice(GOERS)
    j.to = goer.upper() if rng.random() < 0.25 else goer
    film = rng.choice(FILMS)[0]
    n = rng.randint(1, 6)
    rate = float(rng.choice([180, 220, 250, 320, 420]))
    tickets = n * rate
    fee = round(n * 30 * 1.18, 2)
    keep_fee = rng.random() < 0.4
    refund = tickets if keep_fee else round(tickets + fee, 2)
    j.amount = refund
    if kind == "card":
        p = slip_page(rng, font)
        p.part = "head"
        p.add("center", rng.choice(MAKERS))
        p.add("center", TRADE.upper())
        p.add("center", "REFUND")
        p.add("rule")
        p.part = "body"
        if not j.no_day:
            p.pair("DATE:", when(j.date, rng.choice(SLIP_DAYS), upper=True), date=j.date)
        p.pair("TID:", digits(rng, 8))
        p.pair("CARD:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD HOLDER:", j.to.upper(), merchant=j.to.upper())
        if not j.no_ref:
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("REFUND AMT:", f"INR {refund:.2f}", amount=refund)
        p.add("center", "REFUND APPROVED", status="success")
        p.add("small", "CREDIT TO CARD IN 5-7 WORKING DAYS")
        return p.done()
    rs = money(rng, font, 0.0)
    words = {
        "success": ["Refund processed", "Show cancelled - refund processed", "Refunded"],
        "failed": ["Refund failed - original payment instrument closed"],
        "pending": ["Refund initiated", "Refund in process"],
    }
    if kind == "voucher":
        p = paper_page(rng, font, [640, 680])
        our_head(
            p, rng.choice([TRADE, TRADE.upper()]), ["REFUND VOUCHER", "TICKET REFUND VOUCHER"], merchant=False
        )
        if not j.no_ref:
            vno = doc_no(rng, "RV", j)
            p.pair(rng.choice(["Refund voucher No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refunded to", "Payee"]), j.to, merchant=j.to)
        p.pair("Film / show", f"{film}, {rng.choice(SHOW_TIMES)}")
        p.pair("Reason", rng.choice(["Show cancelled - projector fault", "Show cancelled - power outage"]))
        p.pair(f"Tickets {n} x {rate:g}", rs(tickets))
        p.pair("Amount refunded", rs(refund), amount=refund)
        way = rng.choice(["cash", "UPI"])
        way_ref(p, j, way)
        p.add("center", "REFUNDED", status="success")
        p.part = "foot"
        signs(p, "Receiver's signature", "Box office manager")
        return p.done()
    if kind == "gateway":
        p = browser_page(rng, font, "dashboard.razorpay.com/app/refunds")
        p.part = "head"
        top(p, "Razorpay")
        p.add("small", f"{FIRM} - refunds")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        p.pair("Refund amount", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refund to"]), j.to, merchant=j.to)
        p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}")
        p.pair("Method", "UPI", method="UPI")
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                labelled(p, rng.choice(["RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(
                p, "Processed on" if status == "success" else "Initiated on", stamp(rng, j.date), date=j.date
            )
        return p.done()
    p = mail_page(
        rng, font, f"{TRADE} <care@{SLUG}.in>", ["Your show has been cancelled", "Refund for your booking"]
    )
    p.part = "head"
    top(p, TRADE)
    p.add("small", f"{ROAD}, {TOWN}")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Customer", "Refund to"]), j.to, merchant=j.to)
    p.pair("Booking ID", f"SWS{digits(rng, 8)}")
    p.pair("Film / show", f"{film}, {rng.choice(SHOW_TIMES)}")
    p.pair("Amount paid", rs(round(tickets + fee, 2)))
    p.pair("Convenience fee", f"{rs(fee)} ({'not refunded' if keep_fee else 'refunded'})")
    p.pair("Refund amount", rs(refund), amount=refund)
    way = rng.choice(["UPI", "card"])
    p.pair("Refund to source", "UPI" if way == "UPI" else f"Card {masked(rng, font)}", method=way)
    if not j.no_ref:
        rid = f"RF{digits(rng, 10)}"
        labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
        if status == "success":
            ref = j.ref if way == "UPI" else f"7{digits(rng, 22)}"
            labelled(p, "UPI Ref No." if way == "UPI" else "ARN", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        lab = {"success": "Refunded on", "failed": "Failed on", "pending": "Initiated on"}[status]
        labelled(p, lab, j.day(rng), date=j.date)
    p.part = "foot"
    p.add("small", "We regret the inconvenience. Refunds reach your account in 5-7 working days.")
    return p.done()


compose = compose158

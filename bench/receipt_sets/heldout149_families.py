"""The twelve heldout149 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a bakery and confectionery chain's day in 2026 (Orange City Bakes, run by Santra
Confections Pvt Ltd, with its central kitchen at MIDC Hingna, Nagpur and outlets in Nagpur, Raipur, Bhopal, Jabalpur,
Amravati, Akola, Chandrapur and Wardha), told by the proofs of payment it receives and makes: walk-in customers' UPI
(seen from the customer's app and from the outlet's merchant app), the counters' card, meal-card, wallet and QR
slips, custom-cake advances and balances (the outlet's order receipts and its payment links), corporate clients' and
caterers' transfers and their payment advices net of TDS, the food-delivery platforms' weekly payouts, the flour
mills', dairies', sugar, chocolate and egg suppliers' bills, the packaging and cold-chain vendors (their bills and
receipts and the company's transfers to them), commercial LPG cylinders and equipment repairs, the outlets' rent and
electricity, FSSAI licence, trade licence, GST and TDS payments, the POS, online-store and office software, and
refunds for wrong orders. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, items, weights, messages on cakes, delivery and pickup
days, order values and balances due, advances already paid, invoice numbers and days under an advice, a remark or a
refund, gross values, GST, TDS and TCS lines, commissions, fees and deductions, payout weeks, outlet, restaurant and
client ids, purchase orders, e-way bills, vehicles, consumer and cash-memo consumer numbers, bill months, loads,
units, licence and application numbers, wards, financial and assessment years, tax periods, BSR codes and challan
serials, GSTIN, FSSAI numbers, IFSC, account numbers, MID, TID, batch, TC and the payer's own details carry no
fact. ``compose`` is heldout121's (heldout119's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, method_of, paper_page, phone_page, slip_page

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"
HEX = "0123456789ABCDEF"

# town, PIN code, the outlet's locality, state, GST state code
TOWNS = [("Nagpur", "440010", "Dharampeth", "Maharashtra", "27"),
         ("Raipur", "492001", "Pandri", "Chhattisgarh", "22"),
         ("Bhopal", "462016", "Arera Colony", "Madhya Pradesh", "23"),
         ("Jabalpur", "482002", "Napier Town", "Madhya Pradesh", "23"),
         ("Amravati", "444601", "Rajapeth", "Maharashtra", "27"),
         ("Akola", "444001", "Jathar Peth", "Maharashtra", "27"),
         ("Chandrapur", "442401", "Tukum", "Maharashtra", "27"),
         ("Wardha", "442001", "Civil Lines", "Maharashtra", "27")]
# the chain: its trade name, the long form on its paper, the company that runs it
TRADE = "Orange City Bakes"
LONG = "Orange City Bakes & Confectionery"
FIRM = "Santra Confections Pvt Ltd"
KITCHEN = "Central kitchen: Plot B-41, MIDC Hingna, Nagpur - 440016"
SLUG = "orangecitybakes"
CODE = "OCB"
CUSTOMERS = ["Aarav Deshmukh", "Sneha Agrawal", "Rahul Tiwari", "Pooja Wankhede", "Imran Qureshi", "Neha Chouksey",
             "Vikram Thakur", "Shruti Bhonsle", "Ankit Jaiswal", "Priyanka Kale", "Saurabh Dubey", "Mehul Shah"]
BANK_HEADS = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank", "UTIB"),
              ("Kotak Mahindra Bank", "KKBK"), ("Bank of Maharashtra", "MAHB")]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Maharashtra",
         "Bank of Baroda", "Canara Bank", "Union Bank of India", "Punjab National Bank"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen at the counter."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%y", "%Y-%m-%d"]
BAKE_SUB = ["Cakes | Pastries | Breads | Cookies | Celebrations", "Bakers & confectioners since 1998",
            "Fresh bakes, custom cakes & party orders"]


def ours(rng: random.Random, town: int, *, firm: float = 0.2, branch: float = 0.25, caps: float = 0.2) -> str:
    """The chain as a payee: its trade name, the outlet's (trade name - locality) on some, the company on some, in
    capitals on some."""
    r = rng.random()
    name = FIRM if r < firm else f"{TRADE} - {TOWNS[town][2]}" if r < firm + branch else TRADE
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 150000, p_round: float = 0.6, firm: float = 0.2, branch: float = 0.25,
                 caps: float = 0.2, town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a delivery's, a validity's): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's, a service's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True,
               gst: bool = True, address: str | None = None) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", address or f"{rng.choice(['Shop', 'Plot', 'Unit', 'Gala'])} {rng.randrange(2, 120)}, "
                              f"{city[2]}, {city[0]} - {city[1]}")
    if gst:
        p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead on
    a page without a day: both UTRs spell the day), an approval code and an RRN for a card; none for cash or a
    cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank Ref. No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (counter QR)", "BHIM UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[way]


def method_for(way: str) -> str:
    """The README's way: a cheque is "cheque", NEFT / RTGS / IMPS "netbanking"."""
    return {"cheque": "cheque"}.get(way, method_of(way))


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def usd(rng: random.Random):
    """A dollar sum's way of printing: $, US$ or USD, western grouping."""
    mark = rng.choice(["$", "US$ ", "USD "])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def gst_rows(p: Screen, rs, sub: float, rate: float, *, igst: bool = False) -> float:
    """CGST and SGST (or IGST) at ``rate`` on ``sub``; returns the tax."""
    tax = round(sub * rate, 2)
    if igst:
        p.pair(f"IGST @ {rate * 100:g}%", rs(tax))
    else:
        half = round(tax / 2, 2)
        p.pair(f"CGST @ {rate * 50:g}%", rs(half))
        p.pair(f"SGST @ {rate * 50:g}%", rs(half))
        tax = 2 * half
    return tax


def vpa_of(rng: random.Random, name: str) -> str:
    base = "".join(c for c in name.split()[0].lower() if c.isalpha())[:10]
    return rng.choice([f"{base}{rng.randrange(10, 999)}@{rng.choice(['oksbi', 'okaxis', 'ybl', 'paytm', 'ibl'])}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'okhdfcbank'])}"])


# ---------------------------------------------------------------- 1. walk-in customers' UPI at the counter


UPI_FRAMES = [("customer", "PhonePe"), ("merchant", "PhonePe Business"), ("customer", "Paytm"),
              ("customer", "Google Pay"), ("customer", "BHIM"), ("merchant", "BharatPe"), ("customer", "CRED"),
              ("merchant", "Paytm for Business")]
MERCHANT_APPS = {"PhonePe Business": (95, 37, 159), "BharatPe": (0, 128, 120), "Paytm for Business": (0, 40, 110)}
COUNTER_NOTES = ["Black forest 1/2 kg", "Veg puffs x4", "Pastries", "Bread + rusk", "Birthday cake", "Cookies 500 g",
                 "Plum cake", "Sandwich + cold coffee", "Khari & toast", "Cake balance", "Brownies box"]
QR_SPOTS = ["Billing counter - static QR", "Counter 1 soundbox", "Cake counter QR", "Cafe corner QR",
            "Home delivery QR", "Counter 2 soundbox"]


def merchant_id(rng: random.Random, app: str, j: Job) -> tuple[str, str, tuple]:
    """The merchant app's own id for a payment received: PhonePe's T... (its day in it), BharatPe's, Paytm's."""
    if app == "PhonePe Business" and not j.no_day:
        own = f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
        return "Transaction ID", own, (TXN_RANK, own)
    if app == "Paytm for Business":
        own = digits(rng, 20)
        return "Order ID", own, (ORDER_RANK, own)
    own = digits(rng, 14)
    return rng.choice(["Txn ID", "Transaction ID"]), own, (TXN_RANK, own)


def merchant_upi(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The outlet's own merchant app after a customer paid its QR (PhonePe Business, BharatPe, Paytm for Business):
    the app on its band, the outlet under Business name / Store / Outlet or alone (the payee), Payment received /
    Money received / Received successfully, the sum large, the customer (from <NAME>, Received from <name>, From
    <handle>: never the payee), Received via / Payment mode UPI, the QR or soundbox that took it, Customer note on
    some, the UPI reference and the app's own id, Received on / Date & time, Settled to (the company's account)."""
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    dark = p.style["h106"]["dark"]
    rs = money(rng, font, 0.6)
    head(p, app, MERCHANT_APPS[app], dark, ["Payments", "Business account", "Collections"])
    p.part = "body"
    form = rng.random()
    if form < 0.4:
        p.add("small", rng.choice(["Business name", "Store", "Outlet"]))
        p.add("center", j.to, merchant=j.to)
    elif form < 0.7 and fits(p, "pair", f"Outlet {j.to}    "):
        p.pair(rng.choice(["Business", "Store", "Outlet"]), j.to, merchant=j.to)
    else:
        p.add("center", j.to, merchant=j.to)
    outcome_row(p, "success", {"success": ["Payment received", "Money received", "Received successfully"]})
    p.add("big", rs(j.amount), amount=j.amount)
    payer = rng.choice(CUSTOMERS)
    p.add("small", rng.choice([f"from {payer.upper()}", f"Received from {payer}", f"From {vpa_of(rng, payer)}"]))
    p.pair(rng.choice(["Received via", "Payment mode"]), rng.choice(["UPI", "UPI - QR", "UPI (soundbox QR)"]),
           method="UPI")
    p.pair(rng.choice(["QR", "Collected at"]), rng.choice(QR_SPOTS))
    if rng.random() < 0.5:
        p.pair("Customer note", rng.choice(COUNTER_NOTES))
    if not j.no_ref:
        rows = [(rng.choice(["UPI Ref. No.", "UTR", "Bank reference no.", "RRN"]), j.ref, (UTR_RANK, j.ref))]
        if rng.random() < 0.7:
            rows.insert(rng.randrange(2), merchant_id(rng, app, j))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Received on", "Date & time"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Settled to", "Settlement account"]),
           f"{rng.choice(['HDFC Bank', 'SBI', 'Axis Bank', 'ICICI Bank'])} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Settlement: instant to bank account", "Soundbox announced this payment",
                               "Need help? Raise a ticket from Help"]))
    return p.done()


def counter_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A walk-in customer's UPI at an outlet's counter: five of the customer's app (PhonePe, Paytm, Google Pay, BHIM,
    CRED; heldout125's result screen, the outlet (the chain's trade name, the outlet's, the company's on some) under
    Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note / Message
    / Remarks on most) and three of the outlet's merchant app (``merchant_upi``)."""
    k = place("counter_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=40, high=4500, p_round=0.9)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([60, 120, 180, 240, 350, 480, 550, 720, 900, 1250]))
    if side == "merchant":
        return merchant_upi(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, TRADE, WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(COUNTER_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. the counters' card, meal-card, wallet and QR slips


MAKERS = ["PINE LABS", "PAYTM EDC", "HDFC BANK", "PAYTM EDC", "ICICI BANK", "MSWIPE", "SBI PAYMENTS", "RAZORPAY POS"]
CARD_KINDS = ["card", "tap", "card", "wallet", "card", "meal", "qr", "card"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%y"]
MEAL_CARDS = ["PLUXEE MEAL CARD", "ZAGGLE ZINGER MEAL", "HDFC FOODPLUS CARD"]


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An outlet's counter terminal slip (Pine Labs, Paytm EDC, HDFC Bank, ICICI Bank, Mswipe, SBI Payments, Razorpay
    POS; monospace): the maker on top on some, the outlet in capitals (the payee: the trade name, the outlet's or the
    company's), its locality and town, SALE / CONTACTLESS SALE / WALLET SALE / MEAL CARD SALE / UPI QR SALE, the day
    and hour (DATE .. TIME .. on a row, TXN DATE / TXN TIME, DATE/TIME), MID / TID / BATCH (no id), BILL NO / INVOICE
    / ROC, a card's CARD NUM, EXP, CARD TYPE, ENTRY, TC on some, APPR CODE / AUTH NO and RRN; a meal card's CARD
    (PLUXEE MEAL CARD) and the same; a wallet's WALLET PAYTM WALLET, MOBILE, ORDER ID and WALLET TXN ID; a QR's MODE
    UPI, PAYER VPA and QR TXN ID; AMOUNT / SALE AMOUNT / TOTAL; APPROVED / TXN APPROVED / DECLINED with its RC /
    PAYMENT PENDING (CHECK APP BEFORE HANDING OVER THE ORDER)."""
    k = place("counter_card")
    status = outcome(k, failed=(2,), pending=(6,))
    kind = CARD_KINDS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=120, high=9000, p_round=0.6, town=k)
    p = slip_page(rng, font)
    name = rng.choice([TRADE, TRADE, FIRM, f"{TRADE} - {TOWNS[k][2]}"]).upper()
    if not fits(p, "center", name):
        name = TRADE.upper()
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add("center", {"card": rng.choice(["SALE", "CARD SALE"]), "tap": "CONTACTLESS SALE",
                     "wallet": "WALLET SALE", "meal": "MEAL CARD SALE", "qr": "UPI QR SALE"}[kind])
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TXN TIME:"]), clock)
    else:
        text = when(j.date, rng.choice(CARD_DAYS), upper=True)
        form = rng.random()
        one = f"DATE {text}  TIME {clock}"
        if form < 0.4 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("TXN DATE:", text, date=j.date)
            p.pair("TXN TIME:", clock)
        else:
            p.pair("DATE/TIME:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MERCHANT ID:", "MID:"]), digits(rng, 15))
    p.pair(rng.choice(["TERMINAL ID:", "TID:"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH:", f"{rng.randrange(1, 999):03d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC:", "INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "qr":
        p.pair("MODE:", "UPI", method="UPI")
        p.pair("PAYER VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'ptsbi'])}")
        if not j.no_ref:
            qid = f"QR{digits(rng, 14)}"
            p.pair("QR TXN ID:", qid, txn=(TXN_RANK, qid))
    elif kind == "wallet":
        p.pair("WALLET:", "PAYTM WALLET", method="wallet")
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            oid = digits(rng, 12)
            p.pair("ORDER ID:", oid, txn=(ORDER_RANK, oid))
            wid = digits(rng, 16)
            p.pair("WALLET TXN ID:", wid, txn=(TXN_RANK, wid))
    else:
        if kind == "meal":
            p.pair("CARD:", rng.choice(MEAL_CARDS))
            card = f"6{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}"
            p.pair("CARD NO:", card, method="card")
            p.pair("CARD TYPE:", "RUPAY PREPAID")
        else:
            net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
            first = {"VISA": "4", "MASTERCARD": "5", "RUPAY": "6"}[net] + digits(rng, 3)
            card = f"XXXX XXXX XXXX {digits(rng, 4)}" if rng.random() < 0.5 else f"{first} XXXX XXXX {digits(rng, 4)}"
            p.pair(rng.choice(["CARD NUM:", "CARD:"]), card, method="card")
            p.pair("EXP:", "**/**")
            p.pair("CARD TYPE:", f"{net} {rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("ENTRY:", "TAP" if kind == "tap" else rng.choice(["CHIP", "CHIP", "SWIPE"]))
        if rng.random() < 0.5:
            p.pair("TC:", code(rng, 16, HEX))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "REF NUM:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5
    text = f"{mark}{j.amount:,.2f}" if grouped else f"{mark}{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL:"]), text, amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED",
                     "pending": "PAYMENT PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS", "RC 05 - DO NOT HONOUR",
                                    "RC 54 - EXPIRED CARD"]))
    elif status == "pending":
        p.add("small", "CHECK APP BEFORE HANDING OVER THE ORDER")
    p.part = "foot"
    if status == "success" and kind in ("card", "meal"):
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "success" and kind == "tap":
        p.add("small", "TAP & GO - NO PIN REQUIRED")
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. custom-cake advances and balances


CAKES = [("Belgian chocolate truffle", 1100), ("Pineapple fresh cream", 650), ("Rasmalai fusion", 1200),
         ("Red velvet cream cheese", 1300), ("Black forest", 700), ("Mango delight", 900),
         ("Butterscotch crunch", 750), ("Blueberry cheesecake", 1600)]
WEIGHTS = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0]
CAKE_EXTRAS = [("Photo print on cake", 350), ("Fondant topper - cartoon", 600), ("Two-tier structure", 800),
               ("Name board (chocolate)", 150), ("Number candles & knife", 60), ("Home delivery", 150)]
MESSAGES = ["Happy Birthday Riya", "Happy 8th Birthday Aarav", "Happy Anniversary Mom & Dad", "Congratulations Team",
            "Welcome Baby Girl", "Happy Retirement Sharma Sir", "Best Wishes Neha & Rohit"]
SHAPES = ["Round", "Heart", "Square", "Number 5", "Book (open)"]
# the page (an advance receipt, a balance receipt, a payment link) and the way
CAKE_PAGES = [("advance", "cash"), ("balance", "UPI"), ("advance", "card"), ("link", "UPI"), ("balance", "cash"),
              ("link", "card"), ("advance", "UPI"), ("link", "UPI")]
LINKS = {3: ("Razorpay", "rzp.io/l/"), 5: ("PayU", "u.payu.in/"), 7: ("Cashfree Payments", "payments.cashfree.com/links/")}


def cake_lines(rng: random.Random) -> tuple[list[tuple[str, float]], str, str]:
    """A custom cake's lines (the cake by weight, its extras), its description and the message on it."""
    cake, rate = rng.choice(CAKES)
    kg = rng.choice(WEIGHTS)
    lines = [(f"{cake} - {kg:g} kg x {rate}", float(round(kg * rate)))]
    for extra, price in rng.sample(CAKE_EXTRAS, rng.randint(0, 2)):
        lines.append((extra, float(price)))
    return lines, f"{cake}, {kg:g} kg", rng.choice(MESSAGES)


def cake_orders(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's custom-cake bookings (serif): its CAKE ORDER - ADVANCE RECEIPT / CUSTOM CAKE BOOKING (three: the
    chain on top, Order No. / Booking No., Order date / Date, Customer, Mobile, Pickup on / Delivery on <day and hour>
    (no fact), Cake, Shape, Eggless, Message on cake, the lines, Total order value (incl. GST) (no fact), Advance
    received / Advance paid (the sum), Balance due at pickup (no fact), Mode / Paid by; ADVANCE RECEIVED - ORDER
    CONFIRMED / ORDER BOOKED), its BALANCE RECEIPT / CAKE DELIVERY - FINAL RECEIPT (two: Order No., Date / Delivered
    on, Total order value, Less: Advance paid (Rcpt .. on <day>) (no fact), Balance received / Amount received now
    (the sum), Mode; PAID IN FULL / BALANCE RECEIVED - THANK YOU) and the payment links it sends for the advance
    (three: Razorpay, PayU, Cashfree Payments hosted pages on the customer's phone: the chain on top (the payee),
    Custom cake advance, the outcome, the sum large, Order ref, Paid by / Customer, Payment method, Payment ID /
    Transaction ID, Paid on / Attempted on / Initiated on, Secured by <gateway>; Payment successful / Payment failed /
    Payment processing)."""
    k = place("cake_orders")
    status = outcome(k, failed=(5,), pending=(3,))
    page, way = CAKE_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.15, branch=0.3)
    lines, cake, message = cake_lines(rng)
    total = round(sum(v for _, v in lines), 2)
    advance = float(whole(total * rng.uniform(0.3, 0.6), 100))
    customer = rng.choice(CUSTOMERS)
    order_no = f"CK/{CODE}{k + 1}/{j.year()}{rng.randrange(100, 9999):04d}"
    if page == "link":
        gw, site = LINKS[k]
        j.amount = advance
        p = phone_page(rng, font, k, ["", site + code(rng, 6, MIXED)])
        rs = money(rng, font, 0.7)
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", f"{TOWNS[k][2]}, {TOWNS[k][0]}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment completed"],
                                "failed": ["Payment failed"], "pending": ["Payment processing"]})
        p.add("big", rs(advance), amount=advance)
        p.add("center", rng.choice(["Custom cake advance", "Cake booking advance"]))
        if not j.no_ref:
            ref = order_no.replace("/", "-")
            p.pair("Order ref", ref, txn=(ORDER_RANK, ref))
        wrap_pair(p, rng.choice(["Paid by", "Customer"]) if status == "success" else "Customer", customer)
        p.pair("Mobile", f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}")
        p.pair(rng.choice(["Payment method", "Paid using"]),
               "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
               method=way)
        if not j.no_ref:
            pid = {"Razorpay": f"pay_{code(rng, 14, MIXED)}", "PayU": digits(rng, 11),
                   "Cashfree Payments": f"CF{digits(rng, 12)}"}[gw]
            labelled(p, "Payment ID" if gw != "PayU" else "Transaction ID", pid, txn=(TXN_RANK, pid))
            if status == "success" and way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(p, {"success": "Paid on", "failed": "Attempted on", "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        elif status == "pending":
            p.add("small", "We are confirming this payment with your bank. The bakery will call you once it is done.")
        p.part = "foot"
        p.add("gap")
        p.add("small", f"Secured by {gw}")
        return p.done()
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = ["CAKE ORDER - ADVANCE RECEIPT", "CUSTOM CAKE BOOKING"] if page == "advance" else \
        ["BALANCE RECEIPT - CAKE ORDER", "CAKE DELIVERY - FINAL RECEIPT"]
    letterhead(p, k, j.to, kinds, sub=rng.choice(BAKE_SUB))
    if not j.no_ref:
        p.pair(rng.choice(["Order No.", "Booking No."]), order_no, txn=(INVOICE_RANK, order_no))
    if not j.no_day:
        p.pair(rng.choice(["Order date", "Date"]) if page == "advance" else rng.choice(["Date", "Delivered on"]),
               j.day(rng), date=j.date)
    wrap_pair(p, "Customer", customer)
    p.pair("Mobile", f"{rng.choice('6789')}XXXXX{digits(rng, 4)}")
    if page == "advance":
        if not j.no_day:
            p.pair(rng.choice(["Pickup on", "Delivery on"]), f"{j.other_day(rng, 1, 6)}, {hhmm(rng)}")
        wrap_pair(p, "Cake", cake)
        p.pair("Shape", rng.choice(SHAPES))
        p.pair("Eggless", rng.choice(["Yes", "No"]))
        wrap_pair(p, "Message on cake", f'"{message}"')
    else:
        wrap_pair(p, "Cake", cake)
    p.add("rule")
    if page == "advance":
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        p.pair(rng.choice(["Total order value (incl. GST)", "Order value (incl. GST)"]), rs(total))
        j.amount = advance
        p.pair(rng.choice(["Advance received", "Advance paid"]), rs(advance), amount=advance)
        p.pair("Balance due at pickup", rs(round(total - advance, 2)))
    else:
        p.pair("Total order value", rs(total))
        prior = "Less: Advance paid"
        if not j.no_ref:
            prior += f" (Rcpt {rng.randrange(1000, 99999)}"
            prior += ")" if j.no_day else f" on {j.other_day(rng, -6, -1)})"
        elif not j.no_day:
            prior += f" on {j.other_day(rng, -6, -1)}"
        wrap_pair(p, prior, rs(advance))
        j.amount = round(total - advance, 2)
        p.pair(rng.choice(["Balance received", "Amount received now"]), rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "ICIC"])
    word = rng.choice(["ADVANCE RECEIVED - ORDER CONFIRMED", "ORDER BOOKED"]) if page == "advance" else \
        rng.choice(["PAID IN FULL", "BALANCE RECEIVED - THANK YOU"])
    p.add("center", word, status="success")
    p.part = "foot"
    p.add("small", rng.choice(["Advance is not refundable on cancellation within 24 hours of pickup.",
                               "Please bring this receipt at pickup. Cakes are best consumed within 24 hours."]))
    right(p, f"For {TRADE}")
    seal(p, TRADE, f"{TOWNS[k][0].upper()} OUTLET", None if j.no_day else j.date,
         "ADVANCE RECEIVED" if page == "advance" else "PAID")
    return p.done()


# ---------------------------------------------------------------- 4. corporate clients' and caterers' transfers


CLIENTS = [("Vidarbha Infotech Pvt Ltd", "vidarbhainfotech"), ("Shree Krishna Caterers", "shreekrishnacaterers"),
           ("Lakeview Hospital & Research Centre", "lakeviewhospital"), ("Narmada Steel Industries Ltd", "narmadasteel"),
           ("Royal Banquets & Caterers", "royalbanquets"), ("Satpuda Public School Society", "satpudaschool"),
           ("Deccan Fintech Solutions LLP", "deccanfintech"), ("Annapurna Event Caterers", "annapurnaevents")]
XFER = {1: ("Kotak Biz", (237, 28, 36), "app", "IMPS", "KKBK"),
        2: ("Axis Corporate Internet Banking", None, "web", "NEFT", "UTIB"),
        3: ("SBI Corporate Internet Banking", None, "web", "RTGS", "SBIN"),
        5: ("ICICI InstaBIZ", (150, 36, 28), "app", "NEFT", "ICIC"),
        7: ("bob World Business", (240, 100, 30), "app", "IMPS", "BARB")}
XFER_URLS = {"Axis Corporate Internet Banking": "corporate.axisbank.co.in/payments/neft/acknowledgement",
             "SBI Corporate Internet Banking": "corp.onlinesbi.sbi/corporate/rtgs/status"}
CORP_NOTES = ["Diwali hampers - 240 boxes", "Annual day cake & snacks", "Bread & bun supply", "Cookies gift packs",
              "Wedding order - 3 tier cake + desserts", "Canteen bakery supply", "Staff birthday cakes - quarter",
              "Event desserts - 450 pax"]
ADVICE_MODES = {0: "NEFT", 4: "IMPS", 6: "RTGS"}
# section, rate, what it is deducted on
TDS_SECTIONS = [("194C @ 2%", 0.02, "catering"), ("194C @ 1%", 0.01, "catering"), ("194Q @ 0.1%", 0.001, "goods")]


def payment_advice(rng: random.Random, font: str, k: int, status: str) -> tuple[list, dict, dict]:
    """A corporate client's accounts team's PAYMENT ADVICE / Remittance Advice / Vendor Payment Advice e-mail: the
    client on top (the payer), Vendor / Payee / Paid to the chain's company (the payee), Vendor code / Supplier code,
    PO No. on some (no id), the invoices paid with their numbers and days (no id), Gross invoice value, Less: TDS u/s
    194C @ 2% / 1% (a catering contract) or u/s 194Q @ 0.1% (a purchase of goods) on the value before GST, Net amount
    paid / Amount remitted / Net payment (the sum), Payment mode, Credited to and IFSC, UTR No. / UTR / IMPS Ref No.
    and Payment doc No. / Payment voucher No., Payment date / Value date, Status Paid / Processed / Remitted."""
    mode = ADVICE_MODES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=False, town=0, firm=0.8, branch=0.0, caps=0.3)
    payer, slug = CLIENTS[k]
    p = mail_page(rng, font, f"{payer.split(' Pvt')[0].split(' LLP')[0].split(' Ltd')[0]} Accounts <"
                             f"{rng.choice(['ap', 'payables', 'accounts'])}@{slug}.in>",
                  ["Payment advice", "Remittance advice - vendor payment", "Payment intimation"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts payable", "Finance & accounts"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance Advice", "Vendor Payment Advice"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    p.add("left", rng.choice(["We have released the payment below to your bank account.",
                              "Please find below the details of our payment to you."]))
    wrap_pair(p, rng.choice(["Vendor", "Payee", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP'])}{digits(rng, 6)}")
    if not j.no_ref and rng.random() < 0.5:
        p.pair("PO No.", f"45{digits(rng, 8)}")
    p.add("rule")
    section, rate, kind = rng.choice(TDS_SECTIONS)
    low, high = (300000, 900000) if mode == "RTGS" else (12000, 180000)
    bases = [whole(rng.uniform(low, high) / 1.18, 10) for _ in range(rng.choice([1, 1, 2, 3]))]
    gross = 0.0
    for base in bases:
        value = round(base * 1.18, 2)
        gross += value
        if j.no_ref:
            label = f"Supply of {rng.choice(['cakes & desserts', 'bakery items', 'gift hampers'])}"
        else:
            billed = j.date - dt.timedelta(days=rng.randrange(4, 45))
            label = f"Inv {CODE}/{fy(billed)}/{rng.randrange(100, 2999):04d} dt {when(billed, rng.choice(DAY_PATS))}"
        wrap_pair(p, label, rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross invoice value", "Total invoice amount"]), rs(gross))
    tds = round(sum(bases) * rate, 2)
    p.pair(f"Less: TDS u/s {section}", rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount remitted", "Net payment"]), rs(net), amount=net)
    p.pair(rng.choice(["Payment mode", "Mode"]), mode, method="netbanking")
    bank, head4 = rng.choice(BANK_HEADS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{head4}0{digits(rng, 6)}")
    if not j.no_ref:
        heads = ["HDFC", "ICIC", "UTIB", "SBIN"]
        ref = {"NEFT": neft_utr(rng.choice(heads), rng, j.date), "RTGS": rtgs_utr(rng.choice(heads), rng, j.date),
               "IMPS": j.ref}[mode]
        p.pair("IMPS Ref No." if mode == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment doc No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Processed", "Remitted"]), status="success")
    p.add("small", "TDS certificate in Form 16A will be shared after the quarter's TDS return is filed.")
    p.part = "foot"
    p.add("small", "System generated advice - please do not reply to this mail.")
    return p.done()


def corporate_orders(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate client or a caterer paying the chain for bulk and party orders: its bank after an NEFT, RTGS or
    IMPS (five: Kotak Biz, Axis Corporate Internet Banking, SBI Corporate Internet Banking, ICICI InstaBIZ, bob World
    Business; heldout124's page, the chain's company (its trade name on some) under Beneficiary / Vendor name / Pay to
    / Credit to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and the bank's Bank Ref No. / Reference No. /
    Transaction ID on some, the day, the debit account, Remarks / Narration / Purpose (Diwali hampers - 240 boxes, or
    "Inv OCB/25-26/0416 less TDS"), Debit account name / Remitter and Created by / Approved by on the web pages) or its
    accounts team's payment advice e-mail (three, ``payment_advice``)."""
    k = place("corporate_orders")
    status = outcome(k, failed=(3,), pending=(5,))
    if k not in XFER:
        return payment_advice(rng, font, k, status)
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (5000, 190000), "NEFT": (15000, 450000), "RTGS": (200000, 850000)}[mode]
    j = Job(rng, status, no_ref=False, no_day=k == 1, low=low, high=high, p_round=0.6, firm=0.6, branch=0.0,
            caps=0.4, town=0)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay vendor", payee_labels=["Beneficiary", "Vendor name", "Pay to", "Credit to"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(CORP_NOTES)
    if not j.no_day and rng.random() < 0.4:
        note = f"Inv {CODE}/{fy(j.date)}/{rng.randrange(100, 2999):04d} less TDS"
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), note)
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Debit account name", "Remitter"]), CLIENTS[k][0])
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["ap.exec02", "fin_team1", "s.verma.acc"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["cfo.approve", "director1", "fin_head"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 5. the food-delivery platforms' weekly payouts


# platform, site, frame, its app's band
PLATFORMS = [("Swiggy", "swiggy.in", "mail", None), ("Zomato", "zomato.com", "app", (226, 55, 68)),
             ("Swiggy", "partner.swiggy.com", "browser", None), ("magicpin", "magicpin.in", "browser", None),
             ("Zomato", "zomato.com", "mail", None), ("Swiggy", "swiggy.in", "app", (252, 128, 25)),
             ("Zomato", "restaurant.zomato.com", "browser", None), ("Mystore (ONDC)", "mystore.in", "mail", None)]
PLATFORM_SUBS = {"Swiggy": ["Restaurant partner payouts", "Swiggy for Partners"],
                 "Zomato": ["Restaurant partner - payouts", "Zomato for restaurants"],
                 "magicpin": ["Partner dashboard - settlements"], "Mystore (ONDC)": ["Seller payouts on ONDC"]}


def aggregator_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A food-delivery platform's weekly payout to an outlet (Swiggy and Zomato by e-mail, on the partner dashboard in
    a browser and in the partner app; magicpin's dashboard; Mystore's e-mail for ONDC orders): the platform on top
    (never the payee), Weekly payout / Payout summary / Settlement advice, Restaurant / Outlet / Store / Paid to the
    outlet (the payee: the trade name, the outlet's or the company's), Res ID / Outlet ID / Store ID (no id), Payout
    for week / Orders between / Settlement cycle (no fact), Orders delivered (n), Customer payable (food + packaging)
    / Order value, Less: Commission (n%), Less: Payment mechanism fee (n%), Less: Merchant-funded discounts, Less:
    Customer refunds (n orders), Less: GST @ 18% on service fees, Less: TDS u/s 194-O (0.1%), Less: TCS u/s 52 (0.5%)
    on some, Net payout / Payout amount / Amount settled (the sum, large on the app), Bank account, UTR / IMPS Ref No.
    and Payout ID / Settlement ID, Payout date / Settled on / Credited on / Failed on / Expected on; Payout credited /
    Paid / Settled / Payout failed - bank account details mismatch / Payout processing."""
    k = place("aggregator_payouts")
    status = outcome(k, failed=(5,), pending=(3,))
    platform, site, frame, band = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, firm=0.2, branch=0.5)
    orders = rng.randint(40, 420)
    gross = float(round(orders * rng.uniform(280, 620), 2))
    pct = rng.choice([18, 20, 22, 25]) if platform in ("Swiggy", "Zomato") else rng.choice([8, 10, 12])
    comm = round(gross * pct / 100, 2)
    fee = 1.8 if platform in ("Swiggy", "Zomato") else 1.5
    pmf = round(gross * fee / 100, 2)
    cuts = [(f"Less: Commission ({pct}%)", comm), (f"Less: Payment mechanism fee ({fee:g}%)", pmf)]
    if rng.random() < 0.5:
        cuts.append(("Less: Merchant-funded discounts", float(whole(gross * rng.uniform(0.02, 0.06), 1))))
    if rng.random() < 0.4:
        n = rng.randint(1, 5)
        cuts.append((f"Less: Customer refunds ({n} orders)", float(n * rng.randrange(180, 700))))
    cuts.append(("Less: GST @ 18% on service fees", round((comm + pmf) * 0.18, 2)))
    cuts.append(("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)))
    if rng.random() < 0.4:
        cuts.append(("Less: TCS u/s 52 (0.5%)", round(gross * 0.005, 2)))
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    words = {"success": ["Payout credited", "Paid", "Settled"],
             "failed": ["Payout failed - bank account details mismatch"],
             "pending": ["Payout processing", "Payout initiated - awaiting bank credit"]}
    if frame == "mail":
        p = mail_page(rng, font, f"{platform} Payouts <{rng.choice(['payouts', 'partner-settlements'])}@{site}>",
                      ["Your weekly payout", "Payout statement for last week", "Settlement advice"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"{site}/{rng.choice(['payouts', 'finance/payouts', 'settlements'])}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Payouts", "Payout details"])
        rs = money(rng, font, 0.3)
    if frame == "app":
        head(p, f"{platform} Partner", band, p.style["h106"]["dark"], PLATFORM_SUBS[platform])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, platform)
        p.add("small", rng.choice(PLATFORM_SUBS[platform]))
        p.add("center", rng.choice(["Weekly payout", "Payout summary", "Settlement advice"]))
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Restaurant", "Outlet", "Store", "Paid to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Res ID", "Outlet ID", "Store ID"]), digits(rng, rng.choice([6, 7, 8])))
    if not j.no_day:
        end = j.date - dt.timedelta(days=rng.randrange(2, 5))
        start = end - dt.timedelta(days=6)
        p.pair(rng.choice(["Payout for week", "Orders between", "Settlement cycle"]),
               f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
    p.pair("Orders delivered", str(orders))
    wrap_pair(p, rng.choice(["Customer payable (food + packaging)", "Order value"]), rs(gross))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(rng.choice(["Net payout", "Payout amount", "Amount settled"]), rs(net), amount=net)
    else:
        p.pair("Net payout", rs(net))
    wrap_pair(p, rng.choice(["Bank account", "Settled to"]), f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"PO{digits(rng, 10)}", f"{platform[:2].upper()}STL{digits(rng, 9)}"])
        labelled(p, rng.choice(["Payout ID", "Settlement ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "YESB"]), rng, j.date)
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payout date", "Settled on", "Credited on"]), "failed": "Failed on",
                     "pending": "Expected on"}[status], stamp(rng, j.date, PATS, hour=status != "pending"), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Update your bank details under Finance > Bank account to receive this payout.")
    elif status == "pending":
        p.add("small", "Payouts reach your account within 1-2 working days.")
    p.part = "foot"
    p.add("small", rng.choice(["Order-level details are in the annexure on the partner dashboard.",
                               "This statement is generated automatically."]))
    return p.done()


# ---------------------------------------------------------------- 6. flour mills', dairies' and other suppliers' bills


SUPPLIERS = [("Vidarbha Roller Flour Mills", "flour", "NEFT"), ("Gokul Dairy Products", "dairy", "UPI"),
             ("Shree Ganesh Sugar Traders", "sugar", "cash"), ("Cocoacraft Distributors", "choco", "cheque"),
             ("Sai Poultry & Egg Centre", "eggs", "UPI"), ("Narmada Roller Flour Mills Pvt Ltd", "flour", "RTGS"),
             ("Amrut Dairy Farms", "dairy", "NEFT"), ("Bake Essentials Trading Co.", "choco", "NEFT")]
SUPPLIER_SUBS = {"flour": "Maida, atta, sooji & bran - roller flour mill", "dairy": "Milk, butter, cream & cheese",
                 "sugar": "Sugar, icing sugar, glucose & edible oils - wholesale",
                 "choco": "Chocolate, cocoa, whipping cream & bakery ingredients",
                 "eggs": "Eggs wholesale - daily supply to hotels & bakeries"}
SUPPLIER_KINDS = {"flour": ["TAX INVOICE", "BILL OF SUPPLY"], "dairy": ["TAX INVOICE", "DELIVERY CHALLAN CUM INVOICE"],
                  "sugar": ["CASH MEMO", "TAX INVOICE"], "choco": ["TAX INVOICE"],
                  "eggs": ["CASH MEMO", "DELIVERY BILL"]}
# item, quantity range, rate range, GST rate
SUPPLIER_ITEMS = {
    "flour": [("Maida - 50 kg bag", (20, 120), (1550, 1900), 0.0), ("Atta (whole wheat) - 50 kg bag", (5, 30),
                                                                    (1650, 1950), 0.0),
              ("Sooji - 50 kg bag", (2, 10), (1900, 2300), 0.0), ("Wheat bran - 35 kg bag", (2, 8), (700, 900), 0.0)],
    "dairy": [("White butter (unsalted) - kg", (40, 200), (420, 480), 0.12), ("Fresh cream 35% - 1 L", (30, 160),
                                                                               (230, 270), 0.05),
              ("Toned milk - L", (150, 600), (52, 56), 0.0), ("Cheese block - kg", (10, 40), (420, 480), 0.12),
              ("Skimmed milk powder - 25 kg bag", (1, 4), (7800, 8600), 0.05)],
    "sugar": [("Sugar S-30 - 50 kg bag", (10, 40), (2000, 2250), 0.05), ("Icing sugar - 25 kg bag", (2, 8),
                                                                          (1500, 1800), 0.05),
              ("Liquid glucose - 25 kg bucket", (1, 6), (1300, 1600), 0.18), ("Refined soyabean oil - 15 L tin",
                                                                             (4, 20), (1850, 2100), 0.05)],
    "choco": [("Dark compound slab - 500 g", (40, 200), (110, 140), 0.18), ("Cocoa powder - 1 kg", (10, 40),
                                                                             (520, 640), 0.18),
              ("Non-dairy whipping cream - 1 L", (40, 180), (180, 220), 0.18), ("Choco chips - 1 kg", (10, 40),
                                                                                (260, 320), 0.18),
              ("Gel colours - set of 12", (1, 6), (650, 900), 0.18)],
    "eggs": [("Eggs - tray of 30", (30, 120), (155, 195), 0.0)]}


def ingredient_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The central kitchen's suppliers' paper (the supplier on top, the payee): the flour mills' TAX INVOICE / BILL OF
    SUPPLY (Maida - 50 kg bag n x rate, Atta, Sooji; GST Nil on 50 kg bags), the dairies' TAX INVOICE / DELIVERY
    CHALLAN CUM INVOICE (White butter - kg, Fresh cream 35% - 1 L, Toned milk; GST at 12%, 5% and nil), the sugar
    trader's CASH MEMO / TAX INVOICE, the chocolate and ingredients distributors' TAX INVOICE and the egg supplier's
    CASH MEMO / DELIVERY BILL: Invoice No. / Bill No. / Memo No., Date / Invoice date, Buyer / Bill to / Consignee M/s
    the company (central kitchen), GSTIN, Vehicle No. and E-way bill No. on some (no id), the lines, Taxable value /
    Sub total, CGST and SGST, GST: Nil, Round off, Invoice total / Bill total / Total, Less: TDS u/s 194Q @ 0.1% on some
    mill bills, Amount received (net of TDS) / Amount received / Received / Paid, Mode / Paid by and its reference, or
    Amount due with Payment attempted UPI - declined, or Cheque received with its number and bank; PAID / RECEIVED WITH
    THANKS / PAYMENT RECEIVED / UPI DECLINED - BILL UNPAID / CHEQUE RECEIVED - SUBJECT TO REALISATION."""
    k = place("ingredient_bills")
    status = outcome(k, failed=(4,), pending=(3,))
    name, kind, way = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, town=rng.choice([0, 0, 4, 7]))
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, j.town, to, SUPPLIER_KINDS[kind], sub=SUPPLIER_SUBS[kind], gst=kind not in ("eggs",))
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Memo No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "Consignee"]), f"M/s {FIRM} (Central kitchen, MIDC Hingna)")
    if kind != "eggs":
        p.pair("GSTIN", gstin(rng, "27"))
    if kind in ("flour", "sugar") and rng.random() < 0.7:
        p.pair("Vehicle No.", f"MH {rng.choice(['31', '40', '27', '32'])} {code(rng, 2, UPPER)} {digits(rng, 4)}")
    p.add("rule")
    items = SUPPLIER_ITEMS[kind]
    picks = [items[0]] + (rng.sample(items[1:], rng.randint(1, len(items) - 1)) if len(items) > 1 else [])
    sub = tax = 0.0
    for item, (qlo, qhi), (rlo, rhi), rate in picks:
        qty, price = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 5 if rhi > 500 else 1))
        line = qty * price
        sub += line
        tax += line * rate
        wrap_pair(p, f"{item} {qty:,} x {price:g}", rs(line))
    p.add("rule")
    tax = round(tax / 2, 2) * 2
    gross = sub + tax
    if tax:
        p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
        p.pair("CGST", rs(tax / 2))
        p.pair("SGST", rs(tax / 2))
    elif kind == "flour":
        p.pair("GST", "Nil (HSN 1101, 50 kg bags)")
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Bill total", "Total"]), rs(total))
    if kind == "flour" and way in ("NEFT", "RTGS") and not j.no_ref and rng.random() < 0.8 and total > 50000:
        p.pair("E-way bill No.", f"{rng.choice('17')}{digits(rng, 11)}")
    tds = round(sub * 0.001, 2) if kind == "flour" and way in ("NEFT", "RTGS") else 0.0
    if tds:
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    net = round(total - tds, 2)
    j.amount = net
    if status == "success":
        label = "Amount received (net of TDS)" if tds else rng.choice(["Amount received", "Received", "Paid"])
        p.pair(label, rs(net), amount=net)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "SBIN", "MAHB", "UTIB"])
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(net), amount=net)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    else:
        p.pair("Cheque received", rs(net), amount=net)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, Nagpur")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
            "failed": "UPI DECLINED - BILL UNPAID", "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Subject to {TOWNS[j.town][0]} jurisdiction. Goods once sold will not be taken back. E. & O.E.")
    p.add("pair", "Receiver's sign", "For the supplier")
    return p.done()


# ---------------------------------------------------------------- 7. packaging and cold-chain vendors


# the page, the vendor, its kind, the way
PACK_PAGES = [("bill", 0, "NEFT"), ("bank", 1, "IMPS"), ("mail", 2, "NEFT"), ("bank", 3, "NEFT"),
              ("bill", 4, "UPI"), ("bill", 5, "cheque"), ("bank", 6, "RTGS"), ("mail", 7, "UPI")]
PACK_VENDORS = [("Shubh Packaging Industries", "pack", "shubhpack.in"), ("Raipur Box & Board Co.", "pack", "rbbox.in"),
                ("FrostLine Cold Chain Pvt Ltd", "cold", "frostline.in"), ("Kraft Pack Solutions", "pack",
                                                                         "kraftpack.co.in"),
                ("Print-O-Pack Printers", "pack", "printopack.in"), ("Coolway Reefer Logistics", "cold",
                                                                     "coolwayreefer.com"),
                ("Polar Cold Storage & Logistics LLP", "cold", "polarcold.in"), ("Chillex Cold Chain Services",
                                                                                 "cold", "chillex.in")]
PACK_ITEMS = {"pack": [("Cake box 1 kg (window, 10x10x5 in)", (500, 3000), (14, 18)),
                       ("Cake box 1/2 kg (8x8x4 in)", (500, 3000), (10, 13)),
                       ("Cake board round 10 in (gold)", (300, 2000), (5, 8)), ("Pastry box - 2 pc", (500, 4000), (6, 8)),
                       ("Paper carry bag (printed, brown)", (1000, 5000), (4, 7)),
                       ("Butter paper roll (500 m)", (4, 20), (180, 240)), ("Cookie jar PET 500 g", (200, 1200), (12, 16))],
              "cold": [("Reefer van - Nagpur to Raipur (trips)", (2, 8), (6500, 8500)),
                       ("Reefer van - Nagpur to Bhopal (trips)", (2, 6), (9000, 12000)),
                       ("Reefer van - local outlet runs (days)", (10, 26), (1800, 2400)),
                       ("Cold room rental - 2 pallets (month)", (1, 1), (9000, 14000)),
                       ("Temperature logger reports", (1, 1), (500, 900))]}
PACK_BANKS = {1: ("HDFC Bank SmartHub Vyapar", (0, 76, 143), "app", "IMPS", "HDFC"),
              3: ("ICICI Corporate Internet Banking", None, "web", "NEFT", "ICIC"),
              6: ("Axis Corporate Internet Banking", None, "web", "RTGS", "UTIB")}
PACK_URLS = {"ICICI Corporate Internet Banking": "cib.icicibank.com/corp/neft/acknowledgement",
             "Axis Corporate Internet Banking": "corporate.axisbank.co.in/payments/rtgs/acknowledgement"}


def pack_lines(rng: random.Random, kind: str) -> tuple[list[tuple[str, float]], float]:
    items = PACK_ITEMS[kind]
    lines = []
    for item, (qlo, qhi), (rlo, rhi) in rng.sample(items, rng.randint(2, 3)):
        qty, price = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 50 if rhi > 5000 else 1))
        if qty > 1:
            lines.append((f"{item} {qty:,} x {price:g}", qty * price))
        else:
            lines.append((item, price))
    return lines, round(sum(v for _, v in lines), 2)


def packaging_coldchain(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying its packaging vendors (cake boxes, boards, pastry boxes, printed carry bags, butter paper) and
    cold-chain vendors (reefer van trips from the central kitchen to the outlets, cold room pallets): the vendor's TAX
    INVOICE cum receipt (three: the vendor on top, the payee; Invoice No., Date, Bill to M/s the company, the lines,
    Taxable value, CGST and SGST @ 9% or IGST @ 18% on boxes, GST @ 12% on reefer trips, Invoice total, Amount
    received / Received or Amount due with Payment attempted UPI - declined, or Cheque received; PAID / UPI DECLINED -
    BILL UNPAID), the cold-chain vendor's e-mail (two: PAYMENT RECEIPT / Payment acknowledgement, Received from the
    company (never the payee), Against invoice(s) (no id), Amount received, Mode, UTR / UPI Ref No., Receipt No., Date
    of receipt / Received on) or the company's own bank after the transfer to the vendor (three: HDFC Bank SmartHub
    Vyapar, ICICI and Axis Corporate Internet Banking; heldout124's page, the vendor under Beneficiary / Payee / Vendor
    / Beneficiary name, Remarks (Boxes - PO 1182, Reefer trips Mar), Debit account name, Created by / Approved by on the
    web pages; Transaction Successful .. / NEFT under process / Transaction in process)."""
    k = place("packaging_coldchain")
    status = outcome(k, failed=(4,), pending=(3,))
    page, vi, way = PACK_PAGES[k]
    name, kind, site = PACK_VENDORS[vi]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=rng.choice([0, 0, 1, 2]))
    lines, sub = pack_lines(rng, kind)
    rate = 0.18 if kind == "pack" else 0.12
    tax = round(sub * rate, 2)
    total = float(round(sub + tax))
    j.amount = total
    if page == "bank":
        row = PACK_BANKS[k]
        j.to = name.upper() if rng.random() < 0.35 else name
        p, _ = transfer_ack(rng, font, k, row, status, j, url=PACK_URLS.get(row[0]), widths=[700, 740],
                            third_head="Vendor payments", payee_labels=["Beneficiary", "Payee", "Vendor",
                                                                        "Beneficiary name"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
                      txn_label="Transaction ID")
        note = rng.choice({"pack": ["Cake boxes & boards", "Packaging material"],
                           "cold": ["Reefer trips", "Cold chain charges"]}[kind])
        if not j.no_day and rng.random() < 0.5:
            note = f"{note} {when(j.date, '%b-%y')}"
        wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
        if row[2] == "web":
            wrap_pair(p, "Debit account name", FIRM)
            p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["accounts.exec", "purchase01", "fin_ops2"]))
            p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["director.fin", "md.office", "cfo_approver"]))
        if status == "pending":
            p.add("small", "Your transfer is being processed. Please check the status after some time.")
        p.part = "foot"
        p.add("gap")
        p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
        return p.done()
    if page == "mail":
        p = mail_page(rng, font, f"{name.split(' Pvt')[0].split(' LLP')[0]} Accounts <accounts@{site}>",
                      ["Payment received - thank you", "Payment acknowledgement", "Receipt for your payment"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", rng.choice(["Temperature-controlled transport & storage", "Reefer logistics | Cold rooms"]))
        p.add("center", rng.choice(["PAYMENT RECEIPT", "Payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir / Madam, we thank you for your payment as below.")
        wrap_pair(p, "Received from", f"M/s {FIRM}")
        if not j.no_ref and not j.no_day:
            billed = j.date - dt.timedelta(days=rng.randrange(5, 35))
            wrap_pair(p, "Against invoice(s)", f"FL/{fy(billed)}/{rng.randrange(100, 999)} dt "
                                               f"{when(billed, rng.choice(DAY_PATS))}")
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        p.pair("GST @ 12%", rs(tax))
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair("Mode", way, method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB"])
            rno = f"RCT-{rng.randrange(1000, 99999)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair(rng.choice(["Date of receipt", "Received on"]), j.day(rng), date=j.date)
        p.pair("Status", rng.choice(["Received", "Credited"]), status="success")
        p.part = "foot"
        p.add("small", "This is a system generated receipt. For queries write to accounts.")
        return p.done()
    to = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    sub_line = "Corrugated & duplex boxes, cake boards, printed bags" if kind == "pack" else \
        "Reefer vans & cold storage - Central India"
    letterhead(p, j.town, to, ["TAX INVOICE", "TAX INVOICE CUM RECEIPT"], sub=sub_line)
    if not j.no_ref:
        no = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Buyer"]), f"M/s {FIRM}")
    p.pair("Ship to", "Central kitchen, MIDC Hingna, Nagpur")
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    tax = gst_rows(p, rs, sub, rate, igst=TOWNS[j.town][4] != "27")
    gross = sub + tax
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Total"]), rs(total))
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        if way == "cheque":
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, Nagpur")
        else:
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB"])
        p.add("center", rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU"]), status="success")
    else:
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
        p.pair("Payment attempted", "UPI - declined", method="UPI")
        p.add("center", "UPI DECLINED - BILL UNPAID", status="failed")
    p.part = "foot"
    p.add("small", "Subject to Nagpur jurisdiction. Interest @ 18% p.a. on bills unpaid beyond 30 days. E. & O.E.")
    p.add("pair", "Receiver's sign", "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 8. commercial LPG cylinders and equipment repairs


# the page, the way
GAS_PAGES = [("memo", "cash"), ("upi", "UPI"), ("repair", "NEFT"), ("link", "UPI"), ("memo", "cheque"),
             ("repair", "cash"), ("memo", "UPI"), ("repair", "card")]
# distributor, the oil company's brand line, its town
GAS_DEALERS = [("Shree Sai Indane Gas Agency", "Indane - IndianOil", 0), ("Vidarbha HP Gas Service", "HP Gas - HPCL", 4),
               ("Mahalaxmi Bharatgas", "Bharatgas - BPCL", 1), ("Narmada Indane Distributors", "Indane - IndianOil", 3)]
REPAIRERS = [("Bakeserve Equipment Services", "oven",
              "Deck ovens, rotary rack ovens & planetary mixers - sales & service"),
             ("CoolFix Refrigeration Works", "cold", "Display chillers, cold rooms & deep freezers - repairs & AMC"),
             ("Prime Bakery Machines", "oven", "Bakery machinery - service, spares & installation"),
             ("Arctic Air Refrigeration", "cold", "Commercial refrigeration - service & gas charging")]
REPAIR_LINES = {"oven": [("Rotary rack oven - burner nozzle & igniter replaced", (3800, 7500)),
                         ("Planetary mixer 60 L - gearbox oil & bearing", (4500, 9000)),
                         ("Deck oven - heating element (2 nos)", (3600, 6400)),
                         ("Dough sheeter - conveyor belt replaced", (5200, 8800)),
                         ("Oven door gasket & hinge", (1400, 2600))],
                "cold": [("Display chiller - compressor 1.5 TR replaced", (14000, 22000)),
                         ("Gas charging R-404A (kg)", (2200, 3600)), ("Digital temperature controller", (1800, 3200)),
                         ("Cold room door heater & gasket", (2400, 4200)), ("Condenser fan motor", (2600, 4800))]}
MACHINES = {"oven": ["Rotary rack oven (36 trays)", "Deck oven 3-deck 9-tray", "Planetary mixer 60 L",
                     "Dough sheeter 520 mm"],
            "cold": ["Display chiller 6 ft", "Walk-in cold room", "Deep freezer 500 L", "Pastry display counter"]}


def gas_repairs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's commercial LPG and its equipment repairs: the gas distributor's CASH MEMO / TAX INVOICE CUM CASH
    MEMO (three: the distributor on top, the payee, with the oil company's brand line (Indane - IndianOil, HP Gas -
    HPCL, Bharatgas - BPCL) under it, never the payee; Cash Memo No. / Bill No., Date, Customer M/s the company or the
    outlet, Consumer No. (no id), Commercial LPG 19 kg n x rate, 47.5 kg on some, Delivery charges, Taxable value,
    CGST and SGST @ 9%, Total, Empty cylinders returned (no fact), Amount received / Received, the way; or the
    company's UPI app paying the distributor (one: Google Pay's result screen, the distributor under Paid to / To)),
    and the repairers' SERVICE INVOICE / SERVICE REPORT CUM BILL (three: the repairer on top, the payee; Job card No.
    (no id), the machine, the work, Taxable value, GST @ 18%, Total, Amount received, the way and its reference) or the
    repairer's payment link on the company's phone (one: Razorpay's hosted page, the repairer on top; Payment
    processing)."""
    k = place("gas_repairs")
    status = outcome(k, failed=(1,), pending=(3,))
    page, way = GAS_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, town=0)
    if page in ("memo", "upi"):
        dealer, brand, town = GAS_DEALERS[(k // 2) % len(GAS_DEALERS)] if page == "memo" else rng.choice(GAS_DEALERS)
        j.town = town
        small, big = rng.randint(2, 12), rng.choice([0, 0, 1, 2])
        r19 = round(rng.uniform(1640, 1860), 2)
        r47 = round(r19 * 2.5, 2)
        lines = [(f"Commercial LPG 19 kg {small} x {r19:.2f}", round(small * r19, 2))]
        if big:
            lines.append((f"Commercial LPG 47.5 kg {big} x {r47:.2f}", round(big * r47, 2)))
        gross = round(sum(v for _, v in lines), 2)
        sub = round(gross / 1.18, 2)
        delivery = float(rng.choice([0, 0, 30, 50]) * (small + big))
        total = float(round(gross + delivery))
        if page == "upi":
            j.to = dealer.upper() if rng.random() < 0.3 else dealer
            j.amount = total
            p = upi_result(rng, font, k, "Google Pay", status, j, dealer, WAIT)
            p.pair(rng.choice(["Note", "Message"]), f"Comm cyl 19 kg x {small}")
            p.part = "foot"
            p.add("gap")
            p.add("small", "Powered by UPI  |  NPCI")
            return p.done()
        p = paper_page(rng, font, [620, 660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        to = dealer.upper() if rng.random() < 0.25 else dealer
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", f"Distributor: {brand}")
        p.add("small", f"{rng.choice(['Shop', 'Plot'])} {rng.randrange(2, 90)}, {TOWNS[town][2]}, {TOWNS[town][0]}")
        p.add("small", f"GSTIN {gstin(rng, TOWNS[town][4])}")
        p.add("center", rng.choice(["CASH MEMO", "TAX INVOICE CUM CASH MEMO"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{rng.randrange(10000, 999999)}"
            p.pair(rng.choice(["Cash Memo No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        outlet = rng.choice([f"M/s {FIRM}", f"{TRADE} - {TOWNS[town][2]}", f"M/s {FIRM} (Central kitchen)"])
        wrap_pair(p, "Customer", outlet)
        p.pair("Consumer No.", digits(rng, rng.choice([6, 7, 8])))
        p.add("rule")
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        p.pair("Taxable value", rs(sub))
        half = round((gross - sub) / 2, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        if delivery:
            p.pair("Delivery charges", rs(delivery))
        if abs(total - gross - delivery) > 0.001:
            p.pair("Round off", f"{total - gross - delivery:+.2f}")
        p.pair("Total", rs(total))
        p.pair("Empty cylinders returned", str(small + big))
        j.amount = total
        if way == "cheque":
            p.pair("Amount received", rs(total), amount=total)
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[town][0]}")
        else:
            p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["SBIN"])
        p.add("center", rng.choice(["PAID", "RECEIVED WITH THANKS"]), status="success")
        p.part = "foot"
        p.add("small", "Check the seal and weight of the cylinder before accepting delivery.")
        right(p, "Delivery man's sign")
        return p.done()
    name, kind, sub_line = REPAIRERS[k % 4]
    town = rng.choice([0, 0, 2])
    lines = [("Service visit charges", (500, 1200))] + rng.sample(REPAIR_LINES[kind], rng.randint(1, 3))
    if rng.random() < 0.4:
        lines.append(("Labour charges", (800, 2500)))
    values = [(label, float(whole(rng.uniform(lo, hi), 50))) for label, (lo, hi) in lines]
    sub = round(sum(v for _, v in values), 2)
    tax = round(sub * 0.18, 2)
    total = float(round(sub + tax))
    j.amount = total
    if page == "link":
        p = phone_page(rng, font, k, ["", "rzp.io/l/" + code(rng, 6, MIXED)])
        rs = money(rng, font, 0.7)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", f"{TOWNS[town][0]}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"pending": ["Payment processing"], "success": ["Payment successful"]})
        p.add("big", rs(total), amount=total)
        p.add("center", rng.choice([f"Service bill - {rng.choice(MACHINES[kind]).lower()}", "Repair & spares payment"]))
        wrap_pair(p, "Paid by", FIRM)
        p.pair("Payment method", "UPI", method="UPI")
        pid = f"pay_{code(rng, 14, MIXED)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        labelled(p, "Initiated on", stamp(rng, j.date, PATS), date=j.date)
        p.add("small", "Your bank is yet to confirm this payment. Please do not pay again.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Secured by Razorpay")
        return p.done()
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    to = name.upper() if rng.random() < 0.2 else name
    letterhead(p, town, to, ["SERVICE INVOICE", "SERVICE REPORT CUM BILL", "TAX INVOICE"], sub=sub_line)
    if not j.no_ref:
        no = f"SI/{j.year()}{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Invoice No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
        p.pair("Job card No.", f"JC{rng.randrange(1000, 9999)}")
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, "Customer", rng.choice([f"M/s {FIRM}", f"{TRADE} - Central kitchen", f"{TRADE} - {TOWNS[town][2]}"]))
    wrap_pair(p, "Machine", rng.choice(MACHINES[kind]))
    p.add("rule")
    for label, value in values:
        wrap_pair(p, label, rs(value))
    p.add("rule")
    p.pair("Taxable value", rs(sub))
    gst_rows(p, rs, sub, 0.18)
    if abs(total - sub - tax) > 0.001:
        p.pair("Round off", f"{total - sub - tax:+.2f}")
    p.pair(rng.choice(["Total", "Bill total"]), rs(total))
    p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC", "ICIC"])
    p.add("center", rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]), status="success")
    p.part = "foot"
    p.add("small", "Warranty on replaced parts: 90 days. Service warranty void if the machine is moved.")
    p.add("pair", "Customer's sign", "Service engineer")
    return p.done()


# ---------------------------------------------------------------- 9. the outlets' rent and electricity


# the page, the town
POWER_PAGES = [("rent_receipt", 2), ("bbps", 1), ("rent_bank", 0), ("msedcl", 0), ("rent_receipt", 5),
               ("bbps", 2), ("rent_bank", 4), ("bbps", 3)]
LANDLORDS = ["Prakash Govindrao Deshpande", "Sushila Agrawal", "Ramesh Chandra Tiwari", "Nimbalkar Estates LLP",
             "Harish Mukund Joshi", "Vaishali Rathi", "Dhoble Properties Pvt Ltd", "Anil Bhau Wankhede"]
# the board in a town: long name, short name, its number's label and length
BOARDS = {0: ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No.", 12),
          1: ("Chhattisgarh State Power Distribution Co. Ltd", "CSPDCL", "Business Partner No.", 10),
          2: ("M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd", "MPMKVVCL", "IVRS No.", 12),
          3: ("M.P. Poorv Kshetra Vidyut Vitaran Co. Ltd", "MPPoKVVCL", "IVRS No.", 12)}
# the app (band), its frame, the way
BBPS_APPS = {1: ("Kotak Biz", (237, 28, 36), "phone", "netbanking"),
             5: ("HDFC Bank NetBanking", None, "browser", "netbanking"),
             7: ("Paytm", (0, 186, 242), "phone", "UPI")}
RENT_BANKS = {2: ("HDFC Bank Enterprise NetBanking", None, "web", "NEFT", "HDFC"),
              6: ("ICICI InstaBIZ", (150, 36, 28), "app", "IMPS", "ICIC")}


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, town: int) -> tuple[list, dict, dict]:
    """A landlord's RENT RECEIPT (paper): Receipt No. / No., Date, "Received from M/s <company> (<outlet>) the rent
    for the shop at <address> for <month>" (no fact), Monthly rent, Less: TDS u/s 194-I(b) @ 10% on some, Net amount
    received / Amount received (the sum), the sum in words, Paid by and its reference or the cheque, RECEIVED WITH
    THANKS, Landlord / Owner / Lessor (the payee; Shri / Smt. on some), PAN of landlord, the revenue stamp."""
    name = LANDLORDS[k]
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "SHOP RENT RECEIPT"]))
    p.add("small", "(Commercial premises - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"RR-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add("left", f"Received from M/s {FIRM} ({TRADE}, {TOWNS[town][2]} outlet) the rent for the shop premises at "
                  f"{rng.randrange(2, 90)}, {TOWNS[town][2]}, {TOWNS[town][0]}"
                  + ("." if j.no_day else f" for the month of {j.month()}."))
    p.add("rule")
    rent = float(whole(rng.uniform(22000, 95000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2) if rent * 12 > 240000 and rng.random() < 0.8 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount received", "Amount received"]) if tds else "Amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    way = rng.choice(["cheque", "IMPS", "NEFT"]) if not j.no_day else rng.choice(["cheque", "IMPS"])
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair("Paid by", chq if j.no_day else f"{chq} dt {j.other_day(rng, -5, 0)}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS[:6])}, {TOWNS[town][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode of payment"]), way, method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    female = name.split()[0] in ("Sushila", "Vaishali")
    title = "" if name.endswith(("LLP", "Ltd")) else rng.choice(["", "Smt. " if female else "Shri "])
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), f"{title}{name}", merchant=name)
    p.pair("PAN of landlord", f"{code(rng, 3, UPPER)}{'F' if name.endswith('LLP') else 'C' if name.endswith('Ltd') else 'P'}"
                              f"{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def rent_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlets' rent and electricity: a landlord's rent receipt (two, ``rent_receipt``), the company's bank after
    the NEFT or IMPS to a landlord (two: HDFC Bank Enterprise NetBanking, ICICI InstaBIZ; heldout124's page, the
    landlord under Beneficiary / Payee / Beneficiary name, Remarks (Shop rent Mar-26 - Sitabuldi), Debit account name,
    Created by / Approved by on the web page), electricity through Bharat Connect (three: Kotak Biz and Paytm on a
    phone with the outcome and the sum large, HDFC Bank NetBanking's BillPay receipt in a browser:
    Biller name / Electricity board / Billed by (CSPDCL, MPMKVVCL, MPPoKVVCL or the long name; the payee), Business
    Partner No. / IVRS No. / Consumer No., Consumer name, Tariff, Sanctioned load, Units consumed, Bill month and Due
    date (no fact), Bill amount, Prompt payment discount and Amount paid on some, Paid using, B-Connect Txn ID / BBPS
    Txn Ref, UPI Ref No., Transaction ID, Paid on / Attempted on) or MSEDCL's own online payment receipt (one: the
    board on top, the payee; Consumer No., BU, Bill month, Amount, Transaction ID, Bank Ref No., Payment date, Status:
    Pending - awaiting confirmation from bank); Bill payment successful / Paid to biller / Bill payment failed /
    Payment pending."""
    k = place("rent_power")
    status = outcome(k, failed=(1,), pending=(3,))
    page, town = POWER_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=6000, high=90000, p_round=0.3, town=town)
    if page == "rent_receipt":
        return rent_receipt(rng, font, k, j, town)
    if page == "rent_bank":
        row = RENT_BANKS[k]
        name = LANDLORDS[k]
        j.to = name.upper() if rng.random() < 0.35 else name
        j.amount = float(whole(rng.uniform(20000, 90000), 500)) * rng.choice([1.0, 0.9])
        p, _ = transfer_ack(rng, font, k, row, status, j, url="enterprise.hdfcbank.com/neft/acknowledgement"
                            if row[2] == "web" else None, widths=[700, 740], third_head="Pay to payee",
                            payee_labels=["Beneficiary", "Payee", "Beneficiary name"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                      txn_label="Transaction ID")
        note = f"Shop rent - {TOWNS[town][2]}"
        if not j.no_day and rng.random() < 0.5:
            note = f"Shop rent {when(j.date, '%b-%y')} - {TOWNS[town][2]}"
        wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
        if row[2] == "web":
            wrap_pair(p, "Debit account name", FIRM)
            p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["accounts.exec", "admin.payables"]))
            p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["director.fin", "md.office"]))
        p.part = "foot"
        p.add("gap")
        p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
        return p.done()
    long, short, number, size = BOARDS[town]
    bill = j.amount
    if page == "msedcl":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        name = rng.choice([long, short, "MAHAVITARAN"]) if status == "success" else rng.choice([long, short])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment - Payment receipt" if name != long else "MAHAVITARAN - Online bill payment")
        p.add("rule")
        p.part = "body"
        p.pair("Consumer No.", digits(rng, size))
        wrap_pair(p, "Consumer name", FIRM.upper())
        p.pair("BU", f"{rng.randrange(4000, 4999)} - {TOWNS[town][0]} {rng.choice(['Civil Lines', 'Congress Nagar'])}")
        p.pair("Bill month", j.month(1))
        p.pair(rng.choice(["Amount", "Bill amount"]), rs(bill), amount=bill)
        p.pair("Payment mode", "Net banking - HDFC Bank", method="netbanking")
        tid = f"{digits(rng, 10)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        labelled(p, "Payment date", stamp(rng, j.date, PATS), date=j.date)
        p.pair("Status", "Pending - awaiting confirmation from bank", status="pending")
        p.add("small", "The receipt will be final once the bank confirms. Do not pay again for 48 hours.")
        p.part = "foot"
        p.add("small", "Maharashtra State Electricity Distribution Co. Ltd - www.mahadiscom.in"
              if name != long else "www.mahadiscom.in")
        return p.done()
    app, band, frame, way = BBPS_APPS[k]
    discount = round(bill * 0.01, 2) if status == "success" and rng.random() < 0.5 else 0.0
    j.amount = round(bill - discount, 2)
    words = {"success": ["Bill payment successful", "Paid to biller"], "failed": ["Bill payment failed"],
             "pending": ["Bill payment pending"]}
    if frame == "browser":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/billpay/receipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["BillPay - Payment Receipt", "Bharat Connect - Transaction Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(words[status]), status=status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Pay bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}     ") else short
    wrap_pair(p, rng.choice(["Biller name", "Electricity board", "Billed by"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), FIRM.upper())
    p.pair("Tariff", rng.choice(["LV-2 Non-residential", "LT Commercial", "NDLT - Non-domestic"]))
    p.pair("Sanctioned load", f"{rng.randrange(10, 45)} kW")
    p.pair("Units consumed", f"{rng.randrange(900, 6000):,} kWh")
    if not j.no_day:
        p.pair(rng.choice(["Bill month", "Billing month"]), j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 14))
    if discount:
        p.pair("Bill amount", rs(bill))
        p.pair("Prompt payment discount", f"-{rs(discount)}")
        p.pair("Amount paid", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "BBPS Txn Ref"]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 10. FSSAI and trade licence fees, GST and TDS


# kind, the frame, the way, the town
GOVT_PAGES = [("fssai", "browser", "netbanking", 0), ("gst", "browser", "neft", 0), ("trade", "browser", "UPI", 1),
              ("tds", "browser", "netbanking", 0), ("fssai", "browser", "card", 2), ("tds", "bank", "netbanking", 0),
              ("trade", "paper", "cash", 4), ("gst", "paper", "netbanking", 0)]
FSSAI_AUTHORITIES = {0: "Food and Drug Administration, Maharashtra", 2: "Food Safety Administration, Madhya Pradesh"}
TRADE_BODIES = {1: ("Raipur Municipal Corporation", "Nagar Nigam Raipur - e-Nagar Sewa",
                    "nagarnigamraipur.nic.in/tradelicense/receipt"),
                4: ("Amravati Municipal Corporation", "Amravati Municipal Corporation", None)}
TDS_NATURE = [("194-I(b)", "Rent on land, building or furniture"), ("194C", "Payment to contractors"),
              ("194J(b)", "Fees for professional services"), ("192", "Salary"), ("194Q", "Purchase of goods")]


def ay_of(date: dt.date) -> str:
    """The assessment year of the financial year ``date`` falls in (2026-27 for FY 2025-26)."""
    y = int(fy(date)[:2]) + 1
    return f"20{y}-{y + 1}"


def fssai_fee(rng: random.Random, font: str, k: int, j: Job, way: str, town: int) -> tuple[list, dict, dict]:
    """FoSCoS's licence fee receipt in a browser (the portal on top, never the payee): Licensing authority / Fee
    payable to (the payee: FDA Maharashtra, Food Safety Administration, Madhya Pradesh), Application No. and Licence
    No. (no id), Name of FBO, Premises, Kind of business, Licence category, Licence fee per year x years, Late fee on
    some, Total fee / Amount paid (the sum), Payment mode, Transaction ID / SBIePay Ref ID, Bank Ref No., Payment date
    / Attempted on; Payment successful / Payment failed - declined by bank."""
    p = browser_page(rng, font, "foscos.fssai.gov.in/payment/receipt")
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "FoSCoS")
    p.add("small", "Food Safety Compliance System")
    p.add("center", rng.choice(["Payment Receipt - Licence Renewal", "Fee Payment Acknowledgement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment successful", "Fee paid successfully"],
                              "failed": ["Payment failed - declined by bank"]})
    payee = FSSAI_AUTHORITIES[town]
    wrap_pair(p, rng.choice(["Licensing authority", "Fee payable to"]), payee, merchant=payee)
    p.pair("Application No.", f"30{digits(rng, 2)}{digits(rng, 10)}")
    p.pair("Licence No.", f"1{digits(rng, 13)}")
    wrap_pair(p, "Name of FBO", FIRM)
    premises = KITCHEN.split(": ")[1] if town == 0 else f"{TRADE}, {TOWNS[town][2]}, {TOWNS[town][0]}"
    wrap_pair(p, "Premises", premises)
    wrap_pair(p, "Kind of business", "Manufacturer - bakery & confectionery" if town == 0 else
              "Retailer - bakery outlet with food service")
    p.pair("Licence category", "State licence - renewal")
    years = rng.choice([1, 2, 3, 5])
    rate = float(rng.choice([2000, 3000, 5000]))
    heads = [(f"Licence fee {years} yr x {rate:g}", years * rate)]
    if rng.random() < 0.3:
        heads.append(("Late fee (renewal after expiry)", float(rng.randrange(3, 30) * 100)))
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total fee", "Amount paid"]) if j.status == "success" else "Total fee", rs(total),
           amount=total)
    p.pair("Payment mode", {"netbanking": "Net Banking - SBI", "card": "Debit card"}[way], method=way)
    if not j.no_ref:
        tid = f"{digits(rng, 10)}{code(rng, 5, UPPER)}"
        p.pair(rng.choice(["Transaction ID", "SBIePay Ref ID"]), tid, txn=(TXN_RANK, tid))
        if j.status == "success":
            bref = f"IK{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, "Payment date" if j.status == "success" else "Attempted on", stamp(rng, j.date, PATS),
                 date=j.date)
    if j.status == "failed":
        p.add("small", "The application stays in 'Payment pending'. Pay again from the dashboard. " + REFUND[1])
    p.part = "foot"
    p.add("small", "This is a system generated receipt. Keep it with your licence application.")
    return p.done()


def trade_licence(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str,
                  town: int) -> tuple[list, dict, dict]:
    """A trade licence renewal for an outlet: Raipur's portal in a browser (the portal on top, Payable to / ULB the
    corporation) or Amravati's counter receipt printed (the corporation on top, the payee): Licence No. / TL No. (no
    id), Trade (Bakery & confectionery - retail with oven), Establishment, Licensee, Licence valid upto (no fact),
    Trade licence fee, Sanitation fee, Fire NOC fee, Late fee on some, Total / Amount paid, Mode, Receipt No.,
    Transaction ID, UPI Ref No., Payment date / Receipt date; Payment Successful / Paid."""
    payee, portal, url = TRADE_BODIES[town]
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, portal)
        wrap_pair(p, rng.choice(["ULB", "Payable to"]), payee, merchant=payee)
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.3)
        p.part = "head"
        name = payee.upper() if rng.random() < 0.6 else payee
        top(p, name, merchant=name)
        p.add("small", "Licence & Market Department")
    p.add("center", rng.choice(["Trade Licence - Renewal Receipt", "Trade licence fee - Payment receipt"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, {"success": ["Payment Successful", "Paid"]})
    p.pair(rng.choice(["Licence No.", "TL No."]), f"{TOWNS[town][0][:3].upper()}/TL/{digits(rng, 6)}")
    wrap_pair(p, "Trade", "Bakery & confectionery - retail with oven")
    wrap_pair(p, "Establishment", f"{TRADE}, {TOWNS[town][2]}")
    wrap_pair(p, "Licensee", FIRM)
    if not j.no_day:
        p.pair("Licence valid upto", when(j.date + dt.timedelta(days=rng.randrange(330, 380)), rng.choice(DAY_PATS)))
    heads = [("Trade licence fee", float(rng.choice([2500, 3500, 5000, 6000]))),
             ("Sanitation fee", float(rng.choice([600, 1200, 1500]))), ("Fire NOC fee", float(rng.choice([0, 1000])))]
    heads = [h for h in heads if h[1]]
    if rng.random() < 0.3:
        heads.append(("Late fee", float(rng.choice([250, 500]))))
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Amount paid"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode of payment", "Mode"]), {"UPI": "UPI", "cash": "Cash at counter"}[way], method=way)
    if not j.no_ref:
        rno = f"{TOWNS[town][0][:3].upper()}{digits(rng, 8)}"
        p.pair(rng.choice(["Receipt No.", "e-Receipt No."]), rno, txn=(INVOICE_RANK, rno))
        if way == "UPI":
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair(rng.choice(["Payment date", "Receipt date"]), j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", "Paid", status="success")
        p.part = "foot"
        p.add("pair", "Cashier", "Licence Superintendent")
    else:
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


def gst_challan(rng: random.Random, font: str, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The GST portal's Payment Receipt - Form GST PMT-06 / Challan Payment Receipt in a browser or printed (no
    payee): CPIN and Challan generated on (no fact), GSTIN, Legal name, Trade name, Return period (no fact), CGST
    (0005) / SGST (0006) / IGST (0008) Tax, Interest, Late fee, Total challan amount / Total amount (the sum), Mode
    (E-Payment (Net Banking), NEFT / RTGS), Bank, CIN, BRN, Date of deposit / Payment date, Initiated on; Paid /
    Payment successful / Awaiting credit from RBI - NEFT / RTGS."""
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["Payment Receipt - Form GST PMT-06", "Challan Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Paid", "Payment successful"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]}
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}27{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan generated on", j.other_day(rng, -4, 0))
    p.pair("GSTIN", gstin(rng, "27"))
    wrap_pair(p, "Legal name", FIRM.upper())
    wrap_pair(p, "Trade name", TRADE)
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair(rng.choice(["Return period", "Tax period"]), when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(15000, 260000), 1))
    heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
    if rng.random() < 0.5:
        heads.append(("IGST (0008) Tax", float(whole(rng.uniform(4000, 90000), 1))))
    if rng.random() < 0.3:
        interest = float(rng.randrange(80, 3000))
        heads += [("CGST (0005) Interest", interest), ("SGST (0006) Interest", interest)]
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": "E-Payment (Net Banking)", "neft": "NEFT / RTGS"}[way], method="netbanking")
    p.pair(rng.choice(["Bank", "Bank name"]), rng.choice(BANKS[:6]))
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{rng.choice(['HDFC', 'ICIC', 'UTIB', 'SBIN'])}{j.date:%y}27{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
    if j.status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
        p.pair(rng.choice(["Time", "Deposit time"]), hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Payment status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "Mandate form generated. Remit the amount by NEFT / RTGS from your bank within the challan's "
                       "validity; the receipt is issued once RBI reports the credit.")
    p.part = "foot"
    p.add("small", "Note: This is a system generated receipt.")
    return p.done()


def tds_challan(rng: random.Random, font: str, j: Job, frame: str) -> tuple[list, dict, dict]:
    """A TDS challan (ITNS 281) for the TDS the company deducted: the e-filing portal's e-Pay Tax - Challan Receipt in
    a browser (Income Tax Department on top, no payee) or Bank of Maharashtra's Direct Tax - Taxpayer's Counterfoil:
    TAN, Name, Assessment Year (no fact), Major Head, Minor Head (200), Nature of Payment (194-I(b), 194C, 194J(b),
    192, 194Q), Amount (in Rs.), CRN, Payment mode, Bank, BSR Code and Challan Sr. No. (no id), CIN, BRN, Date of
    deposit / Paid on, the Tax Breakup; Payment Successful / Challan paid."""
    tan = f"NGP{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(20, 900) * 100)
    parts = [("Tax", tax), ("Surcharge", 0.0), ("Cess", 0.0),
             ("Interest", float(rng.randrange(2, 60) * 25) if rng.random() < 0.35 else 0.0), ("Penalty", 0.0),
             ("Fee u/s 234E", float(rng.randrange(2, 20) * 200) if rng.random() < 0.2 else 0.0)]
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
    if frame == "bank":
        p = browser_page(rng, font, "www.mahaconnect.in/corp/eTax/counterfoil")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Bank of Maharashtra")
        p.add("center", "Direct Tax (ITNS 281) - Taxpayer's Counterfoil")
    else:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment Successful", "Challan paid"]})
    p.pair("TAN", tan)
    wrap_pair(p, "Name", FIRM.upper())
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", "(0020) Corporation Tax")
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", f"{section} - {nature}")
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
    p.pair(rng.choice(["Payment mode", "Paid from"]), rng.choice(["Net Banking", "Current A/c " + masked(rng, font)]),
           method="netbanking")
    p.pair("Bank", "Bank of Maharashtra" if frame == "bank" else rng.choice(BANKS[:6]))
    p.pair("BSR Code", bsr)
    if not j.no_ref:
        p.pair("Challan Sr. No.", serial)
        if not j.no_day:
            cin = f"{bsr}{j.date:%d%m%Y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
        p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
    if not j.no_day:
        p.pair(rng.choice(["Date of deposit", "Paid on"]), j.day(rng), date=j.date)
    p.add("rule")
    p.add("left", "Tax Breakup Details (Amount in Rs.)")
    for letter, (label, value) in zip("ABCDEF", parts):
        p.pair(f"{letter}  {label}", rs(value))
    p.pair("Total (A+B+C+D+E+F)", rs(total))
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's dues to the state: FSSAI licence fees on FoSCoS (two, ``fssai_fee``), outlets' trade licences (two,
    ``trade_licence``), GST (two, ``gst_challan``) and the TDS it deducted (two, ``tds_challan``)."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(1,))
    kind, frame, way, town = GOVT_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, town=town)
    if kind == "fssai":
        return fssai_fee(rng, font, k, j, way, town)
    if kind == "trade":
        return trade_licence(rng, font, k, j, frame, way, town)
    if kind == "gst":
        return gst_challan(rng, font, j, frame, way)
    return tds_challan(rng, font, j, frame)


# ---------------------------------------------------------------- 11. POS, online-store and office software


# product, its site, frame, company line, the way, the currency
SAAS = [("Petpooja", "petpooja.com", "mail", "Prayosha Food Services Pvt Ltd", "UPI", "INR"),
        ("UrbanPiper", "urbanpiper.com", "browser", "UrbanPiper Technology Pvt Ltd", "card", "INR"),
        ("Shopify", "shopify.com", "mail", "Shopify Inc.", "card", "USD"),
        ("TallyPrime", "tallysolutions.com", "browser", "Tally Solutions Pvt Ltd", "netbanking", "INR"),
        ("Zoho Books", "zoho.in", "mail", "Zoho Corporation Pvt Ltd", "card", "INR"),
        ("Google Workspace", "workspace.google.com", "browser", "Google Cloud India Pvt Ltd", "card", "INR"),
        ("Canva", "canva.com", "phone", "Canva Pty Ltd", "UPI", "INR"),
        ("Mailchimp", "mailchimp.com", "mail", "Intuit Mailchimp", "card", "USD")]
# the plan, its lines (label, quantity, rate), days to the next charge
SAAS_PLANS = {"Petpooja": ("POS - 9 billing points (annual)", [("POS licence (per billing point)", 9, 10000.0),
                                                        ("Inventory module - central kitchen", 1, 6000.0)], 365),
              "UrbanPiper": ("Prime - aggregator integration", [("Outlets", 8, 1500.0)], 30),
              "Shopify": ("Basic (monthly)", [("Basic plan", 1, 39.0), ("Cake Builder app", 1, 14.99)], 30),
              "TallyPrime": ("TSS renewal - Gold (multi-user)", [("Tally Software Services - Gold", 1, 12150.0)], 365),
              "Zoho Books": ("Premium - annual", [("Premium plan (annual)", 1, 35880.0), ("Additional users", 2,
                                                                                         1800.0)], 365),
              "Google Workspace": ("Business Starter - Flexible plan", [("Users", 12, 136.8)], 30),
              "Canva": ("Canva Teams - annual", [("Canva Teams (3 people)", 1, 8000.0)], 365),
              "Mailchimp": ("Standard - 2,500 contacts", [("Standard plan", 1, 45.0)], 30)}
TAGLINES = {"Petpooja": "Restaurant POS & billing software", "UrbanPiper": "Online ordering & aggregator integration",
            "Shopify": "Online store", "Mailchimp": "Email marketing", "Canva": "Design for everyone"}


def software_subs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's software (Petpooja's POS, UrbanPiper, TallyPrime, Zoho Books, Google Workspace and Canva in rupees,
    Shopify's online cake store and Mailchimp in US dollars; the vendor's e-mail, its billing page in a browser or an
    app's screen): the product on top (the payee) and its tagline or company line, Payment receipt / Invoice paid /
    Billing - transaction details / Receipt, Bill to / Account / Customer the company, GSTIN, Account ID / Customer ID
    / Store (no id), Plan, Billing period (no fact), the lines (POS licence (per outlet) 9 x 10,000, Outlets 8 x 1,500,
    Users 12 x 136.80), Subtotal, IGST @ 18% / GST @ 18% or Tax 0.00 with the reverse-charge note, Amount paid / Total
    charged / Total / Amount due or the sum large, Payment method / Paid with, Invoice # / Invoice No., Payment ID /
    Transaction ID, Bank Ref No., Auth code, UPI Ref No, Charged on / Payment date / Paid on / Attempted on /
    Initiated on, Next charge on / Renews on (no fact); Paid / Payment successful / Payment failed - card declined /
    Payment processing - awaiting bank confirmation."""
    k = place("software_subs")
    status = outcome(k, failed=(2,), pending=(3,))
    name, site, frame, company, way, cur = SAAS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, town=0)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Billing", "Payment status"])
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <{rng.choice(['billing', 'invoices', 'no-reply'])}@{site}>",
                      [f"Your {name} receipt", "Payment received - thank you", "Invoice paid"] if status == "success"
                      else [f"Action needed: your {name} payment", "Payment problem"])
    else:
        url = "admin.google.com/ac/billing/transactions" if name == "Google Workspace" else \
            f"{rng.choice(['app', 'my', 'accounts'])}.{site}/{rng.choice(['billing', 'subscription/invoices'])}"
        p = browser_page(rng, font, url)
    show = usd(rng) if cur == "USD" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {"success": ["Paid", "Payment successful"], "failed": ["Payment failed - card declined"],
             "pending": ["Payment processing - awaiting bank confirmation"]}
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", TAGLINES.get(name) or company)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add("center", rng.choice(["Payment receipt", "Invoice paid", "Receipt"]) if status == "success"
              else rng.choice(["Billing - transaction details", "Payment status"]))
        p.add("rule")
        p.part = "body"
    plan, lines, days = SAAS_PLANS[name]
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer"]), FIRM)
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, "27"))
    if name == "Shopify":
        p.pair("Store", f"{SLUG}.myshopify.com")
    else:
        p.pair(rng.choice(["Account ID", "Customer ID"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        line = round(qty * rate, 2)
        sub += line
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(line))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        if company.endswith("Pvt Ltd") and rng.random() < 0.5:
            p.pair("CGST @ 9%", show(tax / 2))
            p.pair("SGST @ 9%", show(tax / 2))
        else:
            p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair("Tax", show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(["Amount paid", "Total charged", "Total"] if status == "success" else ["Amount due", "Total"])
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: the customer accounts for IGST on this import of services.")
    vpa = f"{SLUG[:10]}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])}"
    p.pair(rng.choice(["Payment method", "Paid with"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}", "UPI": f"UPI AutoPay ({vpa})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        if status == "success":
            inv = f"{code(rng, 4, UPPER)}-{rng.randrange(1000, 9999)}" if cur != "INR" else \
                f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            labelled(p, rng.choice(["Invoice #", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        if name == "Google Workspace":
            pid = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
        elif cur != "INR":
            pid = f"ch_{code(rng, 16, MIXED)}"
        else:
            pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        labelled(p, "Payment ID" if pid[:3] in ("pay", "ch_") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "netbanking":
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Charged on", "Payment date", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair(rng.choice(["Next charge on", "Renews on"]),
                   when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry the charge in 3 days. Update your card to keep your store online.")
    elif status == "pending":
        p.add("small", "Your licence stays active while the bank confirms the payment.")
    p.part = "foot"
    p.add("small", rng.choice(["Manage billing under Settings > Billing.", "Questions? Reply to this message."]))
    return p.done()


# ---------------------------------------------------------------- 12. refunds for wrong orders


# frame, the way
REFUND_PAGES = [("voucher", "cash"), ("gateway", "card"), ("merchant", "UPI"), ("bank", "IMPS"), ("gateway", "UPI"),
                ("note", "UPI"), ("mail", "NEFT"), ("merchant", "UPI")]
GATEWAYS = {1: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
            4: ("Cashfree Payments", "merchant.cashfree.com/pg/refunds")}
REFUND_APPS = {2: "PhonePe Business", 7: "Paytm for Business"}
REASONS = ["Wrong flavour delivered (ordered eggless truffle)", "Wrong name written on the cake",
           "Cake weight short (1 kg instead of 2 kg)", "Missing items - 6 pastries", "Duplicate payment at counter",
           "Order delivered after the party", "Wrong order packed - veg puffs instead of paneer puffs"]


def wrong_order_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain refunding customers for wrong orders (a payment it makes: the customer is the payee): an outlet's
    REFUND VOUCHER (paper, the chain on top, never the payee: Voucher No., Date, Refund to / Customer / Paid to, Against
    bill No. (no id), Reason, Bill amount, Refund amount / Amount refunded (the sum), Mode, Customer's signature;
    REFUNDED), its CREDIT NOTE CUM REFUND (paper: Credit note No., Original invoice (no id), Refund to, Less: items
    retained, Net refund, UPI Ref No.), its gateway's refund page (Razorpay, Cashfree Payments: the company | Live under
    it, Refund details, the refund large, Customer / Refunded to, Order (Custom cake - online), Payment amount, Refund
    to Source - card / UPI, Refund ID, ARN / RRN, the original Payment ID (no id), Processed on / Initiated on /
    Attempted on; Refund processed / Refund in progress / Refund failed - customer's UPI ID is inactive), the outlet's
    merchant app (PhonePe Business, Paytm for Business: Refund successful, the sum large, Refunded to <customer>,
    Original payment (no fact), Refund Ref No. / UPI Ref No., Original transaction ID (no id), Refunded on), the
    company's bank app (Kotak Biz: Paid to / Beneficiary the customer, Remarks Refund - wrong order, IMPS Ref No) or
    its e-mail to the customer (Refund processed, Refunded to, Amount refunded, Mode, UTR, Refunded on)."""
    k = place("wrong_order_refunds")
    status = outcome(k, failed=(4,), pending=(1,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, town=k)
    client = rng.choice(CUSTOMERS)
    client = client.upper() if rng.random() < 0.15 else client
    paid = float(rng.choice([180, 360, 480, 650, 720, 900, 1150, 1400, 1800, 2350]))
    full = rng.random() < 0.5
    refund = paid if full else float(whole(paid * rng.uniform(0.3, 0.7), 10))
    j.amount = refund
    reason = rng.choice(REASONS)
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{FIRM}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"pending": ["Refund in progress"],
                                "failed": ["Refund failed - customer's UPI ID is inactive"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
        wrap_pair(p, "Order", rng.choice(["Custom cake - online", "Online order - pastries box", "Cake + gift hamper"]))
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        wrap_pair(p, "Reason", reason)
        p.pair("Refund to", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"CF{digits(rng, 11)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 10))
        if not j.no_day:
            labelled(p, {"pending": "Initiated on", "failed": "Attempted on"}[status], stamp(rng, j.date, PATS),
                     date=j.date)
        p.add("small", "Refunds reach the customer's card in 5-7 working days." if status == "pending" else
              "Ask the customer for another UPI ID or a bank account and refund again.")
        p.part = "foot"
        p.add("small", "Refunds cannot be cancelled once initiated.")
        return p.done()
    if frame == "merchant":
        app = REFUND_APPS[k]
        p = phone_page(rng, font, k, ["", "Refund details"])
        rs = money(rng, font, 0.6)
        head(p, app, MERCHANT_APPS[app], p.style["h106"]["dark"], ["Payments", "Refunds"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund successful", "Refund completed"]})
        p.add("big", rs(refund), amount=refund)
        form = rng.random()
        if form < 0.5:
            p.add("small", "Refunded to")
            p.add("center", client, merchant=client)
        else:
            wrap_pair(p, rng.choice(["Refunded to", "Customer"]), client, merchant=client)
        p.add("small", vpa_of(rng, client))
        p.pair("Original payment", rs(paid))
        wrap_pair(p, "Reason", reason)
        p.pair("Refund mode", "UPI - to source", method="UPI")
        if not j.no_ref:
            labelled(p, rng.choice(["Refund Ref No.", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            p.pair("Original transaction ID", digits(rng, 14) if app != "Paytm for Business" else digits(rng, 20))
        if not j.no_day:
            labelled(p, rng.choice(["Refunded on", "Date & time"]), stamp(rng, j.date, PATS), date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", f"Refunded from {TRADE}, {TOWNS[k][2]}")
        return p.done()
    if frame == "bank":
        p = phone_page(rng, font, k, ["", "Transaction details"])
        head(p, "Kotak Biz", (237, 28, 36), p.style["h106"]["dark"], ["Pay vendors & others", "IMPS transfer"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), client, merchant=client)
        p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        wrap_pair(p, "Remarks", rng.choice(["Refund - wrong order", "Cake order refund", "Refund - duplicate payment"]))
        if not j.no_ref:
            labelled(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.6:
                own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if not j.no_day:
            labelled(p, "Date & Time", stamp(rng, j.date, PATS), date=j.date)
        p.pair("Debited from", f"Current A/c {masked(rng, font)}")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{TRADE} <care@{SLUG}.in>", ["Your refund is processed", "Refund for your order"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRADE)
        p.add("small", rng.choice(BAKE_SUB))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {client.split()[0].title()}, we are sorry about your order. We have refunded you as "
                      "below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
        wrap_pair(p, "Reason", reason)
        p.pair("Order value", rs(paid))
        p.pair("Amount refunded", rs(refund), amount=refund)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To account", f"XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            ref = neft_utr(rng.choice(["HDFC", "KKBK"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", "We hope to bake for you again. Use code SORRY10 on your next order.")
        return p.done()
    p = paper_page(rng, font, [620, 660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = ["REFUND VOUCHER", "CASH REFUND VOUCHER"] if frame == "voucher" else ["CREDIT NOTE CUM REFUND",
                                                                                  "CREDIT NOTE - REFUND"]
    letterhead(p, k, TRADE, kinds, sub=rng.choice(BAKE_SUB), merchant=False)
    if not j.no_ref:
        vno = f"{'RV' if frame == 'voucher' else 'CN'}/{CODE}{k + 1}/{j.year()}{rng.randrange(1, 300):03d}"
        p.pair(rng.choice(["Voucher No.", "Refund voucher No."]) if frame == "voucher" else "Credit note No.", vno,
               txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Refund to", "Customer", "Paid to"]), client, merchant=client)
    if not j.no_ref:
        p.pair("Against bill No." if frame == "voucher" else "Original invoice", f"{CODE}{k + 1}-{rng.randrange(1000, 99999)}")
    wrap_pair(p, "Reason", reason)
    p.add("rule")
    p.pair("Bill amount", rs(paid))
    if not full:
        p.pair("Less: items retained by customer", rs(round(paid - refund, 2)))
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]), rs(refund), amount=refund)
    p.add("small", f"({words_in_rupees(refund)})")
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["HDFC"])
    p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
    p.part = "foot"
    p.add("small", "Received the above refund in full settlement of my complaint.")
    p.add("pair", "Customer's signature", "Outlet manager")
    return p.done()


compose = compose121

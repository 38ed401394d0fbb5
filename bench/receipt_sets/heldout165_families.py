"""The twelve heldout165 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a tyre, battery and roadside-assistance dealer's day in 2026 (Pathik Tyres &
Batteries, an outlet with a 24x7 roadside van in each of Hubballi, Nashik, Siliguri, Rajkot, Tiruchirappalli, Ranchi,
Jalandhar and Kozhikode; Pathik Auto Care LLP runs five of them and Pathik Roadside Services Pvt Ltd the Siliguri,
Ranchi and Kozhikode outlets), told by the proofs of payment it receives and makes: motorists' UPI apps and the
outlets' business apps, the counters' card slips (a bank EMI on four tyres), stranded motorists' payment links for a
roadside call-out, the outlets' own invoices and cash memos (an old battery's exchange value, a warranty's pro-rata
bill, an advance for tyres on order), fleet owners' payments of their credit accounts (the outlet's receipts, their
remittance advices net of TDS u/s 194Q, their banks' transfers), the tyre and battery makers' dealer portals and
their warranty and scheme settlements, roadside-assistance providers' and insurers' payouts for the cases attended,
the tow truck partners' vouchers and payouts, FASTag tolls and fuel for the service vans, scrap battery sales to
recyclers, rent and power, and GST, TDS and a trade licence. Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, vehicle numbers, tyre
sizes and serials, job cards, tickets and case ids, dealer, vendor, partner and consumer codes, virtual accounts,
claim numbers, periods, sub totals, gross sums, deductions, GST and TCS lines, exchange values, balances, GSTIN,
IFSC, PAN, TAN, MID, TID, batch, AID and the payer's own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, screen
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import ay_of, method_for, pan, rail_ref, right
from bench.receipt_sets.heldout153_families import emi
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code, vehicle registration head
TOWNS = [
    ("Hubballi", "580030", "Gokul Road", "Karnataka", "29", "KA25"),
    ("Nashik", "422011", "Dwarka Circle", "Maharashtra", "27", "MH15"),
    ("Siliguri", "734001", "Sevoke Road", "West Bengal", "19", "WB74"),
    ("Rajkot", "360004", "Gondal Road", "Gujarat", "24", "GJ03"),
    ("Tiruchirappalli", "620018", "Thillai Nagar", "Tamil Nadu", "33", "TN45"),
    ("Ranchi", "834008", "Kanke Road", "Jharkhand", "20", "JH01"),
    ("Jalandhar", "144001", "GT Road", "Punjab", "03", "PB08"),
    ("Kozhikode", "673004", "Mavoor Road", "Kerala", "32", "KL11"),
]
TRADE = "Pathik Tyres & Batteries"
LLP = "Pathik Auto Care LLP"
COMPANY = "Pathik Roadside Services Pvt Ltd"
FIRMS = [LLP, LLP, COMPANY, LLP, LLP, COMPANY, LLP, COMPANY]
CODES = ["HBL", "NSK", "SLG", "RJT", "TRY", "RNC", "JUC", "CLT"]
MOTORISTS = [
    "Prakash Hiremath",
    "Snehal Kulkarni",
    "Bikash Chhetri",
    "Jignesh Kotecha",
    "Arul Selvan",
    "Nikita Oraon",
    "Harpreet Singh Bains",
    "Fathima Rinsha",
    "Sandeep Yadav",
    "Meera Joshi",
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Canara Bank",
    "Bank of Baroda",
    "Kotak Mahindra Bank",
    "Union Bank of India",
]
IFSC_HEADS = ["SBIN", "HDFC", "ICIC", "UTIB", "CNRB", "BARB", "KKBK", "UBIN"]
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
SHOP_SUB = [
    "Tyres | Batteries | Alignment | 24x7 roadside assistance",
    "Authorised dealer - Apollo, CEAT, JK Tyre | Amaron & Exide batteries",
    "Wheel care centre & battery point - roadside help 24x7",
]
WAIT = [
    "Waiting for your bank to confirm. Do not pay the outlet again.",
    "Your bank has not confirmed yet. We will update you shortly.",
]


def ours(rng: random.Random, town: int, *, firm: float = 0.2, branch: float = 0.3, caps: float = 0.2) -> str:
    """An outlet as a payee: the trade name, the trade name with its town on some, the firm that runs it on some,
    in capitals on some."""
    r = rng.random()
    name = FIRMS[town] if r < firm else f"{TRADE} - {TOWNS[town][0]}" if r < firm + branch else TRADE
    return name.upper() if rng.random() < caps else name


def vehicle(rng: random.Random, town: int) -> str:
    return f"{TOWNS[town][5]}{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 500,
        high: float = 40000,
        p_round: float = 0.6,
        town: int | None = None,
        firm: float = 0.2,
        branch: float = 0.3,
        caps: float = 0.2,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a due day, a scheduled run): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 1) -> str:
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(p: Screen, town: int, name: str, kinds: list[str], sub: str, *, merchant: bool = True) -> None:
    """A business on top of its own paper (the payee where ``merchant``): its line, address, GSTIN and phone, the
    document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'Plot', 'Door No.', 'Survey No.'])} {rng.randrange(2, 220)}, "
        f"{city[2]}, {city[0]} - {city[1]}",
    )
    p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def acct_ifsc(rng: random.Random) -> tuple[str, str]:
    i = rng.randrange(len(BANKS))
    return f"{BANKS[i]} A/c XXXXXX{digits(rng, 4)}", f"{IFSC_HEADS[i]}0{digits(rng, 6)}"


def split_gst(value: float, rate: float = 18.0) -> tuple[float, float]:
    """The taxable value and the GST in a GST-inclusive sum (half CGST, half SGST rounded to paise)."""
    base = round(value / (1 + rate / 100), 2)
    half = round(base * rate / 200, 2)
    return base, half


def tail(p: Screen, lines: list[str]) -> None:
    p.part = "foot"
    p.add("small", p.rng.choice(lines))


# ---------------------------------------------------------------- 1. motorists' UPI and the outlets' business apps


UPI_FRAMES = [
    ("app", "Google Pay"),
    ("app", "PhonePe"),
    ("biz", "PhonePe Business"),
    ("app", "Paytm"),
    ("app", "BHIM"),
    ("biz", "Paytm for Business"),
    ("app", "CRED"),
    ("biz", "BharatPe"),
]
UPI_NOTES = [
    "Puncture + nitrogen",
    "2 tyres {v}",
    "Battery Amaron 45Ah",
    "Alignment & balancing",
    "Jump start Gokul Rd",
    "Tyre rotation + valve",
    "Battery exchange",
    "Tube 90/90-17",
]
BIZ_BANDS = {"PhonePe Business": (95, 37, 159), "Paytm for Business": (0, 41, 112), "BharatPe": (0, 150, 136)}


def biz_received(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The outlet's own business app after a motorist paid at the counter's QR or soundbox: the app's title, Payment
    received / Money received / Received successfully, the sum large, Received from / From the motorist in capitals
    and a handle, Received in / Business / Credited to the outlet (the payee), Mode UPI - QR / UPI (Soundbox), UPI Ref
    No. / RRN, Txn ID / Order ID on some, Received on / Date & time, Settles to the bank, Settlement expected on
    another day."""
    p = phone_page(rng, font, k, [app, f"{app} - Payments", "Transaction details"])
    rs = money(rng, font, 0.6)
    p.part = "head"
    p.add("center", app)
    p.style["band"], p.style["band_ink"] = BIZ_BANDS[app], (255, 255, 255)
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment received", "Money received", "Received successfully"]})
    p.add("big", rs(j.amount), amount=j.amount)
    payer = rng.choice(MOTORISTS).upper()
    wrap_pair(p, rng.choice(["Received from", "From"]), payer)
    p.add(
        "small",
        f"{payer.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['oksbi', 'ybl', 'paytm', 'ibl'])}",
    )
    wrap_pair(p, rng.choice(["Received in", "Business", "Credited to"]), j.to, merchant=j.to)
    p.pair("Mode", rng.choice(["UPI - QR", "UPI (Soundbox)", "UPI - counter QR"]), method="UPI")
    if not j.no_ref:
        labelled(p, rng.choice(["UPI Ref No.", "RRN", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            own = f"{rng.choice(['T', 'PTM', 'BP'])}{digits(rng, 14)}"
            labelled(p, rng.choice(["Txn ID", "Order ID"]), own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, rng.choice(["Received on", "Date & time"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Settles to", "Settlement A/c"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    if rng.random() < 0.6 and not j.no_day:
        p.pair("Settlement expected", j.other_day(rng, 1, 3))
    tail(p, ["Soundbox announced this payment.", "Need help? Chat with us 24x7"])
    return p.done()


def motorist_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Five of a motorist's UPI app paying an outlet (Google Pay, PhonePe, Paytm, BHIM, CRED; heldout125's result
    screen, the outlet under Paid to / To / Sent to, a Note / Message) and three of the outlet's own business app
    (``biz_received``)."""
    k = place("motorist_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=150, high=24000, p_round=0.85)
    if rng.random() < 0.4:
        j.amount = float(rng.choice([150, 250, 400, 600, 1200, 2500, 4650, 5400, 8900]))
    if side == "biz":
        return biz_received(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, TRADE, WAIT)
    if rng.random() < 0.85:
        p.pair(
            rng.choice(["Note", "Message", "Remarks"]), rng.choice(UPI_NOTES).format(v=vehicle(rng, j.town))
        )
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. the counters' card slips


MAKERS = ["PINE LABS", "HDFC BANK", "MSWIPE", "ICICI BANK", "PAYTM", "WORLDLINE", "AXIS BANK", "RAZORPAY POS"]
CARD_KINDS = ["chip", "tap", "bankemi", "chip", "qr", "swipe", "chip", "tap"]
CARD_ITEMS = [
    ("TYRE 185/65 R15 X{n}", 4200, 5600),
    ("TYRE 205/55 R16 X{n}", 6400, 8200),
    ("BATTERY 12V 45AH", 5200, 6800),
    ("BATTERY 12V 65AH", 7800, 9600),
    ("WHEEL ALIGNMENT+BALANCING", 700, 1200),
    ("ALLOY WHEEL 15IN X{n}", 5200, 7400),
    ("TUBELESS PUNCTURE X{n}", 150, 250),
]
EMI_ITEMS = ["TYRES 215/60 R17 X4", "TYRES 195/65 R15 X4", "TYRES + ALLOYS SET"]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y", "%d%b%y"]
DECLINES = ["51 INSUFFICIENT FUNDS", "55 INCORRECT PIN", "05 DO NOT HONOUR", "54 EXPIRED CARD"]


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet counter's card terminal slip (Pine Labs, HDFC Bank, Mswipe, ICICI Bank, Paytm, Worldline, Axis
    Bank, Razorpay POS; monospace): the maker on top on some, the outlet in capitals, its road and town, SALE / CARD
    SALE / EMI SALE / UPI SALE, DT:/TM: or DATE: and TIME:, MID:, TID:, BATCH:, INV NO: / BILL NO:, ITEM: (TYRE
    185/65 R15 X4, BATTERY 12V 45AH), VEH NO:, CARD NO:, CARD TYPE:, ENTRY:, APPR CODE: / AUTH CODE:, RRN: / REF NO:,
    or MODE: UPI - BHARAT QR with PAYER VPA: and QR TXN ID:; the EMI slip's ISSUER:, TENURE:, ROI:, TXN AMOUNT:,
    MONTHLY EMI:, TOTAL WITH INTEREST:; AMOUNT: / SALE AMT: / TOTAL:; APPROVED / TXN SUCCESSFUL / DECLINED with RESP
    CODE: / UPI TXN PENDING with CHECK STATUS BEFORE RELEASING VEHICLE."""
    k = place("counter_card")
    status = outcome(k, failed=(3,), pending=(4,))
    kind = CARD_KINDS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, town=k)
    p = slip_page(rng, font)
    roll = rng.random()
    name = (FIRMS[k] if roll < 0.2 else f"{TRADE} {TOWNS[k][0]}" if roll < 0.5 else TRADE).upper()
    if not fits(p, "center", name):
        name = TRADE.upper()
    p.part = "head"
    if rng.random() < 0.55:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    line = f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper()
    p.add("center", line if fits(p, "center", line) else TOWNS[k][0].upper())
    p.add("center", {"bankemi": "EMI SALE", "qr": "UPI SALE"}.get(kind, rng.choice(["SALE", "CARD SALE"])))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair("TIME:", clock)
    else:
        text = when(j.date, rng.choice(CARD_DAYS), upper=True)
        one = f"DT:{text}  TM:{clock}"
        if rng.random() < 0.5 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        else:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair("TID:", f"{rng.choice(['', 'P', 'M'])}{digits(rng, 8)}")
    p.pair(rng.choice(["BATCH:", "BATCH NO:"]), f"{rng.randrange(1, 9999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "bankemi":
        item = rng.choice(EMI_ITEMS)
    else:
        item, lo, hi = rng.choice(CARD_ITEMS[:4] if kind in ("chip", "swipe") else CARD_ITEMS)
        n = rng.choice([2, 4]) if "TYRE" in item or "ALLOY" in item else rng.randint(1, 3)
        j.amount = float(whole(rng.uniform(lo, hi), 10)) * (n if "{n}" in item else 1)
        item = item.format(n=n)
    p.pair("ITEM:", item)
    if rng.random() < 0.5:
        p.pair("VEH NO:", vehicle(rng, k))
    if kind == "qr":
        p.pair("MODE:", "UPI - BHARAT QR", method="UPI")
        p.pair("PAYER VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'paytm'])}")
        if not j.no_ref:
            qid = f"BQR{digits(rng, 13)}"
            p.pair("QR TXN ID:", qid, txn=(TXN_RANK, qid))
    else:
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD TYPE:", f"{net} {'CREDIT' if kind == 'bankemi' else rng.choice(['CREDIT', 'DEBIT'])}")
        p.pair("ENTRY:", {"tap": "CONTACTLESS", "swipe": "SWIPE"}.get(kind, "CHIP"))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if kind == "bankemi":
        j.amount = float(rng.choice([24800, 28600, 33400, 41200, 52000]))
        tenure, rate = rng.choice([3, 6, 9, 12]), rng.choice([14.0, 15.0, 16.0])
        monthly = emi(j.amount, rate, tenure)
        p.pair("ISSUER:", rng.choice(["HDFC BANK CC", "SBI CARD", "ICICI BANK CC", "AXIS BANK CC"]))
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("ROI:", f"{rate:.2f}% P.A.")
        p.pair("TXN AMOUNT:", amt(j.amount), amount=j.amount)
        p.pair("MONTHLY EMI:", amt(monthly))
        p.pair("TOTAL WITH INTEREST:", amt(round(monthly * tenure, 2)))
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        if kind == "swipe":
            p.add("gap")
            p.add("left", "SIGN ______________________")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.pair("RESP CODE:", rng.choice(DECLINES))
    else:
        p.add("center", "UPI TXN PENDING", status="pending")
        p.add("small", "CHECK STATUS BEFORE RELEASING VEHICLE")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 3. roadside call-outs paid by payment link


GATEWAYS = [
    ("Razorpay", "rzp.io/l/", "Secured by Razorpay"),
    ("PayU", "u.payu.in/", "Payments powered by PayU"),
    ("Cashfree Payments", "payments.cashfree.com/links/", "Secure payments by Cashfree Payments"),
    ("Instamojo", "imjo.in/", "Powered by Instamojo"),
    ("Paytm", "paytm.me/", "Paytm Payment Gateway - 100% secure"),
    ("CCAvenue", "ccavenue.com/shopping/", "CCAvenue - secure payment"),
    ("Easebuzz", "pay.easebuzz.in/", "Payments by Easebuzz"),
    ("PhonePe PG", "phon.pe/", "Secured by PhonePe Payment Gateway"),
]
CALLOUTS = [
    ("Jump start at site", "Call-out charge", (499, 799)),
    ("Flat tyre - spare fitted at site", "Call-out charge", (399, 699)),
    ("Battery replaced at site", "Call-out charge", (299, 499)),
    ("Towing to workshop", "Towing (first 10 km)", (1200, 1800)),
    ("Fuel delivery (5 L diesel)", "Call-out charge", (499, 699)),
    ("Puncture repair at site", "Call-out charge", (349, 599)),
]
FAIL_LINK = ["Payment failed", "Transaction declined by bank", "Payment could not be completed"]
WAIT_LINK = ["Payment pending", "Payment under processing", "Awaiting confirmation from bank"]


def roadside_links(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A stranded motorist paying an outlet's roadside van by the link it sent on SMS / WhatsApp (Razorpay, PayU,
    Cashfree Payments, Instamojo, Paytm, CCAvenue, Easebuzz, PhonePe PG; in a browser): the outlet on top with "24x7
    roadside assistance - <town>", the outcome, the sum large, Service / Purpose (Jump start at site), Ticket No. /
    Job card No., Vehicle No., Customer / Paid by, the breakdown (Call-out charge or Towing (first 10 km), Extra km n x
    rate, a battery or a tube, GST @ 18% on the service), Total / Amount payable, Payment method / Paid using, Payment
    ID / Transaction ID / Order ID, UPI Ref No. / Bank Ref No. / RRN or Auth code, Paid on / Transaction date /
    Failed on / Initiated on, the gateway's footer."""
    k = place("roadside_links")
    status = outcome(k, failed=(5,), pending=(2,))
    gate, url, foot = GATEWAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, caps=0.3)
    p = browser_page(rng, font, url + code(rng, 8, MIXED))
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"24x7 roadside assistance - {TOWNS[j.town][0]}")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid", "Thank you! Payment received"],
            "failed": FAIL_LINK,
            "pending": WAIT_LINK,
        },
    )
    service, first, (lo, hi) = rng.choice(CALLOUTS)
    lines = [(first, float(whole(rng.uniform(lo, hi), 1)))]
    if "Towing" in service:
        km = rng.randint(4, 30)
        rate = float(rng.choice([30, 35, 40, 45]))
        lines.append((f"Extra km {km} x {rate:.0f}", km * rate))
    services = sum(v for _, v in lines)
    gst = round(services * 0.18, 2)
    parts = []
    if "Battery" in service:
        parts.append(("Amaron 12V 35Ah (incl. GST)", float(rng.choice([4650, 4899, 5150, 5420]))))
    elif "Flat" in service and rng.random() < 0.5:
        parts.append(("Tube 145/80 R12 (incl. GST)", float(rng.choice([480, 520, 560]))))
    total = round(services + gst + sum(v for _, v in parts), 2)
    j.amount = total
    p.add("big", rs(total), amount=total)
    wrap_pair(p, rng.choice(["Service", "Purpose"]), service)
    p.pair(rng.choice(["Ticket No.", "Job card No."]), f"RSA-{CODES[j.town]}-{rng.randrange(1000, 99999)}")
    p.pair("Vehicle No.", vehicle(rng, j.town))
    wrap_pair(p, rng.choice(["Customer", "Paid by"]), rng.choice(MOTORISTS))
    p.add("rule")
    for label, value in lines:
        p.pair(label, rs(value))
    p.pair("GST @ 18% on service", rs(gst))
    for label, value in parts:
        wrap_pair(p, label, rs(value))
    p.pair(rng.choice(["Total", "Amount payable"]), rs(total))
    p.add("rule")
    way = rng.choice(["UPI", "UPI", "card"])
    p.pair(
        rng.choice(["Payment method", "Paid using"]),
        "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
        method=way,
    )
    if not j.no_ref:
        pid = {
            "Razorpay": f"pay_{code(rng, 14, MIXED)}",
            "Instamojo": f"MOJO{digits(rng, 4)}{code(rng, 6, ALNUM)}",
            "CCAvenue": digits(rng, 12),
        }.get(gate, digits(rng, 11))
        labelled(
            p,
            rng.choice(["Payment ID", "Transaction ID"]) if gate != "CCAvenue" else "Tracking ID",
            pid,
            txn=(TXN_RANK, pid),
        )
        if way == "UPI" and status != "failed":
            labelled(p, rng.choice(["UPI Ref No.", "Bank Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card" and status == "success":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Auth code", "Approval code"]), appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        label = {
            "success": rng.choice(["Paid on", "Transaction date"]),
            "failed": "Failed on",
            "pending": "Initiated on",
        }[status]
        labelled(p, label, stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", "No money was taken. Ask the technician for a fresh link.")
    elif status == "pending":
        p.add("small", "We will confirm by SMS once your bank responds.")
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 4. the outlets' own invoices and memos


SHOP_PAGES = [
    ("tyres", "UPI"),
    ("exchange", "card"),
    ("memo", "cash"),
    ("tyres", "NEFT"),
    ("exchange", "UPI"),
    ("prorata", "cash"),
    ("advance", "cheque"),
    ("memo", "UPI"),
]
TYRES = [
    ("Apollo Amazer 4G Life 165/80 R14", 3650, 4300),
    ("CEAT SecuraDrive 195/55 R16", 5900, 6900),
    ("JK Tyre UX Royale 185/65 R15", 4300, 5200),
    ("MRF ZLX 175/65 R14", 3900, 4700),
    ("Apollo Apterra HT2 215/75 R15", 7200, 8600),
]
BATTERIES = [
    ("Amaron Pro 12V 45Ah (DIN45)", 5800, 6900),
    ("Exide Mileage 12V 35Ah", 4300, 5200),
    ("Amaron Hi-Life 12V 65Ah", 8200, 9400),
    ("Exide Eezy 12V 55Ah", 6400, 7400),
]
MEMO_ITEMS = [
    ("Wheel alignment (3D)", 500, 900),
    ("Wheel balancing (4 wheels)", 300, 600),
    ("Nitrogen filling (4 tyres)", 100, 200),
    ("Tubeless puncture repair", 150, 250),
    ("Tyre rotation", 200, 400),
    ("Battery health check & top-up", 100, 250),
]


def shop_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's own paper (serif; the outlet on top, its line, address and GSTIN): a TAX INVOICE CUM RECEIPT for
    tyres (the tyres n x rate incl. GST, Taxable value, CGST @ 9%, SGST @ 9%, Invoice total, Amount received), a
    BATTERY SALE - EXCHANGE BILL (the battery, its price, Less: Old battery exchange (buy-back), Net payable, Amount
    received), a CASH MEMO / SERVICE BILL (alignment, balancing), a WARRANTY REPLACEMENT - PRO-RATA BILL (Battery
    price, Warranty used n of 48 months, Pro-rata charge payable, Amount received) and an ADVANCE RECEIPT - TYRES ON
    ORDER (Estimated value, Advance received / Cheque amount, Cheque No., Drawn on); Vehicle No., Customer, Odometer
    on some, the sum in words, Mode and its reference; PAID / RECEIVED WITH THANKS / UPI PAYMENT FAILED - BALANCE DUE
    / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and in the rubber stamp."""
    k = place("shop_invoice")
    status = outcome(k, failed=(4,), pending=(6,))
    page, way = SHOP_PAGES[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, town=k, firm=0.3, branch=0.4, caps=0.2)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    kinds = {
        "tyres": ["TAX INVOICE CUM RECEIPT", "TAX INVOICE"],
        "exchange": ["BATTERY SALE - EXCHANGE BILL", "TAX INVOICE - BATTERY (EXCHANGE)"],
        "memo": ["CASH MEMO", "SERVICE BILL"],
        "prorata": ["WARRANTY REPLACEMENT - PRO-RATA BILL"],
        "advance": ["ADVANCE RECEIPT - TYRES ON ORDER"],
    }[page]
    letterhead(p, k, j.to, kinds, rng.choice(SHOP_SUB))
    if not j.no_ref:
        prefix = {"memo": "CM", "advance": "AR", "prorata": "WR"}.get(page, "INV")
        rno = f"{CODES[k]}/{prefix}/{j.year()}{rng.randrange(1, 6999):04d}"
        label = ["Receipt No.", "No."] if page in ("advance", "memo") else ["Invoice No.", "Bill No."]
        p.pair(rng.choice(label), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated", "Inv. date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Name"]), rng.choice(MOTORISTS))
    p.pair(rng.choice(["Vehicle No.", "Veh. Regn."]), vehicle(rng, k))
    if rng.random() < 0.5:
        p.pair("Odometer", f"{rng.randrange(8000, 140000):,} km")
    p.add("rule")
    if page == "tyres":
        name, lo, hi = rng.choice(TYRES)
        n = rng.choice([2, 4])
        rate = float(whole(rng.uniform(lo, hi), 10))
        gross = rate * n
        item_row(p, f"{name} (HSN 4011)", f"{n} x {rate:,.0f}", rs(gross))
        extra = 0.0
        if rng.random() < 0.6:
            extra = float(rng.choice([400, 600, 800]))
            item_row(p, "Alignment + balancing (SAC 9987)", "", rs(extra))
        total = gross + extra
        base, half = split_gst(total)
        p.pair("Taxable value", rs(base))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        off = round(total - (base + 2 * half), 2)
        if off:
            p.pair("Round off", f"{off:+.2f}")
        p.pair("Invoice total", rs(total))
        amount = total
    elif page == "exchange":
        name, lo, hi = rng.choice(BATTERIES)
        price = float(whole(rng.uniform(lo, hi), 10))
        base, half = split_gst(price)
        item_row(p, f"{name} (HSN 8507)", "1", rs(price))
        p.pair("Taxable value", rs(base))
        p.pair("CGST 9% + SGST 9%", rs(round(2 * half, 2)))
        off = round(price - (base + 2 * half), 2)
        if off:
            p.pair("Round off", f"{off:+.2f}")
        p.pair("Battery price", rs(price))
        old = float(rng.choice([600, 750, 900, 1100, 1250]))
        wrap_pair(p, rng.choice(["Less: Old battery exchange", "Less: Buy-back (old battery)"]), rs(old))
        amount = round(price - old, 2)
        p.pair("Net payable", rs(amount))
        p.pair("Warranty", rng.choice(["48 months (24 free + 24 pro-rata)", "36 months free replacement"]))
    elif page == "memo":
        amount = 0.0
        for item, lo, hi in rng.sample(MEMO_ITEMS, rng.randint(2, 4)):
            fee = float(whole(rng.uniform(lo, hi), 50))
            amount += fee
            wrap_pair(p, item, rs(fee))
        p.pair("Total (incl. GST)", rs(amount))
    elif page == "prorata":
        name, lo, hi = rng.choice(BATTERIES)
        price = float(whole(rng.uniform(lo, hi), 10))
        used = rng.randint(25, 44)
        share = round(price * used / 48, 2)
        wrap_pair(p, "Replacement battery", name)
        p.pair("Battery price (MRP)", rs(price))
        p.pair("Warranty used", f"{used} of 48 months")
        p.pair("Old battery serial", f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
        amount = share
        p.pair("Pro-rata charge payable", rs(share))
    else:
        name, lo, hi = rng.choice(TYRES)
        estimate = float(whole(rng.uniform(lo, hi), 10)) * 4
        wrap_pair(p, "Order", f"4 x {name}")
        p.pair(rng.choice(["Estimated value", "Order value (approx.)"]), rs(estimate))
        amount = float(whole(estimate * rng.uniform(0.25, 0.5), 500))
    j.amount = amount
    label = {"advance": "Cheque amount" if way == "cheque" else "Advance received"}.get(
        page, rng.choice(["Amount received", "Received"])
    )
    p.pair("Amount due" if status == "failed" else label, rs(amount), amount=amount)
    p.add("small", f"({words_in_rupees(amount)})")
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    elif status == "failed":
        p.pair("Payment attempted", "UPI - declined by payer's bank", method="UPI")
    else:
        text = {"UPI": "UPI (shop QR)", "card": f"Card {masked(rng, font)}", "cash": "Cash", "NEFT": "NEFT"}[
            way
        ]
        p.pair(rng.choice(["Mode", "Paid by"]), text, method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "CNRB", "BARB"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "failed": "UPI PAYMENT FAILED - BALANCE DUE",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Check tyre pressure every fortnight. Roadside help: call 24x7.",
                "Goods once sold will not be taken back. Warranty as per maker's terms.",
            ]
        ),
    )
    right(p, f"For {TRADE}")
    seal(
        p,
        TRADE,
        rng.choice(["COUNTER", "ACCOUNTS"]),
        None if j.no_day or status != "success" else j.date,
        {"success": "PAID", "failed": "BALANCE DUE", "pending": "SUBJECT TO REALISATION"}[status],
    )
    return p.done()


# ---------------------------------------------------------------- 5. fleet owners' credit accounts


FLEETS = [
    "Karnataka Roadlines Pvt Ltd",
    "Godavari Cabs & Logistics",
    "Teesta Valley Transport Co.",
    "Saurashtra Freight Carriers",
    "Cauvery Travels & Tours",
    "Jharkhand Mineral Movers LLP",
    "Doaba Bus Service Pvt Ltd",
    "Malabar Cold Chain Logistics",
]
FLEET_PAGES = ["receipt", "bank_web", "advice", "receipt", "bank_app", "advice", "receipt", "bank_web"]
FLEET_BANKS = {
    1: ("HDFC Bank NetBanking", None, "web", "RTGS", "HDFC"),
    4: ("Canara ai1", (0, 114, 188), "app", "IMPS", "CNRB"),
    7: ("Federal Bank FedNet", None, "web", "NEFT", "FDRL"),
}
FLEET_URLS = {1: "netbanking.hdfcbank.com/bizportal/fundtransfer/ack", 7: "fednetbank.com/corp/status"}


def fleet_bills(rng: random.Random, j: Job, p: Screen, rs, n: int) -> float:
    """The dealer's bills a fleet pays (Inv No., date, amount; no fact) and their total."""
    total = 0.0
    for _ in range(n):
        value = rupees(rng, 6000, 95000, 0.2)
        total += value
        no = f"{CODES[j.town]}/INV/{fy(j.date)}/{rng.randrange(100, 6999):04d}"
        p.pair(no if j.no_day else f"{no}  {j.other_day(rng, -60, -10)}", rs(value))
    return round(total, 2)


def fleet_credit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fleet owner paying its credit account with an outlet: the outlet's PAYMENT RECEIPT - CREDIT ACCOUNT (paper:
    Received from M/s <fleet>, Account code, the bills adjusted, Total of bills, Less: TDS u/s 194Q @ 0.1%, Amount
    received, Balance outstanding, the mode and its reference or a cheque subject to realisation), the fleet's
    remittance advice e-mailed (the fleet on top, Payment advice / Remittance advice, Vendor / Beneficiary / Payee
    name the outlet, Vendor code, the invoices paid, Gross amount, Less: TDS u/s 194Q, Net amount paid, Payment mode
    NEFT / RTGS, UTR, Payment date / Value date) and its bank's transfer (HDFC Bank NetBanking, Canara ai1, Federal
    Bank FedNet; heldout124's page, the outlet under Beneficiary / Payee)."""
    k = place("fleet_credit")
    status = outcome(k, failed=(4,), pending=(6,))
    frame = FLEET_PAGES[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, town=k, firm=0.45, branch=0.3)
    fleet = FLEETS[k]
    if frame in ("bank_web", "bank_app"):
        title, band, kind, mode, head4 = FLEET_BANKS[k]
        j.amount = rupees(rng, 40000, 380000, 0.4) if mode != "RTGS" else rupees(rng, 210000, 640000, 0.4)
        p, _ = transfer_ack(
            rng,
            font,
            k,
            (title, band, kind, mode, head4),
            status,
            j,
            url=FLEET_URLS.get(k),
            widths=[700, 740],
            third_head="Vendor payments",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind=kind,
            mode=mode,
            head4=head4,
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Reference No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(
            p,
            rng.choice(["Remarks", "Narration"]),
            rng.choice(["Tyres Apr bills", "Battery + tyre bills", "Credit a/c settlement"]),
        )
        if kind == "web":
            wrap_pair(p, "Debit account name", fleet.upper())
        p.part = "foot"
        p.add("small", "This is a computer generated advice.")
        return p.done()
    if frame == "advice":
        site = "".join(c for c in fleet.split()[0].lower() if c.isalpha()) + ".in"
        p = mail_page(
            rng,
            font,
            f"{fleet} Accounts <payables@{site}>",
            ["Payment advice", "Remittance advice - vendor payment", "Payment released"],
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
        p.part = "head"
        top(p, fleet)
        p.add("center", rng.choice(["Payment advice", "Remittance advice"]))
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Vendor", "Beneficiary", "Payee name"]), j.to, merchant=j.to)
        p.pair("Vendor code", f"V{digits(rng, 6)}")
        p.add("left", "Invoices paid")
        gross = fleet_bills(rng, j, p, rs, rng.randint(2, 4))
        p.pair("Gross amount", rs(gross))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        net = round(gross - tds, 2)
        j.amount = net
        p.pair("Net amount paid", rs(net), amount=net)
        mode = rng.choice(["NEFT", "RTGS"]) if net > 200000 else "NEFT"
        p.pair("Payment mode", mode, method="netbanking")
        wrap_pair(p, "Credited to", acct_ifsc(rng)[0])
        if not j.no_ref:
            if j.no_day:
                ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", ref, txn=(BANK_RANK, ref))
            else:
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "SBIN"]), rng, j.date)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            doc = f"PV{digits(rng, 8)}"
            p.pair("Payment doc No.", doc, txn=(INVOICE_RANK, doc))
        if not j.no_day:
            p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
        p.pair("Status", rng.choice(["Paid", "Processed"]), status="success")
        p.part = "foot"
        p.add("small", "TDS certificate (Form 16A) will be shared after the quarter's return.")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.3)
    letterhead(
        p, k, j.to, ["PAYMENT RECEIPT - CREDIT ACCOUNT", "RECEIPT - FLEET ACCOUNT"], rng.choice(SHOP_SUB)
    )
    if not j.no_ref:
        rno = f"{CODES[k]}/RC/{j.year()}{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Received from", f"M/s {fleet}")
    p.pair("Account code", f"FL-{CODES[k]}-{rng.randrange(10, 999):03d}")
    p.add("left", "Bills adjusted")
    gross = fleet_bills(rng, j, p, rs, rng.randint(2, 3))
    p.pair("Total of bills", rs(gross))
    net = gross
    if rng.random() < 0.6:
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        net = round(gross - tds, 2)
    j.amount = net
    p.pair("Cheque amount" if status == "pending" else "Amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair("Balance outstanding", rs(rupees(rng, 0, 90000, 0.3)))
    if status == "pending":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status="pending")
    else:
        way = rng.choice(["NEFT", "RTGS"]) if net > 200000 else rng.choice(["NEFT", "UPI"])
        p.pair("Mode", way, method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["HDFC", "ICIC", "UTIB", "SBIN"])
        p.add("center", rng.choice(["RECEIVED WITH THANKS", "PAYMENT RECEIVED"]), status="success")
    p.part = "foot"
    right(p, f"For {j.to}")
    seal(
        p,
        TRADE,
        "ACCOUNTS",
        None if j.no_day else j.date,
        "RECEIVED" if status == "success" else "SUBJECT TO REALISATION",
    )
    return p.done()


# ---------------------------------------------------------------- 6. the makers' dealer portals and claims


MAKER_PAGES = [
    ("pay", "Apollo Tyres Ltd", "Apollo Dealer Connect", "browser", "dealers.apollotyres.com/payments/ack"),
    ("pay", "Amara Raja Energy & Mobility Ltd", "Amaron - channel partner payments", "mail", "amararaja.com"),
    ("claim", "CEAT Ltd", "Warranty & claims - dealer settlement", "mail", "ceat.com"),
    (
        "pay",
        "JK Tyre & Industries Ltd",
        "JK Tyre Dealer Portal",
        "browser",
        "dms.jktyre.com/collections/status",
    ),
    (
        "pay",
        "Exide Industries Ltd",
        "Exide Dealer Management System",
        "browser",
        "edms.exide.co.in/pay/receipt",
    ),
    (
        "claim",
        "Amara Raja Energy & Mobility Ltd",
        "Amaron partner portal - claims",
        "browser",
        "partners.amaron.com/claims/settlement",
    ),
    ("pay", "MRF Ltd", "MRF Tyres - dealer collections", "mail", "mrftyres.com"),
    ("claim", "Apollo Tyres Ltd", "Scheme & warranty settlement", "paper", ""),
]
MAKER_ITEMS = {
    "Apollo Tyres Ltd": ["Amazer 4G Life 165/80 R14", "Alnac 4G 185/65 R15", "Apterra HT2 215/75 R15"],
    "Amara Raja Energy & Mobility Ltd": ["Amaron Pro DIN45", "Amaron Hi-Life 38B20L", "Amaron Flo 45Ah"],
    "JK Tyre & Industries Ltd": ["UX Royale 185/65 R15", "Elanzo Nxt 175/65 R14", "Ranger HPe 215/60 R17"],
    "Exide Industries Ltd": ["Exide Mileage ML38B20L", "Exide Eezy EY700L", "Exide Xpress 80D26R"],
    "MRF Ltd": ["ZLX 175/65 R14", "Wanderer Street 205/60 R16", "Steel Muscle 10.00-20"],
}
MAKER_WORDS = {
    "success": ["Payment successful", "Payment received", "Credited to dealer account"],
    "failed": ["Payment failed - debit not confirmed", "Payment returned by bank"],
    "pending": ["Payment initiated - awaiting bank confirmation", "Under reconciliation"],
}


def maker_pay(rng: random.Random, font: str, k: int, j: Job, maker: str, line: str, frame: str, where: str):
    """The outlet paying a maker for stock on its dealer portal (Apollo Dealer Connect, JK Tyre's, Exide's EDMS in a
    browser) or the maker's e-mailed receipt (Amara Raja's, MRF's): the maker on top (the payee) and its line, Dealer
    payment - acknowledgement / Collection receipt, Dealer / Dealer code (the outlet's, no id), Virtual A/c No. (no
    id) on some, the invoices paid, Less: Cash discount (prompt payment n%), Amount paid / Amount received, Mode Net
    banking / RTGS / NEFT, Payment ref / Collection ID, UTR / Bank Ref No., Paid on / Received on / Failed on /
    Initiated on, Status on the mail."""
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{maker.split()[0]} Collections <collections@{where}>",
            ["Payment received - thank you", "Collection receipt", "Your payment has been credited"],
        )
    else:
        p = browser_page(rng, font, where)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, maker, merchant=maker)
    p.add("small", line)
    p.add("center", rng.choice(["Dealer payment - acknowledgement", "Collection receipt"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, MAKER_WORDS)
    wrap_pair(p, "Dealer", FIRMS[j.town] if rng.random() < 0.5 else f"{TRADE}, {TOWNS[j.town][0]}")
    p.pair("Dealer code", f"{rng.choice(['D', 'SD', 'CP'])}{digits(rng, 6)}")
    if rng.random() < 0.5:
        p.pair("Virtual A/c No.", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    p.add("left", "Invoices paid")
    gross = 0.0
    for _ in range(rng.randint(2, 3)):
        value = rupees(rng, 30000, 260000, 0.1)
        gross += value
        p.pair(f"{digits(rng, 10)}  {rng.choice(MAKER_ITEMS[maker])}"[:34], rs(value))
    gross = round(gross, 2)
    p.pair("Invoice value", rs(gross))
    pct = rng.choice([1.0, 1.5, 2.0])
    cd = round(gross * pct / 100, 2)
    p.pair(f"Less: Cash discount ({pct:g}%)", rs(cd))
    net = round(gross - cd, 2)
    j.amount = net
    p.pair(rng.choice(["Amount paid", "Amount received"]), rs(net), amount=net)
    mode = "RTGS" if net > 200000 else rng.choice(["NEFT", "Net banking"])
    p.pair(
        "Mode",
        mode if mode != "Net banking" else f"Net banking - {rng.choice(BANKS[:4])}",
        method="netbanking",
    )
    if not j.no_ref:
        pid = f"{rng.choice(['COL', 'PAY', 'RCPT'])}{digits(rng, 10)}"
        labelled(p, rng.choice(["Payment ref", "Collection ID"]), pid, txn=(TXN_RANK, pid))
        if j.status == "success":
            if mode == "Net banking" or j.no_day:
                ref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                labelled(p, "Bank Ref No.", ref, txn=(BANK_RANK, ref))
            else:
                ref = neft_utr(rng.choice(["HDFC", "UTIB", "SBIN"]), rng, j.date)
                if mode == "RTGS":
                    ref = f"{rng.choice(['HDFCR5', 'UTIBR5', 'SBINR5'])}{j.date:%Y%m%d}{digits(rng, 8)}"
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Paid on", "Received on"]),
            "failed": "Failed on",
            "pending": "Initiated on",
        }[j.status]
        labelled(p, label, stamp(rng, j.date, PATS, hour=frame == "browser"), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(MAKER_WORDS[j.status]), status=j.status)
    p.part = "foot"
    p.add("small", "Credit limit is restored once the payment is reconciled.")
    return p.done()


def maker_claim(rng: random.Random, font: str, k: int, j: Job, maker: str, line: str, frame: str, where: str):
    """A maker paying the outlet its warranty claims and a scheme's incentive (CEAT's e-mail, Amaron's partner portal
    in a browser, Apollo's printed letter): the maker on top and its line, Claim settlement advice / Credit advice,
    Dealer / Paid to / Beneficiary the outlet (the payee), Dealer code, Claim period, the claims (Claim No., tyre or
    battery serial, pro-rata value), Scheme incentive on some with Less: TDS u/s 194H @ 2%, Net amount paid / Amount
    credited, NEFT, UTR, Settlement No., Credited on / Paid on, Status."""
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{maker.split()[0]} Warranty <claims@{where}>",
            ["Claim settlement advice", "Warranty claims - credit advice"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, where)
    else:
        p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
    p.part = "head"
    top(p, maker)
    p.add("small", line)
    p.add("center", rng.choice(["Claim settlement advice", "Credit advice - claims & schemes"]))
    p.add("rule")
    p.part = "body"
    if frame == "paper":
        p.add("left", f"To, The Proprietor / Partner, {TRADE}, {TOWNS[j.town][0]}")
    wrap_pair(p, rng.choice(["Dealer", "Paid to", "Beneficiary"]), j.to, merchant=j.to)
    p.pair("Dealer code", f"{rng.choice(['D', 'CP'])}{digits(rng, 6)}")
    p.pair(rng.choice(["Claim period", "Period"]), j.month(1))
    total = 0.0
    for _ in range(rng.randint(2, 4)):
        value = float(whole(rng.uniform(900, 5200), 1))
        total += value
        p.pair(f"CLM{digits(rng, 7)}  SN {code(rng, 2, UPPER)}{digits(rng, 7)}", rs(value))
    p.pair("Warranty claims", rs(total))
    if rng.random() < 0.6:
        inc = float(rng.choice([8000, 12500, 18000, 24000]))
        p.pair("Scheme incentive (Q4 volume)", rs(inc))
        tds = round(inc * 0.02, 2)
        p.pair("Less: TDS u/s 194H @ 2%", rs(tds))
        total += inc - tds
    total = round(total, 2)
    j.amount = total
    p.pair(rng.choice(["Net amount paid", "Amount credited"]), rs(total), amount=total)
    p.pair("Mode", "NEFT", method="netbanking")
    wrap_pair(p, "Bank account", acct_ifsc(rng)[0])
    if not j.no_ref:
        sid = f"STL{digits(rng, 9)}"
        labelled(p, "Settlement No.", sid, txn=(TXN_RANK, sid))
        if j.status == "success":
            ref = neft_utr(rng.choice(["HDFC", "CITI", "ICIC"]), rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Credited on", "Paid on"]),
            "failed": "Returned on",
            "pending": "Scheduled for",
        }[j.status]
        p.pair(label, j.day(rng), date=j.date)
    p.pair(
        "Status",
        {
            "success": rng.choice(["Paid", "Credited"]),
            "failed": "Returned - account closed",
            "pending": "Approved - in next payment run",
        }[j.status],
        status=j.status,
    )
    p.part = "foot"
    p.add("small", "Claims rejected on inspection are listed in the attached statement.")
    return p.done()


def maker_portal(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet and the tyre and battery makers: five payments for stock (``maker_pay``) and three warranty and
    scheme settlements to the outlet (``maker_claim``)."""
    k = place("maker_portal")
    status = outcome(k, failed=(3,), pending=(5,))
    kind, maker, line, frame, where = MAKER_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, town=k, firm=0.4)
    if kind == "pay":
        return maker_pay(rng, font, k, j, maker, line, frame, where)
    return maker_claim(rng, font, k, j, maker, line, frame, where)


# ---------------------------------------------------------------- 7. roadside-assistance providers' payouts


RSA_PAGES = [
    ("Europ Assistance India Pvt Ltd", "Service partner payments", "mail", "europ-assistance.in"),
    (
        "TVS Auto Assist (India) Ltd",
        "Partner portal - payouts",
        "browser",
        "partners.tvsautoassist.com/payouts",
    ),
    ("ICICI Lombard General Insurance Co. Ltd", "Motor claims - RSA vendor payments", "paper", ""),
    ("Global Assure", "Roadside assistance network - vendor payout", "mail", "globalassure.com"),
    (
        "Allianz Partners India",
        "Assistance network - provider remittance",
        "browser",
        "provider.allianz-partners.in/remittance",
    ),
    ("Tata AIG General Insurance Co. Ltd", "RSA add-on - vendor settlement", "paper", ""),
    ("Roadzen Assistance India Pvt Ltd", "Vendor payouts", "mail", "roadzen.io"),
    (
        "Bajaj General Insurance Ltd",
        "Roadside assistance - vendor payments",
        "browser",
        "vendors.bajajgeneral.in/payments",
    ),
]
RSA_CASES = [
    ("Jump start", (350, 550)),
    ("Flat tyre assistance", (350, 500)),
    ("Towing up to 25 km", (1400, 2200)),
    ("Battery delivery", (300, 450)),
    ("Fuel delivery", (400, 600)),
    ("Key lock-out", (450, 700)),
]


def rsa_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A roadside-assistance provider or a motor insurer paying an outlet for the cases its vans attended
    (Europ Assistance's, Global Assure's and Roadzen's e-mails, TVS Auto Assist's, Allianz Partners' and Bajaj
    General's vendor portals in a browser, ICICI Lombard's and Tata AIG's printed letters): the payer on top and its
    line, Vendor payout advice / Remittance advice, Service partner / Vendor / Payee the outlet (the payee), Vendor
    code, Billing period, the cases (Towing up to 25 km n x rate, Extra km n x rate), Sub total, GST @ 18%, Invoice
    value, Less: TDS u/s 194C @ 2% (on the sub total), Net payable / Net amount paid, Mode NEFT, Payment batch No. /
    Payment document No., UTR / UTR No., Paid on / Value date / Returned on / Scheduled for, Status; Paid / Processed /
    Payment returned - IFSC invalid / Approved - in next payment run."""
    k = place("rsa_payouts")
    status = outcome(k, failed=(6,), pending=(1,))
    payer, line, frame, where = RSA_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, town=k, firm=0.5, branch=0.3)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Vendor Payments <vendorpay@{where}>",
            ["Payment advice", "Remittance advice - service partner", "Payout processed"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, where)
    else:
        p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
    words = {
        "success": ["Paid", "Processed"],
        "failed": ["Payment returned - IFSC invalid"],
        "pending": ["Approved - in next payment run"],
    }
    p.part = "head"
    top(p, payer)
    p.add("small", line)
    p.add("center", rng.choice(["Vendor payout advice", "Remittance advice"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Service partner", "Vendor", "Payee"]), j.to, merchant=j.to)
    p.pair("Vendor code", f"{rng.choice(['VN', 'SP', 'RSA'])}{digits(rng, 6)}")
    p.pair("Billing period", j.month(1))
    sub = 0.0
    for name, (lo, hi) in rng.sample(RSA_CASES, rng.randint(2, 4)):
        n, rate = rng.randint(2, 28), float(whole(rng.uniform(lo, hi), 50))
        item_row(p, name, f"{n} x {rate:,.0f}", rs(n * rate))
        sub += n * rate
    if rng.random() < 0.6:
        km, rate = rng.randint(20, 240), float(rng.choice([25, 30, 35]))
        item_row(p, "Extra km (towing)", f"{km} x {rate:.0f}", rs(km * rate))
        sub += km * rate
    gst = round(sub * 0.18, 2)
    tds = round(sub * 0.02, 2)
    p.pair("Sub total", rs(sub))
    p.pair("GST @ 18%", rs(gst))
    p.pair("Invoice value", rs(sub + gst))
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    net = round(sub + gst - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net payable", "Net amount paid"]), rs(net), amount=net)
    p.pair("Mode", "NEFT", method="netbanking")
    acct, ifsc = acct_ifsc(rng)
    wrap_pair(p, "Bank account", acct)
    p.pair("IFSC", ifsc)
    if not j.no_ref:
        doc = f"{rng.choice(['PB', 'PD'])}{digits(rng, 9)}"
        p.pair(rng.choice(["Payment batch No.", "Payment document No."]), doc, txn=(INVOICE_RANK, doc))
        if status == "success":
            ref = neft_utr(rng.choice(["ICIC", "HDFC", "CITI", "SCBL"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Paid on", "Value date"]),
            "failed": "Returned on",
            "pending": "Scheduled for",
        }[status]
        p.pair(label, j.day(rng), date=j.date)
    if frame != "browser":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Update your bank details on the portal; the payout is re-run in the next cycle.")
    p.part = "foot"
    p.add("small", "Form 16A for the TDS will be available on TRACES after the quarter.")
    return p.done()


# ---------------------------------------------------------------- 8. tow truck partners' payouts


TOW_PARTNERS = [
    "Sri Siddharoodha Towing Services",
    "Godavari Crane & Towing",
    "Mahananda Recovery Vans",
    "Jay Khodiyar Towing",
    "Srirangam Towing & Crane",
    "Subarnarekha Recovery Services",
    "Bhullar Towing Service",
    "Calicut Crane & Towing",
]
TOW_PAGES = ["voucher", "payout", "bank", "voucher", "payout", "bank", "voucher", "payout"]
TOW_BANKS = {
    2: ("ICICI Bank InstaBIZ", (180, 70, 30), "app", "IMPS", "ICIC"),
    5: ("Axis Bank neo for business", None, "web", "NEFT", "UTIB"),
}


def tow_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An outlet paying its tow truck partners: its TOW PARTNER PAYMENT VOUCHER / DEBIT VOUCHER (paper: Paid to the
    partner, PAN, the tows (Ticket, route, km), Total, Less: TDS u/s 194C @ 1%, Net paid, the mode and its reference,
    Receiver's signature; PAID), RazorpayX payouts in a browser (Payout processed / Payout reversed / Payout
    processing, the sum large, Beneficiary / Contact the partner, Fund account, Purpose vendor bill, Payout ID, UTR,
    Processed on / Reversed on / Initiated on, Debited from the outlet's current account) and its business banking's
    transfers (ICICI Bank InstaBIZ, Axis Bank neo for business; heldout124's page, the partner under Beneficiary)."""
    k = place("tow_payouts")
    status = outcome(k, failed=(4,), pending=(5,))
    frame = TOW_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=k)
    partner = TOW_PARTNERS[k]
    named = partner.upper() if rng.random() < 0.4 else partner
    j.to = named
    tows = [
        (f"RSA-{CODES[k]}-{rng.randrange(1000, 99999)}", rng.randint(8, 60)) for _ in range(rng.randint(2, 5))
    ]
    rate = float(rng.choice([28, 32, 35, 40]))
    base = float(rng.choice([600, 750, 900]))
    gross = sum(base + km * rate for _, km in tows)
    tds = round(gross * 0.01, 2)
    net = round(gross - tds, 2)
    j.amount = net
    if frame == "bank":
        title, band, kind, mode, head4 = TOW_BANKS[k]
        p, _ = transfer_ack(
            rng,
            font,
            k,
            (title, band, kind, mode, head4),
            status,
            j,
            url="neo.axisbank.co.in/payments/status",
            widths=[700, 740],
            third_head="Vendor payment",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind=kind,
            mode=mode,
            head4=head4,
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Reference No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(p, "Remarks", f"{len(tows)} tows less TDS")
        p.part = "foot"
        p.add("small", "This is a computer generated advice.")
        return p.done()
    if frame == "payout":
        p = browser_page(rng, font, "x.razorpay.com/payouts/" + f"pout_{code(rng, 14, MIXED)}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "INR"))
        p.part = "head"
        p.add("center", "RazorpayX")
        p.add("small", "Payouts  >  Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout processed", "Processed"],
                "failed": ["Payout reversed"],
                "pending": ["Payout processing", "Queued - processing"],
            },
        )
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Beneficiary", "Contact"]), named, merchant=named)
        acct, ifsc = acct_ifsc(rng)
        p.pair("Fund account", f"{acct.split(' A/c ')[1]} ({ifsc})")
        p.pair("Mode", rng.choice(["IMPS", "NEFT"]), method="netbanking")
        p.pair("Purpose", rng.choice(["vendor bill", "payout"]))
        wrap_pair(p, "Narration", f"Tows {j.month(1)} less TDS")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            labelled(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                labelled(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            label = {"success": "Processed on", "failed": "Reversed on", "pending": "Initiated on"}[status]
            labelled(p, label, stamp(rng, j.date, PATS), date=j.date)
        p.pair("Debited from", f"Current A/c XXXX{digits(rng, 4)}")
        if status == "failed":
            p.add("small", "Reversed: beneficiary account frozen. The amount is back in your balance.")
        p.part = "foot"
        p.add("small", "RazorpayX - business banking by Razorpay")
        return p.done()
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.5)
    letterhead(
        p,
        k,
        ours(rng, k, firm=0.5),
        ["TOW PARTNER PAYMENT VOUCHER", "DEBIT VOUCHER"],
        rng.choice(SHOP_SUB),
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{CODES[k]}/PV/{j.year()}{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, "Paid to", named, merchant=named)
    p.pair("PAN", pan(rng, rng.choice("PF")))
    for ticket, km in tows:
        item_row(p, ticket, f"{base:.0f} + {km} km x {rate:.0f}", rs(base + km * rate))
    p.pair("Total", rs(gross))
    p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    p.pair("Net paid", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    way = rng.choice(["cash", "UPI", "NEFT"])
    p.pair("Mode", {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT"}[way], method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["SBIN", "HDFC", "UBIN"])
    p.add("center", "PAID", status="success")
    p.part = "foot"
    p.add("gap")
    p.add("left", "Receiver's signature ____________      Authorised signatory ____________")
    return p.done()


# ---------------------------------------------------------------- 9. FASTag tolls and fuel for the service vans


PLAZAS = [
    "HATTARGI TOLL PLAZA",
    "GHOTI TOLL PLAZA",
    "PHANSIDEWA TOLL PLAZA",
    "BAMANBORE TOLL PLAZA",
    "SAMAYAPURAM TOLL PLAZA",
    "RAMGARH TOLL PLAZA",
    "LADHOWAL TOLL PLAZA",
    "THIRUVALLAM TOLL PLAZA",
]
TAGS = ["ICICI Bank FASTag", "IDFC FIRST Bank FASTag", "Airtel Payments Bank FASTag", "Axis Bank FASTag"]
SENDERS = {
    "ICICI Bank FASTag": "AX-ICICIT",
    "IDFC FIRST Bank FASTag": "VM-IDFCFT",
    "Airtel Payments Bank FASTag": "JD-AIRBNK",
    "Axis Bank FASTag": "AD-AXISBK",
}
VAN_PAGES = ["sms", "pump", "sms", "pump", "sms", "pump", "pump", "sms"]
PUMPS = [
    ("Sri Durga Fuels", "IndianOil"),
    ("Godavari Petroleum", "Bharat Petroleum"),
    ("Mahananda Service Station", "IndianOil"),
    ("Jay Ambe Petroleum", "HP"),
    ("Cauvery Auto Fuels", "Bharat Petroleum"),
    ("Chotanagpur Filling Station", "HP"),
    ("Doaba Fuel Point", "IndianOil"),
    ("Malabar Fuels", "Bharat Petroleum"),
]


def van_running(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The service vans' tolls and fuel: four FASTag alerts (an SMS from the tag's issuer: "Rs.<fee> deducted from
    your <issuer> FASTag for vehicle <van> at <PLAZA> on <day>. Txn ID <id>. Avl bal Rs.<bal>", a toll declined for low
    balance) and four fuel pumps' printed slips (the pump's dealer on top with the oil company's line, BILL / CASH
    MEMO, Nozzle, Product DIESEL, Density, Rate Rs/L, Volume L, Amount, Vehicle No., MODE: UPI / CARD / CASH / FLEET
    CARD (XTRAPOWER, DRIVETRACK PLUS, SMARTFLEET), UPI RRN / TXN ID / APPR CODE, a UPI wait; Thank you / UPI
    PENDING)."""
    k = place("van_running")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, town=k)
    van = vehicle(rng, k)
    if VAN_PAGES[k] == "sms":
        tag = TAGS[k % 4]
        fee = float(rng.choice([65, 80, 95, 105, 125, 140, 165, 210]))
        plaza = PLAZAS[k]
        j.amount = fee
        day = (
            ""
            if j.no_day
            else f" on {when(j.date, rng.choice(['%d-%m-%Y', '%d/%m/%y', '%d-%b-%y']))} "
            f"{hhmm(rng, twelve=False)}"
        )
        bal = rupees(rng, 40, 2400, 0.3)
        ref = f"{digits(rng, 1)}{code(rng, 2, UPPER)}{digits(rng, 12)}"
        rid = "" if j.no_ref else f" Txn ID {ref}."
        if status == "failed":
            text = (
                f"Toll txn of Rs.{fee:.2f} for vehicle {van} at {plaza}{day} declined due to low balance in "
                f"your {tag}.{rid} Recharge now to avoid double toll."
            )
        else:
            text = rng.choice(
                [
                    f"Rs.{fee:.2f} deducted from your {tag} for vehicle {van} at {plaza}{day}.{rid} "
                    f"Avl bal Rs.{bal:.2f}.",
                    f"Toll of INR {fee:,.2f} paid at {plaza}{day} from {tag} ({van}).{rid} Balance INR {bal:,.2f}.",
                ]
            )
        facts = {"merchant": plaza, "amount": fee, "method": "wallet", "status": status}
        if not j.no_ref:
            facts["txn"] = (TXN_RANK, ref)
        if not j.no_day:
            facts["date"] = j.date
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        p.style["h106"].update(
            {
                "sender": SENDERS[tag],
                "divider": rng.choice(["Today", "Yesterday", ""]),
                "text": text,
                "time": hhmm(rng, lower=rng.random() < 0.3),
            }
        )
        p.add("left", text, **facts)
        return p.done()
    dealer, oil = PUMPS[k]
    name = dealer.upper() if rng.random() < 0.6 else dealer
    p = slip_page(rng, font)
    p.part = "head"
    p.add("center", f"{oil.upper()} - WELCOMES YOU")
    p.add("center", name, merchant=name)
    p.add("center", TOWNS[k][0].upper())
    p.add("center", rng.choice(["BILL", "CASH MEMO", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        bill = f"{rng.randrange(1, 99999)}"
        p.pair(rng.choice(["BILL NO:", "RECEIPT NO:"]), bill, txn=(INVOICE_RANK, bill))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(CARD_DAYS), upper=True), date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("NOZZLE NO:", str(rng.randint(1, 8)))
    p.pair("PRODUCT:", "DIESEL" if rng.random() < 0.7 else "PETROL")
    p.pair("DENSITY:", f"{rng.uniform(820, 845):.1f} KG/M3")
    rate = round(rng.uniform(88.5, 94.9), 2)
    litres = round(rng.uniform(18, 55), 2)
    amount = round(rate * litres, 2)
    if rng.random() < 0.5:
        amount = float(rng.choice([2000, 2500, 3000, 3500, 4000]))
        litres = round(amount / rate, 2)
    j.amount = amount
    p.pair("RATE (RS/L):", f"{rate:.2f}")
    p.pair("VOLUME (L):", f"{litres:.2f}")
    p.pair("AMOUNT (RS):", f"{amount:,.2f}" if rng.random() < 0.5 else f"{amount:.2f}", amount=amount)
    p.pair("VEHICLE NO:", van)
    way = {1: "UPI", 3: "fleet", 5: "UPI", 6: "cash"}[k]
    if way == "UPI":
        p.pair("MODE:", "UPI", method="UPI")
        if not j.no_ref and status == "success":
            p.pair(rng.choice(["UPI RRN:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "fleet":
        card = {
            "IndianOil": "XTRAPOWER FLEET CARD",
            "HP": "HP DRIVETRACK PLUS",
            "Bharat Petroleum": "SMARTFLEET",
        }[oil]
        p.pair("MODE:", card, method="wallet")
        p.pair("CARD NO:", f"XXXXXXXXXX{digits(rng, 6)}")
        if not j.no_ref:
            tid = digits(rng, 10)
            p.pair("TXN ID:", tid, txn=(TXN_RANK, tid))
    else:
        p.pair("MODE:", "CASH", method="cash")
    p.add("rule")
    if status == "pending":
        p.add("center", "UPI PENDING", status="pending")
        p.add("small", "CONFIRM CREDIT WITH CASHIER")
    else:
        p.add("center", rng.choice(["THANK YOU. VISIT AGAIN", "PAID - THANK YOU"]), status="success")
    p.part = "foot"
    p.add("small", "SAVE FUEL - CHECK TYRE PRESSURE")
    return p.done()


# ---------------------------------------------------------------- 10. scrap batteries sold to recyclers


RECYCLERS = [
    "Gravita India Ltd",
    "Eco Recycling Ltd",
    "Teesta Metal Recyclers",
    "Saurashtra Lead Recyclers Pvt Ltd",
    "Pondy Oxides & Chemicals Ltd",
    "Jharkhand Battery Recyclers",
    "Punjab Lead & Alloys",
    "Kerala Enviro Recyclers",
]
SCRAP_PAGES = ["invoice", "advice", "invoice", "voucher", "advice", "invoice", "voucher", "advice"]


def scrap_battery(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An outlet selling used lead-acid batteries to a registered recycler: its own TAX INVOICE - SCRAP BATTERIES /
    INVOICE CUM RECEIPT (the outlet on top: Buyer M/s <recycler>, EPR registration, Used lead-acid batteries (HSN
    8548) n kg x rate, Taxable value, CGST and SGST @ 9%, TCS u/s 206C(1) @ 1%, Invoice total, Amount received, mode
    and its reference; RECEIVED WITH THANKS / PAYMENT AWAITED - MATERIAL RELEASED ON CREDIT), the recycler's payment advice e-mailed (the recycler on
    top: Supplier / Paid to the outlet, the weighbridge slip's gross, tare and net weight, Rate per kg, the same
    sums, Amount paid, UTR) and the recycler's PURCHASE VOUCHER paid at the outlet's yard (Supplier the outlet, Net
    weight, Rate, Amount paid in cash or UPI)."""
    k = place("scrap_battery")
    status = outcome(k, failed=(4,), pending=(2,))
    frame = SCRAP_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.5, branch=0.2)
    buyer = RECYCLERS[k]
    kg = rng.randint(180, 2400) if frame != "voucher" else rng.randint(60, 380)
    rate = round(rng.uniform(68, 92), 2)
    taxable = round(kg * rate, 2)
    half = round(taxable * 0.09, 2)
    tcs = round((taxable + 2 * half) * 0.01, 2) if frame != "voucher" else 0.0
    total = round(taxable + 2 * half + tcs, 2)
    j.amount = total
    way = "RTGS" if total > 200000 else "NEFT" if total > 100000 else rng.choice(["NEFT", "UPI", "IMPS"])
    if frame == "invoice":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.2)
        letterhead(p, k, j.to, ["TAX INVOICE - SCRAP BATTERIES", "INVOICE CUM RECEIPT"], rng.choice(SHOP_SUB))
        if not j.no_ref:
            ino = f"{CODES[k]}/SCR/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair(rng.choice(["Invoice No.", "Inv. No."]), ino, txn=(INVOICE_RANK, ino))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Buyer", f"M/s {buyer}")
        p.pair("EPR regn.", f"CPCB/BWM/{code(rng, 2, UPPER)}/{rng.randrange(1000, 9999)}")
    elif frame == "advice":
        site = buyer.split()[0].lower() + ".com"
        p = mail_page(
            rng,
            font,
            f"{buyer} <payments@{site}>",
            ["Payment advice - scrap purchase", "Supplier payment advice"],
        )
        rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
        p.part = "head"
        top(p, buyer)
        p.add("center", rng.choice(["Supplier payment advice", "Payment advice"]))
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Supplier", "Paid to"]), j.to, merchant=j.to)
        p.pair("Supplier code", f"S{digits(rng, 6)}")
        gross_w = kg + rng.randint(900, 2400)
        p.pair("Weighbridge gross / tare", f"{gross_w + kg:,} / {gross_w:,} kg")
    else:
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.6)
        p.part = "head"
        top(p, buyer)
        p.add("small", f"Collection centre, {TOWNS[k][0]}")
        p.add("center", "PURCHASE VOUCHER - USED BATTERIES")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            vno = f"PV-{rng.randrange(1000, 99999)}"
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Supplier", j.to, merchant=j.to)
        way = rng.choice(["cash", "UPI"])
    item_row(p, "Used lead-acid batteries (HSN 8548)", f"{kg} kg x {rate:.2f}", rs(taxable))
    p.pair("Taxable value", rs(taxable))
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    if tcs:
        p.pair("TCS u/s 206C(1) @ 1%", rs(tcs))
    p.pair("Invoice total" if frame == "invoice" else "Total", rs(total))
    label = {"invoice": "Amount received", "advice": "Amount paid", "voucher": "Amount paid"}[frame]
    if status == "pending":
        label = "Amount due"
    p.pair(label, rs(total), amount=total)
    p.pair("Mode", way if way not in ("cash",) else "Cash", method=method_for(way))
    if not j.no_ref and frame == "advice":
        pref = f"{rng.choice(['PAY', 'SPV'])}{digits(rng, 10)}"
        labelled(p, rng.choice(["Payment ref", "Payment ID"]), pref, txn=(TXN_RANK, pref))
    if not j.no_ref and status == "success":
        rail_ref(p, j, way, ["ICIC", "HDFC", "YESB"])
    if not j.no_day and frame == "advice":
        label = {"success": "Payment date", "failed": "Returned on", "pending": "Initiated on"}[status]
        p.pair(label, j.day(rng), date=j.date)
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID"]),
        "failed": "Payment returned - beneficiary account name mismatch",
        "pending": "PAYMENT AWAITED - MATERIAL RELEASED ON CREDIT",
    }[status]
    if frame == "advice":
        p.pair(
            "Status",
            {"success": "Paid", "failed": "Returned", "pending": "Processing"}[status],
            status=status,
        )
        if status == "failed":
            p.add("small", word)
    else:
        p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Used batteries handed over under the Battery Waste Management Rules, 2022.")
    return p.done()


# ---------------------------------------------------------------- 11. rent and power


# each power page's board (by the outlet's town) and the app it is paid in
POWER = {
    0: ("Hubli Electricity Supply Company Ltd", "HESCOM", "Account ID", "Google Pay"),
    3: ("Paschim Gujarat Vij Company Ltd", "PGVCL", "Consumer No.", "PhonePe"),
    5: ("Jharkhand Bijli Vitran Nigam Ltd", "JBVNL", "Consumer No.", "Paytm"),
    7: ("Kerala State Electricity Board Ltd", "KSEB", "Consumer No.", "Amazon Pay"),
}
RENT_PAGES = ["power", "rent", "sms", "power", "rent", "power", "sms", "power"]
LANDLORDS = [
    "Ramesh Basavaraj Angadi",
    "Sunanda Vasant Deshpande",
    "Dilip Kumar Agarwal",
    "Hansaben Patel",
    "Lakshmi Narayanan",
    "Anil Kumar Sahu",
    "Gurdev Singh Sandhu",
    "Abdul Rasheed",
]


def rent_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An outlet's power and rent: four electricity bills paid on Bharat Connect in an app (Google Pay, PhonePe,
    Paytm, Amazon Pay: the outcome, the sum large, Biller / Paid to the board (short or long name), Account ID /
    Consumer No., Consumer name, Bill date, Due date, Bill amount, Bharat Connect Ref. No. / B-Connect Txn ID, UPI Ref
    No., Paid on / Failed on / Initiated on), two landlords' RENT RECEIPT (Received with thanks from M/s <firm> the
    rent of <premises> for <month>, Monthly rent, Less: TDS u/s 194-I(b) @ 10% over Rs 50,000, Amount received, mode and
    reference, Landlord, PAN, [ Revenue stamp ]) and two bank SMS alerts of the rent's NEFT ("INR <sum> debited from
    A/c XX<n> on <day> towards NEFT to <LANDLORD>. UTR <utr>")."""
    k = place("rent_power")
    status = outcome(k, failed=(3,), pending=(5,))
    frame = RENT_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, town=k)
    landlord = LANDLORDS[k]
    if frame == "sms":
        rent = float(rng.choice([28000, 32500, 38000, 45000, 52000, 60000]))
        j.amount = rent
        name = landlord.upper()
        ref = neft_utr(rng.choice(["HDFC", "SBIN", "ICIC"]), rng, j.date)
        day = "" if j.no_day else f" on {when(j.date, rng.choice(['%d-%m-%y', '%d-%b-%y', '%d/%m/%Y']))}"
        text = rng.choice(
            [
                f"INR {rent:,.2f} debited from A/c XX{digits(rng, 4)}{day} towards NEFT to {name}. UTR {ref}. "
                f"Avl Bal INR {rupees(rng, 40000, 900000, 0.1):,.2f}. Not you? Call 18002586161",
                f"Dear Customer, Rs.{rent:.2f} has been debited from your a/c XX{digits(rng, 4)}{day} for NEFT "
                f"to {name} (Ref {ref}). -{rng.choice(['SBI', 'Axis Bank'])}",
            ]
        )
        facts = {
            "merchant": name,
            "amount": rent,
            "txn": (UTR_RANK, ref),
            "method": "netbanking",
            "status": "success",
        }
        if not j.no_day:
            facts["date"] = j.date
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        p.style["h106"].update(
            {
                "sender": rng.choice(["VM-HDFCBK", "AD-SBIBNK", "JM-AXISBK"]),
                "divider": rng.choice(["Today", ""]),
                "text": text,
                "time": hhmm(rng, lower=rng.random() < 0.3),
            }
        )
        p.add("left", text, **facts)
        return p.done()
    if frame == "rent":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.5)
        p.part = "head"
        p.add("title", "RENT RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = str(rng.randrange(11, 99))
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        rent = float(rng.choice([42000, 48000, 55000, 65000, 72000]))
        premises = f"shop and yard at {TOWNS[k][2]}, {TOWNS[k][0]}"
        p.add(
            "left",
            f"Received with thanks from M/s {FIRMS[k]} ({TRADE}) the rent of the {premises} "
            f"for {j.month(0)}.",
        )
        p.pair("Monthly rent", rs(rent))
        net = rent
        if rent > 50000:
            tds = round(rent * 0.10, 2)
            p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
            net = round(rent - tds, 2)
        j.amount = net
        p.pair("Amount received", rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        way = rng.choice(["NEFT", "UPI"])
        p.pair(rng.choice(["Paid by", "Mode"]), way, method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "KKBK"])
        p.add("center", rng.choice(["RECEIVED WITH THANKS", "RENT RECEIVED"]), status="success")
        p.part = "foot"
        shown = f"Shri {landlord}" if rng.random() < 0.4 else landlord
        p.pair(rng.choice(["Landlord", "Owner"]), shown, merchant=landlord)
        p.pair("PAN", pan(rng))
        right(p, "[ Revenue stamp ]")
        return p.done()
    board, short, acct_label, app = POWER[k]
    bill = rupees(rng, 1800, 24000, 0.3)
    j.amount = bill
    p = phone_page(rng, font, k, ["", "Bill payment", "Transaction details"])
    rs = money(rng, font, 0.3)
    p.part = "head"
    p.add("center", app)
    p.add("small", "Bharat Connect - Electricity")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid to biller", "Electricity bill payment successful"],
            "failed": ["Bill payment failed", "Payment declined by bank"],
            "pending": ["Awaiting biller confirmation", "Bill payment in process"],
        },
    )
    p.add("big", rs(bill), amount=bill)
    payee = short if rng.random() < 0.5 else board
    wrap_pair(p, rng.choice(["Biller", "Paid to", "Electricity board"]), payee, merchant=payee)
    p.pair(acct_label, digits(rng, 10))
    wrap_pair(p, "Consumer name", FIRMS[k].upper())
    p.pair("Bill date", j.other_day(rng, -24, -5))
    p.pair("Due date", j.other_day(rng, 2, 15))
    p.pair("Bill amount", rs(bill))
    p.pair("Paid using", "UPI", method="UPI")
    if not j.no_ref:
        bref = f"CC0{digits(rng, 2)}{code(rng, 4, ALNUM)}{digits(rng, 6)}"
        labelled(p, rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bref, txn=(BANK_RANK, bref))
        if status != "failed":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        label = {
            "success": rng.choice(["Paid on", "Transaction date"]),
            "failed": "Failed on",
            "pending": "Initiated on",
        }[status]
        labelled(p, label, stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "Bharat Connect - a trusted way to pay bills")
    return p.done()


# ---------------------------------------------------------------- 12. GST, TDS and a trade licence


TAX_PAGES = ["gst", "tds", "gst", "licence", "tds", "gst", "tds", "gst"]
TDS_NATURE = [
    ("194C", "Payment to contractors (tow partners)"),
    ("194-I(b)", "Rent - land & building"),
    ("194H", "Commission or brokerage"),
]


def gst_tax(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlets' taxes: GST PMT-06 challan receipts (the GST portal in a browser: Payment successful / Payment
    failed / Awaiting bank confirmation, GSTIN, Legal name, CPIN, CIN, BRN, the heads (IGST, CGST, SGST, Interest) and
    Total challan amount, Mode of payment (E-Payment - net banking, NEFT/RTGS), Bank, Payment date / Date of
    deposit), income-tax TDS challans (ITNS 281 on the e-Filing portal: TAN, Name of deductor, Assessment Year,
    Nature of payment (194C, 194-I(b), 194H), Amount (in Rs.), CRN, BSR Code, Challan No., CIN, BRN, Date of deposit)
    and the municipal corporation's trade licence renewal receipt (the corporation on top, Trade licence No., Trade
    (Tyre & battery shop with service bay), Licence fee, Advertisement board fee, Total / Amount paid, Receipt No.,
    Transaction ID, Payment date)."""
    k = place("gst_tax")
    status = outcome(k, failed=(5,), pending=(2,))
    tax = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, town=k)
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    if tax == "licence":
        corp = "Rajkot Municipal Corporation"
        p = browser_page(rng, font, "www.rmc.gov.in/rmcwebsite/online-payment/receipt")
        p.part = "head"
        top(p, corp, merchant=corp)
        p.add("small", "Trade licence - online renewal")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, "success", {"success": ["Payment successful", "Paid"]})
        wrap_pair(p, "Name of establishment", f"{TRADE} ({FIRMS[k]})")
        p.pair("Trade licence No.", f"RMC/TL/{rng.randrange(10000, 99999)}")
        wrap_pair(p, "Trade", "Tyre & battery shop with service bay")
        lic = float(rng.choice([2500, 3200, 4800]))
        board = float(rng.choice([600, 900, 1200]))
        p.pair("Licence fee", rs(lic))
        p.pair("Advertisement board fee", rs(board))
        j.amount = lic + board
        p.pair(rng.choice(["Total", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "UPI", method="UPI")
        if not j.no_ref:
            rno = f"TL{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            tid = f"RMC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if not j.no_day:
            p.pair("Payment date", j.day(rng), date=j.date)
        p.part = "foot"
        p.add("small", "The renewed licence can be downloaded after 24 hours.")
        return p.done()
    p = browser_page(
        rng,
        font,
        "payment.gst.gov.in/payment/trackpayment"
        if tax == "gst"
        else "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment-history",
    )
    p.part = "head"
    if tax == "gst":
        p.add("center", "Goods and Services Tax")
        p.add("small", "Government of India, States and Union Territories")
        p.add("center", "Payment Receipt (Form GST PMT-06)")
    else:
        p.add("center", "e-Filing - Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid"],
            "failed": ["Payment failed"],
            "pending": ["Awaiting bank confirmation"],
        },
    )
    if tax == "gst":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
        wrap_pair(p, "Legal name", FIRMS[k].upper())
        igst = float(whole(rng.uniform(0, 60000), 1)) if rng.random() < 0.5 else 0.0
        cg = float(whole(rng.uniform(8000, 90000), 1))
        heads = [("IGST", igst), ("CGST", cg), ("SGST", cg)]
        if rng.random() < 0.3:
            heads.append(("Interest (CGST + SGST)", float(rng.choice([240, 386, 512]))))
        total = round(sum(v for _, v in heads), 2)
        j.amount = total
        for label, value in heads:
            p.pair(label, rs(value))
        p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
        if not j.no_ref:
            cpin = f"{fy(j.date)[:2]}{TOWNS[k][4]}{digits(rng, 10)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        way = rng.choice(["net banking", "NEFT/RTGS"])
        p.pair(
            "Mode of payment",
            "E-Payment - net banking" if way == "net banking" else "NEFT/RTGS",
            method="netbanking",
        )
        p.pair("Bank", rng.choice(BANKS))
        if status == "success" and not j.no_ref:
            cin = f"{rng.choice(IFSC_HEADS)}{digits(rng, 14)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = digits(rng, 12)
            p.pair("BRN", brn, txn=(BANK_RANK, brn))
        if not j.no_day:
            label = {
                "success": rng.choice(["Payment date", "Date of deposit"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status]
            p.pair(label, stamp(rng, j.date, PATS), date=j.date)
        p.part = "foot"
        p.add("small", "The amount is credited to the electronic cash ledger once the bank reports it.")
        return p.done()
    section, nature = TDS_NATURE[(k // 2) % 3]
    p.pair("TAN", f"{code(rng, 4, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Name of deductor", FIRMS[k].upper())
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Nature of Payment", f"{section} - {nature}")
    total = float(whole(rng.uniform(1200, 46000), 1))
    j.amount = total
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
    p.pair("Payment mode", "Net Banking", method="netbanking")
    p.pair("Bank", rng.choice(BANKS))
    if status == "success":
        bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
        p.pair("BSR Code", bsr)
        if not j.no_ref:
            p.pair("Challan No.", serial)
            if not j.no_day:
                cin = f"{bsr}{j.date:%d%m%Y}{serial}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
        if not j.no_day:
            p.pair("Date of deposit", j.day(rng), date=j.date)
    elif not j.no_day:
        p.pair(
            "Attempted on" if status == "failed" else "Initiated on", stamp(rng, j.date, PATS), date=j.date
        )
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


compose = compose158

"""The twelve heldout164 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a computer hardware reseller and repair shop's day in 2026 (Kirti Computer World of
Nashik, with counters at College Road, Nashik Road and CIDCO; Kirti Infosystems Pvt Ltd runs it and is an
authorised service provider for laptop and printer brands), told by the proofs of payment it receives and makes:
walk-in customers' UPI on its merchant apps and its card terminals' slips (a bank EMI and a brand EMI on two),
corporate, school and GeM orders paid by NEFT and RTGS, the distributors' receipts and invoices, marketplace and ONDC
settlements, the couriers' booking receipts for repair parts, the brands' warranty claim payments, the technicians'
pay, the shop's rent, power and broadband, its software licences (in US dollars on most), its own paper, and GST, TDS
and professional tax. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, customers' names and handles, product lines and serial numbers,
job numbers, AWB and article numbers, order ids and contract numbers, seller, vendor, ASP and employee codes, gross
sums, deductions, TDS, TCS and GST lines, periods, consumer and account numbers, bill and due days, GSTIN, IFSC, PAN,
TAN, MID, TID, batch and the payer's own details carry no fact. ``compose`` is heldout158's (heldout121's frames and
marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, pan, right
from bench.receipt_sets.heldout153_families import emi
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

SHOP = "Kirti Computer World"
FIRM = "Kirti Infosystems Pvt Ltd"
# counter: locality, PIN code, short code
COUNTERS = [("College Road", "422005", "CLR"), ("Nashik Road", "422101", "NRD"), ("CIDCO", "422009", "CDC")]
STATE = "27"  # Maharashtra's GST state code
SHOP_GSTIN = "27AAHCK4821M1Z6"
CUSTOMERS = [
    "Rahul Sonawane",
    "Pooja Kulkarni",
    "Sameer Shaikh",
    "Aditi Deshpande",
    "Nilesh Gaikwad",
    "Snehal Patil",
    "Imran Pathan",
    "Vaishnavi Bhamre",
    "Ketan Ahire",
    "Mrunal Joshi",
    "Tushar Borse",
    "Farida Sayyed",
]
TECHS = [
    ("Sagar Jadhav", "Chip-level technician"),
    ("Akash Wagh", "Laptop technician"),
    ("Mohsin Khan", "Field engineer - printers"),
    ("Pravin Kale", "Desktop & network technician"),
    ("Rupali Nikam", "Service desk executive"),
    ("Yogesh Pawar", "Field engineer - CCTV & networking"),
    ("Dnyaneshwar More", "Data recovery technician"),
    ("Shubham Thakare", "Trainee technician"),
]
BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of Baroda",
]
HEADS = {
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of Baroda": "BARB",
    "Bank of Maharashtra": "MAHB",
    "Punjab National Bank": "PUNB",
}
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%Y-%m-%d",
]
US_PATS = ["%b {d}, %Y", "%B {d}, %Y", "%m/%d/%Y", "%Y-%m-%d", "{d} %b %Y"]


def ours(rng: random.Random, *, firm: float = 0.25, branch: float = 0.3, caps: float = 0.2) -> str:
    """The shop as a payee: its trade name, the trade name with its counter on some, the company that runs it on
    some, in capitals on some."""
    r = rng.random()
    name = FIRM if r < firm else f"{SHOP} - {rng.choice(COUNTERS)[0]}" if r < firm + branch else SHOP
    return name.upper() if rng.random() < caps else name


def utr22(bank_head: str, rng: random.Random, date: dt.date, rail: str = "N") -> str:
    """A 22-character NEFT (N) or RTGS (R) UTR: the bank's four letters, the rail, a digit, the day, a sequence."""
    return f"{bank_head}{rail}{rng.randrange(1, 10)}{date:%Y%m%d}{digits(rng, 8)}"


def utr16(bank_head: str, rng: random.Random, date: dt.date) -> str:
    """A 16-character NEFT UTR: the bank's four letters, N, the year's last two digits and the day of the year."""
    return f"{bank_head}N{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 6)}"


def neft_ref(rng: random.Random, bank: str, date: dt.date, rail: str = "NEFT") -> str:
    head4 = HEADS.get(bank, "HDFC")
    if rail == "RTGS":
        return utr22(head4, rng, date, "R")
    return utr22(head4, rng, date) if rng.random() < 0.5 else utr16(head4, rng, date)


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
        to: str | None = None,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.to = ours(rng) if to is None else to
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a due day, a cheque's): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def status_line(p: Screen, status: str, words: dict, kind: str = "center") -> None:
    """The outcome printed on paper or a page: one of ``words[status]``."""
    p.add(kind, p.rng.choice(words[status]), status=status)


def shop_head(p: Screen, name: str, kinds: list[str], *, merchant: bool) -> None:
    """The shop on top of its own paper (the payee only where ``merchant``): its line, the counter's address, GSTIN
    and phone, the document's kind."""
    rng = p.rng
    counter = rng.choice(COUNTERS)
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add(
        "small",
        rng.choice(
            [
                "Laptops | Desktops | Printers | CCTV | Networking",
                "Sales & chip-level service",
                "Authorised service provider - laptops & printers",
            ]
        ),
    )
    p.add(
        "small",
        f"Shop {rng.randrange(2, 40)}, {rng.choice(['Thatte Nagar', 'Gangapur Road', 'Bytco Point'])}, "
        f"{counter[0]}, Nashik - {counter[1]}",
    )
    p.add("small", f"GSTIN: {SHOP_GSTIN}  |  Ph. 0253-{digits(rng, 7)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def app_top(p: Screen, name: str, band, sub: str, **facts) -> None:
    """An app's own name on its band (a fact where the app is the payee), its line under it."""
    p.part = "head"
    dark = p.style["h106"]["dark"]
    if not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name, **facts)
    p.add("small", sub)
    if not dark:
        p.add("gap")


def doc_no(rng: random.Random, j: Job, prefix: str) -> str:
    """A document's number: a prefix, the financial year (none on a page without a day), a serial."""
    return f"{prefix}/{j.year()}{rng.randrange(1, 9999):04d}"


# ---------------------------------------------------------------- 1. walk-in customers' UPI on the merchant apps


# merchant app: title, band colour, the app's own id label and its shape
MERCHANT_APPS = [
    ("PhonePe Business", (95, 37, 159), "Transaction ID"),
    ("Paytm for Business", (0, 46, 110), "Order ID"),
    ("BharatPe", (0, 160, 140), "Txn ID"),
    ("Google Pay for Business", None, "Transaction ID"),
    ("PhonePe Business", (95, 37, 159), "Transaction ID"),
    ("HDFC Bank SmartHub Vyapar", (0, 56, 130), "Txn Ref No"),
    ("BharatPe", (0, 160, 140), "Txn ID"),
    ("Paytm for Business", (0, 46, 110), "Order ID"),
]
BUYS = [
    "8GB DDR4 RAM",
    "SSD 512GB + install",
    "Laptop screen replacement",
    "Keyboard + mouse combo",
    "HP 803 cartridge",
    "Windows reinstall",
    "Laptop battery",
    "Wi-Fi router",
    "Printer service",
    "Charger 65W",
]


def own_app_id(rng: random.Random, app: str, j: Job) -> tuple[str, float] | None:
    """The merchant app's own id for the payment and its rank (PhonePe's T<day>… spells the day: none without one)."""
    if app == "PhonePe Business":
        return (None if j.no_day else f"T{j.date:%y%m%d}{digits(rng, 4)}{digits(rng, 12)}", TXN_RANK)
    if app == "Paytm for Business":
        return (f"{digits(rng, 14)}", ORDER_RANK)
    if app == "BharatPe":
        return (f"BP{digits(rng, 12)}", TXN_RANK)
    if app == "Google Pay for Business":
        return (f"CICAgM{code(rng, 10, MIXED)}", TXN_RANK)
    return (f"{digits(rng, 12)}", BANK_RANK)


def counter_qr(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A walk-in customer's UPI to the shop's QR, as the shop's merchant app shows it (PhonePe Business, Paytm for
    Business, BharatPe, Google Pay for Business, HDFC Bank SmartHub Vyapar; dark on some): the app's band, Payment
    received / Received / Money received / Payment failed / Customer's payment failed / Payment pending / Awaiting
    customer's bank, the sum large, Received from / From the customer and the customer's handle (no fact), Received in
    / Credited to / Business / Store the shop (its trade name, with its counter, or the company, in capitals on some),
    the settlement account, UPI Ref No / UTR / RRN and the app's own id (Transaction ID, Order ID, Txn ID, Txn Ref
    No) on some, Received on / Date & time, the customer's note on some, Paid via UPI."""
    k = place("counter_qr")
    status = outcome(k, failed=(3,), pending=(6,))
    app, band, id_label = MERCHANT_APPS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=150, high=24000, p_round=0.8)
    if rng.random() < 0.4:
        j.amount = float(rng.choice([349, 499, 650, 899, 1250, 1499, 2100, 2800, 3499]))
    p = phone_page(rng, font, k, ["Payment details", "Transaction", ""])
    dark = p.style["h106"]["dark"]
    rs = money(rng, font, 0.6)
    head(p, app, band, dark, ["Payments", "Business account", "QR payments"])
    p.part = "outcome"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received", "Received", "Money received"],
            "failed": ["Payment failed", "Customer's payment failed"],
            "pending": ["Payment pending", "Awaiting customer's bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "body"
    who = rng.choice(CUSTOMERS)
    p.add(
        "center",
        f"{rng.choice(['from', 'Received from', 'From'])} {who.upper() if rng.random() < 0.5 else who}",
    )
    base = who.split()[0].lower()
    p.add("small", f"{base}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm', 'ibl'])}")
    if status == "failed":
        p.add(
            "small",
            rng.choice(
                [
                    "The customer's bank declined the payment. Ask for another mode.",
                    "Not received. Customer's UPI PIN was incorrect.",
                ]
            ),
        )
    elif status == "pending":
        p.add(
            "small",
            rng.choice(
                [
                    "Do not hand over goods until this shows received.",
                    "We will notify you once the customer's bank confirms.",
                ]
            ),
        )
    p.add("rule")
    wrap_pair(p, rng.choice(["Received in", "Credited to", "Business", "Store"]), j.to, merchant=j.to)
    bank = rng.choice(BANKS)
    short = {"State Bank of India": "SBI", "Bank of Baroda": "BoB", "Kotak Mahindra Bank": "Kotak"}.get(
        bank, bank.split()[0]
    )
    p.pair(rng.choice(["Settlement account", "Bank account"]), f"{short} {masked(rng, font)}")
    p.pair(rng.choice(["Payment mode", "Paid via"]), "UPI", method="UPI")
    if not j.no_ref:
        if status != "failed" or rng.random() < 0.5:
            labelled(
                p, rng.choice(["UPI Ref No", "UTR", "RRN", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref)
            )
        own = own_app_id(rng, app, j)
        if own[0] and (rng.random() < 0.7 or status == "failed"):
            labelled(p, id_label, own[0], txn=(own[1], own[0]))
    if not j.no_day:
        labelled(p, rng.choice(["Received on", "Date & time", "Date"]), stamp(rng, j.date, PATS), date=j.date)
    else:
        p.pair("Time", hhmm(rng))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Customer note", "Note", "Message"]), rng.choice(BUYS))
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(
            [
                "Settlement: instant to your bank account",
                "Share receipt with customer",
                "Soundbox announced this payment",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. the counter's card terminals


TERMINALS = [
    "PINE LABS",
    "PAYTM EDC",
    "RAZORPAY POS",
    "ICICI BANK",
    "MSWIPE",
    "HDFC BANK",
    "AXIS BANK",
    "BHARATPE",
]
SLIP_KINDS = ["chip", "brandemi", "tap", "chip", "qr", "bankemi", "swipe", "debit"]
SLIP_ITEMS = [
    ("LENOVO IDEAPAD SLIM 3 I5", 48000, 62000),
    ("HP 15S RYZEN 5 LAPTOP", 42000, 54000),
    ("DELL INSPIRON 3530 I5", 52000, 66000),
    ("ASUS VIVOBOOK 15 I3", 33000, 40000),
    ("ACER ASPIRE LITE I5", 38000, 46000),
]
BRAND_EMI = [
    ("HP", "HP 15S RYZEN 5 LAPTOP"),
    ("LENOVO", "LENOVO IDEAPAD SLIM 3 I5"),
    ("DELL", "DELL INSPIRON 3530"),
]
SMALL_ITEMS = [
    ("SSD 1TB NVME", 5200, 7800),
    ("MONITOR 24IN IPS", 8200, 11500),
    ("UPS 1KVA", 3900, 5200),
    ("PRINTER HP INK TANK 419", 11800, 14200),
    ("LAPTOP REPAIR - BOARD", 3500, 9500),
    ("RAM 16GB DDR5", 4300, 5900),
    ("GRAPHICS CARD RTX 4060", 29000, 34500),
]
CARD_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y", "%d%b%y", "%Y-%m-%d"]
DECLINES = ["51 INSUFFICIENT FUNDS", "55 INCORRECT PIN", "05 DO NOT HONOUR", "54 EXPIRED CARD"]


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's card terminal slip (Pine Labs, Paytm EDC, Razorpay POS, ICICI Bank, Mswipe, HDFC Bank, Axis Bank,
    BharatPe; monospace): the terminal's maker on top on some, CHARGE SLIP / SALE / BRAND EMI / BANK EMI / UPI SALE,
    the shop in capitals (trade name, with NASHIK, or the company), DATE/TIME: on one row or DATE: and TIME:, MID:,
    TID:, BATCH:, INVOICE: / BILL NO:, ITEM:, SERIAL NO: on the EMI slips, CARD:, TYPE:, ENTRY: CHIP / TAP / SWIPE,
    APPR CODE: / AUTH NO:, RRN: / REF NO:, or UPI with VPA: and UPI TXN ID:; the brand EMI slip's PRODUCT PRICE:,
    INSTANT DISCOUNT (<brand>):, TXN AMOUNT:, TENURE:, EMI/MONTH:, INTEREST: 0% (NO COST); the bank EMI slip's
    TXN AMOUNT:, TENURE:, INTEREST RATE:, EMI/MONTH:, TOTAL PAYABLE:; AMOUNT: / TOTAL AMT: / BASE AMT: elsewhere;
    APPROVED / TRANSACTION APPROVED / DECLINED with its response / PENDING - CHECK STATUS BEFORE RETRY."""
    k = place("counter_card")
    status = outcome(k, failed=(3,), pending=(7,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=800, high=45000, p_round=0.6)
    p = slip_page(rng, font)
    roll = rng.random()
    name = (FIRM if roll < 0.25 else f"{SHOP} NASHIK" if roll < 0.55 else SHOP).upper()
    if not fits(p, "center", name):
        name = SHOP.upper()
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    counter = rng.choice(COUNTERS)
    p.add("center", f"{counter[0]}, NASHIK".upper())
    p.add(
        "center",
        {"brandemi": "BRAND EMI", "bankemi": "BANK EMI", "qr": "UPI SALE"}.get(
            kind, rng.choice(["CHARGE SLIP", "SALE"])
        ),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.4, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair("TIME:", clock)
    else:
        text = when(j.date, rng.choice(CARD_DAYS), upper=True)
        one = f"DATE/TIME: {text} {clock}"
        if rng.random() < 0.5 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        else:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 9999):04d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if kind == "brandemi":
        brand, item = rng.choice(BRAND_EMI)
        price = float(whole(rng.uniform(48000, 68000), 10)) - 10
        cut = float(rng.choice([2000, 2500, 3000, 4000]))
        j.amount = round(price - cut, 2)
        tenure = rng.choice([3, 6, 9])
        p.pair("ITEM:", item)
        p.pair("SERIAL NO:", code(rng, 10, ALNUM))
    elif kind == "bankemi":
        item, lo, hi = rng.choice(SLIP_ITEMS)
        j.amount = float(whole(rng.uniform(lo, hi), 10)) - 1
        p.pair("ITEM:", item)
        p.pair("SERIAL NO:", code(rng, 10, ALNUM))
    else:
        item, lo, hi = rng.choice(SMALL_ITEMS)
        j.amount = float(whole(rng.uniform(lo, hi), 50)) - (1 if rng.random() < 0.4 else 0)
        if rng.random() < 0.6:
            p.pair("ITEM:", item)
    if kind == "qr":
        p.pair("PAYMENT:", "UPI", method="UPI")
        p.pair("VPA:", f"{rng.choice(CUSTOMERS).split()[0].lower()}{rng.randrange(1, 99)}@okhdfcbank")
        if not j.no_ref:
            p.pair("UPI TXN ID:", j.ref, txn=(UTR_RANK, j.ref))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD:", f"{'*' * 4} {'*' * 4} {'*' * 4} {digits(rng, 4)}", method="card")
        debit = kind == "debit" or (kind in ("chip", "tap", "swipe") and rng.random() < 0.4)
        p.pair("TYPE:", f"{net} {'DEBIT' if debit else 'CREDIT'}")
        p.pair("ENTRY:", {"tap": "TAP", "swipe": "SWIPE"}.get(kind, "CHIP"))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    if kind == "brandemi":
        p.pair("PRODUCT PRICE:", amt(price))
        p.pair(f"INSTANT DISCOUNT ({brand}):", f"-{amt(cut)}")
        p.pair("TXN AMOUNT:", amt(j.amount), amount=j.amount)
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("EMI/MONTH:", amt(round(j.amount / tenure, 2)))
        p.pair("INTEREST:", "0% (NO COST)")
    elif kind == "bankemi":
        tenure, rate = rng.choice([6, 9, 12]), rng.choice([14.0, 15.0, 16.0])
        monthly = emi(j.amount, rate, tenure)
        p.pair("TXN AMOUNT:", amt(j.amount), amount=j.amount)
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("INTEREST RATE:", f"{rate:.2f}% P.A.")
        p.pair("EMI/MONTH:", amt(monthly))
        p.pair("TOTAL PAYABLE:", amt(round(monthly * tenure, 2)))
    else:
        p.pair(rng.choice(["AMOUNT:", "TOTAL AMT:", "BASE AMT:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(["APPROVED", "TRANSACTION APPROVED"]),
        "failed": "DECLINED",
        "pending": "PENDING - CHECK STATUS BEFORE RETRY",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", f"RESP: {rng.choice(DECLINES)}")
    p.part = "foot"
    if status == "success" and kind == "swipe":
        p.add("small", "SIGN ______________________")
    elif status == "success" and kind != "qr":
        p.add("small", "PIN VERIFIED. NO SIGNATURE REQUIRED")
    if kind in ("brandemi", "bankemi") and status == "success":
        p.add("small", "EMI CONVERSION SUBJECT TO ISSUER APPROVAL")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "-- MERCHANT COPY --", "THANK YOU. VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. corporate, school and GeM orders by NEFT / RTGS


# payer, its kind (a company's, a school's, GeM), frame
ORDER_PAGES = [
    ("Godavari Agro Processors Ltd", "corporate", "mail"),
    ("Sahyadri Vidya Mandir Trust", "school", "letter"),
    ("GeM", "gem", "browser"),
    ("Nashik Precision Castings Pvt Ltd", "corporate", "mail"),
    ("St. Lawrence High School, Nashik Road", "school", "letter"),
    ("Trimbak Polymers Pvt Ltd", "corporate", "mail"),
    ("GeM", "gem", "browser"),
    ("Panchavati Co-operative Credit Society Ltd", "corporate", "mail"),
]
ORDER_LINES = [
    "Desktop PCs (i5, 16GB, 512GB SSD) x 12",
    "Laptops for faculty x 8",
    "Computer lab AMC - Q2",
    "Network switches and cabling",
    "Printers and toner supply",
    "CCTV 16-channel NVR setup",
    "UPS batteries replacement",
    "Smart class projectors x 4",
]
GEM_BUYERS = [
    "Office of the Sub-Divisional Officer, Niphad",
    "Regional Transport Office, Nashik",
    "Sub-District Hospital, Sinnar",
    "Maharashtra State Warehousing Corporation, Nashik",
]


def order_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's payment for a corporate, school or government order, as the payer tells it: companies' payment
    advice e-mails (from their ERP: Payment advice / Remittance advice, Vendor / Payee / Beneficiary the company or
    the shop as their vendor master spells it, Vendor code (no id), Payment document no. / Payment voucher no., the
    invoices paid with their days (no fact), Gross amount, Less: TDS u/s 194C @ 2% or 194Q @ 0.1%, Net amount paid /
    Amount remitted, Mode NEFT / RTGS, UTR, Value date / Payment date), the schools' printed PAYMENT ADVICE letters
    ("To, M/s <payee>, Nashik", the order, Bill No., Amount, Less: TDS, Net paid, NEFT and its UTR, Date; the
    Principal's and Accounts' lines) and GeM's order payment page in a browser (Government e-Marketplace, Payment
    status, Contract No. GEMC-… (no id), Buyer organisation, Seller the company, Invoice, Amount paid by buyer (PFMS),
    PFMS payment ID, UTR, Payment date); Paid / Payment released / Payment successful / Payment returned -
    beneficiary account details mismatch / Payment initiated - awaiting bank confirmation / Payment under process."""
    k = place("order_pay")
    status = outcome(k, failed=(5,), pending=(2,))
    payer, kind, frame = ORDER_PAGES[k]
    to = FIRM if kind == "gem" or rng.random() < 0.55 else SHOP
    if rng.random() < 0.35:
        to = to.upper()
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, to=to)
    bank = rng.choice(BANKS)
    rail = "RTGS" if k in (0, 6) else "NEFT"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    words = {
        "success": ["Paid", "Payment released", "Payment successful"],
        "failed": ["Payment returned - beneficiary account details mismatch"],
        "pending": ["Payment initiated - awaiting bank confirmation", "Payment under process"],
    }
    gross = float(whole(rng.uniform(60000, 480000) if rail == "NEFT" else rng.uniform(250000, 900000), 10))
    order = rng.choice(ORDER_LINES)
    goods = " x " in order or "Printers" in order or "switches" in order
    if kind == "corporate" and goods:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross / 1.18 * 0.001, 2)
    elif kind == "gem":
        tds_label, tds = "Less: TDS u/s 51 (GST) @ 2%", round(gross / 1.18 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194C @ 2%", round(gross / 1.18 * 0.02, 2)
    net = round(gross - tds, 2)
    j.amount = net
    if frame == "mail":
        domain = payer.split()[0].lower() + rng.choice([".com", ".co.in", ".in"])
        p = mail_page(
            rng,
            font,
            f"Accounts Payable <{rng.choice(['ap', 'payments', 'accounts'])}@{domain}>",
            ["Payment advice", "Remittance advice - vendor payment", f"Payment advice from {payer}"],
        )
        p.part = "head"
        top(p, payer)
        p.add("center", rng.choice(["Payment advice", "Remittance advice"]))
        p.add("rule")
        p.part = "body"
        p.add(
            "small",
            f"Dear Sir/Madam, we have {'initiated' if status != 'success' else 'made'} the following "
            "payment to your account.",
        )
        wrap_pair(p, rng.choice(["Vendor", "Payee", "Beneficiary"]), j.to, merchant=j.to)
        p.pair("Vendor code", f"V{digits(rng, 6)}")
        if not j.no_ref:
            doc = f"{rng.choice(['15', '20'])}{digits(rng, 8)}"
            p.pair(rng.choice(["Payment document no.", "Payment voucher no."]), doc, txn=(INVOICE_RANK, doc))
    elif frame == "letter":
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        top(p, payer)
        p.add(
            "small",
            rng.choice(
                [
                    "(Affiliated to CBSE, New Delhi)",
                    "(Govt. recognised, Index No. 14.11.0231)",
                    "English & Semi-English Medium",
                ]
            ),
        )
        p.add(
            "small",
            f"{rng.choice(['Jail Road', 'Gangapur Road', 'Dwarka'])}, Nashik - 4220{rng.randrange(1, 13):02d}",
        )
        p.add("center", "PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            doc = f"SVM/ACC/{j.year()}{rng.randrange(1, 999):03d}"
            p.pair(rng.choice(["Ref. No.", "Our Ref."]), doc, txn=(INVOICE_RANK, doc))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        p.add("left", "To,")
        p.add("left", f"M/s {j.to},", merchant=j.to)
        p.add("left", "Nashik.")
    else:
        p = browser_page(rng, font, f"mkp.gem.gov.in/payments/{'order' if k < 4 else 'status'}")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace")
        p.add("center", "Payment status")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        p.pair("Contract No.", f"GEMC-{digits(rng, 15)}")
        wrap_pair(p, "Buyer organisation", rng.choice(GEM_BUYERS))
        wrap_pair(p, "Seller", j.to, merchant=j.to)
    wrap_pair(p, rng.choice(["Against", "Order", "Particulars"]), order)
    if not j.no_day:
        billed = j.date - dt.timedelta(days=rng.randrange(5, 40))
        bill = f"KIS/{fy(billed)}/{rng.randrange(100, 2999):04d}"
        p.pair(rng.choice(["Invoice", "Bill No."]), f"{bill} dt {when(billed, rng.choice(DAY_PATS))}")
    p.pair(rng.choice(["Gross amount", "Invoice amount", "Bill amount"]), rs(gross))
    wrap_pair(p, tds_label, rs(tds))
    label = {"gem": "Amount paid by buyer (PFMS)", "school": "Net amount paid"}.get(
        kind, rng.choice(["Net amount paid", "Amount remitted"])
    )
    p.pair(label, rs(net), amount=net)
    p.pair("Mode", rail, method="netbanking")
    p.pair(rng.choice(["Beneficiary bank", "Credited to"]), f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if kind == "gem":
            pid = f"PFMS{digits(rng, 10)}"
            p.pair("PFMS payment ID", pid, txn=(TXN_RANK, pid))
        if status != "pending" and not j.no_day:
            ref = neft_ref(rng, rng.choice(["State Bank of India", "HDFC Bank", "ICICI Bank"]), j.date, rail)
            p.pair(rng.choice(["UTR", "UTR No.", f"{rail} UTR"]), ref, txn=(UTR_RANK, ref))
        elif j.no_day:
            ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
    if not j.no_day and frame != "letter":
        labels = {
            "success": ["Value date", "Payment date"],
            "failed": ["Returned on"],
            "pending": ["Initiated on"],
        }
        p.pair(rng.choice(labels[status]), j.day(rng), date=j.date)
    if frame != "browser":
        status_line(p, status, words, "left" if frame == "mail" else "center")
    if status == "failed":
        p.add("small", "Please confirm your bank account and IFSC; the payment will be re-initiated.")
    p.part = "foot"
    if frame == "letter":
        p.add("gap")
        right(p, "Principal / Accounts Officer")
    elif frame == "mail":
        p.add("small", "This is a system generated advice from our ERP. Please do not reply.")
    else:
        p.add("small", "Payment through PFMS to the seller's registered bank account.")
    return p.done()


# ---------------------------------------------------------------- 4. the distributors' receipts and invoices


# distributor, its line, its town, the page's kind
DISTRIBUTORS = [
    ("Redington Ltd", "IT distribution - Nashik branch", "voucher"),
    ("Ingram Micro India Pvt Ltd", "Technology distribution", "portal"),
    ("Rashi Peripherals Ltd", "Distribution of IT & peripherals", "invoice"),
    ("Savex Technologies Pvt Ltd", "IT products distributor", "voucher"),
    ("Supertron Electronics Pvt Ltd", "Distributor - Zebronics, Seagate", "invoice"),
    ("Om Sai Computer Distributors", "Wholesale - RAM, SSD, accessories", "invoice"),
    ("Redington Ltd", "IT distribution - Nashik branch", "portal"),
    ("Shree Ganesh Infotech Distributors", "Printers, cartridges & toners - wholesale", "voucher"),
]
STOCK = [
    ("Seagate 1TB HDD", 3350, 3650),
    ("Kingston 8GB DDR4 3200", 1550, 1750),
    ("WD Blue SN580 500GB", 3050, 3400),
    ("TP-Link Archer C6 router", 1900, 2200),
    ("Logitech MK215 combo", 890, 990),
    ("HP 682 black", 720, 790),
    ("Zebronics 500VA UPS", 2150, 2400),
    ("Crucial 16GB DDR5", 3900, 4300),
    ("Dell 24in monitor E2425H", 8100, 8700),
]


def distributor_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributors' paper for the stock the shop bought (the distributor on top, in capitals on some, its line,
    address and GSTIN): a RECEIPT VOUCHER / PAYMENT RECEIPT ("Received with thanks from M/s <company> (Kirti Computer
    World) the sum of <words> against our invoices <n>", the invoices (no fact), Amount received / Received, Mode /
    By NEFT, UPI or cheque and its reference), a TAX INVOICE / INVOICE CUM RECEIPT (Invoice No. / Inv. No., Date,
    Buyer / Bill to M/s the company, the stock n x rate, Taxable value, CGST @ 9%, SGST @ 9%, Round off, Invoice total,
    Amount received / Paid, or Amount due with UPI payment declined), and the distributor's partner portal in a
    browser (Online payment - confirmation, Partner / Dealer code (no id), Paid against the invoices, Amount paid, Paid
    by net banking or UPI, Payment ID, Bank Ref No. / UPI Ref No., Paid on); RECEIVED WITH THANKS / PAID / PAYMENT
    RECEIVED / UPI DECLINED - AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO REALISATION / Payment successful / Payment
    failed / Payment under verification."""
    k = place("distributor_bills")
    status = outcome(k, failed=(2,), pending=(7,))
    name, line, page = DISTRIBUTORS[k]
    to = name.upper() if page != "portal" and rng.random() < 0.3 else name
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, to=to)
    buyer = rng.choice([f"M/s {FIRM}", f"M/s {FIRM} ({SHOP})", f"M/s {SHOP}"])
    if page == "portal":
        site = {
            "Ingram Micro India Pvt Ltd": "in.ingrammicro.com",
            "Redington Ltd": "partners.redingtongroup.com",
        }
        p = browser_page(rng, font, f"{site[name]}/payments/confirmation")
        rs = money(rng, font, 0.2, marks=("\u20b9", "INR", "Rs."))
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Partner portal", "Reseller portal - online payments"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "failed": ["Payment failed"],
                "pending": ["Payment under verification"],
            },
        )
        j.amount = float(whole(rng.uniform(40000, 260000), 1)) + rng.choice([0, 0.5, 0.44])
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Partner", "Reseller"]), FIRM)
        p.pair(rng.choice(["Partner code", "Dealer code"]), f"IN{digits(rng, 7)}")
        invs = ", ".join(f"{code(rng, 2, UPPER)}{digits(rng, 8)}" for _ in range(rng.randint(1, 3)))
        wrap_pair(p, "Paid against", invs)
        way = "netbanking" if rng.random() < 0.6 else "UPI"
        p.pair(
            rng.choice(["Paid by", "Payment mode"]),
            f"Net banking - {rng.choice(BANKS)}" if way == "netbanking" else "UPI",
            method=way,
        )
        if not j.no_ref:
            pid = f"PAY{digits(rng, 12)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            if status != "failed":
                if way == "UPI":
                    labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                    labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if not j.no_day:
            labelled(
                p,
                rng.choice(
                    ["Paid on", "Payment date", "Attempted on"]
                    if status != "success"
                    else ["Paid on", "Payment date"]
                ),
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        p.part = "foot"
        p.add("small", "Credit limit is restored once the payment is reconciled.")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.3)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    p.add(
        "small",
        f"{rng.choice(['Gala No. 7, Ambad MIDC', 'Plot 21, Satpur MIDC', '2nd floor, Suyojit Sankul'])}, "
        "Nashik - 4220" + rng.choice(["10", "07", "02"]),
    )
    p.add("small", f"GSTIN: {gstin(rng, STATE)}")
    kinds = {
        "voucher": ["RECEIPT VOUCHER", "PAYMENT RECEIPT"],
        "invoice": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
    }
    p.add("center", rng.choice(kinds[page]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        prefix = "RV" if page == "voucher" else rng.choice(["SI", "INV"])
        dno = doc_no(rng, j, prefix)
        labels = ["Receipt No.", "Voucher No."] if page == "voucher" else ["Invoice No.", "Inv. No."]
        p.pair(rng.choice(labels), dno, txn=(INVOICE_RANK, dno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    way = {"success": rng.choice(["NEFT", "UPI", "IMPS"]), "failed": "UPI", "pending": "cheque"}[status]
    if page == "voucher":
        j.amount = float(whole(rng.uniform(25000, 320000), 1))
        invs = rng.randint(1, 4)
        p.add(
            "left",
            f"Received with thanks from {buyer} the sum of {words_in_rupees(j.amount)} against our "
            f"{invs} invoice{'s' if invs > 1 else ''}.",
        )
        if not j.no_day:
            for _ in range(min(invs, 2)):
                p.pair(f"Inv. {code(rng, 2, UPPER)}/{digits(rng, 5)}", j.other_day(rng, -35, -3))
        label = "Cheque amount" if way == "cheque" else rng.choice(["Amount received", "Received"])
        p.pair(label, rs(j.amount), amount=j.amount)
    else:
        wrap_pair(p, rng.choice(["Buyer", "Bill to"]), buyer)
        p.pair("GSTIN of buyer", SHOP_GSTIN)
        p.add("rule")
        sub = 0.0
        for item, lo, hi in rng.sample(STOCK, rng.randint(2, 4)):
            qty, rate = rng.randint(2, 20), float(whole(rng.uniform(lo, hi), 5))
            sub += qty * rate
            item_row(p, item, f"{qty} x {rate:,.2f}", rs(qty * rate))
        p.add("rule")
        half = round(sub * 0.09, 2)
        total = round(sub + 2 * half)
        p.pair("Taxable value", rs(sub))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        off = round(total - (sub + 2 * half), 2)
        p.pair("Round off", f"{'+' if off >= 0 else '-'}{abs(off):.2f}")
        p.pair("Invoice total", rs(total))
        j.amount = float(total)
        if status == "failed":
            p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=j.amount)
        elif way == "cheque":
            p.pair("Cheque received", rs(total), amount=j.amount)
        else:
            p.pair(rng.choice(["Amount received", "Paid"]), rs(total), amount=j.amount)
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        p.pair("Bank", rng.choice(BANKS))
    elif status == "failed":
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    else:
        p.pair(rng.choice(["Mode", "By"]), way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "NEFT" and not j.no_day:
                ref = neft_ref(rng, rng.choice(BANKS), j.date)
                p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
            elif way == "NEFT":
                ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
            else:
                p.pair(
                    rng.choice(["UPI Ref No.", "UPI RRN"] if way == "UPI" else ["IMPS Ref No."]),
                    j.ref,
                    txn=(UTR_RANK, j.ref),
                )
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID", "PAYMENT RECEIVED"]),
        "failed": "UPI DECLINED - AMOUNT DUE",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods once sold will not be taken back. Warranty as per the brand's terms. E. & O.E.")
    right(p, f"For {name}")
    right(p, "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 5. marketplace and ONDC settlements


# platform, its line, frame, fee labels
MARKETS = [
    (
        "amazon seller central",
        "Payments - disbursement details",
        "browser",
        "sellercentral.amazon.in/payments/dashboard",
    ),
    ("Flipkart Seller Hub", "Payments - settled", "mail", "seller-payments@flipkart.com"),
    ("mystore", "ONDC seller app - payouts", "app", None),
    ("SellerApp", "ONDC seller network participant - settlement", "mail", "settlements@sellerapp.com"),
    ("Amazon Seller", "Payments", "app", None),
    (
        "Flipkart Seller Hub",
        "Payments - settlement details",
        "browser",
        "seller.flipkart.com/payments/settled",
    ),
    ("eSamudaay", "ONDC seller app - settlement advice", "mail", "payouts@esamudaay.com"),
    ("Amazon Seller Central", "Disbursement", "browser", "sellercentral.amazon.in/payments/disburse/details"),
]
BUYER_APPS = ["Paytm", "magicpin", "Pincode", "Ola", "PhonePe Pincode"]


def marketplace_settle(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The marketplaces' and ONDC seller apps' settlements of the shop's online orders (Amazon Seller Central in a
    browser and the Amazon Seller app, Flipkart Seller Hub's e-mail and page, the ONDC seller apps mystore, SellerApp
    and eSamudaay on a phone or by e-mail): the platform on top and its line, Disbursed / Settled / Paid / Settlement
    failed - bank account returned the credit / Scheduled / Disbursement in progress, Seller / Seller name / Settled to
    the shop (the company as the marketplace registered it, or the trade name), Seller ID / Merchant token / Provider
    ID (no id), Settlement period (no day), Orders, Order value, Less: Referral fee / Commission, Less: Closing fee /
    Fixed fee, Less: Shipping (Easy Ship / E-kart), Less: GST @ 18% on fees, Less: TCS u/s 52 (CGST 0.25% + SGST
    0.25%), Less: TDS u/s 194-O (0.1%), Net settlement / Amount disbursed / Net payout, the ONDC buyer app that
    collected (Collected by Paytm, magicpin; never the payee), Bank account, UTR, Settlement ID / Disbursement ID /
    Payout ID, Disbursed on / Settled on / Credited on / Scheduled for / Failed on."""
    k = place("marketplace_settle")
    status = outcome(k, failed=(6,), pending=(4,))
    name, line, frame, where = MARKETS[k]
    to = FIRM if rng.random() < 0.6 else SHOP
    to = to.upper() if rng.random() < 0.3 else to
    j = Job(rng, status, no_ref=k == 1, no_day=k == 2, to=to)
    ondc = name in ("mystore", "SellerApp", "eSamudaay")
    if frame == "browser":
        p = browser_page(rng, font, where)
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{where}>",
            ["Your settlement has been processed", "Payment settled", "Settlement advice"],
        )
    else:
        p = phone_page(rng, font, k, ["Payouts", "Payment details", ""])
    rs = money(rng, font, 0.1)
    words = {
        "success": ["Disbursed", "Settled", "Paid"],
        "failed": ["Settlement failed - bank account returned the credit"],
        "pending": ["Scheduled", "Disbursement in progress"],
    }
    p.part = "head"
    if frame == "app":
        head(p, name, (20, 60, 120) if ondc else (35, 47, 62), p.style["h106"]["dark"], [line])
    else:
        top(p, name)
        p.add("small", line)
    p.add("rule")
    p.part = "body"
    if frame != "mail":
        outcome_row(p, status, words)
    orders = rng.randint(6, 60)
    value = round(orders * rng.uniform(700, 4200), 2)
    ref_fee = round(
        value * rng.choice([0.05, 0.06, 0.075, 0.08]) if not ondc else value * rng.choice([0.03, 0.04]), 2
    )
    close = float(orders * rng.choice([10, 15, 20, 25])) if not ondc else 0.0
    ship = round(orders * rng.uniform(45, 85), 2)
    gst = round((ref_fee + close + ship) * 0.18, 2)
    taxable = round(value / 1.18, 2)
    tcs = round(taxable * 0.005, 2)
    tds = round(taxable * 0.001, 2)
    net = round(value - ref_fee - close - ship - gst - tcs - tds, 2)
    j.amount = net
    if frame == "app":
        p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Seller", "Seller name", "Settled to"]), j.to, merchant=j.to)
    idlab = "Provider ID" if ondc else rng.choice(["Seller ID", "Merchant token"])
    p.pair(idlab, code(rng, 13, ALNUM) if not ondc else f"ondc-{code(rng, 8, MIXED).lower()}")
    if ondc:
        p.pair("Collected by", f"{rng.choice(BUYER_APPS)} (buyer app)")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.choice([7, 14]))
        p.pair(
            "Settlement period", f"{when(start, '%d %b')} - {when(j.date - dt.timedelta(days=1), '%d %b %Y')}"
        )
    p.pair("Orders", str(orders))
    p.pair("Order value", rs(value))
    p.pair(rng.choice(["Less: Referral fee", "Less: Commission"]), rs(ref_fee))
    if close:
        p.pair(rng.choice(["Less: Closing fee", "Less: Fixed fee"]), rs(close))
    p.pair(
        rng.choice(["Less: Shipping", "Less: Easy Ship fee" if "mazon" in name else "Less: Delivery fee"]),
        rs(ship),
    )
    p.pair("Less: GST @ 18% on fees", rs(gst))
    wrap_pair(p, "Less: TCS u/s 52 (0.5%)", rs(tcs))
    wrap_pair(p, "Less: TDS u/s 194-O (0.1%)", rs(tds))
    if frame != "app":
        p.pair(rng.choice(["Net settlement", "Amount disbursed", "Net payout"]), rs(net), amount=net)
    bank = rng.choice(BANKS)
    p.pair(rng.choice(["Bank account", "Credited to"]), f"{bank} XXXX{digits(rng, 4)}", method="netbanking")
    if not j.no_ref:
        sid = {"amazon": f"{digits(rng, 11)}", "flipkart": f"NEFT-{digits(rng, 9)}"}.get(
            name.split()[0].lower(), f"STL{code(rng, 10, ALNUM)}"
        )
        labelled(p, rng.choice(["Settlement ID", "Disbursement ID", "Payout ID"]), sid, txn=(TXN_RANK, sid))
        if status == "success" and not j.no_day:
            ref = neft_ref(rng, rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank"]), j.date)
            labelled(p, rng.choice(["UTR", "UTR No.", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labels = {
            "success": ["Disbursed on", "Settled on", "Credited on"],
            "failed": ["Failed on"],
            "pending": ["Scheduled for"],
        }
        labelled(p, rng.choice(labels[status]), j.day(rng), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Update your bank details; the amount will be paid in the next cycle.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Download the transaction report for order-level details.",
                "Fees and taxes as per your seller agreement.",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 6. couriers of repair parts


# courier, frame, booking line
COURIERS = [
    ("DTDC", "slip"),
    ("Blue Dart Express Ltd", "paper"),
    ("Delhivery", "app"),
    ("India Post", "slip"),
    ("Shree Maruti Courier Services Pvt Ltd", "slip"),
    ("The Professional Couriers", "paper"),
    ("Shiprocket", "browser"),
    ("Trackon Couriers Pvt Ltd", "slip"),
]
CONSIGNEES = [
    ("Lenovo RMA Centre", "Bhiwandi"),
    ("Dell Depot Repair - Redington Services", "Chennai"),
    ("HP Print Repair Centre", "Bengaluru"),
    ("Acer Service Hub", "Pune"),
    ("Rahul Sonawane (customer)", "Malegaon"),
    ("Seagate RMA - Supertron", "Mumbai"),
    ("ASUS Regional Repair Centre", "Pune"),
    ("Chip Care Labs (BGA rework)", "Mumbai"),
]
CONTENTS = [
    "Laptop motherboard (RMA)",
    "Hard disk for data recovery",
    "Printer formatter board",
    "Repaired laptop - return to customer",
    "LCD panel 15.6in",
    "Adapter + battery (warranty)",
]


def courier_parts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The couriers' booking receipts for the shop's repair parts and returns (DTDC's, India Post's, Shree Maruti's
    and Trackon's counter slips in monospace, Blue Dart's and the Professional Couriers' printed receipts, Delhivery's
    app, Shiprocket's page in a browser): the courier on top (the payee; never the booking centre's line), BOOKING
    RECEIPT / CASH RECEIPT / SPEED POST, Booking ID / Receipt No. / Txn No. (the document's number), AWB No. /
    Consignment No. / Article No. / CN No. (the shipment's, no id), Booked on / Date, From the shop (its name as
    sender, no fact), To the consignee and town, Contents, Weight, Freight, Fuel surcharge, Docket / Risk charges, GST
    @ 18%, Total / Amount paid / Grand total, Paid by cash, UPI (its UPI Ref No.) or card (its auth code); PAID /
    BOOKED / Payment failed - booking not confirmed / PAYMENT PENDING - UPI REQUEST SENT."""
    k = place("courier_parts")
    status = outcome(k, failed=(2,), pending=(7,))
    name, frame = COURIERS[k]
    j = Job(
        rng, status, no_ref=k == 5, no_day=k == 0, to=name.upper() if frame == "slip" and k != 3 else name
    )
    if k == 3:
        j.to = "India Post"
    consignee, town = CONSIGNEES[k]
    weight = round(rng.uniform(0.5, 6.0), 1)
    freight = float(whole(weight * rng.uniform(70, 160), 1)) + 60
    fuel = round(freight * rng.choice([0.1, 0.15, 0.2]), 2) if k != 3 else 0.0
    docket = float(rng.choice([0, 20, 30, 50]))
    taxable = round(freight + fuel + docket, 2)
    gst = 2 * round(taxable * 0.09, 2)
    total = round(taxable + gst, 2)
    if frame == "slip":
        total = float(round(total))
    j.amount = total
    way = {"success": rng.choice(["cash", "UPI", "UPI", "card"]), "failed": "UPI", "pending": "UPI"}[status]
    if frame == "slip":
        p = slip_page(rng, font)
        rs = counter_rs(rng, font, ["Rs.", "RS", "INR"], p_slash=0.2)
    elif frame == "paper":
        p = paper_page(rng, font, [640, 680])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    elif frame == "app":
        p = phone_page(rng, font, k, ["Booking details", "Shipment", ""])
        rs = money(rng, font, 0.4)
    else:
        p = browser_page(rng, font, "app.shiprocket.in/seller/orders/details")
        rs = money(rng, font, 0.4)
    p.part = "head"
    if frame == "app":
        app_top(p, j.to, (20, 20, 20), "Send a parcel", merchant=j.to)
    else:
        (p.add("center", j.to, merchant=j.to) if frame == "slip" else top(p, j.to, merchant=j.to))
    if k == 3:
        p.add("center", "SPEED POST")
        p.add(
            "center",
            f"Nashik {rng.choice(['H.O.', 'Road S.O.', 'CIDCO S.O.'])} - 4220{rng.choice(['01', '06', '09'])}",
        )
    elif frame in ("slip", "paper"):
        p.add(
            "small" if frame == "paper" else "center",
            f"Booking centre: {rng.choice(COUNTERS)[0]}, Nashik".upper()
            if frame == "slip"
            else f"Booking centre: {rng.choice(COUNTERS)[0]}, Nashik",
        )
        p.add("center", rng.choice(["BOOKING RECEIPT", "CASH RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if frame in ("app", "browser"):
        outcome_row(
            p,
            status,
            {
                "success": ["Booked", "Payment successful"],
                "failed": ["Payment failed - booking not confirmed"],
                "pending": ["Payment pending - UPI request sent"],
            },
        )
    if not j.no_ref:
        rno = {"slip": f"{digits(rng, 10)}", "paper": doc_no(rng, j, "BR")}.get(frame, f"SR{digits(rng, 9)}")
        label = {"slip": ["TXN NO:", "RECEIPT NO:"] if k != 3 else ["Txn No."], "paper": ["Receipt No."]}.get(
            frame, ["Booking ID"]
        )
        p.pair(
            rng.choice(label),
            rno,
            txn=(INVOICE_RANK if frame != "app" and frame != "browser" else ORDER_RANK, rno),
        )
    awb = {3: f"EM{digits(rng, 9)}IN", 1: digits(rng, 11)}.get(k, f"{code(rng, 1, 'DZPT')}{digits(rng, 9)}")
    p.pair(rng.choice(["AWB No.", "Consignment No.", "CN No."]) if k != 3 else "Article No.", awb)
    if not j.no_day:
        p.pair(
            rng.choice(["Booked on", "Date", "BKG DATE:" if frame == "slip" else "Booking date"]),
            stamp(rng, j.date, DAY_PATS, hour=rng.random() < 0.5),
            date=j.date,
        )
    wrap_pair(p, "From", SHOP if rng.random() < 0.6 else FIRM)
    wrap_pair(p, "To", f"{consignee}, {town}")
    wrap_pair(p, "Contents", rng.choice(CONTENTS))
    p.pair("Weight", f"{weight:.1f} kg")
    p.pair(rng.choice(["Freight", "Basic charges", "Tariff"]), rs(freight))
    if fuel:
        p.pair("Fuel surcharge", rs(fuel))
    if docket:
        p.pair(rng.choice(["Docket charges", "Risk charges"]), rs(docket))
    if k == 3 or rng.random() < 0.5:
        p.pair("GST @ 18%", rs(gst))
    else:
        p.pair("CGST @ 9%", rs(gst / 2))
        p.pair("SGST @ 9%", rs(gst / 2))
    if frame == "slip":
        off = round(total - (taxable + gst), 2)
        if abs(off) >= 0.01:
            p.pair("ROUND OFF" if k != 3 else "Round off", f"{off:+.2f}")
    p.pair(rng.choice(["Total", "Amount paid", "Grand total"]), rs(total), amount=total)
    if way == "cash":
        p.pair("Paid by", "Cash", method="cash")
    elif way == "card":
        p.pair("Paid by", f"Card {masked(rng, font)}", method="card")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    else:
        p.pair("Paid by", "UPI", method="UPI")
        if not j.no_ref and status != "pending":
            p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
    if frame in ("slip", "paper"):
        word = {
            "success": rng.choice(["PAID", "BOOKED - PAID"]),
            "failed": "PAYMENT FAILED - NOT BOOKED",
            "pending": "PAYMENT PENDING - UPI REQUEST SENT",
        }[status]
        p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Track at the courier's website with the AWB number.",
                "Liability limited as per terms overleaf.",
                "Thank you for shipping with us.",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 7. the brands' warranty claim payments


# brand (the payer), frame, the shop's role
BRANDS = [
    ("Lenovo (India) Pvt Ltd", "mail", "lenovo.com"),
    ("HP India Sales Pvt Ltd", "browser", "partner.hp.com/service/claims/payments"),
    ("Acer India Pvt Ltd", "letter", None),
    ("Dell International Services India Pvt Ltd", "mail", "dell.com"),
    ("ASUS India Pvt Ltd", "browser", "asp.asus.in/claims/settlement"),
    ("Canon India Pvt Ltd", "mail", "canon.co.in"),
    ("Epson India Pvt Ltd", "letter", None),
    ("Lenovo (India) Pvt Ltd", "browser", "lsp.lenovo.com/claims/payment-status"),
]


def warranty_claims(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laptop and printer brands paying the shop's warranty service claims as their authorised service provider
    (Lenovo's, Dell's and Canon's e-mails, HP's, ASUS's and Lenovo's partner portals in a browser, Acer's and Epson's
    printed letters): the brand on top (the payer), ASP claim settlement / Service claim payment advice / Claim
    payment intimation, Service partner / ASP name / Payee the shop (the company on most), ASP code / Partner ID (no
    id), Claim month (no day), Claims (n), Labour / onsite visit charges n x rate, Parts handling, Travel (beyond 25
    km), Gross claim, GST @ 18%, Invoice value, Less: TDS u/s 194C @ 2% (on the gross), Less: Rejected claims on some,
    Net amount paid / Amount credited / Net payable, Mode NEFT, UTR, Payment document no. / Payment ref, Payment date
    / Value date / Credited on / Returned on / Scheduled for; Paid / Payment released / Payment returned - account
    closed / Approved - payment scheduled."""
    k = place("warranty_claims")
    status = outcome(k, failed=(3,), pending=(6,))
    brand, frame, where = BRANDS[k]
    to = FIRM if rng.random() < 0.65 else SHOP
    to = to.upper() if rng.random() < 0.3 else to
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, to=to)
    short = brand.split()[0]
    words = {
        "success": ["Paid", "Payment released"],
        "failed": ["Payment returned - account closed"],
        "pending": ["Approved - payment scheduled"],
    }
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{short} Service Partner Payments <asp.payments@{where}>",
            ["ASP claim settlement", "Service claim payment advice", "Claim payment intimation"],
        )
        rs = money(rng, font, 0.2, marks=("\u20b9", "INR", "Rs."))
    elif frame == "browser":
        p = browser_page(rng, font, where)
        rs = money(rng, font, 0.2, marks=("\u20b9", "INR", "Rs."))
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, brand if fits(p, "title", brand) else short)
    if frame == "letter":
        p.add("small", rng.choice(["Customer Service Division", "Service Operations - West"]))
    p.add(
        "center",
        rng.choice(["ASP claim settlement", "Service claim payment advice", "Claim payment intimation"]),
    )
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, words)
    if frame == "letter":
        if not j.no_ref:
            ref = f"{short.upper()}/SVC/{j.year()}{rng.randrange(1, 9999):04d}"
            p.pair("Ref.", ref, txn=(INVOICE_RANK, ref))
    wrap_pair(p, rng.choice(["Service partner", "ASP name", "Payee"]), j.to, merchant=j.to)
    p.pair(rng.choice(["ASP code", "Partner ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        p.pair("Claim month", j.month(1))
    calls = rng.randint(8, 60)
    rate = float(rng.choice([250, 300, 350, 400, 450]))
    labour = calls * rate
    parts = float(whole(calls * rng.uniform(40, 90), 10))
    travel = float(rng.choice([0, 0, 600, 900, 1500]))
    gross = labour + parts + travel
    p.pair("Claims", str(calls))
    p.pair(rng.choice(["Labour", "Onsite visit charges"]), f"{calls} x {rate:,.0f} = {rs(labour)}")
    p.pair("Parts handling", rs(parts))
    if travel:
        p.pair("Travel (beyond 25 km)", rs(travel))
    rejected = float(rng.choice([0, 0, rate, 2 * rate]))
    if rejected:
        gross -= rejected
        p.pair("Less: Rejected claims", rs(rejected))
    gst = round(gross * 0.18, 2)
    tds = round(gross * 0.02, 2)
    net = round(gross + gst - tds, 2)
    j.amount = net
    p.pair("Gross claim", rs(gross))
    p.pair("GST @ 18%", rs(gst))
    p.pair("Invoice value", rs(gross + gst))
    wrap_pair(p, "Less: TDS u/s 194C @ 2%", rs(tds))
    p.pair(rng.choice(["Net amount paid", "Amount credited", "Net payable"]), rs(net), amount=net)
    p.pair("Mode", "NEFT", method="netbanking")
    p.pair("Bank", f"{rng.choice(BANKS)} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success" and not j.no_day:
            ref = neft_ref(
                rng, rng.choice(["Kotak Mahindra Bank", "HDFC Bank", "State Bank of India"]), j.date
            )
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        elif status == "failed":
            ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
        if frame != "letter":
            doc = f"{rng.choice(['15', '19', '20'])}{digits(rng, 8)}"
            p.pair(rng.choice(["Payment document no.", "Payment ref"]), doc, txn=(TXN_RANK, doc))
    if not j.no_day:
        labels = {
            "success": ["Payment date", "Value date", "Credited on"],
            "failed": ["Returned on"],
            "pending": ["Scheduled for"],
        }
        p.pair(rng.choice(labels[status]), j.day(rng), date=j.date)
    if frame != "browser":
        p.pair("Status", rng.choice(words[status]), status=status)
    p.part = "foot"
    p.add(
        "small",
        "Claim-wise details are in the attached statement. TDS certificate (Form 16A) is issued quarterly.",
    )
    if frame == "letter":
        right(p, f"For {brand}")
    return p.done()


# ---------------------------------------------------------------- 8. the technicians' pay


def bank_xfer(
    rng: random.Random,
    font: str,
    k: int,
    j: Job,
    *,
    bank_app: str,
    band,
    kind: str,
    mode: str,
    url: str | None,
    payee_labels: list[str],
    remark: str,
) -> Screen:
    """The shop's business banking after an NEFT or IMPS (a web page or an app): the bank's name, the outcome, the
    sum, the payee as the bank prints the beneficiary, the account and IFSC, the mode, the references (an IMPS
    reference or an NEFT UTR, the bank's own Reference No. on some; an NEFT UTR spells the day: a page without one
    prints the bank's reference), the day, the debit account, the remark."""
    words = {
        "success": ["Transfer successful", "Funds transferred", f"{mode} payment successful"],
        "failed": ["Transfer failed", "Rejected by beneficiary bank", f"{mode} payment failed"],
        "pending": ["Transfer in process", f"{mode} under process", "Pending with beneficiary bank"],
    }
    if kind == "web":
        p = browser_page(rng, font, url or "")
        p.part = "head"
        top(p, bank_app)
        p.add(
            "center",
            rng.choice(["Payment acknowledgement", f"{mode} transfer - status", "Transaction receipt"]),
        )
        rs = money(rng, font, 0.5)
    else:
        p = phone_page(rng, font, k, ["Transaction status", "Payment details", ""])
        app_top(p, bank_app, band, rng.choice(["Pay to beneficiary", "Fund transfer", f"{mode} transfer"]))
        rs = money(rng, font, 0.5)
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, words)
    if kind == "web":
        p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(payee_labels), j.to, merchant=j.to)
    bank = rng.choice(BANKS)
    p.pair(rng.choice(["Account No.", "Beneficiary A/c"]), f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{HEADS[bank]}0{digits(rng, 6)}")
    p.pair(rng.choice(["Mode", "Payment type"]), mode, method="netbanking")
    if not j.no_ref:
        if mode == "IMPS":
            labelled(
                p, rng.choice(["IMPS Ref No.", "RRN", "IMPS Reference No."]), j.ref, txn=(UTR_RANK, j.ref)
            )
        elif j.status != "pending" and not j.no_day:
            ref = neft_ref(rng, bank_app if bank_app in HEADS else "ICICI Bank", j.date)
            labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        if mode != "IMPS" and (j.no_day or j.status == "pending" or rng.random() < 0.5):
            own = f"{code(rng, 1, 'MNPS')}{digits(rng, 10)}"
            labelled(p, rng.choice(["Reference No.", "Bank Ref No."]), own, txn=(BANK_RANK, own))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Date & time", "Transaction date", "Value date"]),
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    p.pair(rng.choice(["Debit account", "From A/c"]), f"XXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), remark)
    return p


# the page: a transfer (bank, band, kind, mode, url) or the shop's voucher / a payroll advice
PAY_PAGES = [
    ("xfer", "ICICI Bank", (174, 40, 30), "app", "IMPS", None),
    ("voucher", None, None, "paper", "cash", None),
    ("xfer", "HDFC Bank", None, "web", "NEFT", "netbanking.hdfcbank.com/netbanking/entry"),
    ("payroll", "RazorpayX Payroll", None, "mail", "NEFT", None),
    ("xfer", "Kotak Mahindra Bank", (220, 30, 40), "app", "IMPS", None),
    ("voucher", None, None, "paper", "UPI", None),
    ("xfer", "Axis Bank", None, "web", "NEFT", "corporate.axisbank.co.in/fundtransfer/ack"),
    ("payroll", "Zoho Payroll", None, "mail", "IMPS", None),
]
PAY_NOTES = [
    "Salary",
    "Salary + incentive",
    "Field visit payout",
    "Overtime - Diwali rush",
    "Incentive - 38 jobs",
    "Advance against salary",
]


def tech_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop paying its technicians: its business banking after an IMPS or NEFT (ICICI Bank's and Kotak's apps,
    HDFC Bank's and Axis Bank's web pages; the technician under Beneficiary / Payee / Beneficiary name as the bank
    prints it, in capitals on some; Transfer successful / Funds transferred / <mode> payment successful / Transfer
    failed / Rejected by beneficiary bank / <mode> under process / Pending with beneficiary bank), its own SALARY
    PAYMENT VOUCHER / PAYMENT VOUCHER on paper (the shop on top: the payer's paper; Voucher No., Date, Paid to /
    Payee the technician, Designation, the month (no day), Basic, Incentive (n jobs x rate), Less: Advance
    adjusted, Less: Professional tax, Net paid, the sum in words, Mode cash or UPI and its UPI Ref No., the
    receiver's signature; PAID) and the payroll services' pay advice e-mails (RazorpayX Payroll, Zoho Payroll:
    Employee / Paid to the technician, Employee ID (no id), Pay period (no day), Gross earnings, Deductions, Net pay,
    Credited to, Mode, UTR / IMPS Ref No., Payout ID, Paid on, Status)."""
    k = place("tech_pay")
    status = outcome(k, failed=(4,), pending=(6,))
    page, bank, band, kind, mode, url = PAY_PAGES[k]
    tech, role = TECHS[k]
    j = Job(
        rng,
        status,
        no_ref=k == 7,
        no_day=k == 0,
        low=9000,
        high=32000,
        p_round=0.9,
        to=tech.upper() if rng.random() < 0.4 else tech,
    )
    if page == "xfer":
        p = bank_xfer(
            rng,
            font,
            k,
            j,
            bank_app=bank,
            band=band,
            kind=kind,
            mode=mode,
            url=url,
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
            remark=rng.choice(PAY_NOTES) + ("" if j.no_day else f" {j.month(1)}"),
        )
        if status == "failed":
            p.add(
                "small", "The beneficiary account is inactive. The amount is credited back to your account."
            )
        p.part = "foot"
        p.add("small", rng.choice(["Add to favourites", "Never share your OTP with anyone."]))
        return p.done()
    basic = float(rng.choice([12000, 14000, 15500, 18000, 21000, 24000]))
    jobs = rng.randint(10, 45)
    per = float(rng.choice([40, 50, 75, 100]))
    inc = jobs * per
    adv = float(rng.choice([0, 0, 1000, 2000, 3000]))
    ptax = 200.0 if basic + inc > 10000 else 0.0
    net = basic + inc - adv - ptax
    j.amount = net
    if page == "voucher":
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        shop_head(
            p,
            SHOP if rng.random() < 0.6 else FIRM,
            ["SALARY PAYMENT VOUCHER", "PAYMENT VOUCHER"],
            merchant=False,
        )
        if not j.no_ref:
            vno = doc_no(rng, j, "PV")
            p.pair(rng.choice(["Voucher No.", "No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Paid to", "Payee"]), j.to, merchant=j.to)
        p.pair("Designation", role)
        if not j.no_day:
            p.pair("For the month of", j.month(1))
        p.add("rule")
        p.pair("Basic", rs(basic))
        p.pair(f"Incentive ({jobs} jobs x {per:.0f})", rs(inc))
        if adv:
            p.pair("Less: Advance adjusted", rs(adv))
        p.pair("Less: Professional tax", rs(ptax))
        p.pair("Net paid", rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        p.pair("Mode", "Cash" if mode == "cash" else "UPI", method=mode)
        if mode == "UPI" and not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAID", status=status)
        p.part = "foot"
        p.add("gap")
        p.add("left", "Receiver's signature ____________      Proprietor / Accounts ____________")
        return p.done()
    site = "razorpay.com" if "Razorpay" in bank else "zohopayroll.com"
    p = mail_page(
        rng, font, f"{bank} <payouts@{site}>", ["Salary credited", "Pay advice", "Your salary payout"]
    )
    rs = money(rng, font, 0.7)
    p.part = "head"
    top(p, bank)
    p.add("small", f"on behalf of {FIRM}")
    p.add("center", "Pay advice")
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Employee", "Paid to"]), j.to, merchant=j.to)
    p.pair("Employee ID", f"KIS{rng.randrange(1, 60):03d}")
    p.pair("Designation", role)
    if not j.no_day:
        p.pair("Pay period", j.month(1))
    p.pair("Gross earnings", rs(basic + inc))
    p.pair("Deductions (advance, PT)", rs(adv + ptax))
    p.pair("Net pay", rs(net), amount=net)
    p.pair("Credited to", f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}")
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        pid = f"pout_{code(rng, 14, MIXED)}" if "Razorpay" in bank else digits(rng, 16)
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if mode == "IMPS":
            p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_day and status == "success":
            ref = neft_ref(rng, "Axis Bank", j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair(rng.choice(["Paid on", "Credited on"]), j.day(rng), date=j.date)
    p.pair("Status", {"success": "Paid", "failed": "Failed", "pending": "Processing"}[status], status=status)
    p.part = "foot"
    p.add("small", "Your payslip is attached. For queries contact your employer.")
    return p.done()


# ---------------------------------------------------------------- 9. rent, power and broadband


UTILITY_PAGES = ["rent", "bbps", "rentxfer", "msedcl", "airtel", "bbps", "rent", "jio"]
LANDLORDS = [
    ("Suresh Vasant Kulkarni", "College Road"),
    ("Meherunnisa Abdul Shaikh", "Nashik Road"),
    ("Anant Gopal Deshmukh", "CIDCO"),
]


def rent_utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's rent, power and broadband: its landlords' RENT RECEIPTs (Receipt No., Date, "Received with thanks from
    M/s <company> (Kirti Computer World) the rent of shop no. <n>, <locality>, Nashik for <month>", Monthly rent,
    Less: TDS u/s 194-I(b) @ 10% over Rs 50,000 a month, Net amount received, the sum in words, Mode and its
    reference, Landlord / Owner / Lessor the landlord (Shri on some), PAN, [ Revenue stamp ]; RECEIVED WITH THANKS /
    RENT RECEIVED), a rent transfer from the shop's web banking (the landlord under Beneficiary / Payee), MSEDCL's
    electricity through Bharat Connect (PhonePe, Paytm: the board under Biller / Paid to as printed, Consumer No.
    (no id), Billing unit, Bill month, Due date, Bill amount, Prompt payment discount on some, Amount paid or the
    sum large, B-Connect Txn ID / Bharat Connect Ref. No., UPI Ref No., Paid on / Declined on / Initiated on),
    MSEDCL's own online receipt (Maharashtra State Electricity Distribution Co. Ltd or MSEDCL on top, Consumer No.
    (no id), Consumer name, Bill month, Amount paid, Payment mode, Payment date; it prints no reference) and
    Airtel's and JioFiber's receipts (the brand on top, Account / Service ID (no id), Plan, Amount paid, Payment
    mode, Transaction ID, Paid on)."""
    k = place("rent_utilities")
    status = outcome(k, failed=(5,), pending=(2,))
    page = UTILITY_PAGES[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=1500, high=18000)
    if page in ("rent", "rentxfer"):
        landlord, where = LANDLORDS[0 if k == 0 else 1 if k == 6 else 2]
        rent = float(rng.choice([38000, 42000, 48000, 55000, 62000, 68000]))
        tds = round(rent * 0.10, 2) if rent > 50000 else 0.0
        j.amount = rent - tds
        j.to = landlord.upper() if page == "rentxfer" and rng.random() < 0.5 else landlord
        if page == "rentxfer":
            p = bank_xfer(
                rng,
                font,
                k,
                j,
                bank_app="ICICI Bank",
                band=None,
                kind="web",
                mode="NEFT",
                url="cibnext.icicibank.com/corp/AuthenticationController",
                payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
                remark=f"Shop rent {where}" + ("" if j.no_day else f" {j.month()}"),
            )
            p.part = "foot"
            p.add("small", "Please check the status after some time. Do not repeat the transfer.")
            return p.done()
        p = paper_page(rng, font, [640, 680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        p.part = "head"
        p.add("title", "RENT RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"{rng.randrange(1, 99)}" if j.no_day else f"{j.date.month:02d}/{j.date.year}"
            rno = f"R-{rno}"
            p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        month = "the month" if j.no_day else j.month()
        p.add(
            "left",
            f"Received with thanks from M/s {FIRM} ({SHOP}) the rent of shop no. {rng.randrange(1, 30)}, "
            f"{where}, Nashik for {month}.",
        )
        p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
        if tds:
            wrap_pair(p, "Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        p.pair(rng.choice(["Net amount received", "Amount received"]), rs(j.amount), amount=j.amount)
        p.add("small", f"({words_in_rupees(j.amount)})")
        way = rng.choice(["NEFT", "UPI"])
        p.pair(rng.choice(["Mode", "Paid by"]), way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif not j.no_day:
                ref = neft_ref(rng, "ICICI Bank", j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
        p.add("center", rng.choice(["RECEIVED WITH THANKS", "RENT RECEIVED"]), status="success")
        p.part = "foot"
        p.add("gap")
        p.add("right" if fits(p, "right", "[ Revenue stamp ]") else "left", "[ Revenue stamp ]")
        who = f"{rng.choice(['Landlord', 'Owner', 'Lessor'])}: {rng.choice(['Shri ', ''])}{landlord}"
        p.add("right" if fits(p, "right", who) else "left", who, merchant=landlord)
        right(p, f"PAN: {pan(rng, 'P')}")
        return p.done()
    if page == "bbps":
        app, band = ("PhonePe", (95, 37, 159)) if k == 1 else ("Paytm", (0, 46, 110))
        p = phone_page(rng, font, k, ["Bill payment", "Transaction details", ""])
        rs = money(rng, font, 0.4)
        app_top(p, app, band, "Bharat Connect - Electricity")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill paid successfully", "Payment successful"],
                "failed": ["Bill payment declined by bank", "Payment failed"],
                "pending": ["Awaiting biller confirmation"],
            },
        )
        bill = rupees(rng, 2800, 16500, 0.3)
        disc = round(bill * 0.01, 2) if status == "success" and rng.random() < 0.5 else 0.0
        j.amount = round(bill - disc, 2)
        p.add("big", rs(j.amount), amount=j.amount)
        biller = rng.choice(
            ["MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL - Mahavitaran"]
        )
        wrap_pair(p, rng.choice(["Biller", "Paid to"]), biller, merchant=biller)
        p.pair("Consumer No.", digits(rng, 12))
        p.pair("Billing unit", f"{rng.choice(['4628', '4631', '4640'])}")
        if not j.no_day:
            p.pair("Bill month", j.month(1))
            p.pair("Due date", j.other_day(rng, 3, 12))
        p.pair("Bill amount", rs(bill))
        if disc:
            p.pair("Prompt payment discount", f"-{rs(disc)}")
        way = "UPI" if k == 5 or rng.random() < 0.5 else "card"
        p.pair("Paid via", "UPI" if way == "UPI" else f"Credit card {masked(rng, font)}", method=way)
        if not j.no_ref:
            bid = f"CC0{digits(rng, 4)}{code(rng, 9, ALNUM)}"
            labelled(
                p, rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bid, txn=(BANK_RANK, bid)
            )
            if way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            labelled(
                p,
                {"success": "Paid on", "failed": "Declined on", "pending": "Initiated on"}[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        p.part = "foot"
        p.add("small", "Bharat Connect - a service of NPCI Bharat BillPay Ltd")
        return p.done()
    if page == "msedcl":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
        rs = money(rng, font, 0.4, marks=("Rs.", "INR", "\u20b9"))
        name = rng.choice(["Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL"])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Mahavitaran - online bill payment")
        p.add("center", "Payment Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction successful"]})
        p.pair("Consumer No.", digits(rng, 12))
        wrap_pair(p, "Consumer name", FIRM.upper())
        p.pair("Bill month", j.month(1))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"Net banking - {rng.choice(BANKS)}", method="netbanking")
        p.pair("Payment date", stamp(rng, j.date, PATS), date=j.date)
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    brand = {"airtel": "Airtel Xstream Fiber", "jio": "JioFiber"}[page]
    p = mail_page(
        rng,
        font,
        f"{brand} <{'noreply@airtel.com' if page == 'airtel' else 'jiofiber@jio.com'}>",
        ["Payment received - thank you", "Payment receipt"],
    )
    rs = money(rng, font, 0.3)
    plan = float(rng.choice([999, 1499, 3999, 1178.82]))
    j.amount = round(plan, 2)
    p.part = "head"
    top(p, brand, merchant=brand)
    p.add("small", "Bharti Airtel Ltd" if page == "airtel" else "Reliance Jio Infocomm Ltd")
    p.add("center", "Payment receipt")
    p.add("rule")
    p.part = "body"
    p.add("left", rng.choice(["Payment received. Thank you!", "Thank you for your payment."]))
    wrap_pair(p, "Account name", FIRM)
    p.pair(rng.choice(["Account No.", "Service ID"]), digits(rng, 10))
    p.pair("Plan", rng.choice(["Business 300 Mbps", "Professional 200 Mbps + static IP"]))
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "card"])
    p.pair("Payment mode", "UPI" if way == "UPI" else f"Debit card {masked(rng, font)}", method=way)
    if not j.no_ref:
        tid = digits(rng, 14)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair("Paid on", stamp(rng, j.date, PATS), date=j.date)
    p.pair("Payment status", "Successful", status="success")
    p.part = "foot"
    p.add("small", "Your GST invoice will be sent with your next bill.")
    return p.done()


# ---------------------------------------------------------------- 10. software licences (US dollars on most)


# product, its company line, currency, frame
SOFTWARE = [
    ("Stellar Data Recovery Technician", "Stellar Information Technology Pvt Ltd", "INR", "mail"),
    ("EaseUS Data Recovery Wizard Technician", "CHENGDU YIWO Tech Development Co., Ltd", "USD", "browser"),
    ("TeamViewer Business", "TeamViewer Germany GmbH", "USD", "mail"),
    ("Acronis Cyber Protect Home Office", "Acronis International GmbH", "USD", "browser"),
    ("R-Studio Technician", "R-Tools Technology Inc.", "USD", "mail"),
    ("TallyPrime Gold", "Tally Solutions Pvt Ltd", "INR", "browser"),
    ("Malwarebytes Teams", "Malwarebytes Inc.", "USD", "app"),
    ("AnyDesk Standard", "AnyDesk Software GmbH", "USD", "browser"),
]


def software_licences(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's software licences (data recovery, remote support, backup, anti-malware, accounting; in US dollars on
    six, in rupees on Stellar's and TallyPrime's): the vendor's e-mail, its store or account page in a browser, its
    app: the product on top (in capitals on some; the payee) and its company line (no fact), Receipt / Order
    confirmation / Payment receipt / Invoice paid, Billed to / Customer / Licensed to the company, Order # / Invoice
    number / Order ID, Licence (n seats, 1 year), Subtotal, Tax 0.00 with "Reverse charge: the recipient pays IGST on
    this import of services." on the dollar pages or IGST @ 18% on the rupee pages, Total / Amount paid / Total charged
    (the sum), Paid with Visa / Mastercard ending n, Transaction ID / Charge ID, Auth code on some, Paid on / Charged on
    / Date / Declined on / Attempted on, Renews on; Paid / Payment successful / Payment declined - card not enabled
    for international use / Payment processing - awaiting issuer authentication."""
    k = place("software_licences")
    status = outcome(k, failed=(3,), pending=(6,))
    product, company, cur, frame = SOFTWARE[k]
    name = product.upper() if rng.random() < 0.2 else product
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, to=name)
    if frame == "mail":
        dom = company.split()[0].lower().strip(",.")
        p = mail_page(
            rng,
            font,
            f"{product.split()[0]} Store <orders@{dom}.com>",
            ["Your order receipt", "Payment receipt", "Thank you for your order"],
        )
    elif frame == "browser":
        dom = company.split()[0].lower().strip(",.")
        p = browser_page(rng, font, f"store.{dom}.com/account/orders")
    else:
        p = phone_page(rng, font, k, ["Billing", "Subscription", ""])
    if cur == "INR":
        show = money(rng, font, 0.0, marks=("\u20b9", "INR", "Rs."))
    else:
        show = fx(rng, font, cur)
    p.part = "head"
    if frame == "app":
        app_top(p, name, (0, 60, 140), company, merchant=name)
    else:
        if fits(p, "title", name):
            top(p, name, merchant=name)
        else:
            p.add("center", name, merchant=name)
        p.add("small", company)
    p.add("center", rng.choice(["Receipt", "Order confirmation", "Payment receipt", "Invoice paid"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Payment declined - card not enabled for international use"],
        "pending": ["Payment processing - awaiting issuer authentication"],
    }
    if cur == "INR":
        words["failed"] = ["Payment declined - insufficient funds"]
    outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Billed to", "Customer", "Licensed to"]), FIRM)
    if cur == "INR":
        p.pair("GSTIN", SHOP_GSTIN)
    if not j.no_ref:
        ono = f"{code(rng, 2, UPPER)}-{digits(rng, 8)}"
        labelled(p, rng.choice(["Order #", "Invoice number", "Order ID"]), ono, txn=(INVOICE_RANK, ono))
    seats = rng.choice([1, 1, 2, 3, 5])
    if cur == "USD":
        unit = rng.choice([49.0, 79.0, 99.0, 129.0, 299.0, 499.0, 39.9, 706.8 / 3])
        unit = round(unit, 2)
    else:
        unit = float(rng.choice([5900, 8999, 18000, 22500, 54000]))
    sub = round(unit * seats, 2)
    item_row(
        p, f"{product.split()[0]} licence", f"{seats} x {show(unit)}" if seats > 1 else "1 year", show(sub)
    )
    p.pair("Subtotal", show(sub))
    if cur == "USD":
        p.pair("Tax", show(0.0))
        p.add("small", "Reverse charge: the recipient pays IGST on this import of services.")
        total = sub
    else:
        tax = round(sub * 0.18, 2)
        p.pair("IGST @ 18%" if rng.random() < 0.5 else "GST @ 18%", show(tax))
        total = round(sub + tax, 2)
    j.amount = total
    p.pair(
        rng.choice(
            ["Total", "Amount paid", "Total charged"] if status == "success" else ["Total", "Amount due"]
        ),
        show(total),
        amount=total,
        cur=cur,
    )
    net = rng.choice(["Visa", "Mastercard"])
    p.pair(rng.choice(["Paid with", "Payment method"]), f"{net} ending {digits(rng, 4)}", method="card")
    if not j.no_ref:
        tid = f"ch_{code(rng, 20, MIXED)}" if rng.random() < 0.4 else f"{digits(rng, 10)}"
        labelled(p, rng.choice(["Transaction ID", "Charge ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success" and rng.random() < 0.5:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labels = {
            "success": ["Paid on", "Charged on", "Date"],
            "failed": ["Declined on"],
            "pending": ["Attempted on"],
        }
        labelled(
            p, rng.choice(labels[status]), j.day(rng, US_PATS if cur == "USD" else DAY_PATS), date=j.date
        )
        if status == "success":
            p.pair("Renews on", when(j.date.replace(year=j.date.year + 1), rng.choice(US_PATS)))
    if cur == "USD" and rng.random() < 0.5:
        p.add("small", "Your bank may add a foreign currency markup and GST on it.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Licence keys are in your account under Downloads.", "Questions? Reply to this mail."]),
    )
    return p.done()


# ---------------------------------------------------------------- 11. GST, TDS and professional tax


TAX_PAGES = ["gst", "tds", "pt", "gst", "tds", "gst", "tds", "pt"]


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's taxes (no payee on any): the GST portal's Challan Payment Receipt (GST PMT-06) (CPIN, Challan
    created on (no day of payment), GSTIN, Legal name, Trade name, Tax period, CGST (0005) and SGST (0006) Tax,
    Interest on some, Total challan amount, Mode E-Payment (Net Banking) / UPI, Bank, CIN, BRN, UPI Ref No.,
    Date of deposit; Payment successful / Paid / Awaiting confirmation from bank), the e-filing portal's e-Pay Tax
    challan receipts for TDS (ITNS 281: TAN, Name of deductor, Assessment Year, Nature of payment (194C, 194-I(b),
    192, 194Q), Amount (in Rs.), CRN, Payment mode, Bank, BSR Code and Challan No. (no id), CIN, BRN / Bank Reference
    Number, Date of deposit / Attempted on; Challan paid / Payment successful / Payment failed) and Maharashtra's GRAS
    e-challans for professional tax (MTR Form Number 6, GRN, Department Sales Tax (Professional Tax), Type PTEC /
    PTRC, Period (no day), Amount, Bank CIN, Bank Ref. No., Date / Payment date; Success / Paid)."""
    k = place("tax_challans")
    status = outcome(k, failed=(4,), pending=(3,))
    kind = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, to="")
    rs = money(rng, font, 0.9, marks=("\u20b9", "Rs.", "INR"))
    if kind in ("gst", "tds") and rng.random() < 0.6:
        p = browser_page(
            rng,
            font,
            "payment.gst.gov.in/payment/receipt"
            if kind == "gst"
            else "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax",
        )
    else:
        p = paper_page(rng, font, [700, 740])
    bank = rng.choice(BANKS)
    way = rng.choice(["netbanking", "netbanking", "UPI"]) if kind != "pt" else "netbanking"
    p.part = "head"
    if kind == "gst":
        top(p, "Goods and Services Tax")
        p.add("center", "Challan Payment Receipt (GST PMT-06)")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Paid"],
                "pending": ["Awaiting confirmation from bank"],
                "failed": ["Payment failed"],
            },
        )
        cpin = f"26{STATE}{digits(rng, 10)}"
        if not j.no_ref:
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        if not j.no_day:
            p.pair("Challan created on", j.other_day(rng, -3, 0))
        p.pair("GSTIN", SHOP_GSTIN)
        wrap_pair(p, "Legal name", FIRM.upper())
        wrap_pair(p, "Trade name", SHOP.upper())
        if not j.no_day:
            p.pair("Tax period", j.month(1))
        cg = float(whole(rng.uniform(18000, 140000), 1))
        interest = float(rng.choice([0, 0, 0, whole(cg * 0.006, 1)]))
        p.pair("CGST (0005) Tax", rs(cg))
        p.pair("SGST (0006) Tax", rs(cg))
        if interest:
            p.pair("CGST Interest", rs(interest))
            p.pair("SGST Interest", rs(interest))
        j.amount = 2 * cg + 2 * interest
        p.pair("Total challan amount", rs(j.amount), amount=j.amount)
        p.pair("Mode of payment", "E-Payment (Net Banking)" if way == "netbanking" else "UPI", method=way)
        p.pair("Bank", bank)
    elif kind == "tds":
        top(p, "e-Pay Tax")
        p.add("small", "Income Tax Department, Government of India")
        p.add("center", "Challan Receipt - ITNS 281")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan paid", "Payment successful"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            },
        )
        p.pair("TAN", f"NSK{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
        wrap_pair(p, "Name of deductor", FIRM.upper())
        if not j.no_day:
            p.pair(
                "Assessment Year",
                f"{j.date.year + (1 if j.date.month > 3 else 0)}-"
                f"{(j.date.year + (2 if j.date.month > 3 else 1)) % 100:02d}",
            )
        wrap_pair(
            p,
            "Nature of payment",
            rng.choice(
                [
                    "194C - Payment to contractors",
                    "194-I(b) - Rent",
                    "192 - Salary",
                    "194Q - Purchase of goods",
                ]
            ),
        )
        j.amount = float(whole(rng.uniform(900, 26000), 1))
        p.pair("Amount (in Rs.)", rs(j.amount), amount=j.amount)
        if not j.no_ref:
            crn = f"26{digits(rng, 10)}"
            p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
        p.pair("Payment mode", "Net Banking" if way == "netbanking" else "UPI", method=way)
        p.pair("Bank", bank)
        bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
        if status == "success":
            p.pair("BSR Code", bsr)
            p.pair("Challan No.", serial)
    else:
        top(p, "GRAS")
        p.add("small", "Government Receipt Accounting System, Government of Maharashtra")
        p.add("center", "MTR Form Number 6")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            grn = f"MH{digits(rng, 10)}{rng.choice(['2', '3'])}{code(rng, 1, 'M')}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        p.pair("Department", "Sales Tax (Professional Tax)")
        p.pair("Type of payment", rng.choice(["PTRC - employer", "PTEC - enrolment"]))
        p.pair("TIN / PT No.", digits(rng, 11))
        wrap_pair(p, "Name", FIRM.upper())
        if not j.no_day:
            p.pair("Period", j.month(1))
        j.amount = float(rng.choice([1400, 1600, 2500, 2000, 1800]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", f"Net banking - {bank}", method="netbanking")
    if not j.no_ref and status == "success":
        if kind == "gst":
            cin = f"{cpin}{HEADS[bank]}"
        elif kind == "tds":
            cin = f"{bsr}{j.date:%d%m%y}{serial}"
        else:
            cin = f"{digits(rng, 7)}{'' if j.no_day else f'{j.date:%d%m%Y}'}{digits(rng, 5)}"
        p.pair("CIN" if kind != "pt" else "Bank CIN", cin, txn=(TXN_RANK, cin))
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            brn = digits(rng, 10) if rng.random() < 0.5 else f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            p.pair(
                rng.choice(["BRN", "Bank Reference Number"] if kind != "pt" else ["Bank Ref. No."]),
                brn,
                txn=(BANK_RANK, brn),
            )
    if not j.no_day:
        labels = {
            "success": ["Date of deposit", "Payment date"],
            "failed": ["Attempted on"],
            "pending": ["Initiated on"],
        }
        p.pair(
            rng.choice(labels[status] if kind != "pt" else ["Date", "Payment date"]),
            stamp(rng, j.date, DAY_PATS, hour=rng.random() < 0.5),
            date=j.date,
        )
    if kind == "pt":
        p.add("center", rng.choice(["Success", "Paid"]), status=status)
    p.part = "foot"
    p.add("small", "This is a computer generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 12. the shop's own paper


SHOP_PAGES = ["sale", "repair", "advance", "emi", "amc", "memo", "repair", "sale"]
LAPTOPS = [
    ("HP 15s-fq5111TU (i5-1235U, 16GB, 512GB)", 50500, 56500),
    ("Lenovo IdeaPad Slim 3 (i5-12450H, 16GB, 512GB)", 52000, 59000),
    ("Dell Inspiron 3530 (i3-1305U, 8GB, 512GB)", 38500, 43000),
    ("ASUS Vivobook 15 (Ryzen 5 7520U, 16GB)", 41000, 46000),
]
REPAIRS = [
    ("Motherboard chip-level repair", 2200, 4800),
    ("Keyboard replacement", 1400, 2200),
    ("Hinge repair", 900, 1800),
    ("Screen 15.6in FHD replacement", 3800, 5600),
    ("SSD 512GB + OS installation", 3600, 4400),
    ("Data recovery (logical)", 2500, 6000),
    ("Printer head cleaning & service", 650, 1200),
    ("Battery replacement", 2300, 3600),
]
ACCESSORIES = [
    ("USB mouse", 290, 450),
    ("Keyboard", 450, 750),
    ("HDMI cable 1.5m", 180, 350),
    ("Pen drive 64GB", 420, 590),
    ("Laptop bag", 690, 1200),
    ("Wi-Fi adapter", 399, 699),
]


def shop_paper(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's own paper (serif; the shop, the shop with its counter or the company on top, the payee, its line,
    address, GSTIN and phone): a TAX INVOICE / TAX INVOICE CUM RECEIPT for a laptop (Invoice No., Date, Customer /
    Bill to, the laptop with HSN 8471 and its serial number, Taxable value, CGST @ 9%, SGST @ 9%, Invoice total, Amount
    received / Received, or Amount due with the UPI declined), a SERVICE BILL / REPAIR BILL CUM RECEIPT (Bill No., Job
    No. (the job's, no id), Device, Fault, the repairs, SAC 998713, CGST and SGST @ 9%, Total, Amount received), an
    ADVANCE RECEIPT for a custom PC build (Received with thanks from … as advance towards …, Estimated value, Advance
    received; the order number (no id)), a DOWN PAYMENT RECEIPT for a laptop on a consumer loan (Product price,
    Financed by Bajaj Finance Ltd (loan amount, no fact), Down payment received), an AMC INVOICE CUM RECEIPT to a school
    (Contract period (no day of payment), n desktops x rate, GST, Total, Less: TDS u/s 194C @ 2%, Net amount received)
    and a CASH MEMO for accessories (cash): Mode / Received by / Paid by and its reference (UPI Ref No., NEFT UTR,
    Auth code and RRN, a cheque's number); PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI PAYMENT FAILED -
    AMOUNT DUE / CHEQUE RECEIVED - SUBJECT TO REALISATION in a row and in the shop's rubber stamp (ACCOUNTS / SALES
    COUNTER)."""
    k = place("shop_paper")
    status = outcome(k, failed=(7,), pending=(4,))
    page = SHOP_PAGES[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, to=ours(rng, firm=0.3, branch=0.35, caps=0.2))
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    kinds = {
        "sale": ["TAX INVOICE", "TAX INVOICE CUM RECEIPT"],
        "repair": ["SERVICE BILL", "REPAIR BILL CUM RECEIPT"],
        "advance": ["ADVANCE RECEIPT"],
        "emi": ["DOWN PAYMENT RECEIPT"],
        "amc": ["AMC INVOICE CUM RECEIPT"],
        "memo": ["CASH MEMO"],
    }[page]
    shop_head(p, j.to, kinds, merchant=True)
    way = {
        "sale": rng.choice(["UPI", "card", "NEFT"]),
        "repair": rng.choice(["UPI", "cash"]),
        "advance": "UPI",
        "emi": rng.choice(["card", "UPI"]),
        "amc": "cheque",
        "memo": "cash",
    }[page]
    if status == "failed":
        way = "UPI"
    if not j.no_ref:
        prefix = {"sale": "KCW", "repair": "SB", "advance": "AR", "emi": "DP", "amc": "AMC", "memo": "CM"}[
            page
        ]
        dno = doc_no(rng, j, prefix)
        labels = {"sale": ["Invoice No.", "Inv. No."], "amc": ["Invoice No."], "repair": ["Bill No."]}.get(
            page, ["Receipt No.", "No."]
        )
        p.pair(rng.choice(labels), dno, txn=(INVOICE_RANK, dno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    customer = rng.choice(CUSTOMERS)
    if page == "sale":
        wrap_pair(p, rng.choice(["Customer", "Bill to"]), customer)
        item, lo, hi = rng.choice(LAPTOPS)
        total = float(whole(rng.uniform(lo, hi), 10)) - 10
        taxable = round(total / 1.18, 2)
        half = round((total - taxable) / 2, 2)
        taxable = round(total - 2 * half, 2)
        p.add("rule")
        p.add("left", item)
        p.pair(f"    HSN 8471 | S/N {code(rng, 10, ALNUM)}", rs(taxable))
        p.pair("Taxable value", rs(taxable))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        p.pair("Invoice total", rs(total))
        j.amount = total
        if status == "failed":
            p.pair("Amount due", rs(total), amount=total)
        else:
            p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    elif page == "repair":
        wrap_pair(p, rng.choice(["Customer", "Received from"]), customer)
        p.pair("Job No.", f"JS-{rng.randrange(1000, 9999)}")
        p.pair(
            "Device",
            rng.choice(
                [
                    "HP Pavilion 14 laptop",
                    "Lenovo V15 laptop",
                    "Dell Vostro desktop",
                    "Epson L3250 printer",
                    "Acer Aspire 7 laptop",
                ]
            ),
        )
        p.add("rule")
        sub = 0.0
        for item, lo, hi in rng.sample(REPAIRS, rng.randint(1, 3)):
            fee = float(whole(rng.uniform(lo, hi), 50))
            sub += fee
            wrap_pair(p, item, rs(fee))
        p.add("small", "SAC 998713 - maintenance and repair of computers")
        half = round(sub * 0.09, 2)
        p.pair("Taxable value", rs(sub))
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(sub + 2 * half, 2)
        j.amount = total
        p.pair("Total", rs(total))
        p.pair(rng.choice(["Amount received", "Amount paid"]), rs(total), amount=total)
    elif page == "advance":
        build = rng.choice(
            [
                "gaming PC (Ryzen 7 7700, RTX 4070)",
                "CAD workstation (i7-14700, 64GB)",
                "editing PC (i5-14400F, RTX 4060)",
            ]
        )
        est = float(whole(rng.uniform(85000, 190000), 500))
        adv = float(whole(est * rng.uniform(0.2, 0.4), 1000))
        j.amount = adv
        p.add(
            "left",
            f"Received with thanks from {customer} the sum of {words_in_rupees(adv)} as advance towards "
            f"a custom {build}.",
        )
        p.pair("Build order", f"BO-{rng.randrange(100, 999)}")
        p.pair("Estimated value", rs(est))
        p.pair("Advance received", rs(adv), amount=adv)
        p.pair("Balance on delivery", rs(est - adv))
    elif page == "emi":
        wrap_pair(p, "Customer", customer)
        item, lo, hi = rng.choice(LAPTOPS)
        price = float(whole(rng.uniform(lo, hi), 10)) - 10
        down = float(whole(price * rng.uniform(0.15, 0.3), 100))
        j.amount = down
        wrap_pair(p, "Product", item)
        p.pair("Product price", rs(price))
        wrap_pair(
            p, "Financed by", f"Bajaj Finance Ltd - loan {rs(price - down)} ({rng.choice([6, 9, 12])} EMIs)"
        )
        p.pair("Down payment received", rs(down), amount=down)
    elif page == "amc":
        school = rng.choice(["Sahyadri Vidya Mandir Trust", "Bhonsala English Medium School"])
        wrap_pair(p, "Bill to", f"{school}, Nashik")
        if not j.no_day:
            start = j.date.replace(day=1)
            p.pair(
                "Contract period",
                f"{when(start, '%b %Y')} - {when(start.replace(year=start.year + 1), '%b %Y')}",
            )
        n, rate = rng.randint(20, 45), float(rng.choice([1200, 1500, 1800]))
        sub = n * rate
        item_row(p, "Desktop AMC (comprehensive, parts extra)", f"{n} x {rate:,.0f}", rs(sub))
        half = round(sub * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(sub + 2 * half, 2)
        tds = round(sub * 0.02, 2)
        p.pair("Total", rs(total))
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair("Cheque amount", rs(j.amount), amount=j.amount)
    else:
        sub = 0.0
        for item, lo, hi in rng.sample(ACCESSORIES, rng.randint(2, 4)):
            qty, price = rng.randint(1, 3), float(whole(rng.uniform(lo, hi), 10))
            sub += qty * price
            item_row(p, item, f"{qty} x {price:,.0f}" if qty > 1 else "", rs(qty * price))
        p.add("rule")
        p.add("small", "Prices inclusive of GST @ 18%")
        j.amount = sub
        p.pair("Total", rs(sub), amount=sub)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, Nashik")
    elif way == "cash":
        p.pair(rng.choice(["Mode", "Received by", "Paid by"]), "Cash", method="cash")
    else:
        text = {
            "UPI": rng.choice(["UPI", "UPI (shop QR)"]),
            "NEFT": "NEFT",
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
        }[way]
        p.pair(
            rng.choice(["Mode", "Received by", "Paid by"]),
            text,
            method="netbanking" if way == "NEFT" else way,
        )
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "NEFT" and not j.no_day:
                ref = neft_ref(rng, rng.choice(BANKS), j.date)
                p.pair("NEFT UTR", ref, txn=(UTR_RANK, ref))
            elif way == "card" and status == "success":
                appr = digits(rng, 6)
                p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
                p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "UPI PAYMENT FAILED - AMOUNT DUE",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Goods once sold will not be taken back. Warranty by the brand's service centres.",
                "Devices not collected within 60 days will be disposed of. E. & O.E.",
            ]
        ),
    )
    right(p, f"For {SHOP}")
    seal(
        p,
        SHOP,
        rng.choice(["ACCOUNTS", "SALES COUNTER"]),
        None if j.no_day else j.date,
        {"success": "PAID", "failed": "AMOUNT DUE", "pending": "CHEQUE RECD"}[status],
    )
    return p.done()


compose = compose158

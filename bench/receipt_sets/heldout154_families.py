"""The twelve heldout154 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a neighbourhood grocery and kirana chain's day in 2026 (Nukkad Daily Needs, one
store in each of Kanpur, Thane, Madurai, Bhubaneswar, Jodhpur, Kozhikode, Patna and Warangal; Nukkad Retail Pvt Ltd
runs three of them and a proprietor's firm runs each of the other five as a franchisee), told by the proofs of
payment it receives (customers' UPI at the counter seen from their apps and from the store's merchant app, the
counter's card terminal slips with a cash-at-POS sale on one, the store's own cash memos, bills of supply, khata
(monthly credit account) receipts, home-delivery bills and bulk-order advance receipts, the quick-commerce, ONDC and
online-store platforms' payouts and customers' orders through them) and those it makes (the FMCG distributors' and
wholesalers' bills with credit notes adjusted, their salesmen's collection receipts and a cheque return memo, stock
bought on the B2B apps and by business banking, the shops' rent and the staff's wages, electricity, water and
broadband, the billing and POS software (in dollars, euros and pounds on some), refunds to customers, GST (CMP-08 for
the composition dealers), advance tax, TDS and profession tax, and the FSSAI, municipal trade licence and legal
metrology fees). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, items and their MRP, savings, GST summaries, cash tendered and change,
khata balances, order values and balances due, invoice numbers a receipt settles, credit note numbers, beats and
salesmen, outlet codes, commissions, fees, TCS and TDS lines, seller ids, settlement cycles and settlement UTRs,
original payment references on a refund, consumer, account, meter and connection numbers, bill numbers and months,
plans and service periods, licence, application and registration numbers, validity days, financial and assessment
years, return periods, BSR codes, challan serials, PTRC numbers, GSTIN, IFSC, PAN, TAN, MID, TID, BATCH, AID and the
payer's own details carry no fact. ``compose`` is heldout152's (heldout121's frames and marks, heldout129's rubber
stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
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
from bench.receipt_sets.heldout140_families import (
    browser_page,
    mail_page,
    method_of,
    paper_page,
    phone_page,
    slip_page,
)
from bench.receipt_sets.heldout152_families import ay_of, fx, method_for, pan, rail_ref, right, vpa_base
from bench.receipt_sets.heldout152_families import compose as compose152

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code
TOWNS = [
    ("Kanpur", "208002", "Swaroop Nagar", "Uttar Pradesh", "09"),
    ("Thane", "400602", "Naupada", "Maharashtra", "27"),
    ("Madurai", "625020", "Anna Nagar", "Tamil Nadu", "33"),
    ("Bhubaneswar", "751007", "Saheed Nagar", "Odisha", "21"),
    ("Jodhpur", "342003", "Sardarpura", "Rajasthan", "08"),
    ("Kozhikode", "673004", "Mavoor Road", "Kerala", "32"),
    ("Patna", "800001", "Boring Road", "Bihar", "10"),
    ("Warangal", "506001", "Hanamkonda", "Telangana", "36"),
]
TRADE = "Nukkad Daily Needs"
COMPANY = "Nukkad Retail Pvt Ltd"
# the firm that runs the store in each town: the company, or a franchisee proprietor's firm
FIRMS = [
    "Shukla Provision Stores",
    COMPANY,
    "Sri Meenakshi Traders",
    COMPANY,
    "Marudhar General Stores",
    "Kallai Provision Stores",
    COMPANY,
    "Sri Kakatiya Kirana & General Stores",
]
OWNERS = [
    "Anil Kumar Shukla",
    "",
    "R. Senthil Kumar",
    "",
    "Mahaveer Prasad Bhandari",
    "K. P. Abdul Rasheed",
    "",
    "Gaddam Srinivas",
]
# the franchisees that pay GST under the composition scheme (a bill of supply, CMP-08)
COMPOSITION = (0, 4)
CODES = ["KNP", "THN", "MDU", "BBS", "JDH", "KZD", "PAT", "WGL"]
SLUG = "nukkaddaily"
CUSTOMERS = [
    "Ramakant Tripathi",
    "Sujata Kulkarni",
    "Karthikeyan S",
    "Subhashree Mohanty",
    "Mahendra Singh Rathore",
    "Fathima Nasrin",
    "Ranjeet Kumar Sinha",
    "Sravani Reddy",
    "Deepa Nair",
    "Arvind Mishra",
    "Pooja Bhosale",
    "Mohammed Shafi",
]
STAFF = [
    ("Raju Yadav", "Store helper"),
    ("Ganesh Gaikwad", "Cashier"),
    ("Selvam M", "Delivery boy"),
    ("Sunil Patra", "Store helper"),
    ("Bhanwar Lal", "Godown keeper"),
    ("Anwar Hussain", "Delivery boy"),
    ("Bablu Kumar", "Store helper"),
    ("Shyam Sundar Rao", "Cashier"),
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Punjab National Bank",
    "Bank of Baroda",
    "Axis Bank",
    "Union Bank of India",
    "Indian Bank",
    "Federal Bank",
    "Kotak Mahindra Bank",
]
REFUND = [
    "If any money was debited, your bank will return it within 5 working days.",
    "Money debited, if any, is auto-reversed to the source account.",
]
WAIT = [
    "Do not pay again - we are waiting for your bank to confirm.",
    "Your bank has not confirmed this payment yet. Check again in a few minutes.",
]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "%d %B %Y", "%b {d}, %Y", "%d/%m/%y"]
STORE_SUB = [
    "Kirana | Staples | Dairy | Household",
    "Groceries, dairy, fruits & daily needs",
    "Your neighbourhood grocery - home delivery available",
]
# an FMCG line a kirana sells: name, MRP, the store's rate
GROCERY = [
    ("Aashirvaad Atta 5kg", 295, 279),
    ("Fortune Soyabean Oil 1L", 165, 152),
    ("Tata Salt 1kg", 28, 28),
    ("Amul Taaza Milk 1L", 68, 68),
    ("Parle-G 800g", 90, 85),
    ("Maggi Noodles 4-pack", 56, 54),
    ("Surf Excel Easy Wash 1kg", 140, 128),
    ("Colgate Strong Teeth 200g", 118, 109),
    ("Toor Dal 1kg", 175, 162),
    ("Sona Masoori Rice 5kg", 390, 365),
    ("Sugar (loose) 1kg", 46, 44),
    ("Britannia Bread 400g", 50, 50),
    ("Red Label Tea 500g", 290, 268),
    ("Lifebuoy Soap 4x100g", 148, 132),
    ("Haldiram's Bhujia 400g", 120, 112),
    ("Everest Garam Masala 100g", 92, 88),
    ("Vim Bar 3x200g", 60, 57),
    ("Saffola Gold 1L", 215, 199),
    ("Dettol Handwash 200ml", 99, 89),
    ("Amul Butter 100g", 62, 62),
    ("Good Day Cashew 200g", 50, 47),
    ("Horlicks Classic 500g", 275, 259),
    ("Rin Bar 250g", 28, 27),
    ("India Gate Basmati 1kg", 160, 149),
    ("Kissan Jam 500g", 165, 155),
    ("Harpic 500ml", 112, 104),
]


def ours(
    rng: random.Random, town: int, *, firm: float = 0.25, branch: float = 0.35, caps: float = 0.2
) -> str:
    """A store as a payee: the trade name, the store's (trade name - locality) on some, the firm that runs it on
    some, in capitals on some."""
    r = rng.random()
    name = FIRMS[town] if r < firm else f"{TRADE} - {TOWNS[town][2]}" if r < firm + branch else TRADE
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 100,
        high: float = 20000,
        p_round: float = 0.6,
        firm: float = 0.25,
        branch: float = 0.35,
        caps: float = 0.2,
        town: int | None = None,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, firm=firm, branch=branch, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a cheque's, a delivery's, a validity's): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a wage's, a bill's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(
    p: Screen,
    town: int,
    name: str,
    kinds: list[str],
    *,
    sub: str,
    merchant: bool = True,
    gst: bool = True,
    composition: bool = False,
) -> None:
    """A business on top of its own paper: what it sells, its address, GSTIN (never an id) and the composition
    dealer's line on some, the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'Plot', 'Door No.', 'H.No.'])} {rng.randrange(2, 160)}, {city[2]}, "
        f"{city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob. {rng.choice('6789')}{digits(rng, 9)}")
    if composition:
        p.add("small", "Composition taxable person, not eligible to collect tax on supplies")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def store_head(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The store on top of its own paper: what it sells, its address and GSTIN, the composition dealer's line on a
    franchisee's bill of supply."""
    letterhead(
        p, town, name, kinds, sub=p.rng.choice(STORE_SUB), merchant=merchant, composition=town in COMPOSITION
    )


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {
        "cash": rng.choice(["Cash", "Cash at counter"]),
        "UPI": rng.choice(["UPI", "UPI (QR scan)", "UPI (PhonePe / GPay)"]),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
    }[way]


def vpa_of(rng: random.Random, name: str) -> str:
    return rng.choice(
        [
            f"{vpa_base(name)}{rng.randrange(10, 999)}@{rng.choice(['oksbi', 'okaxis', 'ybl', 'ibl'])}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'paytm', 'okhdfcbank', 'axl'])}",
        ]
    )


def item_row(p: Screen, name: str, qty: str, value: str) -> None:
    """A bill's line: the item, its quantity and rate and its sum on one row, or the item over its quantity, rate and
    sum where the row would not fit (no fact)."""
    if fits(p, "pair", f"{name} {qty}     {value}"):
        p.pair(f"{name} {qty}".strip(), value)
    else:
        p.add("left", name)
        p.pair(f"    {qty}" if qty else "", value)


# ---------------------------------------------------------------- 1. customers' UPI at the counter


# whose screen (the customer's UPI app or the store's merchant app) and which app
UPI_FRAMES = [
    ("customer", "PhonePe"),
    ("store", "SmartHub Vyapar"),
    ("customer", "Google Pay"),
    ("customer", "CRED"),
    ("store", "Google Pay for Business"),
    ("customer", "Paytm"),
    ("customer", "MobiKwik"),
    ("store", "YONO Merchant"),
]
# the merchant app: its band, the bank or company behind it, its settlement bank's IFSC head
STORE_APPS = {
    "SmartHub Vyapar": ((0, 76, 143), "HDFC Bank", "HDFC"),
    "Google Pay for Business": (None, "Google Pay", "UTIB"),
    "YONO Merchant": ((34, 10, 110), "State Bank of India", "SBIN"),
}
COUNTER_NOTES = [
    "Atta + dal",
    "Monthly ration",
    "Milk & bread",
    "Kirana",
    "Grocery - 2 bags",
    "Khata balance",
    "Oil tin 15L",
    "Sugar + tea",
    "Diwali sweets box",
    "Home delivery order",
    "Eggs tray + butter",
]
SOUNDBOXES = [
    "Soundbox - Counter 1",
    "Soundbox - Counter 2",
    "Static QR at billing desk",
    "Dynamic QR on POS screen",
    "QR on delivery bag",
    "Soundbox - dairy counter",
]


def store_app(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The store's own merchant app after a customer paid its QR or soundbox (HDFC Bank's SmartHub Vyapar, Google
    Pay for Business, SBI's YONO Merchant): the app on its band, Credited to your account / Payment collected / You
    received a payment, the sum large, Shop name / Merchant name / Store the store (the payee), Customer (a name or a
    handle: never the payee), Mode UPI, Collected at (Soundbox - Counter 1, Static QR at billing desk), UPI RRN /
    Customer RRN / UPI Ref ID and Merchant Txn ID / Txn ID on some, Credited on / Time of payment / Collected on,
    Settlement status, Settlement UTR (the day's settlement to the bank: no id) on some, Settled to."""
    band, bank, head4 = STORE_APPS[app]
    p = phone_page(rng, font, k, ["", "Transaction", "Payment received"])
    dark = p.style["h106"]["dark"]
    rs = money(rng, font, 0.6)
    head(p, app, band, dark, ["Collections", "Today's payments", f"by {bank}"])
    p.part = "body"
    outcome_row(
        p, "success", {"success": ["Credited to your account", "Payment collected", "You received a payment"]}
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Shop name", "Merchant name", "Store"]), j.to, merchant=j.to)
    payer = rng.choice(CUSTOMERS)
    wrap_pair(
        p,
        rng.choice(["Customer", "Paid by", "Payer"]),
        rng.choice([payer, payer.upper(), vpa_of(rng, payer)]),
    )
    p.pair("Mode", rng.choice(["UPI", "UPI QR", "UPI - Soundbox"]), method="UPI")
    wrap_pair(p, "Collected at", rng.choice(SOUNDBOXES))
    if not j.no_ref:
        rows = [(rng.choice(["UPI RRN", "Customer RRN", "UPI Ref ID"]), j.ref, (UTR_RANK, j.ref))]
        if rng.random() < 0.6:
            own = f"{code(rng, 3, UPPER)}{digits(rng, 13)}"
            rows.insert(rng.randrange(2), (rng.choice(["Merchant Txn ID", "Txn ID"]), own, (TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Credited on", "Time of payment", "Collected on"]),
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    p.pair("Settlement", rng.choice(["Settled", "Settled to bank", "Instant settlement - done"]))
    if not j.no_ref and not j.no_day and rng.random() < 0.6:
        p.pair("Settlement UTR", neft_utr(head4, rng, j.date + dt.timedelta(days=rng.choice([0, 1]))))
    p.pair(rng.choice(["Settled to", "Bank account"]), f"{bank} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(
            [
                "Download statement from Reports",
                "Settlements reach your account by 9 PM",
                "Share your QR to collect more payments",
            ]
        ),
    )
    return p.done()


def counter_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI at a store's counter: five of the customer's app (PhonePe, Google Pay, CRED, Paytm,
    MobiKwik; heldout125's result screen, the store (the trade name, the store's, the franchisee's firm on some)
    under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note /
    Message / Remarks (Atta + dal, Khata balance) on most) and three of the store's merchant app (``store_app``)."""
    k = place("counter_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=25, high=3800, p_round=0.9)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([45, 68, 120, 236, 340, 455, 580, 760, 1120, 1485, 2240]))
    if side == "store":
        return store_app(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, TRADE, WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(COUNTER_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Pay again  |  Split"]))
    return p.done()


# ---------------------------------------------------------------- 2. the counter's card terminal slips


MAKERS = [
    "WORLDLINE",
    "EZETAP",
    "BANK OF BARODA",
    "GETEPAY",
    "FEDERAL BANK",
    "IDFC FIRST BANK",
    "ICICI BANK",
    "PAYSWIFF",
]
# the kind of sale: chip, tap, a swiped card signed for, a Bharat QR paid by UPI, a sale with cash at POS
SLIP_KINDS = ["chip", "tap", "chip", "qr", "cashpos", "swipe", "tap", "chip"]
SLIP_DAYS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d%b%Y", "%d-%b-%y"]
DECLINES = ["51-INSUFFICIENT FUNDS", "55-INCORRECT PIN", "91-ISSUER NOT AVAILABLE", "05-DO NOT HONOUR"]


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter's card terminal slip (Worldline, Ezetap, Bank of Baroda, Getepay, Federal Bank, IDFC FIRST Bank,
    ICICI Bank, Payswiff; monospace): the maker on top on some, the store in capitals (the payee), its locality and
    town, SALE / CHARGE SLIP / SALE + CASH / BHARAT QR - UPI, DT: <day>  TM: <hour> on one row or DATE : and TIME :,
    MID :, TID :, BATCH NO :, INV NO : / BILL NO :, CARD NO :, CARD TYPE :, EXP DT : XX/XX, ENTRY MODE :, AID : on a
    chip, APPR CODE : / AUTH CODE :, RRN :, a signature line on the swiped card, MODE : BHARAT QR (UPI) with CUSTOMER
    VPA : and TXN REF : on the QR; AMOUNT : / AMT : / TXN AMT :, or SALE AMT :, CASH AMT : and TOTAL AMT : on the
    cash-at-POS sale (INR, RS, Rs. or none; western grouping or plain); APPROVED / TXN SUCCESSFUL / DECLINED <code> /
    UPI STATUS : PENDING (CONFIRM CREDIT IN APP BEFORE RELEASING GOODS)."""
    k = place("counter_card")
    status = outcome(k, failed=(2,), pending=(3,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=180, high=9500, p_round=0.5, town=k)
    p = slip_page(rng, font)
    name = (
        FIRMS[k] if rng.random() < 0.25 else TRADE if rng.random() < 0.5 else f"{TRADE} - {TOWNS[k][2]}"
    ).upper()
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add(
        "center",
        {"qr": "BHARAT QR - UPI", "cashpos": "SALE + CASH"}.get(kind, rng.choice(["SALE", "CHARGE SLIP"])),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
    if j.no_day:
        p.pair(rng.choice(["TM :", "TIME :"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        one = f"DT: {text}  TM: {clock}"
        if rng.random() < 0.5 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        else:
            p.pair("DATE :", text, date=j.date)
            p.pair("TIME :", clock)
    p.pair("MID :", f"{digits(rng, 7)}{rng.randrange(10000000, 99999999)}")
    p.pair("TID :", digits(rng, 8))
    p.pair("BATCH NO :", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["INV NO :", "BILL NO :"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "qr":
        p.pair("MODE :", "BHARAT QR (UPI)", method="UPI")
        p.pair("CUSTOMER VPA :", vpa_of(rng, rng.choice(CUSTOMERS)))
        if not j.no_ref:
            tref = f"{digits(rng, 10)}{code(rng, 4, UPPER)}"
            p.pair("TXN REF :", tref, txn=(TXN_RANK, tref))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD NO :", f"XXXXXXXXXXXX{digits(rng, 4)}", method="card")
        p.pair("CARD TYPE :", f"{net} {rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("EXP DT :", "XX/XX")
        p.pair(
            "ENTRY MODE :", {"chip": "CHIP", "tap": "CONTACTLESS", "swipe": "SWIPE", "cashpos": "CHIP"}[kind]
        )
        if kind in ("chip", "cashpos") and rng.random() < 0.6:
            p.pair(
                "AID :",
                {"VISA": "A0000000031010", "MASTERCARD": "A0000000041010", "RUPAY": "A0000005241010"}[net],
            )
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE :", "AUTH CODE :"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair("RRN :", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS ", "Rs.", ""])
    grouped = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    if kind == "cashpos":
        sale = j.amount
        cash = float(rng.choice([500, 1000, 1500, 2000]))
        total = round(sale + cash, 2)
        j.amount = total
        p.pair("SALE AMT :", amt(sale))
        p.pair("CASH AMT :", amt(cash))
        p.pair("TOTAL AMT :", amt(total), amount=total)
    else:
        p.pair(rng.choice(["AMOUNT :", "AMT :", "TXN AMT :"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
    elif status == "failed":
        p.add("center", f"DECLINED {rng.choice(DECLINES)}", status="failed")
    else:
        p.add("center", "UPI STATUS : PENDING", status="pending")
        p.add("small", "CONFIRM CREDIT IN APP BEFORE RELEASING GOODS")
    if kind == "cashpos":
        p.add("small", "CASH WITHDRAWAL AT POS - CASH HANDED OVER")
    p.part = "foot"
    if kind == "swipe" and status == "success":
        p.add("gap")
        p.add("left", "SIGN : ____________________")
        p.add("small", "I AGREE TO PAY THE ABOVE TOTAL AMOUNT")
    elif status == "success":
        p.add(
            "small",
            rng.choice(
                ["PIN VERIFIED OK", "NO PIN REQUIRED - TAP & PAY"] if kind == "tap" else ["PIN VERIFIED OK"]
            ),
        )
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY", "THANK YOU - VISIT AGAIN"]))
    if rng.random() < 0.4:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 3. the store's own memos, khata and advance receipts


# the page, the way
STORE_PAGES = [
    ("memo", "cash"),
    ("memo", "UPI"),
    ("khata", "cheque"),
    ("memo", "UPI"),
    ("memo", "card"),
    ("khata", "cash"),
    ("delivery", "UPI"),
    ("advance", "NEFT"),
]
CASHIERS = ["Ganesh", "Priya", "Salma", "Ravi", "Kavitha", "Manoj", "Jyoti", "Srinu"]
# the client, its order, the quantity and the rate
BULK = [
    ("M/s Vedanta Infotech Pvt Ltd", "Diwali gift hampers", 60, 650),
    ("{person} (wedding)", "Wedding ration order (as per list)", 1, 48500),
    ("M/s Sarvodaya Clinic", "Office pantry - monthly supply", 1, 18400),
    ("Shri Ram Mandir Trust", "Annadanam - rice, dal & oil", 1, 36800),
    ("Sai Krupa Boys Hostel", "Hostel mess - monthly groceries", 1, 62500),
    ("M/s Annapoorna Caterers", "Eid gift packs", 40, 850),
]


def basket(rng: random.Random, low: int = 3, high: int = 8) -> list[tuple[str, int, float, float]]:
    """A customer's basket: each line's name, quantity, MRP and the store's rate."""
    lines = []
    for name, mrp, rate in rng.sample(GROCERY, rng.randint(low, high)):
        lines.append((name, rng.choice([1, 1, 1, 2, 2, 3]), float(mrp), float(rate)))
    return lines


def memo_rows(p: Screen, rs, lines: list[tuple[str, int, float, float]]) -> float:
    """The lines of a memo (n x rate and the line's sum), the items' count, what the MRP would have been and the
    saving (no fact); the lines' sum."""
    rng = p.rng
    if fits(p, "pair", "Item  Qty x Rate     Amount"):
        p.pair("Item  Qty x Rate", "Amount")
    p.add("rule")
    total = mrp = 0.0
    for name, qty, list_price, rate in lines:
        line = qty * rate
        total += line
        mrp += qty * list_price
        item_row(p, name, f"{qty} x {rate:g}", rs(line))
    p.add("rule")
    p.add("small", f"Items: {len(lines)}  Qty: {sum(qty for _, qty, _, _ in lines)}")
    if mrp > total:
        p.pair(rng.choice(["Total MRP", "MRP value"]), rs(mrp))
        p.pair(rng.choice(["You saved", "Your savings"]), rs(mrp - total))
    return round(total, 2)


def counter_memo(rng: random.Random, font: str, k: int, way: str, j: Job) -> tuple[list, dict, dict]:
    """The store's printed bill at the counter (a thermal roll): the store on top (the payee), its address, GSTIN or
    the composition dealer's line, TAX INVOICE / CASH MEMO / RETAIL INVOICE or BILL OF SUPPLY, Bill No. / Inv No.,
    Date and Time (or Dt: <day> Tm: <hour>), Cashier and Counter, the lines (Aashirvaad Atta 5kg 1 x 279), Items and
    Qty, Total MRP and You saved, GST included (CGST and SGST on the lines) on a tax invoice, Round off, NET AMOUNT /
    Net Payable / Bill Amount / Grand Total (the sum), and the way: Cash tendered and Change returned (no fact), UPI
    and its UPI Ref No., a card with its Appr code; Payment status PAID / Received, or PENDING on a dynamic QR the
    bank has not confirmed."""
    p = slip_page(rng, font)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.0)
    composition = k in COMPOSITION
    kinds = ["BILL OF SUPPLY"] if composition else ["TAX INVOICE", "CASH MEMO", "RETAIL INVOICE"]
    store_head(p, k, j.to, kinds)
    if not j.no_ref:
        bno = f"{CODES[k]}{rng.choice(['/', '-'])}{j.year()}{rng.randrange(1, 99999):05d}"
        p.pair(rng.choice(["Bill No.", "Inv No.", "Bill #"]), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        text, clock = (
            j.day(rng, ["%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y", "%d-%b-%Y"]),
            hhmm(rng, twelve=rng.random() < 0.5),
        )
        one = f"Dt: {text}  Tm: {clock}"
        if rng.random() < 0.5 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        else:
            p.pair("Date", text, date=j.date)
            p.pair("Time", clock)
    p.pair("Cashier", f"{CASHIERS[k]} / Counter {rng.randint(1, 3)}")
    lines = basket(rng)
    total = memo_rows(p, rs, lines)
    if not composition and rng.random() < 0.7:
        tax = round(total - total / 1.05, 2)
        p.add("small", f"GST incl.: CGST 2.5% {tax / 2:.2f}  SGST 2.5% {tax / 2:.2f}")
    net = float(round(total))
    if abs(net - total) > 0.001:
        p.pair("Round off", f"{net - total:+.2f}")
    j.amount = net
    p.pair(rng.choice(["NET AMOUNT", "Net Payable", "Bill Amount", "Grand Total"]), rs(net), amount=net)
    if way == "cash":
        tendered = float(next(note for note in (100, 200, 500, 1000, 2000, 2500, 3000, 5000) if note >= net))
        p.pair("Paid by", way_text(rng, "cash", font), method="cash")
        p.pair(rng.choice(["Cash tendered", "Cash received"]), rs(tendered))
        p.pair(rng.choice(["Change returned", "Balance returned"]), rs(tendered - net))
    elif way == "card":
        p.pair("Paid by", way_text(rng, "card", font), method="card")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Appr code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    else:
        p.pair("Paid by", rng.choice(["UPI", "UPI - dynamic QR", "UPI (scan & pay)"]), method="UPI")
        if not j.no_ref and j.status == "success":
            p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    if j.status == "success":
        p.pair("Payment status", rng.choice(["PAID", "Received"]), status="success")
    else:
        p.pair("Payment status", "PENDING", status="pending")
        p.add("small", "UPI not yet confirmed by bank - verify credit before handing over goods")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Thank you! Visit again",
                "No exchange on dairy & loose items",
                "Free home delivery above Rs 499",
            ]
        ),
    )
    if rng.random() < 0.4:
        p.add("small", f"Billing software: {rng.choice(['GoFrugal', 'Marg', 'Vyapar', 'RetailGraph'])}")
    return p.done()


def khata_receipt(rng: random.Random, font: str, k: int, way: str, j: Job) -> tuple[list, dict, dict]:
    """The store's KHATA PAYMENT RECEIPT / CREDIT ACCOUNT - PAYMENT RECEIPT / RECEIPT - MONTHLY ACCOUNT for a
    customer settling the monthly credit account (the store on top, the payee): Receipt No. / Rcpt No., Date,
    Received from (the customer: never the payee), Khata No. / A/c No. (no id), Flat / House, Account for (a month:
    no fact), Outstanding as per khata, Amount received (the sum) or Cheque amount on a returned cheque, Balance
    outstanding (no fact), the sum in words, the way (cash, or the cheque, its day and bank); RECEIVED WITH THANKS /
    KHATA PAYMENT RECEIVED / CHEQUE RETURNED UNPAID (Return reason, charges) and the store's rubber stamp."""
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    store_head(
        p, k, j.to, ["KHATA PAYMENT RECEIPT", "CREDIT ACCOUNT - PAYMENT RECEIPT", "RECEIPT - MONTHLY ACCOUNT"]
    )
    if not j.no_ref:
        rno = f"KH/{j.year()}{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    customer = rng.choice(CUSTOMERS)
    wrap_pair(p, "Received from", customer)
    p.pair(rng.choice(["Khata No.", "A/c No."]), f"{rng.choice(['K', 'CR'])}-{rng.randrange(10, 480)}")
    p.pair(
        rng.choice(["Flat / House", "Address"]),
        f"{rng.choice(['Flat', 'H.No.'])} {rng.randrange(1, 40)}{rng.choice(['A', 'B', ''])}, {TOWNS[k][2]}",
    )
    if not j.no_day:
        p.pair("Account for", j.month(1))
    j.amount = float(whole(rng.uniform(1800, 16000), rng.choice([1, 10, 50])))
    balance = float(rng.choice([0, 0, whole(rng.uniform(200, 3500), 10)]))
    p.add("rule")
    p.pair(rng.choice(["Outstanding as per khata", "Dues as per khata"]), rs(j.amount + balance))
    if j.status == "failed":
        p.pair("Cheque amount", rs(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
        p.pair("Balance outstanding", rs(balance))
    p.add("small", f"({words_in_rupees(j.amount)})")
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -5, 0))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Mode", "Received by"]), way_text(rng, way, font), method=method_for(way))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "KHATA PAYMENT RECEIVED"]),
        "failed": "CHEQUE RETURNED UNPAID",
    }[j.status]
    p.add("center", word, status=j.status)
    if j.status == "failed":
        p.pair(
            "Return reason",
            rng.choice(["Funds insufficient", "Exceeds arrangement", "Drawer's signature differs"]),
        )
        p.add("small", "Cheque return charges of Rs 300 are added to your khata. Credit paused till cleared.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Khata dues are payable by the 10th of every month.", "Thank you for your trust."]),
    )
    right(p, f"For {TRADE}")
    right(p, "Cashier / Authorised signatory")
    seal(
        p,
        TRADE,
        TOWNS[k][2].upper(),
        None if j.no_day or j.status != "success" else j.date,
        "RECEIVED" if j.status == "success" else "CHEQUE RETURNED",
    )
    return p.done()


def delivery_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The store's HOME DELIVERY - BILL CUM RECEIPT (an order on WhatsApp or by phone, paid at the door): the store on
    top (the payee), Order No. and Bill No., Date, Customer, Deliver to, Ordered via, the lines, Delivery charges or
    Free delivery, Total payable (the sum), Paid on delivery by UPI and its UPI Ref No., Delivered by, Payment status
    Paid on delivery."""
    p = slip_page(rng, font)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.0)
    store_head(p, k, j.to, ["HOME DELIVERY - BILL CUM RECEIPT", "DELIVERY BILL / RECEIPT"])
    if not j.no_ref:
        ono = f"HD{rng.randrange(1000, 99999)}"
        p.pair("Order No.", ono, txn=(ORDER_RANK, ono))
        bno = f"{CODES[k]}/{j.year()}{rng.randrange(1, 99999):05d}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    customer = rng.choice(CUSTOMERS)
    wrap_pair(p, "Customer", customer)
    wrap_pair(p, "Deliver to", f"{rng.choice(['Flat', 'House'])} {rng.randrange(1, 60)}, {TOWNS[k][2]}")
    p.pair("Ordered via", rng.choice(["WhatsApp", "Phone call", "Store app"]))
    total = memo_rows(p, rs, basket(rng, 3, 6))
    charge = 0.0 if total >= 499 else float(rng.choice([20, 25, 30]))
    p.pair("Delivery charges", rs(charge) if charge else "Free")
    net = float(round(total + charge))
    if abs(net - total - charge) > 0.001:
        p.pair("Round off", f"{net - total - charge:+.2f}")
    j.amount = net
    p.pair(rng.choice(["Total payable", "Bill total"]), rs(net), amount=net)
    p.pair("Paid on delivery", rng.choice(["UPI", "UPI (delivery QR)"]), method="UPI")
    if not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Delivered by", STAFF[k][0].split()[0])
    p.pair("Payment status", "Paid on delivery", status="success")
    p.part = "foot"
    p.add("small", "Check items at the door. Returns of packed items within 24 hours with this bill.")
    return p.done()


def advance_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The store's ADVANCE RECEIPT - BULK ORDER (a caterer's, a hostel's, a family's order): the store on top (the
    payee), Receipt No., Date, Received from M/s <client>, Order (Diwali gift hampers 60 x 650), Delivery on (no
    fact), Order value (no fact), Advance received (the sum), Balance payable on delivery (no fact), the sum in words,
    the way and its reference (a bank reference for an NEFT on a page without a day); ADVANCE RECEIVED - ORDER
    CONFIRMED."""
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    store_head(p, k, j.to, ["ADVANCE RECEIPT - BULK ORDER", "BULK ORDER - ADVANCE RECEIPT"])
    if not j.no_ref:
        rno = f"ADV/{j.year()}{rng.randrange(1, 120):03d}"
        p.pair(rng.choice(["Receipt No.", "Adv. Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    client, item, qty, rate = rng.choice(BULK)
    wrap_pair(p, "Received from", client.format(person=rng.choice(CUSTOMERS)))
    value = float(qty * rate)
    wrap_pair(p, "Order", f"{item} {qty} x {rate}" if qty > 1 else item)
    if not j.no_day:
        p.pair("Delivery on", j.other_day(rng, 3, 20))
    p.add("rule")
    p.pair("Order value", rs(value))
    advance = float(whole(value * rng.choice([0.25, 0.3, 0.4, 0.5]), 100))
    j.amount = advance
    p.pair(rng.choice(["Advance received", "Advance paid"]), rs(advance), amount=advance)
    p.pair("Balance payable on delivery", rs(value - advance))
    p.add("small", f"({words_in_rupees(advance)})")
    p.pair(rng.choice(["Mode", "Received by"]), way_text(rng, "NEFT", font), method="netbanking")
    if not j.no_ref:
        rail_ref(p, j, "NEFT", ["SBIN", "HDFC", "PUNB", "BARB"])
    p.add("center", rng.choice(["ADVANCE RECEIVED - ORDER CONFIRMED", "ADVANCE RECEIVED"]), status="success")
    p.part = "foot"
    p.add("small", "Prices of loose staples may change by delivery; the balance is billed at actuals.")
    right(p, f"For {FIRMS[k]}")
    right(p, "Proprietor" if FIRMS[k] != COMPANY else "Store manager")
    return p.done()


def store_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's own paper: four counter bills (``counter_memo``: cash with tender and change, UPI, a dynamic QR
    still pending, a card), two khata receipts (``khata_receipt``: a returned cheque, cash), a home-delivery bill paid
    at the door (``delivery_bill``) and a bulk order's advance receipt (``advance_receipt``)."""
    k = place("store_bills")
    status = outcome(k, failed=(2,), pending=(3,))
    page, way = STORE_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, town=k, firm=0.2, branch=0.45)
    if page == "memo":
        return counter_memo(rng, font, k, way, j)
    if page == "khata":
        return khata_receipt(rng, font, k, way, j)
    if page == "delivery":
        return delivery_bill(rng, font, k, j)
    return advance_receipt(rng, font, k, j)


# ---------------------------------------------------------------- 4. the platforms' payouts and customers' orders


# the platform, its site, frame, kind (a payout to the store or a customer's order from it), its app's band
PLATFORMS = [
    ("JioMart Partner", "jiomart.com", "mail", "payout", None),
    ("magicpin", "magicpin.in", "app", "payout", (240, 60, 90)),
    ("Amazon Seller Central", "sellercentral.amazon.in", "browser", "payout", None),
    ("mystore", "mystore.in", "mail", "payout", None),
    ("DotPe", "dotpe.in", "browser", "payout", None),
    ("JioMart", "jiomart.com", "mail", "order", None),
    ("Amazon", "amazon.in", "browser", "order", None),
    ("JioMart Partner", "jiomart.com", "app", "payout", (0, 60, 160)),
]
PAYOUT_SUBS = {
    "JioMart Partner": ["Kirana partner payments", "Partner settlements"],
    "magicpin": ["Seller app - ONDC", "magicpin for merchants"],
    "Amazon Seller Central": ["Local Shops on Amazon", "Payments dashboard"],
    "mystore": ["ONDC seller platform", "Seller settlements"],
    "DotPe": ["Online store & payments", "Merchant dashboard"],
}


def payout_cuts(rng: random.Random, platform: str, gross: float, orders: int) -> list[tuple[str, float]]:
    """What a platform keeps from a store's order value: its commission, the payment fee, delivery, GST on its fees,
    TCS under GST and TDS u/s 194-O."""
    pct = rng.choice([3, 4, 5, 6, 8])
    comm = round(gross * pct / 100, 2)
    cuts = [(f"Less: Commission @ {pct}%", comm)]
    pay = round(gross * rng.choice([0.012, 0.015, 0.018]), 2) if rng.random() < 0.7 else 0.0
    if pay:
        cuts.append((rng.choice(["Less: Payment gateway fee", "Less: Collection fee"]), pay))
    ship = float(orders * rng.choice([15, 20, 25])) if platform != "DotPe" and rng.random() < 0.6 else 0.0
    if ship:
        cuts.append((f"Less: Delivery charges ({orders} x {ship / orders:g})", ship))
    cuts.append(("Less: GST @ 18% on fees", round((comm + pay + ship) * 0.18, 2)))
    if platform != "DotPe":
        cuts.append(("Less: TCS u/s 52 CGST Act (0.5%)", round(gross * 0.005, 2)))
        cuts.append(("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)))
    return cuts


def order_page(
    rng: random.Random, font: str, k: int, j: Job, platform: str, frame: str
) -> tuple[list, dict, dict]:
    """A customer's order through a platform from a Nukkad store (JioMart's e-mail, Amazon's order details page):
    the platform on top (never the payee), Order placed / Your order has been delivered, Sold by / Seller / Store the
    store (the payee), the lines, Item total, Delivery fee, Handling charge, Discount, Order total / Amount paid /
    Grand total (the sum), Payment method, Order ID / Order # and Payment ref / Transaction ID, Ordered on / Paid on,
    Delivered on (no fact); Payment status Paid / Payment received."""
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{platform} <{rng.choice(['orders', 'noreply'])}@jiomart.com>",
            ["Your order has been delivered", "Order confirmed", "Thanks for shopping with JioMart"],
        )
    else:
        p = browser_page(rng, font, "www.amazon.in/gp/your-account/order-details")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, platform)
    p.add("small", rng.choice(["Groceries from stores near you", "Local shops - delivered fast"]))
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["Order placed", "Your order has been delivered", "Order summary"]))
    p.add("left", f"Hello {rng.choice(CUSTOMERS).split()[0]},")
    wrap_pair(p, rng.choice(["Sold by", "Seller", "Store"]), j.to, merchant=j.to)
    items = total = 0.0
    for name, qty, _, rate in basket(rng, 2, 5):
        line = qty * rate
        items += line
        item_row(p, name, f"x {qty}", rs(line))
    fee = float(rng.choice([0, 0, 19, 29, 35]))
    handling = float(rng.choice([0, 5, 9]))
    off = float(rng.choice([0, 0, 25, 40, 50]))
    p.pair("Item total", rs(items))
    p.pair("Delivery fee", rs(fee) if fee else "FREE")
    if handling:
        p.pair("Handling charge", rs(handling))
    if off:
        p.pair(rng.choice(["Coupon discount", "Discount"]), f"-{rs(off)}")
    total = round(items + fee + handling - off, 2)
    j.amount = total
    p.pair(rng.choice(["Order total", "Amount paid", "Grand total"]), rs(total), amount=total)
    way = rng.choice(["UPI", "card", "UPI"])
    p.pair(
        rng.choice(["Payment method", "Paid via"]),
        {
            "UPI": rng.choice(["UPI", "Amazon Pay UPI", "UPI - Google Pay"]),
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        oid = (
            f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
            if platform == "Amazon"
            else f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        )
        labelled(p, rng.choice(["Order ID", "Order #"]), oid, txn=(ORDER_RANK, oid))
        pid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        labelled(p, rng.choice(["Payment ref", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
    if not j.no_day:
        labelled(p, rng.choice(["Ordered on", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
        p.pair("Delivered on", j.other_day(rng, 1, 2))
    p.pair("Payment status", rng.choice(["Paid", "Payment received"]), status="success")
    p.part = "foot"
    p.add("small", "Returns for packaged items are accepted within 2 days of delivery from the order page.")
    return p.done()


def app_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The platforms paying a store for its orders (JioMart Partner's e-mail and app, magicpin's seller app, Amazon
    Seller Central's Local Shops payments page, mystore's e-mail, DotPe's dashboard) and customers' orders through
    them (``order_page``): the platform on top (never the payee), Settlement statement / Payout details / Disbursement
    summary, Seller / Store / Partner store / Disbursed to the store (the payee), Seller ID / Store code (no id),
    Settlement cycle (no fact), Orders delivered (n), Order value, Less: Commission @ n%, Less: Payment gateway fee /
    Collection fee, Less: Delivery charges (n x 20), Less: GST @ 18% on fees, Less: TCS u/s 52 CGST Act (0.5%),
    Less: TDS u/s 194-O (0.1%), Net settlement / Amount disbursed / Settlement amount / Net amount payable (the sum,
    large on the app), Bank account, Mode, Settlement ID / Disbursement ID / Payout ref, UTR / IMPS Ref No., Settled
    on / Disbursed on / Transferred on / Failed on / Expected on / Scheduled for; Settled / Disbursed / Transferred to
    bank / Settlement failed - bank account details mismatch / Settlement scheduled / Processing."""
    k = place("app_payouts")
    status = outcome(k, failed=(4,), pending=(7,))
    platform, site, frame, kind, band = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 2, town=k, firm=0.45, branch=0.4)
    if kind == "order":
        return order_page(rng, font, k, j, platform, frame)
    orders = rng.randint(6, 140)
    gross = round(orders * rng.uniform(180, 620), 2)
    cuts = payout_cuts(rng, platform, gross, orders)
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    words = {
        "success": ["Settled", "Disbursed", "Transferred to bank"],
        "failed": ["Settlement failed - bank account details mismatch"],
        "pending": ["Settlement scheduled", "Processing"],
    }
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{platform} Settlements <settlements@{site}>",
            ["Your settlement has been processed", "Settlement statement", "Payout advice"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        url = (
            "sellercentral.amazon.in/payments/dashboard"
            if platform.startswith("Amazon")
            else f"merchant.{site}/{rng.choice(['settlements', 'payouts', 'finance/settlements'])}"
        )
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Payouts", "Settlement details"])
        rs = money(rng, font, 0.3)
    if frame == "app":
        head(p, platform, band, p.style["h106"]["dark"], PAYOUT_SUBS[platform])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, platform)
        p.add("small", rng.choice(PAYOUT_SUBS[platform]))
        p.add("center", rng.choice(["Settlement statement", "Payout details", "Disbursement summary"]))
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Seller", "Store", "Partner store", "Disbursed to"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Seller ID", "Store code"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.choice([7, 14]) + rng.randrange(1, 4))
        end = j.date - dt.timedelta(days=rng.randrange(1, 3))
        p.pair("Settlement cycle", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
    p.pair("Orders delivered", str(orders))
    p.pair(rng.choice(["Order value", "Gross sales"]), rs(gross))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(
            rng.choice(["Net settlement", "Amount disbursed", "Settlement amount", "Net amount payable"]),
            rs(net),
            amount=net,
        )
    else:
        p.pair("Net settlement", rs(net))
    wrap_pair(p, rng.choice(["Bank account", "Settled to"]), f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        sid = rng.choice([f"STL{digits(rng, 11)}", f"setl_{code(rng, 14, MIXED)}", f"D{digits(rng, 12)}"])
        labelled(p, rng.choice(["Settlement ID", "Disbursement ID", "Payout ref"]), sid, txn=(TXN_RANK, sid))
        if status == "success":
            ref = (
                j.ref
                if mode == "IMPS"
                else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "SBIN"]), rng, j.date)
            )
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Settled on", "Disbursed on", "Transferred on"]),
                "failed": "Failed on",
                "pending": rng.choice(["Expected on", "Scheduled for"]),
            }[status],
            stamp(rng, j.date, PATS, hour=status != "pending"),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add(
            "small",
            "Update the bank account under Settings > Bank details; the amount is retried next cycle.",
        )
    elif status == "pending":
        p.add("small", "Settlements are made T+7 days after delivery.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "TDS and TCS certificates are available under Reports.",
                "This statement is generated automatically.",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 5. distributors' and wholesalers' bills


# the distributor in each town, what it distributes, its mail slug
DISTRIBUTORS = [
    ("Gangotri Agencies", "Hindustan Unilever - redistribution stockist"),
    ("Sai Ganesh Distributors", "ITC Ltd - authorised distributor (foods & personal care)"),
    ("Vaigai Marketing", "Nestle & Britannia - distributors"),
    ("Utkal Consumer Agencies", "Dabur, Marico & Emami - super stockist"),
    ("Marwar Trade Links", "Wholesale grain, pulses, sugar & edible oil merchants"),
    ("Malabar Foods Distribution", "Britannia & Parle - distributors"),
    ("Pataliputra Enterprises", "Tata Consumer Products & Bikaji - distributors"),
    ("Kakatiya Trading Company", "Colgate-Palmolive & P&G - distributors"),
]
# the page, the way
DIST_PAGES = [
    ("invoice", "NEFT"),
    ("invoice", "UPI"),
    ("collection", "cash"),
    ("collection", "cheque"),
    ("memo", "cash"),
    ("return", "cheque"),
    ("invoice", "IMPS"),
    ("collection", "UPI"),
]
# the lines a distributor bills a kirana: SKU (case), cases, case rate range, GST rate
CASES = {
    0: [
        ("Surf Excel Easy Wash 1kg (cs 20)", (1, 3), (2400, 2600), 18),
        ("Lifebuoy Total 100g x4 (cs 36)", (1, 2), (4300, 4700), 18),
        ("Red Label Tea 250g (cs 40)", (1, 2), (5000, 5400), 5),
        ("Horlicks 500g (cs 12)", (1, 2), (2900, 3100), 18),
    ],
    1: [
        ("Aashirvaad Atta 5kg (bag x 4)", (2, 6), (1050, 1120), 5),
        ("Sunfeast Dark Fantasy 75g (cs 48)", (1, 2), (1500, 1650), 18),
        ("Bingo Mad Angles 66g (cs 60)", (1, 3), (1150, 1250), 12),
        ("Yippee Noodles 4-pack (cs 24)", (1, 3), (1100, 1200), 12),
    ],
    2: [
        ("Maggi 2-Minute 4-pack (cs 24)", (1, 3), (1150, 1250), 12),
        ("Good Day Cashew 200g (cs 30)", (1, 2), (1250, 1350), 18),
        ("Nescafe Classic 50g (cs 24)", (1, 2), (3600, 3900), 18),
        ("Britannia Marie Gold 250g (cs 40)", (1, 2), (1300, 1400), 18),
    ],
    3: [
        ("Dabur Red Paste 200g (cs 36)", (1, 2), (3500, 3800), 18),
        ("Parachute Coconut Oil 500ml (cs 30)", (1, 2), (5300, 5700), 18),
        ("Saffola Gold 1L (cs 12)", (1, 3), (2150, 2300), 5),
        ("Navratna Oil 200ml (cs 24)", (1, 2), (3300, 3600), 18),
    ],
    4: [
        ("Sugar M-30 (50 kg bag)", (1, 4), (2050, 2250), 5),
        ("Toor dal (30 kg bag)", (1, 2), (4500, 5200), 0),
        ("Moong dal (30 kg bag)", (1, 2), (3500, 3900), 0),
        ("Kachi ghani mustard oil 15L tin", (1, 3), (2200, 2450), 5),
    ],
    5: [
        ("Britannia Bread 400g (tray 12)", (2, 6), (480, 520), 0),
        ("Parle-G 800g (cs 12)", (1, 3), (960, 1020), 18),
        ("Hide & Seek 100g (cs 48)", (1, 2), (1350, 1450), 18),
        ("Monaco 120g (cs 36)", (1, 2), (850, 950), 18),
    ],
    6: [
        ("Tata Salt 1kg (bag 25)", (1, 4), (600, 660), 0),
        ("Tata Tea Gold 500g (cs 24)", (1, 2), (6100, 6500), 5),
        ("Bikaji Bhujia 400g (cs 24)", (1, 2), (2300, 2500), 12),
        ("Tata Sampann Toor Dal 1kg (cs 10)", (1, 2), (1550, 1700), 0),
    ],
    7: [
        ("Colgate Strong Teeth 200g (cs 36)", (1, 2), (3500, 3800), 18),
        ("Tide Plus 1kg (cs 20)", (1, 2), (1900, 2100), 18),
        ("Vicks VapoRub 25ml (cs 48)", (1, 1), (4100, 4400), 12),
        ("Whisper Choice 7s (cs 48)", (1, 2), (1700, 1850), 12),
    ],
}
CN_REASONS = [
    "expiry return",
    "damaged in transit",
    "rate difference",
    "scheme claim - Mar",
    "display scheme",
]
DMS = ["Bizom", "FieldAssist", "Salesforce Consumer Goods Cloud", "Botree DMS"]
BEATS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


def case_lines(p: Screen, rs, k: int) -> float:
    """The cases billed (n x case rate and the line) and GST on them by rate; the bill's sum before rounding."""
    rng = p.rng
    picks = rng.sample(CASES[k], rng.randint(2, len(CASES[k])))
    taxable, taxes = 0.0, {}
    for item, (qlo, qhi), (rlo, rhi), rate in picks:
        qty, price = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 5))
        line = qty * price
        taxable += line
        taxes[rate] = taxes.get(rate, 0.0) + line
        item_row(p, item, f"{qty} x {price:g}", rs(line))
    scheme = float(whole(taxable * rng.choice([0.01, 0.015, 0.02]), 1)) if rng.random() < 0.5 else 0.0
    if scheme:
        p.pair(rng.choice(["Less: Scheme discount", "Less: Trade scheme"]), rs(scheme))
        for rate in taxes:
            taxes[rate] *= 1 - scheme / taxable
        taxable -= scheme
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(taxable))
    gross = taxable
    for rate in sorted(r for r in taxes if r):
        half = round(taxes[rate] * rate / 200, 2)
        p.pair(f"CGST @ {rate / 2:g}% + SGST @ {rate / 2:g}%", rs(2 * half))
        gross += 2 * half
    return round(gross, 2)


def distributor_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The FMCG distributors' and a grain wholesaler's paper, the store paying them (the distributor on top, the
    payee): TAX INVOICE / INVOICE CUM RECEIPT (Inv No. / Invoice No., Date, Retailer / Bill to M/s the store's firm,
    Retailer GSTIN, Beat / Salesman, the cases (Surf Excel Easy Wash 1kg (cs 20) 2 x 2,480), Less: Scheme discount,
    Taxable value, CGST @ n% + SGST @ n%, Round off, Invoice total, Less: Credit note CN/26-27/0118 (expiry return)
    on some, Net payable, Amount received / Received (the sum), the way and its reference; PAID / PAYMENT RECEIVED
    WITH THANKS), the salesmen's COLLECTION RECEIPT printed on a handheld (Bizom, FieldAssist, Botree DMS: Receipt
    No., Date, Retailer, Outlet code, Salesman, Against invoices (their numbers and sums: no id), Outstanding,
    Amount collected (the sum), Cash / Cheque No. with its bank and day / UPI and its UPI Ref No.; COLLECTED / CHEQUE
    RECEIVED - SUBJECT TO REALISATION), the grain wholesaler's CASH MEMO with no number, and a CHEQUE RETURN MEMO
    (Memo No., Date, the cheque, its day and bank, Cheque amount (the sum), Return reason, Bank charges; CHEQUE
    RETURNED UNPAID)."""
    k = place("distributor_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    page, way = DIST_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, town=k)
    name, sub = DISTRIBUTORS[k]
    to = name.upper() if rng.random() < 0.2 else name
    store = f"M/s {FIRMS[k]}" if rng.random() < 0.6 else f"{TRADE} - {TOWNS[k][2]}"
    if page == "collection":
        p = slip_page(rng, font)
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.0)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", sub)
        p.add("center", "COLLECTION RECEIPT")
        p.add("small", f"via {rng.choice(DMS)}")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"CR{CODES[k]}{rng.randrange(10000, 99999)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair(
                rng.choice(["Date", "Date/Time"]),
                stamp(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], twelve=False),
                date=j.date,
            )
        wrap_pair(p, "Retailer", store)
        p.pair("Outlet code", f"{CODES[k]}R{digits(rng, 5)}")
        p.pair(
            "Salesman",
            f"{rng.choice(['Pankaj', 'Murugan', 'Deepak', 'Vinod', 'Irfan'])} ({rng.choice(BEATS)} beat)",
        )
        p.add("left", "Against invoices")
        invoices = [float(whole(rng.uniform(2500, 22000), 1)) for _ in range(rng.randint(1, 3))]
        for value in invoices:
            billed = j.date - dt.timedelta(days=rng.randrange(5, 30))
            label = (
                f"INV/{fy(billed)}/{rng.randrange(1000, 9999)}"
                if not j.no_day
                else f"Bill of {rng.choice(BEATS)}"
            )
            p.pair(label, rs(value))
        owed = sum(invoices)
        p.pair("Outstanding", rs(owed))
        j.amount = owed if rng.random() < 0.6 else float(whole(owed * rng.uniform(0.4, 0.9), 100))
        p.pair(rng.choice(["Amount collected", "Collected"]), rs(j.amount), amount=j.amount)
        if way == "cheque":
            p.pair("Mode", "Cheque", method="cheque")
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
            wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
            if not j.no_day:
                p.pair("Cheque date", j.other_day(rng, 0, 6))
            p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status="pending")
        else:
            p.pair("Mode", way_text(rng, way, font), method=method_for(way))
            if way == "UPI" and not j.no_ref:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            p.add("center", rng.choice(["COLLECTED", "PAYMENT COLLECTED"]), status="success")
        p.part = "foot"
        p.add("small", "Valid only when generated from the handheld. Do not pay salesmen without a receipt.")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    kinds = {
        "invoice": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
        "memo": ["CASH MEMO", "ESTIMATE CUM CASH MEMO"],
        "return": ["CHEQUE RETURN MEMO", "INTIMATION - CHEQUE DISHONOURED"],
    }[page]
    letterhead(p, k, to, kinds, sub=sub)
    if not j.no_ref:
        no = (
            f"{rng.choice(['INV', 'SI', 'B'])}/{j.year()}{rng.randrange(100, 9999)}"
            if page != "return"
            else f"CRM/{j.year()}{rng.randrange(1, 99):02d}"
        )
        p.pair(
            rng.choice(["Inv No.", "Invoice No."]) if page != "return" else "Memo No.",
            no,
            txn=(INVOICE_RANK, no),
        )
    if not j.no_day:
        p.pair(rng.choice(["Date", "Inv. date"]) if page != "return" else "Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Retailer", "Bill to"]) if page != "return" else "To", store)
    if page == "return":
        p.add("rule")
        j.amount = float(whole(rng.uniform(6000, 48000), 1))
        chq = f"{rng.randrange(1, 999999):06d}"
        p.add(
            "left",
            f"Your cheque No. {chq} dated {j.other_day(rng, -12, -3)} drawn on {rng.choice(BANKS)} given "
            f"against our invoices has been returned unpaid by our bank.",
        )
        p.pair("Cheque amount", rs(j.amount), amount=j.amount, method="cheque")
        p.pair(
            "Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer", "Account closed"])
        )
        p.pair("Bank charges (debited to you)", rs(float(rng.choice([250, 300, 500]))))
        p.add("center", "CHEQUE RETURNED UNPAID", status="failed")
        p.add(
            "small", "Please pay the amount with charges by NEFT / UPI within 3 days. Supplies are on hold."
        )
        p.part = "foot"
        right(p, f"For {name}")
        right(p, "Accounts")
        return p.done()
    p.pair(
        "Retailer GSTIN" if page == "invoice" else "Mobile",
        gstin(rng, TOWNS[k][4]) if page == "invoice" else f"{rng.choice('6789')}{digits(rng, 9)}",
    )
    if page == "invoice":
        p.pair(
            rng.choice(["Beat / Salesman", "Route"]),
            f"{rng.choice(BEATS)} - {TOWNS[k][2]} / {rng.choice(['Pankaj', 'Murugan', 'Deepak', 'Vinod'])}",
        )
    p.add("rule")
    gross = case_lines(p, rs, k)
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Bill total"]), rs(total))
    net = total
    if page == "invoice" and rng.random() < 0.7:
        note = float(whole(total * rng.uniform(0.03, 0.12), 1))
        label = (
            "Less: Credit note" if j.no_ref else f"Less: Credit note CN/{j.year()}{rng.randrange(1, 400):04d}"
        )
        wrap_pair(p, f"{label} ({rng.choice(CN_REASONS)})", rs(note))
        net = total - note
        p.pair("Net payable", rs(net))
    j.amount = net
    p.pair(rng.choice(["Amount received", "Received"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["SBIN", "PUNB", "HDFC", "BARB"])
    p.add("center", rng.choice(["PAID", "PAYMENT RECEIVED WITH THANKS"]), status="success")
    p.part = "foot"
    p.add(
        "small",
        f"Goods once sold will not be taken back except expiry as per company policy. Subject to "
        f"{TOWNS[k][0]} jurisdiction.",
    )
    p.add("pair", "Retailer's sign", "For the distributor")
    return p.done()


# ---------------------------------------------------------------- 6. stock bought on the B2B apps and by bank


# the app, its band, frame, the way, its line, the seller it names
B2B = {
    0: ("Shikhar", (0, 92, 169), "app", "UPI", "by Hindustan Unilever", None),
    1: ("ITC UNNATI", (0, 84, 60), "app", "UPI", "Order from ITC distributors", None),
    2: ("udaan", (40, 40, 130), "app", "UPI", "B2B for retailers", "Shri Balaji Food Products"),
    3: (
        "Jumbotail",
        None,
        "browser",
        "netbanking",
        "Wholesale groceries for kiranas",
        "Jumbotail Technologies Pvt Ltd",
    ),
    6: (
        "LOTS Wholesale",
        (214, 31, 38),
        "app",
        "card",
        "Cash & carry - order on app",
        "LOTS Wholesale Solutions Pvt Ltd",
    ),
    7: ("Ninjacart", (0, 150, 70), "app", "UPI", "Fresh fruits & vegetables", "63 Ideas Infolabs Pvt Ltd"),
}
BANK_BUYS = {
    4: ("PNB Corporate Internet Banking", None, "web", "NEFT", "PUNB"),
    5: ("ICICI InstaBIZ", (174, 40, 30), "app", "IMPS", "ICIC"),
}
BANK_URLS = {"PNB Corporate Internet Banking": "corporate.netpnb.com/corp/fundtransfer/acknowledgement"}
MILLS = {4: "Bhandari Dal & Oil Mills", 5: "Annapurna Edible Oils"}
BUY_NOTES = [
    "Dal & oil stock - bill 2281",
    "Monthly staples purchase",
    "Oil tins x 20",
    "Pulses stock",
    "Rice 25kg bags x 30",
]
APP_LINES = {
    "Shikhar": CASES[0],
    "ITC UNNATI": CASES[1],
    "udaan": CASES[4][:1] + CASES[5][1:],
    "Jumbotail": CASES[4] + CASES[6][:1],
    "LOTS Wholesale": CASES[3][2:] + CASES[7][:2],
    "Ninjacart": [
        ("Onion (25 kg bag)", (1, 3), (700, 900), 0),
        ("Potato (25 kg bag)", (1, 3), (500, 650), 0),
        ("Tomato (15 kg crate)", (1, 2), (350, 600), 0),
        ("Banana Robusta (dozen x 10)", (1, 2), (380, 450), 0),
    ],
}


def b2b_order(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A store's order paid on a B2B app (HUL's Shikhar, ITC UNNATI, udaan, LOTS Wholesale and Ninjacart on a phone,
    Jumbotail's order page in a browser): the app on its band (never the payee), Order placed - paid / Payment
    successful / Payment failed / Payment pending - confirming with bank, the sum large on the app, Distributor /
    Sold by / Seller / Supplier (the payee: the town's distributor on Shikhar and UNNATI), Deliver to the store, the
    lines (cases), Scheme discount, Delivery, Amount paid / Order total (the sum), Payment mode, Order ID / Order No.
    and Payment ID / Txn ID, UPI Ref No. / Bank Ref No. / Auth code on a success, Paid on / Ordered on / Attempted on
    / Initiated on, Expected delivery (no fact)."""
    app, band, frame, way, line, seller = B2B[k]
    seller = seller or DISTRIBUTORS[k][0]
    status = j.status
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Order details", "Payment"])
        rs = money(rng, font, 0.5)
        head(p, app, band, p.style["h106"]["dark"], [line, "My orders"])
    else:
        p = browser_page(rng, font, "www.jumbotail.com/orders/payment-status")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("small", line)
        p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Order placed - paid", "Payment successful"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending - confirming with bank"],
        },
    )
    lines = []
    for item, (qlo, qhi), (rlo, rhi), rate in rng.sample(APP_LINES[app], rng.randint(2, 3)):
        qty, price = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 5))
        lines.append((item, f"{qty} x {price:g}", round(qty * price * (1 + rate / 100), 2)))
    gross = round(sum(v for _, _, v in lines), 2)
    off = float(whole(gross * rng.choice([0.01, 0.02, 0.03]), 1)) if rng.random() < 0.5 else 0.0
    total = round(gross - off, 2)
    j.amount = total
    if frame == "app":
        p.add("big", rs(total), amount=total)
    wrap_pair(
        p,
        rng.choice(
            ["Distributor", "Sold by"] if seller == DISTRIBUTORS[k][0] else ["Sold by", "Seller", "Supplier"]
        ),
        seller,
        merchant=seller,
    )
    wrap_pair(p, "Deliver to", f"{FIRMS[k]}, {TOWNS[k][2]}")
    for item, qty, value in lines:
        item_row(p, item, qty, rs(value))
    if off:
        p.pair(rng.choice(["Scheme discount", "App discount"]), f"-{rs(off)}")
    p.pair("Delivery", "Free")
    if frame != "app":
        p.pair(
            rng.choice(["Amount paid", "Order total"]) if status == "success" else "Order total",
            rs(total),
            amount=total,
        )
    p.pair(
        rng.choice(["Payment mode", "Paid via"]),
        {
            "UPI": "UPI",
            "card": f"{rng.choice(['Visa', 'RuPay'])} debit card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS[:6])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        oid = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        labelled(p, rng.choice(["Order ID", "Order No."]), oid, txn=(ORDER_RANK, oid))
        pid = f"{rng.choice(['pay_', 'TX'])}{code(rng, 12, ALNUM)}"
        labelled(p, rng.choice(["Payment ID", "Txn ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = digits(rng, 12)
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Ordered on"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success":
            p.pair("Expected delivery", j.other_day(rng, 1, 4))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("small", rng.choice(["Invoices are issued by the seller at delivery.", "Need help? Chat with us"]))
    return p.done()


def b2b_buys(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Stock bought on the B2B apps (``b2b_order``: six) and from the grain and oil mills by business banking (PNB
    Corporate Internet Banking's NEFT, ICICI InstaBIZ's IMPS; heldout124's page, the mill under Beneficiary / Payee /
    Pay to, the account and IFSC, the mode, UTR / IMPS Ref No and the bank's Reference No. / Transaction ID on some,
    the day, the debit account, Remarks, Maker and Checker on the web page; Transaction Successful / Funds transferred
    successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer
    failed)."""
    k = place("b2b_buys")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, low=15000, high=180000, p_round=0.7)
    if k in B2B:
        return b2b_order(rng, font, k, j)
    row = BANK_BUYS[k]
    j.to = MILLS[k].upper() if rng.random() < 0.35 else MILLS[k]
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=BANK_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Vendor payment",
        payee_labels=["Beneficiary", "Payee", "Pay to"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=row[2],
        mode=row[3],
        head4=row[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, "Remarks", rng.choice(BUY_NOTES))
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRMS[k].upper())
        p.pair("Maker", rng.choice(["store.accounts", "nukkad.fin1"]))
        p.pair("Checker", rng.choice(["owner.approver", "authoriser1"]))
    if status == "failed":
        p.add(
            "small", "The beneficiary bank returned the credit. The amount is reversed to the debit account."
        )
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Never share your OTP or password", "This is a system generated acknowledgement"]),
    )
    return p.done()


# ---------------------------------------------------------------- 7. the shops' rent and the staff's wages


# the page, the way
RENT_PAGES = [
    ("rent_receipt", "cheque"),
    ("wage_bank", "IMPS"),
    ("wage_voucher", "cash"),
    ("rent_bank", "NEFT"),
    ("wage_upi", "UPI"),
    ("rent_receipt", "UPI"),
    ("wage_voucher", "cash"),
    ("rent_bank", "IMPS"),
]
LANDLORDS = [
    "Ram Prakash Awasthi",
    "Joshi Estates & Properties LLP",
    "S. Palaniappan",
    "Mohanty Buildcon Pvt Ltd",
    "Kanhaiya Lal Mehta",
    "Kunhimoosa Haji",
    "Sinha Properties LLP",
    "Kodali Rajeshwar Rao",
]
RENT_BANKS = {
    1: ("Union Bank Vyom", (231, 29, 38), "app", "IMPS", "UBIN"),
    3: ("IDBI Bank Corporate Net Banking", None, "web", "NEFT", "IBKL"),
    7: ("IndusMobile", (140, 30, 45), "app", "IMPS", "INDB"),
}
RENT_URLS = {"IDBI Bank Corporate Net Banking": "corporate.idbibank.co.in/corp/payments/neft/ack"}
WAGE_NOTES = ["Salary {m} - {n}", "Wages {m} + OT", "{n} salary {m}", "Monthly wages - {n}"]


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, way: str) -> tuple[list, dict, dict]:
    """A landlord's RENT RECEIPT / SHOP RENT RECEIPT for a store's premises (paper): Receipt No. / No., Date, "Received
    with thanks from M/s <firm> (<store>) the monthly rent of Shop No. n, <locality> for <month>" (no fact), Monthly
    rent, Less: TDS u/s 194-I @ 10% where the company pays more than Rs 50,000 a month, Amount received / Net amount
    received (the sum), the sum in words, the way and its reference, Landlord / Owner / Received by (the payee; Shri
    on some), PAN, the revenue stamp."""
    name = LANDLORDS[k]
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.7)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "SHOP RENT RECEIPT"]))
    p.add("small", "(Commercial premises - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"RR/{j.year()}{rng.randrange(1, 40):02d}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    shop = f"Shop No. {rng.randrange(1, 30)}, {rng.choice(['ground floor', 'G-floor front', 'ground & mezzanine'])}"
    p.add(
        "left",
        f"Received with thanks from M/s {FIRMS[k]} ({TRADE} - {TOWNS[k][2]}) the monthly rent of {shop}, "
        f"{TOWNS[k][2]}, {TOWNS[k][0]}" + ("." if j.no_day else f" for {j.month()}."),
    )
    p.add("rule")
    rent = float(whole(rng.uniform(12000, 68000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    net = rent
    if FIRMS[k] == COMPANY and rent > 50000:
        tds = round(rent * 0.10, 2)
        p.pair("Less: TDS u/s 194-I @ 10%", rs(tds))
        net = round(rent - tds, 2)
        label = rng.choice(["Net amount received", "Amount received"])
    else:
        label = rng.choice(["Amount received", "Received"])
    j.amount = net
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(
            rng.choice(["Paid by", "Mode"]),
            chq if j.no_day else f"{chq} dt {j.other_day(rng, -4, 0)}",
            method="cheque",
        )
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "PUNB", "HDFC"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    shown = f"Shri {name}" if rng.random() < 0.35 and "LLP" not in name and "Ltd" not in name else name
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Received by"]), shown, merchant=name)
    p.pair("PAN", pan(rng, "F" if "LLP" in name else "C" if "Ltd" in name else "P"))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def wage_voucher(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The store's WAGES PAYMENT VOUCHER / CASH VOUCHER - WAGES (the store on top, the payer): Voucher No., Date, Paid
    to / Name of employee / Pay to (the worker: the payee), Designation, Wage month (no fact), Days present n of 30
    at a day's wage, Overtime, Less: Advance recovered, Net paid / Amount paid (the sum), the sum in words, Paid by
    Cash, the worker's signature over the revenue stamp; PAID."""
    p = paper_page(rng, font, [640, 680])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    store_head(
        p,
        k,
        TRADE if rng.random() < 0.5 else FIRMS[k],
        ["WAGES PAYMENT VOUCHER", "CASH VOUCHER - WAGES"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"WV/{j.year()}{rng.randrange(1, 300):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    worker, role = STAFF[k]
    j.to = worker.upper() if rng.random() < 0.25 else worker
    wrap_pair(p, rng.choice(["Paid to", "Name of employee", "Pay to"]), j.to, merchant=j.to)
    p.pair("Designation", role)
    if not j.no_day:
        p.pair(rng.choice(["Wage month", "For the month of"]), j.month(1))
    p.add("rule")
    days, rate = rng.randint(22, 30), float(rng.choice([380, 420, 450, 500, 550]))
    gross = days * rate
    p.pair(f"Days present {days} of 30 @ {rate:g}", rs(gross))
    if rng.random() < 0.5:
        hours = rng.randint(4, 20)
        ot = float(hours * rng.choice([50, 60, 75]))
        p.pair(f"Overtime ({hours} hrs)", rs(ot))
        gross += ot
    advance = float(rng.choice([0, 500, 1000, 1500, 2000]))
    if advance:
        p.pair("Less: Advance recovered", rs(advance))
    net = gross - advance
    j.amount = net
    p.pair(rng.choice(["Net paid", "Amount paid"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    p.pair("Paid by", "Cash", method="cash")
    p.add("center", "PAID", status="success")
    p.part = "foot"
    p.add("gap")
    if net >= 5000:
        p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Received payment", "For the store")
    return p.done()


def rent_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stores paying their landlords (``rent_receipt``: two; the landlord's bank transfer acknowledgement from
    IDBI Bank Corporate Net Banking and IndusMobile: two) and their staff (a cash ``wage_voucher``: two; Union Bank
    Vyom's IMPS of a salary: one; a BHIM UPI payment of wages: one): the transfers on heldout124's page, the landlord
    or the worker under Beneficiary / Payee / Beneficiary name, Remarks (Salary March - Raju, Rent - Shop 4 (May)),
    Debit account name, Maker and Checker on the web page; Transaction Successful / Funds transferred successfully /
    <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer failed."""
    k = place("rent_wages")
    status = outcome(k, failed=(1,), pending=(4,))
    page, way = RENT_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, town=k, low=9000, high=22000, p_round=0.9)
    if page == "rent_receipt":
        return rent_receipt(rng, font, k, j, way)
    if page == "wage_voucher":
        return wage_voucher(rng, font, k, j)
    if page == "wage_upi":
        worker = STAFF[k][0]
        j.to = worker
        j.amount = float(whole(j.amount, 100))
        p = upi_result(rng, font, k, "BHIM", status, j, worker, WAIT)
        p.pair(
            rng.choice(["Note", "Remarks"]),
            rng.choice(WAGE_NOTES).format(m=j.month(1).split()[0], n=worker.split()[0]),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "BHIM - Bharat Interface for Money")
        return p.done()
    row = RENT_BANKS[k]
    if page == "rent_bank":
        j.to = LANDLORDS[k].upper() if rng.random() < 0.3 else LANDLORDS[k]
        j.amount = float(whole(rng.uniform(15000, 70000), 500))
        note = f"Rent - Shop {rng.randrange(1, 30)} ({j.month().split()[0][:3]})"
    else:
        j.to = STAFF[k][0].upper() if rng.random() < 0.3 else STAFF[k][0]
        note = rng.choice(WAGE_NOTES).format(m=j.month(1).split()[0], n=STAFF[k][0].split()[0])
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=RENT_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Pay beneficiary",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=row[2],
        mode=row[3],
        head4=row[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Txn Ref No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, "Remarks", note)
    if row[2] == "web":
        wrap_pair(p, "Debit account name", FIRMS[k].upper())
        p.pair("Maker", rng.choice(["accounts.thane", "nrpl.ops2"]))
        p.pair("Checker", rng.choice(["director.nrpl", "cfo.nrpl"]))
    if status == "failed":
        p.add(
            "small", "The beneficiary bank returned the credit. The amount is reversed to the debit account."
        )
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Never share your OTP or password", "This is a system generated acknowledgement"]),
    )
    return p.done()


# ---------------------------------------------------------------- 8. electricity, water and broadband


# the biller in a town paid through an app on Bharat Connect: long name, short name, its number's label and length,
# the app, its band, the way (a smart prepaid meter's recharge on one)
BILL_APPS = {
    0: ("Kanpur Electricity Supply Company Ltd", "KESCo", "Account No.", 10, "PhonePe", (95, 37, 159), "UPI"),
    3: ("TP Central Odisha Distribution Ltd", "TPCODL", "Consumer No.", 12, "Paytm", (0, 40, 110), "UPI"),
    4: ("Jodhpur Vidyut Vitran Nigam Ltd", "JdVVNL", "K No.", 12, "Amazon Pay", (35, 47, 62), "UPI"),
    6: (
        "South Bihar Power Distribution Co. Ltd",
        "SBPDCL",
        "CA Number",
        9,
        "MobiKwik",
        (30, 60, 170),
        "wallet",
    ),
    7: (
        "Northern Power Distribution Co. of Telangana Ltd",
        "TGNPDCL",
        "Unique Service No.",
        9,
        "Freecharge",
        (230, 90, 40),
        "UPI",
    ),
}
# a biller's own receipt: name on top, its line, url, its number's label, the way
OWN_BILLS = {
    1: (
        "Thane Municipal Corporation",
        "Water Supply Department - online payment",
        "thanecity.gov.in/tmc/water/payment-receipt",
        "Connection No.",
        "netbanking",
    ),
    2: (
        "ACT Fibernet",
        "Atria Convergence Technologies Ltd",
        "selfcare.actcorp.in/payments/receipt",
        "Account ID",
        "card",
    ),
    5: (
        "Kerala State Electricity Board Ltd",
        "Quick Pay - payment receipt",
        "wss.kseb.in/selfservices/quickpay/receipt",
        "Consumer No.",
        "netbanking",
    ),
}


def bill_app(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The store's electricity bill paid in an app on Bharat Connect (PhonePe, Paytm, Amazon Pay, Freecharge) or a
    smart prepaid meter recharged through MobiKwik's wallet: the app on its band (never the payee), Bill paid /
    Payment to biller successful / Recharge successful / Bill payment unsuccessful / Awaiting biller confirmation,
    the sum large, Electricity board / Biller / Operator (the board's short or long name: the payee), Account No. / K
    No. / Consumer No. / CA Number / Unique Service No., Name as per bill the firm, Bill No. (no id), Bill date and
    Due date (no fact), Bill amount, Meter No. and Balance after recharge on the meter (no fact), Paid from, Bharat
    Connect Ref ID / BBPS Ref No. / Biller Txn Ref, UPI Ref No., the app's Transaction ID / Order ID, Paid on /
    Recharged on / Attempted on / Initiated on."""
    long, short, label, size, app, band, way = BILL_APPS[k]
    prepaid = way == "wallet"
    status = j.status
    p = phone_page(rng, font, k, ["", "Bill payment", "Recharge details" if prepaid else "Payment receipt"])
    rs = money(rng, font, 0.3)
    head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Recharge & pay bills"])
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Recharge successful"] if prepaid else ["Bill paid", "Payment to biller successful"],
            "failed": ["Bill payment unsuccessful"],
            "pending": ["Awaiting biller confirmation"],
        },
    )
    if prepaid:
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000, 5000]))
    p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Operator {long}    ") else short
    wrap_pair(p, rng.choice(["Electricity board", "Biller", "Operator"]), biller, merchant=biller)
    p.pair(label, digits(rng, size))
    wrap_pair(p, rng.choice(["Name as per bill", "Consumer name"]), FIRMS[k].upper())
    if prepaid:
        p.pair("Meter No.", f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
        p.pair("Balance after recharge", rs(round(j.amount + rng.uniform(40, 900), 2)))
    else:
        if not j.no_ref:
            p.pair("Bill No.", digits(rng, 11))
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -25, -8))
            p.pair("Due date", j.other_day(rng, 2, 12))
        p.pair("Bill amount", rs(j.amount))
    p.pair(
        rng.choice(["Paid from", "Payment mode"]),
        {"UPI": f"UPI - {rng.choice(BANKS[:6])} {masked(rng, font)}", "wallet": "MobiKwik Wallet"}[way],
        method=way,
    )
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(
            p,
            rng.choice(["Bharat Connect Ref ID", "BBPS Ref No.", "Biller Txn Ref"]),
            bref,
            txn=(BANK_RANK, bref),
        )
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            lab = rng.choice(["Order ID", "Transaction ID"])
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, lab, own, txn=(ORDER_RANK if lab == "Order ID" else TXN_RANK, own))
    if not j.no_day:
        labelled(
            p,
            {
                "success": "Recharged on" if prepaid else rng.choice(["Paid on", "Payment date"]),
                "failed": "Attempted on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The board confirms within 3 working days. Do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Bharat Connect - a payment system of NPCI Bharat BillPay")
    return p.done()


def own_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A biller's own receipt in a browser (Thane Municipal Corporation's water bill, ACT Fibernet's broadband,
    KSEB's Quick Pay): the biller on top (the payee) and its line, Payment successful / Payment received, Connection
    No. / Account ID / Consumer No. (no id), Name, Ward / Section / Plan, the bill's heads (Water charges, Meter rent,
    Arrears; Plan charges and GST; Current charges and Fixed charges), Total paid / Amount paid (the sum), Payment
    mode, Receipt No., Transaction ID, Bank Ref No. or Auth code, Payment date / Paid on, Bill period (no fact)."""
    name, line, url, label, way = OWN_BILLS[k]
    p = browser_page(rng, font, url)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment successful", "Payment received"]})
    p.pair(label, digits(rng, {1: 10, 2: 9, 5: 13}[k]))
    wrap_pair(p, "Name", FIRMS[k].upper() if rng.random() < 0.6 else f"{TRADE} - {TOWNS[k][2]}")
    if k == 1:
        p.pair("Ward", f"{TOWNS[k][2]} - {rng.randrange(1, 30)}")
        heads = [("Water charges", float(whole(rng.uniform(900, 4200), 1))), ("Meter rent", 60.0)]
        if rng.random() < 0.4:
            heads.append(("Arrears", float(whole(rng.uniform(200, 1500), 1))))
    elif k == 2:
        p.pair("Plan", rng.choice(["ACT Basic 150 Mbps - 3 months", "ACT Blaze 200 Mbps - monthly"]))
        base = float(rng.choice([1797, 2397, 999, 1149]))
        heads = [("Plan charges", base), ("GST @ 18%", round(base * 0.18, 2))]
    else:
        p.pair("Section", f"Electrical Section, {TOWNS[k][2]}")
        heads = [
            ("Current charges", round(rng.uniform(2500, 14000), 2)),
            ("Fixed charges", float(rng.choice([410, 550]))),
        ]
    if not j.no_day:
        start = j.date.replace(day=1) - dt.timedelta(days=rng.choice([31, 61]))
        p.pair(
            "Bill period",
            f"{when(start, '%b %Y')} - {when(j.date.replace(day=1) - dt.timedelta(days=1), '%b %Y')}",
        )
    for head_name, value in heads:
        p.pair(head_name, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total paid", "Amount paid"]), rs(total), amount=total)
    p.pair(
        rng.choice(["Payment mode", "Paid using"]),
        {
            "netbanking": f"Net banking - {rng.choice(BANKS[:6])}",
            "card": f"{rng.choice(['Visa', 'Mastercard'])} credit card {masked(rng, font)}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        rno = f"{rng.choice(['RC', 'R'])}{digits(rng, 10)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "netbanking":
            bref = digits(rng, 12)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        else:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, rng.choice(["Payment date", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Payments reflect in the account within 48 hours.", "Keep this receipt for your records."]
        ),
    )
    return p.done()


def utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stores' electricity through Bharat Connect (``bill_app``: KESCo, TPCODL, JdVVNL, TGNPDCL; SBPDCL's smart
    prepaid meter recharge) and the billers' own receipts (``own_bill``: Thane Municipal Corporation's water, ACT
    Fibernet's broadband, KSEB's Quick Pay)."""
    k = place("utilities")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1800, high=26000, p_round=0.3, town=k)
    if k in OWN_BILLS:
        return own_bill(rng, font, k, j)
    return bill_app(rng, font, k, j)


# ---------------------------------------------------------------- 9. billing, POS and online-store software


# product, its site, frame, its line, the way, the currency
SOFTWARE = [
    ("Vyapar", "vyaparapp.in", "phone", "GST billing & inventory for small business", "UPI", "INR"),
    ("Shopify", "shopify.com", "mail", "Shopify Inc.", "card", "USD"),
    ("myBillBook", "mybillbook.in", "browser", "Billing, inventory & accounting app", "netbanking", "INR"),
    ("Loyverse POS", "loyverse.com", "browser", "Loyverse Ltd", "card", "USD"),
    ("Marg ERP 9+", "margcompusoft.com", "mail", "Marg ERP Ltd", "netbanking", "INR"),
    ("Odoo", "odoo.com", "mail", "Odoo S.A.", "card", "EUR"),
    ("GoFrugal", "gofrugal.com", "browser", "GoFrugal Technologies Pvt Ltd", "UPI", "INR"),
    ("Epos Now", "eposnow.com", "mail", "Epos Now Ltd", "card", "GBP"),
]
# the plan, its lines (label, quantity, rate), days to the next renewal
SOFT_PLANS = {
    "Vyapar": ("Gold - Desktop + Mobile (1 year)", [("Gold plan (1 year)", 1, 3999.0)], 365),
    "Shopify": ("Basic - monthly", [("Basic plan", 1, 39.0), ("Shopify POS Pro (1 location)", 1, 89.0)], 30),
    "myBillBook": (
        "Diamond - 1 business (annual)",
        [("Diamond plan (annual)", 1, 2799.0), ("Additional device", 1, 699.0)],
        365,
    ),
    "Loyverse POS": (
        "Employee management + Advanced inventory",
        [("Employee management (stores)", 3, 25.0), ("Advanced inventory (stores)", 3, 25.0)],
        30,
    ),
    "Marg ERP 9+": ("Silver edition - annual renewal", [("Annual renewal (Silver, 1 user)", 1, 5400.0)], 365),
    "Odoo": ("Standard - monthly", [("Users", 4, 14.8), ("Point of Sale app", 1, 0.0)], 30),
    "GoFrugal": (
        "RetailEasy - cloud POS (annual)",
        [("POS billing counters", 3, 4500.0), ("Online order sync", 1, 3000.0)],
        365,
    ),
    "Epos Now": (
        "Standard - monthly",
        [("Epos Now software licence", 2, 39.0), ("Loyalty add-on", 1, 12.0)],
        30,
    ),
}


def store_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's billing, POS, accounting and online-store software (Vyapar, myBillBook, Marg ERP 9+ and GoFrugal in
    rupees, Shopify and Loyverse POS in US dollars, Odoo in euros, Epos Now in pounds; the vendor's e-mail, its
    billing page in a browser or its app's screen): the product on top (the payee) and its line, Payment receipt /
    Subscription renewed / Billing history, Billed to / Business / Organisation the company or the firm, GSTIN, Store
    ID / Business ID / Account no. (no id), Subscription, Service period (no fact), the lines (POS billing counters 3
    x 4,500, Users 4 x 14.80), Subtotal, GST @ 18% or Tax 0.00 with the reverse-charge note, Total paid / Amount
    charged / Grand total / Amount due (the sum, large on the app), Paid using, Invoice no. / Order #, Payment ref /
    Transaction ref / Charge ID, Bank Ref No., Auth code, UPI Ref No., Renewed on / Payment received on / Charged on /
    Declined on / Initiated on, Next renewal (no fact); Subscription renewed / Payment received - thank you / Payment
    declined - card not authorised / Payment awaiting bank confirmation."""
    k = place("store_software")
    status = outcome(k, failed=(1,), pending=(3,))
    name, site, frame, line, way, cur = SOFTWARE[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Subscription", "Payment status"])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{rng.choice(['billing', 'accounts', 'no-reply'])}@{site}>",
            [f"Your {name} payment receipt", "Subscription renewed", "Payment update"],
        )
    else:
        path = rng.choice(["billing", "account/billing-history"])
        p = browser_page(rng, font, f"{rng.choice(['app', 'web', 'my'])}.{site}/{path}")
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {
        "success": ["Subscription renewed", "Payment received - thank you"],
        "failed": ["Payment declined - card not authorised"],
        "pending": ["Payment awaiting bank confirmation"],
    }
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add(
            "center",
            rng.choice(["Payment receipt", "Billing history", "Receipt"])
            if status == "success"
            else rng.choice(["Billing history", "Payment update"]),
        )
        p.add("rule")
        p.part = "body"
    plan, lines, days = SOFT_PLANS[name]
    wrap_pair(p, rng.choice(["Billed to", "Business", "Organisation"]), FIRMS[k])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    p.pair(rng.choice(["Store ID", "Business ID", "Account no."]), f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    wrap_pair(p, "Subscription", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Service period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        line_sum = qty * rate
        sub += line_sum
        wrap_pair(
            p,
            f"{label} {qty} x {show(rate)}" if qty > 1 else label,
            show(line_sum) if line_sum else "Included",
        )
    sub = round(sub, 2)
    p.pair("Subtotal", show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["GST @ 18%", "IGST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["Tax", "VAT / GST"]), show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(
            ["Total paid", "Amount charged", "Grand total"]
            if status == "success"
            else ["Amount due", "Grand total"]
        )
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Import of services: tax 0.00 - the recipient pays IGST under reverse charge.")
    p.pair(
        "Paid using",
        {
            "card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
            "UPI": f"UPI ({SLUG}{rng.randrange(1, 99)}@{rng.choice(['okhdfcbank', 'ybl', 'icici'])})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:6])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            if cur == "INR" and rng.random() < 0.6:
                inv = f"{code(rng, 3, UPPER)}{digits(rng, 7)}"
                labelled(p, "Invoice no.", inv, txn=(INVOICE_RANK, inv))
            else:
                inv = f"#{rng.randrange(1000000, 9999999)}"
                labelled(p, "Order #", inv, txn=(ORDER_RANK, inv))
        pid = (
            f"ch_{code(rng, 16, MIXED)}"
            if cur != "INR"
            else rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        )
        labelled(
            p,
            rng.choice(["Charge ID", "Transaction ref"]) if cur != "INR" else "Payment ref",
            pid,
            txn=(TXN_RANK, pid),
        )
        if status == "success" and way == "netbanking":
            bref = digits(rng, 10)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Renewed on", "Payment received on", "Charged on"]),
                "failed": "Declined on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success":
            p.pair("Next renewal", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Your store keeps working for 7 days. Update the card to avoid interruption.")
    elif status == "pending":
        p.add("small", "We will confirm by e-mail once your bank approves the charge.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Manage your plan under Settings > Billing.", "Need help? Write to our support."]),
    )
    return p.done()


# ---------------------------------------------------------------- 10. refunds to customers


# the page, the way
REFUND_PAGES = [
    ("voucher", "cash"),
    ("store_app", "UPI"),
    ("gateway", "card"),
    ("mail", "UPI"),
    ("bank", "IMPS"),
    ("voucher", "NEFT"),
    ("gateway", "UPI"),
    ("mail", "NEFT"),
]
RETURNS = [
    ("Amul Ghee 1L (seal broken)", 610),
    ("Fortune Soyabean Oil 1L (leaking)", 152),
    ("Britannia Bread 400g (past date)", 50),
    ("Surf Excel 1kg (torn pack)", 128),
    ("India Gate Basmati 1kg (insects)", 149),
    ("Horlicks 500g (wrong item)", 259),
    ("Kissan Jam 500g (broken jar)", 155),
    ("Paneer 200g (spoilt)", 90),
]
GATEWAYS = {
    2: ("PayU", "onboarding.payu.in/app/refunds"),
    6: ("Easebuzz", "dashboard.easebuzz.in/refunds/detail"),
}
REFUND_BANK = ("Kotak FYN", None, "web", "IMPS", "KKBK")


def customer_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stores refunding customers (the customer is the payee): the store's GOODS RETURN - REFUND VOUCHER /
    REFUND NOTE (the store on top, the payer: Voucher No., Date, Refund to / Customer / Paid to, Against bill No. (no
    id), the items returned (Amul Ghee 1L (seal broken) 1 x 610), or a bulk order's Advance received less
    Cancellation charges, Refund amount / Amount refunded (the sum), the way; REFUNDED), the merchant app's refund
    screen (SmartHub Vyapar: Refund initiated, the sum large, Refund to, Original payment and its RRN (no id), Refund
    ref ID, Initiated on), the online store's gateway (PayU, Easebuzz: Refund details, the refund large, Customer /
    Refunded to, Order ref (no id), Payment amount, Refund reason, Refund ID, ARN / Bank RRN, Refunded on), the
    store's e-mail (Refunded to / Beneficiary, Items not delivered, Amount refunded, Mode, To, UPI Ref No. / UTR,
    Refunded on, Status Completed) and Kotak FYN's IMPS (heldout124's page; Returned by beneficiary bank)."""
    k = place("customer_refunds")
    status = outcome(k, failed=(4,), pending=(1,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, town=k, low=90, high=2500, p_round=0.6)
    client = rng.choice(CUSTOMERS)
    client = client.upper() if rng.random() < 0.2 else client
    j.to = client
    if frame == "bank":
        j.amount = float(whole(rng.uniform(1500, 9000), 10))
        p, _ = transfer_ack(
            rng,
            font,
            k,
            REFUND_BANK,
            status,
            j,
            url="fyn.kotak.com/payments/imps/status",
            widths=[700, 740],
            third_head="Pay to customer",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind="web",
            mode="IMPS",
            head4="KKBK",
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Reference No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(p, "Remarks", rng.choice(["Refund - order cancelled", "Refund of advance - bulk order"]))
        wrap_pair(p, "Debit account name", FIRMS[k].upper())
        if status == "failed":
            p.add(
                "small",
                "Returned by beneficiary bank: account number does not match the name. Amount reversed.",
            )
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated acknowledgement")
        return p.done()
    if frame == "store_app":
        band, bank, _ = STORE_APPS["SmartHub Vyapar"]
        p = phone_page(rng, font, k, ["", "Refund details"])
        rs = money(rng, font, 0.5)
        head(p, "SmartHub Vyapar", band, p.style["h106"]["dark"], ["Refunds", f"by {bank}"])
        p.part = "body"
        outcome_row(p, status, {"pending": ["Refund initiated", "Refund in process"]})
        j.amount = float(rng.choice([45, 120, 236, 340, 580, 610]))
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Refund to", client, merchant=client)
        p.pair("Mode", "UPI - to source account", method="UPI")
        original = float(whole(j.amount * rng.uniform(1.0, 4.0), 1))
        p.pair("Original payment", rs(original))
        p.pair("Original RRN", utr(rng, j.date - dt.timedelta(days=rng.randrange(0, 3))))
        if not j.no_ref:
            rid = f"RFD{digits(rng, 13)}"
            labelled(p, "Refund ref ID", rid, txn=(TXN_RANK, rid))
        if not j.no_day:
            labelled(p, "Initiated on", stamp(rng, j.date, PATS), date=j.date)
        p.add("small", "Refunds reach the customer's bank account within 48 hours.")
        return p.done()
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        paid = float(whole(rng.uniform(450, 3200), 1))
        refund = float(whole(paid * rng.uniform(0.1, 0.6), 1))
        j.amount = refund
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{FIRMS[k]}  |  Live mode")
        p.add("center", rng.choice(["Refund details", "Refund summary"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, "success", {"success": ["Refund processed", "Refunded"]})
        p.add("big", rs(refund), amount=refund)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), client, merchant=client)
        p.pair("Order ref", f"{CODES[k]}-WEB-{rng.randrange(10000, 99999)}")
        p.pair(rng.choice(["Payment amount", "Original amount"]), rs(paid))
        wrap_pair(
            p, "Refund reason", rng.choice(["Items out of stock", "Partial order delivered", "Damaged item"])
        )
        p.pair(
            "Refund to",
            {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            rid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            arn = digits(rng, 23) if way == "card" else j.ref
            labelled(p, "ARN" if way == "card" else "Bank RRN", arn, txn=(UTR_RANK, arn))
        if not j.no_day:
            labelled(p, rng.choice(["Refunded on", "Processed on"]), stamp(rng, j.date, PATS), date=j.date)
        p.part = "foot"
        p.add("small", "Card refunds take 5-7 working days to show on the customer's statement.")
        return p.done()
    returned = rng.sample(RETURNS, rng.randint(1, 3))
    lines = [
        (f"{item} {qty} x {rate}", float(qty * rate))
        for (item, rate), qty in zip(returned, [rng.choice([1, 1, 2]) for _ in returned])
    ]
    if way == "NEFT":
        advance = float(whole(rng.uniform(8000, 30000), 100))
        charge = float(whole(advance * rng.choice([0.05, 0.1]), 10))
        lines = [("Advance received (bulk order)", advance), ("Less: Cancellation charges", charge)]
        j.amount = advance - charge
    else:
        j.amount = sum(v for _, v in lines)
    if frame == "voucher":
        p = paper_page(rng, font, [640, 680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        store_head(
            p,
            k,
            TRADE if rng.random() < 0.6 else FIRMS[k],
            ["GOODS RETURN - REFUND VOUCHER", "REFUND NOTE"],
            merchant=False,
        )
        if not j.no_ref:
            vno = f"RN/{j.year()}{rng.randrange(1, 300):03d}"
            p.pair(rng.choice(["Voucher No.", "Refund note No."]), vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Refund to", "Customer", "Paid to"]), client, merchant=client)
        if j.no_ref:
            p.pair("Against bill", "customer's copy seen")
        elif way != "NEFT":
            p.pair("Against bill No.", f"{CODES[k]}/{j.year()}{rng.randrange(1, 99999):05d}")
        p.add("rule")
        for label, value in lines:
            wrap_pair(p, label, rs(value))
        p.pair(rng.choice(["Refund amount", "Amount refunded"]), rs(j.amount), amount=j.amount)
        p.add("small", f"({words_in_rupees(j.amount)})")
        p.pair(rng.choice(["Mode", "Refunded by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "PUNB"])
        p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
        p.part = "foot"
        p.add("small", "Received the above refund in full.")
        p.add("pair", "Customer's signature", "For the store")
        return p.done()
    p = mail_page(
        rng,
        font,
        f"{TRADE} <care@{SLUG}.in>",
        ["Your refund is on its way", "Refund processed", "Refund for your order"],
    )
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, f"{TRADE} - {TOWNS[k][2]}")
    p.add("small", rng.choice(STORE_SUB))
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {client.split()[0].title()}, we have refunded the amount below for your order.")
    wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), client, merchant=client)
    p.add("small", "Items not delivered" if way != "NEFT" else "Bulk order cancelled")
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    p.pair("Amount refunded", rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method=method_of(way))
    p.pair("To", f"XXXXXX{digits(rng, 4)}" if way != "UPI" else vpa_of(rng, client))
    if not j.no_ref:
        if way == "NEFT":
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "PUNB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair("Refunded on", j.day(rng), date=j.date)
    p.pair("Status", "Completed", status="success")
    p.part = "foot"
    p.add("small", f"Thank you for shopping at {TRADE}.")
    return p.done()


# ---------------------------------------------------------------- 11. GST, income tax, TDS and profession tax


# the tax, frame, the way, the town whose store pays it
TAX_PAGES = [
    ("cmp08", "browser", "netbanking", 0),
    ("gst", "paper", "neft", 1),
    ("advance", "browser", "netbanking", 2),
    ("tds", "bank", "netbanking", 3),
    ("ptrc", "browser", "netbanking", 1),
    ("gst", "browser", "UPI", 5),
    ("tds", "bank", "netbanking", 6),
    ("cmp08", "paper", "card", 4),
]
GST_BANKS = [
    ("State Bank of India", "SBIN"),
    ("HDFC Bank", "HDFC"),
    ("Punjab National Bank", "PUNB"),
    ("Bank of Baroda", "BARB"),
    ("ICICI Bank", "ICIC"),
    ("Axis Bank", "UTIB"),
    ("Indian Bank", "IDIB"),
]
TAX_BANKS = {
    3: ("Indian Bank", "indianbank.net.in/jsp/startCorporate.jsp#/etax/counterfoil"),
    6: ("Punjab National Bank", "netpnb.com/corp/eTax/challan-counterfoil"),
}


def gst_receipt(
    rng: random.Random, font: str, j: Job, frame: str, way: str, composition: bool
) -> tuple[list, dict, dict]:
    """The GST portal's Payment Receipt - Form GST PMT-06 in a browser or printed (no payee): a composition dealer's
    challan for Form GST CMP-08 (the quarter's tax on turnover at 0.5% + 0.5%) or a regular taxpayer's for GSTR-3B:
    CPIN and Challan created on (no fact), GSTIN, Name of taxpayer / Legal name, Trade name, Return / Tax period and
    Purpose (no fact), the heads (CGST (0005) Tax, SGST (0006) Tax, IGST (0008) Tax, Interest, Late fee), Total
    amount / Total challan amount (the sum), Mode of payment, Bank, CIN, BRN / Bank Reference No. (BRN), UPI Ref
    No., Date of deposit / Payment date and Time or Initiated on; Payment successful / Paid / Pending - NEFT / RTGS
    mandate generated, awaiting credit."""
    town = j.town
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["Form GST PMT-06 - Payment Receipt", "Challan Payment Receipt (PMT-06)"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Paid"],
        "pending": ["Pending - NEFT / RTGS mandate generated"],
    }
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Challan created on", j.other_day(rng, -5, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(p, rng.choice(["Name of taxpayer", "Legal name"]), (OWNERS[town] or FIRMS[town]).upper())
    wrap_pair(p, "Trade name", FIRMS[town] if FIRMS[town] != COMPANY else TRADE)
    if composition:
        p.pair("Purpose", "Form GST CMP-08 (composition)")
        if not j.no_day:
            end = j.date.replace(month=(j.date.month - 1) // 3 * 3 + 1, day=1) - dt.timedelta(days=1)
            start = end.replace(month=end.month - 2, day=1)
            p.pair("Return period", f"{when(start, '%b')} - {when(end, '%b %Y')} (quarterly)")
        turnover = float(whole(rng.uniform(900000, 2800000), 100))
        tax = round(turnover * 0.005, 0)
        heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
    else:
        p.pair("Purpose", "Monthly return - GSTR-3B")
        if not j.no_day:
            period = j.date.replace(day=1) - dt.timedelta(days=1)
            p.pair("Tax period", when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
        tax = float(whole(rng.uniform(6000, 85000), 1))
        heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
        if rng.random() < 0.3:
            heads.append(("IGST (0008) Tax", float(whole(rng.uniform(500, 6000), 1))))
    if rng.random() < 0.3:
        interest = float(rng.randrange(40, 1500))
        heads += [("CGST (0005) Interest", interest), ("SGST (0006) Interest", interest)]
    p.add("rule")
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total amount", "Total challan amount"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(
        rng.choice(["Mode of payment", "Payment mode"]),
        {
            "netbanking": "E-Payment (Net Banking)",
            "neft": "NEFT / RTGS",
            "card": "Credit / Debit Card",
            "UPI": "UPI",
        }[way],
        method={"neft": "netbanking"}.get(way, way),
    )
    bank, head4 = rng.choice(GST_BANKS)
    p.pair(rng.choice(["Bank", "Bank name"]), bank)
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{head4}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if j.status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
        p.pair("Time", hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Initiated on", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Payment status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add(
            "small",
            "Remit the amount by NEFT / RTGS with the mandate form; the receipt follows once RBI reports "
            "the credit.",
        )
    p.part = "foot"
    p.add("small", "Note: this is a system generated receipt and does not need a signature.")
    return p.done()


def itns_receipt(
    rng: random.Random, font: str, k: int, j: Job, kind: str, frame: str
) -> tuple[list, dict, dict]:
    """An income-tax challan (no payee): a proprietor's advance tax (ITNS 280, (0021) Income Tax (Other than
    Companies), (100) Advance Tax) on the e-filing portal's e-Pay Tax receipt, or the company's TDS (ITNS 281, (200)
    TDS/TCS Payable by Taxpayer, 194-I(b) on rent or 192 on salaries) on Indian Bank's or PNB's Taxpayer's
    Counterfoil: PAN or TAN, Name, Assessment Year (no fact), Major Head, Minor Head, Nature of Payment, Amount (in
    Rs.) (the sum), CRN and CRN valid till (no fact), Payment mode, Bank, BSR Code and Challan No. (no id), CIN, BRN
    / Bank Reference Number, Date of deposit / Tender date, the Tax Breakup (A to F, Total); Payment Successful /
    Challan paid."""
    town = j.town
    if frame == "browser":
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", f"e-Pay Tax - Challan Receipt (ITNS {'280' if kind == 'advance' else '281'})")
    else:
        bank, url = TAX_BANKS[k]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, bank)
        p.add("center", f"Direct Tax (ITNS {'280' if kind == 'advance' else '281'}) - Taxpayer's Counterfoil")
    p.add("rule")
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment Successful", "Challan paid"]})
    if kind == "advance":
        p.pair(
            "PAN", f"{code(rng, 3, UPPER)}P{OWNERS[town].split()[-1][0]}{digits(rng, 4)}{code(rng, 1, UPPER)}"
        )
        wrap_pair(p, "Name", OWNERS[town].upper())
        major, minor = "(0021) Income Tax (Other than Companies)", "(100) Advance Tax"
        nature = None
        tax = float(rng.randrange(30, 600) * 100)
    else:
        p.pair("TAN", f"{TOWNS[town][0][:3].upper()}N{digits(rng, 5)}{code(rng, 1, UPPER)}")
        wrap_pair(p, "Name", COMPANY.upper())
        major, minor = "(0020) Corporation Tax", "(200) TDS/TCS Payable by Taxpayer"
        nature = rng.choice(["194-I(b) - Rent on land, building or furniture", "192 - Salary"])
        tax = float(rng.randrange(15, 400) * 100)
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    wrap_pair(p, "Major Head", major)
    wrap_pair(p, "Minor Head", minor)
    if nature:
        wrap_pair(p, "Nature of Payment", nature)
    interest = float(rng.randrange(2, 60) * 25) if rng.random() < 0.3 else 0.0
    parts = [
        ("Tax", tax),
        ("Surcharge", 0.0),
        ("Cess", 0.0),
        ("Interest", interest),
        ("Penalty", 0.0),
        ("Others", 0.0),
    ]
    total = round(tax + interest, 2)
    j.amount = total
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('2468')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
        if not j.no_day:
            p.pair("CRN valid till", j.other_day(rng, 8, 15))
    p.pair(rng.choice(["Payment mode", "Paid through"]), "Net Banking", method="netbanking")
    if frame == "browser":
        p.pair("Bank", rng.choice(BANKS[:6]))
    bsr = digits(rng, 7)
    p.pair("BSR Code", bsr)
    if not j.no_ref:
        serial = f"{rng.randrange(1, 99999):05d}"
        p.pair("Challan No.", serial)
        if not j.no_day:
            cin = f"{bsr}{j.date:%d%m%Y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
        p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
    if not j.no_day:
        p.pair(rng.choice(["Date of deposit", "Tender date"]), j.day(rng), date=j.date)
    p.add("rule")
    p.add("left", "Tax Breakup Details (Amount in Rs.)")
    for letter, (label, value) in zip("ABCDEF", parts):
        p.pair(f"{letter}  {label}", rs(value))
    p.pair("Total (A+B+C+D+E+F)", rs(total))
    p.part = "foot"
    p.add("small", "Verify the challan's status on the e-filing portal under e-Pay Tax > Payment history.")
    return p.done()


def ptrc_challan(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Maharashtra's GRAS e-challan (MTR Form Number-6) for the company's profession tax on its Thane staff's
    salaries (no payee): Government of Maharashtra on top, GRN (the challan's own number), Department, Type of
    payment PTRC, PTRC No. (no id), Period (no fact), Name, Office, Location, Amount (the sum), Payment mode, Bank,
    Bank CIN / Bank Ref No. on a success, Payment date / Attempted on; Payment failed - transaction declined by
    bank."""
    p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/payment-status")
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "Government of Maharashtra")
    p.add("small", "GRAS - Government Receipt Accounting System")
    p.add("center", "MTR Form Number-6 - e-Challan")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p, j.status, {"success": ["Payment successful"], "failed": ["Payment failed - declined by bank"]}
    )
    if not j.no_ref:
        grn = f"MH{digits(rng, 12)}{rng.randrange(2025, 2027)}{rng.randrange(10, 99)}"
        p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
    wrap_pair(p, "Department", "Goods and Services Tax Department")
    p.pair("Type of payment", "PTRC - Profession Tax (employer)")
    p.pair("PTRC No.", f"{digits(rng, 11)}P")
    if not j.no_day:
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Period", f"{when(month.replace(day=1), '%d/%m/%Y')} to {when(month, '%d/%m/%Y')}")
    wrap_pair(p, "Name", COMPANY.upper())
    p.pair("Office", f"{TOWNS[1][0]} - PT office")
    wrap_pair(p, "Location", f"{TOWNS[1][2]}, {TOWNS[1][0]}")
    heads = [("0028 - Profession tax (employees)", float(rng.choice([200, 300]) * rng.randint(6, 18)))]
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    j.amount = heads[0][1]
    p.pair("Total amount", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", "Net Banking", method="netbanking")
    p.pair("Bank", rng.choice(["Bank of Maharashtra", "State Bank of India", "HDFC Bank"]))
    if j.status == "success" and not j.no_ref:
        cin = f"{digits(rng, 7)}{digits(rng, 13)}"
        p.pair("Bank CIN", cin, txn=(TXN_RANK, cin))
    if not j.no_day:
        labelled(
            p,
            "Payment date" if j.status == "success" else "Attempted on",
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if j.status == "failed":
        p.add(
            "small",
            "The GRN stays valid; pay it again from Search challan. Any debit is reversed by the bank.",
        )
    p.part = "foot"
    p.add("small", "Print the challan after a successful payment for your records.")
    return p.done()


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain's taxes (no payee on any): GST PMT-06 receipts (``gst_receipt``: CMP-08 for the composition dealers
    in Kanpur and Jodhpur, GSTR-3B for the company and a regular franchisee), income-tax challans (``itns_receipt``:
    a proprietor's advance tax, the company's TDS) and Maharashtra's profession tax (``ptrc_challan``)."""
    k = place("tax_challans")
    status = outcome(k, failed=(4,), pending=(1,))
    kind, frame, way, town = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, town=town)
    if kind in ("cmp08", "gst"):
        return gst_receipt(rng, font, j, frame, way, kind == "cmp08")
    if kind == "ptrc":
        return ptrc_challan(rng, font, j)
    return itns_receipt(rng, font, k, j, kind, frame)


# ---------------------------------------------------------------- 12. food safety, trade licence and metrology fees


# the authority (the payee, on top), its line, frame, the way, the url, the kind of fee
AUTHORITIES = [
    (
        "Food Safety and Standards Authority of India",
        "FoSCoS - Food Safety Compliance System",
        "browser",
        "netbanking",
        "foscos.fssai.gov.in/payment/payment-receipt",
        "fssai",
    ),
    (
        "Thane Municipal Corporation",
        "Licence Department - trade licence",
        "browser",
        "UPI",
        "thanecity.gov.in/tmc/licence/online-payment",
        "municipal",
    ),
    ("Legal Metrology Department", "Government of Tamil Nadu - Madurai", "paper", "cash", None, "metrology"),
    (
        "Bhubaneswar Municipal Corporation",
        "Trade licence - renewal",
        "browser",
        "netbanking",
        "bmc.gov.in/trade-licence/payment-status",
        "municipal",
    ),
    (
        "Food Safety and Standards Authority of India",
        "FoSCoS - Food Safety Compliance System",
        "browser",
        "card",
        "foscos.fssai.gov.in/payment/payment-status",
        "fssai",
    ),
    (
        "Kozhikode Corporation",
        "K-SMART - trade licence (D & O)",
        "browser",
        "UPI",
        "ksmart.lsgkerala.gov.in/payment/receipt",
        "municipal",
    ),
    ("Patna Municipal Corporation", "Trade licence fee receipt", "paper", "cash", None, "municipal"),
    (
        "Legal Metrology Department, Telangana",
        "Verification & stamping of weights and measures",
        "browser",
        "UPI",
        "lmtelangana.gov.in/epayment/receipt",
        "metrology",
    ),
]
SCALES = [
    ("Electronic weighing scale 30 kg (Class III)", (1, 3), [300, 350]),
    ("Platform scale 300 kg (Class III)", (1, 1), [600, 750]),
    ("Counter scale 10 kg (Class III)", (1, 2), [200, 250]),
    ("Weights - set of 5 kg to 10 g", (1, 2), [150, 180]),
]


def fee_lines(rng: random.Random, kind: str, j: Job) -> list[tuple[str, float]]:
    """A licence's or a verification's fee heads: FSSAI's licence fee for years and a late fee, a municipality's
    trade licence fee with its user charges, legal metrology's verification fee per scale and adjustment charges."""
    if kind == "fssai":
        years = rng.randint(1, 5)
        lines = [(f"State licence fee - trade / retail ({years} yr x 2,000)", float(2000 * years))]
        if rng.random() < 0.3:
            lines.append(("Late fee (renewal after expiry)", float(rng.choice([100, 300, 500]))))
        return lines
    if kind == "municipal":
        lines = [
            (
                "Trade licence fee" if j.no_day else f"Trade licence fee (FY 20{fy(j.date)})",
                float(whole(rng.uniform(1500, 9000), 50)),
            )
        ]
        if rng.random() < 0.6:
            lines.append(("Solid waste user charge", float(rng.choice([600, 1200, 1800]))))
        if rng.random() < 0.4:
            lines.append(("Signboard / advertisement fee", float(rng.choice([500, 1000, 1500]))))
        if rng.random() < 0.25:
            lines.append(("Late fine", float(rng.choice([250, 500]))))
        return lines
    lines = []
    for item, (qlo, qhi), rates in rng.sample(SCALES, rng.randint(1, 3)):
        qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
        lines.append((f"{item} {qty} x {rate:g}" if qty > 1 else item, qty * rate))
    if rng.random() < 0.5:
        lines.append(("Adjustment charges", float(rng.choice([100, 150, 200]))))
    return lines


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The stores' licences and the stamping of their scales (the authority on top is the payee): FSSAI's FoSCoS
    payment receipt (a state licence's renewal), the municipalities' trade licence fees (Thane, Bhubaneswar and
    Kozhikode online, Patna's printed receipt), and the legal metrology departments' verification and stamping fees
    (Tamil Nadu's printed receipt, Telangana's online): the authority and its line, Payment receipt / Fee receipt /
    Payment status, Application No. / Application reference, Licence No. / Registration No. / Trade licence No. (no
    id), Name of business / Applicant / Trade name, Premises, Kind of business, the fee heads, Total fee / Amount
    paid / Total amount (the sum), Payment mode, Receipt No., Transaction ID / Payment ref, Bank Ref No. / UPI Ref No.
    / Auth code, Payment date / Paid on / Date / Attempted on / Initiated on, Valid up to / Next verification due (no
    fact); Payment successful / Fee paid / Payment received / Payment failed - card declined / Payment pending -
    status awaited from bank."""
    k = place("licence_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    name, line, frame, way, url, kind = AUTHORITIES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, town=k)
    if frame == "browser":
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    to = name.upper() if frame == "paper" and rng.random() < 0.4 else name
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    p.add(
        "center",
        rng.choice(["Payment receipt", "Fee receipt", "Payment status"])
        if frame == "browser"
        else rng.choice(["FEE RECEIPT", "RECEIPT"]),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Fee paid", "Payment received"],
        "failed": ["Payment failed - card declined"],
        "pending": ["Payment pending - status awaited from bank"],
    }
    if frame == "browser":
        outcome_row(p, status, words)
    if kind == "fssai":
        p.pair(rng.choice(["Application No.", "Application reference"]), f"{digits(rng, 2)}{digits(rng, 15)}")
        p.pair("Licence No.", f"1{digits(rng, 13)}")
    elif kind == "municipal":
        p.pair(
            rng.choice(["Trade licence No.", "Registration No."]),
            f"TL/{CODES[k]}/{rng.randrange(1000, 99999)}",
        )
    else:
        p.pair("Registration No.", f"LM/{CODES[k]}/{rng.randrange(100, 9999)}")
    wrap_pair(
        p,
        rng.choice(["Name of business", "Applicant", "Trade name"]),
        rng.choice([f"{TRADE} - {TOWNS[k][2]}", FIRMS[k]]),
    )
    wrap_pair(p, "Premises", f"Shop No. {rng.randrange(1, 30)}, {TOWNS[k][2]}, {TOWNS[k][0]} - {TOWNS[k][1]}")
    p.pair("Kind of business", rng.choice(["Retail - grocery (kirana)", "General / provision store"]))
    p.add("rule")
    lines = fee_lines(rng, kind, j)
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = round(sum(v for _, v in lines), 2)
    j.amount = total
    p.pair(
        rng.choice(["Total fee", "Amount paid", "Total amount"]) if status == "success" else "Total amount",
        rs(total),
        amount=total,
    )
    p.pair(
        rng.choice(["Payment mode", "Mode of payment"]),
        {"netbanking": "Net Banking", "UPI": "UPI", "card": "Debit card", "cash": "Cash"}[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            rno = (
                f"{rng.choice(['R', 'RCPT'])}{digits(rng, 9)}"
                if frame == "browser"
                else f"{CODES[k]}/{j.year()}{rng.randrange(1, 9999):04d}"
            )
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        if frame == "browser":
            tid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            labelled(p, rng.choice(["Transaction ID", "Payment ref"]), tid, txn=(TXN_RANK, tid))
            if status == "success":
                if way == "UPI":
                    labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                elif way == "netbanking":
                    bref = digits(rng, 12)
                    p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        if frame == "browser":
            labelled(
                p,
                {
                    "success": rng.choice(["Payment date", "Paid on"]),
                    "failed": "Attempted on",
                    "pending": "Initiated on",
                }[status],
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        else:
            p.pair("Date", j.day(rng), date=j.date)
        if status == "success":
            p.pair(
                "Next verification due" if kind == "metrology" else "Valid up to",
                when(j.date + dt.timedelta(days=rng.choice([365, 730, 1095])), rng.choice(DAY_PATS)),
            )
    if frame == "paper":
        p.pair("Status", rng.choice(["Paid", "Fee received"]), status="success")
        p.part = "foot"
        p.add("gap")
        right(p, rng.choice(["Inspector", "Cashier", "Tax collector"]))
        return p.done()
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The application is submitted once the bank confirms. Do not pay again.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt.")
    return p.done()


compose = compose152
